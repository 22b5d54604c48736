// Order a round so no two questions in a row share a form, whenever the forms allow it: two
// "pick the closest" in a row feel like one question asked twice. Pure and stable: the seeded
// order is kept wherever it already works, and only what must move does.

/** Whether `counts` (items left, by key) can be laid out with no two neighbours equal, the first
 *  of them not equal to `prev`. */
function feasible(counts: ReadonlyMap<string, number>, left: number, prev: string | undefined): boolean {
  for (const [key, n] of counts) {
    if (n > Math.ceil(left / 2)) return false;
    // A key filling every other slot of an odd-length rest must come first, so not after itself.
    if (key === prev && left % 2 === 1 && n === (left + 1) / 2) return false;
  }
  return true;
}

/** A permutation of `items` with no two neighbours of the same key when one exists: each slot
 *  takes the earliest remaining item that differs from its predecessor and leaves the rest
 *  arrangeable. When no arrangement exists it still avoids repeats where it can. */
export function spreadBy<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const rest = items.slice();
  const counts = new Map<string, number>();
  for (const item of rest) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  const possible = feasible(counts, rest.length, undefined);
  const out: T[] = [];
  let prev: string | undefined;
  while (rest.length > 0) {
    const fits = (i: number, needFeasible: boolean): boolean => {
      const key = keyOf(rest[i]!);
      if (key === prev) return false;
      if (!needFeasible) return true;
      counts.set(key, counts.get(key)! - 1);
      const ok = feasible(counts, rest.length - 1, key);
      counts.set(key, counts.get(key)! + 1);
      return ok;
    };
    let at = rest.findIndex((_, i) => fits(i, possible));
    if (at === -1) at = rest.findIndex((_, i) => fits(i, false));
    if (at === -1) at = 0;
    const [item] = rest.splice(at, 1) as [T];
    prev = keyOf(item);
    counts.set(prev, counts.get(prev)! - 1);
    out.push(item);
  }
  return out;
}
