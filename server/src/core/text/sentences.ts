// Sentence splitting and language detection over masked text. Linear, no regular expressions.
import type { Sentence } from '../types.ts';
import type { TextReader } from './chunked.ts';

const ABBREV = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'inc', 'corp', 'co', 'ltd', 'llc', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st',
  'mt', 'ft', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'est', 'fig', 'vol', 'dept', 'gov', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'ph.d', 'sq', 'al', 'cf', 'op', 'pp', 'gen', 'sen', 'rep', 'gov',
]);
const CLOSERS = '"\'”’」』)）]》';

const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;

/** Newlines, spaces and the characters that may end a sentence: what splitSentences looks at one by one. */
const SENTENCE_STOPS = (() => {
  const t = new Uint8Array(65536);
  for (const c of [10, 13, 32, 9, 0x3000, 0xa0, 0x3002, 0xff01, 0xff1f, 0xff1b, 0x2026, 33, 63, 59, 46]) t[c] = 1;
  return t;
})();

/**
 * Kind of Markdown block that starts the line at `i` of the raw text: 2 = heading (`# …`), 1 = list
 * item (`- `, `* `, `+ `, `1. `, `1) `), 0 = neither. Up to three leading spaces; bounded look-ahead.
 */
export function blockStart(raw: string, i: number): number {
  let p = i;
  while (p - i < 3 && raw.charCodeAt(p) === 32) p++;
  const c = raw.charCodeAt(p);
  if (c === 35 /* # */) {
    let k = p;
    while (k - p < 6 && raw.charCodeAt(k) === 35) k++;
    const nx = raw.charCodeAt(k);
    return nx === 32 || nx === 9 || nx === 10 || nx === 13 || k >= raw.length ? 2 : 0;
  }
  if (c === 45 || c === 42 || c === 43) return bulletMarkerAt(raw, p) ? 1 : 0;
  // (Bullets pasted from the web and word processors open items too: "• In March 2025, …".)
  if (c === 0x2022 /* • */ || c === 0x25cf /* ● */ || c === 0x25aa /* ▪ */) return 1;
  // ("💵 Q4 Revenue, $7.66b …⏎💰 FY Net Income of …": so does a pictograph or a dingbat, ✅ ➤ ☑, opening the line.)
  if ((c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf)) return 1;
  if (c >= 48 && c <= 57) return orderedMarkerEnd(raw, p) > 0 && orderedItemMayStart(raw, i, p) ? 1 : 0;
  return 0;
}

/** A bullet-list marker at p: `-`, `*` or `+` and a space or tab. */
export function bulletMarkerAt(raw: string, p: number): boolean {
  const c = raw.charCodeAt(p);
  const nx = raw.charCodeAt(p + 1);
  return (c === 45 || c === 42 || c === 43) && (nx === 32 || nx === 9);
}

/** The end of an ordered-list marker at p ("1. ", "12) "), or 0. */
export function orderedMarkerEnd(raw: string, p: number): number {
  let k = p;
  while (k - p < 9 && isDigit(raw.charCodeAt(k))) k++;
  const d = raw.charCodeAt(k);
  const nx = raw.charCodeAt(k + 1);
  // (An item may start empty, its text on the next line, as in CommonMark: "151.⏎二零一四/一五年度…".)
  return k > p && (d === 46 || d === 41) && (nx === 32 || nx === 9 || nx === 10 || nx === 13) ? k + 1 : 0;
}

/**
 * Whether an ordered-list marker at p, on the line starting at `line`, starts an item. As in
 * CommonMark, a list interrupting a paragraph starts at 1: in a hard-wrapped paragraph,
 * "through\n2027. This funding" continues the sentence. After a blank line, at the start of the
 * text, or after another item's line, any number starts one.
 */
export function orderedItemMayStart(raw: string, line: number, p: number): boolean {
  if (raw.charCodeAt(p) === 49 /* 1 */ && !isDigit(raw.charCodeAt(p + 1))) return true;
  if (line === 0) return true;
  const prev = raw.lastIndexOf('\n', line - 2) + 1;
  let q = prev;
  while (q < line - 1 && (raw.charCodeAt(q) === 32 || raw.charCodeAt(q) === 9 || raw.charCodeAt(q) === 13)) q++;
  if (q >= line - 1) return true; // blank line before
  // The previous line is an item, or an indented continuation of one.
  if (q - prev >= 2) return true;
  return bulletMarkerAt(raw, q) || orderedMarkerEnd(raw, q) > 0;
}

