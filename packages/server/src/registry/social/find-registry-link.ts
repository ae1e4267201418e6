import { AppErrorCode, isAppError, maskNumber } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { findInScope, inScope, regionsOf } from "../../scope/scope.ts";
import { socialRefusals } from "./social-refusals.ts";

/** The member or family an entry is linked to, as found in the caller's scope. */
export interface TRegistryLink {
  kabCode: string;
  nik: string | null;
  noKk: string;
  desaCode: string;
  /** The member's name, or the head's for a family; null when the family has no recorded head. */
  nama: string | null;
}

interface TMemberRow {
  kab_code: string;
  nik: string;
  no_kk: string;
  desa_code: string;
  nama: string;
  status: string;
}

/**
 * A number given with an entry must name a member (NIK) or family (No. KK) of the registry inside the
 * caller's scope. The lookup goes through `findInScope`, so a number that exists elsewhere leaves an
 * `access.denied` audit row; the caller gets the same refusal for it as for an unknown number.
 */
export async function findRegistryLink(
  db: TDb,
  actor: TActor,
  numbers: { nik?: string | undefined; noKk?: string | undefined },
): Promise<TRegistryLink | null> {
  if (numbers.nik !== undefined) {
    const nik = numbers.nik;
    const member = await inScopeOr(
      "nik",
      findInScope(db, actor, {
        entityType: "anggota",
        // Never a full personal number in the audit log.
        entityId: maskNumber(nik),
        findInScope: async () =>
          (
            await queryRows<TMemberRow>(
              db,
              sql`SELECT kab_code, nik, no_kk, desa_code, nama, status FROM anggota a
                  WHERE a.nik = ${nik} AND ${inScope(actor, sql`a.desa_code`)}
                  ORDER BY (a.status = 'aktif') DESC LIMIT 1`,
            )
          )[0],
        findRegions: () => regionsOf(db, sql`SELECT desa_code FROM anggota WHERE nik = ${nik}`),
      }),
    );
    if (member.status !== "aktif") throw socialRefusals.notActive("nik", member.status);
    if (numbers.noKk !== undefined && numbers.noKk !== member.no_kk) throw socialRefusals.nikNotInFamily();
    return {
      kabCode: member.kab_code,
      nik: member.nik,
      noKk: member.no_kk,
      desaCode: member.desa_code,
      nama: member.nama,
    };
  }
  if (numbers.noKk === undefined) return null;
  const noKk = numbers.noKk;
  const family = await inScopeOr(
    "noKk",
    findInScope(db, actor, {
      entityType: "keluarga",
      entityId: maskNumber(noKk),
      findInScope: async () =>
        (
          await queryRows<{ kab_code: string; desa_code: string; status: string; kepala: string | null }>(
            db,
            sql`SELECT k.kab_code, k.desa_code, k.status,
                       (SELECT a.nama FROM anggota a WHERE a.kab_code = k.kab_code AND a.no_kk = k.no_kk
                          AND a.hubungan = 'kepala' ORDER BY (a.status = 'aktif') DESC LIMIT 1) AS kepala
                FROM keluarga k
                WHERE k.no_kk = ${noKk} AND ${inScope(actor, sql`k.desa_code`)}
                ORDER BY (k.status = 'aktif') DESC LIMIT 1`,
          )
        )[0],
      findRegions: () => regionsOf(db, sql`SELECT desa_code FROM keluarga WHERE no_kk = ${noKk}`),
    }),
  );
  if (family.status !== "aktif") throw socialRefusals.notActive("noKk", family.status);
  return { kabCode: family.kab_code, nik: null, noKk, desaCode: family.desa_code, nama: family.kepala };
}

/** The scope layer's 404 becomes a refusal naming the body field that held the number. */
async function inScopeOr<T>(field: "nik" | "noKk", lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (isAppError(error) && error.code === AppErrorCode.NOT_FOUND)
      throw socialRefusals.numberNotFound(field);
    throw error;
  }
}
