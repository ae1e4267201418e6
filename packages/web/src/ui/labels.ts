import { roleInfo, type TLanguage, type TRole } from "@kawal/core";
import { useTranslation } from "react-i18next";

/** Role labels live in core (one table for the server and the app); this picks the UI language. */
export function useRoleLabel(): (role: TRole) => string {
  const { i18n } = useTranslation();
  const language: TLanguage = i18n.language === "en" ? "en" : "id";
  // The server may know a role this build does not yet; show its key rather than nothing.
  return (role) => roleInfo[role]?.label[language] ?? role;
}
