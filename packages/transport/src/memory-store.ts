// Where the queue keeps items while IndexedDB fails (private mode, a full disk, a lost
// connection): the queue's own view of its items, which already holds every item and every change.
import { byDelivery } from './delivery-order';
import { QueueFullError } from './queue-full-error';
import type { QueueMeta, QueueStore, StoredItem } from './types';

/**
 * A {@link QueueStore} over `items()`, the queue's view: writes have nothing left to do, and
 * adding keeps {@link idbStore}'s rule: a full store evicts its oldest `analytics` items, and
 * refuses an item with a `QueueFullError` when only answers fill it. The caller adds the item
 * and removes the evicted ones from its view.
 */
export function memoryStore(items: () => StoredItem[]): QueueStore {
  let meta: QueueMeta = {};
  return {
    async add(item, max) {
      const pending = items().filter((old) => old.reason == null);
      const evicted = pending
        .filter((old) => old.priority == 'analytics')
        .sort(byDelivery)
        .filter((_, i) => i <= pending.length - max);
      if (pending.length - evicted.length >= max) throw new QueueFullError(max);
      return { item, evicted };
    },
    list: async () => items(),
    write: async () => {},
    meta: async (update) => (meta = update?.(meta) ?? meta),
  };
}
