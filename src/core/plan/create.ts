/**
 * Create and upgrade, one plan: every register of WORKBOOK.md that is missing is created after
 * the Dashboard in the schema's order; every register that exists keeps all it holds and gets
 * only what it lacks. Run on the workbook it produced, the plan is empty (see isNoop).
 */
import type { Edition } from "../catalogue";
import type { RawWorkbook } from "../model/grid";
import type { Isms } from "../model/isms";
import { editionOf } from "../read/settings";
import { headerKey } from "../read/text";
import { DASHBOARD_SHEET, REGISTERS } from "../schema/sheets";
import type { RegisterKey, SheetSpec } from "../schema/types";
import { findSheet, layoutOf } from "./layout";
import { upgradeSheet, wholeSheet, type RegisterContext } from "./register";
import { sampleData, type SampleData } from "./sampleData";
import type { SheetPlan, WorkbookPlan } from "./types";

/** What create/upgrade is asked for. */
export interface CreatePlanOptions {
  /** The Annex A edition of a new SoA; a Standard already set in Settings wins. */
  readonly edition: Edition;
  /** Fill registers that are empty with the sample ISMS. */
  readonly sample: boolean;
  /** Today as an Excel serial day (the sample's dates are set around it). */
  readonly today: number;
}

/** The edition the plan follows: the Standard setting where the workbook names one. */
export function editionFor(isms: Isms, asked: Edition): Edition {
  const rows = isms.settingRows?.rows ?? [];
  const wanted = headerKey("Standard");
  const row = rows.find((r) => headerKey(String(r.setting ?? "")) === wanted);
  return row && editionOf(row.value) !== null ? isms.settings.edition : asked;
}

function contextFor(
  spec: SheetSpec,
  isms: Isms,
  edition: Edition,
  sample: SampleData | null,
): RegisterContext {
  return {
    edition,
    riskScale: isms.settings.riskScale,
    classificationLabels: isms.settings.classificationLabels,
    sampleRows: sample?.rows[spec.key as RegisterKey] ?? null,
    sampleSettings: sample?.settings ?? null,
  };
}

/** The empty Dashboard a new workbook starts with; the commands fill it from a check. */
export function dashboardPlaceholder(): SheetPlan {
  return { name: DASHBOARD_SHEET, create: true, position: 0, blocks: [] };
}

/**
 * The plan that makes a workbook a complete ISMS workbook without losing anything in it. New
 * sheets carry their 0-based position as if the plan's sheets are added in the order given.
 */
export function createPlan(raw: RawWorkbook, isms: Isms, opts: CreatePlanOptions): WorkbookPlan {
  const edition = editionFor(isms, opts.edition);
  const sample = opts.sample ? sampleData(opts.today) : null;
  const names = Array.isArray(raw.sheetNames) ? [...raw.sheetNames] : [];
  const indexOf = (name: string) => names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
  const sheets: SheetPlan[] = [];
  const notes: string[] = [];

  let previous = indexOf(DASHBOARD_SHEET);
  if (previous < 0) {
    names.splice(0, 0, DASHBOARD_SHEET);
    sheets.push(dashboardPlaceholder());
    previous = 0;
  }
  const claimed = new Map<string, SheetSpec>();
  for (const spec of REGISTERS as readonly SheetSpec[]) {
    const ctx = contextFor(spec, isms, edition, sample);
    const found = findSheet(raw, spec);
    const at = found ? indexOf(found.name) : indexOf(spec.sheet);
    const owner = found ? claimed.get(found.name.toLowerCase()) : undefined;
    if (found && owner) {
      notes.push(
        `Sheet ${found.name} holds the ${owner.table} table, so the ${spec.table} register was ` +
          `not added there: move one of them to a sheet of its own and run create or upgrade ` +
          "again.",
      );
      continue;
    }
    if (found) claimed.set(found.name.toLowerCase(), spec);
    if (found) {
      const result = upgradeSheet(layoutOf(spec, found), ctx);
      if (result.plan) sheets.push(result.plan);
      notes.push(...result.notes);
    } else if (at >= 0) {
      // Listed but not read (a chart sheet, say): its contents are unknown, so nothing is written.
      notes.push(
        `Sheet ${names[at]} could not be read as the ${spec.table} register, so it was left as ` +
          `it is: rename it and run create or upgrade again to add the ${spec.sheet} sheet.`,
      );
    } else {
      const position = previous + 1;
      names.splice(position, 0, spec.sheet);
      sheets.push(wholeSheet(spec, spec.sheet, true, position, ctx));
      previous = position;
      continue;
    }
    if (at >= 0) previous = Math.max(previous, at);
  }
  const created = sheets.some((s) => s.name === DASHBOARD_SHEET && s.create);
  return { sheets, ...(created ? { activate: DASHBOARD_SHEET } : {}), notes };
}
