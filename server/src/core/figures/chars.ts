// Character classes and width normalisation. Everything works on UTF-16 code units.

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Superscript 0–9 at their values, as powers of ten are written (10²⁶). */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const isUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isLower = (c: number): boolean => c >= 97 && c <= 122;
export const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isAlnum = (c: number): boolean => isDigit(c) || isLatin(c);
export const isCJK = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
export const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000 || c === 0x2007;
export const isNewline = (c: number): boolean => c === 10 || c === 13;
/** Inline spaces that may sit inside a number group ("1 200"). */
export const isGroupSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
export const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0x2010;

/** An ASCII or full-width digit. */
const isAnyDigit = (c: number): boolean => isDigit(c) || (c >= 0xff10 && c <= 0xff19);

/**
 * The characters normalizeWidth() changes or looks at. Common full-width prose punctuation
 * (，（）：；！？ = FF0C FF08 FF09 FF1A FF1B FF01 FF1F) is left as it is: the scanner reads it as written.
 */
const WIDTH_FOLDED = /[\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e\u3000\u2212\uffe5\u301c\u2010\u2011\ufe52\u2024]/;

/** Runs of them, found in native code: the text between runs is copied as slices, not character by character. */
const WIDTH_FOLDED_RUNS = new RegExp(`${WIDTH_FOLDED.source}+`, 'g');

/**
 * Returns a string of the same length with the rest of full-width ASCII (U+FF01–U+FF5E) folded to
 * ASCII, the ideographic space to a space, the minus sign and the (non-breaking) hyphens U+2010/U+2011
 * to '-', '￥' to '¥', '〜' to '~', and the small full stop and one dot leader between digits to '.'. Linear.
 */
export function normalizeWidth(t: string): string {
  if (!WIDTH_FOLDED.test(t)) return t;
  const parts: string[] = [];
  let copied = 0;
  WIDTH_FOLDED_RUNS.lastIndex = 0;
  for (let m = WIDTH_FOLDED_RUNS.exec(t); m !== null; m = WIDTH_FOLDED_RUNS.exec(t)) {
    const from = m.index;
    const to = from + m[0].length;
    if (from > copied) parts.push(t.slice(copied, from));
    // In chunks: String.fromCharCode takes its code units as arguments, and a long run would overflow the stack.
    for (let a = from; a < to; a += 8192) {
      const run: number[] = [];
      for (let i = a; i < to && i < a + 8192; i++) run.push(foldedWidth(t, i));
      parts.push(String.fromCharCode.apply(null, run));
    }
    copied = to;
  }
  if (copied < t.length) parts.push(t.slice(copied));
  return parts.join('');
}

/** The code unit normalizeWidth() writes for the one at i. */
function foldedWidth(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 32;
  if (c === 0x2212 || c === 0x2010 || c === 0x2011) return 45; // minus, hyphen, non-breaking hyphen
  if (c === 0xffe5) return 0xa5;
  if (c === 0x301c) return 126;
  // Hong Kong copy sets the small full stop ﹒ (or the one dot leader ․) as the decimal point: 21﹒9%.
  if ((c === 0xfe52 || c === 0x2024) && isAnyDigit(t.charCodeAt(i - 1)) && isAnyDigit(t.charCodeAt(i + 1))) return 46;
  return c;
}

/**
 * The nodes of a trie as numbers, and all its edges in one Map keyed by node and code unit (node * 65536 + c, a
 * small integer for tries of fewer than 32,768 nodes). The recognizer's ~20 word tables hold thousands of nodes:
 * a Map for each cost milliseconds of every server start; one Map looks up a child as fast.
 */
class TrieNodes<T> {
  private readonly edges = new Map<number, number>();
  readonly values: (T | undefined)[] = [undefined];

  /** The child of `node` along code unit `c`, or -1. */
  child(node: number, c: number): number {
    return this.edges.get(node * 65536 + c) ?? -1;
  }

  /** Adds a key, character by character, from the end when `reversed`. */
  insert(key: string, value: T, reversed: boolean): void {
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(reversed ? key.length - 1 - k : k);
      let next = this.child(node, c);
      if (next < 0) {
        next = this.values.length;
        this.values.push(undefined);
        this.edges.set(node * 65536 + c, next);
      }
      node = next;
    }
    this.values[node] = value;
  }
}

/** A small trie for longest-match lookups of fixed strings (CJK words, symbols). */
export class Trie<T> {
  private nodes = new TrieNodes<T>();
  /** First code units of all keys (both cases for folded lookups), one bit each: a cheap pre-filter. */
  private first = new Uint32Array(2048);
  add(key: string, value: T): this {
    const c0 = key.charCodeAt(0);
    this.first[c0 >>> 5] |= 1 << (c0 & 31);
    if (c0 >= 97 && c0 <= 122) this.first[(c0 - 32) >>> 5] |= 1 << ((c0 - 32) & 31);
    this.nodes.insert(key, value, false);
    return this;
  }
  /** Longest key starting at pos; `fold` lower-cases ASCII letters of the text. */
  match(s: string, pos: number, fold = false): { len: number; value: T } | null {
    return this.longest(s, pos, fold, false);
  }
  /** Longest key starting at pos and ending at a word's end (no letter or digit after it): "acre" in "acre footprint". */
  matchWord(s: string, pos: number, fold = false): { len: number; value: T } | null {
    return this.longest(s, pos, fold, true);
  }
  private longest(s: string, pos: number, fold: boolean, atWordEnd: boolean): { len: number; value: T } | null {
    if (pos >= s.length) return null;
    const c0 = s.charCodeAt(pos);
    if ((this.first[c0 >>> 5] & (1 << (c0 & 31))) === 0) return null;
    const { nodes } = this;
    let node = 0;
    let best: { len: number; value: T } | null = null;
    for (let i = pos; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (fold && c >= 65 && c <= 90) c += 32;
      node = nodes.child(node, c);
      if (node < 0) break;
      const value = nodes.values[node];
      if (value !== undefined && !(atWordEnd && isAsciiAlnum(s.charCodeAt(i + 1)))) best = { len: i - pos + 1, value };
    }
    return best;
  }
}
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Trie over reversed keys: longest key ENDING at a position. */
export class BackTrie<T> {
  private nodes = new TrieNodes<T>();
  add(key: string, value: T): this {
    this.nodes.insert(key, value, true);
    return this;
  }
  match(s: string, end: number): { len: number; value: T } | null {
    const { nodes } = this;
    let node = 0;
    let best: { len: number; value: T } | null = null;
    for (let i = end - 1; i >= 0; i--) {
      node = nodes.child(node, s.charCodeAt(i));
      if (node < 0) break;
      const value = nodes.values[node];
      if (value !== undefined) best = { len: end - i, value };
    }
    return best;
  }
}
