import type { TCardFlagReason, TCardStatus, THolderKind } from "@kawal/core";
import { useTranslation } from "react-i18next";
import { idCards } from "../i18n/id-cards.ts";

const knownRoles = idCards.kartu.role;

/** Labels for a card's coded values in the UI language. */
export function useCardLabels() {
  const { t } = useTranslation();
  return {
    status: (s: TCardStatus) => t(`kartu.statusName.${s}`),
    kind: (k: THolderKind) => t(`kartu.holderKind.${k}`),
    why: (w: TCardFlagReason) => t(`kartu.flagWhy.${w}`),
    role: (r: string | null) =>
      r && Object.hasOwn(knownRoles, r) ? t(`kartu.role.${r as keyof typeof knownRoles}`) : (r ?? ""),
    /** "Staf: Budi (TKSK)", "Keluarga: Siti", "Bank". */
    holder: (h: { jenis: THolderKind; nama: string | null; role?: string | null }) => {
      const kind = t(`kartu.holderKind.${h.jenis}`);
      const role =
        h.role && Object.hasOwn(knownRoles, h.role)
          ? ` (${t(`kartu.role.${h.role as keyof typeof knownRoles}`)})`
          : "";
      return h.nama ? `${kind}: ${h.nama}${role}` : kind;
    },
  };
}

export const statusColor: Record<TCardStatus, string> = {
  dicetak: "gray",
  diserahkan: "green",
  diblokir: "orange",
  hilang: "red",
  rusak: "orange",
  tertelan: "orange",
  diganti: "gray",
  ditarik: "gray",
};
