import ExcelJS from "exceljs";
import JSZip from "jszip";
import { a1, parseRange } from "../../src/core/model/address";
import { CarryOverRefusal, carryOver } from "../../src/xlsx/carryOver";
import { bytesOf, loadExcel } from "./cellsOf";
import {
  CUSTOM_TYPE, CUSTOM_XML, PROTECTION, SHARING, addCustomProperties, addSheetExtensions,
  dropdownExt, protectWorkbook, sheetPart, sparklineExt, textOf,
} from "./droppedParts";

/** A workbook as a user keeps it: a Risks range and a sheet of lists. */
function userBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const risks = wb.addWorksheet("Risks");
  risks.addRow(["ID", "Risk", "Owner", "Treatment"]);
  risks.addRow(["R-001", "Fire", "Ana", "Modify"]);
  const lists = wb.addWorksheet("Lists");
  lists.addRow(["Ana", 1]);
  lists.addRow(["Ben", 2]);
  return wb;
}

async function edited(wb: ExcelJS.Workbook, edit: (zip: JSZip) => Promise<void>) {
  const zip = await JSZip.loadAsync(await bytesOf(wb));
  await edit(zip);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** What ExcelJS writes after loading the bytes, with an optional change in between. */
async function rewritten(bytes: Uint8Array, change?: (wb: ExcelJS.Workbook) => void) {
  const wb = await loadExcel(bytes);
  change?.(wb);
  return bytesOf(wb);
}

/** Every cell an sqref list covers, sorted ("C2", "C3" ...). */
function cellsIn(sqref: string): string[] {
  const cells = new Set<string>();
  for (const ref of sqref.split(" ")) {
    const { start, end } = parseRange(ref);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.col; c <= end.col; c++) cells.add(a1(r, c));
    }
  }
  return [...cells].sort();
}

const SHEET_EXTS = dropdownExt(["C2:C20"]) + sparklineExt("E2");

async function withEverything(): Promise<Buffer> {
  return edited(userBook(), async (zip) => {
    await addCustomProperties(zip);
    await protectWorkbook(zip);
    await addSheetExtensions(zip, "Risks", SHEET_EXTS);
  });
}

