import type { newbornHubungan, TLifeEventResult } from "@kawal/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { postOnce } from "./api-client.ts";

export type { TLifeEventKind, TLifeEventResult } from "@kawal/core";
export { lifeEventKinds, newbornHubungan } from "@kawal/core";

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
      postOnce<TLifeEventResult>(
        `/api/registry/families/${encodeURIComponent(familyId)}/events`,
        idempotencyKey,
        body,
      ),
    onSuccess: (result, { familyId }) => {
      // The answer is the family as it is now: show it at once, and let searches pick up a newborn.
      queryClient.setQueryData(["registry", "family", familyId], result.family);
      void queryClient.invalidateQueries({ queryKey: ["registry", "search"] });
    },
  });
}
