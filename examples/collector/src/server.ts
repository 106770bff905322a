// The collector's HTTP surface: ingest, report, health, and (optionally) static pages. Node's own
// `http` is enough; every route is a few lines.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { applyCors, type AllowedOrigins } from './cors';
import { ingest } from './ingest';
import { reportAllowed, reportPaths } from './report-auth';
import { BodyRefused, BodyTooLarge, readBody } from './read-body';
import { buildReport, parseReportQuery } from './report';
import type { Storage } from './storage/storage';
import type { SurveyCatalog } from './survey-catalog';
import { batchSchema, describe, maxBatchItems } from './wire';

export interface CollectorOptions {
  storage: Storage;
  surveys: SurveyCatalog;
  /** Origins allowed to POST events from another site; same-origin pages are always allowed. */
  allowedOrigins?: AllowedOrigins;
  /** Largest accepted body in bytes (default 1 MiB: a chat handoff carries its transcript). */
  maxBodyBytes?: number;
  /** Extra files served by exact path (the demo pages), as absolute file paths. */
  files?: Record<string, string>;
  now?: () => number;
  /** When set, the report (page and API) asks for this password (HTTP Basic, any user name). */
  reportPassword?: string;
  /** Where unexpected errors (the database, a bug) are written; default `console.error`. */
  logError?: (error: unknown) => void;
}

/** Every page is served with this policy: it is what the pages (and Pulso) must work under. */
export const contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The request handler; `startCollector` wraps it in a server. */
export function createCollector(options: CollectorOptions) {
  const { storage, surveys, allowedOrigins = [], maxBodyBytes = 1024 * 1024, files = {}, now = Date.now } = options;
  const logError = options.logError ?? ((error: unknown) => console.error('pulso collector:', error));

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Node passes an absolute-form target (`GET http://[::1/ HTTP/1.1`) through unchecked: parsed
    // outside the try, it rejected this handler and, unhandled, stopped the whole process.
    const target = req.url ?? '/';
    if (!URL.canParse(target, 'http://collector')) return json(res, 400, { error: `request target is not a URL: ${target}` });
    const url = new URL(target, 'http://collector');
    // Files are listed by their names; a browser asks for `/promo%C3%A7%C3%A3o/`. The password
    // check reads the same decoded path, or `/%72eport` would serve the report page without it.
    const path = decodePath(url.pathname);
    // HEAD is GET without the body (Node leaves the body out of a HEAD answer by itself).
    const reading = req.method === 'GET' || req.method === 'HEAD';
    try {
      if (url.pathname.startsWith('/v1/')) {
        if (!applyCors(req, res, allowedOrigins)) {
          return json(res, 403, { error: `origin ${req.headers.origin} is not allowed; add it to PULSO_ALLOWED_ORIGINS` });
        }
        if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      }
      if ((reportPaths.has(url.pathname) || reportPaths.has(path ?? '')) && !reportAllowed(req, options.reportPassword)) {
        return json(res, 401, { error: 'the report needs the password (PULSO_REPORT_PASSWORD)' }, { 'www-authenticate': 'Basic realm="Pulso report", charset="UTF-8"' });
      }
      if (url.pathname === '/v1/events') {
        if (req.method !== 'POST') return json(res, 405, { error: 'use POST' }, { allow: 'POST, OPTIONS' });
        return await postEvents(req, res);
      }
      if (url.pathname === '/v1/report') {
        if (!reading) return json(res, 405, { error: 'use GET' }, { allow: 'GET, HEAD, OPTIONS' });
        const query = parseReportQuery(url.searchParams, surveys);
        if (!query.ok) {
          const { ok, status, ...body } = query;
          return json(res, status, body);
        }
        return json(res, 200, await buildReport(storage, query.value));
      }
      if (url.pathname === '/v1/surveys') {
        if (!reading) return json(res, 405, { error: 'use GET' }, { allow: 'GET, HEAD, OPTIONS' });
        const list = [...surveys.values()].map((survey) => ({
          id: survey.id,
          version: survey.version,
          questions: [...survey.questions.values()].map(({ id, kind }) => ({ id, kind })),
        }));
        return json(res, 200, { surveys: list });
      }
      if (url.pathname === '/healthz') {
        const ok = await storage.ping().catch(() => false);
        return json(res, ok ? 200 : 503, { ok, storage: storage.kind });
      }
      // No icon: answer browsers' automatic request without a 404 in the console.
      if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
      // `/theming` → `/theming/`, so the page's relative links (pulso.json) resolve inside its folder.
      if (path !== null && !files[path] && files[`${path}/`]) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return void res.end();
      }
      const file = path === null ? undefined : files[path];
      if (file && reading) return await sendFile(res, file);
      return json(res, 404, { error: `no route for ${req.method} ${url.pathname}` });
    } catch (error) {
      // Bad input never gets here (it is answered above); this is the database or a bug.
      logError(error);
      if (!res.headersSent) json(res, 503, { error: 'storage unavailable, retry later' }, { 'retry-after': '5' });
      else res.end();
    }
  };

  async function postEvents(req: IncomingMessage, res: ServerResponse) {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    // text/plain is what navigator.sendBeacon sends while the page unloads.
    if (type !== 'application/json' && type !== 'text/plain') {
      return json(res, 415, { error: `content-type must be application/json or text/plain, got "${type || 'none'}"` });
    }
    let body: string;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) return json(res, 413, { error: error.message }, { connection: 'close' });
      if (error instanceof BodyRefused) return json(res, error.status, { error: error.message }, error.headers);
      // The client left mid-body (a closed tab, a dropped network): nobody to answer, nothing failed here.
      if (req.readableAborted) return void res.destroy();
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      return json(res, 400, { error: `body is not JSON: ${(error as Error).message}` });
    }
    const batch = batchSchema.safeParse(parsed);
    if (!batch.success) return json(res, 400, { error: `not a batch: ${describe(batch.error)}` });
    // Too many items is a size problem: a 413 says "split it", where a 400 says "malformed, do not
    // send again" (and sent the transport looking for a poison item).
    const count = batch.data.items.length;
    if (count > maxBatchItems) return json(res, 413, { error: `batch has ${count} items; one request may carry at most ${maxBatchItems}` });
    return json(res, 200, await ingest(batch.data.items, { storage, surveys, now, sentAt: batch.data.sentAt }));
  }
}

