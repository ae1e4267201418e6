import { languages, type TLanguage } from "@kawal/core";
import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { setLanguage } from "../i18n/i18n.ts";

/** ID / EN switch; the choice is kept in localStorage by `setLanguage`. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("app.language")}
      data-testid="language-switch"
      value={i18n.language}
      onChange={(value) => void setLanguage(value as TLanguage)}
      data={languages.map((language) => ({ value: language, label: language.toUpperCase() }))}
    />
  );
}
