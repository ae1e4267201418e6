/** Bahasa Indonesia for the duplicate review; spread into `id.ts`. */
export const idDuplicates = {
  duplikat: {
    title: "Data ganda",
    intro:
      "Pasangan anggota yang mungkin satu orang: NIK sama di dua kabupaten, atau nama mirip dengan tanggal lahir sama. Periksa, lalu gabungkan atau tandai sebagai dua orang berbeda.",
    scan: "Pindai data ganda",
    scanHelp: "Memeriksa seluruh wilayah tugas Anda; dapat berlangsung beberapa saat.",
    scanning: "Memindai… {{n}} dari {{total}}",
    scanningStart: "Memindai…",
    scanDone: "Pemindaian selesai: {{n}} pasangan baru.",
    scanFailed: "Pemindaian gagal. Coba lagi; bila berulang, hubungi admin.",
    status: { terbuka: "Terbuka", digabung: "Digabung", ditolak: "Bukan ganda" },
    kind: { nik_sama: "NIK sama", mirip: "Nama mirip" },
    score: "Kemiripan {{n}}%",
    empty: "Tidak ada pasangan di sini.",
    born: "Lahir",
    openFamily: "Buka keluarga",
    keepThis: "Pertahankan {{side}}",
    dismiss: "Bukan orang yang sama",
    mergeTitle: "Gabungkan data",
    mergeText:
      "{{kept}} dipertahankan. Data {{removed}} ditandai ganda (tidak dihapus, riwayatnya tetap ada). Keputusan ini tidak dapat diubah.",
    dismissTitle: "Dua orang berbeda",
    dismissText: "Pasangan ini ditutup; kedua data tetap aktif. Keputusan ini tidak dapat diubah.",
    note: "Catatan (tidak wajib)",
    confirm: "Simpan keputusan",
    merged: "Data digabung",
    dismissed: "Ditandai sebagai dua orang berbeda",
    decidedOn: "Diputuskan {{date}}",
    notAllowed: "Peran Anda tidak dapat memeriksa data ganda.",
    keptRecord: "Lihat data yang dipertahankan",
  },
};
