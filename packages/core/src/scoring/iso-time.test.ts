import { expect, test } from 'vitest';
import { isoTime } from './iso-time';

test('reads dates, times, fractions and offsets as the instant they name', () => {
  expect(isoTime('2026-03-09')).toBe(Date.UTC(2026, 2, 9));
  expect(isoTime('2026-03-09T08:05')).toBe(Date.UTC(2026, 2, 9, 8, 5));
  expect(isoTime('2026-03-09T08:05:07.5Z')).toBe(Date.UTC(2026, 2, 9, 8, 5, 7, 500));
  expect(isoTime('2026-03-09 08:05:07.123456Z')).toBe(Date.UTC(2026, 2, 9, 8, 5, 7, 123));
  expect(isoTime('2026-03-09T08:05:00+01:30')).toBe(Date.UTC(2026, 2, 9, 6, 35));
  expect(isoTime('2026-03-09T08:05:00-03:00')).toBe(Date.UTC(2026, 2, 9, 11, 5));
  // As PostgreSQL prints a timestamptz, and the ISO 8601 basic offset.
  expect(isoTime('2026-03-09 08:00:00+00')).toBe(Date.UTC(2026, 2, 9, 8));
  expect(isoTime('2026-03-09 08:00:00.25-03')).toBe(Date.UTC(2026, 2, 9, 11, 0, 0, 250));
  expect(isoTime('2026-03-09T08:05:00+0530')).toBe(Date.UTC(2026, 2, 9, 2, 35));
  expect(isoTime('2026-03-09t08:05:00z')).toBe(Date.UTC(2026, 2, 9, 8, 5));
  // Two-digit years are not 19xx here, unlike Date.UTC.
  expect(new Date(isoTime('0050-01-01')).getUTCFullYear()).toBe(50);
});

test('refuses what is not an ISO 8601 date or time, or names a day or time that does not exist', () => {
  for (const text of ['', 'yesterday', '2026-3-9', '2026-13-01', '2026-02-29', '2026-03-09T08:60', '2026-03-09T08:00:00+1', '2026-03-09T08:00:00+01:0', '2026-03-09T08:00:00+24:00', '2026-03-09T08:00:00+01:60']) {
    expect(isoTime(text), text).toBeNaN();
  }
  expect(isoTime('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
});
