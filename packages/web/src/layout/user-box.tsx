import type { TMe } from "@kawal/core";
import { Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useLogout } from "../api/auth-api.ts";
import { useRoleLabel } from "../ui/labels.ts";
import { notifyProblem, notifySuccess } from "../ui/notify-problem.ts";

export function UserBox({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const logout = useLogout();
  const navigate = useNavigate();
  const onLogout = () =>
    logout.mutate(undefined, {
      onSuccess: () => notifySuccess(t("auth.loggedOut")),
      onError: (error) => notifyProblem(error, t),
      onSettled: () => navigate("/login", { replace: true }),
    });
  return (
    <Stack gap={4} data-testid="user-box">
      <Text fw={600} size="sm" data-testid="user-name">
        {me.fullName}
      </Text>
      <Text size="xs" c="dimmed" data-testid="user-role">
        {roleLabel(me.role)}
      </Text>
      <Button
        variant="light"
        size="xs"
        mt="xs"
        onClick={onLogout}
        loading={logout.isPending}
        data-testid="logout"
      >
        {t("auth.logout")}
      </Button>
    </Stack>
  );
}
