import { arm, scratch } from "./runArm";

const dir = scratch("usage");

describe("arm usage", () => {
  test("--help lists every command and exits 0", async () => {
    const run = await arm(dir, "--help");
    expect(run.code).toBe(0);
    for (const command of ["init", "validate", "fix", "dashboard", "export"]) {
      expect(run.stdout).toContain(`  ${command} FILE`);
    }
    expect(run.stdout).toContain("a file that --out names and that\nexists already is kept");
  });

  test("a command's --help shows its options", async () => {
    const run = await arm(dir, "validate", "--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--json");
    expect(run.stdout).toContain("Exit status: 0 no errors, 1 errors found, 2");
  });

  test("an unknown command gives the usage and exit 2", async () => {
    const run = await arm(dir, "frobnicate", "x.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^arm: "frobnicate" is not a command of arm\./);
    expect(run.stderr).toContain("Usage: arm COMMAND FILE");
    expect(run.stdout).toBe("");
  });

  test("an unknown option gives the command's usage and exit 2", async () => {
    const run = await arm(dir, "validate", "x.xlsx", "--jsno");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("validate has no option --jsno.");
    expect(run.stderr).toContain("arm validate FILE [--json]");
  });

  test("no command, no file, two files, or an option without its value: exit 2", async () => {
    expect((await arm(dir)).code).toBe(2);
    expect((await arm(dir, "validate")).stderr).toContain("validate needs a FILE.");
    expect((await arm(dir, "fix", "a.xlsx", "b.xlsx")).stderr).toContain("takes one FILE");
    expect((await arm(dir, "init", "a.xlsx", "--out")).stderr).toContain("--out needs a value.");
  });

  test("a day that is not YYYY-MM-DD or an unknown edition: exit 2 with the reason", async () => {
    const day = await arm(dir, "validate", "x.xlsx", "--today", "03/12/2026");
    expect(day.code).toBe(2);
    expect(day.stderr).toContain('--today must be a day as YYYY-MM-DD, not "03/12/2026".');
    const edition = await arm(dir, "init", "x.xlsx", "--standard", "2005");
    expect(edition.code).toBe(2);
    expect(edition.stderr).toContain('--standard must be 2022 or 2013, not "2005".');
  });

  test("a day Excel cannot show: exit 2 naming the days accepted", async () => {
    for (const day of ["0000-01-01", "1899-12-31", "1900-02-28"]) {
      const run = await arm(dir, "validate", "x.xlsx", "--today", day);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `arm validate: --today must be a day from 1900-03-01 to 9999-12-31, not "${day}".`,
      );
    }
  });

  test("export's help names the cover's options", async () => {
    const run = await arm(dir, "export", "--help");
    for (const option of ["--prepared-by NAME", "--approved-by NAME", "--version TEXT"]) {
      expect(run.stdout).toContain(option);
    }
  });

  test("export without --out says it needs one", async () => {
    const run = await arm(dir, "export", "x.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("export needs --out PACK.xlsx");
  });
});
