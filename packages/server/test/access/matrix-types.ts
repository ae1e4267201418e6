import type { LightMyRequestResponse } from "fastify";
import type { TTestApp } from "../test-app.ts";
import type { TestClient } from "../test-client.ts";

/** The shapes of the access matrix (see access-matrix.test.ts); module files add rows of this kind. */
export type TCase = "own" | "other" | "missing";
export interface TFixture {
  own: { id: string; username: string };
  other: { id: string; username: string };
  /** A family in each place: its id, No. KK and desa, and the name and NIK of its head. */
  families: Record<"own" | "other", { id: string; name: string; noKk: string; nik: string; desa: string }>;
  /** A finished job of the given user, with a rejected-rows file. */
  jobFor(userId: string): Promise<string>;
  /** A job of someone else. */
  otherJob: string;
  /** The app under test, for rows that need data of their own (create it once, lazily). */
  app: TTestApp;
}
export interface TRouteSpec {
  /** Sends the request for one case; `me` is the calling user. */
  send(client: TestClient, c: TCase, f: TFixture, me: { id: string }): Promise<LightMyRequestResponse>;
  /** The status a role with the route's permission gets, per case. */
  allowed: Record<TCase, number>;
  /** For lists: whether the case's record may appear in the answer. */
  listed?: (body: unknown, c: TCase, f: TFixture) => boolean;
  /** Reads outside the scope that must leave an `access.denied` audit row. */
  auditsOther?: boolean;
}

// The places and the missing id live in places.ts; named here too for the module files that take them from here.
export { MISSING_ID, OTHER_KECAMATAN, OWN_KECAMATAN } from "./places.ts";
