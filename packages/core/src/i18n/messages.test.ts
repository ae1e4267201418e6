import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ZPassword } from "../auth/user-schemas.ts";
import { errorCatalog } from "../errors/error-catalog.ts";
import { textIn } from "./bilingual.ts";
import { schemaMessage, schemaMessageIn, schemaMessageOf } from "./schema-message.ts";

const sourceRoot = join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const lines = (text: string) => text.split("\n").length - 1;

/** The text literals of a source (strings and templates) with their line; comments are skipped. */
function textLiterals(source: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    let end = i + 1;
    if (c === "/" && next === "/")
      end = source.indexOf("\n", i) < 0 ? source.length : source.indexOf("\n", i);
    else if (c === "/" && next === "*") end = source.indexOf("*/", i + 2) + 2;
    else if (c === '"' || c === "'" || c === "`") {
      while (end < source.length && source[end] !== c) end += source[end] === "\\" ? 2 : 1;
      end += 1;
      found.push({ line, text: source.slice(i, end) });
    }
    line += lines(source.slice(i, end));
    i = end;
  }
  return found;
}

/** Every text literal of a file that holds " / " between two words. */
function slashJoinedTexts(path: string): string[] {
  return textLiterals(readFileSync(path, "utf8"))
    .filter(({ text }) => /\S \/ \S/.test(text))
    .map(({ line, text }) => `${relative(sourceRoot, path)}:${line}: ${text}`);
}

describe("one bilingual message form", () => {
  it("no text in core joins two languages with ' / ': each message is a { id, en } pair", () => {
    expect(sourceFiles(sourceRoot).flatMap(slashJoinedTexts)).toEqual([]);
  });

  it("a schema's message is its Indonesian text, and its English is found from it", () => {
    const message = ZPassword.safeParse("pendek").error?.issues[0]?.message ?? "";
    expect(message).toBe("minimal 10 karakter");
    expect(schemaMessageIn(message, "id")).toBe("minimal 10 karakter");
    expect(schemaMessageIn(message, "en")).toBe("at least 10 characters");
    expect(schemaMessageOf(message)).toEqual({ id: "minimal 10 karakter", en: "at least 10 characters" });
  });

  it("a text that is not a schema's own message is left as it is", () => {
    expect(schemaMessageOf("Too small: expected string to have >=3 characters")).toBeUndefined();
    expect(schemaMessageIn("Too small: expected string to have >=3 characters", "id")).toBe(
      "Too small: expected string to have >=3 characters",
    );
  });

  it("one Indonesian text cannot be given two English texts", () => {
    schemaMessage({ id: "uji: satu teks", en: "test: one text" });
    expect(schemaMessage({ id: "uji: satu teks", en: "test: one text" })).toBe("uji: satu teks");
    expect(() => schemaMessage({ id: "uji: satu teks", en: "test: another text" })).toThrow(/two English/);
  });

  it("picks one language of a catalogue title", () => {
    expect(textIn(errorCatalog.NOT_FOUND.title, "id")).toBe("Data tidak ditemukan");
    expect(textIn(errorCatalog.NOT_FOUND.title, "en")).toBe("Not found");
  });
});
