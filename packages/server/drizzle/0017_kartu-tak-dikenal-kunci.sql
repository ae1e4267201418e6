-- A `kartu_tak_dikenal` finding is now keyed by programme, period and card (`SEMBAKO:2025-03:<no_kks>`),
-- so the same unknown card in two programmes of one month is two findings. Findings listed before carry
-- the old key (`2025-03:<no_kks>`): give them the new one, so a later search does not list them again.
UPDATE anomali SET kunci = program_code || ':' || kunci
WHERE jenis = 'kartu_tak_dikenal' AND program_code IS NOT NULL AND kunci = periode || ':' || no_kks;
