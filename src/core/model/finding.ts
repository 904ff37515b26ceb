/** Findings: what the reader and the rules say about a workbook, located to the cell. */
import type { ArmStep } from "../schema/types";

export type Severity = "error" | "warning" | "info";

/** A value the core asks an executor to put in one cell. */
export type CellValue =
  | string
  | number
  | boolean
  | null
  | { readonly formula: string }
  | { readonly date: number };

/** One cell to change: sheet, A1 address and the new value. */
export interface CellChange {
  readonly sheet: string;
  readonly cell: string;
  readonly value: CellValue;
  /** The value the cell held when the change was computed, shown before fixing. */
  readonly before?: string | number | boolean | null;
}

/** One finding, located by sheet, cell, row ID and column (RULES.md, "What a check reports"). */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly step: ArmStep;
  readonly sheet: string;
  /** A1 address on `sheet`; "" for a finding about a whole sheet. */
  readonly cell: string;
  /** The row's ID (or Clause, Control, Setting); "" for a whole sheet or setting. */
  readonly id: string;
  /** The column's header; "" for a whole sheet. */
  readonly column: string;
  readonly message: string;
  readonly fixable: boolean;
  /** The cell changes that fix it, present exactly when `fixable` is true. */
  readonly fix?: readonly CellChange[];
}
