import { reconciliationClasses, type TReconciliationClass } from "@kawal/core";
import { Alert, Button, Group, Loader, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useMe } from "../../api/auth-api.ts";
import { useRealisasi, useRealisasiFamilies } from "../../api/reconcile-api.ts";
import { MoreButton } from "../../ui/more-button.tsx";
import { usePeriodParams } from "../schedule/period-picker.tsx";
import { FamilyCard } from "./family-card.tsx";

/**
 * One desa's families of the period (`/penyaluran/realisasi/<desa code>`: a region code is not
 * personal data): those that received nothing first, then part, with the reason and its source, paged.
 */
export function DesaFamilies({ desa }: { desa: string }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const { program, periode } = usePeriodParams();
  const canRecord = useMe().data?.permissions.includes("distribution.reason") ?? false;
  const [kelas, setKelas] = useState<TReconciliationClass | null>(null);
  const report = useRealisasi(program, periode);
  const families = useRealisasiFamilies(program, periode, desa, kelas);
  const name = report.data?.rows.find((row) => row.desa.code === desa)?.desa.name ?? desa;
  const items = families.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md" data-testid="realisasi-desa">
      <Group>
        <Button component={Link} to={`/penyaluran/realisasi${search}`} variant="subtle" size="xs">
          ← {t("rekonsiliasi.back")}
        </Button>
      </Group>
      <div>
        <Title order={3} size="h4" data-testid="realisasi-desa-title">
          {t("rekonsiliasi.desaTitle", { desa: name })}
        </Title>
        <Text size="sm" c="dimmed">
          {program} {periode} · {t("rekonsiliasi.desaIntro")}
        </Text>
      </div>
      <NativeSelect
        aria-label={t("rekonsiliasi.filterAll")}
        value={kelas ?? ""}
        onChange={(event) => setKelas((event.currentTarget.value || null) as TReconciliationClass | null)}
        data={[
          { value: "", label: t("rekonsiliasi.filterAll") },
          ...reconciliationClasses.map((k) => ({ value: k, label: t(`rekonsiliasi.kelas.${k}`) })),
        ]}
        maw={220}
        data-testid="realisasi-kelas"
      />
      {families.isError && (
        <Alert color="red" data-testid="realisasi-desa-not-found">
          {t("rekonsiliasi.notFound")}
        </Alert>
      )}
      {families.isPending && periode && <Loader size="sm" />}
      {families.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("rekonsiliasi.none")}
        </Text>
      )}
      <Stack gap="xs" data-testid="realisasi-families">
        {items.map((family, index) => (
          <FamilyCard
            key={family.familyId ?? `${family.noKks}-${index}`}
            family={family}
            program={program}
            periode={periode ?? ""}
            canRecord={canRecord}
          />
        ))}
      </Stack>
      {families.hasNextPage && (
        <Group>
          <MoreButton query={families} label={t("rekonsiliasi.more")} testId="realisasi-more" />
        </Group>
      )}
    </Stack>
  );
}
