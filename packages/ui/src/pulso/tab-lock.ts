import type { WebStore } from './web-store';

/** Keeps one survey on screen at a time across every tab of the visitor's origin. */
export interface TabLock {
  /** Resolves true when this tab now holds the lock, false when another tab does. Never waits. */
  acquire(): Promise<boolean>;
  release(): void;
}

interface LockManagerLike {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void> | void): Promise<unknown>;
}

export interface TabLockOptions {
  /** Web Locks; without them a localStorage lease is used. */
  locks?: LockManagerLike | undefined;
  store: WebStore;
  now?: () => number;
  /** How long a lease lives without renewal: a crashed tab frees the lock after this. */
  leaseMs?: number;
}

interface Lease {
  owner: string;
  until: number;
}

/**
 * Web Locks with `ifAvailable` when the browser has them (the lock is freed by the browser when a
 * tab closes or crashes); otherwise a lease in localStorage that the holder renews and that
 * expires on its own if the holder dies.
 */
export function createTabLock(name: string, options: TabLockOptions): TabLock {
  const { locks, store, now = Date.now, leaseMs = 15_000 } = options;
  let releaseHeld: (() => void) | undefined;

  if (locks) {
    return {
      acquire: () =>
        releaseHeld
          ? Promise.resolve(true)
          : new Promise<boolean>((resolve) => {
              locks
                .request(name, { ifAvailable: true }, (lock) => {
                  if (!lock) return resolve(false);
                  resolve(true);
                  return new Promise<void>((done) => (releaseHeld = done));
                })
                .catch(() => resolve(false));
            }),
      release() {
        releaseHeld?.();
        releaseHeld = undefined;
      },
    };
  }

  const owner = Math.random().toString(36).slice(2);
  let renewTimer: ReturnType<typeof setInterval> | undefined;
  const write = () => store.write(name, { owner, until: now() + leaseMs } satisfies Lease);
  return {
    async acquire() {
      const lease = store.read<Lease>(name);
      if (lease && lease.owner !== owner && lease.until > now()) return false;
      write();
      // Two tabs may write at once: whoever's write survived holds the lease.
      if (store.read<Lease>(name)?.owner !== owner) return false;
      clearInterval(renewTimer);
      renewTimer = setInterval(write, leaseMs / 3);
      return true;
    },
    release() {
      clearInterval(renewTimer);
      renewTimer = undefined;
      if (store.read<Lease>(name)?.owner === owner) store.remove(name);
    },
  };
}
