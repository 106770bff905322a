import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idbStore } from './idb-store';
import { QueueFullError } from './queue-full-error';
import { harness } from './testing/harness';
import type { QueueStore, StoredItem, WireBatch } from './types';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

// A store whose calls fail while `broken.on` is true.
function breakable(broken: { on: boolean; error?: () => unknown }) {
  return (inner: QueueStore): QueueStore => {
    const guard =
      <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
      (...args: A) =>
        broken.on ? Promise.reject(broken.error?.() ?? new DOMException('Connection lost', 'UnknownError')) : call(...args);
    return { name: inner.name, add: guard(inner.add), list: guard(inner.list), write: guard(inner.write), meta: guard(inner.meta) };
  };
}

describe('storage trouble', () => {
  it('without IndexedDB at all (private mode), works in memory, says so once, and delivers', async () => {
    const noIdb = { open: () => { throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'); } } as unknown as IDBFactory;
    const h = harness({ factory: noIdb as never });
    const a = await h.queue.enqueue({ n: 1 });
    const b = await h.queue.enqueue({ n: 2 });
    await h.wait(60_000);
    expect(h.of('storage-degraded')).toHaveLength(1);
    expect(h.requests.flatMap((r) => r.batch.items.map((i) => i.id)).sort()).toEqual([a.id, b.id].sort());
    expect(h.queue.stats()).toMatchObject({ degraded: true, delivered: 2, pending: 0 });
    expect(h.balanced()).toBe(true);
  });

  it('on QuotaExceededError keeps the answer in memory, then writes it to storage when storage works again', async () => {
    const broken = { on: true, error: quota };
    const h = harness({ wrapStore: breakable(broken), requireConsent: true });
    const item = await h.queue.enqueue({ type: 'survey.answered', value: 10 });
    expect(h.of('storage-degraded')).toHaveLength(1);
    expect((h.of('storage-degraded')[0]!.error as DOMException).name).toBe('QuotaExceededError');
    expect(h.queue.stats()).toMatchObject({ degraded: true, pending: 1 });
    broken.on = false;
    await h.queue.flush();
    expect(h.queue.stats().degraded).toBe(false);
    // Durable now: a new tab over the same database finds and sends it.
    h.queue.close();
    const next = harness({ world: h.world, factory: h.factory });
    await next.wait(1000);
    expect(next.requests.flatMap((r) => r.batch.items.map((i) => i.id))).toEqual([item.id]);
  });

  it('delivers from memory while storage stays broken, and never drops an item silently', async () => {
    const broken = { on: false };
    const h = harness({ wrapStore: breakable(broken) });
    await h.queue.enqueue({ n: 1 });
    broken.on = true;
    for (let n = 2; n <= 5; n++) await h.queue.enqueue({ n });
    await h.wait(60_000);
    const sent = new Set(h.requests.flatMap((r) => r.batch.items.map((i) => (i.payload as { n: number }).n)));
    expect([...sent].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(h.queue.stats()).toMatchObject({ delivered: 5, pending: 0, degraded: true });
    expect(h.balanced()).toBe(true);
  });

  it('keeps the maxItems limit in memory too, with a QueueFullError rather than a silent loss', async () => {
    const h = harness({ wrapStore: breakable({ on: true }), maxItems: 2, requireConsent: true });
    await h.queue.enqueue({ n: 1 });
    await h.queue.enqueue({ n: 2 });
    await expect(h.queue.enqueue({ n: 3 })).rejects.toBeInstanceOf(QueueFullError);
    expect(h.queue.stats()).toMatchObject({ enqueued: 2, pending: 2 });
  });

  it('evicts the oldest analytics items in memory too, so a survey answer is kept while storage fails', async () => {
    const h = harness({ wrapStore: breakable({ on: true }), maxItems: 2, requireConsent: true });
    const first = await h.queue.enqueue({ event: 'page.view', n: 1 }, { priority: 'analytics' });
    await h.wait(10);
    const second = await h.queue.enqueue({ event: 'page.view', n: 2 }, { priority: 'analytics' });
    await h.wait(10);
    await h.queue.enqueue({ type: 'survey.answered', n: 3 }, { priority: 'high' });
    await h.settle();
    expect(h.of('evicted')).toEqual([{ count: 1, ids: [first.id] }]);
    await h.queue.enqueue({ type: 'survey.answered', n: 4 });
    await h.settle();
    expect(h.of('evicted')).toEqual([
      { count: 1, ids: [first.id] },
      { count: 1, ids: [second.id] },
    ]);
    // Only answers left: the next one is refused visibly, never dropped.
    await expect(h.queue.enqueue({ type: 'survey.answered', n: 5 })).rejects.toBeInstanceOf(QueueFullError);
    expect(h.queue.stats()).toMatchObject({ enqueued: 4, pending: 2, evicted: 2, degraded: true });
    expect(h.balanced()).toBe(true);
  });

  it('keeps an answer enqueued in memory while storage heals: it is written and delivered, never counted as delivered unsent', async () => {
    // A custom store that answers at once (say, over a synchronous API) and fails while `broken`.
    const rows = new Map<string, StoredItem>();
    const broken = { on: true };
    const at = async <T>(fn: () => T) => {
      if (broken.on) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return fn();
    };
    const storage: QueueStore = {
      name: 'instant',
      add: (item) => at(() => (rows.set(item.id, item), { item, evicted: [] })),
      list: () => at(() => [...rows.values()]),
      write: (put, remove) => at(() => (remove.forEach((i) => rows.delete(i.id)), put.forEach((i) => rows.set(i.id, i)))),
      meta: (update) => at(() => update?.({}) ?? {}),
    };
    const h = harness({ storage, requireConsent: true });
    const first = await h.queue.enqueue({ n: 1 });
    broken.on = false;
    // Storage works again: the pass writes memory back while a second answer is being enqueued in memory.
    const [, second] = await Promise.all([h.queue.flush(), h.queue.enqueue({ n: 2 })]);
    await h.queue.flush();
    expect([...rows.keys()].sort()).toEqual([first.id, second.id].sort());
    h.queue.resume();
    await h.wait(1000);
    expect(h.requests.flatMap((r) => r.batch.items.map((i) => i.id)).sort()).toEqual([first.id, second.id].sort());
    expect(h.queue.stats()).toMatchObject({ delivered: 2, pending: 0, degraded: false });
    expect(h.balanced()).toBe(true);
  });

  it('never repeats a seq of an orderKey after items numbered in memory are written back', async () => {
    const broken = { on: false };
    const h = harness({ wrapStore: breakable(broken), requireConsent: true });
    const first = await h.queue.enqueue({ text: 'hello' }, { orderKey: 'conversation-1' });
    broken.on = true;
    const second = await h.queue.enqueue({ text: 'my order?' }, { orderKey: 'conversation-1' });
    broken.on = false;
    await h.queue.flush();
    expect(h.queue.stats().degraded).toBe(false);
    // The next page load (or another tab) goes on numbering the conversation from the store.
    h.queue.close();
    const next = harness({ world: h.world, factory: h.factory, requireConsent: true });
    const third = await next.queue.enqueue({ text: 'hello again' }, { orderKey: 'conversation-1' });
    expect([first.seq, second.seq, third.seq]).toEqual([1, 2, 3]);
  });

  it('after storage heals, an item rejected meanwhile is stored once, as a dead letter, not also as the pending copy it had', async () => {
    // The heal cannot ask the store which copy it holds: it removes both, or the pending copy
    // would be sent again by the next page load.
    const broken = { on: false };
    const reject = (batch: WireBatch) => Response.json({ accepted: [], rejected: batch.items.map((item) => ({ id: item.id, reason: 'unknown survey' })) });
    const h = harness({ wrapStore: breakable(broken), requireConsent: true, respond: reject });
    const item = await h.queue.enqueue({ n: 1 });
    broken.on = true;
    h.queue.resume();
    await h.wait(1000);
    expect(h.queue.stats()).toMatchObject({ deadLettered: 1, pending: 0, degraded: true });
    broken.on = false;
    await h.queue.flush();
    expect(h.queue.stats().degraded).toBe(false);
    // Sent once: a pending copy left behind would be read back and sent (and refused) again.
    expect(h.requests.map((request) => request.batch.items.map(({ id }) => id))).toEqual([[item.id]]);
    const stored = await idbStore({ indexedDB: h.factory, name: 'test' }).list();
    expect(stored.map((copy) => [copy.id, copy.reason])).toEqual([[item.id, 'unknown survey']]);
    h.queue.close();
    const next = harness({ world: h.world, factory: h.factory, respond: reject });
    await next.wait(60_000);
    expect(next.requests).toEqual([]);
    expect(next.queue.stats()).toMatchObject({ pending: 0 });
  });

  it('reports a throwing event listener without breaking delivery', async () => {
    const h = harness();
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      h.queue.on('delivered', () => {
        throw new Error('listener bug');
      });
      await h.queue.enqueue({ n: 1 });
      await h.queue.enqueue({ n: 2 });
      await h.wait(1000);
      expect(h.queue.stats()).toMatchObject({ delivered: 2, degraded: false });
    } finally {
      process.off('uncaughtException', onError);
    }
  });
});

describe('page lifecycle', () => {
  const globals = globalThis as { window?: unknown; document?: unknown };
  afterEach(() => {
    delete globals.window;
    delete globals.document;
  });
  const page = () => {
    const window = new EventTarget();
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    globals.window = window;
    globals.document = document;
    return { window, document };
  };

  it('on page hide sends one CORS-simple keepalive request (text/plain, no custom headers) that can acknowledge items', async () => {
    const { document } = page();
    // The first answer acknowledges nothing, so the item waits for the next pass (an hour away).
    const h = harness({
      headers: { authorization: 'secret' },
      flushIntervalMs: 3_600_000,
      respond: (_, n) => (n === 1 ? Response.json({ accepted: [] }) : new Response(null, { status: 204 })),
    });
    await h.queue.enqueue({ n: 1 });
    await h.wait(1000);
    expect(h.queue.stats()).toMatchObject({ pending: 1 });
    document.dispatchEvent(new Event('visibilitychange'));
    await h.settle();
    expect(h.requests).toHaveLength(1);
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await h.settle();
    expect(h.requests).toHaveLength(2);
    // Hidden again with nothing left to send: no request at all.
    document.dispatchEvent(new Event('visibilitychange'));
    await h.settle();
    expect(h.requests).toHaveLength(2);
    const hide = h.requests[1]!;
    expect(hide.init.keepalive).toBe(true);
    // No header of ours: the request the browser builds from it is CORS-simple text/plain.
    expect(hide.init.headers).toEqual({});
    expect(new Request(hide.url, hide.init).headers.get('content-type')).toBe('text/plain;charset=UTF-8');
    expect(new TextEncoder().encode(String(hide.init.body)).length).toBeLessThan(64 * 1024);
    expect(h.queue.stats()).toMatchObject({ delivered: 1, pending: 0 });
  });

  it('keeps the page-hide request under the 64 KB keepalive limit even when maxBatchBytes is larger', async () => {
    const { document } = page();
    // The first request acknowledges nothing, so everything is still pending when the page hides.
    const h = harness({
      maxBatchBytes: 200_000,
      flushIntervalMs: 3_600_000,
      respond: (_, n) => (n === 1 ? Response.json({ accepted: [] }) : new Response(null, { status: 204 })),
    });
    for (let n = 0; n < 5; n++) await h.queue.enqueue({ n, text: 'x'.repeat(20_000) });
    await h.wait(1000);
    expect(h.requests).toHaveLength(1);
    expect(h.requests[0]!.batch.items).toHaveLength(5);
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await h.settle();
    expect(h.requests).toHaveLength(2);
    const hide = h.requests[1]!;
    expect(hide.init.keepalive).toBe(true);
    expect(new TextEncoder().encode(String(hide.init.body)).length).toBeLessThan(64 * 1024);
    expect(hide.batch.items).toHaveLength(2);
    expect(h.queue.stats()).toMatchObject({ delivered: 2, pending: 3 });
  });

  it('sends nothing on page hide when the next item alone is over the keepalive limit', async () => {
    const { document } = page();
    const h = harness({ maxBatchBytes: 200_000, flushIntervalMs: 3_600_000, respond: (_, n) => (n === 1 ? Response.json({ accepted: [] }) : new Response(null, { status: 204 })) });
    await h.queue.enqueue({ text: 'x'.repeat(70_000) });
    await h.wait(1000);
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await h.settle();
    // A keepalive body over 64 KB is refused by the browser: do not try; the next load sends it.
    expect(h.requests).toHaveLength(1);
    expect(h.queue.stats()).toMatchObject({ pending: 1, delivered: 0 });
  });

  it('does not send on page hide while the server asked to back off', async () => {
    const { document } = page();
    const h = harness({ respond: () => new Response(null, { status: 503, headers: { 'retry-after': '600' } }) });
    await h.queue.enqueue({ n: 1 });
    await h.wait(1000);
    document.visibilityState = 'hidden';
    window.dispatchEvent(new Event('pagehide'));
    await h.settle();
    expect(h.requests).toHaveLength(1);
  });

  it('a page-hide send that gets no answer leaves the item stored for the next load', async () => {
    page();
    const h = harness({ respond: () => new TypeError('Failed to fetch') });
    const item = await h.queue.enqueue({ n: 1 });
    // Before any timer runs: the tab is closed right after the answer.
    window.dispatchEvent(new Event('pagehide'));
    await h.settle();
    expect(h.requests).toHaveLength(1);
    expect(h.requests[0]!.init.keepalive).toBe(true);
    h.queue.close();
    const next = harness({ world: h.world, factory: h.factory });
    await next.wait(1000);
    expect(next.requests.flatMap((r) => r.batch.items.map((i) => i.id))).toEqual([item.id]);
  });

  it('a stale navigator.onLine === false blocks nothing: normal flushes and the page-hide send still go out', async () => {
    page();
    // The browser wrongly says offline (a stale flag, a VPN, a captive portal that went away).
    vi.stubGlobal('navigator', { onLine: false });
    try {
      const h = harness();
      await h.queue.enqueue({ n: 1 });
      await h.wait(1000);
      expect(h.requests).toHaveLength(1);
      expect(h.queue.stats()).toMatchObject({ delivered: 1, pending: 0 });
      // Page hide too: no `onLine` check in the way of the last chance to send.
      await h.queue.enqueue({ n: 2 });
      window.dispatchEvent(new Event('pagehide'));
      await h.settle();
      expect(h.requests[1]!.init.keepalive).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('coming back online ends a network backoff at once; onLine is never consulted', async () => {
    const { window } = page();
    let online = false;
    const h = harness({ respond: () => (online ? new Response(null, { status: 204 }) : new TypeError('Failed to fetch')) });
    await h.queue.enqueue({ n: 1 });
    await h.wait(30_000);
    const before = h.requests.length;
    expect(h.queue.stats().nextAttemptAt).toBeGreaterThan(h.world.now + 1000);
    online = true;
    window.dispatchEvent(new Event('online'));
    await h.settle();
    expect(h.requests.length).toBe(before + 1);
    expect(h.queue.stats()).toMatchObject({ delivered: 1, pending: 0 });
  });
});
