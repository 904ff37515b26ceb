/**
 * Step 1A: every asset is classified with one of the labels of the Classification labels
 * setting (Annex A 5.12), so handling rules can follow from the label.
 */
import { DEFAULT_CLASSIFICATION_LABELS } from "../../schema/lists";
import { cellOf, list, nameOf, perRow, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "asset/classification-invalid",
  step: "1A",
  severity: "error",
  clause: "A 5.12",
  description: "An asset has no classification, or one that is not in the settings.",
  fixable: false,
  check({ isms, index }) {
    const reg = isms.assets;
    const set = list(isms.settings.classificationLabels);
    const labels = set.length > 0 ? set : DEFAULT_CLASSIFICATION_LABELS;
    const allowed = new Set(labels.map((l) => l.toLowerCase()));
    const choices = labels.join(", ");
    return perRow(reg, ["classification"], (asset) => {
      const label = str(asset.classification);
      if (allowed.has(label.toLowerCase())) return null;
      // A label outside the list is also a reader finding on the same cell: say it once.
      if (label !== "" && index.reported(reg.sheet, cellOf(reg, asset, "classification"))) {
        return [];
      }
      const what = label === "" ? "has no classification" : `is classified "${label}", which ` +
        "is not one of the Classification labels setting";
      return rowFinding(rule, reg, asset, "classification",
        `${nameOf(reg, asset)} ${what}: choose one of ${choices} in Classification.`);
    });
  },
};

export default rule;
