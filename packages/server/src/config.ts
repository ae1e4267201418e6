import { randomBytes } from "node:crypto";
import { resolve } from "node:path";

/** Everything the server reads from the environment, read once at start (docs/formats.md, Command line). */
export interface TConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  adminPassword: string | undefined;
  /** A session ends after this long without a request … */
  sessionIdleMinutes: number;
  /** … and this long after login, whatever happens. */
  sessionAbsoluteHours: number;
  /** Requests per minute per client address, on every route. */
  requestsPerMinute: number;
  /** Failed logins allowed per username and address per window before 429 (successes do not count). */
  loginAttemptsPerWindow: number;
  /**
   * The key CSRF tokens are signed with (tying each to its session). Random per process unless set; set
   * it when several server processes answer one site, so a token from one is good at another.
   */
  csrfKey: string;
  /** Failed logins allowed per address per window, whatever the usernames, before 429. */
  loginFailuresPerAddress: number;
  loginWindowMinutes: number;
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Largest uploaded file (an `anggota` export of a whole kabupaten is a few hundred MB). */
  uploadLimitBytes: number;
  /** Marks cookies Secure; on by default in production behind TLS. */
  secureCookies: boolean;
  /** Trust X-Forwarded-For from a reverse proxy, so rate limits see the real client address. */
  trustProxy: boolean;
  /** Tile URL template of the web map (`https://…/{z}/{x}/{y}.png`); empty: desa drawn on a plain background. */
  mapTiles: string;
}

function intFrom(value: string | undefined, fallback: number): number {
  const parsed = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): TConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.KAWAL_DATA || "./data"),
    port: intFrom(env.PORT, 3000),
    host: env.HOST || "0.0.0.0",
    adminPassword: env.KAWAL_ADMIN_PASSWORD || undefined,
    sessionIdleMinutes: intFrom(env.KAWAL_SESSION_IDLE_MINUTES, 30),
    sessionAbsoluteHours: intFrom(env.KAWAL_SESSION_ABSOLUTE_HOURS, 12),
    requestsPerMinute: intFrom(env.KAWAL_REQUESTS_PER_MINUTE, 600),
    loginAttemptsPerWindow: intFrom(env.KAWAL_LOGIN_ATTEMPTS, 5),
    loginFailuresPerAddress: intFrom(env.KAWAL_LOGIN_FAILURES_PER_ADDRESS, 20),
    csrfKey: env.KAWAL_CSRF_KEY?.trim() || randomBytes(32).toString("hex"),
    loginWindowMinutes: intFrom(env.KAWAL_LOGIN_WINDOW_MINUTES, 15),
    bodyLimitBytes: intFrom(env.KAWAL_BODY_LIMIT_BYTES, 1_048_576),
    uploadLimitBytes: intFrom(env.KAWAL_UPLOAD_LIMIT_BYTES, 512 * 1_048_576),
    secureCookies: env.KAWAL_SECURE_COOKIES === "1" || env.NODE_ENV === "production",
    trustProxy: env.KAWAL_TRUST_PROXY === "1",
    mapTiles: env.KAWAL_MAP_TILES?.trim() ?? "",
  };
}
