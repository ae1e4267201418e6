/** The `Intl` locale that prints in the UI language. */
export function uiLocale(language: string): string {
  return language === "en" ? "en-GB" : "id-ID";
}

/**
 * Date printers in the UI language. Calendar dates (`YYYY-MM-DD…`) carry no time zone: they are read
 * and printed in UTC so no day shifts. A value that is no date shows as it came rather than failing.
 */
export function dateFormatters(language: string) {
  const locale = uiLocale(language);
  const dayFormat = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const timeFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const printed = (parsed: Date, format: Intl.DateTimeFormat, value: string) =>
    Number.isNaN(parsed.getTime()) ? value : format.format(parsed);
  return {
    date: (value: string) => printed(new Date(`${value.slice(0, 10)}T00:00:00Z`), dayFormat, value),
    dateTime: (value: string) => printed(new Date(value), timeFormat, value),
  };
}
