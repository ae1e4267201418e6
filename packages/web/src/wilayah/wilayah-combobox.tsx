import {
  type ComboboxItem,
  type ComboboxLikeRenderOptionInput,
  type OptionsFilter,
  Stack,
  Text,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { minSearchLength } from "../api/wilayah-api.ts";

// The server already matched by name; filtering again here would hide hits by path.
const keepServerHits: OptionsFilter = ({ options }) => options;

/**
 * What every picker of regions found by name shares: the server's hits listed as they come, each with
 * where it lies, and a line for a search too short or without hits.
 */
export function useWilayahComboboxProps(query: string, whereOf: (code: string) => string) {
  const { t } = useTranslation();
  return {
    filter: keepServerHits,
    nothingFoundMessage:
      query.trim().length >= minSearchLength ? t("wilayah.noResults") : t("wilayah.searchTooShort"),
    renderOption: ({ option }: ComboboxLikeRenderOptionInput<ComboboxItem>) => (
      <Stack gap={0}>
        <Text size="sm">{option.label}</Text>
        <Text size="xs" c="dimmed">
          {whereOf(option.value)}
        </Text>
      </Stack>
    ),
    comboboxProps: { withinPortal: true },
  };
}
