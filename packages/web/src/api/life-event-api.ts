import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";
import type { TFamily } from "./registry-api.ts";

/** The kinds `POST /api/registry/families/:id/events` accepts, in the order the form offers them. */
export const lifeEventKinds = [
  "kelahiran",
  "kematian",
  "pindah",
  "sekolah",
  "hamil",
  "hamil_selesai",
  "disabilitas",
] as const;
export type TLifeEventKind = (typeof lifeEventKinds)[number];

/** Relationships a newborn can have to the head (the server refuses any other). */
export const newbornHubungan = ["anak", "cucu", "famili", "lainnya"] as const;

interface TCommon {
  occurredOn: string;
  catatan?: string;
}
interface TMemberCommon extends TCommon {
  nik: string;
}

/** The request body, discriminated by `kind` as the server's schema is. */
export type TLifeEventBody =
  | {
      kind: "kelahiran";
      nama: string;
      jenisKelamin: "L" | "P";
      tanggalLahir: string;
      nik?: string;
      hubungan?: (typeof newbornHubungan)[number];
      catatan?: string;
    }
  | ({ kind: "kematian" | "hamil" | "hamil_selesai" } & TMemberCommon)
  | ({ kind: "pindah"; tujuanDesa?: string } & TMemberCommon)
  | ({ kind: "sekolah"; pendidikan: string } & TMemberCommon)
  | ({ kind: "disabilitas"; disabilitas: boolean } & TMemberCommon);

export interface TLifeEventResult {
  eventId: string;
  kind: TLifeEventKind;
  family: TFamily;
}

export interface TLifeEventRequest {
  familyId: string;
  /** Made once per form submission and sent again on a retry, so the server stores the event once. */
  idempotencyKey: string;
  body: TLifeEventBody;
}

export function useRecordLifeEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ familyId, idempotencyKey, body }: TLifeEventRequest) =>
      apiRequest<TLifeEventResult>(`/api/registry/families/${encodeURIComponent(familyId)}/events`, {
        method: "POST",
        body,
        headers: { "idempotency-key": idempotencyKey },
      }),
    onSuccess: (result, { familyId }) => {
      // The answer is the family as it is now: show it at once, and let searches pick up a newborn.
      queryClient.setQueryData(["registry", "family", familyId], result.family);
      void queryClient.invalidateQueries({ queryKey: ["registry", "search"] });
    },
  });
}

/** The server's answer when a key was already used for a different event of this family. */
export const keyReusedField = "headers.idempotency-key";
