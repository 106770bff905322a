/**
 * @packageDocumentation
 * Public API of @pulso/transport: an offline queue that stores every item in IndexedDB before
 * resolving and delivers it, in batches, until the endpoint acknowledges it. Everything exported
 * here is public; nothing else is. Rules and wire format: docs/transport.md.
 */
export { createQueue } from './create-queue';
export { idbStore, type IdbStoreOptions } from './idb-store';
export { QueueFullError } from './queue-full-error';
export type {
  Clock,
  DeadLetter,
  EnqueueOptions,
  Endpoint,
  Priority,
  Queue,
  QueueEvents,
  QueueItem,
  QueueMeta,
  QueueOptions,
  QueueStats,
  QueueStore,
  StoredItem,
  WireAck,
  WireBatch,
  WireItem,
} from './types';
