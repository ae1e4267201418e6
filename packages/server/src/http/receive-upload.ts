import { randomUUID } from "node:crypto";
import { extname } from "node:path";
import type {} from "@fastify/multipart";
import { AppError, AppErrorCode, type TBilingual } from "@kawal/core";
import type { FastifyRequest } from "fastify";
import type { TBlobStore } from "../storage/blob-store.ts";

export interface TReceivedUpload {
  /** Blob key of the stored file. */
  key: string;
  fileName: string;
  /** The form's text fields, whether they came before or after the file. */
  fields: Record<string, string>;
}

/**
 * Reads a multipart form with one file: the file streams to the blob store (never whole in memory),
 * text fields are collected in any order. A wrong type or an oversized file keeps nothing.
 */
export async function receiveUpload(
  request: FastifyRequest,
  blobs: TBlobStore,
  options: { fileField: string; extensions: readonly string[]; keyPrefix: string; typeMessage: TBilingual },
): Promise<TReceivedUpload> {
  const fields: Record<string, string> = {};
  let received: { key: string; fileName: string } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === "field") {
        if (typeof part.value === "string") fields[part.fieldname] = part.value;
        continue;
      }
      const extension = extname(part.filename).toLowerCase();
      if (part.fieldname !== options.fileField || received || !options.extensions.includes(extension)) {
        part.file.resume();
        throw new AppError(AppErrorCode.VALIDATION, "file type", {
          fields: [{ field: options.fileField, message: options.typeMessage }],
        });
      }
      const key = `${options.keyPrefix}/${randomUUID()}${extension}`;
      received = { key, fileName: part.filename };
      await blobs.put(key, part.file);
    }
  } catch (error) {
    if (received) await blobs.remove(received.key);
    throw error;
  }
  if (!received) {
    throw new AppError(AppErrorCode.VALIDATION, "no file", {
      fields: [{ field: options.fileField, message: { id: "pilih berkas", en: "choose a file" } }],
    });
  }
  return { ...received, fields };
}
