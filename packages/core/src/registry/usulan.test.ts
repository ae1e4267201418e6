import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rolePermissions } from "../auth/roles.ts";
import { isFutureDate } from "../time/local-date.ts";
import {
  actionsFor,
  nextStatus,
  statusesToAct,
  type TUsulanStatus,
  usulanActionNames,
  usulanActions,
  usulanStatuses,
  usulanStatusNames,
  ZUsulanCreate,
  ZUsulanKeputusan,
  ZUsulanVerval,
} from "./usulan.ts";

const final: readonly TUsulanStatus[] = ["disetujui", "ditolak"];
const anyAction = fc.constantFrom(...usulanActions);

/** Applies actions in order, skipping refused ones, and returns every status the proposal was in. */
function walk(actions: readonly (typeof usulanActions)[number][]): TUsulanStatus[] {
  const visited: TUsulanStatus[] = ["diusulkan"];
  for (const action of actions) {
    const step = nextStatus(visited.at(-1) as TUsulanStatus, action);
    if (step.ok) visited.push(step.to);
  }
  return visited;
}

describe("usulan transitions", () => {
  it("never reaches disetujui without passing musdes and verval, in that order", () => {
    fc.assert(
      fc.property(fc.array(anyAction, { maxLength: 30 }), (actions) => {
        const visited = walk(actions);
        const approved = visited.indexOf("disetujui");
        if (approved < 0) return;
        const musdes = visited.indexOf("musdes");
        const verval = visited.indexOf("verval");
        expect(musdes).toBeGreaterThan(0);
        expect(verval).toBeGreaterThan(musdes);
        expect(approved).toBeGreaterThan(verval);
      }),
    );
  });

  it("lets nothing leave disetujui or ditolak", () => {
    fc.assert(
      fc.property(fc.constantFrom(...final), anyAction, (status, action) => {
        expect(nextStatus(status, action).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.array(anyAction, { maxLength: 30 }), (actions) => {
        const visited = walk(actions);
        const firstFinal = visited.findIndex((s) => final.includes(s));
        if (firstFinal >= 0) expect(visited.length).toBe(firstFinal + 1);
      }),
    );
  });

  it("names the current state and the asked step in both languages when it refuses", () => {
    for (const status of usulanStatuses) {
      for (const action of usulanActions) {
        const result = nextStatus(status, action);
        if (result.ok) continue;
        expect(result.refusal.id).toContain(usulanStatusNames[status].id);
        expect(result.refusal.id).toContain(usulanActionNames[action].id);
        expect(result.refusal.en).toContain(usulanStatusNames[status].en);
        expect(result.refusal.en).toContain(usulanActionNames[action].en);
      }
    }
  });

  it("the happy path and the early rejections", () => {
    expect(walk(["musdes", "verval_sesuai", "setuju"]).at(-1)).toBe("disetujui");
    expect(walk(["tolak"]).at(-1)).toBe("ditolak");
    expect(walk(["musdes", "tolak"]).at(-1)).toBe("ditolak");
    expect(walk(["musdes", "verval_tidak_sesuai"]).at(-1)).toBe("ditolak");
    expect(walk(["setuju", "verval_sesuai"]).at(-1)).toBe("diusulkan");
  });

  it("keeps the proposer from verifying or deciding their own proposal", () => {
    const admin = rolePermissions.admin;
    expect(actionsFor("diusulkan", admin, true)).toEqual(["musdes"]);
    expect(actionsFor("musdes", admin, true)).toEqual([]);
    expect(actionsFor("verval", admin, true)).toEqual([]);
    expect(actionsFor("verval", admin, false)).toEqual(["setuju", "tolak"]);
    expect(actionsFor("verval", rolePermissions.operator_desa, false)).toEqual([]);
    expect(statusesToAct(rolePermissions.dinsos)).toEqual({
      anyone: [],
      notProposer: ["diusulkan", "musdes", "verval"],
    });
    expect(statusesToAct(rolePermissions.psm)).toEqual({ anyone: [], notProposer: [] });
  });
});

describe("usulan bodies", () => {
  const base = { desaCode: "35.17.18.2005", familyId: "7d0c7a5e-0000-4000-8000-000000000000" };

  it("asks a removal for its reason and a member removal for a member reason", () => {
    expect(ZUsulanCreate.safeParse({ ...base, kind: "hapus" }).success).toBe(false);
    expect(ZUsulanCreate.safeParse({ ...base, kind: "hapus", reason: "meninggal", nik: "1" }).success).toBe(
      true,
    );
    expect(ZUsulanCreate.safeParse({ ...base, kind: "hapus", reason: "mampu", nik: "1" }).success).toBe(
      false,
    );
    expect(ZUsulanCreate.safeParse({ ...base, kind: "hapus", reason: "mampu" }).success).toBe(true);
    expect(ZUsulanCreate.safeParse({ ...base, kind: "hapus", reason: "lainnya" }).success).toBe(false);
  });

  it("takes an addition without a family and a change only with data", () => {
    const tambah = { kind: "tambah", desaCode: "3517182005", data: { alamat: "Dusun Krajan" } };
    expect(ZUsulanCreate.parse(tambah).desaCode).toBe("35.17.18.2005");
    expect(ZUsulanCreate.safeParse({ ...tambah, familyId: base.familyId }).success).toBe(false);
    expect(ZUsulanCreate.safeParse({ ...base, kind: "ubah", data: {} }).success).toBe(false);
    expect(ZUsulanCreate.safeParse({ ...base, kind: "ubah", data: { desil: 2 } }).success).toBe(true);
    expect(ZUsulanCreate.safeParse({ ...tambah, desaCode: "35.17.18" }).success).toBe(false);
    expect(ZUsulanCreate.safeParse({ ...tambah, kind: "pindah" }).success).toBe(false);
  });

  it("wants a note for every refusal, not for an agreement", () => {
    expect(ZUsulanVerval.safeParse({ hasil: "sesuai" }).success).toBe(true);
    expect(ZUsulanVerval.safeParse({ hasil: "tidak_sesuai" }).success).toBe(false);
    expect(ZUsulanKeputusan.safeParse({ keputusan: "setuju" }).success).toBe(true);
    expect(ZUsulanKeputusan.safeParse({ keputusan: "tolak", note: "  " }).success).toBe(false);
  });

  it("counts a date as future only once it has begun nowhere in Indonesia", () => {
    const now = new Date("2026-03-10T16:00:00Z"); // already 11 March in Papua (UTC+9)
    expect(isFutureDate("2026-03-11", now)).toBe(false);
    expect(isFutureDate("2026-03-12", now)).toBe(true);
  });
});
