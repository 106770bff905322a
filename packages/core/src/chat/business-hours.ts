/**
 * Business hours in the store's own time zone. The shopper's clock and zone do not matter: a
 * Lisbon store open 09:00–18:00 is open 09:00–18:00 Lisbon time, DST included, which is what
 * `Intl.DateTimeFormat` with `timeZone` gives us without shipping a zone database.
 */

/** Day keys, in `Date#getDay` order. */
export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** A day of the week. */
export type Weekday = (typeof weekdays)[number];

/**
 * Opening hours: `days` maps a weekday to one range `"09:00-18:00"` or several; a range whose end
 * is not after its start runs past midnight (`"22:00-02:00"`). `holidays` are whole local days
 * (`"2026-12-25"`) when the store is closed. A day missing from `days` is closed.
 */
export interface BusinessHours {
  timeZone: string;
  days: Partial<Record<Weekday, string | string[]>>;
  holidays?: string[];
}

/** Local wall-clock parts of an instant in a time zone. */
export interface ZonedTime {
  /** `YYYY-MM-DD` */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-US + h23 gives stable, parseable parts whatever the runtime's default locale is.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local date, weekday and minute of `instant` in `timeZone`. */
export function zonedTime(instant: Date | number, timeZone: string): ZonedTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) parts[part.type] = part.value;
  const weekday = (parts.weekday ?? '').slice(0, 3).toLowerCase() as Weekday;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    // Some engines print midnight as 24 even with h23.
    minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
  };
}

const rangePattern = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/;

/** Parses `"09:00-18:00"` into minutes since midnight, or null when it is not a valid range. */
export function parseRange(range: string): [number, number] | null {
  const match = rangePattern.exec(range.trim());
  if (!match) return null;
  const [h1, m1, h2, m2] = match.slice(1).map(Number) as [number, number, number, number];
  // 24:00 is allowed as an end ("until midnight"), never as a start.
  if (h1 > 23 || m1 > 59 || h2 > 24 || m2 > 59 || (h2 === 24 && m2 > 0)) return null;
  return [h1 * 60 + m1, h2 * 60 + m2];
}

function rangesOf(hours: BusinessHours, day: Weekday): [number, number][] {
  const value = hours.days[day];
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.map((range) => parseRange(range)).filter((range): range is [number, number] => range !== null);
}

function previousDay(day: Weekday): Weekday {
  return weekdays[(weekdays.indexOf(day) + 6) % 7]!;
}

/** The local day before `date` (`YYYY-MM-DD`), computed on the calendar, not on a clock. */
function previousDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/**
 * True when the store is open at `instant`.
 * @example isWithinBusinessHours({ timeZone: 'Europe/Lisbon', days: { mon: '09:00-18:00' } }, Date.now())
 */
export function isWithinBusinessHours(hours: BusinessHours, instant: Date | number = Date.now()): boolean {
  const local = zonedTime(instant, hours.timeZone);
  const holidays = hours.holidays ?? [];
  if (!holidays.includes(local.date)) {
    for (const [start, end] of rangesOf(hours, local.weekday)) {
      const open = end > start ? local.minutes >= start && local.minutes < end : local.minutes >= start;
      if (open) return true;
    }
  }
  // Yesterday's overnight ranges ("22:00-02:00") still cover the small hours of today; they
  // belong to yesterday, so yesterday's holiday closes them.
  if (holidays.includes(previousDate(local.date))) return false;
  return rangesOf(hours, previousDay(local.weekday)).some(([start, end]) => end <= start && local.minutes < end);
}
