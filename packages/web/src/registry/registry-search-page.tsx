import { Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/auth-api.ts";
import { minRegistrySearchLength, useRegistrySearch } from "../api/registry-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { SearchInput } from "../ui/search-input.tsx";
import { MemberHitList } from "./member-hit-list.tsx";
import { useRememberedSearch } from "./remembered-search.ts";

/** Finds members in the user's area by part of a name, or by a whole NIK or No. KK. */
export function RegistrySearchPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [text, setText] = useRememberedSearch();
  const [query] = useDebouncedValue(text, 350);
  const search = useRegistrySearch(query);
  if (!me?.permissions.includes("registry.read")) return <Text>{t("keluarga.notAllowed")}</Text>;
  const active = query.trim().length >= minRegistrySearchLength;
  const tooShort = text.trim().length > 0 && text.trim().length < minRegistrySearchLength;
  return (
    <Stack maw={820}>
      <Title order={2}>{t("keluarga.title")}</Title>
      <SearchInput
        label={t("keluarga.searchLabel")}
        placeholder={t("keluarga.searchPlaceholder")}
        description={t("keluarga.searchPrivacy")}
        // A NIK typed here must not end up in the browser's form history.
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={setText}
        fetching={search.isFetching}
        loaderLabel={t("app.loading")}
        testId="registry-search"
      />
      {tooShort && (
        <Text size="xs" c="dimmed">
          {t("keluarga.searchTooShort")}
        </Text>
      )}
      {active && search.error && <ProblemAlert error={search.error} />}
      {active && search.data && <MemberHitList hits={search.data} />}
    </Stack>
  );
}
