import type { TDb } from "../../src/db/database.ts";
import { agen } from "../../src/db/schema.ts";
import { kabOf } from "./region.ts";

export interface TAgentSpec {
  idAgen: string;
  desa: string;
  /** `e-Warong <id>` unless given. */
  nama?: string;
  bank?: string;
  aktif?: boolean;
  /** The e-Warong's own login, when it has one. */
  userId?: string | null;
}

/** An e-Warong agent written straight into the table (the agent import is tested on its own). */
export async function makeAgent(db: TDb, agent: TAgentSpec): Promise<void> {
  await db.insert(agen).values({
    kabCode: kabOf(agent.desa),
    idAgen: agent.idAgen,
    nama: agent.nama ?? `e-Warong ${agent.idAgen}`,
    desaCode: agent.desa,
    bank: agent.bank ?? "BNI",
    aktif: agent.aktif,
    userId: agent.userId,
  });
}
