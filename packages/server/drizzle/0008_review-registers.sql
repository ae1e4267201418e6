CREATE TABLE "duplicate_pair" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"kab_a" text NOT NULL,
	"nik_a" text NOT NULL,
	"kab_b" text NOT NULL,
	"nik_b" text NOT NULL,
	"score" real NOT NULL,
	"status" text DEFAULT 'terbuka' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duplicate_pair_kab_code_id_pk" PRIMARY KEY("kab_code","id"),
	CONSTRAINT "duplicate_pair_members_key" UNIQUE("kab_code","kab_a","nik_a","kab_b","nik_b")
);
--> statement-breakpoint
CREATE TABLE "social_category" (
	"register" text NOT NULL,
	"kode" integer NOT NULL,
	"berlaku_mulai" date NOT NULL,
	"nama" text NOT NULL,
	"aktif" text DEFAULT 'ya' NOT NULL,
	CONSTRAINT "social_category_register_kode_berlaku_mulai_pk" PRIMARY KEY("register","kode","berlaku_mulai")
);
--> statement-breakpoint
CREATE TABLE "social_register" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"register" text NOT NULL,
	"kategori_kode" integer NOT NULL,
	"kecamatan_code" text NOT NULL,
	"desa_code" text,
	"nama" text NOT NULL,
	"nik" text,
	"no_kk" text,
	"keterangan" text,
	"status" text DEFAULT 'aktif' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "social_register_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "usulan" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"desa_code" text NOT NULL,
	"no_kk" text,
	"nik" text,
	"data" jsonb NOT NULL,
	"status" text DEFAULT 'diusulkan' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"musdes_date" date,
	"musdes_minutes_key" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "usulan_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "usulan_step" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"usulan_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	CONSTRAINT "usulan_step_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE INDEX "duplicate_pair_status_idx" ON "duplicate_pair" USING btree ("kab_code","status");--> statement-breakpoint
CREATE INDEX "social_register_place_idx" ON "social_register" USING btree ("kab_code","register","kecamatan_code","kategori_kode");--> statement-breakpoint
CREATE INDEX "usulan_status_idx" ON "usulan" USING btree ("kab_code","status","desa_code");--> statement-breakpoint
CREATE INDEX "usulan_step_usulan_idx" ON "usulan_step" USING btree ("kab_code","usulan_id");