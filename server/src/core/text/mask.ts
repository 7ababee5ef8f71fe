// Masking: everything that is not prose becomes spaces (newlines kept, but a line break inside a
// paragraph reads as the space it renders as), so offsets stay valid.
// One left-to-right pass; every forward search is bounded or remembered, so the pass is linear.

import { foldChar, foldWords } from './fold.ts';
import { startsWithAsciiCI } from './ascii-case.ts';
import { blockStart, bulletMarkerAt, headlineBefore, isHan, orderedItemMayStart, orderedMarkerEnd } from './sentences.ts';

/**
 * The inside of a citation marker: [6], [1, 3], [2-4] (numbers only, not figures), and lists of
 * section numbers [1.6, 1.31] (two or more, so a lone [1.5] stays a number).
 */
export const CITATION_LABEL = /^\d{1,3}(?:\s*[,，–-]\s*\d{1,3})*$|^\d{1,3}(?:\.\d{1,3})?(?:\s*[,，]\s*\d{1,3}(?:\.\d{1,3})?)+$/;

const SP = 32;
const NL = 10;
const CR = 13;

/**
 * One decoder for every call: constructing one costs about as much as decoding a paragraph. It keeps
 * a leading U+FEFF (by default a decoder drops it as a byte-order mark, and the masked text would be
 * one code unit short of a draft saved with a BOM, every offset after it off by one).
 */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWs = (c: number): boolean => c === 32 || c === 9 || c === NL || c === CR || c === 0x3000;

/**
 * The characters the pass below acts on inside a line (a newline; the first letter of a URL; @ of an
 * e-mail; in Markdown, the markers of code, HTML, links, emphasis and escapes): it runs over the rest.
 */
const PLAIN_STOPS = stopTable('\nhHwW@');
const MARKDOWN_STOPS = stopTable('\nhHwW@`<![*~_\\$');
function stopTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** Bullets and enumerations that start an item of a plain-text list: •, ·, （1）, (2), 一、, 3、. */
const ITEM_FIRST = new Set([...'•·●○■□◆◇▪▫►▶※★☆✓✔–—']);
const ZH_ENUM_DIGITS = '一二三四五六七八九十';
const isEnumDigit = (c: number): boolean => (c >= 48 && c <= 57) || ZH_ENUM_DIGITS.includes(String.fromCharCode(c));

/**
 * Whether the line at `i` of the raw text starts a block of its own, so that the break before it is
 * no soft one: a heading or list item (sentences.ts), a quote, a table row, a fence, HTML, a
 * bracketed reference, a setext underline, or a plain-text bullet or enumeration.
 */
function startsBlock(text: string, i: number): boolean {
  if (blockStart(text, i) !== 0) return true;
  let p = i;
  while (p - i < 3 && text.charCodeAt(p) === SP) p++;
  const c = text.charCodeAt(p);
  if (c === 62 /* > */ || c === 124 /* | */ || c === 91 /* [ */ || c === 60 /* < */ || c === 96 /* ` */ || c === 126 /* ~ */ || c === 61 /* = */) return true;
  if (ITEM_FIRST.has(text[p])) return true;
  // "---" or "***" alone: a rule or a setext underline. "**900,000 wafers**" opens with emphasis: prose.
  if (c === 45 && text.charCodeAt(p + 1) === c) return true;
  if ((c === 42 || c === 95) && text.charCodeAt(p + 1) === c) return ruleLine(text, p, c);
  // （1） (2) 一、 3、
  if (c === 40 || c === 0xff08) {
    let k = p + 1;
    while (k - p < 4 && isEnumDigit(text.charCodeAt(k))) k++;
    if (k > p + 1 && (text.charCodeAt(k) === 41 || text.charCodeAt(k) === 0xff09)) return true;
  }
  let k = p;
  while (k - p < 3 && isEnumDigit(text.charCodeAt(k))) k++;
  if (k > p && text.charCodeAt(k) === 0x3001 /* 、 */) return true;
  // "2.英伟达：…", "3)压缩机领域", "2." alone on its line: Chinese copy numbers items with no space after the marker.
  // (Only after a line that ends a sentence or a heading: a wrapped "约为\n4.50 美元" goes on.)
  if (k > p && k - p <= 2 && isAsciiDigits(text, p, k) && lineBeforeEnds(text, i)) {
    const m = text.charCodeAt(k);
    const after = text.charCodeAt(k + 1);
    // (Alone on its line only before a Chinese line: a wrapped "Dec.\n31." ends an English sentence.)
    const nextLine = after === 13 ? text.charCodeAt(k + 3) : text.charCodeAt(k + 2);
    if ((m === 46 || m === 41 || m === 0xff09) && (isHan(after) || ((after === 10 || after === 13) && isHan(nextLine)))) return true;
    // "2.1 免费 LLM 模型": a section's number, a space and a Chinese heading (not "2.1 亿元" wrapped onto its line).
    if (m === 46 && SECTION_NUMBER_HEADING.test(text.slice(p, p + 8))) return true;
  }
  // A nested list item indented four spaces or more ("    2. It is built on …", "      • …"): a line of its own.
  if (c === SP) {
    let q = p;
    while (q - p < 10 && text.charCodeAt(q) === SP) q++;
    return NESTED_ITEM.test(text.slice(q, q + 5));
  }
  return false;
}
/** An ordered or bulleted list marker and its space, at the start of an indented line. */
const NESTED_ITEM = /^(?:\d{1,2}[.)]|[-*•·◦▪]) \S/;

