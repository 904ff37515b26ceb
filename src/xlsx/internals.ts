/** Parts of an ExcelJS worksheet that exist at run time but are missing from its typings. */
import type { DataValidation, Worksheet } from "exceljs";

/** A conditional-format entry as ExcelJS keeps it: a range and its rules. */
export interface ConditionalEntry {
  ref: string;
  rules: Record<string, unknown>[];
}

/** The worksheet members the executor needs beyond the published typings. */
export interface SheetInternals {
  orderNo: number;
  dataValidations: {
    model: Record<string, DataValidation | undefined>;
    add(address: string, validation: DataValidation): void;
  };
  conditionalFormattings: ConditionalEntry[];
}

/** The same worksheet, seen with its run-time members. */
export function internals(ws: Worksheet): SheetInternals {
  return ws as unknown as SheetInternals;
}
