import { expect, test } from 'vitest';
import { flushLock } from './flush-lock';
import type { Clock, QueueMeta, QueueStore } from './types';

const clock: Clock = { now: () => 1_000, setTimeout: () => 0, clearTimeout: () => {} };

/** A store holding only the shared meta record, which is all the lease uses. */
function metaStore(): QueueStore {
  let meta = {} as QueueMeta;
  return {
    meta: async (update?: (meta: QueueMeta) => QueueMeta) => (meta = update ? update(meta) : meta),
  } as unknown as QueueStore;
}

function refusingLocks(): LockManager & { calls: number } {
  const locks = {
    calls: 0,
    request: () => {
      locks.calls += 1;
      return Promise.reject(new DOMException('The request was denied.', 'SecurityError'));
    },
    query: () => Promise.resolve({}),
  };
  return locks as unknown as LockManager & { calls: number };
}

test('a tab whose Web Locks are refused (sandboxed iframe) still flushes, through the lease', async () => {
  const locks = refusingLocks();
  const lock = flushLock(locks, metaStore(), clock, 30_000);
  let ran = 0;
  expect(await lock(async () => void (ran += 1))).toBe(true);
  expect(await lock(async () => void (ran += 1))).toBe(true);
  expect(ran).toBe(2);
  // Refused once is refused for good: no second request to a lock manager that said no.
  expect(locks.calls).toBe(1);
});

test('with Web Locks refused, the lease still keeps a second tab out while the first flushes', async () => {
  const store = metaStore();
  const tabA = flushLock(refusingLocks(), store, clock, 30_000);
  const tabB = flushLock(refusingLocks(), store, clock, 30_000);
  let inner: boolean | undefined;
  await tabA(async () => {
    inner = await tabB(async () => {});
  });
  expect(inner).toBe(false);
  expect(await tabB(async () => {})).toBe(true);
});

test('an error thrown by the flush itself is not mistaken for refused Web Locks', async () => {
  const locks = {
    request: (_name: string, _options: LockOptions, callback: (lock: Lock | null) => Promise<boolean>) =>
      callback({ name: 'pulso', mode: 'exclusive' } as Lock),
    query: () => Promise.resolve({}),
  } as unknown as LockManager;
  const lock = flushLock(locks, metaStore(), clock, 30_000);
  await expect(lock(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
});
