CREATE INDEX "duplicate_pair_id_idx" ON "duplicate_pair" USING btree ("id");--> statement-breakpoint
CREATE INDEX "social_register_id_idx" ON "social_register" USING btree ("id");--> statement-breakpoint
CREATE INDEX "usulan_id_idx" ON "usulan" USING btree ("id");