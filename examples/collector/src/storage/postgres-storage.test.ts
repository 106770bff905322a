import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { openPostgresStorage } from './postgres-storage';

const sockets: Socket[] = [];
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await close?.();
});

/** A "database" that accepts connections and never says a word, like a host whose packets are dropped. */
async function silentServer(): Promise<string> {
  const server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return `postgres://pulso:secret@127.0.0.1:${(server.address() as AddressInfo).port}/pulso`;
}

test('a database that never answers fails within the connection timeout instead of hanging', async () => {
  const url = await silentServer();
  const started = Date.now();
  await expect(openPostgresStorage(url, { connectMs: 300 })).rejects.toThrow(/timeout/i);
  expect(Date.now() - started).toBeLessThan(10_000);
});
