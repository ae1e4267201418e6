import { Anchor, Breadcrumbs, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TWilayahDetail } from "../api/wilayah-api.ts";

/** Indonesia › province › kabupaten › … ; wraps instead of overflowing on a narrow phone. */
export function WilayahBreadcrumb({ current }: { current: TWilayahDetail | undefined }) {
  const { t } = useTranslation();
  const ancestors = current ? current.path : [];
  return (
    <Breadcrumbs
      separatorMargin={6}
      styles={{ root: { flexWrap: "wrap", rowGap: 4 } }}
      aria-label={t("app.breadcrumb")}
      data-testid="wilayah-breadcrumb"
    >
      {current ? (
        <Anchor component={Link} to="/wilayah" size="sm">
          {t("wilayah.indonesia")}
        </Anchor>
      ) : (
        <Text size="sm" fw={600}>
          {t("wilayah.indonesia")}
        </Text>
      )}
      {ancestors.map((entry) => (
        <Anchor key={entry.code} component={Link} to={`/wilayah/${entry.code}`} size="sm">
          {entry.name}
        </Anchor>
      ))}
      {current && (
        <Text size="sm" fw={600} aria-current="page">
          {current.name}
        </Text>
      )}
    </Breadcrumbs>
  );
}
