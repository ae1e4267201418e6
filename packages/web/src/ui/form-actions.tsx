import { Button, Group, type MantineSpacing } from "@mantine/core";

/** A form's last row: cancel, then the submit button that shows the pending request. */
export function FormActions({
  cancelLabel,
  submitLabel,
  onCancel,
  pending,
  submitTestId,
  gap = "sm",
}: {
  cancelLabel: string;
  submitLabel: string;
  onCancel: () => void;
  pending: boolean;
  submitTestId?: string;
  gap?: MantineSpacing;
}) {
  return (
    <Group justify="flex-end" gap={gap}>
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" loading={pending} data-testid={submitTestId}>
        {submitLabel}
      </Button>
    </Group>
  );
}
