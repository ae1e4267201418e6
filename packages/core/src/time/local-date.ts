/**
 * Indonesia spans UTC+7 to UTC+9. A date is "in the future" only when it is after today in the
 * easternmost zone (WIT), so a companion in Papua recording this morning's event is never refused.
 */
const EASTERNMOST_OFFSET_MS = 9 * 60 * 60 * 1000;
const WESTERNMOST_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The latest date that has begun somewhere in Indonesia, as `YYYY-MM-DD`. */
export function latestLocalDate(now: Date): string {
  return new Date(now.getTime() + EASTERNMOST_OFFSET_MS).toISOString().slice(0, 10);
}

/** True when `date` (`YYYY-MM-DD`) has not begun yet anywhere in Indonesia. */
export function isFutureDate(date: string, now: Date): boolean {
  return date > latestLocalDate(now);
}

/**
 * The earliest date a moment carries anywhere in Indonesia (its date in WIB), as `YYYY-MM-DD`: what
 * follows that moment may be dated no earlier, whichever zone it is recorded in.
 */
export function earliestLocalDate(moment: Date): string {
  return new Date(moment.getTime() + WESTERNMOST_OFFSET_MS).toISOString().slice(0, 10);
}
