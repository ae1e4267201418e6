import { randomUUID } from "node:crypto";
import type { TRouteSpec } from "./matrix-types.ts";
import { MISSING_ID } from "./places.ts";

/** Life events on a family (registry/events): a write, scoped like the family page it answers with. */
export const matrix: Record<string, TRouteSpec> = {
  "POST /api/registry/families/:id/events": {
    // A birth without a NIK can be recorded any number of times; each call is a new submission with its own key.
    send: (c, k, f) =>
      c.post(
        `/api/registry/families/${k === "missing" ? MISSING_ID : f.families[k].id}/events`,
        { kind: "kelahiran", nama: "Bayi Matriks", jenisKelamin: "P", tanggalLahir: "2024-01-01" },
        { "idempotency-key": randomUUID() },
      ),
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
};
