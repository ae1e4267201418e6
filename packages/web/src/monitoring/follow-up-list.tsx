import { Anchor, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFollowUps } from "../api/monitoring-api.ts";
import { QueryState } from "../ui/query-state.tsx";
import { SectionCard } from "../ui/section-card.tsx";
import { useAspectLabel } from "./aspect-label.ts";

/** The open follow-ups of the user's area, the longest waiting first, each linking to its checklist. */
export function FollowUpList() {
  const { t } = useTranslation();
  const label = useAspectLabel();
  const open = useFollowUps("terbuka");
  return (
    <SectionCard testId="monitoring-follow-ups" title={t("monitoring6t.followUpsTitle")}>
      <QueryState
        query={open}
        isEmpty={(data) => data.items.length === 0}
        emptyText={t("monitoring6t.noFollowUps")}
      >
        {(data) => (
          <List spacing="xs" size="sm">
            {data.items.map((item) => (
              <List.Item key={`${item.monitoringId}-${item.aspek}`} data-testid="follow-up-item">
                <Anchor component={Link} to={`/monitoring/${item.monitoringId}`}>
                  {item.agen.nama}
                </Anchor>{" "}
                · {label(item.aspek)} · {item.periode} ({item.tanggal})
                <Text size="xs" c="dimmed">
                  {item.tindakLanjut}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </QueryState>
    </SectionCard>
  );
}
