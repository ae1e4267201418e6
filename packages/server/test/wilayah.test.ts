import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { loadWilayah } from "../src/wilayah/load-wilayah.ts";
import { dbTargets } from "./db-targets.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

describe.each(dbTargets)("wilayah on $name", (target) => {
  const t = testAppForSuite(target);
  let client: TestClient;
  beforeAll(async () => {
    client = await t.clientAs("psm", ["35.17.18.2002"]);
  });

  it("loads every level of idn-area-data once", async () => {
    const counts = await queryRows<{ level: number; n: number }>(
      t.database.db,
      sql`SELECT level, count(*)::int AS n FROM wilayah GROUP BY level ORDER BY level`,
    );
    expect(counts.map((c) => c.level)).toEqual([1, 2, 3, 4]);
    expect(counts[0]?.n).toBe(38);
    expect(counts[1]?.n).toBe(514);
    expect(counts[2]?.n).toBeGreaterThan(7_200);
    expect(counts[3]?.n).toBeGreaterThan(83_000);
    expect(await loadWilayah(t.database)).toEqual({ loaded: 0 });
  });

  it("browses province → kabupaten → kecamatan → desa", async () => {
    const provinces = (await client.get("/api/wilayah")).json().items;
    expect(provinces.find((p: { code: string }) => p.code === "35")).toMatchObject({
      name: "Jawa Timur",
      level: "provinsi",
    });
    const kab = (await client.get("/api/wilayah?parent=35")).json().items;
    expect(kab.find((k: { code: string }) => k.code === "35.17")).toMatchObject({
      name: "Kabupaten Jombang",
      level: "kabupaten",
    });
    const desa = (await client.get("/api/wilayah?parent=351718")).json().items;
    expect(desa).toHaveLength(11);
    expect(desa.map((d: { name: string }) => d.name)).toContain("Mojokambang");
    const detail = (await client.get("/api/wilayah/35.17.18.2002")).json();
    expect(detail).toMatchObject({ name: "Mojokambang", level: "desa", childCount: 0 });
    expect(detail.path.map((p: { name: string }) => p.name)).toEqual([
      "Jawa Timur",
      "Kabupaten Jombang",
      "Bandarkedungmulyo",
    ]);
  });

  it("searches by name with the path of each hit", async () => {
    const hits = (await client.get("/api/wilayah/search?q=bandarkedung")).json().items;
    expect(hits[0]).toMatchObject({ code: "35.17.18", level: "kecamatan" });
    const desa = (await client.get("/api/wilayah/search?q=kedung&level=desa&within=35.17&limit=50")).json()
      .items;
    expect(desa.length).toBeGreaterThan(0);
    for (const d of desa) {
      expect(d.level).toBe("desa");
      expect(d.code.startsWith("35.17.")).toBe(true);
      expect(d.name.toLowerCase()).toContain("kedung");
      expect(d.path).toHaveLength(3);
    }
    // LIKE wildcards in the query are taken literally.
    expect((await client.get("/api/wilayah/search?q=%25%25")).json().items).toEqual([]);
  });

  it("rejects a malformed code and answers 404 for an unknown one", async () => {
    const bad = await client.get("/api/wilayah/35-17");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe("params.code");
    expect((await client.get("/api/wilayah/35.17.99")).statusCode).toBe(404);
  });
});
