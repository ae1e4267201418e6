import { describeCliImport } from "./cli-import-contract.ts";

describeCliImport({
  kind: "agen",
  good: `id_agen,nama,kode_desa,bank,lat,lon
EW-001,e-Warong Sumber Rejeki,35.17.18.2003,BRI,-7.54,112.23
EW-002,e-Warong Maju,3517182004,BNI,,
`,
  bad: `id_agen,nama,kode_desa,bank
EW-003,e-Warong Baru,35.17.18.2003,BRI
EW-004,e-Warong Jauh,35.17.99.2999,BRI
`,
  needsRegistry: false,
  firstTotals: { created: 2, updated: 0, unchanged: 0 },
  againTotals: { created: 0, updated: 0, unchanged: 2 },
  rejectedHeader: "id_agen,nama,kode_desa,bank,baris,kolom,alasan",
  rejectedLine: "3,kode_desa,Unknown desa code",
});
