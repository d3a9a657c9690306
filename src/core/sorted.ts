// Helpers for lists kept in paragraph order (findings, tasks, indexes).

/** Position of the first item at or after `paragraph`, in a list kept in paragraph order (binary search). */
export function firstAt<T>(items: readonly T[], paragraph: number, paragraphOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (paragraphOf(items[mid]) < paragraph) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** For lists of paragraph indexes themselves. */
export const itself = (n: number): number => n;

/** Whether an ascending list of numbers holds `n` (binary search). */
export function holds(list: readonly number[], n: number): boolean {
  return list[firstAt(list, n, itself)] === n;
}

/** Merge two lists each sorted by `compare` (stable: on ties, `a` first). Returns `a` itself when `b` is empty. */
export function mergeSorted<T>(a: T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
  if (b.length === 0) return a;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compare(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** The list ascending and without repeats (usually it already is: then the list itself). */
export function ascendingUnique(list: number[]): number[] {
  for (let k = 1; k < list.length; k++) if (list[k] <= list[k - 1]) return uniqueOfSorted(Float64Array.from(list).sort());
  return list;
}

/** Each number of an ascending list once (a typed array sorts numerically without a comparator). */
function uniqueOfSorted(sorted: Float64Array): number[] {
  const unique: number[] = [];
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) unique.push(sorted[k]);
  return unique;
}
