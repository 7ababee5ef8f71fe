// A fast path for the YAML that fact stores are written in: block mappings and sequences, plain and
// quoted one-line scalars, one-line flow collections ({ url: …, date: … }, [a, b]) and simple folded
// or literal block scalars (description: >-). One pass over the lines, many times faster than the
// `yaml` package's parseDocument on big stores. Anything outside that subset (anchors, tags,
// multi-line plain scalars, duplicate keys, anything odd) returns undefined, and the caller falls
// back to the full `yaml` parser, which also produces the exact error messages. Values follow the
// YAML 1.2 core schema as `yaml` does (numbers, null, booleans; dates stay strings).
//
// The parser builds plain JS values only (what yaml's toJSON() gives), no node objects: big stores
// have millions of scalars. Each mapping carries the offset of its first character under the POS
// symbol, which is all the validator needs for every fact (its line). Where a mapping's fields or a
// sequence's items are is only needed for problems: FastDoc finds out on demand by parsing that one
// collection again and noting where each child starts.
//
// A file read from disk is parsed from its bytes (fastParseYamlBytes), as a Latin-1 string: one
// byte per character, made without decoding the file to UTF-16, and every structural character of
// YAML is ASCII, the same byte in UTF-8. Strings are taken from lines that are all ASCII as they
// are, and decoded from UTF-8 on the lines that are not, where white space is also judged on the
// decoded text; columns are counted in UTF-16 units like the `yaml` package does.

export interface Pos {
  line: number;
  column: number;
}

/** Offset in the text of a mapping's first key (block) or of its `{` (flow). */
export const POS: unique symbol = Symbol('fastyaml.pos');
/** The 0-based line of that offset. */
export const LINE: unique symbol = Symbol('fastyaml.line');

export type FastMap = Record<string, unknown> & { [POS]: number; [LINE]: number };

/**
 * The mappings the parser makes: plain objects (Object.prototype is next in their chain), made by
 * a constructor so that V8 gives them room for their fields inside the object instead of growing a
 * separate array of properties a few at a time.
 */
const RawMap = function RawMap(this: FastMap, pos: number, line: number) {
  this[POS] = pos;
  this[LINE] = line;
} as unknown as new (pos: number, line: number) => FastMap;

/** Offsets of the children of one collection: values by key, or items by index. */
interface Capture {
  keys?: Map<string, number>;
  items?: number[];
}

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const OCT = /^0o[0-7]+$/;
const INF = /^[-+]?\.(inf|Inf|INF)$/;
const NAN = /^\.(nan|NaN|NAN)$/;
const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/**
 * What YAML drops at the end of a plain scalar or a key: spaces and tabs only. (Other Unicode
 * white space, which String.prototype.trimEnd would also remove, is text to YAML.)
 */
const TRAILING_BLANKS = /[ \t]+$/;

/** A plain scalar's value under the core schema. */
function plainValue(s: string): unknown {
  if (s.length <= 5) {
    if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
    if (s === 'true' || s === 'True' || s === 'TRUE') return true;
    if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  }
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    // (YAML's integers, [-+]?[0-9]+, are a case of FLOAT.)
    if (FLOAT.test(s)) return Number(s);
    const c1 = s.charCodeAt(1);
    if (c === 48 && c1 === 120 && HEX.test(s)) return parseInt(s.slice(2), 16);
    if (c === 48 && c1 === 111 && OCT.test(s)) return parseInt(s.slice(2), 8);
    if ((c === 46 || c1 === 46) && INF.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
    if (c === 46 && NAN.test(s)) return NaN;
  }
  return s;
}

/** Keys as the validator spells them, so that most keys are strings V8 has already internalised. */
const KNOWN_KEYS = ['entities', 'id', 'kind', 'names', 'en', 'zh', 'description', 'parents', 'facts', 'measure', 'value', 'low', 'high', 'unit', 'scale', 'qualifier', 'of', 'period', 'scope', 'as_of', 'source', 'url', 'title', 'publisher', 'date', 'superseded_by', 'note', 'fiscal_year_end'];

