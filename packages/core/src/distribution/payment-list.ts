import { z } from "zod";
import type { TBilingual } from "../errors/app-error.ts";
import { addFieldIssue } from "../i18n/field-issue.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { parseDate, parsePeriod, parseRegionCode, parseRupiah } from "../interchange/parse-values.ts";
import {
  invalidDateCellReason,
  registryNumberReason,
  requiredColumnReason,
} from "../interchange/row-reasons.ts";
import { banks } from "../programs/enrolment-schemas.ts";
import { cellAt, type THeaderIndex } from "../registry/anggota-cells.ts";
import { parseNik } from "../registry/nik.ts";
import { parseNoKk } from "../registry/no-kk.ts";
import { ZDesaCode } from "../wilayah/desa-code.ts";
import { injectionStatuses, type TInjectionStatus, ZInjectionStatus, ZPeriod } from "./distribution.ts";
import { ZDistributionProgramCode } from "./distribution-program-code.ts";

/**
 * Periods, payment lists (daftar bayar, docs/formats.md §3) with their injection status, and e-Warong agents
 * (docs/formats.md §5): the row checks of both files and the request and answer shapes of their routes.
 */

const PROGRAM_CODE = /^[A-Z0-9_]{2,20}$/;
const SIXTEEN_DIGITS = /^\d{16}$/;
/** An agent id is the bank's or the e-Warong network's code: short, plain, never personal data. */
export const AGENT_ID = /^[A-Za-z0-9._-]{1,32}$/;

/** The only programme paid in stages (tahap 1–4); every other programme has one payment per period. */
export const STAGED_PROGRAM = "PKH";

const ZIsoDate = z.iso.date(schemaMessage({ id: "tanggal YYYY-MM-DD", en: "date YYYY-MM-DD" }));

// ---------------------------------------------------------------------------------------------------
// Periods

/** `GET /api/distribution/periods`. */
export const ZPeriodListQuery = z.strictObject({ program: ZDistributionProgramCode.optional() });
export type TPeriodListQuery = z.infer<typeof ZPeriodListQuery>;

/** `POST /api/distribution/periods`: opens a period; mulai and selesai default to the month's first and last day. */
export const ZPeriodCreate = z
  .strictObject({
    program: ZDistributionProgramCode,
    periode: ZPeriod,
    tahap: z.number().int().min(1).max(4).nullish(),
    mulai: ZIsoDate.optional(),
    selesai: ZIsoDate.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.program === STAGED_PROGRAM && !value.tahap) {
      addFieldIssue(ctx, "tahap", { id: "PKH wajib tahap 1–4", en: "PKH needs tahap 1–4" });
    }
    if (value.program !== STAGED_PROGRAM && value.tahap) {
      addFieldIssue(ctx, "tahap", { id: "tahap hanya untuk PKH", en: "only PKH has a tahap" });
    }
    if (value.mulai && value.selesai && value.selesai < value.mulai) {
      addFieldIssue(ctx, "selesai", { id: "selesai sebelum mulai", en: "selesai is before mulai" });
    }
  });
export type TPeriodCreate = z.infer<typeof ZPeriodCreate>;

/** The first and last day of a `YYYY-MM` month. */
export function monthBounds(periode: string): { mulai: string; selesai: string } {
  const [year, month] = periode.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { mulai: `${periode}-01`, selesai: `${periode}-${String(last).padStart(2, "0")}` };
}

// ---------------------------------------------------------------------------------------------------
// Payment list rows (docs/formats.md §3)

export const daftarBayarColumns = {
  required: ["periode", "program", "no_kk", "nik_pengurus", "nominal", "no_kks", "bank"],
  optional: ["tahap", "status_injeksi", "tanggal_injeksi"],
} as const;
export type TDaftarBayarColumn =
  | (typeof daftarBayarColumns.required)[number]
  | (typeof daftarBayarColumns.optional)[number];

