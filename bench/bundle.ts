/**
 * Benchmark of the task pane's weight: the gzipped JavaScript the pane loads at start (the
 * scripts taskpane.html names) against the chunks it loads later, when an action first needs
 * them (the commands, the Office.js executor, ExcelJS). Reads the production build in dist/,
 * building it first when it is missing.
 */
import { execFileSync } from "child_process";
import { existsSync, readFileSync, readdirSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";

/** The repository root: the nearest folder above this file holding webpack.config.js. */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "webpack.config.js"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("webpack.config.js not found above the benchmark.");
    dir = up;
  }
  return dir;
}

/** The local scripts a built page loads at start, as file names in dist/. */
export function scriptsOf(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)) {
    if (!/^[a-z]+:\/\//i.test(m[1])) out.push(m[1].replace(/^\.?\//, ""));
  }
  return out;
}

function isProductionBuild(dist: string): boolean {
  const page = path.join(dist, "taskpane.html");
  if (!existsSync(page)) return false;
  return scriptsOf(readFileSync(page, "utf8")).every((s) => /\.[0-9a-f]{8}\.js$/.test(s));
}

/** Kilobytes, to one decimal, of the files gzipped one by one (as a server sends them). */
function gzipKB(files: string[], dist: string): number {
  const size = (f: string) => gzipSync(readFileSync(path.join(dist, f))).length;
  const bytes = files.reduce((sum, f) => sum + size(f), 0);
  return Math.round(bytes / 102.4) / 10;
}

/** Gzipped kilobytes of the pane's start-up JavaScript and of its lazily loaded chunks. */
export async function run(): Promise<{ initialGzipKB: number; restGzipKB: number }> {
  const root = repoRoot();
  const dist = path.join(root, "dist");
  if (!isProductionBuild(dist)) {
    process.stderr.write("bundle: building the task pane (webpack --mode production)\n");
    const cli = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
    execFileSync(process.execPath, [cli, "--mode", "production"], { cwd: root, stdio: "ignore" });
  }
  const initial = scriptsOf(readFileSync(path.join(dist, "taskpane.html"), "utf8"));
  const ribbon = scriptsOf(readFileSync(path.join(dist, "commands.html"), "utf8"));
  const lazy = readdirSync(dist).filter(
    (f) => f.endsWith(".js") && !initial.includes(f) && !ribbon.includes(f),
  );
  return { initialGzipKB: gzipKB(initial, dist), restGzipKB: gzipKB(lazy, dist) };
}
