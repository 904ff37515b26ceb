import rule from "../../../../src/core/rules/step1a/scoreFormula";
import { testRule } from "../engineTester";

const SCORE = '=IF(AND(ISNUMBER(Risks[[#This Row],[Likelihood]]),ISNUMBER(Risks[[#This Row],' +
  '[Impact]])),Risks[[#This Row],[Likelihood]]*Risks[[#This Row],[Impact]],"")';
const RESIDUAL = "=IF(AND(ISNUMBER(Risks[[#This Row],[Residual likelihood]]),ISNUMBER(" +
  "Risks[[#This Row],[Residual impact]])),Risks[[#This Row],[Residual likelihood]]*" +
  'Risks[[#This Row],[Residual impact]],"")';

testRule(rule, "Risks", {
  valid: [
    {
      name: "scores equal to their products, blanks, and unreadable values",
      isms: { risks: [
        { id: "R-001", likelihood: 3, impact: 4, score: 12, residualLikelihood: 1,
          residualImpact: 2, residualScore: 2 },
        { id: "R-002", likelihood: 3, impact: 4, score: null },
        { id: "R-003", likelihood: 3, impact: 4, score: Number.NaN },
      ] },
      checked: 3,
    },
  ],
  invalid: [
    {
      name: "an overwritten Score and a Residual score with no ratings behind it",
      isms: { risks: [
        { id: "R-001", likelihood: 3, impact: 4, score: 15 },
        { id: "R-002", residualScore: 6 },
      ] },
      errors: [
        {
          cell: "I2", severity: "warning", id: "R-001", column: "Score",
          says: "has 15 in Score where the formula gives 12",
          fix: [{ sheet: "Risks", cell: "I2", value: { formula: SCORE }, before: 15 }],
        },
        {
          cell: "N3", severity: "warning", id: "R-002", column: "Residual score",
          says: "blank until both ratings are given",
          fix: [{ sheet: "Risks", cell: "N3", value: { formula: RESIDUAL }, before: 6 }],
        },
      ],
    },
  ],
});