/** Whether the line from p holds only `c` (three or more) and spaces: a thematic break (*** or ___). */
function ruleLine(text: string, p: number, c: number): boolean {
  let marks = 0;
  let k = p;
  for (; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (ch === c) marks++;
    else if (ch !== SP && ch !== 9) break;
  }
  const end = text.charCodeAt(k);
  return marks >= 3 && (k === text.length || end === 10 || end === 13);
}

/** A table's delimiter row, with or without outer pipes ("---|:---:|---"). */
export const DELIMITER_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/;

function delimiterRow(text: string, a: number, b: number, pipeIn: (a: number, b: number) => boolean): boolean {
  return b - a < 400 && pipeIn(a, b) && DELIMITER_ROW.test(text.slice(a, b));
}

/**
 * Whether the line text[a, b) belongs to a table (GFM: a header row, the delimiter row under it, and
 * the rows with pipes that follow), written with or without outer pipes ("Metric | H100 | B200").
 * Its line break is the table's, not a soft wrap. `afterTableRow`: the line above is a table row.
 */
function tableLine(text: string, a: number, b: number, afterTableRow: boolean, pipeIn: (a: number, b: number) => boolean): boolean {
  if (!pipeIn(a, b)) return false;
  if (afterTableRow || delimiterRow(text, a, b, pipeIn)) return true;
  // A header: the next line is the delimiter row.
  if (b >= text.length) return false;
  const nextEnd = text.indexOf('\n', b + 1);
  return delimiterRow(text, b + 1, nextEnd < 0 ? text.length : nextEnd, pipeIn);
}

/** Whether out[a, b) holds anything but spaces, tabs and CR (prose the mask kept). */
function hasProse(out: Uint16Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = out[k];
    if (c !== SP && c !== 9 && c !== CR && c !== 0x3000) return true;
  }
  return false;
}

/**
 * A line break between two lines of one paragraph is a space to the reader (Markdown renders it so):
 * a draft hard-wrapped at 72 columns must not break "$13\nbillion" or "1000亿\n美元" into two
 * figures. Such soft breaks become spaces. A break before a line that starts a block, after a
 * heading or table row, or next to a line the mask blanked, stays. Both lines lie in one block
 * (blank lines end blocks), so a block masked alone gets the same result (text/prepare.ts).
 */
