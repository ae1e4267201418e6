/** English for kartu; spread into `en.ts` (the same keys as `id-cards.ts`). */
export const enCards = {
  kartu: {
    title: "KKS cards",
  },
};
