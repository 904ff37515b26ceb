/** Test helpers: every cell of a workbook as comparable text, and workbooks made for tests. */
import ExcelJS from "exceljs";
import { rawOf } from "../../src/xlsx/cellValue";

/** Every non-empty cell of every sheet: "Sheet!A1" -> its raw value or formula text. */
export function cellsOf(wb: ExcelJS.Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value as { formula?: string; sharedFormula?: string } | null;
        const formula = value && typeof value === "object" ? value.formula : undefined;
        const shown = formula !== undefined ? `=${formula}` : rawOf(cell);
        if (shown !== null && shown !== "") out.set(`${ws.name}!${cell.address}`, shown);
      });
    });
  }
  return out;
}

/** Loads the bytes of an .xlsx file into a fresh ExcelJS workbook. */
export async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The bytes of an ExcelJS workbook. */
export async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
