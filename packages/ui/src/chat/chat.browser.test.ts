// The chat in real Chromium over the built script tag: ask → answer; two unanswerable questions →
// a person is offered → the handoff endpoint is unreachable → e-mail + message are queued →
// reload → the transcript, the queued handoff and an unsent question are still there; axe-core clean
// with the chat open. Then: typing kept across an immediate reload, and two tabs sharing one
// transcript.
import { createRequire } from 'node:module';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { animationsSettled } from '../../../../scripts/testing/animations';
import { useChromiumAndServer } from '../../../../scripts/testing/chromium-and-server';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const env = useChromiumAndServer();

const allDay = '00:00-24:00';
const config = {
  locale: 'pt-BR',
  faq: {
    locale: 'pt-BR',
    faqs: [
      {
        id: 'prazo-entrega',
        question: 'Qual o prazo de entrega?',
        answer: 'Capitais recebem em **2 a 4 dias úteis**. [Rastrear pedido](https://loja.example/rastreio)',
        alternatives: ['quando chega meu pedido', 'quanto tempo demora para chegar'],
      },
      {
        id: 'trocas',
        question: 'Como faço para trocar um produto?',
        answer: 'Você tem 7 dias:\n- abra a troca em *Meus pedidos*\n- poste o pacote nos Correios',
        alternatives: ['quero devolver', 'devolução'],
      },
      {
        id: 'pagamento',
        question: 'Quais formas de pagamento vocês aceitam?',
        answer: 'Pix, cartão de crédito em até 6x e boleto.',
        alternatives: ['posso pagar com pix', 'parcelamento'],
      },
    ],
  },
  chat: {
    enabled: true,
    botName: 'Lia',
    avatar: 'L',
    greeting: 'Oi! Sou a Lia, da Loja Sol.',
    // Open every hour of every day: the handoff would be live, but its endpoint is unreachable.
    handoff: {
      endpoint: '/handoff',
      repliesUrl: '/handoff/replies',
      hours: { timeZone: 'America/Sao_Paulo', days: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay } },
    },
  },
};

const events: { type: string; faqId?: string }[] = [];
// What the live handoff endpoint received, and the open server-sent-event streams of replies.
const handoffItems: { type: string; text?: string; mode?: string; transcript?: unknown[] }[] = [];
const replyStreams: string[] = [];

beforeAll(async () => {
  env.server.route('/chat-config.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(config));
  });
  env.server.route('/v1/events', (_req, res, body) => {
    for (const item of (JSON.parse(body) as { items: { payload: { type: string } }[] }).items) events.push(item.payload);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  // A live handoff on another origin (the page is on 127.0.0.1, the help desk on localhost): an
  // endpoint that accepts batches, and replies as server-sent events, both with CORS headers.
  const helpDesk = env.server.url.replace('127.0.0.1', 'localhost');
  const liveConfig = {
    ...config,
    chat: { ...config.chat, handoff: { endpoint: `${helpDesk}/handoff-live`, repliesUrl: `${helpDesk}/replies`, replies: 'sse' } },
  };
  const cors = { 'access-control-allow-origin': env.server.url, 'access-control-allow-headers': 'content-type' };
  env.server.route('/chat-config-live.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(liveConfig));
  });
  env.server.route('/handoff-live', (req, res, body) => {
    if (req.method === 'POST') {
      for (const item of (JSON.parse(body) as { items: { payload: (typeof handoffItems)[number] }[] }).items) {
        handoffItems.push(item.payload);
      }
    }
    res.writeHead(req.method === 'OPTIONS' ? 204 : 200, { 'content-type': 'application/json', ...cors });
    res.end(req.method === 'OPTIONS' ? undefined : '{}');
  });
  env.server.route('/replies', (req, res) => {
    replyStreams.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...cors });
    res.write(`data: ${JSON.stringify({ id: 'r1', text: 'Olá, aqui é a **Ana**. Vou verificar o seu pedido.' })}\n\n`);
  });
  // Arabic (right to left) in the dark theme, for the accessibility check.
  env.server.route('/chat-config-ar.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ...config, locale: 'ar', theme: { mode: 'dark' } }));
  });
  env.server.page(
    '/store-ar',
    '<!doctype html><html lang="ar" dir="rtl"><title>متجر</title><main><h1>متجر</h1></main>' +
      '<script src="/packages/ui/dist/pulso.min.js" data-endpoint="/v1/events" data-config="/chat-config-ar.json" data-locale="ar" defer></script>',
  );
  env.server.page(
    '/store-live',
    '<!doctype html><html lang="pt-BR"><title>Loja Sol</title><main><h1>Loja Sol</h1></main>' +
      '<script src="/packages/ui/dist/pulso.min.js" data-endpoint="/v1/events" data-config="/chat-config-live.json" data-locale="pt-BR" defer></script>',
  );
  env.server.page(
    '/store',
    '<!doctype html><html lang="pt-BR"><title>Loja Sol</title><main><h1>Loja Sol</h1></main>' +
      '<script src="/packages/ui/dist/pulso.min.js" data-endpoint="/v1/events" data-config="/chat-config.json" data-locale="pt-BR" defer></script>',
  );
});

