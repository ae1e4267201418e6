import { type TBilingual, textIn } from "./bilingual.ts";
import type { TLanguage } from "./language.ts";

/**
 * Zod carries a message as one string, so a schema's own message is its Indonesian text (the default
 * language, and what shows if nothing translates it) and the English is registered under that text.
 * The API answers a validation error, and a form shows it, in the reader's language through
 * `schemaMessageIn`.
 */
const registered = new Map<string, TBilingual>();

/**
 * A message that names a value (a period, an aspect, the reasons of a state) is registered when it is
 * raised. Those values come from closed sets; the cap keeps the table bounded whatever arrives, and a
 * message past it is still answered, in Indonesian.
 */
const REGISTERED_MAX = 20_000;

/** The message a zod schema carries for `message`: `z.string().min(1, schemaMessage({ id, en }))`. */
export function schemaMessage(message: TBilingual): string {
  const known = registered.get(message.id);
  if (known === undefined) {
    if (registered.size < REGISTERED_MAX) registered.set(message.id, message);
  } else if (known.en !== message.en) {
    // One Indonesian text can only be translated one way; two schemas disagreeing is a programming error.
    throw new Error(`schema message "${message.id}" has two English texts`);
  }
  return message.id;
}

/** Both texts of a schema's message, or none when the text is not one (a zod default, a plain text). */
export function schemaMessageOf(text: string): TBilingual | undefined {
  return registered.get(text);
}

/** A zod issue's message in `lang`: a schema's own message translated, any other text as it is. */
export function schemaMessageIn(text: string, lang: TLanguage): string {
  const message = registered.get(text);
  return message ? textIn(message, lang) : text;
}
