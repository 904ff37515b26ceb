/** The xlsx executor: ExcelJS workbooks behind the workbook gateway, and file checks. */
export { XlsxWorkbook, CHARTS_SKIPPED } from "./workbook";
export { unsupportedParts, unsupportedKinds } from "./unsupportedParts";
export {
  readWorkbookFile, readWorkbookGrids, loadWorkbookBytes, WorkbookFileError,
} from "./readWorkbookFile";
export { streamRegisters } from "./streamRead";
