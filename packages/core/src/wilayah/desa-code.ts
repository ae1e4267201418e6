import { commonMessages } from "../i18n/common-messages.ts";
import { ZWilayahCode } from "./wilayah-code.ts";

/** A desa/kelurahan code (four parts, `35.17.14.2001`), as the forms and queries that name one desa take it. */
export const ZDesaCode = ZWilayahCode.refine((code) => code.split(".").length === 4, {
  message: commonMessages.desaCode,
});
