import { defaultLanguage, languages, type TLanguage } from "@kawal/core";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en.ts";
import { id } from "./id.ts";

const storageKey = "kawal.language";

function isLanguage(value: unknown): value is TLanguage {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

function storedLanguage(): TLanguage {
  try {
    const value = localStorage.getItem(storageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    // Private browsing can forbid storage; Indonesian is the right fallback.
    return defaultLanguage;
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  // React escapes output already.
  interpolation: { escapeValue: false },
  initAsync: false,
  // Keeps the browser console for the app's own messages.
  showSupportNotice: false,
});
document.documentElement.lang = i18n.language;

/** The language the UI speaks now; also sent to the server as `Accept-Language`. */
export function currentLanguage(): TLanguage {
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

export async function setLanguage(language: TLanguage): Promise<void> {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // The choice then lasts for this page only.
  }
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}
