/** The sections of the Dashboard, each writing its rows into the sheet being built. */
import type { CheckResult } from "../check";
import { renameTables } from "./tableNames";
import { a1, parseA1, rangeA1 } from "../model/address";
import type { Isms } from "../model/isms";
import { COUNT_DEFINITIONS, MAX_SCALE } from "../readiness/counts";
import { ARM_STEPS } from "../readiness/progress";
import type { Answer } from "../readiness/questions";
import {
  EVIDENCE_MONTHS_BEFORE_STAGE2, GO_LIVE_MONTHS_BEFORE_STAGE1, QUESTION_THRESHOLDS,
} from "../readiness/thresholds";
import { timingOf } from "../readiness/timing";
import { IMPROVEMENT_STATUSES, NEEDED_BY } from "../schema/lists";
import { DATE_FORMAT, type RegisterKey } from "../schema/types";
import {
  ROWS, SOA_KEYS, TODAY_CELL, absolute, answerFormats, dashboardCountCells, header, section,
  type DashboardSheet,
} from "./dashboardLayout";

/** The words of an answer as the Dashboard shows them. */
export const ANSWER_WORDS: Readonly<Record<Answer, string>> = {
  yes: "Yes", partly: "Partly", no: "No", "not-yet": "Not yet",
};

const HEAT: [string, string, string] = ["#63BE7B", "#FFEB84", "#F8696B"];

function months(n: number): string {
  return `${n} month${n === 1 ? "" : "s"}`;
}

/** Go-live, Stage 1 and Stage 2 with days remaining, and the ARM step 2 timing checks. */
export function datesSection(sheet: DashboardSheet, isms: Isms, today: number): void {
  const { grid } = sheet;
  const timing = timingOf(isms.settings, today);
  section(sheet, ROWS.datesTitle, "ARM step 2: go-live and the audits");
  header(sheet, ROWS.datesHead, ["", "Date", "Days remaining"]);
  const rows: [number, string, number | null][] = [
    [ROWS.goLive, "Go-live", isms.settings.goLive],
    [ROWS.stage1, "Stage 1 audit", isms.settings.stage1],
    [ROWS.stage2, "Stage 2 audit", isms.settings.stage2],
  ];
  for (const [row, label, date] of rows) {
    const known = typeof date === "number" && Number.isFinite(date);
    const cell = a1(row, 1);
    grid.line(row, 0, [label, known ? { date } : "Not set", {
      live: `=IF(ISNUMBER(${cell}),${cell}-${absolute(TODAY_CELL)},"")`,
      frozen: known ? date - today : "",
    }]);
  }
  sheet.numberFormats.push(
    { range: rangeA1(ROWS.goLive, 1, ROWS.stage2, 1), format: DATE_FORMAT },
    { range: rangeA1(ROWS.goLive, 2, ROWS.stage2, 2), format: "0" },
  );

  const [g, s1, s2] = [a1(ROWS.goLive, 1), a1(ROWS.stage1, 1), a1(ROWS.stage2, 1)];
  const word = (ok: boolean | null) => (ok === null ? "Not set" : ok ? "Yes" : "No");
  grid.line(ROWS.goLiveCheck, 0, [
    `Go-live at least ${months(GO_LIVE_MONTHS_BEFORE_STAGE1)} before Stage 1`,
    {
      live: `=IF(AND(ISNUMBER(${g}),ISNUMBER(${s1})),` +
        `IF(${g}<=EDATE(${s1},-${GO_LIVE_MONTHS_BEFORE_STAGE1}),"Yes","No"),"Not set")`,
      frozen: word(timing.goLiveOk),
    },
  ]);
  grid.line(ROWS.evidenceCheck, 0, [
    `At least ${months(EVIDENCE_MONTHS_BEFORE_STAGE2)} of evidence before Stage 2`,
    {
      live: `=IF(AND(ISNUMBER(${g}),ISNUMBER(${s2})),` +
        `IF(${s2}>=EDATE(${g},${EVIDENCE_MONTHS_BEFORE_STAGE2}),"Yes","No"),"Not set")`,
      frozen: word(timing.evidenceOk),
    },
  ]);
  sheet.conditional.push(...answerFormats(rangeA1(ROWS.goLiveCheck, 1, ROWS.evidenceCheck, 1)));
}

/** Progress of each ARM step as a percentage with a data bar: values from the check. */
export function stepsSection(sheet: DashboardSheet, result: CheckResult, at: string): void {
  section(sheet, ROWS.stepsTitle, `Progress of each ARM step (${at})`);
  header(sheet, ROWS.stepsHead, ["Step", "Progress", "Checks passed", "Checks made"]);
  const byStep = new Map((result.readiness?.steps ?? []).map((s) => [s.step, s]));
  ARM_STEPS.forEach((step, k) => {
    const s = byStep.get(step);
    const percent = s && Number.isFinite(s.percent) ? s.percent / 100 : 0;
    sheet.grid.line(ROWS.steps + k, 0, [`Step ${step}`, percent, s?.passed ?? 0, s?.checked ?? 0]);
  });
  const range = rangeA1(ROWS.steps, 1, ROWS.steps + ARM_STEPS.length - 1, 1);
  sheet.numberFormats.push({ range, format: "0%" });
  sheet.conditional.push({ kind: "dataBar", range, color: "#5B9BD5", bounds: [0, 1] });
}

