import { z } from "zod";
import type { TBilingual } from "../errors/app-error.ts";
import { commonMessages } from "../i18n/common-messages.ts";
import { addFieldIssue } from "../i18n/field-issue.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { parsePeriod, parseRupiah } from "../interchange/parse-values.ts";
import { requiredColumnReason } from "../interchange/row-reasons.ts";
import { cellAt, type THeaderIndex } from "../registry/anggota-cells.ts";
import { type TTransactionStatus, ZPeriod, ZTransactionStatus } from "./distribution.ts";
import { ZDistributionProgramCode } from "./distribution-program-code.ts";

/**
 * Transactions (docs/formats.md §4): bank withdrawals and e-Warong purchases, imported from files or recorded
 * at the agent's counter, with optional item lines priced against the HET ceiling. The row checks here
 * need nothing but the row; periods, agents, repeats and stored transactions are the importer's SQL.
 */

export const transaksiColumns = {
  required: ["waktu", "periode", "program", "no_kks", "nominal", "status", "id_agen", "id_transaksi"],
  optional: ["alasan"],
} as const;
export type TTransaksiColumn =
  | (typeof transaksiColumns.required)[number]
  | (typeof transaksiColumns.optional)[number];

export const transaksiItemColumns = {
  required: ["id_transaksi", "komoditas", "jumlah", "satuan", "harga_satuan"],
  optional: [],
} as const;
export type TTransaksiItemColumn = (typeof transaksiItemColumns.required)[number];

/** A transaction id from a file: what the bank or the e-Warong system wrote, 1–64 characters. */
export const ID_TRANSAKSI_MAX = 64;
const ID_AGEN_MAX = 64;
const ALASAN_MAX = 200;
const NAME_MAX = 64;

export interface TTransaksiRow {
  /** An ISO date-time with its offset (`2024-03-05T09:30:00+07:00`). */
  waktu: string;
  periode: string;
  program: string;
  noKks: string;
  nominal: number;
  status: TTransactionStatus;
  alasan: string | null;
  idAgen: string;
  idTransaksi: string;
}

export interface TTransaksiItemRow {
  idTransaksi: string;
  komoditas: string;
  /** A positive decimal as text (`1`, `2.5`), exactly as numeric takes it. */
  jumlah: string;
  satuan: string;
  hargaSatuan: number;
}

export interface TRowError<TColumn extends string> {
  column: TColumn;
  reason: TBilingual;
}
export type TRowResult<TRow, TColumn extends string> =
  | { ok: true; row: TRow }
  | { ok: false; errors: TRowError<TColumn>[] };

const required = requiredColumnReason;

export const transaksiMessages = {
  waktu: {
    id: "Waktu tidak valid (gunakan tanggal-waktu ISO, mis. 2024-03-05T09:30:00+07:00, atau YYYY-MM-DD HH:mm WIB)",
    en: "Not a valid time (use an ISO date-time such as 2024-03-05T09:30:00+07:00, or YYYY-MM-DD HH:mm in WIB)",
  },
  periode: { id: "Periode harus YYYY-MM", en: "The period must be YYYY-MM" },
  program: {
    id: "Kode program tidak valid (contoh SEMBAKO, PKH)",
    en: "Not a programme code (e.g. SEMBAKO, PKH)",
  },
  noKks: { id: "No. KKS harus 16 digit angka", en: "The KKS card number must be 16 digits" },
  nominal: {
    id: "Nominal harus rupiah bulat (contoh 200000, 200.000 atau Rp200.000)",
    en: "The amount must be whole rupiah (e.g. 200000, 200.000 or Rp200.000)",
  },
  nominalNegative: { id: "Nominal tidak boleh negatif", en: "The amount cannot be negative" },
  nominalZero: {
    id: "Nominal 0 hanya untuk transaksi gagal",
    en: "An amount of 0 is only allowed for a failed transaction",
  },
  status: { id: "Status harus berhasil atau gagal", en: "The status must be berhasil or gagal" },
  alasan: {
    id: `Alasan paling panjang ${ALASAN_MAX} huruf`,
    en: `The reason is at most ${ALASAN_MAX} characters`,
  },
  idAgen: {
    id: `ID agen paling panjang ${ID_AGEN_MAX} huruf`,
    en: `The agent id is at most ${ID_AGEN_MAX} characters`,
  },
  idTransaksi: {
    id: `ID transaksi harus 1–${ID_TRANSAKSI_MAX} huruf`,
    en: `The transaction id must be 1–${ID_TRANSAKSI_MAX} characters`,
  },
  jumlah: {
    id: "Jumlah harus angka lebih dari 0 (contoh 1, 2,5 atau 2.5)",
    en: "The quantity must be a number above 0 (e.g. 1, 2,5 or 2.5)",
  },
  name: {
    id: `Paling panjang ${NAME_MAX} huruf`,
    en: `At most ${NAME_MAX} characters`,
  },
  hargaSatuan: {
    id: "Harga satuan harus rupiah bulat ≥ 0 (contoh 12500 atau 12.500)",
    en: "The unit price must be whole rupiah ≥ 0 (e.g. 12500 or 12.500)",
  },
} as const satisfies Record<string, TBilingual>;

