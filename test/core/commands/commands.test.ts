import {
  CommandError, check, createOrUpgrade, exportPack, fix, previewFix, rebuildDashboard,
} from "../../../src/core/commands";
import type { CreateOptions } from "../../../src/core/commands/types";
import { rangeA1 } from "../../../src/core/model/address";
import type { RawCell, RawWorkbook } from "../../../src/core/model/grid";
import { dashboardCountCells } from "../../../src/core/plan/dashboard";
import { REGISTERS, specOf } from "../../../src/core/schema";
import { day } from "../../support/isms";
import { MemoryGateway } from "./memoryGateway";

const TODAY = day("2026-12-03");
const CREATE: CreateOptions = {
  today: TODAY, edition: "2022", sample: false, checkedAt: "2026-12-03 09:00 UTC",
};

/** A created workbook whose Risks table holds rows typed by hand. */
async function withRisks(rows: RawCell[][]): Promise<MemoryGateway> {
  const gw = new MemoryGateway();
  await createOrUpgrade(gw, CREATE);
  const raw = gw.book.read();
  const header = specOf("risks").columns.map((c) => c.header);
  const values = [header, ...rows.map((r) => header.map((_, j) => r[j] ?? null))];
  const risks = {
    name: "Risks",
    table: { name: "Risks", address: rangeA1(1, 0, values.length, header.length - 1) },
    values,
  };
  const sheets = raw.sheets.map((s) => (s.name === "Risks" ? risks : s));
  const next: RawWorkbook = { ...raw, sheets };
  return new MemoryGateway(next);
}

