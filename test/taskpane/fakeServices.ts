/** A fake services adapter for component tests: records calls, answers with given data. */
import type { Finding } from "../../src/core/model/finding";
import type { PaneCheck, PaneServices, PaneSettings } from "../../src/taskpane/services/types";

/** A finding with the fields a test cares about; the rest filled plausibly. */
export function finding(over: Partial<Finding> & Pick<Finding, "message">): Finding {
  return {
    rule: "test/rule", severity: "error", step: "1A", sheet: "Risks", cell: "F7", id: "R-006",
    column: "Owner", fixable: false, ...over,
  };
}

/** A check result with findings on two steps and three sheets. */
export function sampleCheck(): PaneCheck {
  const findings = [
    finding({ message: "Risk R-006 has no owner: name the person accountable for it in Owner." }),
    finding({
      severity: "warning", sheet: "Assets", cell: "E4", id: "A-003", column: "Owner",
      message: "Asset A-003 has no owner: name who is accountable for it in Owner.",
    }),
    finding({
      step: "3", severity: "warning", sheet: "Improvements", cell: "J5", id: "I-002",
      column: "Target date", message: "Improvement I-002 is past its target date.",
    }),
    finding({
      step: "3", severity: "info", sheet: "Improvements", cell: "A9", id: "", column: "ID",
      message: "Improvement in row 9 has no ID.", fixable: true,
    }),
  ];
  return {
    summary: { errors: 1, warnings: 2, info: 1 },
    findings,
    steps: [
      { step: "1A", percent: 83, passed: 120, checked: 145 },
      { step: "1B", percent: 100, passed: 10, checked: 10 },
      { step: "1C", percent: 40, passed: 4, checked: 10 },
      { step: "2", percent: 0, passed: 0, checked: 3 },
      { step: "3", percent: 67, passed: 2, checked: 3 },
      { step: "4", percent: 25, passed: 3, checked: 12 },
    ],
    questions: [
      { number: 4, answer: "partly", reason: "R-003, R-009 not reviewed in 12 months." },
      { number: 1, answer: "not-yet", reason: "Stage 1 is on 2027-02-01." },
    ],
  };
}

/** Settings as a workbook fresh from create holds them. */
export const SETTINGS: PaneSettings = {
  organisation: "Acme Ltd", scope: "", goLive: "", stage1: "2027-02-01", stage2: "2027-03-15",
  riskScale: "5", riskAppetite: "9",
};

/** A services fake whose every method is a jest mock; pass overrides to change answers. */
export function fakeServices(over: Partial<PaneServices> = {}): jest.Mocked<PaneServices> {
  const outcome = { done: ["Created sheet Risks"], skipped: [] };
  const changes = [
    { sheet: "Improvements", cell: "A9", value: "I-004", before: null },
    { sheet: "Risks", cell: "J3", value: "Modify", before: "Mitigate" },
  ];
  return {
    createOrUpgrade: jest.fn(async () => ({ command: "create" as const, ...outcome })),
    check: jest.fn(async () => sampleCheck()),
    previewFix: jest.fn(async () => ({ command: "fix" as const, done: [], skipped: [], changes })),
    fix: jest.fn(async () => ({
      command: "fix" as const, done: ["Gave Improvements!A9 the ID I-004"], skipped: [], changes,
      applied: true,
    })),
    rebuildDashboard: jest.fn(async () => ({ command: "dashboard" as const, ...outcome })),
    exportPack: jest.fn(async () => ({ opened: true, fileName: "ISMS auditor pack.xlsx" })),
    readSettings: jest.fn(async () => SETTINGS),
    writeSettings: jest.fn(async (next: PaneSettings) => ({
      lines: ["Go-live date set to 2026-12-01"], conflicts: [], settings: next,
    })),
    selectCell: jest.fn(async () => undefined),
    ...over,
  } as jest.Mocked<PaneServices>;
}
