// The queue: durable enqueue, delivery passes under a cross-tab lock, and bookkeeping that keeps
// `stats()` balanced. The store is the truth for durable items; `known` is this tab's view of it
// plus the items kept only in memory while storage fails.
import { backoffDelay, retryAfterMs } from './backoff';
import { flushLock } from './flush-lock';
import { idbStore } from './idb-store';
import { postBatch, wireBatch, type Outcome } from './post-batch';
import { QueueFullError } from './queue-full-error';
import type { DeadLetter, Queue, QueueEvents, QueueItem, QueueMeta, QueueOptions, StoredItem, WireAck } from './types';

const ranks = { high: 0, normal: 1, analytics: 2 } as const;
const DEBOUNCE_MS = 100;

interface Tracked {
  item: StoredItem;
  /** Written to the store (false: only in memory, to be written when storage heals). */
  durable: boolean;
  flight?: boolean;
  size?: number;
}

const isDead = (t: Tracked) => t.item.reason != null;
const byDelivery = (a: Tracked, b: Tracked) =>
  ranks[a.item.priority] - ranks[b.item.priority] || a.item.createdAt - b.item.createdAt || (a.item.seq ?? 0) - (b.item.seq ?? 0);
const toPublic = ({ since, reason, deadAt, ...item }: StoredItem): QueueItem => item;
const toDead = (item: StoredItem) => ({ ...toPublic(item), reason: item.reason!, deadAt: item.deadAt! });
const encoder = new TextEncoder();

