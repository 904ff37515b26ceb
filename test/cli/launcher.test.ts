import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync } from "fs";
import { join } from "path";
import { scratch } from "./runArm";

describe("the arm launcher", () => {
  test("says how to build the command line when it is not built", () => {
    const root = scratch("launcher");
    mkdirSync(join(root, "bin"));
    copyFileSync(join(__dirname, "..", "..", "bin", "arm.js"), join(root, "bin", "arm.js"));
    const run = spawnSync(process.execPath, [join(root, "bin", "arm.js"), "--help"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "arm: the command line is not built yet: run npm install (it builds the command line).\n",
    );
  });
});
