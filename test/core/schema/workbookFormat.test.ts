/**
 * The schema pinned to the file format of WORKBOOK.md, written out here by hand: sheet and
 * table names and column headers are fixed because users, formulas and auditors depend on them,
 * so a change to the schema must show up as a change to this test.
 */
import { REGISTERS } from "../../../src/core/schema";
import { SETTINGS } from "../../../src/core/schema/settings";

type Column = readonly [header: string, list?: readonly string[] | "classification" | "scale"];

const YES_NO = ["Yes", "No"];
const RATING = ["1", "2", "3"];

const FORMAT: Record<string, readonly [table: string, columns: readonly Column[]]> = {
  Settings: ["ArmSettings", [["Setting"], ["Value"], ["Notes"]]],
  Context: ["Context", [
    ["ID"], ["Kind", ["Internal issue", "External issue", "Interested party"]], ["Description"],
    ["Needs and expectations"], ["How addressed"], ["Owner"],
  ]],
  Requirements: ["Requirements", [
    ["Clause"], ["Title"], ["ARM step", ["1A", "1C"]],
    ["Status", ["Not started", "In progress", "Done"]], ["How we meet it"], ["Evidence"],
    ["Owner"], ["Last reviewed"],
  ]],
  Assets: ["Assets", [
    ["ID"], ["Asset"],
    ["Type", ["Information", "Software", "Hardware", "Service", "People", "Site", "Supplier",
      "Other"]],
    ["Description"], ["Owner"], ["Location"], ["Classification", "classification"],
    ["Confidentiality", RATING], ["Integrity", RATING], ["Availability", RATING],
    ["In scope", YES_NO], ["Status", ["Active", "Planned", "Retired"]], ["Last reviewed"],
    ["Notes"],
  ]],
  Risks: ["Risks", [
    ["ID"], ["Risk"], ["Assets"], ["Threat"], ["Vulnerability"], ["Owner"],
    ["Likelihood", "scale"], ["Impact", "scale"], ["Score"],
    ["Treatment", ["Modify", "Retain", "Avoid", "Share"]], ["Controls"],
    ["Residual likelihood", "scale"], ["Residual impact", "scale"], ["Residual score"],
    ["Accepted by"], ["Accepted on"], ["Status", ["Open", "Treating", "Accepted", "Closed"]],
    ["Last reviewed"], ["Notes"],
  ]],
  SoA: ["SoA", [
    ["Control"], ["Theme"], ["Title"], ["Applicable", YES_NO],
    ["Reasons", ["Risk assessment", "Legal", "Contractual", "Business", "Best practice"]],
    ["Justification"],
    ["Status", ["Implemented", "Partially implemented", "Planned", "Not started",
      "Not applicable"]],
    ["How implemented"], ["Owner"], ["Evidence"], ["Risks"], ["Last reviewed"],
  ]],
  Improvements: ["Improvements", [
    ["ID"], ["Improvement"],
    ["Source", ["Gap analysis", "Risk treatment", "Internal audit", "Stage 1 audit",
      "Stage 2 audit", "Incident", "Management review", "Other"]],
    ["Related"], ["Owner"], ["Priority", ["Critical", "High", "Medium", "Low"]],
    ["Ease", ["Easy", "Moderate", "Hard"]], ["Benefit", ["High", "Medium", "Low"]],
    ["Needed by", ["Stage 1", "Stage 2", "After certification"]], ["Target date"],
    ["Status", ["Open", "In progress", "Done", "Deferred"]], ["Done on"],
    ["Deferral accepted by"], ["Notes"],
  ]],
  Objectives: ["Objectives", [
    ["ID"], ["Objective"], ["Measure"], ["Target"], ["Owner"], ["Due"], ["Last measured"],
    ["Result"], ["Status", ["Not started", "On track", "At risk", "Met", "Missed"]],
  ]],
  Audits: ["Audits", [
    ["ID"], ["Kind", ["Internal audit", "Management review"]], ["Scope"], ["Planned date"],
    ["Done on"], ["Lead"], ["Findings"], ["Report"], ["Status", ["Planned", "Done", "Cancelled"]],
  ]],
  Incidents: ["Incidents", [
    ["ID"], ["Reported on"], ["Incident"], ["Severity", ["Low", "Medium", "High", "Critical"]],
    ["Assets"], ["Status", ["Open", "Investigating", "Resolved", "Closed"]], ["Root cause"],
    ["Improvement"], ["Closed on"],
  ]],
  Training: ["Training", [
    ["ID"], ["Person or group"], ["Topic"], ["Kind", ["Awareness", "Competence"]],
    ["Required by"], ["Done on"], ["Status", ["Planned", "Done", "Waived"]], ["Evidence"],
  ]],
};

describe("the workbook format of WORKBOOK.md", () => {
  it("has exactly its register sheets, in its order", () => {
    expect(REGISTERS.map((s) => s.sheet)).toEqual(Object.keys(FORMAT));
  });

  it.each(Object.entries(FORMAT))("sheet %s: its table, headers and lists", (sheet, format) => {
    const [table, columns] = format;
    const spec = REGISTERS.find((s) => s.sheet === sheet)!;
    expect(spec.table).toBe(table);
    expect(spec.columns.map((c) => [c.header, c.list ?? c.listFrom])).toEqual(
      columns.map(([header, list]) => [header, list]));
  });

  it("has the settings of WORKBOOK.md with their defaults", () => {
    expect(SETTINGS.map((s) => [s.name, s.default])).toEqual([
      ["Organisation", null], ["ISMS scope", null], ["Standard", "ISO/IEC 27001:2022"],
      ["Risk scale", 5], ["Risk appetite", 9], ["Risk review interval (months)", 12],
      ["Classification labels", "Public; Internal; Confidential; Restricted"],
      ["Go-live date", null], ["Stage 1 audit date", null], ["Stage 2 audit date", null],
      ["Certification body", null], ["Schema version", null],
    ]);
  });
});
