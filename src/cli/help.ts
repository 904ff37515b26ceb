/** The help texts of `arm` and of each of its commands. */
import type { ArmCommand } from "./args";

const TODAY = "  --today YYYY-MM-DD  check as of this day (default: today)";
const OUT = "  --out F             write the result to F instead of changing FILE in place";

const COMMAND_HELP: Readonly<Record<ArmCommand, string>> = {
  init: [
    "arm init FILE [--standard 2022|2013] [--sample] [--out F]",
    "Creates the ISMS workbook FILE, or upgrades it: every register sheet, table, column,",
    "dropdown and format that is missing is added; everything already there is kept.",
    "  --standard 2022|2013 the Annex A edition of a new Statement of Applicability",
    "  --sample             fill empty registers with the sample ISMS of a small organisation",
    OUT,
    TODAY,
  ].join("\n"),
  validate: [
    "arm validate FILE [--json] [--today YYYY-MM-DD]",
    "Checks FILE against the Assured Results Method and prints the findings and readiness.",
    "  --json              print one JSON object (for pipelines)",
    TODAY,
    "Exit status: 0 no errors, 1 errors found, 2 the file could not be read.",
  ].join("\n"),
  fix: [
    "arm fix FILE [--out F] [--today YYYY-MM-DD]",
    "Fixes what the check marks fixable (missing IDs, old treatment words ...), only those cells.",
    OUT,
    TODAY,
  ].join("\n"),
  dashboard: [
    "arm dashboard FILE [--out F] [--today YYYY-MM-DD]",
    "Rebuilds the Dashboard sheet: step progress, the twelve readiness questions, live counts.",
    OUT,
    TODAY,
  ].join("\n"),
  export: [
    "arm export FILE --out PACK.xlsx [--prepared-by NAME] [--approved-by NAME]",
    "           [--version TEXT] [--today YYYY-MM-DD]",
    "Writes the auditor pack: cover, SoA, risk treatment plan, improvements, dashboard values.",
    "  --out PACK.xlsx     the pack to write (required; FILE itself is not changed)",
    "  --prepared-by NAME  who prepared the pack, shown on its cover",
    "  --approved-by NAME  who approved it, shown on its cover",
    "  --version TEXT      the pack's version on its cover (default: 1.0)",
    TODAY,
  ].join("\n"),
};

/** The overview printed by `arm --help` and after a usage error. */
export const GENERAL_HELP = [
  "arm: ISO/IEC 27001 by the Assured Results Method, on .xlsx workbooks.",
  "",
  "Usage: arm COMMAND FILE [options]",
  "  init FILE        create or upgrade the ISMS workbook",
  "  validate FILE    check it and print the findings and readiness",
  "  fix FILE         fix the findings marked fixable",
  "  dashboard FILE   rebuild the Dashboard sheet",
  "  export FILE      write the auditor pack (--out PACK.xlsx)",
  "",
  "arm COMMAND --help shows a command's options. Without --out, a command that changes FILE",
  "keeps a backup beside it (FILE.bak-YYYYMMDD-HHMMSS.xlsx); a file that --out names and that",
  "exists already is kept the same way before it is replaced.",
].join("\n");

/** The help of one command, or the overview. */
export function helpOf(command?: ArmCommand): string {
  return command ? COMMAND_HELP[command] : GENERAL_HELP;
}
