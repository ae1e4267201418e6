import { AppError, AppErrorCode } from "@kawal/core";
import { noPeriodMessage } from "../distribution/periods/period-exists.ts";
import { fieldRefusals } from "../http/field-refusals.ts";

/**
 * Why an anomaly request is refused, in both languages, with the field at fault. No message carries a
 * personal number or a family's name.
 */
const refuse = fieldRefusals("anomali");

export const anomalyRefusals = {
  noPeriod: (program: string, periode: string) =>
    refuse(AppErrorCode.VALIDATION, "periode", noPeriodMessage(program, periode)),
  unknownUser: () =>
    refuse(AppErrorCode.VALIDATION, "userId", {
      id: "Pengguna tidak ditemukan",
      en: "No such user",
    }),
  disabledUser: () =>
    refuse(AppErrorCode.VALIDATION, "userId", {
      id: "Pengguna ini tidak aktif",
      en: "This user is disabled",
    }),
  cannotRead: (role: string) =>
    refuse(AppErrorCode.VALIDATION, "userId", {
      id: `Peran ${role} tidak boleh melihat anomali, jadi tidak dapat menanganinya`,
      en: `The role ${role} cannot see anomalies, so it cannot own one`,
    }),
  outsideArea: () =>
    refuse(AppErrorCode.VALIDATION, "userId", {
      id: "Wilayah tugas pengguna ini tidak mencakup desa temuan ini",
      en: "This user's area does not cover the finding's desa",
    }),
  closed: (status: string) =>
    refuse(AppErrorCode.INVALID_TRANSITION, "", {
      id: `Temuan ini sudah ditutup (${status}); penanggung jawabnya tidak dapat diganti`,
      en: `This finding is closed (${status}); its owner cannot change`,
    }),
  transition: (from: string, to: string) =>
    refuse(AppErrorCode.INVALID_TRANSITION, "status", {
      id: `Temuan berstatus ${from} tidak dapat diubah menjadi ${to}`,
      en: `A finding in status ${from} cannot become ${to}`,
    }),
  notOwner: () =>
    new AppError(AppErrorCode.FORBIDDEN, "only anomaly.manage or the finding's owner may resolve it"),
};
