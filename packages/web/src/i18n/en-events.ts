import type { idEvents } from "./id-events.ts";

/** English for recording life events on a family's page; spread into `en.ts`. */
export const enEvents: typeof idEvents = {
  peristiwa: {
    action: "Record an event",
    title: "Record an event",
    kind: "Kind of event",
    member: "Family member",
    chooseMember: "Choose a member…",
    noEligible: "No member fits this kind of event.",
    occurredOn: "Date of the event",
    catatan: "Note (optional)",
    catatanPlaceholder: "What you saw or were told, e.g. who told you",
    nama: "Baby's name",
    jenisKelamin: "Sex",
    tanggalLahir: "Date of birth",
    nik: "Baby's NIK (if already issued)",
    nikHelp:
      "Leave empty if there is none yet; the member gets a provisional number until the NIK is issued.",
    hubungan: "Relationship to the head of family",
    pendidikan: "School level now",
    pendidikanPlaceholder: "e.g. SD, SMP, SMA",
    tujuanDesa: "Village moved to (if known)",
    tujuanSearch: "Type the village's name",
    disabilitas: "Situation now",
    disabilitasYes: "Has a disability",
    disabilitasNo: "Has no disability",
    submit: "Save the event",
    saved: "Event recorded: {{kind}}",
    maskedOnly:
      "NIKs are masked for your role, so events about a member (death, move and others) cannot be recorded here yet. A birth can still be recorded.",
    alreadyRecorded:
      "This event was already recorded by an earlier attempt. The family has been reloaded: check the history before recording again.",
    occurred: "Happened {{date}}",
    note: "Note: {{text}}",
    destination: "Moved to: {{desa}}",
    provisionalNik: "Provisional number: no NIK issued yet",
  },
};
