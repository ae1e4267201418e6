import { Center, Drawer, Loader } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TCompanion, useCompanionCaseload } from "../api/caseload-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { CaseloadDetail } from "./caseload-detail.tsx";

/** One companion's desa and families, opened from the table (full screen on a phone). */
export function CompanionDrawer({
  companion,
  onClose,
}: {
  companion: TCompanion | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const caseload = useCompanionCaseload(companion?.userId ?? null, page);
  const phone = useMediaQuery("(max-width: 600px)");
  return (
    <Drawer
      opened={companion !== null}
      onClose={() => {
        setPage(1);
        onClose();
      }}
      position="right"
      size={phone ? "100%" : "md"}
      title={companion?.fullName}
      data-testid="companion-drawer"
    >
      {caseload.isPending ? (
        <Center p="lg">
          <Loader size="sm" aria-label={t("app.loading")} />
        </Center>
      ) : caseload.error ? (
        <ProblemAlert error={caseload.error} />
      ) : (
        <CaseloadDetail caseload={caseload.data} page={page} onPage={setPage} />
      )}
    </Drawer>
  );
}
