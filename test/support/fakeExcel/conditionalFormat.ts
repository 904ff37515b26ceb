/**
 * Conditional formats of a range in the in-memory Excel: data bars, colour scales, text and
 * cell-value rules, recorded on the sheet; a part may only be set when it matches the type.
 */
import { boxA1, overlaps } from "./address";
import type { FakeContextCore } from "./context";
import { excelError, FakeErrorCode } from "./errors";
import type { RangeTarget } from "./range";
import { writable, type ConditionalFormatRecord } from "./state";

interface Resolvable {
  resolveTarget(): RangeTarget | null;
}

const CF_TYPES = ["DataBar", "ColorScale", "ContainsText", "CellValue"] as const;

/** The conditional formats of a range: add and clearAll. */
export class FakeConditionalFormats
  implements Pick<Excel.ConditionalFormatCollection, "clearAll"> {
  constructor(private readonly core: FakeContextCore, private readonly range: Resolvable) {}

  /** Adds a conditional format of a type (DataBar, ColorScale, ContainsText, CellValue). */
  add(type: Excel.ConditionalFormatType | (typeof CF_TYPES)[number]): FakeConditionalFormat {
    const holder: { record?: ConditionalFormatRecord } = {};
    this.core.requires("1.6", "ConditionalFormatCollection.add");
    this.core.enqueue("ConditionalFormatCollection.add", type.length, () => {
      const t = this.range.resolveTarget();
      if (!t) throw excelError(FakeErrorCode.itemNotFound, "No such range.", "ConditionalFormat");
      writable(t.sheet, "ConditionalFormatCollection.add");
      if (!(CF_TYPES as readonly string[]).includes(type)) {
        const message = `Conditional format ${type} is not imitated.`;
        throw excelError(FakeErrorCode.notImplemented, message);
      }
      holder.record = {
        address: boxA1(t.box), box: t.box, type,
        dataBar: {}, colorScale: {}, textComparison: {}, cellValue: {},
      };
      t.sheet.conditionalFormats.push(holder.record);
    });
    return new FakeConditionalFormat(this.core, holder);
  }

  /** Removes every conditional format touching the range. */
  clearAll(): void {
    this.core.requires("1.6", "ConditionalFormatCollection.clearAll");
    this.core.enqueue("ConditionalFormatCollection.clearAll", 0, () => {
      const t = this.range.resolveTarget();
      if (!t) return;
      writable(t.sheet, "ConditionalFormatCollection.clearAll");
      const kept = t.sheet.conditionalFormats.filter((f) => !overlaps(f.box, t.box));
      t.sheet.conditionalFormats = kept;
    });
  }
}

/**
 * A data bar's bound as Excel takes it. @throws FakeOfficeError InvalidArgument for a bound of
 * a number, percent, percentile or formula without its formula.
 */
function boundOf(rule: Excel.ConditionalDataBarRule): Excel.ConditionalDataBarRule {
  const needsFormula = ["Number", "Percent", "Percentile", "Formula"].includes(rule?.type);
  if (!rule?.type || (needsFormula && !rule.formula)) {
    throw excelError(FakeErrorCode.invalidArgument, "A data bar bound needs a type and, for " +
      "a number, percent, percentile or formula, its formula.", "ConditionalDataBarRule");
  }
  return rule;
}

type Part = "dataBar" | "colorScale" | "textComparison" | "cellValue";
const PART_TYPE: Record<Part, string> = {
  dataBar: "DataBar", colorScale: "ColorScale", textComparison: "ContainsText",
  cellValue: "CellValue",
};

/** One conditional format; its parts may only be set when they match its type. */
export class FakeConditionalFormat {
  constructor(
    private readonly core: FakeContextCore,
    private readonly holder: { record?: ConditionalFormatRecord },
  ) {}

  private edit(
    part: Part,
    what: string,
    value: unknown,
    apply: (r: ConditionalFormatRecord) => void,
  ): void {
    const location = `ConditionalFormat.${part}.${what}`;
    this.core.enqueue(location, JSON.stringify(value ?? null).length, () => {
      const record = this.holder.record;
      if (!record) throw excelError(FakeErrorCode.itemNotFound, "No such format.", location);
      if (record.type !== PART_TYPE[part]) {
        throw excelError(
          FakeErrorCode.invalidArgument,
          `A ${record.type} conditional format has no ${part}.`,
          location,
        );
      }
      apply(record);
    });
  }

  get dataBar() {
    const edit = this.edit.bind(this);
    return {
      positiveFormat: {
        set fillColor(color: string) {
          edit("dataBar", "fillColor", color, (r) => (r.dataBar.fillColor = color));
        },
      },
      set barDirection(direction: string) {
        edit("dataBar", "barDirection", direction, (r) => (r.dataBar.barDirection = direction));
      },
      set lowerBoundRule(rule: Excel.ConditionalDataBarRule) {
        edit("dataBar", "lowerBoundRule", rule, (r) => (r.dataBar.lowerBoundRule = boundOf(rule)));
      },
      set upperBoundRule(rule: Excel.ConditionalDataBarRule) {
        edit("dataBar", "upperBoundRule", rule, (r) => (r.dataBar.upperBoundRule = boundOf(rule)));
      },
    };
  }

  get colorScale() {
    const edit = this.edit.bind(this);
    return {
      set criteria(criteria: Excel.ConditionalColorScaleCriteria) {
        edit("colorScale", "criteria", criteria, (r) => {
          if (!criteria?.minimum?.type || !criteria?.maximum?.type) {
            throw excelError(FakeErrorCode.invalidArgument,
              "A colour scale needs a minimum and a maximum criterion.", "ConditionalColorScale");
          }
          r.colorScale.criteria = criteria;
        });
      },
    };
  }

  get textComparison() {
    return this.ruled("textComparison");
  }

  get cellValue() {
    return this.ruled("cellValue");
  }

  private ruled(part: "textComparison" | "cellValue") {
    const edit = this.edit.bind(this);
    return {
      format: {
        fill: {
          set color(color: string) {
            edit(part, "fill", color, (r) => (r[part].fill = color));
          },
        },
        font: {
          set color(color: string) {
            edit(part, "font", color, (r) => (r[part].font = color));
          },
        },
      },
      set rule(rule: Excel.ConditionalTextComparisonRule & Excel.ConditionalCellValueRule) {
        edit(part, "rule", rule, (r) => {
          if (part === "cellValue") r.cellValue.rule = rule;
          else r.textComparison.rule = rule;
        });
      },
    };
  }
}
