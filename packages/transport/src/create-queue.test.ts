import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createQueue } from './create-queue';
import { QueueFullError } from './queue-full-error';
import { harness } from './testing/harness';
import { createWorld } from './testing/sim-world';

const ok = () => new Response(null, { status: 204 });
const status = (code: number, body = '', headers: Record<string, string> = {}) => new Response(body || null, { status: code, headers });

describe('createQueue', () => {
  it('posts the documented wire format with JSON content type and fresh headers per request', async () => {
    let token = 0;
    const h = harness({ headers: () => ({ authorization: `Bearer ${++token}` }) });
    const a = await h.queue.enqueue({ type: 'survey.answered', value: 9 }, { priority: 'high' });
    const b = await h.queue.enqueue({ type: 'chat.message', text: 'oi' }, { orderKey: 'conversation-1' });
    await h.wait(1000);
    expect(h.requests).toHaveLength(1);
    const { url, init, batch } = h.requests[0]!;
    expect(url).toBe('https://collector.test/v1/events');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer 1' });
    expect(batch).toEqual({
      sentAt: new Date(a.createdAt).toISOString(),
      items: [
        { id: a.id, createdAt: new Date(a.createdAt).toISOString(), payload: { type: 'survey.answered', value: 9 } },
        { id: b.id, createdAt: new Date(b.createdAt).toISOString(), payload: { type: 'chat.message', text: 'oi' }, orderKey: 'conversation-1', seq: 1 },
      ],
    });
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(h.queue.stats()).toMatchObject({ enqueued: 2, delivered: 2, pending: 0, inFlight: 0 });
    expect(h.of('delivered').flatMap((d) => d.ids).sort()).toEqual([a.id, b.id].sort());
  });

  it('resolves enqueue only once the item is stored: a queue built later over the same database sends it', async () => {
    const first = harness({ requireConsent: true });
    const item = await first.queue.enqueue({ type: 'survey.answered', value: 3 });
    first.queue.close();
    const second = harness({ world: first.world, factory: first.factory });
    await second.wait(1000);
    expect(first.requests).toHaveLength(0);
    expect(second.requests.flatMap((r) => r.batch.items.map((i) => i.id))).toEqual([item.id]);
    expect(second.queue.stats()).toMatchObject({ enqueued: 1, delivered: 1, pending: 0 });
  });

  it('acknowledges part of a batch from { accepted, rejected }: rejected items are dead letters with the reason, the rest is retried', async () => {
    const h = harness({
      respond: (batch, n) =>
        n === 1
          ? Response.json({ accepted: [batch.items[0]!.id], rejected: [{ id: batch.items[1]!.id, reason: 'unknown survey' }] })
          : ok(),
    });
    const [a, b, c] = [await h.queue.enqueue({ n: 1 }), await h.queue.enqueue({ n: 2 }), await h.queue.enqueue({ n: 3 })];
    await h.wait(1000);
    expect(h.queue.stats()).toMatchObject({ delivered: 1, deadLettered: 1, pending: 1 });
    expect(await h.queue.deadLetters()).toMatchObject([{ id: b!.id, reason: 'unknown survey' }]);
    await h.wait(10_000);
    expect(h.requests[1]!.batch.items.map((i) => i.id)).toEqual([c!.id]);
    expect(h.queue.stats()).toMatchObject({ delivered: 2, deadLettered: 1, pending: 0 });
    expect(a!.id).not.toBe(c!.id);
    expect(h.balanced()).toBe(true);
  });

  it('retries 503 and network errors with capped, jittered exponential backoff, keeping the same ids', async () => {
    const h = harness({ respond: (_, n) => (n <= 4 ? (n % 2 ? status(503) : new TypeError('Failed to fetch')) : ok()) });
    const start = h.world.now;
    const item = await h.queue.enqueue({ n: 1 });
    await h.wait(200);
    const delays = () => h.of('retry').map((r) => r.delayMs);
    // random() is 0.5: half of 1 s, 2 s, 4 s, 8 s.
    expect(delays()).toEqual([500]);
    expect(h.queue.stats()).toMatchObject({ pending: 1, lastError: 'http 503', nextAttemptAt: start + 500 });
    await h.wait(60_000);
    expect(delays()).toEqual([500, 1000, 2000, 4000]);
    expect(new Set(h.requests.map((r) => r.batch.items[0]!.id))).toEqual(new Set([item.id]));
    expect(h.queue.stats()).toMatchObject({ delivered: 1, pending: 0 });
  });

  it('lets a new page load try at once after an offline backoff, but keeps a backoff the server asked for', async () => {
    const offline = harness({ respond: () => new TypeError('Failed to fetch') });
    const lost = await offline.queue.enqueue({ n: 1 });
    await offline.wait(200);
    expect(offline.of('retry')).toHaveLength(1);
    offline.queue.close();
    // Minutes of backoff are stored; the next page load (network back) sends at once.
    const reloaded = harness({ world: offline.world, factory: offline.factory });
    await reloaded.wait(100);
    expect(reloaded.requests.flatMap((r) => r.batch.items.map((i) => i.id))).toEqual([lost.id]);

    const busy = harness({ respond: () => status(503, '', { 'retry-after': '600' }) });
    const waiting = await busy.queue.enqueue({ n: 2 });
    await busy.wait(200);
    busy.queue.close();
    const later = harness({ world: busy.world, factory: busy.factory });
    await later.wait(100);
    expect(later.requests).toHaveLength(0);
    await later.wait(600_000);
    expect(later.requests.flatMap((r) => r.batch.items.map((i) => i.id))).toEqual([waiting.id]);
  });

  it('never takes an answer to a redirected request as an acknowledgement: the items stay stored, are retried under the same ids and expire normally', async () => {
    // fetch follows a 301/302/303 with a GET (no body): its 2xx says nothing about the batch.
    const redirected = () =>
      Object.defineProperties(new Response('<html>login</html>', { status: 200 }), {
        redirected: { value: true },
        url: { value: 'https://portal.example/login' },
      });
    let fixed = false;
    const h = harness({ respond: () => (fixed ? ok() : redirected()) });
    const item = await h.queue.enqueue({ n: 1 });
    await h.wait(200);
    expect(h.of('delivered')).toEqual([]);
    expect(h.queue.stats()).toMatchObject({ delivered: 0, pending: 1 });
    expect(h.queue.stats().lastError).toContain('https://collector.test/v1/events');
    expect(h.queue.stats().lastError).toContain('https://portal.example/login');
    expect(h.of('retry')[0]).toMatchObject({ ids: [item.id], attempt: 1 });
    // Still stored: a new page load over the same database finds it and sends it under the same id.
    h.queue.close();
    fixed = true;
    const next = harness({ world: h.world, factory: h.factory });
    await next.wait(1000);
    expect(next.requests.flatMap((r) => r.batch.items.map((i) => i.id))).toEqual([item.id]);
    expect(next.queue.stats()).toMatchObject({ delivered: 1, pending: 0 });

    // A redirect that never goes away: retried with backoff, then an "expired" dead letter.
    const stuck = harness({ maxAgeMs: 3_600_000, respond: redirected });
    await stuck.queue.enqueue({ n: 2 });
    await stuck.wait(2 * 3_600_000);
    expect(stuck.of('delivered')).toEqual([]);
    expect(await stuck.queue.deadLetters()).toMatchObject([{ reason: 'expired', payload: { n: 2 } }]);
    expect(stuck.requests.length).toBeGreaterThan(10);
    expect(stuck.requests.length).toBeLessThan(200);

    // The same rule for a function endpoint that follows redirects itself.
    const custom = harness({ endpoint: async () => redirected() });
    await custom.queue.enqueue({ n: 3 });
    await custom.wait(200);
    expect(custom.queue.stats()).toMatchObject({ delivered: 0, pending: 1, lastError: 'redirected: endpoint() → https://portal.example/login' });
  });

  it('clears the stored offline backoff once a new page load gets through, so the next answer is not held back', async () => {
    const offline = harness({ respond: () => new TypeError('Failed to fetch') });
    await offline.queue.enqueue({ n: 1 });
    // Six failed attempts: the stored backoff now reaches 16 s ahead (random() is 0.5).
    await offline.wait(20_000);
    expect(offline.of('retry').length).toBeGreaterThanOrEqual(6);
    offline.queue.close();
    const reloaded = harness({ world: offline.world, factory: offline.factory });
    await reloaded.wait(100);
    expect(reloaded.queue.stats()).toMatchObject({ delivered: 1, pending: 0 });
    const next = await reloaded.queue.enqueue({ n: 2 });
    await reloaded.wait(1000);
    expect(reloaded.requests.flatMap((r) => r.batch.items.map((i) => i.id))).toContain(next.id);
    expect(reloaded.queue.stats()).toMatchObject({ delivered: 2, pending: 0, nextAttemptAt: undefined });
  });

  it.each([408, 425, 429, 500, 502, 504])('retries http %i (never a dead letter) until it is accepted', async (code) => {
    const h = harness({ respond: (_, n) => (n === 1 ? status(code) : ok()) });
    const item = await h.queue.enqueue({ n: 1 });
    await h.wait(10_000);
    expect(h.of('retry')).toHaveLength(1);
    expect(h.of('dead-letter')).toEqual([]);
    expect(h.requests.map((r) => r.batch.items[0]!.id)).toEqual([item.id, item.id]);
    expect(h.queue.stats()).toMatchObject({ delivered: 1, pending: 0, deadLettered: 0 });
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const h = harness({
      respond: (_, n) =>
        n === 1 ? status(429, '', { 'retry-after': '120' }) : n === 2 ? status(503, '', { 'retry-after': new Date(h.world.now + 300_000).toUTCString() }) : ok(),
    });
    await h.queue.enqueue({ n: 1 });
    await h.wait(1000);
    expect(h.of('retry')[0]!.delayMs).toBe(120_000);
    await h.wait(118_000);
    expect(h.requests).toHaveLength(1);
    await h.wait(2000);
    expect(h.requests).toHaveLength(2);
    expect(Math.abs(h.of('retry')[1]!.delayMs - 300_000)).toBeLessThan(1000);
    await h.wait(300_000);
    expect(h.queue.stats()).toMatchObject({ delivered: 1, pending: 0 });
  });

  it('splits a batch on 413 until it fits, and dead-letters a single item that is still too large', async () => {
    const h = harness({ respond: (batch) => (batch.items.length > 2 || batch.items.some((i) => (i.payload as { big?: boolean }).big) ? status(413) : ok()) });
    for (let n = 0; n < 5; n++) await h.queue.enqueue({ n });
    await h.queue.enqueue({ n: 5, big: true });
    await h.wait(1000);
    expect(h.queue.stats()).toMatchObject({ delivered: 5, deadLettered: 1, pending: 0 });
    expect((await h.queue.deadLetters())[0]).toMatchObject({ payload: { n: 5, big: true }, reason: 'too large (http 413)' });
  });

  it('bisects a batch answered 400 to isolate the poison items, with the server reason, and delivers the rest', async () => {
    const poisoned = (batch: { items: { payload: unknown }[] }) => batch.items.some((i) => (i.payload as { bad?: boolean }).bad);
    const h = harness({ respond: (batch) => (poisoned(batch) ? Response.json({ error: 'value out of range' }, { status: 422 }) : ok()) });
    for (let n = 0; n < 8; n++) await h.queue.enqueue(n === 2 || n === 6 ? { n, bad: true } : { n });
    await h.wait(1000);
    expect(h.queue.stats()).toMatchObject({ delivered: 6, deadLettered: 2, pending: 0 });
    const dead = await h.queue.deadLetters();
    expect(dead.map((d) => (d.payload as { n: number }).n).sort()).toEqual([2, 6]);
    expect(dead[0]!.reason).toContain('value out of range');
    // 1 batch of 8, halves of 4, quarters of 2, and singles of the two poisoned pairs.
    expect(h.requests.length).toBeLessThanOrEqual(1 + 2 + 4 + 4);
  });

  it.each([401, 403])('pauses on %i, keeps everything and emits auth-error; resume() delivers', async (code) => {
    let authorised = false;
    const h = harness({ respond: () => (authorised ? ok() : status(code)) });
    await h.queue.enqueue({ n: 1 });
    await h.wait(60_000);
    expect(h.requests).toHaveLength(1);
    expect(h.of('auth-error')).toEqual([{ status: code }]);
    expect(h.queue.stats()).toMatchObject({ paused: true, pending: 1, deadLettered: 0 });
    authorised = true;
    h.queue.resume();
    await h.wait(1000);
    expect(h.queue.stats()).toMatchObject({ paused: false, delivered: 1, pending: 0 });
  });

  it('dead-letters a batch answered with another 4xx, and retryDeadLetters() sends it again', async () => {
    let fixed = false;
    const h = harness({ respond: () => (fixed ? ok() : status(404)) });
    await h.queue.enqueue({ n: 1 });
    await h.wait(1000);
    expect(await h.queue.deadLetters()).toMatchObject([{ reason: 'http 404', payload: { n: 1 } }]);
    expect(h.of('dead-letter')).toHaveLength(1);
    fixed = true;
    expect(await h.queue.retryDeadLetters()).toBe(1);
    await h.wait(1000);
    expect(h.queue.stats()).toMatchObject({ delivered: 1, deadLettered: 0, pending: 0 });
    expect(h.balanced()).toBe(true);
  });

  it('turns items older than maxAgeMs into visible "expired" dead letters instead of retrying forever', async () => {
    const h = harness({ maxAgeMs: 3_600_000, respond: () => status(503) });
    await h.queue.enqueue({ n: 1 });
    await h.wait(2 * 3_600_000);
    expect(await h.queue.deadLetters()).toMatchObject([{ reason: 'expired', payload: { n: 1 } }]);
    expect(h.queue.stats()).toMatchObject({ pending: 0, deadLettered: 1 });
    // Backoff is capped: about one attempt every few minutes at most, not a storm, not a stall.
    expect(h.requests.length).toBeGreaterThan(10);
    expect(h.requests.length).toBeLessThan(200);
  });

  it('evicts the oldest analytics items when maxItems is reached, and rejects answers with QueueFullError when nothing can go', async () => {
    const h = harness({ maxItems: 3, requireConsent: true });
    // Items enqueued in the same millisecond have no defined order: let time pass between them.
    const first = await h.queue.enqueue({ event: 'page.view', n: 1 }, { priority: 'analytics' });
    await h.wait(10);
    await h.queue.enqueue({ event: 'page.view', n: 2 }, { priority: 'analytics' });
    await h.wait(10);
    await h.queue.enqueue({ type: 'survey.answered', n: 3 });
    await h.wait(10);
    await h.queue.enqueue({ type: 'survey.answered', n: 4 }, { priority: 'high' });
    expect(h.of('evicted')).toEqual([{ count: 1, ids: [first.id] }]);
    await h.wait(10);
    await h.queue.enqueue({ type: 'chat.message', n: 5 });
    await expect(h.queue.enqueue({ type: 'survey.answered', n: 6 })).rejects.toBeInstanceOf(QueueFullError);
    await expect(h.queue.enqueue({ event: 'page.view', n: 7 }, { priority: 'analytics' })).rejects.toThrow(/full/);
    expect(h.queue.stats()).toMatchObject({ enqueued: 5, evicted: 2, pending: 3 });
    h.queue.resume();
    await h.wait(1000);
    expect(h.requests[0]!.batch.items.map((i) => (i.payload as { n: number }).n)).toEqual([4, 3, 5]);
  });

  it('numbers items of one orderKey with an increasing seq, across tabs sharing the database', async () => {
    const tab1 = harness({ requireConsent: true });
    const tab2 = harness({ requireConsent: true, world: tab1.world, factory: tab1.factory });
    const seqs = [];
    for (let n = 0; n < 6; n++) seqs.push((await (n % 2 ? tab1 : tab2).queue.enqueue({ n }, { orderKey: 'c1' })).seq);
    seqs.push((await tab1.queue.enqueue({ n: 6 }, { orderKey: 'c2' })).seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 1]);
  });

  it('sends nothing before consent (requireConsent) and everything after resume()', async () => {
    const h = harness({ requireConsent: true });
    await h.queue.enqueue({ n: 1 });
    await h.wait(120_000);
    expect(h.requests).toHaveLength(0);
    expect(h.queue.stats()).toMatchObject({ paused: true, pending: 1 });
    h.queue.resume();
    await h.wait(1000);
    expect(h.queue.stats()).toMatchObject({ delivered: 1 });
  });

  it('accepts a function endpoint, for any backend', async () => {
    const seen: unknown[] = [];
    const h = harness({
      endpoint: async (batch, init) => {
        seen.push(batch.items.map((i) => i.payload), init.keepalive);
        return ok();
      },
    });
    await h.queue.enqueue({ n: 1 });
    await h.wait(1000);
    expect(seen).toEqual([[{ n: 1 }], false]);
    expect(h.requests).toHaveLength(0);
  });

  it('treats a timeout like a network error and retries', async () => {
    const hang = (signal: AbortSignal) => new Promise<Error>((resolve) => signal.addEventListener('abort', () => resolve(new DOMException('The operation was aborted.', 'AbortError'))));
    const h = harness({ timeoutMs: 5000, respond: (_, n, init) => (n === 1 ? h.world.outside(hang(init.signal!)) : ok()) });
    await h.queue.enqueue({ n: 1 });
    await h.wait(10_000);
    expect(h.of('retry')[0]!.error).toMatch(/abort/i);
    await h.wait(10_000);
    expect(h.queue.stats()).toMatchObject({ delivered: 1, pending: 0 });
  });

  it('rejects bad input with errors that name it', async () => {
    const world = createWorld();
    expect(() => createQueue({ endpoint: 42 as never, clock: world.clock() })).toThrow(/endpoint/);
    const url = 'https://collector.test/v1/events';
    expect(() => createQueue({ endpoint: url, clock: world.clock(), flushIntervalMs: 0 })).toThrow('createQueue: flushIntervalMs must be a number ≥ 1, got 0');
    expect(() => createQueue({ endpoint: url, clock: world.clock(), maxItems: -5 })).toThrow('createQueue: maxItems must be a number ≥ 1, got -5');
    expect(() => createQueue({ endpoint: url, clock: world.clock(), batchSize: Number.NaN })).toThrow('createQueue: batchSize');
    expect(() => createQueue({ endpoint: url, clock: world.clock(), timeoutMs: '30s' as never })).toThrow('createQueue: timeoutMs');
    // null is not "missing": a default would hide a config bug.
    expect(() => createQueue({ endpoint: url, clock: world.clock(), maxAgeMs: null as never })).toThrow('createQueue: maxAgeMs must be a number ≥ 1, got null');
    const h = harness({ requireConsent: true });
    await expect(h.queue.enqueue(undefined)).rejects.toThrow(/payload/);
    await expect(h.queue.enqueue({ n: 1 }, { priority: 'urgent' as never })).rejects.toThrow(/priority/);
    await expect(h.queue.enqueue({ n: 1 }, { orderKey: 7 as never })).rejects.toThrow(/orderKey/);
    await expect(h.queue.enqueue({ n: 10n })).rejects.toThrow(/BigInt/);
    await expect(h.queue.enqueue({ text: 'x'.repeat(70_000) })).rejects.toThrow(/maxBatchBytes/);
    expect(h.queue.stats().enqueued).toBe(0);
  });
});

