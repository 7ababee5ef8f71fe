// Numeral readers: Arabic digits, Chinese numerals, English number words. Each reader is linear in
// the length of what it consumes and never looks further than a constant past it.
import { isDigit, isGroupSpace, isLatin, isAlnum, isCJK } from './chars.ts';

export interface ArabicNum {
  end: number;
  value: number;
  /** Digits before the decimal point (after removing separators). */
  intDigits: number;
  grouped: boolean;
  decimal: boolean;
  /** The integer text had a leading zero ("01"). */
  leadingZero: boolean;
  /** "1.2.3" and the like: not a figure. */
  version: boolean;
  /** Number of trailing zeros in the integer part (for "100多" steps). */
  trailingZeros: number;
  /** Too long to be a figure (a digit run of more than 20 digits). */
  huge: boolean;
}

/**
 * Reads an Arabic numeral at s[i] (a digit). `orig` is the un-normalised text (full-width checks).
 * `currency`: a currency precedes, which makes space groups sure even before another number ("R3 000 4 times").
 */
export function readArabic(s: string, i: number, orig: string, currency = false): ArabicNum {
  const n = s.length;
  let j = i;
  let digits = '';
  while (j < n && isDigit(s.charCodeAt(j))) j++;
  let intText = s.slice(i, j);
  let grouped = false;
  const firstLen = j - i;
  // Indian grouping: 1,32,465 and 12,34,56,789 (pairs of digits above the last three).
  const indian = firstLen <= 2 ? indianGroupsEnd(s, j) : 0;
  if (indian) {
    intText = s.slice(i, indian);
    j = indian;
    grouped = true;
  }
  // Thousands groups: ",ddd" (or full-width "，ddd" between full-width digits) or " ddd".
  else if (firstLen <= 3) {
    let fullWidthCommas = false;
    for (;;) {
      const c = s.charCodeAt(j);
      const fullWidthDigitBefore = orig.charCodeAt(j - 1) >= 0xff10 && orig.charCodeAt(j - 1) <= 0xff19;
      // Between ASCII digits the first full-width comma decides for all the groups after it.
      if (c === 0xff0c && !fullWidthDigitBefore && !grouped) fullWidthCommas = fullWidthCommaGroupsOfAmount(s, i, j);
      // Swiss copy groups with an apostrophe ("1’700 GPUs", "320'000"); it is read as a comma.
      const isComma = c === 44 || (c === 0xff0c && (fullWidthDigitBefore || fullWidthCommas)) || ((c === 0x2019 || c === 39) && (!grouped || intText.indexOf(',') >= 0));
      const isSp = isGroupSpace(c);
      // "Rs 70, 000 crore": a typeset space after the comma before a group of zeros (000 is no number of its own).
      if (c === 44 && isGroupSpace(s.charCodeAt(j + 1)) && s.startsWith('000', j + 2) && !isDigit(s.charCodeAt(j + 5)) && intText.indexOf(' ') < 0) {
        intText += ',000';
        j += 5;
        grouped = true;
        continue;
      }
      if (!isComma && !isSp) break;
      if (!(isDigit(s.charCodeAt(j + 1)) && isDigit(s.charCodeAt(j + 2)) && isDigit(s.charCodeAt(j + 3)) && !isDigit(s.charCodeAt(j + 4)))) break;
      // "1 200" only when the space group is followed by a non-alnum or a unit; mixed separators stop.
      if (isSp && grouped && intText.indexOf(',') >= 0) break;
      // "the 12 100-MW units": a hyphenated compound after the space starts a new number (a group with a
      // leading zero, "5 000-tonne", cannot).
      if (isSp && s.charCodeAt(j + 1) !== 48 && s.charCodeAt(j + 4) === 45 && isLatin(s.charCodeAt(j + 5)) && !/^(?:odd|plus|ish)\b/i.test(s.slice(j + 5, j + 10))) break;
      if (isSp && (s.charCodeAt(j + 4) === 46 && isDigit(s.charCodeAt(j + 5)))) { /* 1 200.5 ok */ }
      if (isComma && intText.indexOf(' ') >= 0) break;
      intText += isComma ? ',' : ' ';
      intText += s.slice(j + 1, j + 4);
      j += 4;
      grouped = true;
    }
  }
  // "3 000 4", "12 500 7 300": space groups followed by another number, or after a short one, are a list of
  // numbers, not one ("in 2025 16 000 jobs" still groups: a year is no list member).
  // ("a Llama 3 405 billion parameter model": a one-digit version after a capitalised name starts no group.)
  if (grouped && !currency && intText.indexOf(' ') >= 0 && ((isGroupSpace(s.charCodeAt(j)) && isDigit(s.charCodeAt(j + 1))) || shortNumberBefore(s, i) || (firstLen === 1 && versionAfterName(s, i)))) {
    j = i + firstLen;
    intText = s.slice(i, j);
    grouped = false;
  }
  digits = grouped ? stripSeparators(intText) : intText;
  let frac = '';
  let version = false;
  const comma = decimalCommaAt(s, j, grouped || firstLen > 3 || s.charCodeAt(i - 1) === 44);
  // "46-point-two billion dollars": the decimal spelled after a hyphenated point.
  const point = !comma && !grouped && s.charCodeAt(j) === 45 && (s.charCodeAt(j + 1) | 32) === 112 /* p */ ? hyphenatedPointAt(s, j) : null;
  if (comma) {
    frac = s.slice(j + 1, comma);
    j = comma;
  } else if (point) {
    frac = point.digits;
    j = point.end;
  } else if (s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < n && isDigit(s.charCodeAt(k))) k++;
    frac = s.slice(j + 1, k);
    j = k;
    // 1.2.3 → version string: swallow the whole dotted run.
    while (s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
      version = true;
      j++;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
    }
  }
  let exp = 0;
  // 1e9, 2.5e-3: exponent only when not followed by more letters.
  const ce = s.charCodeAt(j);
  if ((ce === 101 || ce === 69) && !grouped) {
    let k = j + 1;
    if (s.charCodeAt(k) === 43 || s.charCodeAt(k) === 45) k++;
    const ds = k;
    while (k < n && k - ds < 4 && isDigit(s.charCodeAt(k))) k++;
    // (Not a code: "3E001", "3E992" are export-control numbers; an exponent of three digits, or with a leading zero, is none.)
    if (k > ds && !isAlnum(s.charCodeAt(k)) && k - ds <= 2 && s.charCodeAt(ds) !== 48) {
      exp = Number(s.slice(j + 1, k));
      j = k;
    }
  }
  let tz = 0;
  for (let k = digits.length - 1; k > 0 && digits.charCodeAt(k) === 48; k--) tz++;
  const huge = digits.length + frac.length > 20;
  let value = huge ? NaN : Number(`${digits}${frac ? '.' + frac : ''}${exp ? 'e' + exp : ''}`);
  // "a 1 1/2-hour drive", "2½ years": a whole number and a fraction of one.
  const mixed = !grouped && !frac && !exp && firstLen <= 3 ? mixedFractionAt(s, j) : null;
  if (mixed) {
    value += mixed.value;
    j = mixed.end;
  }
  return {
    end: j, value, intDigits: digits.length, grouped, decimal: frac.length > 0 || mixed !== null, leadingZero: digits.length > 1 && digits.charCodeAt(0) === 48,
    version, trailingZeros: tz, huge,
  };
}

