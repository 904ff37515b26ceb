/**
 * Builds the typed row objects of a register from a field plan made once per register, so the
 * per-cell work is one call of the column's reader, and the row object comes from the
 * register's literal builder (builders.ts). No code is compiled at run time: the task pane's
 * content security policy forbids it.
 */
import type { RawCell } from "../model/grid";
import type { RegisterKey } from "../schema/types";
import { ROW_BUILDERS, type FieldSource } from "./builders";
import type { CellReader } from "./cells";

/** How one field of a row is filled. */
export interface FieldPlan {
  readonly key: string;
  /** Index in the row's cells, or -1 when the column is missing. */
  readonly at: number;
  readonly read: CellReader | null;
  /** The blank value of a missing column: "" (text), null (numbers) or [] (lists). */
  readonly blank: "" | null | "list";
  /** The register's key column, already read into `id`. */
  readonly isKey: boolean;
}

/** Makes one typed row from a row's cells, its sheet row number and its key value. */
export type RowFactory = (cells: readonly RawCell[], row: number, id: string) => object;

/** Reads one row's fields by column index, for the register's literal builder. */
class RowFields implements FieldSource {
  cells: readonly RawCell[] = [];
  row = 0;
  id = "";
  private readonly readers: readonly (CellReader | null)[];
  private readonly at: readonly number[];
  private readonly blanks: readonly FieldPlan["blank"][];
  private readonly isKey: readonly boolean[];

  constructor(plan: readonly FieldPlan[]) {
    this.readers = plan.map((f) => f.read);
    this.at = plan.map((f) => f.at);
    this.blanks = plan.map((f) => f.blank);
    this.isKey = plan.map((f) => f.isKey);
  }

  v(i: number): never {
    const read = this.readers[i];
    if (read === null) {
      const blank = this.blanks[i];
      return (blank === "list" ? [] : blank) as never;
    }
    if (this.isKey[i]) return this.id as never;
    return read(this.cells[this.at[i]], this.row, this.id) as never;
  }
}

/** The row builder of a register, from its field plan (in the schema's column order). */
export function rowFactory(register: RegisterKey, plan: readonly FieldPlan[]): RowFactory {
  const build = ROW_BUILDERS[register];
  const fields = new RowFields(plan);
  return (cells, row, id) => {
    fields.cells = cells;
    fields.row = row;
    fields.id = id;
    return build(fields);
  };
}
