// Entry point of the figure recognizer: already-masked text in, figures sorted by offset out.
import type { Figure } from '../types.ts';
import { scanFigures, type ReadingState } from './scanner.ts';
import { DECLARED_CODES, DECLARED_NAMES } from './local-currency.ts';
import { isCJK } from './chars.ts';
import { paragraphsFrom } from '../text/paragraphs.ts';

export { formatValue, describeFigure, figureInterval } from './format.ts';

/**
 * Recognizes every figure (amounts, power, counts, percentages, ratios, years, dates, periods,
 * durations …) in `text`, which must already be masked (text/mask.ts). Never throws; linear time.
 * Reads paragraph by paragraph, as the server's memo does (analyze.ts), so nothing a rule looks at
 * lies across a blank line and a fresh analysis equals an updated one; `state` carries what earlier
 * paragraphs leave for later ones (ReadingState), and is updated for the paragraphs after `text`.
 */
export function recognizeFigures(text: string, state: ReadingState = { minguo: false }): Figure[] {
  const paragraphs = paragraphsFrom(text, 0, []);
  if (paragraphs.length === 1 && paragraphs[0].end - paragraphs[0].start === text.length) return recognizeParagraph(text, state);
  const out: Figure[] = [];
  for (const p of paragraphs) {
    for (const f of recognizeParagraph(p.text, state)) {
      f.offset += p.start;
      out.push(f);
    }
  }
  return out;
}

export type { ReadingState } from './scanner.ts';

function recognizeParagraph(text: string, state: ReadingState): Figure[] {
  try {
    const gaps = withGaps(withGaps(panguGaps(text), text, PINYIN_GLOSS, glossAfterChinese), text, NOTE_AFTER_UNIT, noteAfterUnit);
    const figures = gaps.length ? scanWithoutGaps(text, gaps, state) : scanFigures(text, state);
    applyDeclaredCurrency(text, figures);
    const named = text.includes('「') ? withoutSloganDigits(text, figures) : figures;
    return text.includes('铅') || text.includes('鉛') ? withoutFuelGrades(text, named) : named;
  } catch {
    return [];
  }
}


/**
 * 「1集2轉3加3」, 「5縱3橫」: a quoted name that alternates single digits with single Chinese characters is a
 * programme's slogan; its digits are no figures.
 */
function withoutSloganDigits(text: string, figures: Figure[]): Figure[] {
  let out = figures;
  SLOGAN.lastIndex = 0;
  for (let m = SLOGAN.exec(text); m; m = SLOGAN.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    out = out.filter((f) => f.offset + f.length <= from || f.offset >= to);
  }
  return out;
}
/** 92無鉛汽油, 95无铅: a petrol's octane grade names the fuel, no count. */
function withoutFuelGrades(text: string, figures: Figure[]): Figure[] {
  return figures.filter((f) => !(f.kind === 'count' && f.noun === undefined && /^\d{2,3}$/.test(f.text) && FUEL_GRADE_AFTER.test(text.slice(f.offset + f.length, f.offset + f.length + 3))));
}
const FUEL_GRADE_AFTER = /^\s?[无無][铅鉛]/;
const SLOGAN = /「(?:\d[\u4e00-\u9fff]){2,}\d?」/g;

/**
 * Single spaces that typesetting puts between Chinese and Arabic digits ("2026 年", "约 5 亿",
 * "2% 左右", "11 月 17 日"): unwritten in the grammar of figures, so the scanner reads the text
 * without them and offsets are mapped back.
 */
function panguGaps(text: string): number[] {
  const gaps: number[] = [];
  // A regex finds the candidates in native code; most texts have few.
  PANGU_GAP.lastIndex = 0;
  for (let m = PANGU_GAP.exec(text); m; m = PANGU_GAP.exec(text)) {
    gaps.push(m.index + 1);
    // The next gap may share this one's right character ("约 5 亿": 约␣5 then 5␣亿).
    PANGU_GAP.lastIndex = m.index + 2;
  }
  return gaps;
}

/**
 * Code units the scanner reads as not there, added to `gaps` (ascending): each match of `pattern` in `text` that
 * `accept` accepts (a pattern's first group, when it has one, is the part not there; the rest says where it is).
 */
function withGaps(gaps: number[], text: string, pattern: RegExp, accept: (text: string, m: RegExpExecArray) => boolean): number[] {
  pattern.lastIndex = 0;
  let found: number[] | undefined;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!accept(text, m)) continue;
    const gone = m[1] ?? m[0];
    const at = m.index + m[0].length - gone.length;
    found ??= [];
    for (let k = 0; k < gone.length; k++) found.push(at + k);
  }
  if (!found) return gaps;
  if (!gaps.length) return found;
  // Both ascending and disjoint (a pangu gap is a space; glosses and note marks have none): merged in order.
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < gaps.length || j < found.length) out.push(j >= found.length || (i < gaps.length && gaps[i] < found[j]) ? gaps[i++] : found[j++]);
  return out;
}

/**
 * A page's note mark glued after a unit or a scale word ("A$24 billion1.", "1.4 gigawatts1.", "180 Tbps5 and",
 * "20-100kW38,", "246EFLOPS17。"): one to three digits before punctuation, a space or the end, read as not there. The pattern finds the
 * unit's last letter before the digits (fast on long drafts); noteAfterUnit checks the whole unit.
 */
