import { describeCliImport } from "./cli-import-contract.ts";

describeCliImport({
  kind: "daftar_bayar",
  good: `periode,program,no_kk,nik_pengurus,nominal,no_kks,bank,tahap
2025-03,SEMBAKO,3517180101200001,3517184505850001,200000,6019001234567801,BRI,
2025-04,PKH,3517180101200002,3517184505850002,Rp750.000,6019001234567802,bni,1
`,
  bad: `periode,program,no_kk,nik_pengurus,nominal,no_kks,bank,tahap
2025-03,SEMBAKO,3517180101200002,3517184505850002,200000,6019001234567802,BRI,
2025-03,SEMBAKO,3517180101209999,3517184505850002,200000,6019001234567803,BRI,
`,
  needsRegistry: true,
  firstTotals: { created: 2, updated: 0, unchanged: 0, nominalDiffers: 0, openedPeriods: 2 },
  againTotals: { created: 0, updated: 0, unchanged: 2, nominalDiffers: 0, openedPeriods: 0 },
  rejectedHeader: "periode,program,no_kk,nik_pengurus,nominal,no_kks,bank,tahap,baris,kolom,alasan",
  rejectedLine: "3,no_kk,The No. KK is not in the registry of your area",
});
