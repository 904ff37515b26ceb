/** What a user keeps next to a register table is never written over when the table must grow. */
import ExcelJS from "exceljs";
import { createOrUpgrade } from "../../src/core/commands";
import { serialOf } from "../../src/core/model/dates";
import { RISKS_SHEET } from "../../src/core/schema";
import { XlsxWorkbook } from "../../src/xlsx";
import { bytesOf, cellsOf, loadExcel } from "./cellsOf";

const today = serialOf(2026, 12, 3);

/** A Risks table without its last column (Notes), and the user's own cells right beside it. */
async function risksWithNeighbour(neighbour: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Risks");
  const headers = RISKS_SHEET.columns.map((c) => c.header).filter((h) => h !== "Notes");
  ws.addTable({
    name: "Risks", ref: "A1", headerRow: true,
    columns: headers.map((name) => ({ name })),
    rows: [headers.map((h) => (h === "ID" ? "R-001" : h === "Risk" ? "Laptop theft" : null))],
  });
  if (neighbour) {
    ws.getCell("S1").value = "My working";
    ws.getCell("S2").value = 42;
  }
  return bytesOf(wb);
}

describe("upgrading a register table with the user's cells beside it", () => {
  it("leaves the sheet as it is and says which cell is in the way", async () => {
    const book = await XlsxWorkbook.load(await risksWithNeighbour(true), "user.xlsx");
    const outcome = await createOrUpgrade(book, { today, edition: "2022", sample: false });
    const after = cellsOf(await loadExcel(await book.toBuffer()));

    expect(after.get("Risks!S1")).toBe("My working");
    expect(after.get("Risks!S2")).toBe(42);
    expect(outcome.done.join(" ")).toMatch(/Risks: left as it is, since S1 .* holds your data/);
  });

  it("adds the missing column where the ground beside the table is clear", async () => {
    const book = await XlsxWorkbook.load(await risksWithNeighbour(false), "user.xlsx");
    await createOrUpgrade(book, { today, edition: "2022", sample: false });
    const after = cellsOf(await loadExcel(await book.toBuffer()));

    expect(after.get("Risks!S1")).toBe("Notes");
    expect(after.get("Risks!B2")).toBe("Laptop theft");
  });
});
