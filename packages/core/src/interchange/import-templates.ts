import { z } from "zod";

/**
 * The example files the import pages offer for download, one per file kind (docs/formats.md): a user
 * fills in a file that already has the right header and a few valid rows, instead of guessing the
 * columns. `transaksi_item` goes with `transaksi`.
 */
export const importTemplates = [
  "anggota",
  "peserta",
  "daftar_bayar",
  "agen",
  "transaksi",
  "transaksi_item",
] as const;
export const ZImportTemplate = z.enum(importTemplates);
export type TImportTemplate = z.infer<typeof ZImportTemplate>;

/** Where the web app downloads a kind's example file. */
export const importTemplateUrl = (kind: TImportTemplate) => `/api/import-templates/${kind}`;
