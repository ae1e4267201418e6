CREATE INDEX "anomali_id_idx" ON "anomali" USING btree ("id");--> statement-breakpoint
CREATE INDEX "agen_id_idx" ON "agen" USING btree ("id_agen");--> statement-breakpoint
CREATE INDEX "jadwal_penyaluran_id_idx" ON "jadwal_penyaluran" USING btree ("id");--> statement-breakpoint
CREATE INDEX "monitoring_6t_id_idx" ON "monitoring_6t" USING btree ("id");