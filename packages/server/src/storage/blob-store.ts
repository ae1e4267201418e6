import { createReadStream, createWriteStream, mkdirSync } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/**
 * Where uploaded files and produced files (rejected rows, reports, photos) live. A folder under
 * KAWAL_DATA by default; an S3-compatible store can implement the same four calls.
 */
export interface TBlobStore {
  put(key: string, content: Readable): Promise<{ bytes: number }>;
  /** A local path to read the blob from (a downloaded copy for remote stores). */
  localPath(key: string): string;
  read(key: string): Readable;
  exists(key: string): Promise<boolean>;
  remove(key: string): Promise<void>;
}

const safeKey = /^[a-z0-9][a-z0-9/_.-]*$/i;

export function folderBlobStore(root: string): TBlobStore {
  const pathOf = (key: string) => {
    if (!safeKey.test(key) || key.includes("..")) throw new Error(`unsafe blob key: ${key}`);
    return join(root, key);
  };
  return {
    async put(key, content) {
      const path = pathOf(key);
      mkdirSync(join(path, ".."), { recursive: true });
      await pipeline(content, createWriteStream(path));
      return { bytes: (await stat(path)).size };
    },
    localPath: pathOf,
    read: (key) => createReadStream(pathOf(key)),
    async exists(key) {
      return stat(pathOf(key)).then(
        () => true,
        () => false,
      );
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
