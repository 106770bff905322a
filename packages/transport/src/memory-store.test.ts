import { describe, expect, it } from 'vitest';
import { memoryStore } from './memory-store';
import { QueueFullError } from './queue-full-error';
import type { StoredItem } from './types';

let n = 0;
const item = (over: Partial<StoredItem> = {}): StoredItem => {
  n++;
  return { id: `id-${n}`, createdAt: 1000 + n, since: 1000 + n, payload: { n }, priority: 'normal', attempts: 0, ...over };
};

describe('memoryStore', () => {
  it('evicts the oldest analytics items when maxItems pending items fill it, counting in-flight and ignoring dead letters', async () => {
    const old = item({ priority: 'analytics' });
    const newer = item({ priority: 'analytics' });
    const view = [newer, item({ priority: 'high' }), old, item({ reason: 'bad', deadAt: 1 })];
    const store = memoryStore(() => view);
    const next = item();
    expect(await store.add(next, 3)).toEqual({ item: next, evicted: [old] });
    expect(await store.add(next, 2)).toEqual({ item: next, evicted: [old, newer] });
    expect((await store.add(next, 4)).evicted).toEqual([]);
  });

  it('refuses with a QueueFullError when only answers fill it', async () => {
    const store = memoryStore(() => [item(), item({ priority: 'high' }), item({ priority: 'analytics' })]);
    await expect(store.add(item(), 1)).rejects.toBeInstanceOf(QueueFullError);
    await expect(store.add(item(), 2)).rejects.toThrow('queue full (2)');
  });

  it('keeps shared state (backoff) in memory and lists the view', async () => {
    const view = [item()];
    const store = memoryStore(() => view);
    expect(await store.meta()).toEqual({});
    expect(await store.meta((m) => ({ ...m, failures: 2 }))).toEqual({ failures: 2 });
    expect(await store.meta()).toEqual({ failures: 2 });
    expect(await store.list()).toEqual(view);
  });
});
