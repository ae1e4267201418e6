import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { useFamily } from "../api/registry-api.ts";
import { BackLink } from "../ui/back-link.tsx";
import { RecordStatus } from "../ui/record-status.tsx";
import { ProposeAction } from "../usulan/propose-action.tsx";
import { LifeEventAction } from "./events/life-event-action.tsx";
import { FamilyHeader } from "./family-header.tsx";
import { FamilyHistory } from "./family-history.tsx";
import { HouseSection } from "./house-section.tsx";
import { MemberList } from "./member-list.tsx";
import { AidSection } from "./programs/aid-section.tsx";
import { EnrolmentSection } from "./programs/enrolment-section.tsx";
import { EntitlementSection } from "./programs/entitlement-section.tsx";

/** One family: who lives there, the house, and what changed. The URL holds an opaque id, never a No. KK. */
export function FamilyPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const { id } = useParams();
  const family = useFamily(id);
  if (!me?.permissions.includes("registry.read")) return <Text>{t("keluarga.notAllowed")}</Text>;
  const back = <BackLink to="/keluarga" label={t("keluarga.back")} testId="family-back" />;
  if (family.isPending || family.error) {
    return (
      <RecordStatus
        query={family}
        back={back}
        maw={960}
        notFoundText={t("keluarga.notFound")}
        notFoundTestId="family-not-found"
      />
    );
  }
  const data = family.data;
  const canRecord = me.permissions.includes("registry.event");
  // Proposals are about a family still in the DTKS; a removed one has nothing left to propose.
  const canPropose = me.permissions.includes("usulan.propose") && data.status === "aktif";
  return (
    <Stack maw={960} data-testid="family-page">
      <Group justify="space-between" gap="sm" wrap="wrap">
        {back}
        {(canRecord || canPropose) && (
          <Group gap="xs" wrap="wrap">
            {canRecord && <LifeEventAction family={data} />}
            {canPropose && <ProposeAction family={data} />}
          </Group>
        )}
      </Group>
      <FamilyHeader family={data} />
      <Text size="sm" c="dimmed" data-testid={data.numbersMasked ? "numbers-masked" : "numbers-full"}>
        {data.numbersMasked ? t("keluarga.maskedNote") : t("keluarga.fullNote")}
      </Text>
      <MemberList members={data.members} />
      <HouseSection house={data.rumah} />
      {me.permissions.includes("program.read") && <EnrolmentSection family={data} />}
      {me.permissions.includes("program.read") && <EntitlementSection family={data} />}
      {me.permissions.includes("aid.read") && <AidSection family={data} />}
      <FamilyHistory events={data.history} numbersMasked={data.numbersMasked} />
    </Stack>
  );
}
