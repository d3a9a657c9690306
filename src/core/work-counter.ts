// A count of the work the engine's scanning steps do, for tests that double a pathological input and
// check the work roughly doubles (time is too noisy to assert on). Each step adds what it actually
// passes over: characters scanned by the hand-written scans, the term searches and the date reader
// (one pass over the text's tokens). A regular expression's own backtracking
// cannot be counted from outside: the patterns that did so are replaced by the one-pass scans here.
let units = 0;

export function countWork(amount: number): void {
  units += amount;
}

/** Work counted since the process started; compare two readings. */
export function engineWork(): number {
  return units;
}
