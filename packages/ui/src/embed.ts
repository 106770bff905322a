// Script-tag entry: with embed-config-request.ts (imported first, to request `data-config` as
// early as possible), the only files that touch `window` at load. It turns the page's
// `window.Pulso` (possibly the pre-load stub with calls queued in `q`) into the real API, starts
// it with the configuration file, and runs the queued calls in order once it is loaded.
import { configRequest, loadedBefore, scriptTag as script } from './embed-config-request';
import { stringsFor } from './embed-strings';
import { createPulso } from './pulso/create-pulso';
import { fetchConfig } from './pulso/fetch-config';
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

const methods = ['init', 'showSurvey', 'track', 'identify', 'setJourney', 'openChat', 'consent', 'on', 'destroy'] as const;

const data = script?.dataset ?? {};
const started = createPulso({
  overrides: {
    ...(data.endpoint ? { endpoint: data.endpoint } : {}),
    ...(data.locale ? { locale: data.locale } : {}),
    ...(script?.nonce ? { nonce: script.nonce } : {}),
  },
});
// The configuration reaches `init` only once the strings of its language are registered (loaded
// next to this script, see embed-strings.ts), so no prompt shows half in English. English, or a
// language already loaded, starts at once, as before.
const withStrings = (config: unknown) => {
  const loading = stringsFor((config as { locale?: unknown } | null)?.locale);
  return loading ? loading.then(() => config) : config;
};
const pulso: PulsoApi = {
  ...started,
  init: (input) =>
    started.init(
      typeof input === 'string' || (input as PromiseLike<unknown> | null)?.then
        ? Promise.resolve(typeof input === 'string' ? fetchConfig(input) : input).then(withStrings)
        : withStrings(input),
    ),
};

const run = (call: unknown) => {
  const [method, ...args] = Array.isArray(call) ? (call as QueuedCall) : [];
  if (!methods.includes(method as (typeof methods)[number])) {
    return console.error(`pulso: Pulso.q holds an unknown call ${JSON.stringify(call)}; expected one of ${methods.join(', ')}`);
  }
  (pulso[method as (typeof methods)[number]] as (...params: unknown[]) => unknown)(...args);
};

if (loadedBefore) {
  // A second copy must not start a second Pulso (two launchers, every survey event sent twice,
  // and the first copy's methods lost): the first one stays in charge.
  console.warn('pulso: pulso.min.js is included more than once on this page; the extra copy does nothing');
} else {
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
  if (configRequest) pulso.init(configRequest);
  queued.forEach(run);
}
