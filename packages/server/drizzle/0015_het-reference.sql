-- Starting retail ceilings (HET) and reference prices for the Sembako commodities, Java zone, per
-- kilogram or litre. Dinas Sosial adds dated versions as the national or regional decrees change.
INSERT INTO harga_eceran_tertinggi (komoditas, satuan, berlaku_mulai, harga, note) VALUES
  ('beras', 'kg', '2023-03-15', 10900, 'HET beras medium zona 1'),
  ('beras', 'kg', '2024-06-01', 12500, 'HET beras medium zona 1'),
  ('telur_ayam', 'kg', '2022-01-01', 27000, 'harga acuan konsumen'),
  ('telur_ayam', 'kg', '2024-06-01', 30000, 'harga acuan konsumen'),
  ('daging_ayam', 'kg', '2022-01-01', 37000, 'harga acuan konsumen'),
  ('daging_ayam', 'kg', '2024-06-01', 40000, 'harga acuan konsumen'),
  ('minyak_goreng', 'liter', '2022-07-01', 14000, 'HET minyak goreng rakyat'),
  ('minyak_goreng', 'liter', '2024-08-01', 15700, 'HET minyak goreng rakyat'),
  ('gula_pasir', 'kg', '2023-01-01', 14500, 'harga acuan konsumen'),
  ('gula_pasir', 'kg', '2024-04-01', 17500, 'harga acuan konsumen'),
  ('kacang_hijau', 'kg', '2022-01-01', 24000, 'harga acuan daerah'),
  ('tempe', 'kg', '2022-01-01', 16000, 'harga acuan daerah'),
  ('tahu', 'kg', '2022-01-01', 14000, 'harga acuan daerah')
ON CONFLICT DO NOTHING;
