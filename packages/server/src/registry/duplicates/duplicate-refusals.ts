import { AppError, AppErrorCode, type TBilingual, type TPairStatus } from "@kawal/core";

/** Why a decision is refused, in both languages; never with a name or a number in it. */
const statusNames: Record<TPairStatus, TBilingual> = {
  terbuka: { id: "terbuka", en: "open" },
  digabung: { id: "digabung (satu orang)", en: "merged (one person)" },
  ditolak: { id: "ditolak (dua orang berbeda)", en: "dismissed (two different people)" },
};

function refuse(field: string, message: TBilingual): AppError {
  return new AppError(AppErrorCode.INVALID_TRANSITION, `${field}: ${message.en}`, {
    fields: [{ field, message }],
  });
}

export const duplicateRefusals = {
  /** A pair is decided once; the state it is in and what was asked are both named. */
  decided: (status: TPairStatus, asked: TPairStatus) =>
    refuse("decision", {
      id: `Pasangan ini sudah berstatus ${statusNames[status].id}; tidak dapat diubah menjadi ${statusNames[asked].id}`,
      en: `This pair is already ${statusNames[status].en}; it cannot become ${statusNames[asked].en}`,
    }),
  /** Only active members merge: one that died, moved or was merged already has left the registry. */
  memberNotActive: (side: "a" | "b", status: string) =>
    refuse(side === "a" ? "a" : "b", {
      id: `Anggota ${side.toUpperCase()} berstatus ${status}; penggabungan hanya untuk dua anggota aktif`,
      en: `Member ${side.toUpperCase()} has status ${status}; only two active members can be merged`,
    }),
};
