/**
 * A large, realistic ISMS workbook as an executor would read it, for the benchmarks: assets,
 * risks naming 1-3 assets and 1-3 controls, the full 2022 SoA, improvements and the clauses.
 * Built with the product's own writer, from a fixed seed, so every run reads the same cells.
 */
import { ANNEX_A_2022, CLAUSES } from "../src/core/catalogue";
import { serialOf } from "../src/core/model/dates";
import type { RawSheet, RawWorkbook } from "../src/core/model/grid";
import {
  REGISTERS, lists as L, type AssetRow, type ImprovementRow, type RequirementRow, type RiskRow,
  type SheetSpec, type SoaRow,
} from "../src/core/schema";
import { rawSheetOf, registerGrid, settingsGrid } from "../src/core/write";
import { SCHEMA_VERSION } from "../src/core/schema/sheets";

/** How many rows of each growing register to make. */
export interface WorkbookSize {
  readonly risks: number;
  readonly assets: number;
  readonly improvements: number;
}

/** A small deterministic generator (a linear congruential one), so runs compare. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, int, pick };
}

const pad = (n: number) => String(n).padStart(3, "0");
const PEOPLE = [
  "Ana Silva", "Ben Okafor", "Chloe Martin", "Dev Patel", "Eva Novak", "Farid Haddad",
];
const THREATS = ["Phishing", "Ransomware", "Insider misuse", "Power failure", "Supplier outage"];
const WEAKNESSES = ["No MFA", "Unpatched servers", "Shared accounts", "Single site", "No backups"];
const BASE_DAY = serialOf(2026, 1, 1);

/** The day the benchmarks check the generated workbook on: after go-live, before Stage 1. */
export const BENCH_TODAY = serialOf(2026, 4, 15);

/** Every tenth control is excluded from the SoA; risks name only the others. */
const excluded = (index: number) => index % 10 === 9;
const INCLUDED = ANNEX_A_2022.filter((_, i) => !excluded(i));

function assetRows(count: number, rnd: ReturnType<typeof randomFrom>): AssetRow[] {
  const rows: AssetRow[] = [];
  for (let i = 1; i <= count; i++) {
    rows.push({
      row: i + 1, id: `A-${pad(i)}`, asset: `Asset ${i}: ${rnd.pick(L.ASSET_TYPES)} record`,
      type: rnd.pick(L.ASSET_TYPES), description: `Holds the data of business unit ${i % 40}.`,
      owner: rnd.pick(PEOPLE), location: rnd.pick(["London", "Leeds", "Cloud", "Remote"]),
      classification: rnd.pick(L.DEFAULT_CLASSIFICATION_LABELS),
      confidentiality: rnd.int(1, 3), integrity: rnd.int(1, 3), availability: rnd.int(1, 3),
      inScope: rnd.next() < 0.9 ? "Yes" : "No", status: rnd.pick(L.ASSET_STATUSES),
      lastReviewed: BASE_DAY - rnd.int(0, 400), notes: rnd.next() < 0.3 ? "Reviewed in Q1" : "",
    });
  }
  return rows;
}

function riskRows(count: number, assets: number, rnd: ReturnType<typeof randomFrom>): RiskRow[] {
  const rows: RiskRow[] = [];
  const some = <T>(n: number, make: () => T) => Array.from({ length: n }, make);
  for (let i = 1; i <= count; i++) {
    const likelihood = rnd.int(1, 5);
    const impact = rnd.int(1, 5);
    const treated = likelihood * impact > 9;
    const rl = treated ? rnd.int(1, likelihood) : null;
    const ri = treated ? rnd.int(1, impact) : null;
    rows.push({
      row: i + 1, id: `R-${pad(i)}`, risk: `${rnd.pick(THREATS)} exploits ${i}`,
      assets: some(rnd.int(1, 3), () => `A-${pad(rnd.int(1, Math.max(1, assets)))}`),
      threat: rnd.pick(THREATS), vulnerability: rnd.pick(WEAKNESSES), owner: rnd.pick(PEOPLE),
      likelihood, impact, score: likelihood * impact,
      treatment: treated ? "Modify" : rnd.pick(L.TREATMENTS),
      controls: some(rnd.int(1, 3), () => rnd.pick(INCLUDED).id),
      residualLikelihood: rl, residualImpact: ri,
      residualScore: rl !== null && ri !== null ? rl * ri : null,
      acceptedBy: treated ? "" : rnd.pick(PEOPLE), acceptedOn: treated ? null : BASE_DAY - 30,
      status: rnd.pick(L.RISK_STATUSES), lastReviewed: BASE_DAY - rnd.int(0, 300),
      notes: rnd.next() < 0.2 ? "Discussed at the management review" : "",
    });
  }
  return rows;
}

