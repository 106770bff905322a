// A small test shop for the real-browser tests and the paint benchmark: pages that load only the
// built `pulso.min.js` by script tag, a config file route and an events endpoint that records
// every item it receives.
import type { StaticServer } from '../../../scripts/testing/static-server';

/** An NPS survey with a follow-up, shown on the order-confirmation page. */
export const postPurchase = {
  id: 'post-purchase',
  version: 1,
  name: 'After purchase NPS',
  journeyStage: 'purchase',
  trigger: { type: 'pageView', url: { match: 'prefix', value: '/shop/thanks' } },
  questions: [
    {
      kind: 'nps',
      id: 'recommend',
      required: true,
      title: { en: 'How likely are you to recommend Loja Sol to a friend?', ar: 'ما مدى احتمال أن توصي بمتجر سول لصديق؟' },
      followUp: { title: { en: 'What is the main reason for your score?', ar: 'ما السبب الرئيسي لتقييمك؟' } },
    },
  ],
  thankYou: { title: { en: 'Thank you!', ar: 'شكرا لك!' } },
};

/** One question of every kind, shown on request (no trigger). */
export const everyKind = {
  id: 'every-kind',
  version: 1,
  name: 'Every question kind',
  questions: [
    { kind: 'nps', id: 'nps', title: 'How likely are you to recommend us?' },
    { kind: 'csat', id: 'csat', title: 'How satisfied are you with the delivery?', display: 'faces' },
    { kind: 'ces', id: 'ces', title: 'It was easy to find what I wanted.' },
    { kind: 'rating', id: 'rating', title: 'Rate the packaging', scale: { min: 1, max: 10 } },
    {
      kind: 'single',
      id: 'single',
      title: 'How did you hear about us?',
      choices: [
        { id: 'friend', label: 'A friend' },
        { id: 'search', label: 'A search engine' },
      ],
      other: { label: 'Somewhere else' },
    },
    {
      kind: 'multiple',
      id: 'multiple',
      title: 'What did you buy?',
      choices: [
        { id: 'shoes', label: 'Shoes' },
        { id: 'bags', label: 'Bags' },
      ],
    },
    { kind: 'text', id: 'text', title: 'Anything else?', maxLength: 200 },
  ],
};

/** A survey shown when a single-page app navigates to its order page. */
export const spaSurvey = {
  id: 'spa-order',
  version: 1,
  name: 'SPA order page',
  trigger: { type: 'pageView', url: { match: 'glob', value: '/app/orders/*' } },
  questions: [{ kind: 'csat', id: 'satisfied', title: 'How satisfied are you with your order?' }],
};

export interface ShopOptions {
  /** The config served at /shop/pulso.json. */
  config: object;
  locale?: string;
  /** Response headers of the pages (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Extra HTML before the script tag (same-origin scripts only on a CSP page). */
  before?: string;
  /** The events endpoint path; by default one no other shop uses. */
  endpoint?: string;
}

/** What the shop's endpoint received: every distinct item's payload, in arrival order. */
export interface Shop {
  /** The events endpoint of this shop's pages (its own path: see `openShop`). */
  endpoint: string;
  payloads: Array<Record<string, unknown>>;
  /** Resolves once a payload matching `test` has arrived. */
  received(test: (payload: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/** The HTML of a shop page that loads only the built script tag. */
export function shopPage(title: string, options: Pick<ShopOptions, 'locale' | 'before' | 'endpoint'> = {}): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main><h1>${title}</h1><p>Order 4211 is on its way. A confirmation was sent to your e-mail.</p></main>
${options.before ?? ''}
<script src="/packages/ui/dist/pulso.min.js" data-endpoint="${options.endpoint ?? '/v1/events'}" data-config="/shop/pulso.json" data-locale="${options.locale ?? 'en'}" defer></script>
</body>
</html>`;
}

let shops = 0;

/**
 * Serves the shop pages (`/shop/thanks`, `/shop/cart`, `/app/`, `/app/orders/42`), its config and its
 * endpoint. Each shop gets its own endpoint path: a page of an earlier test sends what it still holds
 * as it closes (a keepalive request that can reach the server after the next test has opened its
 * shop), and that must not count as the next test's events.
 */
export function openShop(server: StaticServer, options: ShopOptions): Shop {
  const endpoint = options.endpoint ?? `/v1/events/${++shops}`;
  const payloads: Shop['payloads'] = [];
  const seen = new Set<string>();
  const waiters = new Set<() => void>();
  server.route('/shop/pulso.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(options.config));
  });
  server.route(endpoint, (req, res, body) => {
    if (req.method !== 'POST') {
      res.writeHead(405);
      return void res.end();
    }
    const batch = JSON.parse(body) as { items: Array<{ id: string; payload: Record<string, unknown> }> };
    // The transport may deliver an item twice (a page-hide send, then a normal one): dedupe on
    // its id, as any real endpoint must.
    for (const item of batch.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      payloads.push(item.payload);
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ accepted: batch.items.map((item) => item.id) }));
    waiters.forEach((wake) => wake());
  });
  // Browsers ask for it on every page; a 404 would show up as a console error.
  server.route('/favicon.ico', (_req, res) => void res.writeHead(204).end());
  for (const path of ['/shop/thanks', '/shop/cart', '/app/', '/app/orders/42']) {
    server.page(path, shopPage(`Loja Sol ${path}`, { ...options, endpoint }), options.headers);
  }
  return {
    endpoint,
    payloads,
    received(test, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = payloads.find(test);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`the endpoint did not receive the expected event; it got ${JSON.stringify(payloads)}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
  };
}
