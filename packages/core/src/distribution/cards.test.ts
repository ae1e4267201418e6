import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cardDefaultHolder,
  cardTransitions,
  checkCardEvent,
  type TCardEvent,
  type TCardState,
  ZCardEvent,
} from "./cards.ts";
import { cardStatuses, holderKinds, type TCardStatus } from "./distribution.ts";

const now = new Date("2025-06-15T03:00:00Z");
const anyStatus = fc.constantFrom(...cardStatuses);
const inTable = (from: TCardStatus, to: TCardStatus) =>
  (cardTransitions[from] as readonly TCardStatus[]).includes(to);
const state = (status: TCardStatus, over: Partial<TCardState> = {}): TCardState => ({
  status,
  holder: { jenis: cardDefaultHolder[status], userId: null, nama: "Siti" },
  lastTanggal: "2025-01-01",
  ...over,
});
const event = (over: Partial<TCardEvent>): TCardEvent => ({ tanggal: "2025-06-01", ...over });
/** The fields a change to `to` needs to pass on everything but the table. */
const complete = (to: TCardStatus): TCardEvent =>
  event({ status: to, pemegangNama: "Siti", ...(to === "diganti" ? { noKksBaru: "6019000000000001" } : {}) });

describe("KKS card transitions", () => {
  it("allows exactly the table's pairs; every other is refused naming the state and the ask", () => {
    fc.assert(
      fc.property(anyStatus, anyStatus, (from, to) => {
        const check = checkCardEvent(state(from), complete(to), now);
        expect(check.ok).toBe(inTable(from, to));
        if (!check.ok) {
          expect(check.field).toBe("status");
          expect(check.refusal.id).toContain(`"${from}"`);
          expect(check.refusal.id).toContain(`"${to}"`);
        }
      }),
    );
  });

  it("never leaves diganti or ditarik, and reaches diganti only from a card problem", () => {
    fc.assert(
      fc.property(fc.array(anyStatus, { maxLength: 12 }), (asks) => {
        let current: TCardStatus = "dicetak";
        for (const to of asks) {
          const check = checkCardEvent(state(current), complete(to), now);
          if (!check.ok) continue;
          expect(["diganti", "ditarik"]).not.toContain(current);
          if (to === "diganti") expect(["diblokir", "hilang", "rusak", "tertelan"]).toContain(current);
          current = check.status;
        }
      }),
    );
  });

  it("holds the card with the holder its state implies, unless the caller names another", () => {
    for (const from of cardStatuses) {
      for (const to of cardTransitions[from]) {
        const check = checkCardEvent(state(from), complete(to), now);
        expect(check.ok && check.holder.jenis).toBe(cardDefaultHolder[to]);
      }
    }
    const named = checkCardEvent(
      state("diserahkan"),
      event({ status: "hilang", pemegangJenis: "desa" }),
      now,
    );
    expect(named.ok && named.holder).toEqual({ jenis: "desa", userId: null, nama: null });
  });

  it("needs the receiving person, a staff member, a new number, and dates in order", () => {
    const refusedOn = (card: TCardState, e: TCardEvent) => {
      const check = checkCardEvent(card, e, now);
      return check.ok ? null : check.field;
    };
    expect(refusedOn(state("dicetak"), event({ status: "diserahkan" }))).toBe("pemegangNama");
    expect(refusedOn(state("dicetak"), event({ status: "diserahkan", pemegangJenis: "staf" }))).toBe(
      "pemegangJenis",
    );
    expect(refusedOn(state("diserahkan"), event({ pemegangJenis: "staf" }))).toBe("pemegangUserId");
    expect(refusedOn(state("hilang"), event({ status: "diganti" }))).toBe("noKksBaru");
    expect(refusedOn(state("dicetak"), complete("diserahkan"))).toBeNull();
    expect(refusedOn(state("dicetak"), { ...complete("diserahkan"), tanggal: "2024-12-31" })).toBe("tanggal");
    expect(refusedOn(state("dicetak"), { ...complete("diserahkan"), tanggal: "2025-06-17" })).toBe("tanggal");
    // A hand-over to the holder already on record changes nothing and is refused.
    expect(refusedOn(state("diserahkan"), event({ pemegangJenis: "keluarga" }))).toBe("pemegangJenis");
    // A final card takes no hand-over either.
    expect(refusedOn(state("ditarik"), event({ pemegangJenis: "bank" }))).toBe("pemegangJenis");
  });

  it("hands a card over between any two holders, keeping its state", () => {
    for (const from of holderKinds) {
      for (const to of holderKinds) {
        const card = state("diserahkan", { holder: { jenis: from, userId: null, nama: "A" } });
        const check = checkCardEvent(
          card,
          event({
            pemegangJenis: to,
            pemegangNama: "B",
            ...(to === "staf" ? { pemegangUserId: crypto.randomUUID() } : {}),
          }),
          now,
        );
        expect(check.ok && check.status).toBe("diserahkan");
        expect(check.ok && check.handOverOnly).toBe(true);
      }
    }
  });

  it("asks for a holder on a hand-over and the new number on a replacement already in the schema", () => {
    const handOver = ZCardEvent.safeParse({ tanggal: "2025-06-01" });
    expect(handOver.success).toBe(false);
    const replace = ZCardEvent.safeParse({ status: "diganti", tanggal: "2025-06-01" });
    expect(replace.error?.issues.map((i) => i.path.join("."))).toEqual(["noKksBaru"]);
  });
});
