import type { TBilingual } from "../i18n/bilingual.ts";
import type { TAppErrorCode } from "./app-error.ts";

interface TErrorEntry {
  status: number;
  title: TBilingual;
}

/** HTTP status and the user-facing title of each error code, in Bahasa Indonesia and English. */
export const errorCatalog: Record<TAppErrorCode, TErrorEntry> = {
  VALIDATION: {
    status: 400,
    title: { id: "Data yang dikirim tidak valid", en: "The data sent is not valid" },
  },
  MALFORMED_BODY: {
    status: 400,
    title: { id: "Isi permintaan bukan JSON yang benar", en: "The request body is not valid JSON" },
  },
  BODY_TOO_LARGE: {
    status: 413,
    title: { id: "Isi permintaan terlalu besar", en: "The request body is too large" },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: { id: "Jenis isi permintaan tidak didukung", en: "Unsupported content type" },
  },
  UNAUTHENTICATED: { status: 401, title: { id: "Silakan masuk terlebih dahulu", en: "Please log in first" } },
  INVALID_CREDENTIALS: {
    status: 401,
    title: { id: "Nama pengguna atau kata sandi salah", en: "Wrong username or password" },
  },
  ACCOUNT_DISABLED: { status: 401, title: { id: "Akun dinonaktifkan", en: "The account is disabled" } },
  FORBIDDEN: {
    status: 403,
    title: { id: "Peran Anda tidak diizinkan melakukan ini", en: "Your role is not allowed to do this" },
  },
  NOT_FOUND: { status: 404, title: { id: "Data tidak ditemukan", en: "Not found" } },
  CONFLICT: { status: 409, title: { id: "Data sudah ada", en: "Already exists" } },
  CSRF: {
    status: 403,
    title: {
      id: "Token keamanan (CSRF) tidak ada atau tidak valid; muat ulang halaman",
      en: "Missing or invalid security (CSRF) token; reload the page",
    },
  },
  RATE_LIMITED: {
    status: 429,
    title: { id: "Terlalu banyak percobaan; coba lagi nanti", en: "Too many attempts; try again later" },
  },
  SCOPE_NOT_ALLOWED: {
    status: 403,
    title: {
      id: "Wilayah yang diminta berada di luar wilayah tugas Anda",
      en: "The requested area is outside your own area",
    },
  },
  INVALID_TRANSITION: {
    status: 409,
    title: { id: "Perubahan status ini tidak diizinkan", en: "This status change is not allowed" },
  },
  INTERNAL: {
    status: 500,
    title: { id: "Terjadi kesalahan pada server", en: "Something went wrong on the server" },
  },
};
