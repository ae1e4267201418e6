import { maskNumber, schemaMessage, type TMemberHit } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope, requirePermission } from "../scope/scope.ts";
import { isoDate } from "./registry-views.ts";

/** Sent in a POST body, never a URL: a NIK typed into the search is personal data. */
export const ZRegistrySearch = z.strictObject({
  q: z
    .string()
    .trim()
    .min(3, schemaMessage({ id: "minimal 3 huruf", en: "at least 3 characters" }))
    .max(100),
  limit: z.number().int().min(1).max(50).default(20),
});

interface THitRow {
  family_id: string;
  no_kk: string;
  nik: string;
  nama: string;
  hubungan: string;
  jenis_kelamin: string;
  tanggal_lahir: Date | string;
  desa_code: string;
  desa_name: string;
  status: string;
}

/**
 * Finds members inside the actor's scope: a 16-digit query is a NIK or a No. KK (exact only, so
 * numbers cannot be guessed digit by digit), anything else a part of a name (the trigram index
 * serves it). Numbers come back masked: a list is not a detail view.
 */
export async function searchRegistry(
  db: TDb,
  actor: TActor,
  input: z.infer<typeof ZRegistrySearch>,
): Promise<TMemberHit[]> {
  requirePermission(actor, "registry.read");
  const query = registrySearchQuery(actor, input);
  if (!query) return [];
  const rows = await queryRows<THitRow>(db, query);
  return rows.map((r) => ({
    familyId: r.family_id,
    noKk: maskNumber(r.no_kk),
    nik: maskNumber(r.nik),
    nama: r.nama,
    hubungan: r.hubungan,
    jenisKelamin: r.jenis_kelamin,
    tanggalLahir: isoDate(r.tanggal_lahir) ?? "",
    desa: { code: r.desa_code, name: r.desa_name },
    status: r.status,
  }));
}

/** The search as one statement, or null when nothing can match; the benchmark runs it bare as its floor. */
export function registrySearchQuery(actor: TActor, input: z.infer<typeof ZRegistrySearch>): SQL | null {
  const q = input.q.replace(/\s+/g, " ");
  let match: SQL;
  if (/^\d{16}$/.test(q)) {
    match = sql`(a.nik = ${q} OR a.no_kk = ${q})`;
  } else if (/^\d+$/.test(q)) {
    return null;
  } else {
    match = nameMatch(q.toLowerCase());
  }
  // Match and scope on the member rows alone, stop at the first `limit` hits, then join and sort those:
  // a common name ("siti") in a million members costs a few pages, not a sort of every match.
  return sql`SELECT k.id AS family_id, a.no_kk, a.nik, a.nama, a.hubungan, a.jenis_kelamin,
                    a.tanggal_lahir::text AS tanggal_lahir, a.desa_code, w.name AS desa_name, a.status
             FROM (SELECT * FROM anggota a WHERE ${match} AND ${inScope(actor, sql`a.desa_code`)} LIMIT ${input.limit}) a
             JOIN keluarga k ON k.kab_code = a.kab_code AND k.no_kk = a.no_kk
             JOIN wilayah w ON w.code = a.desa_code
             ORDER BY a.nama, a.nik`;
}

/**
 * A part of a name, lowercased. One word is a plain LIKE served by the trigram index. Several words
 * ("wahyu setiawan") are looked up by their words in order ('%wahyu%setiawan%'), without the trigrams
 * of the word boundaries ("  s", " se", "an " …) that the whole pattern adds: those are in most names,
 * and walking their long posting lists was most of the time of a two-word search. The whole pattern
 * then decides on the rows found; written `COLLATE "C"` (the same LIKE, letter by letter) the index
 * cannot take it, yet the planner still estimates it from the name statistics. The hits are the same.
 */
function nameMatch(q: string): SQL {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const words = q.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  if (words.length === 0 || (words.length === 1 && words[0] === q)) return sql`lower(a.nama) LIKE ${pattern}`;
  return sql`(lower(a.nama) LIKE ${`%${words.join("%")}%`} AND lower(a.nama) COLLATE "C" LIKE ${pattern})`;
}
