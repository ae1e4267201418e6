import type { idAid } from "./id-aid.ts";

/** English for non-government aid and the overlap view; spread into `en.ts`. */
export const enAid: typeof idAid = {
  aid: {
    title: "Other aid",
  },
};
