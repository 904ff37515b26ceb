/** The workbook schema: registers, columns, lists and settings. */
export * from "./types";
export * from "./rows";
export * from "./sheets";
export * from "./settings";
export * as lists from "./lists";