/**
 * Splits masked text into sentences with paragraph indexes. Blank lines start paragraphs; with the
 * raw (unmasked) text, so do Markdown headings and list items (masking blanks their markers), and
 * the line after a heading.
 */
export function splitSentences(text: string, raw?: string): Sentence[] {
  const useRaw = raw !== undefined && raw.length === text.length;
  let afterHeading = false;
  const out: Sentence[] = [];
  const n = text.length;
  let paragraph = 0;
  let start = -1; // first non-space character of the current sentence
  let lastNonSpace = -1;
  let sawParagraphText = false;
  // Where the paragraph's first line starts, until its first line break (-1 after it).
  let firstLineFrom = -1;
  const close = (end: number): void => {
    if (start >= 0 && end > start) out.push({ offset: start, length: end - start, paragraph });
    start = -1;
  };
  let i = 0;
  if (useRaw && n > 0) afterHeading = blockStart(raw, 0) === 2;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // Blank line (only spaces between two newlines) ends the paragraph.
      let k = i + 1;
      while (k < n && (isSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 13)) k++;
      if (k < n && text.charCodeAt(k) === 10) {
        close(lastNonSpace + 1);
        if (sawParagraphText) paragraph++;
        sawParagraphText = false;
        afterHeading = false;
        i = k;
        continue;
      }
      // "NVIDIA Q1 revenue hits $75.2B\nNVIDIA reported …": a headline pasted over its story ends there.
      if (firstLineFrom >= 0 && start >= 0 && k < n && headlineBefore(text, firstLineFrom, lastNonSpace, k)) close(lastNonSpace + 1);
      firstLineFrom = -1;
      if (useRaw && k < n) {
        const b = blockStart(raw, i + 1);
        if (b > 0 || afterHeading) {
          close(lastNonSpace + 1);
          if (sawParagraphText) paragraph++;
          sawParagraphText = false;
        }
        afterHeading = b === 2;
      }
      i++;
      continue;
    }
    if (isSpace(c) || c === 13) {
      i++;
      continue;
    }
    if (start < 0) start = i;
    if (!sawParagraphText) firstLineFrom = i;
    sawParagraphText = true;
    lastNonSpace = i;
    let end = -1;
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x2026 && text.charCodeAt(i + 1) === 0x2026) {
      end = i + 1;
      if (c === 0x2026) end = i + 2;
    } else if (c === 33 || c === 63 || c === 59) {
      const nx = text.charCodeAt(i + 1);
      if (i + 1 >= n || isSpace(nx) || nx === 10 || nx === 13 || CLOSERS.includes(text[i + 1])) end = i + 1;
    } else if (c === 46) {
      const nx = text.charCodeAt(i + 1);
      const terminal = i + 1 >= n || isSpace(nx) || nx === 10 || nx === 13 || CLOSERS.includes(text[i + 1]);
      if (terminal && !isDigit(nx) && !isAbbrev(text, i)) end = i + 1;
      // "led by SoftBank Group.Investors in the round include …": scraped copy that lost the space after a full stop.
      else if (!terminal && gluedSentenceEnd(text, i)) end = i + 1;
    } else if (c === 45 && zhBulletDash(text, i)) {
      // "…毛利率约52.8%,净利润约96亿欧元 [2][4] - 截至2025年末,…": a summary's bullets joined by " - " in Chinese copy.
      let e = i - 1;
      while (text.charCodeAt(e - 1) === 32) e--;
      close(e);
      i++;
      continue;
    }
    if (end > 0) {
      while (end < n && CLOSERS.includes(text[end])) end++;
      // Ellipses "..." stay together.
      while (end < n && text.charCodeAt(end) === 46) end++;
      lastNonSpace = end - 1;
      close(end);
      i = end;
      continue;
    }
    // Run over the characters that neither end a sentence nor are spaces: all count as text.
    i++;
    while (i < n && !SENTENCE_STOPS[text.charCodeAt(i)]) i++;
    lastNonSpace = i - 1;
  }
  close(lastNonSpace + 1);
  return out;
}

