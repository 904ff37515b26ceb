/** The core's data model: raw grids in, typed registers, findings out. */
export * from "./grid";
export * from "./finding";
export * from "./isms";
export * from "./address";
export * from "./dates";
