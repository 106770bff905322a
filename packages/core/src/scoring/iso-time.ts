// ECMAScript's date-time format, plus what databases and RFC 3339 also write: any number of
// fraction digits, a space or lower-case `t` for the `T`, `z` for `Z`, and offsets as `+01:00`,
// `+0100` or `+01` (PostgreSQL's text form of a timestamptz ends in `+00`).
const isoPattern = /^(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?([Zz]|([+-])(\d\d)(?::?(\d\d))?)?)?$/;

/**
 * Milliseconds since the epoch for an ISO 8601 date or date-time, or `NaN`. A time without an
 * offset is UTC (as `aggregate`'s periods are), where `Date.parse` would read it in the machine's
 * zone; anything else `Date.parse` guesses at ("banana 12" is December 2001) or rolls over
 * (2026-02-30 is March 2) is refused.
 */
export function isoTime(text: string): number {
  const match = isoPattern.exec(text);
  if (!match) return Number.NaN;
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, Math.floor(Number(`0${match[7] ?? ''}`) * 1000));
  const fits =
    date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hours && date.getUTCMinutes() === minutes && date.getUTCSeconds() === seconds;
  const offsetHours = Number(match[10] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);
  if (!fits || offsetHours > 23 || offsetMinutes > 59) return Number.NaN;
  return date.getTime() - (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
}
