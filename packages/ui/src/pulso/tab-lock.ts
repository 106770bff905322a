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

// Per lock name, the request this page gave back last: the browser frees a Web Lock only once
// the holder's promise settles, so a restart in the same task (destroy then init) waits for it
// rather than seeing its own lock as another tab's.
const released: Record<string, Promise<unknown>> = {};

/**
 * Web Locks with `ifAvailable` when the browser has them (the lock is freed by the browser when a
 * tab closes or crashes); otherwise a lease in localStorage that the holder renews and that
 * expires on its own if the holder dies. Web Locks can exist and still refuse: a sandboxed iframe
 * (opaque origin) rejects every request with a SecurityError. A refusal is not "another tab holds
 * it", so the lease takes over from then on; where storage is refused too, the store keeps the
 * lease in memory and the tab acquires it: a survey that shows beats one that never can.
 */
export function createTabLock(name: string, options: TabLockOptions): TabLock {
  const { locks, store, now = Date.now, leaseMs = 15_000 } = options;
  const lease = createLease(name, store, now, leaseMs);
  if (!locks) return lease;

  let locksRefused = false;
  let releaseHeld: (() => void) | undefined;
  let request: Promise<unknown>;
  const viaLocks = async () => {
    await released[name];
    return new Promise<boolean>((resolve) => {
      let answered = false;
      const answer = (held: boolean) => {
        answered = true;
        resolve(held);
      };
      const refused = () => {
        // Once the request has answered, a later rejection is not about acquiring.
        if (answered) return;
        locksRefused = true;
        lease.acquire().then(resolve, () => resolve(true));
      };
      try {
        request = locks.request(name, { ifAvailable: true }, (lock) => {
          if (!lock) return answer(false);
          answer(true);
          return new Promise<void>((done) => (releaseHeld = done));
        });
        request.catch(refused);
      } catch {
        refused();
      }
    });
  };
  return {
    acquire: () => (locksRefused ? lease.acquire() : releaseHeld ? Promise.resolve(true) : viaLocks()),
    release() {
      if (releaseHeld) released[name] = request;
      releaseHeld?.();
      releaseHeld = undefined;
      if (locksRefused) lease.release();
    },
  };
}

/** The localStorage lease: written with an owner and an expiry, renewed while held. */
function createLease(name: string, store: WebStore, now: () => number, leaseMs: number): TabLock {
  const owner = Math.random().toString(36).slice(2);
  let renewTimer: ReturnType<typeof setInterval> | undefined;
  const write = () => store.write(name, { owner, until: now() + leaseMs } satisfies Lease);
  return {
    async acquire() {
      const held = store.read<Lease>(name);
      if (held && held.owner !== owner && held.until > now()) return false;
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
