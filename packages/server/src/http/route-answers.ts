import type { Readable } from "node:stream";
import type { FastifyReply } from "fastify";
import { z } from "zod";

/**
 * Answers that are not a JSON body, declared so the OpenAPI document still says what comes back and the
 * contract test can tell them from a route that forgot its response schema.
 */

/**
 * A file's bytes: sent as they are (never serialized), described as a binary string. A PDF comes as a
 * stream of the older kind (`NodeJS.ReadableStream`), which Fastify pipes the same way.
 */
const ZFileBody = z
  .custom<string | Uint8Array | Readable | NodeJS.ReadableStream>((body) => body !== undefined)
  .meta({ type: "string", format: "binary" });

/** The schema part of a route answering a file of one of these media types (with `reply.type`). */
export function fileAnswer(...mediaTypes: [string, ...string[]]) {
  return { produces: mediaTypes, response: { 200: ZFileBody.describe(`file: ${mediaTypes.join(", ")}`) } };
}

/** A 204: done, nothing to say (sent with `reply.status(204).send()`, so nothing is serialized). */
export const ZNoContent = z.undefined().describe("no content");

type TFileBody = z.output<typeof ZFileBody>;

/** Sends a file to be saved, never shown inline (a file from outside must not run in the app's origin). */
export function sendAttachment(
  reply: FastifyReply,
  file: { contentType: string; fileName: string; body: TFileBody },
): FastifyReply {
  return reply
    .type(file.contentType)
    .header("content-disposition", `attachment; filename="${file.fileName}"`)
    .send(file.body);
}

/** Sends a PDF the server wrote (letters, a schedule) to be shown in the browser, and never cached. */
export function sendPdf(reply: FastifyReply, pdf: { fileName: string; stream: TFileBody }): FastifyReply {
  return reply
    .type("application/pdf")
    .header("content-disposition", `inline; filename="${pdf.fileName}"`)
    .header("cache-control", "no-store")
    .send(pdf.stream);
}
