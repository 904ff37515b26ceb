/** Hand-written workbook plans for the executor tests: a Risks register and a Dashboard. */
import { columnLetter, rangeA1 } from "../../src/core/model/address";
import { serialOf } from "../../src/core/model/dates";
import type { CellValue } from "../../src/core/model/finding";
import type { SheetPlan, WorkbookPlan } from "../../src/core/plan/types";
import { RISKS_SHEET } from "../../src/core/schema/sheets";

/** The Risks headers, in schema order. */
export const RISK_HEADERS = RISKS_SHEET.columns.map((c) => c.header);

const col = (header: string) => RISK_HEADERS.indexOf(header);

/** The sheet column letter of a Risks header. */
export const riskColumn = (header: string) => columnLetter(col(header));

/** The Accepted on date of every sample risk. */
export const ACCEPTED_ON = serialOf(2026, 3, 31);

/** One risk row: text, numbers, a "5.10" that must stay text, formulas and dates. */
export function riskRow(i: number): CellValue[] {
  const row: CellValue[] = RISK_HEADERS.map(() => null);
  const id = `R-${String(i).padStart(3, "0")}`;
  row[col("ID")] = id;
  row[col("Risk")] = `Laptop ${i} lost in transit`;
  row[col("Assets")] = "A-001; A-002";
  row[col("Owner")] = "Dana Ops";
  row[col("Likelihood")] = 1 + (i % 5);
  row[col("Impact")] = 1 + ((i * 3) % 5);
  row[col("Score")] = { formula: RISKS_SHEET.columns[col("Score")].formula ?? "" };
  row[col("Treatment")] = "Modify";
  row[col("Controls")] = "5.10";
  const residual = RISKS_SHEET.columns[col("Residual score")].formula ?? "";
  row[col("Residual score")] = { formula: residual };
  row[col("Accepted on")] = { date: ACCEPTED_ON };
  row[col("Status")] = "Open";
  return row;
}

/** A Risks sheet plan with `rows` risks and every register feature (dropdowns, formats ...). */
export function risksSheet(rows: number, create = true): SheetPlan {
  const last = rows + 1;
  const width = RISK_HEADERS.length;
  const risks = Array.from({ length: rows }, (_, i) => riskRow(i + 1));
  const cells: CellValue[][] = [RISK_HEADERS, ...risks];
  const body = (header: string) => rangeA1(2, col(header), last, col(header));
  return {
    name: "Risks",
    create,
    tabColor: "#C00000",
    blocks: [{ address: "A1", cells }],
    table: {
      name: "Risks", range: rangeA1(1, 0, last, width - 1), create, style: "TableStyleMedium2",
    },
    widths: [{ column: "A", width: 10 }, { column: riskColumn("Risk"), width: 40 }],
    numberFormats: [{ range: body("Accepted on"), format: "yyyy-mm-dd" }],
    freezeRows: 1,
    validations: [
      { range: body("Treatment"), values: ["Modify", "Retain", "Avoid", "Share"] },
      { range: body("Status"), values: ["Open", "Treating", "Accepted", "Closed"] },
    ],
    conditionalFormats: [
      { kind: "textEquals", range: body("Status"), text: "Open", fill: "#FFC7CE", font: "#9C0006" },
    ],
    print: { landscape: true, fitToWidth: true, repeatRows: "$1:$1" },
  };
}

/** A Dashboard rebuilt whole: values, formulas, styles, a colour scale, a data bar, charts. */
export function dashboardSheet(create: boolean): SheetPlan {
  return {
    name: "Dashboard",
    create,
    position: 0,
    clear: !create,
    tabColor: "#2E75B6",
    blocks: [
      { address: "A1", cells: [["Readiness"], ["Step", "%"], ["1A", 80], ["1B", 40]] },
      { address: "D2", cells: [["Open risks", { formula: "=COUNTIFS(Risks[Status],\"Open\")" }]] },
    ],
    widths: [{ column: "A", width: 24 }],
    conditionalFormats: [
      { kind: "dataBar", range: "B3:B4", color: "#5B9BD5" },
      { kind: "colorScale", range: "B3:B4", colors: ["#FFFFFF", "#FFEB84", "#F8696B"] },
    ],
    charts: [{
      name: "ReadinessByStep", type: "barClustered", title: "Readiness by step", source: "A2:B4",
      seriesBy: "columns", anchor: "G2", widthCells: 6, heightCells: 12,
    }],
    styles: [{ range: "A1", bold: true, fontSize: 16, fill: "#DDEBF7", horizontal: "left" }],
  };
}

/** A plan creating the Risks sheet (with `rows` risks) and the Dashboard, showing the latter. */
export function createPlan(rows: number): WorkbookPlan {
  return { sheets: [dashboardSheet(true), risksSheet(rows)], activate: "Dashboard" };
}
