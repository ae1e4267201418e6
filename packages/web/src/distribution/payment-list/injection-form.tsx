import { injectionStatuses, type TInjectionStatus, type TPaymentSummaryRow } from "@kawal/core";
import { Button, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMarkInjection } from "../../api/distribution-api.ts";
import { notifySuccess } from "../../ui/notify-problem.ts";
import { PlainForm } from "../../ui/plain-form.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { SectionCard } from "../../ui/section-card.tsx";

const today = () => new Date().toISOString().slice(0, 10);

/** The bank's (or Dinas Sosial's) marking of a period's rows: one desa, or every desa of the area. */
export function InjectionForm(props: {
  program: string;
  periode: string;
  desaList: TPaymentSummaryRow[];
  desa: string | null;
}) {
  const { t } = useTranslation();
  const mark = useMarkInjection();
  const [desa, setDesa] = useState<string>(props.desa ?? "");
  const [status, setStatus] = useState<TInjectionStatus>("terinjek");
  const [tanggal, setTanggal] = useState(today());
  return (
    <SectionCard testId="injection-form" title={t("penyaluran.daftar.markTitle")}>
      <PlainForm
        onSubmit={() => {
          mark.mutate(
            { program: props.program, periode: props.periode, desa: desa || undefined, status, tanggal },
            {
              onSuccess: (result) =>
                notifySuccess(
                  t("penyaluran.daftar.marked", {
                    n: result.updated,
                    status: t(`penyaluran.daftar.statusLabel.${result.status}`),
                  }),
                ),
            },
          );
        }}
      >
        <Stack gap="sm">
          <ProblemAlert error={mark.error} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t("penyaluran.daftar.markScope")}
              value={desa}
              onChange={(event) => setDesa(event.currentTarget.value)}
              data={[
                { value: "", label: t("penyaluran.daftar.markAll") },
                ...props.desaList.map((row) => ({ value: row.desa.code, label: row.desa.name })),
              ]}
              data-testid="injection-desa"
            />
            <NativeSelect
              label={t("penyaluran.daftar.markStatus")}
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value as TInjectionStatus)}
              data={injectionStatuses.map((s) => ({
                value: s,
                label: t(`penyaluran.daftar.statusLabel.${s}`),
              }))}
              data-testid="injection-status"
            />
            <TextInput
              type="date"
              label={t("penyaluran.daftar.markDate")}
              value={tanggal}
              onChange={(event) => setTanggal(event.currentTarget.value)}
              data-testid="injection-date"
            />
          </SimpleGrid>
          <Button type="submit" loading={mark.isPending} data-testid="injection-submit">
            {t("penyaluran.daftar.markSubmit")}
          </Button>
        </Stack>
      </PlainForm>
    </SectionCard>
  );
}
