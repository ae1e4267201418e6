import type { TLifeEventKind } from "@kawal/core";
import { AppErrorCode, type TBilingual } from "@kawal/core";
import { fieldRefusals, futureDateMessage } from "../../http/field-refusals.ts";
import { idempotencyKeyReused } from "../../http/idempotency-key-reused.ts";

/**
 * Why a life event is refused, in both languages. No message contains the NIK or a name: refusals may
 * be shown or logged beside other data (ARCHITECTURE.md, Principles: security and privacy).
 */
const kindNames: Record<TLifeEventKind, TBilingual> = {
  kelahiran: { id: "kelahiran", en: "birth" },
  kematian: { id: "kematian", en: "death" },
  pindah: { id: "pindah", en: "move" },
  sekolah: { id: "perubahan jenjang sekolah", en: "school level change" },
  hamil: { id: "kehamilan", en: "pregnancy" },
  hamil_selesai: { id: "akhir kehamilan", en: "end of pregnancy" },
  disabilitas: { id: "disabilitas", en: "disability" },
};

function stateText(state: string | boolean | null, lang: "id" | "en"): string {
  if (state === null) return lang === "id" ? "kosong" : "empty";
  if (typeof state === "boolean")
    return state ? (lang === "id" ? "ya" : "yes") : lang === "id" ? "tidak" : "no";
  return state;
}

const refuse = fieldRefusals();

export const refusals = {
  notAMember: () =>
    refuse(AppErrorCode.VALIDATION, "nik", {
      id: "NIK ini bukan anggota keluarga ini",
      en: "This NIK is not a member of this family",
    }),
  notActive: (status: string, kind: TLifeEventKind) =>
    refuse(AppErrorCode.INVALID_TRANSITION, "nik", {
      id: `Anggota ini berstatus ${status}; peristiwa ${kindNames[kind].id} hanya untuk anggota aktif`,
      en: `This member's status is ${status}; a ${kindNames[kind].en} event is only for active members`,
    }),
  notAWoman: () =>
    refuse(AppErrorCode.VALIDATION, "nik", {
      id: "Kehamilan hanya dapat dicatat untuk anggota perempuan (P)",
      en: "A pregnancy can only be recorded for a female member (P)",
    }),
  /** An event that would change nothing is refused, so the history only holds real changes. */
  unchanged: (field: string, state: string | boolean | null, kind: TLifeEventKind) =>
    refuse(AppErrorCode.INVALID_TRANSITION, field, {
      id: `Tidak ada yang berubah: ${field} sudah ${stateText(state, "id")}; peristiwa ${kindNames[kind].id} tidak dicatat`,
      en: `Nothing changes: ${field} is already ${stateText(state, "en")}; the ${kindNames[kind].en} event is not recorded`,
    }),
  notPregnant: () =>
    refuse(AppErrorCode.INVALID_TRANSITION, "nik", {
      id: "Anggota ini tidak tercatat hamil, jadi kehamilannya tidak dapat diakhiri",
      en: "This member is not recorded as pregnant, so no pregnancy can end",
    }),
  nikTaken: () =>
    refuse(AppErrorCode.CONFLICT, "nik", {
      id: "NIK ini sudah terdaftar",
      en: "This NIK is already registered",
    }),
  nikMismatch: (field: "tanggalLahir" | "jenisKelamin", message: TBilingual) =>
    refuse(AppErrorCode.VALIDATION, field, message),
  future: (field: string) => refuse(AppErrorCode.VALIDATION, field, futureDateMessage),
  beforeBirth: () =>
    refuse(AppErrorCode.VALIDATION, "occurredOn", {
      id: "Tanggal peristiwa tidak boleh sebelum tanggal lahir anggota",
      en: "The event date cannot be before the member's birth date",
    }),
  birthDay: () =>
    refuse(AppErrorCode.VALIDATION, "occurredOn", {
      id: "Kelahiran terjadi pada tanggal lahir: isi tanggal yang sama atau kosongkan",
      en: "A birth happens on the birth date: give the same date or leave it out",
    }),
  notADesa: () =>
    refuse(AppErrorCode.VALIDATION, "tujuanDesa", {
      id: "Tujuan harus kode desa/kelurahan yang ada (contoh 35.17.14.2001)",
      en: "The destination must be an existing desa/kelurahan code (e.g. 35.17.14.2001)",
    }),
  keyReused: () =>
    idempotencyKeyReused({ id: "peristiwa lain pada keluarga ini", en: "another event of this family" }),
};
