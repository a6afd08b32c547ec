/**
 * Splits a text into plain and marked pieces from match ranges ([start, end) on the original,
 * accented text), so the template can wrap the marked ones in <mark> without any HTML strings.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[] | undefined): Segment[] {
  if (!ranges || ranges.length === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  // Clamp, drop empty ranges, sort and merge overlapping or touching ones.
  const clean = ranges
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) out.push({ text: text.slice(at, a), mark: false });
    out.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
