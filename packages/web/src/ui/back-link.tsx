import { Anchor } from "@mantine/core";
import { Link } from "react-router";

/** The way back from a record's page to its list. */
export function BackLink({ to, label, testId }: { to: string; label: string; testId?: string }) {
  return (
    <Anchor component={Link} to={to} size="sm" data-testid={testId}>
      ← {label}
    </Anchor>
  );
}
