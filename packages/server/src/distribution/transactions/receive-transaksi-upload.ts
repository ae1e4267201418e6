import { randomUUID } from "node:crypto";
import { extname } from "node:path";
import type {} from "@fastify/multipart";
import { AppError, AppErrorCode } from "@kawal/core";
import type { FastifyRequest } from "fastify";
import type { TBlobStore } from "../../storage/blob-store.ts";

export interface TTransaksiUpload {
  file: { key: string; fileName: string };
  /** The item lines file (form field `item`), when one was sent. */
  item: { key: string; fileName: string } | null;
  fields: Record<string, string>;
}

const EXTENSIONS = [".csv", ".xlsx"];
const FIELDS = ["file", "item"] as const;

/**
 * Reads the transaction upload: the transaction file (`file`) and optionally its item lines (`item`) in
 * one form, so both are imported in one transaction, whole or not at all. Each file streams to the blob
 * store (never whole in memory); `receiveUpload` takes one file only, this takes these two. A wrong type
 * or a repeated field keeps nothing.
 */
export async function receiveTransaksiUpload(
  request: FastifyRequest,
  blobs: TBlobStore,
): Promise<TTransaksiUpload> {
  const fields: Record<string, string> = {};
  const received: Partial<Record<(typeof FIELDS)[number], { key: string; fileName: string }>> = {};
  const refuse = (field: string) =>
    new AppError(AppErrorCode.VALIDATION, "file type", {
      fields: [{ field, message: { id: "pilih berkas .csv atau .xlsx", en: "choose a .csv or .xlsx file" } }],
    });
  try {
    for await (const part of request.parts({ limits: { files: 2 } })) {
      if (part.type === "field") {
        if (typeof part.value === "string") fields[part.fieldname] = part.value;
        continue;
      }
      const name = FIELDS.find((f) => f === part.fieldname);
      const extension = extname(part.filename).toLowerCase();
      if (!name || received[name] || !EXTENSIONS.includes(extension)) {
        part.file.resume();
        throw refuse(name ?? "file");
      }
      const key = `uploads/${randomUUID()}${extension}`;
      received[name] = { key, fileName: part.filename };
      await blobs.put(key, part.file);
    }
  } catch (error) {
    for (const upload of Object.values(received)) await blobs.remove(upload.key);
    throw error;
  }
  if (!received.file) {
    if (received.item) await blobs.remove(received.item.key);
    throw new AppError(AppErrorCode.VALIDATION, "no file", {
      fields: [
        { field: "file", message: { id: "pilih berkas transaksi", en: "choose the transaction file" } },
      ],
    });
  }
  return { file: received.file, item: received.item ?? null, fields };
}