// The common lines are matched natively by sticky regexes (test + lastIndex: nothing allocated),
// so that little JavaScript runs per line, which matters most before the JIT has warmed up.
// Whatever they do not match takes the exact character-by-character path.
/** A plain key and its ':' (the ':' must then be followed by a space or the end of the line). */
const KEY_Y = /[A-Za-z_][A-Za-z0-9_.-]*:/y;
/**
 * A plain scalar that runs to the end of the line with nothing to look at: its first character is
 * no indicator, quote, bracket or ':', nor a '-' that white space or the line's end follows; no
 * tab, no ": ", no ':' at the end, no " #" comment, and no white space of any kind at the end (so
 * nothing to trim). Each alternative starts with a different character and nothing follows the
 * loop, so it never backtracks. Only used on lines that are all ASCII when parsing bytes (there \s
 * would take some UTF-8 bytes for white space).
 */
const PLAIN_Y = /(?:-(?=\S)|[^\s&*!|>%@`,?\]}#"'\[{:-])(?:[^\s:]+|:(?=\S)| +(?=[^\s#])|[^\S \t\r\n]+(?=\S))*/y;
/** A block scalar header this parser reads: `|`, `|-`, `>` or `>-`, then spaces or a comment. */
const BLOCK_HEADER = /^([|>])(-?)(?: +#.*| *)$/;
/** The next byte that is not ASCII, in a Latin-1 view of UTF-8. */
const NON_ASCII = /[^\x00-\x7f]/g;

/** A mapping of a FastDoc (sequences are arrays, scalars are primitives). */
export const isFastMap = (v: unknown): v is FastMap => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Called for each item of the root mapping's `entities:` block sequence as soon as it is parsed,
 * in order, instead of keeping it in the tree (so the caller can turn it into entities and facts
 * while it is still young for the garbage collector). `offset` is where the item starts.
 */
export type EntityHandler = (doc: FastDoc, item: unknown, offset: number) => void;

/** A parsed file: the plain value and, on demand, where its pieces are. */
export class FastDoc {
  private captures: { offset: number; capture: Capture }[] = [];
  /** The document's value (null for an empty document). */
  root: unknown = null;
  /** Offset of the root collection. */
  rootOffset = 0;
  /** The `entities:` items went to the EntityHandler; root.entities is an empty array. */
  streamed = false;

  constructor(private parser: FastParser) {}

  /** Line and column (UTF-16 units) of a text offset. */
  pos(offset: number): Pos {
    return this.parser.posOf(offset);
  }

  /** Offset of the value of `key` in the mapping at `mapOffset`, if the key is there. */
  fieldOffset(mapOffset: number, key: string): number | undefined {
    return this.capture(mapOffset).keys?.get(key);
  }

  /** Offset of item `index` of the sequence at `seqOffset`. */
  itemOffset(seqOffset: number, index: number): number {
    const off = this.capture(seqOffset).items?.[index];
    if (off === undefined) throw new Error(`fastyaml: no item ${index} at offset ${seqOffset}`);
    return off;
  }

  private capture(offset: number): Capture {
    // The last few: problems on one fact, or on the items of one list, come one after another.
    const recent = this.captures;
    for (let j = 0; j < recent.length; j++) if (recent[j].offset === offset) return recent[j].capture;
    const capture = this.parser.capture(offset);
    recent.unshift({ offset, capture });
    if (recent.length > 4) recent.pop();
    return capture;
  }
}

/**
 * Parse `text` if it is in the subset, else undefined. With `onEntity`, the items of a root
 * `entities:` block sequence are handed over one by one while parsing (doc.streamed); if the parse
 * then fails (or the handler throws), whatever the handler built must be thrown away.
 */
export function fastParseYaml(text: string, onEntity?: EntityHandler, stop?: { line: number }): FastDoc | undefined {
  return run(new FastParser(text), onEntity, stop);
}

/**
 * The same for a file's bytes, which must be valid UTF-8 (see buffer.isUtf8): the result is what
 * fastParseYaml gives on the text TextDecoder makes of them (which drops one byte order mark).
 */
export function fastParseYamlBytes(bytes: Buffer, onEntity?: EntityHandler, stop?: { line: number }): FastDoc | undefined {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return run(new FastParser(bytes.toString('latin1'), bytes, bom ? 3 : 0), onEntity, stop);
}

/** `stop.line` gets the 0-based line where a failed parse stopped (-1 when unknown). */
function run(parser: FastParser, onEntity: EntityHandler | undefined, stop?: { line: number }): FastDoc | undefined {
  try {
    const doc = new FastDoc(parser);
    const handler = onEntity && ((item: unknown, offset: number) => onEntity(doc, item, offset));
    doc.root = parser.parse(handler);
    doc.rootOffset = parser.rootOffset;
    doc.streamed = parser.streamed;
    return doc;
  } catch {
    // Outside the subset (Bail), or anything else that went wrong, in the parser or in the entity
    // handler: the caller takes the full parser, which gives the exact result either way.
    if (stop) stop.line = parser.stopLine();
    return undefined;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', ' ': ' ' };

type ItemHandler = (item: unknown, offset: number) => void;
/** Buffer's own latin1Slice (what toString('latin1', a, b) calls, minus its argument checks). */
type BufferSlices = Buffer & { latin1Slice?: (start: number, end: number) => string };

class FastParser {
  // The lines of the file that are not comments ("rows"), in typed arrays (big stores have
  // millions): indentation (-1 for a blank line), offset of the first content character (of the
  // line, for a blank line), end (before any '\r'), 0-based line number and, when parsing bytes,
  // whether the line has any byte that is not ASCII.
  private n = 0;
  private ind: Int32Array;
  private st: Int32Array;
  private en: Int32Array;
  private ln: Int32Array;
  private na: Uint8Array | undefined;
  /** The row being parsed. */
  private i = 0;

  /** 0-based line of the row being parsed, or -1 before the rows were read. */
  stopLine(): number {
    return this.i < this.n ? this.ln[this.i] : -1;
  }
  rootOffset = 0;
  /** The root mapping's `entities:` went to the entity handler. */
  streamed = false;
  /** Value of the last quoted scalar or flow collection (they return their end offset). */
  private result: unknown;

  // Keys: one string for each (`keys`), numbered (`keyIds`), and by first character, so that a
  // line is first compared with the keys seen so far without making a string or hashing one; a
  // mapping's keys so far are then a set of bits.
  private keys = new Map<string, string>(KNOWN_KEYS.map((k) => [k, k]));
  private keyIds = new Map<string, number>();
  private keysByChar: (string[] | undefined)[] = [];
  private idsByChar: (number[] | undefined)[] = [];
  /** Number of the key last returned by keyAtLine, and offset of its ':'. */
  private keyId = 0;
  private keyColon = 0;

  /**
   * `text` is the file's text; or, with `bytes`, the Latin-1 reading of them (one character per
   * byte), the text starting at `base` (after a byte order mark).
   */
  constructor(
    private text: string,
    private bytes?: Buffer,
    private base = 0,
  ) {
    const cap = Math.max(1024, text.length >> 4);
    this.ind = new Int32Array(cap);
    this.st = new Int32Array(cap);
    this.en = new Int32Array(cap);
    this.ln = new Int32Array(cap);
    if (bytes) this.na = new Uint8Array(cap);
  }

  private push(indent: number, start: number, end: number, line: number, nonAscii: boolean): void {
    if (this.n === this.ind.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.ind = grow(this.ind);
      this.st = grow(this.st);
      this.en = grow(this.en);
      this.ln = grow(this.ln);
      if (this.na) {
        const b = new Uint8Array(this.na.length * 2);
        b.set(this.na);
        this.na = b;
      }
    }
    const i = this.n++;
    this.ind[i] = indent;
    this.st[i] = start;
    this.en[i] = end;
    this.ln[i] = line;
    if (nonAscii) this.na![i] = 1;
  }

  /** The text from a to b on row `row`, as the string the UTF-16 text would give. */
  private sub(a: number, b: number, row: number): string {
    if (!this.bytes) return this.text.slice(a, b);
    if (this.na![row]) return this.bytes.toString('utf8', a, b);
    // A long slice would keep the whole file alive (the store lives as long as the server): copy.
    if (b - a < 13) return this.text.slice(a, b);
    const bytes = this.bytes as BufferSlices;
    return bytes.latin1Slice ? bytes.latin1Slice(a, b) : bytes.toString('latin1', a, b);
  }

  parse(onEntity?: ItemHandler): unknown {
    const t = this.text;
    const n = t.length;
    let pos = this.base;
    // A byte order mark (another one, when parsing bytes) is outside the subset.
    if (this.bytes ? t.startsWith('\u00ef\u00bb\u00bf', pos) : t.charCodeAt(0) === 0xfeff) bail();
    const bytes = !!this.bytes;
    const nextNonAscii = (from: number) => {
      NON_ASCII.lastIndex = from;
      return NON_ASCII.test(t) ? NON_ASCII.lastIndex - 1 : n;
    };
    let nonAscii = bytes ? nextNonAscii(pos) : n;
    // A '\r' is a line break to YAML too: only "\r\n" line ends are in the subset.
    let cr = t.indexOf('\r', pos);
    if (cr < 0) cr = n;
    let lineNo = 0;
    while (pos <= n) {
      let end = t.indexOf('\n', pos);
      if (end < 0) end = n;
      let e = end;
      // "\r\n" ends a line; a '\r' that ends the text is a lone one (YAML reads it its own way).
      if (e > pos && end < n && t.charCodeAt(e - 1) === 13) e--;
      if (cr < e) bail();
      let k = pos;
      while (k < e && t.charCodeAt(k) === 32) k++;
      const c = k < e ? t.charCodeAt(k) : -1;
      if (c === 9) bail();
      if (k < e && c !== 35) {
        // Directives and document markers are outside the subset.
        if (k === pos && (c === 37 || ((c === 45 || c === 46) && t.startsWith(c === 45 ? '---' : '...', k)))) bail();
        this.push(k - pos, k, e, lineNo, nonAscii < end);
      } else if (k < e) {
        // a comment line
      } else {
        this.push(-1, pos, e, lineNo, false); // blank (from its start: block scalars count its spaces)
      }
      lineNo++;
      if (end >= n) break;
      pos = end + 1;
      if (nonAscii < pos) nonAscii = nextNonAscii(pos);
      if (cr < pos) {
        cr = t.indexOf('\r', pos);
        if (cr < 0) cr = n;
      }
    }
    this.skipBlank();
    if (this.i >= this.n) return null;
    if (this.ind[this.i] !== 0) bail();
    this.rootOffset = this.st[this.i];
    const s = this.rootOffset;
    const value = this.isSeqItem(s, this.en[this.i]) ? this.seq(0) : this.map(0, s, undefined, onEntity);
    this.skipBlank();
    if (this.i < this.n) bail();
    return value;
  }

  // ---- positions ----

  /** The row holding a content offset. */
  private rowOf(offset: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.st[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  posOf(offset: number): Pos {
    const r = this.rowOf(offset);
    const lineStart = this.st[r] - this.ind[r];
    // Columns in UTF-16 units: decode the start of a line that is not all ASCII.
    const column = this.na?.[r] ? this.bytes!.toString('utf8', lineStart, offset).length : offset - lineStart;
    return { line: this.ln[r], column };
  }

  /**
   * Parse the collection at `offset` again, noting where its children start. May run while the
   * main parse is under way (from the entity handler): the parse state is saved and restored.
   */
  capture(offset: number): Capture {
    const saved = { i: this.i, keyId: this.keyId, keyColon: this.keyColon, result: this.result };
    try {
      const r = this.rowOf(offset);
      const c = this.text.charCodeAt(offset);
      const cap: Capture = {};
      if (c === 91 || c === 123) {
        if (c === 123) cap.keys = new Map();
        else cap.items = [];
        this.collection(offset, this.en[r], r, cap);
      } else if (offset === this.st[r] && this.isSeqItem(offset, this.en[r])) {
        cap.items = [];
        this.i = r;
        this.seq(this.ind[r], cap.items);
      } else {
        cap.keys = new Map();
        this.i = r;
        this.map(offset - (this.st[r] - this.ind[r]), offset, cap.keys);
      }
      return cap;
    } finally {
      this.i = saved.i;
      this.keyId = saved.keyId;
      this.keyColon = saved.keyColon;
      this.result = saved.result;
    }
  }

  // ---- block structure ----

  private skipBlank(): void {
    while (this.i < this.n && this.ind[this.i] < 0) this.i++;
  }

  private isSeqItem(start: number, end: number): boolean {
    const t = this.text;
    return t.charCodeAt(start) === 45 && (start + 1 === end || t.charCodeAt(start + 1) === 32);
  }

  private seq(indent: number, cap?: number[], onItem?: ItemHandler): unknown[] {
    const items: unknown[] = [];
    const t = this.text;
    for (;;) {
      this.skipBlank();
      const i = this.i;
      if (i >= this.n || this.ind[i] < indent) break;
      const start = this.st[i];
      const end = this.en[i];
      if (this.ind[i] > indent || !this.isSeqItem(start, end)) bail();
      let k = start + 1;
      while (k < end && t.charCodeAt(k) === 32) k++;
      if (k >= end || t.charCodeAt(k) === 35) bail(); // "-" alone: nested block item
      if (t.charCodeAt(k) === 45 && (k + 1 === end || t.charCodeAt(k + 1) === 32)) bail(); // "- -"
      if (cap) cap.push(k);
      let v: unknown;
      if (this.isKeyLine(k, end)) {
        // "- key: value": a mapping whose lines sit at the item's column.
        v = this.map(indent + (k - start), k);
      } else {
        v = this.inlineValue(i, k);
        this.i++;
      }
      if (onItem) onItem(v, k);
      else items.push(v);
    }
    return items;
  }

  /** Offset of the ':' ending a plain key at k, or -1. */
  private keyAt(k: number, end: number): number {
    const t = this.text;
    const c = t.charCodeAt(k);
    if (c === 34 || c === 39 || c === 91 || c === 123) return -1;
    for (let p = k; p < end; p++) {
      const d = t.charCodeAt(p);
      if (d === 58 && (p + 1 === end || t.charCodeAt(p + 1) === 32)) return p;
      if (d === 32 && t.charCodeAt(p + 1) === 35) return -1;
    }
    return -1;
  }

  /** Whether a seq item's content at k is "key: …" (a mapping item). */
  private isKeyLine(k: number, end: number): boolean {
    KEY_Y.lastIndex = k;
    if (KEY_Y.test(this.text)) {
      const colon = KEY_Y.lastIndex - 1;
      if (colon + 1 === end || this.text.charCodeAt(colon + 1) === 32) return true;
    }
    return this.keyAt(k, end) >= 0;
  }

  /** The one string for a valid key. */
  private canonicalKey(text: string): string {
    const key = this.keys.get(text);
    if (key !== undefined) return key;
    if (text === '__proto__') bail();
    this.keys.set(text, text);
    return text;
  }

  /** The key of a block mapping line starting at `start`; sets keyColon. Bails on a bad key. */
  private keyOf(start: number, end: number): string {
    const t = this.text;
    KEY_Y.lastIndex = start;
    if (KEY_Y.test(t)) {
      const colon = KEY_Y.lastIndex - 1;
      if (colon + 1 === end || t.charCodeAt(colon + 1) === 32) {
        // The first ':' of the line, followed by a space: what keyAt finds, and a valid key.
        this.keyColon = colon;
        return this.canonicalKey(t.slice(start, colon));
      }
    }
    const colon = this.keyAt(start, end);
    if (colon < 0) bail();
    // Spaces before the ':' are not part of the key (YAML white space is only space and tab; a
    // tab, or any other character, fails KEY; so does any byte that is not ASCII).
    const key = t.slice(start, colon).replace(TRAILING_BLANKS, '');
    if (!KEY.test(key)) bail();
    this.keyColon = colon;
    return this.canonicalKey(key);
  }

  /** The key of the block mapping line at `start`; sets keyColon and keyId. Bails on a bad key. */
  private keyAtLine(start: number, end: number): string {
    const t = this.text;
    const c0 = t.charCodeAt(start);
    const known = c0 < 128 ? this.keysByChar[c0] : undefined;
    if (known) {
      for (let j = 0; j < known.length; j++) {
        const key = known[j];
        const colon = start + key.length;
        if (colon >= end || t.charCodeAt(colon) !== 58 || (colon + 1 !== end && t.charCodeAt(colon + 1) !== 32)) continue;
        let same = true;
        for (let q = 1; q < key.length; q++) {
          if (t.charCodeAt(start + q) !== key.charCodeAt(q)) {
            same = false;
            break;
          }
        }
        if (!same) continue;
        // A valid key has no ':' or space: this is the first ':' of the line, as keyAt would find.
        this.keyColon = colon;
        this.keyId = this.idsByChar[c0]![j];
        return key;
      }
    }
    const key = this.keyOf(start, end);
    let id = this.keyIds.get(key);
    if (id === undefined) {
      this.keyIds.set(key, (id = this.keyIds.size));
      const k0 = key.charCodeAt(0);
      (this.keysByChar[k0] ??= []).push(key);
      (this.idsByChar[k0] ??= []).push(id);
    }
    this.keyId = id;
    return key;
  }

  /** A block mapping at `indent`; its first key starts at `firstStart` on row i. `onEntity` only for the root. */
  private map(indent: number, firstStart: number, cap?: Map<string, number>, onEntity?: ItemHandler): FastMap {
    const value = new RawMap(firstStart, this.ln[this.i]);
    const t = this.text;
    let seen = 0; // the keys so far, those numbered below 30, as bits
    let first = true;
    for (;;) {
      let start: number;
      if (first) {
        start = firstStart;
        first = false;
      } else {
        this.skipBlank();
        if (this.i >= this.n) break;
        const ind = this.ind[this.i];
        if (ind < indent) break;
        start = this.st[this.i];
        if (ind > indent) bail();
      }
      const row = this.i;
      const end = this.en[row];
      if (this.isSeqItem(start, end)) bail();
      const key = this.keyAtLine(start, end);
      const id = this.keyId;
      if (id < 30) {
        if (seen & (1 << id)) bail(); // a duplicate key
        seen |= 1 << id;
      } else if (value[key] !== undefined && Object.prototype.hasOwnProperty.call(value, key)) bail();
      let k = this.keyColon + 1;
      while (k < end && t.charCodeAt(k) === 32) k++;
      let v: unknown;
      let at = k;
      if (k >= end || t.charCodeAt(k) === 35) {
        // Nested block on the following lines (a sequence may sit at the key's own indent).
        this.i++;
        this.skipBlank();
        const next = this.i;
        if (next >= this.n) bail();
        const nextInd = this.ind[next];
        at = this.st[next];
        const isSeq = this.isSeqItem(at, this.en[next]);
        if (nextInd < indent || (nextInd === indent && !isSeq)) bail();
        if (isSeq && onEntity && key === 'entities') {
          v = this.seq(nextInd, undefined, onEntity);
          this.streamed = true;
        } else v = isSeq ? this.seq(nextInd) : this.map(nextInd, at);
      } else if (this.plainToEnd(k, end, row)) {
        // The common case: a plain scalar to the end of the line (what plainScalar would find);
        // a small integer without making its string.
        const d = end - k <= 9 ? this.digits(k, end) : -1;
        v = d >= 0 ? d : plainValue(this.sub(k, end, row));
        this.i++;
      } else {
        const c = t.charCodeAt(k);
        if (c === 124 || c === 62) v = this.blockScalar(row, k, indent);
        else {
          v = this.inlineValue(row, k);
          this.i++;
        }
      }
      if (cap) cap.set(key, at);
      value[key] = v;
    }
    return value;
  }

  /** The value of the digits from k to end (at most 9 of them), or -1 if there is anything else. */
  private digits(k: number, end: number): number {
    const t = this.text;
    let v = 0;
    for (let p = k; p < end; p++) {
      const c = t.charCodeAt(p) - 48;
      if (c < 0 || c > 9) return -1;
      v = v * 10 + c;
    }
    return v;
  }

  /** Whether a plain scalar with nothing to look at runs from k to the end of the line. */
  private plainToEnd(k: number, end: number, row: number): boolean {
    if (this.na?.[row]) return false;
    PLAIN_Y.lastIndex = k;
    return PLAIN_Y.test(this.text) && PLAIN_Y.lastIndex === end;
  }

  /** `|`, `|-`, `>`, `>-` with all content lines at one indentation. */
  private blockScalar(row: number, k: number, parentIndent: number): string {
    const t = this.text;
    // The indicator, '-' or not, then spaces and maybe a comment (YAML's white space is only
    // space and tab: anything else fails, as it does in `yaml`, and so does any byte not ASCII).
    const header = BLOCK_HEADER.exec(t.slice(k, this.en[row]));
    if (!header) bail();
    const folded = header![1] === '>';
    const strip = header![2] === '-';
    const headerLine = this.ln[row];
    this.i++;
    let parts = 0;
    let contentIndent = -1;
    let blanks = 0;
    let blankSpaces = 0; // the most spaces on a blank line read
    let out = '';
    while (this.i < this.n) {
      const m = this.i;
      const mInd = this.ind[m];
      if (mInd < 0) {
        // A blank line, or a comment-free line of spaces.
        blankSpaces = Math.max(blankSpaces, this.en[m] - this.st[m]);
        blanks++;
        this.i++;
        continue;
      }
      if (mInd <= parentIndent) break;
      if (contentIndent < 0) contentIndent = mInd;
      if (mInd !== contentIndent) bail();
      const s = this.sub(this.st[m], this.en[m], m);
      if (!parts) out = s;
      else if (folded) out += blanks ? '\n'.repeat(blanks) + s : ' ' + s;
      else out += '\n'.repeat(blanks + 1) + s;
      parts++;
      blanks = 0;
      this.i++;
    }
    if (contentIndent < 0) bail();
    // Spaces beyond the content's indentation on a blank line are text to YAML (or an error, before
    // the first line): outside the subset.
    if (blankSpaces > contentIndent) bail();
    // Comment lines were dropped by the line splitter; inside a block scalar they would be text:
    // none may sit among the lines read, nor after them at the content's indentation (YAML only
    // takes a comment that is indented less than the content as the end of the scalar).
    const firstLine = headerLine + 1;
    const last = this.i - 1;
    const lastLine = this.ln[last];
    let count = 0;
    for (let j = last; j >= 0 && this.ln[j] >= firstLine; j--) count++;
    if (lastLine - firstLine + 1 !== count) bail();
    if (this.i < this.n ? this.ln[this.i] > lastLine + 1 : true) {
      const gapEnd = this.i < this.n ? this.st[this.i] : t.length;
      let p = t.indexOf('\n', this.en[last]);
      while (p >= 0 && p < gapEnd) {
        let q = p + 1;
        while (q < gapEnd && t.charCodeAt(q) === 32) q++;
        if (t.charCodeAt(q) === 35 && q - (p + 1) >= contentIndent) bail();
        p = t.indexOf('\n', q);
      }
    }
    return strip ? out : out + '\n';
  }

  /** A scalar or a one-line flow collection starting at k on row `row`, ending the line. */
  private inlineValue(row: number, k: number): unknown {
    const t = this.text;
    const lineEnd = this.en[row];
    const c = t.charCodeAt(k);
    let value: unknown;
    let end: number;
    if (c === 91 || c === 123) {
      end = this.collection(k, lineEnd, row);
      value = this.result;
    } else if (c === 34 || c === 39) {
      end = this.quoted(k, lineEnd, row);
      value = this.result;
    } else {
      return this.plainScalar(k, lineEnd, row);
    }
    let p = end;
    while (p < lineEnd && t.charCodeAt(p) === 32) p++;
    if (p < lineEnd && !(t.charCodeAt(p) === 35 && p > end)) bail();
    return value;
  }

  /** A block-context plain scalar: up to a " #" comment; no indicators that change its meaning. */
  private plainScalar(k: number, lineEnd: number, row: number): unknown {
    if (this.plainToEnd(k, lineEnd, row)) return plainValue(this.sub(k, lineEnd, row));
    const t = this.text;
    const c = t.charCodeAt(k);
    // An indicator; or '-' before white space or the end of the line: a sequence entry.
    if ('&*!|>%@`,?]}#'.includes(t[k]) || (c === 45 && (k + 1 >= lineEnd || t.charCodeAt(k + 1) === 32 || t.charCodeAt(k + 1) === 9))) bail();
    let e = k;
    while (e < lineEnd && !(t.charCodeAt(e) === 32 && t.charCodeAt(e + 1) === 35)) e++;
    const s = this.sub(k, e, row).replace(TRAILING_BLANKS, '');
    if (s.includes(': ') || s.endsWith(':') || s.includes('\t')) bail();
    return plainValue(s);
  }

  /** A quoted scalar at k; returns its end, the value in result. */
  private quoted(k: number, lineEnd: number, row: number): number {
    const t = this.text;
    const q = t.charCodeAt(k);
    let out: string | undefined; // set once an escape or '' has been seen
    let from = k + 1; // start of the run not yet copied to out
    let p = k + 1;
    for (;;) {
      if (p >= lineEnd) bail();
      const c = t.charCodeAt(p);
      if (c === q) {
        if (q === 39 && t.charCodeAt(p + 1) === 39) {
          out = (out ?? '') + this.sub(from, p, row) + "'";
          p += 2;
          from = p;
          continue;
        }
        this.result = out === undefined ? this.sub(from, p, row) : out + this.sub(from, p, row);
        return p + 1;
      }
      if (q === 34 && c === 92) {
        const e = t[p + 1];
        const backslash = p;
        let piece: string;
        if (e in SIMPLE_ESCAPES) {
          piece = SIMPLE_ESCAPES[e];
          p += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(p + 2, p + 6))) {
          piece = String.fromCharCode(parseInt(t.slice(p + 2, p + 6), 16));
          p += 6;
        } else bail();
        out = (out ?? '') + this.sub(from, backslash, row) + piece!;
        from = p;
        continue;
      }
      p++;
    }
  }

  private skipSpaces(p: number, lineEnd: number): number {
    const t = this.text;
    while (p < lineEnd && t.charCodeAt(p) === 32) p++;
    return p;
  }

  /** A scalar or nested collection inside a flow collection; returns its end, the value in result. */
  private flowScalar(p: number, lineEnd: number, row: number, inMap: boolean, isKey: boolean): number {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 91 || c === 123) return this.collection(p, lineEnd, row);
    if (c === 34 || c === 39) return this.quoted(p, lineEnd, row);
    // & * ! | > % @ ` # , ] } ?
    if (c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 37 || c === 64 || c === 96 || c === 35 || c === 44 || c === 93 || c === 125 || c === 63 || p >= lineEnd) bail();
    if (c === 45) {
      // '-' starts a plain scalar only before a character that is neither white space nor a flow indicator.
      const d = t.charCodeAt(p + 1);
      if (p + 1 >= lineEnd || d === 32 || d === 9 || d === 44 || d === 91 || d === 93 || d === 123 || d === 125) bail();
    }
    let e = p;
    while (e < lineEnd) {
      const d = t.charCodeAt(e);
      if (d === 44 || d === 93 || d === 125 || d === 91 || d === 123) break;
      if (d === 58) {
        // ': ' (or ':' before a flow indicator or the end) ends a key; in a sequence it would
        // make a one-pair mapping, and ':' before '[', '{' or a tab is anything but plain.
        const f = t.charCodeAt(e + 1);
        if (e + 1 >= lineEnd || f === 32 || f === 44 || f === 93 || f === 125) {
          if (isKey || inMap) break;
          bail();
        }
        if (f === 91 || f === 123 || f === 9) bail();
      }
      if (d === 9 || (d === 32 && t.charCodeAt(e + 1) === 35)) bail();
      e++;
    }
    const s = this.sub(p, e, row).replace(TRAILING_BLANKS, '');
    if (s.includes(': ')) bail();
    this.result = plainValue(s);
    return e;
  }

  /** A flow collection at p closed on the same line; returns its end, the value in result. */
  private collection(p: number, lineEnd: number, row: number, cap?: Capture): number {
    const t = this.text;
    const isMap = t.charCodeAt(p) === 123;
    const close = isMap ? 125 : 93;
    const items: unknown[] | undefined = isMap ? undefined : [];
    const value = isMap ? new RawMap(p, this.ln[row]) : undefined;
    p = this.skipSpaces(p + 1, lineEnd);
    while (t.charCodeAt(p) !== close) {
      if (p >= lineEnd) bail();
      if (value) {
        p = this.flowScalar(p, lineEnd, row, true, true);
        const key = this.result;
        if (typeof key !== 'string' || !KEY.test(key) || Object.prototype.hasOwnProperty.call(value, key) || key === '__proto__') bail();
        p = this.skipSpaces(p, lineEnd);
        if (t.charCodeAt(p) !== 58) bail();
        p = this.skipSpaces(p + 1, lineEnd);
        const c = t.charCodeAt(p);
        cap?.keys!.set(key as string, p);
        if (c === 44 || c === close) this.result = null;
        else p = this.flowScalar(p, lineEnd, row, true, false);
        value[key as string] = this.result;
        p = this.skipSpaces(p, lineEnd);
      } else {
        cap?.items!.push(p);
        p = this.flowScalar(p, lineEnd, row, false, false);
        const v = this.result;
        p = this.skipSpaces(p, lineEnd);
        if (typeof v === 'string' && t.charCodeAt(p) === 58) bail(); // [a: b]: a single-pair mapping
        items!.push(v);
      }
      const c = t.charCodeAt(p);
      if (c === 44) {
        p = this.skipSpaces(p + 1, lineEnd);
        if (t.charCodeAt(p) === 44) bail();
      } else if (c !== close) bail();
    }
    this.result = value ?? items;
    return p + 1;
  }
}
