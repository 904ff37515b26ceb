/** How the reader words and locates its findings about one column's cells. */
import { a1 } from "../model/address";
import type { CellChange, Finding, Severity } from "../model/finding";
import type { ArmStep, RegisterKey } from "../schema/types";
import { shortened } from "./text";

/** What a row of each register is called in a message. */
const NOUNS: Readonly<Record<RegisterKey, string>> = {
  settings: "Setting",
  context: "Context entry",
  requirements: "Clause",
  assets: "Asset",
  risks: "Risk",
  soa: "Control",
  improvements: "Improvement",
  objectives: "Objective",
  audits: "Audit",
  incidents: "Incident",
  training: "Training",
};

/** Where a column's findings go and how they are located: fixed once per column. */
export interface ColumnSite {
  readonly register: RegisterKey;
  readonly sheet: string;
  readonly step: ArmStep;
  readonly header: string;
  /** 0-based sheet column. */
  readonly col: number;
  readonly sink: Finding[];
  /** The register's table as found, for fixes that write its formulas; null or absent: none. */
  readonly table?: string | null;
}

/** "Risk R-004" or, where the row has no ID, "Risk in row 7". */
export function rowLabel(register: RegisterKey, row: number, id: string): string {
  const noun = NOUNS[register];
  return id ? `${noun} ${shortened(id)}` : `${noun} in row ${row}`;
}

/** Adds a finding about one cell of a column; `what` completes "Risk R-004, Owner: ...". */
export function report(
  site: ColumnSite,
  rule: string,
  severity: Severity,
  row: number,
  id: string,
  what: string,
  fix?: CellChange["value"],
  before?: CellChange["before"],
): void {
  const cell = a1(row, site.col);
  const message = `${rowLabel(site.register, row, id)}, ${site.header}: ${what}`;
  const base = { rule, severity, step: site.step, sheet: site.sheet, cell, id };
  if (fix === undefined) {
    site.sink.push({ ...base, column: site.header, message, fixable: false });
    return;
  }
  const change: CellChange = { sheet: site.sheet, cell, value: fix, before };
  site.sink.push({ ...base, column: site.header, message, fixable: true, fix: [change] });
}

/** The key of a cell in a set of cells: "Risks!F7". */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/**
 * The cells (by cellKey) the reader could not read: reported with no fix, so their field reads
 * blank or NaN. Rules say nothing more of them; the auditor pack shows what was typed there.
 */
export function unreadableCells(findings: readonly Finding[] | undefined): Set<string> {
  const cells = new Set<string>();
  for (const f of findings ?? []) {
    if (f && !f.fixable && typeof f.cell === "string" && f.cell !== "") {
      cells.add(cellKey(f.sheet, f.cell));
    }
  }
  return cells;
}
