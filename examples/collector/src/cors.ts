import type { IncomingMessage, ServerResponse } from 'node:http';

/** Allowed cross-origin callers: a list of exact origins, or `*` for any. */
export type AllowedOrigins = readonly string[] | '*';

/**
 * Decides whether a request's origin may call the API, and sets the CORS headers when it may.
 * Requests without an Origin header (curl, server to server) and same-origin pages always pass.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: AllowedOrigins): boolean {
  const origin = req.headers.origin;
  res.setHeader('vary', 'Origin');
  if (!origin) return true;
  const sameOrigin = req.headers.host !== undefined && sameHost(origin, req.headers.host);
  if (!sameOrigin && allowed !== '*' && !allowed.includes(origin)) return false;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('access-control-max-age', '600');
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    // The transport may add its own headers (an auth token, say); echo what the page asks for.
    res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? 'content-type');
  }
  return true;
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Parses `PULSO_ALLOWED_ORIGINS` (comma-separated origins, or `*`). */
export function parseAllowedOrigins(text: string | undefined): AllowedOrigins {
  if (!text || text.trim() === '') return [];
  if (text.trim() === '*') return '*';
  return text
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
    .map((origin) => {
      if (!URL.canParse(origin) || new URL(origin).origin !== origin) throw new Error(`PULSO_ALLOWED_ORIGINS: "${origin}" is not an origin (like https://shop.example)`);
      return origin;
    });
}
