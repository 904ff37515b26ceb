/**
 * The look-ups a check builds once and every rule shares, so that no rule loops over one
 * register inside a loop over another: checking stays linear in the number of rows.
 */
import { controlIndex, normaliseControlId, type Control, type Edition } from "../catalogue";
import type { Isms, Register } from "../model/isms";
import type { AssetRow, ImprovementRow, IncidentRow, RiskRow, SoaRow } from "../schema/rows";
import { formatId, idNumber } from "./structure/ids";

/** What a reference in an improvement's Related cell names, or null when it names nothing. */
export type RefKind = "risk" | "asset" | "incident" | "improvement" | "control";

/** Look-ups over one workbook, built once per check by `buildIndex`. */
export interface RuleIndex {
  /** The Annex A edition the workbook follows (the Standard setting). */
  readonly edition: Edition;
  /**
   * The other edition where the SoA plainly lists its controls rather than those of the
   * Standard setting (most rows known there, not here): one finding then says so, in place of
   * one per control. Null when the SoA follows the setting, or cannot be told.
   */
  readonly soaEdition: Edition | null;
  /** The edition's Annex A keyed by control id. */
  readonly controls: ReadonlyMap<string, Control>;
  /** The first asset row with each ID (blank IDs left out). */
  readonly assetById: ReadonlyMap<string, AssetRow>;
  /** The first risk row with each ID (blank IDs left out). */
  readonly riskById: ReadonlyMap<string, RiskRow>;
  /** The first improvement row with each ID (blank IDs left out). */
  readonly improvementById: ReadonlyMap<string, ImprovementRow>;
  /** The first incident row with each ID (blank IDs left out). */
  readonly incidentById: ReadonlyMap<string, IncidentRow>;
  /** The IDs of the incidents. */
  readonly incidentIds: ReadonlySet<string>;
  /** The first SoA row of each control, keyed by the control id in the edition's form. */
  readonly soaByControl: ReadonlyMap<string, SoaRow>;
  /** The risks whose Controls name each control (edition form), in risk order, each once. */
  readonly risksByControl: ReadonlyMap<string, readonly RiskRow[]>;
  /** IDs of the assets that at least one risk names in Assets. */
  readonly assetsNamedByRisks: ReadonlySet<string>;
  /** The improvements whose Related names each reference (controls in the edition's form). */
  readonly improvementsByRef: ReadonlyMap<string, readonly ImprovementRow[]>;
  /**
   * The IDs that fixing gives to rows with none, keyed by row: the next free numbers of each
   * register, in row order. Rules that list IDs (the SoA's Risks) use them too, so that one
   * round of fixes leaves nothing stale.
   */
  readonly newIds: ReadonlyMap<object, string>;
  /** A row's ID, or the one fixing will give it; "" when it has none and will get none. */
  idOf(row: { readonly id: string }): string;
  /** True when the reader already reported this cell, so a rule need not say it again. */
  reported(sheet: string, cell: string): boolean;
  /** A risk's Controls brought to the edition's form (unknown ids kept, trimmed). */
  controlsOfRisk(risk: RiskRow): readonly string[];
  /** A control reference brought to the edition's form ("A.5.15" -> "5.15" in 2022). */
  normaliseControl(text: string): string;
  /** What a reference names: a risk, asset, incident, improvement or control; null if none. */
  kindOf(ref: string): RefKind | null;
  /**
   * True when a reference has the ID form of a register that could not be read (its sheet or
   * its ID column is missing): whether it exists cannot be told, and the missing sheet or
   * column is reported on its own.
   */
  unverifiable(ref: string): boolean;
  /** True when the SoA follows the other edition (soaEdition) and `ref` is one of its controls. */
  ofSoaEdition(ref: string): boolean;
}

function firstById<T extends { readonly id: string }>(rows: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) {
    const id = typeof row.id === "string" ? row.id : "";
    if (id !== "" && !map.has(id)) map.set(id, row);
  }
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Strings of a refs field; a register built by hand may hold anything, so guard the shape. */
function refsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const v of value) if (typeof v === "string" && v.trim() !== "") out.push(v.trim());
  return out;
}

/** The IDs fixing gives to the rows of a register that have none (needs its ID column). */
function assignIds(reg: Register<{ readonly id: string }>, into: Map<object, string>): void {
  const prefix = reg.spec.idPrefix;
  if (prefix === null || !reg.present || typeof reg.columns.id !== "number") return;
  // New numbers follow the highest in use, so a deleted row's ID is never given again.
  let next: number | bigint = 1;
  for (const row of reg.rows) {
    const n = idNumber(idText(row.id), prefix);
    if (n === null || n < next) continue;
    next = typeof n === "bigint" || n + 1 > Number.MAX_SAFE_INTEGER ? BigInt(n) + 1n : n + 1;
  }
  for (const row of reg.rows) {
    if (idText(row.id) !== "") continue;
    into.set(row, formatId(prefix, next));
    next = typeof next === "bigint" ? next + 1n : next + 1;
  }
}