const PROGRAM_CODE = /^[A-Z0-9_]{2,20}$/;
const SIXTEEN_DIGITS = /^\d{16}$/;
// `2024-03-05T09:30`, seconds and fractions optional, then Z, ±HH:MM, ±HHMM or nothing (local WIB).
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Jakarta has kept UTC+7 since 1964, so the zone is a fixed offset. */
export const JAKARTA_OFFSET = "+07:00";

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a transaction time (docs/formats.md §4): an ISO date-time with or without its offset, or
 * `YYYY-MM-DD HH:mm[:ss]`; a time without an offset is local time in Jakarta (WIB), as the banks of
 * Java write it. Returns the time with its offset, which PostgreSQL reads exactly, or null.
 */
export function parseWaktu(text: string): string | null {
  const value = text.trim();
  // The common forms are read by character codes (a million rows call this a million times); anything
  // else goes to the full pattern.
  if (value.length === 19 && (value.charCodeAt(10) === 32 || value.charCodeAt(10) === 84)) {
    const fast = plainLocal(value);
    if (fast !== undefined) return fast;
  }
  const match = DATE_TIME.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s = "00", fraction = "", zone] = match;
  if (!validParts(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s))) return null;
  let offset = zone ?? JAKARTA_OFFSET;
  if (offset !== "Z") {
    const digits = offset.replace(":", "");
    if (Number(digits.slice(1, 3)) > 14 || Number(digits.slice(3, 5)) > 59) return null;
    offset = `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
  }
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${offset}`;
}

function validParts(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  return (
    year >= 2000 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(month, year) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  );
}

/** `YYYY-MM-DD HH:mm:ss` (or with T) without an offset: Jakarta time. Undefined when not that form. */
function plainLocal(value: string): string | null | undefined {
  const n = (at: number, count: number) => {
    let out = 0;
    for (let i = at; i < at + count; i++) {
      const digit = value.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return -1;
      out = out * 10 + digit;
    }
    return out;
  };
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  if (value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return undefined;
  const parts = [n(0, 4), n(5, 2), n(8, 2), n(11, 2), n(14, 2), n(17, 2)] as const;
  if (parts.some((p) => p < 0)) return undefined;
  if (!validParts(...parts)) return null;
  return `${value.slice(0, 10)}T${value.slice(11)}${JAKARTA_OFFSET}`;
}

/** A commodity or unit as the HET table writes it: trimmed, lower case, spaces as underscores. */
export function normalizeItemName(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, "_");
}

/** A quantity: `2`, `2.5` or `2,5` (the Indonesian decimal comma); positive; as numeric text. */
export function parseJumlah(text: string): string | null {
  const value = text.trim().replace(",", ".");
  if (!/^\d{1,9}(\.\d{1,3})?$/.test(value)) return null;
  return Number(value) > 0 ? value : null;
}

