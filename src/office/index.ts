/** The Office.js executor: the workbook gateway inside Excel, and selecting a finding's cell. */
export { OfficeWorkbook, selectCell, type OfficeWorkbookOptions } from "./workbook";
export { describeExcelError, excelErrorCode, OfficeCommandError } from "./errors";
export { SYNC_PAYLOAD_LIMIT } from "./payload";
