// The order items are sent in, and evicted in (reversed): priority first, then age.
import type { StoredItem } from './types';

/** Delivery order of priorities: `high` first, `analytics` last (and evicted first). */
export const ranks = { high: 0, normal: 1, analytics: 2 } as const;

/** Sort comparator: priority, then enqueue time, then `seq` (same-millisecond chat messages). */
export const byDelivery = (a: StoredItem, b: StoredItem) =>
  ranks[a.priority] - ranks[b.priority] || a.createdAt - b.createdAt || (a.seq ?? 0) - (b.seq ?? 0);
