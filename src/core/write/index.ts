/** The writer: typed registers and settings -> cell grids, and their raw mirror for round trips. */
export { cellOf, headerRow, registerGrid, rowCells } from "./grid";
export { settingsGrid, settingValuesOf, type SettingValues } from "./settings";
export { excelValues, rawSheetOf } from "./excel";
