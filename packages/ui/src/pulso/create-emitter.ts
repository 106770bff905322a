/** A minimal typed event emitter: `on` returns its own unsubscribe, as the public API does. */
export interface Emitter<Events> {
  on<K extends keyof Events>(event: K, handler: (detail: Events[K]) => void): () => void;
  emit<K extends keyof Events>(event: K, detail: Events[K]): void;
  clear(): void;
}

export function createEmitter<Events>(onHandlerError: (error: unknown) => void): Emitter<Events> {
  const handlers = new Map<keyof Events, Set<(detail: never) => void>>();
  return {
    on(event, handler) {
      const set = handlers.get(event) ?? new Set();
      handlers.set(event, set);
      set.add(handler);
      return () => void set.delete(handler);
    },
    emit(event, detail) {
      for (const handler of [...(handlers.get(event) ?? [])]) {
        // A host page's handler that throws must not break the survey or the other handlers.
        try {
          (handler as (detail: unknown) => void)(detail);
        } catch (error) {
          onHandlerError(error);
        }
      }
    },
    clear: () => handlers.clear(),
  };
}
