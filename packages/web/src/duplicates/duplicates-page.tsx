import { Chip, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/auth-api.ts";
import { pairStatuses, type TPairStatus, useDuplicates } from "../api/duplicate-api.ts";
import { PageHeading } from "../ui/page-heading.tsx";
import { PagedList } from "../ui/paged-list.tsx";
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
      <PageHeading title={t("duplikat.title")} intro={t("duplikat.intro")} />
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
      <PagedList list={list} pages={pages} testId="duplicate" emptyText={t("duplikat.empty")}>
        {(pair) => (
          <PairCard key={pair.id} pair={pair} onDecide={(p, decision) => setPending({ pair: p, decision })} />
        )}
      </PagedList>
      <DecisionModal pending={pending} onClose={() => setPending(null)} />
    </Stack>
  );
}