/** The twelve questions with answer and reason, and further down the bar each is held to. */
export function questionsSection(sheet: DashboardSheet, result: CheckResult, at: string): void {
  section(sheet, ROWS.questionsTitle, `Stage 2 readiness: the twelve questions (${at})`);
  header(sheet, ROWS.questionsHead, ["Question", "Answer", "Reason"]);
  const answers = new Map((result.readiness?.questions ?? []).map((q) => [q.number, q]));
  QUESTION_THRESHOLDS.forEach((q, k) => {
    const a = answers.get(q.number);
    sheet.grid.line(ROWS.questions + k, 0, [
      `${q.number}. ${q.question}`, a ? ANSWER_WORDS[a.answer] ?? a.answer : "Not yet",
      a?.reason ?? "",
    ]);
  });
  const last = ROWS.questions + QUESTION_THRESHOLDS.length - 1;
  sheet.conditional.push(...answerFormats(rangeA1(ROWS.questions, 1, last, 1)));

  section(sheet, ROWS.thresholdsTitle, "How the twelve questions are answered");
  QUESTION_THRESHOLDS.forEach((q, k) =>
    sheet.grid.line(ROWS.thresholds + k, 0, [`${q.number}. ${q.question}`, q.bar]),
  );
}

/** How the counts are written: where formulas can be live, and under which table names. */
export interface CountsOptions {
  /** Each register's declared table name mapped to its name in the workbook, where it differs. */
  readonly tables?: ReadonlyMap<string, string>;
  /** Whether a register column exists in a table a formula can name; omitted, all do. */
  readonly available?: (register: RegisterKey, key: string) => boolean;
  /** The Dashboard is frozen as values (the auditor pack): titles say so. */
  readonly frozen?: boolean;
}

/**
 * The plain counts as live formulas (their values kept for freezing): the heat maps, the SoA
 * figures, improvements by Needed by and Status, and the overdue improvements.
 */
export function countsSection(
  sheet: DashboardSheet,
  counts: Readonly<Record<string, number>>,
  opts: CountsOptions = {},
): void {
  const { grid } = sheet;
  const cells = dashboardCountCells();
  const tables = opts.tables ?? new Map<string, string>();
  const available = opts.available ?? (() => true);
  let fixed = 0;
  for (const def of COUNT_DEFINITIONS) {
    const { row, col } = parseA1(cells[def.key]);
    const value = counts[def.key] ?? 0;
    // A formula naming a table or column the workbook lacks would show #REF! or #NAME?.
    if (!def.uses.every(([register, key]) => available(register, key))) {
      grid.set(row, col, value);
      fixed++;
      continue;
    }
    const live = renameTables(def.formula(absolute(TODAY_CELL)), tables);
    grid.set(row, col, { live, frozen: value });
  }
  const kind = opts.frozen ? "as of the check"
    : fixed > 0 ? "live where the registers have their tables and columns" : "live counts";

  for (const [title, head, top] of [
    [`Risk heat map: inherent risk (${kind})`, ROWS.inherentHead, ROWS.inherent],
    [`Risk heat map: residual risk (${kind})`, ROWS.residualHead, ROWS.residual],
  ] as const) {
    section(sheet, head - 1, title);
    header(sheet, head, [
      "Likelihood \\ Impact", ...Array.from({ length: MAX_SCALE }, (_, i) => `Impact ${i + 1}`),
    ]);
    for (let l = MAX_SCALE; l >= 1; l--) grid.set(top + (MAX_SCALE - l), 0, `Likelihood ${l}`);
    const range = rangeA1(top, 1, top + MAX_SCALE - 1, MAX_SCALE);
    sheet.conditional.push({ kind: "colorScale", range, colors: HEAT });
  }

  section(sheet, ROWS.soaTitle, `Statement of Applicability (${kind})`);
  SOA_KEYS.forEach((key, k) => {
    const def = COUNT_DEFINITIONS.find((d) => d.key === key);
    grid.set(ROWS.soa + k, 0, def?.label ?? key);
  });

  section(sheet, ROWS.improvementsTitle, `Improvements by Needed by and Status (${kind})`);
  header(sheet, ROWS.improvementsHead, ["Needed by", ...IMPROVEMENT_STATUSES]);
  NEEDED_BY.forEach((n, r) => grid.set(ROWS.improvements + r, 0, n));
  grid.set(ROWS.overdue, 0, "Overdue: not Done, target date before today");
  sheet.styles.push({ range: a1(ROWS.overdue, 0), bold: true });
  const last = ROWS.improvements + NEEDED_BY.length - 1;
  sheet.conditional.push({
    kind: "colorScale", range: rangeA1(ROWS.improvements, 1, last, IMPROVEMENT_STATUSES.length),
    colors: ["#FFFFFF", "#BDD7EE", "#5B9BD5"],
  });
}

/** Findings of the check by severity. */
export function findingsSection(sheet: DashboardSheet, result: CheckResult, at: string): void {
  section(sheet, ROWS.findingsTitle, `Findings by severity (${at})`);
  const s = result.summary ?? { errors: 0, warnings: 0, info: 0 };
  sheet.grid.line(ROWS.findings, 0, ["Errors", s.errors]);
  sheet.grid.line(ROWS.findings + 1, 0, ["Warnings", s.warnings]);
  sheet.grid.line(ROWS.findings + 2, 0, ["Information", s.info]);
}
