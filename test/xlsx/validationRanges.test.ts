import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/xlsx";
import { foldValidations } from "../../src/xlsx/validationRanges";
import { internals } from "../../src/xlsx/internals";
import { bytesOf } from "./cellsOf";

const LIST = { type: "list", allowBlank: true, formulae: ['"Yes,No"'] } as ExcelJS.DataValidation;
const OTHER = { type: "list", allowBlank: true, formulae: ['"1,2,3"'] } as ExcelJS.DataValidation;

/** The sqref of every dropdown in the first sheet's XML. */
async function sqrefs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  return [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
}

describe("dropdowns written back as whole ranges", () => {
  test("a workbook loaded and saved keeps one range per dropdown, none overlapping", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Risks");
    internals(ws).dataValidations.add("C2:C234", LIST);
    internals(ws).dataValidations.add("H2:J234", OTHER);
    const first = await bytesOf(wb);
    expect(await sqrefs(first)).toEqual(["C2:C234", "H2:J234"]);

    const loaded = await XlsxWorkbook.load(first);
    await loaded.apply({ sheets: [] });
    expect((await sqrefs(await loaded.toBuffer())).sort()).toEqual(["C2:C234", "H2:J234"]);
  });

  test("folds cells into the fewest rectangles, by number not by text", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    const model = internals(ws).dataValidations.model;
    for (let r = 2; r <= 12; r++) {
      model[`C${r}`] = LIST;
      model[`D${r}`] = LIST;
    }
    for (let r = 5; r <= 12; r++) model[`E${r}`] = LIST;
    model.G7 = OTHER;
    model["K1:K3"] = OTHER;
    foldValidations(ws);
    expect(Object.keys(model).sort()).toEqual(["C2:D12", "E5:E12", "G7", "K1:K3"]);
    expect(model["C2:D12"]).toEqual(LIST);
    expect(model.G7).toEqual(OTHER);
  });
});
