import { Group, Loader, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { usePaymentSummary, usePeriods } from "../api/distribution-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { AgentsTable } from "./payment-list/agents-table.tsx";
import { InjectionForm } from "./payment-list/injection-form.tsx";
import { PaymentListCard } from "./payment-list/payment-list-card.tsx";
import { PaymentSummaryTable } from "./payment-list/payment-summary-table.tsx";

const programs = ["SEMBAKO", "PKH"] as const;

/**
 * The "Daftar bayar & agen" tab: choose a programme and period, see the list per desa with the
 * injection counts, open one desa's list (the desa is in the address: `/penyaluran/daftar/<desa>`), mark
 * injection (for those who import lists), and the agents of the area.
 */
export function PaymentListSection({ id }: { id?: string }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const navigate = useNavigate();
  const [program, setProgram] = useState<string>("SEMBAKO");
  const periods = usePeriods(program);
  const [chosen, setChosen] = useState<string | null>(null);
  // A role that may not list periods (a bank) types the period instead.
  const typed = periods.isError;
  const periode = chosen ?? (typed ? null : (periods.data?.items[0]?.periode ?? null));
  const summary = usePaymentSummary(program, periode && /^\d{4}-\d{2}$/.test(periode) ? periode : null);
  const desa = id ?? null;
  const canMark = me?.permissions.includes("distribution.import") ?? false;
  const canAgents = me?.permissions.includes("schedule.read") ?? false;
  const open = (code: string | null) => navigate(code ? `/penyaluran/daftar/${code}` : "/penyaluran/daftar");

  return (
    <Stack data-testid="daftar-section">
      <Group grow align="flex-end" wrap="wrap">
        <NativeSelect
          label={t("penyaluran.daftar.program")}
          value={program}
          onChange={(event) => {
            setProgram(event.currentTarget.value);
            setChosen(null);
          }}
          data={[...programs]}
          miw={140}
          data-testid="daftar-program"
        />
        {typed ? (
          <TextInput
            label={t("penyaluran.daftar.periode")}
            placeholder="YYYY-MM"
            value={chosen ?? ""}
            onChange={(event) => setChosen(event.currentTarget.value)}
            miw={140}
            data-testid="daftar-periode-text"
          />
        ) : (
          <NativeSelect
            label={t("penyaluran.daftar.periode")}
            value={periode ?? ""}
            onChange={(event) => setChosen(event.currentTarget.value)}
            data={(periods.data?.items ?? []).map((p) => p.periode)}
            disabled={!periods.data?.items.length}
            miw={140}
            data-testid="daftar-periode"
          />
        )}
      </Group>
      {periods.isPending ? (
        <Loader size="sm" />
      ) : !typed && periods.data?.items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="daftar-no-periods">
          {t("penyaluran.daftar.noPeriods")}
        </Text>
      ) : null}
      {summary.isError && <ProblemAlert error={summary.error} />}
      {periode && summary.data && (
        <>
          <PaymentSummaryTable items={summary.data.items} selected={desa} onSelect={open} />
          {desa && (
            <PaymentListCard program={program} periode={periode} desa={desa} onClose={() => open(null)} />
          )}
          {canMark && summary.data.items.length > 0 && (
            <InjectionForm
              key={`${program}:${periode}:${desa ?? ""}`}
              program={program}
              periode={periode}
              desaList={summary.data.items}
              desa={desa}
            />
          )}
        </>
      )}
      {canAgents && <AgentsTable />}
    </Stack>
  );
}
