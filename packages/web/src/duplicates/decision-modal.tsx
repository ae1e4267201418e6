import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TDuplicateDecision, type TDuplicatePair, useDecideDuplicate } from "../api/duplicate-api.ts";
import { NoteInput } from "../ui/note-input.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";

export interface TPendingDecision {
  pair: TDuplicatePair;
  decision: TDuplicateDecision;
}

/** A decision cannot be undone, so it is confirmed here, with what it will do in plain words. */
export function DecisionModal({
  pending,
  onClose,
}: {
  pending: TPendingDecision | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const decide = useDecideDuplicate();
  const [note, setNote] = useState("");
  const close = () => {
    setNote("");
    decide.reset();
    onClose();
  };
  const merge = pending?.decision.decision === "gabung" ? pending.decision : null;
  const kept = merge && pending ? pending.pair[merge.keep] : null;
  const removed = merge && pending ? pending.pair[merge.keep === "a" ? "b" : "a"] : null;
  return (
    <Modal
      opened={pending !== null}
      onClose={close}
      title={merge ? t("duplikat.mergeTitle") : t("duplikat.dismissTitle")}
    >
      {pending && (
        <Stack gap="sm" data-testid="duplicate-confirm">
          <ProblemAlert error={decide.error} />
          <Text size="sm">
            {kept && removed
              ? t("duplikat.mergeText", { kept: kept.nama, removed: removed.nama })
              : t("duplikat.dismissText")}
          </Text>
          <NoteInput
            label={t("duplikat.note")}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t("app.cancel")}
            </Button>
            <Button
              color={merge ? "orange" : "teal"}
              loading={decide.isPending}
              data-testid="duplicate-confirm-submit"
              onClick={() =>
                decide.mutate(
                  {
                    id: pending.pair.id,
                    body: { ...pending.decision, ...(note.trim() ? { note: note.trim() } : {}) },
                  },
                  {
                    onSuccess: () => {
                      notifySuccess(merge ? t("duplikat.merged") : t("duplikat.dismissed"));
                      close();
                    },
                  },
                )
              }
            >
              {t("duplikat.confirm")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
