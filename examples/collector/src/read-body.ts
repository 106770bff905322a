import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, type ZlibOptions } from 'node:zlib';

/** Why a body was not read: the server answers with `status` and this message. */
export class BodyRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Thrown when a body is over the limit; the server answers 413 and the transport splits the batch. */
export class BodyTooLarge extends BodyRefused {
  constructor(
    readonly limit: number,
    detail = '',
  ) {
    super(413, `body is larger than ${limit} bytes${detail}`);
  }
}

// The encodings Node inflates on its own (RFC 9110 §8.4.1). A client that compresses (an `endpoint`
// function, a server relaying events) was told its batch was "not JSON", and every item of it
// ended up dead-lettered by a bisecting client.
const gunzipAsync = promisify(gunzip);
// A Map, so a header naming something every object has (`constructor`) is not taken for a coding.
const inflaters = new Map<string, (input: Buffer, options: ZlibOptions) => Promise<Buffer>>([
  ['gzip', gunzipAsync],
  ['x-gzip', gunzipAsync],
  ['deflate', promisify(inflate)],
  ['br', promisify(brotliDecompress) as (input: Buffer, options: ZlibOptions) => Promise<Buffer>],
]);

/**
 * Reads a request body as UTF-8, refusing it as soon as it passes `limit` bytes (checked against
 * Content-Length first, then while streaming, since a chunked body has no length up front). A
 * compressed body (`Content-Encoding: gzip`, `deflate` or `br`) is inflated, and the limit holds
 * for what it inflates to as well, so a small compressed body cannot fill the memory.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  // A list (RFC 9110 §8.4): empty elements are ignored (§5.6.1) and `identity` is no coding, so an
  // empty header is a plain body; a 415 would make the transport dead-letter the whole batch.
  const codings = (req.headers['content-encoding'] ?? '').toLowerCase().split(',').map((coding) => coding.trim());
  const encoding = codings.filter((coding) => coding && coding !== 'identity').join(', ') || 'identity';
  const inflater = inflaters.get(encoding);
  if (!inflater && encoding !== 'identity') {
    req.resume();
    // RFC 7694: a 415 for an unknown coding says which ones are understood.
    throw new BodyRefused(415, `content-encoding "${encoding}" is not supported (use gzip, deflate, br or none)`, {
      'accept-encoding': 'gzip, deflate, br',
    });
  }
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
  const raw = Buffer.concat(chunks);
  if (!inflater) return utf8(raw, req);
  const inflated = await inflater(raw, { maxOutputLength: limit }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ERR_BUFFER_TOO_LARGE') throw new BodyTooLarge(limit, ` once inflated (content-encoding ${encoding})`);
    throw new BodyRefused(400, `body is not valid ${encoding}: ${error.message}`);
  });
  return utf8(inflated, req);
}

// Fatal: `Buffer#toString` turns bytes that are not UTF-8 (a Latin-1 client) into U+FFFD, and the
// answer was stored with its letters silently lost. A leading byte order mark is skipped, as
// RFC 8259 §8.1 allows; JSON.parse would refuse it.
const decoder = new TextDecoder('utf-8', { fatal: true });

function utf8(bytes: Buffer, req: IncomingMessage): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const charset = /;\s*charset=("?)([^";\s]+)\1/i.exec(req.headers['content-type'] ?? '')?.[2];
    const said = charset && !/^utf-?8$/i.test(charset) ? `; the request said charset=${charset}` : '';
    throw new BodyRefused(400, `body is not valid UTF-8 (JSON must be UTF-8, RFC 8259 §8.1${said})`);
  }
}
