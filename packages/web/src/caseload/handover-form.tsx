import type { TRole } from "@kawal/core";
import { Button, Group, Modal, Paper, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TCompanion, useCreateHandover } from "../api/caseload-api.ts";
import { isProblemError } from "../api/problem-error.ts";
import { localToday } from "../registry/events/event-dates.ts";
import { useRoleLabel } from "../ui/labels.ts";
import { NoteInput } from "../ui/note-input.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";

interface THandoverFormProps {
  companions: TCompanion[];
  onDone: (handoverId: string) => void;
}

type TField = "dari" | "ke" | "tanggal" | "alasan";

/** "Alihkan dampingan": departing companion → successor of the same role → date and reason → confirmation. */
export function HandoverForm({ companions, onDone }: THandoverFormProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const create = useCreateHandover();
  const [dari, setDari] = useState<string | null>(null);
  const [ke, setKe] = useState<string | null>(null);
  const [tanggal, setTanggal] = useState(localToday());
  const [alasan, setAlasan] = useState("");
  const [errors, setErrors] = useState<Partial<Record<TField, string>>>({});
  const [confirming, setConfirming] = useState(false);
  const leaving = companions.find((c) => c.userId === dari);
  const successor = companions.find((c) => c.userId === ke);
  const successors = companions.filter(
    (c) => leaving && c.role === leaving.role && c.userId !== dari && !c.disabled,
  );
  const label = (c: TCompanion) => `${c.fullName} (${roleLabel(c.role as TRole)})`;

  const check = (): boolean => {
    const found: Partial<Record<TField, string>> = {};
    if (!leaving) found.dari = t("caseload.form.required");
    else if (leaving.families + leaving.desa === 0) found.dari = t("caseload.form.nothing");
    if (!successor) found.ke = t("caseload.form.required");
    if (!tanggal) found.tanggal = t("caseload.form.required");
    if (alasan.trim().length < 3) found.alasan = t("caseload.form.required");
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const submit = () => {
    if (!leaving || !successor) return;
    create.mutate(
      { dari: leaving.userId, ke: successor.userId, tanggal, alasan: alasan.trim() },
      {
        onSuccess: (created) => {
          setConfirming(false);
          notifySuccess(t("caseload.form.done", { count: created.families }));
          setDari(null);
          setKe(null);
          setAlasan("");
          onDone(created.id);
        },
        onError: (error) => {
          setConfirming(false);
          if (isProblemError(error)) {
            const fields: Partial<Record<TField, string>> = {};
            for (const f of error.problem.fields ?? []) {
              const name = f.field.replace(/^body\./, "") as TField;
              if (["dari", "ke", "tanggal", "alasan"].includes(name)) fields[name] = f.message;
            }
            setErrors(fields);
          }
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="handover-form">
      <Stack gap="sm">
        <Title order={3}>{t("caseload.form.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("caseload.form.hint")}
        </Text>
        <Select
          label={t("caseload.form.dari")}
          data={companions.map((c) => ({ value: c.userId, label: label(c) }))}
          value={dari}
          onChange={(value) => {
            setDari(value);
            setKe(null);
          }}
          searchable
          error={errors.dari}
          data-testid="handover-dari"
        />
        <Select
          label={t("caseload.form.ke")}
          data={successors.map((c) => ({ value: c.userId, label: label(c) }))}
          value={ke}
          onChange={setKe}
          searchable
          disabled={!leaving}
          nothingFoundMessage={t("caseload.form.noSuccessor")}
          error={errors.ke}
          data-testid="handover-ke"
        />
        <TextInput
          type="date"
          label={t("caseload.form.tanggal")}
          value={tanggal}
          onChange={(e) => setTanggal(e.currentTarget.value)}
          error={errors.tanggal}
          data-testid="handover-tanggal"
        />
        <NoteInput
          label={t("caseload.form.alasan")}
          placeholder={t("caseload.form.alasanPlaceholder")}
          value={alasan}
          onChange={(e) => setAlasan(e.currentTarget.value)}
          error={errors.alasan}
          data-testid="handover-alasan"
        />
        {create.error && !isProblemError(create.error) && <ProblemAlert error={create.error} />}
        {create.error && isProblemError(create.error) && !create.error.problem.fields?.length && (
          <ProblemAlert error={create.error} />
        )}
        <Group>
          <Button onClick={() => check() && setConfirming(true)} data-testid="handover-submit">
            {t("caseload.form.submit")}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("caseload.form.confirmTitle")}
        centered
      >
        <Stack>
          <Text data-testid="handover-confirm-text">
            {t("caseload.form.confirmText", {
              families: leaving?.families ?? 0,
              desa: leaving?.desa ?? 0,
              dari: leaving?.fullName ?? "",
              ke: successor?.fullName ?? "",
              tanggal,
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("app.cancel")}
            </Button>
            <Button color="red" loading={create.isPending} onClick={submit} data-testid="handover-confirm">
              {t("caseload.form.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
