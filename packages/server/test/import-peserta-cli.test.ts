import { describeCliImport } from "./cli-import-contract.ts";

describeCliImport({
  kind: "peserta",
  good: `program,no_kk,nik_pengurus,status,sejak
SEMBAKO,3517180101200001,3517184505850001,aktif,2024-01-01
PKH,3517180101200002,3517184505850002,aktif,2024-01-01
`,
  bad: `program,no_kk,nik_pengurus,status,sejak
SEMBAKO,3517180101200002,3517184505850002,aktif,2024-01-01
SEMBAKO,3517180101209999,3517184505850002,aktif,2024-01-01
`,
  needsRegistry: true,
  firstTotals: { created: 2, transitioned: 0, updated: 0, unchanged: 0 },
  againTotals: { created: 0, transitioned: 0, updated: 0, unchanged: 2 },
  rejectedHeader: "program,no_kk,nik_pengurus,status,sejak,baris,kolom,alasan",
  rejectedLine: "3,no_kk,The No. KK is not in the registry of your area",
});
