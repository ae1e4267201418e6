const rupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  maximumFractionDigits: 0,
});

/** Rupiah as Indonesians write it (`Rp 150.000`), whatever the UI language: it is the money's own form. */
export function formatRupiah(value: number): string {
  return rupiah.format(value);
}
