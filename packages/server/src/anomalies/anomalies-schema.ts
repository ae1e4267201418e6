import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { desaCodeColumn, regionalRowKey } from "../db/columns.ts";

/**
 * Something in distribution that looks wrong (docs/domain.md, Fraud seen in the field), with its evidence
 * and an owner who must resolve it. Found set-based; `kunci` keeps a second search from listing the
 * same thing twice.
 */
export const anomali = pgTable(
  "anomali",
  {
    ...regionalRowKey(),
    jenis: text("jenis").notNull(),
    /**
     * What makes this finding unique within its kind (e.g. the transaction id, or the programme, period
     * and card). The unique key is (kab_code, jenis, kunci): a kind found per programme must name the
     * programme here.
     */
    kunci: text("kunci").notNull(),
    programCode: text("program_code"),
    periode: text("periode"),
    noKk: text("no_kk"),
    noKks: text("no_kks"),
    idAgen: text("id_agen"),
    /** The desa the finding belongs to, for scope filters. */
    desaCode: desaCodeColumn(),
    /** The evidence: transaction ids, times, amounts, the event that makes it suspicious. */
    bukti: jsonb("bukti").notNull(),
    status: text("status").notNull().default("terbuka"),
    pemilikId: uuid("pemilik_id"),
    catatan: text("catatan"),
    ditemukanPada: timestamp("ditemukan_pada", { withTimezone: true }).notNull().defaultNow(),
    diselesaikanPada: timestamp("diselesaikan_pada", { withTimezone: true }),
    diselesaikanOleh: uuid("diselesaikan_oleh"),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    uniqueIndex("anomali_once").on(t.kabCode, t.jenis, t.kunci),
    index("anomali_desa_idx").on(t.desaCode, t.status),
    // Routes name a finding by its id alone (no kabupaten in a URL).
    index("anomali_id_idx").on(t.id),
  ],
);
