import { Button, Card, Group, Text } from "@mantine/core";

export type TExportFormat = "csv" | "xlsx";

const formats: readonly TExportFormat[] = ["csv", "xlsx"];

/**
 * Plain download links, one per format: the browser saves the server's attachment, so nothing passes
 * through memory here (and the server audits each download). Test ids are `<testId>-csv` and `-xlsx`.
 */
export function ExportCard({
  testId,
  title,
  help,
  href,
  label,
}: {
  testId: string;
  title: string;
  help: string;
  href: (format: TExportFormat) => string;
  label: (format: TExportFormat) => string;
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
