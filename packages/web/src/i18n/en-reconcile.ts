/** English for rekonsiliasi; spread into `en.ts` (the same keys as `id-reconcile.ts`). */
export const enReconcile = {
  rekonsiliasi: {
    title: "Reconciliation & realisation",
  },
};
