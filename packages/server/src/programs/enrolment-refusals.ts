import { AppErrorCode, enrolmentStatusNames, type TBilingual, type TEnrolmentStatus } from "@kawal/core";
import { fieldRefusals, futureDateMessage } from "../http/field-refusals.ts";
import { idempotencyKeyReused } from "../http/idempotency-key-reused.ts";

/**
 * Why an enrolment request is refused, in both languages, with the field at fault so a form can show
 * the message beside it. No message contains a NIK, a No. KK or a name.
 */
const refuse = fieldRefusals();

export const enrolmentRefusals = {
  unknownProgram: () =>
    refuse(AppErrorCode.VALIDATION, "programCode", {
      id: "Program tidak dikenal atau tidak aktif",
      en: "Unknown or inactive programme",
    }),
  notAMember: () =>
    refuse(AppErrorCode.VALIDATION, "nikPengurus", {
      id: "Pengurus harus anggota aktif keluarga ini",
      en: "The card holder must be an active member of this family",
    }),
  futureDate: () => refuse(AppErrorCode.VALIDATION, "tanggal", futureDateMessage),
  alreadyOpen: (program: string, status: string, sejak: string) => {
    const name = enrolmentStatusNames[status as TEnrolmentStatus] ?? { id: status, en: status };
    return refuse(AppErrorCode.CONFLICT, "programCode", {
      id: `Keluarga ini sudah terdaftar di program ${program} dengan status ${name.id} sejak ${sejak}; satu keluarga hanya boleh punya satu kepesertaan terbuka per program`,
      en: `This family is already enrolled in ${program}, ${name.en} since ${sejak}; a family may have only one open enrolment per programme`,
    });
  },
  refused: (field: "ke" | "tanggal", message: TBilingual) =>
    refuse(field === "ke" ? AppErrorCode.INVALID_TRANSITION : AppErrorCode.VALIDATION, field, message),
  keyReused: () =>
    idempotencyKeyReused({
      id: "perubahan lain pada kepesertaan ini",
      en: "another change of this enrolment",
    }),
};
