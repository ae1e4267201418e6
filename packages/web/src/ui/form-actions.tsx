import { Button, Group, type MantineSpacing } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A form's last row: cancel, then the submit button that shows the pending request. */
export function FormActions({
  cancelLabel,
  submitLabel,
  onCancel,
  pending,
  submitTestId,
  gap = "sm",
}: {
  /** "Cancel" unless the form says otherwise. */
  cancelLabel?: string;
  submitLabel: string;
  onCancel: () => void;
  pending: boolean;
  submitTestId?: string;
  gap?: MantineSpacing;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap={gap}>
      <Button variant="default" onClick={onCancel}>
        {cancelLabel ?? t("app.cancel")}
      </Button>
      <Button type="submit" loading={pending} data-testid={submitTestId}>
        {submitLabel}
      </Button>
    </Group>
  );
}
