import fc from "fast-check";
import type { RawWorkbook } from "../../../src/core/model/grid";
import { readIsms } from "../../../src/core/read";
import { REGISTERS, SETTINGS, SETTINGS_SHEET, type SheetSpec } from "../../../src/core/schema";
import { rawSheetOf, registerGrid, settingsGrid, settingValuesOf } from "../../../src/core/write";
import { rowsOf, settings } from "./arbitraries";

const registers = REGISTERS.filter((s) => s.key !== "settings") as readonly SheetSpec[];

/** Settings, then each register's rows (classifications drawn from the generated labels). */
const workbook = settings.chain((s) =>
  fc.tuple(
    fc.constant(s),
    fc.tuple(...registers.map((spec) => rowsOf(spec, s.classificationLabels))),
  ),
);

describe("write then read", () => {
  test("gives back the same registers and settings, with no findings", () => {
    fc.assert(
      fc.property(workbook, ([typed, bodies]) => {
        const settingsSheet = rawSheetOf(
          SETTINGS_SHEET as SheetSpec,
          settingsGrid(settingValuesOf({ ...typed, cells: {} })),
        );
        const sheets = [
          settingsSheet,
          ...registers.map((spec, i) => rawSheetOf(spec, registerGrid(spec, bodies[i]))),
        ];
        const raw: RawWorkbook = { sheetNames: sheets.map((s) => s.name), sheets };
        const isms = readIsms(raw);

        expect(isms.findings).toEqual([]);
        const cells = Object.fromEntries(SETTINGS.map((s, i) => [s.key, `B${i + 2}`]));
        expect(isms.settings).toEqual({ ...typed, cells });
        registers.forEach((spec, i) => {
          const reg = isms[spec.key as Exclude<SheetSpec["key"], "settings">];
          expect(reg.rows).toEqual(bodies[i]);
          expect(reg.missing).toEqual([]);
          expect(reg.bodyRows).toBe(bodies[i].length);
        });
      }),
      { numRuns: 150 },
    );
  });
});
