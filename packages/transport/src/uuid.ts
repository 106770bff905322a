/**
 * A random UUID. `crypto.randomUUID` is missing outside secure contexts (plain http pages); a blob
 * URL ends in a random UUID everywhere.
 */
export function uuid(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
}
