// The one memoisation helper of the core. Analysis runs on every keystroke burst over mostly
// unchanged paragraphs, so most calls of the costly pure functions are repeats. Every cache made
// here is bounded (cleared when full) and registered, so benchmarks can start cold.

const allCaches: Array<{ clear(): void }> = [];

/**
 * A map that forgets everything when it reaches `limit` entries (cheaper than tracking age).
 * Forgetting starts a new map rather than emptying the old one: `Map.clear()` on a map that has
 * lived long keeps its storage in the old generation, so it grew again there, entry by entry, and
 * left that storage for the full collector (measured: 2.9 MB of old-generation garbage for 200
 * clear-and-refill rounds of 256 entries, against 8 KB with a new map).
 */
export class BoundedCache<K, V> {
  private map = new Map<K, V>();

  constructor(private readonly limit: number) {
    allCaches.push(this);
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    if (this.map.size >= this.limit) this.clear();
    this.map.set(key, value);
  }

  clear(): void {
    this.map = new Map<K, V>();
  }
}

/** Memoise a pure function of one string with a bounded cache. */
export function memoise<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new BoundedCache<string, T>(limit);
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}

/**
 * Register other kept state (such as the last run's results by position), so that
 * clearCaches() forgets it too.
 */
export function forgetOnClear(state: { clear(): void }): void {
  allCaches.push(state);
}

/** Forget every memoised result (for cold-start benchmarks; never needed for correctness). */
export function clearCaches(): void {
  for (const cache of allCaches) cache.clear();
}
