const DAY_MS = 24 * 60 * 60 * 1000;
const pad = (value: number, width = 2) => String(value).padStart(width, '0');
// Four digits, so keys of years before 1000 still sort as dates.
const year = (value: number) => pad(value, 4);
// Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear does not.
const newYear = (value: number) => new Date(0).setUTCFullYear(value, 0, 1);

/** `2026-03-09` for an instant, in UTC. */
export function utcDay(ms: number): string {
  const date = new Date(ms);
  return `${year(date.getUTCFullYear())}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `2026-03` for an instant, in UTC. */
export function utcMonth(ms: number): string {
  const date = new Date(ms);
  return `${year(date.getUTCFullYear())}-${pad(date.getUTCMonth() + 1)}`;
}

/**
 * ISO 8601 week (`2026-W11`) for an instant, in UTC. Weeks start on Monday and belong to the year
 * of their Thursday, so 2027-01-01 (a Friday) is in `2026-W53`.
 */
export function isoWeek(ms: number): string {
  const date = new Date(ms);
  const midnight = ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = midnight + (3 - weekday) * DAY_MS;
  const thursdayYear = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - newYear(thursdayYear)) / DAY_MS / 7);
  return `${year(thursdayYear)}-W${pad(week)}`;
}
