import { z } from "zod";
import { pageOf } from "../views/collections.ts";

/** One row of the audit trail as the audit route answers it. */
export const ZAuditEntry = z.object({
  kabCode: z.string(),
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  data: z.unknown(),
});
export type TAuditEntryView = z.output<typeof ZAuditEntry>;

/** A page of the trail, newest first; `nextCursor` is `kabCode:seq` of its last row. */
export const ZAuditPage = pageOf(ZAuditEntry);
export type TAuditPage = z.output<typeof ZAuditPage>;
