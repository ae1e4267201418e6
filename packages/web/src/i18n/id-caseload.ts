/** Bahasa Indonesia for companions and handovers; spread into `id.ts`. */
export const idCaseload = {
  caseload: {
    title: "Pendamping",
  },
};
