import { evidenceTooShort } from "../../../../src/core/rules/step2/evidenceTooShort";
import { goLiveMissing } from "../../../../src/core/rules/step2/goLiveMissing";
import { goLiveTooLate } from "../../../../src/core/rules/step2/goLiveTooLate";
import { stage2BeforeStage1 } from "../../../../src/core/rules/step2/stage2BeforeStage1";
import { stage2TooSoon } from "../../../../src/core/rules/step2/stage2TooSoon";
import { day } from "../../../support/isms";
import { testRule } from "../engineTester";

const goLiveCell = { cell: "B9", id: "Go-live date", column: "Value" };
const stage2Cell = { cell: "B11", id: "Stage 2 audit date", column: "Value" };

testRule(goLiveMissing, "Settings", {
  valid: [
    { name: "a go-live date", isms: { settings: { goLive: day("2026-09-01") } }, checked: 1 },
    { name: "an unreadable go-live date (the reader reports it)",
      isms: { settings: { goLive: NaN } }, checked: 1 },
  ],
  invalid: [
    {
      name: "no go-live date",
      isms: { settings: { goLive: null } },
      checked: 1,
      errors: [{ ...goLiveCell, severity: "error", says: "no go-live date" }],
    },
    {
      name: "no go-live date and no Settings row for it",
      isms: { settings: { goLive: null, cells: {} } },
      checked: 1,
      errors: [{ ...goLiveCell, cell: "", severity: "error" }],
    },
  ],
});

testRule(goLiveTooLate, "Settings", {
  valid: [
    { name: "go-live exactly one month before Stage 1", isms: {
      settings: { goLive: day("2027-01-15"), stage1: day("2027-02-15") },
    }, checked: 1 },
    { name: "go-live on the last day of a shorter month (31 March less a month)", isms: {
      settings: { goLive: day("2027-02-28"), stage1: day("2027-03-31") },
    }, checked: 1 },
    { name: "no Stage 1 date yet", isms: { settings: { goLive: day("2027-01-15") } }, checked: 0 },
  ],
  invalid: [
    {
      name: "go-live a day later than one month before Stage 1",
      isms: { settings: { goLive: day("2027-01-16"), stage1: day("2027-02-15") } },
      checked: 1,
      errors: [{ ...goLiveCell, severity: "error", says: "go live by 2027-01-15" }],
    },
    {
      name: "go-live on 1 March for Stage 1 on 31 March",
      isms: { settings: { goLive: day("2027-03-01"), stage1: day("2027-03-31") } },
      errors: [{ ...goLiveCell, severity: "error", says: "go live by 2027-02-28" }],
    },
  ],
});

testRule(evidenceTooShort, "Settings", {
  valid: [
    { name: "exactly two months between go-live and Stage 2", isms: {
      settings: { goLive: day("2026-10-31"), stage2: day("2026-12-31") },
    }, checked: 1 },
    { name: "two months from 31 December end on 28 February", isms: {
      settings: { goLive: day("2026-12-31"), stage2: day("2027-02-28") },
    }, checked: 1 },
    { name: "no go-live date", isms: { settings: { stage2: day("2026-12-31") } }, checked: 0 },
  ],
  invalid: [
    {
      name: "a day short of two months",
      isms: { settings: { goLive: day("2026-10-31"), stage2: day("2026-12-30") } },
      checked: 1,
      errors: [{ ...stage2Cell, severity: "error", says: "move Stage 2 to 2026-12-31" }],
    },
  ],
});

testRule(stage2BeforeStage1, "Settings", {
  valid: [
    { name: "Stage 2 on the day of Stage 1 (too soon is another rule)", isms: {
      settings: { stage1: day("2027-02-01"), stage2: day("2027-02-01") },
    }, checked: 1 },
    { name: "no Stage 1 date", isms: { settings: { stage2: day("2027-02-01") } }, checked: 0 },
  ],
  invalid: [
    {
      name: "Stage 2 the day before Stage 1",
      isms: { settings: { stage1: day("2027-02-01"), stage2: day("2027-01-31") } },
      errors: [{ ...stage2Cell, severity: "error", says: "before Stage 1 (2027-02-01)" }],
    },
  ],
});

testRule(stage2TooSoon, "Settings", {
  valid: [
    { name: "Stage 2 exactly three weeks after Stage 1", isms: {
      settings: { stage1: day("2027-02-01"), stage2: day("2027-02-22") },
    }, checked: 1 },
    { name: "Stage 2 before Stage 1 (the other rule's finding)", isms: {
      settings: { stage1: day("2027-02-01"), stage2: day("2027-01-20") },
    }, checked: 0 },
  ],
  invalid: [
    {
      name: "Stage 2 twenty days after Stage 1",
      isms: { settings: { stage1: day("2027-02-01"), stage2: day("2027-02-21") } },
      checked: 1,
      errors: [{ ...stage2Cell, severity: "warning", says: "only 20 days" }],
    },
    {
      name: "Stage 2 on the day of Stage 1",
      isms: { settings: { stage1: day("2027-02-01"), stage2: day("2027-02-01") } },
      errors: [{ ...stage2Cell, severity: "warning", says: "only 0 days" }],
    },
  ],
});