describe("createOrUpgrade", () => {
  it("creates every sheet in one read and one write, the Dashboard first and filled", async () => {
    const gw = new MemoryGateway();
    const progress: [string, number | undefined][] = [];
    const outcome = await createOrUpgrade(gw, {
      ...CREATE, onProgress: (m, f) => progress.push([m, f]),
    });
    expect([gw.reads, gw.applies]).toEqual([1, 1]);
    expect(outcome.command).toBe("create");
    expect(gw.book.sheetNames).toEqual(["Dashboard", ...REGISTERS.map((s) => s.sheet), "Sheet1"]);
    const overdue = dashboardCountCells()["improvements.overdue"];
    expect(gw.book.cell("Dashboard", overdue))
      .toEqual({ formula: expect.stringContaining("$B$6") });
    expect(gw.book.table("SoA")?.name).toBe("SoA");
    expect(outcome.skipped.length).toBeGreaterThan(0);
    const fractions = progress.map(([, f]) => f ?? 0);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it("refuses the sample for a 2013 workbook, whose Annex A it does not follow", async () => {
    const gw = new MemoryGateway();
    await expect(createOrUpgrade(gw, { ...CREATE, edition: "2013", sample: true })).rejects
      .toThrow(/sample ISMS follows ISO\/IEC 27001:2022/);
    expect(gw.applies).toBe(0);
    await createOrUpgrade(gw, { ...CREATE, edition: "2013", sample: false });
    expect(gw.book.read().sheets.find((s) => s.name === "SoA")?.values.length).toBe(115);
    await expect(createOrUpgrade(gw, { ...CREATE, sample: true })).rejects
      .toThrow(/this workbook would follow 2013/);
  });

  it("changes nothing the second time, and writes nothing", async () => {
    const gw = new MemoryGateway();
    await createOrUpgrade(gw, CREATE);
    const before = gw.everything();
    const outcome = await createOrUpgrade(gw, { ...CREATE, checkedAt: "2026-12-04 10:00 UTC" });
    expect([gw.reads, gw.applies]).toEqual([2, 1]);
    expect(gw.everything()).toEqual(before);
    expect(outcome.done.join(" ")).toMatch(/nothing to change/);
  });

  it("upgrades a register missing a column and keeps the user's rows", async () => {
    const gw = await withRisks([["R-001", "Laptop theft", "", "", "", "Ann", 4, 3]]);
    const header = gw.book.read().sheets.find((s) => s.name === "Risks")?.values[0] ?? [];
    expect(header).toContain("Notes");
    const without = gw.book.read();
    const risks = without.sheets.find((s) => s.name === "Risks");
    if (!risks) throw new Error("no risks");
    const cut = risks.values.map((r) => r.slice(0, -1));
    const table = { name: "Risks", address: rangeA1(1, 0, cut.length, cut[0].length - 1) };
    const sheets = without.sheets.map((s) => (s === risks ? { ...s, table, values: cut } : s));
    const upgraded = new MemoryGateway({ ...without, sheets });
    const outcome = await createOrUpgrade(upgraded, CREATE);
    expect(outcome.command).toBe("upgrade");
    expect([upgraded.reads, upgraded.applies]).toEqual([1, 1]);
    const last = rangeA1(1, cut[0].length, 1, cut[0].length).split(":")[0];
    expect(upgraded.book.cell("Risks", last)).toBe("Notes");
    expect(upgraded.book.cell("Risks", "B2")).toBe("Laptop theft");
    expect(outcome.done.join(" ")).toMatch(/Added to Risks the missing column Notes/);
  });
});

describe("check", () => {
  it("reads once, writes nothing and reports the file asked for", async () => {
    const gw = await withRisks([["R-001", "Laptop theft", "", "", "", "", 4, 3]]);
    const result = await check(gw, { today: TODAY, file: "isms.xlsx" });
    expect([gw.reads, gw.applies]).toEqual([1, 0]);
    expect(result.file).toBe("isms.xlsx");
    expect(result.findings.some((f) => f.id === "R-001" && f.column === "Owner")).toBe(true);
  });
});

describe("previewFix and fix", () => {
  const rows = [["R-001", "Laptop theft", "", "", "", "Ann", 4, 3, null, "Mitigate"]];

  it("lists the changes without writing them", async () => {
    const gw = await withRisks(rows);
    const outcome = await previewFix(gw, { today: TODAY });
    expect([gw.reads, gw.applies]).toEqual([1, 0]);
    expect(outcome.changes).toContainEqual(
      expect.objectContaining({ sheet: "Risks", cell: "J2", value: "Modify" }),
    );
    expect(gw.book.cell("Risks", "J2")).toBe("Mitigate");
  });

  it("writes only the cells the fixable findings name, in one write", async () => {
    const gw = await withRisks(rows);
    const before = gw.everything();
    const outcome = await fix(gw, { today: TODAY });
    expect([gw.reads, gw.applies]).toEqual([1, 1]);
    expect(gw.book.cell("Risks", "J2")).toBe("Modify");
    const after = gw.everything();
    const changed = new Set(outcome.changes.map((c) => `${c.sheet}!${c.cell}`));
    for (const [sheet, cells] of after) {
      for (const [address, value] of cells) {
        if (!changed.has(`${sheet}!${address}`)) {
          const was = before.get(sheet)?.get(address);
          expect([sheet, address, value]).toEqual([sheet, address, was]);
        }
      }
    }
    const again = await previewFix(gw, { today: TODAY });
    expect(again.changes.find((c) => c.cell === "J2")).toBeUndefined();
  });

  it("held to a preview, writes it in one read and one write, or nothing if changed", async () => {
    const gw = await withRisks(rows);
    const preview = await previewFix(gw, { today: TODAY });
    const stale = preview.changes.slice(1);
    const refused = await fix(gw, { today: TODAY, expected: stale });
    expect(refused.applied).toBe(false);
    expect(refused.changes).toEqual(preview.changes);
    expect(refused.done[0]).toMatch(/changed since the preview/);
    expect(gw.applies).toBe(0);
    const done = await fix(gw, { today: TODAY, expected: [...preview.changes].reverse() });
    expect(done.applied).toBe(true);
    expect(gw.applies).toBe(1);
    expect(gw.book.cell("Risks", "J2")).toBe("Modify");
  });

  it("writes nothing when nothing is fixable", async () => {
    const gw = new MemoryGateway();
    await createOrUpgrade(gw, CREATE);
    const outcome = await fix(gw, { today: TODAY });
    expect(outcome.changes).toEqual([]);
    expect([gw.reads, gw.applies]).toEqual([2, 1]);
  });
});

describe("a sheet of the user's that bears the name Dashboard", () => {
  const mine: RawWorkbook = {
    sheetNames: ["Dashboard"], sheets: [], dashboardTitle: "My own KPIs",
  };

  it("is kept by create: the registers are added, that sheet is left alone and named", async () => {
    const gw = new MemoryGateway(mine);
    gw.book.apply({ sheets: [{ name: "Dashboard", create: false, blocks: [
      { address: "A1", cells: [["My own KPIs"]] }, { address: "B2", cells: [[42]] },
    ] }] });
    const outcome = await createOrUpgrade(gw, CREATE);
    expect(gw.book.snapshot("Dashboard")).toEqual(new Map<string, unknown>([
      ["A1", "My own KPIs"], ["B2", 42],
    ]));
    expect(gw.plans[0].sheets.map((s) => s.name)).not.toContain("Dashboard");
    expect(gw.book.table("Risks")?.name).toBe("Risks");
    expect(outcome.skipped[0]).toMatch(/sheet Dashboard was not built by ARM.*rename the sheet/);
  });

  it("is not rebuilt over: the command says why and writes nothing", async () => {
    const gw = new MemoryGateway(mine);
    await expect(rebuildDashboard(gw, { today: TODAY })).rejects
      .toThrow(/sheet Dashboard was not built by ARM/);
    expect(gw.applies).toBe(0);
  });

  it("a Dashboard the product built is rebuilt", async () => {
    const gw = new MemoryGateway();
    await createOrUpgrade(gw, CREATE);
    const raw = gw.book.read();
    expect(raw.dashboardTitle).toBe("ISMS readiness dashboard");
    await rebuildDashboard(gw, { today: TODAY });
    expect(gw.applies).toBe(2);
  });
});

describe("rebuildDashboard and exportPack", () => {
  it("rebuilds the Dashboard in one read and one write", async () => {
    const gw = await withRisks([["R-001", "Laptop theft", "", "", "", "Ann", 5, 5]]);
    const outcome = await rebuildDashboard(gw, { today: TODAY, checkedAt: "now" });
    expect([gw.reads, gw.applies]).toEqual([1, 1]);
    expect(outcome.command).toBe("dashboard");
    expect(gw.plans[0].sheets).toHaveLength(1);
    expect(gw.plans[0].sheets[0])
      .toEqual(expect.objectContaining({ name: "Dashboard", clear: true }));
  });

  it("returns the pack's plan and the check, writing nothing", async () => {
    const gw = await withRisks([["R-001", "=HYPERLINK(\"x\")", "", "", "", "Ann", 5, 5]]);
    const { plan, result } = await exportPack(gw, { today: TODAY, preparedBy: "Ann" });
    expect([gw.reads, gw.applies]).toEqual([1, 0]);
    expect(plan.sheets[0].name).toBe("Cover");
    expect(result.today).toBe("2026-12-03");
    const risks = plan.sheets.find((s) => s.name === "Risk treatment plan");
    expect(risks?.blocks[0].cells[1][1]).toBe("'=HYPERLINK(\"x\")");
  });
});

describe("errors", () => {
  it("turns a failed read into a sentence, keeping the details apart", async () => {
    const gw = new MemoryGateway(undefined, {
      failRead: new Error("ENOENT: no such file\n    at open (fs.js:1:1)"),
    });
    const error = await check(gw, { today: TODAY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).message)
      .toBe("Could not read the workbook: ENOENT: no such file.");
    expect((error as CommandError).details).toContain("at open");
  });

  it("turns a failed write into a sentence and passes worded errors through", async () => {
    const failing = new MemoryGateway(undefined, { failApply: "payload too large" });
    await expect(createOrUpgrade(failing, CREATE)).rejects.toThrow(
      new CommandError("Could not write to the workbook: payload too large."),
    );
    const worded = new CommandError("Sheet Risks is protected: unprotect it and try again.");
    const protectedBook = new MemoryGateway(undefined, { failApply: worded });
    await expect(rebuildDashboard(protectedBook, { today: TODAY })).rejects.toBe(worded);
  });

  it("does not let a broken workbook escape as a raw error", async () => {
    const odd = { sheetNames: ["Risks"], sheets: [{ name: "Risks", table: null, values: [[]] }] };
    const gw = new MemoryGateway(odd as RawWorkbook);
    await expect(check(gw, { today: TODAY })).resolves.toEqual(
      expect.objectContaining({ summary: expect.any(Object) }),
    );
    await expect(createOrUpgrade(new MemoryGateway(odd as RawWorkbook), CREATE)).resolves
      .toEqual(expect.objectContaining({ command: "upgrade" }));
  });
});
