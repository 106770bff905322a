// A tiny static file server on 127.0.0.1 for real-browser tests: serves the repository
// (built dist files, example pages) plus any routes a test adds, with optional response headers
// (e.g. a strict Content-Security-Policy).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

export interface StaticServer {
  url: string;
  server: Server;
  /** Adds or replaces a handler for an exact path (method-agnostic). */
  route(path: string, handler: Route): void;
  /** Adds or replaces a page served as HTML at `path`. */
  page(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/** Starts the server on a free port. */
export async function startStaticServer(headers: Record<string, string> = {}): Promise<StaticServer> {
  const routes = new Map<string, Route>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      const handler = routes.get(path);
      if (handler) return await handler(req, res, body);
      const file = normalize(join(root, decodeURIComponent(path)));
      if (!file.startsWith(root)) throw new Error('outside root');
      const content = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(content);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    route: (path, handler) => void routes.set(path, handler),
    page: (path, html, pageHeaders = {}) =>
      void routes.set(path, (_req, res) => {
        res.writeHead(200, { 'content-type': types['.html']!, ...headers, ...pageHeaders });
        res.end(html);
      }),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
