// A fast path for the YAML that fact stores are written in: block mappings and sequences, plain and
// quoted one-line scalars, one-line flow collections ({ url: …, date: … }, [a, b]) and simple folded
// or literal block scalars (description: >-). One pass over the lines, about 50× faster than the
// `yaml` package's parseDocument on big stores. Anything outside that subset (anchors, tags,
// multi-line plain scalars, duplicate keys, anything odd) returns undefined, and the caller falls
// back to the full `yaml` parser, which also produces the exact error messages. Values follow the
// YAML 1.2 core schema as `yaml` does (numbers, null, booleans; dates stay strings).

export interface Pos {
  line: number;
  column: number;
}

export interface FastNode {
  /** The plain JS value (what yaml's toJSON() gives). */
  value: unknown;
  pos: Pos;
  /** For mappings: the child nodes by key (positions of the values). */
  children?: Map<string, FastNode>;
  /** For sequences: the item nodes. */
  items?: FastNode[];
}

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

/** A view of one line (the arrays of FastParser hold them all). */
interface Line {
  indent: number;
  /** Offset in the file text of the first content character. */
  start: number;
  end: number;
  line: number;
}

const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function plainValue(s: string): unknown {
  if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    if (INT.test(s) || FLOAT.test(s)) return Number(s);
    if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
    if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
    if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
    if (/^\.(nan|NaN|NAN)$/.test(s)) return NaN;
  }
  return s;
}

export function fastParseYaml(text: string): FastNode | null | undefined {
  try {
    return new FastParser(text).parse();
  } catch (err) {
    if (err instanceof Bail) return undefined;
    return undefined;
  }
}

class FastParser {
  private lines = new LineTable();
  private i = 0;

  constructor(private text: string) {}

  parse(): FastNode | null {
    const t = this.text;
    if (t.charCodeAt(0) === 0xfeff) bail();
    let pos = 0;
    let lineNo = 0;
    const n = t.length;
    while (pos <= n) {
      let end = t.indexOf('\n', pos);
      if (end < 0) end = n;
      let e = end;
      if (e > pos && t.charCodeAt(e - 1) === 13) e--;
      let k = pos;
      while (k < e && t.charCodeAt(k) === 32) k++;
      const c = t.charCodeAt(k);
      if (c === 9) bail();
      if (k < e && c !== 35) {
        // Directives and document markers are outside the subset.
        if (k === pos && (c === 37 || ((c === 45 || c === 46) && t.startsWith(c === 45 ? '---' : '...', k)))) bail();
        this.lines.push(k - pos, k, e, lineNo);
      } else if (k < e) {
        // a comment line
      } else {
        this.lines.push(-1, k, e, lineNo); // blank: only block scalars care
      }
      lineNo++;
      if (end >= n) break;
      pos = end + 1;
    }
    this.skipBlank();
    if (this.i >= this.lines.length) return null;
    if (this.lines.indentAt(this.i) !== 0) bail();
    const node = this.block(0);
    this.skipBlank();
    if (this.i < this.lines.length) bail();
    return node;
  }

  private skipBlank(): void {
    while (this.i < this.lines.length && this.lines.indentAt(this.i) < 0) this.i++;
  }

  private col(l: Line, at: number): Pos {
    return { line: l.line, column: at - (l.start - l.indent) };
  }

  private isSeqItem(l: Line): boolean {
    const t = this.text;
    return t.charCodeAt(l.start) === 45 && (l.start + 1 === l.end || t.charCodeAt(l.start + 1) === 32);
  }

  /** A block node whose first line is lines[i], at exactly `indent`. */
  private block(indent: number): FastNode {
    const l = this.lines.at(this.i)!;
    return this.isSeqItem(l) ? this.seq(indent) : this.map(indent);
  }

