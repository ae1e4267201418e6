import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dbTargets } from "./db-targets.ts";
import { cliDatabaseForSuite, runKawal, TWO_FAMILIES_ANGGOTA } from "./import-test-kit.ts";

/** One file kind's answers to the command-line contract every `kawal import <kind>` keeps. */
export interface TCliImportCase {
  kind: string;
  /** A file of two good rows, and one whose second row is refused. */
  good: string;
  bad: string;
  /** The two families of `TWO_FAMILIES_ANGGOTA` are imported first (the rows point at them). */
  needsRegistry: boolean;
  /** `totals` of the first import of `good`, and of the second (which changes nothing). */
  firstTotals: Record<string, number>;
  againTotals: Record<string, number>;
  /** The rejected file's header, and the line that names the refused row (in English). */
  rejectedHeader: string;
  rejectedLine: string;
}

/**
 * `kawal import <kind>`: exits 0 on a good file and changes nothing the second time, exits 1 on a file
 * with a bad row naming it in the rejected file (`--partial` takes the rest), exits 2 on misuse.
 */
export function describeCliImport(c: TCliImportCase): void {
  describe.each(dbTargets)(`kawal import ${c.kind} on $name`, (target) => {
    let env: Record<string, string>;
    let dir: string;
    const registry: Record<string, string> = c.needsRegistry ? { "anggota.csv": TWO_FAMILIES_ANGGOTA } : {};
    cliDatabaseForSuite(target, `kawal-${c.kind}-cli-`, {
      files: { ...registry, "baik.csv": c.good, "buruk.csv": c.bad },
      ready: (cli) => ({ env, dir } = cli),
    });
    const kawalImport = (file: string, ...options: string[]) =>
      runKawal(["import", c.kind, join(dir, file), ...options], env);

    beforeAll(async () => {
      if (!c.needsRegistry) return;
      const loaded = await runKawal(["import", "anggota", join(dir, "anggota.csv"), "--json"], env);
      expect(loaded.status, loaded.stderr).toBe(0);
    });

    it("exits 0 on a good file, and changes nothing the second time", async () => {
      const first = await kawalImport("baik.csv", "--json");
      expect(first.status, first.stderr).toBe(0);
      expect(JSON.parse(first.stdout)).toMatchObject({
        ok: true,
        status: "done",
        rows: 2,
        totals: c.firstTotals,
      });
      const again = await kawalImport("baik.csv", "--json");
      expect(again.status).toBe(0);
      expect(JSON.parse(again.stdout).totals).toEqual(c.againTotals);
    });

    it("exits 1 on a file with a bad row, naming it in the rejected file; --partial takes the rest", async () => {
      const rejectedPath = join(dir, "ditolak.csv");
      const refused = await kawalImport("buruk.csv", "--rejected", rejectedPath, "--lang", "en");
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain("REJECTED");
      const text = readFileSync(rejectedPath, "utf8");
      expect(text.split("\n")[0]).toBe(c.rejectedHeader);
      expect(text).toContain(c.rejectedLine);
      expect(text.trim().split("\n")).toHaveLength(2);

      const partial = await kawalImport("buruk.csv", "--partial", "--json");
      expect(partial.status).toBe(0);
      expect(JSON.parse(partial.stdout)).toMatchObject({ accepted: 1, rejected: 1, totals: { created: 1 } });
      expect(existsSync(join(dir, "buruk.ditolak.csv"))).toBe(true);
    });

    it("exits 2 on misuse", async () => {
      expect((await kawalImport("tidak-ada.csv")).status).toBe(2);
      expect((await runKawal(["import", c.kind], env)).status).toBe(2);
    });
  });
}