/** Fraction glyphs by code unit: ½ ¼ ¾ ⅓ ⅔ ⅛. */
export const VULGAR_FRACTIONS = new Map<number, number>([[0xbd, 1 / 2], [0xbc, 1 / 4], [0xbe, 3 / 4], [0x2153, 1 / 3], [0x2154, 2 / 3], [0x215b, 1 / 8]]);

/**
 * A fraction under one right after a whole number: " 1/2" (then no digit or slash), or a glyph such as ½. Runs
 * after every plain number, so the common cases (a space and no digit-slash after it) leave before any regex.
 */
function mixedFractionAt(s: string, j: number): { value: number; end: number } | null {
  const c = s.charCodeAt(j);
  const glyph = VULGAR_FRACTIONS.get(c);
  if (glyph !== undefined) return { value: glyph, end: j + 1 };
  if (c !== 32 || s.charCodeAt(j + 2) !== 47 /* / */) return null;
  const m = /^ ([1-9])\/([2-9]|1[0-6])(?![\d/.,])/.exec(s.slice(j, j + 7));
  if (!m || +m[1] >= +m[2]) return null;
  return { value: +m[1] / +m[2], end: j + m[0].length };
}

/**
 * "about 1,5% of global consumption", "$2,52-trillion", "76,8 TWh" (translated European, South African and EU
 * copy): a comma and one or two digits right before a percent sign, a scale word or a power, energy or data symbol are a
 * decimal comma, as no thousands group has fewer than three digits; where the digits end, or 0. (Not in a list of
 * numbers: "1,5,10%".)
 */