describe("carrying over what ExcelJS drops", () => {
  test("ExcelJS alone drops custom properties, protection, sharing, extensions", async () => {
    const zip = await JSZip.loadAsync(await rewritten(await withEverything()));
    expect(zip.file("docProps/custom.xml")).toBeNull();
    const book = await textOf(zip, "xl/workbook.xml");
    expect(book).not.toContain("workbookProtection");
    expect(book).not.toContain("fileSharing");
    expect(await textOf(zip, await sheetPart(zip, "Risks"))).not.toContain("x14:");
  });

  test("puts back docProps/custom.xml (sensitivity labels), type and relationship", async () => {
    const original = await withEverything();
    const zip = await JSZip.loadAsync(await carryOver(original, await rewritten(original), "f"));
    expect(await textOf(zip, "docProps/custom.xml")).toBe(CUSTOM_XML);
    expect(await textOf(zip, "[Content_Types].xml")).toContain(
      '<Override PartName="/docProps/custom.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    );
    const rels = await textOf(zip, "_rels/.rels");
    expect(rels).toMatch(new RegExp(
      `<Relationship Id="rId\\d+" Type="${CUSTOM_TYPE}" Target="docProps/custom.xml"/>`,
    ));
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("puts back structure protection and sharing settings in their schema place", async () => {
    const original = await withEverything();
    const zip = await JSZip.loadAsync(await carryOver(original, await rewritten(original), "f"));
    const book = await textOf(zip, "xl/workbook.xml");
    const at = (text: string) => book.indexOf(text);
    expect(at("<fileVersion")).toBeLessThan(at(SHARING));
    expect(at(SHARING)).toBeLessThan(at("<workbookPr"));
    expect(at("<workbookPr")).toBeLessThan(at(PROTECTION));
    expect(at(PROTECTION)).toBeLessThan(at("<sheets"));
  });

  test("puts back a sheet's cross-sheet dropdowns and sparklines", async () => {
    const original = await withEverything();
    const bytes = await carryOver(original, await rewritten(original), "f");
    const zip = await JSZip.loadAsync(bytes);
    const xml = await textOf(zip, await sheetPart(zip, "Risks"));
    expect(xml).toMatch(/<extLst>.*<\/extLst><\/worksheet>$/);
    expect(xml).toContain(SHEET_EXTS);
    expect((await loadExcel(bytes)).getWorksheet("Risks")!.getCell("B2").value).toBe("Fire");
  });

  test("declares on an extension the namespaces the sheet declared for it", async () => {
    const bare = sparklineExt("E2").replace(/ xmlns:\w+="[^"]*"/g, "");
    const original = await edited(userBook(), async (zip) => {
      await addSheetExtensions(zip, "Risks", bare);
      const part = await sheetPart(zip, "Risks");
      zip.file(part, (await textOf(zip, part)).replace(/<worksheet /, "<worksheet " +
        'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" ' +
        'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" '));
    });
    const zip = await JSZip.loadAsync(await carryOver(original, await rewritten(original), "f"));
    const xml = await textOf(zip, await sheetPart(zip, "Risks"));
    const ext = /<ext\b[^>]*\{05C60535[^>]*>/.exec(xml)?.[0] ?? "";
    expect(ext).toContain(' xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/');
    expect(ext).toContain(' xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"');
  });

  test("takes out the cells where the written sheet sets a dropdown of its own", async () => {
    const original = await edited(userBook(), (zip) =>
      addSheetExtensions(zip, "Risks", dropdownExt(["C2:D20", "D2:D9"])));
    const written = await rewritten(original, (wb) => {
      const ws = wb.getWorksheet("Risks")!;
      for (let row = 2; row <= 200; row++) {
        ws.getCell(`D${row}`).dataValidation = {
          type: "list", allowBlank: true, formulae: ['"Modify,Retain"'],
        };
      }
    });
    const zip = await JSZip.loadAsync(await carryOver(original, written, "f"));
    const xml = await textOf(zip, await sheetPart(zip, "Risks"));
    expect(xml).toContain('<x14:dataValidations count="1"');
    const sqrefs = [...xml.matchAll(/<xm:sqref>([^<]*)<\/xm:sqref>/g)].map((m) => m[1]);
    expect(sqrefs).toHaveLength(1);
    expect(cellsIn(sqrefs[0])).toEqual(cellsIn("C2:C20"));
  });

  test("refuses to keep a protected structure whose sheets the change adds", async () => {
    const original = await withEverything();
    const written = await rewritten(original, (wb) => {
      wb.addWorksheet("Settings");
    });
    await expect(carryOver(original, written, "mine.xlsx")).rejects.toThrow(CarryOverRefusal);
    await expect(carryOver(original, written, "mine.xlsx")).rejects.toThrow(
      "mine.xlsx has its structure protected (Review > Protect Workbook), and this change " +
        "adds or moves sheets: unprotect the structure in Excel, run the command again, then " +
        "protect it again.",
    );
  });

  test("refuses an extension that links to another part", async () => {
    const linked = '<ext uri="{A8765BA9-456A-4dab-B4F3-ACF838C121DE}" ' +
      'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:slicerList><x14:slicer r:id="rId7"/></x14:slicerList></ext>';
    const original = await edited(userBook(), (zip) => addSheetExtensions(zip, "Risks", linked));
    await expect(carryOver(original, await rewritten(original), "s.xlsx")).rejects.toThrow(
      /^s\.xlsx holds Excel extensions on sheet "Risks" that link to other parts/,
    );
  });

  test("leaves the written bytes alone when nothing was dropped", async () => {
    const original = await bytesOf(userBook());
    const written = await rewritten(original);
    expect(await carryOver(original, written, "f")).toBe(written);
  });
});
