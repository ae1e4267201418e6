import { Button, Card, Group, Text } from "@mantine/core";

export type TExportFormat = "csv" | "xlsx" | "pdf";

const tableFormats: readonly TExportFormat[] = ["csv", "xlsx"];

/**
 * Plain download links, one per format: the browser saves the server's attachment, so nothing passes
 * through memory here (and the server audits each download). Test ids are `<testId>-<format>`; the
 * formats are CSV and XLSX unless `formats` names others.
 */
export function ExportCard<F extends TExportFormat = "csv" | "xlsx">({
  testId,
  title,
  help,
  href,
  label,
  formats = tableFormats as readonly F[],
}: {
  testId: string;
  title: string;
  help: string;
  href: (format: F) => string;
  label: (format: F) => string;
  formats?: readonly F[];
}) {
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {help}
      </Text>
      <Group gap="xs">
        {formats.map((format) => (
          <Button
            key={format}
            component="a"
            href={href(format)}
            download
            variant="light"
            size="xs"
            data-testid={`${testId}-${format}`}
          >
            {label(format)}
          </Button>
        ))}
      </Group>
    </Card>
  );
}
