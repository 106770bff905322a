import { checkScores, clamp, Z95 } from './check-scores';

/** Net Promoter Score of a set of 0–10 answers. Percentages and the score are on a 0–100 / −100–100 scale. */
export interface NpsResult {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  promotersPercent: number;
  passivesPercent: number;
  detractorsPercent: number;
  /** %promoters − %detractors, from −100 to 100. */
  score: number;
  /** Half-width of the 95% confidence interval, in points. */
  marginOfError: number;
  /** `score ± marginOfError`, clipped to [−100, 100]. */
  low: number;
  high: number;
}

/** NPS from counts; shared by `nps` and `aggregate`. */
export function npsFromCounts(promoters: number, passives: number, detractors: number): NpsResult {
  const n = promoters + passives + detractors;
  if (n === 0) {
    return { n, promoters, passives, detractors, promotersPercent: 0, passivesPercent: 0, detractorsPercent: 0, score: 0, marginOfError: 0, low: 0, high: 0 };
  }
  const p = promoters / n;
  const d = detractors / n;
  // Each answer is a +1 (promoter), 0 (passive) or −1 (detractor); NPS is their mean × 100, so its
  // standard error is that of a mean: variance = E[x²] − E[x]² = (p + d) − (p − d)².
  const variance = Math.max(0, p + d - (p - d) ** 2);
  const marginOfError = Z95 * Math.sqrt(variance / n) * 100;
  const score = ((promoters - detractors) / n) * 100;
  return {
    n,
    promoters,
    passives,
    detractors,
    promotersPercent: p * 100,
    passivesPercent: (passives / n) * 100,
    detractorsPercent: d * 100,
    score,
    marginOfError,
    low: clamp(score - marginOfError, -100, 100),
    high: clamp(score + marginOfError, -100, 100),
  };
}

/**
 * Net Promoter Score: promoters answer 9–10, passives 7–8, detractors 0–6; the score is
 * %promoters − %detractors. With no answers every figure is 0 and `n` is 0.
 * Throws a RangeError naming the index of any score that is not an integer from 0 to 10.
 *
 * @example
 * nps([10, 9, 8, 3]).score // 25 (2 promoters, 1 detractor out of 4)
 */
export function nps(scores: readonly number[]): NpsResult {
  checkScores(scores, 0, 10, 'nps');
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const score of scores) {
    if (score >= 9) promoters++;
    else if (score >= 7) passives++;
    else detractors++;
  }
  return npsFromCounts(promoters, passives, detractors);
}
