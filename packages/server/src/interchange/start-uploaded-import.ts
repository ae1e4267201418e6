import { pickLanguage, type TLanguage, type TPermission, ZJobStarted } from "@kawal/core";
import type { FastifyRequest } from "fastify";
import type { TDatabase } from "../db/database.ts";
import type { TJsonRoutes } from "../http/json-routes.ts";
import { receiveUpload } from "../http/receive-upload.ts";
import { requireActor } from "../http/require-actor.ts";
import { rejectedBlobKey } from "../jobs/job-routes.ts";
import { finishJob, startJob } from "../jobs/job-store.ts";
import type { TActor } from "../scope/actor.ts";
import type { TBlobStore } from "../storage/blob-store.ts";

export interface TUploadedImportOptions {
  path: string;
  partial: boolean;
  language: TLanguage;
  jobId: string;
  rejectedPath: string;
}

/** A file kind's import, run on the uploaded file once the route has answered. */
export type TUploadedImporter = (
  database: TDatabase,
  actor: TActor,
  options: TUploadedImportOptions,
) => Promise<unknown>;

/**
 * Receives an import file (.csv or .xlsx, with the form field `partial`), starts its job and runs the
 * import on after the answer: the route answers 202 with the job id and the page follows its progress.
 * An import that throws fails its job; the uploaded file is removed either way.
 */
export async function startUploadedImport(
  request: FastifyRequest,
  database: TDatabase,
  blobs: TBlobStore,
  kind: { job: string; logMessage: string },
  run: TUploadedImporter,
): Promise<{ jobId: string }> {
  const actor = requireActor(request);
  const upload = await receiveUpload(request, blobs, {
    fileField: "file",
    extensions: [".csv", ".xlsx"],
    keyPrefix: "uploads",
    typeMessage: { id: "pilih berkas .csv atau .xlsx", en: "choose a .csv or .xlsx file" },
  });
  const partial = upload.fields.partial === "true";
  const jobId = await startJob(database.db, {
    kind: kind.job,
    fileName: upload.fileName,
    partial,
    createdBy: actor.userId,
  });
  void run(database, actor, {
    path: blobs.localPath(upload.key),
    partial,
    language: pickLanguage(request.headers["accept-language"]),
    jobId,
    rejectedPath: blobs.localPath(rejectedBlobKey(jobId)),
  })
    .catch(async (error: unknown) => {
      request.log.error({ err: error, jobId }, kind.logMessage);
      await finishJob(database.db, jobId, { status: "failed", result: { error: "internal" } }).catch(
        () => {},
      );
    })
    .finally(() => blobs.remove(upload.key));
  return { jobId };
}

/**
 * The upload routes of a module: `POST url` takes a kind's file and answers 202 with the job it starts
 * (`startUploadedImport`), so the page follows its progress at `GET /api/jobs/:id`.
 */
export function importUploadRoutes(route: TJsonRoutes, database: TDatabase, blobs: TBlobStore) {
  return (
    url: string,
    access: TPermission,
    kind: { job: string; logMessage: string },
    run: TUploadedImporter,
  ): void =>
    route.post(url, access, { upload: true, accepted: ZJobStarted }, ({ request }) =>
      startUploadedImport(request, database, blobs, kind, run),
    );
}
