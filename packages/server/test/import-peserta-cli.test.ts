import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dbTargets } from "./db-targets.ts";
import { cliDatabaseForSuite, runKawal, TWO_FAMILIES_ANGGOTA } from "./import-test-kit.ts";

const good = `program,no_kk,nik_pengurus,status,sejak
SEMBAKO,3517180101200001,3517184505850001,aktif,2024-01-01
PKH,3517180101200002,3517184505850002,aktif,2024-01-01
`;
const bad = `program,no_kk,nik_pengurus,status,sejak
SEMBAKO,3517180101200002,3517184505850002,aktif,2024-01-01
SEMBAKO,3517180101209999,3517184505850002,aktif,2024-01-01
`;

describe.each(dbTargets)("kawal import peserta on $name", (target) => {
  let env: Record<string, string>;
  let dir: string;
  cliDatabaseForSuite(target, "kawal-peserta-cli-", {
    files: { "anggota.csv": TWO_FAMILIES_ANGGOTA, "baik.csv": good, "buruk.csv": bad },
    ready: (cli) => ({ env, dir } = cli),
  });

  beforeAll(async () => {
    const loaded = await runKawal(["import", "anggota", join(dir, "anggota.csv"), "--json"], env);
    expect(loaded.status, loaded.stderr).toBe(0);
  });

  it("exits 0 on a good file, and changes nothing the second time", async () => {
    const first = await runKawal(["import", "peserta", join(dir, "baik.csv"), "--json"], env);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      ok: true,
      status: "done",
      rows: 2,
      totals: { created: 2, transitioned: 0, updated: 0, unchanged: 0 },
    });
    const again = await runKawal(["import", "peserta", join(dir, "baik.csv"), "--json"], env);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).totals).toEqual({
      created: 0,
      transitioned: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it("exits 1 on a file with a bad row, naming it in the rejected file; --partial takes the rest", async () => {
    const rejectedPath = join(dir, "ditolak.csv");
    const refused = await runKawal(
      ["import", "peserta", join(dir, "buruk.csv"), "--rejected", rejectedPath, "--lang", "en"],
      env,
    );
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain("REJECTED");
    const text = readFileSync(rejectedPath, "utf8");
    expect(text.split("\n")[0]).toBe("program,no_kk,nik_pengurus,status,sejak,baris,kolom,alasan");
    expect(text).toContain("3,no_kk,The No. KK is not in the registry of your area");
    expect(text.trim().split("\n")).toHaveLength(2);

    const partial = await runKawal(["import", "peserta", join(dir, "buruk.csv"), "--partial", "--json"], env);
    expect(partial.status).toBe(0);
    expect(JSON.parse(partial.stdout)).toMatchObject({ accepted: 1, rejected: 1, totals: { created: 1 } });
    expect(existsSync(join(dir, "buruk.ditolak.csv"))).toBe(true);
  });

  it("exits 2 on misuse", async () => {
    expect((await runKawal(["import", "peserta", join(dir, "tidak-ada.csv")], env)).status).toBe(2);
    expect((await runKawal(["import", "peserta"], env)).status).toBe(2);
  });
});
