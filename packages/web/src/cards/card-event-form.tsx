import {
  cardCompanionRoles,
  cardDefaultHolder,
  holderKinds,
  type TCardDetail,
  type TCardStatus,
  type THolderKind,
  ZNoKks,
} from "@kawal/core";
import { Alert, NativeSelect, SegmentedControl, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/auth-api.ts";
import { useCardStaff, useRecordCardEvent } from "../api/card-api.ts";
import { useSchemaText } from "../i18n/use-schema-text.ts";
import { localToday, newIdempotencyKey } from "../registry/events/event-dates.ts";
import { fieldBinder } from "../ui/field-binding.ts";
import { FormFrame } from "../ui/form-frame.tsx";
import { NoteInput } from "../ui/note-input.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { PastDateInput } from "../ui/past-date-input.tsx";
import { useSubmission } from "../ui/use-submission.ts";
import { useCardLabels } from "./card-labels.ts";

interface TValues {
  status: string;
  pemegangJenis: string;
  pemegangUserId: string;
  pemegangNama: string;
  tanggal: string;
  catatan: string;
  noKksBaru: string;
}
const fields = [
  "status",
  "pemegangJenis",
  "pemegangUserId",
  "pemegangNama",
  "tanggal",
  "catatan",
  "noKksBaru",
] as const;

/**
 * One event on a card: a change to one of the states the server offers (`nextStatuses`), or a
 * hand-over to another holder. The Idempotency-Key lives as long as the form, so a retried tap after
 * a lost answer stores the event once.
 */
export function CardEventForm({ card, onDone }: { card: TCardDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const pick = useSchemaText();
  const labels = useCardLabels();
  const me = useMe().data;
  const record = useRecordCardEvent();
  const [mode, setMode] = useState<"transition" | "handover">(
    card.nextStatuses.length ? "transition" : "handover",
  );
  const [today] = useState(localToday);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [staffQuery, setStaffQuery] = useState("");
  const form = useForm<TValues>({
    defaultValues: {
      status: card.nextStatuses[0] ?? "",
      pemegangJenis: mode === "handover" ? "keluarga" : "",
      pemegangUserId: "",
      pemegangNama: "",
      tanggal: today,
      catatan: "",
      noKksBaru: "",
    },
  });
  const submission = useSubmission(form, record, fields, { text: t("kartu.alreadyRecorded") });
  const bind = fieldBinder(form, pick);
  const status = form.watch("status") as TCardStatus | "";
  const jenis = form.watch("pemegangJenis") as THolderKind | "";
  const userId = form.watch("pemegangUserId");
  const staff = useCardStaff(staffQuery, jenis === "staf");
  const chosen = staff.data?.items.find((s) => s.id === userId);
  const companion = chosen && (cardCompanionRoles as readonly string[]).includes(chosen.role);
  // A card handed over is held by the family; other states offer any holder, or the default.
  const holderChoices: THolderKind[] =
    mode === "transition" && status === "diserahkan" ? ["keluarga"] : [...holderKinds];
  const nameLabel =
    jenis === "bank"
      ? t("kartu.holderNameBank")
      : jenis === "keluarga" || (mode === "transition" && status === "diserahkan")
        ? t("kartu.holderNameFamily")
        : t("kartu.holderName");

  const switchMode = (next: string) => {
    setMode(next as "transition" | "handover");
    form.clearErrors();
    form.setValue("pemegangJenis", next === "handover" ? "keluarga" : "");
  };

  const onSubmit = (values: TValues) => {
    const need = (field: keyof TValues) => {
      form.setError(field, { type: "required", message: t("kartu.required") });
      return true;
    };
    let missing = false;
    if (mode === "transition" && !values.status) missing = need("status");
    if (mode === "transition" && values.status === "diganti" && !values.noKksBaru.trim())
      missing = need("noKksBaru");
    if (values.pemegangJenis === "staf" && !values.pemegangUserId) missing = need("pemegangUserId");
    const familyHolder =
      values.pemegangJenis === "keluarga" || (mode === "transition" && values.status === "diserahkan");
    if (familyHolder && !values.pemegangNama.trim()) missing = need("pemegangNama");
    if (!values.tanggal) missing = need("tanggal");
    const number = values.noKksBaru.trim();
    if (number && mode === "transition" && values.status === "diganti") {
      const parsed = ZNoKks.safeParse(number);
      if (!parsed.success) {
        form.setError("noKksBaru", { type: "format", message: parsed.error.issues[0]?.message ?? "" });
        missing = true;
      }
    }
    if (missing) return;
    submission.retry();
    const holderKind = values.pemegangJenis as THolderKind | "";
    record.mutate(
      {
        cardId: card.id,
        idempotencyKey,
        body: {
          ...(mode === "transition" ? { status: values.status as TCardStatus } : {}),
          ...(holderKind ? { pemegangJenis: holderKind } : {}),
          ...(holderKind === "staf" ? { pemegangUserId: values.pemegangUserId } : {}),
          ...(holderKind !== "staf" && values.pemegangNama.trim()
            ? { pemegangNama: values.pemegangNama.trim() }
            : {}),
          tanggal: values.tanggal,
          ...(values.catatan.trim() ? { catatan: values.catatan.trim() } : {}),
          ...(mode === "transition" && values.status === "diganti"
            ? { noKksBaru: values.noKksBaru.trim() }
            : {}),
        },
      },
      {
        onSuccess: () => {
          notifySuccess(t("kartu.recorded"));
          onDone();
        },
        onError: submission.refuse,
      },
    );
  };

  return (
    <FormFrame
      testId="card-event-form"
      onSubmit={form.handleSubmit(onSubmit)}
      submission={submission}
      head={
        card.nextStatuses.length > 0 && (
          <SegmentedControl
            fullWidth
            value={mode}
            onChange={switchMode}
            data={[
              { value: "transition", label: t("kartu.transition") },
              { value: "handover", label: t("kartu.handover") },
            ]}
            data-testid="card-event-mode"
          />
        )
      }
      actions={{ label: t("kartu.submit"), testId: "card-event-submit", onCancel: onDone }}
    >
      {mode === "transition" && (
        <NativeSelect
          label={t("kartu.nextStatus")}
          withAsterisk
          data={card.nextStatuses.map((s) => ({ value: s, label: labels.status(s) }))}
          {...bind("status", "card-event-status", { onChange: () => form.setValue("pemegangJenis", "") })}
        />
      )}
      {mode === "transition" && status === "diganti" && (
        <TextInput
          label={t("kartu.noKksBaru")}
          withAsterisk
          inputMode="numeric"
          autoComplete="off"
          maxLength={16}
          {...bind("noKksBaru", "card-event-nokks-baru")}
        />
      )}
      <NativeSelect
        label={t("kartu.holderKindLabel")}
        data={[
          ...(mode === "transition" && status
            ? [
                {
                  value: "",
                  label: t("kartu.holderDefault", { kind: labels.kind(cardDefaultHolder[status]) }),
                },
              ]
            : []),
          ...holderChoices.map((k) => ({ value: k, label: labels.kind(k) })),
        ]}
        {...bind("pemegangJenis", "card-event-holder-kind")}
      />
      {jenis === "staf" && (
        <Stack gap={4}>
          <TextInput
            type="search"
            label={t("kartu.staffSearch")}
            value={staffQuery}
            onChange={(event) => setStaffQuery(event.currentTarget.value)}
            data-testid="card-event-staff-search"
          />
          <NativeSelect
            label={t("kartu.staff")}
            withAsterisk
            data={[
              { value: "", label: t("kartu.chooseStaff") },
              ...(staff.data?.items ?? []).map((s) => ({
                value: s.id,
                label:
                  s.id === me?.id
                    ? t("kartu.staffMe", { name: s.fullName })
                    : `${s.fullName} (${labels.role(s.role)})`,
              })),
            ]}
            {...bind("pemegangUserId", "card-event-staff")}
          />
          {companion && (
            <Alert color="red" p="xs" data-testid="card-event-staff-warning">
              {t("kartu.staffWarning")}
            </Alert>
          )}
        </Stack>
      )}
      {jenis !== "staf" && (
        <TextInput
          label={nameLabel}
          withAsterisk={jenis === "keluarga" || (mode === "transition" && status === "diserahkan")}
          {...bind("pemegangNama", "card-event-holder-name")}
        />
      )}
      <PastDateInput label={t("kartu.tanggal")} today={today} {...bind("tanggal", "card-event-tanggal")} />
      <NoteInput label={t("kartu.catatan")} maxLength={500} {...bind("catatan", "card-event-catatan")} />
    </FormFrame>
  );
}
