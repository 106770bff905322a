/**
 * Throws a clear error unless every score is an integer from `min` to `max`. Scores are answers
 * to fixed scales, so anything else is a bug upstream that a silent average would hide.
 */
export function checkScores(scores: readonly number[], min: number, max: number, where: string): void {
  if (!Array.isArray(scores)) throw new TypeError(`${where}: scores must be an array of numbers, got ${typeof scores}`);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (typeof score !== 'number' || !Number.isInteger(score) || score < min || score > max) {
      throw new RangeError(`${where}: scores[${i}] is ${JSON.stringify(score)}, expected an integer from ${min} to ${max}`);
    }
  }
}

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** Clamps `value` into [low, high]. */
export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
