// A single queue in a simulated world, with a scripted server, for rule-by-rule tests.
import { IDBFactory } from 'fake-indexeddb';
import { createQueue } from '../create-queue';
import { idbStore } from '../idb-store';
import type { QueueEvents, QueueOptions, QueueStore, WireBatch } from '../types';
import { createWorld, type Tab, type World } from './sim-world';

export interface Request {
  url: string;
  init: RequestInit;
  batch: WireBatch;
}

export type Respond = (batch: WireBatch, n: number, init: RequestInit) => Response | Error | Promise<Response | Error>;

const eventNames: (keyof QueueEvents)[] = ['delivered', 'retry', 'dead-letter', 'evicted', 'storage-degraded', 'auth-error'];

export function harness(
  options: Partial<QueueOptions> & { respond?: Respond; world?: World; factory?: IDBFactory; dbName?: string; wrapStore?: (s: QueueStore) => QueueStore } = {},
) {
  // `world`, `factory` and `dbName` are the harness's own options; the rest goes to createQueue.
  const { respond = () => new Response(null, { status: 204 }), wrapStore = (s) => s, dbName = 'test', ...rest } = options;
  const world = options.world ?? createWorld();
  const factory = options.factory ?? new IDBFactory();
  const tab: Tab = { name: 'tab', dead: false };
  const requests: Request[] = [];
  const fetch = world.counted(async (url: string | URL | Request, init?: RequestInit) => {
    const batch = JSON.parse(String(init!.body)) as WireBatch;
    requests.push({ url: String(url), init: init!, batch });
    const answer = await respond(batch, requests.length, init!);
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const store = world.store(wrapStore(idbStore({ indexedDB: factory, name: dbName })), tab);
  const queue = createQueue({
    endpoint: 'https://collector.test/v1/events',
    fetch: fetch as typeof globalThis.fetch,
    clock: world.clock(tab),
    storage: store,
    locks: null,
    random: () => 0.5,
    ...rest,
  });
  const events: { type: keyof QueueEvents; detail: unknown }[] = [];
  for (const type of eventNames) queue.on(type, (detail) => events.push({ type, detail }));
  const of = <E extends keyof QueueEvents>(type: E) => events.filter((e) => e.type === type).map((e) => e.detail as QueueEvents[E]);
  /** Lets virtual time pass (timers fire in order) and real async work finish. */
  const wait = async (ms: number) => {
    let reached = false;
    world.clock().setTimeout(() => (reached = true), ms);
    await world.run(() => reached, ms + 1);
  };
  const balanced = () => {
    const s = queue.stats();
    return s.enqueued === s.delivered + s.pending + s.inFlight + s.deadLettered + s.evicted;
  };
  return { world, tab, factory, queue, requests, events, of, wait, balanced, settle: () => world.settle() };
}
