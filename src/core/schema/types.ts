/** The vocabulary of the workbook schema: registers, columns and their types. */

/** The steps of the Assured Results Method. */
export type ArmStep = "1A" | "1B" | "1C" | "2" | "3" | "4";

/** The register sheets of WORKBOOK.md, by key. */
export type RegisterKey =
  | "settings"
  | "context"
  | "requirements"
  | "assets"
  | "risks"
  | "soa"
  | "improvements"
  | "objectives"
  | "audits"
  | "incidents"
  | "training";

/**
 * How a column's cells are read and written:
 * - id: the row's identifier (PREFIX-NNN), text;
 * - text: free text;
 * - choice: one value of `list` (or of a list named by `listFrom`);
 * - choices: several values of `list`, ";"-separated;
 * - refs: identifiers of other rows or of controls, ";"-separated (also "," and line breaks);
 * - date: a real Excel date (serial number); ISO text dates are accepted on read;
 * - integer: a whole number between `min` and `max` (when given);
 * - formula: a computed number, written as the live formula `formula`.
 */
export type ColumnType =
  "id" | "text" | "choice" | "choices" | "refs" | "date" | "integer" | "formula";

/** Lists whose values come from the Settings table rather than from the schema. */
export type DynamicList = "classification" | "scale";

/** What a refs column points at. */
export type RefTarget = "assets" | "risks" | "controls" | "improvements" | "related";

/** One column of a register. `K` is the key of the typed row field it fills. */
export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly header: string;
  readonly type: ColumnType;
  readonly list?: readonly string[];
  readonly listFrom?: DynamicList;
  /** Other words people use, lower case, mapped to the list's word (read, reported as fixable). */
  readonly synonyms?: Readonly<Record<string, string>>;
  readonly min?: number;
  readonly max?: number;
  readonly refTo?: RefTarget;
  /** The register cannot do without this column: its absence is an error finding. */
  readonly required?: boolean;
  /** For formula columns: the formula text as written to a file (this-row structured refs). */
  readonly formula?: string;
  /** Column width in Excel's character units. */
  readonly width: number;
  /** Excel number format for the column body, where it needs one. */
  readonly numberFormat?: string;
}

/** One register: its sheet, its table and its columns, in their default order. */
export interface SheetSpec<K extends string = string> {
  readonly key: RegisterKey;
  readonly sheet: string;
  readonly table: string;
  /** ID prefix ("R" for R-001) or null where the register is keyed otherwise. */
  readonly idPrefix: string | null;
  /** The column that identifies a row in messages (the ID, or Clause/Control/Setting). */
  readonly keyColumn: K;
  /** The ARM step that structure findings on this sheet count under. */
  readonly step: ArmStep;
  /** The clause or control of the standard the register answers. */
  readonly clause: string;
  readonly columns: readonly ColumnSpec<K>[];
  /** Rows the product fills in on create: clauses, Annex A controls, or settings. */
  readonly prefill?: "clauses" | "controls" | "settings";
}

/** The number formats the product writes. */
export const DATE_FORMAT = "yyyy-mm-dd";
