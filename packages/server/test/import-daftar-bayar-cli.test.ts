import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbTargets } from "./db-targets.ts";

const kawal = fileURLToPath(new URL("../bin/kawal.js", import.meta.url));

/** Runs the command without blocking the test worker (a blocked worker misses its own heartbeats). */
function run(args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [kawal, ...args], {
      env: { ...process.env, DATABASE_URL: "", KAWAL_DATA: "", ...env },
      timeout: 180_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

// Two families of Kecamatan Bandarkedungmulyo: a head and a wife each.
const anggota = `no_kk,nik,nama,hubungan,jenis_kelamin,tanggal_lahir,kode_desa
3517180101200001,3517180101800001,Slamet,kepala,L,1980-01-01,35.17.18.2003
3517180101200001,3517184505850001,Siti,istri,P,1985-05-05,35.17.18.2003
3517180101200002,3517180101800002,Joko,kepala,L,1980-01-01,35.17.18.2004
3517180101200002,3517184505850002,Sri,istri,P,1985-05-05,35.17.18.2004
`;
const good = `periode,program,no_kk,nik_pengurus,nominal,no_kks,bank,tahap
2025-03,SEMBAKO,3517180101200001,3517184505850001,200000,6019001234567801,BRI,
2025-04,PKH,3517180101200002,3517184505850002,Rp750.000,6019001234567802,bni,1
`;
const bad = `periode,program,no_kk,nik_pengurus,nominal,no_kks,bank,tahap
2025-03,SEMBAKO,3517180101200002,3517184505850002,200000,6019001234567802,BRI,
2025-03,SEMBAKO,3517180101209999,3517184505850002,200000,6019001234567803,BRI,
`;

describe.each(dbTargets)("kawal import daftar_bayar on $name", (target) => {
  let env: Record<string, string>;
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kawal-daftar-cli-"));
    if (target.name === "pglite") {
      env = { KAWAL_DATA: join(dir, "data") };
      cleanup = async () => {};
    } else {
      const opened = await target.open();
      await opened.database.close();
      env = { DATABASE_URL: opened.url ?? "" };
      cleanup = opened.drop;
    }
    writeFileSync(join(dir, "anggota.csv"), anggota);
    writeFileSync(join(dir, "baik.csv"), good);
    writeFileSync(join(dir, "buruk.csv"), bad);
    const loaded = await run(["import", "anggota", join(dir, "anggota.csv"), "--json"], env);
    expect(loaded.status, loaded.stderr).toBe(0);
  });
  afterAll(async () => {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("exits 0 on a good file, and changes nothing the second time", async () => {
    const first = await run(["import", "daftar_bayar", join(dir, "baik.csv"), "--json"], env);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      ok: true,
      status: "done",
      rows: 2,
      totals: { created: 2, updated: 0, unchanged: 0, nominalDiffers: 0, openedPeriods: 2 },
    });
    const again = await run(["import", "daftar_bayar", join(dir, "baik.csv"), "--json"], env);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).totals).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
      nominalDiffers: 0,
      openedPeriods: 0,
    });
  });

  it("exits 1 on a file with a bad row, naming it in the rejected file; --partial takes the rest", async () => {
    const rejectedPath = join(dir, "ditolak.csv");
    const refused = await run(
      ["import", "daftar_bayar", join(dir, "buruk.csv"), "--rejected", rejectedPath, "--lang", "en"],
      env,
    );
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain("REJECTED");
    const text = readFileSync(rejectedPath, "utf8");
    expect(text.split("\n")[0]).toBe(
      "periode,program,no_kk,nik_pengurus,nominal,no_kks,bank,tahap,baris,kolom,alasan",
    );
    expect(text).toContain("3,no_kk,The No. KK is not in the registry of your area");
    expect(text.trim().split("\n")).toHaveLength(2);

    const partial = await run(["import", "daftar_bayar", join(dir, "buruk.csv"), "--partial", "--json"], env);
    expect(partial.status).toBe(0);
    expect(JSON.parse(partial.stdout)).toMatchObject({ accepted: 1, rejected: 1, totals: { created: 1 } });
    expect(existsSync(join(dir, "buruk.ditolak.csv"))).toBe(true);
  });

  it("exits 2 on misuse", async () => {
    expect((await run(["import", "daftar_bayar", join(dir, "tidak-ada.csv")], env)).status).toBe(2);
    expect((await run(["import", "daftar_bayar"], env)).status).toBe(2);
  });
});
