import { Anchor, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAnomaly } from "../api/anomaly-api.ts";
import { useMe } from "../api/auth-api.ts";
import { BackLink } from "../ui/back-link.tsx";
import { RecordStatus } from "../ui/record-status.tsx";
import { AnomalyEvidence } from "./anomaly-evidence.tsx";
import { useAnomalyLabels } from "./anomaly-labels.ts";
import { AnomalyStatusBadge } from "./anomaly-status-badge.tsx";
import { OwnerForm } from "./owner-form.tsx";
import { ResolveForm } from "./resolve-form.tsx";

/** One finding: what, where, the evidence, its owner, and the forms this user may use on it. */
export function AnomalyDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const labels = useAnomalyLabels();
  const anomaly = useAnomaly(id);
  const back = <BackLink to="/anomali" label={t("anomali.back")} testId="anomaly-back" />;
  if (anomaly.isPending || anomaly.error) {
    return (
      <RecordStatus
        query={anomaly}
        back={back}
        maw={900}
        notFoundText={t("anomali.notFound")}
        notFoundTestId="anomaly-not-found"
      />
    );
  }
  const a = anomaly.data;
  const manages = Boolean(me?.permissions.includes("anomaly.manage"));
  const closed = a.status === "selesai" || a.status === "bukan_masalah";
  const mayResolve = !closed && (manages || a.pemilik?.id === me?.id);
  return (
    <Stack maw={900} data-testid="anomaly-detail">
      {back}
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Title order={2}>{labels.kind(a.jenis)}</Title>
        <AnomalyStatusBadge status={a.status} size="lg" />
      </Group>
      <Card withBorder>
        <Stack gap={4}>
          <Text size="sm">
            {t("anomali.detail.desa")}: {a.desa.name ?? a.desa.code}
          </Text>
          {a.programCode && (
            <Text size="sm">
              {t("anomali.detail.program")}: {a.programCode} {a.periode}
            </Text>
          )}
          {a.agen && (
            <Text size="sm">
              {t("anomali.detail.agent")}: {a.agen.nama ?? ""} ({a.agen.idAgen})
            </Text>
          )}
          {a.noKk && (
            <Text size="sm" ff="monospace" style={{ overflowWrap: "anywhere" }}>
              {t("anomali.detail.noKk")} {a.noKk}
            </Text>
          )}
          {a.noKks && (
            <Text size="sm" ff="monospace" style={{ overflowWrap: "anywhere" }}>
              {t("anomali.detail.noKks")} {a.noKks}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t("anomali.detail.found")}: {labels.dateTime(a.ditemukanPada)}
          </Text>
          {a.familyId && me?.permissions.includes("registry.read") && (
            <Anchor component={Link} to={`/keluarga/${a.familyId}`} size="sm" data-testid="anomaly-family">
              {t("anomali.detail.family")}
            </Anchor>
          )}
        </Stack>
      </Card>
      <Title order={3} size="h4">
        {t("anomali.detail.evidence")}
      </Title>
      <AnomalyEvidence bukti={a.bukti} />
      {a.catatan && (
        <Card withBorder data-testid="anomaly-note">
          <Text size="sm" fw={600}>
            {t("anomali.detail.note")}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {a.catatan}
          </Text>
          {a.diselesaikanPada && (
            <Text size="xs" c="dimmed">
              {t("anomali.detail.closed", {
                date: labels.dateTime(a.diselesaikanPada),
                name: a.diselesaikanOleh?.fullName ?? "—",
              })}
            </Text>
          )}
        </Card>
      )}
      {manages && !closed ? (
        <OwnerForm anomaly={a} />
      ) : (
        <Text size="sm" data-testid="anomaly-owner-current">
          {a.pemilik ? t("anomali.owner.current", { name: a.pemilik.fullName }) : t("anomali.card.noOwner")}
        </Text>
      )}
      {mayResolve && <ResolveForm key={a.status} anomaly={a} />}
      {closed && <Text c="dimmed">{t("anomali.resolve.closedInfo")}</Text>}
    </Stack>
  );
}
