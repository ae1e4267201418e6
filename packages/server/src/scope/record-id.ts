const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The nil uuid: no record has it, so a lookup by it finds nothing. */
const NO_SUCH_ID = "00000000-0000-0000-0000-000000000000";

/** True when a value from a URL or body can name a record (an opaque uuid). */
export function isRecordId(value: string): boolean {
  return uuidPattern.test(value);
}

/**
 * The id to look a record up by: a malformed one cannot name a record, so it is looked up as one that
 * does not exist (the same 404 as any missing record) instead of reaching the database as a bad uuid.
 */
export function lookupId(value: string): string {
  return isRecordId(value) ? value : NO_SUCH_ID;
}
