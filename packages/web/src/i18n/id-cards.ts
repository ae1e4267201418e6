/** Bahasa Indonesia for kartu; spread into `id.ts`. */
export const idCards = {
  kartu: {
    title: "Kartu KKS",
  },
};
