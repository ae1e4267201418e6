import { distributionTabPermissions, type TDistributionTab, type TPermission } from "@kawal/core";
import { Stack, Tabs } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { PageHeading } from "../ui/page-heading.tsx";
import { PaymentListSection } from "./payment-list-section.tsx";
import { RealisasiSection } from "./realisasi-section.tsx";
import { ScheduleSection } from "./schedule-section.tsx";
import { TransactionsSection } from "./transactions-section.tsx";

/**
 * The tabs of distribution, each shown to the roles that may use it (an agent sees its schedule and
 * transactions, a bank the realisation, transactions and lists). The permissions are core's, which also
 * shows the menu entry when any tab is allowed.
 */
const tabs = [
  {
    key: "realisasi",
    label: "penyaluran.tabRealisasi",
    permission: distributionTabPermissions.realisasi,
    Section: RealisasiSection,
  },
  {
    key: "jadwal",
    label: "penyaluran.tabJadwal",
    permission: distributionTabPermissions.jadwal,
    Section: ScheduleSection,
  },
  {
    key: "transaksi",
    label: "penyaluran.tabTransaksi",
    permission: distributionTabPermissions.transaksi,
    Section: TransactionsSection,
  },
  {
    key: "daftar",
    label: "penyaluran.tabDaftar",
    permission: distributionTabPermissions.daftar,
    Section: PaymentListSection,
  },
] as const satisfies readonly {
  key: TDistributionTab;
  label: string;
  permission: TPermission;
  Section: (props: { id?: string }) => ReactNode;
}[];

/**
 * Penyaluran: one page, a tab per part of the month's work. The tab (and a record it opened) is in the
 * address — `/penyaluran/<tab>/<id>` — so a link can be shared and the back button works.
 */
export function DistributionPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const navigate = useNavigate();
  const { tab, id } = useParams();
  const allowed = tabs.filter((x) => me?.permissions.includes(x.permission));
  const active = allowed.find((x) => x.key === tab) ?? allowed[0];
  return (
    <Stack maw={1100} data-testid="penyaluran-page">
      <PageHeading title={t("penyaluran.title")} intro={t("penyaluran.intro")} />
      {active && (
        <Tabs
          value={active.key}
          onChange={(value) => value && navigate(`/penyaluran/${value}`)}
          keepMounted={false}
        >
          <Tabs.List>
            {allowed.map((x) => (
              <Tabs.Tab key={x.key} value={x.key} data-testid={`penyaluran-tab-${x.key}`}>
                {t(x.label)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {allowed.map((x) => (
            <Tabs.Panel key={x.key} value={x.key} pt="md">
              <x.Section id={x.key === active.key ? id : undefined} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
