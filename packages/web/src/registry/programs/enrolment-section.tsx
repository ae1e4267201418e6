import type { TEnrolmentView } from "@kawal/core";
import { Button, Card, Group, Loader, Modal, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/auth-api.ts";
import { useFamilyEnrolments } from "../../api/enrolment-api.ts";
import type { TFamily } from "../../api/registry-api.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { EnrolmentCard } from "./enrolment-card.tsx";
import { EnrolForm } from "./enrolment-enrol-form.tsx";
import { TransitionForm } from "./enrolment-transition-form.tsx";

type TDialog = { kind: "enrol" } | { kind: "change"; enrolment: TEnrolmentView } | null;

/**
 * The family's programme enrolments: each programme with its state, since when, the card holder and its
 * history; "enrol" and "change status" for users who keep enrolments. Forms open full screen on a phone.
 */
export function EnrolmentSection({ family }: { family: TFamily }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const canManage = me?.permissions.includes("enrolment.manage") ?? false;
  const enrolments = useFamilyEnrolments(family.id);
  const [dialog, setDialog] = useState<TDialog>(null);
  const phone = useMediaQuery("(max-width: 36em)");
  const items = enrolments.data?.items ?? [];
  const close = () => setDialog(null);

  return (
    <Card withBorder data-testid="enrolment-section">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={4}>{t("enrolment.title")}</Title>
          {canManage && family.status === "aktif" && (
            <Button size="xs" onClick={() => setDialog({ kind: "enrol" })} data-testid="enrol-open">
              {t("enrolment.enrol")}
            </Button>
          )}
        </Group>
        {enrolments.isPending && <Loader size="sm" aria-label={t("enrolment.loading")} />}
        <ProblemAlert error={enrolments.error} />
        {enrolments.isSuccess && items.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="enrolment-empty">
            {t("enrolment.empty")}
          </Text>
        )}
        {items.map((enrolment) => (
          <EnrolmentCard
            key={enrolment.id}
            enrolment={enrolment}
            onChange={
              canManage && enrolment.nextStates.length > 0
                ? () => setDialog({ kind: "change", enrolment })
                : undefined
            }
          />
        ))}
      </Stack>
      <Modal
        opened={dialog !== null}
        onClose={close}
        fullScreen={phone}
        title={
          dialog?.kind === "change"
            ? t("enrolment.changeTitle", { program: dialog.enrolment.program.code })
            : t("enrolment.enrol")
        }
      >
        {/* Mounted only while open: each opening is a new submission with its own key. */}
        {dialog?.kind === "enrol" && <EnrolForm family={family} enrolments={items} onDone={close} />}
        {dialog?.kind === "change" && (
          <TransitionForm familyId={family.id} enrolment={dialog.enrolment} onDone={close} />
        )}
      </Modal>
    </Card>
  );
}
