import { checkScores } from './check-scores';
import { wilsonInterval } from './wilson-interval';

/** Customer satisfaction: the share of satisfied answers. */
export interface CsatResult {
  n: number;
  /** Points on the scale (answers run from 1 to `scale`). */
  scale: number;
  /** Answers at or above `threshold`. */
  satisfied: number;
  /** The lowest score that counts as satisfied. */
  threshold: number;
  /** satisfied / n, in percent (0–100). */
  score: number;
  /** Wilson 95% interval of `score`, in percent. */
  low: number;
  high: number;
  /** Half the interval's width (the interval is not symmetric around `score`). */
  marginOfError: number;
}

/**
 * The lowest satisfied score on a 1–`scale` scale: the top quarter of the range, i.e. scores whose
 * position `(score − 1) / (scale − 1)` is at least 0.75. That is the usual top-2 box on 5-point
 * (4–5) and 7-point (6–7) scales, 3 on a 3-point scale and 8–10 on a 10-point scale.
 */
export function csatThreshold(scale: number): number {
  if (!Number.isInteger(scale) || scale < 2 || scale > 100) {
    throw new RangeError(`csat: scale must be an integer from 2 to 100 (the number of points), got ${JSON.stringify(scale)}`);
  }
  return Math.ceil(1 + 0.75 * (scale - 1));
}

/** CSAT from counts; shared by `csat` and `aggregate`. */
export function csatFromCounts(satisfied: number, n: number, scale: number): CsatResult {
  const { low, high } = wilsonInterval(satisfied, n);
  return { n, scale, satisfied, threshold: csatThreshold(scale), score: n === 0 ? 0 : (satisfied / n) * 100, low, high, marginOfError: (high - low) / 2 };
}

/**
 * CSAT: the percentage of answers in the top box of a 1–`scale` scale (default 5, where 4 and 5
 * are satisfied; see `csatThreshold` for other scales), with a Wilson 95% interval.
 * With no answers every figure is 0 and `n` is 0. Throws a RangeError for scores off the scale.
 *
 * @example
 * csat([5, 4, 3, 2]).score // 50
 */
export function csat(scores: readonly number[], options: { scale?: number } = {}): CsatResult {
  const scale = options.scale ?? 5;
  const threshold = csatThreshold(scale);
  checkScores(scores, 1, scale, 'csat');
  const satisfied = scores.filter((score) => score >= threshold).length;
  return csatFromCounts(satisfied, scores.length, scale);
}
