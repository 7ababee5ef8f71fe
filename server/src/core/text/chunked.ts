// A long text held as chunks of a few thousand characters, so that an edit makes one small string
// instead of a new copy of the whole text.
//
// Why: V8 puts every string over 128 KB in memory of its own, freshly mapped and touched page by
// page when the string is first read (flattened), and on this kind of VM that costs ~18 µs a page:
// a new 1 MB masked text per keystroke was ~4 ms of page faults alone (docs/performance.md).

/** What the analysis reads of a long text: a string is one, and so is a ChunkedText. */
export interface TextReader {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start?: number, end?: number): string;
  indexOf(search: string, from?: number): number;
  lastIndexOf(search: string, from?: number): number;
  /** All of it as one string: only for readers that need that, like a regex over the whole text. */
  toString(): string;
  /** 0-based line and character of an offset, where the reader keeps a table of lines (checks/common.ts lineCol). */
  lineCol?(offset: number): { line: number; character: number };
}

/**
 * Chunks are cut at this length from a whole text; an edited chunk is cut again beyond twice it,
 * and one shorter than a quarter of it is joined to the next, so deletions leave no dust.
 */
const CHUNK = 16 * 1024;

export class ChunkedText implements TextReader {
  readonly length: number;
  /** starts[k] is where chunks[k] begins; starts[chunks.length] is the length. */
  private readonly starts: number[];
  /** The chunk the last read fell in: reads cluster, so most need no search. */
  private last = 0;
  private whole: string | undefined;
  /**
   * Offsets of the newlines in each chunk, made when a line is first asked for and handed on to the texts
   * splice() makes for the chunks they share: a keystroke's findings name lines without a scan of the whole text.
   */
  private newlines: (Int32Array | undefined)[];
  /** Lines before each chunk (made with all chunks' newlines). */
  private linesBefore: Int32Array | undefined;

  private constructor(private readonly chunks: string[], private readonly chunkSize: number, whole?: string, newlines?: (Int32Array | undefined)[]) {
    this.newlines = newlines ?? new Array(chunks.length);
    const starts = new Array<number>(chunks.length + 1);
    let at = 0;
    for (let k = 0; k < chunks.length; k++) {
      starts[k] = at;
      at += chunks[k].length;
    }
    starts[chunks.length] = at;
    this.starts = starts;
    this.length = at;
    this.whole = whole;
  }

  /** A whole text, cut into chunks. The cuts are slices of it (V8 copies nothing for them). */
  static of(text: string, chunkSize = CHUNK): ChunkedText {
    return new ChunkedText(cut(text, chunkSize), chunkSize, text);
  }

  /** The text with [from, to) replaced by `insert`. Chunks the edit does not touch are shared. */
  splice(from: number, to: number, insert: string): ChunkedText {
    const { chunks, starts } = this;
    const n = chunks.length;
    if (n === 0) return ChunkedText.of(insert, this.chunkSize);
    const ka = this.chunkAt(Math.min(from, this.length - 1));
    // The chunk holding the last removed character (an insertion goes into the chunk `from` is in).
    let kb = to > from ? this.chunkAt(to - 1) : ka;
    let middle = chunks[ka].slice(0, from - starts[ka]) + insert + chunks[kb].slice(to - starts[kb]);
    if (4 * middle.length < this.chunkSize && kb + 1 < n) middle += chunks[++kb];
    const out = chunks.slice(0, ka);
    const newlines = this.newlines.slice(0, ka);
    if (middle.length > 2 * this.chunkSize) for (const c of cut(middle, this.chunkSize)) out.push(c);
    else if (middle.length > 0) out.push(middle);
    newlines.length = out.length;
    for (let k = kb + 1; k < n; k++) {
      out.push(chunks[k]);
      newlines.push(this.newlines[k]);
    }
    return new ChunkedText(out, this.chunkSize, undefined, newlines);
  }

  charCodeAt(index: number): number {
    let k = this.last;
    const starts = this.starts;
    if (!(index >= starts[k] && index < starts[k + 1])) {
      if (!(index >= 0 && index < this.length)) return NaN;
      k = this.last = this.chunkAt(index);
    }
    return this.chunks[k].charCodeAt(index - starts[k]);
  }

  /** String.prototype.slice. */
  slice(start = 0, end = this.length): string {
    const n = this.length;
    let a = start < 0 ? Math.max(n + start, 0) : Math.min(start, n);
    const b = end < 0 ? Math.max(n + end, 0) : Math.min(end, n);
    if (b <= a) return '';
    const starts = this.starts;
    let k = this.last;
    if (a < starts[k] || a >= starts[k + 1]) k = this.last = this.chunkAt(a);
    if (b <= starts[k + 1]) return this.chunks[k].slice(a - starts[k], b - starts[k]);
    let out = '';
    while (a < b) {
      const end = Math.min(b, starts[k + 1]);
      out += this.chunks[k].slice(a - starts[k], end - starts[k]);
      a = end;
      k++;
    }
    return out;
  }

