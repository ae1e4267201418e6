import type { TDb } from "../../db/database.ts";
import { planBirthChunks } from "./birth-chunks.ts";
import { insertSameNikPairs, insertSimilarPairs, type TScanArea } from "./pair-statements.ts";

/**
 * The least trigram similarity of two names (same birth date, same kabupaten) for a likely duplicate.
 * At 0.6 spelling variants pair up ("Siti Aminah" / "Siti Aminnah" 0.79, "Ahmad Fauzi" / "Achmad
 * Fauzi" 0.67) while names that only share a word stay apart ("Siti Aminah" / "Siti Rahayu" 0.26).
 * A default: callers pass their own.
 */
export const DEFAULT_NAME_SIMILARITY = 0.6;

export interface TDetectOptions extends TScanArea {
  /** The least `similarity` of two names for a `mirip` pair, in (0, 1]. */
  nameSimilarity: number;
  /** Members per birth-year slice (`CHUNK_MEMBERS` unless given). */
  chunkMembers?: number;
  /** Called after each step with the region's members covered so far and in all. */
  onProgress?: (done: number, total: number) => Promise<void>;
}

export interface TDetectResult {
  nikSama: number;
  mirip: number;
}

/**
 * Finds duplicate pairs and stores the new ones as `terbuka`, set-based: one statement for the same
 * NIK in two kabupaten, then one per birth-year slice for similar names. Each pair is stored once, as
 * (kab_a, nik_a) < (kab_b, nik_b) under kab_a; a pair already stored, open or decided, is left as it
 * is, so a decision is never re-opened and a second scan adds nothing. A pair is found when at least
 * one member lies in the region: a family that moved without reporting is exactly a pair across its
 * border (docs/domain.md, "Registry"). Slices commit one by one: a scan cut short keeps the pairs it found
 * (each one right), and the next scan finds the rest.
 */
export async function detectDuplicates(db: TDb, options: TDetectOptions): Promise<TDetectResult> {
  const { nameSimilarity } = options;
  if (!(nameSimilarity > 0 && nameSimilarity <= 1)) {
    throw new Error(`name similarity must lie in (0, 1], got ${nameSimilarity}`);
  }
  const chunks = await planBirthChunks(db, options.region, options.within, options.chunkMembers);
  const total = chunks.reduce((sum, c) => sum + c.members, 0);
  const nikSama = await insertSameNikPairs(db, options);
  let mirip = 0;
  let done = 0;
  for (const chunk of chunks) {
    mirip += await insertSimilarPairs(db, options, chunk, nameSimilarity);
    done += chunk.members;
    await options.onProgress?.(done, total);
  }
  return { nikSama, mirip };
}
