import {
  AppError,
  AppErrorCode,
  pickLanguage,
  ZHetTable,
  ZJobStarted,
  ZTransactionCreate,
  ZTransactionListQuery,
  ZTransaksiPage,
  ZTransaksiView,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../../db/database.ts";
import { jsonRoutes } from "../../http/json-routes.ts";
import { sendAttachment } from "../../http/route-answers.ts";
import { ZIdParams } from "../../http/route-params.ts";
import { findOwnJob } from "../../jobs/find-own-job.ts";
import { rejectedBlobKey } from "../../jobs/job-routes.ts";
import { finishJob, startJob } from "../../jobs/job-store.ts";
import { requirePermission } from "../../scope/scope.ts";
import type { TBlobStore } from "../../storage/blob-store.ts";
import { hetTable } from "./het-table.ts";
import { importTransaksi } from "./import-transaksi.ts";
import { listTransactions } from "./list-transactions.ts";
import { receiveTransaksiUpload } from "./receive-transaksi-upload.ts";
import { recordTransaction } from "./record-transaction.ts";

/** The blob holding the rejected goods lines of a transaction import job. */
export const itemRejectedBlobKey = (jobId: string) => `jobs/${jobId}/ditolak-barang.csv`;

/** Transactions: imported from bank and e-Warong files, or recorded by an agent at its counter. */
export function registerTransactionRoutes(
  app: FastifyInstance,
  database: TDatabase,
  blobs: TBlobStore,
): void {
  const db = database.db;
  const route = jsonRoutes(app, { tags: ["transactions"] });

  // A retry answers like the first request (201, the same transaction); `Idempotent-Replayed` tells them apart.
  route.post(
    "/api/distribution/transactions",
    "transaction.record",
    { idempotent: true, body: ZTransactionCreate, created: ZTransaksiView },
    ({ actor, idempotencyKey, body }) => recordTransaction(db, actor, { idempotencyKey, body }),
  );

  route.get(
    "/api/distribution/transactions",
    "transaction.read",
    { query: ZTransactionListQuery, answer: ZTransaksiPage },
    ({ actor, query }) => listTransactions(db, actor, query),
  );

  route.get("/api/distribution/transactions/het", "transaction.read", { answer: ZHetTable }, ({ actor }) =>
    hetTable(db, actor),
  );

  // The transaction file (`file`) and optionally its goods lines (`item`) in one form: one job, one
  // transaction, whole or not at all across both. Answers 202 with the job id; the page follows it.
  route.post(
    "/api/distribution/transactions/import",
    "distribution.import",
    { upload: true, accepted: ZJobStarted },
    async ({ actor, request }) => {
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
      return { jobId };
    },
  );

  // The rejected goods lines of one's own import job (the transaction file's are at /api/jobs/:id/rejected).
  route.get(
    "/api/distribution/transactions/import/:id/item-rejected",
    "distribution.import",
    { params: ZIdParams, file: ["text/csv"] },
    async ({ actor, params, reply }) => {
      const job = await findOwnJob(db, actor, params.id);
      if (job.kind !== "import.transaksi") throw new AppError(AppErrorCode.NOT_FOUND, "job not found");
      const key = itemRejectedBlobKey(job.id);
      if (!(await blobs.exists(key))) throw new AppError(AppErrorCode.NOT_FOUND, "no rejected goods lines");
      return sendAttachment(reply, {
        contentType: "text/csv; charset=utf-8",
        fileName: `barang-ditolak-${job.id.slice(0, 8)}.csv`,
        body: blobs.read(key),
      });
    },
  );
}
