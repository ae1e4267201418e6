import type { TRole, TUserView } from "@kawal/core";
import { Button, Center, Group, Loader, Modal, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/auth-api.ts";
import { useUpdateUser, useUsers } from "../api/users-api.ts";
import { CursorPager } from "../ui/cursor-pager.tsx";
import { notifyProblem, notifySuccess } from "../ui/notify-problem.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { useCursorPages } from "../ui/use-cursor-pages.ts";
import { UserCreateForm } from "./user-create-form.tsx";
import { UserEditForm } from "./user-edit-form.tsx";
import { UserFilters } from "./user-filters.tsx";
import { UserTable } from "./user-table.tsx";

const pageSize = 20;

/** User administration: everyone with `user.read` sees the list; `user.manage` may change it. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [q, setQ] = useState("");
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [role, setRole] = useState<TRole | null>(null);
  const pages = useCursorPages();
  const users = useUsers({ q: debouncedQ, role, cursor: pages.cursor, limit: pageSize });
  const toggle = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<TUserView | null>(null);
  const phone = useMediaQuery("(max-width: 36em)");

  if (!me?.permissions.includes("user.read")) return <Text>{t("users.notAllowed")}</Text>;
  const canManage = me.permissions.includes("user.manage");

  const onToggleDisabled = (user: TUserView) =>
    toggle.mutate(
      { id: user.id, patch: { disabled: !user.disabled } },
      {
        onSuccess: (saved) =>
          notifySuccess(
            t(saved.disabled ? "users.disabledDone" : "users.enabledDone", { username: saved.username }),
          ),
        onError: (error) => notifyProblem(error, t),
      },
    );

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t("users.title")}</Title>
        {canManage && (
          <Button onClick={() => setCreating(true)} data-testid="user-create-open">
            {t("users.create")}
          </Button>
        )}
      </Group>
      <UserFilters
        q={q}
        onQ={(value) => {
          setQ(value);
          pages.reset();
        }}
        role={role}
        onRole={(value) => {
          setRole(value);
          pages.reset();
        }}
      />
      {users.error && <ProblemAlert error={users.error} />}
      {users.isPending && (
        <Center p="lg">
          <Loader size="sm" aria-label={t("app.loading")} />
        </Center>
      )}
      {users.data && (
        <UserTable
          users={users.data.items}
          canManage={canManage}
          onEdit={setEditing}
          onToggleDisabled={onToggleDisabled}
          busyId={toggle.isPending ? (toggle.variables?.id ?? null) : null}
        />
      )}
      <CursorPager
        pages={pages}
        nextCursor={users.data?.nextCursor}
        loading={users.isPlaceholderData}
        middle={<Text size="sm">{t("users.page", { page: pages.page })}</Text>}
        always
      />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t("users.create")}
        fullScreen={phone}
      >
        {creating && <UserCreateForm onDone={() => setCreating(false)} />}
      </Modal>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t("users.editTitle", { username: editing.username }) : ""}
        fullScreen={phone}
      >
        {editing && <UserEditForm key={editing.id} user={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
