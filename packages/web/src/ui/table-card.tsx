import { Card, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A column heading; numbers are aligned right, a heading with no label leaves room for a button. */
export interface TColumn {
  key?: string;
  label?: ReactNode;
  right?: boolean;
}

/** A column of numbers: its heading aligned right like its cells. */
export const numberColumn = (label: ReactNode, key?: string): TColumn => ({ label, right: true, key });

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
    <Card withBorder data-testid={props.testId}>
      <Title order={3} size={props.titleSize ?? "h4"} mb="sm">
        {props.title}
      </Title>
      {props.isEmpty ? (
        <Text size="sm" c="dimmed" data-testid={props.emptyTestId}>
          {props.emptyText}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={props.minWidth}>
          <Table striped highlightOnHover={props.highlightOnHover}>
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((column, index) => (
                  <Table.Th key={column.key ?? index} ta={column.right ? "right" : undefined}>
                    {column.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{props.children}</Table.Tbody>
            {props.foot}
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
