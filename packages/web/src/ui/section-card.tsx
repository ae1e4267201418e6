import { Card, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** One section of a page: a bordered card under a small heading. */
export function SectionCard({
  testId,
  title,
  titleSize = "h4",
  children,
}: {
  testId?: string;
  title: ReactNode;
  titleSize?: "h4" | "h5";
  children: ReactNode;
}) {
  return (
    <Card withBorder data-testid={testId}>
      <Title order={3} size={titleSize} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
