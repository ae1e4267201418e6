import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";

/** A calendar date (`YYYY-MM-DD`) of a person's or a family's history: nothing before 1900 is real input. */
export const ZDateFrom1900 = z.iso
  .date(commonMessages.dateFormat)
  .refine((value) => value >= "1900-01-01", commonMessages.yearFrom1900);
