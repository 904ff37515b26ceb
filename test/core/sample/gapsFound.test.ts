import { check, createOrUpgrade, fix } from "../../../src/core/commands";
import { SAMPLE_GAPS } from "../../../src/core/sample/gaps";
import { REGISTERS } from "../../../src/core/schema";
import { XlsxWorkbook } from "../../../src/xlsx";
import { day } from "../../support/isms";

const today = day("2026-12-03");
const sheetOf = (key: string) => REGISTERS.find((s) => s.key === key)?.sheet;

async function sampleWorkbook(): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.createEmpty("sample.xlsx");
  await createOrUpgrade(book, { today, edition: "2022", sample: true });
  return book;
}

describe("the sample's deliberate gaps, held against the ARM rules", () => {
  it("finds each gap on its sheet, row and column, at its step and severity", async () => {
    const result = await check(await sampleWorkbook(), { today });
    for (const gap of SAMPLE_GAPS) {
      const hits = result.findings.filter(
        (f) => f.sheet === sheetOf(gap.register) && f.id === gap.key && f.column === gap.column,
      );
      expect({ gap: `${gap.key} ${gap.column}`, found: hits.length > 0 }).toEqual({
        gap: `${gap.key} ${gap.column}`, found: true,
      });
      expect(hits.some((f) => f.severity === gap.severity && f.step === gap.step)).toBe(true);
      if (gap.fixable) expect(hits.some((f) => f.fixable)).toBe(true);
    }
  });

  it("keeps every gap that is not fixable after fixing, and clears the fixable ones", async () => {
    const book = await sampleWorkbook();
    await fix(book, { today });
    const after = await check(book, { today });
    for (const gap of SAMPLE_GAPS) {
      const left = after.findings.some(
        (f) => f.sheet === sheetOf(gap.register) && f.id === gap.key && f.column === gap.column,
      );
      expect({ gap: `${gap.key} ${gap.column}`, left }).toEqual({
        gap: `${gap.key} ${gap.column}`, left: !gap.fixable,
      });
    }
    expect(after.findings.filter((f) => f.fixable)).toEqual([]);
  });
});