// Playwright's CSS locators pierce open shadow roots.
const lastBotLine = (page: Page) => page.locator('pulso-widget .msg.bot .bubble').last();

async function ask(page: Page, text: string) {
  const before = await page.locator('pulso-widget .msg.bot').count();
  await page.locator('#pulso-chat-input').fill(text);
  await page.locator('#pulso-chat-input').press('Enter');
  // The bot answers after its typing pause; wait for the new line.
  await page.waitForFunction(
    (count) => {
      const root = document.querySelector('pulso-widget')?.shadowRoot;
      return (root?.querySelectorAll('.msg.bot').length ?? 0) > count;
    },
    before,
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  // Text still fading in has too little contrast for axe: check the chat as it looks at rest.
  await animationsSettled(page);
  await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations as { id: string; nodes: { target: unknown[] }[] }[];
  });
  return found.map((v) => `${v.id} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** How many items wait in the handoff queue's own IndexedDB database. */
function pendingHandoffs(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('pulso-handoff');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const found: string[] = [];
          const names = Array.from(db.objectStoreNames);
          if (!names.length) return resolve(found);
          const tx = db.transaction(names, 'readonly');
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              for (const row of request.result as { payload?: { type?: string; email?: string } }[]) {
                if (row.payload?.type) found.push(`${row.payload.type} ${row.payload.email ?? ''}`.trim());
              }
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(found);
          };
        };
      }),
  );
}

/** The unsent question kept in the chat's IndexedDB transcript. */
function keptDraft(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('pulso-chat');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('transcript')) return resolve(undefined);
          const request = db.transaction('transcript', 'readonly').objectStore('transcript').get('drafts');
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { question?: string } | undefined)?.question);
          };
        };
      }),
  );
}

test('ask, get an answer, hand off offline, reload: transcript and queued handoff survive; axe clean', async () => {
  const context = await env.browser.newContext({ locale: 'pt-BR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The handoff endpoint is down: every request to it loses its connection, as on a dead network.
  // (Request routing in the page would miss the keepalive request a reload sends while unloading.)
  const handoffPosts: { body: string; keepalive: boolean; at: number }[] = [];
  env.server.route('/handoff', (req, _res, body) => {
    const keepalive = String(req.headers['content-type']).startsWith('text/plain');
    if (req.method === 'POST') handoffPosts.push({ body, keepalive, at: Date.now() });
    req.socket.destroy();
  });

  await page.goto(`${env.server.url}/store`);
  await page.locator('pulso-widget .launcher').click();
  await expect.poll(() => lastBotLine(page).textContent()).toBe('Oi! Sou a Lia, da Loja Sol.');

  await ask(page, 'quando chega o meu pedido?');
  await expect.poll(() => lastBotLine(page).textContent()).toContain('2 a 4 dias úteis');
  expect(await lastBotLine(page).locator('strong').textContent()).toBe('2 a 4 dias úteis');
  expect(await lastBotLine(page).locator('a').getAttribute('rel')).toContain('noopener');

  await ask(page, 'vocês vendem bicicletas elétricas?');
  // An abstention: no answer, so no "Was this helpful?".
  expect(await page.locator('pulso-widget .msg.bot').last().locator('[part~=feedback]').count()).toBe(0);
  await ask(page, 'qual a cor favorita do gerente?');
  const talk = page.locator('pulso-widget [part~=handoff]');
  await talk.waitFor();

  expect(await axeViolations(page)).toEqual([]);

  await talk.click();
  // The live handoff's reachability check failed, so the shopper is asked for an e-mail.
  await page.locator('#pulso-handoff-email').fill('ana@example.com');
  await page.locator('#pulso-handoff-message').fill('Meu pedido 123 não chegou.');
  await page.locator('pulso-widget [part~=handoff-form] button[type=submit]').click();
  await page.locator('pulso-widget [part~=csat]').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(await pendingHandoffs(page)).toEqual(['chat.handoff ana@example.com']);
  // A question typed but not sent is kept too: wait until it is in IndexedDB, then reload.
  await page.locator('#pulso-chat-input').fill('e a troca');
  await expect.poll(() => keptDraft(page)).toBe('e a troca');

  const reloadedAt = Date.now();
  await page.reload();
  await page.locator('pulso-widget .launcher').click();
  await expect.poll(() => page.locator('#pulso-chat-input').inputValue()).toBe('e a troca');
  const lines = page.locator('pulso-widget .msg .bubble');
  await expect.poll(() => lines.allTextContents()).toEqual(
    expect.arrayContaining(['quando chega o meu pedido?', 'Meu pedido 123 não chegou.', 'Oi! Sou a Lia, da Loja Sol.']),
  );
  await page.locator('pulso-widget [part~=csat]').waitFor();
  // Still queued after the reload, and the queue keeps trying the endpoint with it.
  expect(await pendingHandoffs(page)).toEqual(['chat.handoff ana@example.com']);
  const triedAgain = () => handoffPosts.some((post) => !post.keepalive && post.at > reloadedAt && post.body.includes('ana@example.com'));
  await expect.poll(triedAgain, { timeout: 15_000 }).toBe(true);

  // The events endpoint got the analytics: the answer (with its FAQ id) and the handoff copy.
  await expect.poll(() => events.map((event) => event.type), { timeout: 15_000 }).toEqual(
    expect.arrayContaining(['chat.message', 'chat.answer', 'chat.abstain', 'chat.handoff']),
  );
  expect(events.find((event) => event.type === 'chat.answer')?.faqId).toBe('prazo-entrega');
  expect(JSON.stringify(events)).not.toContain('ana@example.com');
  expect(errors).toEqual([]);
  await context.close();
});

test('within hours a person on another origin takes over: the transcript goes to the handoff endpoint and replies stream in', async () => {
  const context = await env.browser.newContext({ locale: 'pt-BR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${env.server.url}/store-live`);
  await page.locator('pulso-widget .launcher').click();
  await ask(page, 'quero falar com um atendente');
  await page.locator('pulso-widget [part~=handoff]').click();

  // The reply arrives over EventSource and is rendered with the Markdown subset.
  const reply = page.locator('pulso-widget .msg.agent .bubble');
  await expect.poll(() => reply.textContent()).toBe('Olá, aqui é a Ana. Vou verificar o seu pedido.');
  expect(await reply.locator('strong').textContent()).toBe('Ana');
  expect(replyStreams[0]).toMatch(/^\/replies\?conversationId=[a-z0-9]+$/);

  await expect.poll(() => handoffItems.map((item) => item.type), { timeout: 15_000 }).toContain('chat.handoff');
  const handoff = handoffItems.find((item) => item.type === 'chat.handoff')!;
  expect(handoff.mode).toBe('live');
  expect(JSON.stringify(handoff.transcript)).toContain('quero falar com um atendente');

  // What the shopper writes now goes to the person, not the bot.
  await page.locator('#pulso-chat-input').fill('O pedido é o 123');
  await page.locator('#pulso-chat-input').press('Enter');
  await expect
    .poll(() => handoffItems.filter((item) => item.type === 'chat.message').map((item) => item.text), { timeout: 15_000 })
    .toContain('O pedido é o 123');
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('a question typed just before a reload is back after it, though typing is written only after a pause', async () => {
  const context = await env.browser.newContext({ locale: 'pt-BR' });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/store`);
  await page.locator('pulso-widget .launcher').click();
  await page.locator('#pulso-chat-input').fill('e o frete para Manaus');
  // Reload at once, well inside the pause: only the write on pagehide can have kept it.
  await page.reload();
  await page.locator('pulso-widget .launcher').click();
  await expect.poll(() => page.locator('#pulso-chat-input').inputValue()).toBe('e o frete para Manaus');
  await context.close();
});

test('two tabs of the store: a reload shows the messages of both, in order, once each', async () => {
  const context = await env.browser.newContext({ locale: 'pt-BR' });
  const [tabA, tabB] = await Promise.all([context.newPage(), context.newPage()]);
  for (const tab of [tabA, tabB]) {
    await tab.goto(`${env.server.url}/store`);
    await tab.locator('pulso-widget .launcher').click();
    await tab.locator('pulso-widget .msg.bot').first().waitFor();
  }
  await ask(tabA, 'quando chega o meu pedido?');
  await ask(tabB, 'posso pagar com pix?');
  await ask(tabA, 'quero devolver');
  await tabB.close();
  await tabA.reload();
  await tabA.locator('pulso-widget .launcher').click();
  const shopper = tabA.locator('pulso-widget .msg.shopper .bubble');
  await expect.poll(() => shopper.allTextContents()).toEqual(['quando chega o meu pedido?', 'posso pagar com pix?', 'quero devolver']);
  const bot = await tabA.locator('pulso-widget .msg.bot .bubble').allTextContents();
  // The second tab opened on the first one's conversation, so there is one greeting.
  expect(bot).toEqual([
    'Oi! Sou a Lia, da Loja Sol.',
    expect.stringContaining('2 a 4 dias úteis'),
    'Pix, cartão de crédito em até 6x e boleto.',
    expect.stringContaining('Você tem 7 dias'),
  ]);
  await context.close();
});

test('right to left and dark: the chat mirrors and stays axe clean', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/store-ar`);
  await page.locator('pulso-widget .launcher').click();
  await ask(page, 'quando chega o meu pedido?');
  await ask(page, 'xyzzy plugh');
  expect(await page.locator('pulso-widget').getAttribute('dir')).toBe('rtl');
  // Shopper lines sit at the inline end, which is the left in right-to-left.
  const shopper = await page.locator('pulso-widget .msg.shopper .bubble').first().boundingBox();
  const bot = await page.locator('pulso-widget .msg.bot .bubble').first().boundingBox();
  expect(shopper!.x).toBeLessThan(bot!.x);
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});
