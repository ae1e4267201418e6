import type {
  TEnrolmentCreate,
  TEnrolmentCreated,
  TEnrolmentTransition,
  TEnrolmentTransitioned,
  TFamilyEnrolments,
  TJobStarted,
  TProgramList,
} from "@kawal/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { apiRequest, postOnce } from "./api-client.ts";
import { useRefreshingMutation } from "./use-refreshing-mutation.ts";

const familyKey = (familyId: string) => ["enrolments", "family", familyId] as const;

/** A family's enrolments, each with its history and the states the user may move it to now. */
export function useFamilyEnrolments(familyId: string) {
  return useQuery({
    queryKey: familyKey(familyId),
    queryFn: ({ signal }) =>
      apiRequest<TFamilyEnrolments>(`/api/registry/families/${encodeURIComponent(familyId)}/enrolments`, {
        signal,
      }),
  });
}

/** The programme catalogue, for the enrolment form's choice. */
export function useProgramChoices(enabled: boolean) {
  return useQuery({
    queryKey: ["programs", "catalogue"],
    queryFn: ({ signal }) => apiRequest<TProgramList>("/api/programs", { signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useEnrolFamily(familyId: string) {
  return useRefreshingMutation(
    (body: TEnrolmentCreate) =>
      apiRequest<TEnrolmentCreated>(`/api/registry/families/${encodeURIComponent(familyId)}/enrolments`, {
        method: "POST",
        body,
      }),
    familyKey(familyId),
  );
}

export interface TTransitionRequest {
  enrolmentId: string;
  /** Made once per form opening and sent again on a retry, so the server stores the change once. */
  idempotencyKey: string;
  body: TEnrolmentTransition;
}

export function useTransitionEnrolment(familyId: string) {
  return useRefreshingMutation(
    ({ enrolmentId, idempotencyKey, body }: TTransitionRequest) =>
      postOnce<TEnrolmentTransitioned>(
        `/api/enrolments/${encodeURIComponent(enrolmentId)}/transitions`,
        idempotencyKey,
        body,
      ),
    familyKey(familyId),
    "settled",
  );
}

/** Uploads a `peserta` file; like the anggota upload, the answer is the job to follow. */
export function useStartPesertaImport() {
  return useMutation({
    mutationFn: ({ file, partial }: { file: File; partial: boolean }) => {
      const form = new FormData();
      // Before the file: the server reads the fields that precede the file part.
      if (partial) form.append("partial", "true");
      form.append("file", file, file.name);
      return apiRequest<TJobStarted>("/api/programs/imports", { method: "POST", body: form });
    },
  });
}
