DROP INDEX "anggota_family_idx";--> statement-breakpoint
CREATE INDEX "anggota_no_kk_idx" ON "anggota" USING btree ("no_kk");