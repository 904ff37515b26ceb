import fc from "fast-check";
import { parseA1, rangeA1 } from "../../../src/core/model/address";
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/core/model/grid";
import { createPlan } from "../../../src/core/plan/create";
import { isNoop } from "../../../src/core/plan/noop";
import { SimulatedWorkbook, simulatePlan } from "../../../src/core/plan/simulate";
import type { WorkbookPlan } from "../../../src/core/plan/types";
import { readIsms } from "../../../src/core/read";
import { day } from "../../support/isms";
import { filledCells } from "./workbooks";

const OPTS = { edition: "2022", sample: false, today: day("2026-12-03") } as const;

function planOf(raw: RawWorkbook): WorkbookPlan {
  return createPlan(raw, readIsms(raw), OPTS);
}

/** A complete workbook with the sample in it, as a starting point for a user's edits. */
const EMPTY: RawWorkbook = { sheetNames: [], sheets: [] };
const START = simulatePlan(EMPTY, createPlan(EMPTY, readIsms(EMPTY), { ...OPTS, sample: true }));

/** What a user may have done to one register sheet. */
interface Edit {
  readonly order: number[];
  readonly drop: boolean[];
  readonly keepRow: boolean[];
  readonly extraAt: number;
  readonly extraValue: string;
  readonly noTable: boolean;
}

const edit = fc.record({
  order: fc.array(fc.nat(), { minLength: 25, maxLength: 25 }),
  drop: fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
  keepRow: fc.array(fc.boolean(), { minLength: 130, maxLength: 130 }),
  extraAt: fc.nat(30),
  extraValue: fc.oneof(fc.constant("=1+1"), fc.string({ maxLength: 8 })),
  noTable: fc.boolean(),
});

/** A register sheet after the user's edit: columns reordered and dropped, a column and rows. */
function edited(sheet: RawSheet, e: Edit): RawSheet {
  const width = sheet.values[0].length;
  const keep = [...Array(width).keys()]
    .filter((j) => !e.drop[j] || j === 0)
    .sort((a, b) => (e.order[a] ?? 0) - (e.order[b] ?? 0) || a - b);
  const at = Math.min(e.extraAt, keep.length);
  const values: RawCell[][] = sheet.values
    .filter((_, i) => i === 0 || e.keepRow[i % e.keepRow.length])
    .map((row, i) => {
      const cells = keep.map((j) => row[j] ?? null);
      cells.splice(at, 0, i === 0 ? "Our column" : `${e.extraValue}${i}`);
      return cells;
    });
  if (e.noTable) return { name: sheet.name, table: null, values };
  const address = rangeA1(1, 0, values.length, values[0].length - 1);
  return { name: sheet.name, table: { name: sheet.table?.name ?? sheet.name, address }, values };
}

describe("create/upgrade on a workbook the user has edited", () => {
  it("writes only empty cells, keeps every value, and is a no-op the second time", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 11, maxLength: 11 }), (edits) => {
        const raw: RawWorkbook = {
          sheetNames: ["Dashboard", ...START.sheets.map((s) => s.name), "Notes"],
          sheets: START.sheets.map((s, k) => edited(s, edits[k])),
        };
        const plan = planOf(raw);

        for (const p of plan.sheets) {
          const before = raw.sheets.find((s) => s.name === p.name);
          if (!before) continue;
          const filled = filledCells(before);
          for (const b of p.blocks) {
            const start = parseA1(b.address);
            b.cells.forEach((row, i) => row.forEach((_, j) => {
              const key = `${start.row + i},${start.col + j}`;
              expect([p.name, key, filled.has(key)]).toEqual([p.name, key, false]);
            }));
          }
        }

        const book = new SimulatedWorkbook(raw);
        book.apply(plan);
        for (const sheet of raw.sheets) {
          const now = book.snapshot(sheet.name);
          for (const [key, value] of filledCells(sheet)) {
            const [row, col] = key.split(",").map(Number);
            const address = rangeA1(row, col, row, col).split(":")[0];
            expect([sheet.name, address, now.get(address)]).toEqual([sheet.name, address, value]);
          }
        }
        expect(book.sheetNames).toContain("Notes");
        expect(isNoop(planOf(book.read()))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

const NAMES = ["Risks", "SoA", "Settings", "Context", "Dashboard", "Other"];
const cell = fc.oneof(
  fc.constant(null), fc.constant(""), fc.boolean(), fc.integer({ min: -5, max: 50 }),
  fc.constantFrom("ID", "Risk", "Control", "Setting", "Value", "Schema version", "5.1", "#REF!"),
  fc.string({ maxLength: 6 }),
);
const anySheet = fc.record({
  name: fc.constantFrom(...NAMES),
  values: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }),
  table: fc.option(fc.record({
    name: fc.constantFrom("Risks", "SoA", "ArmSettings", "Table1"),
    address: fc.constantFrom("A1:C3", "B2:D4", "A1", "nonsense", "A1:F6"),
  }), { nil: null }),
  origin: fc.option(fc.record({ row: fc.integer({ min: 1, max: 3 }), col: fc.nat(2) }), {
    nil: undefined,
  }),
});

describe("create/upgrade on any workbook at all", () => {
  it("never throws and never writes over a cell that was read with a value in it", () => {
    // Sheet names are unique in a workbook, whatever else is wrong with it.
    const books = fc.uniqueArray(anySheet, { maxLength: 5, selector: (s) => s.name.toLowerCase() });
    fc.assert(
      fc.property(books, (sheets) => {
        const raw: RawWorkbook = {
          sheetNames: [...new Set(sheets.map((s) => s.name))], sheets: sheets as RawSheet[],
        };
        const plan = planOf(raw);
        for (const p of plan.sheets) {
          const before = raw.sheets.find((s) => s.name === p.name);
          if (!before || p.create) continue;
          const filled = filledCells(before);
          for (const b of p.blocks) {
            const start = parseA1(b.address);
            b.cells.forEach((row, i) => row.forEach((_, j) => {
              const key = `${start.row + i},${start.col + j}`;
              const version = p.name === "Settings" && row[j] === "1";
              if (!version) expect([p.name, key, filled.has(key)]).toEqual([p.name, key, false]);
            }));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
