import { clamp, Z95 } from './check-scores';

/**
 * The Wilson score 95% interval for `successes` out of `n`, in percent. Unlike `p ± z·SE` it stays
 * inside [0, 100] and behaves at p = 0 or 1 and small n.
 * See https://en.wikipedia.org/wiki/Binomial_proportion_confidence_interval#Wilson_score_interval
 */
export function wilsonInterval(successes: number, n: number): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 0 };
  const p = successes / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At p = 0 or 1 the bound is exactly 0 or 100; say so rather than leave floating-point dust.
  return {
    low: successes === 0 ? 0 : clamp((centre - half) * 100, 0, 100),
    high: successes === n ? 100 : clamp((centre + half) * 100, 0, 100),
  };
}
