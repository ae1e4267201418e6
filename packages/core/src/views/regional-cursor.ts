import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";

/**
 * The cursor of a list kept per kabupaten: `kabCode:id` of the last item of the previous page, the
 * kabupaten first so the next page starts in the right partition.
 */
export const ZRegionalCursor = z
  .string()
  .regex(/^\d{2}\.\d{2}:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, commonMessages.cursor);
