/** ExcelJS table models: finding them on a sheet and in the workbook, loaded or created. */
import type { Workbook, Worksheet } from "exceljs";

/** The part of ExcelJS's table model the executor reads and changes. */
export interface TableModel {
  name: string;
  displayName?: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string; filterButton?: boolean; [key: string]: unknown }[];
  style?: Record<string, unknown>;
  ref?: string;
  rows?: unknown[][];
}

/** ExcelJS keeps a sheet's tables by name; its typings describe them loosely. */
type TableHolder = { tables: Record<string, { model?: TableModel; table?: TableModel }> };

/** The table models on a sheet, in the order ExcelJS holds them. */
export function tablesOf(ws: Worksheet): TableModel[] {
  const holder = ws as unknown as TableHolder;
  const out: TableModel[] = [];
  for (const table of Object.values(holder.tables ?? {})) {
    const model = table.model ?? table.table;
    if (model && typeof model.tableRef === "string") out.push(model);
  }
  return out;
}

/** A table anywhere in the workbook by name (Excel compares table names without case). */
export function findTable(
  wb: Workbook,
  name: string,
): { ws: Worksheet; table: TableModel } | null {
  const wanted = name.toLowerCase();
  for (const ws of wb.worksheets) {
    for (const table of tablesOf(ws)) {
      if (table.name.toLowerCase() === wanted) return { ws, table };
    }
  }
  return null;
}
