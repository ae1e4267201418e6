/** Bahasa Indonesia for the programme catalogue, rules and PKH entitlement; spread into `id.ts`. */
export const idProgram = {
  program: {
    title: "Program bantuan",
  },
};
