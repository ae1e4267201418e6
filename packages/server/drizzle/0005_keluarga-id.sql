ALTER TABLE "keluarga" ADD COLUMN "id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
CREATE INDEX "keluarga_id_idx" ON "keluarga" USING btree ("id");--> statement-breakpoint
ALTER TABLE "keluarga" ADD CONSTRAINT "keluarga_id_key" UNIQUE("kab_code","id");