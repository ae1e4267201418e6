import { AppError, AppErrorCode } from "@kawal/core";
import { noPeriodMessage } from "../distribution/periods/period-exists.ts";
import { fieldRefusals } from "../http/field-refusals.ts";

/**
 * Why a 6T request is refused, in both languages, with the field at fault so the phone form shows the
 * message beside it. No message carries a card number or a family's name.
 */
const refuse = fieldRefusals("monitoring");

export const monitoringRefusals = {
  noPeriod: (program: string, periode: string) =>
    refuse(AppErrorCode.VALIDATION, "periode", noPeriodMessage(program, periode)),
  beforePeriod: (periode: string) =>
    refuse(AppErrorCode.VALIDATION, "tanggal", {
      id: `Tanggal pemeriksaan tidak boleh sebelum bulan periode ${periode}`,
      en: `The check date cannot be before the month of period ${periode}`,
    }),
  future: () =>
    refuse(AppErrorCode.VALIDATION, "tanggal", {
      id: "Tanggal pemeriksaan tidak boleh setelah hari ini",
      en: "The check date cannot be after today",
    }),
  /** The one checklist per agent, programme and period exists: the answer names it, so the form can open it. */
  alreadyChecked: (monitoringId: string, tanggal: string) =>
    new AppError(AppErrorCode.CONFLICT, `checklist exists: ${monitoringId}`, {
      fields: [
        {
          field: "idAgen",
          message: {
            id: `Agen ini sudah diperiksa untuk program dan periode ini (tanggal ${tanggal}); buka daftar periksa ${monitoringId} untuk mengubahnya`,
            en: `This agent was already checked for this programme and period (on ${tanggal}); open checklist ${monitoringId} to change it`,
          },
        },
      ],
      params: { monitoringId },
    }),
  closed: () =>
    refuse(AppErrorCode.INVALID_TRANSITION, "", {
      id: "Daftar periksa ini sudah ditutup: ada tindak lanjut yang sudah selesai, temuannya tidak dapat diubah lagi",
      en: "This checklist is closed: a follow-up has been completed, so its findings can no longer change",
    }),
  followUpClosed: () =>
    refuse(AppErrorCode.CONFLICT, "aspek", {
      id: "Tindak lanjut aspek ini sudah ditutup",
      en: "This aspect's follow-up is already closed",
    }),
  noFollowUp: () =>
    refuse(AppErrorCode.INVALID_TRANSITION, "aspek", {
      id: "Aspek ini tidak punya tindak lanjut untuk ditutup",
      en: "This aspect has no follow-up to close",
    }),
  photoType: () =>
    refuse(AppErrorCode.VALIDATION, "foto", {
      id: "Foto harus berkas JPEG, PNG atau WebP",
      en: "The photo must be a JPEG, PNG or WebP file",
    }),
  photoSize: (limitMb: number) =>
    refuse(AppErrorCode.BODY_TOO_LARGE, "foto", {
      id: `Foto paling besar ${limitMb} MB`,
      en: `The photo may be at most ${limitMb} MB`,
    }),
  noPhoto: () => new AppError(AppErrorCode.NOT_FOUND, "no photo"),
};
