// Retry timing. Full jitter (a random delay between 0 and the capped exponential bound) spreads
// many clients out after an outage instead of having them return in lockstep.
// https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/

const BASE_MS = 1000;
const CAP_MS = 5 * 60_000;
const RETRY_AFTER_CAP_MS = 24 * 3600_000;

/** Delay before retry number `failures` (1, 2, …). */
export function backoffDelay(failures: number, random: () => number): number {
  return Math.floor(random() * Math.min(CAP_MS, BASE_MS * 2 ** Math.min(failures - 1, 20)));
}

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), or undefined. */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  const ms = header ? (+header >= 0 ? +header * 1000 : Date.parse(header) - now) : NaN;
  return ms === ms ? Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS) : undefined;
}
