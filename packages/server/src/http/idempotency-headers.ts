import { schemaMessage } from "@kawal/core";
import { z } from "zod";

/**
 * A field write carries a key the client made (ARCHITECTURE.md, Principles: HTTP API), so a retried submission is
 * stored once. Loose: the other headers must stay on the request.
 */
export const ZIdempotencyHeaders = z.looseObject({
  "idempotency-key": z.uuid(
    schemaMessage({
      id: "header Idempotency-Key wajib berisi UUID buatan aplikasi",
      en: "the Idempotency-Key header must hold a client-made UUID",
    }),
  ),
});
