import { zodResolver } from "@hookform/resolvers/zod";
import { type TScheduleAgent, type TScheduleCreate, ZScheduleCreate } from "@kawal/core";
import { Card, SimpleGrid, Text, TextInput, Title } from "@mantine/core";
import { useMemo } from "react";
import { type Path, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { useCreateSchedule } from "../../api/schedule-api.ts";
import { useSchemaText } from "../../i18n/use-schema-text.ts";
import { fieldBinder } from "../../ui/field-binding.ts";
import { FormFrame } from "../../ui/form-frame.tsx";
import { notifySuccess } from "../../ui/notify-problem.ts";
import { useSubmission } from "../../ui/use-submission.ts";
import { zodErrorMap } from "../../ui/zod-error-map.ts";

type TInput = z.input<typeof ZScheduleCreate>;
const formFields: Path<TInput>[] = ["tanggal", "jamMulai", "jamSelesai", "catatan", "periode", "familyIds"];

/** The first and last day of a `YYYY-MM` month, for the date field's bounds. */
function monthRange(periode: string): { min: string; max: string } {
  const [y, m] = periode.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { min: `${periode}-01`, max: `${periode}-${String(last).padStart(2, "0")}` };
}

/**
 * Builds one day at an agent: date and hours; the server puts every listed family of the agent's desa
 * still without a day on it (the usual case), and refuses if another day took them meanwhile.
 */
export function ScheduleForm({
  agent,
  program,
  periode,
  onDone,
  onCreated,
}: {
  agent: TScheduleAgent;
  program: string;
  periode: string;
  onDone: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const pick = useSchemaText();
  const create = useCreateSchedule();
  const range = monthRange(periode);
  const resolver = useMemo(() => zodResolver(ZScheduleCreate, { error: zodErrorMap(t) }), [t]);
  const form = useForm<TInput, unknown, TScheduleCreate>({
    resolver,
    defaultValues: {
      program,
      periode,
      idAgen: agent.idAgen,
      tanggal: range.min,
      jamMulai: "08:00",
      jamSelesai: "12:00",
      catatan: "",
    },
  });
  const errors = form.formState.errors;
  const submission = useSubmission(form, create, formFields);
  const bind = fieldBinder(form, pick);
  const onSubmit = (body: TScheduleCreate) =>
    create.mutate(
      { ...body, catatan: body.catatan || undefined },
      {
        onSuccess: (day) => {
          notifySuccess(t("jadwal.created", { count: day.families }));
          onCreated(day.id);
        },
        onError: submission.refuse,
      },
    );

  return (
    <Card withBorder data-testid="schedule-form">
      <FormFrame
        onSubmit={form.handleSubmit(onSubmit)}
        submission={submission}
        actions={{ label: t("jadwal.save"), testId: "schedule-submit", onCancel: onDone }}
        head={
          <>
            <Title order={3} size="h5">
              {t("jadwal.formTitle", { agen: agent.nama })}
            </Title>
            <Text size="sm" c="dimmed">
              {t("jadwal.formHelp", { count: agent.listed - agent.scheduled })}
            </Text>
          </>
        }
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t("jadwal.tanggal")}
            type="date"
            required
            min={range.min}
            max={range.max}
            error={pick(errors.tanggal?.message ?? errors.periode?.message)}
            data-testid="schedule-tanggal"
            {...form.register("tanggal")}
          />
          <TextInput
            label={t("jadwal.jamMulai")}
            type="time"
            required
            {...bind("jamMulai", "schedule-jam-mulai")}
          />
          <TextInput
            label={t("jadwal.jamSelesai")}
            type="time"
            required
            {...bind("jamSelesai", "schedule-jam-selesai")}
          />
        </SimpleGrid>
        <TextInput
          label={t("jadwal.catatan")}
          placeholder={t("jadwal.catatanPlaceholder")}
          maxLength={500}
          error={pick(errors.catatan?.message ?? errors.familyIds?.message)}
          data-testid="schedule-catatan"
          {...form.register("catatan")}
        />
      </FormFrame>
    </Card>
  );
}
