import type { idProgram } from "./id-program.ts";

/** English for the programme catalogue, rules and PKH entitlement; spread into `en.ts`. */
export const enProgram: typeof idProgram = {
  program: {
    title: "Aid programmes",
  },
};
