/** Raw cell grids: what an executor hands to the core when it reads a workbook. */

/**
 * One cell as Excel gives it back: a number (dates too), a string ("" for empty, error values
 * as their text such as "#REF!"), a boolean, or null/undefined for empty.
 */
export type RawCell = string | number | boolean | null | undefined;

/** A register sheet as read: the table (or the used range from A1) with its header row. */
export interface RawSheet {
  /** The sheet's name as it stands in the workbook. */
  readonly name: string;
  /** The table found on the sheet, or null where the sheet holds none. */
  readonly table: { readonly name: string; readonly address: string } | null;
  /**
   * Header row first, then the body, as a rectangular or ragged grid. Where there is a table
   * these are the table's cells; otherwise the sheet's used range.
   */
  readonly values: readonly (readonly RawCell[])[];
  /** Sheet position of values[0][0]: 1-based row, 0-based column. Defaults to A1. */
  readonly origin?: { readonly row: number; readonly col: number };
  /**
   * Where there is a table: the sheet's used range, table included, so that a plan adding rows
   * or columns next to the table sees what the user keeps there and never writes over it.
   * Given when the read asked for it (ReadRequest.around) or cost nothing to give.
   */
  readonly around?: {
    readonly origin: { readonly row: number; readonly col: number };
    readonly values: readonly (readonly RawCell[])[];
  };
}

/** Everything an executor read from a workbook for a command. */
export interface RawWorkbook {
  /** Every sheet name in the workbook, in tab order (register or not). */
  readonly sheetNames: readonly string[];
  /** The register sheets that were found and read (by table name or sheet name). */
  readonly sheets: readonly RawSheet[];
  /** The file or workbook name, for messages and the JSON result. */
  readonly source?: string;
  /**
   * The value of A1 on the sheet named Dashboard (any case), where the workbook has one; null
   * where A1 is blank, undefined where there is no such sheet. The product's Dashboard carries
   * its title there, so a sheet of the user's that bears the name is told apart, never cleared.
   */
  readonly dashboardTitle?: RawCell;
}
