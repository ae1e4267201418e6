import { randomUUID } from "node:crypto";
import { latestLocalDate } from "@kawal/core";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { makeHousehold, nikFor, type THouseholdMember } from "./factories/index.ts";
import { DESA, DESA_2 as OTHER_DESA } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

describe("latestLocalDate", () => {
  it("is today in eastern Indonesia (UTC+9)", () => {
    expect(latestLocalDate(new Date("2025-03-10T14:59:59Z"))).toBe("2025-03-10");
    expect(latestLocalDate(new Date("2025-03-10T15:00:00Z"))).toBe("2025-03-11");
  });
});

describe.each(dbTargets)("life events on $name", (target) => {
  const t = testAppForSuite(target);
  let tksk: TestClient & { userId: string };

  const household = (): THouseholdMember[] => [
    { nama: "Slamet Riyadi", hubungan: "kepala", jenisKelamin: "L", tanggalLahir: "1980-01-01" },
    { nama: "Siti Aminah", hubungan: "istri", jenisKelamin: "P", tanggalLahir: "1985-05-05" },
    {
      nama: "Budi Santoso",
      hubungan: "anak",
      jenisKelamin: "L",
      tanggalLahir: "2012-03-12",
      pendidikan: "SD",
    },
  ];

  const send = (client: TestClient, familyId: string, body: unknown, key: string = randomUUID()) =>
    client.post(`/api/registry/families/${familyId}/events`, body, { "idempotency-key": key });

  /** Everything a life event may change: the members, the events, the audit rows of events. */
  const snapshot = async () =>
    (
      await queryRows<{ members: string; events: number; audits: number }>(
        t.database.db,
        sql`SELECT (SELECT md5(string_agg(a::text, '|' ORDER BY a.kab_code, a.nik)) FROM anggota a) AS members,
                   (SELECT count(*)::int FROM registry_event) AS events,
                   (SELECT count(*)::int FROM audit_log WHERE action = 'registry.event') AS audits`,
      )
    )[0];

  const member = async (nik: string) =>
    (
      await queryRows<{ status: string; pendidikan: string | null; hamil: boolean | null }>(
        t.database.db,
        sql`SELECT status, pendidikan, hamil FROM anggota WHERE nik = ${nik}`,
      )
    )[0];

  beforeAll(async () => {
    tksk = await t.clientAs("tksk", ["35.17.18"]);
  });

  it("records a birth: the member appears, the event is in the history, an audit row is written", async () => {
    const family = await makeHousehold(t.database.db, DESA, household());
    const nik = nikFor("2024-06-15", "P");
    const response = await send(tksk, family.id, {
      kind: "kelahiran",
      nik,
      nama: "  Dewi   Lestari ",
      jenisKelamin: "P",
      tanggalLahir: "2024-06-15",
      catatan: "lahir di puskesmas",
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.kind).toBe("kelahiran");
    expect(body.eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.family.id).toBe(family.id);
    expect(body.family.members).toContainEqual(
      expect.objectContaining({
        nik,
        nama: "Dewi Lestari",
        hubungan: "anak",
        jenisKelamin: "P",
        status: "aktif",
      }),
    );
    expect(body.family.history[0]).toMatchObject({
      kind: "kelahiran",
      nik,
      occurredOn: "2024-06-15",
      recordedBy: expect.stringMatching(/^tksk-/),
      data: { catatan: "lahir di puskesmas", changes: { nama: { before: null, after: "Dewi Lestari" } } },
    });
    const [event] = await queryRows<{ recorded_by: string; evidence_key: string | null; key: string }>(
      t.database.db,
      sql`SELECT recorded_by, evidence_key, data->>'idempotencyKey' AS key FROM registry_event WHERE id = ${body.eventId}`,
    );
    expect(event).toMatchObject({ recorded_by: tksk.userId, evidence_key: null });
    const audits = await queryRows<{ wilayah_code: string; actor_id: string; data: { nik: string } }>(
      t.database.db,
      sql`SELECT wilayah_code, actor_id, data FROM audit_log
          WHERE action = 'registry.event' AND entity_id = ${family.id} AND data->>'eventId' = ${body.eventId}`,
    );
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ wilayah_code: DESA, actor_id: tksk.userId });
    expect(audits[0]?.data.nik).toMatch(/^3517•{8}\d{4}$/);
  });

  it("records a birth without a NIK under a provisional number", async () => {
    const family = await makeHousehold(t.database.db, DESA, household());
    const response = await send(tksk, family.id, {
      kind: "kelahiran",
      nama: "Bayi Siti",
      jenisKelamin: "L",
      tanggalLahir: "2025-01-02",
      hubungan: "cucu",
    });
    expect(response.statusCode, response.body).toBe(201);
    const baby = response.json().family.members.find((m: { nama: string }) => m.nama === "Bayi Siti");
    expect(baby).toMatchObject({ hubungan: "cucu", status: "aktif" });
    expect(baby.nik).toMatch(/^LAHIR[0-9A-F]{11}$/);
    // The provisional number names the member in later events.
    const school = await send(tksk, family.id, {
      kind: "disabilitas",
      nik: baby.nik,
      occurredOn: "2025-02-01",
      disabilitas: true,
    });
    expect(school.statusCode, school.body).toBe(201);
  });

  it("records a death (the head stays recorded, the family keeps its members) and a school change", async () => {
    const family = await makeHousehold(t.database.db, DESA, household());
    const head = family.niks["Slamet Riyadi"] ?? "";
    const child = family.niks["Budi Santoso"] ?? "";
    const death = await send(tksk, family.id, { kind: "kematian", nik: head, occurredOn: "2025-01-10" });
    expect(death.statusCode, death.body).toBe(201);
    const members = death.json().family.members as { nik: string; status: string; hubungan: string }[];
    expect(members.find((m) => m.nik === head)).toMatchObject({ hubungan: "kepala", status: "meninggal" });
    expect(members.filter((m) => m.status === "aktif")).toHaveLength(2);

    const school = await send(tksk, family.id, {
      kind: "sekolah",
      nik: child,
      occurredOn: "2025-07-14",
      pendidikan: "SMP",
    });
    expect(school.statusCode, school.body).toBe(201);
    expect(await member(child)).toMatchObject({ pendidikan: "SMP", status: "aktif" });
    const history = school.json().family.history as { kind: string; data: unknown }[];
    expect(history.map((e) => e.kind)).toEqual(["sekolah", "kematian"]);
    expect(history[0]?.data).toMatchObject({ changes: { pendidikan: { before: "SD", after: "SMP" } } });
    expect(history[1]?.data).toMatchObject({ changes: { status: { before: "aktif", after: "meninggal" } } });

    // A member who died has no further life events.
    const before = await snapshot();
    const again = await send(tksk, family.id, {
      kind: "sekolah",
      nik: head,
      occurredOn: "2025-07-14",
      pendidikan: "SMA",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "INVALID_TRANSITION", fields: [{ field: "nik" }] });
    expect(await snapshot()).toEqual(before);
  });

  it("records a move with its destination, and refuses a destination that is not a desa", async () => {
    const family = await makeHousehold(t.database.db, DESA, household());
    const child = family.niks["Budi Santoso"] ?? "";
    const before = await snapshot();
    const bad = await send(tksk, family.id, {
      kind: "pindah",
      nik: child,
      occurredOn: "2025-03-01",
      tujuanDesa: "35.17.17",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe("tujuanDesa");
    expect(await snapshot()).toEqual(before);
    const moved = await send(tksk, family.id, {
      kind: "pindah",
      nik: child,
      occurredOn: "2025-03-01",
      tujuanDesa: "3517172002",
    });
    expect(moved.statusCode, moved.body).toBe(201);
    expect(await member(child)).toMatchObject({ status: "pindah" });
    expect(moved.json().family.history[0].data).toMatchObject({ tujuanDesa: "35.17.17.2002" });
  });

  it("stores a retried request once: the same Idempotency-Key returns the first result", async () => {
    const family = await makeHousehold(t.database.db, DESA, household());
    const key = randomUUID();
    const body = {
      kind: "disabilitas",
      nik: family.niks["Siti Aminah"],
      occurredOn: "2025-02-02",
      disabilitas: true,
    };
    const first = await send(tksk, family.id, body, key);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers["idempotent-replayed"]).toBe("false");
    const before = await snapshot();
    const retry = await send(tksk, family.id, body, key);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json().eventId).toBe(first.json().eventId);
    expect(await snapshot()).toEqual(before);
    // The same key for a different event is a client error, not a silent replay.
    const reused = await send(tksk, family.id, { ...body, disabilitas: false }, key);
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: "CONFLICT", fields: [{ field: "headers.idempotency-key" }] });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to mark a man pregnant, naming the field; records and ends a woman's pregnancy", async () => {
    const family = await makeHousehold(t.database.db, DESA, household());
    const before = await snapshot();
    const man = await send(tksk, family.id, {
      kind: "hamil",
      nik: family.niks["Slamet Riyadi"],
      occurredOn: "2025-04-01",
    });
    expect(man.statusCode).toBe(400);
    expect(man.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(man.json()).toMatchObject({ code: "VALIDATION", fields: [{ field: "nik" }] });
    expect(man.body).not.toContain(family.niks["Slamet Riyadi"]);
    expect(await snapshot()).toEqual(before);

    const wife = family.niks["Siti Aminah"] ?? "";
    expect(
      (await send(tksk, family.id, { kind: "hamil", nik: wife, occurredOn: "2025-04-01" })).statusCode,
    ).toBe(201);
    expect(await member(wife)).toMatchObject({ hamil: true });
    const twice = await send(tksk, family.id, { kind: "hamil", nik: wife, occurredOn: "2025-04-02" });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("INVALID_TRANSITION");
    const ended = await send(tksk, family.id, { kind: "hamil_selesai", nik: wife, occurredOn: "2025-12-20" });
    expect(ended.statusCode, ended.body).toBe(201);
    expect(await member(wife)).toMatchObject({ hamil: false });
  });

  it("refuses a member of another family, and a birth whose NIK is taken or disagrees", async () => {
    const family = await makeHousehold(t.database.db, DESA, household());
    const other = await makeHousehold(t.database.db, DESA, household());
    const before = await snapshot();
    const foreign = await send(tksk, family.id, {
      kind: "kematian",
      nik: other.niks["Slamet Riyadi"],
      occurredOn: "2025-01-01",
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ code: "VALIDATION", fields: [{ field: "nik" }] });

    const taken = await send(tksk, family.id, {
      kind: "kelahiran",
      nik: other.niks["Budi Santoso"],
      nama: "Anak Kembar",
      jenisKelamin: "L",
      tanggalLahir: "2012-03-12",
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: "CONFLICT", fields: [{ field: "nik" }] });

    const wrongSex = await send(tksk, family.id, {
      kind: "kelahiran",
      nik: nikFor("2024-02-02", "L"),
      nama: "Anak Salah",
      jenisKelamin: "P",
      tanggalLahir: "2024-02-02",
    });
    expect(wrongSex.statusCode).toBe(400);
    expect(wrongSex.json().fields[0].field).toBe("jenisKelamin");
    expect(await snapshot()).toEqual(before);
  });

  it("answers 404 and audits a PSM of another desa; a PSM of the desa records with numbers masked", async () => {
    const family = await makeHousehold(t.database.db, DESA, household());
    const body = {
      kind: "sekolah",
      nik: family.niks["Budi Santoso"],
      occurredOn: "2025-07-14",
      pendidikan: "SMP",
    };
    const before = await snapshot();
    const outsider = await t.clientAs("psm", [OTHER_DESA]);
    const denied = await send(outsider, family.id, body);
    expect(denied.statusCode).toBe(404);
    expect(denied.json().code).toBe("NOT_FOUND");
    const audits = await queryRows(
      t.database.db,
      sql`SELECT 1 FROM audit_log WHERE action = 'access.denied' AND entity_id = ${family.id}`,
    );
    expect(audits).toHaveLength(1);
    expect(await snapshot()).toEqual(before);

    const local = await t.clientAs("psm", [DESA]);
    const recorded = await send(local, family.id, body);
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json().family.numbersMasked).toBe(true);
    expect(recorded.json().family.history[0].nik).toMatch(/•/);
  });

  it("refuses bad requests with 400 problem+json and changes nothing", async () => {
    const family = await makeHousehold(t.database.db, DESA, household());
    const nik = family.niks["Budi Santoso"];
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const before = await snapshot();
    const cases: { body: unknown; headers?: Record<string, string>; field: RegExp }[] = [
      { body: { kind: "menikah", nik, occurredOn: "2025-01-01" }, field: /kind/ },
      { body: { kind: "kematian", nik, occurredOn: future }, field: /^occurredOn$/ },
      {
        body: { kind: "kelahiran", nama: "Belum Lahir", jenisKelamin: "L", tanggalLahir: future },
        field: /^tanggalLahir$/,
      },
      { body: { kind: "kematian", nik, occurredOn: "2025-01-01", sebab: "sakit" }, field: /sebab/ },
      { body: { kind: "kematian", nik, occurredOn: "2025-13-01" }, field: /occurredOn/ },
      { body: { kind: "kematian", nik, occurredOn: "2001-01-01" }, field: /^occurredOn$/ },
      { body: { kind: "kematian", nik: "12345", occurredOn: "2025-01-01" }, field: /nik/ },
      { body: { kind: "hamil", nik, occurredOn: "2025-01-01" }, headers: {}, field: /idempotency-key/ },
      {
        body: { kind: "hamil", nik, occurredOn: "2025-01-01" },
        headers: { "idempotency-key": "satu" },
        field: /idempotency-key/,
      },
    ];
    for (const c of cases) {
      const url = `/api/registry/families/${family.id}/events`;
      const response = c.headers
        ? await tksk.post(url, c.body, c.headers)
        : await send(tksk, family.id, c.body);
      const label = JSON.stringify(c.body);
      expect(response.statusCode, `${label}: ${response.body}`).toBe(400);
      expect(response.headers["content-type"], label).toMatch(/^application\/problem\+json/);
      expect(response.json().code, label).toBe("VALIDATION");
      expect(
        (response.json().fields as { field: string }[]).some((f) => c.field.test(f.field)),
        `${label}: ${response.body}`,
      ).toBe(true);
      expect(response.body, label).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses roles without the permission", async () => {
    const family = await makeHousehold(t.database.db, DESA, household());
    const before = await snapshot();
    const tikor = await t.clientAs("tikor", ["35.17.18"]);
    const response = await send(tikor, family.id, {
      kind: "kematian",
      nik: family.niks["Slamet Riyadi"],
      occurredOn: "2025-01-01",
    });
    expect(response.statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});
