import type { idCaseload } from "./id-caseload.ts";

/** English for companions and handovers; spread into `en.ts`. */
export const enCaseload: typeof idCaseload = {
  caseload: {
    title: "Companions",
  },
};
