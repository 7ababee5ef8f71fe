// Binary searches over spans sorted by offset and not overlapping (mentions, figures).

interface SpanLike {
  offset: number;
  length: number;
}

/** Index of the first span starting at or after `offset` (spans.length when none). */
export function firstSpanFrom(spans: readonly { offset: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span ending after `offset`; disjoint sorted spans have sorted ends too. */
export function firstSpanEndingAfter(spans: readonly SpanLike[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].offset + spans[mid].length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
