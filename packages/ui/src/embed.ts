// Script-tag entry: the only file that touches `window` at load. It turns the page's
// `window.Pulso` (possibly the pre-load stub with calls queued in `q`) into the real API, runs
// the queued calls in order, and loads `data-config` when the tag names one.
import { createPulso } from './pulso/create-pulso';
import type { PulsoApi } from './pulso/pulso-types';
import { version } from './pulso/version';

type QueuedCall = [method: string, ...args: unknown[]];

interface PulsoGlobal extends PulsoApi {
  version: string;
  q: { push(...calls: QueuedCall[]): number };
}

declare global {
  interface Window {
    Pulso?: Partial<PulsoGlobal> | { q?: QueuedCall[] };
  }
}

// Start of the paint benchmark (scripts/bench/ui-paint.bench.ts): when this script begins to run.
performance.mark?.('pulso:start');

const methods = ['init', 'showSurvey', 'track', 'identify', 'setJourney', 'openChat', 'on', 'destroy'] as const;

const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[data-config],script[data-endpoint]');
const data = script?.dataset ?? {};
const pulso = createPulso({
  overrides: {
    ...(data.endpoint ? { endpoint: data.endpoint } : {}),
    ...(data.locale ? { locale: data.locale } : {}),
    ...(script?.nonce ? { nonce: script.nonce } : {}),
  },
});

const run = (call: unknown) => {
  const [method, ...args] = Array.isArray(call) ? (call as QueuedCall) : [];
  if (!methods.includes(method as (typeof methods)[number])) {
    return console.error(`pulso: Pulso.q holds an unknown call ${JSON.stringify(call)}; expected one of ${methods.join(', ')}`);
  }
  (pulso[method as (typeof methods)[number]] as (...params: unknown[]) => unknown)(...args);
};

const stub = (window.Pulso ?? {}) as { q?: unknown };
const queued = Array.isArray(stub.q) ? [...(stub.q as unknown[])] : [];
// The same object stays `window.Pulso`, so code that kept a reference to the stub reaches the
// real methods; later `Pulso.q.push([...])` calls run at once.
window.Pulso = Object.assign(stub, pulso, {
  version,
  q: {
    push: (...calls: QueuedCall[]) => {
      calls.forEach(run);
      return 0;
    },
  },
});
if (data.config) pulso.init(data.config);
queued.forEach(run);
