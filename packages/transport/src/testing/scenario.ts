// One seeded scenario: a few tabs share a database and enqueue survey answers, chat messages and
// analytics while the server fails on a seeded schedule and tabs crash; then the faults stop and
// the queues settle. `runScenario` returns what went wrong (nothing, if the transport is right).
import { IDBFactory } from 'fake-indexeddb';
import { createQueue } from '../create-queue';
import { idbStore } from '../idb-store';
import type { Priority, Queue, QueueItem } from '../types';
import { createWorld, rng, type Tab } from './sim-world';

export interface ScenarioOptions {
  /** Crash the tab that completes this storage/network step (crash sweep); no random crashes then. */
  crashAtStep?: number;
  /** Override the seeded choices (e.g. a fixed scenario for the sweep). */
  tabs?: number;
  items?: number;
}

export interface ScenarioResult {
  problems: string[];
  /** How often each kind of server fault happened. */
  faults: Record<string, number>;
  steps: number;
  requests: number;
  crashes: number;
}

type Payload = { type: string; n: number; poison?: true };

const isPoison = (payload: unknown) => (payload as Payload).poison === true;

export async function runScenario(seed: number, options: ScenarioOptions = {}): Promise<ScenarioResult> {
  const random = rng(seed);
  const world = createWorld();
  const factory = new IDBFactory();
  const locksFor = world.locks();
  const useLocks = random() < 0.5;
  const server = world.server({ random: rng(seed ^ 0x5bd1e995), faultRate: 0.2 + random() * 0.6, poison: isPoison });
  const batchSize = 1 + Math.floor(random() * 6);
  const tabCount = options.tabs ?? 1 + Math.floor(random() * 3);
  const itemCount = options.items ?? 3 + Math.floor(random() * 10);
  const randomCrashes = options.crashAtStep ? 0 : random() < 0.4 ? 1 + Math.floor(random() * 2) : 0;
  const faultsForMs = Math.floor(random() * 10 * 60_000);
  const problems: string[] = [];
  let crashes = 0;

  const slots: { tab: Tab; queue: Queue }[] = [];
  let opened = 0;
  const open = (slot: number) => {
    const tab: Tab = { name: `tab${slot}.${++opened}`, dead: false };
    const queue = createQueue({
      endpoint: 'https://collector.test/v1/events',
      fetch: server.fetch(tab),
      clock: world.clock(tab),
      storage: world.store(idbStore({ indexedDB: factory, name: 'sim' }), tab),
      random: rng(seed + opened),
      locks: useLocks ? locksFor(tab) : null,
      batchSize,
      flushIntervalMs: 60_000,
      timeoutMs: 10_000,
    });
    slots[slot] = { tab, queue };
  };
  const crash = (tab: Tab) => {
    crashes++;
    const slot = slots.findIndex((s) => s.tab === tab);
    world.kill(tab);
    // The tab is reopened a little later (a reload, or the browser restarted).
    world.clock().setTimeout(() => open(slot), Math.floor(random() * 60_000));
  };
  for (let slot = 0; slot < tabCount; slot++) open(slot);
  if (options.crashAtStep) world.crashAtStep(options.crashAtStep, crash);

  const attempted = new Map<number, Payload>();
  const resolved = new Map<number, QueueItem>();
  const priorities: Priority[] = ['high', 'normal', 'analytics'];
  let scheduled = 0;
  for (let n = 0; n < itemCount; n++) {
    const payload: Payload = random() < 0.08 ? { type: 'sim', n, poison: true } : { type: 'sim', n };
    const priority = priorities[Math.floor(random() * 3)]!;
    const orderKey = random() < 0.4 ? `conversation-${Math.floor(random() * 2)}` : undefined;
    const slot = Math.floor(random() * tabCount);
    world.clock().setTimeout(() => {
      scheduled++;
      const { tab, queue } = slots[slot]!;
      if (tab.dead) return;
      attempted.set(n, payload);
      queue.enqueue(payload, { priority, orderKey }).then(
        (item) => resolved.set(n, item),
        (error) => problems.push(`enqueue #${n} rejected: ${error}`),
      );
    }, Math.floor(random() * 5 * 60_000));
  }
  for (let c = 0; c < randomCrashes; c++) {
    world.clock().setTimeout(() => {
      const { tab } = slots[Math.floor(random() * tabCount)]!;
      if (!tab.dead) crash(tab);
    }, Math.floor(random() * 8 * 60_000));
  }
  world.clock().setTimeout(() => void (server.faults.on = false), faultsForMs);

  const live = () => slots.filter((s) => !s.tab.dead);
  const settled = async () => {
    if (server.faults.on || scheduled < itemCount || live().length < tabCount) return false;
    for (const [n, item] of resolved) if (!isPoison(attempted.get(n)) && !server.accepted.has(item.id)) return false;
    if (live().some((s) => s.queue.stats().pending + s.queue.stats().inFlight > 0)) return false;
    const dead = await slots[0]!.queue.deadLetters();
    return [...resolved].every(([n, item]) => !isPoison(attempted.get(n)) || dead.some((d) => d.id === item.id));
  };
  if (!(await world.run(settled, 3 * 86_400_000))) {
    const waiting = [...resolved].filter(([n, item]) => !isPoison(attempted.get(n)) && !server.accepted.has(item.id));
    problems.push(`did not settle: ${waiting.length} answers never accepted, stats ${JSON.stringify(live().map((s) => s.queue.stats()))}`);
  }

  // The invariant.
  const dead = await slots[0]!.queue.deadLetters();
  for (const [n, item] of resolved) {
    const poison = isPoison(attempted.get(n));
    if (poison && !dead.some((d) => d.id === item.id && d.reason.includes('poison'))) problems.push(`poison #${n} not dead-lettered with its reason`);
    if (!poison && JSON.stringify(server.accepted.get(item.id)) !== JSON.stringify(attempted.get(n))) problems.push(`#${n} not accepted intact`);
  }
  for (const d of dead) if (!isPoison(d.payload)) problems.push(`#${(d.payload as Payload).n} dead-lettered (${d.reason}) though not poison`);
  for (const payload of server.accepted.values()) if (isPoison(payload)) problems.push(`server accepted poison #${(payload as Payload).n}`);
  const idOf = new Map<number, string>();
  for (const { id, payload } of server.wire) {
    const n = (payload as Payload).n;
    const expected = idOf.get(n) ?? resolved.get(n)?.id ?? id;
    if (id !== expected) problems.push(`#${n} went out under two ids`);
    idOf.set(n, expected);
  }
  const seqs = new Map<string, Set<number>>();
  for (const item of resolved.values()) {
    if (item.orderKey == null) continue;
    const seen = seqs.get(item.orderKey) ?? new Set();
    if (seen.has(item.seq!)) problems.push(`seq ${item.seq} repeated in ${item.orderKey}`);
    seqs.set(item.orderKey, seen.add(item.seq!));
  }
  for (const { tab, queue } of live()) {
    const s = queue.stats();
    if (s.enqueued !== s.delivered + s.pending + s.inFlight + s.deadLettered + s.evicted) {
      problems.push(`${tab.name} stats do not balance: ${JSON.stringify(s)}`);
    }
    queue.close();
  }
  return { problems, faults: server.faults.counts, steps: world.steps, requests: server.requests, crashes };
}
