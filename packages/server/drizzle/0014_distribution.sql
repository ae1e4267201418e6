CREATE TABLE "anomali" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"jenis" text NOT NULL,
	"kunci" text NOT NULL,
	"program_code" text,
	"periode" text,
	"no_kk" text,
	"no_kks" text,
	"id_agen" text,
	"desa_code" text NOT NULL,
	"bukti" jsonb NOT NULL,
	"status" text DEFAULT 'terbuka' NOT NULL,
	"pemilik_id" uuid,
	"catatan" text,
	"ditemukan_pada" timestamp with time zone DEFAULT now() NOT NULL,
	"diselesaikan_pada" timestamp with time zone,
	"diselesaikan_oleh" uuid,
	CONSTRAINT "anomali_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "kartu_kks" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"no_kks" text NOT NULL,
	"no_kk" text NOT NULL,
	"desa_code" text NOT NULL,
	"nik_pengurus" text,
	"bank" text NOT NULL,
	"status" text NOT NULL,
	"pemegang_jenis" text NOT NULL,
	"pemegang_user_id" uuid,
	"pemegang_nama" text,
	"pemegang_sejak" timestamp with time zone NOT NULL,
	"menggantikan" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kartu_kks_kab_code_no_kks_pk" PRIMARY KEY("kab_code","no_kks")
);
--> statement-breakpoint
CREATE TABLE "kartu_kks_event" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"no_kks" text NOT NULL,
	"status" text NOT NULL,
	"pemegang_jenis" text NOT NULL,
	"pemegang_user_id" uuid,
	"pemegang_nama" text,
	"tanggal" date NOT NULL,
	"catatan" text,
	"actor_id" uuid NOT NULL,
	"idempotency_key" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kartu_kks_event_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "agen" (
	"kab_code" text NOT NULL,
	"id_agen" text NOT NULL,
	"nama" text NOT NULL,
	"desa_code" text NOT NULL,
	"bank" text NOT NULL,
	"alamat" text,
	"lat" double precision,
	"lon" double precision,
	"user_id" uuid,
	"aktif" boolean DEFAULT true NOT NULL,
	"job_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agen_kab_code_id_agen_pk" PRIMARY KEY("kab_code","id_agen")
);
--> statement-breakpoint
CREATE TABLE "alasan_belum" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"program_code" text NOT NULL,
	"periode" text NOT NULL,
	"no_kk" text NOT NULL,
	"desa_code" text NOT NULL,
	"alasan" text NOT NULL,
	"keterangan" text,
	"dicatat_pada" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alasan_belum_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "daftar_bayar" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"program_code" text NOT NULL,
	"periode" text NOT NULL,
	"no_kk" text NOT NULL,
	"desa_code" text NOT NULL,
	"nik_pengurus" text NOT NULL,
	"nominal" bigint NOT NULL,
	"no_kks" text NOT NULL,
	"bank" text NOT NULL,
	"tahap" smallint,
	"status_injeksi" text DEFAULT 'belum' NOT NULL,
	"terinjek_pada" date,
	"job_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "daftar_bayar_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "harga_eceran_tertinggi" (
	"komoditas" text NOT NULL,
	"satuan" text NOT NULL,
	"berlaku_mulai" date NOT NULL,
	"harga" bigint NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "harga_eceran_tertinggi_komoditas_satuan_berlaku_mulai_pk" PRIMARY KEY("komoditas","satuan","berlaku_mulai")
);
--> statement-breakpoint
CREATE TABLE "jadwal_keluarga" (
	"kab_code" text NOT NULL,
	"jadwal_id" uuid NOT NULL,
	"program_code" text NOT NULL,
	"periode" text NOT NULL,
	"no_kk" text NOT NULL,
	CONSTRAINT "jadwal_keluarga_kab_code_jadwal_id_no_kk_pk" PRIMARY KEY("kab_code","jadwal_id","no_kk")
);
--> statement-breakpoint
CREATE TABLE "jadwal_penyaluran" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"program_code" text NOT NULL,
	"periode" text NOT NULL,
	"id_agen" text NOT NULL,
	"desa_code" text NOT NULL,
	"tanggal" date NOT NULL,
	"jam_mulai" time NOT NULL,
	"jam_selesai" time NOT NULL,
	"catatan" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jadwal_penyaluran_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "periode_penyaluran" (
	"program_code" text NOT NULL,
	"periode" text NOT NULL,
	"tahap" smallint,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "periode_penyaluran_program_code_periode_pk" PRIMARY KEY("program_code","periode")
);
--> statement-breakpoint
CREATE TABLE "rekonsiliasi" (
	"kab_code" text NOT NULL,
	"program_code" text NOT NULL,
	"periode" text NOT NULL,
	"kunci" text NOT NULL,
	"no_kk" text,
	"no_kks" text NOT NULL,
	"desa_code" text NOT NULL,
	"kelas" text NOT NULL,
	"nominal_daftar" bigint DEFAULT 0 NOT NULL,
	"nominal_realisasi" bigint DEFAULT 0 NOT NULL,
	"jumlah_transaksi" smallint DEFAULT 0 NOT NULL,
	"transaksi_terakhir" timestamp with time zone,
	"alasan" text,
	"keterangan" text,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rekonsiliasi_kab_code_program_code_periode_kunci_pk" PRIMARY KEY("kab_code","program_code","periode","kunci")
);
--> statement-breakpoint
CREATE TABLE "transaksi" (
	"kab_code" text NOT NULL,
	"id_transaksi" text NOT NULL,
	"waktu" timestamp with time zone NOT NULL,
	"program_code" text NOT NULL,
	"periode" text NOT NULL,
	"no_kks" text NOT NULL,
	"nominal" bigint NOT NULL,
	"status" text NOT NULL,
	"alasan" text,
	"id_agen" text NOT NULL,
	"desa_code" text NOT NULL,
	"sumber" text NOT NULL,
	"job_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transaksi_kab_code_id_transaksi_pk" PRIMARY KEY("kab_code","id_transaksi")
);
--> statement-breakpoint
CREATE TABLE "transaksi_item" (
	"kab_code" text NOT NULL,
	"id_transaksi" text NOT NULL,
	"baris" smallint NOT NULL,
	"komoditas" text NOT NULL,
	"jumlah" numeric NOT NULL,
	"satuan" text NOT NULL,
	"harga_satuan" bigint NOT NULL,
	"het" bigint,
	CONSTRAINT "transaksi_item_kab_code_id_transaksi_baris_pk" PRIMARY KEY("kab_code","id_transaksi","baris")
);
--> statement-breakpoint
CREATE TABLE "monitoring_6t" (
	"kab_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"program_code" text NOT NULL,
	"periode" text NOT NULL,
	"id_agen" text NOT NULL,
	"desa_code" text NOT NULL,
	"tanggal" date NOT NULL,
	"skor" smallint NOT NULL,
	"catatan" text,
	"petugas_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_6t_kab_code_id_pk" PRIMARY KEY("kab_code","id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_6t_aspek" (
	"kab_code" text NOT NULL,
	"monitoring_id" uuid NOT NULL,
	"aspek" text NOT NULL,
	"sesuai" boolean NOT NULL,
	"temuan" text,
	"foto_key" text,
	"tindak_lanjut" text,
	"tindak_lanjut_status" text,
	"ditutup_pada" timestamp with time zone,
	"ditutup_oleh" uuid,
	"catatan_penutupan" text,
	CONSTRAINT "monitoring_6t_aspek_kab_code_monitoring_id_aspek_pk" PRIMARY KEY("kab_code","monitoring_id","aspek")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "anomali_once" ON "anomali" USING btree ("kab_code","jenis","kunci");--> statement-breakpoint
CREATE INDEX "anomali_desa_idx" ON "anomali" USING btree ("desa_code","status");--> statement-breakpoint
CREATE INDEX "kartu_kks_id_idx" ON "kartu_kks" USING btree ("id");--> statement-breakpoint
CREATE INDEX "kartu_kks_family_idx" ON "kartu_kks" USING btree ("kab_code","no_kk");--> statement-breakpoint
CREATE INDEX "kartu_kks_holder_idx" ON "kartu_kks" USING btree ("pemegang_jenis","pemegang_user_id");--> statement-breakpoint
CREATE INDEX "kartu_kks_desa_idx" ON "kartu_kks" USING btree ("desa_code");--> statement-breakpoint
CREATE INDEX "kartu_kks_event_card_idx" ON "kartu_kks_event" USING btree ("kab_code","no_kks");--> statement-breakpoint
CREATE INDEX "agen_desa_idx" ON "agen" USING btree ("desa_code");--> statement-breakpoint
CREATE INDEX "agen_user_idx" ON "agen" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alasan_belum_idempotency_key" ON "alasan_belum" USING btree ("kab_code","idempotency_key");--> statement-breakpoint
CREATE INDEX "alasan_belum_family_idx" ON "alasan_belum" USING btree ("kab_code","program_code","periode","no_kk");--> statement-breakpoint
CREATE UNIQUE INDEX "daftar_bayar_family_key" ON "daftar_bayar" USING btree ("kab_code","program_code","periode","no_kk");--> statement-breakpoint
CREATE INDEX "daftar_bayar_card_idx" ON "daftar_bayar" USING btree ("kab_code","periode","no_kks");--> statement-breakpoint
CREATE INDEX "daftar_bayar_desa_idx" ON "daftar_bayar" USING btree ("kab_code","program_code","periode","desa_code");--> statement-breakpoint
CREATE UNIQUE INDEX "jadwal_keluarga_once" ON "jadwal_keluarga" USING btree ("kab_code","program_code","periode","no_kk");--> statement-breakpoint
CREATE INDEX "jadwal_agen_idx" ON "jadwal_penyaluran" USING btree ("kab_code","periode","id_agen");--> statement-breakpoint
CREATE INDEX "jadwal_desa_idx" ON "jadwal_penyaluran" USING btree ("periode","desa_code");--> statement-breakpoint
CREATE INDEX "rekonsiliasi_desa_idx" ON "rekonsiliasi" USING btree ("program_code","periode","desa_code","kelas");--> statement-breakpoint
CREATE INDEX "transaksi_card_idx" ON "transaksi" USING btree ("kab_code","periode","program_code","no_kks");--> statement-breakpoint
CREATE INDEX "transaksi_agen_idx" ON "transaksi" USING btree ("kab_code","id_agen","waktu");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_6t_once" ON "monitoring_6t" USING btree ("kab_code","program_code","periode","id_agen");--> statement-breakpoint
CREATE INDEX "monitoring_6t_desa_idx" ON "monitoring_6t" USING btree ("periode","desa_code");