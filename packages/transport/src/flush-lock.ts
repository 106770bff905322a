// One tab flushes at a time. Web Locks release by themselves when a tab closes or crashes; where
// they are missing, a lease in the store does the job and expires if its holder dies.
import type { Clock, QueueStore } from './types';

/** Runs `fn` if no other tab is flushing; resolves false without running it otherwise. */
export type FlushLock = (fn: (renew: () => Promise<boolean>) => Promise<void>) => Promise<boolean>;

export function flushLock(
  locks: LockManager | null | undefined,
  name: string,
  store: QueueStore,
  clock: Clock,
  owner: string,
  leaseMs: number,
): FlushLock {
  if (locks) {
    // `request` resolves with the callback's result; `then` only flattens its nested Promise type.
    return (fn) =>
      locks.request(name, { ifAvailable: true }, async (lock) => !!lock && (await fn(async () => true), true)).then((held) => held);
  }
  // Takes or extends the lease if it is free, expired or ours; `until` 0 releases it.
  const claim = (until: number) =>
    store
      .meta((meta) => (!meta.lease || meta.lease.until <= clock.now() || meta.lease.owner === owner ? { ...meta, lease: { owner, until } } : meta))
      .then((meta) => meta.lease?.owner === owner);
  const renew = () => claim(clock.now() + leaseMs);
  return async (fn) => {
    if (!(await renew())) return false;
    try {
      await fn(renew);
    } finally {
      await claim(0).catch(() => {});
    }
    return true;
  };
}
