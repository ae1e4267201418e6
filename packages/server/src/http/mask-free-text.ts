import { maskNumbersInText } from "@kawal/core";
import type { FastifyInstance } from "fastify";

/** Every string inside an answer with its 16-digit numbers masked; other values as they are. */
export function maskTextIn(value: unknown): unknown {
  if (typeof value === "string") return maskNumbersInText(value);
  if (Array.isArray(value)) return value.map(maskTextIn);
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskTextIn(inner)]));
}

/**
 * A role without `registry.full_number` sees numbers masked in fields (each view masks its own) and in
 * free text: a NIK or No. KK typed into a note, a reason or a name is masked in every JSON answer before
 * it is serialised, whatever the route. Files (exports) mask their text cells themselves.
 */
export function maskFreeTextForMaskedRoles(app: FastifyInstance): void {
  app.addHook("preSerialization", async (request, _reply, payload) => {
    const actor = request.actor;
    if (!actor || actor.permissions.includes("registry.full_number")) return payload;
    return maskTextIn(payload);
  });
}
