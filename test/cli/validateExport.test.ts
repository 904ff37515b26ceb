import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { loadExcel } from "../xlsx/cellsOf";
import { arm, scratch, TODAY } from "./runArm";

const dir = scratch("check");

beforeAll(async () => {
  const run = await arm(dir, "init", "isms.xlsx", "--sample", "--today", TODAY);
  expect(run.code).toBe(0);
});

describe("arm validate", () => {
  test("--json prints the result of RULES.md and exits 1 when there are errors", async () => {
    const run = await arm(dir, "validate", "isms.xlsx", "--json", "--today", TODAY);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining(["file", "standard", "today", "summary", "findings", "readiness"]),
    );
    expect(result).toMatchObject({
      file: "isms.xlsx", standard: "ISO/IEC 27001:2022", today: TODAY,
    });
    expect(Object.keys(result.summary).sort()).toEqual(["errors", "info", "warnings"]);
    for (const f of result.findings) {
      expect(Object.keys(f).sort()).toEqual(
        ["cell", "column", "fixable", "id", "message", "rule", "severity", "sheet", "step"],
      );
      expect(["error", "warning", "info"]).toContain(f.severity);
    }
    const errors = result.findings.filter((f: { severity: string }) => f.severity === "error");
    expect(result.summary.errors).toBe(errors.length);
    expect(run.code).toBe(errors.length > 0 ? 1 : 0);
    expect(result.readiness.steps.map((s: { step: string }) => s.step)).toEqual(
      ["1A", "1B", "1C", "2", "3", "4"],
    );
    for (const s of result.readiness.steps) {
      expect(s.percent).toBe(s.checked === 0 ? 0 : Math.floor((100 * s.passed) / s.checked));
    }
    expect(result.readiness.questions).toHaveLength(12);
    for (const q of result.readiness.questions) {
      expect(["yes", "partly", "no", "not-yet"]).toContain(q.answer);
    }
    expect(Object.keys(result.readiness.counts).length).toBeGreaterThan(0);
    expect(run.stderr).not.toContain("{");
  });

  test("prints a readable report with the same counts without --json", async () => {
    const json = JSON.parse((await arm(dir, "validate", "isms.xlsx", "--json", "--today", TODAY))
      .stdout);
    const run = await arm(dir, "validate", "isms.xlsx", "--today", TODAY);
    const { errors, warnings } = json.summary;
    expect(run.stdout).toContain(`${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning`);
    expect(run.stdout).toContain("Stage 2 readiness questions:");
    expect(run.stdout.match(/^ +\d{1,2}\. /gm)).toHaveLength(12);
  });
});

describe("arm fix", () => {
  test("fixes every fixable cell and leaves none behind", async () => {
    const before = JSON.parse((await arm(dir, "validate", "isms.xlsx", "--json", "--today", TODAY))
      .stdout);
    const fixable = before.findings.filter((f: { fixable: boolean }) => f.fixable).length;
    expect(fixable).toBeGreaterThan(0);
    const run = await arm(dir, "fix", "isms.xlsx", "--out", "fixed.xlsx", "--today", TODAY);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Fixed \d+ cells?\./);
    const after = JSON.parse((await arm(dir, "validate", "fixed.xlsx", "--json", "--today", TODAY))
      .stdout);
    expect(after.findings.filter((f: { fixable: boolean }) => f.fixable)).toEqual([]);
    // An SoA Risks cell holding an empty string was shown as "SoA!K71:  -> R-029".
    expect(run.stdout).toMatch(/^ {2}SoA!K\d+: \(empty\) -> R-\d+$/m);
    expect(run.stdout).not.toMatch(/: {2}-> /);
  });
});

describe("arm export", () => {
  test("writes a pack with no formula and no text a spreadsheet would run", async () => {
    const run = await arm(dir, "export", "isms.xlsx", "--out", "pack.xlsx", "--today", TODAY);
    expect(run.code).toBe(0);
    const pack = await loadExcel(readFileSync(join(dir, "pack.xlsx")));
    expect(pack.worksheets.map((w) => w.name)).toEqual(
      ["Cover", "SoA", "Risk treatment plan", "Improvements", "Dashboard"],
    );
    let cells = 0;
    for (const ws of pack.worksheets) {
      expect(ws.state ?? "visible").toBe("visible");
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          const where = [ws.name, cell.address];
          expect([...where, cell.formula ?? null]).toEqual([...where, null]);
          if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+\-@]/);
        }),
      );
    }
    expect(cells).toBeGreaterThan(500);
    expect(readdirSync(dir).filter((f) => f.startsWith("isms.xlsx.bak-"))).toEqual([]);
  });

  test("puts who prepared and approved the pack, and its version, on the cover", async () => {
    const run = await arm(dir, "export", "isms.xlsx", "--out", "signed.xlsx", "--today", TODAY,
      "--prepared-by", "Ana Lima", "--approved-by=Ben Ode", "--version", "2.1");
    expect(run.code).toBe(0);
    const cover = (await loadExcel(readFileSync(join(dir, "signed.xlsx")))).getWorksheet("Cover")!;
    const fields = new Map<string, unknown>();
    cover.eachRow((row) => fields.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(fields.get("Prepared by")).toBe("Ana Lima");
    expect(fields.get("Approved by")).toBe("Ben Ode");
    expect(fields.get("Version")).toBe("2.1");
  });

  test("refuses to write the pack over the workbook itself", async () => {
    const run = await arm(dir, "export", "isms.xlsx", "--out", "isms.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out must name a new file");
  });
});

describe("arm dashboard", () => {
  test("rebuilds the Dashboard in place with live counts, keeping a backup", async () => {
    const before = readFileSync(join(dir, "isms.xlsx"));
    const run = await arm(dir, "dashboard", "isms.xlsx", "--today", TODAY);
    expect(run.code).toBe(0);
    const backups = readdirSync(dir).filter((f) => f.startsWith("isms.xlsx.bak-"));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, backups[0]))).toEqual(before);
    const wb = await loadExcel(readFileSync(join(dir, "isms.xlsx")));
    expect(wb.worksheets[0].name).toBe("Dashboard");
    const formulas: string[] = [];
    wb.worksheets[0].eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas.push(cell.formula);
      }),
    );
    expect(formulas.some((f) => f.startsWith("COUNTIFS(Risks["))).toBe(true);
  });

  test("says plainly when the result cannot be written", async () => {
    const run = await arm(dir, "dashboard", "isms.xlsx", "--out", "no/such/folder/x.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${join(dir, "no/such/folder/x.xlsx")} could not be written: its folder does not exist.`,
    );
  });
});
