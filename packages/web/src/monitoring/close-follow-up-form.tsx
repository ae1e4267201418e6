import type { TAspect6T } from "@kawal/core";
import { Button, Group, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCloseFollowUp } from "../api/monitoring-api.ts";
import { isProblemError } from "../api/problem-error.ts";
import { notifySuccess } from "../ui/notify-problem.ts";
import { PlainForm } from "../ui/plain-form.tsx";
import { ProblemAlert } from "../ui/problem-alert.tsx";

/** Closes one open follow-up with a note of what was done. */
export function CloseFollowUpForm({ id, aspek }: { id: string; aspek: TAspect6T }) {
  const { t } = useTranslation();
  const close = useCloseFollowUp(id);
  const [catatan, setCatatan] = useState("");
  const [empty, setEmpty] = useState(false);
  const fieldError = isProblemError(close.error)
    ? close.error.problem.fields?.find((f) => f.field === "catatan")?.message
    : undefined;
  return (
    <PlainForm
      testId="close-follow-up"
      onSubmit={() => {
        if (!catatan.trim()) {
          setEmpty(true);
          return;
        }
        setEmpty(false);
        close.mutate(
          { aspek, catatan: catatan.trim() },
          { onSuccess: () => notifySuccess(t("monitoring6t.closedOk")) },
        );
      }}
    >
      <Group gap="xs" align="flex-start" wrap="wrap">
        <TextInput
          placeholder={t("monitoring6t.closeNote")}
          aria-label={t("monitoring6t.closeNote")}
          value={catatan}
          onChange={(e) => setCatatan(e.currentTarget.value)}
          error={empty ? t("monitoring6t.closeNoteRequired") : fieldError}
          maxLength={1000}
          style={{ flex: "1 1 12rem" }}
          data-testid="close-follow-up-note"
        />
        <Button type="submit" size="sm" loading={close.isPending} data-testid="close-follow-up-submit">
          {t("monitoring6t.close")}
        </Button>
      </Group>
      {!fieldError && <ProblemAlert error={close.error} />}
    </PlainForm>
  );
}
