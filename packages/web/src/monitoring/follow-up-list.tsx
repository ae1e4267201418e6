import { Anchor, Card, List, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFollowUps } from "../api/monitoring-api.ts";
import { QueryState } from "../ui/query-state.tsx";
import { useAspectLabel } from "./aspect-label.ts";

/** The open follow-ups of the user's area, the longest waiting first, each linking to its checklist. */
export function FollowUpList() {
  const { t } = useTranslation();
  const label = useAspectLabel();
  const open = useFollowUps("terbuka");
  return (
    <Card withBorder data-testid="monitoring-follow-ups">
      <Title order={3} size="h4" mb="sm">
        {t("monitoring6t.followUpsTitle")}
      </Title>
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
    </Card>
  );
}
