import { describe, expect, test } from 'vitest';
import { isValidTimeZone, isWithinBusinessHours, parseRange, zonedTime, type BusinessHours } from './business-hours';

const lisbon: BusinessHours = {
  timeZone: 'Europe/Lisbon',
  days: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
};

describe('business hours', () => {
  test('a Lisbon store is open at 09:00 Lisbon time on a winter Monday (UTC+0) and closed at 18:00', () => {
    // 2026-01-12 is a Monday; Lisbon is on WET (UTC+0) in January.
    expect(isWithinBusinessHours(lisbon, Date.parse('2026-01-12T08:59:00Z'))).toBe(false);
    expect(isWithinBusinessHours(lisbon, Date.parse('2026-01-12T09:00:00Z'))).toBe(true);
    expect(isWithinBusinessHours(lisbon, Date.parse('2026-01-12T17:59:00Z'))).toBe(true);
    expect(isWithinBusinessHours(lisbon, Date.parse('2026-01-12T18:00:00Z'))).toBe(false);
  });

  test('in summer (WEST, UTC+1) the same hours open an hour earlier in UTC', () => {
    // 2026-07-13 is a Monday.
    expect(isWithinBusinessHours(lisbon, Date.parse('2026-07-13T08:00:00Z'))).toBe(true);
    expect(isWithinBusinessHours(lisbon, Date.parse('2026-07-13T07:59:00Z'))).toBe(false);
    expect(isWithinBusinessHours(lisbon, Date.parse('2026-07-13T17:00:00Z'))).toBe(false);
  });

  test('on the morning clocks go forward in Europe (29 March 2026) local hours still hold', () => {
    // At 01:00 UTC on Sunday 29 March, Lisbon jumps from 01:00 to 02:00 local time.
    const hours: BusinessHours = { timeZone: 'Europe/Lisbon', days: { sun: '02:00-03:00' } };
    expect(zonedTime(Date.parse('2026-03-29T00:59:00Z'), 'Europe/Lisbon').minutes).toBe(59);
    expect(zonedTime(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Lisbon').minutes).toBe(120);
    expect(isWithinBusinessHours(hours, Date.parse('2026-03-29T01:30:00Z'))).toBe(true);
    expect(isWithinBusinessHours(hours, Date.parse('2026-03-29T02:00:00Z'))).toBe(false);
  });

  test('São Paulo (no DST since 2019) and New York (DST) read the same instant differently', () => {
    const instant = Date.parse('2026-07-15T12:30:00Z'); // a Wednesday
    const saoPaulo: BusinessHours = { timeZone: 'America/Sao_Paulo', days: { wed: '09:00-10:00' } };
    const newYork: BusinessHours = { timeZone: 'America/New_York', days: { wed: '08:00-09:00' } };
    expect(isWithinBusinessHours(saoPaulo, instant)).toBe(true); // 09:30 in São Paulo
    expect(isWithinBusinessHours(newYork, instant)).toBe(true); // 08:30 EDT
    expect(isWithinBusinessHours(newYork, Date.parse('2026-01-14T13:30:00Z'))).toBe(true); // 08:30 EST
    expect(isWithinBusinessHours(newYork, Date.parse('2026-07-15T13:30:00Z'))).toBe(false); // 09:30 EDT
  });

  test('the weekday is the store’s: late Sunday in Los Angeles is already Monday in UTC', () => {
    const hours: BusinessHours = { timeZone: 'America/Los_Angeles', days: { sun: '20:00-23:00' } };
    // Monday 2026-01-12 04:00 UTC = Sunday 20:00 PST.
    expect(zonedTime(Date.parse('2026-01-12T04:00:00Z'), 'America/Los_Angeles').weekday).toBe('sun');
    expect(isWithinBusinessHours(hours, Date.parse('2026-01-12T04:00:00Z'))).toBe(true);
  });

  test('several ranges a day (a lunch break) and closed days', () => {
    const hours: BusinessHours = { timeZone: 'UTC', days: { mon: ['09:00-12:00', '14:00-18:00'] } };
    expect(isWithinBusinessHours(hours, Date.parse('2026-01-12T11:00:00Z'))).toBe(true);
    expect(isWithinBusinessHours(hours, Date.parse('2026-01-12T13:00:00Z'))).toBe(false);
    expect(isWithinBusinessHours(hours, Date.parse('2026-01-12T15:00:00Z'))).toBe(true);
    expect(isWithinBusinessHours(hours, Date.parse('2026-01-13T11:00:00Z'))).toBe(false);
  });

  test('a range past midnight covers the small hours of the next day', () => {
    const hours: BusinessHours = { timeZone: 'UTC', days: { fri: '22:00-02:00' } };
    expect(isWithinBusinessHours(hours, Date.parse('2026-01-16T23:00:00Z'))).toBe(true); // Fri
    expect(isWithinBusinessHours(hours, Date.parse('2026-01-17T01:59:00Z'))).toBe(true); // Sat
    expect(isWithinBusinessHours(hours, Date.parse('2026-01-17T02:00:00Z'))).toBe(false);
    expect(isWithinBusinessHours(hours, Date.parse('2026-01-16T01:00:00Z'))).toBe(false); // Fri early
  });

  test('holidays close the day, in the store’s local calendar', () => {
    const hours: BusinessHours = { ...lisbon, holidays: ['2026-12-25'] };
    expect(isWithinBusinessHours(hours, Date.parse('2026-12-25T10:00:00Z'))).toBe(false);
    expect(isWithinBusinessHours(hours, Date.parse('2026-12-24T10:00:00Z'))).toBe(true);
  });

  test('"24:00" closes at midnight and malformed ranges are rejected', () => {
    expect(parseRange('00:00-24:00')).toEqual([0, 1440]);
    expect(parseRange('9:30 - 17:45')).toEqual([570, 1065]);
    expect(parseRange('24:00-02:00')).toBeNull();
    expect(parseRange('09:60-10:00')).toBeNull();
    expect(parseRange('nine to five')).toBeNull();
    const always: BusinessHours = { timeZone: 'UTC', days: { mon: '00:00-24:00' } };
    expect(isWithinBusinessHours(always, Date.parse('2026-01-12T23:59:00Z'))).toBe(true);
    expect(isWithinBusinessHours(always, Date.parse('2026-01-13T00:00:00Z'))).toBe(false);
  });

  test('time zones are checked by the runtime', () => {
    expect(isValidTimeZone('Atlantic/Azores')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
