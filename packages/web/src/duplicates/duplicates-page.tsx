import { Center, Chip, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/auth-api.ts";
import { pairStatuses, type TPairStatus, useDuplicates } from "../api/duplicate-api.ts";
import { CursorPager } from "../ui/cursor-pager.tsx";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { useCursorPages } from "../ui/use-cursor-pages.ts";
import { DecisionModal, type TPendingDecision } from "./decision-modal.tsx";
import { DuplicateScan } from "./duplicate-scan.tsx";
import { PairCard } from "./pair-card.tsx";

/** Duplicate review: scan the area, then decide each open pair (merge keeping one, or dismiss). */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [status, setStatus] = useState<TPairStatus>("terbuka");
  const pages = useCursorPages();
  const list = useDuplicates(status, pages.cursor);
  const [pending, setPending] = useState<TPendingDecision | null>(null);
  if (!me?.permissions.includes("registry.review")) return <Text>{t("duplikat.notAllowed")}</Text>;

  return (
    <Stack maw={820}>
      <Title order={2}>{t("duplikat.title")}</Title>
      <Text size="sm" c="dimmed">
        {t("duplikat.intro")}
      </Text>
      <DuplicateScan />
      <Chip.Group
        value={status}
        onChange={(value) => {
          setStatus(value as TPairStatus);
          pages.reset();
        }}
      >
        <Group gap={6} wrap="wrap" data-testid="duplicate-views">
          {pairStatuses.map((value) => (
            <Chip key={value} value={value} size="sm">
              {t(`duplikat.status.${value}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {list.error && <ProblemAlert error={list.error} />}
      {list.isPending && (
        <Center p="lg">
          <Loader size="sm" aria-label={t("app.loading")} />
        </Center>
      )}
      {list.data &&
        (list.data.items.length === 0 ? (
          <Text c="dimmed" data-testid="duplicate-empty">
            {t("duplikat.empty")}
          </Text>
        ) : (
          <Stack gap="xs" data-testid="duplicate-list">
            {list.data.items.map((pair) => (
              <PairCard
                key={pair.id}
                pair={pair}
                onDecide={(p, decision) => setPending({ pair: p, decision })}
              />
            ))}
          </Stack>
        ))}
      <CursorPager
        pages={pages}
        nextCursor={list.data?.nextCursor}
        loading={list.isPlaceholderData}
        labels={{ previous: t("duplikat.previous"), next: t("duplikat.next") }}
      />
      <DecisionModal pending={pending} onClose={() => setPending(null)} />
    </Stack>
  );
}