// crypto.randomUUID is missing outside secure contexts (plain http pages).
const uuid = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16),
  );

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
  const { endpoint, batchSize = 50, maxBatchBytes = 60_000, flushIntervalMs = 10_000, maxItems = 1000 } = options;
  const { maxAgeMs = 7 * 86_400_000, timeoutMs = 30_000, random = Math.random } = options;
  if (!(typeof endpoint === 'function' || typeof endpoint === 'string' || endpoint instanceof URL)) {
    throw new TypeError('createQueue: `endpoint` must be a URL or a function (batch) => Promise<Response>');
  }
  for (const key of ['batchSize', 'maxBatchBytes', 'flushIntervalMs', 'maxItems', 'maxAgeMs', 'timeoutMs'] as const) {
    const value = options[key];
    if (value !== undefined && !(typeof value === 'number' && value > 0)) {
      throw new TypeError(`createQueue: \`${key}\` must be a positive number, got ${String(value)}`);
    }
  }
  const clock = options.clock ?? { now: Date.now, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) };
  const store = options.storage ?? idbStore();
  const owner = uuid();
  const lock = flushLock(
    options.locks === undefined ? globalThis.navigator?.locks : options.locks,
    `pulso:${store.name ?? 'queue'}`,
    store,
    clock,
    owner,
    timeoutMs + 30_000,
  );
  const post = { endpoint, headers: options.headers, fetch: options.fetch, clock, timeoutMs };

  const known = new Map<string, Tracked>();
  // Ids that left this tab's view (delivered, evicted): never counted twice, removed if seen again.
  const gone = new Set<string>();
  const seqs = new Map<string, number>();
  const listeners = new Map<string, Set<(detail: never) => void>>();
  const counts = { enqueued: 0, delivered: 0, evicted: 0 };
  let memMeta: QueueMeta = {};
  let degraded = false;
  let paused = Boolean(options.requireConsent);
  let closed = false;
  let failing = false;
  let networkDown = false;
  let lastError: string | undefined;
  let nextAttemptAt = 0;
  let timer: unknown;
  let timerAt = Infinity;
  let running: Promise<void> | undefined;
  let again = false;

  // A listener that throws is reported, but cannot break a delivery pass.
  const emit = <E extends keyof QueueEvents>(event: E, detail: QueueEvents[E]) =>
    listeners.get(event)?.forEach((fn) => {
      try {
        (fn as (d: QueueEvents[E]) => void)(detail);
      } catch (error) {
        setTimeout(() => {
          throw error;
        });
      }
    });

  const degrade = (error: unknown) => {
    lastError = `storage: ${String((error as Error)?.message ?? error)}`;
    if (degraded) return;
    degraded = true;
    emit('storage-degraded', { error });
  };
  // A store call whose failure switches to memory instead of throwing.
  const attempt = async <T>(call: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await call();
    } catch (error) {
      degrade(error);
    }
  };

  const track = (item: StoredItem, durable: boolean) => {
    const t = known.get(item.id);
    if (gone.has(item.id)) return;
    if (t) {
      // The store is the truth for durable items (another tab may have dead-lettered one).
      if (!t.flight && t.durable && durable) t.item = item;
      return;
    }
    known.set(item.id, { item, durable });
    counts.enqueued++;
  };
  const drop = (t: Tracked, outcome: 'delivered' | 'evicted') => {
    if (known.get(t.item.id) !== t) return false;
    known.delete(t.item.id);
    gone.add(t.item.id);
    counts[outcome]++;
    return true;
  };
  // Writes changed items; those that fail are kept in memory and rewritten when storage heals.
  const persist = async (list: Tracked[]) => {
    const durable = list.filter((t) => t.durable);
    const items = durable.map((t) => t.item);
    if (items.length && !degraded && (await attempt(() => store.write(items, items).then(() => true)))) return;
    for (const t of durable) t.durable = false;
  };
  const updateMeta = async (fn: (meta: QueueMeta) => QueueMeta) =>
    (!degraded && (await attempt(() => store.meta(fn)))) || (memMeta = fn(memMeta));

  const evicted = (list: Tracked[]) => {
    const ids = list.filter((t) => drop(t, 'evicted')).map((t) => t.item.id);
    if (ids.length) emit('evicted', { count: ids.length, ids });
  };

  const bury = async (list: Tracked[], reasonOf: (t: Tracked) => string) => {
    const deadAt = clock.now();
    const live = list.filter((t) => known.get(t.item.id) === t);
    for (const t of live) t.item = { ...t.item, reason: reasonOf(t), deadAt };
    await persist(live);
    if (live.length) emit('dead-letter', { items: live.map((t) => toDead(t.item)) });
  };

  const acknowledge = async (batch: Tracked[], text: string) => {
    let ack: WireAck | undefined;
    try {
      const body = JSON.parse(text);
      if (Array.isArray(body?.accepted) || Array.isArray(body?.rejected)) ack = body;
    } catch {
      // not JSON: a plain 2xx acknowledges the whole batch
    }
    const rejected = new Map(ack?.rejected?.map((r) => [r.id, String(r.reason ?? 'rejected')]));
    const accepted = ack?.accepted && new Set(ack.accepted);
    const ok = batch.filter((t) => !rejected.has(t.item.id) && (!accepted || accepted.has(t.item.id)));
    const durable = ok.filter((t) => t.durable).map((t) => t.item);
    if (durable.length) await attempt(() => store.write([], durable));
    const ids = ok.filter((t) => drop(t, 'delivered')).map((t) => t.item.id);
    if (ids.length) emit('delivered', { ids });
    await bury(batch.filter((t) => rejected.has(t.item.id)), (t) => rejected.get(t.item.id)!);
  };

  const failed = async (batch: Tracked[], outcome: Outcome) => {
    const error = 'error' in outcome ? outcome.error : `http ${outcome.status}`;
    const now = clock.now();
    lastError = error;
    networkDown = 'error' in outcome;
    failing = true;
    let delayMs = 0;
    const meta = await updateMeta((m) => {
      const failures = (m.failures ?? 0) + 1;
      delayMs = ('error' in outcome ? undefined : retryAfterMs(outcome.retryAfter, now)) ?? backoffDelay(failures, random);
      return { ...m, failures, nextAttemptAt: now + delayMs };
    });
    nextAttemptAt = meta.nextAttemptAt!;
    for (const t of batch) t.item = { ...t.item, attempts: t.item.attempts + 1 };
    await persist(batch.filter((t) => known.get(t.item.id) === t));
    emit('retry', { ids: batch.map((t) => t.item.id), attempt: meta.failures!, delayMs, error });
  };

  // Sends one batch; false means "stop this pass" (retry later, or paused by an auth error).
  const send = async (batch: Tracked[]): Promise<boolean> => {
    for (const t of batch) t.flight = true;
    const outcome = await postBatch(wireBatch(batch.map((t) => t.item), clock.now()), false, post);
    for (const t of batch) t.flight = false;
    const status = 'status' in outcome ? outcome.status : 0;
    if (status >= 200 && status < 300) {
      networkDown = false;
      if (failing) {
        failing = false;
        await updateMeta((m) => ({ ...m, failures: 0, nextAttemptAt: 0 }));
        nextAttemptAt = 0;
      }
      await acknowledge(batch, (outcome as { text: string }).text);
      return true;
    }
    if (status === 401 || status === 403) {
      paused = true;
      lastError = `http ${status}`;
      emit('auth-error', { status });
      return false;
    }
    if (status === 400 || status === 413 || status === 422) {
      if (batch.length > 1) {
        // Bisect: a poison item (400/422) or an oversized batch (413) must not hold back the rest.
        const half = Math.ceil(batch.length / 2);
        return (await send(batch.slice(0, half))) && send(batch.slice(half));
      }
      const reason = status === 413 ? 'too large (http 413)' : reasonFrom((outcome as { text: string }).text) || `http ${status}`;
      await bury(batch, () => reason);
      return true;
    }
    if (!status || status === 408 || status === 425 || status === 429 || status >= 500) {
      await failed(batch, outcome);
      return false;
    }
    await bury(batch, () => `http ${status}`);
    return true;
  };

  // The next batch from the front of `queue`, within `batchSize` and `maxBatchBytes`.
  const take = (queue: Tracked[]) => {
    let bytes = 64;
    let n = 0;
    for (const t of queue) {
      t.size ??= encoder.encode(JSON.stringify(wireBatch([t.item], 0).items[0])).length + 1;
      if (n && (n >= batchSize || bytes + t.size > maxBatchBytes)) break;
      bytes += t.size;
      n++;
    }
    return queue.slice(0, n);
  };

  const due = () => [...known.values()].filter((t) => !isDead(t) && !t.flight).sort(byDelivery);

  const deliver = async (candidates: (t: Tracked) => boolean, renew?: () => Promise<boolean>) => {
    const meta = (!degraded && (await attempt(() => store.meta()))) || memMeta;
    nextAttemptAt = meta.nextAttemptAt ?? 0;
    failing = Boolean(meta.failures);
    const now = clock.now();
    if (paused || nextAttemptAt > now) return;
    const expired = due().filter((t) => candidates(t) && t.item.since + maxAgeMs <= now);
    await bury(expired, () => 'expired');
    let queue = due().filter(candidates);
    while (queue.length && !paused && !closed) {
      if (renew && !(await renew())) return;
      const batch = take(queue);
      queue = queue.slice(batch.length);
      if (!(await send(batch))) return;
    }
  };

  // Reads the store: adopts items from earlier loads and other tabs, forgets items another tab
  // delivered, and removes stored copies of items already gone here.
  const reconcile = async () => {
    const before = [...known.values()].filter((t) => t.durable && !t.flight);
    const stored = await attempt(() => store.list());
    if (!stored) return;
    const ids = new Set<string>();
    const stale = stored.filter((item) => gone.has(item.id));
    for (const item of stored) {
      ids.add(item.id);
      track(item, true);
    }
    for (const t of before) if (!ids.has(t.item.id) && !t.flight) drop(t, 'delivered');
    if (stale.length) await attempt(() => store.write([], stale));
  };

  const heal = async () => {
    const memory = [...known.values()].filter((t) => !t.durable);
    const items = memory.map((t) => t.item);
    try {
      await store.write(items, items);
    } catch (error) {
      lastError = `storage: ${String((error as Error)?.message ?? error)}`;
      return;
    }
    for (const t of memory) t.durable = true;
    degraded = false;
  };

  const pass = async () => {
    if (degraded) await heal();
    if (degraded) return deliver(() => true);
    const held = await lock(async (renew) => {
      await reconcile();
      await deliver(() => true, renew);
    });
    if (!held) {
      // Another tab flushes the store; this tab still sends what only it holds (memory items).
      await reconcile();
      await deliver((t) => !t.durable);
    }
  };

  const schedule = (ms: number) => {
    const at = clock.now() + ms;
    if (closed || (timer !== undefined && timerAt <= at)) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    timerAt = at;
    timer = clock.setTimeout(() => {
      timer = undefined;
      timerAt = Infinity;
      void flush();
    }, ms);
  };

  const flush = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    return (running = (async () => {
      do {
        again = false;
        try {
          await pass();
        } catch (error) {
          // Only the store throws here (requests and listeners cannot): go on in memory.
          degrade(error);
        }
      } while (again && !closed);
      running = undefined;
      const wait = nextAttemptAt - clock.now();
      schedule(wait > 0 ? wait : flushIntervalMs);
    })());
  };

  // Page hide: one keepalive request within the 64 KB limit. The items stay stored until an
  // acknowledgement arrives (now, if the page lives on, or on a later load: the server dedupes).
  const onHide = (event: Event) => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    if (paused || closed || nextAttemptAt > clock.now()) return;
    const batch = take(due());
    if (!batch.length) return;
    for (const t of batch) t.flight = true;
    void postBatch(wireBatch(batch.map((t) => t.item), clock.now()), true, post).then(async (outcome) => {
      for (const t of batch) t.flight = false;
      if ('status' in outcome && outcome.status >= 200 && outcome.status < 300) await acknowledge(batch, outcome.text);
    });
  };
  // `onLine` is only a hint: it never blocks a send, but coming back online ends a network backoff.
  const onOnline = async () => {
    if (networkDown) {
      networkDown = false;
      await updateMeta((m) => ({ ...m, nextAttemptAt: 0 }));
      nextAttemptAt = 0;
    }
    void flush();
  };
  const events: [EventTarget | undefined, string, (event: Event) => void][] = [
    [globalThis.window, 'online', onOnline],
    [globalThis.window, 'pagehide', onHide],
    [globalThis.document, 'visibilitychange', onHide],
  ];
  for (const [target, type, fn] of events) target?.addEventListener(type, fn);
  schedule(0);

  return {
    async enqueue(payload, { priority = 'normal', orderKey } = {}) {
      if (!(priority in ranks)) {
        throw new TypeError(`enqueue: \`priority\` must be "high", "normal" or "analytics", got ${JSON.stringify(priority)}`);
      }
      if (orderKey !== undefined && typeof orderKey !== 'string') {
        throw new TypeError(`enqueue: \`orderKey\` must be a string, got ${typeof orderKey}`);
      }
      let json: string | undefined;
      try {
        json = JSON.stringify(payload);
      } catch (error) {
        throw new TypeError(`enqueue: \`payload\` is not JSON (${(error as Error).message})`);
      }
      if (json === undefined) throw new TypeError('enqueue: `payload` must be JSON, got ' + typeof payload);
      const now = clock.now();
      let item: StoredItem = { id: uuid(), createdAt: now, since: now, payload: JSON.parse(json), priority, attempts: 0 };
      if (orderKey != null) item = { ...item, orderKey, seq: (seqs.get(orderKey) ?? 0) + 1 };
      const size = encoder.encode(JSON.stringify(wireBatch([item], 0).items[0])).length;
      if (size + 64 > maxBatchBytes) {
        throw new RangeError(`enqueue: \`payload\` takes ${size} bytes on the wire, over maxBatchBytes (${maxBatchBytes})`);
      }
      let durable = false;
      if (!degraded) {
        try {
          const result = await store.add(item, maxItems);
          item = result.item;
          durable = true;
          for (const old of result.evicted) track(old, true);
          evicted(result.evicted.map((old) => known.get(old.id)!).filter(Boolean));
        } catch (error) {
          if (error instanceof QueueFullError) throw error;
          degrade(error);
        }
      }
      if (!durable) {
        const pending = [...known.values()].filter((t) => !isDead(t));
        if (pending.length >= maxItems) {
          const victim = pending.filter((t) => !t.durable && !t.flight && t.item.priority === 'analytics').sort(byDelivery)[0];
          if (!victim) throw new QueueFullError(maxItems);
          evicted([victim]);
        }
      }
      if (orderKey != null) seqs.set(orderKey, Math.max(item.seq!, seqs.get(orderKey) ?? 0));
      track(item, durable);
      schedule(DEBOUNCE_MS);
      return toPublic(item) as QueueItem<typeof payload>;
    },
    flush,
    pause: () => void (paused = true),
    resume() {
      paused = false;
      void flush();
    },
    stats() {
      let pending = 0;
      let inFlight = 0;
      let deadLettered = 0;
      for (const t of known.values()) isDead(t) ? deadLettered++ : t.flight ? inFlight++ : pending++;
      const next = nextAttemptAt > clock.now() ? { nextAttemptAt } : {};
      return { ...counts, pending, inFlight, deadLettered, lastError, ...next, degraded, paused };
    },
    async deadLetters(): Promise<DeadLetter[]> {
      if (!degraded) await reconcile();
      return [...known.values()].filter(isDead).map((t) => toDead(t.item));
    },
    async retryDeadLetters() {
      if (!degraded) await reconcile();
      const dead = [...known.values()].filter(isDead);
      const now = clock.now();
      for (const t of dead) t.item = { ...toPublic(t.item), attempts: 0, since: now };
      await persist(dead);
      void flush();
      return dead.length;
    },
    on(event, fn) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(fn as (detail: never) => void);
      return () => void listeners.get(event)!.delete(fn as (detail: never) => void);
    },
    close() {
      closed = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      for (const [target, type, fn] of events) target?.removeEventListener(type, fn);
    },
  };
}

// The server's reason for rejecting a single item: a JSON `reason`/`error`/`message`, else the text.
function reasonFrom(text: string): string {
  try {
    const body = JSON.parse(text);
    const reason = body?.reason ?? body?.error ?? body?.message;
    if (reason != null) return String(typeof reason === 'object' ? JSON.stringify(reason) : reason);
  } catch {
    // plain text
  }
  return text.trim().slice(0, 500);
}