const NOTE_AFTER_UNIT = /[ndtsWhS](\d{1,3})(?=[.,;:)]?(?:\s|$)|[。、]|[,;:)][\u3400-\u9fff])/g;
const UNIT_BEFORE_NOTE = /(?:\b(?:thousand|million|billion|trillion|bn|gigawatts?|megawatts?|kilowatts?|terawatts?|gigawatt-hours?|terawatt-hours?|megawatt-hours?|percent)|[\d ](?:GW|MW|kW|TW|GWh|MWh|TWh|kWh|Tbps|Gbps|Pbps|[KMGTPEZ]FLOPS|[TP]OPS))$/;
const noteAfterUnit = (text: string, m: RegExpExecArray): boolean => UNIT_BEFORE_NOTE.test(text.slice(Math.max(0, m.index - 18), m.index + 1));

/**
 * Pinyin that some converted pages print after each character (超過(guò)20%, 1.7萬(wàn)億元, 0.4個(gè)百分點): read
 * without it, as the page means; a figure with a gloss inside keeps it in its span. Only a bracketed syllable right
 * after a Chinese character with a tone mark, so that "(kw)" or "(abc)" stays.
 */
const glossAfterChinese = (text: string, m: RegExpExecArray): boolean => isCJK(text.charCodeAt(m.index - 1));
// (In round, full-width or lenticular brackets: 约【yuē】226亿元.)
const PINYIN_GLOSS = /[(（【](?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）】]/g;

/** `text` without the pinyin glosses the recognizer reads as not there (年復(fù)合增長(zhǎng)率 → 年復合增長率), for checks that read words. */
export function withoutPinyinGlosses(text: string): string {
  if (!text.includes('(') && !text.includes('（') && !text.includes('【')) return text;
  return text.replace(PINYIN_GLOSS, (gloss: string, at: number) => (isCJK(text.charCodeAt(at - 1)) ? '' : gloss));
}

/** A digit or % then a CJK character, or a CJK character then a digit, with one group space between. */
const PANGU_GAP = /[0-9%][ \u00a0\u202f\u2009][\u3400-\u9fff\uf900-\ufaff]|[\u3400-\u9fff\uf900-\ufaff][ \u00a0\u202f\u2009][0-9]/g;

function scanWithoutGaps(text: string, gaps: number[], state: ReadingState): Figure[] {
  const parts: string[] = [];
  let from = 0;
  for (const g of gaps) {
    parts.push(text.slice(from, g));
    from = g + 1;
  }
  parts.push(text.slice(from));
  const found = scanFigures(parts.join(''), state);
  // Code unit j of the compacted text is at j + (the number of gaps before it) in `text`. Gap k sits
  // before compacted unit gaps[k] - k, which grows with k: a binary search counts them.
  const origin = (j: number): number => {
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (gaps[mid] - mid <= j) lo = mid + 1;
      else hi = mid;
    }
    return j + lo;
  };
  for (const f of found) {
    const start = origin(f.offset);
    const end = f.length > 0 ? origin(f.offset + f.length - 1) + 1 : start;
    f.offset = start;
    f.length = end - start;
    f.text = text.slice(start, end);
  }
  return found;
}

/**
 * 合併營收8628.61億（台幣，下同）… 達2.6兆: a currency named in brackets after a bare amount "and the
 * same below" makes that amount and the later bare ones of its paragraph (億, 萬, 兆 with no unit or
 * noun) money in that currency; a later paragraph's declaration counts for that paragraph.
 */
function applyDeclaredCurrency(text: string, figures: Figure[]): void {
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    // (290亿元(新台币,下同) … 超过千亿: a bare 元 declares it too; its own currency is the draft's, localCurrencies.)
    if (!bareScaledCount(f) && !(f.kind === 'money' && BARE_YUAN_LAST.test(f.text))) continue;
    const m = SAME_BELOW.exec(text.slice(f.offset + f.length, f.offset + f.length + 16));
    if (!m) continue;
    const code = DECLARED_CODES[m[1]];
    const blank = text.indexOf('\n\n', f.offset);
    const end = blank < 0 ? text.length : blank;
    let j = k;
    for (; j < figures.length && figures[j].offset < end; j++) {
      const g = figures[j];
      if (!bareScaledCount(g)) continue;
      g.kind = 'money';
      g.unit = code;
    }
    // Each paragraph's own declaration, as the recognizer reads a paragraph alone (the server's memo does): the
    // next paragraph is looked at afresh.
    k = j - 1;
  }
}

/** A count written with a Chinese scale and nothing after it (8628.61億, 2.6兆, 5千萬). */
function bareScaledCount(f: Figure): boolean {
  return f.kind === 'count' && f.noun === undefined && f.unit === 'count' && SCALE_LAST.test(f.text);
}
const SCALE_LAST = /[億亿萬万兆]$/;
const BARE_YUAN_LAST = /[\d億亿萬万兆千百]元$/;
const SAME_BELOW = new RegExp(`^ ?[（(] ?(${DECLARED_NAMES})[，,、.．‧・;；] ?下同`);
