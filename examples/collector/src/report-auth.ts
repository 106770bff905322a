import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Paths that show the report's figures: behind the password when one is set. */
export const reportPaths = new Set(['/report', '/report.js', '/report.css', '/v1/report', '/v1/surveys']);

/**
 * HTTP Basic authentication with one shared password (any user name): the browser asks once and
 * then sends it with the page's own requests, so the report page needs no login code.
 */
export function reportAllowed(req: IncomingMessage, password: string | undefined): boolean {
  if (!password) return true;
  // The scheme name is case-insensitive and may be followed by several spaces (RFC 9110 §11.1, §11.4).
  const token = /^basic +(\S+)$/i.exec((req.headers.authorization ?? '').trim())?.[1];
  if (!token) return false;
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  // Digests of equal length compared in constant time: the answer's timing tells neither how
  // much of the password matched nor how long it is.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(decoded.slice(decoded.indexOf(':') + 1)), digest(password));
}
