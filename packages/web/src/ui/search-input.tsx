import { CloseButton, Loader, TextInput, type TextInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A search box: a loader while the answer is on its way, else a button that clears what was typed. */
export function SearchInput({
  value,
  onChange,
  fetching,
  loaderLabel,
  testId,
  ...props
}: Omit<TextInputProps, "value" | "onChange"> & {
  value: string;
  onChange: (text: string) => void;
  fetching: boolean;
  loaderLabel?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="search"
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      rightSection={
        fetching ? (
          <Loader size="xs" aria-label={loaderLabel} />
        ) : (
          value && <CloseButton onClick={() => onChange("")} aria-label={t("app.clear")} />
        )
      }
      data-testid={testId}
    />
  );
}
