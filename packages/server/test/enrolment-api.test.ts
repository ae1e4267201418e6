import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { makeFamily } from "./factories/index.ts";
import { DESA } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

let serial = 0;

describe.each(dbTargets)("enrolments on $name", (target) => {
  const t = testAppForSuite(target);
  let tksk: TestClient & { userId: string };
  let outsider: TestClient & { userId: string };

  /** A family with a head and a wife; returns its id, No. KK and the two NIKs. */
  async function makeCouple(desa = DESA) {
    serial += 1;
    const s = String(serial).padStart(4, "0");
    const noKk = `351718010120${s}`;
    const kepala = `351718010180${s}`;
    const istri = `351718450585${s}`;
    const { id } = await makeFamily(t.database.db, {
      desa,
      noKk,
      members: [
        { nik: kepala, nama: `Kepala ${s}` },
        { nik: istri, nama: `Istri ${s}`, hubungan: "istri", jenisKelamin: "P", tanggalLahir: "1985-05-05" },
      ],
    });
    return { id, noKk, kepala, istri };
  }

  const enrol = (client: TestClient, familyId: string, body: Record<string, unknown>) =>
    client.post(`/api/registry/families/${familyId}/enrolments`, body);
  const move = (
    client: TestClient,
    enrolmentId: string,
    body: Record<string, unknown>,
    key: string = randomUUID(),
  ) => client.post(`/api/enrolments/${enrolmentId}/transitions`, body, { "idempotency-key": key });
  const counts = async () =>
    (
      await queryRows<{ enrolments: number; transitions: number; audits: number }>(
        t.database.db,
        sql`SELECT (SELECT count(*)::int FROM enrolment) AS enrolments,
                   (SELECT count(*)::int FROM enrolment_transition) AS transitions,
                   (SELECT count(*)::int FROM audit_log WHERE action LIKE 'enrolment.%') AS audits`,
      )
    )[0];
  const enrolmentsOf = async (familyId: string, client: TestClient = tksk) =>
    (await client.get(`/api/registry/families/${familyId}/enrolments`)).json().items as {
      id: string;
      program: { code: string };
      status: string;
      sejak: string;
      nikPengurus: string;
      nextStates: string[];
      history: { from: string | null; to: string; alasanKode: string; keterangan: string | null }[];
    }[];

  beforeAll(async () => {
    tksk = await t.clientAs("tksk", ["35.17.18"]);
    outsider = await t.clientAs("tksk", ["35.17.17"]);
  });

  it("enrols a family through its card holder as calon, with history and an audit row", async () => {
    const family = await makeCouple();
    const response = await enrol(tksk, family.id, {
      programCode: "sembako",
      nikPengurus: family.istri,
      noKks: "6019001234567890",
      bank: "BRI",
      tanggal: "2024-01-10",
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ status: "calon", sejak: "2024-01-10" });
    const [item] = await enrolmentsOf(family.id);
    expect(item).toMatchObject({
      program: { code: "SEMBAKO" },
      status: "calon",
      sejak: "2024-01-10",
      nikPengurus: `${family.istri.slice(0, 4)}••••••••${family.istri.slice(-4)}`,
      noKks: "6019••••••••7890",
      nextStates: ["tervalidasi", "dihentikan"],
    });
    expect(item?.history).toEqual([
      expect.objectContaining({ from: null, to: "calon", alasanKode: "pendaftaran" }),
    ]);
    const [audit] = await queryRows<{ data: { noKk: string } }>(
      t.database.db,
      sql`SELECT data FROM audit_log WHERE action = 'enrolment.create' AND entity_id = ${response.json().enrolmentId}`,
    );
    expect(audit?.data.noKk).not.toContain(family.noKk.slice(4, 12));
  });

  it("moves an enrolment through every allowed transition, each with its reason", async () => {
    const family = await makeCouple();
    const id = (
      await enrol(tksk, family.id, { programCode: "PKH", nikPengurus: family.istri, tanggal: "2024-01-01" })
    ).json().enrolmentId as string;
    const steps = [
      { ke: "tervalidasi", tanggal: "2024-01-15", alasanKode: "pertemuan_awal" },
      { ke: "aktif", tanggal: "2024-02-01", alasanKode: "penetapan" },
      {
        ke: "ditangguhkan",
        tanggal: "2024-05-01",
        alasanKode: "tidak_hadir_pertemuan",
        keterangan: "3 kali",
      },
      { ke: "aktif", tanggal: "2024-07-01", alasanKode: "komitmen_dipenuhi" },
      { ke: "ditangguhkan", tanggal: "2024-08-01", alasanKode: "komitmen_tidak_dipenuhi" },
      { ke: "graduasi", tanggal: "2024-09-01", alasanKode: "mandiri" },
    ];
    for (const step of steps) {
      const response = await move(tksk, id, step);
      expect(response.statusCode, `${step.ke}: ${response.body}`).toBe(201);
      expect(response.json()).toMatchObject({ to: step.ke, tanggal: step.tanggal });
    }
    const item = (await enrolmentsOf(family.id)).find((e) => e.id === id);
    expect(item?.status).toBe("graduasi");
    expect(item?.nextStates).toEqual([]);
    expect(item?.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      "null>calon",
      "calon>tervalidasi",
      "tervalidasi>aktif",
      "aktif>ditangguhkan",
      "ditangguhkan>aktif",
      "aktif>ditangguhkan",
      "ditangguhkan>graduasi",
    ]);
    expect(item?.history[3]).toMatchObject({ alasanKode: "tidak_hadir_pertemuan", keterangan: "3 kali" });

    // Graduation is final: the refusal names the state and what was asked.
    const before = await counts();
    const refused = await move(tksk, id, { ke: "aktif", tanggal: "2024-10-01", alasanKode: "penetapan" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("INVALID_TRANSITION");
    expect(refused.json().fields[0]).toMatchObject({ field: "ke" });
    expect(refused.json().fields[0].message).toMatch(/graduasi.*aktif/);
    expect(await counts()).toEqual(before);

    // The other ways to stop: from calon, tervalidasi, aktif and ditangguhkan.
    const paths: [string, string[]][] = [
      ["PBI", []],
      ["PIP", ["tervalidasi"]],
      ["BST", ["tervalidasi", "aktif"]],
      ["RTLH", ["tervalidasi", "aktif", "ditangguhkan"]],
    ];
    const reason: Record<string, string> = {
      tervalidasi: "pertemuan_awal",
      aktif: "penetapan",
      ditangguhkan: "data_tidak_valid",
    };
    for (const [program, path] of paths) {
      const eid = (
        await enrol(tksk, family.id, {
          programCode: program,
          nikPengurus: family.kepala,
          tanggal: "2024-01-01",
        })
      ).json().enrolmentId as string;
      for (const ke of path) {
        expect(
          (await move(tksk, eid, { ke, tanggal: "2024-03-01", alasanKode: reason[ke] })).statusCode,
        ).toBe(201);
      }
      const stop = await move(tksk, eid, { ke: "dihentikan", tanggal: "2024-04-01", alasanKode: "pindah" });
      expect(stop.statusCode, `${program}: ${stop.body}`).toBe(201);
      expect(stop.json()).toMatchObject({ from: path.at(-1) ?? "calon", to: "dihentikan" });
    }
  });

  it("refuses a transition the table does not have, a wrong reason and a future or early date", async () => {
    const family = await makeCouple();
    const id = (
      await enrol(tksk, family.id, {
        programCode: "SEMBAKO",
        nikPengurus: family.istri,
        tanggal: "2024-01-01",
      })
    ).json().enrolmentId as string;
    const before = await counts();
    const skip = await move(tksk, id, { ke: "aktif", tanggal: "2024-02-01", alasanKode: "penetapan" });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().fields[0].message).toContain("calon");
    const wrongReason = await move(tksk, id, {
      ke: "tervalidasi",
      tanggal: "2024-02-01",
      alasanKode: "mandiri",
    });
    expect(wrongReason.statusCode).toBe(400);
    expect(wrongReason.json().fields.map((f: { field: string }) => f.field)).toEqual(["alasanKode"]);
    const future = await move(tksk, id, {
      ke: "tervalidasi",
      tanggal: "2999-01-01",
      alasanKode: "pertemuan_awal",
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().fields[0].field).toBe("tanggal");
    const early = await move(tksk, id, {
      ke: "tervalidasi",
      tanggal: "2023-12-01",
      alasanKode: "pertemuan_awal",
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().fields[0].field).toBe("tanggal");
    expect(await counts()).toEqual(before);
  });

  it("refuses an unknown family (404), programme or card holder, changing nothing", async () => {
    const family = await makeCouple();
    const other = await makeCouple();
    const before = await counts();
    const missing = await enrol(tksk, randomUUID(), { programCode: "SEMBAKO", nikPengurus: family.istri });
    expect(missing.statusCode).toBe(404);
    const program = await enrol(tksk, family.id, { programCode: "TIDAKADA", nikPengurus: family.istri });
    expect(program.statusCode).toBe(400);
    expect(program.json().fields[0].field).toBe("programCode");
    // A local programme of another kabupaten is not this family's to join.
    await t.database.db.execute(sql`INSERT INTO program (code, nama_id, nama_en, jenis, kab_code)
      VALUES ('KARTU_SAKTI', 'Kartu Sakti', 'Kartu Sakti', 'lokal', '35.16') ON CONFLICT DO NOTHING`);
    const local = await enrol(tksk, family.id, { programCode: "KARTU_SAKTI", nikPengurus: family.istri });
    expect(local.statusCode).toBe(400);
    expect(local.json().fields[0].field).toBe("programCode");
    const holder = await enrol(tksk, family.id, { programCode: "SEMBAKO", nikPengurus: other.istri });
    expect(holder.statusCode).toBe(400);
    expect(holder.json().fields[0].field).toBe("nikPengurus");
    expect(await counts()).toEqual(before);
  });

  it("refuses a second open Sembako enrolment with a clear reason, changing nothing", async () => {
    const family = await makeCouple();
    const first = await enrol(tksk, family.id, {
      programCode: "SEMBAKO",
      nikPengurus: family.istri,
      tanggal: "2024-01-01",
    });
    const id = first.json().enrolmentId as string;
    await move(tksk, id, { ke: "tervalidasi", tanggal: "2024-01-02", alasanKode: "pertemuan_awal" });
    await move(tksk, id, { ke: "aktif", tanggal: "2024-01-03", alasanKode: "penetapan" });
    const before = await counts();
    const second = await enrol(tksk, family.id, { programCode: "SEMBAKO", nikPengurus: family.kepala });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe("CONFLICT");
    expect(second.json().fields[0]).toMatchObject({ field: "programCode" });
    expect(second.json().fields[0].message).toContain(
      "sudah terdaftar di program SEMBAKO dengan status aktif",
    );
    tksk.language = "en";
    const english = await enrol(tksk, family.id, { programCode: "SEMBAKO", nikPengurus: family.kepala });
    tksk.language = "id";
    expect(english.json().fields[0].message).toContain("already enrolled in SEMBAKO");
    expect(await counts()).toEqual(before);
    // The partial unique index stands behind the check, for two requests racing each other.
    await expect(
      t.database.db.execute(sql`INSERT INTO enrolment (kab_code, program_code, no_kk, desa_code, nik_pengurus, status, sejak)
        VALUES ('35.17', 'SEMBAKO', ${family.noKk}, ${DESA}, ${family.kepala}, 'calon', '2024-01-01')`),
    ).rejects.toThrow();
  });

  it("refuses dihentikan → aktif without a reaktivasi rule and allows it once an admin adds one", async () => {
    const family = await makeCouple();
    const id = (
      await enrol(tksk, family.id, { programCode: "PKH", nikPengurus: family.istri, tanggal: "2024-01-01" })
    ).json().enrolmentId as string;
    await move(tksk, id, { ke: "dihentikan", tanggal: "2024-06-01", alasanKode: "tidak_memenuhi_syarat" });
    const today = new Date().toISOString().slice(0, 10);
    expect((await enrolmentsOf(family.id))[0]?.nextStates).toEqual([]);
    const refused = await move(tksk, id, { ke: "aktif", tanggal: today, alasanKode: "reaktivasi" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("INVALID_TRANSITION");
    expect(refused.json().fields[0].message).toContain("aturan reaktivasi");

    await t.database.db.execute(sql`INSERT INTO program_rule (program_code, rule, berlaku_mulai, value, note)
      VALUES ('PKH', 'reaktivasi', '2024-01-01', '{"diizinkan": true}', 'uji')`);
    expect((await enrolmentsOf(family.id))[0]?.nextStates).toEqual(["aktif"]);
    const allowed = await move(tksk, id, { ke: "aktif", tanggal: today, alasanKode: "reaktivasi" });
    expect(allowed.statusCode, allowed.body).toBe(201);
    expect(allowed.json()).toMatchObject({ from: "dihentikan", to: "aktif" });
  });

  it("stores a retried transition once and refuses a key reused for another change", async () => {
    const family = await makeCouple();
    const id = (
      await enrol(tksk, family.id, {
        programCode: "SEMBAKO",
        nikPengurus: family.istri,
        tanggal: "2024-01-01",
      })
    ).json().enrolmentId as string;
    const key = randomUUID();
    const body = { ke: "tervalidasi", tanggal: "2024-02-01", alasanKode: "pertemuan_awal" };
    const first = await move(tksk, id, body, key);
    expect(first.statusCode).toBe(201);
    expect(first.headers["idempotent-replayed"]).toBe("false");
    const before = await counts();
    const retry = await move(tksk, id, body, key);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json().transitionId).toBe(first.json().transitionId);
    expect(await counts()).toEqual(before);
    const reused = await move(tksk, id, { ...body, ke: "dihentikan", alasanKode: "pindah" }, key);
    expect(reused.statusCode).toBe(409);
    expect(reused.json().fields[0].field).toBe("headers.idempotency-key");
    const noKey = await tksk.post(`/api/enrolments/${id}/transitions`, body);
    expect(noKey.statusCode).toBe(400);
  });

  it("keeps enrolments of another area out of reach: 404, an access.denied row, absent from lists", async () => {
    const family = await makeCouple();
    const id = (
      await enrol(tksk, family.id, { programCode: "PIP", nikPengurus: family.istri, tanggal: "2024-01-01" })
    ).json().enrolmentId as string;
    const denied = async () =>
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access.denied' AND entity_id = ${id}`,
        )
      )[0]?.n;
    const response = await move(outsider, id, {
      ke: "tervalidasi",
      tanggal: "2024-02-01",
      alasanKode: "pertemuan_awal",
    });
    expect(response.statusCode).toBe(404);
    expect(await denied()).toBe(1);
    expect((await outsider.get(`/api/registry/families/${family.id}/enrolments`)).statusCode).toBe(404);
    expect((await outsider.get("/api/enrolments?program=PIP")).json().items).toEqual([]);
  });

  it("lists enrolments in keyset pages with masked No. KK and the head's and card holder's names", async () => {
    const family = await makeCouple("35.17.18.2004");
    await enrol(tksk, family.id, { programCode: "BST", nikPengurus: family.istri, tanggal: "2024-01-01" });
    const list = await tksk.get("/api/enrolments?program=BST&desa=35.17.18.2004&status=calon");
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        familyId: family.id,
        program: "BST",
        status: "calon",
        noKk: `${family.noKk.slice(0, 4)}••••••••${family.noKk.slice(-4)}`,
        namaKepala: expect.stringMatching(/^Kepala/),
        namaPengurus: expect.stringMatching(/^Istri/),
        desa: expect.objectContaining({ code: "35.17.18.2004" }),
      }),
    ]);
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const url: string = `/api/enrolments?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await tksk.get(url)).json() as { items: { id: string }[]; nextCursor: string | null };
      for (const item of page.items) seen.add(item.id);
      cursor = page.nextCursor;
    } while (cursor);
    const [total] = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM enrolment`,
    );
    expect(seen.size).toBe(total?.n);
    expect((await tksk.get("/api/enrolments?status=batal")).statusCode).toBe(400);
  });
});
