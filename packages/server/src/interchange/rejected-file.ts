import { once } from "node:events";
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { dirname } from "node:path";
import { csvLine } from "./csv-line.ts";

/**
 * The rejected-rows file of docs/formats.md: the input's own columns, then `baris` (row number), `kolom`
 * (column) and `alasan` (reason, in the user's language), its cells made inert like every CSV Kawal writes. Written as rows are found, so a file
 * with many bad rows never sits in memory.
 */
export class RejectedFile {
  private stream: WriteStream | null = null;
  count = 0;

  constructor(
    readonly path: string,
    private readonly header: readonly string[],
  ) {}

  async add(
    cells: readonly string[],
    line: number,
    columns: readonly string[],
    reasons: readonly string[],
  ): Promise<void> {
    if (!this.stream) {
      mkdirSync(dirname(this.path), { recursive: true });
      this.stream = createWriteStream(this.path, { encoding: "utf8" });
      this.stream.write(csvLine([...this.header, "baris", "kolom", "alasan"]));
    }
    const padded = this.header.map((_, i) => cells[i] ?? "");
    const text = csvLine([...padded, String(line), columns.join(", "), reasons.join("; ")]);
    this.count += 1;
    if (!this.stream.write(text)) await once(this.stream, "drain");
  }

  async close(): Promise<string | null> {
    if (!this.stream) return null;
    this.stream.end();
    await once(this.stream, "finish");
    return this.path;
  }
}
