/** Kawal speaks Bahasa Indonesia first, English beside it. */
export const languages = ["id", "en"] as const;
export type TLanguage = (typeof languages)[number];
export const defaultLanguage: TLanguage = "id";

/** Picks the caller's language from an `Accept-Language` header; Indonesian unless English ranks higher. */
export function pickLanguage(acceptLanguage: string | undefined): TLanguage {
  if (!acceptLanguage) return defaultLanguage;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { primary: tag.split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const entry of ranked) {
    if (entry.primary === "id" || entry.primary === "in") return "id";
    if (entry.primary === "en") return "en";
  }
  return defaultLanguage;
}
