import { roles, type TRole } from "@kawal/core";
import { Select } from "@mantine/core";
import { useRoleLabel } from "../ui/labels.ts";

interface TRoleSelectProps {
  label: string;
  value: TRole | null;
  onChange: (role: TRole | null) => void;
  error?: string | undefined;
  /** Shown as the empty choice (a filter's "all roles"); without it a role is required. */
  emptyLabel?: string;
  testId?: string;
}

export function RoleSelect({ label, value, onChange, error, emptyLabel, testId }: TRoleSelectProps) {
  const roleLabel = useRoleLabel();
  const data = roles.map((role) => ({ value: role, label: roleLabel(role) }));
  return (
    <Select
      label={label}
      data={emptyLabel ? [{ value: "", label: emptyLabel }, ...data] : data}
      value={value ?? (emptyLabel ? "" : null)}
      onChange={(next) => onChange(next ? (next as TRole) : null)}
      allowDeselect={false}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