/** The path with each segment percent-decoded; null for a broken escape or an encoded `/`. */
function decodePath(pathname: string): string | null {
  try {
    const segments = pathname.split('/').map(decodeURIComponent);
    return segments.some((segment) => segment.includes('/')) ? null : segments.join('/');
  } catch {
    return null;
  }
}

async function sendFile(res: ServerResponse, file: string) {
  const content = await readFile(file).catch(() => null);
  if (!content) return json(res, 404, { error: 'file missing: run `pnpm build` first' });
  res.writeHead(200, {
    // Configuration files are public; sandboxed frames (an opaque origin) fetch them cross-origin.
    ...(extname(file) === '.json' ? { 'access-control-allow-origin': '*' } : {}),
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  res.end(content);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** Starts a server on `port` (0 picks a free one) and resolves with its URL. */
export async function startCollector(options: CollectorOptions & { port?: number; host?: string }) {
  const handle = createCollector(options);
  // Responses not yet answered; once closing, each says `Connection: close`, so its keep-alive
  // connection ends with it instead of idling until its timeout (or carrying another batch).
  const pending = new Set<ServerResponse>();
  let closing = false;
  const server: Server = createServer((req, res) => {
    pending.add(res);
    res.on('close', () => pending.delete(res));
    if (closing) res.setHeader('connection', 'close');
    return handle(req, res);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done) => server.listen(options.port ?? 0, host, done));
  const { port } = server.address() as AddressInfo;
  return {
    // An IPv6 address goes in brackets in a URL (`http://[::1]:8787`).
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    server,
    /**
     * Stops listening and resolves once every connection is gone. Requests in flight get up to
     * `graceMs` to finish (a batch stored but never acknowledged is sent again, and a deploy
     * should not cause that); idle keep-alive connections close at once.
     */
    close: (graceMs = 0) =>
      new Promise<void>((done) => {
        closing = true;
        for (const res of pending) if (!res.headersSent) res.setHeader('connection', 'close');
        server.close(() => {
          clearTimeout(cut);
          done();
        });
        server.closeIdleConnections();
        const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      }),
  };
}
