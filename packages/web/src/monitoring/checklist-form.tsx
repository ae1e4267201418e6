import { zodResolver } from "@hookform/resolvers/zod";
import {
  aspects6T,
  type TAspect6T,
  type TMonitoringAgentRef,
  type TMonitoringChecklist,
  type TMonitoringCreate,
  type TMonitoringCreateInput,
  ZMonitoringCreate,
} from "@kawal/core";
import { Card, Stack, Switch, Text, TextInput, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { Controller, type Path, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useCreateChecklist, useUpdateChecklist, useUploadPhoto } from "../api/monitoring-api.ts";
import { useSchemaText } from "../i18n/use-schema-text.ts";
import { localToday, newIdempotencyKey } from "../registry/events/event-dates.ts";
import { fieldBinder } from "../ui/field-binding.ts";
import { FormFrame } from "../ui/form-frame.tsx";
import { NoteInput } from "../ui/note-input.tsx";
import { notifyProblem, notifySuccess } from "../ui/notify-problem.ts";
import { useSubmission } from "../ui/use-submission.ts";
import { zodErrorMap } from "../ui/zod-error-map.ts";
import { useAspectLabel } from "./aspect-label.ts";

interface TChecklistFormProps {
  program: string;
  periode: string;
  agent: TMonitoringAgentRef;
  /** An open checklist to correct (PUT) instead of a new one. */
  existing?: TMonitoringChecklist;
  onDone: () => void;
}

const formFields: Path<TMonitoringCreateInput>[] = [
  "tanggal",
  "catatan",
  "idAgen",
  "periode",
  ...aspects6T.flatMap(
    (_, i) => [`aspek.${i}.temuan`, `aspek.${i}.tindakLanjut`] as Path<TMonitoringCreateInput>[],
  ),
  "aspek",
];

/**
 * The 6T checklist of one agent, made for a phone at the counter: six switches (met by default), and
 * for an aspect not met a finding, an optional follow-up and a photo straight from the camera. The
 * photos are sent after the checklist is stored, one per finding.
 */
export function ChecklistForm({ program, periode, agent, existing, onDone }: TChecklistFormProps) {
  const { t } = useTranslation();
  const pick = useSchemaText();
  const label = useAspectLabel();
  const navigate = useNavigate();
  const create = useCreateChecklist();
  const update = useUpdateChecklist(existing?.id ?? "");
  const save = existing ? update : create;
  const upload = useUploadPhoto();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [photos, setPhotos] = useState<Partial<Record<TAspect6T, File>>>({});
  const resolver = useMemo(() => zodResolver(ZMonitoringCreate, { error: zodErrorMap(t) }), [t]);
  const form = useForm<TMonitoringCreateInput, unknown, TMonitoringCreate>({
    resolver,
    defaultValues: {
      program,
      periode,
      idAgen: agent.idAgen,
      tanggal: existing?.tanggal ?? localToday(),
      catatan: existing?.catatan ?? "",
      aspek: aspects6T.map((aspek) => {
        const was = existing?.aspek.find((a) => a.aspek === aspek);
        return {
          aspek,
          sesuai: was?.sesuai ?? true,
          temuan: was?.temuan ?? "",
          tindakLanjut: was?.tindakLanjut ?? "",
        };
      }),
    },
  });
  const met = useWatch({ control: form.control, name: "aspek" });
  const errors = form.formState.errors;
  const submission = useSubmission(
    form,
    { error: save.error, isPending: save.isPending || upload.isPending },
    formFields,
  );
  const bind = fieldBinder(form, pick);

  const onSubmit = (body: TMonitoringCreate) => {
    // A met aspect carries no finding: text typed before switching back is not sent.
    const aspek = body.aspek.map((a) => (a.sesuai ? { aspek: a.aspek, sesuai: true } : a));
    const stored = async (checklist: TMonitoringChecklist) => {
      for (const a of aspek) {
        const file = photos[a.aspek];
        if (a.sesuai || !file) continue;
        try {
          await upload.mutateAsync({ id: checklist.id, aspek: a.aspek, file });
        } catch (error) {
          notifyProblem(error, t);
        }
      }
      notifySuccess(t("monitoring6t.saved", { skor: checklist.skor }));
      if (existing) onDone();
      else navigate(`/monitoring/${checklist.id}`);
    };
    if (existing) {
      update.mutate(
        { tanggal: body.tanggal, catatan: body.catatan, aspek },
        { onSuccess: stored, onError: submission.refuse },
      );
    } else {
      create.mutate(
        { body: { ...body, aspek }, idempotencyKey },
        { onSuccess: stored, onError: submission.refuse },
      );
    }
  };

  return (
    <FormFrame
      testId="checklist-form"
      onSubmit={form.handleSubmit(onSubmit)}
      submission={submission}
      actions={{ label: t("monitoring6t.submit"), testId: "checklist-submit", onCancel: onDone }}
      head={
        <>
          <Title order={3} size="h4">
            {t(existing ? "monitoring6t.editTitle" : "monitoring6t.formTitle", { agen: agent.nama })}
          </Title>
          <Text size="sm" c="dimmed">
            {agent.desa.name} · {program} · {periode}
          </Text>
        </>
      }
    >
      {errors.aspek?.root?.message || errors.aspek?.message ? (
        <Text c="red" size="sm" role="alert">
          {pick(errors.aspek?.root?.message ?? errors.aspek?.message)}
        </Text>
      ) : null}
      <TextInput
        label={t("monitoring6t.date")}
        type="date"
        required
        max={localToday()}
        {...bind("tanggal", "checklist-tanggal")}
      />
      {aspects6T.map((aspek, i) => {
        const sesuai = met?.[i]?.sesuai ?? true;
        const error = errors.aspek?.[i];
        return (
          <Card key={aspek} withBorder padding="sm" data-testid={`aspek-${aspek}`}>
            <Controller
              control={form.control}
              name={`aspek.${i}.sesuai`}
              render={({ field }) => (
                <Switch
                  label={label(aspek)}
                  description={sesuai ? t("monitoring6t.met") : t("monitoring6t.notMet")}
                  checked={Boolean(field.value)}
                  onChange={(e) => field.onChange(e.currentTarget.checked)}
                  size="md"
                  data-testid={`aspek-${aspek}-sesuai`}
                />
              )}
            />
            {!sesuai && (
              <Stack gap="xs" mt="sm">
                <NoteInput
                  label={t("monitoring6t.finding")}
                  required
                  maxLength={1000}
                  error={pick(error?.temuan?.message)}
                  data-testid={`aspek-${aspek}-temuan`}
                  {...form.register(`aspek.${i}.temuan`)}
                />
                <TextInput
                  label={t("monitoring6t.followUp")}
                  description={t("monitoring6t.followUpHelp")}
                  maxLength={1000}
                  error={pick(error?.tindakLanjut?.message)}
                  data-testid={`aspek-${aspek}-tindak-lanjut`}
                  {...form.register(`aspek.${i}.tindakLanjut`)}
                />
                <Stack gap={2}>
                  <Text size="sm" fw={500} component="label" htmlFor={`foto-${aspek}`}>
                    {t("monitoring6t.photo")}
                  </Text>
                  <input
                    id={`foto-${aspek}`}
                    type="file"
                    accept="image/*"
                    capture="environment"
                    style={{ maxWidth: "100%" }}
                    data-testid={`aspek-${aspek}-foto`}
                    onChange={(e) => {
                      const file = e.currentTarget.files?.[0];
                      setPhotos((current) => ({ ...current, [aspek]: file }));
                    }}
                  />
                </Stack>
              </Stack>
            )}
          </Card>
        );
      })}
      <NoteInput label={t("monitoring6t.note")} maxLength={1000} {...bind("catatan", "checklist-catatan")} />
    </FormFrame>
  );
}