/**
 * A hyphen with a space each side between Chinese text (or a citation's bracket) and Chinese text: the dash that joins a
 * summary's bullets ("行业趋势与周期转变 - 半导体行业正从…"). Between digits or Latin words it stays a dash or a range.
 */
function zhBulletDash(text: string, i: number): boolean {
  if (text.charCodeAt(i - 1) !== 32 || text.charCodeAt(i + 1) !== 32) return false;
  // (The mask blanks a citation before it, "[2][4]", into spaces.)
  let k = i - 2;
  while (k > i - 16 && text.charCodeAt(k) === 32) k--;
  const before = text.charCodeAt(k);
  return isHanCode(text.charCodeAt(i + 2)) && (isHanCode(before) || before === 93 /* ] */ || before === 0x3011 /* 】 */ || before === 0xff09 /* ） */);
}
/** A CJK unified ideograph (the mask's test too). */
export function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}
/** An ideograph of the basic block or of extension A. */
const isHanCode = (c: number): boolean => isHan(c) || (c >= 0x3400 && c <= 0x4dbf);

/**
 * Whether the first line of a paragraph, text[from, last], reads as an English headline over the line at `next`: it
 * opens on a capital, has three words or more, ends on no comma, dash, open word or number, the next line is longer
 * and opens on a capital, and either the line is in title case or the next line opens with a name the line holds
 * ("NVIDIA Q1 revenue hits $75.2B⏎NVIDIA reported …"). A paragraph hard-wrapped mid-sentence has none of the last two
 * ("deploy 18,000 Nvidia⏎GB300 chips"). Chinese copy is not judged: PDF text breaks its lines anywhere ("18.93⏎亿元").
 */
export function headlineBefore(text: string, from: number, last: number, next: number): boolean {
  if (last < from || last - from > 200) return false;
  const nx = text.charCodeAt(next);
  const first = text.charCodeAt(from);
  if (!(nx >= 65 && nx <= 90) || !(first >= 65 && first <= 90)) return false;
  const end = text.charCodeAt(last);
  if (!isLatin(end) && !CLOSERS.includes(text[last]) && end !== 37 /* % */) return false;
  let nextEnd = text.indexOf('\n', next);
  if (nextEnd < 0) nextEnd = text.length;
  if (nextEnd - next <= last + 1 - from) return false;
  let lastWord = '';
  if (isLatin(end)) {
    let w = last;
    while (w > from && isLatin(text.charCodeAt(w - 1))) w--;
    lastWord = text.slice(w, last + 1).toLowerCase();
    if (OPEN_ENDED_WORDS.has(lastWord)) return false;
  }
  // Words of the line: three or more, none Chinese; how many long ones are capitalised; its capitalised words.
  let words = 0;
  let long = 0;
  let capitalised = 0;
  const names: string[] = [];
  for (let k = from; k <= last; ) {
    const c = text.charCodeAt(k);
    if (c >= 0x3000) return false;
    if (!isLatin(c)) {
      k++;
      continue;
    }
    let e = k;
    while (e <= last && (isLatin(text.charCodeAt(e)) || isDigit(text.charCodeAt(e)))) e++;
    words++;
    const upper = c <= 90;
    if (e - k >= 4) {
      long++;
      if (upper) capitalised++;
    }
    if (upper && e - k >= 2) names.push(text.slice(k, e));
    k = e;
  }
  if (words < 3) return false;
  if (long >= 3 && capitalised >= long * 0.75) return true;
  if (NUMBER_WORDS.has(lastWord)) return false;
  let e = next;
  while (e < nextEnd && (isLatin(text.charCodeAt(e)) || isDigit(text.charCodeAt(e)))) e++;
  const opening = text.slice(next, e);
  return !LEAD_WORDS.has(opening) && names.includes(opening);
}

/** Words a line that breaks mid-sentence ends on; a headline does not. */
const OPEN_ENDED_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'into', 'than', 'that',
  'which', 'who', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'its', 'their', 'his', 'her',
  'this', 'these', 'those', 'over', 'about', 'nearly', 'some', 'up', 'per', 'not', 'more', 'less', 'said', 'says',
  'approximately', 'around', 'roughly', 'almost', 'under', 'last', 'next', 'each', 'every', 'least', 'most',
]);
/** ("invest 2 billion⏎Norwegian kroner", "opened Five⏎Data Centers": a number goes on into its unit or noun.) */
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty',
  'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'dozen', 'dozens',
]);
/** Capitalised words that open sentences without naming anything. */
const LEAD_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'It', 'Its', 'This', 'That', 'But', 'And', 'As', 'For', 'With', 'By', 'From']);

