import { aspek6TLabels, type TAspek6T } from "@kawal/core";
import { useTranslation } from "react-i18next";

/** The six Tepat are named in core (one table for server and app); this picks the UI language. */
export function useAspectLabel(): (aspek: TAspek6T) => string {
  const { i18n } = useTranslation();
  return (aspek) => aspek6TLabels[aspek]?.[i18n.language === "en" ? "en" : "id"] ?? aspek;
}
