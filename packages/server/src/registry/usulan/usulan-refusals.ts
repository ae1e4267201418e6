import { AppError, AppErrorCode, type TBilingual } from "@kawal/core";
import { fieldRefusals } from "../../http/field-refusals.ts";

/**
 * Why a proposal or one of its steps is refused, in both languages. No message carries a NIK, a No. KK
 * or a name: problems are shown and logged beside other data (ARCHITECTURE.md, Principles: security and privacy).
 */
const refuse = fieldRefusals("usulan");

export const usulanRefusals = {
  /** The state machine's own refusal (it names the current state and the asked step). */
  transition: (message: TBilingual) => refuse(AppErrorCode.INVALID_TRANSITION, "", message),
  ownProposal: () =>
    refuse(AppErrorCode.FORBIDDEN, "", {
      id: "Anda yang mengusulkan usulan ini: verifikasi dan keputusan harus dilakukan orang lain",
      en: "You made this proposal: someone else must verify and decide it",
    }),
  notADesa: () =>
    refuse(AppErrorCode.VALIDATION, "desaCode", {
      id: "Kode desa/kelurahan tidak dikenal",
      en: "Unknown desa/kelurahan code",
    }),
  otherDesa: () =>
    refuse(AppErrorCode.VALIDATION, "desaCode", {
      id: "Keluarga ini tidak tinggal di desa yang dipilih",
      en: "This family does not live in the chosen desa",
    }),
  notAMember: () =>
    refuse(AppErrorCode.VALIDATION, "nik", {
      id: "NIK ini bukan anggota keluarga ini",
      en: "This NIK is not a member of this family",
    }),
  notActive: (what: "family" | "member", status: string) =>
    refuse(AppErrorCode.INVALID_TRANSITION, what === "member" ? "nik" : "familyId", {
      id: `${what === "member" ? "Anggota" : "Keluarga"} ini sudah berstatus ${status}, tidak aktif lagi`,
      en: `This ${what} is already ${status}, no longer active`,
    }),
  alreadyOpen: () =>
    refuse(AppErrorCode.CONFLICT, "familyId", {
      id: "Sudah ada usulan hapus yang masih berjalan untuk keluarga/anggota ini",
      en: "A removal proposal for this family/member is already under way",
    }),
  /** At approval time the member or family left the registry another way, for another reason. */
  removedOtherwise: (status: string) =>
    refuse(AppErrorCode.INVALID_TRANSITION, "", {
      id: `Data di registri sudah berstatus ${status}; usulan ini tidak dapat disetujui, tolak dengan catatan`,
      en: `The registry already shows ${status}; this proposal cannot be approved, reject it with a note`,
    }),
  future: () =>
    refuse(AppErrorCode.VALIDATION, "tanggal", {
      id: "Tanggal musdes tidak boleh setelah hari ini",
      en: "The deliberation date cannot be after today",
    }),
  beforeProposal: (proposed: string) =>
    refuse(AppErrorCode.VALIDATION, "tanggal", {
      id: `Tanggal musdes tidak boleh sebelum usulan dibuat (${proposed})`,
      en: `The deliberation date cannot be before the proposal was made (${proposed})`,
    }),
  minutesType: () =>
    refuse(AppErrorCode.VALIDATION, "berita_acara", {
      id: "Berita acara harus berkas PDF, JPEG atau PNG",
      en: "The minutes must be a PDF, JPEG or PNG file",
    }),
  minutesSize: (limitMb: number) =>
    refuse(AppErrorCode.BODY_TOO_LARGE, "berita_acara", {
      id: `Berita acara paling besar ${limitMb} MB`,
      en: `The minutes may be at most ${limitMb} MB`,
    }),
  noMinutes: () => new AppError(AppErrorCode.NOT_FOUND, "no minutes"),
};
