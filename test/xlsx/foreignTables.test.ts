/** Workbooks written by other programs: tables as LibreOffice writes them, with no style. */
import JSZip from "jszip";
import { check, createOrUpgrade, rebuildDashboard } from "../../src/core/commands";
import { serialOf } from "../../src/core/model/dates";
import { XlsxWorkbook } from "../../src/xlsx";

const today = serialOf(2026, 12, 3);

/** The sample workbook's bytes with every table's style information removed. */
async function withUnstyledTables(): Promise<Buffer> {
  const book = XlsxWorkbook.createEmpty("sample.xlsx");
  await createOrUpgrade(book, { today, edition: "2022", sample: true });
  const zip = await JSZip.loadAsync(await book.toBuffer());
  const parts = Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n));
  for (const name of parts) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    zip.file(name, xml.replace(/<tableStyleInfo\b[^>]*\/>/g, ""));
  }
  expect(parts.length).toBeGreaterThan(5);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("a workbook whose tables carry no style", () => {
  it("is rebuilt and saved with every table and finding kept", async () => {
    const bytes = await withUnstyledTables();
    const before = await check(await XlsxWorkbook.load(bytes, "lo.xlsx"), { today });

    const book = await XlsxWorkbook.load(bytes, "lo.xlsx");
    await rebuildDashboard(book, { today });
    const saved = await XlsxWorkbook.load(await book.toBuffer(), "saved.xlsx");
    const raw = await saved.read();
    const after = await check(saved, { today });

    expect(raw.sheets.find((s) => s.name === "Risks")?.table?.name).toBe("Risks");
    expect(after.summary).toEqual(before.summary);
  });
});
