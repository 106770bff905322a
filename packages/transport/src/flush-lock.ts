// One tab flushes at a time. Web Locks release by themselves when a tab closes or crashes; where
// they are missing, or refused (sandboxed iframes and opaque origins reject `locks.request` with
// a SecurityError), a lease in the store does the job and expires if its holder dies.
import type { Clock, QueueStore } from './types';
import { uuid } from './uuid';

/** Runs `fn` if no other tab is flushing; resolves false without running it otherwise. */
export type FlushLock = (fn: (renew: () => Promise<boolean>) => Promise<void>) => Promise<boolean>;

/**
 * The lock for queues over `store`: the Web Lock `pulso:<store name>` from `locks`, or a lease of
 * `leaseMs` in the store's shared state where there are no Web Locks or they are refused.
 */
export function flushLock(locks: LockManager | null | undefined, store: QueueStore, clock: Clock, leaseMs: number): FlushLock {
  const owner = uuid();
  // Takes or extends the lease unless another owner holds it unexpired (no lease: `undefined > n`
  // is false); `until` 0 releases it.
  const claim = (until: number) =>
    store
      .meta((meta) => (meta.lease?.owner !== owner && meta.lease?.until! > clock.now() ? meta : { ...meta, lease: { owner, until } }))
      .then((meta) => meta.lease?.owner === owner);
  const renew = () => claim(clock.now() + leaseMs);
  return async (fn) => {
    let entered = false;
    if (locks) {
      try {
        return await locks.request('pulso:' + store.name, { ifAvailable: true }, async (lock) => {
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
