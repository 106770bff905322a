// An HTTP proxy on 127.0.0.1 in front of a server, for real-browser tests that need part of it
// unreachable. A request to a cut path loses its connection without an answer, as on a dead
// network. Request routing in the browser (`page.route`, `context.route`) cannot stand in for
// this: it does not see the keepalive request a page sends while it unloads, which then reaches
// the server the test meant to be unreachable.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CutProxy {
  /** The proxy's origin: open pages here instead of on the server itself. */
  url: string;
  /** Requests to `path` (exact pathname) lose their connection from now on. */
  cut(path: string): void;
  /** Requests to `path` go through again. */
  restore(path: string): void;
  /** How many requests to `path` were dropped so far. */
  dropped(path: string): number;
  close(): Promise<void>;
}

/** Starts a proxy to `target` (an origin such as `http://127.0.0.1:4000`) on a free port. */
export async function startCutProxy(target: string): Promise<CutProxy> {
  const upstream = new URL(target);
  const cuts = new Set<string>();
  const drops = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (cuts.has(path)) {
      drops.set(path, (drops.get(path) ?? 0) + 1);
      return void req.socket.destroy();
    }
    // Headers go through unchanged: the server sees the proxy's origin as the page's own.
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => req.socket.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    cut: (path) => void cuts.add(path),
    restore: (path) => void cuts.delete(path),
    dropped: (path) => drops.get(path) ?? 0,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
