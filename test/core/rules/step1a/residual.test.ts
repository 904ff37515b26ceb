import residualAboveInherent from "../../../../src/core/rules/step1a/residualAboveInherent";
import residualWithoutControls from "../../../../src/core/rules/step1a/residualWithoutControls";
import { testRule } from "../engineTester";

testRule(residualAboveInherent, "Risks", {
  valid: [
    {
      name: "residual scores at or below the inherent, compared as products",
      isms: { risks: [
        { id: "R-001", likelihood: 4, impact: 3, residualLikelihood: 2, residualImpact: 6 },
        { id: "R-002", likelihood: 4, impact: 3, residualLikelihood: 1, residualImpact: 3 },
        { id: "R-003", likelihood: 4, impact: 3 },
      ] },
      checked: 2,
    },
  ],
  invalid: [
    {
      name: "a residual score above the inherent, whatever the Score cells say",
      isms: { risks: [{ id: "R-001", likelihood: 2, impact: 2, score: 20, residualLikelihood: 1,
        residualImpact: 5, residualScore: 1 }] },
      errors: [{ cell: "L2", severity: "warning", id: "R-001", column: "Residual likelihood",
        says: "residual score 5, above its inherent score 4" }],
    },
  ],
});

testRule(residualWithoutControls, "Risks", {
  valid: [
    {
      name: "a lowered risk with controls, and an unlowered one without",
      isms: { risks: [
        { id: "R-001", likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 2,
          controls: ["8.7"] },
        { id: "R-002", likelihood: 4, impact: 4, residualLikelihood: 4, residualImpact: 4 },
      ] },
      checked: 1,
    },
  ],
  invalid: [
    {
      name: "a risk lowered from 16 to 4 with no control",
      isms: { risks: [{ id: "R-001", likelihood: 4, impact: 4, residualLikelihood: 2,
        residualImpact: 2 }] },
      errors: [{ cell: "K2", severity: "warning", id: "R-001", column: "Controls",
        says: "lowered from 16 to 4" }],
    },
  ],
});
