import type { idDuplicates } from "./id-duplicates.ts";

/** English for the duplicate review; spread into `en.ts`. */
export const enDuplicates: typeof idDuplicates = {
  duplikat: {
    title: "Duplicates",
    intro:
      "Pairs of members who may be one person: the same NIK in two regencies, or a similar name with the same birth date. Check them, then merge or mark them as two different people.",
    scan: "Scan for duplicates",
    scanHelp: "Checks your whole assigned area; it may take a moment.",
    scanning: "Scanning… {{n}} of {{total}}",
    scanningStart: "Scanning…",
    scanDone: "Scan finished: {{n}} new pairs.",
    scanFailed: "The scan failed. Try again; if it keeps happening, tell the administrator.",
    status: { terbuka: "Open", digabung: "Merged", ditolak: "Not duplicates" },
    kind: { nik_sama: "Same NIK", mirip: "Similar name" },
    score: "{{n}}% alike",
    empty: "No pairs here.",
    born: "Born",
    openFamily: "Open the family",
    keepThis: "Keep {{side}}",
    dismiss: "Not the same person",
    mergeTitle: "Merge the records",
    mergeText:
      "{{kept}} is kept. The record of {{removed}} is marked as a duplicate (not deleted; its history stays). This decision cannot be changed.",
    dismissTitle: "Two different people",
    dismissText: "The pair is closed; both records stay active. This decision cannot be changed.",
    note: "Note (optional)",
    confirm: "Save the decision",
    merged: "Records merged",
    dismissed: "Marked as two different people",
    decidedOn: "Decided {{date}}",
    notAllowed: "Your role cannot review duplicates.",
    keptRecord: "See the record kept",
  },
};
