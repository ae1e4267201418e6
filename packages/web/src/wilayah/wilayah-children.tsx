import { Center, Loader, NavLink, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TWilayahItem } from "../api/wilayah-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";

interface TWilayahChildrenProps {
  items: TWilayahItem[] | undefined;
  loading: boolean;
  error: unknown;
}

/** The regions one level down; each opens its own children (or, for a desa, its details). */
export function WilayahChildren({ items, loading, error }: TWilayahChildrenProps) {
  const { t } = useTranslation();
  if (error) return <ProblemAlert error={error} />;
  if (loading || !items) {
    return (
      <Center p="lg">
        <Loader size="sm" aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (items.length === 0) return <Text c="dimmed">{t("wilayah.empty")}</Text>;
  return (
    <Paper withBorder data-testid="wilayah-children">
      {items.map((item) => {
        const count = item.level === "desa" ? "" : t(`childCount.${item.level}`, { n: item.childCount });
        return (
          <NavLink
            key={item.code}
            component={Link}
            to={`/wilayah/${item.code}`}
            label={item.name}
            description={count ? `${item.code} · ${count}` : item.code}
            data-testid={`wilayah-item-${item.code}`}
          />
        );
      })}
    </Paper>
  );
}
