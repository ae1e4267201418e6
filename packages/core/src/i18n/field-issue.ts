import type { z } from "zod";
import type { TBilingual } from "./bilingual.ts";
import { schemaMessage } from "./schema-message.ts";

/** Reports a cross-field rule (`superRefine`) on the field the user must fix, in both languages. */
export function addFieldIssue(ctx: z.RefinementCtx, field: string, message: TBilingual): void {
  ctx.addIssue({ code: "custom", path: [field], message: schemaMessage(message) });
}