  private seq(indent: number): FastNode {
    const items: FastNode[] = [];
    const first = this.lines.at(this.i)!;
    const pos = this.col(first, first.start);
    for (;;) {
      this.skipBlank();
      const l = this.lines.at(this.i)!;
      if (!l || l.indent < indent) break;
      if (l.indent > indent || !this.isSeqItem(l)) bail();
      let k = l.start + 1;
      while (k < l.end && this.text.charCodeAt(k) === 32) k++;
      if (k >= l.end || this.text.charCodeAt(k) === 35) bail(); // "-" alone: nested block item
      const rest = this.text.slice(k, l.end);
      if (rest.startsWith('- ') || rest === '-') bail();
      const itemIndent = l.indent + (k - l.start);
      if (this.keyAt(k, l.end) >= 0) {
        // "- key: value": a mapping whose lines sit at the item's column.
        this.lines.set(this.i, itemIndent, k);
        items.push(this.map(itemIndent));
      } else {
        items.push(this.inlineValue(l, k));
        this.i++;
      }
    }
    return { value: items.map((x) => x.value), pos, items };
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

  private map(indent: number): FastNode {
    const value: Record<string, unknown> = {};
    const children = new Map<string, FastNode>();
    const first = this.lines.at(this.i)!;
    const pos = this.col(first, first.start);
    for (;;) {
      this.skipBlank();
      const l = this.lines.at(this.i)!;
      if (!l || l.indent < indent) break;
      if (l.indent > indent || this.isSeqItem(l)) bail();
      const colon = this.keyAt(l.start, l.end);
      if (colon < 0) bail();
      const key = this.text.slice(l.start, colon).trimEnd();
      if (!KEY.test(key) || children.has(key) || key === '__proto__') bail();
      let k = colon + 1;
      while (k < l.end && this.text.charCodeAt(k) === 32) k++;
      let node: FastNode;
      if (k >= l.end || this.text.charCodeAt(k) === 35) {
        // Nested block on the following lines (a sequence may sit at the key's own indent).
        this.i++;
        this.skipBlank();
        const next = this.lines.at(this.i);
        if (next && next.indent > indent) node = this.block(next.indent);
        else if (next && next.indent === indent && this.isSeqItem(next)) node = this.seq(indent);
        else bail();
      } else {
        const c = this.text.charCodeAt(k);
        if (c === 124 || c === 62) node = this.blockScalar(l, k, indent);
        else {
          node = this.inlineValue(l, k);
          this.i++;
        }
      }
      children.set(key, node!);
      value[key] = node!.value;
    }
    return { value, pos, children };
  }

  /** `|`, `|-`, `>`, `>-` with all content lines at one indentation. */
  private blockScalar(l: Line, k: number, parentIndent: number): FastNode {
    const t = this.text;
    const header = t.slice(k, l.end).replace(/\s+#.*$/, '').trimEnd();
    if (!/^[|>]-?$/.test(header)) bail();
    const folded = header[0] === '>';
    const strip = header.endsWith('-');
    const pos = this.col(l, k);
    this.i++;
    const parts: string[] = [];
    let contentIndent = -1;
    let blanks = 0;
    let out = '';
    while (this.i < this.lines.length) {
      const m = this.lines.at(this.i)!;
      if (m.indent < 0) {
        // A blank line, or a comment-free line of spaces.
        blanks++;
        this.i++;
        continue;
      }
      if (m.indent <= parentIndent) break;
      if (contentIndent < 0) contentIndent = m.indent;
      if (m.indent !== contentIndent) bail();
      if (t.charCodeAt(m.start) === 35) bail(); // a '#' line inside the scalar was taken for a comment
      const s = t.slice(m.start, m.end);
      if (!parts.length) out = s;
      else if (folded) out += blanks ? '\n'.repeat(blanks) + s : ' ' + s;
      else out += '\n'.repeat(blanks + 1) + s;
      parts.push(s);
      blanks = 0;
      this.i++;
    }
    if (contentIndent < 0) bail();
    // Comment lines were dropped by the line splitter; inside a block scalar they would be text.
    const lastLine = this.lines.at(this.i - 1);
    const firstLine = l.line + 1;
    let count = 0;
    for (let j = this.i - 1; j >= 0 && this.lines.at(j)!.line >= firstLine; j--) count++;
    if (lastLine && lastLine.line - firstLine + 1 !== count) bail();
    return { value: strip ? out : out + '\n', pos };
  }

  /** A scalar or a one-line flow collection starting at k on line l, ending the line. */
  private inlineValue(l: Line, k: number): FastNode {
    const t = this.text;
    const c = t.charCodeAt(k);
    let node: FastNode;
    let end: number;
    if (c === 91 || c === 123) {
      const r = this.flow(l, k);
      node = r.node;
      end = r.end;
    } else if (c === 34 || c === 39) {
      const r = this.quoted(k, l.end);
      node = { value: r.value, pos: this.col(l, k) };
      end = r.end;
    } else {
      // Plain scalar: up to a " #" comment; no indicators that change its meaning.
      if ('&*!|>%@`,?]}#'.includes(t[k]) || (c === 45 && t.charCodeAt(k + 1) === 32)) bail();
      let e = k;
      while (e < l.end && !(t.charCodeAt(e) === 32 && t.charCodeAt(e + 1) === 35)) e++;
      const s = t.slice(k, e).trimEnd();
      if (s.includes(': ') || s.endsWith(':') || s.includes('\t')) bail();
      return { value: plainValue(s), pos: this.col(l, k) };
    }
    let p = end;
    while (p < l.end && t.charCodeAt(p) === 32) p++;
    if (p < l.end && !(t.charCodeAt(p) === 35 && p > end)) bail();
    return node;
  }

  private quoted(k: number, lineEnd: number): { value: string; end: number } {
    const t = this.text;
    const q = t.charCodeAt(k);
    let out = '';
    let p = k + 1;
    for (;;) {
      if (p >= lineEnd) bail();
      const c = t.charCodeAt(p);
      if (c === q) {
        if (q === 39 && t.charCodeAt(p + 1) === 39) {
          out += "'";
          p += 2;
          continue;
        }
        return { value: out, end: p + 1 };
      }
      if (q === 34 && c === 92) {
        const e = t[p + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', ' ': ' ' };
        if (e in simple) {
          out += simple[e];
          p += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(p + 2, p + 6))) {
          out += String.fromCharCode(parseInt(t.slice(p + 2, p + 6), 16));
          p += 6;
        } else bail();
        continue;
      }
      out += t[p];
      p++;
    }
  }

  /** A flow collection closed on the same line. */
  private flow(l: Line, k: number): { node: FastNode; end: number } {
    const t = this.text;
    const lineEnd = l.end;
    const skip = (p: number) => {
      while (p < lineEnd && t.charCodeAt(p) === 32) p++;
      return p;
    };
    const scalar = (p: number, inMap: boolean, isKey: boolean): { node: FastNode; end: number } => {
      const c = t.charCodeAt(p);
      if (c === 91 || c === 123) return collection(p);
      if (c === 34 || c === 39) {
        const r = this.quoted(p, lineEnd);
        return { node: { value: r.value, pos: this.col(l, p) }, end: r.end };
      }
      if ('&*!|>%@`#,]}?'.includes(t[p]) || p >= lineEnd) bail();
      let e = p;
      while (e < lineEnd) {
        const d = t.charCodeAt(e);
        if (d === 44 || d === 93 || d === 125 || d === 91 || d === 123) break;
        if (d === 58 && (isKey || inMap) && (e + 1 >= lineEnd || ' ,]}'.includes(t[e + 1]))) break;
        if (d === 32 && t.charCodeAt(e + 1) === 35) bail();
        e++;
      }
      const s = t.slice(p, e).trimEnd();
      if (s.includes(': ')) bail();
      return { node: { value: plainValue(s), pos: this.col(l, p) }, end: e };
    };
    const collection = (p: number): { node: FastNode; end: number } => {
      const isMap = t.charCodeAt(p) === 123;
      const close = isMap ? 125 : 93;
      const pos = this.col(l, p);
      const items: FastNode[] = [];
      const value: Record<string, unknown> = {};
      const children = new Map<string, FastNode>();
      p = skip(p + 1);
      while (t.charCodeAt(p) !== close) {
        if (p >= lineEnd) bail();
        if (isMap) {
          const kr = scalar(p, true, true);
          const key = kr.node.value;
          if (typeof key !== 'string' || !KEY.test(key) || children.has(key) || key === '__proto__') bail();
          p = skip(kr.end);
          if (t.charCodeAt(p) !== 58) bail();
          p = skip(p + 1);
          const c = t.charCodeAt(p);
          let vr: { node: FastNode; end: number };
          if (c === 44 || c === close) vr = { node: { value: null, pos: this.col(l, p) }, end: p };
          else vr = scalar(p, true, false);
          children.set(key as string, vr.node);
          value[key as string] = vr.node.value;
          p = skip(vr.end);
        } else {
          const vr = scalar(p, false, false);
          if (vr.node.children === undefined && vr.node.items === undefined && typeof vr.node.value === 'string' && t.charCodeAt(skip(vr.end)) === 58) bail(); // [a: b]
          items.push(vr.node);
          p = skip(vr.end);
        }
        const c = t.charCodeAt(p);
        if (c === 44) {
          p = skip(p + 1);
          if (t.charCodeAt(p) === 44) bail();
        } else if (c !== close) bail();
      }
      return isMap ? { node: { value, pos, children }, end: p + 1 } : { node: { value: items.map((x) => x.value), pos, items }, end: p + 1 };
    };
    return collection(k);
  }
}

/** Lines in typed arrays: big stores have millions of lines. */
class LineTable {
  length = 0;
  private ind = new Int32Array(1024);
  private st = new Int32Array(1024);
  private en = new Int32Array(1024);
  private ln = new Int32Array(1024);

  push(indent: number, start: number, end: number, line: number): void {
    if (this.length === this.ind.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.ind = grow(this.ind);
      this.st = grow(this.st);
      this.en = grow(this.en);
      this.ln = grow(this.ln);
    }
    const i = this.length++;
    this.ind[i] = indent;
    this.st[i] = start;
    this.en[i] = end;
    this.ln[i] = line;
  }

  set(i: number, indent: number, start: number): void {
    this.ind[i] = indent;
    this.st[i] = start;
  }

  at(i: number): Line | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return { indent: this.ind[i], start: this.st[i], end: this.en[i], line: this.ln[i] };
  }

  indentAt(i: number): number {
    return i < this.length ? this.ind[i] : -2;
  }
}
