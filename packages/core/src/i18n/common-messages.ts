import { schemaMessage } from "./schema-message.ts";

/** Schema messages that many request shapes share: one text each, so a form reads the same everywhere. */
export const commonMessages = {
  dateFormat: schemaMessage({ id: "tanggal harus YYYY-MM-DD", en: "the date must be YYYY-MM-DD" }),
  yearFrom1900: schemaMessage({ id: "tahun minimal 1900", en: "the year must be 1900 or later" }),
  notFuture: schemaMessage({
    id: "tanggal tidak boleh di masa depan",
    en: "the date cannot be in the future",
  }),
  programCode: schemaMessage({ id: "kode program tidak valid", en: "not a programme code" }),
  desaCode: schemaMessage({
    id: "harus kode desa/kelurahan (contoh 35.17.14.2001)",
    en: "must be a desa code (e.g. 35.17.14.2001)",
  }),
  cursor: schemaMessage({ id: "kursor tidak valid", en: "not a cursor" }),
  familyId: schemaMessage({ id: "id keluarga tidak valid", en: "not a family id" }),
  nameRequired: schemaMessage({ id: "nama wajib diisi", en: "the name is required" }),
  atLeastOneFamily: schemaMessage({ id: "pilih minimal satu keluarga", en: "choose at least one family" }),
  kksNumber: schemaMessage({
    id: "No. KKS harus 16 digit angka",
    en: "the KKS card number must be 16 digits",
  }),
  agentIdRequired: schemaMessage({ id: "id agen wajib diisi", en: "the agent id is required" }),
} as const;
