/** English for penyaluran; spread into `en.ts` (the same keys as `id-distribution.ts`). */
export const enDistribution = {
  penyaluran: {
    title: "Distribution",
    intro: "Payment lists, schedules, transactions and reconciliation of aid distribution per period.",
    tabRealisasi: "Realisation",
    tabJadwal: "Schedule",
    tabTransaksi: "Transactions",
    tabDaftar: "Payment lists & agents",
  },
};
