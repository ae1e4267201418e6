import { stat } from "node:fs/promises";
import { extname } from "node:path";
import type { FastifyRequest } from "fastify";
import { receiveUpload } from "../../http/receive-upload.ts";
import type { TBlobStore } from "../../storage/blob-store.ts";
import { readBlobHead } from "../../storage/read-blob-head.ts";
import type { TReceivedMinutes } from "./record-musdes.ts";
import { usulanRefusals } from "./usulan-refusals.ts";

/** Minutes are a scan or a photo of a few signed pages; the app-wide upload limit is for DTKS files. */
export const MINUTES_LIMIT_BYTES = 10 * 1_048_576;

/** What each accepted extension's file must start with: the name alone proves nothing. */
const signatures: Record<string, readonly number[]> = {
  ".pdf": [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  ".jpg": [0xff, 0xd8, 0xff],
  ".jpeg": [0xff, 0xd8, 0xff],
  ".png": [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** Content types the minutes are served back with. */
export const minutesContentType: Record<string, string> = {
  ".pdf": "application/pdf",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
};

/**
 * Receives the musdes form: the minutes (`berita_acara`) go to the blob store, the date comes as a
 * text field. A declared size over the limit is refused before a byte is stored; the stored size and
 * the file's first bytes are checked after, and a file that fails either is removed.
 */
export async function receiveMinutes(request: FastifyRequest, blobs: TBlobStore): Promise<TReceivedMinutes> {
  const limitMb = MINUTES_LIMIT_BYTES / 1_048_576;
  // Room for the form's boundaries and text fields beside the file.
  if (Number(request.headers["content-length"] ?? 0) > MINUTES_LIMIT_BYTES + 64 * 1024) {
    throw usulanRefusals.minutesSize(limitMb);
  }
  const upload = await receiveUpload(request, blobs, {
    fileField: "berita_acara",
    extensions: Object.keys(signatures),
    keyPrefix: "usulan/berita-acara",
    typeMessage: { id: "pilih berkas PDF, JPEG atau PNG", en: "choose a PDF, JPEG or PNG file" },
  });
  try {
    if ((await stat(blobs.localPath(upload.key))).size > MINUTES_LIMIT_BYTES) {
      throw usulanRefusals.minutesSize(limitMb);
    }
    const signature = signatures[extname(upload.key)] ?? [];
    const start = await readBlobHead(blobs, upload.key, signature.length);
    if (signature.length === 0 || !signature.every((byte, i) => start[i] === byte)) {
      throw usulanRefusals.minutesType();
    }
  } catch (error) {
    await blobs.remove(upload.key);
    throw error;
  }
  return { key: upload.key, fields: upload.fields };
}
