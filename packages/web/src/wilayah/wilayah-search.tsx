import { Badge, Group, NavLink, Paper, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { minSearchLength, useWilayahSearch } from "../api/wilayah-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { SearchInput } from "../ui/search-input.tsx";
import { formatWilayahPath } from "./wilayah-path.ts";

/** Finds a region at any level by name; each hit shows its full path so same-named desa differ. */
export function WilayahSearch() {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [query] = useDebouncedValue(text, 250);
  const search = useWilayahSearch(query);
  const active = query.trim().length >= minSearchLength;
  const clear = () => setText("");
  return (
    <Stack gap="xs">
      <SearchInput
        label={t("wilayah.searchLabel")}
        placeholder={t("wilayah.searchPlaceholder")}
        value={text}
        onChange={setText}
        fetching={search.isFetching}
        testId="wilayah-search"
      />
      {text.trim().length > 0 && !active && (
        <Text size="xs" c="dimmed">
          {t("wilayah.searchTooShort")}
        </Text>
      )}
      {active && search.error && <ProblemAlert error={search.error} />}
      {active && search.data && (
        <Paper withBorder data-testid="wilayah-search-results">
          {search.data.length === 0 && (
            <Text p="sm" c="dimmed">
              {t("wilayah.noResults")}
            </Text>
          )}
          {search.data.map((hit) => (
            <NavLink
              key={hit.code}
              component={Link}
              to={`/wilayah/${hit.code}`}
              onClick={clear}
              label={
                <Group gap={6} wrap="wrap">
                  <Text size="sm" fw={500}>
                    {hit.name}
                  </Text>
                  <Badge size="xs" variant="light">
                    {t(`level.${hit.level}`)}
                  </Badge>
                </Group>
              }
              description={hit.path.length > 0 ? formatWilayahPath(hit.path) : hit.code}
            />
          ))}
        </Paper>
      )}
    </Stack>
  );
}
