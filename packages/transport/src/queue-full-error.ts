/**
 * Thrown by `queue.enqueue` when `maxItems` pending items fill the store and none of them is an
 * `analytics` item that could be evicted. Nothing was stored: keep the answer on screen and let
 * the person try again later.
 */
export class QueueFullError extends Error {
  /** The `maxItems` that was reached. */
  declare readonly maxItems: number;
  constructor(maxItems: number) {
    super(`queue full (${maxItems})`);
    this.name = 'QueueFullError';
    this.maxItems = maxItems;
  }
}
