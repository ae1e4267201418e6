-- Members carry their desa so scope filters need no join; existing members take their family's.
ALTER TABLE "anggota" ADD COLUMN "desa_code" text;--> statement-breakpoint
UPDATE "anggota" a SET "desa_code" = k."desa_code" FROM "keluarga" k WHERE k."kab_code" = a."kab_code" AND k."no_kk" = a."no_kk";--> statement-breakpoint
ALTER TABLE "anggota" ALTER COLUMN "desa_code" SET NOT NULL;
