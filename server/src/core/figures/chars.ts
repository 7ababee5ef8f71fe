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

/** Adds a key to a trie, character by character, from the end when `reversed`. */
function insertKey<T>(root: TrieNode<T>, key: string, value: T, reversed: boolean): void {
  let node = root;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(reversed ? key.length - 1 - k : k);
    let nx = node.next.get(c);
    if (!nx) {
      nx = { next: new Map() };
      node.next.set(c, nx);
    }
    node = nx;
  }
  node.value = value;
}

/** A small trie for longest-match lookups of fixed strings (CJK words, symbols). */
export class Trie<T> {
  private root: TrieNode<T> = { next: new Map() };
  /** First code units of all keys (both cases for folded lookups): a cheap pre-filter. */
  private first = new Uint8Array(65536);
  add(key: string, value: T): this {
    const c0 = key.charCodeAt(0);
    this.first[c0] = 1;
    if (c0 >= 97 && c0 <= 122) this.first[c0 - 32] = 1;
    insertKey(this.root, key, value, false);
    return this;
  }
  /** Longest key starting at pos; `fold` lower-cases ASCII letters of the text. */
  match(s: string, pos: number, fold = false): { len: number; value: T } | null {
    if (pos >= s.length || this.first[s.charCodeAt(pos)] === 0) return null;
    let node: TrieNode<T> | undefined = this.root;
    let best: { len: number; value: T } | null = null;
    for (let i = pos; i < s.length && node; i++) {
      let c = s.charCodeAt(i);
      if (fold && c >= 65 && c <= 90) c += 32;
      node = node.next.get(c);
      if (!node) break;
      if (node.value !== undefined) best = { len: i - pos + 1, value: node.value };
    }
    return best;
  }
}
/** Trie over reversed keys: longest key ENDING at a position. */
export class BackTrie<T> {
  private root: TrieNode<T> = { next: new Map() };
  add(key: string, value: T): this {
    insertKey(this.root, key, value, true);
    return this;
  }
  match(s: string, end: number): { len: number; value: T } | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: { len: number; value: T } | null = null;
    for (let i = end - 1; i >= 0 && node; i--) {
      node = node.next.get(s.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) best = { len: end - i, value: node.value };
    }
    return best;
  }
}
interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value?: T;
}
