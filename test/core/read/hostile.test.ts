import fc from "fast-check";
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/core/model/grid";
import { ERROR_VALUES, readIsms } from "../../../src/core/read";
import { REGISTERS, type SheetSpec } from "../../../src/core/schema";
import { checkIsms, runCheck } from "../../../src/core/check";
import { fixPlan, fixesOf } from "../../../src/core/fix";
import { dashboardPlan } from "../../../src/core/plan/dashboard";
import { packPlan } from "../../../src/core/plan/pack";
import { SimulatedWorkbook } from "../../../src/core/plan/simulate";

const RULES = new Set([
  "cell/formula-error", "cell/not-a-date", "cell/text-date", "cell/not-in-list", "cell/synonym",
  "cell/not-a-number", "cell/out-of-range", "structure/duplicate-column", "settings/unreadable",
  "cell/spaces", "cell/number-as-text", "cell/formula-replaced",
]);
const errors = [...ERROR_VALUES];
const LONG = "y".repeat(32_767);
const specs = REGISTERS as readonly SheetSpec[];
const headers = specs.flatMap((s) => s.columns.map((c) => c.header));
const listWords = specs.flatMap((s) => s.columns.flatMap((c) => c.list ?? []));

/** Any cell Excel, a paste or a broken file could hand over. */
const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double(),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(...errors),
  fc.constantFrom(LONG, ` ${LONG} `, "2026-02-30", "2024-01-01", "Mitigate", " ; , ", "\r\n"),
  fc.constantFrom(...listWords),
);

/** A header cell: mostly the schema's headers, respelt, plus anything at all. */
const header: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constantFrom(...headers),
  fc.constantFrom(...headers).map((h) => `  ${h.toUpperCase().replace(/ /g, "   ")} `),
  cell,
);

/** A name for a sheet or table: a register's own, respelt, or random. */
const name = fc.oneof(
  fc.constantFrom(...specs.flatMap((s) => [s.sheet, s.table])),
  fc.constantFrom(...specs.map((s) => s.table.toUpperCase())),
  fc.string(),
);

const sheet: fc.Arbitrary<RawSheet> = fc.record(
  {
    name,
    table: fc.option(fc.record({ name, address: fc.string() }), { nil: null }),
    values: fc.tuple(
      fc.array(header, { maxLength: 24 }),
      fc.array(fc.array(cell, { maxLength: 26 }), { maxLength: 12 }),
    ).map(([h, body]) => [h, ...body]),
    origin: fc.record({
      row: fc.integer({ min: 1, max: 1000 }),
      col: fc.integer({ min: 0, max: 50 }),
    }),
  },
  { requiredKeys: ["name", "table", "values"] },
);

const workbook: fc.Arbitrary<RawWorkbook> = fc.record({
  sheetNames: fc.array(fc.string(), { maxLength: 5 }),
  sheets: fc.array(sheet, { maxLength: 8 }),
  source: fc.string(),
});

const A1 = /^[A-Z]{1,3}[1-9]\d*$/;
const RANGE = /^[A-Z]{1,3}[1-9]\d*(?::[A-Z]{1,3}[1-9]\d*)?$/;

describe("hostile workbooks", () => {
  test("never make the reader throw, and every finding is located and worded", () => {
    fc.assert(
      fc.property(workbook, (raw) => {
        const isms = readIsms(raw);
        for (const f of isms.findings) {
          expect(RULES.has(f.rule)).toBe(true);
          expect(["error", "warning"]).toContain(f.severity);
          expect(f.cell).toMatch(A1);
          expect(f.message.length).toBeGreaterThan(10);
          expect(f.message.length).toBeLessThan(400);
          expect(f.fixable).toBe(f.fix !== undefined);
        }
        for (const key of ["assets", "risks", "soa", "improvements"] as const) {
          const reg = isms[key];
          expect(reg.rows.length).toBeLessThanOrEqual(reg.bodyRows);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("report an error value in any read column of any register, naming its cell", () => {
    const target = fc.record({
      spec: fc.constantFrom(...specs),
      col: fc.nat(),
      rows: fc.array(fc.array(cell, { maxLength: 20 }), { minLength: 1, maxLength: 6 }),
      at: fc.nat(),
      error: fc.constantFrom(...errors),
    });
    fc.assert(
      fc.property(target, ({ spec, col, rows, at, error }) => {
        const column = spec.columns[col % spec.columns.length];
        const head = spec.columns.map((c) => c.header);
        const i = at % rows.length;
        const body = rows.map((r) => [...r]);
        const j = head.indexOf(column.header);
        while (body[i].length <= j) body[i].push(null);
        body[i][j] = error;
        const values = [head, ...body];
        const sheets = [{ name: spec.sheet, table: null, values }];
        const raw = { sheetNames: [spec.sheet], sheets };
        const cellName = `${String.fromCharCode(65 + j)}${i + 2}`;
        const found = readIsms(raw).findings.filter((f) => f.sheet === spec.sheet);
        expect(found).toContainEqual(
          expect.objectContaining({
            rule: "cell/formula-error", cell: cellName, column: column.header,
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("hostile workbooks, read and then checked", () => {
  const today = 46_359;

  test("no rule throws, and the Dashboard and the pack can be built from what was read", () => {
    fc.assert(
      fc.property(workbook, (raw) => {
        const isms = readIsms(raw);
        const result = checkIsms(isms, { today });
        expect(result.findings.filter((f) => f.rule === "internal/rule-failed")).toEqual([]);
        for (const f of result.findings) {
          if (f.cell !== "") expect(f.cell).toMatch(A1);
          expect(f.message.length).toBeGreaterThan(10);
        }
        dashboardPlan(isms, result, { today, checkedAt: "now" });
        packPlan(isms, result, { today }, raw);
      }),
      { numRuns: 150 },
    );
  });

  test("fixing what is fixable and checking again leaves none of those findings", () => {
    let fixedRuns = 0;
    fc.assert(
      fc.property(workbook, (raw) => {
        // As an executor hands them over: sheet names unique, table addresses real ranges.
        const sheets = raw.sheets
          .filter((s, i) =>
            raw.sheets.findIndex((t) => t.name.toLowerCase() === s.name.toLowerCase()) === i)
          .map((s) => (s.table && !RANGE.test(s.table.address) ? { ...s, table: null } : s));
        const unique = { ...raw, sheets };
        const first = runCheck(readIsms(unique), { today });
        const changes = fixesOf(first.findings);
        if (changes.length === 0) return;
        fixedRuns++;
        const book = new SimulatedWorkbook(unique);
        book.apply(fixPlan(changes));
        const again = runCheck(readIsms(book.read()), { today });
        const fixed = new Set(changes.map((c) => `${c.sheet}!${c.cell}`));
        const left = again.findings.filter((f) => f.fixable && fixed.has(`${f.sheet}!${f.cell}`)
          && first.findings.some((g) => g.rule === f.rule && g.cell === f.cell));
        expect(left.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([]);
      }),
      { numRuns: 150 },
    );
    // The property means something only if a fair share of the workbooks had fixes to make.
    expect(fixedRuns).toBeGreaterThan(15);
  });
});