  /** String.prototype.indexOf. */
  indexOf(search: string, from = 0): number {
    const n = this.length;
    const m = search.length;
    const start = Math.min(Math.max(from, 0), n);
    if (m === 0) return start;
    const starts = this.starts;
    for (let k = start < n ? this.chunkAt(start) : this.chunks.length; k < this.chunks.length; k++) {
      const base = starts[k];
      const inside = this.chunks[k].indexOf(search, Math.max(start - base, 0));
      if (inside >= 0) return base + inside;
      // A match that crosses into the next chunk starts in the last m - 1 characters of this one.
      const end = starts[k + 1];
      if (m > 1 && end < n) {
        const from = Math.max(start, end - m + 1);
        const across = this.slice(from, end + m - 1).indexOf(search);
        if (across >= 0) return from + across;
      }
    }
    return -1;
  }

  /**
   * How much of its start and of its end this text shares with `other` (the longest common prefix,
   * then the longest common suffix of what is left). Chunks an edit left alone are the same
   * strings in both, so they are passed over without reading them.
   */
  sharedEnds(other: ChunkedText): { prefix: number; suffix: number } {
    const x = this.chunks;
    const y = other.chunks;
    const n = Math.min(this.length, other.length);
    let k = 0;
    while (k < x.length && k < y.length && x[k] === y[k]) k++;
    const prefix = commonPrefix(this, other, Math.min(this.starts[k], n));
    const max = n - prefix;
    let i = x.length - 1;
    let j = y.length - 1;
    while (i >= 0 && j >= 0 && x[i] === y[j] && this.length - this.starts[i] <= max) {
      i--;
      j--;
    }
    return { prefix, suffix: commonSuffix(this, other, max, this.length - this.starts[i + 1]) };
  }

  /** String.prototype.lastIndexOf, for searches of at most a chunk's length. */
  lastIndexOf(search: string, from = Infinity): number {
    const n = this.length;
    const m = search.length;
    const start = Math.min(Math.max(from, 0), n - m);
    if (start < 0) return -1;
    if (m === 0) return start;
    const starts = this.starts;
    for (let k = this.chunkAt(Math.min(start, n - 1)); k >= 0; k--) {
      const base = starts[k];
      // A match that starts in this chunk and ends in the next.
      const end = starts[k + 1];
      if (m > 1 && end < n && start > end - m) {
        const lo = Math.max(base, end - m + 1);
        const across = this.slice(lo, Math.min(start, end - 1) + m).lastIndexOf(search);
        if (across >= 0) return lo + across;
      }
      const inside = this.chunks[k].lastIndexOf(search, start - base);
      if (inside >= 0 && base + inside + m <= end) return base + inside;
    }
    return -1;
  }

  /** The whole text as one string (made once; for the readers that need a string, like a regex over all of it). */
  toString(): string {
    if (this.whole === undefined) this.whole = this.chunks.join('');
    return this.whole;
  }

  lineCol(offset: number): { line: number; character: number } {
    const at = Math.min(Math.max(offset, 0), this.length);
    if (this.chunks.length === 0) return { line: 0, character: 0 };
    const k = this.chunkAt(Math.min(at, this.length - 1));
    let before = this.linesBefore;
    if (!before) {
      before = new Int32Array(this.chunks.length + 1);
      for (let j = 0; j < this.chunks.length; j++) before[j + 1] = before[j] + this.newlinesOf(j).length;
      this.linesBefore = before;
    }
    // Newlines of chunk k before the offset: their count adds to the line, the last one starts it.
    const own = this.newlinesOf(k);
    const local = at - this.starts[k];
    let lo = 0;
    let hi = own.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (own[mid] < local) lo = mid + 1;
      else hi = mid;
    }
    const line = before[k] + lo;
    if (lo > 0) return { line, character: local - own[lo - 1] - 1 };
    // The line began in an earlier chunk, after that chunk's last newline.
    let j = k - 1;
    while (j >= 0 && this.newlinesOf(j).length === 0) j--;
    const lineStart = j < 0 ? 0 : this.starts[j] + this.newlinesOf(j)[this.newlinesOf(j).length - 1] + 1;
    return { line, character: at - lineStart };
  }

  private newlinesOf(k: number): Int32Array {
    let found = this.newlines[k];
    if (!found) {
      const chunk = this.chunks[k];
      let n = 0;
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) n++;
      found = new Int32Array(n);
      n = 0;
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) found[n++] = i;
      this.newlines[k] = found;
    }
    return found;
  }

  private chunkAt(index: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * Length of the prefix x and y share, known to be at least `from`: equal slices of falling sizes (native
 * comparisons; within a chunk a slice copies nothing), then code units.
 */
export function commonPrefix(x: TextReader, y: TextReader, from = 0): number {
  const n = Math.min(x.length, y.length);
  let at = from;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (at + step <= n && x.slice(at, at + step) === y.slice(at, at + step)) at += step;
  }
  return at;
}

/** Length of the suffix x and y share, at most `max` code units and known to be at least `from`. */
export function commonSuffix(x: TextReader, y: TextReader, max: number, from = 0): number {
  const xn = x.length;
  const yn = y.length;
  let at = from;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (at + step <= max && x.slice(xn - at - step, xn - at) === y.slice(yn - at - step, yn - at)) at += step;
  }
  return at;
}

/** Cuts of `size` code units (a cut may split a surrogate pair: readers never see the cuts). */
function cut(text: string, size: number): string[] {
  if (text.length <= size) return text.length ? [text] : [];
  const out: string[] = [];
  for (let a = 0; a < text.length; a += size) out.push(text.slice(a, a + size));
  return out;
}
