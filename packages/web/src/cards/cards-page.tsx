import { Anchor, Divider, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { CardDetail } from "./card-detail.tsx";
import { CardFlags } from "./card-flags.tsx";
import { CardSettings } from "./card-settings.tsx";
import { FamilyCards } from "./family-cards.tsx";
import { FamilySearch } from "./family-search.tsx";

/**
 * KKS cards. The address names a card or a family only by its opaque id (`?kartu=`, `?keluarga=`);
 * numbers and names never go there. Without one: the flagged cards first (what Dinas Sosial must act
 * on), then the search for a family's cards.
 */
export function CardsPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const [familyName, setFamilyName] = useState<string | null>(null);
  const cardId = params.get("kartu");
  const familyId = params.get("keluarga");
  if (!me?.permissions.includes("card.read")) return <Text>{t("kartu.notAllowed")}</Text>;
  const settingsAllowed = me.role === "admin" || me.role === "dinsos";
  return (
    <Stack maw={900} data-testid="kartu-page">
      <Title order={2}>{t("kartu.title")}</Title>
      {cardId ? (
        <>
          <Anchor component={Link} to="/kartu" size="sm" data-testid="card-back">
            {t("kartu.back")}
          </Anchor>
          <CardDetail cardId={cardId} />
        </>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t("kartu.intro")}
          </Text>
          <CardFlags />
          {settingsAllowed && <CardSettings />}
          <Divider />
          <Title order={3} size="h4">
            {t("kartu.searchTitle")}
          </Title>
          {familyId ? (
            <>
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => {
                  setFamilyName(null);
                  setParams({});
                }}
              >
                {t("kartu.otherFamily")}
              </Anchor>
              <FamilyCards familyId={familyId} name={familyName} onOpen={(id) => setParams({ kartu: id })} />
            </>
          ) : (
            <FamilySearch
              onChoose={(id, name) => {
                setFamilyName(name);
                setParams({ keluarga: id });
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
}
