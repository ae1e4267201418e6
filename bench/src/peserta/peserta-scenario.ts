import { openDatabase, type TDatabase } from "@kawal/server/bench";
import { serverUnavailable } from "../entitlement/bench-psql.ts";
import { familyFiles } from "../entitlement/family-files.ts";
import { analyze, copyFamilyFiles, openServerDatabase } from "../overlap/copy-family-files.ts";
import { measurement, type TMeasurement, type TScenario } from "../scenario.ts";
import { importKinds, measurePeserta } from "./measure-peserta.ts";
import { pesertaFiles } from "./peserta-files.ts";

const labels = {
  baru: "new file",
  ulang: "same file again (no change)",
  tangguh: "file of state changes",
} as const;

/**
 * `peserta`: importing programme membership (docs/formats.md §2 `peserta`) on a registry of 100,000 members
 * (`--members N`), on PostgreSQL and PGlite: a new file (Sembako for every family, PKH for every second
 * one), the same file again, and a file suspending every third Sembako enrolment, against a bare COPY
 * of the same file. Every run starts from a new database holding the registry only.
 */
export const pesertaScenario: TScenario = {
  name: "peserta",
  description: "impor peserta / peserta import (PostgreSQL, PGlite vs bare COPY)",
  async run({ runs, members, log }) {
    const size = members ?? 100_000;
    log(`menyiapkan berkas / preparing a registry of ${size} members`);
    const registry = await familyFiles(size, "members");
    const files = await pesertaFiles(registry.anggota);
    log(`${files.families} families; files of ${files.rows.baru} and ${files.rows.tangguh} rows`);
    const measurements: TMeasurement[] = [];
    const skipped: string[] = [];
    const measureOn = async (on: string, open: () => Promise<{ database: TDatabase; drop(): void }>) => {
      const m = (key: string, label: string, unit: TMeasurement["unit"]): TMeasurement => {
        const made = measurement(`${on}-${key}`, `${on}: ${label}`, unit);
        measurements.push(made);
        return made;
      };
      const rows = { baru: files.rows.baru, ulang: files.rows.baru, tangguh: files.rows.tangguh };
      const byKind = Object.fromEntries(
        importKinds.map((kind) => [
          kind,
          {
            floor: m(`${kind}-floor`, `bare COPY, ${labels[kind]}`, "s"),
            kawal: m(`${kind}`, `Kawal import, ${labels[kind]} (${rows[kind]} rows)`, "s"),
            ratio: m(`${kind}-ratio`, `Kawal / bare COPY, ${labels[kind]}`, "x"),
          },
        ]),
      );
      const load = m("load", "setup: registry by COPY (not measured work)", "s");
      for (let run = 1; run <= runs; run++) {
        const { database, drop } = await open();
        try {
          const loaded = await copyFamilyFiles(database, registry);
          await analyze(database);
          load.values.push(loaded);
          const times = await measurePeserta(database, files);
          for (const kind of importKinds) {
            const t = times[kind];
            const target = byKind[kind];
            target?.floor.values.push(t.floor);
            target?.kawal.values.push(t.kawal);
            target?.ratio.values.push(t.kawal / t.floor);
          }
          log(
            `${on} run ${run}: ${importKinds.map((k) => `${k} ${times[k].kawal.toFixed(2)} s (COPY ${times[k].floor.toFixed(2)})`).join(", ")}`,
          );
        } finally {
          await database.close();
          drop();
        }
      }
    };
    const unavailable = serverUnavailable();
    if (unavailable) skipped.push(`PostgreSQL: ${unavailable}`);
    else {
      await measureOn("PostgreSQL", openServerDatabase);
    }
    await measureOn("PGlite", async () => ({
      database: await openDatabase({ dataDir: null }),
      drop: () => {},
    }));
    return { measurements, skipped };
  },
};
