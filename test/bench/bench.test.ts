import { loadSibling, main, runBenches, type BenchModule, type Loader } from "../../bench/bench";
import type { BenchName } from "../../bench/format";

/** A loader over fake modules; names it does not hold are "not built yet". */
const loaderOf = (modules: Partial<Record<BenchName, BenchModule>>): Loader =>
  (name) => modules[name] ?? null;

const capture = () => {
  const io = { stdout: "", stderr: "" };
  return {
    io,
    sink: { out: (t: string) => (io.stdout += t), err: (t: string) => (io.stderr += t) },
  };
};

describe("the bench runner", () => {
  it("runs each module, awaiting figures given as a promise", async () => {
    const outcomes = await runBenches(
      ["read", "bundle"],
      loaderOf({
        read: { run: async () => ({ ratio: 2 }) },
        bundle: { run: () => ({ initialGzipKB: 150 }) },
      }),
      () => undefined,
    );
    expect(outcomes.read).toMatchObject({ status: "done", figures: { ratio: 2 } });
    expect(outcomes.bundle).toMatchObject({ status: "done", figures: { initialGzipKB: 150 } });
  });

  it("reports a module that is not there as not available and carries on", async () => {
    const { io, sink } = capture();
    const status = await main(["--json"], loaderOf({ check: { run: () => ({ ratio: 4 }) } }), sink);
    expect(status).toBe(0);
    expect(JSON.parse(io.stdout)).toEqual({ check: { ratio: 4 } });
    expect(io.stderr).toContain("read: not available");
  });

  it("reports a module that throws with its message and exits 1", async () => {
    const { io, sink } = capture();
    const load = loaderOf({
      read: { run: () => ({ ratio: 1 }) },
      check: {
        run: () => {
          throw new Error("no rules registered");
        },
      },
    });
    const status = await main([], load, sink);
    expect(status).toBe(1);
    expect(io.stdout).toMatch(/check\s+failed: no rules registered/);
    expect(io.stdout).toMatch(/read\.ratio\s+1\s+<= 3\s+yes/);
    expect(io.stderr).toContain("no rules registered");
  });

  it("keeps the first line of a several-line error for the table", async () => {
    const load: Loader = () => {
      throw new Error("Cannot find module 'exceljs'\nRequire stack:\n- bench/xlsx.js");
    };
    const outcomes = await runBenches(["xlsx"], load, () => undefined);
    expect(outcomes.xlsx).toEqual({ status: "failed", error: "Cannot find module 'exceljs'" });
  });

  it("reports a module that fails to load, or has no run(), as failed", async () => {
    const load: Loader = (name) => {
      if (name === "xlsx") throw new Error("Cannot find module 'exceljs'");
      if (name === "syncs") return {} as BenchModule;
      return null;
    };
    const outcomes = await runBenches(["xlsx", "syncs"], load, () => undefined);
    expect(outcomes.xlsx).toEqual({ status: "failed", error: "Cannot find module 'exceljs'" });
    expect(outcomes.syncs).toEqual({ status: "failed", error: "./syncs exports no run()" });
  });

  it("prints exactly one JSON object on stdout with --json, progress on stderr", async () => {
    const { io, sink } = capture();
    await main(["--json"], loaderOf({ read: { run: () => ({ ratio: 1.5 }) } }), sink);
    expect(io.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(io.stdout)).toEqual({ read: { ratio: 1.5 } });
    expect(io.stderr).toContain("read: done");
  });

  it("runs only the benchmarks named", async () => {
    const ran: string[] = [];
    const load: Loader = (name) => ({ run: () => (ran.push(name), { ratio: 1 }) });
    await main(["check", "read"], load, capture().sink);
    expect(ran).toEqual(["read", "check"]);
  });

  it("exits 1 on a missed target only with --strict", async () => {
    const load = loaderOf({ read: { run: () => ({ ratio: 9 }) } });
    expect(await main(["read"], load, capture().sink)).toBe(0);
    expect(await main(["read", "--strict"], load, capture().sink)).toBe(1);
  });

  it("refuses an unknown argument with the usage", async () => {
    const { io, sink } = capture();
    expect(await main(["--fast"], loaderOf({}), sink)).toBe(2);
    expect(io.stderr).toContain("usage:");
    expect(io.stdout).toBe("");
  });

  it("loads a module beside it and gives null for one that does not exist", () => {
    expect(loadSibling("no-such-benchmark")).toBeNull();
    expect(typeof (loadSibling("format") as unknown as { formatTable: unknown }).formatTable)
      .toBe("function");
  });
});
