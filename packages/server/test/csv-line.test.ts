import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { writeTableFile } from "../src/http/table-file.ts";
import { csvLine } from "../src/interchange/csv-line.ts";
import { RejectedFile } from "../src/interchange/rejected-file.ts";

const hostile = ['=HYPERLINK("http://evil.example","x")', "+SUM(1)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)"];

describe("every CSV Kawal writes", () => {
  it("makes formula cells inert and keeps plain numbers, quoting as RFC 4180 says", () => {
    expect(csvLine([...hostile, "-7.54", "+62", "Sari, S.Pd", 'kata "kutip"'])).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")",'+SUM(1),'-2+3+cmd|' /C calc'!A0,'@SUM(A1),-7.54,+62,"Sari, S.Pd","kata ""kutip"""\n`,
    );
  });

  it("writes a rejected-rows file whose cells a spreadsheet cannot run", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "kawal-csv-")), "ditolak.csv");
    const file = new RejectedFile(path, ["nama", "lat"]);
    await file.add([hostile[0] ?? "", "-7.54"], 2, ["nama"], ["Nama tidak boleh berisi rumus"]);
    await file.close();
    const [header, row] = parse(readFileSync(path, "utf8")) as string[][];
    expect(header).toEqual(["nama", "lat", "baris", "kolom", "alasan"]);
    expect(row).toEqual([`'${hostile[0]}`, "-7.54", "2", "nama", "Nama tidak boleh berisi rumus"]);
  });

  it("writes an export the same way", async () => {
    const table = await writeTableFile({
      format: "csv",
      baseName: "uji",
      sheetName: "uji",
      columns: ["catatan"],
      records: [[hostile[3] ?? ""]],
      textColumns: [],
    });
    expect(table.body.toString("utf8")).toBe("catatan\n'@SUM(A1)\n");
  });

  it("masks numbers typed into text cells of an export for a role that sees numbers masked", async () => {
    const table = await writeTableFile({
      format: "csv",
      baseName: "uji",
      sheetName: "uji",
      columns: ["no_kk", "catatan"],
      records: [["3517••••••••0001", "pindah ke KK 3517180101200009"]],
      textColumns: ["no_kk"],
      maskNumbers: true,
    });
    expect(table.body.toString("utf8")).toBe(
      "no_kk,catatan\n3517••••••••0001,pindah ke KK 3517••••••••0009\n",
    );
  });
});
