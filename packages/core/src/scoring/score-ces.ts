import { checkScores, clamp, Z95 } from './check-scores';

/** Customer Effort Score on a 1–7 or 1–5 agreement scale ("It was easy to …"; higher is easier). */
export interface CesResult {
  n: number;
  scale: 5 | 7;
  /** Mean answer, from 1 to `scale` (0 when `n` is 0). */
  mean: number;
  /**
   * Half-width of the 95% confidence interval of the mean: Student's t with the sample variance
   * pooled with a prior variance worth one answer (see `cesFromDistribution`), so unanimous or
   * tiny samples never get a zero-width interval. At most `scale − 1`.
   */
  marginOfError: number;
  /** `mean ± marginOfError`, clipped to the scale. */
  low: number;
  high: number;
  /** Answers counted as easy: at least 5 on the 7-point scale, at least 4 on the 5-point scale. */
  easy: number;
  /** easy / n, in percent. */
  easyPercent: number;
  /** How many answers gave each score; every score of the scale is a key. */
  distribution: Record<number, number>;
}

// Two-sided 95% Student's t critical values for 1–30 degrees of freedom.
const T95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/**
 * Two-sided 95% t for `df` degrees of freedom: the table up to 30, then the Cornish-Fisher
 * expansion around z (Abramowitz & Stegun 26.7.5), within 0.0001 of the table from 31 on, where
 * z alone would be 4% short (t(31) is 2.0395).
 */
function t95(df: number): number {
  const z = Z95;
  return T95[df - 1] ?? z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
}

/** The lowest score counted as easy: "somewhat agree" or above. */
export function cesEasyThreshold(scale: 5 | 7): number {
  return scale === 7 ? 5 : 4;
}

/**
 * CES from a distribution; shared by `ces` and `aggregate`.
 *
 * The interval is a moderated t-interval (Smyth, Statistical Applications in Genetics and
 * Molecular Biology 3(1), 2004): the sample's sum of squares is pooled with one degree of freedom
 * of a prior variance, s² = (Σ(x − mean)² + s0²) / n, and t has n degrees of freedom. The prior
 * s0 is the standard deviation of answers spread evenly over the scale, √((k² − 1) / 12): 2 on 7
 * points, √2 on 5 (a known-distribution estimate, one of those Sauro & Lewis list for rating
 * scales). Two identical answers then give ±4.3 rather than ±0; 200 ordinary answers stay within
 * 1% of the plain t-interval.
 */
export function cesFromDistribution(distribution: Record<number, number>, scale: 5 | 7): CesResult {
  let n = 0;
  let sum = 0;
  let easy = 0;
  const threshold = cesEasyThreshold(scale);
  for (let score = 1; score <= scale; score++) {
    const count = distribution[score] ?? 0;
    n += count;
    sum += score * count;
    if (score >= threshold) easy += count;
  }
  const full: Record<number, number> = {};
  for (let score = 1; score <= scale; score++) full[score] = distribution[score] ?? 0;
  if (n === 0) return { n, scale, mean: 0, marginOfError: 0, low: 0, high: 0, easy: 0, easyPercent: 0, distribution: full };
  const mean = sum / n;
  let squares = 0;
  for (let score = 1; score <= scale; score++) squares += (full[score] ?? 0) * (score - mean) ** 2;
  // A half-width past scale − 1 already spans the whole scale from any mean (one answer does).
  const marginOfError = Math.min(scale - 1, t95(n) * Math.sqrt((squares + (scale * scale - 1) / 12) / n / n));
  return {
    n,
    scale,
    mean,
    marginOfError,
    low: clamp(mean - marginOfError, 1, scale),
    high: clamp(mean + marginOfError, 1, scale),
    easy,
    easyPercent: (easy / n) * 100,
    distribution: full,
  };
}

/**
 * Customer Effort Score: mean, 95% interval, share of easy answers and the distribution.
 * With no answers every figure is 0 and `n` is 0. Throws a RangeError for scores off the scale
 * or a scale other than 7 or 5.
 *
 * @example
 * ces([7, 6, 2], { scale: 7 }) // { mean: 5, easyPercent: 66.7, … }
 */
export function ces(scores: readonly number[], options: { scale?: 5 | 7 } = {}): CesResult {
  const scale = options.scale ?? 7;
  if (scale !== 7 && scale !== 5) throw new RangeError(`ces: scale must be 7 or 5, got ${JSON.stringify(scale)}`);
  checkScores(scores, 1, scale, 'ces');
  const distribution: Record<number, number> = {};
  for (const score of scores) distribution[score] = (distribution[score] ?? 0) + 1;
  return cesFromDistribution(distribution, scale);
}