function decimalCommaAt(s: string, j: number, ruledOut: boolean): number {
  if (ruledOut || s.charCodeAt(j) !== 44 || !isDigit(s.charCodeAt(j + 1))) return 0;
  const k = isDigit(s.charCodeAt(j + 2)) ? j + 3 : j + 2;
  return DECIMAL_COMMA_BEFORE.test(s.slice(k, k + 10)) ? k : 0;
}
// (European copy in English: "a share of 4,8 percent"; South African: "from 4,6GB to 18GB", a data symbol.)
const DECIMAL_COMMA_BEFORE = /^(?: ?%| (?:percent|per cent)\b|[- ](?:trillion|billion|million)\b| ?[kMGT]Wh?\b| ?[KkMGTP]i?B\b)/;

/**
 * "1，000亿元", "12，345.6万元": Chinese copy typed with the comma of the input method. Between ASCII digits a
 * full-width comma groups thousands only when every group after it has three digits and the last one runs into a
 * decimal point, a percent sign, a letter or a Chinese character that is no conjunction, and the number is not
 * itself an item after a comma ("1，2，300个" and "3，500和700" stay lists).
 */
function fullWidthCommaGroupsOfAmount(s: string, start: number, comma: number): boolean {
  const before = s.charCodeAt(start - 1);
  if (before === 0xff0c || before === 0x3001 || before === 44) return false;
  let j = comma;
  while (s.charCodeAt(j) === 0xff0c) {
    if (!(isDigit(s.charCodeAt(j + 1)) && isDigit(s.charCodeAt(j + 2)) && isDigit(s.charCodeAt(j + 3)))) return false;
    j += 4;
  }
  const c = s.charCodeAt(j);
  if (c === 46) return isDigit(s.charCodeAt(j + 1));
  if (c === 37 || isLatin(c)) return true;
  return isCJK(c) && !LIST_JOINERS.includes(s[j]);
}
const LIST_JOINERS = '和与及或至到比对、';

/** A capitalised name and a space right before `i` ("Llama 3"), not a capitalised hedge opening a sentence ("About 1 200"). */
function versionAfterName(s: string, i: number): boolean {
  if (s.charCodeAt(i - 1) !== 32) return false;
  let b = i - 1;
  while (b > 0 && isLatin(s.charCodeAt(b - 1))) b--;
  const word = s.slice(b, i - 1);
  return word.length >= 2 && word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90 && !CAPITALISED_LEADS.has(word.toLowerCase());
}
const CAPITALISED_LEADS = new Set(['about', 'around', 'some', 'nearly', 'almost', 'over', 'under', 'roughly', 'only', 'just', 'up', 'to', 'at', 'by', 'in', 'on', 'of', 'and', 'the', 'with', 'from', 'for', 'than', 'approximately', 'exactly', 'another', 'all']);

/** A number of one to three digits and a space end just before `i` ("12 500 7 300": before the 7). */
function shortNumberBefore(s: string, i: number): boolean {
  if (!isGroupSpace(s.charCodeAt(i - 1))) return false;
  let b = i - 1;
  while (b > 0 && isDigit(s.charCodeAt(b - 1)) && i - 1 - b < 4) b--;
  const len = i - 1 - b;
  return len >= 1 && len <= 3 && !isAlnum(s.charCodeAt(b - 1)) && s.charCodeAt(b - 1) !== 44 && s.charCodeAt(b - 1) !== 46;
}

/**
 * End of Indian digit groups at j (just after the first one or two digits): one or more ",dd" then a
 * last ",ddd", no digit or group after it; 0 otherwise.
 */
function indianGroupsEnd(s: string, j: number): number {
  let k = j;
  let pairs = 0;
  const d = (at: number): boolean => isDigit(s.charCodeAt(at));
  while (s.charCodeAt(k) === 44 && d(k + 1) && d(k + 2) && s.charCodeAt(k + 3) === 44 && pairs < 6) {
    k += 3;
    pairs++;
  }
  if (pairs === 0 || !(s.charCodeAt(k) === 44 && d(k + 1) && d(k + 2) && d(k + 3)) || d(k + 4)) return 0;
  const e = k + 4;
  return s.charCodeAt(e) === 44 && d(e + 1) ? 0 : e;
}

function stripSeparators(t: string): string {
  let out = '';
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c !== 44 && c !== 32) out += t[k];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Chinese numerals

