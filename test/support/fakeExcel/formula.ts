/**
 * The little calculation the in-memory Excel does when a formula's value is read: a constant
 * (=5, ="Yes", =TRUE), a reference (=B2, or a table's this-row reference such as
 * Risks[[#This Row],[Impact]]), two such operands joined by + - * / (=B2*C2), and the product's
 * score formula IF(AND(ISNUMBER(x),ISNUMBER(y)),x*y,""). Any other formula keeps its text and
 * reads as blank (""), like a cell Excel has not calculated: the tests check formula text, not
 * Excel's calculation engine.
 */
import { columnIndex, columnLetter } from "../../../src/core/model/address";
import type { CellScalar } from "./state";

/** How a formula reaches other cells: by sheet position, or by table and header on its row. */
export interface FormulaScope {
  value(row: number, col: number): CellScalar;
  thisRow(table: string, header: string): CellScalar | undefined;
}

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const THIS_ROW = String.raw`[A-Za-z_\\][\w.\\]*\[\[#This Row\],\[[^\]]+\]\]`;
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const OPERAND = `(${NUMBER}|${CELL}|${THIS_ROW})`;
const BINARY = new RegExp(`^${OPERAND}\\s*([-+*/])\\s*${OPERAND}$`);
const SCORE = new RegExp(
  `^IF\\(AND\\(ISNUMBER\\(${OPERAND}\\),ISNUMBER\\(${OPERAND}\\)\\),${OPERAND}\\*${OPERAND},""\\)$`,
  "i",
);

/** The value a cell with this formula shows. */
export function evaluate(formula: string, scope: FormulaScope): CellScalar {
  const body = formula.slice(1).trim();
  if (/^"([^"]|"")*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  const single = operand(body, scope);
  if (single !== undefined) return single;
  const score = SCORE.exec(body);
  if (score) {
    const x = operand(score[1], scope);
    const y = operand(score[2], scope);
    return typeof x === "number" && typeof y === "number" ? x * y : "";
  }
  const m = BINARY.exec(body);
  if (!m) return "";
  const x = Number(operand(m[1], scope) ?? 0);
  const y = Number(operand(m[3], scope) ?? 0);
  if (Number.isNaN(x) || Number.isNaN(y)) return "#VALUE!";
  switch (m[2]) {
    case "+": return x + y;
    case "-": return x - y;
    case "*": return x * y;
    default: return y === 0 ? "#DIV/0!" : x / y;
  }
}

function operand(text: string, scope: FormulaScope): CellScalar | undefined {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const ref = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text);
  if (ref) return scope.value(Number(ref[2]) - 1, columnIndex(ref[1]));
  const structured = /^([A-Za-z_\\][\w.\\]*)\[\[#This Row\],\[([^\]]+)\]\]$/.exec(text);
  if (structured) return scope.thisRow(structured[1], structured[2]) ?? "#REF!";
  return undefined;
}

const REFERENCE = /"(?:[^"]|"")*"|\[[^\]]*\]|(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])/g;

/**
 * The formula as copied `rows` down and `cols` across: relative A1 references move, absolute
 * ones ($A$1) and structured references (Risks[[#This Row],[Impact]]) stay, as Excel copies.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(REFERENCE, (match, colAbs, letters, rowAbs, digits) => {
    if (letters === undefined) return match;
    const col = colAbs ? letters : columnLetter(Math.max(0, columnIndex(letters) + cols));
    const row = rowAbs ? digits : String(Math.max(1, Number(digits) + rows));
    return `${colAbs}${col}${rowAbs}${row}`;
  });
}

/** A structured reference of a formula: the table it names and the columns inside it. */
export interface StructuredReference {
  readonly table: string;
  readonly columns: readonly string[];
  /** The reference as written, for messages. */
  readonly text: string;
}

const TABLE_START = /[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/** The bracketed part from `open` (a "[") to its matching "]", or null when it never closes. */
function bracketed(formula: string, open: number): string | null {
  let depth = 0;
  for (let i = open; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === "[") depth++;
    if (ch === "]" && --depth === 0) return formula.slice(open, i + 1);
  }
  return null;
}

/** The column names inside a reference's brackets: Status, or Likelihood in [[#This Row],...]. */
function columnsOf(inner: string): string[] {
  const body = inner.slice(1, -1);
  const parts = body.startsWith("[") || body.startsWith("@[")
    ? [...body.matchAll(/\[((?:[^\]']|'.)*)\]/g)].map((m) => m[1])
    : [body.replace(/^@/, "")];
  return parts
    .filter((p) => p !== "" && !p.startsWith("#"))
    .map((p) => p.replace(/'(.)/g, "$1"));
}

/**
 * The structured references of a formula (Risks[Status], Risks[[#This Row],[Impact]]), outside
 * its text literals. A reference without a table name ([@Impact]) is left out.
 */
export function structuredReferences(formula: string): StructuredReference[] {
  const out: StructuredReference[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      i = end < 0 ? formula.length : end + 1;
      continue;
    }
    if (ch !== "[") {
      i++;
      continue;
    }
    const inner = bracketed(formula, i);
    const name = TABLE_START.exec(formula.slice(0, i))?.[0];
    if (inner && name && !/^\d/.test(name)) {
      out.push({ table: name, columns: columnsOf(inner), text: `${name}${inner}` });
    }
    i += inner ? inner.length : 1;
  }
  return out;
}
