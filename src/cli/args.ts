/** The command line's own argument parser: commands, one file, and the options each allows. */

/** The commands of `arm`. */
export type ArmCommand = "init" | "validate" | "fix" | "dashboard" | "export";

/** What a command accepts: options that take a value, and flags that do not. */
interface CommandSyntax {
  readonly values: readonly string[];
  readonly flags: readonly string[];
}

const SYNTAX: Readonly<Record<ArmCommand, CommandSyntax>> = {
  init: { values: ["--standard", "--out", "--today"], flags: ["--sample"] },
  validate: { values: ["--today"], flags: ["--json"] },
  fix: { values: ["--out", "--today"], flags: [] },
  dashboard: { values: ["--out", "--today"], flags: [] },
  export: {
    values: ["--out", "--today", "--prepared-by", "--approved-by", "--version"], flags: [],
  },
};

/** The command names, in the order help lists them. */
export const COMMANDS = Object.keys(SYNTAX) as ArmCommand[];

/** A parsed command line. */
export type Parsed =
  | { readonly kind: "help"; readonly command?: ArmCommand }
  | {
      readonly kind: "run";
      readonly command: ArmCommand;
      readonly file: string;
      /** Values of options given ("--out" -> "pack.xlsx"); flags map to "". */
      readonly options: ReadonlyMap<string, string>;
    }
  | { readonly kind: "usage"; readonly message: string; readonly command?: ArmCommand };

function isCommand(word: string): word is ArmCommand {
  return (COMMANDS as string[]).includes(word);
}

/** Parses `arm COMMAND FILE [options]`; never throws, bad input gives a usage result. */
export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.length === 0) return { kind: "usage", message: "Name a command." };
  const [first, ...rest] = argv;
  if (first === "--help" || first === "-h" || first === "help") {
    const about = rest[0];
    return about && isCommand(about) ? { kind: "help", command: about } : { kind: "help" };
  }
  if (!isCommand(first)) return { kind: "usage", message: `"${first}" is not a command of arm.` };
  const command = first;
  const syntax = SYNTAX[command];
  const options = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i];
    if (word === "--help" || word === "-h") return { kind: "help", command };
    const eq = word.startsWith("--") ? word.indexOf("=") : -1;
    const name = eq > 0 ? word.slice(0, eq) : word;
    if (syntax.flags.includes(name)) {
      if (eq > 0) return { kind: "usage", command, message: `${name} takes no value.` };
      options.set(name, "");
    } else if (syntax.values.includes(name)) {
      const value = eq > 0 ? word.slice(eq + 1) : rest[++i];
      if (value === undefined || value === "") {
        return { kind: "usage", command, message: `${name} needs a value.` };
      }
      options.set(name, value);
    } else if (word.startsWith("-") && word !== "-") {
      return { kind: "usage", command, message: `${command} has no option ${name}.` };
    } else {
      files.push(word);
    }
  }
  if (files.length === 0) return { kind: "usage", command, message: `${command} needs a FILE.` };
  if (files.length > 1) {
    return { kind: "usage", command, message: `${command} takes one FILE, not ${files.length}.` };
  }
  return { kind: "run", command, file: files[0], options };
}
