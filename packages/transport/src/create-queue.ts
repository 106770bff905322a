// The queue: durable enqueue, delivery passes under a cross-tab lock, and bookkeeping that keeps
// `stats()` balanced. The store is the truth for durable items; `known` is this tab's view of it.
// While the store fails, `known` alone holds the items (see `memory`) until a pass writes them
// back. Written for bytes: the whole transport, idb-keyval included, has a 3 KB gzip budget.
import { backoffDelay, retryAfterMs } from './backoff';
import { byDelivery, ranks } from './delivery-order';
import { flushLock } from './flush-lock';
import { idbStore } from './idb-store';
import { memoryStore } from './memory-store';
import { postBatch } from './post-batch';
import { QueueFullError } from './queue-full-error';
import { itemBytes, takeBatch } from './take-batch';
import type { DeadLetter, Queue, QueueEvents, QueueItem, QueueMeta, QueueOptions, QueueStore, StoredItem } from './types';
import { uuid } from './uuid';

type Item = StoredItem;

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
  const { endpoint, random = Math.random, storage: store = idbStore() } = options;
  if (!(typeof endpoint === 'function' || typeof endpoint === 'string' || endpoint instanceof URL)) {
    throw new TypeError('createQueue: bad endpoint');
  }
  // A numeric option, or its default. 0 or NaN would mean a flush loop that never rests, or a
  // queue that refuses everything.
  const limit = (key: 'batchSize' | 'maxBatchBytes' | 'flushIntervalMs' | 'maxItems' | 'maxAgeMs' | 'timeoutMs', fallback: number) => {
    // A default for a missing option only: null is bad input, as before.
    const { [key]: value = fallback } = options;
    if (!(value >= 1)) throw new RangeError(`createQueue: ${key} must be a number ≥ 1, got ${value}`);
    return value;
  };
  const batchSize = limit('batchSize', 50);
  const maxBatchBytes = limit('maxBatchBytes', 6e4);
  const flushIntervalMs = limit('flushIntervalMs', 1e4);
  const maxItems = limit('maxItems', 1e3);
  const maxAgeMs = limit('maxAgeMs', 6048e5);
  const timeoutMs = limit('timeoutMs', 3e4);
  // Wrapped: window timers throw "Illegal invocation" when called as another object's methods.
  const clock = options.clock ?? { now: Date.now, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (t) => clearTimeout(t as number) };
  const lockManager = options.locks === undefined ? globalThis.navigator?.locks : options.locks;
  const lock = flushLock(lockManager, store, clock, timeoutMs + 3e4);

  const known = new Map<string, Item>();
  const flying = new Set<string>();
  // Ids that left this tab's view (delivered, evicted): never counted twice, removed if seen again.
  const gone = new Set<string>();
  const seqs = new Map<string, number>();
  const listeners = new Set<[string, (detail: never) => void]>();
  const counts = { enqueued: 0, delivered: 0, evicted: 0 };
  // While the store fails: items live in `known` only.
  let degraded = false;
  let paused = !!options.requireConsent;
  let closed = false;
  let lastError: string | undefined;
  // The shared backoff state as last read or written, and when this tab sends next.
  let backoff: QueueMeta = {};
  let nextAttemptAt = 0;
  // A page load or an `online` event is a fresh look at the network: a backoff that only followed
  // network errors (the device was offline) does not delay the next send; one the server asked for does.
  let fresh = true;
  let timer: unknown;
  let timerAt = Infinity;
  let running: Promise<void> = Promise.resolve();

  // Listeners run in microtasks: one that throws is reported, but cannot break a delivery pass.
  const emit = <E extends keyof QueueEvents>(event: E, detail: QueueEvents[E]) =>
    listeners.forEach(([name, fn]) => name == event && queueMicrotask(() => fn(detail as never)));
  const degrade = (error: unknown) => {
    lastError = 'storage: ' + error;
    if (!degraded) emit('storage-degraded', { error });
    degraded = true;
  };
  // Runs a store operation on the store, or on memory once the store has failed.
  const use = async <T>(op: (store: QueueStore) => Promise<T>): Promise<T> => {
    if (!degraded) {
      try {
        return await op(store);
      } catch (error) {
        if (error instanceof QueueFullError) throw error;
        degrade(error);
      }
    }
    return op(memory);
  };
  const all = () => [...known.values()];
  // The store while the real one fails: `known` alone.
  const memory = memoryStore(all);
  // Items waiting to be sent, in delivery order.
  const pending = () => all().filter((item) => item.reason == null && !flying.has(item.id)).sort(byDelivery);
  const ready = () => !paused && !closed && nextAttemptAt <= clock.now();

  const track = (item: Item) => {
    if (!gone.has(item.id) && !flying.has(item.id)) {
      if (!known.has(item.id)) counts.enqueued++;
      known.set(item.id, item);
    }
  };
  const drop = (list: Item[], outcome: 'delivered' | 'evicted') => {
    const ids = list.map(({ id }) => id).filter((id) => known.delete(id) && gone.add(id));
    if (ids[0]) {
      counts[outcome] += ids.length;
      emit(outcome, { count: ids.length, ids });
    }
  };
  // Replaces items (those still here) by their updated versions, or removes them (acknowledged:
  // update returns 0), in one store transaction.
  const change = async (list: Item[], update: (item: Item) => Item | 0) => {
    const old = list.map(({ id }) => known.get(id)!).filter(Boolean);
    const updated = old.map(update);
    const next = updated.filter(Boolean) as Item[];
    for (const item of next) known.set(item.id, item);
    await use((s) => s.write(next, old));
    drop(
      old.filter((_, i) => !updated[i]),
      'delivered',
    );
    const dead = next.filter((item) => item.reason != null);
    if (dead[0]) emit('dead-letter', { items: dead as DeadLetter[] });
  };
  const bury = (item: Item, reason: string) => ({ ...item, reason, deadAt: clock.now() });
  const failed = (item: Item) => ({ ...item, attempts: item.attempts + 1 });

  // Sends one batch; false means "stop this pass" (retry later, or paused by an auth error).
  const send = async (batch: Item[], keepalive?: boolean): Promise<boolean> => {
    batch.forEach(({ id }) => flying.add(id));
    const [status, text, retryAfter] = await postBatch(batch, !!keepalive, options, clock, timeoutMs);
    batch.forEach(({ id }) => flying.delete(id));
    const now = clock.now();
    if (((status / 100) | 0) == 2) {
      // 2xx
      if (backoff.failures) backoff = await use((s) => s.meta((m) => ({ ...m, failures: 0, nextAttemptAt: 0 })));
      nextAttemptAt = 0;
      // A body { accepted, rejected } acknowledges part of the batch; any other body, all of it.
      let accepted: string[] | undefined;
      const rejected = new Map<string, string>();
      try {
        const ack = JSON.parse(text);
        if (Array.isArray(ack.accepted)) accepted = ack.accepted;
        ack.rejected.forEach((r: { id: string; reason: unknown }) => rejected.set(r.id, '' + r.reason));
      } catch {
        // not JSON, or no `rejected`: what was parsed so far stands
      }
      // Items in neither list were attempted and not acknowledged: sent again later.
      await change(batch, (item) =>
        rejected.has(item.id) ? bury(item, rejected.get(item.id)!) : !accepted || accepted.includes(item.id) ? 0 : failed(item),
      );
      return true;
    }
    // The page-hide send only ever acknowledges; its failures are retried by normal passes.
    if (keepalive) return false;
    const error = status ? 'http ' + status : text;
    if (status == 401 || status == 403) {
      paused = true;
      lastError = error;
      emit('auth-error', { status });
      return false;
    }
    if (status == 400 || status == 413 || status == 422) {
      if (batch[1]) {
        // Bisect: a poison item (400/422) or an oversized batch (413) must not hold back the rest.
        const half = batch.length >> 1;
        return (await send(batch.slice(0, half))) && send(batch.slice(half));
      }
      await change(batch, (item) => bury(item, status == 413 ? 'too large (http 413)' : text.slice(0, 500) || error));
      return true;
    }
    if (status && status != 408 && status != 425 && status != 429 && status < 500) {
      await change(batch, (item) => bury(item, error));
      return true;
    }
    // Network error, timeout, redirect, 408, 425, 429, 5xx: back off (shared by every tab) and retry.
    let delayMs = 0;
    backoff = await use((s) =>
      s.meta((m) => {
        const failures = (m.failures ?? 0) + 1;
        delayMs = retryAfterMs(retryAfter, now) ?? backoffDelay(failures, random);
        return { ...m, failures, nextAttemptAt: now + delayMs, offline: !status };
      }),
    );
    lastError = error;
    nextAttemptAt = backoff.nextAttemptAt!;
    await change(batch, failed);
    emit('retry', { ids: batch.map(({ id }) => id), attempt: backoff.failures!, delayMs, error });
    return false;
  };

  const deliver = async (renew = async () => true) => {
    backoff = await use((s) => s.meta());
    nextAttemptAt = fresh && backoff.offline ? 0 : (backoff.nextAttemptAt ?? 0);
    fresh = false;
    const now = clock.now();
    await change(
      pending().filter((item) => item.since + maxAgeMs <= now),
      (item) => bury(item, 'expired'),
    );
    const due = pending();
    while (due[0] && ready() && (await renew())) {
      if (!(await send(due.splice(0, takeBatch(due, batchSize, maxBatchBytes))))) return;
    }
  };

  // Reads the store: adopts items from earlier loads and other tabs, forgets items another tab
  // delivered, and removes stored copies of items already gone here. Not while in memory: memory
  // is this tab's own view, and the store's copy is read again once it heals.
  const reconcile = async () => {
    if (degraded) return;
    const before = all();
    const stored = await use((s) => s.list());
    const ids = new Set(stored.map(({ id }) => id));
    stored.forEach(track);
    drop(
      before.filter(({ id }) => !ids.has(id) && !flying.has(id)),
      'delivered',
    );
    const stale = stored.filter(({ id }) => gone.has(id));
    // Ids the store no longer holds cannot come back: forget them, so `gone` stays small.
    gone.forEach((id) => ids.has(id) || gone.delete(id));
    if (stale[0]) await use((s) => s.write([], stale));
  };

  const pass = async () => {
    if (degraded) {
      // Heal: write every item this tab knows (memory holds them all); success means durable
      // storage is back.
      const items = all();
      try {
        // Their stored copy, if any, may be pending or dead: remove both.
        await store.write(items, items.flatMap((item) => [{ ...item, reason: undefined }, { ...item, reason: '' }]));
        // Whatever changed in memory meanwhile is written by the next pass.
        degraded = !all().every((item) => items.includes(item));
      } catch (error) {
        degrade(error);
      }
      // Still failing: send what memory holds, without the cross-tab lock the store provides.
      if (degraded) return deliver();
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
    const queue = pending();
    // Keepalive bodies share a 64 KB budget, whatever `maxBatchBytes` says.
    const n = takeBatch(queue, batchSize, Math.min(maxBatchBytes, 6e4), true);
    // 'pagehide' (sorts before 'q'), or a visibilitychange to 'hidden' (before 'i'; 'visible' is not).
    if ((event.type < 'q' || document.visibilityState < 'i') && n && ready()) void send(queue.slice(0, n), true);
  };
  // `onLine` is only a hint: it never blocks a send, but coming back online ends a network backoff.
  const onOnline = () => {
    fresh = true;
    void flush();
  };
  const listening = new AbortController();
  const { signal } = listening;
  globalThis.window?.addEventListener('online', onOnline, { signal });
  globalThis.window?.addEventListener('pagehide', onHide, { signal });
  globalThis.document?.addEventListener('visibilitychange', onHide, { signal });
  schedule(0);

  const dead = async () => (await reconcile(), all().filter((item) => item.reason != null));

  return {
    async enqueue(payload, { priority = 'normal', orderKey } = {}) {
      const json = JSON.stringify(payload);
      const bad =
        json == null ? 'payload' : !(priority in ranks) ? 'priority' : orderKey != null && typeof orderKey != 'string' ? 'orderKey' : '';
      if (bad) throw new TypeError('enqueue: invalid ' + bad);
      const now = clock.now();
      let item: Item = { id: uuid(), createdAt: now, since: now, payload: JSON.parse(json), priority, attempts: 0 };
      // Numbered here too, for the memory store; the durable store keeps the number shared by tabs.
      if (orderKey != null) item = { ...item, orderKey, seq: (seqs.get(orderKey) ?? 0) + 1 };
      if (itemBytes(item) + 64 > maxBatchBytes) throw new RangeError('enqueue: payload over maxBatchBytes');
      let inMemory;
      const added = await use((s) => ((inMemory = s == memory), s.add(item, maxItems)));
      item = added.item;
      // Evicted items may be other tabs' items this tab never saw: count them in, then out.
      added.evicted.forEach(track);
      drop(added.evicted, 'evicted');
      if (orderKey != null) seqs.set(orderKey, Math.max(item.seq!, seqs.get(orderKey) ?? 0));
      track(item);
      // Storage may have healed while this item went to memory: only a heal writes it to the store,
      // and a pass that reads the store before that would take it for delivered.
      if (inMemory) degraded = true;
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
      const s = {
        ...counts,
        pending: 0,
        inFlight: 0,
        deadLettered: 0,
        lastError,
        nextAttemptAt: nextAttemptAt > clock.now() ? nextAttemptAt : undefined,
        degraded,
        paused,
      };
      known.forEach(({ id, reason }) => s[reason != null ? 'deadLettered' : flying.has(id) ? 'inFlight' : 'pending']++);
      return s;
    },
    deadLetters: dead as () => Promise<DeadLetter[]>,
    async retryDeadLetters() {
      const list = await dead();
      await change(list, ({ reason, deadAt, ...item }) => ({ ...item, attempts: 0, since: clock.now() }));
      void flush();
      return list.length;
    },
    on(event, fn) {
      const entry: [string, (detail: never) => void] = [event, fn as (detail: never) => void];
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    close() {
      closed = true;
      clock.clearTimeout(timer);
      listening.abort();
    },
  };
}
