import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Access by construction: the scope layer (`src/scope/`) is the one place that compares region codes
 * with an actor's scope or with a region. Elsewhere a use case asks it (`inScope`, `inRegion`,
 * `kabupatenInScope`, `findRegionInScope`, `findOwnRecord`, …) instead of writing the filter by hand,
 * so every list and every check answers the same way.
 */
const handBuilt: { rule: string; pattern: RegExp }[] = [
  { rule: "a region prefix built in SQL (`code LIKE scope || '.%'`)", pattern: /\|\|\s*'\.%'/ },
  { rule: "a region prefix built in a template (a code then `.%`)", pattern: /\.%`/ },
  { rule: "a list of region prefixes (`LIKE ANY`)", pattern: /LIKE ANY/ },
  {
    rule: "the actor's scope codes read to decide access",
    pattern: /\bactor\.scopes\.(includes|some|every|filter|flatMap|find|indexOf)\(/,
  },
  { rule: "the actor's scope widened to kabupaten by hand", pattern: /scopes\.map\([^;]*kabupatenCodeOf/ },
  { rule: "the national scope spelled out (`'ID'`)", pattern: /=\s*'ID'|\(\s*"ID"\s*\)/ },
];

const sourceRoot = join(import.meta.dirname, "..", "src");
const scopeFolder = join(sourceRoot, "scope");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return path === scopeFolder ? [] : sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Each line of `text` that builds a region filter by hand, as `where: rule`. */
function handBuiltFilters(where: string, text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, index) =>
      handBuilt
        .filter(({ pattern }) => pattern.test(line))
        .map(({ rule }) => `${where}:${index + 1}: ${rule}`),
    );
}

describe("access by construction", () => {
  it("recognises each way a region filter is written by hand", () => {
    const samples = [
      "AND (s.wilayah_code = 'ID' OR d.code LIKE s.wilayah_code || '.%')",
      "const kecamatan = `35.17.18.%`;",
      "kab_code LIKE ANY (ARRAY[:provinces])",
      "if (actor.scopes.includes(NATIONAL_SCOPE)) return sql`TRUE`;",
      'job.createdBy !== actor.userId && !actor.scopes.includes("ID")',
      "const kabupaten = { ...actor, scopes: actor.scopes.map((s) => kabupatenCodeOf(s) ?? s) };",
    ];
    for (const sample of samples) expect(handBuiltFilters("sample", sample), sample).not.toEqual([]);
    // What the scope layer hands out is not a filter by hand.
    expect(
      handBuiltFilters("sample", "WHERE inScope(actor, sql`u.desa_code`) AND inRegion(column, code)"),
    ).toEqual([]);
  });

  it("finds no region filter built by hand outside the scope layer", () => {
    const files = sourceFiles(sourceRoot);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((path) =>
      handBuiltFilters(relative(sourceRoot, path), readFileSync(path, "utf8")),
    );
    expect(found).toEqual([]);
  });
});
