import type { Readable } from "node:stream";
import { z } from "zod";

/**
 * Answers that are not a JSON body, declared so the OpenAPI document still says what comes back and the
 * contract test can tell them from a route that forgot its response schema.
 */

/** A file's bytes: sent as they are (never serialized), described as a binary string. */
const ZFileBody = z
  .custom<string | Uint8Array | Readable>((body) => body !== undefined)
  .meta({ type: "string", format: "binary" });

/** The schema part of a route answering a file of one of these media types (with `reply.type`). */
export function fileAnswer(...mediaTypes: [string, ...string[]]) {
  return { produces: mediaTypes, response: { 200: ZFileBody.describe(`file: ${mediaTypes.join(", ")}`) } };
}

/** A 204: done, nothing to say (sent with `reply.status(204).send()`, so nothing is serialized). */
export const ZNoContent = z.undefined().describe("no content");
