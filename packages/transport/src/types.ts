// Public types of the queue. Kept apart from the code so every file can import them cheaply.

/**
 * How much an item matters when the store is full. `analytics` items (page views, clicks) are
 * evicted oldest first to make room; `normal` and `high` items (survey answers, chat messages) are
 * never evicted: `enqueue` rejects with {@link QueueFullError} instead. `high` items are sent first.
 */
export type Priority = 'high' | 'normal' | 'analytics';

/** One queued item, as the application sees it. */
export interface QueueItem<P = unknown> {
  /** UUID made once at enqueue and never regenerated: the server's idempotency key. */
  id: string;
  /** Milliseconds since the epoch (the queue's clock) when the item was enqueued. */
  createdAt: number;
  /** The JSON the application enqueued, untouched. */
  payload: P;
  priority: Priority;
  /** Items sharing an `orderKey` (one chat conversation) carry an increasing `seq`. */
  orderKey?: string;
  seq?: number;
  /** Failed delivery attempts so far. */
  attempts: number;
}

/** An item the queue gave up on, with the reason (the server's, `expired`, or `http <status>`). */
export interface DeadLetter<P = unknown> extends QueueItem<P> {
  reason: string;
  deadAt: number;
}

/**
 * What a store holds: a queue item plus bookkeeping. `since` is when the item's age starts
 * (enqueue, or `retryDeadLetters`); `reason`/`deadAt` mark a dead letter.
 */
export interface StoredItem extends QueueItem {
  since: number;
  reason?: string;
  deadAt?: number;
}

/** State shared by every tab through the store: backoff, and the flush lease where Web Locks are missing. */
export interface QueueMeta {
  failures?: number;
  nextAttemptAt?: number;
  /** The backoff follows network errors (no answer from the server), not a server's 5xx or 429. */
  offline?: boolean;
  lease?: { owner: string; until: number };
}

/**
 * Durable storage behind a queue. {@link idbStore} is the default; pass your own to
 * `createQueue({ storage })` to store elsewhere or to inject faults in tests. Every method is
 * atomic; any rejection other than {@link QueueFullError} makes the queue keep items in memory and
 * emit `storage-degraded` until the store works again.
 */
export interface QueueStore {
  /** Names the cross-tab flush lock, so queues over different stores flush independently. */
  name?: string;
  /**
   * Stores `item`. If the store holds `maxItems` pending items, evicts the oldest `analytics`
   * ones, or rejects with a `QueueFullError` when there are none to evict. Items with an
   * `orderKey` get `seq` = the key's last `seq` + 1 (at least `item.seq`).
   */
  add(item: StoredItem, maxItems: number): Promise<{ item: StoredItem; evicted: StoredItem[] }>;
  /** Every stored item, dead letters first, then pending items in delivery order. */
  list(): Promise<StoredItem[]>;
  /**
   * Deletes the stored `remove` items (each as it is stored: pending, or dead if it has a
   * `reason`), then stores `put`, in one transaction; the counter of each put item's `orderKey`
   * becomes at least its `seq` (items numbered in memory while storage failed come back this way).
   */
  write(put: StoredItem[], remove: StoredItem[]): Promise<void>;
  /** Reads the shared state, or replaces it with `update(current)` atomically and returns the result. */
  meta(update?: (meta: QueueMeta) => QueueMeta): Promise<QueueMeta>;
}

/** A snapshot of the queue. It always balances: `enqueued = delivered + pending + inFlight + deadLettered + evicted`. */
export interface QueueStats {
  /** Items this queue has known: enqueued here, or found in storage (earlier page loads, other tabs). */
  enqueued: number;
  /** Acknowledged by the server (here, or by another tab holding the flush). */
  delivered: number;
  pending: number;
  inFlight: number;
  deadLettered: number;
  evicted: number;
  lastError?: string;
  /** Epoch milliseconds of the next delivery attempt after a failure. */
  nextAttemptAt?: number;
  /** True while items are kept in memory because durable storage fails. */
  degraded: boolean;
  /** True after `pause()`, with `requireConsent` before `resume()`, or after a 401/403. */
  paused: boolean;
}

