import type { TScopeView } from "@kawal/core";
import { MultiSelect } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useWilayahSearch } from "../api/wilayah-api.ts";
import { useWilayahComboboxProps } from "../wilayah/wilayah-combobox.tsx";
import { formatWilayahPath } from "../wilayah/wilayah-path.ts";

interface TScopePickerProps {
  value: string[];
  onChange: (codes: string[]) => void;
  /** Names of the areas already chosen (the form holds only codes). */
  initial?: TScopeView[];
  error?: string | undefined;
  label: string;
}

interface TKnownArea {
  name: string;
  level: TScopeView["level"];
  where: string;
}

/** Chooses one or more areas by searching wilayah by name; the form value is the list of codes. */
export function ScopePicker({ value, onChange, initial = [], error, label }: TScopePickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [opened, setOpened] = useState(false);
  const [query] = useDebouncedValue(search, 250);
  const hits = useWilayahSearch(query, { limit: 20 });
  const [known, setKnown] = useState<Record<string, TKnownArea>>(() =>
    Object.fromEntries(initial.map((s) => [s.code, { name: s.name, level: s.level, where: "" }])),
  );

  // Picked areas stay in the options so their pills keep a name after the search text changes.
  const areas = useMemo(() => {
    const merged: Record<string, TKnownArea> = { ...known };
    for (const hit of hits.data ?? []) {
      merged[hit.code] = { name: hit.name, level: hit.level, where: formatWilayahPath(hit.path) };
    }
    return merged;
  }, [known, hits.data]);

  const visible = new Set([...value, ...(hits.data ?? []).map((hit) => hit.code)]);
  const data = [...visible].map((code) => {
    const area = areas[code];
    return { value: code, label: area ? `${area.name} (${t(`level.${area.level}`)})` : code };
  });

  const onPick = (codes: string[]) => {
    const added: Record<string, TKnownArea> = {};
    for (const code of codes) {
      const area = areas[code];
      if (area) added[code] = area;
    }
    setKnown((previous) => ({ ...previous, ...added }));
    onChange(codes);
    // Most accounts cover one area; on a phone an open list would hide the rest of the form.
    setOpened(false);
  };

  const wilayahCombobox = useWilayahComboboxProps(query, (code) => areas[code]?.where || code);
  return (
    <MultiSelect
      label={label}
      placeholder={t("users.scopeSearch")}
      searchable
      dropdownOpened={opened}
      onDropdownOpen={() => setOpened(true)}
      onDropdownClose={() => setOpened(false)}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      value={value}
      onChange={onPick}
      error={error}
      {...wilayahCombobox}
      data-testid="scope-picker"
    />
  );
}
