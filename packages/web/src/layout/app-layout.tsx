import type { TMe } from "@kawal/core";
import { Anchor, AppShell, Burger, Group, ScrollArea, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { LanguageSwitch } from "./language-switch.tsx";
import { NavMenu } from "./nav-menu.tsx";
import { UserBox } from "./user-box.tsx";

/** Header, menu and page. Below the `sm` breakpoint (phones) the menu folds behind the burger. */
export function AppLayout({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t("app.openMenu")}
              data-testid="burger"
            />
            <Title order={3}>
              <Anchor component={Link} to="/" underline="never" inherit c="teal.8">
                {t("app.name")}
              </Anchor>
            </Title>
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section grow component={ScrollArea}>
          <NavMenu me={me} onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section pt="sm" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
          <UserBox me={me} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
