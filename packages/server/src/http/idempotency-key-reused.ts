import { AppError, AppErrorCode, type TBilingual } from "@kawal/core";

/**
 * The refusal of an `Idempotency-Key` the caller already used for a different request: the stored
 * result is not that request's, so nothing is replayed and nothing is written. `other` names what the
 * key was used for (`{ id: "bantuan lain", en: "another gift" }`). The field is the header, so a form
 * can tell this refusal from one about its inputs and make a new key.
 */
export function idempotencyKeyReused(other: TBilingual): AppError {
  return new AppError(AppErrorCode.CONFLICT, `Idempotency-Key already used for ${other.en}`, {
    fields: [
      {
        field: "headers.idempotency-key",
        message: {
          id: `Kunci Idempotency-Key ini sudah dipakai untuk ${other.id}; buat kunci baru`,
          en: `This Idempotency-Key was already used for ${other.en}; make a new key`,
        },
      },
    ],
  });
}
