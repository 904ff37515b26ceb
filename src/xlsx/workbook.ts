/**
 * The xlsx executor: the workbook gateway over an ExcelJS workbook, for .xlsx files in Node and
 * in the browser. It reads register sheets as raw grids and applies workbook plans.
 */
import ExcelJS from "exceljs";
import type { ApplyReport, ReadRequest, WorkbookGateway } from "../core/gateway";
import type { RawWorkbook } from "../core/model/grid";
import type { SheetPlan, WorkbookPlan } from "../core/plan/types";
import { parseA1 } from "../core/model/address";
import { readRegisters } from "./readRegisters";
import { writeCell } from "./cells";
import { applyTable } from "./applyTable";
import { foldValidations } from "./validationRanges";
import { applyFormats } from "./applyFormats";
import { restoreTableHeaders } from "./tableHeaders";
import { internals } from "./internals";

/** Why charts are left out of a file, said where the user meets it. */
export const CHARTS_SKIPPED = "charts are drawn only inside Excel";

/** An .xlsx workbook held in memory, read and changed through the workbook gateway. */
export class XlsxWorkbook implements WorkbookGateway {
  private headersRestored: boolean;

  private constructor(
    /** The ExcelJS workbook, for callers that need more than the gateway. */
    readonly workbook: ExcelJS.Workbook,
    private readonly original: Uint8Array | null,
    /** The file name, for messages and the JSON result. */
    readonly source?: string,
  ) {
    this.headersRestored = original === null;
  }

  /**
   * Loads a workbook from the bytes of an .xlsx file.
   * @throws Error from ExcelJS when the bytes are not a readable workbook (see readWorkbookFile).
   */
  static async load(buffer: Uint8Array, source?: string): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    return new XlsxWorkbook(wb, buffer, source);
  }

  /**
   * Loads an .xlsx file from disk.
   * @throws Error when the file cannot be read or is not a workbook (see readWorkbookFile).
   */
  static async fromFile(path: string): Promise<XlsxWorkbook> {
    // Loaded on demand, so the class itself stays usable where there is no file system.
    const { readFile } = await import("fs/promises");
    const buffer = await readFile(path);
    return XlsxWorkbook.load(buffer, path);
  }

  /** A new workbook with no sheets, for `arm init` on a file that does not exist yet. */
  static createEmpty(source?: string): XlsxWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.creator = "ARM for Excel";
    wb.created = new Date();
    return new XlsxWorkbook(wb, null, source);
  }

  /** Every sheet name in tab order and each register sheet's table (or used range) as read. */
  async read(request?: ReadRequest): Promise<RawWorkbook> {
    return readRegisters(this.workbook, request, this.source);
  }

  /** Carries out every part of a plan this writer can; charts are reported as skipped. */
  async apply(plan: WorkbookPlan): Promise<ApplyReport> {
    if (!this.headersRestored && this.original) {
      await restoreTableHeaders(this.workbook, this.original);
      this.headersRestored = true;
    }
    const done: string[] = [];
    const skipped: string[] = [];
    let formulas = false;
    for (const sheet of plan.sheets) {
      formulas = this.applySheet(sheet, done, skipped) || formulas;
    }
    if (formulas) this.workbook.calcProperties.fullCalcOnLoad = true;
    if (plan.activate) this.activate(plan.activate);
    return { done, skipped };
  }

  /** The workbook as the bytes of an .xlsx file. */
  async toBuffer(): Promise<Buffer> {
    if (!this.headersRestored && this.original) {
      await restoreTableHeaders(this.workbook, this.original);
      this.headersRestored = true;
    }
    for (const ws of this.workbook.worksheets) foldValidations(ws);
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  /** Applies one sheet's plan; returns true when it wrote a formula. */
  private applySheet(plan: SheetPlan, done: string[], skipped: string[]): boolean {
    const parts: string[] = [];
    let ws = this.sheet(plan.name);
    if (!ws) {
      ws = this.workbook.addWorksheet(plan.name);
      this.place(ws, plan.position);
      parts.push("created the sheet");
    } else if (plan.clear) {
      ws = this.recreate(ws);
      parts.push("cleared the sheet");
    }

    let formulas = false;
    let written = 0;
    for (const block of plan.blocks) {
      const { row, col } = parseA1(block.address);
      block.cells.forEach((line, i) => {
        line.forEach((value, j) => {
          formulas = writeCell(ws, row + i, col + j + 1, value) || formulas;
          written++;
        });
      });
    }
    if (written > 0) parts.push(`wrote ${written} cell${written === 1 ? "" : "s"}`);

    if (plan.table) {
      const refused = applyTable(this.workbook, ws, plan.table, parts);
      if (refused) skipped.push(refused);
    }
    parts.push(...applyFormats(ws, plan, skipped));
    if (parts.length > 0) done.push(`${ws.name}: ${parts.join(", ")}.`);
    if (plan.charts?.length) {
      const names = plan.charts.map((c) => c.title || c.name).join(", ");
      const count = plan.charts.length;
      skipped.push(`${plan.name}: ${count} chart(s) left out (${names}): ${CHARTS_SKIPPED}.`);
    }
    return formulas;
  }

  /** A sheet by name, compared without case as Excel does. */
  private sheet(name: string): ExcelJS.Worksheet | undefined {
    const wanted = name.toLowerCase();
    return this.workbook.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
  }

  /** Moves a sheet to a 0-based position among the sheets (the end when omitted). */
  private place(ws: ExcelJS.Worksheet, position: number | undefined): void {
    const order = this.workbook.worksheets.filter((w) => w !== ws);
    const last = order.length;
    const at = position === undefined ? last : Math.max(0, Math.min(position, last));
    order.splice(at, 0, ws);
    order.forEach((w, i) => {
      internals(w).orderNo = i + 1;
    });
  }

  /** Replaces a sheet by an empty one of the same name and place: contents, formats, rules. */
  private recreate(ws: ExcelJS.Worksheet): ExcelJS.Worksheet {
    const position = this.workbook.worksheets.indexOf(ws);
    const name = ws.name;
    this.workbook.removeWorksheet(ws.id);
    const fresh = this.workbook.addWorksheet(name);
    this.place(fresh, position);
    return fresh;
  }

  /** Shows a sheet when the file opens, with only that tab selected. */
  private activate(name: string): void {
    const ws = this.sheet(name);
    if (!ws) return;
    const sheets = this.workbook.worksheets;
    for (const w of sheets) {
      const view = w.views?.[0];
      if (view) w.views = [{ ...view, tabSelected: w === ws } as unknown as ExcelJS.WorksheetView];
    }
    const index = sheets.indexOf(ws);
    const views = this.workbook.views?.length ? this.workbook.views : [{}];
    const view = { ...views[0], activeTab: index, firstSheet: 0 } as ExcelJS.WorkbookView;
    this.workbook.views = [view];
  }
}
