import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { AnomalyDetailPage } from "./anomaly-detail-page.tsx";
import { AnomalyListPage } from "./anomaly-list-page.tsx";

/** `/anomali` lists the findings of the user's area; `/anomali/:id` opens one (an opaque id). */
export function AnomaliesPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const { id } = useParams();
  if (!me?.permissions.includes("anomaly.read")) return <Text>{t("anomali.notAllowed")}</Text>;
  return id ? <AnomalyDetailPage id={id} /> : <AnomalyListPage />;
}
