/** Bahasa Indonesia for penyaluran; spread into `id.ts`. */
export const idDistribution = {
  penyaluran: {
    title: "Penyaluran",
    intro: "Daftar bayar, jadwal, transaksi dan rekonsiliasi penyaluran bantuan per periode.",
    tabRealisasi: "Realisasi",
    tabJadwal: "Jadwal",
    tabTransaksi: "Transaksi",
    tabDaftar: "Daftar bayar & agen",
  },
};
