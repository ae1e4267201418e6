import { useTranslation } from "react-i18next";

const rupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  maximumFractionDigits: 0,
});

/** Rupiah as Indonesians write it (`Rp 150.000`), whatever the UI language: it is the money's own form. */
export function formatRupiah(value: number): string {
  return rupiah.format(value);
}

/** The core schemas carry messages as "Indonesian / English"; show the UI language's half. */
export function useBilingualPick(): (message: string | undefined) => string | undefined {
  const { i18n } = useTranslation();
  return (message) => {
    if (message === undefined) return undefined;
    const [id, en] = message.split(" / ");
    return (i18n.language === "en" ? en : id) ?? message;
  };
}
