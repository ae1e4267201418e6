import { zodResolver } from "@hookform/resolvers/zod";
import { type TLoginInput, ZLoginInput } from "@kawal/core";
import {
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import { useLogin, useMe } from "../api/auth-api.ts";
import { useSchemaText } from "../i18n/use-schema-text.ts";
import { LanguageSwitch } from "../layout/language-switch.tsx";
import { fieldBinder } from "../ui/field-binding.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { zodErrorMap } from "../ui/zod-error-map.ts";

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only paths inside this app: never an absolute URL someone slipped into the state.
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : "/";
}

export function LoginPage() {
  const { t } = useTranslation();
  const pick = useSchemaText();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const resolver = useMemo(() => zodResolver(ZLoginInput, { error: zodErrorMap(t) }), [t]);
  const form = useForm({ resolver, defaultValues: { username: "", password: "" } });
  const bind = fieldBinder(form, pick);

  if (me.data) return <Navigate to={returnPath(location.state)} replace />;

  const onSubmit = (input: TLoginInput) =>
    login.mutate(input, { onSuccess: () => navigate(returnPath(location.state), { replace: true }) });

  return (
    <Center mih="100dvh" p="md">
      <Box w="100%" maw={400}>
        <Group justify="space-between" mb="md" wrap="nowrap">
          <Title order={1} c="teal.8">
            {t("app.name")}
          </Title>
          <LanguageSwitch />
        </Group>
        <Paper withBorder p="lg" radius="md">
          <form onSubmit={form.handleSubmit(onSubmit)} noValidate data-testid="login-form">
            <Stack>
              <div>
                <Title order={2} size="h4">
                  {t("auth.title")}
                </Title>
                <Text size="sm" c="dimmed">
                  {t("app.tagline")}
                </Text>
              </div>
              <ProblemAlert error={login.error} />
              <TextInput
                label={t("auth.username")}
                autoComplete="username"
                autoCapitalize="none"
                {...bind("username")}
              />
              <PasswordInput
                label={t("auth.password")}
                autoComplete="current-password"
                {...bind("password")}
              />
              <Button type="submit" loading={login.isPending} data-testid="login-submit">
                {t("auth.submit")}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Box>
    </Center>
  );
}
