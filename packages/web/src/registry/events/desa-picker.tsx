import { NATIONAL_SCOPE } from "@kawal/core";
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useWilayahSearch } from "../../api/wilayah-api.ts";
import { useWilayahComboboxProps } from "../../wilayah/wilayah-combobox.tsx";
import { formatWilayahPath } from "../../wilayah/wilayah-path.ts";

interface TDesaPickerProps {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string | undefined;
  /** Only desa inside these regions (a user's scopes), so a choice the server would refuse is never offered. */
  within?: readonly string[];
  testId?: string;
}

function isWithin(code: string, regions: readonly string[] | undefined): boolean {
  if (!regions) return true;
  return regions.some(
    (region) => region === NATIONAL_SCOPE || code === region || code.startsWith(`${region}.`),
  );
}

/** One desa found by name (anywhere, or inside given regions); the value is its code, as the server wants. */
export function DesaPicker({ label, value, onChange, error, within, testId }: TDesaPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [query] = useDebouncedValue(search, 250);
  const hits = useWilayahSearch(query, { level: "desa", limit: 20 });
  const [picked, setPicked] = useState<{ code: string; name: string; where: string } | null>(null);
  const options = (hits.data ?? [])
    .filter((hit) => isWithin(hit.code, within))
    .map((hit) => ({
      value: hit.code,
      label: hit.name,
      where: formatWilayahPath(hit.path),
    }));
  // The chosen desa stays an option after the search text changes, so the input keeps its name.
  if (picked && value === picked.code && !options.some((o) => o.value === picked.code)) {
    options.push({ value: picked.code, label: picked.name, where: picked.where });
  }
  const whereOf = (code: string) => options.find((o) => o.value === code)?.where ?? code;
  const wilayahCombobox = useWilayahComboboxProps(query, whereOf);
  return (
    <Select
      label={label}
      placeholder={t("peristiwa.tujuanSearch")}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options.map(({ value: code, label: name }) => ({ value: code, label: name }))}
      value={value}
      onChange={(code) => {
        const option = options.find((o) => o.value === code);
        setPicked(option ? { code: option.value, name: option.label, where: option.where } : null);
        onChange(code);
      }}
      error={error}
      {...wilayahCombobox}
      data-testid={testId ?? "event-tujuan"}
    />
  );
}