export interface TDaftarBayarRow {
  periode: string;
  /** Upper case. */
  program: string;
  noKk: string;
  nikPengurus: string;
  nominal: number;
  noKks: string;
  /** Upper case, one of the Himbara banks. */
  bank: string;
  tahap: number | null;
  /** Null when the file does not say: an existing row keeps its status. */
  statusInjeksi: TInjectionStatus | null;
  tanggalInjeksi: string | null;
}

export interface TListRowError<C extends string> {
  column: C;
  reason: TBilingual;
}
export type TListRowResult<R, C extends string> =
  | { ok: true; row: R }
  | { ok: false; errors: TListRowError<C>[] };

const required = requiredColumnReason;
const numberReason = registryNumberReason;
const bankReason: TBilingual = {
  id: `Bank harus salah satu dari: ${banks.join(", ")}`,
  en: `The bank must be one of: ${banks.join(", ")}`,
};

export const daftarBayarReasons = {
  periode: {
    id: "Periode tidak valid (gunakan YYYY-MM, contoh 2025-03)",
    en: "Not a period (use YYYY-MM, e.g. 2025-03)",
  },
  program: {
    id: "Kode program tidak valid (contoh SEMBAKO, PKH)",
    en: "Not a programme code (e.g. SEMBAKO, PKH)",
  },
  nominal: {
    id: "Nominal harus rupiah bulat lebih dari nol (contoh 200000, 200.000 atau Rp200.000)",
    en: "The amount must be whole rupiah above zero (e.g. 200000, 200.000 or Rp200.000)",
  },
  noKks: { id: "No. KKS harus 16 digit angka", en: "The KKS card number must be 16 digits" },
  tahap: { id: "Tahap harus 1, 2, 3 atau 4", en: "The tahap must be 1, 2, 3 or 4" },
  tahapRequired: { id: "Tahap wajib diisi untuk PKH (1–4)", en: "PKH rows need a tahap (1–4)" },
  tahapNotStaged: {
    id: "Tahap hanya diisi untuk PKH",
    en: "Only PKH rows have a tahap",
  },
  statusInjeksi: {
    id: `Status injeksi harus salah satu dari: ${injectionStatuses.join(", ")}`,
    en: `The injection status must be one of: ${injectionStatuses.join(", ")}`,
  },
  tanggalInjeksi: invalidDateCellReason({ id: "Tanggal injeksi", en: "The injection date" }),
  tanggalNotInjected: {
    id: "Tanggal injeksi hanya diisi bila status_injeksi terinjek",
    en: "An injection date goes only with status_injeksi terinjek",
  },
} satisfies Record<string, TBilingual>;

