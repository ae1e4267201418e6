import type { TRole } from "@kawal/core";
import { Anchor, Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TCompanion } from "../api/caseload-api.ts";
import { useRoleLabel } from "../ui/labels.ts";
import { numberColumn, ScrollTable } from "../ui/scroll-table.tsx";

/** Companions with their load against the norm, heaviest first; rows over the norm stand out. Scrolls on a phone. */
export function CompanionTable({
  companions,
  onOpen,
}: {
  companions: TCompanion[];
  onOpen: (companion: TCompanion) => void;
}) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  if (companions.length === 0) return <Text c="dimmed">{t("caseload.companions.empty")}</Text>;
  return (
    <ScrollTable
      minWidth={640}
      verticalSpacing="xs"
      data-testid="companion-table"
      columns={[
        { label: t("caseload.companions.name") },
        { label: t("caseload.companions.role") },
        numberColumn(t("caseload.companions.families")),
        numberColumn(t("caseload.companions.desa")),
        numberColumn(t("caseload.companions.norm")),
        { label: t("caseload.companions.load") },
      ]}
    >
      {companions.map((c) => (
        <Table.Tr
          key={c.userId}
          data-testid={`companion-row-${c.username}`}
          data-over-norm={c.overNorm}
          bg={c.overNorm ? "var(--mantine-color-red-light)" : undefined}
        >
          <Table.Td>
            <Anchor component="button" type="button" size="sm" fw={500} ta="left" onClick={() => onOpen(c)}>
              {c.fullName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {c.username}
              {c.disabled ? ` · ${t("caseload.companions.disabled")}` : ""}
            </Text>
          </Table.Td>
          <Table.Td>{roleLabel(c.role as TRole)}</Table.Td>
          <Table.Td ta="right">{c.families}</Table.Td>
          <Table.Td ta="right">{c.desa}</Table.Td>
          <Table.Td ta="right">
            {c.norma === null
              ? "—"
              : `${c.norma} ${c.unit === "keluarga" ? t("caseload.companions.unitKeluarga") : t("caseload.companions.unitDesa")}`}
            {c.normaFrom === "ID" && (
              <Text size="xs" c="dimmed">
                {t("caseload.companions.nationalNorm")}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            {c.load === null ? (
              <Text size="sm" c="dimmed">
                {t("caseload.companions.noNorm")}
              </Text>
            ) : (
              <Badge
                color={c.overNorm ? "red" : c.load >= 0.9 ? "yellow" : "teal"}
                variant={c.overNorm ? "filled" : "light"}
                style={{ minWidth: "max-content" }}
                title={c.overNorm ? t("caseload.companions.overNorm") : undefined}
              >
                {Math.round(c.load * 100)}%{c.overNorm ? ` · ${t("caseload.companions.overNorm")}` : ""}
              </Badge>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </ScrollTable>
  );
}
