/**
 * The workbook plan: a declarative description of what a workbook must contain after a command.
 * The core computes it; an executor (Office.js inside Excel, ExcelJS for .xlsx files) applies it.
 * Every address is an A1 address on the plan's sheet.
 */
import type { CellValue } from "../model/finding";

/** A rectangle of cells to write, anchored at its top-left cell. Rows may not be ragged. */
export interface CellBlock {
  readonly address: string;
  readonly cells: readonly (readonly CellValue[])[];
}

/** A table (ListObject) to create over a filled range, or to widen to new columns. */
export interface TablePlan {
  readonly name: string;
  /** The table's full range after the command, header row included. */
  readonly range: string;
  /** True when the table does not exist yet and must be created over `range`. */
  readonly create: boolean;
  readonly style: string;
}

export interface ColumnWidth {
  /** Column letter(s), e.g. "C". */
  readonly column: string;
  /** Width in Excel's character units. */
  readonly width: number;
}

export interface NumberFormat {
  readonly range: string;
  readonly format: string;
}

/** An in-cell dropdown: the listed values, written as a comma-separated list source. */
export interface ListValidation {
  readonly range: string;
  readonly values: readonly string[];
}

export type ConditionalFormat =
  | {
      readonly kind: "dataBar";
      readonly range: string;
      readonly color: string;
      /**
       * The values of an empty and a full bar; omitted, the lowest and highest in the range.
       * Percentages want 0 and 1, or the weakest step shows an empty bar.
       */
      readonly bounds?: readonly [number, number];
    }
  | {
      readonly kind: "colorScale";
      readonly range: string;
      /** Colours for the lowest, middle and highest values. */
      readonly colors: readonly [string, string, string];
    }
  | {
      /** Fill cells whose text equals `text` (e.g. "No" in red). */
      readonly kind: "textEquals";
      readonly range: string;
      readonly text: string;
      readonly fill: string;
      readonly font?: string;
    };

/** A native chart: only the Office.js executor draws these; the xlsx executor reports them. */
export interface ChartPlan {
  readonly name: string;
  readonly type: "barClustered" | "columnClustered" | "columnStacked" | "pie";
  readonly title: string;
  /** The data range, with series names in its first row or column. */
  readonly source: string;
  readonly seriesBy: "rows" | "columns";
  /** Top-left cell where the chart is placed, and its size in cells. */
  readonly anchor: string;
  readonly widthCells: number;
  readonly heightCells: number;
}

export interface PrintSetup {
  readonly landscape: boolean;
  readonly fitToWidth: boolean;
  /** Rows to repeat at the top of each printed page, e.g. "$1:$1". */
  readonly repeatRows?: string;
}

/** Cell styling the product applies to its own cells (titles, header labels of the Dashboard). */
export interface StylePlan {
  readonly range: string;
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: "left" | "center" | "right";
}

/** What one sheet must contain. Only what is listed is touched; nothing else on it changes. */
export interface SheetPlan {
  readonly name: string;
  /** True when the sheet does not exist yet. */
  readonly create: boolean;
  /** Where a new sheet goes: its 0-based position among the sheets; omitted, at the end. */
  readonly position?: number;
  /** Clear the sheet's contents, formats and charts first (the Dashboard is rebuilt whole). */
  readonly clear?: boolean;
  readonly tabColor?: string;
  readonly blocks: readonly CellBlock[];
  readonly table?: TablePlan;
  readonly widths?: readonly ColumnWidth[];
  readonly numberFormats?: readonly NumberFormat[];
  /** Rows frozen at the top (the header row: 1). */
  readonly freezeRows?: number;
  readonly validations?: readonly ListValidation[];
  readonly conditionalFormats?: readonly ConditionalFormat[];
  readonly charts?: readonly ChartPlan[];
  readonly print?: PrintSetup;
  readonly styles?: readonly StylePlan[];
}

/** The whole plan of a command: the sheets it touches, in the order given. */
export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  /** The sheet to show when the command ends, if any. */
  readonly activate?: string;
  /**
   * Sentences for the command's outcome that only the plan knows: columns and rows it adds, a
   * table it puts over existing data, and what it found and left alone (a sheet with data but
   * no table whose header row does not match).
   */
  readonly notes?: readonly string[];
}
