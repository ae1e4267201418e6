import { Center, Loader, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useCaseloadMap, useMapTiles } from "../api/caseload-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";

// Leaflet loads only with this section, not with every page.
const CaseloadMap = lazy(() => import("./caseload-map.tsx").then((m) => ({ default: m.CaseloadMap })));

/** The map of desa served in the scope, and the desa that have no point yet. */
export function CaseloadMapSection() {
  const { t } = useTranslation();
  const map = useCaseloadMap();
  const tiles = useMapTiles();
  const spinner = (
    <Center p="md">
      <Loader size="sm" aria-label={t("app.loading")} />
    </Center>
  );
  const items = map.data?.items ?? [];
  const unplaced = items.filter((d) => d.lat === null || d.lon === null);
  return (
    <Stack gap="xs">
      <Title order={3}>{t("caseload.map.title")}</Title>
      {map.error && <ProblemAlert error={map.error} />}
      {map.isPending || tiles.isPending ? (
        spinner
      ) : items.length === 0 ? (
        <Text c="dimmed">{t("caseload.map.empty")}</Text>
      ) : (
        <Suspense fallback={spinner}>
          <CaseloadMap desa={items} tiles={tiles.data?.url ?? null} />
          {unplaced.length > 0 && (
            <Text size="sm" c="dimmed" data-testid="map-unplaced">
              {t("caseload.map.noPoint", {
                count: unplaced.length,
                names: unplaced.map((d) => d.name).join(", "),
              })}
            </Text>
          )}
        </Suspense>
      )}
    </Stack>
  );
}
