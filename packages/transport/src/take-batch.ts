// How many items of a queue go in the next request.
import type { StoredItem } from './types';

/**
 * Bytes an item adds to a request body, a little over: the stored item (JSON, UTF-8) carries
 * `priority`, `attempts` and `since`, which outweigh the ISO date the wire form has instead of
 * the number, so the limits below are never exceeded.
 */
export const itemBytes = (item: StoredItem) => new Blob([JSON.stringify(item)]).size;

/**
 * The number of items from the front of `queue` that fit in one request of at most `batchSize`
 * items and `limit` bytes (64 bytes are kept for the envelope). At least one, so an item alone over
 * the limit is still tried (the server's 413 decides), unless `strict`: the page-hide send, whose
 * body the browser refuses outright over 64 KB.
 */
export function takeBatch(queue: StoredItem[], batchSize: number, limit: number, strict?: boolean): number {
  let size = 64;
  let n = 0;
  while (n < queue.length && n < batchSize && (size += itemBytes(queue[n]!) + 1) <= limit) n++;
  return n || (strict ? 0 : 1);
}
