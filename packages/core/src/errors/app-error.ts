/**
 * The one error type of Kawal. Every failure a user can see has a stable code; the HTTP status and the
 * message in each language are looked up from the code in one place (`error-catalog.ts`).
 */
export const AppErrorCode = {
  /** The request body, query or parameters failed validation; `fields` says where and why. */
  VALIDATION: "VALIDATION",
  /** The body is not valid JSON. */
  MALFORMED_BODY: "MALFORMED_BODY",
  /** The body is larger than the server accepts. */
  BODY_TOO_LARGE: "BODY_TOO_LARGE",
  /** The content type is not one the endpoint accepts. */
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  /** No valid session: log in first. */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** Wrong username or password (never says which). */
  INVALID_CREDENTIALS: "INVALID_CREDENTIALS",
  /** The account is disabled. Reported as INVALID_CREDENTIALS at login so accounts cannot be probed. */
  ACCOUNT_DISABLED: "ACCOUNT_DISABLED",
  /** The caller's role may not do this at all. */
  FORBIDDEN: "FORBIDDEN",
  /** The record does not exist, or exists outside the caller's scope (the two are indistinguishable). */
  NOT_FOUND: "NOT_FOUND",
  /** A unique value (username, code …) is already taken. */
  CONFLICT: "CONFLICT",
  /** A write without a valid CSRF token. */
  CSRF: "CSRF",
  /** Too many requests; retry later. */
  RATE_LIMITED: "RATE_LIMITED",
  /** A requested scope lies outside the caller's own scope. */
  SCOPE_NOT_ALLOWED: "SCOPE_NOT_ALLOWED",
  /** The requested state change is not allowed from the current state. */
  INVALID_TRANSITION: "INVALID_TRANSITION",
  /** Anything unexpected; details are logged, never sent. */
  INTERNAL: "INTERNAL",
} as const;
export type TAppErrorCode = (typeof AppErrorCode)[keyof typeof AppErrorCode];

import type { TBilingual } from "../i18n/bilingual.ts";

export type { TBilingual } from "../i18n/bilingual.ts";

/** One field at fault: a dotted path (`scopes.0`) and a reason in both languages (the HTTP layer picks one). */
export interface TFieldError {
  field: string;
  message: TBilingual;
}

export class AppError extends Error {
  readonly code: TAppErrorCode;
  readonly fields: TFieldError[] | undefined;
  /** Values interpolated into the localized message (`{name}` placeholders). */
  readonly params: Record<string, string | number> | undefined;

  constructor(
    code: TAppErrorCode,
    detail?: string,
    options?: { fields?: TFieldError[]; params?: Record<string, string | number>; cause?: unknown },
  ) {
    super(detail ?? code, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
    this.params = options?.params;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
