import { idAid } from "./id-aid.ts";
import { idAnomaly } from "./id-anomaly.ts";
import { idCards } from "./id-cards.ts";
import { idCaseload } from "./id-caseload.ts";
import { idDistribution } from "./id-distribution.ts";
import { idDuplicates } from "./id-duplicates.ts";
import { idEnrolment } from "./id-enrolment.ts";
import { idEvents } from "./id-events.ts";
import { idMonitoring } from "./id-monitoring.ts";
import { idProgram } from "./id-program.ts";
import { idReconcile } from "./id-reconcile.ts";
import { idRegistry } from "./id-registry.ts";
import { idSchedule } from "./id-schedule.ts";
import { idTransactions } from "./id-transactions.ts";
import { idUsulan } from "./id-usulan.ts";

/** Bahasa Indonesia: the default language. `en.ts` must have the same keys (its type is `TResources`). */
export const id = {
  app: {
    name: "Kawal",
    tagline: "Mengawal bantuan sosial sampai ke keluarga",
    loading: "Memuat…",
    openMenu: "Buka menu",
    language: "Bahasa",
    mainMenu: "Menu utama",
    breadcrumb: "Jejak wilayah",
    clear: "Hapus",
    cancel: "Batal",
  },
  menu: {
    beranda: "Beranda",
    wilayah: "Wilayah",
    keluarga: "Keluarga",
    impor: "Impor data",
    pengguna: "Pengguna",
    usulan: "Usulan DTKS",
    duplikat: "Data ganda",
    program: "Program bantuan",
    pendamping: "Pendamping",
    bantuan: "Bantuan & tumpang tindih",
    penyaluran: "Penyaluran",
    monitoring: "Monitoring 6T",
    kartu: "Kartu KKS",
    anomali: "Anomali",
  },
  auth: {
    title: "Masuk ke Kawal",
    username: "Nama pengguna",
    password: "Kata sandi",
    submit: "Masuk",
    logout: "Keluar",
    loggedOut: "Anda telah keluar",
  },
  home: {
    welcome: "Selamat datang, {{name}}",
    role: "Peran",
    scopes: "Wilayah tugas",
    noScopes: "Belum ada wilayah tugas",
  },
  level: {
    nasional: "Nasional",
    provinsi: "Provinsi",
    kabupaten: "Kabupaten/Kota",
    kecamatan: "Kecamatan",
    desa: "Desa/Kelurahan",
  },
  childCount: {
    provinsi: "{{n}} kabupaten/kota",
    kabupaten: "{{n}} kecamatan",
    kecamatan: "{{n}} desa/kelurahan",
    desa: "",
  },
  wilayah: {
    title: "Wilayah",
    indonesia: "Indonesia",
    searchLabel: "Cari wilayah",
    searchPlaceholder: "Ketik nama, mis. Mojokambang",
    searchTooShort: "Ketik minimal 2 huruf",
    noResults: "Tidak ada wilayah yang cocok",
    empty: "Tidak ada wilayah di bawahnya",
    detailTitle: "Detail desa/kelurahan",
    code: "Kode",
    name: "Nama",
    level: "Tingkat",
    path: "Letak",
  },
  pager: {
    previous: "Sebelumnya",
    next: "Berikutnya",
  },
  users: {
    title: "Pengguna",
    searchLabel: "Cari pengguna",
    searchPlaceholder: "Nama atau nama pengguna",
    roleFilter: "Peran",
    allRoles: "Semua peran",
    create: "Tambah pengguna",
    edit: "Ubah",
    editTitle: "Ubah pengguna {{username}}",
    disable: "Nonaktifkan",
    enable: "Aktifkan",
    active: "Aktif",
    disabled: "Nonaktif",
    username: "Nama pengguna",
    fullName: "Nama lengkap",
    role: "Peran",
    password: "Kata sandi",
    scopes: "Wilayah tugas",
    status: "Status",
    actions: "Tindakan",
    scopeSearch: "Cari wilayah berdasarkan nama",
    save: "Simpan",
    created: "Pengguna {{username}} dibuat",
    updated: "Pengguna {{username}} disimpan",
    disabledDone: "Pengguna {{username}} dinonaktifkan",
    enabledDone: "Pengguna {{username}} diaktifkan",
    empty: "Tidak ada pengguna",
    page: "Halaman {{page}}",
    notAllowed: "Peran Anda tidak dapat melihat daftar pengguna.",
  },
  ...idRegistry,
  ...idEvents,
  ...idUsulan,
  ...idDuplicates,
  ...idProgram,
  ...idEnrolment,
  ...idCaseload,
  ...idAid,
  ...idAnomaly,
  ...idCards,
  ...idMonitoring,
  ...idSchedule,
  ...idReconcile,
  ...idTransactions,
  ...idDistribution,
  errors: {
    network: "Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.",
    unexpected: "Terjadi kesalahan (status {{status}})",
    fields: "Periksa isian berikut:",
    notFound: "Halaman tidak ditemukan",
    backHome: "Kembali ke beranda",
  },
  validation: {
    required: "Wajib diisi",
    tooShortString: "Minimal {{min}} karakter",
    tooLongString: "Maksimal {{max}} karakter",
    tooFewItems: "Pilih minimal {{min}}",
    tooManyItems: "Maksimal {{max}} pilihan",
    invalid: "Isian tidak valid",
  },
};
export type TResources = typeof id;