export const ZH_DIGITS = new Map<number, number>();
for (const [ch, v] of [['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9], ['壹', 1], ['贰', 2], ['叁', 3], ['肆', 4], ['伍', 5], ['陆', 6], ['柒', 7], ['捌', 8], ['玖', 9]] as const) {
  ZH_DIGITS.set(ch.charCodeAt(0), v);
}
export const ZH_SMALL_UNITS = new Map<number, number>([['十', 10], ['拾', 10], ['百', 100], ['佰', 100], ['千', 1000], ['仟', 1000]].map(([c, v]) => [(c as string).charCodeAt(0), v as number]));
export const WAN = '万'.charCodeAt(0);
export const YI = '亿'.charCodeAt(0);
const ZHAO = '兆'.charCodeAt(0);
/** 廿 (twenty) and 卅 (thirty): tens written as one character (百分之廿二 = 22). */
const ZH_TENS = new Map<number, number>([[0x5eff, 20], [0x5345, 30]]);
const ZH_NUM_FLAGS = new Uint8Array(0xa000 - 0x3000);
for (const c of [...ZH_DIGITS.keys(), ...ZH_SMALL_UNITS.keys(), ...ZH_TENS.keys(), WAN, YI]) ZH_NUM_FLAGS[c - 0x3000] = 1;
export const isZhNumChar = (c: number): boolean => c >= 0x3000 && c < 0xa000 && ZH_NUM_FLAGS[c - 0x3000] === 1;

export interface ZhNum {
  end: number;
  value: number;
  /** Contains a real digit (not only 十百千万亿). */
  hasDigit: boolean;
  /** Contains 万 or 亿. */
  hasBig: boolean;
  /** Only digit characters ("二〇二五"): value read digit by digit. */
  digitString: boolean;
  /** The last multiplier written (十 → 10, 百 → 100, 万 → 1e4 …), 1 if none; for 十多/三百多 steps. */
  lastUnit: number;
  /** Just "一" / "两"…: one digit, no units. */
  single: boolean;
  /**
   * A written-out number that stands on its own without a unit: a digit first, a place word
   * (十百千) and no digit-by-digit run ("四百五十", "两千四百五", "十五"; not 千万, 一五一十).
   */
  standalone: boolean;
  text: string;
}

/**
 * Reads a run of Chinese numeral characters starting at i (must be a numeral character).
 * Handles 一千二百万, 十二亿, 两千, 三百零五, 一亿二千万, 1万亿 style 万亿, 二〇二五 and 三点五.
 */
export function readChinese(s: string, i: number): ZhNum {
  const n = s.length;
  let j = i;
  let trillions = 0; // 兆 part (五兆六十二亿)
  let result = 0; // ≥ 亿 part already multiplied
  let wanPart = 0; // 万 part
  let section = 0; // below 万
  let num = 0;
  let hasDigit = false;
  let hasBig = false;
  let lastUnit = 1;
  let digitRun = '';
  let onlyDigits = true;
  let count = 0;
  /** The multiplier written right before the current digit run (一万三: 1e4), 0 if none. */
  let unitBeforeRun = 0;
  let runLength = 0;
  let positionalRun = false;
  let smallUnit = false;
  /** The last place word (十百千) of the current section below 万, 0 if none. */
  let lastSmall = 0;
  while (j < n) {
    const c = s.charCodeAt(j);
    // 二0四0年: an ASCII 0 typed for 〇 inside a numeral written digit by digit.
    const d = c === 48 && onlyDigits && j > i && (ZH_DIGITS.has(s.charCodeAt(j - 1)) || s.charCodeAt(j - 1) === 48) && !(isDigit(s.charCodeAt(j + 1)) && s.charCodeAt(j + 1) !== 48) ? 0 : ZH_DIGITS.get(c);
    if (d !== undefined) {
      hasDigit = true;
      digitRun += String(d);
      // 三四六亿, 一一二三亿 (Taiwan copy writes digits one by one before 亿/万): positional.
      // After a place word, 零 marks a skipped place (一千零五十), not a positional zero.
      const positional = j > i && ZH_DIGITS.has(s.charCodeAt(j - 1)) && !(s.charCodeAt(j - 1) === 0x96f6 && (smallUnit || hasBig));
      num = positional ? num * 10 + d : d;
      if (!positional) {
        runLength = 0;
        unitBeforeRun = j > i && s.charCodeAt(j - 1) !== 0x96f6 && s.charCodeAt(j - 1) !== 0x3007 ? lastUnit : 0;
      }
      runLength++;
      if (runLength > 1) positionalRun = true;
      lastUnit = 1;
      j++;
      count++;
      continue;
    }
    // 廿二 = 二十二: a whole ten, like 二十, so only where a 十 could stand.
    const tens = ZH_TENS.get(c);
    if (tens !== undefined) {
      if (num !== 0 || (lastSmall !== 0 && lastSmall <= 10)) break;
      lastSmall = 10;
      onlyDigits = false;
      smallUnit = true;
      section += tens;
      lastUnit = 10;
      j++;
      count++;
      continue;
    }
    const su = ZH_SMALL_UNITS.get(c);
    // 八百万千瓦: a small unit right after 万/亿 with no digit between starts a unit word, not a number.
    if (su !== undefined && count > 0 && (s.charCodeAt(j - 1) === WAN || s.charCodeAt(j - 1) === YI)) break;
    // 七万五千四百千瓦, 三百千克: place words only ever fall within a section (千, 百, 十); one not
    // smaller than the last starts a unit word.
    if (su !== undefined && lastSmall !== 0 && su >= lastSmall) break;
    if (su !== undefined) {
      lastSmall = su;
      onlyDigits = false;
      smallUnit = true;
      section += (num === 0 ? 1 : num) * su;
      num = 0;
      lastUnit = su;
      j++;
      count++;
      continue;
    }
    if (c === WAN && count > 0 && s.charCodeAt(j - 1) === WAN && section === 0 && num === 0) {
      // 四万万: 万 twice is 亿 (older copy).
      result = (result + wanPart) * 1e4;
      wanPart = 0;
      lastSmall = 0;
      lastUnit = 1e8;
      j++;
      count++;
      continue;
    }
    // 五兆六十二亿: 兆 inside a numeral, followed by more of it, is a trillion (Taiwan copy); 五兆瓦 is mega.
    if (c === ZHAO && count > 0 && hasDigit && !hasBig && isZhNumChar(s.charCodeAt(j + 1)) && /[亿億]/.test(s.slice(j + 1, j + 16))) {
      trillions = (section + num || 1) * 1e12;
      section = num = 0;
      lastSmall = 0;
      onlyDigits = false;
      hasBig = true;
      lastUnit = 1e12;
      j++;
      count++;
      continue;
    }
    if (c === WAN) {
      onlyDigits = false;
      hasBig = true;
      if (s.charCodeAt(j + 1) === YI) {
        result = (result + wanPart + section + num || 1) * 1e12;
        wanPart = section = num = 0;
        lastSmall = 0;
        lastUnit = 1e12;
        j += 2;
        count += 2;
        continue;
      }
      wanPart = (section + num || 1) * 1e4;
      section = num = 0;
      lastSmall = 0;
      lastUnit = 1e4;
      j++;
      count++;
      continue;
    }
    if (c === YI) {
      onlyDigits = false;
      hasBig = true;
      result = (result + wanPart + section + num || 1) * 1e8;
      wanPart = section = num = 0;
      lastSmall = 0;
      lastUnit = 1e8;
      j++;
      count++;
      continue;
    }
    // 二兆一千六百一十七點三六億元 (Taiwan's wire copy): after 兆, a decimal of the 亿 section, closed by 亿.
    if ((c === 0x70b9 /* 点 */ || c === 0x9ede /* 點 */ || c === 0xff0e /* ． */) && trillions > 0 && result === 0 && wanPart === 0 && ZH_DIGITS.has(s.charCodeAt(j + 1))) {
      let k = j + 1;
      let frac = '';
      while (k < n && ZH_DIGITS.has(s.charCodeAt(k))) frac += String(ZH_DIGITS.get(s.charCodeAt(k++)));
      if (s.charCodeAt(k) === YI) {
        result = Number(`${section + num}.${frac}`) * 1e8;
        section = num = 0;
        lastSmall = 0;
        lastUnit = 1e8;
        count += k + 1 - j;
        j = k + 1;
        continue;
      }
    }
    break;
  }
  // 一万三 = 13,000, 两千四百五 = 2,450, 一亿二 = 1.2亿: a last single digit right after a multiplier
  // of 100 or more stands for the next lower place (not after 零: 五亿零六 = 500,000,006).
  if (num > 0 && runLength === 1 && lastUnit === 1 && unitBeforeRun >= 100) num *= unitBeforeRun / 10;
  let value = trillions + result + wanPart + section + num;
  let digitString = false;
  if (onlyDigits && digitRun.length > 1) {
    digitString = true;
    value = digitRun.length <= 15 ? Number(digitRun) : NaN;
  }
  // 三点五: decimal part.
  // 一百二十点五 too, but not clock times (十二点三十分, 十点半): no place word or 分/刻 after the digits.
  // Taiwan statistics write the point as a full stop between Chinese digits: 三六．五％, 七．三九个百分点; or as a
  // middle dot after two digits or more (七四三七·三億美元; 五·一 and 一·二八 name days), or after a place word (Macau's 四百七十六‧六億元,
  // 三十五‧五%, with the hyphenation point U+2027).
  const point = s.charCodeAt(j);
  // (After 万 or 亿 only before 元, as accounts write a sum to the cent: 二億○九十七萬二千七百五十九點五元; 三万点五 stays apart.)
  const bigThenYuan = hasBig && ZH_DIGITS.has(s.charCodeAt(j - 1)) && yuanAfterDigits(s, j + 1);
  if ((point === 0x70b9 /* 点 */ || point === 0xff0e /* ． */ || (point === 46 && count > 0) || ((point === 0xb7 || point === 0x30fb || point === 0x2027) && (digitString || smallUnit))) && ZH_DIGITS.has(s.charCodeAt(j + 1)) && lastUnit <= 10 && (!hasBig || bigThenYuan)) {
    let k = j + 1;
    let frac = '';
    while (k < n && ZH_DIGITS.has(s.charCodeAt(k))) frac += String(ZH_DIGITS.get(s.charCodeAt(k++)));
    const after = s.charCodeAt(k);
    if (ZH_SMALL_UNITS.has(after) || after === 0x5206 /* 分 */ || after === 0x523b /* 刻 */ || after === 0x949f /* 钟 */) frac = '';
    if (frac.length) {
      value = Number(`${value}.${frac}`);
      j = k;
    }
  }
  return {
    end: j, value, hasDigit, hasBig, digitString, lastUnit, single: count === 1 && hasDigit, text: s.slice(i, j),
    standalone: smallUnit && !positionalRun && j - i >= 2 && (ZH_DIGITS.has(s.charCodeAt(i)) || ZH_SMALL_UNITS.get(s.charCodeAt(i)) === 10 || ZH_TENS.has(s.charCodeAt(i))) && ZH_DIGITS.get(s.charCodeAt(i)) !== 0,
  };
}


/** Chinese digits from p, then 元 (圆). */
function yuanAfterDigits(s: string, p: number): boolean {
  let k = p;
  while (k < s.length && ZH_DIGITS.has(s.charCodeAt(k)) && k - p < 4) k++;
  return k > p && (s.charCodeAt(k) === 0x5143 /* 元 */ || s.charCodeAt(k) === 0x5706 /* 圆 */);
}

// ---------------------------------------------------------------------------------------------
// English number words

export const EN_SMALL = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
export const EN_BIG = new Map<string, number>([['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['quadrillion', 1e15], ['quintillion', 1e18],
  // Indian English spells them out too: "two crore Indians", "five lakh jobs".
  ['lakh', 1e5], ['crore', 1e7]]);

/** Reads the ASCII word [A-Za-z]+ at i; returns its end. */
export function wordEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isLatin(s.charCodeAt(j))) j++;
  return j;
}

export interface EnNum {
  end: number;
  value: number;
  /** Ends with a scale word (hundred, thousand, million …). */
  scaled: boolean;
  /** Only "one"/"a"/"an". */
  isOne: boolean;
  words: number;
}

/**
 * Reads English number words at i: "twenty-five", "one hundred and twenty", "a million",
 * "three hundred thousand", "a dozen". Returns null if no number word starts here.
 */
export function readEnglish(s: string, i: number): EnNum | null {
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  let scaled = false;
  let words = 0;
  let article = false;
  let end = i;
  let guard = 0;
  /** The number as it stood before an "and" that continued it ("one hundred and twenty"), and the scale it ended with. */
  let afterAnd: { total: number; current: number; end: number; words: number; limit: number } | null = null;
  /** The scale word read last (1e9 after "billion"). */
  let lastScale = 0;
  while (guard++ < 12) {
    let we = wordEnd(s, j);
    if (we === j) break;
    const w = s.slice(j, we).toLowerCase();
    let consumed = false;
    if ((w === 'a' || w === 'an') && !any) {
      // "a" only counts before hundred/thousand/million/billion/trillion/dozen.
      const k = skipSp(s, we);
      const ke = wordEnd(s, k);
      const nw = s.slice(k, ke).toLowerCase();
      // "a trillion-and-a-half-dollar company": one and a half of the scale, a compound adjective's.
      if (EN_BIG.has(nw) && /^-and-a-half(?=-)/i.test(s.slice(ke, ke + 12))) {
        total = 1.5 * EN_BIG.get(nw)!;
        end = ke + 11;
        any = true;
        article = true;
        words += 3;
        break;
      }
      if (nw === 'hundred' || EN_BIG.has(nw) || nw === 'dozen') {
        article = true;
        current = 1;
        j = k;
        any = true;
        continue;
      }
      break;
    }
    if (EN_SMALL.has(w)) {
      const v = EN_SMALL.get(w)!;
      if (current === 0 || current % 100 === 0) current += v;
      else if (current % 100 >= 20 && current % 10 === 0 && v < 10) current += v;
      else break;
      consumed = true;
      // "two-and-a-half years"
      if (s.charCodeAt(we) === 45 && /^-and-a-half\b/i.test(s.slice(we, we + 12)) && current < 100) {
        current += 0.5;
        end = we + 11;
        any = true;
        words++;
        scaled = false;
        // "a nine-and-a-half-billion-dollar acquisition": the hyphenated scale of the compound adjective.
        const big = s.charCodeAt(end) === 45 ? EN_BIG.get(s.slice(end + 1, wordEnd(s, end + 1)).toLowerCase()) : undefined;
        if (big !== undefined) {
          total += current * big;
          current = 0;
          end = wordEnd(s, end + 1);
          words++;
          break;
        }
        j = skipSp(s, end);
        if (j === end) break;
        continue;
      }
      // "four-point-six percent": a decimal spelled after a hyphenated point.
      const point = s.charCodeAt(we) === 45 && current < 100 ? hyphenatedPointAt(s, we) : null;
      if (point) {
        current += Number(`0.${point.digits}`);
        end = point.end;
        any = true;
        words += 2 + point.digits.length;
        scaled = false;
        j = skipSp(s, end);
        if (j === end) break;
        continue;
      }
      // twenty-five
      if (s.charCodeAt(we) === 45) {
        const k = we + 1;
        const e2 = wordEnd(s, k);
        const w2 = s.slice(k, e2).toLowerCase();
        const v2 = EN_SMALL.get(w2);
        // "a one-million-square-foot property": a hyphenated scale inside a compound adjective.
        const big = EN_BIG.get(w2);
        if (big !== undefined && s.charCodeAt(e2) === 45 && /[a-z]/i.test(s[e2 + 1] ?? '')) {
          total += current * big;
          current = 0;
          end = e2;
          any = true;
          words += 2;
          break;
        }
        // "one-thousand times", "two-hundred racks": a scale hyphenated to its multiplier.
        if ((big !== undefined || w2 === 'hundred') && s.charCodeAt(e2) !== 45 && current < 100) {
          if (big !== undefined) {
            total += current * big;
            current = 0;
          } else current *= 100;
          end = e2;
          any = true;
          words += 2;
          scaled = true;
          j = skipSp(s, e2);
          if (j === e2) break;
          continue;
        }
        if (v2 !== undefined && v2 > 0 && v2 < 10 && current >= 20 && current % 10 === 0) {
          current += v2;
          end = e2;
          any = true;
          words++;
          scaled = false;
          // "forty-six-point-two percent".
          const point2 = hyphenatedPointAt(s, e2);
          if (point2) {
            current += Number(`0.${point2.digits}`);
            end = point2.end;
            words += 2 + point2.digits.length;
          }
          // "twenty-one trillion": a scale word may follow.
          j = skipSp(s, end);
          if (j === end) break;
          continue;
        }
      }
    } else if (w === 'hundred' && any) {
      current = (current || 1) * 100;
      consumed = true;
    } else if (EN_BIG.has(w) && any) {
      // "eight hundred thousand and eight hundred fifty thousand": a scale as large as the one before
      // "and" starts a second number; the first ends before "and".
      if (afterAnd && afterAnd.limit <= EN_BIG.get(w)!) {
        ({ total, current, end, words } = afterAnd);
        scaled = true;
        break;
      }
      let big = EN_BIG.get(w)!;
      // "one lakh crore": a lakh of crores (1e12), as Indian copy writes large sums.
      const k = skipSp(s, we);
      if (w === 'lakh' && k > we && s.slice(k, k + 5).toLowerCase() === 'crore' && !isLatin(s.charCodeAt(k + 5))) {
        big = 1e12;
        we = k + 5;
      }
      // "one billion billion", "a thousand million": a scale right after a scale multiplies it.
      if (current === 0 && total > 0) total *= big;
      else total += (current || 1) * big;
      lastScale = big;
      current = 0;
      consumed = true;
    } else if (w === 'dozen' && any) {
      current = (current || 1) * 12;
      consumed = true;
    } else if (w === 'point' && any && !scaled && Number.isInteger(current) && total === 0 && !(current === 1 && /\bat $/i.test(s.slice(Math.max(0, i - 3), i)))) {
      // ("at one point five sites" is the idiom "at one point".)
      // "one point five percent", "two point three billion": a spelled decimal, digit by digit.
      let k = skipSp(s, we);
      let digits = '';
      let e = we;
      while (k > e && digits.length < 6) {
        const e2 = wordEnd(s, k);
        const d = SPELLED_DIGITS.indexOf(s.slice(k, e2).toLowerCase());
        if (d < 0) break;
        digits += d;
        e = e2;
        k = skipSp(s, e2);
      }
      if (!digits) break;
      current += Number(`0.${digits}`);
      end = e;
      words += 1 + digits.length;
      j = k;
      if (j === e) break;
      continue;
    } else if (w === 'and' && any && !scaled && current > 0 && current < 100 && Number.isInteger(current) && /^and\s+a\s+half\b/i.test(s.slice(j, j + 14))) {
      // "one and a half", "two and a half billion"
      current += 0.5;
      const h = s.indexOf('half', j);
      end = h + 4;
      words += 3;
      j = skipSp(s, end);
      if (j === end) break;
      continue;
    } else if (w === 'and' && any && scaled && current === 0 && lastScale >= 1e6 && /^and\s+a\s+half\b(?!-)/i.test(s.slice(j, j + 15))) {
      // "a billion and a half dollars", "two million and a half": half of the last scale more.
      total += lastScale / 2;
      end = s.indexOf('half', j) + 4;
      words += 3;
      break;
    } else if (w === 'and' && any && scaledWord(s.slice(end - 8, end))) {
      // "one hundred and twenty"
      const k = skipSp(s, we);
      const nw = s.slice(k, wordEnd(s, k)).toLowerCase();
      if (EN_SMALL.has(nw)) {
        // Only after thousand or more: "one hundred and twenty thousand" is one number.
        if (current === 0) afterAnd = { total, current, end, words, limit: scaleOf(s.slice(end - 8, end)) };
        j = k;
        continue;
      }
      break;
    }
    if (!consumed) break;
    any = true;
    words++;
    scaled = w === 'hundred' || EN_BIG.has(w) || w === 'dozen';
    end = we;
    j = skipSp(s, we);
    if (j === we) break;
  }
  if (!any || end === i) return null;
  const value = total + current;
  return { end, value, scaled, isOne: value === 1 && !scaled, words };
}

const SPELLED_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * A decimal spelled after a hyphenated point at j (the hyphen), as broadcast copy writes it: "46-point-two billion",
 * "four-point-six percent", "3-point-5"; its fraction's digits and end, or null.
 */
function hyphenatedPointAt(s: string, j: number): { digits: string; end: number } | null {
  if (s.charCodeAt(j) !== 45 || s.charCodeAt(j + 6) !== 45 || s.slice(j + 1, j + 6).toLowerCase() !== 'point') return null;
  let k = j + 7;
  if (isDigit(s.charCodeAt(k))) {
    let e = k;
    while (isDigit(s.charCodeAt(e)) && e - k < 6) e++;
    return isLatin(s.charCodeAt(e)) || isDigit(s.charCodeAt(e)) ? null : { digits: s.slice(k, e), end: e };
  }
  let digits = '';
  let end = -1;
  for (;;) {
    const e = wordEnd(s, k);
    const d = SPELLED_DIGITS.indexOf(s.slice(k, e).toLowerCase());
    if (d < 0) break;
    digits += d;
    end = e;
    if (s.charCodeAt(e) !== 45 || digits.length >= 6) break;
    k = e + 1;
  }
  return digits ? { digits, end } : null;
}

/** The value of the scale word of a thousand or more that a number's text ends with ("…thousand" → 1000). */
function scaleOf(tail: string): number {
  const t = tail.toLowerCase();
  return t.endsWith('thousand') ? 1e3 : t.endsWith('million') ? 1e6 : 1e9;
}

function scaledWord(tail: string): boolean {
  const t = tail.toLowerCase();
  return t.endsWith('hundred') || t.endsWith('thousand') || t.endsWith('million') || t.endsWith('billion');
}

/** Skips inline spaces (not newlines). */
export function skipSp(s: string, i: number): number {
  let j = i;
  while (j < s.length && isGroupSpace(s.charCodeAt(j))) j++;
  return j;
}
