// One tab flushes at a time. Web Locks release by themselves when a tab closes or crashes; where
// they are missing, a lease in the store does the job and expires if its holder dies.
import type { Clock, QueueMeta, QueueStore } from './types';

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
    const renew = async () => true;
    // `request` resolves with the callback's result; `then` only flattens its nested Promise type.
    return (fn) =>
      locks.request(name, { ifAvailable: true }, async (lock) => Boolean(lock && (await fn(renew), true))).then((held) => held);
  }
  const claim = (take: boolean) => (meta: QueueMeta): QueueMeta => {
    const free = !meta.lease || meta.lease.until <= clock.now() || meta.lease.owner === owner;
    return free ? { ...meta, lease: take ? { owner, until: clock.now() + leaseMs } : undefined } : meta;
  };
  const renew = async () => (await store.meta(claim(true))).lease?.owner === owner;
  return async (fn) => {
    if (!(await renew())) return false;
    try {
      await fn(renew);
    } finally {
      await store.meta(claim(false)).catch(() => {});
    }
    return true;
  };
}
