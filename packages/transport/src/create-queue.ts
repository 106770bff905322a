// The queue: durable enqueue, delivery passes under a cross-tab lock, and bookkeeping that keeps
// `stats()` balanced. The store is the truth for durable items; `known` is this tab's view of it
// plus the items kept only in memory while storage fails. Written for bytes: the whole transport,
// idb-keyval included, has a 3 KB gzip budget.
import { backoffDelay, retryAfterMs } from './backoff';
import { flushLock } from './flush-lock';
import { idbStore, ranks } from './idb-store';
import { postBatch, wireBatch } from './post-batch';
import { QueueFullError } from './queue-full-error';
import type { DeadLetter, Queue, QueueEvents, QueueItem, QueueMeta, QueueOptions, StoredItem } from './types';

type Item = StoredItem;

const byDelivery = (a: Item, b: Item) =>
  ranks[a.priority] - ranks[b.priority] || a.createdAt - b.createdAt || (a.seq ?? 0) - (b.seq ?? 0);
const bytes = (item: Item) => new Blob([JSON.stringify(wireBatch([item], 0).items)]).size;

// crypto.randomUUID is missing outside secure contexts (plain http pages); a blob URL ends in a
// random UUID everywhere.
const uuid = (): string => {
  if (crypto.randomUUID) return crypto.randomUUID();
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
};

/**
 * Creates the offline queue: `enqueue` stores an item durably (IndexedDB) and resolves; delivery
 * happens in the background in batches, with retries, until the endpoint acknowledges each item.
 * Rules and wire format: docs/transport.md.
 *
 * @example
 * ```ts
 * const queue = createQueue({ endpoint: 'https://shop.example/v1/events' });
 * await queue.enqueue({ type: 'survey.answered', surveyId: 'nps', value: 9 }, { priority: 'high' });
 * ```
 */
