import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import { daysAgo, nextNoKks } from "../cards-fixture.ts";
import { makeCard } from "../factories/index.ts";
import { itemIds, oncePerApp } from "./matrix-fixtures.ts";
import type { TCase, TFixture, TRouteSpec } from "./matrix-types.ts";
import { MISSING_ID } from "./places.ts";

interface TMatrixCards {
  /** Held by a companion (the fixture user of each place): flagged. */
  flagged: Record<"own" | "other", string>;
  /** Handed over again and again by the event rows. */
  moving: Record<"own" | "other", string>;
}

/** Two cards of each fixture family, made once per app under test. */
const cardsOf = oncePerApp(async (f): Promise<TMatrixCards> => {
  const insert = async (family: TFixture["families"]["own"], holder: { id: string } | null) =>
    (
      await makeCard(f.app.database.db, {
        noKks: nextNoKks(),
        noKk: family.noKk,
        desa: family.desa,
        holder: { jenis: holder ? "staf" : "keluarga", userId: holder?.id ?? null, nama: "Matriks" },
        since: new Date(`${daysAgo(1)}T00:00:00Z`),
      })
    ).id;
  return {
    flagged: { own: await insert(f.families.own, f.own), other: await insert(f.families.other, f.other) },
    moving: { own: await insert(f.families.own, null), other: await insert(f.families.other, null) },
  };
});
/** A flagged card, once made, for the (synchronous) `listed` checks that run after a send. */
const flaggedOf = (f: TFixture, k: "own" | "other") => cardsOf.known(f)?.flagged[k] ?? "none";

const familyIdOf = (c: TCase, f: TFixture) => (c === "missing" ? MISSING_ID : f.families[c].id);
const flaggedIds = (body: unknown) =>
  (body as { items: { card: { id: string } }[] }).items.map((i) => i.card.id);

/**
 * The limit is Dinas Sosial's: other roles holding card.manage (companions, the bank) are refused by
 * the use case, so the status this row expects depends on the caller's role, read as it sends.
 */
let settingsCaller = "";
const settingsStatus = () => (settingsCaller === "admin" || settingsCaller === "dinsos" ? 200 : 403);

/** KKS cards (cards/card-routes.ts). */
export const matrix: Record<string, TRouteSpec> = {
  "POST /api/cards": {
    send: (c, k, f) =>
      c.post("/api/cards", {
        familyId: familyIdOf(k, f),
        noKks: nextNoKks(),
        bank: "BNI",
        tanggal: daysAgo(0),
      }),
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/cards": {
    send: async (c, k, f) => {
      await cardsOf(f);
      return c.get(k === "missing" ? "/api/cards?status=ditarik" : "/api/cards?limit=200");
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k, f) => k !== "missing" && itemIds(body).includes(flaggedOf(f, k)),
  },
  "GET /api/cards/flags": {
    send: async (c, _k, f) => {
      await cardsOf(f);
      return c.get("/api/cards/flags");
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k, f) => k !== "missing" && flaggedIds(body).includes(flaggedOf(f, k)),
  },
  "GET /api/cards/settings": {
    send: (c) => c.get("/api/cards/settings"),
    allowed: { own: 200, other: 200, missing: 200 },
  },
  "PUT /api/cards/settings": {
    send: async (c, _k, f, me) => {
      const [user] = await queryRows<{ role: string }>(
        f.app.database.db,
        sql`SELECT role FROM users WHERE id = ${me.id}`,
      );
      settingsCaller = user?.role ?? "";
      return c.request("PUT", "/api/cards/settings", { batasHariStaf: 3 });
    },
    allowed: {
      get own() {
        return settingsStatus();
      },
      get other() {
        return settingsStatus();
      },
      get missing() {
        return settingsStatus();
      },
    },
  },
  "GET /api/cards/staff": {
    send: (c, k, f) => c.get(`/api/cards/staff?q=${k === "missing" ? "tidak-ada-siapa" : f[k].username}`),
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k, f) => k !== "missing" && itemIds(body).includes(f[k].id),
  },
  "GET /api/cards/:id": {
    send: async (c, k, f) =>
      c.get(`/api/cards/${k === "missing" ? MISSING_ID : (await cardsOf(f)).flagged[k]}`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/cards/:id/events": {
    send: async (c, k, f) =>
      c.post(
        `/api/cards/${k === "missing" ? MISSING_ID : (await cardsOf(f)).moving[k]}/events`,
        // A new name each time, so every role's hand-over is a real change.
        {
          pemegangJenis: "keluarga",
          pemegangNama: `Penerima ${randomUUID().slice(0, 8)}`,
          tanggal: daysAgo(0),
        },
        { "idempotency-key": randomUUID() },
      ),
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
};
