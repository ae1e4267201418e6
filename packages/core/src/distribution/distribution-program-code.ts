import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";

/** A programme code as the distribution files and forms give it, upper-cased. */
export const ZDistributionProgramCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_]{2,20}$/, commonMessages.programCode);

/** The programme a schedule or a reconciliation is about: SEMBAKO unless another is named. */
export const ZProgramCodeOrSembako = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_]{2,32}$/, commonMessages.programCode)
  .default("SEMBAKO");
