// A simulated world for queue tests: one virtual clock shared by every "tab", a server that fails
// on a seeded schedule, stores and fetches that can be frozen to simulate a crash, and a fake Web
// Locks manager. Only the clock the queues are given is fake: fake-indexeddb keeps running on the
// real setImmediate.
import type { Clock, QueueStore, WireBatch } from '../types';

/** Seeded PRNG (mulberry32): the same seed gives the same scenario. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A tab: everything it starts stops for good when it crashes. */
export interface Tab {
  name: string;
  dead: boolean;
}

interface Timer {
  at: number;
  fn: () => void;
  tab?: Tab;
}

const never = <T>() => new Promise<T>(() => {});

/** What the server does with one request while faults are on. */
export type Fault = 'none' | 'network' | '5xx' | '429' | '413' | 'lost' | 'slow' | 'partial';

export interface ServerOptions {
  random: () => number;
  /** Probability that a request meets a fault while faults are on. */
  faultRate: number;
  /** Items whose payload has `poison: true` get a 400 (or a rejection in a partial answer). */
  poison?: (payload: unknown) => boolean;
}

export function createWorld() {
  let now = Date.UTC(2026, 0, 1, 12);
  let nextId = 0;
  let ops = 0;
  let steps = 0;
  let crashAt = Infinity;
  const timers = new Map<number, Timer>();

  const world = {
    get now() {
      return now;
    },
    get steps() {
      return steps;
    },
    /** Crash the tab that completes step number `n` (1-based), right after that step. */
    crashAtStep(n: number, onCrash: (tab: Tab) => void) {
      crashAt = n;
      world.onCrash = onCrash;
    },
    onCrash: (_tab: Tab) => {},
    clock(tab?: Tab): Clock {
      return {
        now: () => now,
        setTimeout: (fn, ms) => {
          const id = ++nextId;
          timers.set(id, { at: now + Math.max(0, ms), fn, tab });
          return id;
        },
        clearTimeout: (id) => void timers.delete(id as number),
      };
    },
    kill(tab: Tab) {
      tab.dead = true;
      for (const [id, timer] of timers) if (timer.tab === tab) timers.delete(id);
    },
    // Counts one storage or network step of `tab`; crashes it there if this is the chosen step.
    step(tab: Tab) {
      steps++;
      if (steps === crashAt) {
        world.kill(tab);
        world.onCrash(tab);
      }
    },
    /** Lets real async work (fake-indexeddb, promise chains) run until nothing is in progress. */
    async settle() {
      for (let idle = 0; idle < 3; ) {
        await new Promise((resolve) => setImmediate(resolve));
        idle = ops === 0 ? idle + 1 : 0;
      }
    },
    /** Moves the virtual clock to the next timer and fires it; false when there is none. */
    advance(): boolean {
      let first: [number, Timer] | undefined;
      for (const entry of timers) if (!first || entry[1].at < first[1].at) first = entry;
      if (!first) return false;
      timers.delete(first[0]);
      now = Math.max(now, first[1].at);
      first[1].fn();
      return true;
    },
    /** Settles and advances until `done()` or `limitMs` of virtual time passed. */
    async run(done: () => boolean | Promise<boolean>, limitMs: number): Promise<boolean> {
      const end = now + limitMs;
      for (;;) {
        await world.settle();
        if (await done()) return true;
        if (now > end || !world.advance()) return false;
      }
    },
    sleep(ms: number, tab?: Tab) {
      return new Promise<void>((resolve) => world.clock(tab).setTimeout(resolve, ms));
    },
    /** Waits for `promise` inside counted work without blocking `settle` (it waits on virtual time). */
    async outside<T>(promise: Promise<T>): Promise<T> {
      ops--;
      try {
        return await promise;
      } finally {
        ops++;
      }
    },
    /** Counts `call` as work in progress, so `settle` waits for it. */
    counted<A extends unknown[], R>(call: (...args: A) => Promise<R>) {
      return async (...args: A): Promise<R> => {
        ops++;
        try {
          return await call(...args);
        } finally {
          ops--;
        }
      };
    },
    /** Wraps a store so its calls count as steps and freeze once `tab` is dead. */
    store(inner: QueueStore, tab: Tab, fail?: (method: string) => unknown): QueueStore {
      const wrap =
        <A extends unknown[], R>(method: string, call: (...args: A) => Promise<R>) =>
        async (...args: A): Promise<R> => {
          if (tab.dead) return never();
          ops++;
          try {
            const error = fail?.(method);
            if (error) throw error;
            const result = await call(...args);
            world.step(tab);
            return tab.dead ? never() : result;
          } finally {
            ops--;
          }
        };
      return {
        name: inner.name,
        add: wrap('add', inner.add),
        list: wrap('list', inner.list),
        write: wrap('write', inner.write),
        meta: wrap('meta', inner.meta),
      };
    },
    /** A fake Web Locks manager shared by the tabs of this world; a dead tab's locks are released. */
    locks(): (tab: Tab) => LockManager {
      const held = new Map<string, Tab>();
      return (tab) =>
        ({
          request: async (name: string, _options: LockOptions, callback: (lock: Lock | null) => unknown) => {
            const holder = held.get(name);
            if (holder && !holder.dead) return callback(null);
            held.set(name, tab);
            try {
              return await callback({ name, mode: 'exclusive' } as Lock);
            } finally {
              if (held.get(name) === tab) held.delete(name);
            }
          },
        }) as unknown as LockManager;
    },
    /** A seeded server; `fetch(tab)` is what a tab's queue is given. */
    server(options: ServerOptions) {
      const { random, faultRate, poison = () => false } = options;
      const accepted = new Map<string, unknown>();
      const wire: { id: string; payload: unknown }[] = [];
      const faults = { on: true, counts: {} as Record<string, number> };
      let requests = 0;
      const pick = (): Fault => {
        if (!faults.on || random() >= faultRate) return random() < 0.2 ? 'partial' : 'none';
        const all: Fault[] = ['network', '5xx', '429', '413', 'lost', 'slow', 'partial'];
        return all[Math.floor(random() * all.length)]!;
      };
      const fetchFor =
        (tab: Tab) =>
        async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
          if (tab.dead) return never();
          ops++;
          try {
            requests++;
            const batch = JSON.parse(String(init!.body)) as WireBatch;
            for (const item of batch.items) wire.push({ id: item.id, payload: item.payload });
            const fault = pick();
            faults.counts[fault] = (faults.counts[fault] ?? 0) + 1;
            const answer = await respond(batch, fault, init!.signal ?? undefined, tab);
            world.step(tab);
            if (tab.dead) return never();
            if (answer instanceof Error) throw answer;
            return answer;
          } finally {
            ops--;
          }
        };
      const store = (batch: WireBatch, ids?: Set<string>) => {
        for (const item of batch.items) if (!ids || ids.has(item.id)) accepted.set(item.id, item.payload);
      };
      const respond = async (batch: WireBatch, fault: Fault, signal: AbortSignal | undefined, tab: Tab) => {
        if (fault === 'network') return new TypeError('Failed to fetch');
        if (fault === 'slow') {
          // An answer that takes long: longer than the queue's timeout half of the time.
          ops--;
          const aborted = await Promise.race([
            world.sleep(Math.floor(random() * 20_000)).then(() => false),
            new Promise<boolean>((resolve) => signal?.addEventListener('abort', () => resolve(true))),
          ]);
          ops++;
          if (aborted || tab.dead) return new DOMException('The operation was aborted.', 'AbortError');
        }
        if (fault === '5xx') return new Response('unavailable', { status: 503 });
        if (fault === '429') return new Response('slow down', { status: 429, headers: { 'retry-after': String(1 + Math.floor(random() * 30)) } });
        if (fault === '413' && batch.items.length > 1) return new Response('too large', { status: 413 });
        const bad = batch.items.filter((item) => poison(item.payload));
        if (fault === 'partial') {
          // Acknowledge a random part, reject the poison ones by reason, say nothing of the rest.
          const ids = new Set(batch.items.filter((item) => !poison(item.payload) && random() < 0.6).map((item) => item.id));
          store(batch, ids);
          const rejected = bad.map((item) => ({ id: item.id, reason: 'poison item' }));
          return new Response(JSON.stringify({ accepted: [...ids], rejected }), { status: 200 });
        }
        if (bad.length) return new Response(JSON.stringify({ error: 'poison item' }), { status: 400 });
        store(batch);
        if (fault === 'lost') return new TypeError('Failed to fetch (response lost)');
        return new Response(null, { status: random() < 0.5 ? 200 : 204 });
      };
      return {
        fetch: fetchFor,
        accepted,
        wire,
        faults,
        get requests() {
          return requests;
        },
      };
    },
  };
  return world;
}

export type World = ReturnType<typeof createWorld>;
