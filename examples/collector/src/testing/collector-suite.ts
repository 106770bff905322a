// One suite, run against every storage adapter (SQLite file and real PostgreSQL): the collector
// must behave the same over HTTP whichever database is behind it.
import { request } from 'node:http';
import { connect } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ces, csat, deflectionRate, firstResponseTime, nps, resolutionRate } from '@pulso/core';
import { startCollector } from '../server';
import type { Storage } from '../storage/storage';
import { surveyCatalog } from '../survey-catalog';

export const testSurveys = surveyCatalog([
  {
    name: 'test surveys',
    content: [
      {
        id: 'post-purchase-nps',
        version: 1,
        name: 'Post-purchase NPS',
        questions: [
          { id: 'score', kind: 'nps', title: 'Recomendaria?' },
          { id: 'why', kind: 'text', title: 'Porquê?' },
          { id: 'delivery', kind: 'csat', title: 'Entrega?' },
          { id: 'effort', kind: 'ces', title: 'Foi fácil?' },
          {
            id: 'channel',
            kind: 'single',
            title: 'Onde comprou?',
            choices: [
              { id: 'site', label: 'Site' },
              { id: 'app', label: 'App' },
            ],
          },
        ],
      },
      { id: 'other', version: 1, name: 'Other', questions: [{ id: 'score', kind: 'nps', title: 'Recomendaria?' }] },
    ],
  },
]);

const day = Date.UTC(2026, 10, 2, 12); // a Monday

let seq = 0;
export function answered(fields: { responseId: string; questionId?: string; value: unknown; at?: number; id?: string; surveyId?: string; journeyStage?: string }) {
  const at = fields.at ?? day;
  return {
    id: fields.id ?? `evt-${++seq}`,
    createdAt: at,
    payload: {
      type: 'survey.answered',
      responseId: fields.responseId,
      surveyId: fields.surveyId ?? 'post-purchase-nps',
      surveyVersion: '1',
      questionId: fields.questionId ?? 'score',
      value: fields.value,
      journeyStage: fields.journeyStage ?? 'post-purchase',
      locale: 'pt-BR',
      url: 'https://shop.example/obrigado',
      at,
    },
  };
}

