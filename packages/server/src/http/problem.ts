import {
  AppError,
  AppErrorCode,
  errorCatalog,
  pickLanguage,
  type TAppErrorCode,
  type TFieldError,
  textIn,
} from "@kawal/core";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { issueMessage } from "./issue-message.ts";

/** RFC 9457 problem details, as every error leaves the API. */
export interface TProblem {
  type: string;
  title: string;
  status: number;
  code: TAppErrorCode;
  detail?: string;
  fields?: { field: string; message: string }[];
}

interface TValidationItem {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Fastify's validation items as field errors in both languages; the answer then picks the caller's. */
function validationFields(items: TValidationItem[], context: string | undefined): TFieldError[] {
  return items.map((item) => {
    const path = item.instancePath.split("/").filter(Boolean);
    const message = issueMessage({ ...item.params, code: item.keyword, path, message: item.message ?? "" });
    const keys = Array.isArray(item.params?.keys) ? (item.params.keys as string[]) : [];
    // Body fields are named bare (`nik`), as use cases name them, so a form can put each message beside
    // its input; query, path and header fields keep their place (`params.code`).
    const place = context === "body" ? undefined : context;
    const field = [place, ...path, ...(keys.length ? [keys.join(",")] : [])].filter(Boolean).join(".");
    return { field, message };
  });
}

/** Fastify's own errors (bad JSON, body too large, wrong content type, rate limit, CSRF) mapped to codes. */
function codeOfFastifyError(error: FastifyError): TAppErrorCode {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return AppErrorCode.MALFORMED_BODY;
    case "FST_REQ_FILE_TOO_LARGE":
    case "FST_ERR_CTP_BODY_TOO_LARGE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return AppErrorCode.BODY_TOO_LARGE;
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return AppErrorCode.UNSUPPORTED_MEDIA_TYPE;
    case "FST_CSRF_INVALID_TOKEN":
    case "FST_CSRF_MISSING_SECRET":
      return AppErrorCode.CSRF;
  }
  if (error.statusCode === 429) return AppErrorCode.RATE_LIMITED;
  if (error.statusCode === 404) return AppErrorCode.NOT_FOUND;
  if (error.statusCode === 413) return AppErrorCode.BODY_TOO_LARGE;
  if (error.statusCode === 415) return AppErrorCode.UNSUPPORTED_MEDIA_TYPE;
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
    return AppErrorCode.VALIDATION;
  return AppErrorCode.INTERNAL;
}

export function problemFor(error: unknown, request: FastifyRequest): TProblem {
  const lang = pickLanguage(request.headers["accept-language"]);
  let code: TAppErrorCode;
  let fields: TFieldError[] | undefined;
  if (error instanceof AppError) {
    code = error.code;
    fields = error.fields;
  } else if (isFastifyValidation(error)) {
    code = AppErrorCode.VALIDATION;
    fields = validationFields(error.validation, error.validationContext);
  } else if (error && typeof error === "object" && "code" in error) {
    code = codeOfFastifyError(error as FastifyError);
  } else {
    code = AppErrorCode.INTERNAL;
  }
  const entry = errorCatalog[code];
  const problem: TProblem = {
    type: `https://kawal.id/problems/${code.toLowerCase().replaceAll("_", "-")}`,
    title: textIn(entry.title, lang),
    status: entry.status,
    code,
  };
  // Every message in the one language the caller reads, never both.
  const localized = fields?.map((f) => ({ field: f.field, message: textIn(f.message, lang) }));
  if (localized && localized.length > 0) {
    problem.fields = localized;
    problem.detail = localized.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join("; ");
  }
  return problem;
}

function isFastifyValidation(
  error: unknown,
): error is { validation: TValidationItem[]; validationContext?: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    Array.isArray((error as { validation?: unknown }).validation)
  );
}

export function sendProblem(reply: FastifyReply, problem: TProblem): FastifyReply {
  return reply.status(problem.status).type("application/problem+json; charset=utf-8").send(problem);
}
