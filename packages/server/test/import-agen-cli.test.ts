import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dbTargets } from "./db-targets.ts";
import { cliDatabaseForSuite, runKawal } from "./import-test-kit.ts";

const good = `id_agen,nama,kode_desa,bank,lat,lon
EW-001,e-Warong Sumber Rejeki,35.17.18.2003,BRI,-7.54,112.23
EW-002,e-Warong Maju,3517182004,BNI,,
`;
const bad = `id_agen,nama,kode_desa,bank
EW-003,e-Warong Baru,35.17.18.2003,BRI
EW-004,e-Warong Jauh,35.17.99.2999,BRI
`;

describe.each(dbTargets)("kawal import agen on $name", (target) => {
  let env: Record<string, string>;
  let dir: string;
  cliDatabaseForSuite(target, "kawal-agen-cli-", {
    files: { "baik.csv": good, "buruk.csv": bad },
    ready: (cli) => ({ env, dir } = cli),
  });

  it("exits 0 on a good file, and changes nothing the second time", async () => {
    const first = await runKawal(["import", "agen", join(dir, "baik.csv"), "--json"], env);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      ok: true,
      status: "done",
      rows: 2,
      totals: { created: 2, updated: 0, unchanged: 0 },
    });
    const again = await runKawal(["import", "agen", join(dir, "baik.csv"), "--json"], env);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).totals).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it("exits 1 on a file with a bad row, naming it; --partial takes the rest", async () => {
    const rejectedPath = join(dir, "ditolak.csv");
    const refused = await runKawal(
      ["import", "agen", join(dir, "buruk.csv"), "--rejected", rejectedPath, "--lang", "en"],
      env,
    );
    expect(refused.status).toBe(1);
    const text = readFileSync(rejectedPath, "utf8");
    expect(text.split("\n")[0]).toBe("id_agen,nama,kode_desa,bank,baris,kolom,alasan");
    expect(text).toContain("3,kode_desa,Unknown desa code");
    expect(text.trim().split("\n")).toHaveLength(2);
    const partial = await runKawal(["import", "agen", join(dir, "buruk.csv"), "--partial", "--json"], env);
    expect(partial.status).toBe(0);
    expect(JSON.parse(partial.stdout)).toMatchObject({ accepted: 1, rejected: 1, totals: { created: 1 } });
    expect(existsSync(join(dir, "buruk.ditolak.csv"))).toBe(true);
  });

  it("exits 2 on misuse", async () => {
    expect((await runKawal(["import", "agen", join(dir, "tidak-ada.csv")], env)).status).toBe(2);
    expect((await runKawal(["import", "agen"], env)).status).toBe(2);
  });
});
