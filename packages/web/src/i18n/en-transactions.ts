/** English for transaksi; spread into `en.ts` (the same keys as `id-transactions.ts`). */
export const enTransactions = {
  transaksi: {
    title: "Transactions",
  },
};