/** Checks one `transaksi` row; every column at fault gets one error, so a row is fixed in one pass. */
export function checkTransaksiRow(
  cells: readonly string[],
  index: THeaderIndex,
): TRowResult<TTransaksiRow, TTransaksiColumn> {
  const errors: TRowError<TTransaksiColumn>[] = [];
  const fault = (column: TTransaksiColumn, reason: TBilingual) => errors.push({ column, reason });

  const waktuText = cellAt(cells, index.waktu);
  const waktu = waktuText ? parseWaktu(waktuText) : null;
  if (waktu === null) fault("waktu", waktuText ? transaksiMessages.waktu : required("waktu"));

  const periodeText = cellAt(cells, index.periode);
  const periode = periodeText ? parsePeriod(periodeText) : null;
  if (periode === null) fault("periode", periodeText ? transaksiMessages.periode : required("periode"));

  const program = cellAt(cells, index.program).toUpperCase();
  if (!program) fault("program", required("program"));
  else if (!PROGRAM_CODE.test(program)) fault("program", transaksiMessages.program);

  const noKks = cellAt(cells, index.no_kks);
  if (!noKks) fault("no_kks", required("no_kks"));
  else if (!SIXTEEN_DIGITS.test(noKks)) fault("no_kks", transaksiMessages.noKks);

  const statusText = cellAt(cells, index.status).toLowerCase();
  // A plain comparison: a schema parse per row costs seconds over a million rows.
  const status: TTransactionStatus | null =
    statusText === "berhasil" || statusText === "gagal" ? statusText : null;
  if (status === null) fault("status", statusText ? transaksiMessages.status : required("status"));

  const nominalText = cellAt(cells, index.nominal);
  const nominal = nominalText ? parseRupiah(nominalText) : null;
  if (!nominalText) fault("nominal", required("nominal"));
  else if (nominal === null) {
    fault(
      "nominal",
      /^-\s*(rp)?\s*\d/i.test(nominalText) ? transaksiMessages.nominalNegative : transaksiMessages.nominal,
    );
  } else if (nominal === 0 && status === "berhasil") fault("nominal", transaksiMessages.nominalZero);

  const alasanText = cellAt(cells, index.alasan);
  if (alasanText.length > ALASAN_MAX) fault("alasan", transaksiMessages.alasan);

  const idAgen = cellAt(cells, index.id_agen);
  if (!idAgen) fault("id_agen", required("id_agen"));
  else if (idAgen.length > ID_AGEN_MAX) fault("id_agen", transaksiMessages.idAgen);

  const idTransaksi = cellAt(cells, index.id_transaksi);
  if (!idTransaksi) fault("id_transaksi", required("id_transaksi"));
  else if (idTransaksi.length > ID_TRANSAKSI_MAX) fault("id_transaksi", transaksiMessages.idTransaksi);

  if (errors.length > 0 || waktu === null || periode === null || status === null || nominal === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    row: {
      waktu,
      periode,
      program,
      noKks,
      nominal,
      status,
      alasan: alasanText || null,
      idAgen,
      idTransaksi,
    },
  };
}

/** Checks one `transaksi_item` row; whether its transaction exists is the importer's SQL. */
export function checkTransaksiItemRow(
  cells: readonly string[],
  index: THeaderIndex,
): TRowResult<TTransaksiItemRow, TTransaksiItemColumn> {
  const errors: TRowError<TTransaksiItemColumn>[] = [];
  const fault = (column: TTransaksiItemColumn, reason: TBilingual) => errors.push({ column, reason });

  const idTransaksi = cellAt(cells, index.id_transaksi);
  if (!idTransaksi) fault("id_transaksi", required("id_transaksi"));
  else if (idTransaksi.length > ID_TRANSAKSI_MAX) fault("id_transaksi", transaksiMessages.idTransaksi);

  const komoditas = normalizeItemName(cellAt(cells, index.komoditas));
  if (!komoditas) fault("komoditas", required("komoditas"));
  else if (komoditas.length > NAME_MAX) fault("komoditas", transaksiMessages.name);

  const jumlahText = cellAt(cells, index.jumlah);
  const jumlah = jumlahText ? parseJumlah(jumlahText) : null;
  if (jumlah === null) fault("jumlah", jumlahText ? transaksiMessages.jumlah : required("jumlah"));

  const satuan = normalizeItemName(cellAt(cells, index.satuan));
  if (!satuan) fault("satuan", required("satuan"));
  else if (satuan.length > NAME_MAX) fault("satuan", transaksiMessages.name);

  const hargaText = cellAt(cells, index.harga_satuan);
  const hargaSatuan = hargaText ? parseRupiah(hargaText) : null;
  if (hargaSatuan === null) {
    fault("harga_satuan", hargaText ? transaksiMessages.hargaSatuan : required("harga_satuan"));
  }

  if (errors.length > 0 || jumlah === null || hargaSatuan === null) return { ok: false, errors };
  return { ok: true, row: { idTransaksi, komoditas, jumlah, satuan, hargaSatuan } };
}

// ---- The agent's counter entry and the lists ----

const ZItemName = (what: TBilingual) => {
  const required = schemaMessage({ id: `${what.id} wajib diisi`, en: `${what.en} is required` });
  const tooLong = schemaMessage({
    id: `${what.id} paling panjang ${NAME_MAX} huruf`,
    en: `${what.en} is at most ${NAME_MAX} characters`,
  });
  return z
    .string(required)
    .transform(normalizeItemName)
    .pipe(z.string().min(1, required).max(NAME_MAX, tooLong));
};

