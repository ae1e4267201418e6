import {
  enrolmentReasonNames,
  enrolmentStatusNames,
  type TEnrolmentReason,
  type TEnrolmentStatus,
} from "@kawal/core";
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** State and reason names in the user's language, from core's tables (the server speaks the same codes). */
export function useEnrolmentLabels() {
  const { i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "id";
  return {
    status: (status: TEnrolmentStatus) => enrolmentStatusNames[status]?.[lang] ?? status,
    reason: (code: string) => enrolmentReasonNames[code as TEnrolmentReason]?.[lang] ?? code,
  };
}

const statusColors: Record<TEnrolmentStatus, string> = {
  calon: "gray",
  tervalidasi: "blue",
  aktif: "teal",
  ditangguhkan: "orange",
  dihentikan: "red",
  graduasi: "grape",
};

export function EnrolmentStatusBadge({ status }: { status: TEnrolmentStatus }) {
  const labels = useEnrolmentLabels();
  return (
    <Badge color={statusColors[status]} variant="light" data-testid="enrolment-status">
      {labels.status(status)}
    </Badge>
  );
}
