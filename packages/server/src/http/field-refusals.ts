import { AppError, type TAppErrorCode, type TBilingual } from "@kawal/core";

/**
 * The refusal maker of one module: an `AppError` with the message in both languages, attached to the
 * field at fault so a form shows it beside its input. The log line names the field, or `subject` when
 * the refusal concerns the whole request (an empty field).
 */
export function fieldRefusals(subject = "") {
  return (code: TAppErrorCode, field: string, message: TBilingual): AppError =>
    new AppError(code, `${field || subject}: ${message.en}`, { fields: [{ field, message }] });
}

/** A date after today where only what has happened can be recorded (an event, a change of state). */
export const futureDateMessage: TBilingual = {
  id: "Tanggal tidak boleh setelah hari ini",
  en: "The date cannot be after today",
};
