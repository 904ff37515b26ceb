/** One Annex A control: its identifier, its theme (2022) or section (2013), and its title. */
export interface Control {
  readonly id: string;
  readonly group: string;
  readonly title: string;
}

/** One management-system clause of ISO/IEC 27001 (4.1 ... 10.2). */
export interface Clause {
  readonly id: string;
  readonly title: string;
}

/** The editions of ISO/IEC 27001 whose Annex A the Statement of Applicability may follow. */
export type Edition = "2022" | "2013";
