import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { minRegistrySearchLength, useRegistrySearch } from "../api/registry-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { SearchInput } from "../ui/search-input.tsx";

/**
 * Finds a family with the registry search (the query stays in a POST body, never in the address) and
 * hands back its opaque id and the name the user recognised it by.
 */
export function FamilySearch({ onChoose }: { onChoose: (familyId: string, name: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [query] = useDebouncedValue(text, 350);
  const search = useRegistrySearch(query, 10);
  const active = query.trim().length >= minRegistrySearchLength;
  return (
    <Stack gap="xs">
      <SearchInput
        label={t("kartu.searchLabel")}
        placeholder={t("kartu.searchPlaceholder")}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={setText}
        fetching={search.isFetching}
        testId="card-family-search"
      />
      {active && search.error && <ProblemAlert error={search.error} />}
      {active && search.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("kartu.noResults")}
        </Text>
      )}
      {active &&
        search.data?.map((hit) => (
          <Card key={`${hit.familyId}:${hit.nik}`} withBorder padding="xs" data-testid="card-family-hit">
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text fw={600} size="sm">
                  {hit.nama}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                  {hit.desa.name} · {hit.noKk}
                </Text>
              </div>
              <Button size="xs" variant="light" onClick={() => onChoose(hit.familyId, hit.nama)}>
                {t("kartu.choose")}
              </Button>
            </Group>
          </Card>
        ))}
    </Stack>
  );
}
