/** The timing checks of ARM step 2 as figures for the Dashboard: days left, months of evidence. */
import { addMonths, isoOf } from "../model/dates";
import type { Settings } from "../schema/rows";
import {
  MIN_DAYS_STAGE1_TO_STAGE2, earliestStage2, isKnown,
  latestGoLive, stage2IsNear,
} from "./thresholds";

/** Dates are "yyyy-mm-dd" ("" when not set); a check is null when its dates are not set. */
export interface Timing {
  readonly goLive: string;
  readonly stage1: string;
  readonly stage2: string;
  /** Days from today to Stage 1 (negative once it has passed). */
  readonly daysToStage1: number | null;
  readonly daysToStage2: number | null;
  /** The latest go-live that leaves a month before Stage 1. */
  readonly latestGoLive: string;
  /** Go-live at least one month before Stage 1. */
  readonly goLiveOk: boolean | null;
  /** Whole calendar months from go-live to Stage 2. */
  readonly evidenceMonths: number | null;
  /** At least two calendar months between go-live and Stage 2. */
  readonly evidenceOk: boolean | null;
  /** Days from Stage 1 to Stage 2. */
  readonly stageGapDays: number | null;
  /** Stage 2 at least 21 days after Stage 1. */
  readonly stageGapOk: boolean | null;
  /** Stage 2 is 30 days away or less: readiness questions answered No are errors. */
  readonly stage2Near: boolean;
}

/** Whole calendar months from one day to a later one (0 when the later is not a month on). */
export function wholeMonths(from: number, to: number): number {
  if (to < from) return 0;
  // Start from the difference of the year-months, then step back while it overshoots.
  let months = Math.max(0, Math.floor((to - from) / 28));
  while (months > 0 && addMonths(from, months) > to) months--;
  while (addMonths(from, months + 1) <= to) months++;
  return months;
}

/** The step 2 timing figures for the settings on a day. */
export function timingOf(settings: Settings, today: number): Timing {
  const { goLive, stage1, stage2 } = settings;
  const g = isKnown(goLive) ? goLive : null;
  const s1 = isKnown(stage1) ? stage1 : null;
  const s2 = isKnown(stage2) ? stage2 : null;
  return {
    goLive: g === null ? "" : isoOf(g),
    stage1: s1 === null ? "" : isoOf(s1),
    stage2: s2 === null ? "" : isoOf(s2),
    daysToStage1: s1 === null ? null : s1 - today,
    daysToStage2: s2 === null ? null : s2 - today,
    latestGoLive: s1 === null ? "" : isoOf(latestGoLive(s1)),
    goLiveOk: g === null || s1 === null ? null : g <= latestGoLive(s1),
    evidenceMonths: g === null || s2 === null ? null : wholeMonths(g, s2),
    evidenceOk: g === null || s2 === null ? null : s2 >= earliestStage2(g),
    stageGapDays: s1 === null || s2 === null ? null : s2 - s1,
    stageGapOk: s1 === null || s2 === null ? null : s2 - s1 >= MIN_DAYS_STAGE1_TO_STAGE2,
    stage2Near: stage2IsNear(s2, today),
  };
}
