/**
 * Thrown by `queue.enqueue` when `maxItems` pending items fill the store and none of them is an
 * `analytics` item that could be evicted. Nothing was stored: keep the answer on screen and let
 * the person try again later.
 */
export class QueueFullError extends Error {
  constructor(readonly maxItems: number) {
    super(`pulso queue is full: ${maxItems} items wait to be sent and none can be evicted`);
    this.name = 'QueueFullError';
  }
}
