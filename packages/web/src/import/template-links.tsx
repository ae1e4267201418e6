import { importTemplateUrl, type TImportTemplate } from "@kawal/core";
import { Anchor, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Links to the example file of each kind: a header and a few valid rows to fill in (docs/formats.md). */
export function TemplateLinks({ kinds }: { kinds: readonly TImportTemplate[] }) {
  const { t } = useTranslation();
  return (
    <Group gap="md">
      {kinds.map((kind) => (
        <Anchor key={kind} size="sm" href={importTemplateUrl(kind)} download data-testid={`template-${kind}`}>
          {t("impor.template", { name: kind })}
        </Anchor>
      ))}
    </Group>
  );
}
