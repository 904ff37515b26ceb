/**
 * The modules that reach the workbook, gathered so the pane loads them in one chunk on first
 * use rather than at start: the commands carry the catalogue, the rules and the sample data.
 */
export {
  check, createOrUpgrade, exportPack, fix, previewFix, rebuildDashboard,
} from "../../core/commands";
export { OfficeWorkbook, selectCell } from "../../office";
