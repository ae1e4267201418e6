import { Table, type TableProps } from "@mantine/core";
import type { ReactNode } from "react";

/** A column heading; numbers are aligned right, a heading with no label leaves room for a button. */
export interface TColumn {
  key?: string;
  label?: ReactNode;
  right?: boolean;
}

/** A column of numbers: its heading aligned right like its cells. */
export const numberColumn = (label: ReactNode, key?: string): TColumn => ({ label, right: true, key });

/**
 * A table with its headings that scrolls sideways below `minWidth` instead of squeezing its columns
 * (on a phone). The rest of the props (striped, spacing, test id) go to the table.
 */
export function ScrollTable({
  minWidth,
  columns,
  children,
  foot,
  ...table
}: TableProps & {
  minWidth: number;
  /** The headings; a list without them has none. */
  columns?: TColumn[];
  /** The rows: `Table.Tr` elements. */
  children: ReactNode;
  /** A totals row under the rows: a `Table.Tfoot`. */
  foot?: ReactNode;
  "data-testid"?: string;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table {...table}>
        {columns && (
          <Table.Thead>
            <Table.Tr>
              {columns.map((column, index) => (
                <Table.Th key={column.key ?? index} ta={column.right ? "right" : undefined}>
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
        )}
        <Table.Tbody>{children}</Table.Tbody>
        {foot}
      </Table>
    </Table.ScrollContainer>
  );
}
