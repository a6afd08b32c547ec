// Public statistics change slowly but cost SQL aggregates: the same question asked again within a
// short time is answered from memory, and questions asked while one is being computed share that
// computation. So a crowd (or a script) calling GET /stats back to back costs one query per
// question per TTL, and other requests do not queue behind it. A response stored on this instance
// clears the cache; other instances sharing the database catch up within the TTL.

export interface StatsCache {
  /** The cached answer for `key`, or `compute()`'s, shared by every caller until it settles. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Whether `key` has an answer (or one being computed) that `get` would return. */
  has(key: string): boolean;
  clear(): void;
}

/** Time-to-live 30 s and at most 200 questions by default; the oldest question leaves first. */
export function statsCache({ ttlMs = 30_000, maxEntries = 200, now = Date.now } = {}): StatsCache {
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  return {
    get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.value as Promise<T>;
      entries.delete(key);
      const value = compute();
      entries.set(key, { at: now(), value });
      // A failure is not remembered: the next caller tries again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
    has(key: string): boolean {
      const hit = entries.get(key);
      return hit !== undefined && now() - hit.at < ttlMs;
    },
    clear: () => entries.clear(),
  };
}
