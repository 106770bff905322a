// Where the queue keeps items while IndexedDB fails (private mode, a full disk, a lost
// connection): the same rules as the durable store in a Map that lives as long as the page.
import { byDelivery } from './delivery-order';
import { QueueFullError } from './queue-full-error';
import type { QueueMeta, QueueStore, StoredItem } from './types';

/**
 * A {@link QueueStore} in memory, starting with `items`. As in IndexedDB, a full store evicts its
 * oldest `analytics` items and refuses an item with a `QueueFullError` when only answers fill it.
 * Items keep the `seq` they come with (the queue numbers them).
 */
export function memoryStore(items: StoredItem[]): QueueStore {
  const byId = new Map(items.map((item) => [item.id, item]));
  let meta: QueueMeta = {};
  return {
    async add(item, maxItems) {
      const pending = [...byId.values()].filter((old) => old.reason == null);
      const evicted = pending
        .filter((old) => old.priority == 'analytics')
        .sort(byDelivery)
        .filter((_, i) => i <= pending.length - maxItems);
      if (pending.length - evicted.length >= maxItems) throw new QueueFullError(maxItems);
      for (const old of evicted) byId.delete(old.id);
      byId.set(item.id, item);
      return { item, evicted };
    },
    list: async () => [...byId.values()],
    async write(put, remove) {
      for (const item of remove) byId.delete(item.id);
      for (const item of put) byId.set(item.id, item);
    },
    meta: async (update) => (meta = update?.(meta) ?? meta),
  };
}
