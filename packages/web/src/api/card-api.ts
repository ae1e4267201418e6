import type {
  TCardCreateInput,
  TCardDetail,
  TCardEventInput,
  TCardFlags,
  TCardPage,
  TCardSettings,
  TCardSettingsView,
  TCardStaffList,
} from "@kawal/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest, postOnce } from "./api-client.ts";
import { useRecordQuery } from "./use-record-query.ts";
import { useRefreshingMutation } from "./use-refreshing-mutation.ts";

const cardsKey = ["cards"] as const;

/** Dinas Sosial's list: cards with a companion, or with other staff beyond the limit. */
export function useCardFlags(enabled = true) {
  return useQuery({
    queryKey: [...cardsKey, "flags"],
    queryFn: ({ signal }) => apiRequest<TCardFlags>("/api/cards/flags", { signal }),
    enabled,
  });
}

/** A family's cards (the family by its opaque id; never its number). */
export function useFamilyCards(familyId: string | null) {
  return useQuery({
    queryKey: [...cardsKey, "family", familyId],
    queryFn: ({ signal }) =>
      apiRequest<TCardPage>("/api/cards", {
        query: { familyId, limit: 50 },
        signal,
      }),
    enabled: Boolean(familyId),
  });
}

export function useCard(id: string | null) {
  return useRecordQuery<TCardDetail>([...cardsKey, "card"], "/api/cards", id);
}

/** Staff the card may be handed to: the user first, then the staff of the user's area. */
export function useCardStaff(q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...cardsKey, "staff", q.trim()],
    queryFn: ({ signal }) =>
      apiRequest<TCardStaffList>("/api/cards/staff", { query: { q: q.trim() }, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCardSettings(enabled: boolean) {
  return useQuery({
    queryKey: [...cardsKey, "settings"],
    queryFn: ({ signal }) => apiRequest<TCardSettingsView>("/api/cards/settings", { signal }),
    enabled,
  });
}

export function useUpdateCardSettings() {
  return useRefreshingMutation(
    (body: TCardSettings) => apiRequest<TCardSettingsView>("/api/cards/settings", { method: "PUT", body }),
    cardsKey,
  );
}

export function useRegisterCard() {
  return useRefreshingMutation(
    (body: TCardCreateInput) => apiRequest<TCardDetail>("/api/cards", { method: "POST", body }),
    cardsKey,
  );
}

export interface TCardEventRequest {
  cardId: string;
  /** Made per form by the caller; a retry of the same submission sends it again. */
  idempotencyKey: string;
  body: TCardEventInput;
}

export function useRecordCardEvent() {
  // The card, its family's list and the flags all change; after a failure the card is reloaded too.
  return useRefreshingMutation(
    ({ cardId, idempotencyKey, body }: TCardEventRequest) =>
      postOnce<TCardDetail>(`/api/cards/${encodeURIComponent(cardId)}/events`, idempotencyKey, body),
    cardsKey,
    "settled",
  );
}
