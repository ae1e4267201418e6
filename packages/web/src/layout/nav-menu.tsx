import { menuItems, type TMe } from "@kawal/core";
import { NavLink } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";

interface TNavMenuProps {
  me: TMe;
  onNavigate: () => void;
}

/** The menu is what the server says this user may open (`me.menu`), in the server's order. */
export function NavMenu({ me, onNavigate }: TNavMenuProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entries = me.menu.flatMap((key) => menuItems.filter((item) => item.key === key));
  return (
    <nav aria-label={t("app.mainMenu")} data-testid="nav-menu">
      {entries.map((item) => {
        const active = item.path === "/" ? pathname === "/" : pathname.startsWith(item.path);
        return (
          <NavLink
            key={item.key}
            component={Link}
            to={item.path}
            label={t(`menu.${item.key}`)}
            active={active}
            onClick={onNavigate}
            data-testid={`nav-${item.key}`}
          />
        );
      })}
    </nav>
  );
}
