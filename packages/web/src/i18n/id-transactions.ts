/** Bahasa Indonesia for transaksi; spread into `id.ts`. */
export const idTransactions = {
  transaksi: {
    title: "Transaksi",
  },
};
