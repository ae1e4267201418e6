import {
  boolean,
  date,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  desaCodeColumn,
  kabCodeColumn,
  programPeriod,
  regionalRowKey,
  rowTimestamps,
} from "../db/columns.ts";

/** A 6T checklist of one agent for one period (docs/domain.md, 6T monitoring): who checked, when, the score. */
export const monitoring6t = pgTable(
  "monitoring_6t",
  {
    ...regionalRowKey(),
    ...programPeriod(),
    idAgen: text("id_agen").notNull(),
    /** The agent's desa, for scope filters. */
    desaCode: desaCodeColumn(),
    tanggal: date("tanggal").notNull(),
    /** 0–6: the number of Tepat met. */
    skor: smallint("skor").notNull(),
    catatan: text("catatan"),
    petugasId: uuid("petugas_id").notNull(),
    ...rowTimestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    uniqueIndex("monitoring_6t_once").on(t.kabCode, t.programCode, t.periode, t.idAgen),
    index("monitoring_6t_desa_idx").on(t.periode, t.desaCode),
    // Routes name a checklist by its id alone (no kabupaten in a URL).
    index("monitoring_6t_id_idx").on(t.id),
  ],
);

/** One aspect of a checklist: met or not, the finding, a photo, and the follow-up tracked to closure. */
export const monitoring6tAspek = pgTable(
  "monitoring_6t_aspek",
  {
    kabCode: kabCodeColumn(),
    monitoringId: uuid("monitoring_id").notNull(),
    aspek: text("aspek").notNull(),
    sesuai: boolean("sesuai").notNull(),
    temuan: text("temuan"),
    /** Blob key of a photo of the finding. */
    fotoKey: text("foto_key"),
    tindakLanjut: text("tindak_lanjut"),
    /** null (nothing to follow), terbuka, or selesai. */
    tindakLanjutStatus: text("tindak_lanjut_status"),
    ditutupPada: timestamp("ditutup_pada", { withTimezone: true }),
    ditutupOleh: uuid("ditutup_oleh"),
    catatanPenutupan: text("catatan_penutupan"),
  },
  (t) => [primaryKey({ columns: [t.kabCode, t.monitoringId, t.aspek] })],
);
