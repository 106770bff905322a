/**
 * JSON in Web Storage that never throws into the host page. Reading `localStorage` itself throws
 * in some private modes and sandboxed iframes, and `setItem` throws when the quota is full; in
 * those cases values live in memory for the rest of the page, so caps still hold within a visit.
 */
export interface WebStore {
  read<T>(key: string): T | undefined;
  write(key: string, value: unknown): void;
  remove(key: string): void;
}

export type StorageKind = 'localStorage' | 'sessionStorage';

/** A guarded JSON store over `localStorage` or `sessionStorage`, with an in-memory fallback. */
export function webStore(kind: StorageKind, scope: object = globalThis): WebStore {
  const memory = new Map<string, string>();
  // Reading the storage itself may throw, or find none: every use is inside a try.
  const storage = () => (scope as Record<StorageKind, Storage>)[kind];
  return {
    read<T>(key: string): T | undefined {
      try {
        // A value another script (or an older version) wrote that is not JSON reads as absent.
        return JSON.parse((memory.has(key) ? memory.get(key) : storage().getItem(key)) ?? 'null') ?? undefined;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      const raw = JSON.stringify(value);
      try {
        storage().setItem(key, raw);
        memory.delete(key);
      } catch {
        memory.set(key, raw);
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        storage().removeItem(key);
      } catch {
        // Nothing stored there to remove.
      }
    },
  };
}
