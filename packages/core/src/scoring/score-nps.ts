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
  /** Half the width of the 95% confidence interval [`low`, `high`], in points. */
  marginOfError: number;
  /**
   * The 95% confidence interval (adjusted Wald), within [−100, 100]. It is centred a little
   * towards 0 from `score` on small samples, so read it as `low`…`high` rather than
   * `score ± marginOfError`.
   */
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
  const score = ((promoters - detractors) / n) * 100;
  // Each answer is a +1 (promoter), 0 (passive) or −1 (detractor) and NPS is 100 × their mean,
  // whose variance is (p + d) − (p − d)². The plain (Wald) interval from it is 0 wide when every
  // answer agrees and too narrow on small samples, so the shares are adjusted first: n + 3 answers
  // with ¾ of a promoter and ¾ of a detractor added (adjusted Wald; Rocks, The American
  // Statistician, 2016, found it the best-covering of six NPS intervals).
  const adjustedN = n + 3;
  const ap = (promoters + 0.75) / adjustedN;
  const ad = (detractors + 0.75) / adjustedN;
  const half = Z95 * Math.sqrt(Math.max(0, ap + ad - (ap - ad) ** 2) / adjustedN);
  // With a single answer the adjusted interval can stop short of the score itself; it never
  // should exclude what was observed.
  const low = Math.min(score, clamp((ap - ad - half) * 100, -100, 100));
  const high = Math.max(score, clamp((ap - ad + half) * 100, -100, 100));
  return {
    n,
    promoters,
    passives,
    detractors,
    promotersPercent: p * 100,
    passivesPercent: (passives / n) * 100,
    detractorsPercent: d * 100,
    score,
    marginOfError: (high - low) / 2,
    low,
    high,
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
