import type { TAnomalyPage, TRealisasiReport } from "@kawal/core";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { FRAUD_AGENT } from "../src/demo/demo-distribution-agents.ts";
import { UNKNOWN_CARD } from "../src/demo/demo-distribution-transactions.ts";
import { DEMO_PASSWORD } from "../src/demo/demo-users.ts";
import { loadDemo } from "../src/demo/load-demo.ts";
import { loadDemoDistribution } from "../src/demo/load-demo-distribution.ts";
import { dbTargets } from "./db-targets.ts";
import { OWN_KEC as KECAMATAN } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import { TestClient } from "./test-client.ts";

const SEMBAKO = ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"];

describe.each(dbTargets)("demo distribution on $name", (target) => {
  const t = testAppForSuite(target);
  const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);
  const count = async (query: ReturnType<typeof sql>) => (await rows<{ n: number }>(query))[0]?.n ?? 0;

  beforeAll(async () => {
    await loadDemo(t.database);
  }, 300_000);

  it("has 17 agents over the 11 desa, two of them with their own login in their desa", async () => {
    const agents = await rows<{
      id_agen: string;
      desa_code: string;
      lat: number | null;
      username: string | null;
    }>(
      sql`SELECT a.id_agen, a.desa_code, a.lat, u.username FROM agen a LEFT JOIN users u ON u.id = a.user_id ORDER BY a.id_agen`,
    );
    expect(agents).toHaveLength(17);
    expect(new Set(agents.map((a) => a.desa_code)).size).toBe(11);
    expect(agents.every((a) => a.desa_code.startsWith(`${KECAMATAN}.`) && a.lat !== null)).toBe(true);
    const linked = await rows<{ username: string; role: string; desa_code: string; scope: string }>(
      sql`SELECT u.username, u.role, a.desa_code, s.wilayah_code AS scope
          FROM agen a JOIN users u ON u.id = a.user_id JOIN user_scope s ON s.user_id = u.id ORDER BY u.username`,
    );
    expect(linked.map((l) => l.username)).toEqual(["agen01", "agen02"]);
    for (const l of linked) {
      expect(l.role).toBe("agen");
      expect(l.scope).toBe(l.desa_code);
    }
    const agent = new TestClient(t.app);
    expect((await agent.login("agen01", DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it("lists the Sembako families for six months at the rule's 200,000 and PKH for two stages", async () => {
    const periods = await rows<{ program_code: string; periode: string; tahap: number | null }>(
      sql`SELECT program_code, periode, tahap FROM periode_penyaluran ORDER BY program_code, periode`,
    );
    expect(periods.filter((p) => p.program_code === "SEMBAKO").map((p) => p.periode)).toEqual(SEMBAKO);
    expect(periods.filter((p) => p.program_code === "PKH").map((p) => [p.periode, p.tahap])).toEqual([
      ["2025-08", 3],
      ["2025-11", 4],
    ]);
    const lists = await rows<{
      program_code: string;
      periode: string;
      n: number;
      nominal: number;
      belum: number;
    }>(
      sql`SELECT program_code, periode, count(*)::int AS n, min(nominal)::int AS nominal,
                 count(*) FILTER (WHERE status_injeksi = 'belum')::int AS belum
          FROM daftar_bayar GROUP BY program_code, periode ORDER BY program_code, periode`,
    );
    const active = await count(
      sql`SELECT count(*)::int AS n FROM enrolment WHERE program_code = 'SEMBAKO' AND status = 'aktif'`,
    );
    for (const l of lists.filter((x) => x.program_code === "SEMBAKO")) {
      expect(l.n).toBe(active);
      expect(l.nominal).toBe(200_000);
      expect(l.belum).toBeGreaterThan(0);
      expect(l.belum).toBeLessThan(l.n / 10);
    }
    const pkh = lists.filter((x) => x.program_code === "PKH");
    expect(pkh).toHaveLength(2);
    for (const l of pkh) {
      expect(l.n).toBeGreaterThan(500);
      expect(l.nominal).toBeGreaterThan(0);
    }
    // Card numbers are 16 digits, and the same for a family across periods unless its card was replaced.
    expect(await count(sql`SELECT count(*)::int AS n FROM daftar_bayar WHERE no_kks !~ '^[0-9]{16}$'`)).toBe(
      0,
    );
    expect(
      await count(sql`SELECT count(*)::int AS n FROM (SELECT no_kk FROM daftar_bayar GROUP BY no_kk
                                                      HAVING count(DISTINCT no_kks) > 1) x`),
    ).toBe(3);
  });

  it("schedules every listed Sembako family once a month at its desa's agent, one or two days per agent", async () => {
    const unscheduled = await count(
      sql`SELECT count(*)::int AS n FROM daftar_bayar d WHERE d.program_code = 'SEMBAKO' AND NOT EXISTS (
            SELECT 1 FROM jadwal_keluarga k JOIN jadwal_penyaluran j ON j.kab_code = k.kab_code AND j.id = k.jadwal_id
            WHERE k.no_kk = d.no_kk AND k.periode = d.periode AND j.desa_code = d.desa_code)`,
    );
    expect(unscheduled).toBe(0);
    const days = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM jadwal_penyaluran GROUP BY periode, id_agen`,
    );
    expect(days).toHaveLength(17 * 6);
    expect(days.every((d) => d.n >= 1 && d.n <= 2)).toBe(true);
  });

  it("records purchases with goods, realistic failures and field reasons; realisation varies by desa", async () => {
    const failures = await rows<{ alasan: string }>(
      sql`SELECT DISTINCT alasan FROM transaksi WHERE status = 'gagal' ORDER BY alasan`,
    );
    expect(failures.map((f) => f.alasan)).toEqual(
      expect.arrayContaining(["Kartu terblokir", "Kartu tidak terbaca", "Saldo nol"]),
    );
    const prices = await rows<{ lines: number; above: number }>(
      sql`SELECT count(*)::int AS lines, count(*) FILTER (WHERE harga_satuan > het)::int AS above FROM transaksi_item`,
    );
    expect(prices[0]?.lines).toBeGreaterThan(5_000);
    expect(prices[0]?.above).toBeGreaterThan(0);
    expect(prices[0]?.above).toBeLessThan((prices[0]?.lines ?? 0) / 5);
    expect(await count(sql`SELECT count(*)::int AS n FROM alasan_belum`)).toBeGreaterThan(10);

    const tksk = new TestClient(t.app);
    expect((await tksk.login("tksk", DEMO_PASSWORD)).statusCode).toBe(200);
    for (const periode of SEMBAKO) {
      const response = await tksk.get(`/api/distribution/realisasi?program=SEMBAKO&periode=${periode}`);
      expect(response.statusCode).toBe(200);
      const report = response.json() as TRealisasiReport;
      expect(report.computedAt).not.toBeNull();
      expect(report.rows).toHaveLength(11);
      const persen = report.rows.map((r) => r.persen);
      expect(Math.min(...persen)).toBeLessThan(70);
      expect(Math.min(...persen)).toBeGreaterThanOrEqual(50);
      expect(Math.max(...persen)).toBeGreaterThan(88);
      expect(report.rows.filter((r) => r.persen < 70).length).toBeLessThanOrEqual(2);
      expect(report.total.sebagian).toBeGreaterThan(0);
    }
  });

  it("keeps a replaced card's family whole: its purchases on the new card reconcile to the family", async () => {
    const replaced = await rows<{ no_kk: string; kelas: string; no_kks: string }>(
      sql`SELECT r.no_kk, r.kelas, k.no_kks FROM kartu_kks k
          JOIN rekonsiliasi r ON r.no_kk = k.no_kk AND r.program_code = 'SEMBAKO' AND r.periode = '2025-10'
          WHERE k.menggantikan IS NOT NULL`,
    );
    expect(replaced).toHaveLength(3);
    const used = await count(
      sql`SELECT count(*)::int AS n FROM transaksi t JOIN kartu_kks k ON k.no_kks = t.no_kks
          WHERE k.menggantikan IS NOT NULL AND t.periode = '2025-10'`,
    );
    expect(used).toBeGreaterThan(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM kartu_kks WHERE status = 'diganti'`)).toBe(3);
    expect(await count(sql`SELECT count(*)::int AS n FROM kartu_kks WHERE status = 'diblokir'`)).toBe(4);
    expect(await count(sql`SELECT count(*)::int AS n FROM kartu_kks WHERE status = 'hilang'`)).toBe(3);
  });

  it("fills 6T checklists for most agents in the last two months, with open follow-ups", async () => {
    const checklists = await rows<{ periode: string; n: number }>(
      sql`SELECT periode, count(*)::int AS n FROM monitoring_6t GROUP BY periode ORDER BY periode`,
    );
    expect(checklists).toEqual([
      { periode: "2025-11", n: 15 },
      { periode: "2025-12", n: 15 },
    ]);
    expect(await count(sql`SELECT count(*)::int AS n FROM monitoring_6t_aspek`)).toBe(30 * 6);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM monitoring_6t m WHERE m.skor <> (
        SELECT count(*) FROM monitoring_6t_aspek a WHERE a.monitoring_id = m.id AND a.sesuai)`),
    ).toBe(0);
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM monitoring_6t_aspek WHERE NOT sesuai AND tindak_lanjut_status = 'terbuka'`,
      ),
    ).toBeGreaterThanOrEqual(3);
  });

  it("plants a PSM holding nine cards, used in a burst at one agent with a dead pengurus's and an unknown card", async () => {
    const held = await rows<{ username: string; no_kks: string; sejak: string; named: boolean }>(
      sql`SELECT u.username, k.no_kks, e.tanggal::text AS sejak,
                 k.pemegang_nama = u.full_name AND e.pemegang_nama = u.full_name AS named
          FROM kartu_kks k
          JOIN users u ON u.id = k.pemegang_user_id
          JOIN kartu_kks_event e ON e.no_kks = k.no_kks AND e.pemegang_jenis = 'staf'
          WHERE k.pemegang_jenis = 'staf'`,
    );
    expect(held).toHaveLength(9);
    // Held by name, as a card given to staff through the app is: the staff member is named on the card.
    expect(held.every((h) => h.named)).toBe(true);
    expect(new Set(held.map((h) => h.username))).toEqual(new Set(["psm07"]));
    expect(held.every((h) => h.sejak === "2025-11-24")).toBe(true);
    const burst = await rows<{ no_kks: string; menit: number }>(
      sql`SELECT no_kks, extract(epoch FROM waktu - min(waktu) OVER ())::int / 60 AS menit FROM transaksi
          WHERE id_agen = ${FRAUD_AGENT} AND status = 'berhasil'
            AND waktu BETWEEN '2025-12-19 13:00:00+00' AND '2025-12-19 15:00:00+00'`,
    );
    expect(burst).toHaveLength(10);
    expect(Math.max(...burst.map((b) => b.menit))).toBeLessThan(10);
    expect(burst.map((b) => b.no_kks)).toEqual(
      expect.arrayContaining([...held.map((h) => h.no_kks), UNKNOWN_CARD]),
    );
    // The dead pengurus: an approved death before the burst, and her card among the nine.
    const dead = await rows<{ no_kks: string; occurred_on: string; status: string }>(
      sql`SELECT k.no_kks, e.occurred_on::text AS occurred_on, a.status FROM registry_event e
          JOIN anggota a ON a.kab_code = e.kab_code AND a.nik = e.nik
          JOIN kartu_kks k ON k.nik_pengurus = a.nik
          WHERE e.kind = 'kematian'`,
    );
    expect(dead).toEqual([{ no_kks: expect.any(String), occurred_on: "2025-10-20", status: "meninggal" }]);
    expect(held.map((h) => h.no_kks)).toContain(dead[0]?.no_kks);
  });

  it("lists exactly the planted findings in the anomaly list", async () => {
    const dinsos = new TestClient(t.app);
    expect((await dinsos.login("dinsos", DEMO_PASSWORD)).statusCode).toBe(200);
    const response = await dinsos.get("/api/anomalies?limit=200");
    expect(response.statusCode).toBe(200);
    const page = response.json() as TAnomalyPage;
    expect(page.counts).toMatchObject({
      pengurus_meninggal: 1,
      kartu_di_staf: 9,
      banyak_kartu_satu_agen: 1,
      kartu_tak_dikenal: 1,
      pengurus_pindah: 0,
      dibayar_dua_kali: 0,
      melebihi_nominal: 0,
    });
    const burst = page.items.find((a) => a.jenis === "banyak_kartu_satu_agen");
    expect(burst?.idAgen).toBe(FRAUD_AGENT);
    expect(page.items.every((a) => a.periode === "2025-12" && a.programCode === "SEMBAKO")).toBe(true);
  });

  it("changes nothing when loaded again", async () => {
    const tables = [
      "agen",
      "periode_penyaluran",
      "daftar_bayar",
      "kartu_kks",
      "kartu_kks_event",
      "jadwal_penyaluran",
      "jadwal_keluarga",
      "transaksi",
      "transaksi_item",
      "alasan_belum",
      "monitoring_6t",
      "monitoring_6t_aspek",
      "rekonsiliasi",
      "anomali",
      "registry_event",
      "audit_log",
    ];
    const snapshot = async () =>
      Promise.all(tables.map((name) => count(sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)}`)));
    const before = await snapshot();
    const again = await loadDemoDistribution(t.database);
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    expect((await loadDemo(t.database)).created).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});
