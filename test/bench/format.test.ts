import {
  flatten, formatNumber, formatTable, linesOf, summaryOf, toJson, type Outcomes,
} from "../../bench/format";

const syncs = (n: number) => ({ 100: n, 1000: n, 10000: n });

/** Figures as the benchmark modules report them, every target met. */
const good: Outcomes = {
  read: { status: "done", seconds: 2, figures: { ratio: 1.8, readMs: 180.4, bareMs: 100.2 } },
  check: { status: "done", seconds: 3, figures: { ratio: 4.2, checkMs: 420, bareMs: 100 } },
  xlsx: {
    status: "done", seconds: 9, figures: { checkOverLoad: 1.1, validateMs: 1100, loadMs: 1000 },
  },
  syncs: {
    status: "done", seconds: 5,
    figures: {
      create: syncs(2), upgrade: syncs(2), check: syncs(2), fix: syncs(2), dashboard: syncs(2),
    },
  },
  bundle: { status: "done", seconds: 20, figures: { initialGzipKB: 180.5, restGzipKB: 420.25 } },
};

const line = (outcomes: Outcomes, figure: string) =>
  linesOf(outcomes).find((l) => l.figure === figure);

describe("bench output", () => {
  it("holds each targeted figure against its target", () => {
    const lines = linesOf(good);
    const targeted = lines.filter((l) => l.target !== "(reported)");
    expect(targeted).toHaveLength(4 + 15);
    expect(targeted.every((l) => l.ok === true)).toBe(true);
    expect(line(good, "syncs.dashboard.10000")).toEqual({
      figure: "syncs.dashboard.10000", value: "2", target: "<= 2", ok: true,
    });
    expect(line(good, "bundle.restGzipKB")).toMatchObject({ target: "(reported)", ok: null });
  });

  it("flags a ratio above its target and a command that syncs more than twice", () => {
    const bad: Outcomes = {
      read: { status: "done", seconds: 1, figures: { ratio: 3.01 } },
      xlsx: { status: "done", seconds: 1, figures: { checkOverLoad: 1.15 } },
      syncs: {
        status: "done", seconds: 1,
        figures: {
          create: syncs(2), upgrade: syncs(2), check: { 100: 2, 1000: 2, 10000: 3 },
          fix: syncs(2), dashboard: syncs(1),
        },
      },
    };
    expect(line(bad, "read.ratio")).toMatchObject({ value: "3.01", ok: false });
    expect(line(bad, "xlsx.checkOverLoad")).toMatchObject({ value: "1.15", ok: true });
    expect(line(bad, "syncs.check.10000")).toMatchObject({ value: "3", ok: false });
    expect(line(bad, "syncs.check.1000")).toMatchObject({ ok: true });
    expect(line(bad, "syncs.dashboard.100")).toMatchObject({ value: "1", ok: true });
  });

  it("reports a targeted figure that a benchmark did not give as missing its target", () => {
    const partial: Outcomes = {
      syncs: { status: "done", seconds: 1, figures: { create: syncs(2) } },
    };
    expect(line(partial, "syncs.fix.100")).toMatchObject({ value: "not reported", ok: false });
    expect(line(partial, "syncs.create.100")).toMatchObject({ ok: true });
  });

  it("says which benchmarks are not available and which failed, with the error", () => {
    const outcomes: Outcomes = {
      read: { status: "missing" },
      check: { status: "failed", error: "readIsms is not a function" },
    };
    expect(linesOf(outcomes)).toEqual([
      { figure: "read", value: "not available", target: "", ok: null },
      { figure: "check", value: "failed: readIsms is not a function", target: "", ok: false },
    ]);
    expect(summaryOf(linesOf(outcomes), outcomes)).toBe(
      "0 figures met the target, 0 figures missed it; " +
        "1 benchmark failed, 1 benchmark not available.",
    );
  });

  it("prints an aligned table with a header and a verdict per targeted figure", () => {
    const table = formatTable(linesOf({ read: good.read, bundle: { status: "missing" } }));
    const rows = table.split("\n");
    expect(rows[0]).toMatch(/^Figure\s+Value\s+Target\s+OK$/);
    expect(rows[1]).toMatch(/^read\.ratio\s+1\.80\s+<= 3\s+yes$/);
    expect(rows[2]).toMatch(/^read\.readMs\s+180\s+\(reported\)$/);
    expect(rows[4]).toMatch(/^bundle\s+not available$/);
    const valueColumn = rows[0].indexOf("Value");
    for (const row of rows.slice(1)) expect(row.charAt(valueColumn - 1)).toBe(" ");
    expect(rows[1].indexOf("1.80")).toBe(valueColumn);
  });

  it("keeps a long failure message from widening the other lines", () => {
    const outcomes: Outcomes = {
      read: good.read,
      check: { status: "failed", error: "x".repeat(120) },
    };
    const rows = formatTable(linesOf(outcomes)).split("\n");
    expect(rows[1].length).toBeLessThan(60);
    expect(rows[rows.length - 1]).toMatch(/^check\s+failed: x{120}\s+NO$/);
  });

  it("writes one JSON object with the figures under each benchmark's name", () => {
    const parsed = JSON.parse(toJson({ ...good, check: { status: "missing" } }));
    expect(parsed.read.ratio).toBe(1.8);
    expect(parsed.xlsx.checkOverLoad).toBe(1.1);
    expect(parsed.syncs.check["1000"]).toBe(2);
    expect(parsed.bundle).toEqual({ initialGzipKB: 180.5, restGzipKB: 420.25 });
    expect(Object.keys(parsed)).toEqual(["read", "xlsx", "syncs", "bundle"]);
  });

  it("reads only the numbers of nested figures", () => {
    const flat = flatten("syncs", { check: { 100: 2, note: "x" }, list: [1, 2], total: 7 });
    expect([...flat]).toEqual([["syncs.check.100", 2], ["syncs.total", 7]]);
  });

  it("prints whole numbers as they are and others to two decimals, or none from 100", () => {
    expect([formatNumber(2), formatNumber(1.8), formatNumber(1.155), formatNumber(431.6)])
      .toEqual(["2", "1.80", "1.16", "432"]);
    expect(formatNumber(NaN)).toBe("NaN");
  });
});