function idText(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** Fewest SoA rows from which the edition they follow is judged. */
const EDITION_SAMPLE = 10;

/** The other edition, where most of the SoA's controls belong to it and not to `edition`. */
function otherEditionOf(
  rows: readonly SoaRow[], edition: Edition, controls: ReadonlyMap<string, Control>,
): Edition | null {
  const other: Edition = edition === "2022" ? "2013" : "2022";
  const theirs = controlIndex(other);
  let named = 0;
  let foreign = 0;
  for (const row of rows) {
    const text = typeof row.control === "string" ? row.control.trim() : "";
    if (text === "") continue;
    named++;
    if (controls.has(normaliseControlId(text, edition))) continue;
    if (theirs.has(normaliseControlId(text, other))) foreign++;
  }
  return named >= EDITION_SAMPLE && foreign * 2 > named ? other : null;
}

/** Builds the look-ups of a workbook in one pass over each register. */
export function buildIndex(isms: Isms): RuleIndex {
  const edition: Edition = isms.settings.edition === "2013" ? "2013" : "2022";
  const controls = controlIndex(edition);
  // The same few hundred control ids recur across thousands of risks: normalise each text once.
  const normalised = new Map<string, string>();
  const normaliseControl = (text: string) => {
    const key = String(text);
    let id = normalised.get(key);
    if (id === undefined) {
      id = normaliseControlId(key, edition);
      normalised.set(key, id);
    }
    return id;
  };

  const assetById = firstById(isms.assets.rows);
  const riskById = firstById(isms.risks.rows);
  const improvementById = firstById(isms.improvements.rows);
  const incidentById = firstById(isms.incidents.rows);
  const incidentIds: ReadonlySet<string> = new Set(incidentById.keys());

  const soaByControl = new Map<string, SoaRow>();
  for (const row of isms.soa.rows) {
    const id = normaliseControl(typeof row.control === "string" ? row.control : "");
    if (id !== "" && !soaByControl.has(id)) soaByControl.set(id, row);
  }

  const soaEdition = otherEditionOf(isms.soa.rows, edition, controls);

  const riskControls = new Map<RiskRow, readonly string[]>();
  const risksByControl = new Map<string, RiskRow[]>();
  const assetsNamedByRisks = new Set<string>();
  for (const risk of isms.risks.rows) {
    // A risk names a handful of controls: a scan beats building a Set for each of 20,000 risks.
    const ids: string[] = [];
    for (const ref of refsOf(risk.controls)) {
      const id = normaliseControl(ref);
      if (!ids.includes(id)) ids.push(id);
    }
    riskControls.set(risk, ids);
    for (const id of ids) push(risksByControl, id, risk);
    for (const asset of refsOf(risk.assets)) assetsNamedByRisks.add(asset);
  }

  const newIds = new Map<object, string>();
  for (const reg of [isms.context, isms.assets, isms.risks, isms.improvements, isms.objectives,
    isms.audits, isms.incidents, isms.training]) {
    assignIds(reg, newIds);
  }

  const readerCells = new Set<string>();
  for (const f of Array.isArray(isms.findings) ? isms.findings : []) {
    if (f && typeof f.cell === "string" && f.cell !== "") readerCells.add(`${f.sheet}!${f.cell}`);
  }

  const kindOf = (ref: string): RefKind | null => {
    if (riskById.has(ref)) return "risk";
    if (assetById.has(ref)) return "asset";
    if (incidentIds.has(ref)) return "incident";
    if (improvementById.has(ref)) return "improvement";
    if (controls.has(normaliseControl(ref))) return "control";
    return null;
  };

  const unreadablePrefixes = new Set<string>();
  for (const reg of [isms.assets, isms.risks, isms.improvements, isms.incidents]) {
    const prefix = reg.spec.idPrefix;
    if (prefix !== null && !(reg.present && typeof reg.columns.id === "number")) {
      unreadablePrefixes.add(prefix);
    }
  }
  const unverifiable = (ref: string): boolean => {
    const match = /^([A-Za-z]+)-\d+$/.exec(ref);
    return match !== null && unreadablePrefixes.has(match[1].toUpperCase());
  };

  const improvementsByRef = new Map<string, ImprovementRow[]>();
  for (const imp of isms.improvements.rows) {
    const seen = new Set<string>();
    for (const ref of refsOf(imp.related)) {
      const key = kindOf(ref) === "control" ? normaliseControl(ref) : ref;
      if (seen.has(key)) continue;
      seen.add(key);
      push(improvementsByRef, key, imp);
    }
  }

  return {
    edition, soaEdition, controls, assetById, riskById, improvementById, incidentById, incidentIds,
    soaByControl, risksByControl, assetsNamedByRisks, improvementsByRef, newIds,
    reported: (sheet, cell) => readerCells.has(`${sheet}!${cell}`),
    idOf: (row) => idText(row.id) || (newIds.get(row) ?? ""),
    controlsOfRisk: (risk) =>
      riskControls.get(risk) ?? [...new Set(refsOf(risk.controls).map(normaliseControl))],
    normaliseControl,
    kindOf,
    unverifiable,
    ofSoaEdition: (ref) =>
      soaEdition !== null && controlIndex(soaEdition).has(normaliseControlId(ref, soaEdition)),
  };
}