function joinSoftBreaks(text: string, out: Uint16Array): void {
  let lineStart = 0;
  let thisTable = false;
  // The next pipe at or after the line asked about: lines are asked in order (a header's next line before that line
  // itself), so one pass finds them all.
  let pipeAt = text.indexOf('|');
  const pipeIn = (a: number, b: number): boolean => {
    if (pipeAt >= 0 && pipeAt < a) pipeAt = text.indexOf('|', a);
    return pipeAt >= 0 && pipeAt < b;
  };
  let nextStart = text.indexOf('\n');
  if (nextStart >= 0) thisTable = tableLine(text, 0, nextStart, false, pipeIn);
  // Whether the line is the first of its block (the text's first line, or one after a blank line).
  let firstOfBlock = true;
  for (let k = nextStart; k >= 0; k = text.indexOf('\n', k + 1)) {
    const end = out[k - 1] === CR ? k - 1 : k;
    const prose = hasProse(out, lineStart, end);
    const thisJoinable = prose && blockStart(text, lineStart) !== 2 && text.charCodeAt(skipSpaces(text, lineStart)) !== 124 /* | */ && !thisTable;
    const next = text.indexOf('\n', k + 1);
    const nextEnd = next < 0 ? text.length : next;
    const nextTable = tableLine(text, k + 1, nextEnd, thisTable, pipeIn);
    if (thisJoinable && !startsBlock(text, k + 1) && hasProse(out, k + 1, nextEnd) && !nextTable && !(firstOfBlock && headlineOver(out, lineStart, end, k + 1, nextEnd))) {
      out[k] = SP;
      if (end < k) out[end] = SP;
    }
    firstOfBlock = !prose;
    lineStart = k + 1;
    thisTable = nextTable;
  }
}

/** Whether the masked line out[from, end) is a headline over the line starting at `next` (sentences.ts headlineBefore). */
function headlineOver(out: Uint16Array, from: number, end: number, next: number, nextEnd: number): boolean {
  let last = end - 1;
  while (last >= from && (out[last] === SP || out[last] === 9 || out[last] === 0x3000)) last--;
  let first = from;
  while (first <= last && (out[first] === SP || out[first] === 9)) first++;
  let to = next;
  while (to < out.length && (out[to] === SP || out[to] === 9)) to++;
  if (last < first || last - first > 200 || to >= nextEnd) return false;
  // (Both lines open with a capital Latin letter, headlineBefore's first test, before a string is made.)
  if (!(out[first] >= 65 && out[first] <= 90) || !(out[to] >= 65 && out[to] <= 90)) return false;
  // (The next line is read only as far as it could be shorter than the headline.)
  return headlineBefore(String.fromCharCode(...out.subarray(first, Math.min(nextEnd, to + 256))), 0, last - first, to - first);
}

/**
 * The closing $ of TeX inline math opening at `open`, or 0: on one line, within 40 characters, no space
 * inside either delimiter, and a TeX escape, superscript, subscript or brace inside ("$5 and $6" is money).
 */
function texMathClose(text: string, open: number): number {
  const first = text.charCodeAt(open + 1);
  if (first === SP || first === 10 || first !== first) return 0;
  let tex = false;
  for (let k = open + 1; k < open + 41 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return 0;
    if (c === 92 /* backslash */ || c === 94 /* ^ */ || c === 123 /* { */) tex = true;
    if (c === 36) return tex && text.charCodeAt(k - 1) !== SP ? k : 0;
  }
  return 0;
}

/** A section number opening a line before a Chinese heading word (no unit, scale or classifier). */
// (Not a value and its change, a flattened table's cell: "41.26 减少12.38个百分点".)
const SECTION_NUMBER_HEADING = /^\d{1,2}\.\d{1,2} [\u4e00-\u9fff](?<![亿万千百十元倍个台家块张颗年月日减增降升较同环占约近超达为])/;

/** The line before the one starting at `i` ends a sentence, a clause or a bracket (。！？；：) 」). */
function lineBeforeEnds(text: string, i: number): boolean {
  let k = i - 2;
  while (k >= 0 && (text.charCodeAt(k) === SP || text.charCodeAt(k) === CR || text.charCodeAt(k) === 9)) k--;
  if (k < 0 || LINE_CLOSERS.includes(text[k])) return true;
  // ("一、概况\n2.预计…", "1.业绩预告期间:2023年1月1日-2023年6月30日\n2.预计的经营业绩": after a heading or an item numbered
  // the Chinese way, the next numbered line is an item of its own.)
  const start = text.lastIndexOf('\n', k) + 1;
  return CHINESE_ITEM_OPENING.test(text.slice(start, start + 5));
}
/** A line's opening that numbers an item or a heading in Chinese copy: 一、, 2., 3)、（4）. */
const CHINESE_ITEM_OPENING = /^\s*(?:[一二三四五六七八九十]{1,2}、|\d{1,2}[.、)）](?=[\u4e00-\u9fff])|[（(]\d{1,2}[)）])/;
const LINE_CLOSERS = '。！？；：!?;:)）」』】]';

