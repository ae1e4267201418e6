import type { TRole } from "@kawal/core";
import { SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RoleSelect } from "./role-select.tsx";

interface TUserFiltersProps {
  q: string;
  onQ: (q: string) => void;
  role: TRole | null;
  onRole: (role: TRole | null) => void;
}

export function UserFilters({ q, onQ, role, onRole }: TUserFiltersProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        type="search"
        label={t("users.searchLabel")}
        placeholder={t("users.searchPlaceholder")}
        value={q}
        onChange={(event) => onQ(event.currentTarget.value)}
        data-testid="user-search"
      />
      <RoleSelect
        label={t("users.roleFilter")}
        value={role}
        onChange={onRole}
        emptyLabel={t("users.allRoles")}
        testId="user-role-filter"
      />
    </SimpleGrid>
  );
}
