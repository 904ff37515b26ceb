/** The in-memory Excel for tests: install it, run Office.js code, assert the document. */
export { installFakeExcel, type FakeExcelHandle, type FakeExcelOptions } from "./install";
export { FakeErrorCode, FakeOfficeError, excelError } from "./errors";
export { BookState, SheetState, TableState, type CellScalar } from "./state";
export { parseBox, boxA1 } from "./address";
export { jsonBytes } from "./context";
export { seedWorkbook } from "./seed";
