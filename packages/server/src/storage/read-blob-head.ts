import type { TBlobStore } from "./blob-store.ts";

/**
 * The first `bytes` bytes of a stored blob (fewer when it is shorter), read without loading the whole
 * file: enough to check an upload's signature, since its name or declared type proves nothing.
 */
export async function readBlobHead(blobs: TBlobStore, key: string, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  const stream = blobs.read(key);
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    chunks.push(buffer);
    length += buffer.length;
    if (length >= bytes) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, bytes);
}
