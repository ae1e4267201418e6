CREATE TABLE "caseload_norm" (
	"role" text PRIMARY KEY NOT NULL,
	"norma" integer NOT NULL,
	"unit" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companion_desa" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"desa_code" text NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "companion_desa_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "companion_family" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"no_kk" text NOT NULL,
	"desa_code" text NOT NULL,
	"user_id" uuid NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date,
	"handover_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "companion_family_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "handover" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"from_user_id" uuid NOT NULL,
	"to_user_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"alasan" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "handover_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "handover_family" (
	"kab_code" text NOT NULL,
	"handover_id" uuid NOT NULL,
	"no_kk" text NOT NULL,
	"desa_code" text NOT NULL,
	"informed_at" timestamp with time zone,
	"informed_by" uuid,
	"informed_how" text,
	CONSTRAINT "handover_family_kab_code_handover_id_no_kk_pk" PRIMARY KEY("kab_code","handover_id","no_kk")
);
--> statement-breakpoint
CREATE TABLE "bantuan_lain" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"no_kk" text NOT NULL,
	"desa_code" text NOT NULL,
	"jenis_pemberi" text NOT NULL,
	"pemberi" text NOT NULL,
	"bentuk" text NOT NULL,
	"uraian" text,
	"nilai" bigint NOT NULL,
	"tanggal" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idempotency_key" text,
	CONSTRAINT "bantuan_lain_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "enrolment" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"program_code" text NOT NULL,
	"no_kk" text NOT NULL,
	"desa_code" text NOT NULL,
	"nik_pengurus" text NOT NULL,
	"status" text NOT NULL,
	"sejak" date NOT NULL,
	"no_kks" text,
	"bank" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolment_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "enrolment_transition" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"tanggal" date NOT NULL,
	"alasan" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"job_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolment_transition_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "pkh_entitlement" (
	"kab_code" text NOT NULL,
	"tahun" smallint NOT NULL,
	"tahap" smallint NOT NULL,
	"no_kk" text NOT NULL,
	"desa_code" text NOT NULL,
	"tanggal" date NOT NULL,
	"nominal" bigint NOT NULL,
	"komponen" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"job_id" uuid,
	CONSTRAINT "pkh_entitlement_kab_code_tahun_tahap_no_kk_pk" PRIMARY KEY("kab_code","tahun","tahap","no_kk")
);
--> statement-breakpoint
CREATE TABLE "program" (
	"code" text PRIMARY KEY NOT NULL,
	"nama_id" text NOT NULL,
	"nama_en" text NOT NULL,
	"jenis" text NOT NULL,
	"kab_code" text,
	"aktif" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_rule" (
	"program_code" text NOT NULL,
	"rule" text NOT NULL,
	"berlaku_mulai" date NOT NULL,
	"value" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_rule_program_code_rule_berlaku_mulai_pk" PRIMARY KEY("program_code","rule","berlaku_mulai")
);
--> statement-breakpoint
CREATE TABLE "wilayah_location" (
	"code" text PRIMARY KEY NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"sumber" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "companion_desa_user_idx" ON "companion_desa" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "companion_desa_desa_idx" ON "companion_desa" USING btree ("desa_code");--> statement-breakpoint
CREATE UNIQUE INDEX "companion_desa_open_key" ON "companion_desa" USING btree ("kab_code","user_id","desa_code") WHERE selesai IS NULL;--> statement-breakpoint
CREATE INDEX "companion_family_user_idx" ON "companion_family" USING btree ("user_id","selesai");--> statement-breakpoint
CREATE INDEX "companion_family_desa_idx" ON "companion_family" USING btree ("desa_code");--> statement-breakpoint
CREATE UNIQUE INDEX "companion_family_open_key" ON "companion_family" USING btree ("kab_code","no_kk") WHERE selesai IS NULL;--> statement-breakpoint
CREATE INDEX "handover_to_idx" ON "handover" USING btree ("to_user_id");--> statement-breakpoint
CREATE INDEX "bantuan_lain_family_idx" ON "bantuan_lain" USING btree ("kab_code","no_kk");--> statement-breakpoint
CREATE INDEX "bantuan_lain_desa_idx" ON "bantuan_lain" USING btree ("desa_code","tanggal");--> statement-breakpoint
CREATE UNIQUE INDEX "bantuan_lain_idempotency_key" ON "bantuan_lain" USING btree ("kab_code","recorded_by","idempotency_key");--> statement-breakpoint
CREATE INDEX "enrolment_id_idx" ON "enrolment" USING btree ("id");--> statement-breakpoint
CREATE INDEX "enrolment_family_idx" ON "enrolment" USING btree ("kab_code","no_kk");--> statement-breakpoint
CREATE INDEX "enrolment_program_desa_idx" ON "enrolment" USING btree ("program_code","desa_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolment_open_key" ON "enrolment" USING btree ("kab_code","program_code","no_kk") WHERE status IN ('calon', 'tervalidasi', 'aktif', 'ditangguhkan');--> statement-breakpoint
CREATE INDEX "enrolment_transition_enrolment_idx" ON "enrolment_transition" USING btree ("kab_code","enrolment_id");--> statement-breakpoint
CREATE INDEX "pkh_entitlement_desa_idx" ON "pkh_entitlement" USING btree ("tahun","tahap","desa_code");