CREATE TABLE "job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"file_name" text,
	"partial" boolean DEFAULT false NOT NULL,
	"total_rows" integer,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"rejected_rows" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"created_by" uuid,
	"runner" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "anggota" (
	"kab_code" text NOT NULL,
	"nik" text NOT NULL,
	"no_kk" text NOT NULL,
	"nama" text NOT NULL,
	"hubungan" text NOT NULL,
	"jenis_kelamin" text NOT NULL,
	"tanggal_lahir" date NOT NULL,
	"pendidikan" text,
	"pekerjaan" text,
	"disabilitas" boolean,
	"hamil" boolean,
	"status" text DEFAULT 'aktif' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "anggota_kab_code_nik_pk" PRIMARY KEY("kab_code","nik")
);
--> statement-breakpoint
CREATE TABLE "keluarga" (
	"kab_code" text NOT NULL,
	"no_kk" text NOT NULL,
	"desa_code" text NOT NULL,
	"alamat" text,
	"rt" text,
	"rw" text,
	"desil" smallint,
	"status_rumah" text,
	"lantai" text,
	"dinding" text,
	"atap" text,
	"jamban" text,
	"sumber_air" text,
	"daya_listrik" text,
	"status" text DEFAULT 'aktif' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "keluarga_kab_code_no_kk_pk" PRIMARY KEY("kab_code","no_kk")
);
--> statement-breakpoint
CREATE TABLE "registry_event" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"no_kk" text NOT NULL,
	"nik" text,
	"occurred_on" date,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"job_id" uuid,
	"data" jsonb NOT NULL,
	"evidence_key" text,
	CONSTRAINT "registry_event_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE INDEX "job_status_idx" ON "job" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "anggota_family_idx" ON "anggota" USING btree ("kab_code","no_kk");--> statement-breakpoint
CREATE INDEX "anggota_nik_idx" ON "anggota" USING btree ("nik");--> statement-breakpoint
CREATE INDEX "anggota_nama_trgm_idx" ON "anggota" USING gin (lower("nama") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "anggota_birth_idx" ON "anggota" USING btree ("kab_code","tanggal_lahir");--> statement-breakpoint
CREATE INDEX "keluarga_desa_idx" ON "keluarga" USING btree ("desa_code");--> statement-breakpoint
CREATE INDEX "keluarga_no_kk_idx" ON "keluarga" USING btree ("no_kk");--> statement-breakpoint
CREATE INDEX "registry_event_family_idx" ON "registry_event" USING btree ("kab_code","no_kk");