import fc from "fast-check";
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/core/model/grid";
import { ERROR_VALUES, readIsms } from "../../../src/core/read";
import { REGISTERS, type SheetSpec } from "../../../src/core/schema";

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