export function createQueue(options: QueueOptions): Queue {
  const { endpoint, batchSize = 50, maxBatchBytes = 60_000, flushIntervalMs = 1e4, maxItems = 1000 } = options;
  const { maxAgeMs = 6048e5, timeoutMs = 3e4, random = Math.random, storage: store = idbStore() } = options;
  if (!(typeof endpoint === 'function' || typeof endpoint === 'string' || endpoint instanceof URL)) {
    throw new TypeError('createQueue: bad endpoint');
  }
  // 0 or NaN would mean a flush loop that never rests, or a queue that refuses everything.
  for (const [key, value] of Object.entries({ batchSize, maxBatchBytes, flushIntervalMs, maxItems, maxAgeMs, timeoutMs })) {
    if (!(value >= 1)) throw new RangeError(`createQueue: ${key} must be a number ≥ 1, got ${value}`);
  }
  // Wrapped: window timers throw "Illegal invocation" when called as another object's methods.
  const clock = options.clock ?? { now: Date.now, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (t) => clearTimeout(t as number) };
  const lockManager = options.locks === undefined ? globalThis.navigator?.locks : options.locks;
  const lock = flushLock(lockManager, `pulso:${store.name}`, store, clock, uuid(), timeoutMs + 3e4);
  const post = { endpoint, headers: options.headers, fetch: options.fetch, clock, timeoutMs };

  const known = new Map<string, Item>();
  const flying = new Set<string>();
  // Items not (yet) in the store: written when storage heals.
  const memory = new Set<string>();
  // Ids that left this tab's view (delivered, evicted): never counted twice, removed if seen again.
  const gone = new Set<string>();
  const seqs = new Map<string, number>();
  const listeners = new Map<string, Set<(detail: never) => void>>();
  const counts = { enqueued: 0, delivered: 0, evicted: 0 };
  let memMeta: QueueMeta = {};
  let degraded = false;
  let paused = !!options.requireConsent;
  let closed = false;
  let networkDown = false;
  let lastError: string | undefined;
  let nextAttemptAt = 0;
  // A page load is a fresh look at the network: a backoff that only followed network errors (an
  // earlier page went offline) does not delay the first send; one the server asked for does.
  let fresh = true;
  let timer: unknown;
  let timerAt = Infinity;
  let running: Promise<void> = Promise.resolve();

  // Listeners run in microtasks: one that throws is reported, but cannot break a delivery pass.
  const emit = <E extends keyof QueueEvents>(event: E, detail: QueueEvents[E]) =>
    listeners.get(event)?.forEach((fn) => queueMicrotask(() => (fn as (d: QueueEvents[E]) => void)(detail)));
  const degrade = (error: unknown) => {
    lastError = 'storage: ' + error;
    if (!degraded) emit('storage-degraded', { error });
    degraded = true;
  };
  // A store call whose failure switches to memory instead of throwing.
  const attempt = async <T>(call: () => Promise<T>): Promise<T | void> => {
    if (!degraded) {
      return call().catch((error) => {
        if (error instanceof QueueFullError) throw error;
        degrade(error);
      });
    }
  };
  const live = (list: Item[]) => list.filter((item) => known.get(item.id) === item);
  const pending = () => [...known.values()].filter((item) => item.reason == null && !flying.has(item.id));

  const track = (item: Item, durable: boolean) => {
    const old = known.get(item.id);
    if (gone.has(item.id) || (old && (flying.has(item.id) || memory.has(item.id)))) return;
    // The store is the truth for durable items (another tab may have dead-lettered one).
    known.set(item.id, item);
    if (!old) counts.enqueued++;
    if (!durable) memory.add(item.id);
  };
  const drop = (list: Item[], outcome: 'delivered' | 'evicted') => {
    const ids = live(list).map(({ id }) => (known.delete(id), memory.delete(id), gone.add(id), counts[outcome]++, id));
    if (ids.length) emit(outcome, { count: ids.length, ids });
  };
  // Replaces items by their new versions and writes them; failures stay in memory until healed.
  const change = async (list: Item[], update: (item: Item) => Item) => {
    const old = live(list).filter(({ id }) => !memory.has(id));
    const next = live(list).map((item) => {
      known.set(item.id, update(item));
      return known.get(item.id)!;
    });
    const durable = next.filter((item) => !memory.has(item.id));
    if (durable.length && !(await attempt(() => store.write(durable, old).then(() => 1)))) {
      for (const { id } of durable) memory.add(id);
    }
    return next;
  };
  const updateMeta = async (fn: (meta: QueueMeta) => QueueMeta) => (await attempt(() => store.meta(fn))) || (memMeta = fn(memMeta));

  const bury = async (list: Item[], reasonOf: (item: Item) => string) => {
    const deadAt = clock.now();
    const dead = await change(list, (item) => ({ ...item, reason: reasonOf(item), deadAt }));
    if (dead.length) emit('dead-letter', { items: dead as DeadLetter[] });
  };

  // Sends one batch; false means "stop this pass" (retry later, or paused by an auth error).
  const send = async (batch: Item[], keepalive?: boolean): Promise<boolean> => {
    for (const { id } of batch) flying.add(id);
    const { status, text, retryAfter } = await postBatch(wireBatch(batch, clock.now()), !!keepalive, post);
    for (const { id } of batch) flying.delete(id);
    const now = clock.now();
    if (status > 199 && status < 300) {
      networkDown = false;
      if (nextAttemptAt) await updateMeta((m) => ({ ...m, failures: 0, nextAttemptAt: 0 }));
      nextAttemptAt = 0;
      // A body { accepted, rejected } acknowledges part of the batch; any other body, all of it.
      let accepted: string[] | undefined;
      const rejected = new Map<string, string>();
      try {
        const ack = JSON.parse(text);
        if (Array.isArray(ack.accepted)) accepted = ack.accepted;
        for (const r of ack.rejected) rejected.set(r.id, '' + r.reason);
      } catch {
        // not JSON, or no `rejected`: what was parsed so far stands
      }
      const ok = batch.filter(({ id }) => !rejected.has(id) && (!accepted || accepted.includes(id)));
      await attempt(() => store.write([], ok));
      drop(ok, 'delivered');
      await bury(batch.filter(({ id }) => rejected.has(id)), ({ id }) => rejected.get(id)!);
      return true;
    }
    // The page-hide send only ever acknowledges; its failures are retried by normal passes.
    if (keepalive) return false;
    const error = status ? `http ${status}` : text;
    if (status === 401 || status === 403) {
      paused = true;
      lastError = error;
      emit('auth-error', { status });
      return false;
    }
    if (status === 400 || status === 413 || status === 422) {
      if (batch.length > 1) {
        // Bisect: a poison item (400/422) or an oversized batch (413) must not hold back the rest.
        const half = batch.length >> 1;
        return (await send(batch.slice(0, half))) && send(batch.slice(half));
      }
      await bury(batch, () => (status === 413 ? 'too large (http 413)' : text.slice(0, 500) || error));
      return true;
    }
    if (status && status !== 408 && status !== 425 && status !== 429 && status < 500) {
      await bury(batch, () => error);
      return true;
    }
    // Network error, timeout, 408, 425, 429, 5xx: back off (shared by every tab) and retry later.
    let delayMs = 0;
    const meta = await updateMeta((m) => {
      const failures = (m.failures ?? 0) + 1;
      delayMs = retryAfterMs(retryAfter, now) ?? backoffDelay(failures, random);
      return { ...m, failures, nextAttemptAt: now + delayMs, offline: !status };
    });
    lastError = error;
    networkDown = !status;
    nextAttemptAt = meta.nextAttemptAt!;
    await change(batch, (item) => ({ ...item, attempts: item.attempts + 1 }));
    emit('retry', { ids: batch.map(({ id }) => id), attempt: meta.failures!, delayMs, error });
    return false;
  };

  // The next batch from the front of `queue`, within `batchSize` and `limit` bytes; at least one
  // item, unless `strict` (the page-hide send, whose body the browser refuses over 64 KB).
  const take = (queue: Item[], limit = maxBatchBytes, strict?: boolean) => {
    let size = 64;
    let n = 0;
    while (n < queue.length && n < batchSize && (size += bytes(queue[n]!) + 1) <= limit) n++;
    return queue.slice(0, n || (strict ? 0 : 1));
  };

  const deliver = async (renew = async () => true) => {
    const meta = (await attempt(() => store.meta())) || memMeta;
    nextAttemptAt = fresh && meta.offline ? 0 : (meta.nextAttemptAt ?? 0);
    fresh = false;
    const now = clock.now();
    const queue = pending().sort(byDelivery);
    await bury(
      queue.filter((item) => item.since + maxAgeMs <= now),
      () => 'expired',
    );
    const due = live(queue);
    while (due.length && !paused && !closed && nextAttemptAt <= now && (await renew())) {
      if (!(await send(due.splice(0, take(due).length)))) return;
    }
  };

  // Reads the store: adopts items from earlier loads and other tabs, forgets items another tab
  // delivered, and removes stored copies of items already gone here.
  const reconcile = async () => {
    const before = [...known.values()].filter(({ id }) => !memory.has(id) && !flying.has(id));
    const stored = await attempt(() => store.list());
    if (!stored) return;
    const ids = new Set(stored.map(({ id }) => id));
    for (const item of stored) track(item, true);
    drop(
      before.filter(({ id }) => !ids.has(id) && !flying.has(id)),
      'delivered',
    );
    const stale = stored.filter(({ id }) => gone.has(id));
    // Ids the store no longer holds cannot come back: forget them, so `gone` stays small.
    for (const id of gone) if (!ids.has(id)) gone.delete(id);
    if (stale.length) await attempt(() => store.write([], stale));
  };

  const pass = async () => {
    if (degraded) {
      // Heal: write what only memory holds; success means durable storage is back.
      const items = [...memory].map((id) => known.get(id)!).filter(Boolean);
      try {
        // Their stored copy, if any, may be pending or dead: remove both.
        await store.write(items, items.flatMap((item) => [{ ...item, reason: undefined }, { ...item, reason: '' }]));
      } catch (error) {
        lastError = 'storage: ' + error;
        // Still failing: send what memory holds, without the cross-tab lock the store provides.
        return deliver();
      }
      degraded = false;
      for (const { id } of items) memory.delete(id);
    }
    // When another tab holds the lock, it delivers this tab's stored items too; reading the store
    // keeps this tab's stats right.
    if (!(await lock(async (renew) => (await reconcile(), deliver(renew))))) await reconcile();
  };

  const schedule = (ms: number) => {
    const at = clock.now() + ms;
    if (closed || timerAt <= at) return;
    clock.clearTimeout(timer);
    timerAt = at;
    timer = clock.setTimeout(() => {
      timerAt = Infinity;
      void flush();
    }, ms);
  };

  // Passes run one after another; requests and listeners cannot throw, the store can: go on in memory.
  const flush = (): Promise<void> =>
    (running = running
      .then(pass)
      .catch(degrade)
      .then(() => schedule(Math.max(nextAttemptAt - clock.now(), 0) || flushIntervalMs)));

  // Page hide: one keepalive request within the 64 KB limit. The items stay stored until an
  // acknowledgement arrives (now, if the page lives on, or on a later load: the server dedupes).
  const onHide = (event: Event) => {
    // Keepalive bodies share a 64 KB budget, whatever `maxBatchBytes` says.
    const batch = take(pending().sort(byDelivery), Math.min(maxBatchBytes, 6e4), true);
    if ((event.type[0] === 'p' || document.visibilityState === 'hidden') && batch[0] && !paused && !closed && nextAttemptAt <= clock.now()) {
      void send(batch, true);
    }
  };
  // `onLine` is only a hint: it never blocks a send, but coming back online ends a network backoff.
  const onOnline = async () => {
    if (networkDown) {
      await updateMeta((m) => ({ ...m, nextAttemptAt: 0 }));
      nextAttemptAt = 0;
    }
    void flush();
  };
  const events = [
    [globalThis.window, 'online', onOnline],
    [globalThis.window, 'pagehide', onHide],
    [globalThis.document, 'visibilitychange', onHide],
  ] as const;
  for (const [target, type, fn] of events) target?.addEventListener(type, fn);
  schedule(0);

  return {
    async enqueue(payload, { priority = 'normal', orderKey } = {}) {
      const json = JSON.stringify(payload);
      const bad =
        json === undefined ? 'payload' : !(priority in ranks) ? 'priority' : orderKey != null && typeof orderKey != 'string' ? 'orderKey' : '';
      if (bad) throw new TypeError('enqueue: invalid ' + bad);
      const now = clock.now();
      let item: Item = { id: uuid(), createdAt: now, since: now, payload: JSON.parse(json), priority, attempts: 0 };
      if (orderKey != null) item = { ...item, orderKey, seq: (seqs.get(orderKey) ?? 0) + 1 };
      if (bytes(item) + 64 > maxBatchBytes) throw new RangeError('enqueue: payload over maxBatchBytes');
      let durable = false;
      await attempt(async () => {
        const result = await store.add(item, maxItems);
        item = result.item;
        durable = true;
        for (const old of result.evicted) track(old, true);
        drop(result.evicted.map(({ id }) => known.get(id)!).filter(Boolean), 'evicted');
      });
      // In memory (storage failing) the same limit and eviction rule hold: oldest analytics first.
      const over = durable ? 0 : pending().length - maxItems + 1;
      if (over > 0) {
        const evict = pending().filter((old) => old.priority == 'analytics').sort(byDelivery).slice(0, over);
        if (evict.length < over) throw new QueueFullError(maxItems);
        drop(evict, 'evicted');
      }
      if (orderKey != null) seqs.set(orderKey, Math.max(item.seq!, seqs.get(orderKey) ?? 0));
      track(item, durable);
      schedule(100);
      return item as QueueItem<typeof payload>;
    },
    flush,
    pause: () => void (paused = true),
    resume() {
      paused = false;
      void flush();
    },
    stats() {
      const s = { ...counts, pending: 0, inFlight: 0, deadLettered: 0 };
      for (const { id, reason } of known.values()) s[reason != null ? 'deadLettered' : flying.has(id) ? 'inFlight' : 'pending']++;
      return {
        ...s,
        lastError,
        nextAttemptAt: nextAttemptAt > clock.now() ? nextAttemptAt : undefined,
        degraded,
        paused,
      };
    },
    async deadLetters() {
      await reconcile();
      return [...known.values()].filter((item) => item.reason != null) as DeadLetter[];
    },
    async retryDeadLetters() {
      await reconcile();
      const dead = [...known.values()].filter((item) => item.reason != null);
      await change(dead, ({ reason, deadAt, ...item }) => ({ ...item, attempts: 0, since: clock.now() }));
      void flush();
      return dead.length;
    },
    on(event, fn) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(fn as (detail: never) => void));
      return () => void set.delete(fn as (detail: never) => void);
    },
    close() {
      closed = true;
      clock.clearTimeout(timer);
      for (const [target, type, fn] of events) target?.removeEventListener(type, fn);
    },
  };
}
