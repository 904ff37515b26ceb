/**
 * The format of a range in the in-memory Excel: column width, wrap, alignment, font and fill.
 * Each write is recorded on the sheet (and widths per column) for tests to assert.
 */
import { boxA1 } from "./address";
import type { FakeContextCore } from "./context";
import { excelError, FakeErrorCode } from "./errors";
import type { RangeTarget } from "./range";
import { writable } from "./state";

interface Resolvable {
  resolveTarget(): RangeTarget | null;
}

/** range.format: a few properties Excel's RangeFormat has, write-only here. */
export class RangeFormatParts implements Pick<Excel.RangeFormat,
  "columnWidth" | "wrapText" | "horizontalAlignment" | "autofitColumns"
> {
  constructor(private readonly core: FakeContextCore, private readonly range: Resolvable) {}

  /** Queues a format write, recorded as { address, property, value }. */
  private write(property: string, value: unknown, extra?: (t: RangeTarget) => void): void {
    const location = `RangeFormat.${property}`;
    this.core.enqueue(location, JSON.stringify(value ?? null).length + property.length, () => {
      const t = this.range.resolveTarget();
      if (!t) throw excelError(FakeErrorCode.itemNotFound, "No such range.", location);
      if (value === null || value === undefined) {
        throw excelError(FakeErrorCode.invalidArgument, `${location} cannot be null.`, location);
      }
      writable(t.sheet, location);
      t.sheet.formats.push({ address: boxA1(t.box), property, value });
      extra?.(t);
    });
  }

  /** Width of the range's columns, in points. */
  set columnWidth(points: number) {
    this.write("columnWidth", points, (t) => {
      for (let c = t.box.c1; c <= t.box.c2; c++) t.sheet.columnWidths.set(c, points);
    });
  }

  set wrapText(wrap: boolean) {
    this.write("wrapText", wrap);
  }

  set horizontalAlignment(align: Excel.HorizontalAlignment | "Left" | "Center" | "Right") {
    this.write("horizontalAlignment", align);
  }

  get font() {
    const write = this.write.bind(this);
    return {
      set bold(bold: boolean) { write("font.bold", bold); },
      set size(size: number) { write("font.size", size); },
      set color(color: string) { write("font.color", color); },
      set italic(italic: boolean) { write("font.italic", italic); },
    };
  }

  get fill() {
    const write = this.write.bind(this);
    return {
      set color(color: string) { write("fill.color", color); },
    };
  }

  /** Fits column widths to their contents (recorded only). */
  autofitColumns(): void {
    this.write("autofitColumns", true);
  }
}
