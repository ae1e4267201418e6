import { aspect6TLabels, type TAspect6T } from "@kawal/core";
import { useTranslation } from "react-i18next";

/** The six Tepat are named in core (one table for server and app); this picks the UI language. */
export function useAspectLabel(): (aspek: TAspect6T) => string {
  const { i18n } = useTranslation();
  return (aspek) => aspect6TLabels[aspek]?.[i18n.language === "en" ? "en" : "id"] ?? aspek;
}
