import {
  chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, realpathSync, statSync, symlinkSync,
  writeFileSync,
} from "fs";
import { join } from "path";
import { arm, scratch, TODAY } from "./runArm";

const dir = scratch("writes");

beforeAll(async () => {
  expect((await arm(dir, "init", "isms.xlsx", "--sample", "--today", TODAY)).code).toBe(0);
});

function backupsIn(folder: string, name: string): string[] {
  return readdirSync(folder).filter((f) => f.startsWith(`${name}.bak-`));
}

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe("writing a workbook in place", () => {
  test("keeps a workbook only its owner may read so, and its backup too", async () => {
    writeFileSync(join(dir, "private.xlsx"), readFileSync(join(dir, "isms.xlsx")));
    chmodSync(join(dir, "private.xlsx"), 0o600);
    const run = await arm(dir, "dashboard", "private.xlsx", "--today", TODAY);
    expect(run.code).toBe(0);
    expect(modeOf(join(dir, "private.xlsx"))).toBe(0o600);
    const backups = backupsIn(dir, "private.xlsx");
    expect(backups).toHaveLength(1);
    expect(modeOf(join(dir, backups[0]))).toBe(0o600);
  });

  test("writes through a symbolic link to its target, the backup beside the target", async () => {
    const real = join(dir, "shared");
    mkdirSync(real);
    const original = readFileSync(join(dir, "isms.xlsx"));
    writeFileSync(join(real, "target.xlsx"), original);
    symlinkSync(join("shared", "target.xlsx"), join(dir, "link.xlsx"));
    const run = await arm(dir, "dashboard", "link.xlsx", "--today", TODAY);
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, "link.xlsx")).isSymbolicLink()).toBe(true);
    expect(realpathSync(join(dir, "link.xlsx"))).toBe(realpathSync(join(real, "target.xlsx")));
    expect(readFileSync(join(real, "target.xlsx"))).not.toEqual(original);
    expect(backupsIn(dir, "link.xlsx")).toEqual([]);
    const backups = backupsIn(real, "target.xlsx");
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(real, backups[0]))).toEqual(original);
  });
});

describe("--out naming a file that exists", () => {
  test("export keeps the file that was there under its backup name, and says so", async () => {
    writeFileSync(join(dir, "precious.xlsx"), "an earlier pack");
    const run = await arm(dir, "export", "isms.xlsx", "--out", "precious.xlsx", "--today", TODAY);
    expect(run.code).toBe(0);
    const backups = backupsIn(dir, "precious.xlsx");
    expect(backups).toEqual(["precious.xlsx.bak-20261203-093000.xlsx"]);
    expect(readFileSync(join(dir, backups[0]), "utf8")).toBe("an earlier pack");
    expect(run.stderr).toContain(
      `${join(dir, "precious.xlsx")} already existed: kept it as ${join(dir, backups[0])}.`,
    );
    expect(run.stdout).not.toContain("already existed");
  });

  test("fix keeps the file that was there under its backup name, and says so", async () => {
    writeFileSync(join(dir, "existing.xlsx"), "someone else's work");
    const run = await arm(dir, "fix", "isms.xlsx", "--out", "existing.xlsx", "--today", TODAY);
    expect(run.code).toBe(0);
    const backups = backupsIn(dir, "existing.xlsx");
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, backups[0]), "utf8")).toBe("someone else's work");
    expect(run.stderr).toContain("existing.xlsx already existed: kept it as");
  });

  test("export refuses a pack path that is a link to the workbook itself", async () => {
    symlinkSync("isms.xlsx", join(dir, "alias.xlsx"));
    const before = readFileSync(join(dir, "isms.xlsx"));
    const run = await arm(dir, "export", "isms.xlsx", "--out", "alias.xlsx", "--today", TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out must name a new file, not the workbook itself.");
    expect(readFileSync(join(dir, "isms.xlsx"))).toEqual(before);
  });
});