/** Checks and normalizes one payment-list row; every column at fault gets one error. */
export function checkDaftarBayarRow(
  cells: readonly string[],
  index: THeaderIndex,
): TListRowResult<TDaftarBayarRow, TDaftarBayarColumn> {
  const errors: TListRowError<TDaftarBayarColumn>[] = [];
  const fault = (column: TDaftarBayarColumn, reason: TBilingual) => errors.push({ column, reason });

  const periodeText = cellAt(cells, index.periode);
  const periode = parsePeriod(periodeText);
  if (periode === null) fault("periode", periodeText ? daftarBayarReasons.periode : required("periode"));

  const program = cellAt(cells, index.program).toUpperCase();
  if (!program) fault("program", required("program"));
  else if (!PROGRAM_CODE.test(program)) fault("program", daftarBayarReasons.program);

  const noKkText = cellAt(cells, index.no_kk);
  const noKk = noKkText ? parseNoKk(noKkText) : null;
  if (noKk === null) fault("no_kk", required("no_kk"));
  else if (!noKk.ok) fault("no_kk", numberReason("no_kk", noKk.reason));

  const nikText = cellAt(cells, index.nik_pengurus);
  const nik = nikText ? parseNik(nikText) : null;
  if (nik === null) fault("nik_pengurus", required("nik_pengurus"));
  else if (!nik.ok) fault("nik_pengurus", numberReason("nik_pengurus", nik.reason));

  const nominalText = cellAt(cells, index.nominal);
  const nominal = nominalText ? parseRupiah(nominalText) : null;
  if (!nominalText) fault("nominal", required("nominal"));
  else if (nominal === null || nominal <= 0) fault("nominal", daftarBayarReasons.nominal);

  const noKks = cellAt(cells, index.no_kks);
  if (!noKks) fault("no_kks", required("no_kks"));
  else if (!SIXTEEN_DIGITS.test(noKks)) fault("no_kks", daftarBayarReasons.noKks);

  const bank = cellAt(cells, index.bank).toUpperCase();
  if (!bank) fault("bank", required("bank"));
  else if (!(banks as readonly string[]).includes(bank)) fault("bank", bankReason);

  const tahapText = cellAt(cells, index.tahap);
  const tahap = tahapText === "" ? null : Number(tahapText);
  if (tahap !== null && !(Number.isInteger(tahap) && tahap >= 1 && tahap <= 4)) {
    fault("tahap", daftarBayarReasons.tahap);
  } else if (program === STAGED_PROGRAM && tahap === null) fault("tahap", daftarBayarReasons.tahapRequired);
  else if (program && program !== STAGED_PROGRAM && tahap !== null) {
    fault("tahap", daftarBayarReasons.tahapNotStaged);
  }

  const statusText = cellAt(cells, index.status_injeksi).toLowerCase();
  const status = statusText === "" ? null : ZInjectionStatus.safeParse(statusText).data;
  if (status === undefined) fault("status_injeksi", daftarBayarReasons.statusInjeksi);

  const tanggalText = cellAt(cells, index.tanggal_injeksi);
  const tanggal = tanggalText ? parseDate(tanggalText) : null;
  if (tanggalText && tanggal === null) fault("tanggal_injeksi", daftarBayarReasons.tanggalInjeksi);
  else if (tanggal !== null && status !== "terinjek") {
    fault("tanggal_injeksi", daftarBayarReasons.tanggalNotInjected);
  }

  if (
    errors.length > 0 ||
    periode === null ||
    !noKk?.ok ||
    !nik?.ok ||
    nominal === null ||
    status === undefined
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    row: {
      periode,
      program,
      noKk: noKk.noKk,
      nikPengurus: nik.nik,
      nominal,
      noKks,
      bank,
      tahap,
      statusInjeksi: status,
      tanggalInjeksi: tanggal,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Injection status and the lists

/** `POST /api/distribution/payment-lists/injection`: marks a period's rows of the scope (or one desa). */
export const ZInjectionRequest = z.strictObject({
  program: ZDistributionProgramCode,
  periode: ZPeriod,
  desa: ZDesaCode.optional(),
  status: ZInjectionStatus,
  /** The day the bank injected (or failed to); kept only for terinjek. */
  tanggal: ZIsoDate,
});
export type TInjectionRequest = z.infer<typeof ZInjectionRequest>;

export const ZPaymentSummaryQuery = z.strictObject({ program: ZDistributionProgramCode, periode: ZPeriod });
export type TPaymentSummaryQuery = z.infer<typeof ZPaymentSummaryQuery>;

export const ZPaymentListQuery = z.strictObject({
  program: ZDistributionProgramCode,
  periode: ZPeriod,
  desa: ZDesaCode,
  /** The id of the last row of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TPaymentListQuery = z.infer<typeof ZPaymentListQuery>;

// ---------------------------------------------------------------------------------------------------
// Agents (docs/formats.md §5)

export const agenColumns = {
  required: ["id_agen", "nama", "kode_desa", "bank"],
  optional: ["alamat", "lat", "lon"],
} as const;
export type TAgenColumn = (typeof agenColumns.required)[number] | (typeof agenColumns.optional)[number];

export interface TAgenRow {
  idAgen: string;
  nama: string;
  kodeDesa: string;
  bank: string;
  alamat: string | null;
  lat: number | null;
  lon: number | null;
}

/** Indonesia, roughly: a point outside it is a swapped or mistyped coordinate. */
export const INDONESIA_BOUNDS = { latMin: -11, latMax: 6, lonMin: 95, lonMax: 141 } as const;

export const agenReasons = {
  idAgen: {
    id: "ID agen hanya huruf, angka, titik, garis bawah atau tanda hubung (paling banyak 32)",
    en: "The agent id takes only letters, digits, dots, underscores or dashes (at most 32)",
  },
  nama: { id: "Nama agen paling banyak 200 karakter", en: "The agent name takes at most 200 characters" },
  kodeDesa: {
    id: "Kode desa tidak valid (contoh 35.17.18.2001)",
    en: "Not a desa code (e.g. 35.17.18.2001)",
  },
  lat: {
    id: `Lintang harus angka antara ${INDONESIA_BOUNDS.latMin} dan ${INDONESIA_BOUNDS.latMax}`,
    en: `The latitude must be a number between ${INDONESIA_BOUNDS.latMin} and ${INDONESIA_BOUNDS.latMax}`,
  },
  lon: {
    id: `Bujur harus angka antara ${INDONESIA_BOUNDS.lonMin} dan ${INDONESIA_BOUNDS.lonMax}`,
    en: `The longitude must be a number between ${INDONESIA_BOUNDS.lonMin} and ${INDONESIA_BOUNDS.lonMax}`,
  },
  pair: {
    id: "Lintang dan bujur diisi keduanya atau tidak sama sekali",
    en: "Give both latitude and longitude, or neither",
  },
} satisfies Record<string, TBilingual>;

function coordinate(text: string, min: number, max: number): number | null | undefined {
  if (text === "") return null;
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

/** Checks and normalizes one agent row. */
export function checkAgenRow(
  cells: readonly string[],
  index: THeaderIndex,
): TListRowResult<TAgenRow, TAgenColumn> {
  const errors: TListRowError<TAgenColumn>[] = [];
  const fault = (column: TAgenColumn, reason: TBilingual) => errors.push({ column, reason });

  const idAgen = cellAt(cells, index.id_agen);
  if (!idAgen) fault("id_agen", required("id_agen"));
  else if (!AGENT_ID.test(idAgen)) fault("id_agen", agenReasons.idAgen);

  const nama = cellAt(cells, index.nama).replace(/\s+/g, " ");
  if (!nama) fault("nama", required("nama"));
  else if (nama.length > 200) fault("nama", agenReasons.nama);

  const desaText = cellAt(cells, index.kode_desa);
  const kodeDesa = desaText ? parseRegionCode(desaText, "desa") : null;
  if (!desaText) fault("kode_desa", required("kode_desa"));
  else if (kodeDesa === null) fault("kode_desa", agenReasons.kodeDesa);

  const bank = cellAt(cells, index.bank).toUpperCase();
  if (!bank) fault("bank", required("bank"));
  else if (!(banks as readonly string[]).includes(bank)) fault("bank", bankReason);

  const alamat = cellAt(cells, index.alamat) || null;
  const b = INDONESIA_BOUNDS;
  const lat = coordinate(cellAt(cells, index.lat), b.latMin, b.latMax);
  const lon = coordinate(cellAt(cells, index.lon), b.lonMin, b.lonMax);
  if (lat === undefined) fault("lat", agenReasons.lat);
  if (lon === undefined) fault("lon", agenReasons.lon);
  if (lat !== undefined && lon !== undefined && (lat === null) !== (lon === null)) {
    fault(lat === null ? "lat" : "lon", agenReasons.pair);
  }

  if (errors.length > 0 || kodeDesa === null || lat === undefined || lon === undefined) {
    return { ok: false, errors };
  }
  return { ok: true, row: { idAgen, nama, kodeDesa, bank, alamat, lat, lon } };
}

export const ZAgentListQuery = z.strictObject({
  desa: ZDesaCode.optional(),
  q: z.string().trim().max(100).optional(),
});
export type TAgentListQuery = z.infer<typeof ZAgentListQuery>;

/** `PUT /api/distribution/agents/:id/user`: link the agent's own login, or unlink it with null. */
export const ZAgentUserLink = z.strictObject({ userId: z.uuid().nullable() });
export type TAgentUserLink = z.infer<typeof ZAgentUserLink>;
