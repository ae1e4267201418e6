import type { TBilingual } from "../i18n/bilingual.ts";

/**
 * The refusal of a status change, in the words every state machine of Kawal uses: what the record is,
 * the state it is in, what was asked and why not. One wording, so a card and an enrolment read alike.
 */
export function statusChangeRefusal(
  record: TBilingual,
  state: TBilingual,
  asked: TBilingual,
  why: TBilingual,
): TBilingual {
  return {
    id: `${record.id} berstatus "${state.id}"; perubahan ke "${asked.id}" ditolak: ${why.id}`,
    en: `${record.en} is "${state.en}"; the change to "${asked.en}" is refused: ${why.en}`,
  };
}

/**
 * Why a transition table does not allow `from` → `to`: `from` is final, the record is already there, or
 * else which states it may move to (`open`, in table order).
 */
function notInTableReason<TStatus extends string>(
  from: TStatus,
  to: TStatus,
  open: readonly TStatus[],
  names: Record<TStatus, TBilingual>,
): TBilingual {
  const state = names[from];
  if (open.length === 0) return { id: `status "${state.id}" adalah akhir`, en: `"${state.en}" is final` };
  if (from === to) return { id: "status sudah sama", en: "it is already in that state" };
  return {
    id: `yang dapat: ${open.map((s) => names[s].id).join(", ")}`,
    en: `possible: ${open.map((s) => names[s].en).join(", ")}`,
  };
}

/**
 * Why a transition table refuses `from` → `to`, where `open` are the states the table allows after
 * `from` (in table order); null when `to` is one of them. `names` names each state of the machine.
 */
export function transitionTableRefusal<TStatus extends string>(
  record: TBilingual,
  names: Record<TStatus, TBilingual>,
  from: TStatus,
  to: TStatus,
  open: readonly TStatus[],
): TBilingual | null {
  if (open.includes(to)) return null;
  return statusChangeRefusal(record, names[from], names[to], notInTableReason(from, to, open, names));
}
