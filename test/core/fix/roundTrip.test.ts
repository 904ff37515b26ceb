import { fixesOf } from "../../../src/core/fix";
import { parseA1 } from "../../../src/core/model/address";
import { serialOf } from "../../../src/core/model/dates";
import type { CellChange } from "../../../src/core/model/finding";
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/core/model/grid";
import { readIsms } from "../../../src/core/read";
import { runRules } from "../../../src/core/rules/engine";
import { REGISTERS, type RegisterKey, type SheetSpec } from "../../../src/core/schema";

const TODAY = serialOf(2026, 12, 3);

function specOf(key: RegisterKey): SheetSpec {
  return REGISTERS.find((s) => s.key === key) as SheetSpec;
}

/** A register sheet with every schema header, then rows placed by column key. */
function sheet(key: RegisterKey, rows: Record<string, RawCell>[]): RawSheet {
  const spec = specOf(key);
  const body = rows.map((r) => spec.columns.map((c) => r[c.key] ?? null));
  return {
    name: spec.sheet, table: { name: spec.table, address: "A1" },
    values: [spec.columns.map((c) => c.header), ...body],
  };
}

/**
 * Applies cell changes to raw grids as an executor would. A formula cell reads back blank, as
 * from a file written without recalculation; a date reads back as its serial.
 */
function apply(raw: RawWorkbook, changes: readonly CellChange[]): RawWorkbook {
  const sheets = raw.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  for (const change of changes) {
    const target = sheets.find((s) => s.name === change.sheet);
    if (!target) throw new Error(`no sheet ${change.sheet}`);
    const { row, col } = parseA1(change.cell);
    const v = change.value;
    const cell: RawCell =
      v !== null && typeof v === "object" ? ("date" in v ? v.date : null) : v;
    const line = target.values[row - 1];
    while (line.length <= col) line.push(null);
    line[col] = cell;
  }
  return { ...raw, sheets };
}

function differingCells(a: RawWorkbook, b: RawWorkbook): number {
  let n = 0;
  a.sheets.forEach((s, i) => s.values.forEach((r, j) => r.forEach((c, k) => {
    if (b.sheets[i].values[j][k] !== c) n++;
  })));
  return n;
}

const settings: RawSheet = {
  name: "Settings", table: { name: "ArmSettings", address: "A1" },
  values: [
    ["Setting", "Value", "Notes"],
    ["Organisation", "Northwind Ltd", ""],
    ["ISMS scope", "Northwind's online shop and its support", ""],
    ["Standard", "ISO/IEC 27001:2022", ""],
  ],
};

const raw: RawWorkbook = {
  sheetNames: ["Settings", "Assets", "Risks", "SoA"],
  source: "roundtrip.xlsx",
  sheets: [
    settings,
    sheet("assets", [
      { id: "A-001", asset: "Staff laptops", type: "Hardware", owner: "IT lead",
        classification: "Internal", confidentiality: 2, inScope: "Yes", status: "Active",
        lastReviewed: "2026-02-01" },
    ]),
    sheet("risks", [
      { id: "R-001", risk: "Laptop stolen", assets: "A-001", owner: "IT lead", likelihood: 3,
        impact: 4, score: 15, treatment: "Mitigate", controls: "5.15; 8.5", status: "Open",
        lastReviewed: "2026-03-31" },
      { id: "", risk: "Phishing", assets: "A-001", owner: "IT lead", likelihood: 2, impact: 2,
        score: 4, treatment: "Modify", controls: "5.15", status: "Open",
        lastReviewed: serialOf(2026, 6, 1) },
      { id: "", risk: "Backup lost", assets: "A-001", owner: "IT lead", likelihood: 1,
        impact: 5, score: 5, treatment: "Reduce", controls: "8.13", status: "Open",
        lastReviewed: serialOf(2026, 6, 1) },
    ]),
    sheet("soa", [
      { control: "5.15", applicable: "Yes", status: "Implemented", howImplemented: "SSO",
        risks: "R-009" },
      { control: "8.5", applicable: "Yes", status: "Implemented", howImplemented: "MFA",
        risks: "" },
      { control: "8.13", applicable: "Yes", status: "Planned", howImplemented: "Nightly copy",
        risks: "R-003" },
    ]),
  ],
};

const FIXED_BY_FIXING = [
  "structure/id-missing", "cell/synonym", "cell/text-date", "risk/score-formula",
  "soa/risks-stale",
];

describe("fixing and checking again", () => {
  it("leaves none of the fixed findings, and changes only the cells they name", () => {
    const first = runRules(readIsms(raw), TODAY).findings;
    const rulesFound = new Set(first.filter((f) => f.fixable).map((f) => f.rule));
    expect([...rulesFound].sort()).toEqual([...FIXED_BY_FIXING].sort());

    const changes = fixesOf(first);
    expect(changes.map((c) => `${c.sheet}!${c.cell}`)).toEqual([
      "Assets!M2", "Risks!I2", "Risks!J2", "Risks!R2", "Risks!A3", "Risks!A4", "Risks!J4",
      "SoA!K2", "SoA!K3",
    ]);
    const fixed = apply(raw, changes);
    expect(differingCells(raw, fixed)).toBe(changes.length);

    const again = runRules(readIsms(fixed), TODAY).findings;
    expect(again.filter((f) => f.fixable)).toEqual([]);
    expect(again.filter((f) => FIXED_BY_FIXING.includes(f.rule))).toEqual([]);
  });

  it("writes the new IDs, the ISO words, real dates and the refreshed Risks", () => {
    const changes = fixesOf(runRules(readIsms(raw), TODAY).findings);
    const value = (at: string) => changes.find((c) => `${c.sheet}!${c.cell}` === at)?.value;
    expect(value("Risks!A3")).toBe("R-002");
    expect(value("Risks!A4")).toBe("R-003");
    expect(value("Risks!J2")).toBe("Modify");
    expect(value("Risks!J4")).toBe("Modify");
    expect(value("Risks!R2")).toEqual({ date: serialOf(2026, 3, 31) });
    expect(value("SoA!K2")).toBe("R-001; R-002");
    expect(value("SoA!K3")).toBe("R-001");
    expect(value("SoA!K4")).toBeUndefined();
  });
});