const jumlahMessage = schemaMessage({
  id: "jumlah harus angka lebih dari 0",
  en: "the quantity must be a number above 0",
});
const hargaMessage = schemaMessage({
  id: "harga harus rupiah bulat ≥ 0",
  en: "the price must be whole rupiah ≥ 0",
});
const nominalMessage = schemaMessage({
  id: "nominal harus rupiah bulat ≥ 0",
  en: "the amount must be whole rupiah ≥ 0",
});
/** Far above any one purchase or withdrawal; low enough to catch a slipped keyboard. */
export const TRANSAKSI_MAX_NOMINAL = 100_000_000;

/** One goods line of a counter purchase. */
export const ZTransactionItemCreate = z.strictObject({
  komoditas: ZItemName({ id: "komoditas", en: "the commodity" }),
  jumlah: z.number(jumlahMessage).positive(jumlahMessage).max(1_000_000, jumlahMessage),
  satuan: ZItemName({ id: "satuan", en: "the unit" }),
  hargaSatuan: z
    .number(hargaMessage)
    .int(hargaMessage)
    .min(0, hargaMessage)
    .max(TRANSAKSI_MAX_NOMINAL, hargaMessage),
});
export type TTransactionItemCreate = z.infer<typeof ZTransactionItemCreate>;

/**
 * `POST /api/distribution/transactions` with an `Idempotency-Key`: a purchase or withdrawal recorded at
 * the agent's counter. An agent's own login may leave `idAgen` out when it runs one shop.
 */
export const ZTransactionCreate = z
  .strictObject({
    program: ZDistributionProgramCode.default("SEMBAKO"),
    periode: ZPeriod,
    idAgen: z.string().trim().min(1).max(ID_AGEN_MAX).optional(),
    noKks: z
      .string(schemaMessage({ id: "No. KKS wajib diisi", en: "the KKS card number is required" }))
      .trim()
      .regex(SIXTEEN_DIGITS, commonMessages.kksNumber),
    nominal: z
      .number(nominalMessage)
      .int(nominalMessage)
      .min(0, nominalMessage)
      .max(
        TRANSAKSI_MAX_NOMINAL,
        schemaMessage({ id: "nominal terlalu besar", en: "the amount is too large" }),
      ),
    status: ZTransactionStatus,
    alasan: z
      .string()
      .trim()
      .max(
        ALASAN_MAX,
        schemaMessage({
          id: `alasan paling panjang ${ALASAN_MAX} huruf`,
          en: `the reason is at most ${ALASAN_MAX} characters`,
        }),
      )
      .optional(),
    /** When it happened; the server's clock when absent. */
    waktu: z.iso
      .datetime({
        offset: true,
        error: schemaMessage({
          id: "waktu harus tanggal-waktu ISO",
          en: "the time must be an ISO date-time",
        }),
      })
      .optional(),
    items: z
      .array(ZTransactionItemCreate)
      .max(30, schemaMessage({ id: "paling banyak 30 barang", en: "at most 30 goods lines" }))
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.nominal === 0 && value.status === "berhasil") {
      addFieldIssue(ctx, "nominal", {
        id: "nominal 0 hanya untuk transaksi gagal",
        en: "an amount of 0 is only for a failed transaction",
      });
    }
    if (value.status === "gagal" && !value.alasan) {
      addFieldIssue(ctx, "alasan", {
        id: "isi alasan transaksi gagal",
        en: "give the reason the transaction failed",
      });
    }
  });
export type TTransactionCreate = z.infer<typeof ZTransactionCreate>;
export type TTransactionCreateInput = z.input<typeof ZTransactionCreate>;

/** `GET /api/distribution/transactions`: the caller's transactions (an agent: its own), newest first. */
export const ZTransactionListQuery = z.strictObject({
  program: ZDistributionProgramCode.optional(),
  periode: ZPeriod.optional(),
  idAgen: z.string().trim().min(1).max(ID_AGEN_MAX).optional(),
  desa: z
    .string()
    .trim()
    .regex(
      /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
      schemaMessage({ id: "harus kode desa (contoh 35.17.14.2001)", en: "must be a desa code" }),
    )
    .optional(),
  /** Opaque: the position after the last row of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TTransactionListQuery = z.infer<typeof ZTransactionListQuery>;

/** True when a price is above the ceiling known for it. */
export function aboveHet(hargaSatuan: number, het: number | null): boolean {
  return het !== null && hargaSatuan > het;
}