function soaRows(rnd: ReturnType<typeof randomFrom>): SoaRow[] {
  return ANNEX_A_2022.map((c, i) => {
    const applicable = !excluded(i);
    return {
      row: i + 2, control: c.id, theme: c.group, title: c.title,
      applicable: applicable ? "Yes" : "No",
      reasons: applicable ? ["Risk assessment", "Best practice"] : [],
      justification: applicable ? "Treats assessed risks." : "No such activity in scope.",
      status: applicable ? rnd.pick(L.SOA_STATUSES.slice(0, 4)) : "Not applicable",
      howImplemented: applicable ? "Documented procedure, reviewed yearly." : "",
      owner: rnd.pick(PEOPLE), evidence: applicable ? "Policy library" : "", risks: [],
      lastReviewed: BASE_DAY - rnd.int(0, 200),
    };
  });
}

function improvementRows(count: number, risks: number, rnd: ReturnType<typeof randomFrom>) {
  const rows: ImprovementRow[] = [];
  for (let i = 1; i <= count; i++) {
    const done = rnd.next() < 0.3;
    rows.push({
      row: i + 1, id: `I-${pad(i)}`, improvement: `Close gap ${i}`,
      source: rnd.pick(L.IMPROVEMENT_SOURCES),
      related: [`R-${pad(rnd.int(1, Math.max(1, risks)))}`],
      owner: rnd.pick(PEOPLE), priority: rnd.pick(L.PRIORITIES), ease: rnd.pick(L.EASES),
      benefit: rnd.pick(L.BENEFITS), neededBy: rnd.pick(L.NEEDED_BY),
      targetDate: BASE_DAY + rnd.int(0, 300),
      status: done ? "Done" : rnd.pick(L.IMPROVEMENT_STATUSES),
      doneOn: done ? BASE_DAY + rnd.int(0, 100) : null, deferralAcceptedBy: "", notes: "",
    });
  }
  return rows;
}

function requirementRows(): RequirementRow[] {
  const first = new Set(["4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1", "6.1.1", "6.1.2"]);
  return CLAUSES.map((c, i) => ({
    row: i + 2, clause: c.id, title: c.title, step: first.has(c.id) ? "1A" : "1C",
    status: "In progress", howWeMeetIt: "See the ISMS manual.", evidence: "", owner: "Ana Silva",
    lastReviewed: null,
  }));
}

/** A workbook of the given size, every register present, read as an executor would read it. */
export function bigRawWorkbook(size: WorkbookSize): RawWorkbook {
  const rnd = randomFrom(27001);
  const bodies: Partial<Record<SheetSpec["key"], readonly object[]>> = {
    requirements: requirementRows(),
    assets: assetRows(size.assets, rnd),
    risks: riskRows(size.risks, size.assets, rnd),
    soa: soaRows(rnd),
    improvements: improvementRows(size.improvements, size.risks, rnd),
  };
  const sheets: RawSheet[] = REGISTERS.map((spec) => {
    const s = spec as SheetSpec;
    if (s.key === "settings") {
      return rawSheetOf(s, settingsGrid({
        organisation: "Northwind Ltd", scope: "All services of Northwind Ltd",
        goLive: serialOf(2026, 3, 1), stage1: serialOf(2026, 5, 1), stage2: serialOf(2026, 6, 15),
        schemaVersion: SCHEMA_VERSION,
      }));
    }
    return rawSheetOf(s, registerGrid(s, bodies[s.key] ?? []));
  });
  // Office.js hands values over as JSON and ExcelJS parses them out of XML: either way the
  // strings arrive flat, not as the ropes that template literals build here.
  const flat = sheets.map((s) => ({ ...s, values: JSON.parse(JSON.stringify(s.values)) }));
  return {
    sheetNames: ["Dashboard", ...flat.map((s) => s.name)], sheets: flat, source: "bench.xlsx",
  };
}
