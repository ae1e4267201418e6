import { schemaMessageIn } from "@kawal/core";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "./i18n.ts";

/**
 * A form's own check message (a core schema's, carried as its Indonesian text) in the UI language.
 * The server's messages arrive in that language already: the client sends it as `Accept-Language`.
 */
export function useSchemaText(): (message: string | undefined) => string | undefined {
  // Subscribes the form to language changes, so a shown message follows the switch.
  useTranslation();
  const lang = currentLanguage();
  return (message) => (message === undefined ? undefined : schemaMessageIn(message, lang));
}
