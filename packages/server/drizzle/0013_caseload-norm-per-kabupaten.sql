-- Norms per kabupaten: the existing rows (the seeded or edited norms) become the national default `ID`.
ALTER TABLE "caseload_norm" ADD COLUMN "wilayah_code" text DEFAULT 'ID' NOT NULL;--> statement-breakpoint
ALTER TABLE "caseload_norm" ALTER COLUMN "wilayah_code" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "caseload_norm" DROP CONSTRAINT "caseload_norm_pkey";--> statement-breakpoint
ALTER TABLE "caseload_norm" ADD CONSTRAINT "caseload_norm_wilayah_code_role_pk" PRIMARY KEY("wilayah_code","role");