export function collectorSuite(name: string, open: () => Promise<Storage | { skip: string }>) {
  describe(`collector over ${name}`, () => {
    let storage: Storage;
    let server: Awaited<ReturnType<typeof startCollector>>;
    let skipped: string | null = null;
    let loggedErrors: unknown[] = [];

    beforeEach(async (context) => {
      const opened = await open();
      if ('skip' in opened) {
        skipped = opened.skip;
        console.warn(`skipping ${name} collector tests: ${opened.skip}`);
        return context.skip();
      }
      storage = opened;
      loggedErrors = [];
      server = await startCollector({
        storage,
        surveys: testSurveys,
        allowedOrigins: ['https://shop.example'],
        maxBodyBytes: 8 * 1024,
        now: () => day,
        logError: (error) => loggedErrors.push(error),
      });
    });
    afterEach(async (context) => {
      if (skipped) return;
      // Only the test that closes the database may make the server log an error.
      if (!context.task.name.includes('database is gone')) expect(loggedErrors).toEqual([]);
      await server.close();
      await storage.close().catch(() => undefined);
    });

    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/v1/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : body instanceof Uint8Array ? new Uint8Array(body) : JSON.stringify(body),
      });
    const report = async (query: string) => {
      const response = await fetch(`${server.url}/v1/report?${query}`);
      expect(response.status).toBe(200);
      return response.json();
    };
    const storedEvents = async () => (await storage.events(['survey.answered', 'survey.shown', 'survey.completed', 'chat.message'])).length;

    it('accepts a batch, stores its events and reports the answers', async () => {
      const items = [answered({ responseId: 'r1', value: 10 }), answered({ responseId: 'r2', value: 3 })];
      const response = await post({ sentAt: day, items });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ accepted: items.map((item) => item.id), rejected: [] });
      const body = await report('survey=post-purchase-nps');
      expect(body.responses).toBe(2);
      expect(body.nps).toMatchObject({ n: 2, score: 0 });
    });

    it('accepts the text/plain body a page sends with sendBeacon while unloading', async () => {
      const item = answered({ responseId: 'r1', value: 9 });
      const response = await post({ sentAt: day, items: [item] }, { 'content-type': 'text/plain;charset=UTF-8' });
      expect(await response.json()).toEqual({ accepted: [item.id], rejected: [] });
    });

    it('stores a retried batch once and acknowledges every copy, even when the copies arrive at the same time', async () => {
      const items = Array.from({ length: 20 }, (_, i) => answered({ responseId: `r${i}`, value: i % 11 }));
      // Overlapping batches in different orders: the same events retried by several tabs.
      const batches = Array.from({ length: 12 }, (_, i) => ({
        sentAt: day,
        items: i % 2 ? [...items].reverse() : items.slice(i % 5),
      }));
      // Every third copy is a page-hide beacon (text/plain), as when two tabs close at once.
      const replies = await Promise.all(
        batches.map(async (batch, i) => (await post(batch, i % 3 ? {} : { 'content-type': 'text/plain;charset=UTF-8' })).json()),
      );
      replies.forEach((reply, i) => {
        expect(reply.rejected).toEqual([]);
        expect(new Set(reply.accepted)).toEqual(new Set(batches[i]!.items.map((item) => item.id)));
      });
      expect(await storedEvents()).toBe(20);
      expect((await report('survey=post-purchase-nps')).nps.n).toBe(20);
    });

    it('keeps the newest answer to the same response and question, whatever order they arrive in', async () => {
      const first = answered({ responseId: 'r1', value: 2, at: day });
      const changed = answered({ responseId: 'r1', value: 9, at: day + 5_000 });
      await post({ items: [changed] });
      await post({ items: [first] });
      const body = await report('survey=post-purchase-nps');
      expect(body.nps).toMatchObject({ n: 1, score: 100, promoters: 1, detractors: 0 });
      expect(body.nps.distribution[9]).toBe(1);
      expect(await storedEvents()).toBe(2);
      // Both answers in one batch, newest first: still the newest wins.
      const again = answered({ responseId: 'r2', value: 0, at: day + 9_000 });
      const before = answered({ responseId: 'r2', value: 10, at: day });
      expect((await (await post({ items: [again, before] })).json()).accepted).toEqual([again.id, before.id]);
      expect((await report('survey=post-purchase-nps')).nps).toMatchObject({ n: 2, promoters: 1, detractors: 1 });
    });

    it('accepts the valid items of a batch and refuses the others, each with a reason', async () => {
      const good = answered({ responseId: 'r1', value: 7 });
      const outOfRange = answered({ responseId: 'r2', value: 11 });
      const unknownSurvey = answered({ responseId: 'r3', value: 5, surveyId: 'nope' });
      const unknownQuestion = answered({ responseId: 'r4', value: 5, questionId: 'nope' });
      const wrongOption = answered({ responseId: 'r5', questionId: 'channel', value: 'fax' });
      const badType = { id: 'bad-type', createdAt: day, payload: { type: 'survey.exploded', responseId: 'x' } };
      const noId = { createdAt: day, payload: {} };
      const reply = await (await post({ items: [good, outOfRange, unknownSurvey, unknownQuestion, wrongOption, badType, noId] })).json();
      expect(reply.accepted).toEqual([good.id]);
      const reasons = Object.fromEntries(reply.rejected.map((r: { id: string; reason: string }) => [r.id, r.reason]));
      expect(reasons[outOfRange.id]).toMatch(/^payload\.value: question "score": .*0 to 10.*11/);
      expect(reasons[unknownSurvey.id]).toMatch(/unknown survey "nope"/);
      expect(reasons[unknownQuestion.id]).toMatch(/no question "nope"/);
      expect(reasons[wrongOption.id]).toMatch(/^payload\.value: question "channel": "fax" is not one of the choices \(site, app\)/);
      expect(reasons['bad-type']).toMatch(/^payload\.type/);
      expect(reasons['#6']).toMatch(/^id:/);
      expect(await storedEvents()).toBe(1);
    });

    it('answers each id of a batch once, by its first copy, when the batch holds the same id twice', async () => {
      // The transport never repeats an id in a batch; another client may. The first copy decides.
      const valid = answered({ responseId: 'dup-a', value: 9, id: 'dup-a' });
      const invalidAfterValid = { ...answered({ responseId: 'dup-a', value: 11 }), id: 'dup-a' };
      const invalid = answered({ responseId: 'dup-b', value: 42, id: 'dup-b' });
      const validAfterInvalid = { ...answered({ responseId: 'dup-b', value: 8 }), id: 'dup-b' };
      const first = answered({ responseId: 'dup-c', value: 3, id: 'dup-c' });
      const second = { ...answered({ responseId: 'dup-c', value: 10, at: day + 1000 }), id: 'dup-c' };
      const noSurvey = answered({ responseId: 'dup-d', value: 5, surveyId: 'nope', id: 'dup-d' });
      const twice = [valid, invalidAfterValid, invalid, validAfterInvalid, first, second, noSurvey, noSurvey, valid];
      const reply = (await (await post({ items: twice })).json()) as { accepted: string[]; rejected: { id: string; reason: string }[] };
      expect(reply.accepted).toEqual(['dup-a', 'dup-c']);
      expect(reply.rejected.map((entry) => entry.id)).toEqual(['dup-b', 'dup-d']);
      expect(reply.rejected[0]!.reason).toMatch(/^payload\.value: question "score": .*42/);
      // What is stored is the first copy: dup-c is a 3 (a detractor), not the later 10.
      expect(await storedEvents()).toBe(2);
      const stored = await storage.answers('post-purchase-nps');
      expect(stored.map((row) => [row.responseId, row.value])).toEqual([['dup-a', 9], ['dup-c', 3]]);
      // Sent again, the same batch gets the same answer.
      expect(await (await post({ items: twice })).json()).toEqual(reply);
    });

    it('keeps the first stored copy of an event: a later copy with the same id changes neither the event nor its answer', async () => {
      const first = answered({ responseId: 'again', value: 3, id: 'same-id' });
      const changed = { ...answered({ responseId: 'again', value: 10, at: day + 60_000 }), id: 'same-id' };
      expect(await (await post({ items: [first] })).json()).toEqual({ accepted: ['same-id'], rejected: [] });
      // Acknowledged (the id is stored), and nothing else: it is a repeat, whatever it now says.
      expect(await (await post({ items: [changed] })).json()).toEqual({ accepted: ['same-id'], rejected: [] });
      const [event] = await storage.events(['survey.answered']);
      expect((event!.payload as { value: number }).value).toBe(3);
      expect((await storage.answers('post-purchase-nps')).map((row) => [row.eventId, row.value, row.at])).toEqual([['same-id', 3, day]]);
      expect((await report('survey=post-purchase-nps')).nps).toMatchObject({ n: 1, detractors: 1, promoters: 0 });
      // A new event (its own id) still replaces an older answer.
      await post({ items: [answered({ responseId: 'again', value: 10, at: day + 60_000, id: 'newer' })] });
      expect((await storage.answers('post-purchase-nps')).map((row) => [row.eventId, row.value])).toEqual([['newer', 10]]);
    });

    it('puts the times of a device whose clock is off back on the collector clock, using the batch sentAt', async () => {
      const year = 365 * 86_400_000;
      // The phone thinks it is a year later: it answered 10 s before sending, by its own clock.
      const ahead = answered({ responseId: 'skewed', value: 2, at: day + year - 10_000 });
      expect((await (await post({ sentAt: day + year, items: [ahead] })).json()).accepted).toEqual([ahead.id]);
      // A clock 30 s off (or a slow network) is left alone.
      const close = answered({ responseId: 'close', value: 9, at: day - 5_000 });
      await post({ sentAt: new Date(day - 30_000).toISOString(), items: [close] });
      const rows = await storage.answers('post-purchase-nps');
      expect(rows.map((row) => [row.responseId, row.at])).toEqual([['skewed', day - 10_000], ['close', day - 5_000]]);
      const events = await storage.events(['survey.answered']);
      expect(events.map((event) => [event.id, event.createdAt])).toEqual([[ahead.id, day - 10_000], [close.id, day - 5_000]]);
      // What the device sent is kept as it was.
      expect((events.find((event) => event.id === ahead.id)!.payload as { at: number }).at).toBe(day + year - 10_000);
      expect((await report(`survey=post-purchase-nps&from=${day - 60_000}&to=${day}`)).nps).toMatchObject({ n: 2, detractors: 1, promoters: 1 });
    });

    it('keeps the orderKey and seq of each event, so a conversation can be put back in order', async () => {
      // Two messages in the same millisecond: only seq tells which came first.
      const message = (id: string, seq: number) => ({
        id,
        createdAt: day,
        orderKey: 'conv-1',
        seq,
        payload: { type: 'chat.message', conversationId: 'conv-1', messageId: id, text: `message ${seq}`, at: day },
      });
      const loose = { id: 'no-order', createdAt: day, payload: { type: 'chat.message', conversationId: 'conv-2', at: day } };
      await post({ items: [message('zz-first', 1), message('aa-second', 2), loose] });
      const events = await storage.events(['chat.message']);
      const order = Object.fromEntries(events.map((event) => [event.id, [event.orderKey, event.seq]]));
      expect(order).toEqual({ 'zz-first': ['conv-1', 1], 'aa-second': ['conv-1', 2], 'no-order': [null, null] });
    });

    it('answers bad requests with a 4xx and a reason, and stores nothing', async () => {
      const cases: [string, Response, number, RegExp][] = [
        ['malformed JSON', await post('{"items": [', {}), 400, /not JSON/],
        ['wrong envelope', await post({ items: 'many' }), 400, /items/],
        ['wrong content type', await post('{}', { 'content-type': 'application/x-www-form-urlencoded' }), 415, /content-type/],
        ['too large', await post({ items: Array.from({ length: 200 }, () => answered({ responseId: 'big', value: 1 })) }), 413, /larger than 8192/],
        ['GET on events', await fetch(`${server.url}/v1/events`), 405, /POST/],
        ['POST on surveys', await fetch(`${server.url}/v1/surveys`, { method: 'POST' }), 405, /use GET/],
        ['report without survey', await fetch(`${server.url}/v1/report`), 400, /survey: required/],
        ['report with bad date', await fetch(`${server.url}/v1/report?survey=other&from=yesterday`), 400, /from: not a date/],
        ['report with bad grouping', await fetch(`${server.url}/v1/report?survey=other&by=hour`), 400, /by: must be one of/],
      ];
      for (const [label, response, status, reason] of cases) {
        expect(response.status, label).toBe(status);
        expect((await response.json()).error, label).toMatch(reason);
      }
      expect(await storedEvents()).toBe(0);
    });

    it('answers HEAD like GET without a body on the read-only routes (uptime monitors use it)', async () => {
      for (const path of ['/v1/surveys', '/v1/report?survey=post-purchase-nps', '/healthz']) {
        const response = await fetch(`${server.url}${path}`, { method: 'HEAD' });
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
        expect(await response.text(), path).toBe('');
      }
    });

    it('answers a report of an unknown survey with a 404 naming it and listing the known ones', async () => {
      const response = await fetch(`${server.url}/v1/report?survey=old-nps&by=week`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({
        error: 'survey: unknown survey "old-nps" (known: post-purchase-nps, other)',
        survey: 'old-nps',
        known: ['post-purchase-nps', 'other'],
      });
      // A malformed parameter is still the caller's syntax error: 400, even next to an unknown survey.
      expect((await fetch(`${server.url}/v1/report?survey=other&by=hour`)).status).toBe(400);
    });

    it('refuses, item by item, what one of the databases cannot hold: a NUL, a lone surrogate, a time past 2^53', async () => {
      const good = answered({ responseId: 'fine', value: 9 });
      const nul = answered({ responseId: 'nul', questionId: 'why', value: 'ok\u0000then' });
      const surrogate = answered({ responseId: 'half', questionId: 'why', value: 'emoji \ud83d cut', id: 'half' });
      const far = { ...answered({ responseId: 'far', value: 3 }), id: 'far', createdAt: 1e20 };
      const farAt = answered({ responseId: 'far-at', value: 3 });
      farAt.payload = { ...farAt.payload, at: 2 ** 60 };
      const response = await post({ items: [good, nul, surrogate, far, farAt] });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { accepted: string[]; rejected: { id: string; reason: string }[] };
      expect(body.accepted).toEqual([good.id]);
      const reasons = Object.fromEntries(body.rejected.map((entry) => [entry.id, entry.reason]));
      expect(reasons[nul.id]).toMatch(/^payload\.value: /);
      expect(reasons.half).toMatch(/^payload\.value: /);
      expect(reasons.far).toMatch(/^createdAt: /);
      expect(reasons[farAt.id]).toMatch(/^payload\.at: /);
      expect(await storedEvents()).toBe(1);
    });

    it('refuses a time past what a date holds (after the year 275760), which made every report fail', async () => {
      // 9e15 is still a safe integer, so it passed; the report then could not turn it into a date.
      const farAt = { ...answered({ responseId: 'far-text', questionId: 'why', value: 'oi', at: 9e15 }), createdAt: day };
      const farCreated = { ...answered({ responseId: 'far-created', value: 9 }), createdAt: 9e15 };
      const good = answered({ responseId: 'near', value: 9 });
      const body = (await (await post({ items: [farAt, farCreated, good] })).json()) as { accepted: string[]; rejected: { id: string; reason: string }[] };
      expect(body.accepted).toEqual([good.id]);
      expect(body.rejected.map((entry) => [entry.id, entry.reason.split(':')[0]])).toEqual([
        [farAt.id, 'payload.at'],
        [farCreated.id, 'createdAt'],
      ]);
      // A device clock far behind cannot push a stored time past the end either.
      const late = answered({ responseId: 'late', value: 9, at: 8.64e15 - 1 });
      expect((await (await post({ sentAt: day - 86_400_000, items: [late] })).json()).accepted).toEqual([late.id]);
      for (const by of ['day', 'week', 'month']) expect((await report(`survey=post-purchase-nps&by=${by}`)).nps.n, by).toBe(2);
    });

    it('answers a request line that is not a URL with a 400, not a storage 503', async () => {
      // Node passes an absolute-form target through as it came; scanners send such lines.
      const reply = await new Promise<string>((done, fail) => {
        const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () =>
          socket.write('GET http://[::1/v1/report HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
        );
        let text = '';
        socket.on('data', (chunk) => (text += chunk));
        socket.on('end', () => done(text));
        socket.on('error', fail);
      });
      expect(reply).toMatch(/^HTTP\/1\.1 400 /);
      expect(reply).toContain('"error":"request target is not a URL: http://[::1/v1/report"');
    });

    it('does not log a client that leaves in the middle of its body as a storage failure', async () => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
      await new Promise((done) => socket.once('connect', done));
      socket.write('POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"items":[');
      await new Promise((done) => setTimeout(done, 50));
      socket.destroy();
      await new Promise((done) => setTimeout(done, 100));
      // afterEach checks that nothing was logged; the server still answers.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });

    it('reads a gzip, deflate or brotli body, and refuses one that inflates past the limit or is corrupt', async () => {
      // A client (an `endpoint` function, a server relaying events) may compress its batches.
      const packed = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };
      for (const [encoding, pack] of Object.entries(packed)) {
        const item = answered({ responseId: `zip-${encoding}`, value: 9 });
        const response = await post(pack(JSON.stringify({ items: [item] })), { 'content-encoding': encoding });
        expect(await response.json(), encoding).toEqual({ accepted: [item.id], rejected: [] });
      }
      // 3 KB compressed, 40 KB inflated: over the 8 KB limit, so a 413 and the transport splits.
      const bomb = gzipSync(JSON.stringify({ items: Array.from({ length: 200 }, () => answered({ responseId: 'big', value: 1 })) }));
      expect(bomb.length).toBeLessThan(8 * 1024);
      const tooBig = await post(bomb, { 'content-encoding': 'gzip' });
      expect(tooBig.status).toBe(413);
      expect((await tooBig.json()).error).toBe('body is larger than 8192 bytes once inflated (content-encoding gzip)');
      const corrupt = await post(Buffer.from('{"items": []}'), { 'content-encoding': 'gzip' });
      expect(corrupt.status).toBe(400);
      expect((await corrupt.json()).error).toMatch(/^body is not valid gzip: /);
      const unknown = await post(Buffer.from('{"items": []}'), { 'content-encoding': 'zstd' });
      expect(unknown.status).toBe(415);
      expect(unknown.headers.get('accept-encoding')).toBe('gzip, deflate, br');
      expect((await unknown.json()).error).toBe('content-encoding "zstd" is not supported (use gzip, deflate, br or none)');
      // Names an object has on its prototype are not codings either.
      for (const encoding of ['constructor', '__proto__', 'tostring']) {
        expect((await post(Buffer.from('{"items": []}'), { 'content-encoding': encoding })).status, encoding).toBe(415);
      }
      expect(await storedEvents()).toBe(3);
    });

    it('reads Content-Encoding as the list it is: empty elements and identity name no coding', async () => {
      // RFC 9110 §5.6.1: empty list elements are ignored; §8.4.1: identity is no coding at all. A 415
      // makes the transport dead-letter the whole batch, so an empty header must not cost events.
      const plain = { '': 'empty', ' , ': 'empty elements', 'IDENTITY': 'identity', 'identity, identity': 'identity twice' };
      for (const [header, label] of Object.entries(plain)) {
        const item = answered({ responseId: `plain-${label}`, value: 9 });
        const response = await post(JSON.stringify({ items: [item] }), { 'content-encoding': header });
        expect(await response.json(), label).toEqual({ accepted: [item.id], rejected: [] });
      }
      const zipped = answered({ responseId: 'zip-listed', value: 9 });
      const listed = await post(gzipSync(JSON.stringify({ items: [zipped] })), { 'content-encoding': 'gzip, , identity' });
      expect(await listed.json()).toEqual({ accepted: [zipped.id], rejected: [] });
      // Two real codings stacked are not supported: still a 415 naming them.
      const stacked = await post(gzipSync(gzipSync('{"items": []}')), { 'content-encoding': 'gzip, gzip' });
      expect(stacked.status).toBe(415);
      expect((await stacked.json()).error).toBe('content-encoding "gzip, gzip" is not supported (use gzip, deflate, br or none)');
      expect(await storedEvents()).toBe(5);
    });

    it('reads the body as UTF-8: a byte order mark is skipped, bytes that are not UTF-8 are refused, not stored as replacement characters', async () => {
      const withBom = answered({ responseId: 'bom', questionId: 'why', value: 'Ótimo' });
      const bom = await post(`\ufeff${JSON.stringify({ items: [withBom] })}`, { 'content-type': 'text/plain;charset=UTF-8' });
      expect(await bom.json()).toEqual({ accepted: [withBom.id], rejected: [] });
      // A client that sends Latin-1: "ação" would have been stored as "a\ufffd\ufffdo".
      const latin1 = Buffer.from(JSON.stringify({ items: [answered({ responseId: 'latin1', questionId: 'why', value: 'ação' })] }), 'latin1');
      const refused = await post(latin1, { 'content-type': 'text/plain;charset=ISO-8859-1' });
      expect(refused.status).toBe(400);
      expect((await refused.json()).error).toBe('body is not valid UTF-8 (JSON must be UTF-8, RFC 8259 §8.1; the request said charset=ISO-8859-1)');
      expect((await storage.answers('post-purchase-nps')).map((row) => row.value)).toEqual(['Ótimo']);
    });

    it('answers a batch of more than 1000 items with a 413, so the client splits it, and stores none of it', async () => {
      // Items of one byte keep the batch under this server's 8 KB body limit: only the count is over.
      const small = await post({ items: Array.from({ length: 1001 }, () => 0) });
      expect(small.status).toBe(413);
      expect((await small.json()).error).toBe('batch has 1001 items; one request may carry at most 1000');
      const fits = await post({ items: Array.from({ length: 1000 }, () => 0) });
      expect(fits.status).toBe(200);
      expect((await fits.json()).rejected).toHaveLength(1000);
      expect(await storedEvents()).toBe(0);
    });

    it('refuses a streamed body over the limit that declared no length', async () => {
      const { status, body } = await new Promise<{ status: number; body: string }>((done, fail) => {
        const req = request(`${server.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', fail);
        // Chunked transfer: no Content-Length, so the limit is enforced while reading.
        for (let i = 0; i < 20; i++) req.write(' '.repeat(1024));
        req.end();
      });
      expect(status).toBe(413);
      expect(JSON.parse(body).error).toBe('body is larger than 8192 bytes');
    });

    it('lets allowed origins call the API and refuses others, preflight included', async () => {
      const preflight = (origin: string) =>
        fetch(`${server.url}/v1/events`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
      const allowed = await preflight('https://shop.example');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
      expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
      expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type');
      expect((await preflight('https://evil.example')).status).toBe(403);

      const item = answered({ responseId: 'r1', value: 10 });
      const refused = await post({ items: [item] }, { origin: 'https://evil.example' });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      const sameOrigin = await post({ items: [item] }, { origin: server.url });
      expect(sameOrigin.status).toBe(200);
      expect(sameOrigin.headers.get('access-control-allow-origin')).toBe(server.url);
      expect(await storedEvents()).toBe(1);
    });

    it('computes NPS, CSAT and CES with @pulso/core, counting each response once', async () => {
      const npsScores = [10, 10, 9, 9, 9, 8, 7, 6, 5, 3, 0, 10, 9, 2];
      const csatScores = [5, 4, 4, 3, 1, 5];
      const cesScores = [7, 6, 2, 5];
      const items = [
        ...npsScores.map((value, i) => answered({ responseId: `r${i}`, value })),
        // A changed answer replaces the first one: response r0 still counts once, as a 4.
        answered({ responseId: 'r0', value: 4, at: day + 1000 }),
        ...csatScores.map((value, i) => answered({ responseId: `r${i}`, questionId: 'delivery', value })),
        ...cesScores.map((value, i) => answered({ responseId: `r${i}`, questionId: 'effort', value })),
        answered({ responseId: 'r1', questionId: 'why', value: 'Entrega rápida' }),
        answered({ responseId: 'o1', surveyId: 'other', value: 0 }),
      ];
      expect((await (await post({ items })).json()).rejected).toEqual([]);
      const body = await report('survey=post-purchase-nps');
      const counted = [4, ...npsScores.slice(1)];
      expect(body.responses).toBe(npsScores.length);
      expect(body.nps).toMatchObject(JSON.parse(JSON.stringify(nps(counted))));
      expect(body.csat).toMatchObject(JSON.parse(JSON.stringify(csat(csatScores, { scale: 5 }))));
      expect(body.csat.distribution).toEqual([1, 0, 1, 2, 2]);
      expect(body.ces).toMatchObject(JSON.parse(JSON.stringify(ces(cesScores, { scale: 7 }))));
      expect(body.nps.distribution).toEqual([1, 0, 1, 1, 1, 1, 1, 1, 1, 4, 2]);
      expect(body.comments).toEqual([
        { at: new Date(day).toISOString(), questionId: 'why', text: 'Entrega rápida', nps: 10, locale: 'pt-BR' },
      ]);
      expect(body.nps.marginOfError).toBeGreaterThan(0);
    });

    it('counts how many responses were shown, completed and dismissed', async () => {
      const lifecycle = (type: string, responseId: string, surveyId = 'post-purchase-nps') => ({
        id: `${type}-${responseId}-${surveyId}`,
        createdAt: day,
        payload: { type, responseId, surveyId, surveyVersion: 1, at: day },
      });
      const items = [
        lifecycle('survey.shown', 'a'),
        lifecycle('survey.shown', 'b'),
        lifecycle('survey.shown', 'c'),
        lifecycle('survey.completed', 'a'),
        lifecycle('survey.dismissed', 'b'),
        lifecycle('survey.shown', 'z', 'other'),
      ];
      expect((await (await post({ items })).json()).rejected).toEqual([]);
      expect((await report('survey=post-purchase-nps')).funnel).toEqual({ shown: 3, completed: 1, dismissed: 1 });
    });

    it('groups the series by day, week, month or journey stage and filters by date', async () => {
      const dayMs = 86_400_000;
      const items = [
        answered({ responseId: 'a', value: 10, at: day }), // Mon 2 Nov
        answered({ responseId: 'b', value: 0, at: day + dayMs }), // Tue 3 Nov
        answered({ responseId: 'c', value: 9, at: day + 7 * dayMs, journeyStage: 'delivered' }), // Mon 9 Nov
        answered({ responseId: 'd', value: 9, at: Date.UTC(2026, 11, 1), journeyStage: 'delivered' }), // 1 Dec
      ];
      await post({ items });
      const keys = async (query: string) =>
        (await report(`survey=post-purchase-nps&${query}`)).series.map((point: { key: string; nps: { n: number } }) => [point.key, point.nps.n]);
      expect(await keys('by=day')).toEqual([['2026-11-02', 1], ['2026-11-03', 1], ['2026-11-09', 1], ['2026-12-01', 1]]);
      expect(await keys('by=week')).toEqual([['2026-W45', 2], ['2026-W46', 1], ['2026-W49', 1]]);
      expect(await keys('by=month')).toEqual([['2026-11', 3], ['2026-12', 1]]);
      expect(await keys('by=journeyStage')).toEqual([['delivered', 2], ['post-purchase', 2]]);
      expect(await keys('by=day&from=2026-11-03&to=2026-11-09')).toEqual([['2026-11-03', 1], ['2026-11-09', 1]]);
      const filtered = await report('survey=post-purchase-nps&from=2026-11-03&to=2026-11-09');
      expect(filtered.nps).toMatchObject(JSON.parse(JSON.stringify(nps([0, 9]))));
    });

    it('reports chat deflection, resolution and first response time with @pulso/core', async () => {
      const chat = [
        { type: 'chat.message', conversationId: 'c1', messageId: 'm1', text: 'prazo de entrega?', at: day },
        { type: 'chat.answer', conversationId: 'c1', messageId: 'm2', replyTo: 'm1', faqId: 'entrega', confidence: 0.9, at: day + 300 },
        { type: 'chat.feedback', conversationId: 'c1', messageId: 'm2', faqId: 'entrega', helpful: true, at: day + 5000 },
        { type: 'chat.message', conversationId: 'c2', messageId: 'm3', text: 'quero falar com alguém', at: day },
        { type: 'chat.abstain', conversationId: 'c2', replyTo: 'm3', confidence: 0.1, suggestions: [], at: day + 900 },
        { type: 'chat.handoff', conversationId: 'c2', reason: 'asked', mode: 'offline', transcript: [], email: 'a@b.example', at: day + 2000 },
      ];
      const items = chat.map((payload, i) => ({ id: `chat-${i}`, createdAt: payload.at, payload }));
      expect((await (await post({ items })).json()).accepted).toHaveLength(chat.length);
      const body = await report('survey=post-purchase-nps');
      const events = chat as Parameters<typeof deflectionRate>[0];
      expect(body.chat).toMatchObject({
        conversations: 2,
        handoffs: 1,
        deflectionRate: deflectionRate(events),
        resolutionRate: resolutionRate(events),
        firstResponseTime: firstResponseTime(events),
      });
      expect(body.chat.deflectionRate.rate).toBe(0.5);
    });

    it('purges what is older than the retention window, and deletes one response on request', async () => {
      const old = answered({ responseId: 'old', value: 3, at: day - 40 * 86_400_000 });
      const kept = answered({ responseId: 'kept', value: 9 });
      const keptWhy = answered({ responseId: 'kept', questionId: 'why', value: 'Café ótimo' });
      const gone = answered({ responseId: 'forget-me', value: 10 });
      const goneShown = { id: 'shown-forget-me', createdAt: day, payload: { type: 'survey.shown', responseId: 'forget-me', surveyId: 'post-purchase-nps', surveyVersion: 1, at: day } };
      await post({ items: [old, kept, keptWhy, gone, goneShown] });
      // Answers are purged by when they were given, events by when they were received (all `day`).
      expect(await storage.purge(day - 30 * 86_400_000)).toEqual({ events: 0, answers: 1 });
      expect((await report('survey=post-purchase-nps')).responses).toBe(2);
      expect(await storedEvents()).toBe(5);

      expect(await storage.deleteResponse('forget-me')).toEqual({ events: 2, answers: 1 });
      expect(await storage.deleteResponse('forget-me')).toEqual({ events: 0, answers: 0 });
      const body = await report('survey=post-purchase-nps');
      expect(body.responses).toBe(1);
      expect(body.nps).toMatchObject({ n: 1, promoters: 1 });
    });

    it('answers /healthz with the storage kind, and 503 rather than 500 when the database is gone', async () => {
      const health = await fetch(`${server.url}/healthz`);
      expect(await health.json()).toEqual({ ok: true, storage: storage.kind });
      await storage.close();
      const down = await post({ items: [answered({ responseId: 'r1', value: 1 })] });
      expect(down.status).toBe(503);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
      expect(loggedErrors).toHaveLength(1);
    });
  });
}

/**
 * For a storage whose table was created by the first release (no order_key/seq columns, one old
 * row): opening it twice adds the columns once, keeps the old row and stores orderKey and seq.
 */
export async function expectOldTableUpgraded(open: () => Promise<Storage>) {
  for (let opened = 0; opened < 2; opened++) {
    const storage = await open();
    await storage.write([{ id: `new-${opened}`, type: 'chat.message', createdAt: 2000, receivedAt: 2000, payload: { type: 'chat.message', conversationId: 'c' }, orderKey: 'c', seq: opened + 1 }], []);
    expect((await storage.events(['chat.message'])).map((event) => [event.id, event.orderKey, event.seq])).toEqual([
      ['old', null, null],
      ['new-0', 'c', 1],
      ...(opened === 1 ? [['new-1', 'c', 2]] : []),
    ]);
    await storage.close();
  }
}
