import type { TUserView } from "@kawal/core";
import { Badge, Button, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRoleLabel } from "../ui/labels.ts";
import { ScrollTable } from "../ui/scroll-table.tsx";

interface TUserTableProps {
  users: TUserView[];
  canManage: boolean;
  onEdit: (user: TUserView) => void;
  onToggleDisabled: (user: TUserView) => void;
  busyId: string | null;
}

/** Scrolls sideways inside its own box on a phone, so the page itself never overflows. */
export function UserTable({ users, canManage, onEdit, onToggleDisabled, busyId }: TUserTableProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  if (users.length === 0) return <Text c="dimmed">{t("users.empty")}</Text>;
  return (
    <ScrollTable
      minWidth={canManage ? 760 : 600}
      striped
      highlightOnHover
      verticalSpacing="xs"
      data-testid="user-table"
      columns={[
        { label: t("users.fullName") },
        { label: t("users.role") },
        { label: t("users.scopes") },
        { label: t("users.status") },
        ...(canManage ? [{ label: t("users.actions") }] : []),
      ]}
    >
      {users.map((user) => (
        <Table.Tr key={user.id} data-testid={`user-row-${user.username}`}>
          <Table.Td>
            <Text size="sm" fw={500}>
              {user.fullName}
            </Text>
            <Text size="xs" c="dimmed">
              {user.username}
            </Text>
          </Table.Td>
          <Table.Td>{roleLabel(user.role)}</Table.Td>
          <Table.Td>{user.scopes.map((scope) => scope.name).join(", ")}</Table.Td>
          <Table.Td>
            <Badge
              color={user.disabled ? "gray" : "teal"}
              variant="light"
              style={{ minWidth: "max-content" }}
            >
              {user.disabled ? t("users.disabled") : t("users.active")}
            </Badge>
          </Table.Td>
          {canManage && (
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Button size="compact-sm" variant="light" onClick={() => onEdit(user)}>
                  {t("users.edit")}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color={user.disabled ? "teal" : "red"}
                  loading={busyId === user.id}
                  onClick={() => onToggleDisabled(user)}
                >
                  {user.disabled ? t("users.enable") : t("users.disable")}
                </Button>
              </Group>
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </ScrollTable>
  );
}
