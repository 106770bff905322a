// One tab flushes at a time. Web Locks release by themselves when a tab closes or crashes; where
// they are missing, or refused (sandboxed iframes and opaque origins reject `locks.request` with
// a SecurityError), a lease in the store does the job and expires if its holder dies.
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
  // Takes or extends the lease unless another owner holds it unexpired; `until` 0 releases it.
  const claim = (until: number) =>
    store
      .meta((meta) => (meta.lease?.owner !== owner && (meta.lease?.until ?? 0) > clock.now() ? meta : { ...meta, lease: { owner, until } }))
      .then((meta) => meta.lease?.owner === owner);
  const renew = () => claim(clock.now() + leaseMs);
  return async (fn) => {
    let entered = false;
    if (locks) {
      try {
        return await locks.request(name, { ifAvailable: true }, async (lock) => {
          entered = true;
          return !!lock && (await fn(async () => true), true);
        });
      } catch (error) {
        // An error from the flush itself is the caller's; a refusal before the callback ran means
        // Web Locks are unusable in this context, for good: the lease from now on.
        if (entered) throw error;
        locks = null;
      }
    }
    if (!(await renew())) return false;
    try {
      await fn(renew);
    } finally {
      await claim(0).catch(() => {});
    }
    return true;
  };
}
