/**
 * Remembers the results of a pure one-string function. `decideSurvey` runs on every page view,
 * scroll step and event, for every survey, and compiling the same globs and normalising the same
 * locale tags each time was most of its cost. When full, the cache simply starts over: the set of
 * patterns on a site is small, so it rarely fills.
 */
export function memo<T>(compute: (key: string) => T, limit = 500): (key: string) => T {
  let cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache = new Map();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