describe('one flusher at a time without Web Locks (the IndexedDB lease)', () => {
  it('keeps a second tab from sending while the first holds the lease, and lets it take over once a crashed holder’s lease expires', async () => {
    const hang = () => new Promise<Response>(() => {});
    const a = harness({ timeoutMs: 20_000, respond: () => a.world.outside(hang()) });
    const item = await a.queue.enqueue({ n: 1 });
    await a.wait(1000);
    expect(a.requests).toHaveLength(1);
    // Tab A dies in the middle of its request, holding the lease.
    a.world.kill(a.tab);
    const b = harness({ world: a.world, factory: a.factory, timeoutMs: 20_000, flushIntervalMs: 5000 });
    await b.wait(40_000);
    expect(b.requests).toHaveLength(0);
    // The lease lasts timeoutMs + 30 s from A's last renewal; then B takes over.
    await b.wait(15_000);
    expect(b.requests.flatMap((r) => r.batch.items.map((i) => i.id))).toEqual([item.id]);
    expect(b.queue.stats()).toMatchObject({ enqueued: 1, delivered: 1, pending: 0 });
  });

  it('lets queues over different databases of one origin flush independently (one Web Lock per database)', async () => {
    const world = createWorld();
    const locks = world.locks()({ name: 'page', dead: false });
    const slow = harness({ world, locks, dbName: 'pulso-queue', respond: () => slow.world.outside(new Promise<Response>(() => {})) });
    await slow.queue.enqueue({ n: 1 });
    await slow.wait(100);
    expect(slow.queue.stats().inFlight).toBe(1);
    const chat = harness({ world, locks, factory: slow.factory, dbName: 'pulso-handoff' });
    await chat.queue.enqueue({ n: 2 });
    await chat.wait(1000);
    expect(chat.queue.stats()).toMatchObject({ delivered: 1 });
    // The same database is held by the slow tab's lock: a second tab on it waits.
    const same = harness({ world, locks, factory: slow.factory, dbName: 'pulso-queue' });
    await same.queue.enqueue({ n: 3 });
    await same.wait(1000);
    expect(same.requests).toHaveLength(0);
  });
});
