/**
 * fast-check arbitraries of typed registers that match the schema: every field a value the
 * writer can write and the reader reads back unchanged (trimmed text, list words, whole numbers
 * in range, real days, references without separators).
 */
import fc from "fast-check";
import type { Edition } from "../../../src/core/catalogue";
import { isErrorValue } from "../../../src/core/read";
import type { ColumnSpec, Settings, SheetSpec } from "../../../src/core/schema";

/** Trimmed text that is not an error value ("" included). */
export const text = fc
  .string({ unit: "grapheme", maxLength: 30 })
  .map((s) => s.trim())
  .filter((s) => !isErrorValue(s));

/** Non-empty trimmed text, for the key column, so no generated row is blank. */
const key = text.filter((s) => s.length > 0);

/** One reference or list item: no separators, no surrounding spaces. */
const item = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9.\- ]{0,8}[A-Za-z0-9]$|^[A-Z0-9]$/);

/** Serials of real days, 1900-01-01 to 9999-12-31 without the 29 February 1900 Excel counts. */
export const serial = fc.integer({ min: 1, max: 2_958_465 }).filter((n) => n !== 60);

function cellArbitrary(col: ColumnSpec, isKey: boolean, labels: readonly string[]) {
  switch (col.type) {
    case "id":
    case "text":
      return isKey ? key : text;
    case "choice": {
      const list = col.listFrom === "classification" ? labels : col.list ?? [];
      return fc.constantFrom("", ...list);
    }
    case "choices":
      return fc.subarray([...(col.list ?? [])]);
    case "refs":
      return fc.array(item, { maxLength: 3 });
    case "date":
      return fc.option(serial, { nil: null });
    case "integer": {
      const min = col.min ?? 0;
      const max = col.max ?? (col.listFrom === "scale" ? 5 : 1000);
      return fc.option(fc.integer({ min, max }), { nil: null });
    }
    case "formula":
      return fc.constant(null);
  }
}

/** The operands of each formula column of the schema: its value is their product. */
function withFormulas(spec: SheetSpec, row: Record<string, unknown>): Record<string, unknown> {
  for (const col of spec.columns) {
    if (col.type !== "formula" || !col.formula) continue;
    const headers = [...col.formula.matchAll(/\[\[#This Row\],\[([^\]]+)\]\]/g)].map((m) => m[1]);
    const [a, b] = headers.map((h) => row[spec.columns.find((c) => c.header === h)?.key ?? ""]);
    row[col.key] = typeof a === "number" && typeof b === "number" ? a * b : null;
  }
  return row;
}

/** Typed rows of a register, numbered from 2 under the header. */
export function rowsOf(spec: SheetSpec, labels: readonly string[], maxLength = 8) {
  const fields = Object.fromEntries(
    spec.columns.map((c) => [c.key, cellArbitrary(c, c.key === spec.keyColumn, labels)]),
  );
  return fc
    .array(fc.record(fields), { maxLength })
    .map((rows) =>
      rows.map((r, i) => withFormulas(spec, { row: i + 2, ...(r as Record<string, unknown>) })),
    );
}

/** Typed settings, cells left out (they depend on where the rows stand). */
export const settings: fc.Arbitrary<Omit<Settings, "cells">> = fc.record({
  organisation: text,
  scope: text,
  edition: fc.constantFrom<Edition>("2022", "2013"),
  riskScale: fc.constantFrom(3, 4, 5),
  riskAppetite: fc.integer({ min: 1, max: 25 }),
  reviewMonths: fc.integer({ min: 1, max: 60 }),
  classificationLabels: fc.array(item, { minLength: 1, maxLength: 5 }),
  goLive: fc.option(serial, { nil: null }),
  stage1: fc.option(serial, { nil: null }),
  stage2: fc.option(serial, { nil: null }),
  certificationBody: text,
  schemaVersion: text,
});
