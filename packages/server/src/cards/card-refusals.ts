import { AppErrorCode, type TBilingual } from "@kawal/core";
import { fieldRefusals, futureDateMessage } from "../http/field-refusals.ts";
import { idempotencyKeyReused } from "../http/idempotency-key-reused.ts";

/**
 * Why a card request is refused, in both languages, with the field at fault so a form can show the
 * message beside it. No message contains a card number or a name.
 */
const refuse = fieldRefusals();

export const cardRefusals = {
  numberTaken: (field: string) =>
    refuse(AppErrorCode.CONFLICT, field, {
      id: "No. KKS ini sudah terdaftar",
      en: "This KKS card number is already registered",
    }),
  sameNumber: () =>
    refuse(AppErrorCode.VALIDATION, "noKksBaru", {
      id: "No. KKS kartu pengganti harus berbeda dari kartu lama",
      en: "The new card's number must differ from the old card's",
    }),
  unknownStaff: () =>
    refuse(AppErrorCode.VALIDATION, "pemegangUserId", {
      id: "Staf tidak ditemukan",
      en: "No such staff member",
    }),
  futureDate: () => refuse(AppErrorCode.VALIDATION, "tanggal", futureDateMessage),
  refused: (field: string, message: TBilingual) =>
    refuse(field === "status" ? AppErrorCode.INVALID_TRANSITION : AppErrorCode.VALIDATION, field, message),
  keyReused: () => idempotencyKeyReused({ id: "kejadian lain", en: "another event" }),
};