function isAsciiDigits(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (text.charCodeAt(k) < 48 || text.charCodeAt(k) > 57) return false;
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === SP || text.charCodeAt(i) === 9) i++;
  return i;
}

/** Returns `text` with code, URLs, e-mails, HTML, front matter and markdown markers blanked. */
export function maskText(text: string, format: 'markdown' | 'plaintext'): string {
  const n = text.length;
  const out = new Uint16Array(n);
  // Traditional Chinese is read as simplified (text/fold.ts); the raw text keeps what was written.
  for (let i = 0; i < n; i++) out[i] = foldChar(text.charCodeAt(i));
  // "a 4 million–square–foot site": an en dash between two letters is a hyphen typed long.
  for (let i = text.indexOf('\u2013'); i >= 0; i = text.indexOf('\u2013', i + 1)) {
    if (i > 0 && isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i + 1))) out[i] = 45;
  }
  const blank = (a: number, b: number): void => {
    for (let k = Math.max(0, a); k < b && k < n; k++) {
      const c = out[k];
      if (c !== NL && c !== CR) out[k] = SP;
    }
  };
  const md = format === 'markdown';
  const stops = md ? MARKDOWN_STOPS : PLAIN_STOPS;
  initIndexes(text);
  let i = 0;
  // YAML front matter.
  if (md && text.startsWith('---') && (text.charCodeAt(3) === NL || text.charCodeAt(3) === CR)) {
    const close = findLine(text, 4, '---');
    const close2 = close < 0 ? findLine(text, 4, '...') : close;
    if (close2 >= 0) {
      const end = lineEnd(text, close2);
      blank(0, end);
      i = end;
    }
  }
  let lineStart = true;
  let prevBlank = true;
  let inIndentCode = false;
  let listCtx = false;
  let commentClosed = true; // false once a search for "-->" failed: no later one can succeed
  let fenceSearchFailed = false;
  const runMemo = new Map<number, number>();
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      if (lineStart) prevBlank = true;
      lineStart = true;
      i++;
      continue;
    }
    if (md && lineStart) {
      lineStart = false;
      // Leading spaces, then block markers.
      let p = i;
      while (p < n && (text.charCodeAt(p) === SP || text.charCodeAt(p) === 9) && p - i < 12) p++;
      const c0 = text.charCodeAt(p);
      let indent = 0;
      for (let k = i; k < p; k++) indent += text.charCodeAt(k) === 9 ? 4 : 1;
      if (c0 === NL || c0 === CR || p >= n) {
        prevBlank = true;
        i = p;
        continue;
      }
      // Indented code block (after a blank line, outside lists).
      if (indent >= 4 && (inIndentCode || (prevBlank && !listCtx))) {
        const e = lineEndNoNl(text, p);
        blank(p, e);
        inIndentCode = true;
        prevBlank = false;
        i = e;
        continue;
      }
      inIndentCode = false;
      const isItem = bulletMarkerAt(text, p) || (c0 >= 48 && c0 <= 57 && orderedMarkerEnd(text, p) > 0 && orderedItemMayStart(text, i, p));
      if (isItem) listCtx = true;
      else if (indent === 0 && prevBlank) listCtx = false;
      prevBlank = false;
      // Fenced code.
      if ((c0 === 96 || c0 === 126) && p - i <= 3) {
        let k = p;
        while (text.charCodeAt(k) === c0) k++;
        const fenceLen = k - p;
        if (fenceLen >= 3 && !fenceSearchFailed) {
          const fence = String.fromCharCode(c0).repeat(fenceLen);
          let close = -1;
          let ls = lineEnd(text, p);
          while (ls < n) {
            let q = ls;
            while (q < n && text.charCodeAt(q) === SP && q - ls < 4) q++;
            if (text.startsWith(fence, q)) {
              close = q;
              break;
            }
            ls = lineEnd(text, ls);
          }
          const end = close < 0 ? n : lineEndNoNl(text, close);
          if (close < 0) fenceSearchFailed = true;
          blank(p, end);
          i = end;
          continue;
        }
      }
      let q = p;
      // Blockquotes, headings, list markers (possibly nested: "> * 1. ").
      for (let guard = 0; guard < 6; guard++) {
        const d = text.charCodeAt(q);
        if (d === 62 /* > */) {
          blank(q, q + 1);
          q++;
          while (text.charCodeAt(q) === SP) q++;
          continue;
        }
        if (d === 35 /* # */) {
          let k = q;
          while (text.charCodeAt(k) === 35 && k - q < 6) k++;
          if (text.charCodeAt(k) === SP || text.charCodeAt(k) === NL || k >= n) {
            blank(q, k);
            q = k;
            while (text.charCodeAt(q) === SP) q++;
          }
          break;
        }
        if (bulletMarkerAt(text, q)) {
          blank(q, q + 1);
          q += 2;
          while (text.charCodeAt(q) === SP) q++;
          continue;
        }
        if (d >= 48 && d <= 57 && (q > p || orderedItemMayStart(text, i, q))) {
          let k = q;
          while (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57 && k - q < 9) k++;
          const e = text.charCodeAt(k);
          // (As in CommonMark an item may start empty, its text on the next line: a budget speech's "151.⏎二零一四/一五年度…".)
          const after = text.charCodeAt(k + 1);
          if ((e === 46 || e === 41) && (after === SP || after === 9 || after === 10 || after === 13)) {
            blank(q, k + 1);
            q = k + 1;
            while (text.charCodeAt(q) === SP) q++;
            continue;
          }
        }
        break;
      }
      // "_1_" / "**1**" item numbers right after a list marker or at the line start.
      if (q > p || q === p) {
        const d = text.charCodeAt(q);
        if (d === 95 || d === 42) {
          let k = q;
          while (text.charCodeAt(k) === d && k - q < 2) k++;
          const ms = k - q;
          let e = k;
          while (text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57 && e - k < 3) e++;
          if (e > k) {
            let z = e;
            while (text.charCodeAt(z) === d && z - e < ms) z++;
            if (z - e === ms && (text.charCodeAt(z) === SP || text.charCodeAt(z) === 0x3000)) {
              blank(q, z);
              q = z;
            }
          }
        }
      }
      // Reference definitions: [id]: url
      if (text.charCodeAt(q) === 91) {
        let k = q + 1;
        while (k < n && k - q < 200 && text.charCodeAt(k) !== 93 && text.charCodeAt(k) !== NL) k++;
        if (text.charCodeAt(k) === 93 && text.charCodeAt(k + 1) === 58) {
          const e = lineEndNoNl(text, k);
          blank(q, e);
          i = e;
          continue;
        }
      }
      i = q;
      continue;
    }
    lineStart = false;
    // URLs and e-mails (both formats).
    if ((c === 104 || c === 72) && (startsWithAsciiCI(text, i, 'http://') || startsWithAsciiCI(text, i, 'https://')) && !isAlnum(text.charCodeAt(i - 1))) {
      const e = urlEnd(text, i);
      blank(i, e);
      i = e;
      continue;
    }
    if ((c === 119 || c === 87) && startsWithAsciiCI(text, i, 'www.') && !isAlnum(text.charCodeAt(i - 1)) && isAlnum(text.charCodeAt(i + 4))) {
      const e = urlEnd(text, i);
      blank(i, e);
      i = e;
      continue;
    }
    if (c === 64 /* @ */) {
      // e-mail: local part before, domain with a dot after.
      let b = i;
      while (b > 0 && i - b < 64 && isEmailChar(text.charCodeAt(b - 1))) b--;
      let e = i + 1;
      let dot = false;
      while (e < n && e - i < 255 && (isAlnum(text.charCodeAt(e)) || text.charCodeAt(e) === 45 || (text.charCodeAt(e) === 46 && isAlnum(text.charCodeAt(e + 1))))) {
        if (text.charCodeAt(e) === 46) dot = true;
        e++;
      }
      if (b < i && dot) {
        blank(b, e);
        i = e;
        continue;
      }
    }
    if (!md) {
      i++;
      while (i < n && !stops[text.charCodeAt(i)]) i++;
      continue;
    }
    // TeX inline math ($100\%$, $^+$): its delimiters are no dollar signs; what they enclose is read.
    if (c === 36 /* $ */) {
      const close = texMathClose(text, i);
      if (close > 0) {
        blank(i, i + 1);
        blank(close, close + 1);
      }
      i++;
      continue;
    }
    // Inline code.
    if (c === 96) {
      let k = i;
      while (text.charCodeAt(k) === 96) k++;
      const run = k - i;
      const close = findRun(text, k, run, 4000, runMemo);
      if (close >= 0) {
        blank(i, close + run);
        i = close + run;
      } else i = k;
      continue;
    }
    // HTML comments and tags, autolinks.
    if (c === 60 /* < */) {
      if (text.startsWith('<!--', i)) {
        const e = commentClosed ? text.indexOf('-->', i + 4) : -1;
        if (e < 0) {
          commentClosed = false;
          i += 4;
          continue;
        }
        blank(i, e + 3);
        i = e + 3;
        continue;
      }
      const d = text.charCodeAt(i + 1);
      if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d === 47 && isAlnum(text.charCodeAt(i + 2)))) {
        let k = i + 1;
        while (k < n && k - i < 1000 && text.charCodeAt(k) !== 62 && text.charCodeAt(k) !== 60 && !(text.charCodeAt(k) === NL && text.charCodeAt(k + 1) === NL)) k++;
        if (text.charCodeAt(k) === 62) {
          blank(i, k + 1);
          i = k + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    // Images: blank entirely. Links: keep the label, blank the target.
    if (c === 33 /* ! */ && text.charCodeAt(i + 1) === 91) {
      const close = bracketEnd(text, i + 1);
      if (close >= 0 && text.charCodeAt(close + 1) === 40) {
        const pe = parenEnd(text, close + 1);
        if (pe >= 0) {
          blank(i, pe + 1);
          i = pe + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 91 /* [ */) {
      // Footnote reference [^1]
      if (text.charCodeAt(i + 1) === 94) {
        let k = i + 2;
        while (k < n && k - i < 40 && isAlnum(text.charCodeAt(k))) k++;
        if (text.charCodeAt(k) === 93) {
          blank(i, k + 1);
          i = k + 1;
          continue;
        }
      }
      const close = bracketEnd(text, i);
      // Citation markers [6], [6][9], [12](url), [1, 3], [2-4]: numbers only are references, not figures.
      if (close > i + 1 && close - i <= 24 && CITATION_LABEL.test(text.slice(i + 1, close))) {
        blank(i, close + 1);
        i = close + 1;
        continue;
      }
      if (close >= 0 && text.charCodeAt(close + 1) === 40) {
        const pe = parenEnd(text, close + 1);
        if (pe >= 0) {
          blank(i, i + 1);
          blank(close, pe + 1);
          // The label itself is processed normally (it may contain emphasis or code).
          i++;
          continue;
        }
      }
      if (close >= 0 && text.charCodeAt(close + 1) === 91) {
        // [label][ref]
        const e = bracketEnd(text, close + 1);
        if (e >= 0) {
          blank(i, i + 1);
          blank(close, e + 1);
          i++;
          continue;
        }
      }
      i++;
      continue;
    }
    // Emphasis and strike-through markers.
    if (c === 42 /* * */ || c === 126 /* ~ */ && text.charCodeAt(i + 1) === 126) {
      let k = i;
      while (text.charCodeAt(k) === c) k++;
      if (c === 42 || k - i >= 2) blank(i, k);
      i = k;
      continue;
    }
    if (c === 95 /* _ */) {
      let k = i;
      while (text.charCodeAt(k) === 95) k++;
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(k);
      if (!(isAlnum(before) && isAlnum(after))) blank(i, k);
      i = k;
      continue;
    }
    if (c === 92 /* \ */ && isPunct(text.charCodeAt(i + 1))) {
      blank(i, i + 1);
      i += 2;
      continue;
    }
    // Nothing above starts at the characters up to the next one it looks for.
    i++;
    while (i < n && !stops[text.charCodeAt(i)]) i++;
  }
  joinSoftBreaks(text, out);
  const masked = UTF16.decode(out);
  // Regional words are folded in any text (晶片 is 芯片 in a simplified draft too), so that a block
  // masks the same alone as inside its draft (text/prepare.ts).
  return foldWords(masked);
}

function isEmailChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}
function isPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}
/** URL end: up to whitespace, CJK or a closing delimiter; trailing punctuation excluded. */
function urlEnd(t: string, i: number): number {
  let k = i;
  let depth = 0;
  while (k < t.length) {
    const c = t.charCodeAt(k);
    if (isWs(c) || c === 60 || c === 62 || c === 34 || c >= 0x2e80 || c === 0x201c || c === 0x201d) break;
    if (c === 40) depth++;
    if (c === 41) {
      if (depth === 0) break;
      depth--;
    }
    if (c === 93 && depth === 0) break;
    k++;
  }
  while (k > i && '.,;:!?\''.includes(t[k - 1])) k--;
  return k;
}
/** Memoised "next occurrence" lookups keep bracket matching linear over the whole pass. */
class NextIndex {
  private at = -2;
  private pos = -1;
  constructor(private readonly t: string, private readonly needle: string) {}
  /** First index ≥ from of the needle, or -1. */
  from(from: number): number {
    if (this.at !== -2 && from >= this.at && (this.pos >= from || this.pos < 0)) return this.pos;
    this.at = from;
    this.pos = this.t.indexOf(this.needle, from);
    return this.pos;
  }
}
let nextRB: NextIndex;
let nextRP: NextIndex;
let nextPara: NextIndex;
function initIndexes(t: string): void {
  nextRB = new NextIndex(t, ']');
  nextRP = new NextIndex(t, ')');
  nextPara = new NextIndex(t, '\n\n');
}
/** The ']' closing the '[' at open (no nesting), within the paragraph. */
function bracketEnd(_t: string, open: number): number {
  const k = nextRB.from(open + 1);
  if (k < 0) return -1;
  const p = nextPara.from(open);
  if (p >= 0 && p < k) return -1;
  return k;
}
function parenEnd(_t: string, open: number): number {
  const k = nextRP.from(open + 1);
  if (k < 0) return -1;
  const p = nextPara.from(open);
  if (p >= 0 && p < k) return -1;
  return k;
}
function findRun(t: string, from: number, run: number, limit: number, memo: Map<number, number>): number {
  // memo: run length → position up to which no closing run of that length exists
  let k = from;
  const known = memo.get(run);
  if (known !== undefined && known > k) k = known;
  const stop = Math.min(t.length, from + limit);
  for (; k < stop; k++) {
    if (t.charCodeAt(k) === 96) {
      let e = k;
      while (t.charCodeAt(e) === 96) e++;
      if (e - k === run) return k;
      k = e - 1;
    } else if (t.charCodeAt(k) === NL && t.charCodeAt(k + 1) === NL) {
      memo.set(run, k);
      return -1;
    }
  }
  memo.set(run, k);
  return -1;
}
function lineEnd(t: string, i: number): number {
  const e = t.indexOf('\n', i);
  return e < 0 ? t.length : e + 1;
}
function lineEndNoNl(t: string, i: number): number {
  const e = t.indexOf('\n', i);
  return e < 0 ? t.length : e;
}
/** Start of a line (after `from`) that is exactly `marker` (trailing spaces allowed). */
function findLine(t: string, from: number, marker: string): number {
  let ls = from;
  while (ls < t.length) {
    if (t.startsWith(marker, ls)) {
      let k = ls + marker.length;
      while (t.charCodeAt(k) === SP) k++;
      if (k >= t.length || t.charCodeAt(k) === NL || t.charCodeAt(k) === CR) return ls;
    }
    ls = lineEnd(t, ls);
  }
  return -1;
}

const INDENTED_LINE = /(?:^|\n)(?: {4}| {0,3}\t)/;

/**
 * True when no construct of the masker reaches across a blank line ("\n\n"): then every block
 * between blank lines masks the same alone as inside the text, and an edit re-masks only its
 * blocks (text/prepare.ts). False for front matter, fenced or indented code, and an HTML comment
 * that is unclosed or spans a blank line.
 */
export function masksByBlock(text: string, format: 'markdown' | 'plaintext'): boolean {
  if (format === 'plaintext') return true; // plain text masks URLs and e-mails only
  if (text.startsWith('---') || text.includes('```') || text.includes('~~~') || INDENTED_LINE.test(text)) return false;
  for (let i = text.indexOf('<!--'); i >= 0; ) {
    const close = text.indexOf('-->', i + 4);
    if (close < 0) return false;
    const blank = text.indexOf('\n\n', i);
    if (blank >= 0 && blank < close) return false;
    i = text.indexOf('<!--', close + 3);
  }
  return true;
}
