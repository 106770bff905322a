// One delivery request: the wire body, the endpoint call with a timeout, and the raw outcome.
import type { Clock, QueueItem, QueueOptions, WireBatch } from './types';

/**
 * What came back: `[status, body text, Retry-After header]` of an HTTP answer, or status 0 with the
 * error (network failure, timeout, redirect, an endpoint function that threw).
 */
export type Answer = [status: number, text: string, retryAfter?: string | null];


const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Sends `items` as one wire batch (docs/transport.md). With `keepalive` (page hide) the body goes
 * as `text/plain` without other headers: a CORS-simple request needs no preflight, and a
 * preflighted request is dropped while unloading.
 */
export async function postBatch(
  items: QueueItem[],
  keepalive: boolean,
  { endpoint, headers, fetch: send = fetch }: Pick<QueueOptions, 'endpoint' | 'headers' | 'fetch'>,
  clock: Clock,
  timeoutMs: number,
): Promise<Answer> {
  const batch: WireBatch = {
    sentAt: iso(clock.now()),
    // JSON.stringify leaves out `orderKey` and `seq` when they are undefined.
    items: items.map(({ id, createdAt, payload, orderKey, seq }) => ({ id, createdAt: iso(createdAt), payload, orderKey, seq })),
  };
  const controller = new AbortController();
  const timer = clock.setTimeout(() => controller.abort(), timeoutMs);
  const custom = typeof endpoint == 'function';
  const url = custom ? 'endpoint()' : '' + endpoint;
  const init = { keepalive, signal: controller.signal };
  try {
    const response = await (custom
      ? endpoint(batch, init)
      : send(url, {
          ...init,
          method: 'POST',
          body: JSON.stringify(batch),
          // No headers at all on page hide: a string body then goes as `text/plain;charset=UTF-8`.
          headers: keepalive ? {} : { 'content-type': 'application/json', ...(typeof headers == 'function' ? await headers() : headers) },
        }));
    // fetch follows redirects, turning a 301/302/303 into a GET without the body (a captive
    // portal's login page, an http→https or trailing-slash redirect): its 2xx acknowledges
    // nothing. A 307/308 keeps the POST, but to a URL nobody configured. So any redirect is a
    // failed attempt, retried like a network error, and the error names both URLs.
    if (response.redirected) throw `redirected: ${url} → ${response.url}`;
    // The body belongs to the answer: if it cannot be read, the acknowledgement is unknown.
    return [response.status, await response.text(), response.headers.get('retry-after')];
  } catch (error) {
    // A timeout shows as "AbortError: …".
    return [0, '' + error];
  } finally {
    clock.clearTimeout(timer);
  }
}
