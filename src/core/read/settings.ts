/** Typed settings from the rows of the ArmSettings table, defaults where blank or unreadable. */
import type { Edition } from "../catalogue/types";
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import type { Register } from "../model/isms";
import { DEFAULT_CLASSIFICATION_LABELS } from "../schema/lists";
import type { SettingKey, SettingRow, Settings } from "../schema/rows";
import { SETTINGS, type SettingSpec } from "../schema/settings";
import type { ArmStep } from "../schema/types";
import { dateCell } from "./dates";
import { report, type ColumnSite } from "./report";
import { cellText, headerKey, quoted, splitList } from "./text";

const BY_NAME: ReadonlyMap<string, SettingSpec> = new Map(
  SETTINGS.map((s) => [headerKey(s.name), s]),
);

type Value = SettingRow["value"];

/** Where the dates of ARM step 2 count; every other setting counts under the sheet's step. */
function stepOf(spec: SettingSpec, sheetStep: ArmStep): ArmStep {
  return spec.type === "date" ? "2" : sheetStep;
}

/** The edition a Standard value names ("ISO/IEC 27001:2013", "2022", "27001:2013" ...). */
export function editionOf(value: Value): Edition | null {
  const text = cellText(value);
  if (text.includes("2013")) return "2013";
  if (text.includes("2022")) return "2022";
  return null;
}

function defaults(): Omit<Settings, "cells"> {
  return {
    organisation: "", scope: "", edition: "2022", riskScale: 5, riskAppetite: 9, reviewMonths: 12,
    classificationLabels: [...DEFAULT_CLASSIFICATION_LABELS], goLive: null, stage1: null,
    stage2: null, certificationBody: "", schemaVersion: "",
  };
}

function integerOf(value: Value): number | null {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return null;
  const n = /^\s*[+-]?\d+(?:\.\d*)?\s*$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** The rule a setting's value breaks, in words, or null when the number is acceptable. */
function integerProblem(spec: SettingSpec, n: number | null): string | null {
  if (spec.allowed) {
    const words = spec.allowed.join(", ").replace(/, (\d+)$/, " or $1");
    return n !== null && spec.allowed.includes(n) ? null : `is not ${words}. Type ${words}.`;
  }
  const span = `Type a whole number from ${spec.min ?? 1} to ${spec.max ?? 99}.`;
  if (n === null || !Number.isInteger(n)) return `is not a whole number. ${span}`;
  if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
    return `is out of range. ${span}`;
  }
  return null;
}

/**
 * Types the settings read from the ArmSettings rows. Unreadable values are reported (naming the
 * Value cell) and replaced by their default; an unreadable date becomes NaN, so that no rule
 * calls it missing.
 */
export function readSettings(reg: Register<SettingRow>, sink: Finding[]): Settings {
  const out = defaults() as Settings;
  out.cells = {};
  const valueCol = reg.columns.value;
  const seen = new Map<SettingKey, number>();
  const settingCol = reg.columns.setting;
  for (const row of reg.rows) {
    const spec = BY_NAME.get(headerKey(row.setting));
    if (spec === undefined) continue;
    const first = seen.get(spec.key);
    if (first !== undefined) {
      // Two rows for one setting: which one a co-author meant cannot be known, so say it.
      if (settingCol !== undefined) {
        sink.push({
          rule: "settings/duplicate", severity: "warning", step: stepOf(spec, reg.spec.step),
          sheet: reg.sheet, cell: a1(row.row, settingCol), id: spec.name, column: "Setting",
          message: `Setting ${spec.name} stands on rows ${first} and ${row.row}: row ${first} ` +
            `is used. Delete the row that is wrong.`,
          fixable: false,
        });
      }
      continue;
    }
    seen.set(spec.key, row.row);
    if (valueCol === undefined) continue;
    out.cells[spec.key] = a1(row.row, valueCol);
    const site: ColumnSite = {
      register: "settings", sheet: reg.sheet, step: stepOf(spec, reg.spec.step), header: "Value",
      col: valueCol, sink,
    };
    const unreadable = (what: string) =>
      report(
        site, "settings/unreadable", "error", row.row, row.setting,
        `${quoted(row.value)} ${what}`,
      );
    applySetting(out, spec, row, unreadable, site);
  }
  if (reg.present && valueCol !== undefined && settingCol !== undefined) {
    for (const spec of SETTINGS) {
      if (!DEFAULTED.has(spec.key) || seen.has(spec.key)) continue;
      sink.push({
        rule: "settings/missing", severity: "warning", step: reg.spec.step, sheet: reg.sheet,
        cell: "", id: spec.name, column: "Setting",
        message: `Setting ${spec.name} has no row in ${reg.sheet}, so its default ` +
          `${String(spec.default)} is used: run create or upgrade to add the row, then set it.`,
        fixable: false,
      });
    }
  }
  restepDates(out, reg.sheet, sink);
  return out;
}

/** Settings whose absence changes what the check does: their defaults stand in silently. */
const DEFAULTED: ReadonlySet<SettingKey> = new Set<SettingKey>([
  "standard", "riskScale", "riskAppetite", "reviewMonths", "classificationLabels",
]);

/** Findings the register reader made on the Value cell of a date count under ARM step 2. */
function restepDates(settings: Settings, sheet: string, sink: Finding[]): void {
  const dateCells = new Set(
    SETTINGS.filter((s) => s.type === "date").map((s) => settings.cells[s.key]),
  );
  for (let i = 0; i < sink.length; i++) {
    const f = sink[i];
    if (f.sheet === sheet && f.step !== "2" && dateCells.has(f.cell)) sink[i] = { ...f, step: "2" };
  }
}

function applySetting(
  out: Settings,
  spec: SettingSpec,
  row: SettingRow,
  unreadable: (what: string) => void,
  site: ColumnSite,
): void {
  const value = row.value;
  if (value === null) return;
  switch (spec.type) {
    case "text":
      (out[spec.key as "organisation"] as string) = cellText(value);
      return;
    case "labels": {
      const labels = splitList(cellText(value));
      if (labels.length > 0) out.classificationLabels = labels;
      return;
    }
    case "standard": {
      const edition = editionOf(value);
      if (edition) out.edition = edition;
      else unreadable("is not a standard this product knows. Type ISO/IEC 27001:2022 or 2013.");
      return;
    }
    case "integer": {
      const n = integerOf(value);
      const problem = integerProblem(spec, n);
      if (problem !== null || n === null) unreadable(problem ?? "is not a number.");
      else (out[spec.key as "riskScale"] as number) = n;
      return;
    }
    case "date": {
      const d = dateCell(value);
      if (d.kind === "serial" || d.kind === "text") {
        (out[spec.key as "goLive"] as number) = d.serial;
      }
      if (d.kind === "text") {
        report(
          site, "cell/text-date", "warning", row.row, row.setting,
          `${quoted(value)} is text that looks like a date. Fix turns it into a real date.`,
          { date: d.serial }, cellText(value),
        );
      } else if (d.kind === "bad" || d.kind === "error") {
        // NaN, not blank: the date is there but unreadable, and one finding says so (the
        // register reader's for an error value, this one otherwise), not a "missing" one too.
        (out[spec.key as "goLive"] as number) = NaN;
        if (d.kind === "bad") unreadable("is not a date. Type a date such as 2026-03-31.");
      }
      return;
    }
  }
}
