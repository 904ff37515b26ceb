/** Builds what the browser test serves: the production pane and the fake office.js. */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readdirSync, statSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { promisify } from "util";
import webpack from "webpack";

/**
 * The repository root: the nearest folder above holding webpack.config.js. The bundle
 * benchmark runs this file compiled into dist/cli, further down than its source.
 */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "webpack.config.js"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("webpack.config.js not found above the browser test.");
    dir = up;
  }
  return dir;
}

const ROOT = repoRoot();

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when dist/ holds a production build newer than every source it is built from. */
function distIsFresh(): boolean {
  const page = path.join(ROOT, "dist", "taskpane.html");
  if (!existsSync(page) || !existsSync(path.join(ROOT, "dist", "commands.html"))) return false;
  if (readdirSync(path.join(ROOT, "dist")).some((f) => /^taskpane\.js$/.test(f))) return false;
  const sources = Math.max(
    newestIn(path.join(ROOT, "src")),
    newestIn(path.join(ROOT, "assets")),
    statSync(path.join(ROOT, "webpack.config.js")).mtimeMs,
    statSync(path.join(ROOT, "manifest.xml")).mtimeMs,
  );
  return statSync(page).mtimeMs > sources;
}

/** The folder of a production build: dist/ when fresh, else a new build in a temp folder. */
export async function productionBuild(): Promise<string> {
  if (distIsFresh()) return path.join(ROOT, "dist");
  const out = mkdtempSync(path.join(tmpdir(), "arm-pane-"));
  const webpackCli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  await promisify(execFile)(
    process.execPath,
    [webpackCli, "--mode", "production", "--env", `outputPath=${out}`],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  return out;
}

/** Bundles test/e2e/fakeOffice.ts for the browser; resolves to the script's path. */
export function fakeOfficeScript(): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), "arm-fake-office-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    context: ROOT,
    entry: path.join(ROOT, "test", "e2e", "fakeOffice.ts"),
    output: { path: out, filename: "office.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      }],
    },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats || stats.hasErrors()) {
        reject(err ?? new Error(stats?.toString("errors-only") ?? "webpack failed"));
      } else resolve(path.join(out, "office.js"));
    }),
  );
}
