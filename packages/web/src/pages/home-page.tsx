import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { useRoleLabel } from "../ui/labels.ts";

/** The welcome page: who is logged in, in which role, over which areas. */
export function HomePage() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const me = useMe().data;
  if (!me) return null;
  return (
    <Stack maw={720}>
      <Title order={2} data-testid="welcome">
        {t("home.welcome", { name: me.fullName })}
      </Title>
      <Card withBorder>
        <Stack gap="sm">
          <div>
            <Text size="sm" c="dimmed">
              {t("home.role")}
            </Text>
            <Text fw={600} data-testid="home-role">
              {roleLabel(me.role)}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t("home.scopes")}
            </Text>
            {me.scopes.length === 0 && <Text>{t("home.noScopes")}</Text>}
            <Stack gap={6} mt={4} data-testid="home-scopes">
              {me.scopes.map((scope) => (
                <Group key={scope.code} gap="xs" wrap="wrap">
                  {scope.level === "nasional" ? (
                    <Text fw={500}>{scope.name}</Text>
                  ) : (
                    <Text fw={500} component={Link} to={`/wilayah/${scope.code}`} c="teal.8">
                      {scope.name}
                    </Text>
                  )}
                  <Badge variant="light" size="sm">
                    {t(`level.${scope.level}`)}
                  </Badge>
                </Group>
              ))}
            </Stack>
          </div>
        </Stack>
      </Card>
    </Stack>
  );
}