/**
 * A full stop glued to the next sentence: a word of three or more letters ending in two lower-case ones, then a capital
 * and a lower-case letter ("Management.The", "million.SoftBank"), not an abbreviation. (Not "U.S.Steel", "St.Louis",
 * "ASP.NET", "node.js".)
 */
function gluedSentenceEnd(t: string, i: number): boolean {
  const a = t.charCodeAt(i + 1);
  const b = t.charCodeAt(i + 2);
  if (!(a >= 65 && a <= 90) || !(b >= 97 && b <= 122)) return false;
  let k = i;
  while (k > 0 && isLatin(t.charCodeAt(k - 1))) k--;
  if (i - k < 3 || !isLower(t.charCodeAt(i - 1)) || !isLower(t.charCodeAt(i - 2))) return false;
  // (A domain or a path: "openai.com/Blog", "www.Example".)
  const before = t.charCodeAt(k - 1);
  if (before === 46 || before === 47 || before === 64) return false;
  return !isAbbrev(t, i);
}
const isLower = (c: number) => c >= 97 && c <= 122;

/** True when the '.' at i ends an abbreviation (U.S., Inc., No., Jan.) or a single initial. */
function isAbbrev(t: string, i: number): boolean {
  let b = i;
  while (b > 0 && i - b < 8 && (isLatin(t.charCodeAt(b - 1)) || (t.charCodeAt(b - 1) === 46 && isLatin(t.charCodeAt(b - 2))))) b--;
  if (b === i) return false;
  const w = t.slice(b, i).toLowerCase();
  if (ABBREV.has(w)) return true;
  // Single capital initials ("J. Smith") and dotted acronyms (U.S.A.); not a scale letter glued to a
  // number ("to $587.00M. Over 5 years": the sentence ends).
  if (i - b === 1 && t.charCodeAt(b) >= 65 && t.charCodeAt(b) <= 90) return !isDigit(t.charCodeAt(b - 1));
  if (w.includes('.')) return true;
  return false;
}

/** CJK characters and Latin letters of text[from, to): what detectLanguage weighs. */
export interface ScriptCounts {
  cjk: number;
  latin: number;
}

/** Up to `reach` code units before `offset`, back to the end of the previous sentence (。；;！？, ". ", a line break). */
export function sinceSentenceStart(text: TextReader, offset: number, reach: number): string {
  const back = text.slice(Math.max(0, offset - reach), offset);
  let cut = -1;
  for (const p of SENTENCE_ENDS) cut = Math.max(cut, back.lastIndexOf(p));
  return back.slice(cut + 1);
}
const SENTENCE_ENDS = ['。', '；', ';', '！', '？', '. ', '\n'];

export function countScripts(text: TextReader, from = 0, to = text.length): ScriptCounts {
  let cjk = 0;
  let latin = 0;
  // A table and no branches: in mixed text the two-way test mispredicted on most characters.
  for (let i = from; i < to; i++) {
    const k = SCRIPT_OF[text.charCodeAt(i)];
    cjk += k & 1;
    latin += k >> 1;
  }
  return { cjk, latin };
}

/** 1 for a CJK ideograph (as counted for the language), 2 for a Latin letter, else 0. */
const SCRIPT_OF = (() => {
  const t = new Uint8Array(65536);
  t.fill(1, 0x3400, 0xa000);
  t.fill(1, 0xf900, 0xfb00);
  t.fill(2, 65, 91);
  t.fill(2, 97, 123);
  return t;
})();

/** 'zh' when CJK characters clearly dominate, 'en' when Latin letters do, otherwise 'mixed'. */
export function detectLanguage(text: string): 'zh' | 'en' | 'mixed' {
  return languageOf(countScripts(text));
}

export function languageOf({ cjk, latin }: ScriptCounts): 'zh' | 'en' | 'mixed' {
  // A CJK character carries about as much as a three-letter word; weigh letters accordingly.
  const zh = cjk * 3;
  if (zh === 0 && latin === 0) return 'en';
  if (zh >= latin * 4) return 'zh';
  if (latin >= zh * 4) return 'en';
  return 'mixed';
}
