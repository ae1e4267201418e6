import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TDuplicateDecision, TDuplicatePair } from "../api/duplicate-api.ts";
import { useRegistryLabels } from "../registry/registry-format.ts";
import { PairSide } from "./pair-side.tsx";

interface TPairCardProps {
  pair: TDuplicatePair;
  onDecide: (pair: TDuplicatePair, decision: TDuplicateDecision) => void;
}

/** A pair side by side with why it was found; an open pair offers keep-A, keep-B or "not the same". */
export function PairCard({ pair, onDecide }: TPairCardProps) {
  const { t } = useTranslation();
  const labels = useRegistryLabels();
  const open = pair.status === "terbuka";
  const keep = (side: "a" | "b") =>
    open ? () => onDecide(pair, { decision: "gabung", keep: side }) : undefined;
  return (
    <Card withBorder padding="sm" data-testid="duplicate-pair">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Badge variant="light" color={pair.kind === "nik_sama" ? "red" : "orange"}>
            {t(`duplikat.kind.${pair.kind}`)}
          </Badge>
          {pair.kind === "mirip" && (
            <Text size="xs" c="dimmed">
              {t("duplikat.score", { n: Math.round(pair.score * 100) })}
            </Text>
          )}
        </Group>
        <SimpleGrid cols={2} spacing="xs">
          <PairSide label="A" member={pair.a} onKeep={keep("a")} testId="duplicate-a" />
          <PairSide label="B" member={pair.b} onKeep={keep("b")} testId="duplicate-b" />
        </SimpleGrid>
        {open ? (
          <Button
            variant="default"
            size="xs"
            onClick={() => onDecide(pair, { decision: "tolak" })}
            data-testid="duplicate-dismiss"
          >
            {t("duplikat.dismiss")}
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            {t(`duplikat.status.${pair.status}`)}
            {pair.decidedAt ? ` · ${t("duplikat.decidedOn", { date: labels.dateTime(pair.decidedAt) })}` : ""}
            {pair.note ? ` · ${pair.note}` : ""}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
