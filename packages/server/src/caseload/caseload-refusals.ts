import { AppError, AppErrorCode, type TFieldError } from "@kawal/core";

/** A refusal naming the field at fault, in both languages; nothing is changed. */
export function refuse(field: string, id: string, en: string): AppError {
  return new AppError(AppErrorCode.VALIDATION, en, { fields: [{ field, message: { id, en } }] });
}

export function refuseOutsideScope(fields: TFieldError[]): AppError {
  return new AppError(AppErrorCode.SCOPE_NOT_ALLOWED, "outside the caller's area", { fields });
}

export const outsideMessage = (what: string) => ({
  id: `${what} di luar wilayah Anda`,
  en: `${what} is outside your area`,
});
