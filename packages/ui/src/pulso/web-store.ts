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
  const storage = (): Storage | undefined => {
    try {
      return (scope as Partial<Record<StorageKind, Storage>>)[kind];
    } catch {
      return undefined;
    }
  };
  const readRaw = (key: string): string | null | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return storage()?.getItem(key);
    } catch {
      return undefined;
    }
  };
  return {
    read<T>(key: string): T | undefined {
      const raw = readRaw(key);
      if (raw == null) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        // A value another script (or an older version) wrote: treat it as absent.
        return undefined;
      }
    },
    write(key, value) {
      const raw = JSON.stringify(value);
      try {
        const target = storage();
        if (!target) throw new Error('no storage');
        target.setItem(key, raw);
        memory.delete(key);
      } catch {
        memory.set(key, raw);
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing stored there to remove.
      }
    },
  };
}
