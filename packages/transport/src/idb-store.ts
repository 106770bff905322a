// The default QueueStore: one IndexedDB object store, reached through idb-keyval's "custom store
// function" convention, with a connection that heals itself.
//
// Keys are arrays so that key order is delivery order and eviction order:
//   ['p', rank, createdAt, id]  pending item (rank 0 high, 1 normal, 2 analytics)
//   ['d', id]                   dead letter
//   'meta', 'seq:<orderKey>'    shared state (strings sort before arrays)
import { promisifyRequest as done } from 'idb-keyval';
import { ranks } from './delivery-order';
import { QueueFullError } from './queue-full-error';
import type { QueueMeta, QueueStore, StoredItem } from './types';

const STORE = 'q';

const pendingKey = (item: StoredItem) => ['p', ranks[item.priority], item.createdAt, item.id];
const keyOf = (item: StoredItem) => (item.reason == null ? pendingKey(item) : ['d', item.id]);
const range = (...prefix: unknown[]) => IDBKeyRange.bound(prefix, [...prefix, []]);
// An item with an `orderKey` moves the key's counter on by `step`, and at least to its own `seq`;
// returns the item with the counter as its `seq`.
const numbered = async (store: IDBObjectStore, item: StoredItem, step: number): Promise<StoredItem> => {
  if (item.orderKey != null) {
    const key = 'seq:' + item.orderKey;
    store.put((item = { ...item, seq: Math.max(((await done(store.get(key))) ?? 0) + step, item.seq ?? 0) }).seq, key);
  }
  return item;
};

/** Where {@link idbStore} keeps the queue. */
export interface IdbStoreOptions {
  /** Database name (default `pulso-queue`); one per queue. */
  name?: string;
  /** The IndexedDB factory (default the global one). */
  indexedDB?: IDBFactory;
  /** Give up on an open that neither succeeds nor fails (a blocked open) after this many ms (default 3,000). */
  openTimeoutMs?: number;
}

/**
 * A {@link QueueStore} in IndexedDB. Writes that store items use `durability: 'strict'`, so
 * `enqueue` resolves only once the item is on disk; deletions and shared state are `relaxed`
 * (losing one to a crash only means a resend, which the server dedupes). Unlike a store that caches its first `open()` forever, the connection
 * heals: a failed or timed-out open is retried on the next call, and a connection the browser
 * closes (storage cleared, Safari backgrounding, a `versionchange`) is reopened.
 */
export function idbStore({ name = 'pulso-queue', indexedDB: factory, openTimeoutMs = 3000 }: IdbStoreOptions = {}): QueueStore {
  let dbp: Promise<IDBDatabase> | undefined;

  // Runs `fn` in one transaction and resolves once it has committed. Always `readwrite`: the
  // reads are few (one list per delivery pass) and need no parallelism.
  const run = <T>(fn: (store: IDBObjectStore) => T | Promise<T>, strict?: unknown, retry = 1): Promise<T> => {
    const p = (dbp ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = (factory ?? indexedDB).open(name, 1);
      // An open that never settles (blocked, or queued behind a deletion) must not hang the queue.
      setTimeout(reject, openTimeoutMs, new Error('open timed out'));
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      done(request).then((db) => {
        // Closed by the browser (storage cleared, Safari backgrounding), or asked to close by a newer
        // version or a deletion (which must not be blocked): reopen on the next call. Set even on a
        // connection that opens after the timeout, which would otherwise block deletions for good.
        db.onclose = db.onversionchange = () => (db.close(), dbp === p && (dbp = undefined));
        resolve(db);
      }, reject);
    }));
    return p
      .then((db) => db.transaction(STORE, 'readwrite', { durability: strict ? 'strict' : 'relaxed' }))
      .then(
        // `fn` throws (QueueFullError) before it writes anything, so nothing needs aborting.
        (tx) => Promise.all([fn(tx.objectStore(STORE)), done(tx)]).then(([value]) => value),
        (error) => {
          // A rejected open or "the database connection is closing" (idb-keyval#165) is never
          // kept: drop it, retry once now, and the next call opens afresh.
          if (dbp === p) dbp = undefined;
          if (retry) return run(fn, strict, 0);
          throw error;
        },
      );
  };

  return {
    name,
    add: (item, maxItems) =>
      run(async (store) => {
        const count = await done(store.count(range('p')));
        const evicted: StoredItem[] = count < maxItems ? [] : await done(store.getAll(range('p', 2), count - maxItems + 1));
        if (count - evicted.length >= maxItems) throw new QueueFullError(maxItems);
        evicted.forEach((old) => store.delete(pendingKey(old)));
        item = await numbered(store, item, 1);
        store.put(item, keyOf(item));
        return { item, evicted };
      }, 1),
    // Every array key: pending items and dead letters, not 'meta' or the seq counters.
    list: () => run((store) => done(store.getAll(range()))),
    write: (put, remove) =>
      run(async (store) => {
        remove.forEach((item) => store.delete(keyOf(item)));
        put.forEach((item) => store.put(item, keyOf(item)));
        // Items numbered in memory while storage failed are written back here: later items of
        // their orderKey must count on from them.
        for (const item of put) await numbered(store, item, 0);
      }, put.length),
    meta: (update) =>
      run(async (store) => {
        const meta: QueueMeta = (await done(store.get('meta'))) ?? {};
        const next = update?.(meta);
        if (next) store.put(next, 'meta');
        return next ?? meta;
      }),
  };
}
