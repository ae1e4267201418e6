import { z } from "zod";

/** The params of a route naming one record by its opaque id (`/:id`). */
export const ZIdParams = z.strictObject({ id: z.string().max(64) });
