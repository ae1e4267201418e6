import { type TUsulanView, usulanReasons, usulanStatuses } from "@kawal/core";
import { useTranslation } from "react-i18next";

const known = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Status colours: open proposals stand out, closed ones fade. */
export const statusColor: Record<string, string> = {
  diusulkan: "blue",
  musdes: "indigo",
  verval: "violet",
  disetujui: "teal",
  ditolak: "red",
};

/** Labels for a proposal in the UI language; codes this build does not know show as they came. */
export function useUsulanLabels() {
  const { t } = useTranslation();
  const status = (value: string) => (known(usulanStatuses, value) ? t(`usulan.status.${value}`) : value);
  const reason = (value: string) => (known(usulanReasons, value) ? t(`usulan.reason.${value}`) : value);
  /** "Hapus anggota · Meninggal", "Ubah data", "Tambah keluarga". */
  const what = (usulan: Pick<TUsulanView, "kind" | "reason" | "nik">) => {
    if (usulan.kind !== "hapus") return t(`usulan.kind.${usulan.kind}`);
    const head = usulan.nik ? t("usulan.memberRemoval") : t("usulan.familyRemoval");
    return usulan.reason ? `${head} · ${reason(usulan.reason)}` : head;
  };
  return { status, reason, what };
}
