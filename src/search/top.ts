/**
 * The first `k` of `items` in the order `compare` gives, in that order: what sorting them all and
 * taking the first `k` gives (for an order with no ties), without sorting the thousands of
 * procedures a common word matches to show ten of them.
 */
export function firstOf(items: ArrayLike<number>, count: number, k: number, compare: (a: number, b: number) => number): number[] {
  const kept: number[] = [];
  if (k <= 0) return kept;
  // Most of them asked for (a long page, or few items): sorting is as cheap.
  if (k * 8 >= count) {
    for (let i = 0; i < count; i++) kept.push(items[i] as number);
    return kept.sort(compare).slice(0, k);
  }
  for (let i = 0; i < count; i++) {
    const item = items[i] as number;
    if (kept.length === k) {
      if (compare(item, kept[k - 1] as number) >= 0) continue;
      kept.pop();
    }
    // Insertion from the end: most items that get this far belong near the end.
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1] as number) < 0) at--;
    kept.splice(at, 0, item);
  }
  return kept;
}
