import type { TLanguage } from "./language.ts";

/** A text in both of Kawal's languages; whoever shows it picks one with `textIn`. */
export interface TBilingual {
  id: string;
  en: string;
}

/** The one way a bilingual text becomes the words of one language. */
export function textIn(message: TBilingual, lang: TLanguage): string {
  return message[lang];
}

/** Both texts from one function of the language (`(lang) => messages[code][lang]`). */
export function bothLanguages(text: (lang: TLanguage) => string): TBilingual {
  return { id: text("id"), en: text("en") };
}

/**
 * The names of stored values whose Indonesian name is the value itself (`dicetak`, `aktif`), from their
 * English names alone, so each value is written once.
 */
export function namedByValue<TValue extends string>(
  english: Record<TValue, string>,
): Record<TValue, TBilingual> {
  const entries = Object.entries<string>(english).map(([value, en]) => [value, { id: value, en }]);
  return Object.fromEntries(entries) as Record<TValue, TBilingual>;
}
