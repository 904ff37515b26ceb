/** What each answer function is given and gives back. */
import type { Isms } from "../../model/isms";
import type { Answer } from "../questions";

/** The workbook and today (an Excel serial day). */
export interface Ctx {
  readonly isms: Isms;
  readonly today: number;
}

/** An answer with its one-line reason. */
export interface Verdict {
  readonly answer: Answer;
  readonly reason: string;
}
