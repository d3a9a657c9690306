// The one memoisation helper of the core. Analysis runs on every keystroke burst over mostly
// unchanged paragraphs, so most calls of the costly pure functions are repeats. Every cache made
// here is bounded (cleared when full) and registered, so benchmarks can start cold.

const allCaches: Array<{ clear(): void }> = [];

/** A map that forgets everything when it reaches `limit` entries (cheaper than tracking age). */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {
    allCaches.push(this);
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }

  clear(): void {
    this.map.clear();
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
