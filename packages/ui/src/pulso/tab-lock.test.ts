import { expect, test } from 'vitest';
import { createTabLock } from './tab-lock';
import { webStore } from './web-store';

/** A Web Locks manager shared by "tabs", honouring `ifAvailable` like the browser's. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    request(name: string, _options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void> | void) {
      if (held.has(name)) return Promise.resolve(callback(null));
      held.add(name);
      return Promise.resolve(callback({ name })).finally(() => held.delete(name));
    },
  };
}

test('with Web Locks, a second tab cannot take the lock until the first releases it', async () => {
  const locks = fakeLocks();
  const store = webStore('localStorage');
  const tabA = createTabLock('pulso:survey', { locks, store });
  const tabB = createTabLock('pulso:survey', { locks, store });
  expect(await tabA.acquire()).toBe(true);
  expect(await tabB.acquire()).toBe(false);
  tabA.release();
  await Promise.resolve();
  await Promise.resolve();
  expect(await tabB.acquire()).toBe(true);
  tabB.release();
});

test('without Web Locks, a localStorage lease keeps other tabs out until released', async () => {
  const store = webStore('localStorage');
  const tabA = createTabLock('pulso:lease', { locks: undefined, store });
  const tabB = createTabLock('pulso:lease', { locks: undefined, store });
  expect(await tabA.acquire()).toBe(true);
  expect(await tabB.acquire()).toBe(false);
  tabA.release();
  expect(await tabB.acquire()).toBe(true);
  tabB.release();
  expect(localStorage.getItem('pulso:lease')).toBeNull();
});

test('a lease left by a tab that died expires on its own', async () => {
  let now = 1_000;
  const store = webStore('localStorage');
  const dead = createTabLock('pulso:expiring', { locks: undefined, store, now: () => now, leaseMs: 9_000 });
  const alive = createTabLock('pulso:expiring', { locks: undefined, store, now: () => now, leaseMs: 9_000 });
  expect(await dead.acquire()).toBe(true);
  expect(await alive.acquire()).toBe(false);
  now += 9_001;
  expect(await alive.acquire()).toBe(true);
  alive.release();
  dead.release();
});

/** Web Locks as a sandboxed iframe (opaque origin) has them: present, but refusing every request. */
const refusingLocks = {
  request: () => Promise.reject(new DOMException('Access denied to the lock manager', 'SecurityError')),
};

test('when Web Locks refuse (a sandboxed iframe), the localStorage lease still keeps one tab in', async () => {
  const store = webStore('localStorage');
  const tabA = createTabLock('pulso:refused', { locks: refusingLocks, store });
  const tabB = createTabLock('pulso:refused', { locks: refusingLocks, store });
  expect(await tabA.acquire()).toBe(true);
  expect(await tabB.acquire()).toBe(false);
  tabA.release();
  expect(await tabB.acquire()).toBe(true);
  tabB.release();
  expect(localStorage.getItem('pulso:refused')).toBeNull();
});

test('Web Locks that throw instead of rejecting fall back to the lease too', async () => {
  const throwing = {
    request: (): Promise<unknown> => {
      throw new TypeError('locks unavailable');
    },
  };
  const tab = createTabLock('pulso:throwing', { locks: throwing, store: webStore('localStorage') });
  expect(await tab.acquire()).toBe(true);
  expect(JSON.parse(localStorage.getItem('pulso:throwing') ?? 'null')).toMatchObject({ until: expect.any(Number) });
  tab.release();
  expect(localStorage.getItem('pulso:throwing')).toBeNull();
});

test('with Web Locks and localStorage both refused, the tab acquires the lock in memory', async () => {
  const sandboxed = {
    get localStorage(): Storage {
      throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag', 'SecurityError');
    },
  };
  const tab = createTabLock('pulso:sandboxed', { locks: refusingLocks, store: webStore('localStorage', sandboxed) });
  expect(await tab.acquire()).toBe(true);
  tab.release();
  expect(await tab.acquire()).toBe(true);
  tab.release();
});

test('with Web Locks, a lock released in this page can be taken again at once by a new start (destroy then init)', async () => {
  const locks = fakeLocks();
  const store = webStore('localStorage');
  const first = createTabLock('pulso:restart', { locks, store });
  expect(await first.acquire()).toBe(true);
  // The browser frees a released Web Lock only after the holder's promise settles.
  first.release();
  const second = createTabLock('pulso:restart', { locks, store });
  expect(await second.acquire()).toBe(true);
  second.release();
});
