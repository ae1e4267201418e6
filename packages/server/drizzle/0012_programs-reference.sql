-- The national programmes of DOMAIN.md (Programmes) and their first rule versions. Later versions are
-- added by an administrator from a date; these rows stay as history.
INSERT INTO program (code, nama_id, nama_en, jenis) VALUES
  ('SEMBAKO', 'Program Sembako (BPNT)', 'Sembako food aid (BPNT)', 'nasional'),
  ('PKH', 'Program Keluarga Harapan', 'Family Hope Programme (PKH)', 'nasional'),
  ('PBI', 'PBI-JK / KIS', 'Health insurance contribution aid (PBI-JK / KIS)', 'nasional'),
  ('PIP', 'Program Indonesia Pintar (KIP)', 'Smart Indonesia Programme (PIP / KIP)', 'nasional'),
  ('BST', 'Bantuan Sosial Tunai', 'Cash social assistance (BST)', 'nasional'),
  ('RTLH', 'Rehabilitasi Rumah Tidak Layak Huni', 'Repair of unfit houses (RTLH)', 'nasional');
--> statement-breakpoint
-- Sembako per KPM per month: Rp110,000, then 150,000, then 200,000 (DOMAIN.md, Programmes).
INSERT INTO program_rule (program_code, rule, berlaku_mulai, value, note) VALUES
  ('SEMBAKO', 'sembako_nominal', '2017-01-01', '{"nominal": 110000}', 'BPNT'),
  ('SEMBAKO', 'sembako_nominal', '2020-01-01', '{"nominal": 150000}', 'Program Sembako'),
  ('SEMBAKO', 'sembako_nominal', '2020-03-01', '{"nominal": 200000}', 'Program Sembako'),
  -- reference/pkh-index-2021.csv (PKH implementation guideline 2021): yearly rupiah per component.
  ('PKH', 'pkh_indeks', '2021-01-01',
   '{"hamil": 3000000, "anak_usia_dini": 3000000, "sd": 900000, "smp": 1500000, "sma": 2000000, "disabilitas_berat": 2400000, "lansia": 2400000}',
   'reference/pkh-index-2021.csv'),
  ('PKH', 'pkh_batas_komponen', '2021-01-01', '{"maks": 4}', 'reference/pkh-index-2021.csv'),
  -- Four quarterly stages; members are counted on each stage's first day.
  ('PKH', 'tahap', '2021-01-01',
   '{"tahap": [{"ke": 1, "bulanMulai": 1, "bulanSelesai": 3}, {"ke": 2, "bulanMulai": 4, "bulanSelesai": 6}, {"ke": 3, "bulanMulai": 7, "bulanSelesai": 9}, {"ke": 4, "bulanMulai": 10, "bulanSelesai": 12}]}',
   'Pedoman PKH 2021');
--> statement-breakpoint
-- Caseload norms: 375 KPM per PKH companion (DOMAIN.md); desa per TKSK and per PSM.
INSERT INTO caseload_norm (role, norma, unit) VALUES
  ('pendamping_pkh', 375, 'keluarga'),
  ('tksk', 20, 'desa'),
  ('psm', 1, 'desa');
