import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { useFamilyCards } from "../api/card-api.ts";
import { QueryState } from "../ui/query-state.tsx";
import { statusColor, useCardLabels } from "./card-labels.ts";
import { RegisterCardForm } from "./register-card-form.tsx";

/** A family's cards (numbers masked), each opening its page, and the form to register another. */
export function FamilyCards({
  familyId,
  name,
  onOpen,
}: {
  familyId: string;
  name: string | null;
  onOpen: (cardId: string) => void;
}) {
  const { t } = useTranslation();
  const me = useMe().data;
  const cards = useFamilyCards(familyId);
  const labels = useCardLabels();
  const [registering, setRegistering] = useState(false);
  const canManage = me?.permissions.includes("card.manage") ?? false;
  const shownName = name ?? cards.data?.items[0]?.kepala ?? "";
  return (
    <Stack gap="xs" data-testid="family-cards">
      <Title order={3} size="h4">
        {t("kartu.familyCards", { name: shownName })}
      </Title>
      <QueryState
        query={cards}
        loaderLabel={t("kartu.loading")}
        isEmpty={(data) => data.items.length === 0}
        emptyText={t("kartu.noCards")}
        emptyTestId="family-cards-none"
      >
        {(data) =>
          data.items.map((card) => (
            <Card
              key={card.id}
              withBorder
              padding="sm"
              component={Link}
              to={`/kartu?kartu=${card.id}`}
              data-testid="family-card"
            >
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text ff="monospace" size="sm" style={{ overflowWrap: "anywhere" }}>
                  {card.noKks} · {card.bank}
                </Text>
                <Badge color={statusColor[card.status]}>{labels.status(card.status)}</Badge>
              </Group>
              <Text size="sm">{labels.holder(card.pemegang)}</Text>
              {card.flag && (
                <Badge color="red" size="sm">
                  {labels.why(card.flag)}
                </Badge>
              )}
            </Card>
          ))
        }
      </QueryState>
      {canManage &&
        (registering ? (
          <Card withBorder padding="sm">
            <RegisterCardForm
              familyId={familyId}
              onDone={(cardId) => {
                setRegistering(false);
                if (cardId) onOpen(cardId);
              }}
            />
          </Card>
        ) : (
          <Button variant="light" onClick={() => setRegistering(true)} data-testid="card-register-open">
            {t("kartu.register")}
          </Button>
        ))}
    </Stack>
  );
}
