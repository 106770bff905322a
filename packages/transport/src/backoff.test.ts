import { describe, expect, it } from 'vitest';
import { backoffDelay, retryAfterMs } from './backoff';

describe('backoffDelay', () => {
  it('is full jitter: anywhere from 0 up to the exponential bound', () => {
    expect([1, 2, 3, 4].map((failures) => backoffDelay(failures, () => 0.999999))).toEqual([999, 1999, 3999, 7999]);
    expect(backoffDelay(4, () => 0)).toBe(0);
  });

  it('is capped at five minutes however long the outage', () => {
    expect(backoffDelay(30, () => 0.999999)).toBe(299_999);
    expect(backoffDelay(10_000, () => 0.5)).toBe(150_000);
  });
});

describe('retryAfterMs', () => {
  const now = Date.UTC(2026, 10, 25, 12);
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('0', now)).toBe(0);
    expect(retryAfterMs(new Date(now + 90_000).toUTCString(), now)).toBe(90_000);
  });

  it('treats a date in the past as "now", caps absurd waits at a day, and ignores garbage', () => {
    expect(retryAfterMs(new Date(now - 5000).toUTCString(), now)).toBe(0);
    expect(retryAfterMs('99999999', now)).toBe(86_400_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
  });
});
