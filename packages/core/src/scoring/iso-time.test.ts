import { expect, test } from 'vitest';
import { isoTime } from './iso-time';

test('reads dates, times, fractions and offsets as the instant they name', () => {
  expect(isoTime('2026-03-09')).toBe(Date.UTC(2026, 2, 9));
  expect(isoTime('2026-03-09T08:05')).toBe(Date.UTC(2026, 2, 9, 8, 5));
  expect(isoTime('2026-03-09T08:05:07.5Z')).toBe(Date.UTC(2026, 2, 9, 8, 5, 7, 500));
  expect(isoTime('2026-03-09 08:05:07.123456Z')).toBe(Date.UTC(2026, 2, 9, 8, 5, 7, 123));
  expect(isoTime('2026-03-09T08:05:00+01:30')).toBe(Date.UTC(2026, 2, 9, 6, 35));
  expect(isoTime('2026-03-09T08:05:00-03:00')).toBe(Date.UTC(2026, 2, 9, 11, 5));
  // Two-digit years are not 19xx here, unlike Date.UTC.
  expect(new Date(isoTime('0050-01-01')).getUTCFullYear()).toBe(50);
});

test('refuses what is not an ISO 8601 date or time, or names a day or time that does not exist', () => {
  for (const text of ['', 'yesterday', '2026-3-9', '2026-13-01', '2026-02-29', '2026-03-09T08:60', '2026-03-09T08:00:00+0100']) {
    expect(isoTime(text), text).toBeNaN();
  }
  expect(isoTime('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
});
