import type { TMonitoringChecklist } from "@kawal/core";
import { Badge, Button, Card, Group, Image, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { photoUrl, useChecklist } from "../api/monitoring-api.ts";
import { BackLink } from "../ui/back-link.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { useAspectLabel } from "./aspect-label.ts";
import { ChecklistForm } from "./checklist-form.tsx";
import { CloseFollowUpForm } from "./close-follow-up-form.tsx";
import { PhotoInput } from "./photo-input.tsx";
import { SupportHints } from "./support-hints.tsx";

/** One checklist: who checked which agent when, the six Tepat with findings, photos and follow-ups, and the hints. */
export function ChecklistPage({ id, canManage }: { id: string; canManage: boolean }) {
  const { t } = useTranslation();
  const checklist = useChecklist(id);
  return (
    <Stack maw={1100} gap="md" data-testid="checklist-page">
      <BackLink to="/monitoring" label={t("monitoring6t.back")} />
      <QueryState query={checklist}>
        {(data) => <ChecklistView checklist={data} canManage={canManage} />}
      </QueryState>
    </Stack>
  );
}

function ChecklistView({ checklist: c, canManage }: { checklist: TMonitoringChecklist; canManage: boolean }) {
  const { t } = useTranslation();
  const label = useAspectLabel();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <ChecklistForm
        program={c.program}
        periode={c.periode}
        agent={c.agen}
        existing={c}
        onDone={() => setEditing(false)}
      />
    );
  }
  return (
    <>
      <Stack gap={4}>
        <Title order={2}>{c.agen.nama}</Title>
        <Text size="sm" c="dimmed">
          {c.agen.desa.name} · {c.agen.idAgen} · {c.program} {c.periode}
        </Text>
        <Group gap="xs">
          <Badge
            size="lg"
            color={c.skor === 6 ? "green" : c.skor >= 4 ? "yellow" : "red"}
            data-testid="checklist-score"
          >
            {t("monitoring6t.scoreOf", { skor: c.skor })}
          </Badge>
          <Text size="sm">
            {t("monitoring6t.checkedBy", { tanggal: c.tanggal, nama: c.petugas.nama ?? "–" })}
          </Text>
        </Group>
        {c.catatan && <Text size="sm">{c.catatan}</Text>}
        {canManage && c.terbuka && (
          <Group>
            <Button size="xs" variant="light" onClick={() => setEditing(true)} data-testid="checklist-edit">
              {t("monitoring6t.edit")}
            </Button>
          </Group>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {c.aspek.map((a) => (
          <Card key={a.aspek} withBorder padding="sm" data-testid={`checklist-aspek-${a.aspek}`}>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600}>{label(a.aspek)}</Text>
              <Badge color={a.sesuai ? "green" : "red"}>
                {a.sesuai ? t("monitoring6t.met") : t("monitoring6t.notMet")}
              </Badge>
            </Group>
            {a.temuan && (
              <Text size="sm" mt="xs">
                {a.temuan}
              </Text>
            )}
            {a.adaFoto && (
              <Image
                src={photoUrl(c.id, a.aspek, c.updatedAt)}
                alt={t("monitoring6t.photoOf", { aspek: label(a.aspek) })}
                mah={240}
                fit="contain"
                mt="xs"
                data-testid="aspek-photo"
              />
            )}
            {!a.sesuai && canManage && <PhotoInput id={c.id} aspek={a.aspek} replace={a.adaFoto} />}
            {a.tindakLanjut && (
              <Stack gap={4} mt="xs" data-testid="aspek-follow-up">
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {t("monitoring6t.followUp")}:
                  </Text>
                  <Badge
                    variant="light"
                    color={a.status === "selesai" ? "green" : "orange"}
                    data-testid="follow-up-status"
                  >
                    {a.status === "selesai" ? t("monitoring6t.closed") : t("monitoring6t.open")}
                  </Badge>
                </Group>
                <Text size="sm">{a.tindakLanjut}</Text>
                {a.status === "selesai" ? (
                  <Text size="xs" c="dimmed">
                    {t("monitoring6t.closedBy", {
                      nama: a.ditutupOleh ?? "–",
                      waktu: a.ditutupPada ? new Date(a.ditutupPada).toLocaleString("id-ID") : "–",
                    })}
                    {a.catatanPenutupan ? ` — ${a.catatanPenutupan}` : ""}
                  </Text>
                ) : canManage ? (
                  <CloseFollowUpForm id={c.id} aspek={a.aspek} />
                ) : null}
              </Stack>
            )}
          </Card>
        ))}
      </SimpleGrid>
      <SupportHints support={c.pendukung} />
    </>
  );
}
