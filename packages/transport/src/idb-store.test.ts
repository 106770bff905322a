import 'fake-indexeddb/auto';
import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { idbStore } from './idb-store';
import { QueueFullError } from './queue-full-error';
import type { StoredItem } from './types';

let n = 0;
const item = (over: Partial<StoredItem> = {}): StoredItem => {
  n++;
  return { id: `id-${n}`, createdAt: 1000 + n, since: 1000 + n, payload: { n }, priority: 'normal', attempts: 0, ...over };
};

// A factory whose next `count` opens fail (error event) or never answer.
function flakyFactory(mode: 'error' | 'hang', count: number) {
  const real = new IDBFactory();
  let left = count;
  const factory = Object.create(real) as IDBFactory;
  factory.open = (name: string, version?: number) => {
    if (left-- <= 0) return real.open(name, version);
    const request = { error: new DOMException('open failed', 'UnknownError') } as unknown as IDBOpenDBRequest;
    if (mode === 'error') setTimeout(() => request.onerror?.(new Event('error')));
    return request;
  };
  return { factory, real };
}

describe('idbStore', () => {
  it('lists pending items in delivery order (priority, then age) after dead letters', async () => {
    const store = idbStore({ indexedDB: new IDBFactory() });
    const [a, b, c, d] = [item({ priority: 'analytics' }), item(), item({ priority: 'high' }), item()];
    for (const x of [a!, b!, c!, d!]) await store.add(x, 100);
    await store.write([{ ...d!, reason: 'bad', deadAt: 5 }], [d!]);
    expect((await store.list()).map((x) => x.id)).toEqual([d!.id, c!.id, b!.id, a!.id]);
    await store.write([], [b!, { ...d!, reason: 'bad' }]);
    expect((await store.list()).map((x) => x.id)).toEqual([c!.id, a!.id]);
  });

  it('stores items in strict-durability transactions (on disk before enqueue resolves); deletions and shared state are relaxed', async () => {
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    try {
      const store = idbStore({ indexedDB: new IDBFactory(), name: 'durability' });
      const modeOf = () => spy.mock.calls.at(-1)!.slice(1);
      await store.add(item(), 10);
      expect(modeOf()).toEqual(['readwrite', { durability: 'strict' }]);
      const stored = item();
      await store.write([stored], []);
      expect(modeOf()).toEqual(['readwrite', { durability: 'strict' }]);
      await store.write([], [stored]);
      expect(modeOf()).toEqual(['readwrite', { durability: 'relaxed' }]);
      await store.meta((meta) => ({ ...meta, failures: 1 }));
      expect(modeOf()).toEqual(['readwrite', { durability: 'relaxed' }]);
    } finally {
      spy.mockRestore();
    }
  });

  it('evicts the oldest analytics items to make room, and refuses when only answers fill it', async () => {
    const store = idbStore({ indexedDB: new IDBFactory() });
    const old = item({ priority: 'analytics' });
    await store.add(old, 2);
    await store.add(item(), 2);
    const { evicted } = await store.add(item({ priority: 'high' }), 2);
    expect(evicted.map((x) => x.id)).toEqual([old.id]);
    await expect(store.add(item(), 2)).rejects.toBeInstanceOf(QueueFullError);
    expect(await store.list()).toHaveLength(2);
  });

  it('gives items of one orderKey increasing seq numbers, never below the one asked for', async () => {
    const store = idbStore({ indexedDB: new IDBFactory() });
    const seqs = [];
    for (let i = 0; i < 3; i++) seqs.push((await store.add(item({ orderKey: 'c' }), 100)).item.seq);
    seqs.push((await store.add(item({ orderKey: 'c', seq: 10 }), 100)).item.seq);
    seqs.push((await store.add(item({ orderKey: 'c' }), 100)).item.seq);
    expect(seqs).toEqual([1, 2, 3, 10, 11]);
  });

  it('updates shared state atomically', async () => {
    const store = idbStore({ indexedDB: new IDBFactory() });
    expect(await store.meta()).toEqual({});
    await Promise.all([1, 2, 3].map(() => store.meta((m) => ({ ...m, failures: (m.failures ?? 0) + 1 }))));
    expect(await store.meta()).toEqual({ failures: 3 });
  });

  it('retries a failed open once at once, and never keeps a failed open: the next call opens again', async () => {
    expect(await idbStore({ indexedDB: flakyFactory('error', 1).factory }).list()).toEqual([]);
    const { factory } = flakyFactory('error', 2);
    const store = idbStore({ indexedDB: factory });
    await expect(store.list()).rejects.toThrow(/open failed/);
    await store.add(item(), 10);
    expect(await store.list()).toHaveLength(1);
  });

  it('gives up on an open that never answers (blocked) and recovers afterwards', async () => {
    const { factory } = flakyFactory('hang', 2);
    const store = idbStore({ indexedDB: factory, openTimeoutMs: 30 });
    await expect(store.list()).rejects.toThrow(/timed out/);
    expect(await store.list()).toEqual([]);
  });

  it('closes for a version change or deletion instead of blocking it, and reopens afterwards', async () => {
    const factory = new IDBFactory();
    const store = idbStore({ indexedDB: factory, name: 'healing' });
    await store.add(item(), 10);
    // Another tab (or "clear site data") deletes the database while this connection is open.
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase('healing');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by our open connection'));
    });
    expect(await store.list()).toEqual([]);
    await store.add(item(), 10);
    expect(await store.list()).toHaveLength(1);
  });

  it('a connection that opens only after the open timed out still closes for a deletion instead of blocking it', async () => {
    const factory = new IDBFactory();
    const deleted = (onblocked?: () => void) =>
      new Promise<void>((resolve, reject) => {
        const request = factory.deleteDatabase('late');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = onblocked ?? (() => reject(new Error('deletion blocked by a connection left open')));
      });
    // Another tab holds a connection and is slow to let a deletion through: our open waits behind it.
    const other = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('late', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('q');
      request.onsuccess = () => resolve(request.result);
    });
    const firstDeletion = deleted(() => setTimeout(() => other.close(), 100));
    const store = idbStore({ indexedDB: factory, name: 'late', openTimeoutMs: 30 });
    await expect(store.list()).rejects.toThrow(/timed out/);
    // The other tab lets go: the deletion runs, then our timed-out open succeeds after all.
    await firstDeletion;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A deletion (or a newer version) must not be blocked by that late connection.
    await deleted();
  });

  it('reopens when the browser closed the connection ("the database connection is closing")', async () => {
    const factory = new IDBFactory();
    let db: IDBDatabase | undefined;
    const spy = Object.create(factory) as IDBFactory;
    spy.open = (name: string, version?: number) => {
      const request = factory.open(name, version);
      request.addEventListener('success', () => (db = request.result));
      return request;
    };
    const store = idbStore({ indexedDB: spy });
    await store.add(item(), 10);
    db!.close();
    await store.add(item(), 10);
    expect(await store.list()).toHaveLength(2);
  });
});
