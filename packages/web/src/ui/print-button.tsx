import { Button, type ButtonProps } from "@mantine/core";
import type { ReactNode } from "react";

/** Opens a document the server prints (a PDF) in a new tab, leaving the page where it was. */
export function PrintButton({
  href,
  testId,
  children,
  ...button
}: ButtonProps & { href: string; testId: string; children: ReactNode }) {
  return (
    <Button component="a" href={href} target="_blank" rel="noopener" data-testid={testId} {...button}>
      {children}
    </Button>
  );
}
