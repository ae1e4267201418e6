import { createHash } from "node:crypto";
import {
  AppError,
  AppErrorCode,
  maskNumber,
  type TTransactionCreate,
  type TTransactionView,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import { idempotencyKeyReused } from "../../http/idempotency-key-reused.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { periodExists } from "../periods/period-exists.ts";
import { findAgentForEntry } from "./find-agent.ts";
import { selectTransactions, transactionViewOf } from "./transaction-view.ts";

/** A phone's clock may run a little ahead of the server's; more than this is a wrong time. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * The id of a counter entry: `AG-` and a uuid made from the login and its Idempotency-Key, so a retry
 * of the same submission names the same transaction and the primary key stores it once, even when
 * two retries race.
 */
export function counterTransactionId(userId: string, idempotencyKey: string): string {
  const hex = createHash("sha256").update(`${userId}:${idempotencyKey.toLowerCase()}`).digest("hex");
  // RFC 9562 layout: version 8 (custom), variant 10.
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `AG-${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const refuse = (field: string, message: { id: string; en: string }) =>
  new AppError(AppErrorCode.VALIDATION, `${field} refused`, { fields: [{ field, message }] });

const itemsSignature = (
  items: { komoditas: string; jumlah: number; satuan: string; hargaSatuan: number }[],
) => items.map((i) => `${i.komoditas}|${i.jumlah}|${i.satuan}|${i.hargaSatuan}`).join(";");

/**
 * Records a purchase or withdrawal at an agent's counter (`sumber = 'agen'`): the agent through the
 * agent scope, the period must exist, goods lines get the HET in force on the day. The transaction, its
 * goods lines and the audit row commit together; a retry with the same Idempotency-Key answers the
 * stored transaction, and the same key with another body is refused.
 */
export async function recordTransaction(
  db: TDb,
  actor: TActor,
  input: { idempotencyKey: string; body: TTransactionCreate },
  now: Date = new Date(),
): Promise<TTransactionView & { replayed: boolean }> {
  requirePermission(actor, "transaction.record");
  const { body } = input;
  const agent = await findAgentForEntry(db, actor, body.idAgen);
  if (!(await periodExists(db, body.program, body.periode))) {
    throw refuse("periode", {
      id: "periode penyaluran ini tidak ada untuk program tersebut",
      en: "this distribution period does not exist for the programme",
    });
  }
  const waktu = body.waktu ? new Date(body.waktu) : now;
  if (waktu.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw refuse("waktu", { id: "waktu tidak boleh di masa depan", en: "the time cannot be in the future" });
  }
  const id = counterTransactionId(actor.userId, input.idempotencyKey);
  const items = body.items ?? [];
  const outcome = await db.transaction(async (tx) => {
    const [inserted] = await queryRows<{ id_transaksi: string }>(
      tx,
      sql`INSERT INTO transaksi (kab_code, id_transaksi, waktu, program_code, periode, no_kks, nominal, status, alasan,
                                 id_agen, desa_code, sumber, recorded_by)
          VALUES (${agent.kab_code}, ${id}, ${waktu.toISOString()}, ${body.program}, ${body.periode}, ${body.noKks},
                  ${body.nominal}, ${body.status}, ${body.alasan || null}, ${agent.id_agen}, ${agent.desa_code}, 'agen',
                  ${actor.userId})
          ON CONFLICT (kab_code, id_transaksi) DO NOTHING
          RETURNING id_transaksi`,
    );
    if (!inserted) {
      const [stored] = await selectTransactions(
        tx,
        sql`t.kab_code = ${agent.kab_code} AND t.id_transaksi = ${id}`,
      );
      const [full] = await queryRows<{ no_kks: string }>(
        tx,
        sql`SELECT no_kks FROM transaksi WHERE kab_code = ${agent.kab_code} AND id_transaksi = ${id}`,
      );
      const same =
        stored !== undefined &&
        full?.no_kks === body.noKks &&
        stored.program_code === body.program &&
        stored.periode === body.periode &&
        stored.id_agen === agent.id_agen &&
        Number(stored.nominal) === body.nominal &&
        stored.status === body.status &&
        (stored.alasan ?? "") === (body.alasan ?? "") &&
        (!body.waktu ||
          Math.floor(new Date(stored.waktu).getTime() / 1000) === Math.floor(waktu.getTime() / 1000)) &&
        itemsSignature(
          (stored.items ?? []).map((i) => ({
            komoditas: i.komoditas,
            jumlah: Number(i.jumlah),
            satuan: i.satuan,
            hargaSatuan: Number(i.harga_satuan),
          })),
        ) === itemsSignature(items);
      if (!same) {
        throw idempotencyKeyReused({ id: "transaksi lain", en: "another transaction" });
      }
      return { replayed: true };
    }
    let aboveHet = 0;
    if (items.length > 0) {
      const values = items.map(
        (item, i) =>
          sql`(${i + 1}::smallint, ${item.komoditas}::text, ${String(item.jumlah)}::numeric, ${item.satuan}::text, ${item.hargaSatuan}::bigint)`,
      );
      const lines = await queryRows<{ above: boolean }>(
        tx,
        sql`INSERT INTO transaksi_item (kab_code, id_transaksi, baris, komoditas, jumlah, satuan, harga_satuan, het)
            SELECT ${agent.kab_code}, ${id}, v.baris, v.komoditas, v.jumlah, v.satuan, v.harga,
                   (SELECT h.harga FROM harga_eceran_tertinggi h
                    WHERE h.komoditas = v.komoditas AND h.satuan = v.satuan
                      AND h.berlaku_mulai <= (${waktu.toISOString()}::timestamptz AT TIME ZONE 'Asia/Jakarta')::date
                    ORDER BY h.berlaku_mulai DESC LIMIT 1)
            FROM (VALUES ${sql.join(values, sql`, `)}) AS v (baris, komoditas, jumlah, satuan, harga)
            RETURNING coalesce(harga_satuan > het, false) AS above`,
      );
      aboveHet = lines.filter((l) => l.above).length;
    }
    await writeAudit(tx, {
      wilayahCode: agent.desa_code,
      actorId: actor.userId,
      action: "transaction.record",
      entityType: "transaksi",
      entityId: id,
      data: {
        idAgen: agent.id_agen,
        noKks: maskNumber(body.noKks),
        program: body.program,
        periode: body.periode,
        nominal: body.nominal,
        status: body.status,
        items: items.length,
        aboveHet,
        idempotencyKey: input.idempotencyKey,
      },
    });
    return { replayed: false };
  });
  const [row] = await selectTransactions(db, sql`t.kab_code = ${agent.kab_code} AND t.id_transaksi = ${id}`);
  if (!row) throw new Error("recorded transaction not found");
  return { ...transactionViewOf(row), replayed: outcome.replayed };
}
