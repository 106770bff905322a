import { checkScores } from './check-scores';
import { utcDay, utcMonth, isoWeek } from './iso-period';
import { isoTime } from './iso-time';
import { cesFromDistribution, type CesResult } from './score-ces';
import { csatFromCounts, csatThreshold, type CsatResult } from './score-csat';
import { npsFromCounts, type NpsResult } from './score-nps';
import type { ScoreInput } from './score-input';

/**
 * How `aggregate` groups responses. Periods are UTC (a timestamp string without an offset is UTC
 * too); weeks are ISO 8601 weeks starting Monday.
 */
export type AggregateBy = 'survey' | 'journeyStage' | 'day' | 'week' | 'month';

/** The scores of one group. CSAT and CES have one result per scale found in the group. */
export interface AggregateGroup {
  /** Survey id, journey stage (`none` when unset), `2026-03-09`, `2026-W11` or `2026-03`. */
  key: string;
  /** Responses in the group (with or without scores). */
  responses: number;
  nps: NpsResult;
  csat: CsatResult[];
  ces: CesResult[];
}

interface Tally {
  responses: number;
  nps: [number, number, number];
  csat: Map<number, [number, number]>;
  ces: Map<5 | 7, Record<number, number>>;
}

// JSON.stringify would show NaN and Infinity as null.
const shown = (value: unknown) => (typeof value === 'number' ? String(value) : JSON.stringify(value));

function timeOf(input: ScoreInput, index: number): number {
  const { timestamp } = input;
  const ms = typeof timestamp === 'number' ? timestamp : timestamp instanceof Date ? timestamp.getTime() : isoTime(String(timestamp));
  // Beyond ±8.64e15 ms a Date holds nothing, and the period would be `NaN-NaN-NaN`.
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    const hint = typeof timestamp === 'string' ? ' (expected ISO 8601, like "2026-03-09T08:00:00Z")' : '';
    throw new RangeError(`aggregate: responses[${index}].timestamp is not a valid time: ${shown(timestamp)}${hint}`);
  }
  return ms;
}

function keyOf(input: ScoreInput, index: number, by: AggregateBy): string {
  switch (by) {
    case 'survey':
      return input.surveyId;
    case 'journeyStage':
      return input.journeyStage ?? 'none';
    case 'day':
      return utcDay(timeOf(input, index));
    case 'week':
      return isoWeek(timeOf(input, index));
    default:
      return utcMonth(timeOf(input, index));
  }
}

const groupings: readonly string[] = ['survey', 'journeyStage', 'day', 'week', 'month'] satisfies AggregateBy[];

// A database NULL in a score column arrives as null, not undefined.
function part<T>(value: T, at: string): T {
  if (typeof value !== 'object' || value === null) throw new TypeError(`${at} must be { score, scale }, got ${shown(value)}`);
  return value;
}

function add(tally: Tally, input: ScoreInput, index: number): void {
  const at = `aggregate: responses[${index}]`;
  tally.responses++;
  if (input.nps !== undefined) {
    checkScores([input.nps], 0, 10, `${at}.nps`);
    tally.nps[input.nps >= 9 ? 0 : input.nps >= 7 ? 1 : 2]++;
  }
  if (input.csat !== undefined) {
    const { score, scale } = part(input.csat, `${at}.csat`);
    let threshold: number;
    try {
      threshold = csatThreshold(scale);
    } catch (error) {
      // csatThreshold names itself ("csat: scale must be …"); say which response it was.
      throw new RangeError(`${at}.${(error as Error).message}`);
    }
    checkScores([score], 1, scale, `${at}.csat`);
    const counts = tally.csat.get(scale) ?? [0, 0];
    counts[0] += score >= threshold ? 1 : 0;
    counts[1]++;
    tally.csat.set(scale, counts);
  }
  if (input.ces !== undefined) {
    const { score, scale } = part(input.ces, `${at}.ces`);
    if (scale !== 5 && scale !== 7) throw new RangeError(`${at}.ces.scale must be 7 or 5, got ${JSON.stringify(scale)}`);
    checkScores([score], 1, scale, `${at}.ces`);
    const distribution = tally.ces.get(scale) ?? {};
    distribution[score] = (distribution[score] ?? 0) + 1;
    tally.ces.set(scale, distribution);
  }
}

/**
 * Groups responses and scores each group: NPS, CSAT and CES with their intervals. Groups come
 * sorted by key (for periods, oldest first). Throws a RangeError naming the response index for a
 * bad timestamp or score.
 *
 * @example
 * aggregate(inputs, { by: 'week' }).map((g) => `${g.key}: NPS ${g.nps.score.toFixed(0)} (n=${g.nps.n})`)
 */
export function aggregate(responses: readonly ScoreInput[], options: { by: AggregateBy }): AggregateGroup[] {
  // Checked before any response, so a misspelt grouping fails on an empty report too.
  if (!groupings.includes(options?.by)) throw new RangeError(`aggregate: by must be survey, journeyStage, day, week or month, got ${JSON.stringify(options?.by)}`);
  if (!Array.isArray(responses)) throw new TypeError(`aggregate: responses must be an array of score inputs, got ${responses === null ? 'null' : typeof responses}`);
  const tallies = new Map<string, Tally>();
  responses.forEach((input, index) => {
    // A null row (a JSON array with a gap, a failed lookup) would fail with a bare "Cannot read properties".
    if (typeof input !== 'object' || input === null) throw new TypeError(`aggregate: responses[${index}] must be an object with surveyId and timestamp, got ${shown(input)}`);
    const key = keyOf(input, index, options.by);
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { responses: 0, nps: [0, 0, 0], csat: new Map(), ces: new Map() }));
    add(tally, input, index);
  });
  return [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, tally]) => ({
      key,
      responses: tally.responses,
      nps: npsFromCounts(...tally.nps),
      csat: [...tally.csat.entries()].sort(([a], [b]) => a - b).map(([scale, [satisfied, n]]) => csatFromCounts(satisfied, n, scale)),
      ces: [...tally.ces.entries()].sort(([a], [b]) => a - b).map(([scale, distribution]) => cesFromDistribution(distribution, scale)),
    }));
}
