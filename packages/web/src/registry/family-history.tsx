import { maskNumber } from "@kawal/core";
import { Anchor, List, Stack, Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TRegistryEvent } from "../api/registry-api.ts";
import { SectionCard } from "../ui/section-card.tsx";
import { type TRegistryLabels, useRegistryLabels } from "./registry-format.ts";

interface TChange {
  before?: unknown;
  after?: unknown;
}

const numberColumns = new Set(["no_kk", "nik"]);

/** `data.changes` of an import event, `{ column: { before, after } }`; anything else yields nothing. */
function changesOf(data: unknown): [string, TChange][] {
  if (typeof data !== "object" || data === null) return [];
  const changes = (data as { changes?: unknown }).changes;
  if (typeof changes !== "object" || changes === null) return [];
  return Object.entries(changes as Record<string, TChange | null>).map(([column, change]) => [
    column,
    change ?? {},
  ]);
}

function valueText(column: string, value: unknown, masked: boolean, labels: TRegistryLabels): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "boolean") return labels.yesNo(value);
  const text = String(value);
  // A moved member's old and new No. KK must not show in full where the page masks numbers.
  if (masked && numberColumns.has(column)) return maskNumber(text);
  if (column === "hubungan") return labels.hubungan(text);
  if (column === "status") return labels.status(text);
  if (column === "jenis_kelamin") return labels.sex(text);
  if (column === "tanggal_lahir") return labels.date(text);
  return text;
}

/**
 * What an event keeps beside its changes: the note, where a member moved to, the proposal behind it,
 * the record a duplicate was merged into.
 */
interface TFacts {
  catatan?: string;
  tujuanDesa?: string;
  nikSementara?: boolean;
  usulanId?: string;
  keptFamilyId?: string;
}

function factsOf(data: unknown): TFacts {
  if (typeof data !== "object" || data === null) return {};
  const { catatan, tujuanDesa, nikSementara, usulanId, keptFamilyId } = data as Record<string, unknown>;
  return {
    ...(typeof catatan === "string" ? { catatan } : {}),
    ...(typeof tujuanDesa === "string" ? { tujuanDesa } : {}),
    ...(nikSementara === true ? { nikSementara } : {}),
    ...(typeof usulanId === "string" ? { usulanId } : {}),
    ...(typeof keptFamilyId === "string" ? { keptFamilyId } : {}),
  };
}

/** What changed in this family, newest first, as "column: before → after". */
export function FamilyHistory({
  events,
  numbersMasked,
}: {
  events: TRegistryEvent[];
  numbersMasked: boolean;
}) {
  const { t } = useTranslation();
  const labels = useRegistryLabels();
  return (
    <SectionCard testId="family-history" title={t("keluarga.history")}>
      {events.length === 0 ? (
        <Text c="dimmed">{t("keluarga.historyEmpty")}</Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2}>
          {events.map((event) => {
            const facts = factsOf(event.data);
            return (
              <Timeline.Item
                // Events have no id in this view; one change per record and kind fits in one transaction.
                key={`${event.recordedAt}:${event.kind}:${event.nik ?? ""}`}
                title={labels.eventKind(event.kind)}
                data-testid="history-event"
              >
                <Stack gap={2}>
                  <Text size="xs" c="dimmed">
                    {labels.dateTime(event.recordedAt)}
                    {event.recordedBy ? ` · ${t("keluarga.recordedBy", { user: event.recordedBy })}` : ""}
                    {event.nik ? ` · ${t("keluarga.nik")} ${event.nik}` : ""}
                  </Text>
                  {event.occurredOn && (
                    <Text size="sm">{t("peristiwa.occurred", { date: labels.date(event.occurredOn) })}</Text>
                  )}
                  <List size="sm" spacing={0}>
                    {changesOf(event.data).map(([column, change]) => (
                      <List.Item key={column} style={{ overflowWrap: "anywhere" }}>
                        {labels.column(column)}: {valueText(column, change.before, numbersMasked, labels)} →{" "}
                        {valueText(column, change.after, numbersMasked, labels)}
                      </List.Item>
                    ))}
                  </List>
                  {facts.tujuanDesa && (
                    <Text size="sm">{t("peristiwa.destination", { desa: facts.tujuanDesa })}</Text>
                  )}
                  {facts.nikSementara && (
                    <Text size="xs" c="dimmed">
                      {t("peristiwa.provisionalNik")}
                    </Text>
                  )}
                  {facts.catatan && (
                    <Text size="sm" fs="italic" style={{ overflowWrap: "anywhere" }}>
                      {t("peristiwa.note", { text: facts.catatan })}
                    </Text>
                  )}
                  {facts.usulanId && (
                    <Anchor component={Link} to={`/usulan/${facts.usulanId}`} size="sm">
                      {t("usulan.open")}
                    </Anchor>
                  )}
                  {facts.keptFamilyId && (
                    <Anchor component={Link} to={`/keluarga/${facts.keptFamilyId}`} size="sm">
                      {t("duplikat.keptRecord")}
                    </Anchor>
                  )}
                </Stack>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </SectionCard>
  );
}
