import ExcelJS from "exceljs";
import JSZip from "jszip";
import { unsupportedParts } from "../../src/xlsx";
import { unsupportedNames } from "../../src/xlsx/unsupportedParts";
import { bytesOf } from "./cellsOf";
import {
  addCustomProperties, addSheetExtensions, dropdownExt, protectWorkbook, sparklineExt,
} from "./droppedParts";

/** A one-pixel PNG, enough for ExcelJS to embed an image. */
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAAB" +
    "JRU5ErkJggg==",
  "base64",
);

function plainBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Risks").getCell("A1").value = "ID";
  return wb;
}

async function withEntries(entries: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await bytesOf(plainBook()));
  for (const [name, text] of Object.entries(entries)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("parts the xlsx writer cannot carry over", () => {
  test("finds none in a plain workbook", async () => {
    expect(await unsupportedParts(await bytesOf(plainBook()))).toEqual([]);
  });

  test("finds an image", async () => {
    const wb = plainBook();
    const id = wb.addImage({ buffer: PIXEL, extension: "png" } as never);
    wb.getWorksheet("Risks")!.addImage(id, "C3:D5");
    expect(await unsupportedParts(await bytesOf(wb))).toEqual(["images"]);
  });

  test("finds a comment", async () => {
    const wb = plainBook();
    wb.getWorksheet("Risks")!.getCell("A1").note = "Ask Ana about this";
    expect(await unsupportedParts(await bytesOf(wb))).toEqual(["comments"]);
  });

  test("finds charts, pivot tables, threaded comments and macros", async () => {
    const bytes = await withEntries({
      "xl/charts/chart1.xml": "<c:chartSpace/>",
      "xl/drawings/drawing1.xml": "<xdr:wsDr/>",
      "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>",
      "xl/pivotCache/pivotCacheDefinition1.xml": "<pivotCacheDefinition/>",
      "xl/threadedComments/threadedComment1.xml": "<ThreadedComments/>",
      "xl/vbaProject.bin": "macro",
    });
    expect(await unsupportedParts(bytes)).toEqual(["charts", "pivot tables", "comments", "macros"]);
  });

  test("finds shapes drawn without any chart or image", async () => {
    const bytes = await withEntries({ "xl/drawings/drawing1.xml": "<xdr:wsDr/>" });
    expect(await unsupportedParts(bytes)).toEqual(["shapes"]);
  });

  test("finds slicers, links to other workbooks, embedded objects and form controls", async () => {
    const bytes = await withEntries({
      "xl/slicers/slicer1.xml": "<slicers/>",
      "xl/externalLinks/externalLink1.xml": "<externalLink/>",
      "xl/embeddings/oleObject1.bin": "ole",
      "xl/ctrlProps/ctrlProp1.xml": "<formControlPr/>",
    });
    expect(await unsupportedParts(bytes)).toEqual([
      "slicers", "links to other workbooks", "embedded objects", "form controls",
    ]);
  });

  test("finds data connections and the query tables they fill", async () => {
    expect(await unsupportedParts(await withEntries({ "xl/connections.xml": "<connections/>" })))
      .toEqual(["data connections"]);
    const query = await withEntries({ "xl/queryTables/queryTable1.xml": "<queryTable/>" });
    expect(await unsupportedParts(query)).toEqual(["data connections"]);
  });

  test("finds none of what is carried over (custom properties, protection ...)", async () => {
    const zip = await JSZip.loadAsync(await bytesOf(plainBook()));
    await addCustomProperties(zip);
    await protectWorkbook(zip);
    await addSheetExtensions(zip, "Risks", dropdownExt(["B2:B9"]) + sparklineExt("C2"));
    expect(await unsupportedParts(await zip.generateAsync({ type: "nodebuffer" }))).toEqual([]);
  });

  test("finds defined names a rewrite would drop or change, and not plain ones", () => {
    const names = (body: string) => `<workbook><definedNames>${body}</definedNames></workbook>`;
    expect(unsupportedNames(names(
      "<definedName name=\"Span\">'Risk list'!$A$1:$B$3</definedName>" +
        "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'A'!$1:$1</definedName>",
    ))).toEqual([]);
    expect(unsupportedNames(names("<definedName name=\"Rate\">0.2</definedName>"))).toEqual([
      "named formulas or sheet-level names",
    ]);
    expect(unsupportedNames(names(
      "<definedName name=\"Local\" localSheetId=\"1\">B!$A$1</definedName>",
    ))).toEqual(["named formulas or sheet-level names"]);
    expect(unsupportedNames(names(
      "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">" +
        "A!$A$1:$C$9</definedName>",
    ))).toEqual(["filters on sheet ranges"]);
  });

  test("finds a named constant in a real file", async () => {
    const wb = plainBook();
    wb.definedNames.add("Risks!$A$1", "FirstHeader");
    const zip = await JSZip.loadAsync(await bytesOf(wb));
    const book = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", book.replace(
      "</definedNames>", "<definedName name=\"Appetite\">9</definedName></definedNames>",
    ));
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    expect(await unsupportedParts(bytes)).toEqual(["named formulas or sheet-level names"]);
    expect(await unsupportedParts(await bytesOf(wb))).toEqual([]);
  });
});
