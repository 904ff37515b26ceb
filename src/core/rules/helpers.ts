/**
 * Small pieces every rule uses: reading a field defensively, locating a finding on its cell,
 * naming a row for a person, and counting checks row by row.
 */
import { a1 } from "../model/address";
import type { CellChange, Finding, Severity } from "../model/finding";
import type { Isms, Register } from "../model/isms";
import type { ArmStep, RegisterKey } from "../schema/types";
import type { SettingKey } from "../schema/rows";
import { SETTINGS } from "../schema/settings";
import { TREATMENT_SYNONYMS } from "../schema/lists";
import type { RuleMeta, RuleResult } from "./types";

/** Any register, whatever its rows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRegister = Register<any>;

/** A row of any register: only its sheet row number is known to be there. */
export interface AnyRow {
  readonly row: number;
}

/** A text field, trimmed; "" for anything that is not text. */
export function str(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** True for a number that can be compared (not blank, not NaN, not infinite). */
export function isKnown(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** True when a number field is blank (null); NaN is not blank: the reader reported it. */
export function isBlankNumber(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** A list field's non-blank texts, trimmed; [] for anything that is not a list. */
export function list(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const v of value) {
    if (typeof v !== "string") continue;
    const t = v.trim();
    if (t !== "") out.push(t);
  }
  return out;
}

/** The product of two ratings, or null when either is not a known number. */
export function product(a: unknown, b: unknown): number | null {
  return isKnown(a) && isKnown(b) ? a * b : null;
}

/** A treatment in the ISO/IEC 27005 word: synonyms such as Mitigate read as Modify. */
export function treatmentOf(value: unknown): string {
  const text = str(value);
  return TREATMENT_SYNONYMS[text.toLowerCase()] ?? text;
}

const NOUNS: Readonly<Record<RegisterKey, string>> = {
  settings: "Setting", context: "Context entry", requirements: "Clause", assets: "Asset",
  risks: "Risk", soa: "Control", improvements: "Improvement", objectives: "Objective",
  audits: "Audit", incidents: "Incident", training: "Training",
};

/** The word for one row of a register in messages ("Risk", "Control"). */
export function nounOf(reg: AnyRegister): string {
  return NOUNS[reg.spec.key];
}

/** The value that identifies a row: its ID (or Clause, Control, Setting), "" when blank. */
export function keyOf(reg: AnyRegister, row: AnyRow): string {
  return str((row as unknown as Record<string, unknown>)[reg.spec.keyColumn]);
}

/** How a message names a row: "Risk R-006", or "Risk on row 7" when it has no ID. */
export function nameOf(reg: AnyRegister, row: AnyRow): string {
  const key = keyOf(reg, row);
  return key !== "" ? `${nounOf(reg)} ${key}` : `${nounOf(reg)} on row ${row.row}`;
}

/** The header of a column of a register, by key. */
export function headerOf(reg: AnyRegister, key: string): string {
  return reg.spec.columns.find((c) => c.key === key)?.header ?? key;
}

/** True when the register's sheet is there and holds every one of the columns. */
export function hasColumns(reg: AnyRegister, ...keys: string[]): boolean {
  return reg.present && keys.every((k) => typeof reg.columns[k] === "number");
}

/** The A1 address of a row's cell in a column; "" when the column was not found. */
export function cellOf(reg: AnyRegister, row: AnyRow, key: string): string {
  const col = reg.columns[key];
  const ok = typeof col === "number" && Number.isInteger(row.row) && row.row > 0;
  return ok ? a1(row.row, col as number) : "";
}

/** Optional parts of a finding that differ from the rule's defaults. */
export interface FindingExtra {
  readonly severity?: Severity;
  readonly step?: ArmStep;
  readonly fix?: readonly CellChange[];
}

/**
 * Builds a finding as one object literal, `fix` only where there is one: checks of large
 * workbooks make tens of thousands of findings, and a single shape keeps that cheap.
 */
function make(
  rule: RuleMeta, extra: FindingExtra | undefined, sheet: string, cell: string, id: string,
  column: string, message: string,
): Finding {
  const fix = extra?.fix;
  const severity = extra?.severity ?? rule.severity;
  const step = extra?.step ?? rule.step;
  if (fix !== undefined && fix.length > 0) {
    return {
      rule: rule.id, severity, step, sheet, cell, id, column, message, fixable: true, fix,
    };
  }
  return { rule: rule.id, severity, step, sheet, cell, id, column, message, fixable: false };
}

/** A finding on one cell of a register row. */
export function rowFinding(
  rule: RuleMeta, reg: AnyRegister, row: AnyRow, key: string, message: string,
  extra?: FindingExtra,
): Finding {
  return make(
    rule, extra, reg.sheet, cellOf(reg, row, key), keyOf(reg, row), headerOf(reg, key), message,
  );
}

/** A finding about a whole register sheet (no row, no cell). */
export function sheetFinding(
  rule: RuleMeta, reg: AnyRegister, message: string, extra?: FindingExtra & { column?: string },
): Finding {
  return make(rule, extra, reg.sheet, "", "", extra?.column ?? "", message);
}

/** A finding on a setting's Value cell in the Settings table. */
export function settingFinding(
  rule: RuleMeta, isms: Isms, key: SettingKey, message: string, extra?: FindingExtra,
): Finding {
  const name = SETTINGS.find((s) => s.key === key)?.name ?? key;
  const cell = isms.settings.cells?.[key] ?? "";
  return make(rule, extra, isms.settingRows.sheet, cell, name, "Value", message);
}

/** What a row test says: "skip" (not checked), null (passed), or the row's findings. */
export type Verdict = Finding | readonly Finding[] | null | "skip";

/**
 * Runs a test over a register's rows and counts: each row not skipped is checked once and
 * fails once, however many findings it raises. Needs the listed columns; where one is missing,
 * the column finding says so and the rows are not checked.
 */
export function perRow<T extends AnyRow>(
  reg: Register<T>, columns: readonly string[], test: (row: T) => Verdict,
): RuleResult {
  if (!hasColumns(reg, ...columns)) return { findings: [], checked: 0, failed: 0 };
  const findings: Finding[] = [];
  let checked = 0;
  let failed = 0;
  for (const row of reg.rows) {
    const verdict = test(row);
    if (verdict === "skip") continue;
    checked++;
    if (verdict === null) continue;
    failed++;
    if (Array.isArray(verdict)) findings.push(...(verdict as readonly Finding[]));
    else findings.push(verdict as Finding);
  }
  return { findings, checked, failed };
}

/** Checks one fact of the workbook (a setting, a register as a whole): checked once. */
export function once(finding: Finding | null): RuleResult {
  return { findings: finding ? [finding] : [], checked: 1, failed: finding ? 1 : 0 };
}
