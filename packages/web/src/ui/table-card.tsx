import { Text } from "@mantine/core";
import type { ReactNode } from "react";
import { ScrollTable, type TColumn } from "./scroll-table.tsx";
import { SectionCard } from "./section-card.tsx";

interface TTableCardProps {
  testId: string;
  title: ReactNode;
  titleSize?: "h4" | "h5";
  /** The line shown instead of the table when it would have no rows. */
  emptyText: ReactNode;
  isEmpty: boolean;
  emptyTestId?: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  highlightOnHover?: boolean;
  columns: TColumn[];
  /** The rows: `Table.Tr` elements. */
  children: ReactNode;
  /** A totals row under the rows: a `Table.Tfoot`. */
  foot?: ReactNode;
}

/** A titled card with a table that scrolls on a phone, or one dimmed line when there is nothing to list. */
export function TableCard(props: TTableCardProps) {
  return (
    <SectionCard testId={props.testId} title={props.title} titleSize={props.titleSize}>
      {props.isEmpty ? (
        <Text size="sm" c="dimmed" data-testid={props.emptyTestId}>
          {props.emptyText}
        </Text>
      ) : (
        <ScrollTable
          minWidth={props.minWidth}
          columns={props.columns}
          foot={props.foot}
          striped
          highlightOnHover={props.highlightOnHover}
        >
          {props.children}
        </ScrollTable>
      )}
    </SectionCard>
  );
}
