/** Bahasa Indonesia for rekonsiliasi; spread into `id.ts`. */
export const idReconcile = {
  rekonsiliasi: {
    title: "Rekonsiliasi & realisasi",
  },
};
