import type { IncomingMessage } from 'node:http';

/** Thrown when a body is over the limit; the server answers 413. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`body is larger than ${limit} bytes`);
  }
}

/**
 * Reads a request body as UTF-8, refusing it as soon as it passes `limit` bytes (checked against
 * Content-Length first, then while streaming, since a chunked body has no length up front).
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new BodyTooLarge(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      // Keep draining so the reply can still be written on this connection.
      req.resume();
      throw new BodyTooLarge(limit);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