/** Events and their payloads, for `queue.on(event, fn)`. */
export interface QueueEvents {
  delivered: { count: number; ids: string[] };
  retry: { ids: string[]; attempt: number; delayMs: number; error: string };
  'dead-letter': { items: DeadLetter[] };
  evicted: { count: number; ids: string[] };
  'storage-degraded': { error: unknown };
  'auth-error': { status: number };
}

/** One item on the wire. */
export interface WireItem {
  id: string;
  /** ISO 8601. */
  createdAt: string;
  payload: unknown;
  orderKey?: string;
  seq?: number;
}

/** The JSON body of every delivery request. */
export interface WireBatch {
  /** ISO 8601, when the request was built. */
  sentAt: string;
  items: WireItem[];
}

/** Optional JSON body of a 2xx answer that acknowledges only part of a batch. */
export interface WireAck {
  accepted?: string[];
  rejected?: { id: string; reason: string }[];
}

/**
 * Where batches go: a URL (POSTed as JSON), or a function that sends the batch any way it likes
 * and returns the `Response`. `keepalive` is true for the page-hide send.
 */
export type Endpoint =
  | string
  | URL
  | ((batch: WireBatch, init: { keepalive: boolean; signal: AbortSignal }) => Promise<Response>);

/** Time source and timers; inject a fake one in tests. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of {@link createQueue}. */
export interface QueueOptions {
  endpoint: Endpoint;
  /** Extra request headers, or a function returning them (fresh auth tokens). Not sent on page hide. */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
  /** Items per request (default 50). */
  batchSize?: number;
  /** Bytes of JSON per request (default 60,000, under the 64 KB keepalive limit). */
  maxBatchBytes?: number;
  /** How often to look for work, in ms (default 10,000). */
  flushIntervalMs?: number;
  /** Pending items kept in storage (default 1,000). */
  maxItems?: number;
  /** Age after which an undelivered item becomes an `expired` dead letter (default 7 days). */
  maxAgeMs?: number;
  /** Request timeout in ms (default 30,000). */
  timeoutMs?: number;
  /** Durable storage (default `idbStore()`, the IndexedDB database `pulso-queue`). */
  storage?: QueueStore;
  fetch?: typeof fetch;
  clock?: Clock;
  /** Random numbers in [0, 1) for backoff jitter (default `Math.random`). */
  random?: () => number;
  /** Web Locks used to pick one flushing tab (default `navigator.locks`; `null` uses the IndexedDB lease). */
  locks?: LockManager | null;
  /** Start paused: store but send nothing until `resume()`. */
  requireConsent?: boolean;
}

/** Options of `queue.enqueue`. */
export interface EnqueueOptions {
  /** Default `normal`. */
  priority?: Priority;
  /** Orders items of one stream (a chat conversation); they get an increasing `seq`. */
  orderKey?: string;
}

/** A running queue; see {@link createQueue}. */
export interface Queue {
  /** Stores the payload durably (or in memory when storage fails) and resolves with the item. */
  enqueue<P>(payload: P, options?: EnqueueOptions): Promise<QueueItem<P>>;
  /** Sends what is due now; resolves when this pass is over. */
  flush(): Promise<void>;
  /** Stops sending (items are still stored), e.g. until consent. */
  pause(): void;
  /** Sends again after `pause()`, `requireConsent` or an auth error. */
  resume(): void;
  stats(): QueueStats;
  deadLetters(): Promise<DeadLetter[]>;
  /** Puts every dead letter back in the queue; resolves with how many. */
  retryDeadLetters(): Promise<number>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends keyof QueueEvents>(event: E, fn: (detail: QueueEvents[E]) => void): () => void;
  /** Stops timers and listeners. Stored items stay for the next queue. */
  close(): void;
}
