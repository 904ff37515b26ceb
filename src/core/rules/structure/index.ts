/** The structure rules: sheets, columns, IDs and references, on every register. */
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import cellValues from "./cellValues";
import columnMissing from "./columnMissing";
import idDuplicate from "./idDuplicate";
import idForm from "./idForm";
import idMissing from "./idMissing";
import improvementRelatedUnknown from "./improvementRelatedUnknown";
import incidentAssetUnknown from "./incidentAssetUnknown";
import incidentImprovementUnknown from "./incidentImprovementUnknown";
import riskAssetUnknown from "./riskAssetUnknown";
import riskControlUnknown from "./riskControlUnknown";
import sheetMissing from "./sheetMissing";

/** Structure rules, in the order their findings are listed. */
export const STRUCTURE_RULES: readonly Rule<RuleIndex>[] = [
  sheetMissing, columnMissing, cellValues, idMissing, idDuplicate, idForm, riskAssetUnknown,
  riskControlUnknown, improvementRelatedUnknown, incidentAssetUnknown, incidentImprovementUnknown,
];
