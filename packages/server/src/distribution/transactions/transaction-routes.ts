import {
  AppError,
  AppErrorCode,
  pickLanguage,
  ZHetTable,
  ZTransactionCreate,
  ZTransactionListQuery,
  ZTransaksiPage,
  ZTransaksiView,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../../db/database.ts";
import { requireActor } from "../../http/require-actor.ts";
import { fileAnswer } from "../../http/route-answers.ts";
import { routeOptions } from "../../http/route-options.ts";
import { findOwnJob } from "../../jobs/find-own-job.ts";
import { rejectedBlobKey } from "../../jobs/job-routes.ts";
import { finishJob, startJob } from "../../jobs/job-store.ts";
import { ZIdempotencyHeaders } from "../../registry/events/life-event-schema.ts";
import { requirePermission } from "../../scope/scope.ts";
import type { TBlobStore } from "../../storage/blob-store.ts";
import { hetTable } from "./het-table.ts";
import { importTransaksi } from "./import-transaksi.ts";
import { listTransactions } from "./list-transactions.ts";
import { receiveTransaksiUpload } from "./receive-transaksi-upload.ts";
import { recordTransaction } from "./record-transaction.ts";

const tags = ["transactions"];

/** The blob holding the rejected goods lines of a transaction import job. */
export const itemRejectedBlobKey = (jobId: string) => `jobs/${jobId}/ditolak-barang.csv`;

/** Transactions: imported from bank and e-Warong files, or recorded by an agent at its counter. */
export function registerTransactionRoutes(
  app: FastifyInstance,
  database: TDatabase,
  blobs: TBlobStore,
): void {
  const db = database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  // A retry answers like the first request (201, the same transaction); `Idempotent-Replayed` tells them apart.
  r.post(
    "/api/distribution/transactions",
    routeOptions("transaction.record", {
      tags,
      headers: ZIdempotencyHeaders,
      body: ZTransactionCreate,
      response: { 201: ZTransaksiView },
    }),
    async (request, reply) => {
      const { replayed, ...transaksi } = await recordTransaction(db, requireActor(request), {
        idempotencyKey: request.headers["idempotency-key"],
        body: request.body,
      });
      return reply.status(201).header("idempotent-replayed", String(replayed)).send(transaksi);
    },
  );

  r.get(
    "/api/distribution/transactions",
    routeOptions("transaction.read", {
      tags,
      querystring: ZTransactionListQuery,
      response: { 200: ZTransaksiPage },
    }),
    async (request) => listTransactions(db, requireActor(request), request.query),
  );

  r.get(
    "/api/distribution/transactions/het",
    routeOptions("transaction.read", { tags, response: { 200: ZHetTable } }),
    async (request) => hetTable(db, requireActor(request)),
  );

  // The transaction file (`file`) and optionally its goods lines (`item`) in one form: one job, one
  // transaction, whole or not at all across both. Answers 202 with the job id; the page follows it.
  r.post(
    "/api/distribution/transactions/import",
    routeOptions("distribution.import", {
      tags,
      consumes: ["multipart/form-data"],
      response: { 202: z.object({ jobId: z.string() }) },
    }),
    async (request, reply) => {
      const actor = requireActor(request);
      requirePermission(actor, "distribution.import");
      const upload = await receiveTransaksiUpload(request, blobs);
      const partial = upload.fields.partial === "true";
      const jobId = await startJob(db, {
        kind: "import.transaksi",
        fileName: upload.file.fileName,
        partial,
        createdBy: actor.userId,
      });
      void importTransaksi(database, actor, {
        path: blobs.localPath(upload.file.key),
        itemPath: upload.item ? blobs.localPath(upload.item.key) : undefined,
        partial,
        language: pickLanguage(request.headers["accept-language"]),
        jobId,
        rejectedPath: blobs.localPath(rejectedBlobKey(jobId)),
        itemRejectedPath: blobs.localPath(itemRejectedBlobKey(jobId)),
      })
        .catch(async (error: unknown) => {
          request.log.error({ err: error, jobId }, "transaction import failed");
          await finishJob(db, jobId, { status: "failed", result: { error: "internal" } }).catch(() => {});
        })
        .finally(async () => {
          await blobs.remove(upload.file.key);
          if (upload.item) await blobs.remove(upload.item.key);
        });
      return reply.status(202).send({ jobId });
    },
  );

  // The rejected goods lines of one's own import job (the transaction file's are at /api/jobs/:id/rejected).
  r.get(
    "/api/distribution/transactions/import/:id/item-rejected",
    routeOptions("distribution.import", {
      tags,
      params: z.strictObject({ id: z.string().max(64) }),
      ...fileAnswer("text/csv"),
    }),
    async (request, reply) => {
      const job = await findOwnJob(db, requireActor(request), request.params.id);
      if (job.kind !== "import.transaksi") throw new AppError(AppErrorCode.NOT_FOUND, "job not found");
      const key = itemRejectedBlobKey(job.id);
      if (!(await blobs.exists(key))) throw new AppError(AppErrorCode.NOT_FOUND, "no rejected goods lines");
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="barang-ditolak-${job.id.slice(0, 8)}.csv"`)
        .send(blobs.read(key));
    },
  );
}
