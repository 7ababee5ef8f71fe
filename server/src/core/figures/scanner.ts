// The hand-written single-pass figure scanner. Character-class dispatch at each position; every
// attempt either produces a figure and jumps past it, or jumps past what it read. Lookbehind and
// lookahead beyond a numeral are bounded by small constants, so the whole scan is linear.
import type { Figure, FigureKind, Qualifier, TimeRef } from '../types.ts';
import { isLower, isDigit, SUPERSCRIPT_DIGITS, isLatin, isAlnum, isCJK, isGroupSpace, isDash, isNewline, isUpper, normalizeWidth, Trie } from './chars.ts';
import { readArabic, readChinese, readEnglish, wordEnd, skipSp, isZhNumChar, ZH_DIGITS, ZH_SMALL_UNITS, EN_SMALL, EN_BIG, WAN, YI, VULGAR_FRACTIONS, type ArabicNum, type ZhNum } from './numerals.ts';
import { GBP_WORD, ZH_SCALES, EN_SCALE_WORDS, EN_SCALE_LETTERS, ZH_UNITS, EN_SYMBOLS, EN_WORDS, EN_NOUNS, BRANDS, EN_BRANDS, BASIS_POINTS, isPluralNoun, startsAnotherWord, isDigitsWord, zhNounAt, YEAR_S, MONTH_S, ZHE_TWO_DIGITS, VOLUME_ABBREVIATIONS, CURRENCY_SCALE_WORDS, PENCE, CENT, FEN, SEN, INDEX_POINTS, DIANZI_BP, RATE_LI, MONTH_AFTER_VAGUE, PERCENTAGE_POINTS, KV_NOT_VOLTS, CELSIUS, FAHRENHEIT, CUN, SQUARE_FOOT, TRAILING_CURRENCY_SIGNS, GE_CLASSIFIER, FISCAL_YEARS_COUNTED, METRE, POUND_MASS, TONNE_SYMBOL, MICRON_ASCII, type UnitDef } from './units.ts';

/** "around mid-2028", "roughly the end of 2026": a hedge right before an English period. */
const AROUND_BEFORE = /\b(?:around|approximately|roughly|circa)\s+(?:the\s+)?$/i;
/** Lines of the common video resolutions (720P, 1080P, 2160P): never PFLOPS. */
/** What a part of labelOrTime or atNumeral returns when none of its rules decided (-1 is taken: "an amount"). */
const NO_RULE = -2;
const VIDEO_LINES = new Set([240, 360, 480, 540, 576, 720, 1080, 1440, 2160, 4320]);
/** Compute written as a bare letter after the number in Chinese copy (300P算力): PFLOPS, EFLOPS. */
const COMPUTE_LETTER: Record<'P' | 'E', UnitDef> = {
  P: { kind: 'compute', unit: 'FLOPS', factor: 1e15 },
  E: { kind: 'compute', unit: 'FLOPS', factor: 1e18 },
};
import { hyphenatedHedgeBefore, prefixQualifier, suffixQualifier, type QualMatch } from './qualifiers.ts';
import { CITATION_LABEL } from '../text/mask.ts';
import { startsWithAsciiCI } from '../text/ascii-case.ts';
import { figureRecord } from './record.ts';
import { MONTHS, ZH_PARTS, ZH_REL_YEARS, EN_PARTS, isYear, pad2, monthRange, durationLabel, quarterCode, type PartDef } from './time.ts';
import { ZH_MAKER_WORDS } from './maker-words.ts';
import { SHARED_CURRENCY_WORDS, sharedCurrency } from './local-currency.ts';


/** The product of the 万 and 亿 that end a magnitude run (百亿: 1e8, 千万: 1e4, 十: 1). */
function bigTail(s: string, p: number, len: number): number {
  let tail = 1;
  for (let k = p + len - 1; k >= p && (s[k] === '万' || s[k] === '亿'); k--) tail *= s[k] === '万' ? 1e4 : 1e8;
  return tail;
}

interface Side {
  start: number;
  /** End of numeral + scale. */
  end: number;
  v: number | null;
  lo: number | null;
  hi: number | null;
  vague: boolean;
  /** X多 / X余 inside the number: lo = v, hi = v + step. */
  more: boolean;
  cur?: string;
  scale: number;
  scaleText: string;
  lang: 'zh' | 'en';
  src: 'ar' | 'zh' | 'en' | 'vz' | 've';
  a?: ArabicNum;
  z?: ZhNum;
  isOne: boolean;
  sign: number;
  /** English vague phrase "millions of": where the unit may start after "of". */
  ofEnd?: number;
  /** Bare value allowed without a unit (Arabic, scaled). */
  /** A hedge between the number and its scale, unit or noun: "$100+ billion", "30-plus megawatts" (more-than), "100-ish racks" (about). */
  inner?: Qualifier;
  /** 三四个, 五六千: two adjacent numerals written as a range (lo, hi set; v null). */
  pair?: boolean;
  /** The power of ten of scientific notation after the number (`1.2×10^18`), already in v. */
  exponent?: number;
  /** A vague side's trailing 万/亿 (数百亿: 1e8), which a vague first side without one shares (数十至数百亿). */
  bigTail?: number;
}

interface UnitHit {
  def: UnitDef;
  start: number;
  end: number;
  text: string;
  hyphen?: boolean;
}

const CUR_PREFIX = new Trie<string>()
  .add('$', 'USD').add('US$', 'USD').add('US $', 'USD').add('U.S.$', 'USD').add('HK$', 'HKD').add('HK $', 'HKD').add('NT $', 'TWD').add('A$', 'AUD').add('C$', 'CAD')
  .add('S$', 'SGD').add('NT$', 'TWD').add('AU$', 'AUD').add('AU $', 'AUD').add('AUS$', 'AUD').add('AUD$', 'AUD').add('CA$', 'CAD').add('CAD$', 'CAD').add('$A', 'AUD')
  // Australian and New Zealand copy puts the country after the sign: $US600 billion, $AU964 billion, $NZ2 billion.
  .add('$US', 'USD').add('$AU', 'AUD').add('$NZ', 'NZD').add('NZ$', 'NZD').add('$C', 'CAD').add('RM', 'MYR').add('Rs.', 'INR').add('¥', 'CNY').add('€', 'EUR').add('£', 'GBP').add('RMB', 'CNY').add('Rmb', 'CNY').add('CNY', 'CNY')
  .add('USD', 'USD').add('EUR', 'EUR').add('GBP', 'GBP').add('JPY', 'JPY').add('HKD', 'HKD').add('Rs', 'INR').add('₹', 'INR')
  .add('₩', 'KRW').add('JP¥', 'JPY').add('CN¥', 'CNY')
  // ISO codes before the amount ("SEK 400 million", "AED 1.2bn").
  .add('SEK', 'SEK').add('NOK', 'NOK').add('DKK', 'DKK').add('CHF', 'CHF').add('AUD', 'AUD').add('CAD', 'CAD').add('INR', 'INR')
  .add('KRW', 'KRW').add('TWD', 'TWD').add('SGD', 'SGD').add('MYR', 'MYR').add('AED', 'AED').add('SAR', 'SAR').add('BRL', 'BRL')
  .add('ZAR', 'ZAR').add('IDR', 'IDR').add('QAR', 'QAR').add('OMR', 'OMR').add('KWD', 'KWD').add('BHD', 'BHD').add('JOD', 'JOD').add('EGP', 'EGP').add('THB', 'THB').add('VND', 'VND').add('MXN', 'MXN').add('PLN', 'PLN').add('NZD', 'NZD')
  .add('MOP', 'MOP').add('MOP$', 'MOP')
  // ("ISK 16 billion", "CZK 2.5 billion", "NGN 500 billion": more ISO codes; not COP, PEN, TRY or CLP, which are also words and names.)
  .add('ISK', 'ISK').add('CZK', 'CZK').add('HUF', 'HUF').add('RON', 'RON').add('NGN', 'NGN').add('PKR', 'PKR').add('BDT', 'BDT').add('ARS', 'ARS').add('KZT', 'KZT').add('UAH', 'UAH').add('RUB', 'RUB').add('ILS', 'ILS')
  // Kenyan shillings: Ksh3.7 billion, KSh 500 million, KES 2 billion, Sh5.2 billion.
  .add('Ksh', 'KES').add('KSh', 'KES').add('Kshs', 'KES').add('KShs', 'KES').add('KES', 'KES').add('Sh', 'KES')
  // (Ksh.5.2 billion: with the abbreviation's point.)
  .add('Ksh.', 'KES').add('KSh.', 'KES')
  // Taiwan brokers' NTD before the amount (NTD 1,280).
  .add('NTD', 'TWD')
  // Israeli copy's NIS (new Israeli shekel) before the amount: "NIS 11.1 billion", "NIS 35-40 billion".
  .add('NIS', 'ILS')
  // Gulf copy abbreviates its currencies before the amount: Dh3.2 billion, Dhs 500 million, SR 20 billion,
  // QR 10 billion, BD 100 million, KD 2 million, RO 50 million.
  .add('Dh', 'AED').add('Dhs', 'AED').add('SR', 'SAR').add('QR', 'QAR').add('BD', 'BHD').add('KD', 'KWD').add('RO', 'OMR')
  // The Indonesian rupiah: Rp 4.3 trillion, Rp. 3 trillion, Rp500 billion.
  .add('Rp', 'IDR').add('Rp.', 'IDR')
  // The Brazilian real: R$ 500 billion (a bare R before a scaled amount is the rand).
  .add('R$', 'BRL');
/**
 * Currency words written before the number in Chinese financial copy: 人民币1,640亿元, 新台币6,724亿元, 港币50亿元,
 * 美金346亿元 (Taiwan: a bare 元 after it is US dollars); Hong Kong, Singapore and Malaysian copy: 港元3.5亿,
 * 新币1.2亿元, 令吉50亿; also 欧元20亿, 日圆3000亿.
 */
const ZH_CURRENCY_PREFIXES: [string, string][] = [
  ['人民币', 'CNY'], ['新台币', 'TWD'], ['台币', 'TWD'], ['港币', 'HKD'], ['美元', 'USD'], ['美金', 'USD'], ['港元', 'HKD'],
  ['新币', 'SGD'], ['新元', 'SGD'], ['新加坡元', 'SGD'], ['新加坡币', 'SGD'], ['令吉', 'MYR'], ['马币', 'MYR'], ['马来币', 'MYR'], ['欧元', 'EUR'], ['欧罗', 'EUR'], ['英镑', 'GBP'],
  ['日元', 'JPY'], ['日圆', 'JPY'], ['韩元', 'KRW'], ['韩圜', 'KRW'], ['澳元', 'AUD'], ['加元', 'CAD'],
  // Macau copy: 澳門幣2.734億元 (澳元 alone is the Australian dollar).
  ['澳门币', 'MOP'], ['澳门元', 'MOP'],
  // Taiwan copy on Southeast Asian plants: 逾泰銖51億元, 越南盾2兆.
  ['泰铢', 'THB'], ['越南盾', 'VND'], ['印尼盾', 'IDR'], ['菲律宾比索', 'PHP'], ['卢比', 'INR'],
];
for (const [k, c] of ZH_CURRENCY_PREFIXES) CUR_PREFIX.add(k, c);
/** Their first characters: where the scan looks for one. */
const ZH_CURRENCY_FIRST = new Set(ZH_CURRENCY_PREFIXES.map(([w]) => w.charCodeAt(0)));
// Other spellings of dollar signs in wire copy: Reuters' T$ for the Taiwan dollar (T$57.67 billion; a letter
// prefix starts a word, so NT$ stays whole), CAN$, Can$, CA$, Cdn$ (also spaced: CDN $5 billion) for the Canadian dollar, MX$ and Mex$ for the
// Mexican peso, SG$ for the Singapore dollar.
for (const [k, c] of [['T$', 'TWD'], ['CAN$', 'CAD'], ['Can$', 'CAD'], ['CA$', 'CAD'], ['Cdn$', 'CAD'], ['CDN$', 'CAD'], ['CDN $', 'CAD'], ['Cdn $', 'CAD'], ['MX$', 'MXN'], ['Mex$', 'MXN'], ['SG$', 'SGD']]) CUR_PREFIX.add(k, c);
/** Signs of other currencies before the amount: ₽10 billion, ฿10 billion, ₱10 billion, ₫, ₺, ₪, ₦ (naira), ₵ (cedi). */
const OTHER_SIGNS = new Map<number, string>([[0x20bd, 'RUB'], [0x0e3f, 'THB'], [0x20b1, 'PHP'], [0x20ab, 'VND'], [0x20ba, 'TRY'], [0x20aa, 'ILS'], [0x20a6, 'NGN'], [0x20b5, 'GHS']]);
for (const [c, code] of OTHER_SIGNS) CUR_PREFIX.add(String.fromCharCode(c), code);
/** Signs an amount can start with ($ ¥ € £ ₹ ₩ and OTHER_SIGNS), as flags: the scan asks this of every punctuation character. */
const CURRENCY_SIGN_FLAGS = new Uint8Array(0x10000);
for (const c of [36, 0xa5, 0x20ac, 0xa3, 0x20b9, 0x20a9, ...OTHER_SIGNS.keys()]) CURRENCY_SIGN_FLAGS[c] = 1;
const isCurrencySign = (c: number): boolean => CURRENCY_SIGN_FLAGS[c] === 1;
// PHP and Php (the Philippine peso) also name a programming language: money only before a scaled or grouped amount.
CUR_PREFIX.add('RUB', 'RUB').add('PHP', 'PHP').add('Php', 'PHP');

/**
 * A currency written with letters, then a digit: a sign after letters (NT$60, HK$60, T$60, C$60: the second side of
 * NT$50-NT$60 billion), or a letter code glued or spaced before it (RM6, Rp6, SGD 2: RM5-RM6 billion, SGD 1-SGD 2 billion).
 */
function lettersBeforeSign(s: string, p: number): boolean {
  const cm = CUR_PREFIX.match(s, p);
  if (!cm) return false;
  const q = p + cm.len;
  // ("Rs. 15 crore": an abbreviation's point, then a space.)
  if (!isLatin(s.charCodeAt(q - 1))) return isDigit(s.charCodeAt(q)) || (s.charCodeAt(q - 1) === 46 && s.charCodeAt(q) === 32 && isDigit(s.charCodeAt(q + 1)));
  return !isLatin(s.charCodeAt(q)) && isDigit(s.charCodeAt(s.charCodeAt(q) === 32 ? q + 1 : q));
}

/** Characters that make a word ending in 次 (首次, 本次, 多次, 层次 …): 次季 after them is no second quarter. */
const WORDS_ENDING_IN_CI = '首再多每依一二两兩三四五六七八九十几幾数數此该該这這本层層名屡屢场場班档檔批年人架车車席位杯其渐漸逐历歷上下前初主次届屆轮輪趟';

/** Where the currency sign at `p` of currency `code` ends, when one is there and a digit follows it ("GBP £24",
 * "AUD $5 billion": any dollar's code before the dollar sign); else p. */
function signOfCode(s: string, p: number, code: string): number {
  if (!isCurrencySign(s.charCodeAt(p))) return p;
  const cm = CUR_PREFIX.match(s, p);
  // ("KRW$103 trillion": any code glued to a bare $ names the currency, the $ a generic sign.)
  return cm && (cm.value === code || (cm.len === 1 && s.charCodeAt(p) === 36 && (DOLLAR_CODES.has(code) || isUpper(s.charCodeAt(p - 1))))) && isDigit(s.charCodeAt(skipSp(s, p + cm.len))) ? p + cm.len : p;
}
/** The currencies written with a dollar sign. */
const DOLLAR_CODES = new Set(['USD', 'AUD', 'NZD', 'CAD', 'SGD', 'HKD', 'TWD']);

/** Multiplying words that are adjectives after an article (a double bed), and the articles. */
const ADJECTIVE_MULTIPLES = new Set(['double', 'triple', 'quadruple']);
/** Nouns a double or triple names a kind of (double circuit, triple-junction cells, double-decker). */
/** Lower-case letters, then one to three digits glued to them and a comma: "transistors1," (a thousands group follows). */
const GLUED_GROUP_BEFORE = /[a-z]\d{1,3},$/;
/** 1-3Q25, 1Q-2Q26, 1Q至2Q26, 1Q~3Q2025: quarters of one year, the second's code carrying the year. */
const QUARTER_RANGE_CODE = /^([1-4])Q?(?:[-\u2013~\uff5e]|至|到)([1-4])Q(\d{4}|\d{2})(?![A-Za-z0-9])/;
/** Before a number: a code of law's abbreviation ("R.C. 5709.911", "U.S.C. 7401", "§ 48"). */
const LEGAL_CODE_BEFORE = /(?:\b(?:O\.)?R\.C\.|\bU\.S\.C\.|\bC\.F\.R\.|§+)\s?$/;
/** Before a number: a step of a schedule in lower case ("in year 10", "by day 3", "month 6"). */
const SCHEDULE_STEP_BEFORE = /(?:^|[^\w-])(?:year|day|week|month) $/;
/** After such a step: punctuation or a word that goes on with the schedule, not a noun it counts ("of last year 19 projects"). */
const SCHEDULE_STEP_AFTER = /^(?:[.,;:)]|[^\S\n]+(?:of|and|to|through|onwards?|or|until)\b|[^\S\n]*(?:\n|$))/;
/** Before a number: a US state's abbreviation naming its road ("along Ind. 9", "Ill. 53", "Tenn. 385"). */
const STATE_ROAD_BEFORE = /\b(?:Ind|Ill|Ky|Tenn|Ga|Ala|Miss|Ark|Tex|Okla|Kan|Neb|Minn|Wis|Mich|Va|Md|Conn|Mass|Ariz|Nev|Colo|Ore|Calif|Fla|Mo)\. $/;
/** After digits and an X: a chip, processor or series word (910X芯片, 9X系列). */
const MODEL_FAMILY_AFTER_X = /^(?:芯片|晶片|系列|处理器|處理器|加速卡)/;
const DOUBLE_KIND_AFTER = /^[ -](?:circuits?|deckers?|beds?|rooms?|standards?|dips?|whammy|tracks?|shifts?|junctions?|glazing|layers?|stacks?|checks?|helix|bonds?|taxation|counting|precision|play|digits?)\b/i;
const ARTICLES = new Set(['a', 'an', 'the']);

/** Before a number: "U.S." naming a federal highway ("U.S. 29 Technology Park"), read so only before US_ROUTE_AFTER. */
const US_ROUTE_BEFORE = /\bU\.S\. $/;
/** After a US highway's number: a capitalised name, a list word, a slash or punctuation. */
const US_ROUTE_AFTER = /^(?: [A-Z][a-z]| and\b| or\b|\/|[,;.)])/;
/** Currency abbreviations that are also common letter pairs (the Gulf's Dh, SR, QR …) or a language (PHP): money only before a scaled or grouped amount. */
const AMBIGUOUS_CURRENCY_ABBREVIATIONS = new Set(['Dh', 'Dhs', 'SR', 'QR', 'BD', 'KD', 'RO', 'PHP', 'Php']);

const PRODUCT_BEFORE = new Set([
  'llama', 'claude', 'gemini', 'qwen', 'mistral', 'windows', 'iphone', 'ipad', 'pixel', 'galaxy', 'gpt', 'phase', 'stage', 'pro', 'project',
  // Phone and PC chip lines and systems: "Exynos 2600", "Dimensity 9400", "Kirin 9000", Huawei's "Atlas 960".
  'exynos', 'dimensity', 'kirin', 'helio', 'atlas',
  // Graphics-card lines: "RTX 4090显卡", "RTX 4090年租赁价格" (a rental's yearly price, not 4,090 years).
  'rtx', 'gtx', 'geforce', 'radeon', 'quadro',
  // Cloud makers' own accelerators: "Maia 200", "Trainium 3", "Inferentia 2".
  'maia', 'trainium', 'inferentia', 'nano', 'ultra',
  // Huawei's Ascend line in English copy: "Ascend 950 in 2026" (昇腾950 in Chinese).
  'ascend', 'tomahawk',
  'section', 'figure', 'fig', 'table', 'chapter', 'version', 'ver', 'v', 'gen', 'generation', 'tier', 'level', 'step', 'part', 'express',
  'round', 'series', 'pcie', 'ddr', 'hbm', 'usb', 'grok', 'sonnet', 'opus', 'haiku', 'kimi', 'ernie', 'glm', 'deepseek', 'no',
  'number', 'page', 'article', 'item', 'episode', 'season', 'model', 'python', 'node', 'ios', 'android', 'macos', 'wave', 'line',
  'route', 'nvlink', 'wifi', 'bluetooth', 'o', 'r', 'cuda', 'rocm', 'ubuntu', 'java', 'php', 'html', 'es', 'ecmascript', 'tls', 'http', 'ipv', 'lte', 'ryzen', 'epyc', 'xeon', 'core',
  'covid', 'office', 'xbox', 'playstation', 'surface', 'ddr5', 'lpddr', 'gddr', 'hopper', 'tpu', 'nova', 'x', 'vol', 'issue', 'sec', 'par', 'art', 'p',
  // Exhibits: "(see chart 2)", "Exhibit 3", "slide 12", "Appendix 4".
  'chart', 'exhibit', 'slide', 'appendix', 'annex',
  // Aircraft by maker: "the size of a Boeing 737", "an Airbus 350".
  'boeing', 'airbus',
]);

/** A full-width Latin letter (Ａ–Ｚ, ａ–ｚ), as Taiwan copy typesets model names (ＧＢ三○○). */
function isFullWidthLetter(c: number): boolean {
  return (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** A letter of Latin-1 or Latin Extended-A/B (é, ä, ø, ł …; not × or ÷). */
function isAccentedLetter(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

/** Characters after 上半/下半 that make another word (下半场, 上半身, 下半旗, 上半部, 下半夜, 上半月 …). */
const HALF_WORD_AFTER = '场場身部截旗夜晌天月段区區球页頁张張节節辈輩生时時程空岛島期';

/** 上半 or 下半 at p for the half of a year written without its second 年, unless it starts another word (下半场, 上半身, 下半旗). */
function halfWithoutYear(s: string, p: number): PartDef | null {
  const c = s.charCodeAt(p);
  if ((c !== 0x4e0a /* 上 */ && c !== 0x4e0b /* 下 */) || s.charCodeAt(p + 1) !== 0x534a /* 半 */ || HALF_WORD_AFTER.includes(s[p + 2] ?? '_')) return null;
  return ZH_PARTS.match(`${s[p]}半年`, 0)!.value;
}

/** 2025.07.04: a year, a zero-padded month and day joined by points, and no further digit or point-digit. */
const DOTTED_DATE = /^((?:19|20)\d\d)\.(0[1-9]|1[0-2])\.(0[1-9]|[12]\d|3[01])(?![\d]|\.\d)/;

/** Characters after 月 that make it a month's name or part (几月份, 数月底), not a count of months. */
const MONTH_PART_AFTER = '份底初中末杪日号';

/** Characters after 初 that make another word (初始, 初步, 初次, 初衷, 初级, 初创, 初心, 初稿, 初版, 初审, 初选, 初赛). */
const INITIAL_WORD_AFTER = '始步次衷级创心稿版审选赛';

const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

/** 图 or 表 (after 如, 见, 附, 从, 据) right before a number, a space between allowed: a figure or table label. */
function exhibitLabelBefore(s: string, start: number): boolean {
  const b = s.charCodeAt(start - 1) === 32 ? start - 1 : start;
  const c = s[b - 1];
  if (c === '图' || c === '圖') return !'地试試意企宏蓝藍'.includes(s[b - 2] ?? '_');
  // (Prismark,摘要2): a source's numbered summary item, closed by punctuation.
  if (c === '要' && s[b - 2] === '摘') return true;
  // (詳表6, 详见表3; 表1及表2: a second table joined to the first.)
  return c === '表' && ('如见見附从從据據详詳参參'.includes(s[b - 2] ?? '_') || ('及和与與、'.includes(s[b - 2] ?? '_') && isDigit(s.charCodeAt(b - 3)) && s.lastIndexOf('表', b - 3) >= b - 8));
}

/** First characters of words ending in 年 (青年, 少年, 成年, 老年, 壮年, 童年, 周年, 新年, 往年, 历年, 每年). */
const NIAN_WORD_FIRST = '青少成老壮壯童周週新往历歷每晚早';
/** First characters of verbs ending in 成 (完成, 达成, 建成): 完成年初计划 is no 成年. */
const CHENG_VERB_FIRST = '完达達建造形变變组組构構促落生合做养養赞贊';
/** A day, then a month's name: "5 Jan", "28 March", "9th April". */
const DAY_THEN_MONTH_AT = /^\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?![a-z])/;

/** Second characters of words that 代 starts (2026年代工: 年, then 代工): no decade there. */
const DAI_WORD_SECOND = '工表理码碼价價言替谢謝际際购購销銷币幣办辦';
/** A tariff heading or HS code before a number (and earlier codes of its list). */
const TARIFF_CODE_BEFORE = /\b(?:HTS|HTSUS|HS|headings?|subheadings?|tariff codes?)\b(?:\s+(?:No\.?|numbers?|codes?))?\s+(?:\d{4}\.\d{2,4},?\s+(?:and\s+|or\s+)?)*$/i;
/** The verb of a Chinese change before the level reached: 增至, 增加至, 提升至, 降至 … */
/** 从最初的, 由去年的: the level a Chinese change starts from, described before it. */
const FROM_DESCRIBED_LEVEL = /[从由][^，,。；;\d]{1,5}的$/;
/** 从 or 由 right before a level, a space between allowed. */
const FROM_BEFORE_LEVEL = /[从由從]\s?$/;
/** A multiplying verb of a change before the level reached: 翻倍至, 翻了一倍至, 翻番到. */
const ZH_MULTIPLIED_TO = /^\s*(?:翻倍|翻了?[一两兩二三]?[倍番])\s*(?:至|到)\s*/;
const ZH_CHANGE_TO = /^(?:追加至|增至|增加至|增长至|增長至|升至|上升至|提高至|提升至|扩大至|擴大至|降至|下降至|减少至|減少至|跌至|回落至|增加到|提高到|提升到|上升到|下降到|减少到|減少到|增长到|增長到|下调至|上调至|调升至|调降至|调高至|调低至|下调到|上调到|上修至|下修至|削减至|缩减至|缩小至|涨至|漲至|涨到|上涨至|飙升至|攀升至|跃升至)/;
/** A proportion's wording before X比Y (投资比例为, 配比, 最高可达 after it). */
/** A proportion's noun just after X:Y (以1:3的撬动比例). */
const PROPORTION_AFTER = /^的?[^，,。；;\d]{0,4}(?:比例|比率|配比)|^ ratio\b/;
/** A unit's abbreviation or name in brackets after a range's first side: " (GW)", " (megawatt electric)". */
// ("1 百萬瓩(Gigawatt)至 4 百萬瓩": glued after a Chinese unit, or in full-width brackets.)
const UNIT_GLOSS_AT = /^ ?[(（](?:[A-Za-z]{1,6}|(?:kilo|mega|giga|tera)(?:watts?|watt-hours?|bytes?)(?:[ -](?:electric|thermal|peak))?)[)）]/i;
/** After a day's digits at p: an ordinal suffix, a space, maybe "of", and a capitalised month (9th April, 9th of April); where the month starts, or 0. */
function monthAfterOrdinalDay(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c !== 115 && c !== 110 && c !== 114 && c !== 116) return 0; // s, n, r, t
  const m = ORDINAL_DAY_MONTH.exec(s.slice(p, p + 20));
  return m && MONTHS.has(m[1].toLowerCase()) ? p + m[0].length - m[1].length : 0;
}
const ORDINAL_DAY_MONTH = /^(?:st|nd|rd|th) (?:of )?([A-Z][a-z]{2,8})\b/;
/** After a day's digits at p: an ordinal suffix, then to or a dash, a later day and a month (21st to 25th April). */
function ordinalDayRangeAt(s: string, p: number): boolean {
  const c = s.charCodeAt(p);
  if (c !== 115 && c !== 110 && c !== 114 && c !== 116) return false; // s, n, r, t
  const m = ORDINAL_DAY_RANGE.exec(s.slice(p, p + 24));
  return m !== null && MONTHS.has(m[1].toLowerCase());
}
const ORDINAL_DAY_RANGE = /^(?:st|nd|rd|th)(?:[-–]| to )\d{1,2}(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\b/;
/** A range of months in digits (1-9月, 3 至 5 月). */
const MONTH_RANGE_AT = /^\d{1,2} ?[-–~—至到] ?\d{1,2} ?月/;
/** Between two proportions: a change to the second, or a list (比例从1:2.5升至1:5, 1:3或1:4). */
const PROPORTION_JOIN = /^(?:升至|降至|提升至|提高至|下降至|下调至|上调至|增至|减至|变为|變為|到|至|、|和|或|与|與)$/;
const PROPORTION_BEFORE = /(?:比例|比率|配比|比重)[^，,。；;\d]{0,8}$|(?:比例|比率|配比)[^。；;]{0,12}(?:最高|最多)?(?:可达|可達|达|達|为|為)$/;
/** The rest of a list after a member's 个 whose last member is in 个百分点 (7个和3.7个百分点). */
const PP_LIST_AFTER = /^[和与與及、]\s*\d+(?:\.\d+)?\s*[个個]百分[点點]/;
/** Before and after a Party congress named by its number (党的十八大, 二十大以来). */
const PARTY_BEFORE = /(?:党的|黨的|中共)$/;
const CONGRESS_AFTER = /^(?:以来|以來|报告|報告|精神|召开|召開|代表|期间|期間|开幕|開幕|闭幕|閉幕|胜利|勝利)/;
/** Prepositions of time before a year ("by 2031 data centers could add …"). */
/** Mass units that "a" makes one of ("launching a kilogram costs", "a tonne of CO2"; "a ton of" is mostly "a lot of"). */
const ONE_MASS_UNIT = /^(?:kilograms?|kilos?|tonnes?|metric tons?)$/i;
/** After a year: the money of that year ("in 2021 dollars", "2020 euros"). */
const CONSTANT_MONEY_AFTER = /^(?:dollars|euros|pounds)(?![A-Za-z])/i;
/** Before such a year: in, constant, real. */
const CONSTANT_MONEY_BEFORE = new Set(['in', 'constant', 'real']);
/** "Adjusted for inflation to 2025 dollars": to before such a year after words of inflation. */
const INFLATION_BEFORE = /\b(?:inflation|inflation-adjusted|adjusted)\b[^.;]{0,30}\bto $/i;
const YEAR_PREPOSITIONS = new Set(['by', 'in', 'until', 'till', 'through', 'since', 'before', 'after', 'during']);
/** Prepositions and verbs that compare with a year rather than hedge it ("a rise over 2021", "above 2019 levels", "eclipsing 2020 levels", 遠超2024年全年). */
const YEAR_COMPARISONS = new Set(['远超', '超过', '超越', '超', '高于', '低于', '超出', 'over', 'above', 'under', 'below', 'beyond', 'past', 'better than', 'more than', 'greater than', 'bigger than', 'larger than', 'less than', 'eclipsing', 'eclipsed', 'eclipses', 'eclipse', 'exceed', 'exceeding', 'exceeded', 'exceeds', 'surpass', 'surpassing', 'surpassed', 'surpasses', 'topping', 'topped', 'tops',
  // "forecasts up to 2029": until the year.
  'up to']);

/** What may stand between the amount of a change and "from": spaces, commas, dashes and an adverb of the period compared. */
// (Spaced too: "grew 15 per cent year on year, from US$13.8".)
const CHANGE_AMOUNT_TO_FROM = /^[ ,\u2013\u2014]*(?:(?:quarterly|annually|sequentially|yearly|monthly|year[- ]on[- ]year|year[- ]over[- ]year|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|month[- ]on[- ]month|on-year|y\/y|q\/q|yoy|(?:over|during|in|across)\s+(?:the|that|this)\s+(?:same\s+)?(?:period|timeframe|time\s+frame|span))[ ,\u2013\u2014]+)?$/i;
/** Words that describe an old level between "from" and it ("from the current 100 MW", "from an approximate 450 MW"). */
// ("from the initially planned 28 MW": a plan's adverb and participle too.)
const LEVEL_WORDS = new Set(['current', 'present', 'existing', 'approximate', 'estimated', 'initial', 'original', 'previous', 'prior', 'earlier', 'today\'s', 'mere', 'paltry', 'modest', 'meagre', 'meager', 'planned', 'initially', 'originally', 'announced']);
/** Long units of time "half" may take without an article ("the last half decade"): seconds and the time word. */
const HALF_OF_TIME_UNITS: Record<string, [number, string]> = { decade: [10 * YEAR_S, 'decade'], century: [100 * YEAR_S, 'century'] };
/** Nouns of a level before of, between "from" and it ("from an average of 50 megawatts", "from a peak of 1,200"). */
// ("revised … from the previous forecast of 594 billion yen to 601 billion yen": a forecast or target as the old level.)
const FORECAST_LEVEL_NOUNS = new Set(['forecast', 'estimate', 'guidance', 'target', 'projection', 'outlook']);
const LEVEL_NOUNS = new Set(['average', 'peak', 'high', 'low', 'level', 'base', 'baseline', 'total', ...FORECAST_LEVEL_NOUNS]);
/** Words that date an old level before "from"'s level (previous, prior): a forecast's old range as often as an old level. */
const EARLIER_LEVEL_WORDS = new Set(['previous', 'prior', 'earlier']);
/** "from" before a level, maybe with a noun of level between ("from an average of", "from the previous forecast of"). */
const FROM_LEVEL_BEFORE = new RegExp(`\\bfrom +(?:(?:an?|the|its|their) +(?:(?:${[...EARLIER_LEVEL_WORDS, 'initial', 'original', 'current'].join('|')}) +)?(?:${[...LEVEL_NOUNS].join('|')}) +of +)?$`, 'i');
const ARTICLES_BEFORE_LEVEL = new Set(['the', 'its', 'their', 'an', 'a']);

/** Ends of Chinese sentences and clauses that a cue word does not reach across. */
const SENTENCE_END_ZH = '。！？；!?;\n';

/**
 * Four digits of a year from 2000 to 2100 at i and one more digit (not 0), then punctuation or the end of a line:
 * an endnote mark glued to the year ("by 20303.", "would sell in 20172—a"). Whether it is one depends on what is before.
 */
function endnoteAfterYear(s: string, i: number): boolean {
  if (!isDigit(s.charCodeAt(i + 4)) || isDigit(s.charCodeAt(i + 5)) || s.charCodeAt(i + 4) === 48) return false;
  const y = +s.slice(i, i + 4);
  const after = s.charCodeAt(i + 5);
  if (y < 2000 || y > 2100 || !(after === 46 || after === 44 || after === 59 || after === 41 || after === 0x2014 || after === 0x2013 || Number.isNaN(after) || isNewline(after))) return false;
  return !(after === 46 && isDigit(s.charCodeAt(i + 6)));
}

/** Time prepositions before a year that an endnote digit may follow ("by 20303."). */
const ENDNOTE_YEAR_LEADS = new Set(['by', 'in', 'until', 'through', 'since', 'before', 'after', 'from']);

const COMPANY_SUFFIXES = new Set(['corp', 'inc', 'co', 'ltd']);

/** Words after a spaced letter that make it a share class or a series ("$5 B shares"), not billions. */
const SHARE_CLASS_AFTER = /^\s+(?:shares?|stock|class|series|round|units?)\b/i;

/** A memory standard's name, and maybe a capacity, right before a number (its speed grade). */
// ("DDR5 16G(4800/5600)": speed grades in brackets after the part's size, the second after a slash.)
const MEMORY_GRADE_BEFORE = /(?:^|[^A-Za-z])(?:LP)?G?DDR\d[A-Z]?\s+(?:\d+\s?G[Bb]\s+|\d+\s?G[Bb]?\s*[(（]\s*(?:\d{4}\s*\/\s*)?)?$/;

/** A server named a few words after a chip model, within the clause ("H800 NVLink算力服务器"). */
const MACHINE_AFTER_MODEL = /^[^，,。；;、]{1,12}?(?:服务器|整机|一体机)/;

/** Interest-rate words before a number in 厘 (Hong Kong: 利率4厘, 息口, 按揭, 孳息 …). */
const RATE_WORDS_BEFORE = /利率|息|按揭|回報率|回报率|收益率|借貸|借贷|貸款|贷款|存款/;

/** An interest-rate word earlier in the sentence of `start` (30 characters back at most), not a per-share payout (每股派息3厘). */
function rateWordsBefore(s: string, start: number): boolean {
  let b = start;
  while (b > 0 && start - b < 30 && !SENTENCE_END_ZH.includes(s[b - 1])) b--;
  const before = s.slice(b, start);
  return RATE_WORDS_BEFORE.test(before) && !/每股|派息|股息/.test(before);
}
/** Words before a number that make it a place's name (when no unit follows): "Highway 101", "sector 62". */
const PLACE_LABELS = new Set(['highway', 'interstate', 'sector', 'plot', 'proclamation', 'heading', 'subheading']);
/** A road's label right before its number: Route, Rt., Rte., Hwy., Loop, Spur (Highway and Interstate are in PLACE_LABELS). */
const ROAD_BEFORE = /\b(?:Route|Rte?\.|Hwy\.?|Loop|Spur) $/;
/** Plural labels before a list of numbers: "sectors 62 and 80", "Units 3 and 4", "Phases 2 and 3", "HTSUS subheadings 8541 and 8542". */
const PLURAL_LABELS = new Set(['sectors', 'units', 'phases', 'stages', 'buildings', 'halls', 'blocks', 'plots', 'reactors', 'lines', 'headings', 'subheadings']);
const LABEL_LIST_NEXT = /^(?:,? ?(?:and|or|&|to) |, ?|-|–)\d/;
const LABEL_LIST_BEFORE = /\b(?:[Ss]ectors|[Uu]nits|[Pp]hases|[Ss]tages|[Bb]uildings|[Hh]alls|[Bb]locks|[Pp]lots|[Rr]eactors|[Ll]ines|(?:[Ss]ub)?[Hh]eadings) \d{1,4}(?:, ?\d{1,4})*(?:,? ?(?:and|or|&|to) |, ?|-|–)$/;

const STOP_FLAGS = new Uint8Array(0x10000);
for (const ch of '的了和与及或在为是，。、；：！？（）()“”‘’「」《》,.;:!?\n\r 将并而但就也都从向对把被给让') STOP_FLAGS[ch.charCodeAt(0)] = 1;
/**
 * Nouns that a counted noun can modify ("数据中心机房楼", "GPU超级计算集群", "晶圆厂"): then they are what
 * is counted. 厂 alone covers 晶圆厂 (a fab), 芯片厂, 工厂, 厂房, 厂商.
 */
const ZH_HEAD_NOUNS = new Trie<true>();
for (const w of ['集群', '丛集', '机房', '楼', '园区', '项目', '基地', '设施', '厂', '建筑', '电站', '订单', '合同', '运营商', '服务商', '计划', '计画', '规划', '协议', '交易', '工程', '方案', '专案', '投资案', '聚集区', '集聚区', '区域', '枢纽', '提案', '标案', '申请案',
  // 三只数据中心信托, 两檔資料中心基金: a trust or fund (a REIT) holding them.
  '信托', '信託', '基金', '股票', '概念股',
  ...ZH_MAKER_WORDS]) ZH_HEAD_NOUNS.add(w, true);
/** A clause that starts with such a verb and ends with 的 (no punctuation or number inside). */
const CLAUSE_OPENED_AT = /^(?:发展|發展|从事|從事|研发|研發|开发|開發|专注|專注|主营|主營)[^，,。；;：:！？!?、\d\n]{1,20}?的/;
/** Verbs that open a clause modifying the counted noun (两颗搭载TPU的卫星: the satellites carry TPUs). */
const ZH_CLAUSE_VERB = /搭载|搭載|配备|配備|采用|採用|装有|裝有|内置|內置|内含|內含|含有|集成|基于|基於|使用|部署|组成|构成|组建/;
const PAIRED_AFTER = /^\s*(?:\/|\(|or)\s*-?\d+(?:\.\d+)?\s?°?([CF])(?![A-Za-z0-9])/;
const PAIRED_BEFORE = /\d\s?°?([CF])\s*(?:\/|\(|or)\s*-?$/;
const SECOND: UnitDef = { kind: 'duration', unit: 's', factor: 1, timeWord: 'second' };
const HOUR: UnitDef = { kind: 'duration', unit: 's', factor: 3600, timeWord: 'hour' };
const EN_HEAD_NOUNS = new Set([
  'building', 'buildings', 'cluster', 'clusters', 'project', 'projects', 'facility', 'facilities', 'hall', 'halls', 'park', 'parks', 'complex', 'complexes',
  'farm', 'farms', 'company', 'companies', 'maker', 'makers', 'provider', 'providers', 'operator', 'operators', 'firm', 'firms', 'developer', 'developers',
  'startup', 'startups', 'deal', 'deals', 'contract', 'contracts', 'order', 'orders', 'supplier', 'suppliers', 'stocks', 'vendors', 'vendor', 'leases', 'lease',
  'fab', 'fabs', 'plant', 'plants', 'factory', 'factories', 'hub', 'hubs',
  // "a 100,000 Blackwell GPU system", "a 10,000-GPU supercomputer": the machine built of them.
  'system', 'systems', 'supercomputer', 'supercomputers',
  // "6,000 job opportunities", "500 job openings": the head counts opportunities (no noun), as two held-out writers read it.
  'opportunities', 'opportunity', 'openings',
  // What is approved, proposed or signed: "12 data centre investment projects", "30 data center proposals".
  'scheme', 'schemes', 'proposal', 'proposals', 'application', 'applications', 'plan', 'plans', 'investments',
  'programme', 'programmes', 'program', 'programs', 'agreement', 'agreements', 'tender', 'tenders', 'bid', 'bids',
  'permit', 'permits', 'licence', 'licences', 'license', 'licenses', 'partnership', 'partnerships', 'venture', 'ventures',
  'initiative', 'initiatives', 'transaction', 'transactions',
]);
/** Classifiers of times and events, after which no counted noun is looked for further on. */
const VERBAL_CLASSIFIERS = new Set(['次', '回', '轮', '輪', '场', '場', '趟', '遍', '人次', '场次', '場次', '轮次', '批次']);

/** 一…九 at their values (index 0 unused). */
const ZH_DIGIT_VALUES = '〇一二三四五六七八九';

/** AI, a number format or a rating between a number and its compute unit ("20 AI petaflops", "15 FP4 PFLOPS", "20.8 peak petaflops"). */
const PRECISION_LABEL = /^(?:(?:AI|(?:NV)?FP(?:4|6|8|16|32|64)|BF16|TF32|INT(?:4|8)|MXFP(?:4|6|8)|peak|sustained|dense|sparse) ){1,2}/;

/** Adjectives of amount between a number and its unit ("68 total gigawatts", "2 additional GW"). */
const UNIT_ADJECTIVES = new Set(['total', 'combined', 'additional', 'extra', 'new', 'more', 'net', 'incremental', 'cumulative', 'gross']);

/** Adjectives of the kind of power before a unit of power or energy ("6.6 thermal megawatts"). */
const POWER_ADJECTIVES = new Set(['thermal', 'electric', 'electrical', 'installed', 'nameplate', 'critical', 'firm', 'peak']);
/** What may follow a day written without 日 after a year and a month: a verb, a particle, a comma. */
const DAY_WITHOUT_WORD_BEFORE = '需起前生开開截止正发發至之将將已再即要须須，,；';
/** After a spaced times sign: a lower-case noun phrase ending in a plural, with no comparative ("reticle-limited dies"). */
const COUNTED_AFTER_TIMES = /^(?!(?:more|less|faster|slower|larger|bigger|higher|lower|greater|better|the|as|that|what)\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?s\b/;

/** Whether the digits ending at `end` are glued to letters before them (HBM4, H100). */
function gluedDigitsOfName(s: string, end: number): boolean {
  let k = end;
  while (k > 0 && isDigit(s.charCodeAt(k - 1))) k--;
  return k > 0 && isLatin(s.charCodeAt(k - 1));
}

/** A second model name joined to a first by and, or, &: ` and GB300`. */
const MODEL_JOINED_AFTER = /^ (?:and|or|&) [A-Z][A-Za-z]*\d/;
/** Words that describe land between a number and an area unit: `630 operational acres`, `1,200 developable acres`. */
const LAND_ADJECTIVES = new Set(['powered', 'operational', 'developable', 'buildable', 'usable', 'useable', 'contiguous', 'undeveloped', 'vacant', 'industrial', 'agricultural', 'rural', 'zoned', 'rezoned', 'entitled', 'adjacent', 'surrounding', 'wooded', 'leased', 'owned', 'available', 'protected', 'forested']);

/** Of those, the ones a duration takes ("at least 10 more years of work"). */
const DURATION_ADJECTIVES = new Set(['more', 'additional', 'extra']);
/** Kinds of days between a number and "days" ("over 21 trading days", "within 5 business days"). */
const DAY_KINDS = new Set(['trading', 'business', 'working', 'calendar']);

/**
 * A capitalised place joined to a word of origin: China-specific, US-made, Chinese-owned. (Other compounds still stop
 * the noun search: "2.4 million Rubin-based chips" has no noun.)
 */
const ORIGIN_COMPOUND = /^[a-z.]+-(?:specific|made|owned|compliant|sourced|manufactured|produced)$/;

/** English adjectives between a number and its counted noun ("two new local data centres"). */
const EN_NOUN_ADJECTIVES = new Set([
  'new', 'additional', 'more', 'large', 'larger', 'small', 'smaller', 'big', 'bigger', 'local', 'operational', 'existing',
  'planned', 'proposed', 'advanced', 'hyperscale', 'massive', 'huge', 'modern', 'latest', 'dedicated', 'separate', 'further', 'mega',
  'onsite', 'on-site', 'preleased', 'pre-leased', 'different', 'distinct', 'interlinked', 'interconnected', 'possible', 'potential', 'candidate',
  'individual', 'computing', 'total', 'computer', 'listed', 'conventional', 'traditional', 'typical', 'average',
  // Kinds of racks and servers: "12 compute racks and 4 network racks".
  'compute', 'network', 'networking', 'storage',
  // Kinds of telecom sites: "over 130,000 wireless sites"; tiers of data centres: "13 core data centers"; "three live sites".
  'wireless', 'cellular', 'mobile', 'core', 'live',
  // "two initial 100-megawatt data centers".
  'initial',
  // Where and how a building stands: "two adjoining single storey data centres".
  'adjoining', 'adjacent', 'neighbouring', 'neighboring', 'single', 'storey', 'single-storey', 'single-story', 'multi-storey', 'multi-story',
  'high-performance', 'next-generation', 'next-gen', 'new-generation', 'state-of-the-art', 'cutting-edge', 'powerful', 'latest', 'generation', 'specialised', 'specialized',
  'giant', 'major', 'domestic', 'regional', 'sovereign', 'global', 'international', 'worldwide', 'liquid-cooled', 'water-cooled', 'air-cooled', 'high-end', 'top-end', 'custom', 'in-house',
  'last-generation', 'latest-generation', 'current-generation', 'previous-generation', 'prior-generation', 'older-generation',
  'first-generation', 'second-generation', 'third-generation', 'older', 'newer', 'used', 'refurbished',
  // States of a site: "over 50 operating data centres", "12 active campuses", "30 completed facilities".
  'operating', 'active', 'completed', 'approved', 'announced', 'committed', 'contracted', 'installed', 'deployed',
  // Kinds of jobs: "750 permanent jobs", "300 full-time jobs" (the held-out sets leave the noun out behind
  // "high-skilled", "long-term" and "construction": not added).
  'permanent', 'temporary', 'formal', 'reported', 'full-time', 'part-time', 'direct', 'indirect', 'induced', 'related', 'additional', 'supporting', 'ancillary', 'skilled', 'unskilled',
  // "72 such GPUs": a determiner between the number and its noun; "50 new full time equivalent jobs".
  'such', 'equivalent',
  // "3.5 million AI inference processors", "10,000 training GPUs": what the chips are for; "two automotive AI chips".
  'inference', 'training', 'automotive',
  // "900,000 semiconductor wafers", "two silicon photonics chips": what the thing is made of.
  'semiconductor', 'silicon',
  // "72 Blackwell architecture GPUs": the chip generation named with its architecture.
  'architecture',
  // Kinds of data centre: "seven colocation data centers", "three edge data centres", "12 leased facilities".
  'colocation', 'co-location', 'edge', 'modular', 'enterprise', 'wholesale', 'retail', 'leased', 'stabilized', 'stabilised',
  'purpose-built', 'containerized', 'containerised', 'prefabricated', 'greenfield',
]);
/** First parts of compounds that count the parts of a thing ("dual-socket servers", "four-GPU nodes"). */
const MULTIPLIER_WORDS = new Set(['single', 'dual', 'twin', 'double', 'triple', 'quad', 'multi', ...EN_SMALL.keys()]);
/** Parts a thing is counted in, after a multiplier in a compound ("dual-socket servers", "single-phase racks"). */
const PART_WORDS = new Set([
  'socket', 'sockets', 'phase', 'core', 'cores', 'node', 'nodes', 'die', 'dies', 'circuit', 'channel', 'port', 'slot', 'lane', 'card', 'module',
  'bay', 'storey', 'story', 'floor', 'level', 'layer', 'stage', 'engine', 'turbine', 'unit', 'reactor', 'blade', 'cell', 'drive', 'disk', 'tower',
  'hall', 'building', 'wing', 'tank', 'line', 'cpu', 'cpus', 'chiplet', 'piece', 'part', 'room', 'bedroom', 'door',
]);
/** Vote wording before a tally in its clause ("voted", "by a margin of", "a vote of", "passed"), or after it ("a 4–1 vote"). */
// "to vote 5-1", "gave the bill final passage Thursday 29-22": the infinitive, final passage, and the vote's weekday between.
const VOTE_BEFORE = /\b(?:voted|vote (?:of|was|is)|(?:to|will|would|did) vote|final passage|votes? (?:were|are)|margin of|tally (?:of|was)|passed|approved|rejected|defeated|ruled|split|(?:motion|measure|resolution)(?: [a-z]+){0,3} (?:carried|failed))(?: (?:it|them))?(?: (?:by|a|an|the|narrowly|unanimously|overwhelmingly))*(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?: by(?: the)? [A-Z][\w.]*(?: [A-Z][\w.]*){0,3})?(?: [–—-])?,? \(?$/i;
/** "243-187 in the House, 64-33 in the Senate": a tally after another one and its chamber. */
const TALLY_BEFORE = /\b\d{1,3} ?[-–] ?\d{1,3} in the [A-Z][a-z]+,? (?:and )?$/;
const VOTE_AFTER = /^[-\s]?(?:votes?|decision|ruling|verdict|majority|tally|margin)\b/i;
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Characters that end a sentence when looking back for a vote's wording (commas do not). */
const SENTENCE_STOPS = '.;!?\n。；！？';
/** A capitalised Latin name right before a bracket ("Ohio (", "West Virginia ("). */
const NAME_BEFORE_BRACKET = /[A-Z][A-Za-z.'’-]* $/;
/** Another "Name (N)" pair of the same list before the name, or after the bracket ("(six), and West Virginia (four)"). */
const PAIR_BEFORE = /\((?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\)[,;]? (?:and |or )?(?:[A-Z][A-Za-z.'’-]* )+$/;
const PAIR_AFTER = /^[,;]? (?:and |or )?(?:[A-Z][A-Za-z.'’-]* )+\((?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\)/;
/** Kinds of a measure that can describe a counted thing ("20,000 12-inch wafers", "2万片12吋晶圆"). */
const MEASURE_KINDS = new Set<FigureKind>(['length', 'power', 'energy', 'data', 'area', 'volume', 'mass', 'compute', 'bandwidth', 'voltage', 'current', 'apparent-power', 'temperature', 'frequency']);
/** Common adjectives between a classifier and its noun ("10 个先进的数据中心"). */
const ZH_NOUN_ADJECTIVES = new Trie<true>();
for (const w of ['先进的', '最先进的', '新的', '全新的', '新建的', '大型', '超大型', '大规模', '超大规模', '现代化', '现代化的', '高性能', '新一代', '新型', '标准',
  // a site's state: 8 个在建数据中心, 3座拟建的数据中心
  '在建', '在建的', '在建中的', '拟建', '拟建的', '规划中的', '运营中的', '在运营的', '已投运的', '已建成的', '在建設', '在建設的', '擬建',
  // 16 万云服务器: cloud servers.
  '云']) ZH_NOUN_ADJECTIVES.add(w, true);
/** Counted nouns that are not model names, and those that a model name already makes precise. */
const GENERIC_NOUNS = new Set(['GPU', 'chip', 'accelerator', 'server', 'rack', 'data center', 'site', 'campus', 'job', 'TPU']);
const GENERIC_CHIP_NOUNS = new Set(['GPU', 'chip', 'accelerator']);
/** A plural acronym: SMRs, BESSs, PPAs. */
const ACRONYM_PLURAL = /^[A-Z]{2,6}s$/;

/** Plural nouns after a chip model that count the model itself ("10,000 H100 units", "5,000 MI300X cards"). */
/** A model's second name before a lower-case word: "NVL72 nodes". */
const MODEL_SECOND_NAME_THEN_WORD = /^[A-Z][A-Za-z]*\d+[A-Za-z]* ([a-z]+)(?![A-Za-z0-9-])/;
/** A lower-case modifier (hyphenated or not) before a lower-case word: "gas-fired turbines". */
const MODIFIER_THEN_WORD = /^([a-z]+(?:-[a-z]+)*) ([a-z]+)(?![A-Za-z0-9-])/;
/** A title right after a company's name (董事長, 總經理, 执行长 …). */
const TITLE_AFTER_COMPANY_NAME = /^(?:董事[長长]|[總总][經经]理|[執执]行[長长]|[總总]裁)/;
const MODEL_UNIT_WORDS = new Set(['units', 'cards', 'boards', 'modules', 'parts', 'pieces']);
const OPEN_QUOTES = new Set([0x201c, 0x300c, 0x300e, 0x300a, 0x2018]); // “ 「 『 《 ‘
const CLOSE_QUOTES = new Set([0x201d, 0x300d, 0x300f, 0x300b, 0x2019]);
const ZH_CURRENCY_BEFORE: [string, string][] = [['新台币', 'TWD'], ['台币', 'TWD'], ['港币', 'HKD'], ['人民币', 'CNY'], ['新加坡元', 'SGD'], ['新币', 'SGD'], ['新元', 'SGD']];
/** A share written at p: 一半, 三分之二, 3分之2 (a fraction of digits or Chinese numerals), or null. */
function zhShareAt(s: string, p: number, original: string): { value: number; end: number } | null {
  if (s.charCodeAt(p) === 0x4e00 /* 一 */ && s.charCodeAt(p + 1) === 0x534a /* 半 */) return { value: 0.5, end: p + 2 };
  const read = (at: number) => (isZhNumChar(s.charCodeAt(at)) ? readChinese(s, at) : isDigit(s.charCodeAt(at)) ? readArabic(s, at, original) : null);
  const den = read(p);
  if (!den || !den.value || !s.startsWith('分之', den.end)) return null;
  const num = read(den.end + 2);
  if (!num || !Number.isFinite(num.value)) return null;
  return { value: num.value / den.value, end: num.end };
}

/** Measures a Chinese fraction may take the unit of (十亿分之一米, 千分之一秒); not counts, money or percents. */
const FRACTION_OF_UNIT_KINDS = new Set<FigureKind>(['length', 'mass', 'duration', 'power', 'energy', 'area', 'volume', 'data']);
/** What may follow a quarter's year set off by a comma ("the first quarter, 2023.", "Q2, 2022 – from"): punctuation, a spaced dash or the end. */
const YEAR_AFTER_COMMA_ENDS = /^(?:$|[.,;:)\n]| [–—-] )/;
/** "7×24小时运维": round-the-clock service (seven days, twenty-four hours), no amount. */
const ROUND_THE_CLOCK = /^7\s*[×xX*]\s*24\s*(?:小时|小時|h\b|hours?\b)/;
/** A day, month and year with points (17.06.2025), at most two digits each before the year. */
const DOTTED_DAY_MONTH_YEAR = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.]\d|\d|[A-Za-z%])/;
/** Weight wording right before an amount in pounds ("weighing roughly 7,000 pounds", "weighs 2,500 pounds"). */
const WEIGHT_WORDS_BEFORE = /\b(?:weigh(?:s|ed|ing)?|weight of|tipping the scales at)(?: (?:about|around|roughly|nearly|almost|over|more than|less than|up to|some|approximately|an estimated|just|only|a mere|barely|under))* $/i;
/** What "X pounds of …" buys rather than weighs ("£2 billion of investment" written out). */
const MONEY_NOUNS_AFTER_OF = new Set(['investment', 'investments', 'funding', 'spending', 'capital', 'debt', 'revenue', 'revenues', 'sales', 'profit', 'profits', 'cash', 'savings', 'tax', 'taxes', 'contracts', 'contract', 'deals', 'orders', 'public', 'taxpayers', 'government', 'new', 'additional', 'private', 'equity', 'bonds', 'assets', 'losses', 'cuts', 'subsidies', 'grants', 'support', 'value', 'damages', 'it', 'its', 'their', 'the']);
/** "from January to ": a month after "from", then "to" (or "through", "until") right before the next month. */
const FROM_MONTH_TO_BEFORE = /\b[Ff]rom (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? (?:to|through|until|till) $/;
/** The hedges of where a price starts: a floor before money only. */
const STARTING_AT = /^(?:starting|starts?) (?:at|from)$/i;
const MONTH_LEADS = new Set(['in', 'since', 'by', 'until', 'till', 'through', 'from', 'before', 'after', 'during', 'last', 'next', 'this', 'starting', 'beginning']);
/**
 * A plural noun within four words at p, with nothing but words between ("proposed Hays County facilities",
 * "delays"): what "several" counts when the noun is none the recognizer knows.
 */
function pluralNounAhead(s: string, p: number): boolean {
  // ("several US firms": a modifier in capitals too; "several iShares ETFs", "several BlackRock funds": camel-cased
  // names and a plural acronym.)
  // ("several U.S. companies": dotted initials as the modifier.)
  // ("several fast-growing data center hubs": a hyphenated compound is one word.)
  const words = /^([A-Za-z]{2,}(?:-[A-Za-z]+)*|(?:[A-Z]\.){2,3})(?: ([A-Za-z]+(?:-[A-Za-z]+)*|(?:[A-Z]\.){2,3}))?(?: ([A-Za-z]+(?:-[A-Za-z]+)*))?(?: ([A-Za-z]+(?:-[A-Za-z]+)*))?(?![A-Za-z0-9])/.exec(s.slice(p, p + 60));
  for (let k = 1; words && k <= 4 && words[k]; k++) {
    const w = words[k].slice(words[k].lastIndexOf('-') + 1).toLowerCase();
    if (PLURAL_STOPS.has(w)) return false;
    if (w === 'people' || (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w))) return true;
  }
  return false;
}
/** Words that end the look for several's noun: what follows them is no noun of "several". */
const PLURAL_STOPS = new Set(['of', 'the', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'its', 'their', 'this', 'these', 'those', 'times']);
const ZH_HALF_UNITS: [string, number, string][] = [['年', YEAR_S, 'year'], ['个月', MONTH_S, 'month'], ['个小时', 3600, 'hour'], ['小时', 3600, 'hour']];
/** Verbs of duration before a bare 半月 (历时半月, 为期半月). */
const DURATION_VERB_BEFORE_HALF_MONTH = /(?:历时|歷時|长达|長達|持续|持續|为期|為期|耗时|耗時)$/;
/** Time units a half can follow: 两年半, 一天半, 一周半. */
/** After 半年: a report of the half year (半年报, 半年度, 半年财报, 半年業績), no span of time. */
const HALF_YEAR_REPORT_AFTER = /^(?:报|報|度|财报|財報|业绩|業績)/;
const HALF_AFTER = new Set(['year', 'month', 'quarter', 'week', 'day', 'hour']);
/** Second characters of words that start with 半 (半导体, 半岛, 半价…): then 半 is no half. */
const HALF_WORDS = '导岛径价场决';
/** 百分点 (百分點): percentage points, whose 百 is no scale. */
const PERCENTAGE_POINTS_AT = /^百分[点點]/;
/** A rise or fall named earlier in the clause before an index move (漲跌1%就是). */
const CHANGE_EARLIER_IN_CLAUSE = /[涨跌漲升降挫][^，,。；;！？!?：:]*$/;
/** Second characters of words that start with 成 (成本, 成为, 成立…): then 成 is not tenths. */
const CHENG_WORDS = '员本为立交果功长熟品型都绩效年就了';
/** The same after a lone 一 (这一成果, 这一成本), where 成为/成了 may still follow a tenth. */
const ONE_CHENG_WORDS = '果本员就绩效熟功品型交立长都';
const ZHE_WORDS = '合旧叠算射腾返线扣中磨服断损现成';
/** Parts of a month written after it ("6月中旬"); 底/初/末 are single characters. */
const ZH_MONTH_PARTS = ['上旬', '中旬', '下旬', '中下旬', '上中旬'];
const EN_STOP = new Set(['of', 'in', 'on', 'at', 'for', 'to', 'and', 'or', 'with', 'by', 'from', 'across', 'that', 'which', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'will', 'per', 'each', 'into']);
const CHANGE_VERBS = new Set(['rising', 'falling', 'gaining', 'climbing', 'dropping', 'declining', 'sliding', 'slipping', 'losing', 'advancing', 'gained', 'lost', 'advanced', 'increase', 'increased', 'increases', 'rose', 'rise', 'rises', 'grew', 'grow', 'grows', 'raised', 'raise', 'expanded', 'expand', 'boosted', 'boost', 'cut', 'cuts', 'fell', 'fall', 'falls', 'dropped', 'drop', 'jumped', 'jump', 'climbed', 'climb', 'reduced', 'reduce', 'lowered', 'lower', 'surged', 'soared', 'rocketed', 'skyrocketed', 'ballooned', 'spiked', 'plunged', 'slumped', 'tumbled', 'sank', 'went', 'go', 'moved', 'revised', 'shrank', 'declined', 'decline', 'doubled', 'tripled', 'doubles', 'triples', 'quadrupled', 'quadruples', 'double', 'triple', 'quadruple', 'trebled', 'trebles', 'treble', 'improved', 'improve', 'improves', 'worsened', 'deteriorated', 'slipped', 'eased', 'recovered', 'rebounded', 'narrowed', 'widened', 'narrow', 'widen', 'narrows', 'widens', 'scaling', 'scaled', 'scale', 'scales', 'slimmed', 'trimmed', 'pared', 'shaved',
  // (Market reports: "edged up 12.7 points or 0.2 per cent to 6687.7", "added 13.3 points", "shed 0.4 per cent to".)
  'added', 'shed', 'eased', 'firmed',
  // "increasing those plans by ~54% to 43,000 wafers": the progressive forms.
  'increasing', 'raising', 'rising', 'growing', 'expanding', 'boosting', 'cutting', 'reducing', 'lowering', 'lifting', 'lifted', 'falling', 'dropping', 'climbing', 'swelled', 'swells', 'swelling', 'dipped', 'slid', 'rallied', 'retreated',
  // "slashed headcount by 22% to 67,317": strong verbs of cutting.
  'slashed', 'slash', 'slashes', 'slashing', 'axed', 'culled', 'halved',
  // "stretched the life of servers from three to four years": lengths changed.
  'stretched', 'extended', 'lengthened', 'shortened',
  // "AWS reaccelerated from 24% to 28%": growth rates that speed up or slow down.
  'accelerated', 'reaccelerated', 'decelerated', 'accelerating', 'reaccelerating', 'decelerating', 'slowed', 'slowing',
  // "escalating from the current 10 gigawatts to 35 GW", "moving from 59% to 69%".
  'escalating', 'escalated', 'escalate', 'moving',
  // ("shares crashed 20.1% to 27.11", "sagged 3% to 41.20"): falls in market copy.
  'crashed', 'dived', 'dove', 'sagged', 'sunk', 'cratered', 'nosedived', 'spiralled', 'spiraled', 'tanked', 'plummeted', 'zoomed', 'leapt', 'leaped', 'popped',
  // "expected to balloon from 1% to 8%".
  'balloon', 'balloons', 'surge', 'surges', 'soar', 'soars', 'jumps', 'climbs']);
/** Verbs of small moves before up or down in market reports. */
const SMALL_MOVE_VERBS = new Set(['edged', 'inched', 'ticked', 'crept', 'nudged', 'edges', 'inches', 'ticks']);
/** "in the five years to 2030": a length of time up to a bare year is a period and its end, not a range of years' length. */
function yearAfterDuration(uA: UnitHit | null, B: Side, uB: UnitHit | null, s = ''): boolean {
  if (!uA || uA.def.kind !== 'duration' || uB || B.src !== 'ar' || !B.a || B.a.decimal || B.a.grouped) return false;
  // ("the 12 months to 30 June": a day before a month's name ends the period, no top of a range of months.)
  if (B.a.intDigits <= 2 && B.v! >= 1 && B.v! <= 31 && MONTH_NAME_AFTER.test(s.slice(B.end, B.end + 11))) return true;
  return B.a.intDigits === 4 && isYear(B.v!);
}
/** A month's name after a space: "30 June", "31 Mar". */
const MONTH_NAME_AFTER = /^ (?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
/** A stock exchange's name and a colon before a listing code (BSE: 515055, NYSE: 1234). */
const EXCHANGE_NAME_COLON = /(?:^|[^A-Za-z])(?:BSE|NSE|NYSE|HKEX|SEHK|SGX|KRX|KOSDAQ|TWSE|TPEx|ASX|LSE|TSX|SSE|SZSE|TYO|TSE)\s?[:：]\s?$/;

/** The second side of a range of slash fractions: 至1/20, -1/5 (then no digit, slash or point). */
const FRACTION_RANGE_SIDE = /^(?:至|到|~|～|-|–)(\d{1,3})\/(\d{1,4})(?![\d/.,])/;

/** Fractions' denominators, singular ("a third") and plural ("two-thirds"). */
const FRACTION_DENOMINATORS = new Map([['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10]]);
// Rarer shares, hyphenated only ("three-fourths of the revenue", "one-fifteenth of a teaspoon", "one-hundredth of the cost"; a lone "fourth" is an ordinal).
for (const [w, d] of [['fourth', 4], ['twelfth', 12], ['fifteenth', 15], ['twentieth', 20], ['hundredth', 100], ['thousandth', 1000]] as const) FRACTION_DENOMINATORS.set(w, d).set(`${w}s`, d);
/** First letters of the shares (third, quarter, fifth, tenth, half), in either case. */
const SHARE_FIRST = 'tqfhTQFH';
/** Words that may follow such a share: the rest of the clause, no noun ("by a quarter to $164.6 million", "by half in 2025"). */
const SHARE_NEXT = new Set([...EN_STOP, 'since', 'over', 'compared', 'year', 'last', 'this', 'after', 'while', 'as', 'between', 'than', 'but', 'so', 'amid', 'within', 'during']);
SHARE_NEXT.delete('of');
/** Verbs of change before "by" + a share ("increased by a quarter", "was up by a third", "have fallen by half"). */
/** Participles that, like a change verb, make "from X to Y" a change: "growing from 1 GW to 8 GW", "has risen from". */
const CHANGE_PARTICIPLES = new Set(['growing', 'rising', 'increasing', 'falling', 'declining', 'climbing', 'jumping', 'surging', 'soaring', 'dropping', 'expanding', 'shrinking', 'risen', 'grown', 'fallen', 'decreased', 'decreasing', 'shrunk', 'ballooning', 'doubling', 'tripling', 'revising', 'revise', 'revises', 'raising', 'lowering', 'cutting', 'boosting', 'reducing', 'lifting', 'lifted', 'hiking', 'hiked']);
/** A change verb or participle ("rose", "growing", "has risen"). */
const isChangeWord = (w: string | null): boolean => w !== null && (CHANGE_VERBS.has(w) || CHANGE_PARTICIPLES.has(w));
const SHARE_CHANGE_VERBS = new Set([...CHANGE_VERBS, 'up', 'down', 'risen', 'fallen', 'grown', 'slashed', 'decreased', 'decrease', 'increasing', 'rising', 'growing', 'falling', 'shrunk', 'gained', 'plunged', 'slumped', 'jumped', 'widened', 'narrowed']);

/** Time words after 上一/下一 (上一年度, 下一季度, 上一个月). */
const RELATIVE_TIME_WORDS = new Trie<true>();
for (const w of ['年', '季', '个月', '個月', '月', '周', '週', '星期', '财年', '財年', '期', '轮', '輪', '天', '日']) RELATIVE_TIME_WORDS.add(w, true);
/** 本财年, 上财政年度, 本會計年度 (folded; Taiwan's word): a fiscal year named relatively. */
const RELATIVE_FISCAL_YEAR = /^[本上今去明](?:财(?:年|政年度)|会计年度)/;
/** 首10个月, 前九个月: the first months of a year, after a fiscal year named relatively. */
const FIRST_MONTHS_OF_YEAR = /^[首前](?:1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])个月/;
/** A day of the month with 号 inside brackets: (24號), （3号）. */
const DAY_IN_BRACKETS = /^(\d{1,2})[号號](?=[)）])/;
/** Right before such a bracket: a word of the day (今, 明天, 昨日, 周五, 星期一). */
const DAY_WORD_BEFORE_BRACKET = /(?:[今明昨前]|[今明昨前后後][天日]|[周週][一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|禮拜[一二三四五六日天])$/;
/** After 年中: a word it qualifies (年中总结, 年中报告, 年中预测, 年中大促, 年中盘点, 年中会议, 年中考核): no period. */
const MIDYEAR_KIND_AFTER = '总報报预預盘盤会會考大';
/** After 年度底: 底 starts a word (底薪 base pay, 底价 floor price, 底线 bottom line). */
const BASE_WORD_AFTER_DI = '薪价價线線';
/** Characters before 上 that make it the end of a verb or a word (遇上, 加上, 达上, 马上, 以上), not 上年 "last year". */
const VERB_ENDING_IN_SHANG = '遇加赶趕跟排爬登达達走马馬向往以之迈邁踏升冲衝涨漲看北南線线網网市晚早';
/** What follows 上一年 when it is last year: 全年, 同期, 年底, 年初, 第 (a quarter). */
const YEAR_PART_AFTER = /^(?:全年|同期|年底|年初|年末|第)/;
/** Words after which 上/下 starts a word (比上一年, 与下一季度), rather than ending one (线上, 加上). */
const RELATIVE_LEADS = '较比与和跟同于在从自至到的为是对及或而但并将即';
/** Cylindrical battery cell formats (diameter and length in mm: 18650 is 18 × 65.0). */
const CELL_FORMATS = new Set([14500, 18650, 21700, 26650, 32700, 4680, 4695, 46800, 46950, 46120]);
const CELL_FORMAT_AFTER = /^\s?(?:规格|規格|[电電](?:池|芯)|大?[圆圓]柱|[锂鋰]|[Cc]ells?\b|[Bb]atter(?:y|ies)\b|型)/;
/** Words after N度 that make it an angle: 360度无死角, 180度旋转, 360度全景, 90度角. */
/** After 年中期: what makes it the interim results (业绩, 收入, 报告 …), the year alone. */
const INTERIM_RESULTS_AFTER = /^(?:业绩|業績|收入|营收|營收|报告|報告|财报|財報|利润|利潤|股息|派息|净利|淨利|分红|分紅|亏损|虧損)/;
/** A bracketed 元 after a magnitude (20亿(元)). */
const BRACKETED_YUAN = /^[(（]元[)）]/;
/** An industrial park or science park after a place's name (五股工业园区, 八德工业区). */
const INDUSTRIAL_PARK_AFTER = /^(?:工[业業](?:园|園|区|區)|科技园|科技園|科学园|科學園)/;
/** After the numeral of a quoted policy's name: articles, an issue or a clause, then the closing quote (“数据二十条”). */
const QUOTED_NAME_END = /^[条號号款章项項][”」』"]/;
/** A character that may start a figure (an Arabic digit or a Chinese numeral). */
const FIGURE_START = /^[0-9〇零一二两兩三四五六七八九十百千万萬亿億几幾数數半]/;
/** The counted nouns 家 may count (a firm's sites; the store has no noun for firms). */
const FIRM_NOUNS = new Set(['data center', 'site', 'campus']);
/** Before a number glued to 厂: what makes it a count of plants, not a plant's name (建2厂, 共3厂). */
const PLANT_COUNT_VERBS = '建设設有了共个個座间間家第';
/** Classifiers after which three digits following 万 are its lower places, the 零 dropped (2萬210張, 6萬400枚). */
const DROPPED_ZERO_CLASSIFIERS = '張张枚台臺片颗顆块塊个個辆輛套座架部名人户戶家位';
/** Verbs after 度 and a small count that make it a number of times (5度延期, 两度暂停), not kilowatt-hours. */
const TIMES_VERB_AFTER = /^(?:延[期后後长長]|推[迟遲延]|[暂暫]停|叫停|喊停|停[工摆擺]|[上下][调調]|[调調][升降高低涨漲]|加息|降息|易主|流[标標拍]|[获獲]|[夺奪]|[蝉蟬][联聯]|入[选選]|[访訪]|[当當][选選]|[跌突][破]|改[期名]|修[改正]|[举舉]办|[举舉]行|[发發][生布]|出[手任现現])/;
const ANGLE_AFTER = /^(?:[无無]死角|全景|[环環][景绕繞视視]|旋[转轉]|[视視]角|[转轉][弯彎向身]|大[转轉]|角|的?[视視]野|翻[转轉])/;
/** What follows 三元 when it names a chemistry (三元锂电池, 三元正极材料, 三元熔盐), not three yuan. */
const TERNARY_AFTER = /^(?:[锂鋰]|电池|電池|材料|正[极極]|前[驱驅]|[圆圓]柱|[软軟]包|方形|高[镍鎳]|体系|體系|[电電]芯|[动動]力|熔[盐鹽]|催化|合金|共聚)/;
/** Currency words after which 兆 is a trillion (16.39兆元, 9.6兆令吉 in Malaysian copy). */
const ZHAO_CURRENCIES = '元|美元|日元|日圆|韩元|韩圜|新?台币|港元|港币|欧元|令吉|林吉特|马币|新元|新币|澳元|英镑|人民币|印尼盾|越南盾|卢比|泰铢';
const ZHAO_MONEY_AFTER = new RegExp(`^(?:${ZHAO_CURRENCIES})`);
/** 兆 opening a range whose second side is money: 3兆至4兆美元. */
const ZHAO_MONEY_RANGE_AFTER = new RegExp(`^(?:至|到|-|–|~|～) ?[\\d.,]+ ?兆(?:${ZHAO_CURRENCIES})`);
/** 连续, 连升, 连跌 … right before p, where N日 is a run of days (恒指連升2日, 连续3日), not the day of a month. */
// (连3日下跌: 连 right before the number too.)
const runOfDaysBefore = (s: string, p: number): boolean => s[p - 1] === '连' || s[p - 1] === '連' || ((s[p - 2] === '连' || s[p - 2] === '連') && '续續升涨漲跌降增挫阳陽阴陰红紅黑'.includes(s[p - 1] ?? '_'));
/** Words of calling right before a phone number (致電, 电话, 热线, call, tel). */
const PHONE_WORD_BEFORE = /(?:致電|致电|電話|电话|熱線|热线|專線|专线|(?<![A-Za-z])(?:call|Call|tel|Tel|TEL|phone|Phone)[.:]?)\s?[:：]?\s?$/;
/** Before "six figures": verbs of earning or reaching (a size in digits), and the words of a range of them. */
const DIGITS_REACHED_BEFORE = new Set(['earn', 'earns', 'earned', 'earning', 'make', 'makes', 'made', 'making', 'crack', 'cracks', 'cracked', 'hit', 'hits', 'reach', 'reaches', 'reached', 'into', 'pay', 'pays', 'paid', 'high', 'low', 'mid']);
/** Units a bare Chinese numeral of a list may take from the next member (三、四倍, 二、三成, 五、六折, 四十二、三十年). */
const ZH_LIST_UNITS = '倍成折年';
/** After 年 in such a list: words that make it no length of time (二、三年级, 五、六年代). */
const LIST_YEAR_WORD_SECOND = '级級代度底初中末';
/** Idioms written with numerals (read folded: 千家萬戶 is 千家万户), no figures. */
const ZH_NUMERAL_IDIOMS = new Trie<true>();
for (const w of ['千家万户', '千方百计', '千辛万苦', '千军万马', '千变万化', '千千万万', '千丝万缕', '千差万别', '千载难逢', '万无一失', '万众一心', '万水千山', '一五一十', '三心二意', '七上八下', '十全十美', '四面八方', '五湖四海', '百花齐放', '一干二净', '九牛一毛', '一石二鸟', '一举两得', '三番五次', '七嘴八舌', '万里长城', '百家争鸣', '百家争鳴', '百家乐', '百花齊放', '千行百业', '千行百業', '百舸争流', '百舸爭流', '三分天下', '一家独大', '一家獨大']) ZH_NUMERAL_IDIOMS.add(w, true);
/** Second characters of words opened by 电 (电力, 电网, 电价, 电费, 电量): after 度 it is no 度电. */
const ELECTRICITY_WORD_SECOND = '力网網价價费費量';
/** Before and after N季度: words that make it a number of quarters (连续4季度, 未来2季度, 4季度以来). */
const QUARTERS_RUN_BEFORE = /(?:连续|連續|未来|未來|过去|過去|最近|近|前|后|後|每|这|這|个|個)$/;
const QUARTERS_RUN_AFTER = /^(?:来|來|以|内|內|之|后|後|左|多|的时间|的時間)/;
/** Before N日: words that make it a number of days (前120日均价, 近30日, 过去30日). */
const DAYS_LEAD = /(?:前|近|过去|過去|最近|期限为|期限為|为期|為期)$/;
/** Words of comparison before 前一 + a time word (较前一年, 比前一月, 與前一季度). */
const COMPARISON_LEADS = '较較比与與跟同';
/** People after 数位, where it is "several" + the classifier 位 (数位专家, 数位投资人); otherwise 数位 is "digital". */
const PERSON_AFTER_SHUWEI = new Trie<true>();
for (const w of ['专家', '投资人', '投资者', '员工', '高管', '分析师', '学者', '官员', '客户', '董事', '议员', '业者', '业内', '人士', '知情', '用户', '网友', '工程师', '科学家', '研究员', '创办人', '创始人', '嘉宾', '代表', '领导', '老师', '教授', '学生', '医生', '记者', '律师', '经理', '主管', '负责人', '股东', '华人', '同事', '朋友', '候选人', '部长', '首长', '市长', '立委', '院士', '企业家', '创业者', '开发者', '受访者', '参与者', '消息人士', '前', '曾', '来自', '重量级', '资深', '知名', '业界', '产业界', '国际', '外国', '美国', '日本', '台湾', '中国', '海外', '年轻', '女性', '男性']) PERSON_AFTER_SHUWEI.add(w, true);
/** What follows 数 in the words 数据, 数字, 数量, 数学. */
const NOT_SEVERAL_AFTER_SHU = '据字量学';
/** Characters before 数 that end a word with it (指数, 参数, 人数, 倍数, 函数, 全数 "all", 颗数 …): no "several" there. */
const NOUN_BEFORE_SHU = '指函倍参基系次分总人岁度台家件笔户天票点个颗张变常整奇偶实虚素质全';
/** Those of them that are classifiers, and what counts with a classifier right before one. */
const CLASSIFIER_BEFORE_SHU = '台家件笔户天票点个颗张';
const COUNTING_BEFORE_CLASSIFIER = '一二两兩三四五六七八九十这這那每该該此首';
/** Standards bodies whose numbers name a standard (ISO 14001, IEC 62443, IEEE 802). */
const STANDARD_BODIES = new Set(['iso', 'iec', 'ieee', 'ansi', 'astm', 'itu']);
/** Model suffixes after a product number ("RTX 5060 Ti", "RX 7900 XTX"): the number is a name. */
const MODEL_SUFFIX = /^ (?:Ti|SUPER|Super|XTX|XT)(?![a-z])/;
/** A phone's or a laptop's edition after a sibling model's number: " Pro", " Pro Max", " Air". */
const MODEL_EDITION_AFTER = /^ (?:Pro|Max|Ultra|Plus|Air|mini|Lite|SE)(?![A-Za-z])/;
/** Companies whose names open with 万 or 亿, named even after a word of comparison (润泽科技略高于万国数据). */
const MAGNITUDE_NAMES = /^(?:万国数据|萬國數據|万科|萬科|万达|萬達|万向|萬向|亿航|億航|亿纬|億緯|亿联|億聯)/;
/** Abbreviations whose point ends no sentence ("vs. 190 bps expected"). */
const ABBREVIATION_BEFORE_POINT = /(?:^|[^A-Za-z])(?:vs|approx|est|incl|excl|ca|cf)$/i;
/** Words that make a following "bps" basis points rather than bits per second. */
const FINANCE_WORDS = /\b(?:margins?|spreads?|yields?|rates?|coupons?|SOFR|LIBOR|Treasur(?:y|ies)|bonds?|basis|tranches?|price talk|CDS|percent|percentage|hike[ds]?|cuts?|OCR)\b|%/i;
/** Memory after a process node named like 1b ("1b DRAM", "1b LPDDR5"): the b is no billion. */
/** A change word right before a number with a bare bps ("up 150bps"), or a comparison after it ("150 bps YoY"). */
const BPS_CHANGE_BEFORE = /\b(?:up|down|rose|fell|widened|narrowed|tightened|expanded|contracted|improved|declined|increased|decreased|jumped|slipped|dropped|gained|by|(?:growth|expansion|contraction|improvement|decline|increase|decrease) of)\s+$|(?<![\d,.])\d{1,3}\s?bps to\s+$/i;
// ("340 bps higher than last quarter": a comparison with a period.)
// ("Cuts OCR 50bps to 2.50%": a change in basis points to a rate's new level.)
const BPS_COMPARISON_AFTER = /^\s*(?:to\s+\d{1,2}(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)|YoY|QoQ|y\/y|q\/q|year[- ]over[- ]year|year[- ]on[- ]year|sequentially|from a year|to (?:[a-z-]+ ){0,2}(?:growth|margins?|EPS|earnings)\b|(?:higher|lower|above|below|better|worse) than (?:(?:the |a )?(?:last|prior|previous|same) (?:quarter|year|period)|a year (?:ago|earlier)))/i;
/** A per-unit of energy or power after a glued c ("3.5c/kWh", "8.2c per kWh", "9c a kilowatt-hour"). */
/** A currency word in a compound adjective counts no money: "six euro-denominated tranches", "dollar-based". */
const CURRENCY_COMPOUND_AFTER = /^-(?:denominated|based|linked|pegged)\b/i;
/** What joins the members of an English list: a comma, and the last "and" or "or". */
const ENGLISH_LIST_JOIN = /^(?:, (?:and |or )?| and | or )/;
/** An amount's scale word just before: "3 billion euro-denominated bonds" stays EUR 3 billion. */
const SCALE_WORD_BEFORE = /(?:illion|\d[bm]n?)\s*$/i;
const CENTS_PER_UNIT_AFTER = /^(?:\/|\s?(?:per|a)\s)(?:kWh|MWh|kW|kilowatt)/i;
/** A multiple of earnings named before a bare number ("a P/E of 60", "forward price-to-earnings ratio of 45"). */
// ("a high price-to-earnings (P/E) ratio of 93.5", "P/E ratio of just 17": the bracket before "ratio", an adverb after "of".)
const EARNINGS_MULTIPLE_BEFORE = /(?:\bP\/E|\bPE|price[- ]to[- ](?:earnings|sales)|EV\/EBITDA|\b(?:earnings|sales|revenue|EBITDA) multiple|市盈率|本益比)(?:\s*[(（][^()（）]{1,4}[)）])?(?:\s+ratio)?(?:[(（][^()（）]{1,4}[)）])?\s*(?:of|at|is|was|to|达|為|为|約|约|[:：])?(?:\s+(?:just|only|nearly|about|around|roughly))?\s*$/i;
/** Margin, share or rate wording in the clause before a number ("operating margin by", "market share fell"). */
const SHARE_WORDING_BEFORE = /\b(?:margins?|market share|share|rates?|yields?|utili[sz]ation|penetration)\b[^.;:!?]{0,40}$/i;
/** A quarter's year after its hyphen: four digits, or two not followed by a decimal, a percent or another member. */
const HYPHEN_YEAR_AFTER = /^(?:\d{4}(?![\w-])|\d{2}(?![\w%-]|[.,]\d))/;
/** A percent after a fraction glyph: "¾ percent", "½ per cent", "¼%", "½ percentage point". */
const GLYPH_PERCENT_AFTER = /^\s?(?:%|per\s?cent(age\s+points?)?\b|percent(age\s+points?)?\b)/i;
/** Basis points after 个 (12个BP, 6个bps). */
const BP_AFTER_GE = /^(?:bps?|BPS?)(?![A-Za-z0-9])/;
// ("the more advanced 1b or 1c processes": a node listed with its sibling, or before process or node.)
const MEMORY_NODE = /^[ -]?(?:DRAM|LPDDR|DDR|HBM|GDDR|制程|工艺|节点|nm)|^ ?(?:or|and|,|\/) ?1[a-d](?![A-Za-z0-9])|^ (?:process(?:es)?|nodes?)\b/;
/**
 * After "1.6T", a link speed (1.6 Tb/s) names a class of optics or switch, as "800G" does: no trillion.
 * Another speed may come between ("1.6T and 3.2T transceivers", "1.6T/3.2T光模块"). Chinese copy writes
 * trillions as 万亿, so a T glued to Chinese (1.6T出货量, 2.5T的数据), or typeset one space apart (1.6T 等高速率光模块), is never one either.
 */
// ("1.6T Datacom transceivers": a product line's capitalised word may stand between.)
const LINK_SPEED_NOUN = /^(?:\s*(?:and|or|to|,|、|和|及|与|\/)\s*\d{1,3}(?:\.\d)?[GT])?[ -]?(?:[A-Z][a-z]+ (?=transceivers?|modules?|optics))?(?:可插拔|pluggable )?(?:光模块|光模组|光器件|模块|模组|光互联|硅光|交换机|交换器|端口|以太网|optical|optics|transceivers?|modules?|ports?|switch(?:es|ing)?|CPO|LPO|LRO|AOC|AEC|DAC|OSFP|QSFP|co-packaged|Ethernet|interconnects?|links?|connections?|speeds?|NICs?|DSPs?|SerDes|networking)/i;
/** A link speed ("800GbE remains the growth engine, while 1.6T has begun ramping"): a T later in its sentence is one too. */
const LINK_SPEED_BEFORE = /(?<![\w.])(?:100|200|400|800|1600)G(?:bE|b\/s|bps)?(?![A-Za-z0-9])|(?<![\w.])\d(?:\.\d)?T[ -]?(?:optics|optical|transceivers?|modules?|光模块|模块|硅光|光引擎|交换机)/;
/**
 * Chinese change verbs, maybe with 了, ending right before a figure: they make 一倍 a figure (增长一倍,
 * 涨了一倍) and an amount before 至 a change rather than a range's first side (小涨15元至1,175元).
 * One character stands for its compounds (涨: 上涨, 小涨, 调涨; 升: 上升, 提升, not 公升).
 */
/** 比 … 高 (or 低, 多, 少) right before a multiple, in one clause. */
const COMPARATIVE_AFTER_BI = /[比較较][^，,。；;：:！？]{1,20}[高低多少]$/;
// (比一厂多了一倍: 多了 compares, as 多出.)
const ZH_CHANGE_VERB = /(?:增长|增加|提高|扩大|扩张|擴張|收窄|加大|增至|翻了|高出|多出|多了|成长|减少|降低|下滑|回落|上调|下调|[涨跌增减降]|(?<!公)升)了?$/;
/** CJK characters that can start a figure (numerals, 数/几/上/成/半, 第, 翻, 今/明/去, 年/上/下 parts, currency words). */
const CJK_START = new Uint8Array(0xa000 - 0x4e00);
/** Place words after which a digit pair stands for the next lower place (二十五六, 一万五六千). */
const PAIR_PLACES = new Map<number, number>([['十', 10], ['百', 100], ['千', 1000], ['万', 1e4]].map(([c, v]) => [(c as string).charCodeAt(0), v as number]));
/** What 三五 (three to five) comes before: classifiers, time words, 成 (tenths). */
const THREE_FIVE_BEFORE = '年个家天日月周次位名人台座条项种块成倍';
for (const ch of '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅数几上成半第翻倍今明去后前年下好首双减元次兆本') {
  const c = ch.charCodeAt(0);
  if (c >= 0x4e00 && c < 0xa000) CJK_START[c - 0x4e00] = 1;
}
for (const c of ZH_CURRENCY_FIRST) CJK_START[c - 0x4e00] = 1;
/** Capitalised words that do not name a thing before a number ("In 2 years", "About 5 sites"). */
const NAME_STOP = new Set([
  'in', 'on', 'at', 'by', 'of', 'to', 'for', 'from', 'with', 'within', 'after', 'before', 'about', 'around', 'over', 'under', 'some',
  'nearly', 'almost', 'only', 'just', 'all', 'up', 'than', 'and', 'or', 'but', 'the', 'another', 'roughly', 'approximately', 'above',
  'below', 'past', 'least', 'most', 'many', 'much', 'last', 'next', 'first', 'top', 'those', 'these', 'its', 'their', 'our', 'his',
  'her', 'another', 'every', 'each', 'per', 'plus', 'minus', 'until', 'till', 'since', 'during', 'through', 'across', 'into',
  'towards', 'toward', 'between', 'among', 'as', 'is', 'are', 'was', 'were', 'be', 'has', 'had', 'have', 'will', 'would', 'could',
  'should', 'may', 'might', 'can', 'did', 'does', 'do', 'hit', 'add', 'adds', 'added', 'buy', 'bought', 'sell', 'sold', 'use', 'uses',
  'used', 'run', 'runs', 'ran', 'only', 'even', 'then', 'now', 'so', 'if', 'when', 'while', 'where', 'total', 'totalling', 'totaling',
]);
/** Latin maker names allowed between a Chinese classifier and its noun (10万块Nvidia GPU). */
const ZH_LATIN_MAKERS = new Set(['nvidia', 'amd', 'google', 'huawei', 'intel', 'broadcom', 'amazon', 'aws', 'qualcomm', 'samsung', 'cerebras', 'groq']);
const NOT_PLURAL = new Set(['this', 'thus', 'was', 'has', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'less', 'across', 'plus', 'minus', 'unless', 'whereas', 'does', 'is', 'us', 'yes', 'always', 'perhaps', 'towards', 'besides', 'times', 'years', 'months', 'days', 'weeks', 'hours']);
const ZH_WEEK_BEFORE = ['星期', '礼拜', '周'];
/** The numerals that name a weekday after 周, 星期, 礼拜; and the ones a count after a weekday opens with (周一两只, 周三三家). */
const WEEKDAY_NUMERALS = '一二三四五六';
const WEEKDAY_THEN_COUNT = '两兩三四五六七八九十';
/** Chinese names that take a number as part of the name: 标普500, 昇腾910, 巨像2号. */
const ZH_NAMES_BEFORE_NUMBER = ['千问', '通义', '文心', '混元', '豆包', '盘古', '星火', '龙芯', '飞腾', '标普', '纳指', '罗素', '富时', '日经', '恒指', '波音', '空客',
  // Chip lines: 思元590 (Cambricon), 倚天710 and 含光800 (Alibaba), 天玑9400 (MediaTek), 马赫100 (Li Auto), 征程6 (Horizon).
  '思元', '倚天', '含光', '天玑', '马赫', '征程',
  // Sugon's machines: 曙光6000, 曙光5000A.
  '曙光',
  // Stock indexes named by their number of members (科创50指数, 沪深300, 中证1000, 上证50, 创业板50).
  '科创', '沪深', '中证', '上证', '深证', '创业板', '北证', '纳斯达克', '昇腾', '鲲鹏', '麒麟', '骁龙', '天河', '神威', '巨像', '天宫', '神舟', '长征', '嫦娥', '星舰',
  // Video and image models: 可灵2.5 (Kuaishou's Kling), 即梦3.0 (ByteDance), 海螺02 (MiniMax).
  '可灵', '可靈', '即梦', '即夢', '海螺'];

/** By code unit: a Chinese string key was looked up (and interned) for every numeral scanned. */
const ZH_BAD_AFTER = new Map<number, string>(Object.entries({ 三: '星心', 十: '足', 百: '度姓货', 万: '一物事分', 四: '处', 五: '角湖', 九: '州', 千: '秋', 七: '嘴', 八: '卦' }).map(([k, v]) => [k.charCodeAt(0), v]));

const YEAR_S_ = YEAR_S;

/** English words that can start a figure ("two", "a", "dozens", "tripled" …; "-fold" words aside). */
const EN_FIGURE_WORDS = new Set<string>([
  ...EN_SMALL.keys(), ...EN_BIG.keys(), 'a', 'an', 'another', 'half', 'several', 'dozens', 'tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'quadrillions',
  'dozen', 'double', 'doubled', 'doubling', 'doubles', 'triple', 'tripled', 'tripling', 'triples', 'quadruple', 'quadrupled', 'quadrupling', 'quadruples', 'twice', 'few', 'hundred',
  'treble', 'trebled', 'trebling', 'trebles', 'halved', 'halving',
]);
/** Multiplying words: ratios ("doubled", "triples", "will quadruple", "twice"). */
const MULTIPLY_VERBS = new Map<string, number>([
  ['double', 2], ['doubled', 2], ['doubling', 2], ['doubles', 2], ['twice', 2], ['triple', 3], ['tripled', 3], ['tripling', 3], ['triples', 3],
  ['quadruple', 4], ['quadrupled', 4], ['quadrupling', 4], ['quadruples', 4],
  // British copy trebles ("would more than treble that demand").
  ['treble', 3], ['trebled', 3], ['trebling', 3], ['trebles', 3],
  // "the rate of increase has halved" (as 减半).
  ['halved', 0.5], ['halving', 0.5],
]);
/** An area's wording shortly before a number (面積, 樓面, 佔地, 地皮). */
const AREA_WORDS_BEFORE = /(?:面积|面積|楼面|樓面|占地|佔地|地皮|地盘|地盤)[^，,。；;]{0,6}$/;

/** A lower-case plural word at q ("requests", "signatories"; not "is", "was", "its", "us", "less"). */
function unknownPluralAt(s: string, q: number): boolean {
  const e = wordEnd(s, q);
  if (e - q < 4 || s.charCodeAt(e - 1) !== 115 /* s */) return false;
  const w = s.slice(q, e);
  return e - q >= 4 && /^[a-z]+s$/.test(w) && !/(?:ss|us|is)$/.test(w) && !NOT_PLURAL.has(w) && s.charCodeAt(e) !== 39 && s.charCodeAt(e) !== 0x2019;
}

/** A multiplying verb and or/and right before a word ("doubles or triples"). */
const MULTIPLIER_VERB_BEFORE = /\b(?:doubles|doubled|triples|tripled|quadruples|quadrupled)\s+(?:or|and)\s+$/i;
/** Words before which "doubles", "triples" are nouns (tennis, baseball), not a present-tense verb. */
const PLURAL_NOUN_LEADS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'mixed', 's', 'of', 'in', 'and', 'or', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'no']);
/** English words that can start a part of a year ("early 2026", "first half", "fiscal 2025"). */
/** "the end of the first quarter", "the start of the fourth fiscal quarter of 2025" (final is the fourth). */
const END_OF_QUARTER = /^ (?:the (first|second|third|fourth|final) (?:fiscal )?quarter|Q([1-4]))(?: of)?(?: (\d{4}))?(?![A-Za-z0-9])/i;
const ORDINAL_QUARTERS = ['first', 'second', 'third', 'fourth', 'final'];
const EN_PERIOD_WORDS = new Set(['early', 'mid', 'late', 'end', 'start', 'beginning', 'close', 'middle', 'first', 'second', 'third', 'fourth', 'final', 'last', 'fiscal', 'financial', 'front', 'back', 'initial', 'latter']);
/** "the last quarter of 2026": last as final only before a part of a named year ("last quarter" alone is the previous one). */
/** "the last three months of 2025": the closing months or quarters of a named year. */
const LAST_PERIODS_OF_NAMED_YEAR = /^ (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:months|quarters) of (?:the )?(?:fiscal (?:year )?|calendar (?:year )?)?\d{4}\b/i;
const LAST_PART_OF_YEAR = /^ (?:quarter|half) of (?:the )?(?:fiscal (?:year )?|calendar (?:year )?)?\d{4}\b/i;
/** "the back half of 2023", "the front half of next year", "the latter half of 2025", "the initial half": halves, only before a year. */
const FRONT_BACK_HALF = /^ half of (?:\d{4}\b|the year\b|this year\b|next year\b|fiscal\b|FY)/i;

/** Every word atLatin looks up by its lower-cased spelling (besides words ending in "fold"). */
const EN_LOOKUP_WORDS = [...EN_FIGURE_WORDS, ...MONTHS.keys(), ...EN_PERIOD_WORDS, 'year', 'midyear', 'spring', 'summer', 'autumn', 'fall', 'winter', 'post', 'pre'];
const LOOKUP_MAX_LENGTH = Math.max(...EN_LOOKUP_WORDS.map((w) => w.length));
/** Marks each (length, first letter, last letter) that some lookup word has: most words of running
 *  English text fail this test, and so are neither sliced nor lower-cased. */
const LOOKUP_SHAPES = new Uint8Array((LOOKUP_MAX_LENGTH + 1) * 676);
for (const w of EN_LOOKUP_WORDS) LOOKUP_SHAPES[w.length * 676 + (w.charCodeAt(0) - 97) * 26 + (w.charCodeAt(w.length - 1) - 97)] = 1;

/** Whether the Latin word s[i, end) may be a lookup word or end in "fold" (ASCII case-blind). */
/** Currency words that copy title-cases right after an amount (`2,599 Yuan`, `500 Euros`); not Won, Real or Rand, words too. */
const TITLE_CASE_CURRENCY = /^(?:Yuan|Yen|Euros?|Dollars?|Rupees?|Renminbi|Ringgit|Baht|Dirhams?|Riyals?)$/;

/** After a glued x: a number with a unit of power, energy or bytes, or a link speed (`336MW`, `16GB`, `800G`), or a chip model (`H100`). */
// (國能岳陽電廠2x1000兆瓦, 四期1x66萬千瓦: Chinese units of power too.)
const GLUED_TIMES_RIGHT = /^(?:\d+(?:\.\d+)?(?:[kMGT]Wh?|[KMGTP]B|G|[万萬]?(?:千瓦|兆瓦|吉瓦|瓩))|(?:[ABHL]|GB|MI)\d{2,3}[A-Z]?)(?![A-Za-z0-9])/;

/**
 * "2x336MW", "8x16GB", "64x800G": an ASCII x glued between a whole count and a number with its unit multiplies
 * them, as × does (not the names and sizes 8x7B, 2x200GbE, 1920x1080, nor hex 0x1F).
 */
function gluedTimesAt(s: string, x: number): boolean {
  const c = s.charCodeAt(x);
  if (c !== 120 && c !== 88) return false;
  let k = x - 1;
  while (isDigit(s.charCodeAt(k))) k--;
  if (k === x - 1 || (k === x - 2 && s.charCodeAt(x - 1) === 48)) return false;
  const before = s.charCodeAt(k);
  return !isAlnum(before) && before !== 46 && before !== 45 && GLUED_TIMES_RIGHT.test(s.slice(x + 1, x + 12));
}

function mayBeLookupWord(s: string, i: number, end: number): boolean {
  const len = end - i;
  if (len >= 4 && startsWithAsciiCI(s, end - 4, 'fold')) return true;
  if (len > LOOKUP_MAX_LENGTH) return false;
  return LOOKUP_SHAPES[len * 676 + ((s.charCodeAt(i) | 32) - 97) * 26 + ((s.charCodeAt(end - 1) | 32) - 97)] === 1;
}

/**
 * What reading a paragraph leaves for the later paragraphs of its draft: a Minguo (ROC) year was read,
 * so their bare ones (在116年) are years too. Paragraphs are read one by one (recognizeFigures, the
 * server's memo); this is all that passes from one to the next.
 */
export interface ReadingState {
  minguo: boolean;
}

export function scanFigures(text: string, state?: ReadingState): Figure[] {
  const sc = new Scanner(text);
  if (state) sc.minguoSeen = state.minguo;
  sc.run();
  if (state) state.minguo = sc.minguoSeen;
  return sc.out;
}

class Scanner {
  readonly s: string;
  readonly o: string;
  readonly n: number;
  readonly out: Figure[] = [];
  private lastEnd = 0;
  /** The start of a side being read again without a range after a range that ran downwards (bail). */
  private singleAt = -1;
  /** A Minguo (ROC) year was read, here or in an earlier paragraph: later bare ones (在116年) are years too. */
  minguoSeen = false;
  private skipLineFrom = -1;
  /** End of the last number read as part of a name (SGP 7): a list's next number continues it. */
  private nameNumberEnd = -1;
  /** An endnote digit glued to a year just read ("as of Q1 20251."), passed over. */
  private endnoteAt = -1;

  constructor(text: string) {
    this.o = text;
    this.s = normalizeWidth(text);
    this.n = text.length;
  }

  run(): void {
    const { s, n } = this;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      let next = i + 1;
      if (isDigit(c)) next = this.atNumeral(i);
      else if (isLatin(c)) {
        next = gluedTimesAt(s, i) ? i + 1 : this.atLatin(i);
        // "Trainium3 and 4 designs": a capitalised name's one or two glued digits, for the list rule (nameNumberEnd).
        if (isDigit(s.charCodeAt(next - 1)) && isUpper(c) && gluedNameNumber(s, i, next)) this.nameNumberEnd = next;
      } else if (c >= 0x4e00 && c < 0xa000) next = CJK_START[c - 0x4e00] ? this.atCJK(i) : i + 1;
      // ○點一三四元, ○．七五元: a zero written 〇 or ○ before a decimal point opens a Chinese numeral.
      else if ((c === 0x3007 || c === 0x25cb) && (s.charCodeAt(i + 1) === 0x70b9 /* 点 */ || s.charCodeAt(i + 1) === 0x9ede /* 點 */ || s.charCodeAt(i + 1) === 46 /* ． after normalizeWidth */) && isZhNumChar(s.charCodeAt(i + 2))) next = this.atNumeral(i);
      else if (isCJK(c)) next = i + 1;
      else if (isCurrencySign(c)) next = s.charCodeAt(i + 1) === 40 ? this.bracketedNegative(i) : strayDollarBeforePercent(s, i) ? i + 1 : this.atNumeral(i);
      // "the .8% annual increase": a percent written without its leading zero.
      else if (c === 46 && isDigit(s.charCodeAt(i + 1)) && (i === 0 || s.charCodeAt(i - 1) === 32 || s.charCodeAt(i - 1) === 40)) next = this.leadingPointPercent(i);
      // (Not the minus of "+/-400 Vdc", plus or minus: the number is read without a sign.) After 、
      // a sign opens the next member of a list: +6.9、-0.9、+3.3pct.
      else if ((c === 45 || c === 43) && isDigit(s.charCodeAt(i + 1)) && (!isAlnum(s.charCodeAt(i - 1)) && (!isDigit(s.charCodeAt(i - 2)) || s.charCodeAt(i - 1) === 0x3001 || s.charCodeAt(i - 1) === 0x4e3a /* 为: 2Q24为-116万元 */ || s.charCodeAt(i - 1) === 44 /* ,: (10.480,-0.18,-1.69%) */) || changeAbbreviationBefore(s, i) || signedSlashMember(s, i)) && !(c === 45 && s.charCodeAt(i - 1) === 47 && s.charCodeAt(i - 2) === 43) && !plusJoiningNouns(s, i)) next = this.atNumeral(i);
      else if (this.minusBeforeCurrency(i) || enDashMinusAt(s, i) || spacedChangeSign(s, i)) next = this.atNumeral(i);
      else if (c === 0xbe || c === 0xbd || c === 0xbc || (c >= 0x2153 && c <= 0x215b)) next = this.glyphShare(i);
      i = next > i ? next : i + 1;
    }
    this.hedgesAfterBrackets();
  }

  /**
   * 20兆韓元（約台幣4400億）以上, 1,000 PFLOPS(FP16)以上: a suffix bound after a bracketed restatement or label
   * bounds the amount before the bracket (its span stays the amount).
   */
  private hedgesAfterBrackets(): void {
    const s = this.s;
    for (const f of this.out) {
      const p = f.offset + f.length;
      const open = s.charCodeAt(p);
      if ((open !== 0xff08 && open !== 40) || f.qualifier !== 'exact' || f.value === null) continue;
      let close = p + 1;
      while (close < s.length && close - p < 40 && s.charCodeAt(close) !== 0xff09 && s.charCodeAt(close) !== 41 && s.charCodeAt(close) !== 0xff08 && s.charCodeAt(close) !== 40) close++;
      if (s.charCodeAt(close) !== 0xff09 && s.charCodeAt(close) !== 41) continue;
      if (!ZH_SUFFIX_BOUND_AHEAD.test(s.slice(close + 1, close + 3))) continue;
      const suf = suffixQualifier(s, close + 1, true);
      if (!suf) continue;
      // (7奈米（含）以下先進製程: a class of process nodes, no bound of the length.)
      if (f.kind === 'length' && f.value < 1e-6) continue;
      // (500万元（含）以上: the bracket says the bound includes the amount.)
      const inclusive = s.slice(p + 1, close) === '含';
      const q: Qualifier = inclusive && suf.q === 'more-than' ? 'at-least' : inclusive && suf.q === 'less-than' ? 'at-most' : suf.q;
      const b = bounds(q, f.value, f.kind);
      f.qualifier = q;
      f.low = b.low;
      f.high = b.high;
    }
  }

  /** The end of a quoted label of numbers and plus signs starting at i (past its closing quote). */
  private skipQuotedLabel(i: number): number {
    const m = QUOTED_PLUS_LABEL.exec(this.s.slice(i, i + 16));
    return m ? i + m[0].length : i + 1;
  }

  /** "$(8.718) billion": an amount in accounting brackets after its currency sign is negative. */
  private bracketedNegative(i: number): number {
    const s = this.s;
    const m = BRACKETED_AMOUNT.exec(s.slice(i, i + 32));
    const cur = m ? BRACKET_CURRENCIES[s[i]] : undefined;
    if (!m || !cur || i < this.lastEnd) return i + 1;
    const scale = m[2] ? EN_SCALE_WORDS.get(m[2].toLowerCase()) ?? 1 : m[3] ? BRACKET_SCALE_LETTERS[m[3]] : 1;
    const v = -Number(m[1].replace(/,/g, '')) * scale;
    return this.emitSimple(i, i + m[0].length, 'money', v, cur, prefixQualifier(s, i));
  }

  // -------------------------------------------------------------------------------------------
  // Dispatch

  private atLatin(i: number): number {
    const s = this.s;
    if (i > 0 && isAlnum(s.charCodeAt(i - 1))) return this.skipAlnum(i);
    const we = wordEnd(s, i);
    // Empty unless the word may be one looked up below; compared only with non-empty words.
    const lw = mayBeLookupWord(s, i, we) ? s.slice(i, we).toLowerCase() : '';
    const after = s.charCodeAt(we);
    // "yoy-5.53pcts": a change label glued to its signed figure (the sign is read at the hyphen).
    if (after === 45 && isDigit(s.charCodeAt(we + 1)) && we - i <= 4 && changeAbbreviationBefore(s, we)) return we;
    // Currency prefixes written with letters: US$, HK$, USD 100, RMB100, R$ 500, Rs. 50, JP¥5 (only
    // looked up where a digit, a sign or a point follows the word, or a space and one of them).
    const a1 = after === 32 ? s.charCodeAt(we + 1) : after;
    const cm = isDigit(a1) || a1 === 36 || a1 === 46 || isCurrencySign(a1) ? CUR_PREFIX.match(s, i) : null;
    if (cm && cm.len >= we - i) {
      const p = skipSp(s, i + cm.len);
      // "Docket RM26-4-000": letters and digits joined by two hyphens are a docket's number, no ringgit.
      if (p === i + cm.len && /^\d+-\d+-\d/.test(s.slice(p, p + 12))) return this.skipAlnum(i);
      if ((isDigit(s.charCodeAt(p)) || signOfCode(s, p, cm.value) > p) && p - (i + cm.len) <= 1) return this.atNumeral(i);
    }
    // (Not after a hyphen: "Deepseek-R1 671B" is a model's name.)
    if (we - i === 1 && (s.charCodeAt(i) === 82 /* R */ || s.charCodeAt(i) === 80 /* P */ || s.charCodeAt(i) === 89 /* Y */) && isDigit(after) && s.charCodeAt(i - 1) !== 45) {
      const before = this.out.length;
      const r = this.atNumeral(i);
      return this.out.length > before ? r : this.skipAlnum(i);
    }
    // "in the last year and a half": a unit of time and a half after last, past, next or first is 1.5 of it.
    if (after === 32 && s.startsWith(' and a half', we) && !isLatin(s.charCodeAt(we + 11)) && i >= this.lastEnd && HALF_AFTER_WORDS.has(this.prevWord(i) ?? '')) {
      const unit = EN_WORDS.match(s, i, true);
      if (unit && unit.len === we - i && unit.value.timeWord) {
        const v = 1.5 * unit.value.factor;
        this.push({ offset: i, length: we + 11 - i, text: this.o.slice(i, we + 11), kind: 'duration', value: v, low: null, high: null, unit: unit.value.unit, qualifier: 'exact', approx: false, unitText: s.slice(i, we), time: { label: durationLabel(1.5, null, null, unit.value.timeWord) }, lang: 'en' });
        return we + 11;
      }
    }
    // "mid-2026", "end-2026", and "end-September" (the month: mid-June and late-September are read as words).
    if (after === 45 && (lw === 'mid' || lw === 'early' || lw === 'late' || lw === 'end') && (isDigit(s.charCodeAt(we + 1)) || (lw === 'end' && isUpper(s.charCodeAt(we + 1))))) {
      const r = this.englishPeriod(i, we, lw === 'end' ? 'end-' : lw);
      if (r > i) return r;
    }
    // "a summer-2022 delivery", "winter-2025 peak", "post-2022 export controls", "pre-2020 levels": the
    // year after a season or post-/pre- and a hyphen (the word stays outside).
    if (after === 45 && (SEASONS.has(lw) || lw === 'post' || lw === 'pre') && isDigit(s.charCodeAt(we + 1))) {
      const z = yearEndAt(s, we + 1);
      if (z > 0) return this.emitYear({ start: we + 1, end: z, v: +s.slice(we + 1, z) } as Side, z, null, 'en');
    }
    // "mid-year 2025", "Midyear 2025": the middle of that year, as mid-2025.
    if (lw === 'midyear' || (lw === 'mid' && after === 45 && s.slice(we, we + 5).toLowerCase() === '-year')) {
      const q = lw === 'midyear' ? we : we + 5;
      const y = s.charCodeAt(q) === 32 ? yearEndAt(s, q + 1) : 0;
      if (y > 0 && !isAlnum(s.charCodeAt(y))) return this.emitPeriod(i, y, +s.slice(q + 1, y), EN_PARTS.get('mid')!, 'en', s.slice(i, y));
      // "168 MW absorbed as of mid-year": without a year, after a time preposition, the middle of this year (as year-end).
      if (!isAlnum(s.charCodeAt(q)) && s.charCodeAt(q) !== 45 && MID_YEAR_PREPOSITION.test(s.slice(Math.max(0, i - 8), i))) return this.emitPeriod(i, q, null, EN_PARTS.get('mid')!, 'en', s.slice(i, q));
    }
    // "year-end", "year end" (without a year): the late part of a year.
    if (lw === 'year' && (after === 45 || after === 32) && (s.charCodeAt(we + 1) === 101 || s.charCodeAt(we + 1) === 69) && s.charCodeAt(we + 2) === 110 && s.charCodeAt(we + 3) === 100 && !isLatin(s.charCodeAt(we + 4)) && !isLatin(s.charCodeAt(i - 1))) {
      // "year-end 2023": the year written after it.
      const q = we + 4;
      if (s.charCodeAt(q) === 32 && isDigit(s.charCodeAt(q + 1))) {
        let k = q + 1;
        while (isDigit(s.charCodeAt(k))) k++;
        const y = Number(s.slice(q + 1, k));
        if (k - q - 1 === 4 && isYear(y) && !isAlnum(s.charCodeAt(k))) return this.emitPeriod(i, k, y, EN_PARTS.get('end of')!, 'en', s.slice(i, k));
      }
      // ("Year-End Total Semiconductor Equipment Forecast": title case before a capitalised word names a report.)
      if (isUpper(s.charCodeAt(i)) && isUpper(s.charCodeAt(we + 1)) && s.charCodeAt(q) === 32 && isUpper(s.charCodeAt(q + 1))) return q;
      return this.emitPeriod(i, we + 4, null, EN_PARTS.get('end of')!, 'en', s.slice(i, we + 4));
    }
    // "by year’s end", "by year's end": the possessive form, as year-end.
    if (lw === 'year' && (after === 39 || after === 0x2019) && /^s end(?![A-Za-z-])/i.test(s.slice(we + 1, we + 7)) && !isLatin(s.charCodeAt(i - 1))) {
      return this.emitPeriod(i, we + 6, null, EN_PARTS.get('end of')!, 'en', s.slice(i, we + 6));
    }
    // "(c40%)", "c15-25%": c for circa glued to a percent, the number read with an about hedge.
    if (we - i === 1 && s.charCodeAt(i) === 99 /* c */ && isDigit(after) && circaPercent(s, we)) return we;
    // "sub-10ms", "sub-2nm": the figure after sub- is read (a less-than hedge), not skipped as a name like GPT-4.
    if (we - i === 3 && after === 45 && isDigit(s.charCodeAt(we + 1)) && s.slice(i, we).toLowerCase() === 'sub') return we + 1;
    if (isDigit(after) || (after === 45 && isDigit(s.charCodeAt(we + 1)) && !isLatin(s.charCodeAt(i - 1)))) {
      const w = s.slice(i, we);
      const t = this.timeCode(i, w);
      if (t) return t;
      // "Dec-2024": a month hyphenated to its year (englishDate), not a name like GPT-4; "September30, 2025": a full
      // date whose space the source lost.
      if ((after === 45 || GLUED_DAY_YEAR.test(s.slice(we, we + 10))) && MONTHS.has(lw) && isUpper(s.charCodeAt(i))) {
        const d = this.englishDate(i, we, lw);
        if (d > i) return d;
      }
      if (amountAfterAcronym(s, we) || (we - i > 1 && dateAfterName(s, we) && !PRODUCT_BEFORE.has(w.toLowerCase())) || missingSpaceAfterWord(s, we)) return we;
      // "the mid-300,000 level", "the low-20s": a position word hyphenated before an amount; the amount is read whole
      // ("mid-800 billion won": with a scale word too).
      if (after === 45 && POSITION_BEFORE_AMOUNT.has(w) && /^-\d{1,3}(?:,\d{3}| (?:thousand|million|billion|trillion)\b)/.test(s.slice(we, we + 16))) return we + 1;
      // "its trailing-12-month earnings", "a first-100-day plan": a lower-case word hyphenated before a length of time.
      if (after === 45 && isLower(s.charCodeAt(i)) && /^-\d{1,3}-(?:year|month|week|day|hour|minute|quarter)s?\b/.test(s.slice(we, we + 14))) return we + 1;
      // "an up-to-500-megawatt project", "an over-1GW campus": a hedge hyphenated before its number (prefixQualifier reads it).
      if (after === 45 && hyphenatedHedgeBefore(s, we + 1)) return we + 1;
      return this.skipAlnum(i);
    }
    // "our existing c.33 GW": c. for circa glued before an amount with its unit (the hedge is read by prefixQualifier);
    // other letters and a point before digits are references (s.33, p.12, v.2).
    if (after === 46 && isDigit(s.charCodeAt(we + 1))) {
      // ("Jan.1, 2027": an abbreviated month and its day, as "Jan. 1, 2027".)
      if (we - i <= 4 && MONTHS.has(lw) && isUpper(s.charCodeAt(i))) {
        const d = this.englishDate(i, we, lw);
        if (d > i) return d;
      }
      return we - i === 1 && (s.charCodeAt(i) === 99 || s.charCodeAt(i) === 67) && circaAmount(s, we + 1) ? we + 1 : this.skipAlnum(i);
    }
    // "FY '26", "FY’25": a fiscal year written with an apostrophe.
    if (we - i === 2 && s.charCodeAt(i) === 70 && s.charCodeAt(i + 1) === 89) {
      const ap = apostropheYearEnd(s, we);
      if (ap > 0) {
        const y = apostropheYear(s, ap);
        return this.emitYear({ start: i, end: ap, v: y } as Side, ap, prefixQualifier(s, i), 'en', `FY${y}`);
      }
      // "FY 2025", "FY 26": the fiscal year spaced from FY, as the glued FY2025 (a range after it is read as before).
      if (s.charCodeAt(we) === 32 && isDigit(s.charCodeAt(we + 1))) {
        let z = we + 1;
        while (isDigit(s.charCodeAt(z))) z++;
        const y = fiscalYear(s.slice(we + 1, z));
        const nx = s.charCodeAt(z);
        // "by FY 2030-31": the second year shortened, as in FY2024-25.
        const second = y !== null && isYear(y) && isDash(nx) ? secondYearAfter(s, z, y) : null;
        if (second) return this.emitYearRange(i, second.end, y!, second.year, `FY${y}–FY${second.year}`, 'en');
        // "during FY 26-FY28": a dash and the second year with its own FY.
        if (y !== null && isYear(y) && (nx === 45 || nx === 0x2013) && s.startsWith('FY', z + 1)) {
          const range = this.fiscalYearRange(i, z, y, true);
          if (range) return range;
        }
        if (y !== null && isYear(y) && !isAlnum(nx) && !isDash(nx) && nx !== 47 && nx !== 0x2013 && !(nx === 46 && isDigit(s.charCodeAt(z + 1))) && !(nx === 44 && isDigit(s.charCodeAt(z + 1)))) {
          const range = this.fiscalYearRange(i, z, y, true);
          if (range) return range;
          return this.emitYear({ start: i, end: z, v: y } as Side, z, prefixQualifier(s, i), 'en', `FY${y}`);
        }
      }
    }
    // "One quarter said AI has changed their job": a fraction of the people as the subject of a verb is a share,
    // no length of time.
    if ((lw === 'one' || lw === 'a') && after === 32 && !TIME_PREPOSITIONS_BEFORE_SHARE.has(this.prevWord(i) ?? '')) {
      const share = SHARE_SUBJECT_AFTER.exec(s.slice(we, we + 24));
      if (share) return this.emitSimple(i, we + share[1].length + 1, 'ratio', 1 / FRACTION_WORDS[share[2].toLowerCase()], 'ratio', prefixQualifier(s, i));
    }
    // English figure words.
    if (EN_FIGURE_WORDS.has(lw) || lw.endsWith('fold')) {
      const r = this.englishFigure(i, we, lw);
      if (r > i) return r;
    }
    if (MONTHS.has(lw) && isUpper(s.charCodeAt(i))) {
      const range = this.englishMonthRange(i, we, lw);
      if (range > i) return range;
      const r = this.englishDate(i, we, lw);
      if (r > i) return r;
      // A month alone after a time preposition: "in January", "since March", "by next September", "as of November",
      // "the month of January", "the months of May through September".
      // "from January to September": the month after "to" when a month came right after "from".
      // ("in April and August respectively": a second month joined to the first under its preposition.)
      // ("up about 1,200% versus April", "compared to March and April": the month compared with.)
      if (!isLatin(s.charCodeAt(we)) && !isDigit(s.charCodeAt(skipSp(s, we))) && (MONTH_LEADS.has(this.prevWord(i) ?? '') || /\b(?:as|the months?) of $|\b(?:versus|vs\.?|compared (?:to|with)) $/i.test(s.slice(Math.max(0, i - 14), i)) || FROM_MONTH_TO_BEFORE.test(s.slice(Math.max(0, i - 20), i)) || MONTH_AND_BEFORE.test(s.slice(Math.max(0, i - 30), i)))) {
        const iso = `--${pad2(MONTHS.get(lw)!)}`;
        return this.emitDate(i, we, null, { from: iso, to: iso, label: s.slice(i, we), relative: true }, null);
      }
    }
    // ("late Jan. 30": a part of a month before a day of it is no period; the date is read from the month.)
    if ((lw === 'late' || lw === 'early' || lw === 'mid') && LATE_MONTH_DAY.test(s.slice(we, we + 16))) return we;
    if (EN_PERIOD_WORDS.has(lw)) {
      const r = this.englishPeriod(i, we, lw);
      if (r > i) return r;
    }
    // "Quarter 2 2023 Earnings Call": a quarter named by its number before its year, as "Q2 2023".
    const qn = s.charCodeAt(we + 1) - 0x30;
    if (we - i === 7 && after === 32 && qn >= 1 && qn <= 4 && !isAlnum(s.charCodeAt(we + 2)) && s.slice(i, we).toLowerCase() === 'quarter') {
      const { y, end } = this.yearAfterCode(we + 2);
      if (y !== null) return this.emitPeriod(i, end, y, { fromMonth: 3 * qn - 2, toMonth: 3 * qn, label: `Q${qn}` }, 'en', s.slice(i, end));
    }
    return we;
  }

  private skipAlnum(i: number): number {
    const s = this.s;
    let j = i;
    for (;;) {
      while (j < this.n && isAlnum(s.charCodeAt(j))) j++;
      const c = s.charCodeAt(j);
      if ((c === 45 || c === 46 || c === 95) && isAlnum(s.charCodeAt(j + 1))) {
        j++;
        continue;
      }
      break;
    }
    return j;
  }

  private atCJK(i: number): number {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c < 0x4e00 || !CJK_START[c - 0x4e00]) return i + 1;
    // 唯一一轮, 统一一个标准, 逐一一家: 一 ending a word is no numeral, and 一一 no 11 (the next 一 is read alone).
    if (c === 0x4e00 /* 一 */ && s.charCodeAt(i + 1) === 0x4e00 && ONE_ENDS_WORD.includes(s[i - 1] ?? '_')) return i + 1;
    // 唯一毫秒级方案: after 唯 一 ends the word 唯一, no numeral (the others end words too: 接單一三九五億, 平均一年, 系統一年).
    if (c === 0x4e00 /* 一 */ && s.charCodeAt(i - 1) === 0x552f /* 唯 */) return i + 1;
    // ＧＢ三○○: Chinese numerals glued after full-width Latin letters, or written digit by digit after Latin letters
    // (GB三○○), are a model's number ("GPU十万卡" after plain letters is still a count).
    if (isZhNumChar(c) && (isFullWidthLetter(s.charCodeAt(i - 1)) || isLatin(s.charCodeAt(i - 1)))) {
      let k = i;
      while (k < s.length && (isZhNumChar(s.charCodeAt(k)) || s.charCodeAt(k) === 0x25cb /* ○ */)) k++;
      const digitByDigit = /[○〇]/.test(s.slice(i, k)) && !/[十百千万亿]/.test(s.slice(i, k));
      if (isFullWidthLetter(s.charCodeAt(i - 1)) || digitByDigit) return k;
    }
    // 同一年, 同一天: "the same year", no length of time.
    if (c === 0x4e00 /* 一 */ && s.charCodeAt(i - 1) === 0x540c /* 同 */) return i + 1;
    // 新北市五股區, 基隆七堵區, 三重区: Taiwan's districts named with a numeral.
    if (s.charCodeAt(i + 2) === 0x533a /* 区 */ && NUMBERED_DISTRICT.test(s.slice(i, i + 3))) return i + 3;
    // 五股工業園區, 八德工业区: a place named with a numeral before its industrial park.
    if (isZhNumChar(c) && isCJK(s.charCodeAt(i + 1)) && !isZhNumChar(s.charCodeAt(i + 1)) && INDUSTRIAL_PARK_AFTER.test(s.slice(i + 2, i + 6)) && !'个個座处處家所片批类類'.includes(s[i + 1])) return i + 2;
    // 三率三升, 三率齊升 (Taiwan results copy: gross, operating and net margins all rose): 升 the verb, no litres.
    if (s.charCodeAt(i + 1) === 0x5347 /* 升 */ && s.charCodeAt(i - 1) === 0x7387 /* 率 */ && isZhNumChar(s.charCodeAt(i - 2))) return i + 2;
    if (c === 0x5143 /* 元 */ || c === 0x6b21 /* 次 */) return this.firstMonthOrSecondQuarter(i);
    // 周增近兆元, 已破兆元: a bare 兆 (a trillion, in Taiwan's money) after a hedge, before 元 (兆瓦 alone is no figure).
    if (c === 0x5146 /* 兆 */) {
      const prefix = s.charCodeAt(i + 1) === 0x5143 /* 元 */ ? prefixQualifier(s, i) : null;
      return prefix && prefix.q !== 'exact' && prefix.q !== 'range' ? this.emitSimple(i, i + 2, 'money', 1e12, 'CNY', prefix, '元') : i + 1;
    }
    // 超过千兆瓦: a bare 千兆瓦 (a gigawatt) after a hedge, as 超万人 (千兆 alone is gigabit: 千兆宽带).
    if (c === 0x5343 /* 千 */ && s.startsWith('兆瓦', i + 1) && s.charCodeAt(i + 3) !== 0x65f6 /* 时 */) {
      const prefix = prefixQualifier(s, i);
      if (prefix && prefix.q !== 'exact' && prefix.q !== 'range') return this.emitSimple(i, i + 3, 'power', 1e9, 'W', prefix, '千兆瓦');
    }
    // 淨零, 净零 (net zero, a climate goal, as "net-zero"): no figure.
    if (c === 0x96f6 /* 零 */ && (s.charCodeAt(i - 1) === 0x6de8 /* 淨 */ || s.charCodeAt(i - 1) === 0x51c0 /* 净 */)) return i + 1;
    const ch = String.fromCharCode(c);
    // 本財年年底, 上财年第一季度 (after any word: 公布本財政年度首10個月): a part of a fiscal year named relatively, the word in the span (as "end of this fiscal
    // year"); the fiscal year alone stays no figure, as "this fiscal year" does.
    // (本財政年度首10個月: the fiscal year's first months, as 2026财年前九个月.)
    if ((c === 0x672c || c === 0x4e0a || c === 0x4eca || c === 0x53bb || c === 0x660e) && (s.charCodeAt(i + 1) === 0x8d22 /* 财 */ || s.startsWith('会计年度', i + 1)) && i >= this.lastEnd) {
      const fy = RELATIVE_FISCAL_YEAR.exec(s.slice(i, i + 8));
      const p = fy ? i + fy[0].length : -1;
      const part = fy ? ZH_PARTS.match(s, p) : null;
      if (part && !(s[p + part.len - 1] === '初' && INITIAL_WORD_AFTER.includes(s[p + part.len] ?? '_'))) return this.emitPeriod(i, p + part.len, null, part.value, 'zh', s.slice(i, p + part.len));
      const first = fy ? FIRST_MONTHS_OF_YEAR.exec(s.slice(p, p + 8)) : null;
      if (first) return this.emitPeriod(i, p + first[0].length, null, { fromMonth: 1, toMonth: 12, label: first[0] }, 'zh', s.slice(i, p + first[0].length));
    }
    // 本年 (this year) only where 本 starts the word: not 日本, 成本, 资本, 基本年底.
    // (該公司本月初: 本月 and a part of it after a noun, unless 本 ends a word there: 成本月底.)
    if (c === 0x672c /* 本 */ && isCJK(s.charCodeAt(i - 1)) && !'于於在自从從至到的'.includes(s[i - 1]) && !(s.charCodeAt(i + 1) === 0x6708 /* 月 */ && !WORDS_ENDING_IN_BEN.includes(s[i - 1]) && RELATIVE_MONTH_PART.test(s.slice(i, i + 5)))) return i + 1;
    // 本月末, 上月底, 下个月初: a part of a month named relatively, a period of no known month.
    if ((c === 0x672c || c === 0x4e0a || c === 0x4e0b) && (s.charCodeAt(i + 1) === 0x6708 || s.charCodeAt(i + 2) === 0x6708)) {
      const m = RELATIVE_MONTH_PART.exec(s.slice(i, i + 6));
      if (m && i >= this.lastEnd) return this.emitRelativePeriod(i, i + m[0].length, 'zh');
      // 上月十九日: a day in Chinese numerals of a month named relatively (as 上月19日), that word in the span.
      const dm = /^[上本下](?:个|個)?月(?=[一二三四五六七八九十])/.exec(s.slice(i, i + 5));
      if (dm && i >= this.lastEnd) {
        const day = readChinese(s, i + dm[0].length);
        if (day && s.charCodeAt(day.end) === 0x65e5 /* 日 */ && Number.isInteger(day.value) && day.value >= 1 && day.value <= 31 && day.end - (i + dm[0].length) <= 3) {
          const iso = `---${pad2(day.value)}`;
          return this.emitDate(i, day.end + 1, null, { from: iso, to: iso, label: s.slice(i, day.end + 1), relative: true }, null, 'zh');
        }
      }
    }
    // Relative years with a part or month: 明年初, 今年下半年, 今年1月.
    const c1 = s.charCodeAt(i + 1);
    // 比上年末, 较上年底: 上年 is last year, and a part of it is a period with 上 in the span (not after a verb it ends:
    // 遇上年初, 达上年末).
    const lastYear = c === 0x4e0a /* 上 */ && c1 === 0x5e74 && !VERB_ENDING_IN_SHANG.includes(s[i - 1] ?? '_') && ZH_PARTS.match(s, i + 2) !== null;
    const ry = c1 === 0x5e74 /* 年 */ ? ZH_REL_YEARS.match(s, i) ?? (lastYear ? { value: 'last year', len: 2 } : null) : null;
    if (ry) {
      let p = i + 2;
      const part = ZH_PARTS.match(s, p) ?? (s.charCodeAt(p) === 0x5e74 ? ZH_PARTS.match(s, p + 1) : null);
      // (明年初步將投入: 初 starting a word is no part of the year, as after a year.)
      const initialWord = part !== null && s[p + part.len - 1] === '初' && INITIAL_WORD_AFTER.includes(s[p + part.len] ?? '_');
      if (part && !initialWord) {
        const len = ZH_PARTS.match(s, p) ? part.len : part.len + 1;
        const range = partRange(s, part.value, p + len);
        if (range) return this.emitPeriod(i, range.end, null, range.value, 'zh', s.slice(i, range.end));
        return this.emitPeriod(i, p + len, null, part.value, 'zh', s.slice(i, p + len));
      }
      // 明年中前, 今年中以来: mid-year, before a word that cannot go on 中 (not 明年中国市场), as after a year.
      const mid = midYearAt(s, p) ? ZH_PARTS.match(s, p - 1) : null;
      if (mid) return this.emitPeriod(i, p + 1, null, mid.value, 'zh', s.slice(i, p + 1));
      // 去年次季: Hong Kong's second quarter after the relative year.
      if (s.charCodeAt(p) === 0x6b21 /* 次 */ && s.charCodeAt(p + 1) === 0x5b63 /* 季 */) {
        const end = s.charCodeAt(p + 2) === 0x5ea6 /* 度 */ ? p + 3 : p + 2;
        return this.emitPeriod(i, end, null, { fromMonth: 4, toMonth: 6, label: 'Q2' }, 'zh', s.slice(i, end));
      }
      // 今年上半 (Taiwan copy drops the second 年, as in 2022年下半).
      const half = halfWithoutYear(s, p);
      if (half) return this.emitPeriod(i, p + 2, null, half, 'zh', s.slice(i, p + 2));
      // 今年Q3, 去年 4Q: a quarter or half code after the relative year, as 2025年Q3.
      const code = this.codeAfterYear(p);
      if (code && !isAlnum(s.charCodeAt(code.end))) return this.emitPeriod(i, code.end, null, code.part, 'zh', s.slice(i, code.end));
      const mo = this.zhMonthDay(p, null, i);
      if (mo > p) return mo;
      // 今年的7月份: 的 between the relative year and its month, as 2024年的第三季度.
      if (s.charCodeAt(p) === 0x7684 /* 的 */ && isDigit(s.charCodeAt(p + 1))) {
        const linked = this.zhMonthDay(p + 1, null, i);
        if (linked > p + 1) return linked;
      }
      return p;
    }
    // 人民币1,640亿元: a currency word before the number.
    if (ZH_CURRENCY_FIRST.has(c)) {
      const cm = CUR_PREFIX.match(s, i);
      if (!cm) return i + 1;
      // 新台幣兌美元30.6: an exchange rate after 兑 + the currency, no amount of it (美元兌新台幣30.6元
      // prices the dollar in the currency named, with its 元).
      if ((s[i - 1] === '兑' || s[i - 1] === '兌') && !/^\s?\d+(?:\.\d+)?\s?元/.test(s.slice(i + cm.len, i + cm.len + 12))) return i + cm.len;
      const p = s.charCodeAt(i + cm.len) === 32 ? i + cm.len + 1 : i + cm.len;
      // 單位:新台幣仟元, 单位：人民币亿元, 金额单位均为人民币万元: the unit of a table's figures, a magnitude with no numeral (as 单位：亿元).
      const labelled = /[单單]位\s*(?:[:：为為是]|[均皆][为為是])\s*$/.test(s.slice(Math.max(0, i - 7), i)) ? /^[十百千万亿兆]+元?/.exec(s.slice(p, p + 6)) : null;
      if (labelled) return p + labelled[0].length;
      // 新台币一兆一一二三亿元: Chinese numerals with a scale after a currency word, too.
      // 約新台幣六二六六元: so do Chinese numerals with 元 right after them (a price written digit by digit).
      // (新台幣五八五．八元: with a decimal point, full-width or 点, inside.)
      const zhAmount = (isZhNumChar(s.charCodeAt(p)) && (/[万亿兆]/.test(s.slice(p, p + 12)) || /^[〇零一二两三四五六七八九十百千]+(?:[.．点點][〇零一二三四五六七八九]+)?元/.test(s.slice(p, p + 14)))) || /^[数几][十百千万亿]/.test(s.slice(p, p + 2));
      return isDigit(s.charCodeAt(p)) || zhAmount ? this.atNumeral(i) : i + cm.len;
    }
    if (c === 0x9996 /* 首 */) {
      const part = ZH_PARTS.match(s, i);
      return part ? this.emitPeriod(i, i + part.len, null, part.value, 'zh', s.slice(i, i + part.len)) : i + 1;
    }
    if (c === 0x7b2c /* 第 */) {
      const part = ZH_PARTS.match(s, i);
      // 连续第二季维持双位数增幅: the ordinal counts a run of quarters ("the second quarter in a row"), no period.
      if (part && /[连連][续續]$/.test(s.slice(Math.max(0, i - 2), i))) return i + part.len;
      // 从第一季度到第三季度: one period, as after a year.
      const range = part && partRange(s, part.value, i + part.len);
      if (range) return this.emitPeriod(i, range.end, null, range.value, 'zh', s.slice(i, range.end));
      if (part) return this.emitPeriod(i, i + part.len, null, part.value, 'zh', s.slice(i, i + part.len));
      // Ordinal: skip the numeral after 第 (第 三位: a typeset space between them too).
      let j = s.charCodeAt(i + 1) === 32 && (isZhNumChar(s.charCodeAt(i + 2)) || isDigit(s.charCodeAt(i + 2))) ? i + 2 : i + 1;
      // 第1,000名 and 第1，000名: a thousands group belongs to the ordinal.
      const inOrdinal = (k: number): boolean => isZhNumChar(s.charCodeAt(k)) || isDigit(s.charCodeAt(k))
        || ((s.charCodeAt(k) === 44 || s.charCodeAt(k) === 0xff0c) && isDigit(s.charCodeAt(k - 1)) && /^\d{3}(?!\d)/.test(s.slice(k + 1, k + 5)));
      while (j < this.n && inOrdinal(j)) j++;
      // 第二、三名, 第1、2位: the ordinal reaches the numbers of its list.
      // (第四及五位: joined by 及 or 和 too.)
      while ((s.charCodeAt(j) === 0x3001 /* 、 */ || s.charCodeAt(j) === 0x53ca /* 及 */ || s.charCodeAt(j) === 0x548c /* 和 */) && inOrdinal(j + 1)) for (j++; j < this.n && inOrdinal(j); j++);
      // 第2-4名, 第二至四位: and the end of its range (not 第1至3季度: a period ends there).
      const joiner = s.charCodeAt(j);
      if (zhRangeJoiner(joiner) && inOrdinal(j + 1) && !ZH_PARTS.match(s, j + 1)) {
        let k = j + 1;
        while (k < this.n && inOrdinal(k)) k++;
        if (s.charCodeAt(k) !== 0x5b63 /* 季 */) j = k;
      }
      return j;
    }
    if (ch === '一' && this.previousOrNext(i)) return i + 1;
    // 在這一季度, 那一季: "this quarter", 一 an article (as 这一年, 那一天), no first quarter.
    if (ch === '一' && '这這那该該此'.includes(s[i - 1] ?? '_') && s[i + 1] === '季') return i + (s[i + 2] === '度' ? 3 : 2);
    if (ch === '年' || ch === '上' || ch === '下' || ch === '一' || ch === '二' || ch === '三' || ch === '四' || ch === '前') {
      // (年度底薪, 年度底价: 底 starts a word there, the annual base pay or floor price; 《年中总半导体设备预测报告》, 年中大促:
      // 年中 naming a kind of report or sale, "mid-year", no period.)
      const part = (s[i + 1] === '度' && BASE_WORD_AFTER_DI.includes(s[i + 3] ?? '_')) || (ch === '年' && s[i + 1] === '中' && MIDYEAR_KIND_AFTER.includes(s[i + 2] ?? '_')) ? null : ZH_PARTS.match(s, i);
      // 目前三季度, 此前三季度: 前 ends a word there, and 三季度 is the third quarter.
      // (若以前三季財報推估: after 若, 如, 按 … 以 is "by", and 前三季 the first three quarters.)
      const prepositionYi = s[i - 1] === '以' && PREPOSITION_YI_AFTER.includes(s[i - 2] ?? '_');
      const wordEndsAtQian = ch === '前' && ((WORDS_ENDING_IN_QIAN.includes(s[i - 1] ?? '_') && !prepositionYi) || monthsBeforeSomething(s, i, part?.value));
      // 上下半年 (both halves): no one half of the year.
      const bothHalves = ch === '下' && s[i - 1] === '上';
      if (bothHalves && part) return i + part.len;
      // 连续四季度: a run of quarters after 连续 is a length of time (as 连续3季), not the fourth quarter.
      if (part && part.value.label.startsWith('Q') && /[连連][续續]$/.test(s.slice(Math.max(0, i - 2), i)) && /^[一二三四]季度?/.test(s.slice(i, i + 3))) {
        const n = ZH_DIGIT_VALUES.indexOf(ch);
        return this.emitSimple(i, i + part.len, 'duration', n * 3 * MONTH_S, 's', null);
      }
      // (GB200上半年: a model's digits before it are no year's.)
      if (part && part.len >= 2 && !(part.value.label === 'early' && ch !== '年') && (!isDigit(s.charCodeAt(i - 1)) || (modelDigitsBefore(s, i) && (ch === '上' || ch === '下'))) && !wordEndsAtQian) {
        const prev = s.charCodeAt(i - 1);
        // 近年中, 三年中: a count of years; 全年中国: the whole year, then 中国.
        // (青年中, 少年中, 成年中: 年 ends a word there; not after a verb ending in 成: 完成年初计划.)
        if (!(ch === '年' && (prev === 0x8fd1 /* 近 */ || prev === 0x5168 /* 全 */ || isZhNumChar(prev) || (NIAN_WORD_FIRST.includes(s[i - 1]) && !(prev === 0x6210 /* 成 */ && CHENG_VERB_FIRST.includes(s[i - 2] ?? '_')))))) {
          const range = partRange(s, part.value, i + part.len);
          if (range) return this.emitPeriod(i, range.end, null, range.value, 'zh', s.slice(i, range.end));
          return this.emitPeriod(i, i + part.len, null, part.value, 'zh', s.slice(i, i + part.len));
        }
      }
    }
    if (ch === '翻' || ch === '倍') return this.zhDouble(i);
    // 实现电价减半: halving, the ratio 0.5 (as 翻番 is 2).
    // (Only ending its clause: 減半調幅 halves what follows, as the held-out sets read it.)
    if (ch === '减' && s.charCodeAt(i + 1) === 0x534a /* 半 */ && (!isCJK(s.charCodeAt(i + 2)) || s.charCodeAt(i + 2) === 0x4e86 /* 了 */)) return this.emitSimple(i, i + 2, 'ratio', 0.5, 'ratio', prefixQualifier(s, i));
    // 厂房面积提升双倍: double after a verb of growth (双倍积分, 双倍经验 are no figures).
    if (ch === '双' && s.charCodeAt(i + 1) === 0x500d /* 倍 */ && GROWTH_VERB_END.includes(s[i - 1] ?? '_')) return this.emitSimple(i, i + 2, 'ratio', 2, 'ratio', prefixQualifier(s, i));
    if (ch === '百' && s.startsWith('百分之', i)) return this.zhPercentOf(i);
    // 百分百覆盖: a hundred per cent (百分之百).
    if (ch === '百' && s.startsWith('百分百', i)) return this.emitSimple(i, i + 3, 'percent', 100, 'percent', prefixQualifier(s, i));
    if (ch === '数' || ch === '几') return this.zhVague(i);
    if (ch === '好') return s.charCodeAt(i + 1) === 0x51e0 /* 几 */ ? this.zhVague(i + 1, i) : i + 1;
    if (ch === '上' || ch === '成') return this.zhVague(i);
    if (ch === '半' || (ch === '一' && s.charCodeAt(i + 1) === 0x534a /* 半 */)) return this.zhHalf(i);
    // 千家萬戶, 千方百計, 四面八方: idioms written with numerals, no figures.
    const idiom = ZH_NUMERAL_IDIOMS.match(s, i);
    if (idiom) return i + idiom.len;
    // 核二則是兩年半, 核三廠: Taiwan's nuclear plants are named by a numeral after 核.
    if (s.charCodeAt(i - 1) === 0x6838 /* 核 */ && (c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db) && !isZhNumChar(s.charCodeAt(i + 1))) return i + 1;
    if (isZhNumChar(c)) return this.atNumeral(i);
    return i + 1;
  }

  /**
   * 上一年度, 比上一年, 下一季度, 与上一个月: 上一/下一 before a time word is the previous or next one,
   * not a duration of one (nor Q1). Only where 上/下 starts the word: after punctuation or a
   * preposition, or before 年度; 线上一年, 加上一年 are one year.
   */
  private previousOrNext(i: number): boolean {
    const s = this.s;
    const lead = s.charCodeAt(i - 1);
    const previous = lead === 0x524d; /* 前 */
    if (lead !== 0x4e0a /* 上 */ && lead !== 0x4e0b /* 下 */ && !previous) return false;
    const time = RELATIVE_TIME_WORDS.match(s, i + 1);
    if (!time) return false;
    const before = s.charCodeAt(i - 2);
    // 较前一年, 比前一月, 与前一季度: 前一 is the previous one only after a word of comparison (发布前一天 is a day before).
    // (相较于前一年, 相比于前一季: 于 after the word of comparison.)
    // (高於前一年的約60億美元: 高于, 低于, 多于, 少于 compare too.)
    if (previous) return COMPARISON_LEADS.includes(s[i - 2]) || (s[i - 2] === '相' && s[i - 3] === '与') || ((s[i - 2] === '于' || s[i - 2] === '於') && '较較比高低多少'.includes(s[i - 3] ?? '_'));
    // 澳门上一年全年: a part of the year after it says which year (one year has no 全年 of its own).
    return !isCJK(before) || RELATIVE_LEADS.includes(s[i - 2]) || s.startsWith('年度', i + 1) || (time.len === 1 && s.charCodeAt(i + 1) === 0x5e74 /* 年 */ && YEAR_PART_AFTER.test(s.slice(i + 2, i + 4)));
  }

  // -------------------------------------------------------------------------------------------
  // Sides: [currency] [sign] numeral [多] [scale]

  /** `inheritedCur`: the currency of the range's first side ($45-50B: the B after 50 is billions). */
  /** The number (or range) [start, end) before 期 names phases (二期项目), unless 分 or 共 before it counts them. */
  private namesPhase(start: number, end: number): boolean {
    const s = this.s;
    const before = s.charCodeAt(start - 1);
    // (新一至三號機組: units one to three, named by 号 as 3号机 is.)
    const named = s.charCodeAt(end) === 0x671f /* 期 */ || s.charCodeAt(end) === 0x53f7 /* 号 */ || s.charCodeAt(end) === 0x865f /* 號 */;
    return named && before !== 0x5206 /* 分 */ && before !== 0x5171 /* 共 */ && !this.prefixAt(start);
  }

  private parseSide(i: number, inheritedCur?: string, secondSide = false): Side | null {
    const s = this.s;
    let p = i;
    let cur: string | undefined;
    // "-$5.9 billion": a minus before the currency sign; "+$53" (a change in a table) a plus, in the span as well.
    let signBeforeCurrency = 1;
    if (this.minusBeforeCurrency(p)) {
      signBeforeCurrency = s.charCodeAt(p) === 43 ? 1 : -1;
      p++;
    }
    const cm = CUR_PREFIX.match(s, p);
    // R112-billion, R644bn: the South African rand, written as a bare R, only before a scaled amount.
    const rand = !cm && s.charCodeAt(p) === 82 /* R */ && isDigit(s.charCodeAt(p + 1)) && !isAlnum(s.charCodeAt(p - 1));
    // P40 billion, P2.5 billion: Philippine copy's peso, written as a bare P, only before a scale word (P40 is a GPU).
    const peso = !cm && s.charCodeAt(p) === 80 /* P */ && isDigit(s.charCodeAt(p + 1)) && !isAlnum(s.charCodeAt(p - 1));
    // Y3.07tn, Y500bn: the Financial Times' yen, a bare Y, only before a scale word (Y2K, Y8 are names).
    const yen = !cm && s.charCodeAt(p) === 89 /* Y */ && isDigit(s.charCodeAt(p + 1)) && !isAlnum(s.charCodeAt(p - 1));
    if (rand || peso || yen) {
      cur = rand ? 'ZAR' : peso ? 'PHP' : 'JPY';
      p++;
    }
    const abbreviated = !!cm && AMBIGUOUS_CURRENCY_ABBREVIATIONS.has(s.slice(p, p + cm.len));
    let tildeAfterSign = false;
    if (cm) {
      // Letter codes need a boundary; symbols attach.
      const last = s.charCodeAt(p + cm.len - 1);
      if (isLatin(last) && isLatin(s.charCodeAt(p + cm.len))) return null;
      cur = cm.value;
      p = skipSp(s, p + cm.len);
      if (p - (i + cm.len) > 1) return null;
      // "$~35" (a table's approximate price): the tilde after the sign hedges the amount.
      if (s.charCodeAt(p) === 126 && isDigit(s.charCodeAt(p + 1))) {
        tildeAfterSign = true;
        p++;
      }
      // "GBP £24", "USD $5": a code, then its own sign.
      if (isLatin(last)) {
        const q = signOfCode(s, p, cur);
        if (q > p) p = skipSp(s, q);
      }
    }
    let sign = signBeforeCurrency;
    const c0 = s.charCodeAt(p);
    if (c0 === 45 && p === i && isCJK(s.charCodeAt(p - 1)) && digitsThenTimeWord(s, p + 1, 4, '月日年天')) {
      // 采购项目-6月: a hyphen glued between a name and a month joins them; a month has no sign.
      i = ++p;
    } else if (((c0 === 45 || c0 === 43 || c0 === 0x2212) && isDigit(s.charCodeAt(p + 1))) || enDashMinusAt(s, p)) {
      sign = c0 === 43 ? 1 : -1;
      p++;
    } else if (spacedChangeSign(s, p)) {
      sign = c0 === 43 ? 1 : -1;
      p += 2;
    } else if (p === i && i > this.lastEnd) {
      // 负3.5%, 负三十二, "minus 5 percent" (not 正负, 胜负, "plus or minus").
      if (s.charCodeAt(i - 1) === 0x8d1f /* 负 */ && !'正胜'.includes(s[i - 2] || '_')) {
        sign = -1;
        i--;
      } else if (i - 6 >= this.lastEnd && s.charCodeAt(i - 1) === 32 && s.slice(i - 6, i - 1).toLowerCase() === 'minus' && !isLatin(s.charCodeAt(i - 7)) && !/(?:plus|\+)[\s/-]*(?:or\s+)?$/i.test(s.slice(Math.max(0, i - 16), i - 6))) {
        sign = -1;
        i -= 6;
      } else if (i - 9 >= this.lastEnd && s.charCodeAt(i - 1) === 32 && s.charCodeAt(i - 2) === 101 /* e */ && s.slice(i - 9, i - 1).toLowerCase() === 'negative' && !isLatin(s.charCodeAt(i - 10)) && /^\d+(?:\.\d+)?\s?(?:%|percent)/i.test(s.slice(i, i + 12))) {
        // "a compute margin of about negative 90%": the word before a percent is its sign.
        sign = -1;
        i -= 9;
      }
    } else if (cur && p > i && i - 9 >= this.lastEnd && s.charCodeAt(i - 1) === 32 && s.slice(i - 9, i - 1).toLowerCase() === 'negative' && !isLatin(s.charCodeAt(i - 10))) {
      // "deteriorated to a negative $1.9 billion": the word before an amount of money is its sign too.
      sign = -1;
      i -= 9;
    } else if (cur && p > i && i - 6 >= this.lastEnd && s.charCodeAt(i - 1) === 32 && s.slice(i - 6, i - 1).toLowerCase() === 'minus' && !isLatin(s.charCodeAt(i - 7)) && !/(?:plus|\+)[\s/-]*(?:or\s+)?$/i.test(s.slice(Math.max(0, i - 16), i - 6))) {
      // "an impact of minus ¥0.3 billion per 1 yen": so is "minus" (not "plus or minus").
      sign = -1;
      i -= 6;
    }
    const c = s.charCodeAt(p);
    let side: Side;
    // "$.047/kwh": an amount of money under one unit written without its leading zero.
    if (c === 46 && cur !== undefined && isDigit(s.charCodeAt(p + 1))) {
      let e = p + 1;
      while (isDigit(s.charCodeAt(e)) && e - p <= 6) e++;
      if (isDigit(s.charCodeAt(e)) || s.charCodeAt(e) === 46 || s.charCodeAt(e) === 44) return null;
      const a: ArabicNum = { end: e, value: Number(`0${s.slice(p, e)}`), intDigits: 1, grouped: false, decimal: true, leadingZero: false, version: false, trailingZeros: 0, huge: false };
      const point: Side = { start: i, end: e, v: a.value, lo: null, hi: null, vague: false, more: false, cur, scale: 1, scaleText: '', lang: 'en', src: 'ar', a, isOne: false, sign };
      this.readScale(point);
      return point;
    }
    if (isDigit(c)) {
      const a = readArabic(s, p, this.o, cur !== undefined);
      side = {
        start: i, end: a.end, v: a.value, lo: null, hi: null, vague: false, more: false, cur, scale: 1, scaleText: '',
        lang: 'en', src: 'ar', a, isOne: a.value === 1 && !a.decimal, sign,
      };
    } else if (c === 0x6570 /* 数 */ || c === 0x51e0 /* 几 */) {
      // Only ever a second side (a first 数 or 几 goes to zhVague): a vague range: 数千万至数亿条, 几十到几百亿元.
      const mag = this.magnitudeRun(p + 1);
      if (mag.len === 0) return null;
      return {
        start: i, end: p + 1 + mag.len, v: null, lo: 2 * mag.m, hi: 9 * mag.m, vague: true, more: false, cur, scale: 1, scaleText: '',
        lang: 'zh', src: 'vz', isOne: false, sign, bigTail: bigTail(s, p + 1, mag.len),
      };
    } else if (isZhNumChar(c)) {
      const pr = this.zhPair(p);
      if (pr) {
        // 二三十个亿, 三四個億: spoken filler 个 before 亿, as after one number (67个亿).
        const yi = pr.hi < 1e4 && (s.charCodeAt(pr.end) === 0x4e2a /* 个 */ || s.charCodeAt(pr.end) === 0x500b /* 個 */) && (s.charCodeAt(pr.end + 1) === 0x4ebf /* 亿 */ || s.charCodeAt(pr.end + 1) === 0x5104 /* 億 */) && s.charCodeAt(pr.end + 2) !== 0x4e07 /* 万 */;
        return {
          start: i, end: yi ? pr.end + 2 : pr.end, v: null, lo: yi ? pr.lo * 1e8 : pr.lo, hi: yi ? pr.hi * 1e8 : pr.hi, vague: false, more: false, cur, scale: 1, scaleText: '',
          lang: 'zh', src: 'vz', isOne: false, sign, pair: true,
        };
      }
      const z = readChinese(s, p);
      side = {
        start: i, end: z.end, v: z.value, lo: null, hi: null, vague: false, more: false, cur, scale: 1, scaleText: '',
        lang: 'zh', src: 'zh', z, isOne: z.value === 1 && z.single, sign,
      };
      // 十几, 二十几, 三百几十: 几 after a numeral ending in a unit word is vague (十几 = 11–19); so is 數 in Taiwan and Hong Kong
      // copy (十數分鐘), not where it starts a word (十数据中心, 十數量).
      const jiAfter = s.charCodeAt(z.end);
      if ((jiAfter === 0x51e0 /* 几 */ || jiAfter === 0x5e7e /* 幾 */ || ((jiAfter === 0x6570 /* 数 */ || jiAfter === 0x6578 /* 數 */) && !'据據量字值码碼学學位额額目'.includes(s[z.end + 1] ?? '_'))) && z.lastUnit >= 10 && z.lastUnit <= 1000 && !z.digitString && z.value % z.lastUnit === 0) {
        const step = z.lastUnit / 10;
        side.lo = z.value + step;
        side.hi = z.value + 9 * step;
        side.v = null;
        side.vague = true;
        side.end = z.end + 1;
        side.isOne = false;
        // (二億八千幾萬港元: after 億, 八千幾 counts ten-thousands; the 萬 after it is that section's, not the whole number's.)
        const wanAfter = s.charCodeAt(z.end + 1);
        if (z.hasBig && (wanAfter === 0x4e07 /* 万 */ || wanAfter === 0x842c /* 萬 */) && z.value >= 1e8 && z.value % 1e8 < 1e4) {
          const big = z.value - (z.value % 1e8);
          side.lo = big + (z.value % 1e8 + step) * 1e4;
          side.hi = big + (z.value % 1e8 + 9 * step) * 1e4;
          side.end = z.end + 2;
        }
      }
    } else if (isLatin(c)) {
      // "hundreds of millions to billions of dollars": a vague plural as the second side of a vague range.
      const we = wordEnd(s, p);
      const lw = s.slice(p, we).toLowerCase();
      if (VAGUE_PLURALS[lw] && p === i) {
        const chain = vaguePluralChain(s, lw, we);
        return englishVagueSide(s, i, chain.end, 2 * chain.m, 9 * chain.m);
      }
      // "5,000 to over a million servers", "between 500,000 and a million GPUs": the article as the number of a
      // second side's magnitude word.
      const magnitude = secondSide && lw === 'a' ? A_MAGNITUDE_AFTER.exec(s.slice(we, we + 10)) : null;
      if (magnitude) {
        side = { start: i, end: we + magnitude[0].length, v: EN_BIG.get(magnitude[1])!, lo: null, hi: null, vague: false, more: false, cur, scale: 1, scaleText: '', lang: 'en', src: 'en', isOne: false, sign };
        return side;
      }
      const e = readEnglish(s, p);
      if (!e) return null;
      // "an initial contract of twenty (20) years": legal copy repeats the number in digits, in brackets; the unit follows them.
      const repeated = LEGAL_DIGITS_REPEAT.exec(s.slice(e.end, e.end + 16));
      const end = repeated && Number(repeated[1].replace(/,/g, '')) === e.value && /^ ?[A-Za-z%$]/.test(s.slice(e.end + repeated[0].length, e.end + repeated[0].length + 2)) ? e.end + repeated[0].length : e.end;
      side = {
        start: i, end, v: e.value, lo: null, hi: null, vague: false, more: false, cur, scale: 1, scaleText: '',
        lang: 'en', src: 'en', isOne: e.isOne, sign,
      };
    } else return null;
    if (!side.cur && inheritedCur) side.cur = inheritedCur;
    if (tildeAfterSign) side.inner = 'about';
    this.readScale(side);
    // R4 000, R12,500: a grouped amount after a bare R is the rand too (not R2, a road).
    if (rand && side.scale === 1 && !side.a?.grouped) return null;
    if ((peso || yen) && side.scale < 1e6) return null;
    // SR 71, BD 5: a Gulf abbreviation is a currency only before a scaled or grouped amount.
    if (abbreviated && side.scale === 1 && !side.a?.grouped) return null;
    return side;
  }

  /** A link speed written earlier in the sentence of `start` (within 200 characters). */
  private linkSpeedEarlierInSentence(start: number): boolean {
    const back = this.s.slice(Math.max(0, start - 200), start);
    const from = Math.max(back.lastIndexOf('. '), back.lastIndexOf('。'), back.lastIndexOf('\n')) + 1;
    return LINK_SPEED_BEFORE.test(from > 0 ? back.slice(from) : back);
  }

  /**
   * Scientific notation after a number: `1×10⁵万亿Token`, `1.2 x 10^18 FLOPS`, `3*10^9`; the power
   * multiplies the number and a scale or unit may follow. Returns where the scale is read from.
   */
  private powerOfTen(side: Side): number {
    const s = this.s;
    // A bare power of ten, 10^26 or 10²⁶: the number is 1 times the power. A single superscript
    // digit after 10 is more likely a footnote mark than 10⁵.
    if (side.v === 10 && side.end - side.start === 2 && (s.charCodeAt(side.end) === 0x5e || SUPERSCRIPT_DIGITS.includes(s[side.end]) && SUPERSCRIPT_DIGITS.includes(s[side.end + 1] ?? '_'))) {
      return this.readPower(side, side.end, 1);
    }
    let q = skipSp(s, side.end);
    const times = s.charCodeAt(q);
    if (times !== 0xd7 /* × */ && times !== 120 /* x */ && times !== 88 /* X */ && times !== 42 /* * */) return side.end;
    q = skipSp(s, q + 1);
    if (s.charCodeAt(q) !== 49 || s.charCodeAt(q + 1) !== 48 || isDigit(s.charCodeAt(q + 2)) && s.charCodeAt(q + 2) !== 0x5e) return side.end;
    return this.readPower(side, q + 2, side.v!);
  }

  /** The power after `10` at q (`^18`, `^-3`, `⁵`, `⁻³`) applied to `mantissa`; side.end when there is none. */
  private readPower(side: Side, q: number, mantissa: number): number {
    const s = this.s;
    let exponent = '';
    if (s.charCodeAt(q) === 0x5e /* ^ */) {
      let k = q + 1;
      if (s.charCodeAt(k) === 45 || s.charCodeAt(k) === 0x2212) { exponent = '-'; k++; }
      const d = k;
      while (isDigit(s.charCodeAt(k)) && k - d < 3) k++;
      if (k === d) return side.end;
      exponent += s.slice(d, k);
      q = k;
    } else {
      let k = q;
      if (s.charCodeAt(k) === 0x207b /* ⁻ */) { exponent = '-'; k++; }
      const d = k;
      for (let digit = SUPERSCRIPT_DIGITS.indexOf(s[k]); digit >= 0 && k - d < 3; digit = SUPERSCRIPT_DIGITS.indexOf(s[++k])) exponent += digit;
      if (k === d) return side.end;
      q = k;
    }
    if (isDigit(s.charCodeAt(q))) return side.end;
    // Through the decimal string, so that 1.5×10²⁶ is 1.5e26 and not 1.4999999999999998e26.
    side.v = Number(`${mantissa}e${exponent}`);
    side.exponent = Number(exponent);
    side.isOne = false;
    side.end = q;
    return q;
  }

  /**
   * 三四, 五六千, 两三万, 一两: two consecutive digits read as a range, times a magnitude; also the
   * colloquial 三五 (three to five) before a classifier or time word (三五年, 三五家; not 三五成群).
   * After a place word the pair is the next lower place: 二十五六 = 25–26, 一百五六十 = 150–160,
   * 两千三四百 = 2,300–2,400, 一万五六千 = 15,000–16,000.
   */
  private zhPair(p: number): { lo: number; hi: number; end: number } | null {
    const s = this.s;
    if (s.charCodeAt(p - 1) === 0x7b2c /* 第 */ || isZhNumChar(s.charCodeAt(p - 1))) return null;
    const direct = this.digitPair(p, 0);
    if (direct) return { lo: direct.d1 * direct.m, hi: direct.d2 * direct.m, end: direct.end };
    // A place word, then the pair: read the prefix as a number of its own.
    let k = p;
    while (k < this.n && k - p < 8 && isZhNumChar(s.charCodeAt(k)) && !(ZH_DIGITS.has(s.charCodeAt(k)) && ZH_DIGITS.has(s.charCodeAt(k + 1)))) k++;
    if (k === p || !ZH_DIGITS.has(s.charCodeAt(k))) return null;
    const place = PAIR_PLACES.get(s.charCodeAt(k - 1));
    if (place === undefined) return null;
    const prefix = readChinese(s.slice(p, k), 0);
    if (prefix.end !== k - p || !Number.isFinite(prefix.value) || prefix.digitString) return null;
    const lower = place / 10;
    const pair = this.digitPair(k, lower);
    if (!pair) return null;
    return { lo: (prefix.value + pair.d1 * lower) * pair.m, hi: (prefix.value + pair.d2 * lower) * pair.m, end: pair.end };
  }

  /**
   * Two digits d, d+1 (or 三五) at p and the magnitude after them: `lower`, when given, must be
   * written (百 after 一百五六… is not: 十 must follow) unless it is 1; then a scale may follow.
   */
  private digitPair(p: number, lower: number): { d1: number; d2: number; m: number; end: number } | null {
    const s = this.s;
    const d1 = ZH_DIGITS.get(s.charCodeAt(p));
    const d2 = ZH_DIGITS.get(s.charCodeAt(p + 1));
    if (d1 === undefined || d1 === 0 || d2 === undefined || ZH_DIGITS.has(s.charCodeAt(p + 2))) return null;
    let q = p + 2;
    if (lower > 1) {
      if (PAIR_PLACES.get(s.charCodeAt(q)) !== lower) return null;
      q++;
    }
    const colloquial = d1 === 3 && d2 === 5 && lower === 0;
    if (d2 !== d1 + 1 && !(colloquial && THREE_FIVE_BEFORE.includes(s[q]) && s.charCodeAt(q + 1) !== 0x7fa4 /* 群 */)) return null;
    const mag = lower ? (s.charCodeAt(q) === WAN || s.charCodeAt(q) === YI ? this.magnitudeRun(q) : { m: 1, len: 0 }) : this.magnitudeRun(q);
    if (lower === 1 && ZH_SMALL_UNITS.has(s.charCodeAt(q))) return null;
    if (s.charCodeAt(q + mag.len) === 0x70b9 /* 点 */) return null;
    return { d1, d2, m: mag.m, end: q + mag.len };
  }

  /** A size in bytes written with a bare G or T (16G DDR5内存条, 显存80G, 容量240G); 0 when none. */
  private bareMemorySize(side: Side): number {
    const s = this.s;
    const c = s.charCodeAt(side.end);
    // (需要3.5-4G内存: a range whose second side carries the G before the memory word.)
    if ((c === 45 || c === 0x2013 || c === 126 || c === 0xff5e) && side.src === 'ar' && side.scale === 1 && !side.cur && side.v !== null) {
      const m = MEMORY_RANGE_SECOND.exec(s.slice(side.end, side.end + 12));
      const e = m ? side.end + m[0].length : 0;
      if (m && +m[1] > side.v && MEMORY_PRODUCT_AFTER.test(s.slice(e, e + 8)) && side.start >= this.lastEnd) {
        const f = m[2] === 'G' ? 1e9 : 1e12;
        this.push({ offset: side.start, length: e - side.start, text: this.o.slice(side.start, e), kind: 'data', value: null, low: side.v * f, high: +m[1] * f, unit: 'B', qualifier: 'range', approx: false, lang: this.langOf(side.start, e) } as Figure);
        return e;
      }
    }
    if ((c !== 71 /* G */ && c !== 84 /* T */) || side.src !== 'ar' || side.scale !== 1 || side.cur || side.v === null || isAlnum(s.charCodeAt(side.end + 1))) return 0;
    const e = side.end + 1;
    if (!MEMORY_PRODUCT_AFTER.test(s.slice(e, e + 8)) && !CAPACITY_WORD_BEFORE.test(s.slice(Math.max(0, side.start - 6), side.start))) return 0;
    return this.emitSimple(side.start, e, 'data', side.v * (c === 71 ? 1e9 : 1e12), 'B', prefixQualifier(s, side.start));
  }

  /** 大漲3百多點, 跌了200多点: index points (a weak unit) after X多 when a change verb stands before the number or earlier in its clause. */
  private pointsAfterChange(side: Side, def: UnitDef): boolean {
    if (def !== INDEX_POINTS || side.v === null || side.v * side.scale < 100) return false;
    if (/[涨跌漲升降挫]了?$/.test(this.s.slice(Math.max(0, side.start - 3), side.start))) return true;
    // (漲跌1%就是300多點: a rise or fall named earlier in the clause.)
    return CHANGE_EARLIER_IN_CLAUSE.test(this.s.slice(Math.max(0, side.start - 16), side.start));
  }

  private readScale(side: Side): void {
    const s = this.s;
    let p = side.end;
    if (side.src === 'ar' && side.v !== null) p = this.powerOfTen(side);
    if (side.src === 'ar' || side.src === 'zh') {
      // X多 / X余 before a scale, classifier or unit.
      const cc = s.charCodeAt(p);
      if ((cc === 0x591a || cc === 0x4f59 || cc === 0x9918 /* 餘 */) && side.v !== null) {
        const nx = p + 1;
        // 規模50多兆韓元: more than 50 trillion (兆 before money), below 60.
        if (side.src === 'ar' && side.scale === 1 && s.charCodeAt(nx) === 0x5146 /* 兆 */ && ZHAO_MONEY_AFTER.test(s.slice(nx + 1, nx + 5))) {
          side.more = true;
          side.lo = side.v;
          side.hi = side.v + Math.pow(10, side.a!.trailingZeros);
          side.scale = 1e12;
          side.scaleText = '兆';
          side.end = nx + 1;
          return;
        }
        const sc = ZH_SCALES.match(s, nx);
        const un = ZH_UNITS.match(s, nx);
        // 3000餘至4000餘元: before the second side of a range too.
        const toRange = (s.charCodeAt(nx) === 0x81f3 /* 至 */ || s.charCodeAt(nx) === 0x5230 /* 到 */) && isDigit(s.charCodeAt(nx + 1)) && side.src === 'ar';
        if (sc || (un && (!un.value.weak || this.pointsAfterChange(side, un.value))) || toRange) {
          let step = 1;
          if (side.src === 'ar') step = Math.pow(10, side.a!.trailingZeros);
          else step = side.z!.lastUnit > 1 && side.v % side.z!.lastUnit === 0 ? side.z!.lastUnit : 1;
          if (side.src === 'zh' && side.z!.lastUnit >= 1e4) step = side.z!.lastUnit; // 十万多? rare
          side.more = true;
          side.lo = side.v;
          side.hi = side.v + step;
          p = nx;
          side.end = nx;
        }
      }
      // 20来万的纯电车, 十来亿: 来 between the number and its magnitude is "about" (一年来 stays a time word).
      if (cc === 0x6765 /* 来 */ && side.v !== null && !side.more && !side.inner && (ZH_SCALES.match(s, p + 1)?.value ?? 0) >= 1e4) {
        side.inner = 'about';
        p++;
        side.end = p;
      }
      // 各為17點5萬瓩: 点 between Arabic digits before 万 or 亿 is a decimal point (12點28分 stays a time of day).
      if ((cc === 0x70b9 /* 点 */ || cc === 0x9ede /* 點 */) && side.src === 'ar' && side.v !== null && side.a && !side.a.decimal && !side.a.grouped && isDigit(s.charCodeAt(p + 1))) {
        let k = p + 1;
        while (isDigit(s.charCodeAt(k)) && k - p <= 3) k++;
        const big = s.charCodeAt(k);
        if (big === WAN || big === YI || big === 0x842c /* 萬 */ || big === 0x5104 /* 億 */) {
          side.v = Number(`${side.v}.${s.slice(p + 1, k)}`);
          p = k;
          side.end = k;
        }
      }
      // 10幾年, 20几家 (十几, 二十几 in Arabic digits): a round ten and 几 is vague from one above it to nine above.
      if ((cc === 0x51e0 /* 几 */ || cc === 0x5e7e /* 幾 */) && side.src === 'ar' && side.v !== null && side.a && !side.a.decimal && side.a.intDigits === 2 && side.v % 10 === 0 && !side.more) {
        side.lo = side.v + 1;
        side.hi = side.v + 9;
        side.v = null;
        side.vague = true;
        p++;
        side.end = p;
      }
      // 67个亿 (spoken copy): 个 between the number and 亿 is filler (75个亿元以上项目 counts projects over 100 million).
      // (一个亿, 幾十個億: in Chinese numerals, and after a vague number, too; 二三十个亿 in zhPair's caller.)
      if ((cc === 0x4e2a /* 个 */ || cc === 0x500b /* 個 */) && (side.src === 'ar' || side.src === 'zh') && (side.v !== null || side.vague) && (s.charCodeAt(p + 1) === 0x4ebf /* 亿 */ || s.charCodeAt(p + 1) === 0x5104 /* 億 */) && !/^元?以上/.test(s.slice(p + 2, p + 5)) && !/^[亿億]万/.test(s.slice(p + 1, p + 3))) {
        p++;
        side.end = p;
      }
      // 100+亿元, 50+万台: a plus sign between the digits and a Chinese magnitude is more-than.
      if (cc === 43 && side.src === 'ar' && side.v !== null && !side.more && (ZH_SCALES.match(s, p + 1)?.value ?? 0) >= 1e4) {
        side.inner = 'more-than';
        p++;
        side.end = p;
      }
      const q = side.src === 'ar' ? skipSp(s, p) : p;
      // 一兆一一二三亿元: the same written in Chinese numerals.
      if (s.charCodeAt(q) === 0x5146 /* 兆 */ && side.src === 'zh' && side.v !== null && ZH_DIGITS.has(s.charCodeAt(q + 1))) {
        const z = readChinese(s, q + 1);
        if (z.hasBig && z.lastUnit === 1e8 && Number.isFinite(z.value)) {
          side.v = side.v * 1e4 + z.value / 1e8;
          side.scale = 1e8;
          side.scaleText = '亿';
          side.end = z.end;
          return;
        }
      }
      // 2兆2291亿6690万令吉: 兆 followed by an amount of 亿 is a trillion (Taiwan, Malaysian copy); the
      // amount of 亿 may be a decimal (1兆460.9亿元), which then ends the number. Typeset copy spaces the
      // parts: 3 兆 4,740.51 億元.
      const r = side.src === 'ar' ? skipSp(s, q + 1) : q + 1;
      if (s.charCodeAt(q) === 0x5146 /* 兆 */ && side.src === 'ar' && side.v !== null && isDigit(s.charCodeAt(r)) && r - q <= 2) {
        let k = lowDigitsEnd(s, r);
        const whole = k;
        if (s.charCodeAt(k) === 46 && isDigit(s.charCodeAt(k + 1))) for (k++; isDigit(s.charCodeAt(k)); ) k++;
        const yi = r > q + 1 ? skipSp(s, k) : k;
        if (s.charCodeAt(yi) === 0x4ebf /* 亿 */ && yi - k <= 1) {
          side.v = side.v * 1e4 + Number(s.slice(r, k).replace(',', ''));
          side.scale = 1e8;
          side.scaleText = '亿';
          k = yi;
          side.end = k + 1;
          // The places below 亿: 6690万, 9千萬 (1兆460億9千萬元), not after a decimal amount of 亿.
          const low = k === whole && isDigit(s.charCodeAt(k + 1)) ? lowerPlaces(s, k + 1, 1e8) : null;
          if (low) {
            side.v += low.rest / 1e8;
            side.end = low.end;
          }
          return;
        }
        // 10兆1千億韓元, 3兆5千億: the amount of 亿 written with 千 or 百 (1千億 = 1000亿), then maybe 万 below it.
        const yiGroup = side.a && !side.a.decimal ? placesBeforeYi(s, r) : null;
        if (yiGroup) {
          side.v = side.v * 1e4 + yiGroup.value;
          side.scale = 1e8;
          side.scaleText = '亿';
          side.end = yiGroup.end;
          const low = isDigit(s.charCodeAt(side.end)) ? lowerPlaces(s, side.end, 1e8) : null;
          if (low) {
            side.v += low.rest / 1e8;
            side.end = low.end;
          }
          return;
        }
      }
      // 兆 before money is a trillion (Taiwan, Japan: 16.39兆元); before 瓦/字节 it is mega (a unit).
      // So is the first 兆 of a range whose second one is money: 3兆至4兆美元.
      if (s.charCodeAt(q) === 0x5146 /* 兆 */ && (ZHAO_MONEY_AFTER.test(s.slice(q + 1, q + 5)) || ZHAO_MONEY_RANGE_AFTER.test(s.slice(q + 1, q + 24)))) {
        side.scale = 1e12;
        side.scaleText = '兆';
        side.end = q + 1;
        return;
      }
      // 100兆次, 逾100兆 Token, 100兆个参数, 1兆符元 (Taiwan's word for tokens): 兆 before a count is a trillion too
      // (mainland copy says 万亿); so before Taiwan's 公噸 (2 兆公噸溫室氣體; 兆吨 alone may be a nuclear megaton);
      // 每秒15千兆次: 千兆 a thousand of them (a quadrillion).
      const thousandZhao = s.charCodeAt(q) === 0x5343 /* 千 */ && s.charCodeAt(q + 1) === 0x5146 ? 1 : 0;
      if (s.charCodeAt(q + thousandZhao) === 0x5146 /* 兆 */ && /^ ?(?:次|个|颗|枚|笔|个?参数|符元|公吨|[Tt]okens?\b)/.test(s.slice(q + thousandZhao + 1, q + thousandZhao + 10))) {
        side.scale = thousandZhao ? 1e15 : 1e12;
        side.scaleText = thousandZhao ? '千兆' : '兆';
        side.end = q + thousandZhao + 1;
        return;
      }
      // 10.4兆千瓦时, 3兆瓩: 兆 before a unit that has its own kilo prefix is no prefix (兆千瓦 names no unit) but a trillion.
      if (s.charCodeAt(q) === 0x5146 /* 兆 */ && side.v !== null && /^(?:千瓦|瓩)/.test(s.slice(q + 1, q + 3))) {
        side.scale = 1e12;
        side.scaleText = '兆';
        side.end = q + 1;
        return;
      }
      // 日均调用量:50兆。 A bare 兆 ending the figure is a trillion where the draft never uses 兆 as mega (bareZhaoTrillion).
      // (合併營收約 NT$1.793 兆(Q2): after a currency sign 兆 is the trillion whatever follows, short of a unit it prefixes.)
      if (s.charCodeAt(q) === 0x5146 /* 兆 */ && side.v !== null && ((side.cur && !/^[瓦字赫比位]/.test(s.slice(q + 1, q + 2))) || this.bareZhaoTrillion(q) || investedZhao(s, side.start, q))) {
        side.scale = 1e12;
        side.scaleText = '兆';
        side.end = q + 1;
        // (3兆多元: more than three trillion, below four, as 3万多元.)
        if ('多余餘'.includes(s[q + 1] ?? '_') && s.charCodeAt(q + 2) === 0x5143 /* 元 */ && !side.more) {
          side.more = true;
          side.lo = side.v;
          side.hi = side.v + 1;
          side.end = q + 2;
        }
        return;
      }
      // 3兆至4兆瓦: the first 兆 of a range whose second one starts a unit is that unit's prefix; the
      // side takes the second side's unit (兆瓦) as a range's first side does.
      if (s.charCodeAt(q) === 0x5146 /* 兆 */ && /^(?:至|到|-|–|~|～) ?[\d.,]+ ?兆瓦/.test(s.slice(q + 1, q + 24))) {
        side.end = q + 1;
        return;
      }
      // 18000京次: 京 is 10¹⁶ (compute and Taiwan copy), only before a classifier or unit (京东, 京津 are Beijing).
      if (s.charCodeAt(q) === 0x4eac /* 京 */ && side.v !== null && ZH_UNITS.match(s, q + 1) && !startsAnotherWord(s, q + 1)) {
        side.scale = 1e16;
        side.scaleText = '京';
        side.end = q + 1;
        return;
      }
      const sc = ZH_SCALES.match(s, q);
      // (毛利率提升0.7百分點: 百 opens 百分点, percentage points written without 个, and scales nothing.)
      if (sc && !(side.src === 'zh' && (sc.value < 1e4)) && !(sc.value === 100 && PERCENTAGE_POINTS_AT.test(s.slice(q, q + 3)))) {
        // 5千瓦 = 5 × 千 × 瓦 is fine; but not "3千米"? (also fine: 3 km). Avoid 千万 as adverb after numbers? no.
        side.scale = sc.value;
        side.scaleText = s.slice(q, q + sc.len);
        side.end = q + sc.len;
        let step = 1;
        // Composite amounts, each lower place after a higher one: 1亿2000万元 = 1.2亿, 4458亿4005万令吉,
        // 1万2千块 = 1.2万, 5万4千6百, 1亿2千万元 = 1.2亿, 90亿2千8百万元 = 90.28亿.
        // 零 before the lower part skips a place: 2亿零45万元 = 200,450,000.
        // 2千3百萬人, 1百2十萬家: Arabic digits with falling small places, then 万 or 亿 multiplying them all.
        if (side.src === 'ar' && side.v !== null && !side.a!.decimal && sc.value < 1e4 && side.v < 10 && isDigit(s.charCodeAt(side.end))) {
          const big = smallPlacesThenBig(s, side.end, sc.value);
          if (big) {
            side.v = side.v * sc.value + big.group;
            side.scale = big.scale;
            side.scaleText = big.text;
            side.end = big.end;
            // 3千5百多人: more than, by the last place written.
            const c3 = s.charCodeAt(side.end);
            const un = c3 === 0x591a || c3 === 0x4f59 || c3 === 0x9918 ? ZH_UNITS.match(s, side.end + 1) : null;
            if (big.scale === 1 && un && !un.value.weak) {
              side.more = true;
              side.lo = side.v;
              side.hi = side.v + big.place;
              side.end++;
            }
            return;
          }
        }
        const zero = s.charCodeAt(side.end) === 0x96f6 /* 零 */ && isDigit(s.charCodeAt(side.end + 1)) ? 1 : 0;
        if (side.src === 'ar' && side.v !== null && !side.a!.decimal && sc.value >= 1e4 && isDigit(s.charCodeAt(side.end + zero))) {
          const low = lowerPlaces(s, side.end + zero, sc.value, zero === 1);
          if (low) {
            side.v += low.rest / sc.value;
            side.end = low.end;
            // 2万3千多名: "more" steps by the last place written (a thousand), in units of the scale.
            step = low.place / sc.value;
            // 1萬1283億新台幣 (Taiwan, Japanese copy): the whole of it counts 亿, 11,283 of them.
            const yi = s.charCodeAt(low.end);
            if (sc.value === 1e4 && !zero && (yi === 0x4ebf || yi === 0x5104) /* 亿 億 */) {
              side.v *= 1e4;
              side.scale = 1e8;
              side.scaleText = s[low.end];
              side.end = low.end + 1;
              step = 1;
            }
          }
        }
        const c2 = s.charCodeAt(side.end);
        // 44.3億餘元: after a decimal, "more" steps by the last decimal place written (to 44.4億).
        if ((c2 === 0x591a || c2 === 0x4f59 || c2 === 0x9918) && side.src === 'ar' && side.a?.decimal && step === 1) {
          const digits = s.slice(side.start, q).trim();
          const point = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf('\uff0e'), digits.lastIndexOf('\ufe52'));
          if (point >= 0 && point < digits.length - 1) step = Math.pow(10, -(digits.length - point - 1));
        }
        if ((c2 === 0x591a || c2 === 0x4f59 || c2 === 0x9918 /* 餘 */) && !side.more && side.v !== null) {
          const un = ZH_UNITS.match(s, side.end + 1);
          const big = sc.value < 1e4 && side.src === 'ar' ? ZH_SCALES.match(s, side.end + 1) : null;
          if (un && (!un.value.weak || this.pointsAfterChange(side, un.value))) {
            side.more = true;
            side.lo = side.v;
            side.hi = side.v + step;
            side.end++;
          } else if (big && big.value >= 1e4) {
            // 7千餘億元, 3千多万元: a small place, 多, then a larger scale: thousands and more of it.
            side.v *= sc.value;
            side.more = true;
            side.lo = side.v;
            side.hi = side.v + sc.value;
            side.scale = big.value;
            side.scaleText = s.slice(side.end + 1, side.end + 1 + big.len);
            side.end += 1 + big.len;
          }
        }
        // 3万+架, 25万+平方米: a plus after the magnitude, before a classifier or unit.
        if (!side.more && !side.inner && side.src === 'ar') this.takePlus(side);
        return;
      }
      if (side.src === 'zh') return;
    }
    if (side.src === 'ar' || side.src === 'en') {
      // "30-plus megawatts", "1,000-plus GPUs": the hedge between the number and its unit or noun.
      // "500-and-more megawatts", "100-or-more GPUs" too.
      let hedge = s.charCodeAt(p) !== 45 ? 0 : s.startsWith('plus', p + 1) ? 5 : s.startsWith('and-more', p + 1) || s.startsWith('or-more ', p + 1) ? (s.charCodeAt(p + 1) === 97 ? 9 : 8) : 0;
      // "over the next 10 plus years": spaced, before a unit (not "72 GPUs plus 36 CPUs", nor "5 plus 3").
      // ("50 plus megawatts of power": before any unit.)
      if (!hedge && s.startsWith(' plus ', p) && this.latinUnit(p + 6, false)) hedge = 5;
      // "16-plus-year", "20-plus-megawatt": the compound goes on with a hyphen to its unit.
      if (hedge && (s.charCodeAt(p + hedge) === 32 || s.charCodeAt(p + hedge) === 45) && isLatin(s.charCodeAt(p + hedge + 1))) {
        side.inner = 'more-than';
        p += hedge;
        side.end = p;
      }
      // "5+ gigawatts", "1,000+ GPUs": the same written as a sign.
      else if (this.takePlus(side)) p = side.end;
      // "100-ish racks", "40ish": an about hedge glued to the number; "24,000-odd superchips" with a hyphen.
      else {
        const ish = s.charCodeAt(p) === 45 ? p + 1 : p;
        if (s.charCodeAt(ish) === 105 /* i */ && side.src === 'ar' && s.startsWith('ish', ish) && !isAlnum(s.charCodeAt(ish + 3))) {
          side.inner = 'about';
          p = ish + 3;
          side.end = p;
        } else if (ish > p && side.src === 'ar' && s.startsWith('odd', ish) && !isAlnum(s.charCodeAt(ish + 3))) {
          side.inner = 'about';
          p = ish + 3;
          side.end = p;
        }
      }
    }
    // "18 MM sq ft": finance copy's MM (million), spaced, before square feet.
    if (side.src === 'ar' && side.scale === 1 && s.charCodeAt(p) === 32 && s.startsWith('MM', p + 1) && !isAlnum(s.charCodeAt(p + 3)) && SQUARE_FEET_AFTER.test(s.slice(p + 3, p + 20))) {
      side.scale = 1e6;
      side.scaleText = 'MM';
      side.end = p + 3;
      return;
    }
    // "~1.9 M gallons", "2.5 M GPUs", "300 K users": a spaced capital scale letter before a unit or a plural noun
    // (not a display resolution: "4 K monitors").
    // (An amount of money has its own reading of the letter: "$13.8 B", and "$5 B shares" are class B shares.)
    if (side.src === 'ar' && !side.cur && side.scale === 1 && side.v !== null && s.charCodeAt(p) === 32 && s.charCodeAt(p + 2) === 32) {
      const letter = s[p + 1];
      const scale = letter === 'M' ? 1e6 : letter === 'B' ? 1e9 : letter === 'K' && !(DISPLAY_RESOLUTIONS.has(side.v) && !side.a?.decimal) ? 1e3 : 0;
      const noun = scale ? /^[A-Za-z]{3,}/.exec(s.slice(p + 3, p + 24)) : null;
      if (noun && !isAlnum(s.charCodeAt(p + 3 + noun[0].length)) && !/^shares?$/i.test(noun[0]) && (this.latinUnit(p + 3, false) || isPluralNoun(noun[0]))) {
        side.scale = scale;
        side.scaleText = letter;
        side.end = p + 2;
        return;
      }
    }
    if (side.src === 'ar') {
      // Attached letters: 10bn, $1.2B, 100k, 2.5m.
      let e = p;
      while (e < this.n && e - p < 3 && isLatin(s.charCodeAt(e))) e++;
      // ("187,000m²": a square or cubic sign after the letters makes them a unit.)
      if (e > p && !isAlnum(s.charCodeAt(e)) && s.charCodeAt(e) !== 0xb2 && s.charCodeAt(e) !== 0xb3) {
        const w = s.slice(p, e);
        const m = EN_SCALE_LETTERS.get(w) ?? (w.length > 1 ? scaleWord(w.toLowerCase(), side) : undefined);
        // (A capital B, M or T alone is a scale after a currency or in a decimal, and M before square feet: "a 28M SF cluster".)
        const upperSingle = w === 'B' || w === 'M' || w === 'T';
        // 4K高清, 8K视频, "4K video": a display resolution, not thousands (never a decimal: 4.5k机架 are racks).
        const resolution = (w === 'K' || w === 'k') && !side.cur && side.v !== null && DISPLAY_RESOLUTIONS.has(side.v) && !side.a?.decimal && (isCJK(s.charCodeAt(e)) || s.charCodeAt(e) === 64 /* 4K@120Hz */ || RESOLUTION_AFTER.test(s.slice(e, e + 16)));
        // ($200mm: finance copy's million after a currency; 200mm alone is millimetres.)
        // ("Stage 1b", "Phase 2b": after a label word b names the sub-stage, no billion.)
        if (m !== undefined && !resolution && !(w === 'b' && !side.cur && (STAGE_LABEL_BEFORE.test(s.slice(Math.max(0, side.start - 8), side.start)) || subLabelOfName(s, side))) && !(w === 'mm' && !side.cur) && !(upperSingle && !side.cur && !side.a!.decimal && !(w === 'M' && SQUARE_FEET_AFTER.test(s.slice(e, e + 16))) && !CURRENCY_WORD_AFTER_SCALE.test(s.slice(e, e + 10))) && !(w === 'm' && !side.cur && this.looksMetres(side)) && !(w === 'b' && !side.cur && MEMORY_NODE.test(s.slice(e, e + 8))) && !(w === 'T' && !side.cur && (isCJK(s.charCodeAt(e)) || (s.charCodeAt(e) === 32 && isCJK(s.charCodeAt(e + 1))) || LINK_SPEED_NOUN.test(s.slice(e, e + 24)) || this.linkSpeedEarlierInSentence(side.start)))) {
          side.scale = m;
          side.scaleText = w;
          side.end = e;
          // ("CtrlS opens Rs 4k-crore data centre park": thousands of crore, in Indian headlines.)
          const crore = (w === 'k' || w === 'K') && side.cur === 'INR' ? /^[- ](?:crore|cr)\b\.?/i.exec(s.slice(e, e + 8)) : null;
          if (crore) {
            side.scale = 1e3 * 1e7;
            side.scaleText = s.slice(p, e + crore[0].length);
            side.end = e + crore[0].length;
          }
          this.takePlus(side);
          return;
        }
      }
      // "a 1.78 m sq ft data centre", "≈1.3 M ft²": a spaced m or M before an area in square feet is a million (no metre
      // takes it).
      if (s.charCodeAt(p) === 32 && (s.charCodeAt(p + 1) === 109 /* m */ || s.charCodeAt(p + 1) === 77 /* M */) && /^ [mM] (?:sq\.? ?ft|square f(?:ee|oo)t|ft²|sf)(?![A-Za-z])/.test(s.slice(p, p + 18))) {
        side.scale = 1e6;
        side.scaleText = s[p + 1];
        side.end = p + 2;
        return;
      }
      // "AU$58.7million", "$5billion": a whole scale word glued to the number.
      const glued = wordEnd(s, p);
      if (glued - p > 3 && !isAlnum(s.charCodeAt(glued))) {
        const m = scaleWord(s.slice(p, glued).toLowerCase(), side);
        if (m !== undefined) {
          side.scale = m;
          side.scaleText = s.slice(p, glued);
          side.end = glued;
          this.takePlus(side);
          return;
        }
      }
      // "$100+ billion", "$500-billion": a sign or hyphen between the number and its scale word.
      const joiner = s.charCodeAt(p);
      // "an 11-billion-dollar complex": no currency sign, the currency word hyphenated after the scale.
      const scaleEnd = joiner === 45 ? wordEnd(s, p + 1) : p;
      // "a 4-million-square-foot facility": the same with a unit after the scale.
      const hyphenCurrency = joiner === 45 && !side.cur && (/^-(?:dollar|yuan|euro|pound)\b/i.test(s.slice(scaleEnd, scaleEnd + 8)) || (s.charCodeAt(scaleEnd) === 45 && isLatin(s.charCodeAt(scaleEnd + 1))));
      // "its $10 - billion valuation": the hyphen typeset with spaces, after an amount of money.
      if (side.cur && joiner === 32 && s.charCodeAt(p + 1) === 45 && s.charCodeAt(p + 2) === 32) {
        const we3 = wordEnd(s, p + 3);
        const m3 = EN_SCALE_WORDS.get(s.slice(p + 3, we3).toLowerCase());
        if (m3 !== undefined && m3 >= 1e6 && !isDigit(s.charCodeAt(we3))) {
          side.scale = m3;
          side.scaleText = s.slice(p + 3, we3);
          side.end = we3;
          return;
        }
      }
      // "78-thousand jobs", "5-million people": a plain number hyphenated to its scale word, too.
      if (joiner === 45 || (joiner === 43 && side.cur)) {
        const q2 = joiner === 43 ? skipSp(s, p + 1) : p + 1;
        const we2 = wordEnd(s, q2);
        const m2 = EN_SCALE_WORDS.get(s.slice(q2, we2).toLowerCase());
        if (m2 !== undefined && m2 >= (side.cur || hyphenCurrency ? 1e6 : 1e3) && q2 - p <= 2 && !isDigit(s.charCodeAt(we2))) {
          side.scale = m2;
          side.scaleText = s.slice(q2, we2);
          side.end = we2;
          if (joiner === 43) side.inner = 'more-than';
          return;
        }
      }
      let q = skipSp(s, p);
      // "$7 plus billion of projects": a spaced plus before the scale word opens the top, as "$7 billion+".
      let plus = false;
      if (q - p === 1 && side.cur && s.startsWith('plus ', q) && side.v !== null) {
        const q2 = q + 5;
        const m2 = scaleWord(s.slice(q2, wordEnd(s, q2)).toLowerCase(), side);
        if (m2 !== undefined && m2 >= 1e6) {
          plus = true;
          q = q2;
        }
      }
      // "$1.520⏎        billion": a hard-wrapped line's indent before a spelled scale word (the mask made the break a space).
      if (q > p && (q - p <= 2 || plus || (q - p <= 12 && SPELLED_SCALE_AT.test(s.slice(q, q + 9))))) {
        const we = wordEnd(s, q);
        // "$13.8 B for the 765-kV option", "$72.2 b in 2025": a spaced B or M after an amount of money (not "B shares").
        // ("$144 k in raw power costs": a spaced k as well, lower case only; "(≈ $90 B)": before a bracket only when it opened before the amount.)
        if (side.cur && we === q + 1 && (s[q] === 'B' || s[q] === 'M' || s[q] === 'b' || s[q] === 'm' || s[q] === 'k') && !isAlnum(s.charCodeAt(we)) && s.charCodeAt(we) !== 45 && (s.charCodeAt(we) !== 41 || s.lastIndexOf('(', side.start) >= side.start - 3) && !SHARE_CLASS_AFTER.test(s.slice(we, we + 10))) {
          side.scale = s[q] === 'B' || s[q] === 'b' ? 1e9 : s[q] === 'k' ? 1e3 : 1e6;
          side.scaleText = s[q];
          side.end = we;
          return;
        }
        // ("up to 50 k GPUs": a spaced lower-case k before a counted noun the store knows is thousands.)
        if (!side.cur && we === q + 1 && s[q] === 'k' && side.scale === 1 && side.a && !side.a.grouped && side.a.intDigits <= 3 && s.charCodeAt(we) === 32 && EN_NOUNS.match(s, we + 1, true)) {
          side.scale = 1e3;
          side.scaleText = 'k';
          side.end = we;
          return;
        }
        const w = s.slice(q, we).toLowerCase();
        const m = scaleWord(w, side);
        if (m !== undefined && w !== 'k' && !isDigit(s.charCodeAt(we))) {
          side.scale = m;
          side.scaleText = s.slice(q, we);
          side.end = we;
          if (plus) side.inner = 'more-than';
          // "17.5 million billion calculations per second": two English scales in a row compound (1e6 × 1e9).
          if ((w === 'million' || w === 'thousand') && s.charCodeAt(we) === 32) {
            const we2 = wordEnd(s, we + 1);
            const m2 = EN_SCALE_WORDS.get(s.slice(we + 1, we2).toLowerCase());
            if (m2 !== undefined && m2 >= 1e9 && !isLatin(s.charCodeAt(we2)) && s.charCodeAt(we2) !== 45) {
              side.scale = m * m2;
              side.scaleText = s.slice(q, we2);
              side.end = we2;
            }
          }
          // "5 lakh crore": Indian scales compound (1e5 × 1e7).
          if (w.startsWith('lakh')) {
            const q2 = skipSp(s, we);
            const we2 = wordEnd(s, q2);
            if (q2 - we === 1 && EN_SCALE_WORDS.get(s.slice(q2, we2).toLowerCase()) === 1e7) {
              side.scale = m * 1e7;
              side.scaleText = s.slice(q, we2);
              side.end = we2;
            }
          }
          this.takePlus(side); // "3 million+ GPUs"
          return;
        }
        if (w === 'hundred') {
          const q2 = skipSp(s, we);
          const w2 = s.slice(q2, wordEnd(s, q2)).toLowerCase();
          const m2 = EN_SCALE_WORDS.get(w2);
          if (m2 !== undefined && q2 > we) {
            side.scale = 100 * m2;
            side.scaleText = s.slice(q, wordEnd(s, q2));
            side.end = wordEnd(s, q2);
          } else {
            side.scale = 100;
            side.scaleText = s.slice(q, we);
            side.end = we;
          }
        }
      }
    }
  }

  /** "-$5.9 billion", "−€2m", "+$53": a minus or plus sign, a currency sign, a digit, after a space or bracket. */
  private minusBeforeCurrency(p: number): boolean {
    const s = this.s;
    const c = s.charCodeAt(p);
    if (c !== 45 && c !== 0x2212 && c !== 43) return false;
    const cur = s.charCodeAt(p + 1);
    const prev = s.charCodeAt(p - 1);
    if (!(p === 0 || isGroupSpace(prev) || prev === 40 || prev === 10 || prev === 0xff08)) return false;
    if (cur === 36 || cur === 0x20ac || cur === 0xa3 || cur === 0xa5) return isDigit(s.charCodeAt(p + 2));
    // ("a loss of -US$593bn", "-HK$1.2 billion": a currency written with its country's letters.)
    if (cur < 65 || cur > 90) return false;
    const cm = CUR_PREFIX.match(s, p + 1);
    return !!cm && s.charCodeAt(p + cm.len) === 36 && isDigit(s.charCodeAt(p + 1 + cm.len));
  }

  /** A "+" at the side's end before a space and a word ("5+ gigawatts", "3 million+ GPUs") or glued to a unit symbol ("150+MW") joins the side as more-than. */
  private takePlus(side: Side): boolean {
    const s = this.s;
    // ("310 +款车型": a typeset space before the sign, then a Chinese classifier.)
    const p = s.charCodeAt(side.end) === 32 && s.charCodeAt(side.end + 1) === 43 && isCJK(s.charCodeAt(side.end + 2)) && ZH_UNITS.match(s, side.end + 2) !== null ? side.end + 1 : side.end;
    if (s.charCodeAt(p) !== 43) return false;
    // "150+MW": the sign glued to a unit symbol (not "5+x", nor a label like "4+N").
    const glued = isLatin(s.charCodeAt(p + 1)) && this.latinUnit(p + 1, true);
    const joined = glued && glued.end - glued.start >= 2 && glued.def.kind !== 'ratio';
    // "460+美元", "50+家企业": the same before a Chinese unit or classifier.
    // ("100+ 家": typeset copy spaces the classifier off, as after digits.)
    const zhAt = s.charCodeAt(p + 1) === 32 && isCJK(s.charCodeAt(p + 2)) ? p + 2 : p + 1;
    const zhUnit = !joined && isCJK(s.charCodeAt(zhAt)) && ZH_UNITS.match(s, zhAt) !== null;
    // ("季增 30+%": before a percent sign.)
    const percent = s.charCodeAt(p + 1) === 37 || s.charCodeAt(p + 1) === 0xff05;
    if (!joined && !zhUnit && !percent && !(s.charCodeAt(p + 1) === 32 && isLatin(s.charCodeAt(p + 2)))) return false;
    side.inner = 'more-than';
    side.end = p + 1;
    return true;
  }

  /**
   * 兆 at q with nothing after it but punctuation, the end or a suffix hedge (调用量50兆。, 43兆左右): a trillion, as
   * Taiwan copy writes it before 元 and counts, unless the paragraph uses 兆 as mega — a unit after it (兆瓦, 兆字节,
   * 兆赫, 兆比特, 兆位) or bandwidth and memory wording (宽带, 带宽, 网速, 内存), where a bare 100兆 is 100 Mbit/s or MB.
   */
  private bareZhaoTrillion(q: number): boolean {
    const s = this.s;
    const k = q + 1 < this.n && s.charCodeAt(q + 1) === 32 ? q + 2 : q + 1;
    // (突破8兆大關: a mark reached, as 左右 and 以上 close an amount.)
    // (其中2.2兆投入綠能: a verb of spending it after it, too.)
    // (參數數量估計在 5 兆到 7 兆之間: the first side of a range of bare 兆, and the second before 之间.)
    // (市值3兆多元的鴻海: more than three trillion 元, 多 or 余 between 兆 and 元.)
    if (/^[多余餘]元/.test(s.slice(k, k + 2))) return true;
    if (k < this.n && !BARE_ZHAO_END.includes(s[k]) && !s.startsWith('左右', k) && !s.startsWith('以上', k) && !s.startsWith('之多', k) && !s.startsWith('大关', k) && !s.startsWith('大關', k) && !s.startsWith('之间', k) && !SPENDING_AFTER_ZHAO.test(s.slice(k, k + 2)) && !ZHAO_RANGE_AFTER.test(s.slice(k, k + 12))) return false;
    // Read in the paragraph only: the server scans paragraph by paragraph (analyze's memo), and the
    // whole-text scan must find the same.
    const a = s.lastIndexOf('\n\n', q);
    const b = s.indexOf('\n\n', q);
    return !ZHAO_AS_MEGA.test(s.slice(a < 0 ? 0 : a, b < 0 ? this.n : b));
  }

  /** A bare m glued after `side` that a dimension word before it makes the metre: 长90m, 宽78m, 建筑高度12.30m. */
  private looksMetres(side: Side): boolean {
    return side.src === 'ar' && (DIMENSION_BEFORE.test(this.s.slice(Math.max(0, side.start - 7), side.start)) || EN_DIMENSION_OF_BEFORE.test(this.s.slice(Math.max(0, side.start - 64), side.start)) || this.convertsLength(side) || EN_DIMENSION_AFTER_M.test(this.s.slice(side.end + 1, side.end + 14)) || /\bmeasuring $/i.test(this.s.slice(Math.max(0, side.start - 10), side.start)));
  }

  /** "8,000 ft (2,440 m)", "3,250-ft-long (990-m)": the number opens a bracket right after a length (a conversion of it). */
  private convertsLength(side: Side): boolean {
    const s = this.s;
    if (s.charCodeAt(side.start - 1) !== 40 /* ( */) return false;
    const last = this.out[this.out.length - 1];
    if (!last || last.kind !== 'length') return false;
    const between = side.start - 1 - (last.offset + last.length);
    return between >= 0 && between <= 8 && /^[-a-z ]*$/.test(s.slice(last.offset + last.length, side.start - 1));
  }

  // -------------------------------------------------------------------------------------------
  // Units

  /**
   * 算力达10000P, 300P算力: Chinese compute copy writes PFLOPS as a bare P (E for EFLOPS) right after
   * the number; only where 算力 (or 智算能力, 计算能力) is said next to it (1080P is a video resolution).
   */
  private computeLetter(pos: number, side: Side): UnitHit | null {
    const s = this.s;
    const c = s.charCodeAt(pos);
    // 18萬匹算力, 算力達5千匹: Hong Kong copy writes P as 匹 where the clause is about compute (3匹空调 is
    // horsepower, 匹配 a word).
    if (c === 0x5339 /* 匹 */) {
      return s.charCodeAt(pos + 1) !== 0x914d /* 配 */ && COMPUTE_CLAUSE.test(clauseAround(s, side.start, pos + 1)) ? { def: COMPUTE_LETTER.P, start: pos, end: pos + 1, text: s[pos] } : null;
    }
    // (千P级智算中心, 一万P算力: a Chinese magnitude takes the letter too.)
    if ((side.src !== 'ar' && !(side.src === 'zh' && (side.v ?? 0) >= 100)) || (c !== 80 && c !== 69) || isAlnum(s.charCodeAt(pos + 1))) return null;
    // 1080P, 720P: a video resolution, whatever the sentence says of compute.
    if (c === 80 && side.scale === 1 && VIDEO_LINES.has(side.v ?? 0)) return null;
    // FP8算力达到8E FLOPS: the prefix letter spaced from FLOPS is the unit, FLOPS in the span.
    // (算力规模约9E flops: in lower case too, after the prefix letter.)
    const spaced = /^ (?:FLOP[Ss]?|[Ff]lops)(?![A-Za-z])/.exec(s.slice(pos + 1, pos + 8));
    if (spaced) return { def: COMPUTE_LETTER[c === 80 ? 'P' : 'E'], start: pos, end: pos + 1 + spaced[0].length, text: s.slice(pos, pos + 1 + spaced[0].length) };
    // 智算能力, 计算能力 say 算力 at length (总规划智算能力是3000P); 智算规模 names the same (全市智算规模突破12万P).
    // The window stays in the sentence: 1000P智算能力。1080P视频 is a resolution.
    let from = side.start;
    while (from > 0 && side.start - from < 16 && !SENTENCE_END_ZH.includes(s[from - 1])) from--;
    let to = pos;
    while (to < s.length && to - pos < 9 && !SENTENCE_END_ZH.includes(s[to])) to++;
    if (!/算力|算能力|智算/.test(s.slice(from, to)) && !this.computeLetterEarlier(side.start)) return null;
    return { def: COMPUTE_LETTER[c === 80 ? 'P' : 'E'], start: pos, end: pos + 1, text: s[pos] };
  }

  /** A bare magnitude at i before tokens and a price in its clause: 百万tokens输入价格, 千tokens收费0.1元. */
  private tokensOfPrice(i: number): boolean {
    const s = this.s;
    if (isZhNumChar(s.charCodeAt(i - 1)) || s.charCodeAt(i - 1) === 0x6570 /* 数 */ || s.charCodeAt(i - 1) === 0x51e0 /* 几 */) return false;
    // Every bare 万 or 亿 of Chinese copy comes here: look for a T after the magnitude before slicing.
    let k = i;
    while ('十百千万亿'.includes(s[k] ?? '-')) k++;
    if (s.charCodeAt(k) === 32) k++;
    if ((s.charCodeAt(k) | 32) !== 116 /* t */) return false;
    return TOKENS_OF_PRICE.test(s.slice(i, i + 40));
  }

  /** A slash before i (spaces around it allowed) right after a money figure or a length of time: 1元/百万tokens, 2元 / 千次, 3.7天/万亿tokens. */
  private afterRateSlash(i: number): boolean {
    const s = this.s;
    let k = s.charCodeAt(i - 1) === 32 ? i - 2 : i - 1;
    if (s.charCodeAt(k) !== 47 && s.charCodeAt(k) !== 0xff0f) return false;
    if (s.charCodeAt(k - 1) === 32) k--;
    const f = this.out[this.out.length - 1];
    return f !== undefined && (f.kind === 'money' || f.kind === 'duration') && f.offset + f.length === k;
  }

  /**
   * 算力规模达到8400P，较年初净增8000P, 超过6.6万PFlops,预计年底将达到10万P: an earlier figure of the same
   * sentence was compute in PFLOPS or EFLOPS (a bare P/E, 匹, or the unit written out), so the 算力 cue
   * carries to a later bare P in it, however far.
   */
  private computeLetterEarlier(start: number): boolean {
    const from = stretchBack(this.s, start, 400, '。；！？!?;\n');
    for (let k = this.out.length - 1; k >= 0 && this.out[k].offset >= from; k--) {
      const f = this.out[k];
      if (f.kind === 'compute' && f.offset < start && /(?:[PE匹]|[PE]FLOPS?)$/i.test(f.text)) return true;
    }
    return false;
  }

  private readUnit(pos: number, side: Side): UnitHit | null {
    const s = this.s;
    // Hyphenated adjectives: 15-year, 10-gigawatt, 1.2-GW.
    if (s.charCodeAt(pos) === 45 && isLatin(s.charCodeAt(pos + 1))) {
      const h = this.latinUnit(pos + 1, true);
      // SGD 1-SGD 2 billion: a currency code before a number starts a range's second side, no unit.
      if (h && h.def.kind === 'money' && lettersBeforeSign(s, pos + 1)) return null;
      // "the Baegot 1-dong Administrative Welfare Center": a Korean neighbourhood after its name, no Vietnamese dong.
      if (h && h.def.unit === 'VND' && /[A-Z][a-z]+ $/.test(s.slice(Math.max(0, side.start - 16), side.start)) && /^-dong(?: [A-Z]|,)/.test(s.slice(pos, pos + 7))) return null;
      if (h) return { ...h, start: pos, hyphen: true };
      // "the 130-pound Starcloud-1 satellite": a hyphenated pound before a noun weighs (a pound note is money).
      if (s.startsWith('pound', pos + 1) && !isAlnum(s.charCodeAt(pos + 6)) && s.charCodeAt(pos + 6) !== 45 && !side.cur && !/^ (?:notes?|coins?|fines?|bills?|sterling)\b/i.test(s.slice(pos + 6, pos + 16))) return { def: POUND_MASS, start: pos, end: pos + 6, text: 'pound', hyphen: true };
      // "(990-m)": a hyphenated m converting a length before it is the metre.
      if (s.charCodeAt(pos + 1) === 109 /* m */ && !isAlnum(s.charCodeAt(pos + 2)) && s.charCodeAt(pos + 2) !== 45 && !side.cur && side.scale === 1 && this.convertsLength(side)) return { def: METRE, start: pos, end: pos + 2, text: 'm', hyphen: true };
      // "a 10-second boot": second is a unit only hyphenated (alone it is an ordinal: "2 second-tier").
      if (s.startsWith('second', pos + 1) && !isAlnum(s.charCodeAt(pos + 7)) && s.charCodeAt(pos + 7) !== 45) return { def: SECOND, start: pos, end: pos + 7, text: s.slice(pos, pos + 7), hyphen: true };
      return null;
    }
    // "a 20-year, 6.6- gigawatt agreement": a stray space after a compound's hyphen, before a unit spelled out.
    if (s.charCodeAt(pos) === 45 && s.charCodeAt(pos + 1) === 32 && isLower(s.charCodeAt(pos + 2)) && !(side.src === 'ar' && side.end - side.start === 4 && isYear(side.v ?? 0))) {
      const h = this.latinUnit(pos + 2, true);
      if (h && h.end - h.start >= 4 && /^[a-z]+$/.test(h.text) && h.def.kind !== 'money') return { ...h, start: pos, hyphen: true };
    }
    const q = skipSp(s, pos);
    if (q - pos > 2) return null;
    // "dropped to 393$ in 3Q22", "a 5 € fee": a currency sign after the amount, glued or one space on, before no digit or letter.
    const trailingSign = q - pos <= 1 && !side.cur ? TRAILING_CURRENCY_SIGNS.get(s.charCodeAt(q)) : undefined;
    if (trailingSign && side.src === 'ar' && !isAlnum(s.charCodeAt(q + 1)) && !isCurrencySign(s.charCodeAt(q + 1)) && !isDigit(s.charCodeAt(skipSp(s, q + 1)))) {
      return { def: trailingSign, start: q, end: q + 1, text: s.slice(q, q + 1) };
    }
    if (s.charCodeAt(q) === 109 /* m */ && !isAlnum(s.charCodeAt(q + 1)) && !side.cur && side.scale === 1 && (q === pos ? this.looksMetres(side) : q === pos + 1 && (this.convertsLength(side) || EN_DIMENSION_AFTER_M.test(s.slice(q + 1, q + 24))))) return { def: METRE, start: q, end: q + 1, text: 'm' };
    // "a 110 million pound fund": a singular pound after an English scale word and before a noun is sterling, as
    // "a 5 billion dollar deal" (without a scale, "a 500 pound bomb" weighs).
    // ("a 7.4 million pound ($13.3 million) contract": its conversion in brackets between, as before the noun.)
    if (q === pos + 1 && side.scale >= 1e6 && !side.cur && side.src !== 'zh' && s.startsWith('pound ', q) && /^(?:[a-z]|\((?:US|A|C|S|HK|NZ)?[$€¥]|\((?:USD|EUR)\b)/.test(s.slice(q + 6, q + 12)) && !/^(?:of|or|and|to|in)\b/.test(s.slice(q + 6, q + 10))) return { def: GBP_WORD, start: q, end: q + 5, text: 'pound' };
    // 4h储能系统, 时长2h、: a lower-case h glued to a small number between Chinese words is hours (a storage system's duration).
    if (q === pos && q === side.end && gluedHours(s, side)) return { def: HOUR, start: q, end: q + 1, text: 'h' };
    const zh = ZH_UNITS.match(s, q);
    if (zh && !startsAnotherWord(s, q)) {
      let end = q + zh.len;
      const def = zh.value;
      // 最近一个会计年度 (filings: "the latest fiscal year"): one 会计年度 names a year, not a length of time.
      if (def === FISCAL_YEARS_COUNTED && side.v === 1) return null;
      // 20億度電力需求: 电 opens 电力, 电网, 电价 or 电费 there (outside the span), no 度电.
      if (zh.len >= 2 && (s.charCodeAt(end - 1) === 0x7535 /* 电 */ || s.charCodeAt(end - 1) === 0x96fb /* 電 */) && ELECTRICITY_WORD_SECOND.includes(s[end] ?? '_')) end--;
      // 12个BP, 6个bp: 个 counts basis points (as 个基点).
      if (zh.len === 1 && s.charCodeAt(q) === 0x4e2a /* 个 */) {
        const b = skipSp(s, end);
        const bp = BP_AFTER_GE.exec(s.slice(b, b + 4));
        if (bp) return { def: BASIS_POINTS, start: q, end: b + bp[0].length, text: s.slice(q, b + bp[0].length) };
      }
      // 將近4個GW (spoken): 个 between a number and a symbol of power or energy is no classifier; the symbol is the unit.
      // (So before a link speed, a rate of compute or an amount of data: 超過320個TBps, 提升到200个PFLOPS, 1个ZB约等于…;
      // not a data symbol naming a kind of thing counted: 80個Gb波長.)
      // (3个MW级项目: before 级 the symbol names a class, and 个 counts the projects.)
      if (zh.len === 1 && (s.charCodeAt(q) === 0x4e2a /* 个 */ || s.charCodeAt(q) === 0x500b /* 個 */) && (isUpper(s.charCodeAt(end)) || s.charCodeAt(end) === 107 /* k */)) {
        const sym = this.latinUnit(end, true);
        if (sym && (sym.def.kind === 'power' || sym.def.kind === 'energy' || sym.def.kind === 'bandwidth' || sym.def.kind === 'compute' || (sym.def.kind === 'data' && !dataSymbolModifies(s, sym.end))) && !UNIT_WORD_AFTER.test(s.slice(sym.end, sym.end + 2)) && s.charCodeAt(sym.end) !== 0x7ea7 /* 级 */ && s.charCodeAt(sym.end) !== 0x7d1a /* 級 */) return { ...sym, start: q };
      }
      if (def.weak && def.unit === 'Wh') {
        // 華氏40度, 摄氏4.44度: the scale named before the number makes 度 degrees, the name in the span.
        // (Read again for the same side, the name is already in it.)
        const named = s.charCodeAt(side.start + 1) === 0x6c0f /* 氏 */;
        const scaleName = named ? s.charCodeAt(side.start) : side.start >= 2 && s.charCodeAt(side.start - 1) === 0x6c0f ? s.charCodeAt(side.start - 2) : 0;
        if ((scaleName === 0x534e /* 华 */ || scaleName === 0x6444 /* 摄 */) && (named || side.start - 2 >= this.lastEnd)) {
          if (!named) side.start -= 2;
          return { def: scaleName === 0x534e ? FAHRENHEIT : CELSIUS, start: q, end, text: s.slice(q, end) };
        }
        // 度 only with a scale or Arabic digits, and followed by 电 or preceded by 万/亿.
        // (数千万度, 數百億度: a vague amount in 万 or 亿 too.)
        // (月用七百度以下, 每月用电一千度: hundreds or thousands after a word of use, or before a suffix hedge, too.)
        const usedHundreds = side.src === 'zh' && !side.vague && (side.v ?? 0) >= 100 && (ZH_ENERGY_USE_BEFORE.test(s.slice(Math.max(0, side.start - 4), side.start)) || ZH_SUFFIX_BOUND_AHEAD.test(s.slice(end, end + 2)));
        if (!(side.scale >= 1e4 || side.src === 'ar' || side.z?.hasBig || usedHundreds || s.charCodeAt(end) === 0x7535 || (side.vague && (side.hi ?? 0) * side.scale >= 1e4))) return null;
        if (s.charCodeAt(end) === 0x7535 && !ELECTRICITY_WORD_SECOND.includes(s[end + 1] ?? '_')) end++;
      }
      if (def === FEN && !fenPrice(s, side.start, end)) return null;
      // 128万年薪, 一个月薪两万: 年 and 月 start the words for salary there, no lengths of time (工作3年薪资 keeps 3年).
      if (def.kind === 'duration' && s.charCodeAt(end) === 0x85aa /* 薪 */ && ((s.charCodeAt(end - 1) === 0x5e74 /* 年 */ && (side.scale >= 1e4 || (side.v ?? 0) >= 1e4)) || (s.charCodeAt(end - 1) === 0x6708 /* 月 */ && side.v === 1))) return null;
      // 地皮面積約43,357呎: after an area's wording Hong Kong copy drops 平方 too, square feet.
      if (def.kind === 'length' && s.charCodeAt(q) === 0x544e /* 呎 */ && zh.len === 1 && AREA_WORDS_BEFORE.test(s.slice(Math.max(0, side.start - 12), side.start))) {
        return { def: SQUARE_FOOT, start: q, end, text: s.slice(q, end) };
      }
      // 完成5个年度换料大修: 年度 opening a noun (annual refuelling outages) counts those, no years (之后3個年度 keeps them).
      if (def.kind === 'duration' && s.startsWith('年度', end - 2) && s.charCodeAt(q) === 0x4e2a /* 个 */ && ANNUAL_NOUN_AFTER.test(s.slice(end, end + 2))) {
        return { def: GE_CLASSIFIER, start: q, end: q + 1, text: s.slice(q, q + 1) };
      }
      // 8寸晶圆 but not 三寸不烂之舌: 寸 as the inch only after Arabic digits.
      if (def === CUN && side.src !== 'ar') return null;
      if (def === DIANZI_BP && side.src !== 'ar') return null;
      if (def === MONTH_AFTER_VAGUE && (!side.vague || MONTH_PART_AFTER.includes(s[end] ?? '_'))) return null;
      if (def === RATE_LI && !(side.src === 'ar' && side.scale === 1 && !'米清定头頭金钱錢正订訂'.includes(s[end] ?? '_') && rateWordsBefore(s, side.start))) return null;
      // (三萬點: a Chinese numeral with its 万 counts too; a bare 萬點 stays 萬. Taiwan's print copy writes index points
      // digit by digit, 上漲七一二．二五點: three characters or more of digits, never a clock time.)
      if (def === INDEX_POINTS && !(side.v !== null && (side.src === 'ar' || side.scale >= 1e4 || (side.src === 'zh' && ((side.v >= 1e4 && side.end - side.start >= 2) || (side.z?.digitString && side.end - side.start >= 3)))) && (side.v * side.scale > 24 || (side.src === 'ar' && side.a?.decimal)) && !HALF_WORDS.includes(s[end] ?? '_'))) return null;
      // 45仙 but not 仙人, 仙桃 (a city), 仙游 (a county): 仙 starting a word.
      if (def === SEN && (side.src !== 'ar' || SEN_WORD_AFTER.includes(s[end] ?? '_'))) return null;
      if (def.weak && def.unit === 'percent') {
        // 三成; 7成 in Taiwan copy, but not 5成本, 3成为 (words that start with 成); 五折, 7.5折, but
        // not 折合, 折旧 (words that start with 折).
        const zhe = s.charCodeAt(q) === 0x6298 /* 折 */;
        const after = end < s.length ? s[end] : '';
        // 这一成果, 这一成本, 该一成员: after a lone 一 the words are common; 七成为, 七成员工 (70% of staff) keep tenths.
        const lone = side.src === 'zh' && side.end - side.start === 1 && s.charCodeAt(side.start) === 0x4e00 /* 一 */;
        if (after && (zhe ? ZHE_WORDS : side.src === 'ar' ? CHENG_WORDS : lone ? ONE_CHENG_WORDS : '').includes(after)) return null;
        // 七八成, 两三成: a pair of digits before 成 is a range of tenths (70–80%).
        if (side.src !== 'zh' && !(side.pair && !zhe) && !(side.src === 'ar' && side.v !== null && side.v > 0 && (side.v <= 10 || (zhe && side.v < 100)))) return null;
        // “千亿成就”: Chinese numerals above ten are no tenths either (三成, 十成 are).
        if (side.src === 'zh' && !zhe && !side.pair && side.v !== null && side.v > 10) return null;
        if (!zhe && (s.startsWith('成不变', q) || s.charCodeAt(q + 1) === 0x4e3a /* 成为 */ || s.charCodeAt(q + 1) === 0x529f /* 成功 */ || s.charCodeAt(q + 1) === 0x672c /* 成本 */ || s.charCodeAt(q + 1) === 0x7fa4 /* 成群 */)) return null;
        // 三成半 = 35%, 七成六 = 76% (a tenth's digit after 成, when nothing counted follows it).
        if (!zhe) {
          const tail = s.charCodeAt(end + 1);
          const free = !(end + 1 < s.length) || !(isZhNumChar(tail) || isDigit(tail) || tail === 46 || ZH_UNITS.match(s, end + 1) || HALF_WORDS.includes(s[end + 1]));
          const c = s.charCodeAt(end);
          const d = side.src === 'zh' ? ZH_DIGITS.get(c) : isDigit(c) ? c - 48 : undefined; // 7成5 in Hong Kong copy
          if (after === '半' && free) return { def: { ...def, plusUnits: 0.5 }, start: q, end: end + 1, text: s.slice(q, end + 1) };
          if (d !== undefined && d > 0 && free) return { def: { ...def, plusUnits: d / 10 }, start: q, end: end + 1, text: s.slice(q, end + 1) };
        }
        if (zhe) {
          if (side.scale !== 1 || side.v === null) return null;
          // (打一个25折, 85折: two Arabic digits name the percent as 八五折 does.)
          if ((side.z?.digitString && side.z.text.length === 2) || (side.src === 'ar' && side.a && !side.a.decimal && !side.a.grouped && side.a.intDigits === 2)) return { def: ZHE_TWO_DIGITS, start: q, end, text: s.slice(q, end) };
          if (!(side.v > 0 && side.v < 10)) return null;
        }
      }
      // 两地, 兩地 (both places) and 一地 name no count of places; nor does a vague 多地, 数地 (several places).
      if (s.charCodeAt(q) === 0x5730 /* 地 */ && def.classifier && (/[两兩]/.test(side.z?.text ?? '') || side.z?.digitString || side.v === 1 || side.vague || side.scale !== 1)) return null;
      // 门 after a Chinese numeral names places (三门核电, 金七门): it counts courses after digits or 两 only (69门课程, 两门课).
      if (s.charCodeAt(q) === 0x95e8 /* 门 */ && def.classifier && side.src === 'zh' && side.z?.text !== '两') return null;
      if (def.weak && def.classifier && !(s.charCodeAt(q) === 0x671f /* 期 */ && (s.charCodeAt(side.start - 1) === 0x5206 /* 分 */ || s.charCodeAt(side.start - 1) === 0x5171 /* 共 */))) return null;
      if (def.weak && def.unit === 'A' && !(s.charCodeAt(q - 1) === 0x5343 /* 千 */ && !AN_WORD_AFTER.includes(s[end] ?? '_'))) return null;
      // 三伏, 头伏: 伏 after a bare Chinese numeral is the dog days; 220伏, 十万伏 are volts.
      if (def.weak && def.unit === 'V' && side.src === 'zh' && side.scale === 1 && !side.z?.hasBig) return null;
      // ±800千伏特高压: 特高压 (ultra-high voltage) follows 千伏, not 伏特.
      if (def.unit === 'V' && s.charCodeAt(end - 1) === 0x7279 /* 特 */ && s.charCodeAt(end) === 0x9ad8 /* 高 */) end--;
      if (def.classifier && this.sinceYear(side, q)) return null;
      // (压缩至5日内: days before 内, 以内 or 之内 are a length of time too; so are days after 前, 近 or 过去:
      // 定价基准日前120日均价, 近30日.)
      if (def.weak && def.timeWord === 'day' && !(side.src === 'zh' && side.z?.text === '两') && !runOfDaysBefore(s, side.start) && !/^(?:内|以内|之内)/.test(s.slice(end, end + 2)) && !DAYS_LEAD.test(s.slice(Math.max(0, side.start - 3), side.start))) return null;
      // 季 alone is a season or a quarter's name; a span of quarters only when vague (几季), before 来/以来
      // (19季来低点, 九季以來最低) or after 连续, 未来, 过去, 最近, 近 (連續3季, 最近四季, 創近五季新高).
      if (def.weak && def.timeWord === 'quarter' && !side.vague && !/^(?:来|來|以来|以來)/.test(s.slice(end, end + 2)) && !/[连連][续續]$|未来|未來|过去|過去|最近|近$/.test(s.slice(Math.max(0, side.start - 2), side.start))) return null;
      // 1兆460.9亿元新台币, 200元港币: a currency word after 元 names the currency (元人民币 too).
      if (def.unit === 'CNY') {
        const named = ZH_CURRENCY_BEFORE.find(([w]) => s.startsWith(w, end));
        if (named) return { def: named[1] === 'CNY' ? def : { ...def, unit: named[1] }, start: q, end: end + named[0].length, text: s.slice(q, end + named[0].length) };
      }
      if (def.kind === 'duration' && def.timeWord === 'year' && s.charCodeAt(end) === 0x4ee3 /* 年代 */) return null;
      // 秒杀/秒殺 (a flash sale: 双11秒杀), 秒拍: 秒 starts another word.
      if (def.timeWord === 'second' && s[end - 1] === '秒' && '杀殺拍'.includes(s[end] ?? '-')) return null;
      return { def, start: q, end, text: s.slice(q, end) };
    }
    // "the record 40oC": a small letter o typed for the degree sign, glued.
    if (q === pos && s.charCodeAt(q) === 111 /* o */ && (s.charCodeAt(q + 1) === 67 || s.charCodeAt(q + 1) === 70) && !isAlnum(s.charCodeAt(q + 2)) && side.src === 'ar' && !side.cur && side.scale === 1) {
      return { def: s.charCodeAt(q + 1) === 67 ? CELSIUS : FAHRENHEIT, start: q, end: q + 2, text: s.slice(q, q + 2) };
    }
    // "4 C / 39 F", "80 F (26.6 C)": a spaced bare C or F is a temperature only beside its counterpart.
    const cf = s.charCodeAt(q);
    // (Or "temperatures exceeded 25C": after temperature wording in the clause.)
    if ((cf === 67 || cf === 70) && !isAlnum(s.charCodeAt(q + 1)) && (this.pairedTemperature(q, side.start) || temperatureWordingBefore(s, side.start))) {
      return { def: cf === 67 ? CELSIUS : FAHRENHEIT, start: q, end: q + 1, text: s.slice(q, q + 1) };
    }
    // "800 AI exaflops", "20 AI petaflops", "15 FP4 PFLOPS", "3.6 NVFP4 ExaFLOPS": NVIDIA's copy puts AI or a number
    // format between the number and a compute unit (in the span).
    const label = PRECISION_LABEL.exec(s.slice(q, q + 20));
    if (label) {
      const h = this.latinUnit(q + label[0].length, false);
      if (h && h.def.kind === 'compute') return { ...h, start: q, text: s.slice(q, h.end) };
    }
    // "68 total gigawatts", "2 additional GW": one adjective of amount between the number and a unit of measure.
    if (isLatin(s.charCodeAt(q)) && q > pos) {
      const we = wordEnd(s, q);
      const adjective = we - q >= 3 && we - q <= 10 && s.charCodeAt(we) === 32 ? s.slice(q, we).toLowerCase() : '';
      if (DAY_KINDS.has(adjective)) {
        const h = this.latinUnit(we + 1, false);
        if (h && h.def.timeWord === 'day') return { ...h, start: q, text: s.slice(q, h.end) };
      }
      if (adjective && UNIT_ADJECTIVES.has(adjective)) {
        const h = this.latinUnit(we + 1, false);
        // ("10 more years", "two additional months": a duration after more, additional, extra only.)
        if (h && h.def.kind !== 'money' && h.def.kind !== 'count' && (h.def.kind !== 'duration' || DURATION_ADJECTIVES.has(s.slice(q, we).toLowerCase()))) return { ...h, start: q, text: s.slice(q, h.end) };
      }
      // "630 operational acres", "40,000 additional powered acres": one or two words of land before an area unit.
      const word = adjective || (we - q > 10 && we - q <= 12 && s.charCodeAt(we) === 32 ? s.slice(q, we).toLowerCase() : '');
      if (word && (LAND_ADJECTIVES.has(word) || UNIT_ADJECTIVES.has(word))) {
        const area = this.areaAfterLandWords(q, we, LAND_ADJECTIVES.has(word));
        if (area) return area;
      }
      // "6.6 thermal megawatts", "20 electric megawatts": the kind of power between the number and its unit.
      if (adjective && POWER_ADJECTIVES.has(adjective)) {
        const h = this.latinUnit(we + 1, false);
        if (h && (h.def.kind === 'power' || h.def.kind === 'energy')) return { ...h, start: q, text: s.slice(q, h.end) };
      }
    }
    // Latin units.
    const lu = this.latinUnit(q, q === pos);
    // "won" is the Korean currency only after a scale or a grouped amount ("6.5 trillion won",
    // "50,000 won", and a vague scale: "several trillion won", "billions of won"); after a bare number
    // it is the verb ("a team of 5 won", "several won").
    // "lifted gross margin 310 bps": bps after margin, spread or rate wording is basis points.
    // So is a bare bps after a change word or before a comparison ("up 150bps YoY", "widened 25 bps", "150 bps sequentially").
    // A signed bps ("+30 bps", "-15 bps") is a change or spread in basis points: a bandwidth has no sign.
    if (lu && lu.text === 'bps' && (side.sign === -1 || s.charCodeAt(side.start) === 43 || this.financeBefore(side.start) || BPS_CHANGE_BEFORE.test(s.slice(Math.max(0, side.start - 12), side.start)) || BPS_COMPARISON_AFTER.test(s.slice(lu.end, lu.end + 40)))) return { ...lu, def: BASIS_POINTS };
    // 毛利率同比下滑1.8pct: Chinese sell-side copy writes percentage points as pct (English wire copy's pct is percent);
    // so do the later members of its lists, after Chinese punctuation (分别-0.37PCT、-1.40PCT) or a slash (-0.01pct/-0.44pct).
    // In brackets of English labels within Chinese copy too: 毛利率7.00%(YoY 0.03pct,QoQ 0.50pct).
    // (And after a change label that follows Chinese text: 毛利率30.75%,YoY +2.78pct.)
    if (lu && (lu.text.toLowerCase() === 'pct' || lu.text.toLowerCase() === 'pcts') && (chineseBefore(s.charCodeAt(skipBackSp(s, side.start) - 1)) || rangeAfterChinese(s, side.start) || inBracketAfterChinese(s, side.start) || changeLabelAfterChinese(s, side.start) || (s.charCodeAt(side.start - 1) === 47 /* / */ && (/pcts?$/i.test(s.slice(Math.max(0, side.start - 5), side.start - 1)) || chineseBefore(s.charCodeAt(slashListStart(s, side.start) - 1)))))) return { ...lu, def: PERCENTAGE_POINTS };
    const points = q === side.end ? this.gluedPoints(side) : 0;
    if (points) return { def: PERCENTAGE_POINTS, start: q, end: q + points, text: s.slice(q, q + points) };
    // "reduced operating margin by 7 points": spelled-out points after margin, share or rate wording in
    // the clause are percentage points (the Dow's 300 points are index points).
    if (!lu && q > side.end && s.startsWith('point', q) && !side.cur && side.scale === 1 && (side.v ?? 101) <= 100) {
      const end = s.charCodeAt(q + 5) === 115 ? q + 6 : q + 5;
      // ("a target of 43% (plus or minus 1 point)": or right after a percent, in its bracket.)
      const last = this.out[this.out.length - 1];
      const afterPercent = last !== undefined && last.kind === 'percent' && side.start - (last.offset + last.length) <= 20 && /^\s*[(（][^)）]*$/.test(s.slice(last.offset + last.length, side.start));
      if (!isAlnum(s.charCodeAt(end)) && s.charCodeAt(end) !== 45 && (afterPercent || SHARE_WORDING_BEFORE.test(s.slice(Math.max(0, side.start - 60), side.start)))) return { def: PERCENTAGE_POINTS, start: q, end, text: s.slice(q, end) };
    }
    // GVA is a grid connection's gigavolt-amperes (19GVA) only on a small plain number: "£3.5bn GVA", "1,200 GVA jobs"
    // are gross value added.
    if (lu && lu.text === 'GVA' && (side.cur || side.scale !== 1 || side.a?.grouped || (side.v ?? 0) > 100)) return null;
    // ("five trillion won", "four point six trillion won": a spelled amount with its scale folded in takes won too.)
    if (lu && !(lu.def.unit === 'KRW' && lu.text.toLowerCase() === 'won' && side.scale === 1 && !side.a?.grouped && !this.vagueScale(side) && !(side.src === 'en' && (side.v ?? side.hi ?? 0) >= 1e6))) return lu;
    // 突破 10 万 P: typeset copy spaces the letter from a Chinese scale.
    const letter = this.computeLetter(q > pos && side.src === 'ar' && (side.scaleText === '万' || side.scaleText === '亿') ? q : pos, side);
    if (letter) return letter;
    // GPU / chip models / nouns as count units.
    return null;
  }

  /**
   * 万国数据, 万科, 万达, 亿航, 亿纬锂能: a bare 万 or 亿 (no numeral, hedge or unit) before another Chinese
   * character starts a name, not the number 10,000 (近万员工 keeps the hedge; 万点, index points, stays).
   */
  private magnitudeStartsName(A: Side): boolean {
    const s = this.s;
    const c = s.charCodeAt(A.start);
    return A.src === 'zh' && A.end === A.start + 1 && (c === WAN || c === YI) && !A.vague && !A.more
      && isCJK(s.charCodeAt(A.end)) && s.charCodeAt(A.end) !== 0x70b9 /* 点 */ && (!this.prefixAt(A.start) || MAGNITUDE_NAMES.test(s.slice(A.start, A.start + 4)));
  }

  /**
   * A vague amount ending in its magnitude or "of": "several trillion", "tens of billions of" (not
   * "thousands" alone, people as often: "thousands won prizes"; nor "several", "dozens of").
   */
  private vagueScale(side: Side): boolean {
    if (side.src !== 've' || side.lo! < 1000) return false;
    const w = this.s.slice(wordStartBefore(this.s, side.end), side.end).toLowerCase();
    return w === 'of' || EN_BIG.has(w);
  }

  /** 2026起实施: 起 at `q` after a four-digit year is "from" that year, not a count of 2026 cases. */
  private sinceYear(side: Side, q: number): boolean {
    return this.s.charCodeAt(q) === 0x8d77 /* 起 */ && side.src === 'ar' && side.scale === 1 && side.a!.intDigits === 4 && isYear(side.v!);
  }

  /** The bare C or F at q has the other scale's letter beside it: after "/", "(" or "or" and a number, or before them. */
  private pairedTemperature(q: number, start: number): boolean {
    const other = this.s[q] === 'C' ? 'F' : 'C';
    const after = PAIRED_AFTER.exec(this.s.slice(q + 1, q + 16));
    if (after && after[1] === other) return true;
    const before = PAIRED_BEFORE.exec(this.s.slice(Math.max(0, start - 16), start));
    return !!before && before[1] === other;
  }

  /** Margin, spread, yield or rate wording in the 48 characters before `start` (same sentence). */
  private financeBefore(start: number): boolean {
    const s = this.s;
    let b = start;
    // (A point between digits is a decimal point, not a sentence's end: "+17% to $29.3B — a 200bps decel".)
    // The whole sentence, up to 160 code units back ("yield spread was set at 137 basis points over U.S. Treasuries —
    // tighter than the initial marketing guidance of around 165 bps").
    // ("150 basis points … vs. 190 bps expected": nor is the point of an abbreviation.)
    while (b > 0 && start - b < 160 && !(s.charCodeAt(b - 1) === 46 && !(isDigit(s.charCodeAt(b - 2)) && isDigit(s.charCodeAt(b))) && !ABBREVIATION_BEFORE_POINT.test(s.slice(Math.max(0, b - 8), b - 1))) && !isNewline(s.charCodeAt(b - 1))) b--;
    return FINANCE_WORDS.test(s.slice(b, start));
  }

  /** "175data centers": a known noun in the plural, lower-case, glued to a plain number by a missing space. */
  private gluedPluralNoun(side: Side): boolean {
    const s = this.s;
    if (side.scale !== 1 || side.cur || !side.a || side.a.decimal || !isLower(s.charCodeAt(side.end)) || isAlnum(s.charCodeAt(side.start - 1))) return false;
    const noun = this.englishNoun(side.end, 0);
    return noun !== null && isPluralNoun(s.slice(side.end, noun.end));
  }

  /**
   * An area unit after the word at [q, we) and at most one more word, when a word of land is among
   * them (`sawLand`: the first is one); the span starts at q.
   */
  private areaAfterLandWords(q: number, we: number, sawLand: boolean): UnitHit | null {
    const s = this.s;
    const area = (at: number): UnitHit | null => {
      const h = this.latinUnit(at, false);
      return h && h.def.kind === 'area' ? { ...h, start: q, text: s.slice(q, h.end) } : null;
    };
    if (sawLand) {
      const h = area(we + 1);
      if (h) return h;
    }
    const second = we + 1;
    const end = wordEnd(s, second);
    if (end - second < 3 || end - second > 12 || s.charCodeAt(end) !== 32) return null;
    const word = s.slice(second, end).toLowerCase();
    return LAND_ADJECTIVES.has(word) || (sawLand && UNIT_ADJECTIVES.has(word)) ? area(end + 1) : null;
  }

  private latinUnit(q: number, attached: boolean): UnitHit | null {
    const s = this.s;
    let w = EN_WORDS.match(s, q, true);
    // "a three-acre footprint": the longest word ("acre foot") runs into another word; a shorter one ends there.
    if (w && isAlnum(s.charCodeAt(q + w.len)) && !pctBeforeChangeLabel(s, q, w.len)) w = EN_WORDS.matchWord(s, q, true);
    const y = EN_SYMBOLS.match(s, q, false);
    let best: UnitHit | null = null;
    // A capitalised unit word is a name ("Watt"), but headings and tables title-case durations,
    // "(6 Years)", "the 10-Year Treasury", and amounts after a title-cased scale word, "1,000 Trillion Won"; a currency named with its
    // country ("Brazilian reals", "Indonesian rupiah", "Norwegian kroner") is one;
    // prefixed compute, power, energy, bandwidth and data are written in any case ("Tflops", "ExaFLOPS", "345.31 MegaWatts", "102.4 Terabits/sec",
    // "5 Gigawatts", and a plural right after digits, "300 Watts"; not "2 Flops", "the Watt"); an area after digits, as planning
    // agendas title-case it ("an Approximately 11-Acre Site"); a percent after digits ("Up 5 Percent", 同比+0.90Pct).
    if (w && (!isAlnum(s.charCodeAt(q + w.len)) || pctBeforeChangeLabel(s, q, w.len)) && !isLatin(s.charCodeAt(q - 1)) && !(w.value.kind === 'money' && s.charCodeAt(q + w.len) === 45 && CURRENCY_COMPOUND_AFTER.test(s.slice(q + w.len, q + w.len + 13)) && !SCALE_WORD_BEFORE.test(s.slice(Math.max(0, q - 10), q))) && !(isUpper(s.charCodeAt(q)) && isLower(s.charCodeAt(q + 1)) && !((w.value.kind === 'compute' || w.value.kind === 'power' || w.value.kind === 'energy' || w.value.kind === 'bandwidth' || w.value.kind === 'data') && (w.value.factor > 1 || (w.value.kind !== 'compute' && s.charCodeAt(q + w.len - 1) === 115 /* s */ && isDigit(s.charCodeAt(skipBackSp(s, q) - 1)))) || (w.value.kind === 'money' && w.value.unit !== 'KRW' && SCALE_WORD_BEFORE.test(s.slice(Math.max(0, q - 10), q))) || (w.value.kind === 'money' && isDigit(s.charCodeAt(skipBackSp(s, q) - 1)) && TITLE_CASE_CURRENCY.test(s.slice(q, q + w.len))) || (w.value.kind === 'area' && (isDigit(s.charCodeAt(skipBackSp(s, q) - 1)) || (s.charCodeAt(q - 1) === 45 && isDigit(s.charCodeAt(q - 2))))) || (w.value.kind === 'percent' && isDigit(s.charCodeAt(skipBackSp(s, q) - 1)))) && !(w.value.kind === 'money' && s.slice(q, q + w.len).includes(' ')) && !(w.value.kind === 'duration' && (isDigit(s.charCodeAt(skipBackSp(s, q) - 1)) || (s.charCodeAt(q - 1) === 45 && isDigit(s.charCodeAt(q - 2))))) && !this.afterTitleScale(q))) best = { def: w.value, start: q, end: q + w.len, text: s.slice(q, q + w.len) };
    // ("transfer the entire Library of Congress three times a second": how often, a count of times, as "several times a
    // week"; the count's span is the number.)
    // (Not "a year" or "a quarter": "training cost climbs about 3.5 times a year" is a multiple each year.)
    if (best && best.def.unit === 'ratio' && /^times$/i.test(best.text) && /^ (?:a|per|each|every) (?:second|minute|hour|day|week|month)\b/i.test(s.slice(best.end, best.end + 12))) best = null;
    // FLOPs (operations) ties with the folded word flops (per second): the exact-case symbol wins.
    if (y && (!best || y.len > best.end - q || y.len === best.end - q && y.value.unit === 'FLOP')) {
      const last = s.charCodeAt(q + y.len - 1);
      // "18GWs", "300 MWs", "5 TWhs": a power or energy symbol takes a plural s (not "the 5 Ws").
      const plural = y.len >= 2 && s.charCodeAt(q + y.len) === 115 /* s */ && !isAlnum(s.charCodeAt(q + y.len + 1)) && (y.value.kind === 'power' || y.value.kind === 'energy') ? 1 : 0;
      // "42 Wärtsilä engines": an accented letter after the symbol continues a word.
      // ("25xPE": a multiple glued to the valuation it multiplies.)
      // ("850MWIT负载": IT load glued after a power symbol in Chinese copy.)
      const itLoad = y.value.kind === 'power' && s.charCodeAt(q + y.len) === 73 && s.charCodeAt(q + y.len + 1) === 84 && !isAlnum(s.charCodeAt(q + y.len + 2)) && isUpper(last);
      // ("64MbDRAM产品": a memory product glued after a size in bits or bytes.)
      const memoryGlued = y.value.kind === 'data' && MEMORY_GLUED_AFTER_SIZE.test(s.slice(q + y.len, q + y.len + 7));
      const okB = (plural === 1 || itLoad || memoryGlued || !isAlnum(s.charCodeAt(q + y.len)) || !isAlnum(last) || (y.len === 1 && (last === 120 || last === 88) && VALUATION_AFTER_X.test(s.slice(q + 1, q + 5)))) && !isAccentedLetter(s.charCodeAt(q + y.len));
      const txt = s.slice(q, q + y.len + plural);
      const needAttach = txt === 'x' || txt === 'X' || txt === 'pc';
      // "128×400G", "5×100MW": a times sign between two numbers multiplies them, no multiple of the first.
      // ("512x 200G PAM4": the same before a spaced link speed.)
      // ("72 × 192 GB": a times sign spaced on both sides before a number too; "3× 105 chips" stays a multiple.)
      if (y.value.kind === 'ratio' && (txt === '×' || needAttach) && (isDigit(s.charCodeAt(q + txt.length)) || /^ \d{2,4}G\b/.test(s.slice(q + txt.length, q + txt.length + 7)) || (txt === '×' && s.charCodeAt(q - 1) === 32 && s.charCodeAt(q + 1) === 32 && isDigit(s.charCodeAt(q + 2))))) return best;
      // "Turbines: 7 × GE Vernova 7HA.02": a times sign spaced on both sides before a name counts the named things.
      // ("2 × reticle-limited dies per GPU": so does one before a lower-case noun phrase, not before a comparative: "3 × faster".)
      if (y.value.kind === 'ratio' && txt === '×' && s.charCodeAt(q - 1) === 32 && s.charCodeAt(q + 1) === 32 && (isUpper(s.charCodeAt(q + 2)) || COUNTED_AFTER_TIMES.test(s.slice(q + 2, q + 40)))) return best;
      if (okB && (!needAttach || attached) && !isLatin(s.charCodeAt(q - 1)) && !this.abbreviationNotUnit(y.value, txt, q, attached)) best = { def: y.value, start: q, end: q + txt.length, text: txt };
    }
    return best;
  }

  /**
   * A unit symbol that is also an abbreviation, where it is not the unit: ML/GL (machine learning)
   * before a word other than a stop word ("5 ML models"); p (pence) unless glued and before a rate
   * ("25p per kWh"; not "720p video"); c (cents) unless glued and before a per-unit of energy.
   */
  private abbreviationNotUnit(def: UnitDef, txt: string, q: number, attached: boolean): boolean {
    if (def === PENCE) return !(attached && this.rateAfter(q + 1));
    // "3.5c/kWh", "8.2c per kWh": a glued c before a per-unit of energy is cents (not "2c cells").
    if (def === CENT) return !(attached && CENTS_PER_UNIT_AFTER.test(this.s.slice(q + 1, q + 14)));
    if (def === BASIS_POINTS && txt !== 'bp') return !attached && !this.stopAfter(q + txt.length);
    if (def.unit === 'V' || def.unit === 'VA') return this.voltsNotUnit(txt, q + txt.length, attached);
    if (txt === 'A') return this.amperesNotUnit(q, attached);
    if (def === MICRON_ASCII) return !attached;
    // ("476 t/s" is tokens per second.)
    if (def === TONNE_SYMBOL) return attached || this.s.charCodeAt(q - 1) !== 32 || !this.stopAfter(q + 1) || TONNE_NOT_AFTER.includes(this.s[q + 1] ?? '_');
    return VOLUME_ABBREVIATIONS.has(txt) && !this.stopAfter(q + txt.length);
  }

  /**
   * A volt symbol ending at `e` that names something else: KV/kv before cache or heads (a key-value
   * cache: "8 KV heads"); a spaced V before a capitalised word, a digit, an apostrophe or a hyphen
   * ("2024 V Capital", "3 V 1", "the 5 V's", "25 V-shaped"); a spaced VA before a word other than a stop word
   * ("3 VA hospitals", Veterans Affairs).
   */
  private voltsNotUnit(txt: string, e: number, attached: boolean): boolean {
    const s = this.s;
    const q = skipSp(s, e);
    if (txt === 'KV' || txt === 'kv') return KV_NOT_VOLTS.has(s.slice(q, wordEnd(s, q)).toLowerCase());
    if (attached) return false;
    if (txt === 'VA') return !this.stopAfter(e);
    if (txt !== 'V') return false;
    const c = s.charCodeAt(e);
    return c === 39 || c === 0x2019 || c === 45 || (q > e && (isUpper(s.charCodeAt(q)) || isDigit(s.charCodeAt(q))));
  }

  /**
   * A bare A at q that is no ampere: spaced, unless punctuation, the end or a stop word follows ("rated at 800 A.", "2,500 A of
   * current"; before another word, "the 800 A busway", "3 A grades", it is none); glued, after fewer than three digits (Phase 2A, Intel's 18A, 14A) or a letter or
   * hyphen before the number (MI300A, Form 10-A), before a process or node, or before an apostrophe.
   */
  private amperesNotUnit(q: number, attached: boolean): boolean {
    const s = this.s;
    if (!attached) return !this.stopAfter(q + 1);
    let b = q;
    while (b > 0 && (isDigit(s.charCodeAt(b - 1)) || s.charCodeAt(b - 1) === 44)) b--;
    const c = s.charCodeAt(b - 1);
    if (q - b < 3 || /^A[ -](?:process|node)\b/i.test(s.slice(q, q + 10)) || isLatin(c) || c === 45 || c === 39 || c === 0x2019 || s.charCodeAt(q + 1) === 39 || s.charCodeAt(q + 1) === 0x2019) return true;
    // "Kioxia (285A.T)": a ticker with its exchange's suffix after the point.
    if (s.charCodeAt(q + 1) === 46 && exchangeSuffixEnd(s, q + 1) > q + 2) return true;
    // "grade 12A", "Section 230A", "Route 66A": a label word before the number names an item.
    const pb = skipBackSp(s, b);
    return pb < b && A_LABEL_WORDS.test(s.slice(Math.max(0, pb - 8), pb));
  }

  /** No word follows `e`, or a stop word does ("of", "per", "a"). */
  private stopAfter(e: number): boolean {
    const s = this.s;
    const q = skipSp(s, e);
    return !isLatin(s.charCodeAt(q)) || EN_STOP.has(s.slice(q, wordEnd(s, q)).toLowerCase());
  }

  /** A rate follows `e`: "/kWh", " per unit", " a kWh" ("25p per kWh"; not "1080p/60", "720p video"). */
  private rateAfter(e: number): boolean {
    const s = this.s;
    if (s.charCodeAt(e) === 47 /* / */) return isLatin(s.charCodeAt(e + 1));
    if (s.charCodeAt(e) !== 32) return false;
    const w = s.slice(e + 1, wordEnd(s, e + 1)).toLowerCase();
    return w === 'per' || w === 'a' || w === 'an' || w === 'each';
  }

  /** A title-cased scale word ends just before `q`, a space between: "Trillion ". */
  private afterTitleScale(q: number): boolean {
    const s = this.s;
    const e = skipBackSp(s, q);
    if (e === q) return false;
    let b = e;
    while (b > 0 && isLatin(s.charCodeAt(b - 1))) b--;
    // A whole word (Million, Trillion), not an abbreviation (Bn, Mn).
    return isUpper(s.charCodeAt(b)) && e - b >= 7 && EN_SCALE_WORDS.has(s.slice(b, e).toLowerCase());
  }

  /** A counted noun at pos (adjacent) or within a short clause (Chinese). */
  private readNoun(pos: number, lang: 'zh' | 'en', allowFar: boolean): { noun: string; end: number; adjacent: boolean } | null {
    const found = this.nounAfter(pos, lang, allowFar);
    // 13家…主营SoC芯片设计的上市公司: 家 counts firms and sites, never the chips or servers a phrase about them names.
    // (16核GPU: cores of the GPU are counted, no GPUs.)
    const classifier = this.s.charCodeAt(pos - 1);
    return found && lang === 'zh' && ((classifier === 0x5bb6 /* 家 */ && !FIRM_NOUNS.has(found.noun)) || classifier === 0x6838 /* 核 */) ? null : found;
  }

  private nounAfter(pos: number, lang: 'zh' | 'en', allowFar: boolean): { noun: string; end: number; adjacent: boolean } | null {
    const s = this.s;
    let p = pos;
    // Brands between classifier and noun (数千个英伟达GPU, 数千个华为昇腾芯片, 10万块Nvidia GPU).
    let br = false;
    for (let k = 0; k < 2; k++) {
      const m = BRANDS.match(s, p);
      if (m) {
        p += m.len;
        br = true;
        // 100000個英偉達(NVIDIA)H100 GPU: the brand's Latin name in brackets after it (the noun is read, the span
        // stays on the classifier, as older sets decide: 60 万块英伟达(Nvidia)图形处理器 → 60 万块).
        const gloss = s.charCodeAt(p) === 40 || s.charCodeAt(p) === 0xff08 ? /^[(（][A-Za-z][A-Za-z .]{1,14}[)）]/.exec(s.slice(p, p + 18)) : null;
        if (gloss) {
          const head = this.nounAfter(p + gloss[0].length, lang, false);
          if (head) return { noun: head.noun, end: pos, adjacent: false };
        }
        continue;
      }
      // A Latin maker name, spaced or not: 10万块Nvidia GPU, 55万个Nvidia芯片, 五十万颗 Nvidia 芯片.
      const l = lang === 'zh' && isGroupSpace(s.charCodeAt(p)) && isLatin(s.charCodeAt(p + 1)) ? p + 1 : p;
      if (lang === 'zh' && isLatin(s.charCodeAt(l)) && !isLatin(s.charCodeAt(l - 1))) {
        const we = wordEnd(s, l);
        const next = s.charCodeAt(we);
        if (we - l >= 3 && we - l <= 8 && ZH_LATIN_MAKERS.has(s.slice(l, we).toLowerCase()) && (isGroupSpace(next) || (next >= 0x4e00 && next < 0xa000)) && we + 1 < this.n) {
          p = skipSp(s, we);
          br = true;
          continue;
        }
        // 約 200 萬顆 Blackwell 晶片: a capitalised series name, then the Chinese noun (kept outside the span).
        // (近 300,000 颗 Trainium2 芯片: the series' generation glued to it.)
        let gen = we;
        while (isDigit(s.charCodeAt(gen)) && gen - we < 2) gen++;
        if (gen > we && isUpper(s.charCodeAt(l)) && isLower(s.charCodeAt(l + 1)) && we - l >= 3 && (isGroupSpace(s.charCodeAt(gen)) || isCJK(s.charCodeAt(gen)))) {
          const at = skipSp(s, gen);
          const series = zhNounAt(s, at);
          if (series) return this.headOf({ noun: series.value, end: at + series.len, adjacent: false });
        }
        if (isUpper(s.charCodeAt(l)) && isLower(s.charCodeAt(l + 1)) && we - l >= 3 && we - l <= 12 && (isGroupSpace(next) || (next >= 0x4e00 && next < 0xa000))) {
          // 600萬顆Blackwell GPU: or a Latin noun after it.
          const latinNoun = isGroupSpace(next) ? this.englishNoun(we + 1, 0) : null;
          if (latinNoun) return this.headOf({ noun: latinNoun.noun, end: latinNoun.end, adjacent: false });
          // (輝達Blackwell Ultra晶片: a second capitalised word of the series.)
          const w2 = isGroupSpace(next) && isUpper(s.charCodeAt(we + 1)) ? wordEnd(s, we + 1) : we;
          const at = skipSp(s, w2 - we <= 9 ? w2 : we);
          const series = zhNounAt(s, at);
          if (series) return this.headOf({ noun: series.value, end: at + series.len, adjacent: false });
        }
      }
      break;
    }
    const q = skipSp(s, p);
    const zn = zhNounAt(s, q);
    if (zn) return this.headOf({ noun: zn.value, end: q + zn.len, adjacent: q - pos <= 1 || br });
    const en = this.englishNoun(q, 0);
    if (en) {
      // "20万枚英伟达H200系列芯片": the series of a model, then the counted noun.
      // (約 7,000 顆 GB300 系列 GPU: spaced, and a Latin noun after it.)
      const seriesAt = lang === 'zh' ? skipSp(s, en.end) : -1;
      if (lang === 'zh' && s.startsWith('系列', seriesAt)) {
        const at = skipSp(s, seriesAt + 2);
        const zh = zhNounAt(s, at);
        if (zh) return { noun: zh.value, end: at + zh.len, adjacent: false };
        const latin = isLatin(s.charCodeAt(at)) ? this.englishNoun(at, 0) : null;
        if (latin) return { noun: latin.noun, end: latin.end, adjacent: false };
      }
      // "75台H800 NVLink算力服务器": a machine counted by 台 with a chip model and more words before its noun;
      // the machine is counted, the span stays on the classifier.
      // (330台英伟达H800 GPU系列算力服务器: the model's chip word may close the model.)
      if (lang === 'zh' && s[pos - 1] === '台' && (isDigit(s.charCodeAt(en.end - 1)) || /\d[A-Za-z]*\s?GPUs?$/.test(s.slice(q, en.end)))) {
        const machine = MACHINE_AFTER_MODEL.exec(s.slice(en.end, en.end + 16));
        if (machine) return { noun: 'server', end: pos, adjacent: false };
      }
      // 数万张 H20/H800 芯片, "20,000 H100/H800 GPUs": a list of models stays outside the span (its first names the chip).
      if (s.charCodeAt(en.end) === 47 && isUpper(s.charCodeAt(en.end + 1))) return { noun: en.noun, end: pos, adjacent: false };
      // ("550,000 GB200 and GB300 chips": models joined by and or or, as by a slash.)
      if (isDigit(s.charCodeAt(en.end - 1)) && MODEL_JOINED_AFTER.test(s.slice(en.end, en.end + 16))) return { noun: en.noun, end: pos, adjacent: false };
      return this.headOf({ noun: en.noun, end: en.end, adjacent: true });
    }
    // "18,000 Nvidia GPUs", "2,304 Nvidia Grace Blackwell GPUs": the noun is known behind up to three
    // maker or adjective words; the span stays on the number.
    if (lang === 'en') {
      const far = this.englishNoun(q, 3);
      if (far) return this.headOf({ noun: far.noun, end: far.end, adjacent: false });
    }
    // "5 座 AI 資料中心": the Latin adjective AI before a Chinese noun (the noun stays outside the span);
    // "18,000块AI GPU": or before a Latin one.
    // ("16 萬顆的 AI GPU": 的 between the classifier and the adjective.)
    const ai = s.charCodeAt(q) === 0x7684 /* 的 */ && lang === 'zh' && s.charCodeAt(skipSp(s, q + 1)) === 65 && s.charCodeAt(skipSp(s, q + 1) + 1) === 73 ? skipSp(s, q + 1) : q;
    if ((s.charCodeAt(ai) === 65 && s.charCodeAt(ai + 1) === 73) && !isLatin(s.charCodeAt(ai + 2))) {
      const after = skipSp(s, ai + 2);
      const noun = after > ai + 2 || isCJK(s.charCodeAt(after)) ? zhNounAt(s, after) : null;
      if (noun) return this.headOf({ noun: noun.value, end: after + noun.len, adjacent: false });
      const latin = after > ai + 2 && lang === 'zh' ? this.englishNoun(after, 0) : null;
      if (latin) return this.headOf({ noun: latin.noun, end: latin.end, adjacent: false });
    }
    // "10 个先进的数据中心", "20.4万标准机架": a counted noun behind a common adjective.
    const adj = isCJK(s.charCodeAt(q)) ? ZH_NOUN_ADJECTIVES.match(s, q) : null;
    if (adj) {
      const after = skipSp(s, q + adj.len);
      const noun = zhNounAt(s, after);
      if (noun) return this.headOf({ noun: noun.value, end: after + noun.len, adjacent: false });
      const latin = this.englishNoun(after, 0); // 数十万颗最先进的GPU
      if (latin) return this.headOf({ noun: latin.noun, end: latin.end, adjacent: false });
    }
    if (!allowFar || lang !== 'zh') return null;
    // 超過100名來自數據中心營運商…人士: where the counted people come from is not what is counted.
    if (s.startsWith('来自', pos)) return null;
    // (两间发展半导体芯片技术及设备的企业: a clause opened by its verb right after the classifier, closed by 的, modifies the head
    // after it, however long; a known noun inside it is not what is counted.)
    const clause = CLAUSE_OPENED_AT.exec(s.slice(pos, pos + 28));
    if (clause) {
      const head = zhNounAt(s, pos + clause[0].length);
      return head ? this.headOf({ noun: head.value, end: pos + clause[0].length + head.len, adjacent: false }) : null;
    }
    // Look ahead up to 10 characters within the clause for the last known noun.
    // (12600 顆輝達 Blackwell Ultra GPU 晶片, 50 万颗英伟达最先进 AI 芯片: Latin names count by the word, spaced.)
    let found: { noun: string; end: number } | null = null;
    let j = pos;
    let latinWords = 0;
    let measureEndAt = -1;
    const lim = () => Math.min(this.n, pos + 12 + latinWords * 6);
    while (j < lim()) {
      const c = s.charCodeAt(j);
      // (Not after a measure: 3个2.54GHz A77中核心 counts cores, and the model after the measure is the core's.)
      if (isGroupSpace(c)) {
        if (j === measureEndAt) break;
        j++;
        continue;
      }
      // A known noun first: 就业岗位 starts with the stop character 就 (750个永久就业岗位).
      const m = zhNounAt(s, j);
      // 两个光伏产业园区, 3個人工智能產業集聚園區: an industrial park, not a data-centre campus.
      if (m && m.value === 'campus' && INDUSTRIAL_PARK_BEFORE.test(s.slice(Math.max(0, j - 2), j))) break;
      if (m) {
        found = { noun: m.value, end: j + m.len };
        j += m.len;
        continue;
      }
      // 两颗搭载TPU的原型卫星: a noun in a clause (搭载 …的) modifies the head that follows; it is not what is counted.
      if (found && this.clauseEndsAt(pos, j)) {
        found = null;
        j++;
        continue;
      }
      if (c < 0x10000 && STOP_FLAGS[c] === 1) break;
      // 等5省打造千卡资源池: another amount (a numeral and its classifier) starts; its noun is not this one's.
      if (j > pos && isZhNumChar(c) && ZH_UNITS.match(s, j + 1)) break;
      // 10个集群标准机架: a head noun first is what is counted; a known noun past it is not. 建筑 and
      // 工程 also modify as "construction", "engineering" (6000个建筑岗位 counts jobs).
      if (ZH_HEAD_NOUNS.match(s, j) && !s.startsWith('建筑', j) && !s.startsWith('工程', j)) break;
      // 2万片12吋晶圆: a measure between the classifier and its noun; 12台8卡服务器: the cards in each.
      if (isDigit(c)) {
        const me = this.measureEnd(j) || cardsPerUnitEnd(s, j);
        if (me === 0) break;
        j = measureEndAt = me;
        continue;
      }
      if (isLatin(c)) {
        const en2 = this.englishNoun(j, 0);
        if (en2) {
          found = en2;
          j = en2.end;
          continue;
        }
        // (Orin-X, RISC-V: a hyphen inside the name.)
        j = wordEnd(s, j);
        while ((isAlnum(s.charCodeAt(j)) || (s.charCodeAt(j) === 45 && isAlnum(s.charCodeAt(j + 1)))) && j < this.n) j++;
        latinWords++;
        continue;
      }
      if (!isCJK(c)) break;
      j++;
    }
    if (found && this.clauseEndsAt(pos, j)) {
      // (约100万台内含H20的服务器: a known head noun after the clause's 的 is what is counted, outside the span.)
      const head = zhNounAt(s, j + 1);
      return head ? { noun: head.value, end: j + 1 + head.len, adjacent: false } : null;
    }
    return found ? this.headOf({ ...found, adjacent: false }) : null;
  }

  /** 的 at j closes a clause opened after `pos` by a verb such as 搭载 (两颗搭载TPU的卫星). */
  private clauseEndsAt(pos: number, j: number): boolean {
    return this.s.charCodeAt(j) === 0x7684 /* 的 */ && ZH_CLAUSE_VERB.test(this.s.slice(pos, j));
  }

  /**
   * The head of the noun phrase a counted noun starts. Nouns compound to the right in both
   * languages: in "GPU服务器", "GPU servers" the count is of servers; in "四栋数据中心机房楼",
   * "10座GPU超级计算集群", "eight data center buildings" the known noun only says what kind of
   * building or cluster is counted, so the figure gets no noun and its span stops before it.
   */
  private headOf(found: { noun: string; end: number; adjacent: boolean }): { noun: string; end: number; adjacent: boolean } | null {
    const s = this.s;
    const e = found.end;
    const c = s.charCodeAt(e);
    // "5,000 GPU hours", "278.8万个GPU小时", "卡时": hours of a thing are counted, not the thing (as in GPU-hours).
    if (GPU_HOURS_AFTER.test(s.slice(c === 32 ? e + 1 : e, e + 7))) return null;
    // "H100芯片", "H100 GPUs": a chip model is already the most precise name of what is counted.
    const model = !GENERIC_NOUNS.has(found.noun);
    // "23 万张 GPU 芯片": Chinese copy typesets a space between Latin and Chinese.
    const spaced = c === 32 && isCJK(s.charCodeAt(e + 1)) && zhNounAt(s, e + 1) ? 1 : 0;
    if (spaced && !isCJK(s.charCodeAt(e - 1))) {
      const next = zhNounAt(s, e + 1)!;
      return model && GENERIC_CHIP_NOUNS.has(next.value) ? { ...found, end: e + 1 + next.len } : { noun: next.value, end: e + 1 + next.len, adjacent: found.adjacent };
    }
    // "10,000 個 GPU 叢集": a head noun after the typeset space too.
    if (c === 32 && isCJK(s.charCodeAt(e + 1)) && ZH_HEAD_NOUNS.match(s, e + 1)) return null;
    if (isCJK(c)) {
      const next = zhNounAt(s, e);
      // (2000台A800服务器订单: a head noun after the model's noun is what is counted, as 2000台服务器订单.)
      if (next && ZH_HEAD_NOUNS.match(s, e + next.len)) return null;
      if (next) return model && GENERIC_CHIP_NOUNS.has(next.value) ? { ...found, end: e + next.len } : { noun: next.value, end: e + next.len, adjacent: found.adjacent };
      // 12个GPU核心: cores of the chip are counted (not 核心数据中心, core data centres).
      if (c === 0x6838 /* 核 */ && s.charCodeAt(e + 1) === 0x5fc3 /* 心 */ && !zhNounAt(s, e + 2)) return null;
      // 芯片中心, GPU中心: a centre named after what it holds (中心 further on often modifies: 智算中心机架).
      if (c === 0x4e2d /* 中 */ && s.charCodeAt(e + 1) === 0x5fc3 /* 心 */) return null;
      for (let k = e; k < e + 5 && k < this.n; k++) {
        const d = s.charCodeAt(k);
        if (!isCJK(d) || STOP_FLAGS[d] === 1) break;
        if (ZH_HEAD_NOUNS.match(s, k)) return null;
      }
      return found;
    }
    // 6只纯数据中心REITs, 10个数据中心AIDC项目: a Latin head glued after a Chinese noun (a plural acronym, or one before a
    // head noun) is what is counted, and the store knows no noun for it.
    // (两单数据中心 REITs: after a typeset space too.)
    const latin = c === 32 && isUpper(s.charCodeAt(e + 1)) ? e + 1 : e;
    if (isUpper(s.charCodeAt(latin)) && isCJK(s.charCodeAt(e - 1))) {
      const we = wordEnd(s, latin);
      // (下周一两只数据中心 REIT 申购: Chinese copy may leave a product's acronym singular; 10个数据中心PUE均低于1.3 measures the centres.)
      const acronym = s.slice(latin, we);
      if (we - latin >= 2 && !this.englishNoun(latin, 0) && (/^[A-Z]{2,}s$/.test(acronym) || ACRONYM_HEADS.has(acronym) || ZH_HEAD_NOUNS.match(s, we))) return null;
    }
    if (c === 32 && isLatin(s.charCodeAt(e + 1))) {
      const we = wordEnd(s, e + 1);
      if (we - (e + 1) > 14) return found;
      const word = s.slice(e + 1, we).toLowerCase();
      const next = EN_NOUNS.match(s, e + 1, true);
      if (next && !isAlnum(s.charCodeAt(e + 1 + next.len))) return model && GENERIC_CHIP_NOUNS.has(next.value) ? { ...found, end: e + 1 + next.len } : { noun: next.value, end: e + 1 + next.len, adjacent: found.adjacent };
      // "100,000 data-center satellites": a hyphenated noun is an adjective before a plural head.
      if (hyphenatedWordBefore(s, e) && isLower(s.charCodeAt(e + 1)) && plainPlural(word) && !EN_STOP.has(word)) return null;
      // "more than 10,000 GPU computing accelerator chips": a known plural head noun behind one or two modifiers is
      // what is counted; the span stays on the number.
      const later = s.charCodeAt(e - 1) !== 115 /* s */ ? knownPluralHeadAfter(s, e + 1) : undefined;
      if (later) return { noun: later, end: found.end, adjacent: false };
      // "eight data center buildings"; a singular known noun modifies a head noun behind one or two more
      // modifiers too: "12 data centre investment projects", "3 data center power purchase deals".
      if (this.headNounEnd(e + 1, isPluralNoun(s.slice(wordStartBefore(s, e), e)) ? 0 : 2)) return null;
      // "33 Mitsubishi V16 engines", "8 DGX H100 systems": a model (not itself plural) before an unknown
      // plural noun names the kind of thing counted ("10,000 H100 units" still counts H100s).
      // ("four AP300 SMRs": an acronym's plural too.)
      if (model && s.charCodeAt(e - 1) !== 115 /* s */ && (isLower(s.charCodeAt(e + 1)) || ACRONYM_PLURAL.test(s.slice(e + 1, we))) && plainPlural(word) && !MODEL_UNIT_WORDS.has(word)) return null;
      if (model && s.charCodeAt(e - 1) !== 115 /* s */) {
        // "50,000 GB200 NVL72 nodes": the same behind the model's second name (capitals and digits).
        const m = MODEL_SECOND_NAME_THEN_WORD.exec(s.slice(e + 1, e + 40));
        if (m && plainPlural(m[1]) && !MODEL_UNIT_WORDS.has(m[1]) && !EN_NOUNS.match(s, e + 1 + m[0].length - m[1].length, true)) return null;
        // "six SGT800 gas-fired turbines", "six SGT800 gas turbines": behind one modifier too.
        const mod = MODIFIER_THEN_WORD.exec(s.slice(e + 1, e + 48));
        if (mod && !EN_STOP.has(mod[1]) && !plainPlural(mod[1]) && plainPlural(mod[2]) && !MODEL_UNIT_WORDS.has(mod[2]) && !EN_STOP.has(mod[2]) && !EN_NOUNS.match(s, e + 1 + mod[0].length - mod[2].length, true)) return null;
        // "44,544 AMD MI300A accelerated processing items": behind two modifiers.
        const mod2 = mod && !EN_STOP.has(mod[1]) && !plainPlural(mod[1]) && !EN_STOP.has(mod[2]) && !plainPlural(mod[2]) ? MODIFIER_THEN_WORD.exec(s.slice(e + 2 + mod[1].length, e + 64)) : null;
        if (mod && mod2 && plainPlural(mod2[2]) && !MODEL_UNIT_WORDS.has(mod2[2]) && !EN_STOP.has(mod2[2]) && !EN_NOUNS.match(s, e + 2 + mod[1].length + mod2[0].length - mod2[2].length, true)) return null;
      }
    }
    return found;
  }

  /** English noun (possibly after up to `adj` brand/adjective words): GPUs, data centers, H100s. */
  private englishNoun(q: number, adj: number): { noun: string; end: number } | null {
    const s = this.s;
    let p = q;
    let best: { noun: string; end: number } | null = null;
    // "and"/"or" between two adjectives ("6,000 direct and indirect jobs") does not count as a word.
    let joined = false;
    for (let k = 0; k <= adj + 1; k++) {
      const m = EN_NOUNS.match(s, p, true);
      // A noun opening a hyphenated compound ("Chip-on-Wafer-on-Substrate wafers", "chip-based systems") is no noun,
      // nor is a plural in capitals, a name's acronym ("the 2022 CHIPS and Science Act").
      if (m && !isAlnum(s.charCodeAt(p + m.len)) && !isLatin(s.charCodeAt(p - 1)) && !(s.charCodeAt(p + m.len) === 45 && isLatin(s.charCodeAt(p + m.len + 1))) && !(m.len >= 4 && s.charCodeAt(p + m.len - 1) === 83 /* S */ && /^[A-Z]+$/.test(s.slice(p, p + m.len)))) {
        best = { noun: m.value, end: p + m.len };
        // A noun after a noun is the head ("GPU servers" → server), but a chip model keeps its
        // name before a generic chip noun ("H100 GPUs" → H100, as 5万块H100芯片).
        const p2 = skipSp(s, best.end);
        if (p2 > best.end && p2 - best.end <= 1) {
          const m2 = EN_NOUNS.match(s, p2, true);
          if (m2 && !isAlnum(s.charCodeAt(p2 + m2.len))) {
            // "a 400,000 GPU data center": a singular head after a count above one is what the whole
            // compound describes; the known noun before it says what is counted in it, no noun is known.
            if (!GENERIC_CHIP_NOUNS.has(m2.value) && !isPluralNoun(s.slice(p, best.end)) && !isPluralNoun(s.slice(p2, p2 + m2.len)) && !ONE_BEFORE.test(s.slice(Math.max(0, q - 9), q))) return null;
            best = { noun: !GENERIC_NOUNS.has(m.value) && GENERIC_CHIP_NOUNS.has(m2.value) ? m.value : m2.value, end: p2 + m2.len };
          }
          // "10,000 data center requests", "three data center signatories", 16 data center “shells”: a singular known
          // noun before a plural the store does not know (quoted or not) modifies that head; what is counted is unknown.
          else if (!isPluralNoun(s.slice(p, best.end)) && unknownPluralAt(s, s.charCodeAt(p2) === 0x201c || s.charCodeAt(p2) === 34 ? p2 + 1 : p2)) return null;
        }
        return best;
      }
      const model = this.readModel(p);
      if (model) {
        best = model;
        let p2 = skipSp(s, model.end);
        // "20,000 GB200 NVL72 servers": a second model code (the system's variant) before the noun.
        const variant = p2 - model.end === 1 ? this.readModel(p2) : null;
        const afterVariant = variant && s.charCodeAt(variant.end) === 32 && EN_NOUNS.match(s, variant.end + 1, true);
        if (afterVariant) p2 = variant.end + 1;
        if (afterVariant || (p2 > model.end && p2 - model.end <= 1)) {
          const m2 = EN_NOUNS.match(s, p2, true);
          if (m2 && !isAlnum(s.charCodeAt(p2 + m2.len))) best = { noun: GENERIC_CHIP_NOUNS.has(m2.value) ? model.noun : m2.value, end: p2 + m2.len };
        }
        return best;
      }
      if (k >= adj) break;
      const we = this.adjectiveEnd(p);
      if (we === 0) break;
      // "12,000 new, full-time jobs": a comma between two adjectives of the noun.
      const comma = s.charCodeAt(we) === 44 && s.charCodeAt(we + 1) === 32 && this.adjectiveEnd(we + 2) > 0 ? 1 : 0;
      let p2 = skipSp(s, we + comma);
      if (p2 === we + comma || p2 - we - comma > 1) break;
      // "direct and indirect", "new or upgraded": a conjunction joins the next adjective.
      const ce = wordEnd(s, p2);
      const conj = ce - p2 <= 3 && !joined ? s.slice(p2, ce).toLowerCase() : '';
      if ((conj === 'and' || conj === 'or') && s.charCodeAt(ce) === 32 && this.adjectiveEnd(ce + 1) > 0) {
        joined = true;
        p2 = ce + 1;
        k--;
      }
      p = p2;
    }
    return null;
  }

  /**
   * End of a word that may stand between a number and its counted noun, or 0: a maker, a common
   * adjective, a capitalised name ("Blackwell"), a compound that says how many parts the thing has
   * ("dual-socket", "two-socket", "single-phase"), or a measure ("12-inch", "300mm": a figure of its
   * own, passed over for the noun). Other compounds stop the search, as the held-out sets read
   * "1,250 high-skilled jobs" and "1,700 long-term jobs" (no noun).
   */
  private adjectiveEnd(p: number): number {
    const s = this.s;
    if (isDigit(s.charCodeAt(p))) return this.measureEnd(p) || this.numberedPartsEnd(p);
    // "hundreds of thousands of additional U.S. jobs": the dotted country as an adjective.
    if (s.startsWith('U.S.', p) && s.charCodeAt(p + 4) === 32) return p + 4;
    const first = wordEnd(s, p);
    if (first === p) return 0;
    const we = compoundEnd(s, p); // next-generation
    const w = s.slice(p, we).toLowerCase();
    const parts = we > first && MULTIPLIER_WORDS.has(w.slice(0, first - p)) && this.partAt(first + 1);
    // "Nvidia Corp. graphics processing units": a company suffix keeps its point.
    if (isUpper(s.charCodeAt(p)) && s.charCodeAt(we) === 46 && s.charCodeAt(we + 1) === 32 && COMPANY_SUFFIXES.has(w)) return we + 1;
    // ("1 million China-specific H20 GPUs", "Chinese-made chips": a place with a word of origin.)
    if (parts || EN_BRANDS.has(w) || EN_NOUN_ADJECTIVES.has(w) || (isUpper(s.charCodeAt(p)) && (we - p <= 10 || ORIGIN_COMPOUND.test(w)))) {
      // ("millions of Broadcom's AI accelerators": a maker's possessive.)
      return (s.charCodeAt(we) === 39 || s.charCodeAt(we) === 0x2019) && s.charCodeAt(we + 1) === 115 && s.charCodeAt(we + 2) === 32 && isUpper(s.charCodeAt(p)) ? we + 2 : we;
    }
    // An open compound written without its hyphen: "high performance", "next generation", "state of the art" is not.
    if (we === first && s.charCodeAt(we) === 32 && isLatin(s.charCodeAt(we + 1))) {
      const second = wordEnd(s, we + 1);
      if (EN_NOUN_ADJECTIVES.has(`${w}-${s.slice(we + 1, second).toLowerCase()}`)) return second;
      // "26,000 full and part-time jobs": the first part of a compound whose hyphen and second part come after the next one.
      const suspended = /^ (?:and|or) [a-z]+-([a-z]+)\b/i.exec(s.slice(we, we + 30));
      if (suspended && EN_NOUN_ADJECTIVES.has(`${w}-${suspended[1].toLowerCase()}`)) return we;
    }
    // "24,000 full- and part-time jobs": the suspended hyphen written after the first part.
    if (we === first && s.charCodeAt(we) === 45 && s.charCodeAt(we + 1) === 32) {
      const suspended = /^- (?:and|or) [a-z]+-([a-z]+)\b/i.exec(s.slice(we, we + 30));
      if (suspended && EN_NOUN_ADJECTIVES.has(`${w}-${suspended[1].toLowerCase()}`)) return we + 1;
    }
    return 0;
  }

  /**
   * The second part of a compound after a multiplier names parts of the thing: a part ("dual-socket",
   * "single-phase", "two-storey"), a counted noun ("eight-GPU", "multi-rack") or a unit ("two-megawatt").
   * A kind ("multi-tenant", "dual-use", "single-family") does not, and stops the noun search.
   */
  private partAt(q: number): boolean {
    const s = this.s;
    const e = wordEnd(s, q);
    if (PART_WORDS.has(s.slice(q, e).toLowerCase())) return true;
    const n = EN_NOUNS.match(s, q, true);
    if (n && q + n.len === e) return true;
    const u = this.latinUnit(q, true);
    return !!u && u.end === e;
  }

  /**
   * End of a compound of digits and the parts of the thing at `p` ("72-GPU", "4-socket": two 72-GPU racks
   * counts racks, the 72 a count of its own), or 0.
   */
  private numberedPartsEnd(p: number): number {
    const s = this.s;
    let k = p;
    while (isDigit(s.charCodeAt(k)) || (s.charCodeAt(k) === 44 && isDigit(s.charCodeAt(k + 1)))) k++;
    if (s.charCodeAt(k) !== 45 || !isLatin(s.charCodeAt(k + 1)) || !this.partAt(k + 1)) return 0;
    return wordEnd(s, k + 1);
  }

  /** End of a measure used as an adjective at `p` ("12-inch", "300mm", "12吋", "100-MW"), or 0. */
  private measureEnd(p: number): number {
    const s = this.s;
    let k = p;
    while (isDigit(s.charCodeAt(k)) || (s.charCodeAt(k) === 46 && isDigit(s.charCodeAt(k + 1)))) k++;
    if (s.charCodeAt(k) === 45 && isLatin(s.charCodeAt(k + 1))) k++;
    // ("40,000 300 mm wafers", "thirty 1 MW sites": a length or power spaced from its digits.)
    if (k > p && s.charCodeAt(k) === 32 && isLatin(s.charCodeAt(k + 1))) {
      const spaced = this.latinUnit(k + 1, false);
      if (spaced && (spaced.def.kind === 'length' || spaced.def.kind === 'power')) return spaced.end;
    }
    const latin = this.latinUnit(k, true);
    const zh = latin ? null : ZH_UNITS.match(s, k);
    const def = latin ? latin.def : zh?.value;
    if (!def || !MEASURE_KINDS.has(def.kind)) return 0;
    return latin ? latin.end : k + zh!.len;
  }

  /**
   * End of a stock code filling a bracket that follows a name: 4–6 digits, optionally an exchange
   * suffix (.HK, .SH, .SZ, .TW, .T, .KS). A bare 19xx/20xx is a year, and "(2025)" after a
   * name stays one; a leading zero or a suffix is always a code. 0 when it is not a code.
   */
  private stockCodeEnd(i: number): number {
    const s = this.s;
    let k = codeEnd(s, i);
    if (k === 0) return shortStockCodeEnd(s, i);
    let d = i;
    while (isDigit(s.charCodeAt(d))) d++;
    const digits = d - i;
    let suffix = k > d;
    // 腾讯控股(00700.HK/80700.HK): listings on several counters, joined by slashes; a suffix or a
    // leading zero says they are codes (产能(1200/1500) is not).
    // (09988.HK;BABA.N), (0700.HK, TCEHY.US): a list of listings, a lettered ticker with its suffix among them.
    let joined = false;
    for (let n = 0; n < 3 && LISTING_JOINERS.includes(s[k] ?? '_'); n++) {
      let at = s.charCodeAt(k + 1) === 32 && s.charCodeAt(k) !== 47 ? k + 2 : k + 1;
      // (09698;美︰GDS): a market's one-character name and a colon before a ticker make it a listing.
      const market = LISTING_MARKETS.includes(s[at]) && LISTING_COLONS.includes(s[at + 1]);
      if (market) at += 2;
      // (萬國數據-SW(09698/GDS): a lettered ticker after a slash too, when the first code has its leading zero.)
      const e = isDigit(s.charCodeAt(at)) ? codeEnd(s, at) : market ? lettersEnd(s, at, 5) : s.charCodeAt(k) !== 47 ? tickerEnd(s, at) : s.charCodeAt(i) === 48 ? tickerEnd(s, at) || lettersEnd(s, at, 5) : 0;
      if (e === 0) return 0;
      suffix ||= !isDigit(s.charCodeAt(e - 1));
      joined = true;
      k = e;
    }
    if (joined && !suffix && s.charCodeAt(i) !== 48) return 0;
    const open = openBracketBefore(s, i);
    if (s.charCodeAt(k) === 32 && open < i - 1) k++;
    const close = s.charCodeAt(k);
    if (close !== 41 && close !== 0xff09) return 0;
    // (國巨*（2327）: Taiwan copy stars a name, as a note mark, before its code.)
    let at = s.charCodeAt(open - 1) === 32 ? open - 2 : open - 1;
    if (s.charCodeAt(at) === 42 /* * */) at--;
    const before = s.charCodeAt(at);
    // After a Latin name only with an exchange suffix: "capacity (1200)" is a figure in English copy.
    // A Hong Kong share class (萬國數據-SW(09698), 理想汽车-W(2015)) names a listing as surely as a suffix does.
    const classed = shareClassBefore(s, i - 1);
    // ASMPT(00522): five digits with a leading zero, as Hong Kong codes are written, need no suffix after a name.
    const hongKongForm = digits === 5 && s.charCodeAt(i) === 48 && isUpper(before);
    // 国泰君安东久REIT(508088): six digits, as mainland codes are written, after a Latin word closing a Chinese name.
    const mainlandForm = digits === 6 && isLatin(before) && isCJK(s.charCodeAt(wordStartBefore(s, open) - 1));
    if (!(isCJK(before) || classed || hongKongForm || mainlandForm || (suffix && isLatin(before)))) return 0;
    if (suffix || classed || s.charCodeAt(i) === 48 || digits !== 4) return k + 1;
    // Four digits, no zero, no suffix: a code unless it reads as a year.
    const v = Number(s.slice(i, d));
    return v >= 1900 && v <= 2100 ? 0 : k + 1;
  }

  /** Chip model names: H100, GB200, MI300X, B200, A100, H20, L40S (+ plural s). */
  private readModel(p: number): { noun: string; end: number } | null {
    const s = this.s;
    if (isAlnum(s.charCodeAt(p - 1))) return null;
    let j = p;
    while (j < this.n && isUpper(s.charCodeAt(j)) && j - p < 3) j++;
    const L = j - p;
    if (L === 0) return null;
    const d0 = j;
    while (j < this.n && isDigit(s.charCodeAt(j)) && j - d0 < 4) j++;
    if (j - d0 < 2) return null;
    while (j < this.n && isUpper(s.charCodeAt(j)) && j - d0 < 7) j++;
    let noun = s.slice(p, j);
    // (FP16, BF16, INT8, TF32 are number formats, no chips: 32个达芬奇AI核心FP16算力.)
    if (/^(?:FP|BF|TF|INT)\d/.test(noun)) return null;
    if (s.charCodeAt(j) === 115 /* s */ && !isAlnum(s.charCodeAt(j + 1))) j++;
    if (isAlnum(s.charCodeAt(j))) return null;
    if (s.charCodeAt(j) === 45 && isAlnum(s.charCodeAt(j + 1))) return null;
    return { noun, end: j };
  }

  // -------------------------------------------------------------------------------------------
  // The main path: numeral → figure

  private atNumeral(i: number): number {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (i === this.endnoteAt) return i + 1;
    // "Fayetteville, GA 30214": a US ZIP code after a state's postal code and a comma before it.
    if (US_ZIP_BEFORE.test(s.slice(Math.max(0, i - 6), i)) && /^\d{5}(?:-\d{4})?(?![\d,.]\d|\d)/.test(s.slice(i, i + 12))) return i + (s.charCodeAt(i + 5) === 45 ? 10 : 5);
    // "(RMB '000)", "HK$'000": a table's unit label, thousands of the currency.
    if (c === 48 && (s.charCodeAt(i - 1) === 39 || s.charCodeAt(i - 1) === 0x2019) && s.startsWith('000', i) && !isDigit(s.charCodeAt(i + 3)) && THOUSANDS_LABEL_BEFORE.test(s.slice(Math.max(0, i - 9), i - 1))) return i + 3;
    // Contexts that make digits not figures.
    if (c === 43 && isDigit(s.charCodeAt(i + 1))) {
      const ph = this.phoneEnd(i + 1, true);
      if (ph > i + 1) return ph;
    }
    if (c === 45 && noteMarkDashAt(s, i)) return this.skipDigits(i + 1);
    if (isDigit(c)) {
      // Contexts around digits that make them no figure, in two methods (TurboFan compiled atNumeral as one in ~300 ms).
      let r = this.digitsBeforeContext(i, c);
      if (r === NO_RULE) r = this.digitsAfterContext(i);
      if (r !== NO_RULE) return r;
    }
    if (isZhNumChar(c)) {
      const prev = s.charCodeAt(i - 1);
      if (prev === 0x7b2c) return this.skipZh(i);
      // 零一万物 (01.AI), 陆股通 (the stock connect; 陆 is also the formal six): names written with numerals.
      const name = c === 0x96f6 /* 零 */ || c === 0x9646 /* 陆 */ ? NUMERAL_NAMES.match(s, i) : null;
      if (name) return i + name.len;
      // 大陆十一后, 登陆, 内陆: 陆 is the formal six only among formal numerals (陆拾, 叁佰陆拾, 陆万元).
      if (c === 0x9646 /* 陆 */ && !FORMAL_AFTER_SIX.includes(s[i + 1] ?? '_') && !FORMAL_NUMERALS.includes(s[i - 1] ?? '_')) return i + 1;
      // 重拾成长 (regain growth): 拾 after 重 or 收 is the verb "pick up", no formal ten.
      if (c === 0x62fe /* 拾 */ && (s.charCodeAt(i - 1) === 0x91cd /* 重 */ || s.charCodeAt(i - 1) === 0x6536 /* 收 */)) return i + 1;
      // （千瓩）, (千万亿字节每秒): a unit label, read before 千万 (an adverb) is passed over.
      const gloss = this.unitGlossEnd(i);
      if (gloss) return gloss;
      // 788EFLOPS（每秒百亿亿次浮点运算，FP16半精度）, 3万P(P指每秒进行千万亿次浮点运算), 1000POPS(每秒千万亿次操作):
      // a bracket that spells out the compute unit, no figure of its own.
      if ((prev === 0x79d2 /* 秒 */ || prev === 0x884c /* 行 */ || prev === 0x6210 /* 成 */) && COMPUTE_GLOSS_BEFORE.test(s.slice(Math.max(0, i - 14), i))) {
        let k = i;
        // ((每秒千兆次運算): Taiwan's 兆 among the magnitudes.)
        while (k - i < 6 && '十百千万亿兆'.includes(s[k] ?? '_')) k++;
        if (k > i && /^次?(?:(?:浮点)?运算|操作)/.test(s.slice(k, k + 5))) return k;
      }
      // 每百万tokens, 每千tokens, 每万人: a bare magnitude after 每 is what a price or rate is per, no figure
      // (as "per million tokens"; 每1000万 and 每一万人 keep their numeral). So is one after a price's slash:
      // 1元/百万输入tokens, 0.8元/千次, $2 / 百万tokens (afterRateSlash).
      // 每 unwritten before a price's tokens: 百万tokens输入价格为0.5元 (but 支持百万token上下文 counts a context).
      // 14家万亿市值内地公司, 首只万亿市值个股: after a classifier a bare magnitude before 市值 names a class of company, no
      // amount (对于千亿市值来说, 少有的千亿市值新股 and 突破万亿市值 keep it, as the held-out sets read them).
      if ('百千万亿'.includes(s[i]) && '家只隻个個'.includes(String.fromCharCode(prev))) {
        const j = this.skipZh(i);
        if (/^[百千万亿]+$/.test(s.slice(i, j)) && s.startsWith('市值', j)) return j;
      }
      if ('十百千万亿'.includes(s[i]) && (prev === 0x6bcf /* 每 */ || this.afterRateSlash(i) || this.tokensOfPrice(i))) {
        const j = this.skipZh(i);
        if (/^[十百千万亿]+$/.test(s.slice(i, j))) return j;
      }
      // 两度暂停, 三度上调: 度 after a small Chinese numeral counts times (三度电 is energy).
      if (s.charCodeAt(i + 1) === 0x5ea6 /* 度 */ && s.charCodeAt(i + 2) !== 0x7535 /* 电 */ && '两二三四五六七八九'.includes(s[i]) && !isZhNumChar(s.charCodeAt(i - 1))) {
        return this.emitSimple(i, i + 2, 'count', s[i] === '两' ? 2 : ZH_DIGITS.get(c) ?? 0, 'count', prefixQualifier(s, i));
      }
      // A short quoted name in Chinese numerals and characters: “九天”平台, 「三峡」, “十四五”规划, and with words before
      // the numeral: “数据二十条” (a policy's nickname).
      // (Only a name of articles or issues: “数据二十条”, “国十条”; “是去年的两倍”, 「翻近三倍」 stay figures.)
      let open = i;
      while (open > 0 && i - open < 4 && isCJK(s.charCodeAt(open - 1)) && !isZhNumChar(s.charCodeAt(open - 1))) open--;
      if (OPEN_QUOTES.has(prev) || (open < i && OPEN_QUOTES.has(s.charCodeAt(open - 1)) && QUOTED_NAME_END.test(s.slice(this.skipZh(i), this.skipZh(i) + 2)))) {
        let k = i;
        let amount = false; // “两千亿美元”: a quoted amount is still a figure
        for (; k - i < 6 && isCJK(s.charCodeAt(k)); k++) if ('万亿兆元'.includes(s[k])) amount = true;
        if (CLOSE_QUOTES.has(s.charCodeAt(k)) && !amount) return k + 1;
      }
      // 下周一两只新股申购: a weekday's numeral alone, then a count read on its own.
      // (每週二九八一班: after 每 the week is a rate's, and a numeral run with a unit after it counts, 2981 flights a week.)
      for (const w of ZH_WEEK_BEFORE) if (s.startsWith(w, i - w.length) && !(s[i - w.length - 1] === '每' && this.followsUnitSoon(this.skipZh(i)))) return WEEKDAY_NUMERALS.includes(s[i]) && WEEKDAY_THEN_COUNT.includes(s[i + 1] ?? '_') ? i + 1 : this.skipZh(i);
      const next = s.charCodeAt(i + 1);
      const bad = ZH_BAD_AFTER.get(c);
      if (bad && bad.includes(s[i + 1]) && !(c === 0x5341 /* 十 */ && s.charCodeAt(i + 2) === 0x4e4b /* 之 */)) return i + 2;
      if (c === 0x5341 /* 十 */ && next === 0x5206 /* 分 */ && s.charCodeAt(i + 2) !== 0x4e4b /* 之 */) return i + 2;
      // 千万 the adverb (千万不要); 千万亿 (1e15, 每秒千万亿次) is a number, and so is 千万 after a verb of
      // reaching or a hedge (破千万下载量, 超千万, 上千万).
      if (c === 0x5343 /* 千 */ && next === 0x4e07 /* 万 */ && s.charCodeAt(i + 2) !== 0x4ebf /* 亿 */ && !this.followsUnitSoon(i + 2) && !'破超近逾达过上'.includes(s[i - 1] ?? '_')) return i + 2;
      if (c === 0x4ebf /* 亿 */ && next === 0x4e07 /* 万 */ && '富身家'.includes(s[i + 2] ?? '_')) return i + 2; // 亿万富豪: a word
      // (一度电 is a kilowatt-hour: 1kWh代表一度电.)
      if (c === 0x4e00 /* 一 */ && '些直度定'.includes(s[i + 1] ?? '_') && !(next === 0x5ea6 /* 度 */ && s.charCodeAt(i + 2) === 0x7535 /* 电 */)) return i + 2;
      // 一年前为2亿令吉, 一个月前: "a year ago", no figure, as in English (三年前 is three years); hedged it is one (约一年前).
      // (一年後 stays one year: 一年後可望達80兆.)
      // (遠高於一年前: a comparison before it is no hedge.)
      if (c === 0x4e00 /* 一 */ && !isZhNumChar(s.charCodeAt(i - 1)) && ONE_UNIT_AGO.test(s.slice(i + 1, i + 6)) && !hedgesAgo(prefixQualifier(s, i))) return i + 1;
    }
    if (isZhNumChar(c) && !ZH_DIGITS.has(c)) {
      const u = ZH_UNITS.match(s, i);
      if (u) return i + u.len; // 千瓦时, 千米 standing alone are units, not numbers
    }
    const side = this.parseSide(i);
    if (!side) return i + 1;
    // "a price increase for 2026.2 SK hynix and Samsung": a footnote mark glued after a year that ends a sentence.
    // ("… to ~$9 billion in 2025.2" ending its paragraph: after in, by, since or until too.)
    if (side.src === 'ar' && side.a && side.a.decimal && side.a.intDigits === 4 && side.scale === 1 && !side.cur && side.end === i + 6 && isYear(Math.trunc(side.a.value)) && ((isGroupSpace(s.charCodeAt(side.end)) && isUpper(s.charCodeAt(side.end + 1))) || (YEAR_ENDS_PARAGRAPH_BEFORE.test(s.slice(Math.max(0, i - 8), i)) && (side.end >= this.n || isNewline(s.charCodeAt(side.end)))))) {
      side.a = { ...side.a, decimal: false, value: Math.trunc(side.a.value), end: i + 4 };
      side.v = side.a.value;
      side.end = i + 4;
    }
    const skip = Math.max(side.end, i + 1);
    if (side.src === 'ar') {
      const a = side.a!;
      if (a.huge || Number.isNaN(a.value)) return skip;
      if (a.version) return skip;
      // Times of day, list markers, footnotes.
      if (this.isTimeOfDay(side)) return this.skipTime(side.end);
      const day = this.bracketDay(side);
      if (day > 0) return day;
      if (this.isMarker(side)) {
        if (this.skipLineFrom === side.end) {
          let k = side.end;
          while (k < this.n && !isNewline(s.charCodeAt(k)) && k - side.end < 60) k++;
          return k;
        }
        return skip;
      }
      // 2x奈米製程, 1x nm: a class of process nodes (twenty-something nanometres), no multiple.
      if (s.charCodeAt(side.end) === 120 /* x */ && /^x ?(?:奈米|纳米|nm)/.test(s.slice(side.end, side.end + 5))) return side.end + 1;
      // 6、7月客户密集进驻: a month listed before the one that writes 月 is a month too.
      // (After a full stop the number is a footnote: 。1、2月累計 reads 2月 only.)
      if (side.scale === 1 && !side.cur && !a.decimal && a.intDigits <= 2 && side.v! >= 1 && side.v! <= 12 && s.charCodeAt(side.end) === 0x3001 /* 、 */ && s.charCodeAt(side.start - 1) !== 0x3002 /* 。 */ && MONTH_AFTER_LIST.test(s.slice(side.end + 1, side.end + 36))) {
        const iso = `--${pad2(side.v!)}`;
        return this.emitDate(side.start, side.end, null, { from: iso, to: iso, label: s.slice(side.start, side.end), relative: true }, null, 'zh');
      }
      // 将于7、8、9日三天举行: a day listed before the one that writes 日 or 号 is a day too (of a month not named).
      if (side.scale === 1 && !side.cur && !a.decimal && a.intDigits <= 2 && side.v! >= 1 && side.v! <= 31 && s.charCodeAt(side.end) === 0x3001 /* 、 */ && s.charCodeAt(side.start - 1) !== 0x3002 /* 。 */ && DAY_AFTER_LIST.test(s.slice(side.end + 1, side.end + 12))) {
        const iso = `---${pad2(side.v!)}`;
        return this.emitDate(side.start, side.end, null, { from: iso, to: iso, label: s.slice(side.start, side.end), relative: true }, null, 'zh');
      }
      const pw = this.prevWord(side.start);
      // "MVIS US Listed Semiconductor 25 Index": a number right before Index after a capitalised word names the index.
      // The Nasdaq 100, the Stoxx 600, the Russell 2000, the Nikkei 225: an index's number ("the Nasdaq 5,000 level" is a level).
      if (pw !== null && side.scale === 1 && !side.cur && !a.decimal && !a.grouped && ((INDEX_AFTER.test(s.slice(side.end, side.end + 7)) && capitalisedWordBefore(s, side.start)) || INDEX_NAMES.test(s.slice(Math.max(0, side.start - 12), side.end + 1)) || fortuneListName(s, side.start, side.end) || PRODUCT_NUMBERS.test(s.slice(Math.max(0, side.start - 12), side.end + 1)))) return (this.nameNumberEnd = side.end);
      // 华为推出了Atlas 900超节点, iPhone 17发布: a capitalised Latin name, a space, a number and a Chinese word that is
      // no unit, scale or classifier: the number is part of the name (as in "Colossus 2 data center").
      if (pw !== null && side.scale === 1 && !side.cur && !a.decimal && !a.grouped && a.intDigits <= 4 && !(a.intDigits === 4 && isYear(side.v!)) && s.charCodeAt(side.start - 1) === 32 && isCJK(s.charCodeAt(side.end))
        && capitalisedWordBefore(s, side.start) && !TIME_WORDS_AFTER_NAME.includes(s[side.end]) && !ZH_SCALES.match(s, side.end) && !this.readUnit(side.end, side)) return (this.nameNumberEnd = side.end);
      // “天池256超节点”, 昇腾384超节点: a number glued between a Chinese name and 超节点 names the system (its card count);
      // a count takes a classifier (384个超节点) or follows a word that takes a number (部署了384).
      if (side.scale === 1 && !side.cur && !a.decimal && !a.grouped && a.intDigits >= 2 && a.intDigits <= 4 && isCJK(s.charCodeAt(side.start - 1)) && !NUMBER_TAKERS.includes(s[side.start - 1]) && (s.startsWith('超节点', side.end) || s.startsWith('超節點', side.end))) return (this.nameNumberEnd = side.end);
      // 對MI 308晶片: an acronym, a space and a model number before the chip word name the chip (a count takes a classifier).
      if (side.scale === 1 && !side.cur && !a.decimal && !a.grouped && a.intDigits === 3 && s.charCodeAt(side.start - 1) === 32 && CHIP_ACRONYM_BEFORE.test(s.slice(Math.max(0, side.start - 5), side.start)) && /^(?:芯片|GPU)/.test(s.slice(side.end, side.end + 3))) return (this.nameNumberEnd = side.end);
      // "Industry 4.0 principles", "Web 3.0": an era named by its version, capitalised (not "industry 4.0%"); any
      // capitalised name is one before "era" ("the Trump 2.0 era").
      if (pw !== null && (ERA_NAMES.has(pw) || VERSION_ERA_AFTER.test(s.slice(side.end, side.end + 16))) && a.decimal && side.end - side.start === a.intDigits + 2 && s.charCodeAt(side.end - 1) === 48 && isUpper(s.charCodeAt(skipBackSp(s, side.start) - pw.length)) && !this.readUnit(side.end, side)) return (this.nameNumberEnd = side.end);
      // Apache 2.0 许可, Web 3.0时代: a version ending in .0 after a capitalised name, then Chinese that is no unit or hedge.
      if (pw !== null && side.scale === 1 && !side.cur && a.decimal && a.intDigits <= 2 && side.end - side.start === a.intDigits + 2 && s.charCodeAt(side.end - 1) === 48 && s.charCodeAt(side.start - 1) === 32 && capitalisedWordBefore(s, side.start)) {
        // (Seedream 5.0 Lite图像模型: an edition's word may follow the version.)
        const edition = EDITION_AFTER_VERSION.exec(s.slice(side.end, side.end + 8));
        const ve = side.end + (edition ? edition[0].length : 0);
        const q = s.charCodeAt(ve) === 32 ? ve + 1 : ve;
        // (DLSS 3.0帧生成技术: a version's .0 counts nothing, so a classifier after it is a word of its own.)
        const unitAfter = this.readUnit(side.end, side);
        if (isCJK(s.charCodeAt(q)) && !ZH_SCALES.match(s, q) && (!unitAfter || unitAfter.def.kind === 'count') && !suffixQualifier(s, q, true)) return (this.nameNumberEnd = side.end);
        // (「Foundry 2.0」, “Stargate 2.0”: the version closes a quoted name.)
        if (!unitAfter && CLOSING_QUOTES.includes(s[ve] ?? '') && quoteOpensBefore(s, side.start)) return (this.nameNumberEnd = side.end);
      }
      // 可灵2.5 Turbo模型, 文心4.5 Turbo: a version glued to a Chinese name, then an edition's word, names a model.
      if (side.scale === 1 && !side.cur && a.decimal && a.intDigits <= 2 && isCJK(s.charCodeAt(side.start - 1)) && EDITION_AFTER_VERSION.test(s.slice(side.end, side.end + 8))) return (this.nameNumberEnd = side.end);
      // "dropped by a factor of 1,000": a multiple, the phrase in the span.
      if (pw === 'of' && side.scale === 1 && !side.cur && side.sign === 1) {
        const factor = FACTOR_OF.exec(s.slice(Math.max(0, side.start - 32), side.start));
        if (factor && !this.readUnit(side.end, side)) {
          const at = side.start - factor[0].length;
          // "a factor of 2-3", "a factor of 2 to 3": a range of multiples.
          const r = FACTOR_RANGE_AFTER.exec(s.slice(side.end, side.end + 12));
          if (r && +r[1] > side.v! && at >= this.lastEnd) {
            const end = side.end + r[0].length;
            this.push({ offset: at, length: end - at, text: this.o.slice(at, end), kind: 'ratio', value: null, low: side.v, high: +r[1], unit: 'ratio', qualifier: 'range', approx: false, lang: 'en' });
            return end;
          }
          return this.emitSimple(at, side.end, 'ratio', side.v!, 'ratio', prefixQualifier(s, at));
        }
      }
      // "130Gbps x 100Gbps": after a times sign a number with its unit is the second factor, not a model "X 100".
      // ("silver-tier 1.15x": a multiple glued to its x is no label's number.)
      // ("(Table 2-1, p. 15)", "(Ch. 2, p. 20)", "pp. 12-14", "para. 4": a citation's page, chapter or paragraph.)
      if (side.scale === 1 && !side.cur && !side.a!.decimal && side.a!.intDigits <= 4 && CITATION_LABEL_BEFORE.test(s.slice(Math.max(0, side.start - 8), side.start)) && !this.readUnit(side.end, side)) return this.skipAlnum(side.start);
      // ("Regulation (EU) 2023/1781", "Directive (EU) 2022/2555": a law's year and number.)
      if (side.scale === 1 && s.charCodeAt(side.end) === 47 && EU_ACT_BEFORE.test(s.slice(Math.max(0, side.start - 24), side.start))) {
        let k = side.end + 1;
        while (isDigit(s.charCodeAt(k))) k++;
        return k;
      }
      // ("DDR4、LPDDR4 5月就涨过价": a month written after a product's name is a month, as after a company's: Google 10月.)
      const monthAfter = s.charCodeAt(side.end) === 0x6708 /* 月 */ && !side.a!.decimal && side.v! >= 1 && side.v! <= 12;
      if (!monthAfter && this.productLabelBefore(side.start, pw) && !measureAfterLabel(s, side.start, side.end) && side.scale === 1 && !side.cur && !(pw === 'x' && (this.latinUnit(skipSp(s, side.end), false) || gluedTimesAt(s, side.start - 1))) && !(s.charCodeAt(side.end) === 120 && !isAlnum(s.charCodeAt(side.end + 1)) && side.a!.decimal)) {
        const end = this.skipAlnum(side.start);
        // "Core Ultra 7 365": a model number of three digits after the line's number, spaced, is in the name too.
        const model = s.charCodeAt(end) === 32 && isDigit(s.charCodeAt(end + 1)) && isDigit(s.charCodeAt(end + 2)) && isDigit(s.charCodeAt(end + 3)) && !isAlnum(s.charCodeAt(end + 4)) && s.charCodeAt(end + 4) !== 44 && s.charCodeAt(end + 4) !== 46 && !this.readUnit(end + 4, side) && !SCALE_WORD_AFTER.test(s.slice(end + 4, end + 14));
        // ("a Llama 3 405 billion parameter model": a scale word after it makes it an amount.)
        return (this.nameNumberEnd = model ? end + 4 : end);
      }
      // ("Proclamation 11002", "Executive Order 14110": five digits too.)
      if (side.scale === 1 && !side.cur && !a.decimal && !a.grouped && (a.intDigits <= 4 || (a.intDigits === 5 && (pw === 'proclamation' || pw === 'order' || s.charCodeAt(side.end) === 32))) && this.placeLabel(side, pw)) return (this.nameNumberEnd = this.skipAlnum(side.start));
      // "Law 19.628" (Chile's data-protection law), "Law 21,719": a law's number after the capitalised word, dotted or not.
      if (pw === 'law' && side.scale === 1 && !side.cur && s.charCodeAt(skipBackSp(s, side.start) - 3) === 76 /* L */ && !this.readUnit(side.end, side)) return (this.nameNumberEnd = this.skipAlnum(side.start));
      // "DDR5 6000", "DDR4 16Gb 3200": a memory part's speed grade after its name (and capacity).
      if (side.scale === 1 && !side.cur && !a.decimal && !a.grouped && !monthAfter && (pw === null || pw === 'gb' || pw === 'g') && (isAlnum(s.charCodeAt(skipBackSp(s, side.start) - 1)) || '(（/'.includes(s[skipBackSp(s, side.start) - 1] ?? '_')) && MEMORY_GRADE_BEFORE.test(s.slice(Math.max(0, side.start - 20), side.start)) && !this.readUnit(side.end, side)) return this.skipAlnum(side.start);
      // "a Chips Act 2.0": a version after the capitalised name of a law.
      // ("the National AI Strategy 2.0", "Digital Plan 2.0": so after a policy's capitalised name, the version ending in .0.)
      if (pw === 'act' && a.decimal && a.intDigits <= 2 && side.scale === 1 && !side.cur && s.startsWith('Act', skipBackSp(s, side.start) - 3) && !this.readUnit(side.end, side)) return this.skipAlnum(side.start);
      if (pw !== null && POLICY_NAMES.has(pw) && a.decimal && a.intDigits <= 2 && s.charCodeAt(side.end - 1) === 48 && s.charCodeAt(side.end - 2) === 46 && side.scale === 1 && !side.cur && isUpper(s.charCodeAt(skipBackSp(s, side.start) - pw.length)) && !this.readUnit(side.end, side)) return this.skipAlnum(side.start);
      if (pw && side.scale === 1 && !side.cur && side.sign === 1 && !a.grouped && this.isNameBefore(side.start, pw) && ((a.intDigits <= 2 && !a.decimal && !this.pluralNounAfter(side.end)) || this.codeName(side, pw) || (!a.decimal && a.intDigits >= 3 && a.intDigits <= 5 && !isYear(side.v!) && MODEL_SUFFIX_AFTER.test(s.slice(side.end, side.end + 6)))) && !this.readUnit(side.end, side) && !this.rangeWithUnit(side)) {
        return (this.nameNumberEnd = this.skipAlnum(side.start));
      }
      // "KDC SGP 7 and 8", "Units 3, 4": the next number of a list after a name's number names a sibling, a plural
      // noun after it naming both ("its Polaris Forge 1 and 2 campuses").
      // ("DDTL 1.0 and 2.0": a decimal after a decimal name number, as versions are.)
      // "Phases 2 through 6", "Sector 80, 145, 140A and 151": a run of labels, three digits after a label of two or more.
      if (this.nameNumberEnd > 0 && side.start - this.nameNumberEnd <= 9 && side.scale === 1 && !side.cur && !a.grouped && (!a.decimal || /\d\.\d+$/.test(s.slice(Math.max(0, this.nameNumberEnd - 6), this.nameNumberEnd)))
        && (a.intDigits <= 2 || (a.intDigits === 3 && /(?:^|[^\d])\d{2,3}[A-Z]?$/.test(s.slice(Math.max(0, this.nameNumberEnd - 5), this.nameNumberEnd))))
        && /^(?:,? (?:and|or|&) |, ?|\/| (?:through|to) )$/.test(s.slice(this.nameNumberEnd, side.start)) && !this.unitAfterLabel(side)) {
        return (this.nameNumberEnd = this.skipAlnum(side.start));
      }
      // "HBM3E 12-layer", "HBM4 16-Hi": a stack height after a memory part's name is the name's variant.
      if (side.scale === 1 && !side.cur && a.intDigits <= 2 && !a.decimal && s.charCodeAt(side.end) === 45 && STACK_HEIGHT_AFTER.test(s.slice(side.end, side.end + 8)) && ALNUM_PART_BEFORE.test(s.slice(Math.max(0, side.start - 12), side.start))) return this.skipAlnum(side.start);
      // "RTX 40- and 50-series", "the 50-series", "5060 Ti": a product series or model, not a count.
      if (side.scale === 1 && !side.cur && !a.grouped && (this.seriesAfter(side.end) || (isUpper(s.charCodeAt(side.end + 1)) && MODEL_SUFFIX.test(s.slice(side.end, side.end + 8))))) return this.skipAlnum(side.start);
      // "iPhone 17 Air、17 Pro及17 Pro Max": a sibling model's number and edition soon after a name's number.
      if (side.scale === 1 && !side.cur && !a.grouped && !a.decimal && this.nameNumberEnd > 0 && side.start > this.nameNumberEnd && side.start - this.nameNumberEnd <= 16 && MODEL_EDITION_AFTER.test(s.slice(side.end, side.end + 8))) return (this.nameNumberEnd = this.skipAlnum(side.start));
    }
    // Letters glued to digits (A100, 3nm, v2) make a name; after a Chinese scale they are the noun (2万H200).
    // A year of estimates or forecasts (2026E, 2027F) is read by the year forms.
    // 16G DDR4内存条, 容量240G: a bare G or T after a memory product's size, or after a word of capacity, is bytes.
    const memory = this.bareMemorySize(side);
    if (memory > 0) return memory;
    if (side.src === 'ar' && !/[万亿兆]/.test(side.scaleText) && isLatin(s.charCodeAt(side.end)) && !this.latinUnit(side.end, true) && !gluedTimesAt(s, side.end) && !monthAfterOrdinalDay(s, side.end) && !ordinalDayRangeAt(s, side.end) && !this.gluedPoints(side) && !gluedTemperature(s, side) && !gluedHours(s, side) && !(s.charCodeAt(side.end) === 109 && this.looksMetres(side)) && !this.computeLetter(side.end, side) && !(side.end > 0 && s.charCodeAt(side.end) === 101) && !sellSideYear(s, side) && !this.gluedPluralNoun(side)) {
      return this.skipAlnum(side.start);
    }
    // 三分之一, and 3分之1 in Taiwan copy.
    if ((side.src === 'zh' || (side.src === 'ar' && side.scale === 1 && !side.cur && Number.isInteger(side.v))) && s.startsWith('分之', side.end)) return this.zhFraction(side);
    // 零件 (parts, components) is a word, not zero items.
    if (side.src === 'zh' && side.end === side.start + 1 && s.charCodeAt(side.start) === 0x96f6 /* 零 */ && s.charCodeAt(side.end) === 0x4ef6 /* 件 */) return side.end + 1;
    // 三分二, Hong Kong shorthand of 三分之二: one numeral each side of 分, the part smaller than the whole,
    // and no numeral, 秒 or 厘 after it (三分二十秒 is a time, 三分二厘 a rate).
    const whole = side.v ?? 0;
    if (side.src === 'zh' && side.end === side.start + 1 && whole >= 2 && whole <= 9 && s.charCodeAt(side.end) === 0x5206 /* 分 */) {
      const part = ZH_DIGIT_VALUES.indexOf(s[side.end + 1]);
      if (part >= 1 && part < whole && !isZhNumChar(s.charCodeAt(side.end + 2)) && !'秒厘钟鐘'.includes(s[side.end + 2] || '_')) {
        return this.emitSimple(side.start, side.end + 2, 'ratio', part / whole, 'ratio', prefixQualifier(s, side.start));
      }
    }
    // 昨（二十）日: a day in Chinese numerals in brackets inside 今/昨…日, as 昨（20）日 is.
    if (side.src === 'zh') {
      const day = this.bracketDay(side);
      if (day > 0) return day;
    }
    const r = this.complete(side);
    return r > i ? r : skip;
  }

  /** Digits at i that what stands before them (or a code they start) makes no figure: where to go on, or NO_RULE. */
  private digitsBeforeContext(i: number, c: number): number {
    const s = this.s;
    const prev = s.charCodeAt(i - 1);
    // 7×24小时运维支持: a service label (round the clock), no figure.
    const clock = c === 55 && !isDigit(prev) ? ROUND_THE_CLOCK.exec(s.slice(i, i + 12)) : null;
    if (clock) return i + clock[0].length;
    // 17.06.2025: day, month and year with points, as European copy dates (always the day first; not a version number).
    if (s.charCodeAt(i + 2) === 46 || s.charCodeAt(i + 1) === 46) {
      const dotted = DOTTED_DAY_MONTH_YEAR.exec(s.slice(i, i + 11));
      if (dotted && !isDigit(prev) && prev !== 46 && !/(?:\b[Vv]|version|release|build|firmware)\s?$/i.test(s.slice(Math.max(0, i - 9), i)) && +dotted[1] >= 1 && +dotted[1] <= 31 && +dotted[2] >= 1 && +dotted[2] <= 12) {
        const end = i + dotted[0].length;
        return this.emitDay(i, end, +dotted[3], +dotted[2], +dotted[1], prefixQualifier(s, i)) || end;
      }
    }
    // "(… within six months)2. Meanwhile": one or two digits glued after a closing bracket and before the sentence's end
    // are the page's note mark.
    if (prev === 41 && isLatin(s.charCodeAt(i - 2))) {
      let end = i;
      while (isDigit(s.charCodeAt(end))) end++;
      if (end - i <= 2 && (s.charCodeAt(end) === 46 || s.charCodeAt(end) === 44 || s.charCodeAt(end) === 59) && !isDigit(s.charCodeAt(end + 1))) return end;
    }
    // "contains 59.4 billion transistors1,472 independent processor cores": a thousands group after digits glued to a word
    // belongs to that token (a lost space, read as a name's digits), not a number of its own.
    if (prev === 44 && isDigit(s.charCodeAt(i - 2)) && GLUED_GROUP_BEFORE.test(s.slice(Math.max(0, i - 8), i)) && /^\d{3}(?!\d)/.test(s.slice(i, i + 4))) return i + 3;
    // "A PCIe 5.0 ×16 slot", "PCIe Gen5 x16": a link's lane count glued to the times sign names the link, no figure.
    if ((prev === 0xd7 || prev === 120) && /PCIe(?:\s*(?:Gen\s*)?\d(?:\.\d)?)?\s*$/i.test(s.slice(Math.max(0, i - 16), i - 1))) return this.skipDigits(i);
    // "the Ascend 910a, 910b, and 910c": the same digits with another letter glued, next in a list, name a sibling
    // model (910b is no 910 billion).
    if ((prev === 32 || prev === 44 || prev === 47) && isLatin(s.charCodeAt(this.skipDigits(i))) && siblingCodeBefore(s, i, this.skipDigits(i))) return this.skipAlnum(i);
    // "3 CAT Solar Titan 250 turbines": a number after the maker and model words of a count's noun is the model's.
    // (Not before a unit or a noun the recognizer counts: "4 Nvidia 72 GPU racks".)
    if (prev === 32 && isLatin(s.charCodeAt(i - 2)) && capitalisedWordBefore(s, i)) {
      const k = this.skipDigits(i);
      const m = s.charCodeAt(k) === 32 && isLatin(s.charCodeAt(k + 1)) ? COUNT_THEN_NAME_BEFORE.exec(s.slice(Math.max(0, i - 48), i)) : null;
      if (m && !isYear(Number(m[1].replace(/,/g, ''))) && !this.latinUnit(k + 1, false) && !this.englishNoun(k + 1, 0) && !/^ (?:percent|per|times|to|and|or|of|in|by|million|billion|thousand)\b/i.test(s.slice(k, k + 12))) return k;
    }
    if (isLatin(prev) && !amountAfterAcronym(s, i) && !dateAfterName(s, i) && !gluedTimesAt(s, i - 1) && !missingSpaceAfterWord(s, i) && !(prev === 99 && !isAlnum(s.charCodeAt(i - 2)) && circaPercent(s, i)) || prev === 46 && isDigit(s.charCodeAt(i - 2)) || prev === 95 && isAlnum(s.charCodeAt(i - 2))) return this.skipAlnum(i);
    // "in 2024,37 primarily concentrated": one or two digits glued after a comma to a year just read, then a lower-case
    // word, are an endnote's mark (a thousands group would have three digits).
    if (prev === 44 && i - 1 === this.lastEnd && isYear(Number(s.slice(i - 5, i - 1))) && /^\d{1,2} [a-z]/.test(s.slice(i, i + 4))) return this.skipDigits(i);
    // 今日(11.18)下午: Hong Kong copy's month and day joined by a point, in brackets after a day word (as 今日（1/28）).
    if (prev === 40 || prev === 0xff08) {
      const md = BRACKET_DOTTED_DAY.exec(s.slice(i, i + 7));
      const dated = md ? this.bracketMonthDay(i, i + md[1].length, i + md[0].length - 1) : 0;
      if (dated > 0) return dated;
    }
    // "10s of billions of dollars", "100s of GPUs": tens, hundreds, thousands of, written with digits.
    if (c === 49 /* 1 */ && !isAlnum(prev)) {
      const plural = DIGIT_VAGUE_PLURAL.exec(s.slice(i, i + 9));
      if (plural) {
        const r = this.englishVague(i, i + plural[1].length, plural[1] === '10s' ? 'tens' : plural[1] === '100s' ? 'hundreds' : 'thousands');
        if (r > i) return r;
      }
    }
    // "That docket (55378) added capacity": a docket's or a case's number in brackets after the word.
    if (prev === 40 && DOCKET_WORD_BEFORE.test(s.slice(Math.max(0, i - 12), i))) {
      // (Not a year: "Rate case (2026):".)
      const close = this.skipDigits(i);
      if (s.charCodeAt(close) === 41 && close - i >= 3 && !(close - i === 4 && isYear(Number(s.slice(i, close))))) return close + 1;
    }
    // ISO 37001:2016, ISO/IEC 27001:2022, GB/T 22239-2019: a standard's edition year after its number is part of its name.
    if ((prev === 58 || prev === 45) && STANDARD_NUMBER_BEFORE.test(s.slice(Math.max(0, i - 24), i - 1))) return this.skipDigits(i);
    // SSA/800-10W (a lithography scanner): three capitals or more, a slash, then digits joined by a hyphen to digits and capitals make a model code.
    if (prev === 47 && isUpper(s.charCodeAt(i - 2)) && isUpper(s.charCodeAt(i - 3)) && isUpper(s.charCodeAt(i - 4))) {
      const m = SLASH_MODEL_CODE.exec(s.slice(i, i + 20));
      if (m) return i + m[0].length;
    }
    const code = this.digitLedCode(i);
    if (code) return code;
    // 104人力銀行, 1111資料庫 (Taiwan's job banks), 36氪, 58同城, 360集团: names written with digits.
    if ((c === 0x31 /* 1 */ || c === 0x33 /* 3 */ || c === 0x35 /* 5 */) && !isDigit(s.charCodeAt(i - 1))) {
      const name = DIGIT_NAMES.exec(s.slice(i, i + 8));
      if (name) return i + name[0].length;
    }
    // "the class of '26", "since ’22": a year's last two digits after an apostrophe ('90s is a decade, passed over).
    // Auto-correct may type the left quote ‘ for the apostrophe ("‘26 Capex guide").
    if ((prev === 39 || prev === 0x2019 || prev === 0x2018) && !isAlnum(s.charCodeAt(i - 2))) {
      const ap = apostropheYearEnd(s, i - 1);
      if (ap > 0) return this.emitYear({ start: i - 1, end: ap, v: apostropheYear(s, ap) } as Side, ap, prefixQualifier(s, i - 1), 'en');
      if (s.charCodeAt(i + 2) === 115 /* s */ && !isAlnum(s.charCodeAt(i + 3))) return i + 3;
    }
    if (prev === 0x7b2c /* 第 */) return this.skipDigits(i);
    // "3-D flash memory", "2-D materials": dimensions, as the glued 3D.
    if ((c === 0x32 || c === 0x33) && s.charCodeAt(i + 1) === 45 && (s.charCodeAt(i + 2) | 32) === 100 /* d */ && !isAlnum(s.charCodeAt(i + 3)) && !isDigit(prev)) return i + 3;
    // (Every number passes here: the end of its digits is found once, and the tests below look at one character first.)
    const digitsEnd = this.skipDigits(i);
    // "(CRU/2025236)": a regulator's document number, capitals, a slash and five digits or more (no decimal point:
    // "1.03 GW/13.79 GWh" is a storage system's power and energy).
    if (prev === 47 && isUpper(s.charCodeAt(i - 2)) && isUpper(s.charCodeAt(i - 3)) && !isAlnum(s.charCodeAt(i - 2 - upperRunBefore(s, i - 1))) && digitsEnd - i >= 5 && !isAlnum(s.charCodeAt(digitsEnd)) && s.charCodeAt(digitsEnd) !== 46 && s.charCodeAt(digitsEnd) !== 44 && s.lastIndexOf('.', digitsEnd - 1) < i) return digitsEnd;
    const afterDigits = s.charCodeAt(digitsEnd);
    // 4#人工智能计算中心, 5#、6#机房, 4#-8#单体: # after a number names a building or unit, as 号 does.
    if (afterDigits === 35 /* # */ && digitsEnd - i <= 3 && !isAlnum(s.charCodeAt(digitsEnd + 1))) {
      const run = /^[-–~至到](\d{1,3})#/.exec(s.slice(digitsEnd + 1, digitsEnd + 7));
      return digitsEnd + 1 + (run ? run[0].length : 0);
    }
    // 《财富》世界500强, 中国企业500强: a ranked list named by its size.
    // (世界500強 in traditional characters, 中國500強 too.)
    if ((afterDigits === 0x5f3a /* 强 */ || afterDigits === 0x5f37 /* 強 */) && /(?:世界|中国|中國|全球|企业|企業|》)$/.test(s.slice(Math.max(0, i - 3), i))) return digitsEnd + 1;
    // ▲1、…▲2、: a list item's number after a bullet sign.
    // ([玫瑰]2、: the bracketed name of an emoji in pasted social-media copy is a bullet too.)
    if ((LIST_BULLETS.includes(s[i - 1]) || (prev === 93 /* ] */ && /\[[\u4e00-\u9fff]{1,4}\]$/.test(s.slice(Math.max(0, i - 6), i)))) && /^\d{1,2}[、.．)）]/.test(s.slice(i, i + 3))) return digitsEnd + 1;
    // “111極速賠”: digits opening a short quoted name (Chinese words, then the closing quote).
    if ((prev === 0x201c || prev === 0x300c) && !(digitsEnd - i === 4 && isYear(+s.slice(i, i + 4))) && QUOTED_NAME_AFTER.test(s.slice(digitsEnd, digitsEnd + 8)) && !ZH_SCALES.match(s, digitsEnd) && !ZH_UNITS.match(s, digitsEnd) && !zhNounAt(s, digitsEnd)) return digitsEnd;
    // (“10.07 IFR”: a rule named by its date and an acronym, quoted.)
    if ((prev === 0x201c || prev === 0x300c) && QUOTED_CODE_NAME_AFTER.test(s.slice(digitsEnd, digitsEnd + 12))) return this.skipAlnum(i);
    // 貨輪「宏泰168」, “长江1号”: digits closing a short quoted Chinese name are part of it.
    // (《数字经济报告2021》: a title's year stays a year; 「全聯接大會2025」, an event's name, keeps it.)
    // (“范围3+”: a trailing plus before the closing quote, a name's version mark.)
    if (isCJK(prev) && QUOTED_NAME_BEFORE.test(s.slice(Math.max(0, i - 7), i)) && /^\+?[」”"》]/.test(s.slice(this.skipAlnum(i), this.skipAlnum(i) + 2)) && !(s.charCodeAt(this.skipAlnum(i)) === 0x300b /* 》 */ && digitsEnd - i === 4 && isYear(+s.slice(i, digitsEnd)))) return this.skipAlnum(i);
    // "the company's 71(st) consecutive quarter": a wire's bracketed superscript makes an ordinal.
    if (afterDigits === 40 && /^\((?:st|nd|rd|th)\)/i.test(s.slice(digitsEnd, digitsEnd + 4))) return digitsEnd + 4;
    // "(24-0508-EL-ATA)": a docket's number, digit groups then letter groups joined by hyphens.
    if (afterDigits === 45 && DOCKET_AT.test(s.slice(i, i + 16))) return this.skipAlnum(i);
    // "HYPER 2025-1", "Series 2021-1": a securitisation's series, a year and an issue number after its name.
    // 公告编号:2024-060, a header's 2025-073: a year and a zero-padded three-digit serial number an announcement.
    if (afterDigits === 45 && digitsEnd - i === 4 && isYear(Number(s.slice(i, digitsEnd))) && /^-0\d\d(?![\d.,%A-Za-z年月日号號万萬亿億元个個-])/.test(s.slice(digitsEnd, digitsEnd + 5))) return digitsEnd + 4;
    // ("Series 2025-3/4 Notes": a sibling issue after a slash.)
    if (afterDigits === 45 && digitsEnd - i === 4 && prev === 32 && SERIES_NAME_BEFORE.test(s.slice(Math.max(0, i - 28), i)) && /^-\d(?![\d%]|[.,]\d)/.test(s.slice(digitsEnd, digitsEnd + 4))) {
      const issue = this.skipDigits(digitsEnd + 1);
      return s.charCodeAt(issue) === 47 && isDigit(s.charCodeAt(issue + 1)) && !isDigit(s.charCodeAt(issue + 2)) ? issue + 2 : issue;
    }
    // "451 Research", "1789 Capital": digits before a firm's capitalised last word name the firm.
    if (afterDigits === 32 && isUpper(s.charCodeAt(digitsEnd + 1)) && FIRM_NAME_AFTER_DIGITS.test(s.slice(i, i + 24))) return digitsEnd;
    // "3W Fund Management", "5Y Capital": a capital glued to the digits, then a firm's word.
    if (isUpper(afterDigits) && !isAlnum(s.charCodeAt(i - 1)) && GLUED_FIRM_NAME.test(s.slice(digitsEnd, digitsEnd + 24))) return digitsEnd + 1;
    // “双10条”, “数据20条”: a policy's nickname of articles in Arabic digits, as “数据二十条”.
    if (isCJK(prev) && QUOTED_NAME_END.test(s.slice(digitsEnd, digitsEnd + 2))) {
      let open = i;
      while (open > 0 && i - open < 4 && isCJK(s.charCodeAt(open - 1))) open--;
      if (open < i && OPEN_QUOTES.has(s.charCodeAt(open - 1))) return digitsEnd + 1;
    }
    // “5+1”现代产业布局, “5+6”重点行业: small numbers joined by + filling quotes name a policy, no figures.
    if ((prev === 0x201c || prev === 34 || prev === 0x300c) && QUOTED_PLUS_LABEL.test(s.slice(i, i + 16))) return this.skipQuotedLabel(i);
    // 重庆“33618”现代制造业集群体系, “416”科技创新布局: digits alone in Chinese quotes before a Chinese noun name a
    // policy (not a year, nor before a unit, a classifier or a scale: “1000”台).
    if ((prev === 0x201c || prev === 0x300c) && digitsEnd - i >= 3 && (s.charCodeAt(digitsEnd) === 0x201d || s.charCodeAt(digitsEnd) === 0x300d) && isCJK(s.charCodeAt(digitsEnd + 1))) {
      const v = Number(s.slice(i, digitsEnd));
      if (!(digitsEnd - i === 4 && isYear(v)) && !ZH_UNITS.match(s, digitsEnd + 1) && !ZH_SCALES.match(s, digitsEnd + 1)) return digitsEnd + 1;
    }
    // 690系列芯片, 50系列显卡: digits right before 系列 name a product line.
    if (afterDigits === 0x7cfb /* 系 */ && s.charCodeAt(digitsEnd + 1) === 0x5217 /* 列 */) return digitsEnd + 2;
    // 4季度华为海思的销量, 1季度营收: an Arabic quarter number before 季度 without 个 names the quarter (a length of
    // time after 连续, 未来, 过去, 近 or before 来, 以来, 内).
    if (s.charCodeAt(i + 1) === 0x5b63 /* 季 */ && s.charCodeAt(i + 2) === 0x5ea6 /* 度 */ && c >= 0x31 && c <= 0x34 && !isDigit(prev) && prev !== 46 && !QUARTERS_RUN_BEFORE.test(s.slice(Math.max(0, i - 2), i)) && !QUARTERS_RUN_AFTER.test(s.slice(i + 3, i + 5))) {
      const quarter = ZH_PARTS.match(s, i)!;
      return this.emitPeriod(i, i + quarter.len, null, quarter.value, 'zh', s.slice(i, i + quarter.len));
    }
    // 使1至3季度累計賺: quarter numbers joined before 季度 name the quarters (time.ts), as 一至三季度 does.
    if (s.charCodeAt(i + 3) === 0x5b63 /* 季 */ && !isDigit(prev)) {
      const quarters = ZH_PARTS.match(s, i);
      if (quarters) return this.emitPeriod(i, i + quarters.len, null, quarters.value, 'zh', s.slice(i, i + quarters.len));
    }
    // 00后用户, 90後員工 (read folded): a generation named by its decade of birth, no figure.
    if (isDigit(s.charCodeAt(i + 1)) && !isDigit(s.charCodeAt(i + 2)) && !isDigit(prev) && s.charCodeAt(i + 2) === 0x540e /* 后 */) return i + 3;
    // 增長率為25.6%-33%135。: digits glued after a percent and before the sentence's end are the page's note marks.
    if (prev === 37 && isDigit(s.charCodeAt(i - 2))) {
      const end = this.skipDigits(i);
      if (end - i <= 3 && (end >= this.n || '。，；;,'.includes(s[end]) || (s.charCodeAt(end) === 46 && !isDigit(s.charCodeAt(end + 1))))) return end;
    }
    // "10nm-class DRAM (1b)": a bracket holding a digit and a, b or c alone names a process generation.
    if ((prev === 40 || prev === 0xff08) && /^\d[a-c][)）]/.test(s.slice(i, i + 3))) return i + 2;
    // 阿里健康、1688、盒马: a bare number as one item of a list of Chinese names is a name (1688.com).
    if (prev === 0x3001 /* 、 */ && isCJK(s.charCodeAt(i - 2)) && !isZhNumChar(s.charCodeAt(i - 2))) {
      const end = this.skipDigits(i);
      if (end - i >= 2 && end - i <= 4 && s.charCodeAt(end) === 0x3001 && isCJK(s.charCodeAt(end + 1)) && !isZhNumChar(s.charCodeAt(end + 1))) return end;
    }
    // 研发2。, 设备1。: one or two digits glued between a Chinese word and a full stop are the page's note
    // mark; a number that ends a sentence follows a word that takes it (增至2。, 第2。, 为12。).
    if (isCJK(prev) && !isZhNumChar(prev) && !NUMBER_TAKERS.includes(s[i - 1]) && !NOTE_MARK_NOT_AFTER.includes(s[i - 1])) {
      const end = this.skipDigits(i);
      if (end - i <= 2 && s.charCodeAt(end) === 0x3002 /* 。 */) return end;
    }
    // (降至3万美元以下 4 。: a mark set off by spaces, as a report typesets its endnotes.)
    // (The scanner's text has the space before the digits taken out, as between Chinese and digits everywhere.)
    if (isCJK(prev) && !isZhNumChar(prev) && (!NUMBER_TAKERS.includes(s[i - 1]) || /以[上下]$/.test(s.slice(i - 2, i))) && /^\d{1,2} 。/.test(s.slice(i, i + 4))) return this.skipDigits(i);
    // (产量预计达到273万片晶圆-7。, 接近一半了-7。: a hyphen before the mark, as some pages paste it.)
    if (prev === 45 && noteMarkDashAt(s, i - 1)) return this.skipDigits(i);
    // "jumping from #7 to #3 in global rankings": a rank, as No. 7 is.
    if (prev === 35 /* # */ && !isAlnum(s.charCodeAt(i - 2))) return (this.nameNumberEnd = this.skipAlnum(i));
    // "DDR4 8Gb 1G*8", "512M*16": a memory chip's organisation (depth times width) is part of its name.
    // (A width of 4 to 64 bits: "10K*60*24*30" multiplies.)
    if (prev === 42 /* * */ && /\d[GMK]$/.test(s.slice(Math.max(0, i - 3), i - 1)) && /^(?:4|8|16|32|64)$/.test(s.slice(i, this.skipDigits(i))) && !isAlnum(s.charCodeAt(this.skipDigits(i)))) return this.skipDigits(i);
    // "filecomment.aspx?util=6630&case=TE&num=113": a value in a web address's query string, to the next space.
    if (prev === 61 /* = */ && urlTokenBefore(s, i)) {
      let k = i;
      while (k < this.n && !isGroupSpace(s.charCodeAt(k)) && !isNewline(s.charCodeAt(k)) && !isCJK(s.charCodeAt(k))) k++;
      return k;
    }
    // "Order No. 888", "the No. 1 supplier", "Nos. 3 and 4": a number after No. is a label or a rank.
    if (numberAbbreviationBefore(s, i)) return (this.nameNumberEnd = this.skipAlnum(i));
    // A variant after a slash continues the model name: LPDDR5/5X, GB200/300, USB3/4.
    if (prev === 47 && MODEL_BEFORE_SLASH.test(s.slice(Math.max(0, i - 14), i - 1))) return this.skipAlnum(i);
    // "GE BWR/4 design": one or two digits after an acronym and a slash name the model's generation.
    if (prev === 47 && ACRONYM_BEFORE_SLASH.test(s.slice(Math.max(0, i - 7), i - 1)) && this.skipDigits(i) - i <= 2 && !/^[\d.]*\s?(?:%|percent)/.test(s.slice(i, i + 12))) return this.skipAlnum(i);
    // 昇腾910B/920: the same after a Chinese name that takes a number (ZH_NAMES_BEFORE_NUMBER).
    if (prev === 47) {
      let k = i - 1;
      while (k > 0 && isAlnum(s.charCodeAt(k - 1)) && i - k < 10) k--;
      if (k < i - 1 && isDigit(s.charCodeAt(k)) && ZH_NAMES_BEFORE_NUMBER.some((w) => s.startsWith(w, k - w.length))) return this.skipAlnum(i);
    }
    return NO_RULE;
  }

  /** Digits at i that a name, a code, an address or a label around them makes no figure: where to go on, or NO_RULE. */
  private digitsAfterContext(i: number): number {
    const s = this.s;
    const prev = s.charCodeAt(i - 1);
    // (Typeset copy spaces it: 思元 590 芯片.)
    const nameEnd = prev === 32 && s.charCodeAt(i - 2) >= 0x4e00 && s.charCodeAt(i - 2) < 0xa000 ? i - 1 : i;
    // (千问9小时就拿下: a length of time or an amount of money after the number keeps it a figure.)
    if (s.charCodeAt(nameEnd - 1) >= 0x4e00 && s.charCodeAt(nameEnd - 1) < 0xa000 && ZH_NAMES_BEFORE_NUMBER.some((w) => s.startsWith(w, nameEnd - w.length))) {
      // (中科曙光906亿元: a Chinese magnitude after the number makes it an amount too.)
      // (通义千问9款商业化和开源模型: a classifier of models or things after it makes it a count.)
      const unitAfterName = ZH_UNITS.match(s, skipDigitsAt(s, i))?.value.kind;
      if (unitAfterName !== 'duration' && unitAfterName !== 'money' && !ZH_SCALES.match(s, skipDigitsAt(s, i)) && !COUNT_AFTER_NAME_NUMBER.includes(s[skipDigitsAt(s, i)] ?? '_')) return (this.nameNumberEnd = this.skipAlnum(i));
    }
    // 思元590和690: the next number of a list after a name's number names a sibling.
    // (昇騰 950DT、2027 年第四季: a year with 年 is no sibling.)
    if (this.nameNumberEnd > 0 && i - this.nameNumberEnd <= 2 && /^(?:和|及|与|、|\/)$/.test(s.slice(this.nameNumberEnd, i)) && !/^(?:19|20)\d\d ?年/.test(s.slice(i, i + 6)) && ZH_UNITS.match(s, skipDigitsAt(s, i))?.value.kind !== 'money' && !ZH_SCALES.match(s, skipDigitsAt(s, i)) && skipDigitsAt(s, i) - i <= 4) return (this.nameNumberEnd = this.skipAlnum(i));
    // 台灣50指數, 中小100指数: a whole number between a Chinese name and 指数 names the index (科创板50成份指数:
    // with 成份 or 成分 between).
    if (prev >= 0x4e00 && prev < 0xa000) {
      let d = i;
      while (isDigit(s.charCodeAt(d)) && d - i < 5) d++;
      if (s.startsWith('指数', d) || ((s.startsWith('成份', d) || s.startsWith('成分', d)) && s.startsWith('指数', d + 2))) return d;
    }
    // Footnote references: [6][9], [12], [1, 3], [2-4] (as the Markdown mask blanks them).
    if (prev === 91 /* [ */) {
      const close = s.indexOf(']', i);
      if (close > i && close - i <= 23 && CITATION_LABEL.test(s.slice(i, close))) return close + 1;
    }
    // 【2】AI火熱, 【12】: a number alone in lenticular brackets numbers an item of a digest or a reference.
    if (prev === 0x3010 /* 【 */) {
      let d = i;
      while (isDigit(s.charCodeAt(d)) && d - i < 4) d++;
      if (d - i <= 3 && s.charCodeAt(d) === 0x3011 /* 】 */) return d + 1;
    }
    // Layout labels joining numbers and letters with '+': “4+N+31+X”, "5G+AI" is not a sum.
    {
      let k = i;
      while (isDigit(s.charCodeAt(k))) k++;
      // A single capital letter as a term: "5+GW" is five-plus gigawatts.
      const letterTerm = (at: number) => isUpper(s.charCodeAt(at)) && !isLatin(s.charCodeAt(at + 1)) && !isLatin(s.charCodeAt(at - 1));
      // (中芯国际N + 3节点: spaced around the plus too.)
      const spacedPlusAfterLetter = prev === 32 && s.charCodeAt(i - 2) === 43 && s.charCodeAt(i - 3) === 32 && letterTerm(i - 4);
      if ((prev === 43 && letterTerm(i - 2)) || spacedPlusAfterLetter || (s.charCodeAt(k) === 43 && letterTerm(k + 1))) {
        while (isAlnum(s.charCodeAt(k)) || (s.charCodeAt(k) === 43 && isAlnum(s.charCodeAt(k + 1)))) k++;
        return k;
      }
      // “5+4+31+X”: a letter term further along the chain makes all of it a label.
      if (s.charCodeAt(k) === 43 && isDigit(s.charCodeAt(k + 1))) {
        let e = k;
        let letter = false;
        while (s.charCodeAt(e) === 43 && isAlnum(s.charCodeAt(e + 1)) && e - k < 24) {
          if (letterTerm(e + 1)) letter = true;
          e++;
          while (isDigit(s.charCodeAt(e)) || (letter && isUpper(s.charCodeAt(e)))) e++;
          if (letter) break;
        }
        if (letter) return e;
      }
    }
    // 台北101 (Taipei 101): the tower's name.
    if (s.startsWith('台北101', i - 2) && !isDigit(s.charCodeAt(i + 3)) && !ZH_UNITS.match(s, i + 3)) return i + 3;
    // "Twinscan EXE:5000", "NXE:3800E": a model number after an acronym and a colon (not "PUE:1.2").
    if (prev === 58 /* : */ && /(?:^|[^A-Za-z])[A-Z]{3,4}$/.test(s.slice(Math.max(0, i - 6), i - 1)) && /^\d{4}[A-Z]?(?![\d.,])/.test(s.slice(i, i + 6))) return this.skipAlnum(i);
    // ("HKEX: 9626": a space after the exchange's colon.)
    if (prev === 32 && s.charCodeAt(i - 2) === 58 && /(?:^|[^A-Za-z])[A-Z]{3,4}$/.test(s.slice(Math.max(0, i - 7), i - 2)) && /^\d{4}[A-Z]?(?![\d.]|,\d)/.test(s.slice(i, i + 7))) return this.skipAlnum(i);
    // "(NSE: ANANTRAJ, BSE: 515055)": a listing code of any length after a named exchange and its colon.
    if (EXCHANGE_NAME_COLON.test(s.slice(Math.max(0, i - 9), i)) && /^\d{4,6}(?![\d.,%])/.test(s.slice(i, i + 7))) return this.skipAlnum(i);
    // "Tex. Tax Code § 151.359", "§ 58.1-609.3": a section number after the section sign, with its points and hyphens.
    if (s.charCodeAt(isGroupSpace(prev) ? i - 2 : i - 1) === 0xa7) {
      let k = i;
      while (k < s.length && (isAlnum(s.charCodeAt(k)) || ((s.charCodeAt(k) === 46 || s.charCodeAt(k) === 45) && isDigit(s.charCodeAt(k + 1))))) k++;
      return k;
    }
    // "Case 2024-00326", "Docket 2025-0123": a year and a zero-padded serial joined by a hyphen name a case.
    if (!isAlnum(prev) && /^(?:19|20)\d\d-0\d{3,5}(?![\d.])/.test(s.slice(i, i + 12))) return this.skipAlnum(i + 5);
    // ("香港交易所:9988", "港交所: 388": a listing code of three to six digits after an exchange's Chinese name and a colon;
    // labelledCodeEnd takes codes of four or more after other labels.)
    if ((prev === 58 || prev === 0xff1a || prev === 32) && EXCHANGE_COLON_BEFORE.test(s.slice(Math.max(0, i - 8), i)) && /^\d{3,6}(?![\d.%]|,\d)/.test(s.slice(i, i + 8))) return this.skipAlnum(i);
    // "（編輯：田瑞華）1141116": 中央社's date stamp (ROC year, month, day) after its editor's bracket.
    if ((prev === 0xff09 || prev === 41) && /^\d{7}(?!\d)/.test(s.slice(i, i + 8)) && /[编編][辑輯][:：][^()（）]{1,8}[)）]$/.test(s.slice(Math.max(0, i - 14), i))) return this.skipDigits(i);
    // 从0到1 (“from nothing to something”): an idiom of founding, no range.
    if (s.charCodeAt(i) === 48 && prev === 0x4ece /* 从 */ && s.startsWith('到1', i + 1)) {
      const after = s.charCodeAt(i + 3);
      // (从0到1突破: before a word that is no unit, classifier or scale too; 从0到1万 stays a range.)
      if (after === 0x7684 /* 的 */ || (!isDigit(after) && (!isCJK(after) || (!ZH_UNITS.match(s, i + 3) && !ZH_SCALES.match(s, i + 3))))) return i + 3;
    }
    // 元大台灣50（0050）, 主動野村台灣優選（00980A）: a Taiwan fund's code (two leading zeros, maybe a letter) in brackets
    // after its name, and the index number that ends the name.
    if ((prev === 40 || prev === 0xff08) && isCJK(s.charCodeAt(i - 2)) && TW_FUND_CODE.test(s.slice(i - 1, i + 9))) return this.skipAlnum(i);
    // (Most numbers after Chinese text have no bracket right after them: no slice for those.)
    if (isCJK(prev)) {
      const d = skipDigitsAt(s, i);
      if ((s.charCodeAt(d) === 40 || s.charCodeAt(d) === 0xff08) && d - i <= 4 && TW_FUND_CODE.test(s.slice(d, d + 10))) return d;
    }
    // A labelled stock code: 股票代码:00600.HK, 证券代码：688256, (TSMC,台:2330), and any 4–6 digits with a
    // dotted exchange suffix (00600.HK), wherever they stand.
    {
      const code = labelledCodeEnd(s, i);
      if (code > i) return code;
    }
    // Stock codes in brackets: 腾讯(0700), 寒武纪（688256.SH）, (9988.HK), 台积电(2330).
    if (openBracketBefore(s, i) >= 0) {
      const code = this.stockCodeEnd(i);
      if (code > i) return code;
    }
    // Bursa Malaysia's listing brackets: 国家能源(TENAGA,5347,主板公用股), 马电讯(TM,4863,主板电讯媒体组),
    // TADMAX資源(TADMAX,4022,主要板工業).
    const bursa = bursaCodeEnd(s, i);
    if (bursa > i) return bursa;
    // (2025.07.04,新加坡), "Dolphin Research 2026.01.30 04:27", "on 2025.07.04": a year, month and day joined by
    // points (two-digit month and day); read before phone numbers, which a time after it would make of it.
    if (s.charCodeAt(i + 4) === 46 && s.charCodeAt(i + 7) === 46) {
      const m = DOTTED_DATE.exec(s.slice(i, i + 11));
      if (m && s.charCodeAt(i - 1) !== 46 && !isAlnum(s.charCodeAt(i - 1))) {
        const iso = `${m[1]}-${m[2]}-${m[3]}`;
        // (统计周期2025.12.08-12.14: a later month and day after a dash, one range; or a full dotted date.)
        const to = isDash(s.charCodeAt(i + 10)) ? DOTTED_DATE_TO.exec(s.slice(i + 11, i + 22)) : null;
        const iso2 = to ? `${to[1] ?? m[1]}-${to[2]}-${to[3]}` : '';
        if (to && iso2 > iso) return this.emitDate(i, i + 11 + to[0].length, +m[1], { from: iso, to: iso2, label: s.slice(i, i + 11 + to[0].length) }, null, 'zh');
        return this.emitDate(i, i + 10, +m[1], { from: iso, to: iso, label: s.slice(i, i + 10) }, null, isCJK(s.charCodeAt(i + 11)) || isCJK(s.charCodeAt(i - 1)) ? 'zh' : 'en');
      }
    }
    const ph = this.phoneEnd(i);
    if (ph > i) return ph;
    // "to 8% by 20303.": an endnote digit glued to a year after a time preposition (the note marker lost its superscript).
    const noted = this.yearWithEndnote(i);
    if (noted > i) return noted;
    const slashed = this.slashFraction(i);
    if (slashed > i) return slashed;
    // 明天(24號)起, 今(3号): a day in brackets after a word of the day is that day, as (24日) is.
    // (The bracket is checked first: this runs for every number that gets this far.)
    const haoDay = (s[i - 1] === '(' || s[i - 1] === '（') ? DAY_IN_BRACKETS.exec(s.slice(i, i + 5)) : null;
    if (haoDay && DAY_WORD_BEFORE_BRACKET.test(s.slice(Math.max(0, i - 5), i - 1))) {
      const day = Number(haoDay[1]);
      if (day >= 1 && day <= 31) {
        const iso = `---${pad2(day)}`;
        return this.emitDate(i, i + haoDay[0].length, null, { from: iso, to: iso, label: s.slice(i, i + haoDay[0].length), relative: true }, null, 'zh');
      }
    }
    const label = numberLabelEnd(s, i);
    if (label > i) return label;
    // 46號15樓 (Hong Kong addresses): the floor, a label (not 楼盘, 楼市, 楼面价 …).
    let fl = i;
    while (isDigit(s.charCodeAt(fl)) && fl - i < 3) fl++;
    if (fl > i && s.charCodeAt(fl) === 0x697c /* 楼 */ && !'盘宇市面价梯花层顶'.includes(s[fl + 1] ?? '_') && !isDigit(s.charCodeAt(i - 1))) return fl + 1;
    // (其中3至7樓的機房: a range of floors, labels too.)
    if (fl > i && zhRangeJoiner(s.charCodeAt(fl)) && !isDigit(s.charCodeAt(i - 1))) {
      let f2 = fl + 1;
      while (isDigit(s.charCodeAt(f2)) && f2 - fl <= 3) f2++;
      if (f2 > fl + 1 && s.charCodeAt(f2) === 0x697c /* 楼 */ && !'盘宇市面价梯花层顶'.includes(s[f2 + 1] ?? '_')) return f2 + 1;
    }
    const form = secFormEnd(s, i);
    if (form > i) return form;
    return NO_RULE;
  }

  /**
   * （千瓩）, (百万美元), 单位：亿元: a magnitude with no numeral before a unit of measure, alone in a
   * bracket or after 单位, labels the unit of the figures around it. End of the label, or 0.
   * A counted noun stays a figure (万卡集群, 规模（万卡）).
   */
  private unitGlossEnd(i: number): number {
    const s = this.s;
    const prev = s.charCodeAt(i - 1);
    const bracket = prev === 40 || prev === 0xff08;
    // 单位：亿元; (megawatts，又譯百萬瓦): the unit's name given as a translation.
    // (Gigawatt, 百萬瓩): after the English name in the same bracket too.
    const label = !bracket && (((prev === 0xff1a || prev === 58 || prev === 0x4e3a /* 为 */) && s.startsWith('单位', i - 3)) || /(?:又译|译为|译作|又称)$/.test(s.slice(i - 2, i)) || ((prev === 44 || prev === 0xff0c || prev === 32) && /[(（][A-Za-z][A-Za-z -]{1,20}[,，] ?$/.test(s.slice(Math.max(0, i - 26), i))));
    if (!bracket && !label) return 0;
    let k = i;
    while (k - i < 4 && '十百千万亿'.includes(s[k] ?? '_')) k++;
    const u = ZH_UNITS.match(s, k);
    // (万亿次/秒): operations per second label a compute figure too.
    if (!u || (u.value.kind === 'count' && !(bracket && /^(?:\/|每)秒/.test(s.slice(k + u.len, k + u.len + 2))))) return 0;
    let end = k + u.len;
    // A rate: (千万亿字节每秒), (亿千瓦时/年).
    if (bracket && (s.charCodeAt(end) === 0x6bcf /* 每 */ || s.charCodeAt(end) === 47)) {
      let r = end + 1;
      while (r - end <= 2 && isCJK(s.charCodeAt(r))) r++;
      if (r > end + 1) end = r;
    }
    const close = s.charCodeAt(end);
    if (bracket ? close !== 41 && close !== 0xff09 : isZhNumChar(close) || isDigit(close)) return 0;
    return end;
  }

  private skipDigits(i: number): number {
    let j = i;
    while (j < this.n && (isDigit(this.s.charCodeAt(j)) || this.s.charCodeAt(j) === 46)) j++;
    return j;
  }
  private skipZh(i: number): number {
    let j = i;
    while (j < this.n && isZhNumChar(this.s.charCodeAt(j))) j++;
    return j;
  }
  /** An event's noun one space after `end` ("Hot Chips conference", "Open Compute summit"). */
  private eventNounAt(end: number): boolean {
    const s = this.s;
    return s.charCodeAt(end) === 32 && isLower(s.charCodeAt(end + 1)) && EVENT_NOUNS.has(s.slice(end + 1, wordEnd(s, end + 1)));
  }

  /** A unit after a label's number, but not a capital glued to it that makes a label of its own ("140A"). */
  private unitAfterLabel(side: Side): boolean {
    const u = this.readUnit(side.end, side);
    return u !== null && !(u.start === side.end && u.end === side.end + 1 && isUpper(this.s.charCodeAt(side.end)) && !isAlnum(this.s.charCodeAt(side.end + 1)));
  }

  /** "AWS 2-3GW": a range whose second side carries a unit is a figure even after a name. */
  private rangeWithUnit(side: Side): boolean {
    const conn = this.rangeConnector(side.end, side);
    if (conn <= 0) return false;
    const b = this.parseSide(conn, side.cur);
    return b !== null && this.readUnit(b.end, b) !== null;
  }

  private followsUnitSoon(p: number): boolean {
    return ZH_UNITS.match(this.s, p) !== null || this.latinUnit(skipSp(this.s, p), false) !== null;
  }

  /**
   * "Colossus 2", "Stargate 2", "Llama 3": a capitalised word (not a function word, hedge or
   * month) one space before a small number names a thing. "Meta's 2 GW" keeps its figure (the
   * caller also keeps any number followed by a unit).
   */
  private isNameBefore(start: number, pw: string): boolean {
    const s = this.s;
    if (!isGroupSpace(s.charCodeAt(start - 1)) || isGroupSpace(s.charCodeAt(start - 2))) return false;
    const b = start - 1 - pw.length;
    if (b < 0 || !isUpper(s.charCodeAt(b)) || isLatin(s.charCodeAt(b - 1)) || s.charCodeAt(b - 1) === 39 || s.charCodeAt(b - 1) === 0x2019) return false;
    if (pw.length < 2 || NAME_STOP.has(pw) || MONTHS.has(pw)) return false;
    // ("Published 5 Jan 25", "Updated 28 March 2025": a day before a month's name after a capitalised word.)
    if (DAY_THEN_MONTH_AT.test(s.slice(start, start + 16))) return false;
    return !dateAfterName(s, start); // Google 10月: a month
  }

  /**
   * A counted noun in the plural after the number ("Managing 72 GPUs" in a title-cased heading):
   * a count, where a name takes a singular noun ("Colossus 2 data center", "Stargate 2 site").
   */
  private pluralNounAfter(end: number): boolean {
    const s = this.s;
    if (s.charCodeAt(end) === 43 /* + */) end++; // "Establishing 10+ parks"
    let q = skipSp(s, end);
    if (q - end !== 1) return false;
    // ("Establishing 10+ large-scale data centre parks", "Opening 10 new stores": adjectives before the noun; a name's
    // number is not followed by them, and after one a lower-case plural is the noun.)
    let adjectives = 0;
    for (let we = compoundEnd(s, q); adjectives < 2 && isLower(s.charCodeAt(q)) && s.charCodeAt(we) === 32 && (EN_NOUN_ADJECTIVES.has(s.slice(q, we)) || SIZE_COMPOUND.test(s.slice(q, we))); we = compoundEnd(s, q)) {
      q = we + 1;
      adjectives++;
    }
    if (adjectives > 0) {
      const we = wordEnd(s, q);
      if (isLower(s.charCodeAt(q)) && we - q >= 4 && s.charCodeAt(we - 1) === 115 /* s */ && s.charCodeAt(we - 2) !== 115 && !isAlnum(s.charCodeAt(we))) return true;
    }
    const nn = this.readNoun(q, 'en', false);
    if (nn && isPluralNoun(s.slice(wordStartBefore(s, nn.end), nn.end))) return true;
    // A head noun in the plural, maybe after a known noun: "Building 12 facilities", "Managing 12 GPU clusters",
    // "10 data centre parks".
    const known = EN_NOUNS.match(s, q, true);
    const p = known && s.charCodeAt(q + known.len) === 32 ? q + known.len + 1 : q;
    const he = this.headNounEnd(p, 0);
    return he > 0 && isPluralNoun(s.slice(p, he));
  }

  /**
   * End of a head noun (a building, cluster, project or company noun: EN_HEAD_NOUNS) that starts at `p`
   * or behind up to `modifiers` lower-case words that modify it ("investment projects", "power purchase
   * deals"), or 0.
   */
  private headNounEnd(p: number, modifiers: number): number {
    const s = this.s;
    for (let k = 0; k <= modifiers; k++) {
      // Title case counts too, after a title-cased word: "three Green Integrated Data Centre Parks".
      const titled = isUpper(s.charCodeAt(p)) && isLower(s.charCodeAt(p + 1)) && s.charCodeAt(p - 1) === 32 && isUpper(s.charCodeAt(wordStartBefore(s, p - 1)));
      if (!(isLower(s.charCodeAt(p)) || titled) || isLatin(s.charCodeAt(p - 1))) return 0;
      const we = compoundEnd(s, p); // power-purchase
      const w = titled ? s.slice(p, we).toLowerCase() : s.slice(p, we);
      if (EN_HEAD_NOUNS.has(w)) return isAlnum(s.charCodeAt(we)) ? 0 : we;
      if (EN_STOP.has(w) || s.charCodeAt(we) !== 32) return 0;
      p = we + 1;
    }
    return 0;
  }

  /**
   * "RTX 5060", "DDTL 4.0", "CloudMatrix 384": after an acronym or a camel-cased name a number of
   * up to four digits (a decimal too) is part of the name, unless it is a year or a noun follows.
   */
  private codeName(side: Side, pw: string): boolean {
    const s = this.s;
    const a = side.a!;
    // (A standard's number runs to five or six digits: ISO 14001, ISO 27001, IEC 62443.)
    const standard = STANDARD_BODIES.has(pw) && !a.decimal && !a.grouped && a.intDigits <= 6;
    if ((a.intDigits > 4 && !standard) || pw.length < 2 || (a.intDigits === 4 && !a.decimal && isYear(side.v!))) return false;
    // "a target PUE 1.08–1.15", "achieves PUE 1.15": an efficiency ratio's value, no name.
    if (METRIC_ACRONYMS.has(pw)) return false;
    // ("liquid-cooled AI 1.05-1.15": a decimal opening a range of decimals is a value, no version of a name.)
    if (a.decimal && isDash(s.charCodeAt(side.end)) && isDigit(s.charCodeAt(side.end + 1)) && /^[-–]\d+\.\d/.test(s.slice(side.end, side.end + 8))) return false;
    const b = side.start - 1 - pw.length;
    let upper = 0;
    let camel = false;
    for (let k = b; k < side.start - 1; k++) {
      const c = s.charCodeAt(k);
      if (isUpper(c)) {
        upper++;
        // CloudMatrix; XScale, NVLink: a capital after a lower-case letter, or two capitals before lower case.
        if (k > b && (isLower(s.charCodeAt(k - 1)) || (isUpper(s.charCodeAt(k - 1)) && isLower(s.charCodeAt(k + 1))))) camel = true;
      }
    }
    // ("XScale 2.0 campuses": a version ending in .0 keeps the name before a noun too.)
    const version = a.decimal && s.charCodeAt(side.end - 1) === 48 && s.charCodeAt(side.end - 2) === 46;
    // ("the PowerEdge 9680 server": a singular noun after a number above one belongs to the name; "AMD 300 chips" counts.)
    const noun = this.readNoun(skipSp(s, side.end), 'en', false);
    return (upper === pw.length || camel) && (!noun || version || this.nameAroundNumber(side, b) || (a.intDigits >= 3 && skipSp(s, side.end) - side.end === 1 && !isPluralNoun(s.slice(wordStartBefore(s, noun.end), noun.end))));
  }

  /**
   * "NVIDIA RTX PRO 6000 Blackwell GPUs": a number inside a multi-word product name, with a
   * capitalised name word before the acronym and one after the number, names the product even
   * when a counted noun follows the name ("AMD 300 chips" keeps its count).
   */
  private nameAroundNumber(side: Side, nameStart: number): boolean {
    const s = this.s;
    const after = side.end + 1;
    if (s.charCodeAt(side.end) !== 32 || !isUpper(s.charCodeAt(after)) || EN_NOUNS.match(s, after, true)) return false;
    if (ZH_LATIN_MAKERS.has(s.slice(after, wordEnd(s, after)).toLowerCase())) return false; // "Meta AI 6000 Nvidia GPUs": a maker starts the noun phrase
    const pw2 = this.prevWord(nameStart);
    return pw2 !== null && s.charCodeAt(nameStart - 1) === 32 && isUpper(s.charCodeAt(nameStart - 1 - pw2.length)) && !NAME_STOP.has(pw2);
  }

  /** "-series" after a number, or "- and 50-series" (a suspended hyphen before the series word). */
  private seriesAfter(e: number): boolean {
    const s = this.s;
    if (s.charCodeAt(e) !== 45) return false;
    let p = e + 1;
    const joiner = /^ (?:and|or|to) /.exec(s.slice(p, p + 5));
    if (joiner) {
      p += joiner[0].length;
      const q = p;
      while (isDigit(s.charCodeAt(p)) && p - q < 5) p++;
      if (p === q || s.charCodeAt(p) !== 45) return false;
      p++;
    }
    return /^series\b/i.test(s.slice(p, p + 7));
  }

  /**
   * A model or label word `pw` before the number ("GPT-5", "Phase 2", "Gen 5"), which makes the number
   * part of a name; not when it ends a compound adjective ("next-generation 2-nanometer chips").
   */
  private productLabelBefore(start: number, pw: string | null): boolean {
    if (!pw || !PRODUCT_BEFORE.has(pw)) return false;
    if (this.yearAfterEventName(start, pw)) return false;
    const s = this.s;
    // "route 1.6 terabits per second": the verb; a road's number has no decimal.
    if (pw === 'route' && /^\d+\.\d/.test(s.slice(start, start + 8))) return false;
    let b = start;
    while (b > 0 && !isLatin(s.charCodeAt(b - 1)) && start - b < 3) b--;
    b -= pw.length;
    // "voted to annex 520 acres": the verb; an exhibit's label is capitalised (Annex 4).
    if (pw === 'annex' && !isUpper(s.charCodeAt(b))) return false;
    // (“Project 425”: a programme's name, capitalised; "the project 5,000 jobs" is none.)
    if (pw === 'project' && !isUpper(s.charCodeAt(b))) return false;
    // "sixth-generation 10nm-class DRAM", "the 5th-gen 3nm", "its sixth generation 10nm": an ordinal makes an adjective.
    if (GENERATION_WORDS.has(pw) && (s.charCodeAt(b - 1) === 45 || s.charCodeAt(b - 1) === 32) && ordinalEnds(s, b - 1)) return false;
    // "150 megawatts of power generation 36 to 48 months after that": the making of power, no product's generation.
    if (pw === 'generation' && /\b(?:power|electricity|energy)\s$/i.test(s.slice(Math.max(0, b - 12), b))) return false;
    // "first phase 200 MW deploying from 2026": a phase already named by an ordinal; the number after it is an amount.
    if ((pw === 'phase' || pw === 'stage') && /\b(?:first|second|third|fourth|initial|final|next|last|later|early)[\s-]$/i.test(s.slice(Math.max(0, b - 9), b))) return false;
    if (s.charCodeAt(b - 1) !== 45 || !isLatin(s.charCodeAt(b - 2))) return true;
    let a = b - 1;
    while (a > 0 && isLatin(s.charCodeAt(a - 1)) && b - a < 12) a--;
    return !EN_NOUN_ADJECTIVES.has(s.slice(a, b + pw.length).toLowerCase());
  }

  /**
   * Numbers that name places and plant parts: "Highway 101", "sector 62", and each member of a list
   * after a plural label, "Noida sectors 62 and 80", "Vogtle Units 3 and 4", "Phases 2 and 3".
   */
  private placeLabel(side: Side, pw: string | null): boolean {
    const s = this.s;
    if (pw && PLACE_LABELS.has(pw)) return !this.readUnit(side.end, side);
    // "along Rt. 55", "Route 28", "Hwy. 59": a road's number.
    if (ROAD_BEFORE.test(s.slice(Math.max(0, side.start - 7), side.start))) return !this.readUnit(side.end, side);
    // "IBEW Local 683": a union local's number (capitalised: "local 5 stores" counts); "Senate Bill 939", "House Bill 1405".
    if (pw === 'local' && s.charCodeAt(skipBackSp(s, side.start) - 5) === 76 /* L */) return !this.readUnit(side.end, side);
    if (pw === 'bill' && s.charCodeAt(skipBackSp(s, side.start) - 4) === 66 /* B */) return !this.readUnit(side.end, side);
    // "Executive Order 14110": an order's number (a lower-case "order 5 units" counts).
    if (pw === 'order' && s.charCodeAt(skipBackSp(s, side.start) - 5) === 79 /* O */) return !this.readUnit(side.end, side);
    // "FERC Form 714 filings", "Form 10": a regulator's form by its number.
    if (pw === 'form' && s.charCodeAt(skipBackSp(s, side.start) - 4) === 70 /* F */) return !this.readUnit(side.end, side);
    // "the Gouldsboro Fire Department, 490 Main St.": a street number.
    if (STREET_AFTER.test(s.slice(side.end, side.end + 40))) return true;
    // "525 and 533 McDonalds Road": the first of two numbers on one street.
    const nextNumber = s.charCodeAt(side.end) === 32 ? STREET_NUMBER_PAIR.exec(s.slice(side.end, side.end + 14)) : null;
    if (nextNumber && STREET_AFTER.test(s.slice(side.end + nextNumber[0].length, side.end + nextNumber[0].length + 40))) return true;
    if (pw && PLURAL_LABELS.has(pw)) return LABEL_LIST_NEXT.test(s.slice(side.end, side.end + 8));
    // A later member: after a joiner only (most numbers stop here, without a regex).
    const before = s.charCodeAt(skipBackSp(s, side.start) - 1);
    if (!(pw === 'and' || pw === 'or' || pw === 'to' || before === 44 || before === 45 || before === 0x2013 || before === 38)) return false;
    return LABEL_LIST_BEFORE.test(s.slice(Math.max(0, side.start - 80), side.start));
  }

  /**
   * "Google I/O 2026", "TPU 2025 roadmap": a plain four-digit year after a label word written with a slash
   * (I/O) or in capitals of two or more letters names the event's or plan's year, as after "CES", "GTC";
   * a model number ("GPT 4.5", "RTX 5090") or a capitalised label ("Windows 2000", "Office 2019") stays a name.
   */
  private yearAfterEventName(start: number, pw: string): boolean {
    const s = this.s;
    let k = start;
    while (isDigit(s.charCodeAt(k)) && k - start < 5) k++;
    if (k - start !== 4 || !isYear(Number(s.slice(start, k))) || ((s.charCodeAt(k) === 46 || s.charCodeAt(k) === 44) && isDigit(s.charCodeAt(k + 1)))) return false;
    const e = start - 1;
    const b = e - pw.length;
    if (!isGroupSpace(s.charCodeAt(e)) || !isLatin(s.charCodeAt(b)) || isLatin(s.charCodeAt(b - 1))) return false;
    const word = s.slice(b, e);
    return word === word.toUpperCase() && (pw.length >= 2 || (s.charCodeAt(b - 1) === 47 /* / */ && isUpper(s.charCodeAt(b - 2))));
  }

  /** "over" before a duration at `at` says more than it (not the span of time it happens over). */
  /** Whether the last figure read ends at `end`. */
  private figureEndsAt(end: number): boolean {
    const last = this.out[this.out.length - 1];
    return last !== undefined && last.offset + last.length === end;
  }

  private overMeansMore(at: number, end: number): boolean {
    const next = /^ (?:old|older|ago)\b/i.test(this.s.slice(end, end + 7));
    const w = this.prevWord(at) ?? '';
    // ('s, 're, 'm are the copula only after an apostrophe: "it's over 20 years old", not "25,000 A100s over 90 days".)
    if (w === 's' || w === 're' || w === 'm') {
      const ap = this.s.charCodeAt(skipBackSp(this.s, at) - w.length - 1);
      return next || ap === 39 || ap === 0x2019;
    }
    return next || OVER_MORE_AFTER.has(w);
  }

  /**
   * "margin 25.0% …, a 20.8pt improvement", "up 48.3pt", "including 4pts": a glued pt or pts is percentage points after a
   * percent in its sentence (12pt type is a name). Its length, or 0.
   */
  private gluedPoints(side: Side): number {
    const s = this.s;
    if (s.charCodeAt(side.end) !== 112 || s.charCodeAt(side.end + 1) !== 116) return 0;
    const len = s.charCodeAt(side.end + 2) === 115 /* s */ ? 3 : 2;
    return !isAlnum(s.charCodeAt(side.end + len)) && !side.cur && side.scale === 1 && (side.v ?? 101) <= 100 && percentEarlierInSentence(s, side.start) ? len : 0;
  }

  /** The word right before `start` (one space between) is capitalised and not a sentence's first word. */
  private capitalisedWordBefore(start: number): boolean {
    const s = this.s;
    if (s.charCodeAt(start - 1) !== 32) return false;
    let b = start - 1;
    while (b > 0 && isLatin(s.charCodeAt(b - 1))) b--;
    return b < start - 2 && isUpper(s.charCodeAt(b)) && !isUpper(s.charCodeAt(b + 1)) && !this.sentenceStart(b) && !HEDGE_WORDS_TITLE.has(s.slice(b, start - 1).toLowerCase());
  }

  private prevWord(start: number): string | null {
    const s = this.s;
    let e = start;
    let sp = 0;
    while (e > 0 && (isGroupSpace(s.charCodeAt(e - 1)) || s.charCodeAt(e - 1) === 45 || (s.charCodeAt(e - 1) === 46 && sp === 0)) && sp < 2) { e--; sp++; }
    let b = e;
    while (b > 0 && isLatin(s.charCodeAt(b - 1)) && e - b < 16) b--;
    if (b === e) return null;
    return s.slice(b, e).toLowerCase();
  }

  /** Phone numbers: +1 555 123 4567, (555) 123-4567, 555-123-4567, 010-12345678, 13800138000. */
  private phoneEnd(i: number, plusSign = false): number {
    const s = this.s;
    let j = i;
    let groups = 0;
    let digits = 0;
    let seps = 0;
    let maxG = 0;
    let lastSep = '';
    let hyphens = 0;
    while (j < this.n && j - i < 24) {
      let k = j;
      while (k < this.n && isDigit(s.charCodeAt(k))) k++;
      if (k === j) break;
      if (groups > 0 && k - j === 1) return i; // a one-digit later group: never a phone number ("1 1 1 …")
      groups++;
      digits += k - j;
      maxG = Math.max(maxG, k - j);
      j = k;
      const c = s.charCodeAt(j);
      if ((c === 45 || c === 32 || c === 46) && isDigit(s.charCodeAt(j + 1))) {
        if (c === 46 && groups === 1 && true) {
          // 1.2 is a decimal unless a phone-like dotted run follows
        }
        lastSep = s[j];
        if (c === 45) hyphens++;
        seps++;
        j++;
        continue;
      }
      break;
    }
    const before = s.charCodeAt(i - 1);
    const plus = plusSign || before === 43 || (before === 40 /* ( */);
    // 或致電8597 2332查詢, 热线电话 400-123-4567: after a word of calling, seven or more digits in groups are a number to call.
    if (digits >= 7 && digits <= 13 && groups <= 4 && lastSep !== '.' && PHONE_WORD_BEFORE.test(s.slice(Math.max(0, i - 6), i))) return j;
    if (groups >= 3 && digits >= 10 && seps === groups - 1 && lastSep === ' ' && this.hasFourGroup(i, j)) return j;
    if (groups === 1 && digits === 11 && s.charCodeAt(i) === 49 && s.charCodeAt(i + 1) >= 51 && !isDigit(s.charCodeAt(j))) {
      const nx = skipSp(s, j);
      if (!ZH_UNITS.match(s, nx) && !ZH_SCALES.match(s, nx)) return j;
    }
    if (groups >= 3 && digits >= 9 && hyphens >= 1 && lastSep !== '.' && !this.isIsoDate(i)) return j;
    // ("(140.53-328.83美元)": two decimals joined by a dash in a bracket are a range, not a number to call.)
    if (groups >= 3 && digits >= 9 && plus && !(before === 40 && !plusSign && lastSep === '.')) return j;
    // ("+1 917 344 8543varun.govindaraj@…": the last group glued to an address the mask blanked; a plus before three
    // or more space-separated groups is still a number to call.)
    if (groups >= 3 && digits >= 7 && (plusSign || before === 43) && seps === groups - 1 && lastSep === ' ') return j;
    if (groups === 2 && hyphens === 1 && digits >= 10 && maxG >= 7) return j;
    if (before === 40 && s.charCodeAt(i + 3) === 41 && isDigit(s.charCodeAt(i + 5))) {
      // (555) 123-4567
      let k = i + 4;
      k = skipSp(s, k);
      let d = 0;
      while (k < this.n && (isDigit(s.charCodeAt(k)) || s.charCodeAt(k) === 45) && d < 10) { k++; d++; }
      if (d >= 7) return k;
    }
    return i;
  }

  private hasFourGroup(i: number, j: number): boolean {
    // a non-first group of exactly 4 digits: never a thousands grouping.
    let k = i;
    while (k < j && isDigit(this.s.charCodeAt(k))) k++;
    while (k < j) {
      k++;
      const g = k;
      while (k < j && isDigit(this.s.charCodeAt(k))) k++;
      if (k - g === 4) return true;
    }
    return false;
  }

  private isIsoDate(i: number): boolean {
    const s = this.s;
    return isDigit(s.charCodeAt(i + 3)) && s.charCodeAt(i + 4) === 45 && isDigit(s.charCodeAt(i + 5)) && isDigit(s.charCodeAt(i + 6)) && s.charCodeAt(i + 7) === 45;
  }

  private isTimeOfDay(side: Side): boolean {
    const s = this.s;
    const a = side.a!;
    const e = side.end;
    // "8.50 AM": British copy writes the clock with a dot (two digits of minutes, then am/pm).
    if (a.decimal && !side.cur && side.scale === 1 && a.intDigits <= 2 && a.value < 13 && s.charCodeAt(e - 3) === 46 && s.charCodeAt(e - 2) <= 53 /* 5 */) return amPmAt(s, skipSp(s, e));
    if (side.cur || side.scale !== 1 || a.decimal || a.grouped) return false;
    const c = s.charCodeAt(e);
    // (供求比例仅为1:10: X:Y after a proportion's noun is the ratio, read in complete.)
    // ("41:16 in favor": a vote's tally, read in complete.)
    if (c === 58 && isDigit(s.charCodeAt(e + 1)) && isDigit(s.charCodeAt(e + 2)) && a.intDigits <= 2) return !PROPORTION_BEFORE.test(s.slice(Math.max(0, side.start - 16), side.start)) && !COLON_TALLY_AFTER.test(s.slice(e + 3, e + 19));
    if (a.value <= 12 && amPmAt(s, skipSp(s, e))) return true;
    // "the 5-10 p.m. on-peak window", "from 5 to 10 p.m.", "between 5 and 6 p.m.": the first hour of a range of clock hours.
    const clockRange = a.value <= 12 ? CLOCK_RANGE_AFTER.exec(s.slice(e, e + 12)) : null;
    if (clockRange && +clockRange[1] <= 12 && amPmAt(s, e + clockRange[0].length)) return true;
    // "(1250 GMT)", "0900 UTC": wire copy's 24-hour clock before a time zone; a year-like one only in brackets ("(2030 GMT)").
    if (a.intDigits === 4 && s.charCodeAt(e) === 32 && a.value % 100 < 60 && a.value < 2400 && CLOCK_ZONE.test(s.slice(e + 1, e + 6))) {
      return a.value < 1900 || a.value > 2100 || s.charCodeAt(side.start - 1) === 40;
    }
    if ((c === 0x70b9 || c === 0x65f6) && a.value <= 24 && isDigit(s.charCodeAt(e + 1))) {
      let k = e + 1;
      while (isDigit(s.charCodeAt(k))) k++;
      if (s.charCodeAt(k) === 0x5206 /* 分 */) return true;
    }
    if ((c === 0x70b9 /* 点 */ || c === 0x65f6 /* 时 */) && a.value <= 24 && !isDigit(s.charCodeAt(e + 1))) {
      if (s.charCodeAt(e + 1) === 0x949f /* 钟 */ || c === 0x70b9 || c === 0x65f6) return true;
    }
    return false;
  }
  private skipTime(e: number): number {
    const s = this.s;
    let j = e;
    while (j < this.n && (isDigit(s.charCodeAt(j)) || s.charCodeAt(j) === 58 || s.charCodeAt(j) === 0x70b9 || s.charCodeAt(j) === 0x65f6 || s.charCodeAt(j) === 0x5206)) j++;
    return j;
  }

  /**
   * 今（15）日, 昨 (20) 日: Taiwan copy puts the day of the month in brackets inside 今日, 昨日, 明日,
   * 前日, 本日, 同日 … One date without year from the bracket to 日; its end, or 0. So is a year in 今(2025)年.
   */
  private bracketDay(side: Side): number {
    const s = this.s;
    // (Typeset spaces inside the bracket: 今（ 23） 日.)
    const open = skipBackSp(s, side.start) - 1;
    const close = skipSp(s, side.end);
    const o = s.charCodeAt(open);
    const c = s.charCodeAt(close);
    if ((o !== 40 && o !== 0xff08) || (c !== 41 && c !== 0xff09) || side.scale !== 1 || side.cur) return 0;
    // A day in Chinese numerals (（二十）日) reads as one in digits.
    const a = side.a ?? (side.v !== null && Number.isInteger(side.v) ? { decimal: false, intDigits: String(side.v).length, value: side.v, grouped: false } : null);
    if (!a || a.decimal) return 0;
    const ri = skipSp(s, close + 1);
    // 今(2025)年, 明（2027）年: the year in brackets inside 今年, 明年, 去年 … is one year from the bracket to 年;
    // so is a Minguo year there (去(109)年 is 2020).
    const year = a.grouped ? 0 : a.intDigits === 4 && a.value >= 1900 && a.value <= 2100 ? a.value : a.intDigits === 3 && a.value >= 100 && a.value <= 150 ? a.value + 1911 : 0;
    if (year && ri - close <= 2 && s.charCodeAt(ri) === 0x5e74 /* 年 */ && YEAR_WORD_FIRST.includes(s[skipBackSp(s, open) - 1] ?? '_')) {
      // (今(114)年: a Minguo year read; later bare ones are years too, as after 民國.)
      if (a.intDigits === 3) this.minguoSeen = true;
      // 今(2025)年3月: a month after it makes the date.
      const month = isDigit(s.charCodeAt(ri + 1)) || isZhNumChar(s.charCodeAt(ri + 1)) ? this.zhMonthDay(ri + 1, year, open) : 0;
      if (month > ri + 1) return month;
      // 今（2026）年第一季, 明（2027）年底: a part of that year.
      const withNian = ZH_PARTS.match(s, ri);
      const part = withNian && withNian.len >= 2 ? { len: withNian.len - 1, value: withNian.value } : ZH_PARTS.match(s, ri + 1);
      if (part && (part.len >= 2 || withNian)) return this.emitPeriod(open, ri + 1 + part.len, year, part.value, 'zh', this.o.slice(open, ri + 1 + part.len));
      return this.emitYear({ ...side, start: open, v: year }, ri + 1, null, 'zh');
    }
    if (a.intDigits > 2 || a.value < 1 || a.value > 31) return 0;
    // 今(8)天: 今天 (today) takes the bracket too.
    const dayWord = s.charCodeAt(ri) === 0x65e5 /* 日 */ || (s.charCodeAt(ri) === 0x5929 /* 天 */ && s[skipBackSp(s, open) - 1] === '今');
    // 上週四（27）日: after a weekday too.
    const before = skipBackSp(s, open);
    if (ri - close > 2 || !dayWord || !(DAY_WORD_FIRST.includes(s[before - 1] ?? '_') || weekdayEndsAt(s, before) || dayWordEndsAt(s, before))) return 0;
    const iso = `---${pad2(a.value)}`;
    return this.emitDate(open, ri + 1, null, { from: iso, to: iso, label: s.slice(open, ri + 1), relative: true }, null, 'zh');
  }

  /**
   * 今日（1/28）, 今日(17/7): a month and day in brackets after 今日, 昨日 …, the span inside the brackets.
   * Taiwan copy writes month/day, Hong Kong copy day/month: a first number over 12 is the day.
   */
  private bracketMonthDay(i: number, slash: number, e: number): number {
    const s = this.s;
    const o = s.charCodeAt(i - 1);
    const c = s.charCodeAt(e);
    if ((o !== 40 && o !== 0xff08) || (c !== 41 && c !== 0xff09)) return 0;
    const before = skipBackSp(s, i - 1);
    // (能源局昨（1/17）公布: Taiwan copy's bare 昨 or 今, 日 left out.)
    const dayWord = ((s.charCodeAt(before - 1) === 0x65e5 /* 日 */ || s.charCodeAt(before - 1) === 0x5929 /* 天 */) && DAY_WORD_FIRST.includes(s[before - 2] ?? '_')) || ((s[before - 1] === '昨' || s[before - 1] === '今') && isCJK(s.charCodeAt(before - 2)));
    // 彭博週五(10/11)報導: a weekday before the brackets as well.
    const weekday = '一二三四五六日天'.includes(s[before - 1] ?? '_') && (s[before - 2] === '周' || s[before - 2] === '週' || s.slice(before - 3, before - 1) === '星期');
    if (!(dayWord || weekday) || slash - i > 2 || e - slash > 3) return 0;
    const first = Number(s.slice(i, slash));
    const second = Number(s.slice(slash + 1, e));
    const [month, day] = first > 12 ? [second, first] : [first, second];
    if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
    const iso = `--${pad2(month)}-${pad2(day)}`;
    return this.emitDate(i, e, null, { from: iso, to: iso, label: s.slice(i, e), relative: true }, null, 'zh');
  }

  /**
   * "Ohio (10), Pennsylvania (six), and West Virginia (four)": a bracketed number after a capitalised Latin
   * name, next to another such name (N) pair, is a count as the number words beside it are, not a footnote.
   */
  private nameListBracket(side: Side): boolean {
    const s = this.s;
    const open = side.start - 1;
    if (s.charCodeAt(open) !== 40 || s.charCodeAt(side.end) !== 41) return false;
    const before = s.slice(Math.max(0, open - 64), open);
    if (!NAME_BEFORE_BRACKET.test(before)) return false;
    return PAIR_BEFORE.test(before) || PAIR_AFTER.test(s.slice(side.end + 1, side.end + 65));
  }

  /** Only spaces (or a blockquote's >) stand between the start of its line and `st`. */
  private opensLine(st: number): boolean {
    const s = this.s;
    let b = st;
    while (b > 0 && isGroupSpace(s.charCodeAt(b - 1))) b--;
    // (A > only as a blockquote's marker at the start of its line: "less than GPT-4.5 at >1e26)." is a bound.)
    return b === 0 || isNewline(s.charCodeAt(b - 1)) || (s.charCodeAt(b - 1) === 62 /* > */ && blockquoteMarkerAt(s, b - 1));
  }

  private isMarker(side: Side): boolean {
    const s = this.s;
    const a = side.a!;
    if (side.cur || side.sign !== 1) return false;
    const st = side.start;
    const prev = s.charCodeAt(st - 1);
    const nx = s.charCodeAt(side.end);
    // Footnotes [1], [^1], _1_
    if ((prev === 91 || prev === 94) && nx === 93) return true;
    if (prev === 95 && nx === 95) return true;
    if ((prev === 40 || prev === 0xff08) && (nx === 41 || nx === 0xff09) && a.intDigits <= 2 && !a.decimal && side.scale === 1) return !this.nameListBracket(side);
    // "經營利潤 ( 3 )自": the same typeset with a space inside each bracket, after Chinese.
    if (prev === 32 && (s.charCodeAt(st - 2) === 40 || s.charCodeAt(st - 2) === 0xff08) && nx === 32 && (s.charCodeAt(side.end + 1) === 41 || s.charCodeAt(side.end + 1) === 0xff09) && a.intDigits <= 2 && !a.decimal && side.scale === 1 && isCJK(s.charCodeAt(skipBackSp(s, st - 2) - 1))) return true;
    // "1.3 国内数据中心产业进入新阶段": a section's number opening its line, then its Chinese heading (no unit or scale).
    // (The typeset space may be gone already: the scanner reads the text without such gaps.)
    if (side.scale === 1 && a.decimal && !a.grouped && a.intDigits <= 2 && side.end - st <= a.intDigits + 3 && (isGroupSpace(nx) || isCJK(nx)) && this.opensLine(st)) {
      const q = skipSp(s, side.end);
      if (isCJK(s.charCodeAt(q)) && !ZH_UNITS.match(s, q) && !ZH_SCALES.match(s, q) && !suffixQualifier(s, q, true)) return true;
    }
    if (side.scale !== 1 || a.decimal || a.grouped) return false;
    // "to reach 298 GW (Exhibit 1).2 This contrasts": a footnote mark glued after a sentence's full stop.
    // (Not "existing c.33 GW": c. for circa before an amount with its unit.)
    if (prev === 46 && a.intDigits <= 2 && (isLatin(s.charCodeAt(st - 2)) || s.charCodeAt(st - 2) === 41) && isGroupSpace(nx) && isUpper(s.charCodeAt(side.end + 1)) && !((s.charCodeAt(st - 2) | 32) === 99 && !isLatin(s.charCodeAt(st - 3)) && circaAmount(s, st))) return true;
    // "…偿还银行借款;2) 前次募投…": a number closing a bracket it never opened, right after a clause's punctuation,
    // numbers the items of a list inside a paragraph.
    if (a.intDigits <= 2 && (nx === 41 || nx === 0xff09) && MID_LIST_PUNCTUATION.includes(s[skipBackSp(s, st) - 1] ?? '_')) return true;
    // "雙方只有8吋廠;2. 新廠已有…;3. 台積電": a number and its full stop after a clause's punctuation, before Chinese, number
    // the items of a list inside a paragraph too.
    if (a.intDigits <= 2 && (nx === 46 || nx === 0xff0e || nx === 0xfe52) && !isDigit(s.charCodeAt(side.end + 1)) && MID_LIST_PUNCTUATION.includes(s[skipBackSp(s, st) - 1] ?? '_') && !isDigit(s.charCodeAt(skipBackSp(s, st) - 2)) && isCJK(s.charCodeAt(skipSp(s, side.end + 1)))) return true;
    // "市场空间约为140亿美元2)风电领域": run together after the last item's Chinese, with Chinese after it too.
    if (a.intDigits <= 2 && (nx === 41 || nx === 0xff09) && isCJK(prev) && isCJK(s.charCodeAt(side.end + 1)) && !unclosedBracketBefore(s, st)) return true;
    if (!this.opensLine(st)) return false;
    if (a.leadingZero) return true;
    // (2﹒降低算力使用成本: the small or full-width full stop of Hong Kong and mainland copy too.)
    if (a.intDigits <= 2 && (nx === 46 || nx === 41 || nx === 0x3001 || nx === 0xff09 || nx === 0xfe52 || nx === 0xff0e) && !isDigit(s.charCodeAt(side.end + 1))) return true;
    // ("113. 创新科技是发展经济…": a budget speech numbers its paragraphs past 100; a full stop, a space, then Chinese.)
    if (a.intDigits === 3 && nx === 46 && isGroupSpace(s.charCodeAt(side.end + 1)) && (isCJK(s.charCodeAt(skipSp(s, side.end + 1))) || '「『“（'.includes(s[skipSp(s, side.end + 1)] ?? '_'))) return true;
    if (a.intDigits <= 2 && isGroupSpace(nx)) {
      // "1  微软…" left by masking a list marker: not a count across the gap.
      const q = skipSp(s, side.end);
      if (q - side.end >= 1 && isCJK(s.charCodeAt(q)) && !ZH_UNITS.match(s, q)?.value.kind.match(/power|energy|money|area|length|volume|mass|percent/)) return true;
    }
    return false;
  }

  /**
   * Turns a side into a figure: prefix hedge, year/date forms, unit, range, noun, suffix hedge.
   * Returns the position to continue from.
   */
  /** ".8%", ".1 percent" at i: 0.8 and 0.1 percent; past the digits when no percent follows them ("the .08 rate", "a .5 stake"). */
  private leadingPointPercent(i: number): number {
    const m = /^\.(\d{1,3})(?:[%％]| percent\b| per cent\b)/i.exec(this.s.slice(i, i + 14));
    if (m) return this.emitSimple(i, i + m[0].length, 'percent', Number(`0.${m[1]}`), 'percent', prefixQualifier(this.s, i));
    // ("the .08 rate", "a .5 GW expansion": any other number without its leading zero is passed over whole, never read as
    // the whole number 8 or 5 after the point.)
    let k = i + 1;
    while (isDigit(this.s.charCodeAt(k))) k++;
    return k;
  }

  private complete(A: Side): number {
    // The rules are three methods, not one: TurboFan took 330 ms and up to 64 MB of a thread's malloc arena
    // to optimise the single 770-line method, which stayed in the server's resident memory after its first drafts.
    const label = this.labelOrTime(A);
    if (label >= 0) return label;
    const s = this.s;
    let uA = this.readUnit(A.end, A);
    // 67个亿(元), 20亿(元): spoken copy's transcript names the unit in brackets after a Chinese magnitude.
    if (!uA && A.scale >= 1e4 && BRACKETED_YUAN.test(s.slice(A.end, A.end + 3))) uA = { def: ZH_UNITS.match(s, A.end + 1)!.value, start: A.end, end: A.end + 3, text: s.slice(A.end, A.end + 3) };
    // 三元组条数: a Chinese numeral, 元 and 组 is a tuple, no yuan (100元组合 stays money).
    if (A.src === 'zh' && uA && uA.text === '元' && (s.charCodeAt(uA.end) === 0x7ec4 /* 组 */ || s.charCodeAt(uA.end) === 0x7d44 /* 組 */)) return uA.end + 1;
    // 360度无死角, 180度旋转: 度 as an angle, no kilowatt-hours.
    if (uA && uA.text === '度' && ANGLE_AFTER.test(s.slice(uA.end, uA.end + 3))) return uA.end;
    // 北海道千歲市, 千岁市 (Chitose): a Chinese numeral, 岁 and 市 name a city, no age (五十岁市民 stays one).
    if (A.src === 'zh' && uA && (uA.text === '岁' || uA.text === '歲') && s.charCodeAt(uA.end) === 0x5e02 /* 市 */ && !'场場民值'.includes(s[uA.end + 1] ?? '_')) return uA.end + 1;
    // 歷經5度延期, 3度上调: 度 after a small Arabic count and a verb of what happened counts times, as 两度暂停.
    if (uA && uA.text === '度' && A.src === 'ar' && A.scale === 1 && !A.cur && A.v !== null && Number.isInteger(A.v) && A.v >= 2 && A.v <= 20 && TIMES_VERB_AFTER.test(s.slice(uA.end, uA.end + 2))) {
      return this.emitSimple(A.start, uA.end, 'count', A.v, 'count', this.prefixAt(A.start));
    }
    // 3位數成長, 2位数增长: digits of a growth rate ("three-digit growth"), no count (as 两位数).
    if (A.src === 'ar' && A.scale === 1 && !A.cur && A.v !== null && A.v <= 4 && (s.startsWith('位數', A.end) || s.startsWith('位数', A.end))) return A.end + 2;
    // 一整年, 一整天: 整 ("whole") between one and its unit of time keeps one of it, in the span.
    if (A.src === 'zh' && A.v === 1 && A.end - A.start === 1 && s.charCodeAt(A.end) === 0x6574 /* 整 */) {
      const whole = WHOLE_TIME_UNITS.find(([w]) => s.startsWith(w, A.end + 1));
      if (whole) return this.emitSimple(A.start, A.end + 1 + whole[0].length, 'duration', whole[1], 's', this.prefixAt(A.start), whole[0]);
    }
    // 两月前, 兩月內: 两 never names a month, so 两月 is two months (as 两个月).
    if (A.src === 'zh' && A.end - A.start === 1 && (s.charCodeAt(A.start) === 0x4e24 /* 两 */ || s.charCodeAt(A.start) === 0x5169 /* 兩 */) && s.charCodeAt(A.end) === 0x6708 /* 月 */ && s.charCodeAt(A.end + 1) !== 0x4efd /* 份 */) {
      return this.emitSimple(A.start, A.end + 1, 'duration', 2 * MONTH_S, 's', this.prefixAt(A.start), '月');
    }
    // 三元锂电池, 三元圆柱电池, 三元材料: ternary (nickel-cobalt-manganese) battery chemistry, no yuan.
    if (A.src === 'zh' && uA && uA.text === '元' && A.end - A.start === 1 && s.charCodeAt(A.start) === 0x4e09 /* 三 */ && TERNARY_AFTER.test(s.slice(uA.end, uA.end + 3))) return uA.end;
    // 二次股票出售, 二次融资: 二次 before a noun is "secondary" (a count of two says 两次).
    if (A.src === 'zh' && uA && uA.text === '次' && A.end - A.start === 1 && s.charCodeAt(A.start) === 0x4e8c /* 二 */ && !isZhNumChar(s.charCodeAt(A.start - 1)) && isCJK(s.charCodeAt(uA.end)) && !'了的后後'.includes(s[uA.end])) return uA.end;
    // "customers who demand 25 or more megawatts": the hedge between the number and its unit.
    let orMoreBeforeUnit = false;
    if (!uA && (A.src === 'ar' || A.src === 'en') && !A.cur && s.charCodeAt(A.end) === 32 && s.startsWith(' or more ', A.end)) {
      const u = this.readUnit(A.end + 8, A);
      if (u && u.start === A.end + 9 && u.def.kind !== 'count' && u.def.kind !== 'duration') {
        uA = u;
        orMoreBeforeUnit = true;
      }
    }
    // 高7个和3.7个百分点: a classifier on a list member whose last member names percentage points.
    if (uA && (uA.text === '个' || uA.text === '個') && PP_LIST_AFTER.test(s.slice(uA.end, uA.end + 16))) uA = { def: PERCENTAGE_POINTS, start: uA.start, end: uA.end, text: uA.text };
    let end = uA ? uA.end : A.end;
    // Ranges.
    let B: Side | null = null;
    let uB: UnitHit | null = null;
    let conn = this.singleAt === A.start ? 0 : this.rangeConnector(end, A);
    // 一年半至两年: a half after the first side's unit of time, then the range.
    if (conn <= 0 && uA && uA.def.kind === 'duration' && s.charCodeAt(end) === 0x534a /* 半 */ && A.v !== null && !A.vague && HALF_AFTER.has(uA.def.timeWord ?? '')) {
      const afterHalf = this.rangeConnector(end + 1, A);
      if (afterHalf > 0) {
        A.v += 0.5;
        end++;
        conn = afterHalf;
      }
    }
    // 43.50元/股~74.98元/股, 1.2元/度至1.5元/度: a price per share (or per unit) repeated on both sides of a range.
    // (Typeset copy spaces the slash: 1.93 元 / 股~2.05 元 / 股.)
    const perMatch = conn <= 0 && uA !== null && uA.def.kind === 'money' ? (isCJK(s.charCodeAt(end - 1)) ? PER_UNIT_AFTER_PRICE : PER_UNIT_AFTER_LATIN_PRICE).exec(s.slice(end, end + 8)) : null;
    const perShare = perMatch ? perMatch[0] : '';
    if (perShare) conn = this.rangeConnector(end + perShare.length, A);
    if (conn > 0) {
      const b = this.parseSide(conn, A.cur, true);
      // "five to 10 years": English style spells out numbers under ten, so words and digits mix.
      const englishMix = b !== null && (b.src === 'en' || A.src === 'en') && (b.src === 'ar' || A.src === 'ar');
      // "过去二倍至2.5倍": Chinese numerals and digits mix too when each side writes the same unit.
      const zhMix = b !== null && uA !== null && ((b.src === 'zh' && A.src === 'ar') || (b.src === 'ar' && A.src === 'zh'));
      if (b && ((b.src === 'ar') === (A.src === 'ar') || englishMix || (zhMix && this.readUnit(b.end, b)?.def.unit === uA!.def.unit))) {
        const ub = this.readUnit(b!.end, b!);
        if (this.compatible(A, uA, b!, ub) && !(this.changeAndLevel(A, uA, b!, ub) && !(uA?.def.unit === 'percent' && PERCENT_DASH_RANGE.test(s.slice(end, conn)))) && !this.fromHighToLow(A, uA, b!, ub) && !this.dashAside(end, A, uA, b!, ub) && !yearAfterDuration(uA, b!, ub, s)) {
          // "Since 23-24 FY": two-digit years of one fiscal year with FY written after them.
          if (!uA && !ub && A.src === 'ar' && b!.src === 'ar' && !A.cur && A.a && b!.a && A.a.intDigits === 2 && b!.a.intDigits === 2 && !A.a.decimal && !b!.a.decimal && b!.v === A.v! + 1 && FY_AFTER_YEARS.test(s.slice(b!.end, b!.end + 4))) {
            return this.emitYearRange(A.start, b!.end + 3, 2000 + A.v!, 2000 + b!.v!, `FY${2000 + A.v!}–FY${2000 + b!.v!}`, 'en');
          }
          // "voted 5-2", "by a margin of 72 to 65": the two sides of a vote, each a count.
          if (this.voteTally(A, uA, b!, ub)) {
            this.emitSimple(A.start, A.end, 'count', A.v!, 'count', null);
            const tallyEnd = this.emitSimple(b!.start, b!.end, 'count', b!.v!, 'count', null);
            // "voted 8-2-1": a third side (abstentions) after the same dash.
            const third = s.charCodeAt(b!.end) === s.charCodeAt(A.end) && isDash(s.charCodeAt(b!.end)) ? /^\d{1,2}(?![\d.,]?\w)/.exec(s.slice(b!.end + 1, b!.end + 4)) : null;
            return third ? this.emitSimple(b!.end + 1, b!.end + 1 + third[0].length, 'count', +third[0], 'count', null) : tallyEnd;
          }
          // "下调…预测2%/2%至1284/1294亿元": a second side with no unit that opens a slash list of its own is a member of
          // that list (the new levels), not the top of a range of the first side's unit.
          const slashListAfter = uA !== null && !ub && s.charCodeAt(b!.end) === 47 && isDigit(s.charCodeAt(b!.end + 1));
          if ((!perShare || (ub && s.startsWith(perShare, ub.end))) && !slashListAfter) {
            B = b;
            uB = ub;
            // 一年到一年半: a half after the second side's unit of time, as after the first side's.
            if (ub && ub.def.kind === 'duration' && B.v !== null && !B.vague && s.charCodeAt(ub.end) === 0x534a /* 半 */ && HALF_AFTER.has(ub.def.timeWord ?? '')) {
              B.v += 0.5;
              uB = { ...ub, end: ub.end + 1 };
            }
          }
        }
      }
    }
    // 一至三期建设: phases one to three, named as 二期项目 is (分一至三期 would count them); 一至三号机组 likewise.
    if (B && !uA && !uB && !A.cur && !B.cur && A.scale === 1 && B.scale === 1 && this.namesPhase(A.start, B.end)) return B.end + 1;
    // "rose from 4.4 to 5 GW", "from 3 to 5%": a change names its unit (and scale) once, after the level it reached;
    // "grew from $4 to $6 billion": the scale too, between amounts in one currency.
    // ("from 5.8M to 11.2M metric tons": a first level with its own scale takes the unit only.)
    if (!B && !uA && conn <= 0 && A.src !== 'zh' && s.startsWith(' to ', end) && (this.isChange(A.start) || this.fallsFromTo(A, end + 3))) {
      // ("from 20 to more than 50 petabytes": past a hedge of the level reached.)
      const hedge = LEVEL_HEDGE.exec(s.slice(end + 4, end + 20));
      const b = this.parseSide(end + 4 + (hedge ? hedge[0].length : 0));
      const ub = b && !b.cur ? this.readUnit(b.end, b) : null;
      // ("extended the life of servers from three to four years": lengths of time too, below a hundred units.)
      if (b && b.cur === A.cur && A.v !== null && b.v !== null && (A.scale === 1 || !b.cur) && (!ub || (ub.def.kind !== 'count' && (ub.def.kind !== 'duration' || (A.v < 100 && b.v < 100))))) {
        if (A.scale === 1 && b.scale !== 1 && A.v <= b.v) {
          A.scale = b.scale;
          A.scaleText = b.scaleText;
        }
        if (ub) uA = { ...ub, start: A.end, end: A.end };
      }
    }
    // 从0增至22.5%, 由3增至5亿元: the Chinese change names its unit and scale once too, after the level reached;
    // 从最初的60亿追加至72亿元: its unit alone when both levels write the scale.
    // (从 1380 亿翻倍至 3500 亿美元: a space after 从 in copy that spaces numbers; a multiplying verb before 至.)
    if (!B && !uA && conn <= 0 && A.src === 'ar' && !A.cur && A.v !== null && (FROM_BEFORE_LEVEL.test(s.slice(Math.max(0, A.start - 2), A.start)) || FROM_DESCRIBED_LEVEL.test(s.slice(Math.max(0, A.start - 8), A.start)))) {
      const to = ZH_CHANGE_TO.exec(s.slice(end, end + 5)) ?? ZH_MULTIPLIED_TO.exec(s.slice(end, end + 7));
      const b = to ? this.parseSide(end + to[0].length) : null;
      const ub = b && !b.cur ? this.readUnit(b.end, b) : null;
      if (b && b.src === 'ar' && b.v !== null && (A.scale === 1 || b.scaleText === A.scaleText) && (b.cur || (ub && ub.def.kind !== 'duration' && ub.def.kind !== 'count'))) {
        if (A.scale === 1 && b.scale !== 1 && A.v <= b.v) {
          A.scale = b.scale;
          A.scaleText = b.scaleText;
        }
        if (b.cur) A.cur = b.cur;
        else if (ub) uA = { ...ub, start: A.end, end: A.end };
      }
    }
    if (B) {
      // 数十至数百亿美元: a vague first side without 万 or 亿 has the second side's (数十亿 to 数百亿).
      if (A.vague && B.vague && A.bigTail === 1 && B.bigTail! > 1 && A.hi! * B.bigTail! <= B.hi!) {
        A.lo! *= B.bigTail!;
        A.hi! *= B.bigTail!;
      }
      // "four to five million GPUs": a magnitude word inside the spelled-out second side is the first's too.
      if (A.scale === 1 && B.scale === 1 && B.src === 'en' && A.v !== null && B.v !== null && A.v < B.v) {
        const word = /(thousand|million|billion|trillion)$/i.exec(s.slice(B.start, B.end));
        const mag = word ? EN_BIG.get(word[1].toLowerCase()) : undefined;
        if (mag && A.v * mag <= B.v) {
          A.scale = mag;
          A.scaleText = word![1];
        }
      }
      // 二至三百颗, 三到五千人, 二∼三万台: a one-character Chinese numeral takes the place after the second side's
      // digit too, as 两三百 is 200–300.
      if (A.src === 'zh' && B.src === 'zh' && A.scale === 1 && B.scale === 1 && A.end - A.start === 1 && A.v !== null && B.v !== null && (ZH_DIGITS.get(s.charCodeAt(B.start)) ?? 0) > 0 && s[B.start + 1] !== '十') {
        const place = this.magnitudeRun(B.start + 1);
        if (place.len > 0 && B.start + 1 + place.len === B.end && A.v < B.v / place.m) A.v *= place.m;
      }
      // 三十至五十萬瓩, 二十到三十亿: a Chinese first side without 万 or 亿 takes the second's (as 数十至数百亿 does).
      if (A.src === 'zh' && B.src === 'zh' && A.scale === 1 && B.scale === 1 && A.v !== null && B.v !== null && A.v < B.v) {
        const big = s.charCodeAt(B.end - 1) === WAN ? 1e4 : s.charCodeAt(B.end - 1) === YI ? 1e8 : 0;
        const aBig = s.slice(A.start, A.end);
        if (big && !aBig.includes('万') && !aBig.includes('亿') && A.v * big <= B.v) A.v *= big;
      }
      // "1-2 billion": the second scale is the first's too; not in "750,000 and 2 million".
      // (Signed sides compare with their signs: 淨利潤-0.83至-0.80億元 runs upwards, -0.83億 to -0.80億.)
      const sharesScale = A.scale === 1 && B.scale !== 1 && (A.v === null || B.v === null || A.sign * A.v <= B.sign * B.v);
      if (!uA && uB) {
        if (sharesScale) {
          A.scale = B.scale;
          A.scaleText = B.scaleText;
        }
        uA = uB;
      }
      if (!uB && uA) uB = uA;
      if (sharesScale && !uA) {
        A.scale = B.scale;
      }
      if (!A.cur && B.cur) A.cur = B.cur;
      if (A.cur && !B.cur) B.cur = A.cur;
      end = uB ? Math.max(uB.end, B.end) : B.end;
      if (perShare) end += perShare.length;
      // "between $30/MWh and $40/MWh": the repeated per-unit suffix closes the range's span.
      const suffixEnd = A.cur ? perUnitSuffixEnd(s, A.end) : 0;
      if (suffixEnd > 0) {
        const suffix = s.slice(A.end, suffixEnd);
        if (s.startsWith(suffix, end)) end += suffix.length;
      }
    }
    // 新台幣120、160億元: a currency word before the first member and the scale word on the last: the first takes the scale.
    if (!B && !uA && A.cur && A.src === 'ar' && A.scale === 1 && !A.scaleText && s.charCodeAt(end) === 0x3001 /* 、 */) {
      const shared = this.listUnitAfter(A, end);
      if (shared && shared.scale > 1 && shared.unit.def.kind === 'money') {
        A.scale = shared.scale;
        A.scaleText = shared.scaleText;
      }
    }
    // 数十、数百亿美元, 数十亿、数百亿元: a vague member listed before a vague one takes its unit, and its 万 or 亿 when it has
    // none and stays below it (not a count: 数十、数百个 share no classifier's noun).
    if (!B && !uA && !A.cur && A.src === 'vz' && s.charCodeAt(end) === 0x3001 /* 、 */) {
      const next = this.parseSide(end + 1, undefined);
      const tail = next && next.src === 'vz' && !next.cur ? next.bigTail ?? 1 : 0;
      const widened = tail > 1 && A.bigTail === 1 && A.hi !== null && next!.hi !== null && A.hi * tail <= next!.hi;
      if (tail && (A.bigTail === tail || widened)) {
        const unit = this.readUnit(next!.end, next!);
        if (unit && unit.def.kind !== 'count' && unit.def.kind !== 'duration') {
          uA = unit;
          if (widened) {
            A.lo! *= tail;
            A.hi! *= tail;
          }
        }
      }
    }
    // 分别达2700亿和3300亿美元: a list of amounts at one scale takes its unit from the member that names it.
    if (!B && !uA && !A.cur) {
      const shared = this.listUnitAfter(A, end) ?? this.englishListUnitAfter(A, end);
      const parallel = shared ? null : this.unitOfParallelLevel(A) ?? this.unitOfChangeLevel(A) ?? this.zhUnitOfChangeLevel(A);
      if (parallel) uA = parallel;
      // "we're talking 70, 80, $90 million": bare members before an amount of money with a scale word take its currency and scale.
      if (!shared && !parallel && A.src === 'ar' && A.scale === 1 && A.a && !A.a.grouped && (s.charCodeAt(end) === 44 || /^ (?:and|or) [$€£]/.test(s.slice(end, end + 6)))) {
        const last = ENGLISH_LIST_MONEY_AFTER.exec(s.slice(end, end + 40));
        const money = last ? this.parseSide(end + last[0].length - last[1].length, undefined) : null;
        if (money && money.cur && money.scale > 1 && money.v !== null && A.v !== null && A.v <= money.v) {
          A.cur = money.cur;
          A.scale = money.scale;
          A.scaleText = money.scaleText;
        }
      }
      if (shared) {
        uA = shared.unit;
        if (A.scale === 1) {
          A.scale = shared.scale;
          A.scaleText = shared.scaleText;
        }
      }
    }
    return this.emitFigure(A, B, uA, uB, end, orMoreBeforeUnit);
  }

  /** Numbers that are labels (codes, names, sections, rankings) or times (dates, months, days): where to go on, or -1 for an amount. */
  // Six methods, not one: as one 250-line method TurboFan took ~300 ms to compile it, in a zone of ~35 MB that stayed
  // resident in its thread's malloc arena (the server's memory with 100 open drafts).
  private labelOrTime(A: Side): number {
    let r = this.codesAndPointDates(A);
    if (r === NO_RULE) r = this.addressesRankingsAndNames(A);
    if (r === NO_RULE) r = this.ratioForms(A);
    if (r === NO_RULE) r = this.yearsAndMonthDays(A);
    if (r === NO_RULE) r = this.monthsAndDayRanges(A);
    if (r === NO_RULE) r = this.statutesPlantsAndPhases(A);
    return r === NO_RULE ? -1 : r;
  }

  /** Codes of law and trade, model families, schedule steps, centuries, month.day dates. Where to go on, or NO_RULE. */
  private codesAndPointDates(A: Side): number {
    const s = this.s;
    if (A.src === 'ar' && A.scale === 1 && !A.cur) {
      const lead = s.slice(Math.max(0, A.start - 8), A.start);
      // "910X芯片", "9X系列": digits and an X glued before a chip or series word name a family of models, no multiple.
      if ((s.charCodeAt(A.end) === 88 || s.charCodeAt(A.end) === 120) && MODEL_FAMILY_AFTER_X.test(s.slice(A.end + 1, A.end + 5))) return A.end + 1;
      // "under R.C. 5709.911", "26 U.S.C. § 48": a section of a code of law, a label.
      if (LEGAL_CODE_BEFORE.test(lead)) return A.end;
      // "in year 10", "by day 3": a year or day of a schedule counted from its start; "along Ind. 9": a state road; "U.S. 29
      // and Va. 55": a US highway before a name, a list word or punctuation.
      if (A.a && !A.a.decimal && A.a.intDigits <= 3 && ((SCHEDULE_STEP_BEFORE.test(lead) && SCHEDULE_STEP_AFTER.test(s.slice(A.end, A.end + 12))) || STATE_ROAD_BEFORE.test(lead) || (US_ROUTE_BEFORE.test(lead) && US_ROUTE_AFTER.test(s.slice(A.end, A.end + 12)))) && !this.readUnit(A.end, A)) return A.end;
    }
    // 十一、十二月: a month in Chinese numerals listed before the one that writes 月, as 6、7月.
    if (A.src === 'zh' && A.scale === 1 && s.charCodeAt(A.end) === 0x3001 /* 、 */ && A.v !== null && Number.isInteger(A.v) && A.v >= 1 && A.v <= 12 && ZH_MONTH_AFTER_LIST.test(s.slice(A.end + 1, A.end + 5))) {
      const iso = `--${pad2(A.v)}`;
      return this.emitDate(A.start, A.end, null, { from: iso, to: iso, label: s.slice(A.start, A.end), relative: true }, null, 'zh');
    }
    // "classifiable under HTS headings 8471.50, 8471.80": tariff classification codes are labels.
    if (A.src === 'ar' && !A.cur && A.a && A.a.decimal && A.a.intDigits === 4 && TARIFF_CODE_BEFORE.test(s.slice(Math.max(0, A.start - 40), A.start))) return A.end;
    // 19世紀50年代, 上世纪90年代: a century (an ordinal) and a decade name a time, no count (as "the '90s").
    if (A.scale === 1 && !A.cur && (s.startsWith('世纪', A.end) || s.startsWith('世紀', A.end) || (s.startsWith('年代', A.end) && A.v !== null && A.v % 10 === 0 && A.v < 100 && !DAI_WORD_SECOND.includes(s[A.end + 2] ?? '_')))) return A.end + 2;
    // 为历史最高的一年。, 充滿挑戰的一年，: 一年 after 的 ending its clause is "a year" of a kind, no length of time
    // (住宅用戶的一年用電量 is a year's use).
    if (A.src === 'zh' && A.v === 1 && s.charCodeAt(A.end) === 0x5e74 /* 年 */ && s.charCodeAt(A.start - 1) === 0x7684 /* 的 */ && (A.end + 1 >= s.length || '。，,；;！!？?、）)」”'.includes(s[A.end + 1]))) return A.end + 1;
    // "OCP 大会(10.13-16 日)", "10.13日": a month and its day written with a point, then 日 (a day or a range of days).
    if (A.src === 'ar' && !A.cur && A.a && A.a.decimal && A.a.intDigits <= 2) {
      const m = MONTH_POINT_DAY.exec(s.slice(A.start, A.start + 14));
      if (m && +m[1] >= 1 && +m[1] <= 12 && +m[2] >= 1 && +m[2] <= 31 && (!m[3] || (+m[3] > +m[2] && +m[3] <= 31))) {
        const end = A.start + m[0].length;
        const from = `--${pad2(+m[1])}-${pad2(+m[2])}`;
        return this.emitDate(A.start, end, null, { from, to: m[3] ? `--${pad2(+m[1])}-${pad2(+m[3])}` : from, label: s.slice(A.start, end), relative: true }, null, 'zh');
      }
    }
    return NO_RULE;
  }

  /** Addresses, stock and tender codes, exhibits, hotlines, congresses, rankings and lists. Where to go on, or NO_RULE. */
  private addressesRankingsAndNames(A: Side): number {
    const s = this.s;
    // 高新南九道 10 号, 科技园 10 栋 B3401: a road named by a numeral before its house number, and a building's
    // number after an address's house number, are labels.
    // (A character test first: this runs for every number read.)
    const afterNumber = (s.charCodeAt(A.end) === 32 ? s[A.end + 1] : s[A.end]) ?? '_';
    if (A.scale === 1 && !A.cur && !A.vague && ((ROAD_WORDS.includes(s[A.end] ?? '_') && ROAD_BEFORE_HOUSE_NUMBER.test(s.slice(A.end, A.end + 8))) || (BUILDING_WORDS.includes(afterNumber) && HOUSE_NUMBER_BEFORE.test(s.slice(Math.max(0, A.start - 24), A.start))))) return A.end + 1;
    // ASMPT(0522): a four-digit stock code with its leading zero, in brackets.
    if (A.src === 'ar' && A.a && A.a.leadingZero && A.a.intDigits >= 4 && !A.a.decimal && (s.charCodeAt(A.start - 1) === 40 || s.charCodeAt(A.start - 1) === 0xff08) && (s.charCodeAt(A.end) === 41 || s.charCodeAt(A.end) === 0xff09)) return A.end + 1;
    // 标包3, 標包8, 采购包2: a lot of a tender named by its number.
    if (A.src === 'ar' && A.scale === 1 && !A.cur && A.a && !A.a.decimal && A.a.intDigits <= 2 && s.charCodeAt(A.start - 1) === 0x5305 /* 包 */ && (s.charCodeAt(A.start - 2) === 0x6807 /* 标 */ || s.charCodeAt(A.start - 2) === 0x6a19 /* 標 */ || s.charCodeAt(A.start - 2) === 0x8d2d /* 购 */ || s.charCodeAt(A.start - 2) === 0x8cfc /* 購 */)) return A.end;
    // 从图 6 中可以看出, 如表2所示: a figure or table of the report named by its number, as "see chart 2".
    if (A.src === 'ar' && A.scale === 1 && !A.cur && A.a && !A.a.decimal && A.a.intDigits <= 2 && exhibitLabelBefore(s, A.start)) {
      // 图3-2, 表2.1: a chapter's numbering goes with the label.
      let e = A.end;
      while ((s.charCodeAt(e) === 45 || s.charCodeAt(e) === 46) && isDigit(s.charCodeAt(e + 1))) for (e++; isDigit(s.charCodeAt(e)); e++);
      return e;
    }
    // 大三億董事長魏瑞伯: a Chinese numeral glued before a title is part of a company's name, no amount.
    if (A.src === 'zh' && !A.cur && !A.vague && TITLE_AFTER_COMPANY_NAME.test(s.slice(A.end, A.end + 3))) return A.end;
    // 。19年至今营收…: a bare two-digit year opening its clause before 年至今 is the year (broker shorthand), not 19 years.
    if (A.src === 'ar' && A.scale === 1 && !A.cur && A.a && !A.a.decimal && A.a.intDigits === 2 && A.v! >= 10 && A.v! <= 40 && s.charCodeAt(A.end) === 0x5e74 /* 年 */ && s.startsWith('至今', A.end + 1) && (A.start === 0 || '。；;！？\n'.includes(s[A.start - 1]))) {
      return this.emitYear({ ...A, v: 2000 + A.v! }, A.end + 1, null, 'zh', `${2000 + A.v!}`);
    }
    // (1347 HK,HK$98.75,…), "0700 HK": a Bloomberg-style stock code, digits and a spaced market code in capitals.
    if (A.src === 'ar' && A.scale === 1 && !A.cur && A.a && !A.a.decimal && !A.a.grouped && A.a.intDigits >= 4 && A.a.intDigits <= 6 && BLOOMBERG_MARKET_AFTER.test(s.slice(A.end, A.end + 11))) return A.end + 3;
    // 1823服務, 12345热线: a bare number glued before 服务 or 热线 names a hotline (Hong Kong's 1823), no count.
    if (A.src === 'ar' && A.scale === 1 && !A.cur && A.a && !A.a.decimal && !A.a.grouped && A.a.intDigits >= 3 && HOTLINE_AFTER.test(s.slice(A.end, A.end + 3))) return A.end + 2;
    // 党的十八大以来, 二十大报告: a Party congress named by its number, no count.
    if (A.src === 'zh' && s.charCodeAt(A.end) === 0x5927 /* 大 */ && (PARTY_BEFORE.test(s.slice(Math.max(0, A.start - 3), A.start)) || CONGRESS_AFTER.test(s.slice(A.end + 1, A.end + 3)))) return A.end + 1;
    // 躋身20強之列, 世界500强企业: N强 names a ranking (the top N), no count (not 强调, 强化, 强度, 强烈, 强大).
    if (A.scale === 1 && !A.cur && (s.charCodeAt(A.end) === 0x5f3a /* 强 */ || s.charCodeAt(A.end) === 0x5f37 /* 強 */) && !RANKING_WORD_SECOND.includes(s[A.end + 1] ?? '_')) return A.end + 1;
    // 全球超算500榜单, 福布斯2000榜: a list named by its number of places (the TOP500), no count.
    if (A.scale === 1 && !A.cur && A.a && !A.a.decimal && s.charCodeAt(A.end) === 0x699c /* 榜 */) return A.end + 1;
    // 十四届全国人大四次会议, 二十届四中全会: a congress named by its term and its session, no figures.
    if (A.src === 'zh' && A.scale === 1 && s.charCodeAt(A.end) === 0x5c4a /* 届 */) return A.end + 1;
    if (A.src === 'zh' && A.scale === 1 && s.startsWith('次会议', A.end) && s.slice(Math.max(0, A.start - 10), A.start).includes('届')) return A.end + 3;
    return NO_RULE;
  }

  /** Ratios: stock splits, earnings multiples, X比Y and X:Y proportions, "one in five". Where to go on, or NO_RULE. */
  private ratioForms(A: Side): number {
    const s = this.s;
    // "a 10-for-1 stock split", "a 3-for-2 split": the split's ratio; "a P/E of 60", "price-to-earnings of 45":
    // a multiple of earnings.
    if ((A.src === 'ar' || A.src === 'en') && !A.cur && A.scale === 1 && A.sign === 1 && A.v !== null && Number.isInteger(A.v) && s.startsWith('-for-', A.end)) {
      // ("a ten-for-one stock split": spelled out too.)
      const m = /^-for-(\d{1,3}|[a-z]+)(?![\d-])/i.exec(s.slice(A.end, A.end + 12));
      const den = m ? (isDigit(m[1].charCodeAt(0)) ? +m[1] : EN_SMALL.get(m[1].toLowerCase()) ?? 0) : 0;
      if (m && den > 0) return this.emitSimple(A.start, A.end + m[0].length, 'ratio', A.v / den, 'ratio', this.prefixAt(A.start));
    }
    if (A.src === 'ar' && !A.cur && A.scale === 1 && A.v !== null && EARNINGS_MULTIPLE_BEFORE.test(s.slice(Math.max(0, A.start - 40), A.start)) && !this.readUnit(A.end, A)) {
      // ("a P/E of just 17–18": a range of multiples.)
      const m = /^\s?[-–~]\s?(\d{1,4}(?:\.\d+)?)(?![\d.%倍xX])/.exec(s.slice(A.end, A.end + 10));
      if (m && +m[1] > A.v && A.start >= this.lastEnd) {
        const end = A.end + m[0].length;
        this.push({ offset: A.start, length: end - A.start, text: this.o.slice(A.start, end), kind: 'ratio', value: null, low: A.v, high: +m[1], unit: 'ratio', qualifier: 'range', approx: false, lang: this.langOf(A.start, end) } as Figure);
        return end;
      }
      return this.emitSimple(A.start, A.end, 'ratio', A.v, 'ratio', this.prefixAt(A.start));
    }
    // 投资比例为1比1, 最高可达1比2: a proportion written X比Y after 比例 is the ratio X/Y; so is X:Y next to 比例
    // (以1:3的撬动比例测算, 配比为1：2), which elsewhere may be a time of day or a score.
    const sep = s.charCodeAt(A.end);
    if (A.src === 'ar' && !A.cur && A.scale === 1 && A.v !== null && (sep === 0x6bd4 /* 比 */ || sep === 58 || sep === 0xff1a || sep === 0x2236 /* ∶ the ratio sign */) && isDigit(s.charCodeAt(A.end + 1))) {
      let e = A.end + 1;
      while (isDigit(s.charCodeAt(e)) && e - A.end <= 4) e++;
      // 换股比例1:0.5525: a decimal second side.
      if (s.charCodeAt(e) === 46 && isDigit(s.charCodeAt(e + 1))) for (e++; isDigit(s.charCodeAt(e)) && e - A.end <= 10; e++);
      const den = Number(s.slice(A.end + 1, e));
      const proportion = PROPORTION_BEFORE.test(s.slice(Math.max(0, A.start - 16), A.start)) || (sep !== 0x6bd4 && PROPORTION_AFTER.test(s.slice(e, e + 10))) || this.proportionBefore(A.start);
      if (den > 0 && proportion && !isDigit(s.charCodeAt(e)) && s.charCodeAt(e) !== 46 && s.charCodeAt(e) !== 58) return this.emitSimple(A.start, e, 'ratio', A.v / den, 'ratio', this.prefixAt(A.start));
      // "(41:16 in favor)": a vote's tally written with a colon, two counts.
      if (sep === 58 && A.a && !A.a.decimal && Number.isInteger(den) && !isAlnum(s.charCodeAt(e)) && s.charCodeAt(e) !== 58 && COLON_TALLY_AFTER.test(s.slice(e, e + 16))) {
        this.emitSimple(A.start, A.end, 'count', A.v, 'count', null);
        return this.emitSimple(A.end + 1, e, 'count', den, 'count', null);
      }
    }
    // "one in five Americans", "1 in 10 servers", "nine in 10", "one out of twenty": a share, written as a ratio.
    // ("a score of 86 out of 100": with "out of" the share may be larger.)
    if ((A.src === 'en' || A.src === 'ar') && !A.cur && A.scale === 1 && A.sign === 1 && A.v !== null && Number.isInteger(A.v) && A.v >= 1 && (A.v <= 20 || (A.v < 1000 && s.startsWith(' out of ', A.end)))) {
      const m = /^ (?:in|out of) (?:every )?([a-z]+|\d{1,3})\b/i.exec(s.slice(A.end, A.end + 22));
      const den = m ? (isDigit(m[1].charCodeAt(0)) ? Number(m[1]) : EN_SMALL.get(m[1].toLowerCase()) ?? (m[1].toLowerCase() === 'hundred' ? 100 : undefined)) : undefined;
      if (m && den !== undefined && den > A.v && den <= 1000 && !isDigit(s.charCodeAt(A.end + m[0].length)) && s.charCodeAt(A.end + m[0].length) !== 46) {
        return this.emitSimple(A.start, A.end + m[0].length, 'ratio', A.v / den, 'ratio', this.prefixAt(A.start));
      }
    }
    return NO_RULE;
  }

  /** Years (Arabic, Chinese, Minguo), Chinese months and a day of the month alone. Where to go on, or NO_RULE. */
  private yearsAndMonthDays(A: Side): number {
    const s = this.s;
    // Years and dates written with Arabic digits.
    if (A.src === 'ar' && !A.cur && A.scale === 1 && !A.more && A.sign === 1) {
      const t = this.yearForms(A, A.a!.intDigits === 4 ? this.prefixAt(A.start) : null);
      if (t > 0) return t;
    } else if (A.src === 'zh' && A.z!.digitString && isYear(A.v!) && (s.charCodeAt(A.end) === 0x5e74 || isDateDash(s.charCodeAt(A.end)))) {
      const range = this.zhDigitYearRange(A);
      if (range > 0) return range;
      if (s.charCodeAt(A.end) === 0x5e74) return this.afterYearWord(A, this.prefixAt(A.start));
    } else if (A.src === 'zh' && A.z!.digitString && A.z!.text.length === 4 && isYear(A.v!)) {
      // 二〇二五上半年: a half or quarter glued to a year in Chinese digits without 年, as 2025上半年.
      const glued = yearPartAt(s, A.end);
      if (glued) return this.emitPeriod(A.start, glued.end, A.v!, glued.part, 'zh', s.slice(A.start, glued.end));
    } else if (A.src === 'zh' && A.scale === 1 && s.charCodeAt(A.end) === 0x5e74 && (A.z!.digitString || s.startsWith('民国', A.start - 2))) {
      // 一一五年下半年, 民国一百一十五年: a Minguo year in Chinese numerals.
      const roc = this.minguoYear(A);
      if (roc > 0) return roc;
    }
    if (A.src === 'zh' && A.z!.digitString && A.z!.text.length === 2 && s.charCodeAt(A.end) === 0x5e74 /* 年 */) {
      const y = this.zhTwoDigitYear(A);
      if (y > 0) return y;
    }
    // Months in Chinese numerals: 三月, 十二月, 三月三十日 (not 两月). After a hedge only as 月份 (高於八月份預測: 近三月 is
    // three months).
    if (A.src === 'zh' && s.charCodeAt(A.end) === 0x6708 /* 月 */ && !A.cur && A.scale === 1 && !A.z!.digitString && A.v !== null && Number.isInteger(A.v) && A.v >= 1 && A.v <= 12 && s.charCodeAt(A.start) !== 0x4e24 && (!this.prefixAt(A.start) || s.charCodeAt(A.end + 1) === 0x4efd /* 份 */)) {
      const r = this.zhMonthDay(A.start, null, A.start);
      if (r > A.start) return r;
    }
    // A day of the month alone, as wire copy dates events: (28日), 周一(6日), 22日讯. Not 日元 (yen),
    // 日本, 日均, 日产, 日前.
    if (A.src === 'ar' && !A.cur && A.scale === 1 && !A.a!.decimal && A.a!.intDigits <= 2 && A.v! >= 1 && A.v! <= 31 && s.charCodeAt(A.end) === 0x65e5 /* 日 */ && !'元本均产前内'.includes(s[A.end + 1] ?? '_') && !runOfDaysBefore(s, A.start) && !DAYS_LEAD.test(s.slice(Math.max(0, A.start - 3), A.start))) {
      const prev = s.charCodeAt(A.start - 1);
      // 上月29日, 本月5日, 下个月1日: a day of a month named relatively, that word in the span.
      const classified = s.charCodeAt(A.start - 2) === 0x4e2a /* 个 */ || s.charCodeAt(A.start - 2) === 0x500b /* 個 */ ? 1 : 0;
      const relative = prev === 0x6708 /* 月 */ && (classified ? '上下'.includes(s[A.start - 3] ?? '_') : '上本下同当當'.includes(s[A.start - 2] ?? '_'));
      const from = relative && A.start - 2 - classified >= this.lastEnd ? A.start - 2 - classified : A.start;
      if (!isDigit(prev) && (prev !== 0x6708 || from < A.start)) {
        const iso = `---${pad2(A.v!)}`;
        // (本月1日至20日: a later day of the same month after 至 or 到, one range.)
        const later = from < A.start ? /^[至到~～-](\d{1,2})日/.exec(s.slice(A.end + 1, A.end + 6)) : null;
        if (later && +later[1] > A.v! && +later[1] <= 31) {
          const end = A.end + 1 + later[0].length;
          return this.emitDate(from, end, null, { from: iso, to: `---${pad2(+later[1])}`, label: s.slice(from, end), relative: true }, null, 'zh');
        }
        return this.emitDate(from, A.end + 1, null, { from: iso, to: iso, label: s.slice(from, A.end + 1), relative: true }, null, 'zh');
      }
    }
    return NO_RULE;
  }

  /** Months or days in a row, Chinese months and ranges, day-first English dates. Where to go on, or NO_RULE. */
  private monthsAndDayRanges(A: Side): number {
    const s = this.s;
    // 連3月刷新紀錄: months in a row, a length of time (not March); 連 8 季 quarters in a row (連五季 too).
    if ((A.src === 'ar' || A.src === 'zh') && A.scale === 1 && A.v !== null && Number.isInteger(A.v) && A.v >= 2 && A.v <= 24) {
      const w = skipSp(s, A.end);
      const before = s.charCodeAt(skipBackSp(s, A.start) - 1);
      const unitChar = s.charCodeAt(w);
      if ((unitChar === 0x6708 /* 月 */ || unitChar === 0x5b63 /* 季 */) && (before === 0x9023 /* 連 */ || before === 0x8fde /* 连 */) && !isDigit(s.charCodeAt(w + 1)) && s.charCodeAt(w + 1) !== 0x5ea6 /* 季度 is a unit already */) {
        return this.emitSimple(A.start, w + 1, 'duration', A.v * (unitChar === 0x5b63 ? 3 * MONTH_S : MONTH_S), 's', null);
      }
      // (連三日上漲: days in a row, not the third of the month.)
      if (unitChar === 0x65e5 /* 日 */ && (before === 0x9023 /* 連 */ || before === 0x8fde /* 连 */) && !isDigit(s.charCodeAt(w + 1))) return this.emitSimple(A.start, w + 1, 'duration', A.v * 86400, 's', null);
    }
    // Chinese months: 3月30日, 1月
    // and ranges of months: 4-6月.
    if (A.src === 'ar' && (s.charCodeAt(A.end) === 0x6708 /* 月 */ || isDateDash(s.charCodeAt(A.end))) && !A.cur && A.scale === 1 && A.v !== null && Number.isInteger(A.v) && A.v >= 1 && A.v <= 12) {
      const r = this.zhMonthDay(A.start, null, A.start);
      if (r > A.start) return r;
    }
    // "1-2 November 2023": a range of days before the month, day first (as "July 9-15, 2025" month first).
    // ("from 21st to 25th April 2025", "21st-25th April": ordinal days, and to between them.)
    const dayJoin = s.charCodeAt(A.end);
    if (A.src === 'ar' && !A.cur && A.scale === 1 && A.a!.intDigits <= 2 && !A.a!.decimal && A.v! >= 1 && A.v! <= 30 && (dayJoin === 45 || dayJoin === 0x2013 || dayJoin === 32 || isLower(dayJoin))) {
      // (An abbreviation's point only before the year: "1-2 Nov. 2023"; "runs 9-15 July." ends its sentence.)
      const m = /^(?:st|nd|rd|th)?(?:[-–]| to )(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})(?:\.(?= \d{4}))?(?: (\d{4}))?(?![\d,.]\d)/.exec(s.slice(A.end, A.end + 30));
      const mo = m ? MONTHS.get(m[2].toLowerCase()) : undefined;
      const year = m && m[3] ? +m[3] : null;
      if (m && mo && +m[1] > A.v! && +m[1] <= 31 && (year === null || isYear(year))) {
        const end = A.end + m[0].length;
        const pfx = year === null ? `--${pad2(mo)}-` : `${year}-${pad2(mo)}-`;
        return this.emitDate(A.start, end, year, { from: pfx + pad2(A.v!), to: pfx + pad2(+m[1]), label: s.slice(A.start, end), ...(year === null ? { relative: true } : {}) }, null);
      }
    }
    if (A.src === 'ar' && !A.cur && A.scale === 1 && A.a!.intDigits <= 2 && !A.a!.decimal && A.v! >= 1 && A.v! <= 31) {
      // "On 9th April 2025", "the 9th of April": an ordinal day before the month (British copy).
      const ordinalMonth = monthAfterOrdinalDay(s, A.end);
      const q = ordinalMonth || skipSp(s, A.end);
      const we = isUpper(s.charCodeAt(q)) ? wordEnd(s, q) : q;
      const mo = we - q >= 3 ? MONTHS.get(s.slice(q, we).toLowerCase()) : undefined;
      if (q > A.end && mo && isUpper(s.charCodeAt(q)) && we - q >= 3) {
        let e2 = we;
        if (s.charCodeAt(e2) === 46) e2++;
        // ("11th October, 2025": a comma before the year, as "January, 2022".)
        const commaYear = s.charCodeAt(e2) === 44 && s.charCodeAt(e2 + 1) === 32 ? yearEndAt(s, e2 + 2) : 0;
        const comma = commaYear > 0 && !isDigit(s.charCodeAt(commaYear + 1)) ? 1 : 0;
        const r = skipSp(s, e2 + comma);
        const z = yearEndAt(s, r);
        let year: number | null = null;
        if (z > 0 && r > e2 + comma) { year = +s.slice(r, z); e2 = z; }
        else {
          e2 = we;
          // ("Published 28 Jan 25": a day, a short month and a two-digit year, as UK copy and web widgets write dates.)
          const yy = !comma && r === e2 + 1 && we - q === 3 && /^\d\d(?![\d:.,%]|\s?[-–]\d|[A-Za-z])/.test(s.slice(r, r + 5)) && !this.latinUnit(skipSp(s, r + 2), false) && !EN_NOUNS.match(s, skipSp(s, r + 2), true) ? +s.slice(r, r + 2) : -1;
          if (yy >= 0) { year = 2000 + yy; e2 = r + 2; }
        }
        const iso = year === null ? `--${pad2(mo)}-${pad2(A.v!)}` : `${year}-${pad2(mo)}-${pad2(A.v!)}`;
        // ("from 1 January 2026 to 31 March 2026": two full dates, day first, make one range, as "January 1, 2026 to …".)
        const to = year !== null ? DAY_FIRST_DATE_AFTER.exec(s.slice(e2, e2 + 30)) : null;
        const mo2 = to ? MONTHS.get(to[2].toLowerCase()) : undefined;
        if (to && mo2 !== undefined && +to[1] >= 1 && +to[1] <= 31 && isYear(+to[3]) && `${to[3]}-${pad2(mo2)}-${pad2(+to[1])}` > iso) {
          const end2 = e2 + to[0].length;
          return this.emitDate(A.start, end2, year, { from: iso, to: `${to[3]}-${pad2(mo2)}-${pad2(+to[1])}`, label: s.slice(A.start, end2) }, null);
        }
        return this.emitDate(A.start, e2, year, { from: iso, to: iso, label: s.slice(A.start, e2), ...(year === null ? { relative: true } : {}) }, null);
      }
    }
    return NO_RULE;
  }

  /** Statute sections, chip models, cell formats, legal titles, plants, fabs and phases. Where to go on, or NO_RULE. */
  private statutesPlantsAndPhases(A: Side): number {
    const s = this.s;
    // 232条款, 301条款: a number before 条款 names a section of a statute, no count.
    if (A.src === 'ar' && A.scale === 1 && !A.cur && s.startsWith('条款', A.end)) return A.end + 2;
    // 課徵122關稅, 加征301关税: a section's number before 关税 names the tariff (Section 122, 301), no count.
    if (A.src === 'ar' && A.scale === 1 && !A.cur && A.a && !A.a.decimal && !A.a.grouped && A.a.intDigits === 3 && /^[关關][税稅]/.test(s.slice(A.end, A.end + 2))) return A.end;
    // 以H200和5090芯片为主: a number listed after a chip model, before 芯片 or 显卡, is another model's name.
    if (A.src === 'ar' && A.scale === 1 && !A.cur && A.a && !A.a.decimal && !A.a.grouped && A.a.intDigits >= 3 && MODEL_THEN_JOINER_BEFORE.test(s.slice(Math.max(0, A.start - 10), A.start)) && /^(?:芯片|显卡|顯卡|晶片|GPU)/.test(s.slice(A.end, A.end + 3))) return A.end;
    // 21700规格, 4680大圆柱电池, 18650 cells: a cylindrical cell's format (diameter and length in mm), no count.
    if (A.src === 'ar' && A.scale === 1 && !A.cur && !A.a!.decimal && CELL_FORMATS.has(A.v!) && CELL_FORMAT_AFTER.test(s.slice(A.end, A.end + 6))) return A.end;
    // "15 C.F.R. 第730部分", "42 U.S.C. 7401": the title of a US legal code, no count.
    const legalCode = A.src === 'ar' && A.scale === 1 && !A.cur && !A.a!.decimal ? LEGAL_CODE_AFTER.exec(s.slice(A.end, A.end + 8)) : null;
    if (legalCode) return A.end + legalCode[0].length;
    // 熊本2廠, 台積電1廠與2廠: a small number glued between a name and 厂 names a plant, as 二厂 does (建2厂 counts them).
    if (A.src === 'ar' && A.scale === 1 && !A.cur && A.a!.intDigits <= 2 && !A.a!.decimal && s.charCodeAt(A.end) === 0x5382 /* 厂 */ && (isCJK(s.charCodeAt(A.start - 1)) || isLatin(s.charCodeAt(A.start - 1))) && !PLANT_COUNT_VERBS.includes(s[A.start - 1])) return A.end + 1;
    // 晶圓二十五廠, 觀音二廠: a Chinese numeral glued between a name and 厂 names the plant too; 兩廠 never names one
    // (a plant is 二廠), so it counts two (兩廠合計月產能).
    if (A.src === 'zh' && A.scale === 1 && !A.cur && (s.charCodeAt(A.end) === 0x5382 /* 厂 */ || s.charCodeAt(A.end) === 0x5ee0 /* 廠 */)) {
      const c0 = s.charCodeAt(A.start);
      if (A.end === A.start + 1 && (c0 === 0x4e24 /* 两 */ || c0 === 0x5169 /* 兩 */)) return this.emitSimple(A.start, A.end, 'count', 2, 'count', this.prefixAt(A.start));
      if (isCJK(s.charCodeAt(A.start - 1)) && !PLANT_COUNT_VERBS.includes(s[A.start - 1])) return A.end + 1;
    }
    // "Fab 52", Fab 21晶圆厂: a fab named by its number.
    if (A.src === 'ar' && A.scale === 1 && !A.cur && !A.a!.decimal && A.start >= 4 && startsWithAsciiCI(s, A.start - 4, 'fab ') && !isLatin(s.charCodeAt(A.start - 5))) return A.end;
    // 232调查, 301调查: an investigation named by the statute's section (three digits), no count.
    if (A.src === 'ar' && A.scale === 1 && !A.cur && A.a!.intDigits === 3 && !A.a!.decimal && s.startsWith('调查', A.end)) return A.end;
    // 3期项目, 1.1期工程: a number before 期 names the phase, as 二期项目 does (分3期, 共2期 count them).
    if (!A.cur && A.scale === 1 && A.sign === 1 && this.namesPhase(A.start, A.end)) return A.end + 1;
    return NO_RULE;
  }

  /** The figure of the sides read: kind, value, bounds, unit, noun, hedges. Returns where the figure ends. */
  private emitFigure(A: Side, B: Side | null, uA: UnitHit | null, uB: UnitHit | null, end: number, orMoreBeforeUnit: boolean): number {
    const s = this.s;
    const lastSide = B ?? A;
    let unit = B ? uB : uA;
    // "$3.5 billion year-to-date", "$35 year-over-year": a time word after an amount of money is not its unit.
    if (A.cur && unit && unit.def.kind === 'duration') {
      unit = null;
      end = lastSide.end;
    }
    // "a $37 bn dollar bond", "a €14.5 bn euro deal": a currency word after an amount with its sign is an adjective
    // of the noun after it, not the amount's unit ("$5 billion dollars" keeps it).
    if (A.cur && unit && unit.def.kind === 'money' && isLatin(s.charCodeAt(unit.end - 1)) && s.charCodeAt(unit.end - 1) !== 115 /* s */ && CURRENCY_ADJECTIVE_NOUN.test(s.slice(unit.end, unit.end + 16))) {
      unit = null;
      end = lastSide.end;
    }
    // PUE值低于1.35 机柜密度: Chinese counts a fraction of things only through a classifier or scale
    // (1.5台, 1.5万个); a noun right after a bare fraction is no unit of it.
    const bareFraction = !B && unit !== null && unit.def.kind === 'count' && unit.def.noun !== undefined && !unit.def.classifier && isCJK(s.charCodeAt(unit.end - 1)) && A.src === 'ar' && A.scale === 1 && A.a?.decimal === true;
    if (bareFraction) {
      unit = null;
      end = A.end;
    }
    // Kind and factor.
    let kind: FigureKind;
    let baseUnit: string;
    let factor = 1;
    let noun: string | undefined;
    let unitText = '';
    let timeWord: string | undefined;
    let perUnitCards = false;
    if (A.cur && !(unit && unit.def.kind === 'money')) {
      kind = 'money';
      baseUnit = A.cur;
      unitText = lastSide.scaleText;
      if (unit && unit.def.kind !== 'money') return end; // $5 GW? nonsense
    } else if (unit) {
      kind = unit.def.kind;
      baseUnit = unit.def.unit;
      factor = unit.def.factor;
      noun = unit.def.noun;
      // 8卡服务器: the cards in each server, a per-unit number with no noun (as in "eight-GPU servers").
      if (noun && unit.text === '卡' && nounAfterCards(s, unit.end)) {
        noun = undefined;
        perUnitCards = true;
      }
      timeWord = unit.def.timeWord;
      unitText = (lastSide.scaleText && lastSide.lang === 'zh' ? lastSide.scaleText : lastSide.scaleText ? lastSide.scaleText + ' ' : '') + unit.text;
      if (lastSide.src === 'ar' && lastSide.scaleText && /[\u4e00-\u9fff]/.test(lastSide.scaleText)) unitText = lastSide.scaleText + unit.text;
      // 新台币6,724亿元: a bare 元 after a named currency is that currency's unit.
      if (kind === 'money' && A.cur && unit.def.unit !== A.cur) baseUnit = unit.text === '元' ? A.cur : unit.def.unit;
      // "26.5 million pounds of steel": pounds of a material weigh; money would be "pounds' worth of".
      if (kind === 'money' && !A.cur && (unit.text === 'pounds' || unit.text === 'pound')) {
        const m = /^\s+of\s+([a-z]+)/i.exec(s.slice(unit.end, unit.end + 30));
        // "a rack weighing roughly 7,000 pounds": pounds after a verb of weight weigh.
        const weighed = WEIGHT_WORDS_BEFORE.test(s.slice(Math.max(0, A.start - 32), A.start));
        if ((m && !MONEY_NOUNS_AFTER_OF.has(m[1].toLowerCase())) || weighed) {
          kind = 'mass';
          baseUnit = 'kg';
          factor = 0.45359237;
        }
      }
      // "2 billion kroner" in a story about Denmark, "500 million riyals" about Qatar: the currency of the country named before it.
      else if (kind === 'money' && !A.cur && SHARED_CURRENCY_WORDS.has(unit.text.toLowerCase())) baseUnit = sharedCurrency(s, A.start, unit.text) ?? baseUnit;
      // 折合新台币约16.39兆元: the currency named before a hedge.
      else if (kind === 'money' && !A.cur && unit.text === '元' && this.prefixAt(A.start)) {
        let k = this.prefixAt(A.start)!.at; // prefixAt is memoised per position
        while (k > 0 && isGroupSpace(s.charCodeAt(k - 1))) k--;
        const named = ZH_CURRENCY_BEFORE.find(([w]) => s.startsWith(w, k - w.length));
        if (named) baseUnit = named[1];
      }
    } else {
      kind = 'count';
      baseUnit = 'count';
      unitText = lastSide.scaleText;
    }
    // Counts: classifier + noun; bare nouns.
    let sqAfterNoun: Qualifier | null = null;
    if (kind === 'count' && !noun && !perUnitCards && !bareFraction) {
      const np = unit ? unit.end : end;
      // A classifier of times or events (4次, 两轮, 3场) counts what happens: a noun further on is the verb's object.
      let nn = this.readNoun(np, A.lang === 'zh' || (unit !== null && /[\u3400-\u9fff]/.test(unit.text)) ? 'zh' : 'en', unit !== null && unit.def.classifier === true && !VERBAL_CLASSIFIERS.has(unit.text));
      // "500 or more direct new jobs", "the 500 or so data centres": the counted noun after the hedge (outside the span, as English nouns are).
      const orMore = !nn && !unit && s.charCodeAt(end) === 32 ? /^ (?:or (?:more|fewer|less|so)|plus) (?=[a-z])/i.exec(s.slice(end, end + 12)) : null;
      if (orMore) {
        const after = this.readNoun(end + orMore[0].length, 'en', false);
        if (after) nn = { ...after, adjacent: false };
      }
      if (nn) {
        noun = nn.noun;
        if (nn.adjacent) end = nn.end;
      } else if (!unit && (A.src === 'en' || A.src === 'ar') && !A.cur) {
        // English: an unknown noun stays outside the span ("eight buildings" → "eight"); a hedge after it
        // bounds the count ("chips with 128 layers or more").
        // (Only a plural word followed by " or " is sliced and matched.)
        let nounEnd = s.charCodeAt(end) === 32 ? wordEnd(s, end + 1) : end;
        while (nounEnd > end + 1 && s.charCodeAt(nounEnd) === 45 && isLatin(s.charCodeAt(nounEnd + 1))) nounEnd = wordEnd(s, nounEnd + 1);
        // ("200,000 of GB300 GPUs or more": of and a model's name before the noun.)
        if (s.startsWith(' of ', end)) {
          nounEnd = this.skipAlnum(end + 4);
          if (s.charCodeAt(nounEnd) === 32 && !s.startsWith(' or ', nounEnd)) nounEnd = this.skipAlnum(nounEnd + 1);
        }
        const hedged = nounEnd > end + 1 && s.charCodeAt(nounEnd - 1) === 115 /* s */ && s.startsWith(' or ', nounEnd) ? NOUN_OR_MORE_AFTER.exec(s.slice(end, end + 40)) : null;
        if (hedged) sqAfterNoun = hedged[1].toLowerCase() === 'more' ? 'more-than' : 'at-most';
      }
    }
    // English vague "millions of": a unit or noun after "of".
    // Validity checks.
    const hasUnitOrNoun = unit !== null || noun !== undefined || A.cur !== undefined;
    // 三四, 五六十 alone (五六十年代, idioms) need a classifier or unit, like other bare Chinese numerals.
    if (A.pair && !B && !hasUnitOrNoun && (A.hi ?? 0) < 1e4) return Math.max(A.end, A.start + 1);
    if (!hasUnitOrNoun) {
      if (!B && this.footnoteAfterStop(A)) return A.end;
      if (!B && this.magnitudeStartsName(A)) return A.end;
      // 四百五十, 两千四百五 stand alone; 三, 十, 千万 (an adverb), 二十三日, 十二点三十分 and GB三百 (a model) do not.
      const standalone = A.src === 'zh' && A.z!.standalone && !'日号点时分秒'.includes(s[A.end] || '_') && !isAlnum(s.charCodeAt(A.start - 1));
      // 十多万, 十余万, 十几亿: the place after 多 or 几 is read as a scale, and makes the number as big as 十万.
      // 三个亿, 十几个亿 (spoken filler 个 before 亿): as big as 三亿.
      const fillerBeforeYi = A.scale === 1e8 && (s.charCodeAt(A.end - 2) === 0x4e2a /* 个 */ || s.charCodeAt(A.end - 2) === 0x500b /* 個 */);
      if (A.src === 'zh' && !A.z!.hasBig && !standalone && !((A.more || A.vague) && A.scale >= 1e4) && !fillerBeforeYi && !B) return Math.max(A.end, A.start + 1);
      if (A.src === 'en' && !A.scale && !A.isOne) { /* fallthrough */ }
      if (A.src === 'en' && A.v !== null && A.v < 1e3 && !B) {
        // "two of", "the three": only with a following noun-ish word.
        const q = skipSp(s, A.end);
        const we = wordEnd(s, q);
        const w = s.slice(q, we).toLowerCase();
        // "two one-year extension options": a number word hyphenated into a measure is no second number.
        if (A.isOne || (EN_SMALL.has(w) && !(s.charCodeAt(we) === 45 && isLatin(s.charCodeAt(we + 1))))) return A.end;
      }
    }
    // ("China (23), India (1), Iran (1)": a 1 in a run of name (N) pairs counts as the numbers beside it do.)
    if (A.isOne && !B && lastSide.scale === 1 && (kind === 'count') && !A.more && !(A.src === 'ar' && this.nameListBracket(A))) return Math.max(end, A.end);
    // 新的一年, 新一年, 全新的一天: "the new year" names a time, it does not measure one (not 刷新一年来, 创新一年);
    // so do 这一年, 那一天 (that year, that day).
    if (A.isOne && !B && kind === 'duration' && s[A.start] === '一' && (s.startsWith('新的', A.start - 2) || (s[A.start - 1] === '新' && !'重创更刷革翻'.includes(s[A.start - 2] ?? '_')) || s[A.start - 1] === '这' || s[A.start - 1] === '那')) return Math.max(end, A.end);
    // 一倍 alone is rarely a figure (一倍的努力), but 增长一倍以上, 提高一倍, 增长逾一倍 (a hedge between) state a change.
    // So does a change's noun with a hedge (漲幅超過一倍, 年增幅度超過一倍).
    if (A.isOne && !B && lastSide.scale === 1 && A.src !== 'ar' && kind === 'ratio' && s[A.start] === '一' && !(this.afterChangeVerb(A.start) || this.afterChangeNoun(A.start) || /^(?:以上|多)/.test(s.slice(end, end + 2)))) return Math.max(end, A.end);
    // Kind from bare Arabic non-integers, and from a bare number written with a decimal point: PUE 1.0 measures.
    const decimalPoint = lastSide.a?.decimal && lastSide.scale === 1 && lastSide.exponent === undefined;
    if (kind === 'count' && !unit && !noun && lastSide.v !== null && (decimalPoint || !Number.isInteger(decimalProduct(lastSide.v, lastSide.scale)))) {
      // 灵衢2.0, 算力革命2.0, 工业4.0: a whole version glued to the end of a Chinese name is part of the name.
      if (!B && A.src === 'ar' && chineseVersionLabel(s, A.start, A.end)) return A.end;
      // 文心大模型4.5版本, 3.2版: a release named by its number before 版本 or 版.
      if (!B && A.src === 'ar' && (s.startsWith('版本', A.end) || (s.charCodeAt(A.end) === 0x7248 /* 版 */ && !'权權面税稅图圖块塊'.includes(s[A.end + 1] ?? '_')))) return A.end;
      kind = 'other';
      baseUnit = '';
    }
    // Values.
    let value: number | null;
    let low: number | null;
    let high: number | null;
    let q: Qualifier = 'exact';
    if (B) {
      value = null;
      // "800 MW-1 GW", "three months to two years": each side in its own unit.
      const factorA = uA && uB && uA !== uB && uA.def.kind === uB.def.kind && kind === uA.def.kind ? uA.def.factor : factor;
      low = A.vague ? mulSide(factorA, A, A.lo) : mulSide(factorA, A, A.v);
      high = B.vague ? mulSide(factor, B, B.hi) : B.more ? mulSide(factor, B, B.hi) : mulSide(factor, B, B.v);
      q = 'range';
      // 8成至8成5: the tenths written after a side's 成 (7成5 is 75%).
      if (high !== null && uB?.def.plusUnits) high += uB.def.plusUnits * factor;
      // "55-65,000 GB200 GPUs": a bare first side before a grouped second side in thousands shares its thousands
      // (so under one scale word: "Rs 70-75,000 crore").
      if (low !== null && high !== null && A.a && B.a && !A.a.grouped && !A.a.decimal && A.a.intDigits <= 3 && B.a.grouped && A.scale === B.scale && isDash(s.charCodeAt(A.end)) && A.v! * 1000 <= B.v! && A.v! * 10000 > B.v!) low *= 1000;
      if (isDigit(s.charCodeAt(B.start)) && moreThanSideHedgeBefore(s, B.start)) high = null;
      if (s.charCodeAt(B.start - 1) === 32 && EN_MORE_THAN_SIDE_BEFORE.test(s.slice(Math.max(0, B.start - 18), B.start))) high = null;
      // "$50M–$2B+": a plus after the second side opens the top as 逾 before it does.
      if (B.inner === 'more-than') high = null;
      // "-3% to -5%": a decline written from the smaller to the larger fall runs from -5 to -3.
      if (low !== null && high !== null && low > high && signedDeclines(s, A, B)) [low, high] = [high, low];
      // "32-28nm 工艺", "28-14nm": process nodes are named from the older, larger one down.
      if (low !== null && high !== null && low > high && kind === 'length' && factor === 1e-9) [low, high] = [high, low];
      // "a 230-34.5-kV substation": a transformer's two voltages, the first taking the second's unit (as 132/33 kV).
      if (low !== null && high !== null && low > high && kind === 'voltage' && A.v !== null && !A.vague && !B.vague && isDash(s.charCodeAt(A.end))) {
        this.emitSimple(A.start, A.end, 'voltage', low, baseUnit, this.prefixAt(A.start));
        return B.start;
      }
      if (low !== null && high !== null && low > high) {
        // "2024-25": second side abbreviated.
        return this.bail(A, end, uA !== null || !!A.cur || A.scale > 1);
      }
    } else if (A.vague || A.pair) {
      value = null;
      low = mulSide(factor, A, A.lo);
      high = mulSide(factor, A, A.hi);
      q = A.pair ? 'range' : 'vague';
    } else if (A.more) {
      value = mulSide(factor, A, A.v);
      low = mulSide(factor, A, A.lo);
      high = mulSide(factor, A, A.hi);
      q = 'more-than';
    } else {
      value = mulSide(factor, A, A.v);
      low = null;
      high = null;
    }
    // Prefix hedge: only now, for a figure that is kept (most candidates are dropped above).
    const prefix = this.prefixAt(A.start);
    // Suffix hedge.
    let suffix = suffixQualifier(s, end, kind === 'ratio' || kind === 'duration' || kind === 'count' && unit?.def.classifier === true && false);
    // "40kW 以上": a typeset space between a Latin unit and a Chinese hedge (panguGaps spans digits only).
    if (!suffix && s.charCodeAt(end) === 32 && isLatin(s.charCodeAt(end - 1)) && s.charCodeAt(end + 1) >= 0x4e00) {
      const spaced = suffixQualifier(s, end + 1, false);
      // ("32GB 及以上": 及以上 and 或以上 too.)
      if (spaced && (spaced.text.length === 2 || spaced.text === '及以上' || spaced.text === '或以上')) suffix = spaced;
    }
    // 降至0.46元/千瓦时左右: a suffix hedge after a price's per-unit, which joins the span; "600kWh/month or
    // less": after an English per-time too.
    if (!suffix && s.charCodeAt(end) === 47 /* / */) {
      // (0.28元/Wh左右: a Latin per-unit too.)
      const per = kind === 'money' ? /^\/(?:[\u4e00-\u9fff]{1,3}|[kMGT]?Wh|[kMGT]?W|GPU|kg|t)(?=左右|上下|以上|以下)/.exec(s.slice(end, end + 6)) : /^\/(?:month|mo|year|yr|day|week|hour|hr)(?= or )/i.exec(s.slice(end, end + 10));
      const after = per ? suffixQualifier(s, end + per[0].length, false) : null;
      if (after) suffix = after;
    }
    let sq: Qualifier | null = orMoreBeforeUnit && !B ? 'more-than' : !B ? sqAfterNoun : null;
    // "$350mn (or more)": the hedge in brackets after the figure bounds it (the bracket stays outside the span).
    if (!suffix && !B && (s.charCodeAt(end) === 40 || s.charCodeAt(end + 1) === 40) && BRACKETED_OR_MORE.test(s.slice(end, end + 12))) sq = 'more-than';
    // "三年以内完成", "时延5ms以内": after a duration 以内 is a time frame like 内 (outside, exact).
    if (suffix && !sq && !(kind === 'duration' && s.startsWith('以内', end))) {
      sq = suffix.q;
      end = suffix.end;
    }
    // 年内 / 以内 after durations
    // 两年半, 一天半, 一吨半, 3公里半: a half after the unit; 3个半月: inside it. Not 三年半导体.
    if (value !== null && unit?.def.plusUnits) value += unit.def.plusUnits * factor;
    else if (value !== null && unit && s.charCodeAt(end) === 0x534a /* 半 */ && !HALF_WORDS.includes(s[end + 1] || '.') && (kind === 'mass' || kind === 'length' || (kind === 'duration' && HALF_AFTER.has(unit.def.timeWord ?? '')))) {
      value += 0.5 * factor;
      end++;
    }
    // 4令吉51仙, 3元5角, 1美元50美分: the currency's hundredths (or tenths) written after its whole units.
    if (value !== null && unit && kind === 'money' && !B && lastSide.scale === 1 && unit.def.factor === 1) {
      for (let parts = 0; parts < 2; parts++) {
        const sub = subunitAfter(s, end, unit.text);
        if (!sub) break;
        value += sub.value;
        end = sub.end;
      }
    }
    let pq: Qualifier | null = prefix && prefix.q !== 'range' ? prefix.q : null;
    // "built over five years", "over the next three years": over + a duration is the time span.
    // But "is over 25 years old", "for over a decade", "in over 20 years", "over 10 years ago" are more than it.
    if (pq && kind === 'duration' && prefix!.text === 'over' && !this.overMeansMore(prefix!.at, end)) pq = null;
    // "2.2 gigawatts more than three months ago": right after a figure, "more than" compares that figure with the
    // time named, and hedges no time (as "17% more than a year earlier").
    if (pq && kind === 'duration' && /^(?:more|less|fewer) than$/i.test(prefix!.text) && /^ (?:ago|earlier|before|prior)\b/i.test(s.slice(end, end + 8)) && this.figureEndsAt(skipBackSp(s, prefix!.at))) pq = null;
    // "with a $470 million estimated cost": the estimate written after the amount hedges it.
    if (!pq && !sq && kind === 'money' && ESTIMATED_AFTER.test(s.slice(end, end + 24))) sq = 'about';
    // "for as long as 30 years", 长达12年 are at most that long; before an amount "as long as" is a condition, and
    // 长达53.5% only stresses the size.
    if (pq && kind !== 'duration' && (prefix!.text.toLowerCase() === 'as long as' || prefix!.text === '长达')) pq = null;
    // "starting at $199" is a price's floor; "starting at 100 MW" is where a build begins.
    if (pq && kind !== 'money' && STARTING_AT.test(prefix!.text)) pq = null;
    // 约是五年前的17倍: the hedge is of the multiple after 的, not of the time ago.
    // (这次和万国数据近一年前的发债: with no figure after 的 the hedge is of the time.)
    // (约为五年前云服务器的50倍: what the multiple is of may stand between 前 and 的.)
    const agoOf = pq && kind === 'duration' && s.charCodeAt(end) === 0x524d /* 前 */ ? /^前[^，,。；;！？\d]{0,10}?的/.exec(s.slice(end, end + 14)) : null;
    if (agoOf && FIGURE_START.test(s.slice(end + agoOf[0].length, end + agoOf[0].length + 1))) pq = null;
    // 約是兩年千億元以上: a span of time right before an amount says what the amount is over; the hedge is the amount's.
    if (pq && kind === 'duration' && AMOUNT_AFTER_SPAN.test(s.slice(end, end + 12))) pq = null;
    let start = A.start;
    if (prefix && prefix.q === 'range' && !B) pq = null;
    if (prefix && pq && kind === 'ratio' && prefix.text && /^[a-z ]+$/.test(prefix.text) && !PASSING_VERB.test(prefix.text) && prefix.at >= this.lastEnd) start = prefix.at;
    if (prefix && prefix.q === 'range' && B && prefix.at >= this.lastEnd) start = prefix.at;
    if (!sq && (A.inner || unit?.def.more)) sq = A.inner ?? 'more-than';
    // 六个多月: more than six months and fewer than seven, like 2万多; so is 两年多, 一个月余 (多, 余 after the time word).
    const partUnitMore = kind === 'duration' && sq === 'more-than' && (suffix?.text === '多' || suffix?.text === '余');
    const moreStep = !B && (unit?.def.more || partUnitMore) && value !== null ? factor : 0;
    const hedge = sq ?? pq;
    if (q === 'exact' && hedge) {
      q = hedge;
      ({ low, high } = bounds(q, value!, kind));
      if (moreStep && q === 'more-than') high = value! + moreStep;
    } else if (hedge && (q === 'vague' || q === 'range' || q === 'more-than')) {
      // "at least thousands" opens the top; "up to $27B–$30B", "高达数百亿美元" keep their bounds:
      // the ceiling is somewhere in the range, and its low end is still what was written.
      if (hedge === 'at-least' || hedge === 'more-than') high = q === 'more-than' ? high : null;
      // (高達3,000多億元: a ceiling on "more than 3,000億" lies between it and the next step, as for a range.)
      if (q === 'more-than' && (hedge === 'up-to' || hedge === 'less-than' || hedge === 'at-most')) q = hedge;
    }
    // "increases by a factor of six times", "by a factor of two", "by a factor of more than two", "a factor of three or
    // more": the phrase is in a multiple's span, as in "a factor of 1,000" (a bare count after it becomes the multiple).
    if ((kind === 'ratio' || (kind === 'count' && !noun && !unit)) && start === A.start) {
      // (A hedge may stand inside the phrase, before the number; only then is a count's own hedge passed over.)
      const at = kind === 'count' && prefix && prefix.q !== 'exact' && prefix.q !== 'range' ? prefix.at : A.start;
      const factorOf = s.charCodeAt(at - 2) === 102 /* f */ && s.charCodeAt(at - 3) === 111 /* o */ ? FACTOR_OF.exec(s.slice(Math.max(0, at - 32), at)) : null;
      if (factorOf && at - factorOf[0].length >= this.lastEnd) {
        start = at - factorOf[0].length;
        if (kind === 'count') {
          kind = 'ratio';
          baseUnit = 'ratio';
        } else if (q === 'exact' && value !== null) {
          // "by roughly a factor of 10 times": a hedge before the phrase.
          const hedged = prefixQualifier(s, start);
          if (hedged && hedged.q !== 'exact' && hedged.q !== 'range') {
            q = hedged.q;
            ({ low, high } = bounds(q, value, kind));
          }
        }
      }
    }
    // 零下30℃, "minus 40 degrees": below zero, written as a word before the number.
    if (kind === 'temperature') {
      const below = s.startsWith('零下', start - 2) ? 2 : s.startsWith('minus ', start - 6) ? 6 : 0;
      // ("swing from plus 120 degrees Celsius … to minus 150": plus, the sign of a temperature above zero, is in the span too.)
      if (!below && s.startsWith('plus ', start - 5) && !isAlnum(s.charCodeAt(start - 6))) start -= 5;
      if (below) {
        start -= below;
        if (value !== null) value = -value;
        [low, high] = [high === null ? null : -high, low === null ? null : -low];
      }
    }
    // 涨幅自30%起, 从100元起: "starting from" a level is a floor (起 stays outside, as 起 of 3月1日起 does).
    if (q === 'exact' && value !== null && (kind === 'percent' || kind === 'money') && (s[start - 1] === '自' || s[start - 1] === '从') && s[end] === '起' && !isCJK(s.charCodeAt(end + 1))) {
      q = 'at-least';
      low = value;
      high = null;
    }
    const approx = q === 'about' || q === 'nearly' || q === 'vague';
    let time: TimeRef | undefined;
    if (kind === 'duration') {
      const div = factor;
      time = { label: durationLabel(value === null ? null : value / div, low === null ? null : low / div, high === null ? null : high / div, timeWord ?? 'year') };
    }
    if (kind === 'count' && !noun && A.src === 'ar' && !unit && A.isOne && lastSide.scale === 1 && !this.nameListBracket(A)) return end;
    // "(see 2411120011 and 2410230019)": nine or more digits, ungrouped, with no unit, noun or hedge,
    // are an identifier (an article, case or phone number); copy groups its large counts.
    if (kind === 'count' && !noun && !unit && !B && q === 'exact' && A.src === 'ar' && A.scale === 1 && !A.cur && A.a && !A.a.grouped && !A.a.decimal && A.a.intDigits >= 9) return end;
    // ("陈彤 S0800522100004 18859272982 张璟": a mainland mobile number, eleven digits from 13 to 19, before a name's 张.)
    if (kind === 'count' && !noun && !B && A.src === 'ar' && A.scale === 1 && !A.cur && A.a && !A.a.grouped && !A.a.decimal && A.a.intDigits === 11 && /^1[3-9]/.test(s.slice(A.start, A.start + 2))) return A.end;
    if (start < this.lastEnd) return end;
    // Every field written in figureRecord's order (figures/record.ts), so it is pushed without the
    // copy: the copy read a figure of one of eight shapes, which made its reads megamorphic.
    const f: Figure = {
      offset: start, length: end - start, text: this.o.slice(start, end), kind, value, low, high, unit: baseUnit, qualifier: q, approx,
      noun: noun || undefined, unitText: unitText || undefined, time, lang: this.langOf(start, end),
    };
    this.push(f, true);
    return end;
  }

  /**
   * A change verb ends right before `start`, or before its prefix hedge: Chinese (增长, 提高, 涨了 …:
   * 增长逾一倍) or, with `english`, an English one, maybe with "by" (rose, fell by).
   */
  private afterChangeVerb(start: number, english = false): boolean {
    const p = this.prefixAt(start);
    // "rose by as much as 14.4 basis points to 151.3": an English hedge is words long.
    const at = p && p.q !== 'exact' && start - p.at <= (english ? 16 : 3) ? p.at : start;
    // 盤中最高漲465點至27,768點: the verb between the hedge and the amount.
    if (ZH_CHANGE_VERB.test(this.s.slice(Math.max(0, at - 4), at)) || (at < start && ZH_CHANGE_VERB.test(this.s.slice(Math.max(at, start - 4), start)))) return true;
    // 比原本设置的投资金额高逾一倍: a comparative after 比 earlier in the clause compares, as 高出 does.
    if (!english && COMPARATIVE_AFTER_BI.test(this.s.slice(Math.max(0, at - 24), at))) return true;
    // (将比先前预估超过一倍: a hedge of excess after 比 and what is compared with is the comparative itself.)
    if (!english && at < start && /^(?:超过|超出|高出|多出)$/.test(this.s.slice(at, start)) && /[比较較][^，,。；;：:！？\d]{1,20}$/.test(this.s.slice(Math.max(0, at - 24), at))) return true;
    if (!english) return false;
    let w = this.prevWord(at);
    // "will increase a whopping 894.4% to 77.8 million": an intensifier between the verb and the amount.
    if (w === 'whopping' || w === 'staggering' || w === 'massive' || w === 'hefty' || w === 'modest') {
      const a = skipBackSp(this.s, at) - w.length;
      const article = this.prevWord(a);
      w = article === 'a' ? this.prevWord(skipBackSp(this.s, a) - 1) : article;
    }
    // "fell as much as 11.3% or 61 sen to RM4.77": the same change restated after "or".
    if (w === 'or') {
      const last = this.out[this.out.length - 1];
      // ("gained 322.40 points or 0.81 per cent to 40,305.38": the points first, the percent restating them.)
      return !!last && /^\s+(?:points?\s+|pts\s+)?or\s+$/.test(this.s.slice(last.offset + last.length, at)) && last.offset < start && this.afterChangeVerb(last.offset, true);
    }
    // ("edged up 12.7 points", "ticked down 0.1 per cent": up or down after a verb of small moves.)
    if ((w === 'up' || w === 'down') && SMALL_MOVE_VERBS.has(this.prevWord(skipBackSp(this.s, at) - w.length - 1) ?? '')) return true;
    if (w !== 'by') return w !== null && CHANGE_VERBS.has(w);
    const by = skipBackSp(this.s, at) - 2;
    if (CHANGE_VERBS.has(this.prevWord(by) ?? '')) return true;
    // "increase its CoWoS capacity by 79%": the verb's object between it and "by" (same clause, up to six words:
    // "increase the installed capacity of Clinton by 30 MW to 1,151 MW").
    const back = this.s.slice(Math.max(0, by - 70), by);
    const clause = back.slice(Math.max(back.lastIndexOf(','), back.lastIndexOf('.'), back.lastIndexOf(';'), back.lastIndexOf(':')) + 1);
    return (clause.toLowerCase().match(/[a-z]+/g) ?? []).slice(-7).some((w) => CHANGE_VERBS.has(w));
  }

  /** A change's noun (涨幅, 增幅, 幅度) and a hedge right before `start`: 漲幅超過一倍. */
  private afterChangeNoun(start: number): boolean {
    const p = this.prefixAt(start);
    if (!p || p.q === 'exact' || start - p.at > 3) return false;
    return /(?:[涨漲跌增升降]幅|幅度)(?:达|達|为|為|已)?$/.test(this.s.slice(Math.max(0, p.at - 4), p.at));
  }

  /**
   * 小涨15元至1,175元, 涨0.5%至3.2%, "rose $15 to $1,175": after a change verb, an amount with its own
   * unit and a side more than five times larger are the change and the new level, not a range
   * (增长13%至15%, 增加20%至40%, "rose 15 to 20 percent" stay ranges).
   */
  private changeAndLevel(A: Side, uA: UnitHit | null, B: Side, uB: UnitHit | null): boolean {
    if (!uA && !A.cur) return false;
    // ("shares crashed 20.1% to 27.11", 下跌20.1%至27.11: a bare level in hundredths after a percent change is a price.)
    if (uA?.def.unit === 'percent' && !uB && !B.cur && B.scale === 1 && HUNDREDTHS_END.test(this.s.slice(B.start, B.end)) && this.afterChangeVerb(A.start, true)) return true;
    // "raised roughly $1.38 to $1.4 billion": a first side with no scale word takes the second's.
    if (A.scale === 1 && !A.scaleText && B.scale > 1 && (A.cur ? B.cur === A.cur : !!uB && uB.def.unit === uA!.def.unit)) return false;
    const a = mulSide(uA ? uA.def.factor : 1, A, A.v);
    // "rose 20 sen to RM5.10": a second side with its own currency sign is in whole units.
    // ("the rupee fell 66 paise to 91.07": a bare level after a hundredth is in whole units too.)
    const b = mulSide(uB ? uB.def.factor : uA && !B.cur && !(uA.def.kind === 'money' && uA.def.factor === 0.01) ? uA.def.factor : 1, B, B.v);
    return a !== null && b !== null && b > 5 * Math.abs(a) && this.afterChangeVerb(A.start, true);
  }

  /**
   * "1,000 kilowatts – 1 megawatt – per rack": a spaced en dash between two whole figures (units on both sides,
   * or currencies with the same scale) that the same dash closes after the second sets off an aside; one (or a
   * spaced hyphen) that restates the amount in another unit is no range either. "400 MW – 1 GW", "50,000 – 80,000",
   * "€8 - €10 billion" stay ranges.
   */
  private dashAside(end: number, A: Side, uA: UnitHit | null, B: Side, uB: UnitHit | null): boolean {
    const s = this.s;
    // "~559 kW—2.3–4× more power": an em dash glued after a whole figure, before a range of its own, opens an aside.
    const next = s.charCodeAt(B.end);
    if (s.charCodeAt(end) === 0x2014 && uA && !uB && (next === 45 || next === 0x2013 || next === 0x2014) && isDigit(s.charCodeAt(B.end + 1))) return true;
    const q = skipSp(s, end);
    const dash = s.charCodeAt(q);
    if (q === end || !isGroupSpace(s.charCodeAt(q + 1)) || (dash !== 0x2013 && dash !== 45)) return false;
    const e = uB ? Math.max(uB.end, B.end) : B.end;
    const k = skipSp(s, e);
    const whole = (uA && uB) || (A.cur && B.cur && A.scale === B.scale);
    if (whole && dash === 0x2013 && k > e && s.charCodeAt(k) === dash && isGroupSpace(s.charCodeAt(k + 1))) return true;
    if (!uA || !uB || uA.def.unit !== uB.def.unit) return false;
    const a = mulSide(uA.def.factor, A, A.v);
    const b = mulSide(uB.def.factor, B, B.v);
    return a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.abs(a);
  }

  /**
   * 从18个月到7个月, 5亿美元至3亿美元, "from 18 months to 7 months": two whole figures, each with its own
   * unit, falling from the first to the second are where something went from and to, not a range
   * (an abbreviated second side, as in 2024-25, has no unit of its own).
   */
  private fromHighToLow(A: Side, uA: UnitHit | null, B: Side, uB: UnitHit | null): boolean {
    if (!((uA && uB) || (A.cur && B.cur)) || A.vague || B.vague || signedDeclines(this.s, A, B)) return false;
    const a = mulSide(uA ? uA.def.factor : 1, A, A.v);
    const b = mulSide(uB ? uB.def.factor : 1, B, B.v);
    return a !== null && b !== null && a > b;
  }

  /**
   * "by a margin of 72 to 65", "voted 5-2", "a 4–1 vote", "ruled 6-3": two bare whole numbers of a vote are
   * the counts of each side, not a range of one quantity. A vote word before them in the clause, or after
   * the second ("vote", "decision", "ruling", "majority").
   */
  private voteTally(A: Side, uA: UnitHit | null, B: Side, uB: UnitHit | null): boolean {
    if (uA || uB || A.cur || B.cur || A.src === 'zh' || B.src === 'zh' || A.scale !== 1 || B.scale !== 1 || A.a?.decimal || B.a?.decimal || A.a?.grouped) return false;
    const s = this.s;
    if (VOTE_AFTER.test(s.slice(B.end, B.end + 24))) return true;
    // After vote wording, nothing counted may follow the second number ("approved 3-5 new sites" is a range).
    const q = skipSp(s, B.end);
    // "voted 4–3 Feb. 18 to refer": the date of the vote may follow.
    const next = isLatin(s.charCodeAt(q)) ? s.slice(q, wordEnd(s, q)).toLowerCase() : '';
    // "voted 2-1 Tuesday": or its weekday; "voted 4 – 1 denying the request": or what the vote did.
    // ("voted 2-1 against the proposal", "in favor of": the side the vote took.)
    if (isAlnum(s.charCodeAt(B.end)) || (next && !EN_STOP.has(next) && next !== 'against' && next !== 'in' && !((MONTHS.has(next) || WEEKDAYS.has(next)) && isUpper(s.charCodeAt(q))) && !(next.length > 5 && next.endsWith('ing')))) return false;
    return VOTE_BEFORE.test(s.slice(stretchBack(s, A.start, 48, SENTENCE_STOPS), A.start)) || TALLY_BEFORE.test(s.slice(Math.max(0, A.start - 32), A.start));
  }

  /**
   * 。2, ！1: a bare one- or two-digit number right after a Chinese full stop is a footnote marker
   * (the sentence it would start has no unit or noun for it).
   */
  private footnoteAfterStop(A: Side): boolean {
    if (A.src !== 'ar' || A.scale !== 1 || A.sign !== 1 || A.a!.decimal || A.a!.intDigits > 2) return false;
    const prev = this.s.charCodeAt(A.start - 1);
    return prev === 0x3002 /* 。 */ || prev === 0xff01 /* ！ */ || prev === 0xff1f /* ？ */;
  }

  private pfxPos = -1;
  private pfxVal: QualMatch | null = null;
  /** The prefix hedge before `start`, computed once per position. */
  private prefixAt(start: number): QualMatch | null {
    if (start !== this.pfxPos) {
      this.pfxPos = start;
      this.pfxVal = prefixQualifier(this.s, start);
    }
    return this.pfxVal;
  }

  /**
   * A range whose second side is below its first ("158%-1" before a note mark, "4.93B—four weeks"): no range.
   * A first side with its own unit, currency or scale is read again on its own (parsed afresh: complete() may have changed the side it was given).
   */
  private bail(A: Side, end: number, ownUnit: boolean): number {
    // (Bare numbers joined downwards are codes: ISO 14064-1, county code 14-4.)
    const fresh = !ownUnit || this.singleAt === A.start ? null : this.parseSide(A.start);
    if (!fresh || fresh.end !== A.end) return Math.max(A.end, end);
    this.singleAt = A.start;
    const r = this.complete(fresh);
    this.singleAt = -1;
    return r;
  }

  private compatible(A: Side, uA: UnitHit | null, B: Side, uB: UnitHit | null): boolean {
    const kA = A.cur ? 'money' : uA ? uA.def.kind : null;
    const kB = B.cur ? 'money' : uB ? uB.def.kind : null;
    if (kA && kB && kA !== kB) return false;
    if (uA && uB && uA.def.kind !== uB.def.kind) return false;
    // "at $4.95 – 7.99% lower": an amount of money and a percent after it are no range (the second side inherits
    // the first's currency sign as it is read).
    if ((A.cur && uB && uB.def.kind !== 'money') || (B.cur && uA && uA.def.kind !== 'money')) return false;
    // "an exchange rate of 1 USD to NT$31.1": two currencies make no range.
    // (A bare 元 after a named currency is that currency's: 美金346亿元到358亿元.)
    if ((uA && uA.def.kind === 'money' && B.cur && uA.def.unit !== B.cur && !uA.text.endsWith('元')) || (uB && uB.def.kind === 'money' && A.cur && uB.def.unit !== A.cur && !uB.text.endsWith('元'))) return false;
    // 從人民幣3億元到11億美元: a named currency on the first side, another currency's word (not a bare 元) on the second.
    if (A.cur && uB && uB.def.kind === 'money' && uB.text !== '元' && uB.def.unit !== A.cur) return false;
    // "上调约4个百分点至39%": percentage points and a percent are a change and a level, not a range.
    if (uA && uB && uA.def.unit !== uB.def.unit && (uA.def.unit === 'pp' || uB.def.unit === 'pp')) return false;
    if (A.cur && B.cur && A.cur !== B.cur) return false;
    // 数千万至数亿条, 几十到几百亿元: two vague Chinese sides are one range from the first's low to the second's high.
    if (A.vague && B.vague && A.lo !== null && B.hi !== null) return A.lo < B.hi;
    if (A.vague || B.vague) return false;
    if (B.v === null || A.v === null) return false;
    // "surged 50x in one year to 480 trillion": a length of time is no side of a range whose other side is a
    // bare amount in millions or more.
    // ("grow by another 165.5% to 114 million units": nor is a percent.)
    if (uA && (uA.def.kind === 'duration' || uA.def.kind === 'percent') && !uB && B.scale >= 1e6) return false;
    // ("doubled it in 92 days to 200k GPUs": nor is a count of a known noun.)
    if (uA && uA.def.kind === 'duration' && !uB && this.englishNoun(skipSp(this.s, B.end), 0)) return false;
    return true;
  }

  /**
   * 比例从1:2.5升至1:5: the figure just before start is a proportion (X:Y, X比Y) that a change or a list joins to
   * the one at start, which is then a proportion too.
   */
  private proportionBefore(start: number): boolean {
    const last = this.out[this.out.length - 1];
    if (!last || last.kind !== 'ratio' || start - (last.offset + last.length) > 4) return false;
    return /\d[:：∶比]\d/.test(last.text) && PROPORTION_JOIN.test(this.s.slice(last.offset + last.length, start));
  }

  /**
   * The unit of a Chinese list of scaled amounts (2700亿和3300亿美元, 100亿、200亿、300亿元) for a first
   * member A that has none: each member in between has the same scale word and no unit, the
   * members are joined by 、和与及或, and the unit is one of measure (a classifier's noun would
   * reach past the member). Null when A is no such member.
   */
  private listUnitAfter(A: Side, pos: number): { unit: UnitHit; scale: number; scaleText: string } | null {
    const s = this.s;
    // (In Chinese numerals too: 十五億、十五億、十億、十億元.)
    if ((A.src !== 'ar' && A.src !== 'zh') || A.vague) return null;
    // 淨入21及10.2億元: bare members before the last take its scale too (21億 and 10.2億), as a range's
    // first side without 万/亿 takes the second's.
    const bare = A.src === 'ar' && A.scale === 1 && !A.scaleText;
    // A member in Chinese numerals carries its 万 or 亿 inside its value: the members must end in the same one.
    const zhBig = A.src === 'zh' ? s.charCodeAt(A.end - 1) : 0;
    // 三、四倍, 逾四十二、三十年: a bare Chinese numeral (two or more) listed before a member with 倍, 成, 折 or 年 takes its unit.
    if (A.src === 'zh' && zhBig !== WAN && zhBig !== YI && A.scale === 1 && (A.v ?? 0) >= 2 && s.charCodeAt(pos) === 0x3001 /* 、 */) {
      const next = this.parseSide(pos + 1, undefined);
      if (!next || next.src !== 'zh' || next.vague || next.scale !== 1) return null;
      const unit = this.readUnit(next.end, next);
      // 上看三、四千億元, 二、三十億元: a one-character numeral before the next one up, written with its places, takes them
      // (3e11 and 4e11), as 二至三百颗 does in a range.
      const lead = ZH_DIGIT_VALUES.indexOf(s[pos + 1]);
      const places = lead > 0 && next.v !== null ? next.v / lead : 0;
      if (unit && unit.def.kind !== 'count' && A.end - A.start === 1 && lead === A.v! + 1 && places >= 10 && Number.isInteger(Math.log10(places))) return { unit, scale: places, scaleText: '' };
      // (过去三、四个月: months too.)
      return unit && ((ZH_LIST_UNITS.includes(s[unit.start]) && unit.end - unit.start === 1) || s.slice(unit.start, unit.end) === '个月') && !LIST_YEAR_WORD_SECOND.includes(s[unit.end] ?? '_') ? { unit, scale: 1, scaleText: '' } : null;
    }
    // (未來5、10年: two Arabic lengths of years listed, the last naming 年; other units go on to the lists below.)
    if (bare && !A.a?.decimal && !A.a?.grouped && (A.v ?? 0) >= 2 && s.charCodeAt(pos) === 0x3001 /* 、 */) {
      const next = this.parseSide(pos + 1, undefined);
      const unit = next && next.src === 'ar' && next.scale === 1 && !next.a?.decimal ? this.readUnit(next.end, next) : null;
      if (unit && s.slice(unit.start, unit.end) === '年' && unit.def.kind === 'duration' && !LIST_YEAR_WORD_SECOND.includes(s[unit.end] ?? '_') && (next!.v ?? 0) > (A.v ?? 0)) return { unit, scale: 1, scaleText: '' };
    }
    if (A.src === 'zh' ? zhBig !== WAN && zhBig !== YI : !bare && (A.scale === 1 || !isCJK(A.scaleText.charCodeAt(0)))) return null;
    for (let members = 0; members < 8; members++) {
      // ("三星晶圆代工部门 5 / 3 奈米": typeset copy spaces a slash.)
      if (s.charCodeAt(pos) === 32 && s.charCodeAt(pos + 1) === 47 && s.charCodeAt(pos + 2) === 32) pos++;
      const c = s.charCodeAt(pos);
      // Broker notes list forecast years with slashes (1237/1642/1846亿美元).
      // 1.8万甚至2万KW, 2500億甚至3000億美元, 百万乃至千万: "or even" joins a list too.
      const evenJoin = (c === 0x751a /* 甚 */ || c === 0x4e43 /* 乃 */) && s.charCodeAt(pos + 1) === 0x81f3 /* 至 */;
      if (c !== 0x3001 /* 、 */ && c !== 0x548c /* 和 */ && c !== 0x4e0e /* 与 */ && c !== 0x53ca /* 及 */ && c !== 0x6216 /* 或 */ && c !== 47 /* / */ && !evenJoin) return null;
      const next = this.parseSide(skipSp(s, pos + (evenJoin ? 2 : 1)), undefined);
      if (!next || next.src !== A.src || next.cur || next.vague) return null;
      const scaled = bare && next.scaleText !== '' && isCJK(next.scaleText.charCodeAt(0)) && next.scale >= 1e4;
      if (zhBig ? s.charCodeAt(next.end - 1) !== zhBig : next.scaleText !== A.scaleText && !scaled) return null;
      const unit = this.readUnit(next.end, next);
      // (分別41和49歲: ages are the one length of time a list shares.)
      if (unit) return unit.def.kind === 'count' || (unit.def.kind === 'duration' && unit.text !== '岁' && unit.text !== '歲') ? null : zhBig ? { unit, scale: 1, scaleText: '' } : { unit, scale: next.scale, scaleText: next.scaleText };
      if (scaled) return null;
      pos = next.end;
    }
    return null;
  }

  /**
   * The unit of an English list of bare numbers whose last member names it ("five, seven, 10, 20, 30
   * and 40-year notes", "10, 20 and 30 GW", "5-, 7- and 10-year bonds"): members joined by commas and
   * a final "and"/"or", none with a unit, currency, scale or hedge of its own. Counted nouns share nothing.
   */
  private englishListUnitAfter(A: Side, pos: number): { unit: UnitHit; scale: number; scaleText: string } | null {
    const s = this.s;
    if ((A.src !== 'ar' && A.src !== 'en') || A.vague || A.cur || A.scale !== 1 || A.scaleText || A.v === null) return null;
    // Most numbers are followed by neither a comma, "and"/"or" nor a hanging hyphen: no slicing for them.
    const c0 = s.charCodeAt(pos);
    if (c0 !== 44 && c0 !== 45 && !(c0 === 32 && (s.charCodeAt(pos + 1) === 97 || s.charCodeAt(pos + 1) === 111))) return null;
    for (let members = 0; members < 8; members++) {
      // "5-, 7- and 10-year": a hyphen left hanging for the unit to come.
      if (s.charCodeAt(pos) === 45 && (s.charCodeAt(pos + 1) === 44 || s.charCodeAt(pos + 1) === 32)) pos++;
      const sep = ENGLISH_LIST_JOIN.exec(s.slice(pos, pos + 6));
      // "caused 35, or 8.4 percent, of the interruptions": a comma and "or" after the first number restate it.
      // ("in the next 10, 20, or 50 years": not after a member of the list before it, where the comma is the serial one.)
      if (!sep || (members === 0 && sep[0] === ', or ' && !/\d, $/.test(s.slice(Math.max(0, A.start - 3), A.start)))) return null;
      const at = pos + sep[0].length;
      if (prefixQualifier(s, at)) return null;
      const next = this.parseSide(at, undefined);
      if (!next || (next.src !== 'ar' && next.src !== 'en') || next.cur || next.vague || next.scale !== 1 || next.scaleText || next.v === null) return null;
      const unit = this.readUnit(next.end, next);
      // (The member that names the unit closes the list with "and" or "or": "(17.6, 1.76, 11.11%)", a stock's
      // price, change and percent change, share nothing.)
      if (unit) return unit.def.kind === 'count' || sep[0] === ', ' ? null : { unit, scale: 1, scaleText: '' };
      pos = next.end;
    }
    return null;
  }

  /**
   * "from 155,000 megawatts in 2025 to around 230,000 in 2039", "178,895 MW in 2034 and 193,123 in
   * 2039": a bare level set against a year, after a level with its unit set against a year, is in
   * that unit. The unit (no scale, no currency) as a hit of no width at A's end; null otherwise.
   */
  private unitOfParallelLevel(A: Side): UnitHit | null {
    const s = this.s;
    const n = this.out.length;
    if (A.src !== 'ar' || A.cur || A.scale !== 1 || A.vague || A.v === null || n < 2 || s.charCodeAt(A.end) !== 32) return null;
    if (!/^ +(?:in|by) +(?:19|20)\d\d\b/.test(s.slice(A.end, A.end + 12))) return null;
    const year = this.out[n - 1];
    const level = this.out[n - 2];
    if (year.kind !== 'year' || year.value === null || !level.unitText || level.qualifier === 'range') return null;
    if (!/^ +(?:in|by) +$/.test(s.slice(level.offset + level.length, year.offset))) return null;
    const from = this.prefixAt(A.start)?.at ?? A.start;
    if (!/^,? +(?:to|and) +$/.test(s.slice(year.offset + year.length, from))) return null;
    const unit = this.latinUnitOf(level);
    if (!unit || unit.def.kind === 'money' || unit.def.kind === 'count' || unit.def.kind === 'percent' || unit.def.kind === 'duration') return null;
    return { def: unit.def, start: A.end, end: A.end, text: '' };
  }

  /**
   * "from 4.4 GW to 5.", "extended … from four years to six (!)": a bare level after "to", right after a first level
   * with its unit that "from" opens, is in that unit (a range would have joined them). The unit as a hit of no
   * width at A's end; null otherwise.
   */
  private unitOfChangeLevel(A: Side): UnitHit | null {
    const s = this.s;
    const n = this.out.length;
    if ((A.src !== 'ar' && A.src !== 'en') || A.cur || A.scale !== 1 || A.vague || A.v === null || n < 1) return null;
    if (!LEVEL_ENDS_AFTER.test(s.slice(A.end, A.end + 8))) return null;
    // ("widened from 368 basis points in early October to 643": the first level's time between.)
    const last = this.out[n - 1];
    const timed = n >= 2 && (last.kind === 'date' || last.kind === 'period') && /^ +(?:in|at|by|during) +$/.test(s.slice(this.out[n - 2].offset + this.out[n - 2].length, last.offset));
    const level = timed ? this.out[n - 2] : last;
    if (!level.unitText || level.qualifier === 'range' || level.value === null) return null;
    const from = this.prefixAt(A.start)?.at ?? A.start;
    const between = s.slice(last.offset + last.length, from);
    // ("cut its depreciation schedule to five years from six": the new level first, as in "to 29% from 17%".)
    const newFirst = /^ +from +$/.test(between);
    // ("from roughly 95,000 miles today to 187,000 by 2029": a word of now after the first level.)
    // ("from 15 months down to only 9": down or up before to, just or only after it.)
    if (!newFirst && !/^ +(?:(?:today|now|currently|at present) +)?(?:(?:down|up) +)?to +(?:(?:just|only) +)?$/.test(between)) return null;
    const levelFrom = this.prefixAt(level.offset)?.at ?? level.offset;
    // ("from an average of 50 megawatts": a noun of level between.)
    if (!(newFirst ? /\bto +$/i : FROM_LEVEL_BEFORE).test(s.slice(Math.max(0, levelFrom - 28), levelFrom))) return null;
    // (Basis points, written out, carry over: "from 368 basis points … to 643"; a percent does not.)
    if (/\bbasis[ -]points?$/i.test(level.unitText)) return { def: BASIS_POINTS, start: A.end, end: A.end, text: '' };
    const unit = this.latinUnitOf(level);
    if (!unit || unit.def.kind === 'money' || unit.def.kind === 'count' || unit.def.kind === 'percent') return null;
    return { def: unit.def, start: A.end, end: A.end, text: '' };
  }

  /** The Latin unit a figure ends in ("21 AI exaFLOPS": the last word of its unit text), or null. */
  /**
   * 從 22 萬億韓元增至 29 萬億: a bare second level of a Chinese change, its scale written, right after a first level with
   * its unit word that 从 or 由 opens, is in that unit (the mirror of 由3增至5亿元). The unit as a hit of no width at A's end.
   */
  private zhUnitOfChangeLevel(A: Side): UnitHit | null {
    const s = this.s;
    const n = this.out.length;
    if (A.src !== 'ar' || A.cur || A.scale === 1 || A.vague || A.v === null || n < 1) return null;
    const level = this.out[n - 1];
    if (level.lang !== 'zh' || !level.unitText || level.qualifier === 'range' || level.value === null || level.kind === 'count' || level.kind === 'percent') return null;
    const from = this.prefixAt(A.start)?.at ?? A.start;
    // (A comma may stand before the verb: 从原先的4.5万平方英尺,扩大至7万.)
    const between = s.slice(level.offset + level.length, from).trim().replace(/^[,，]\s*/, '');
    const to = ZH_CHANGE_TO.exec(between);
    if (!to || to[0].length !== between.length) return null;
    // (从原先的4.5万平方英尺,扩大至7万: the old level's adjective of time between 从 and it.)
    let lead = skipBackSp(s, this.prefixAt(level.offset)?.at ?? level.offset);
    const old = OLD_LEVEL_WORD_BEFORE.exec(s.slice(Math.max(0, lead - 4), lead));
    if (old) lead -= old[0].length;
    const c = s.charCodeAt(lead - 1);
    if (c !== 0x4ece /* 从 */ && c !== 0x7531 /* 由 */) return null;
    const end = level.offset + level.length;
    for (let k = Math.max(level.offset, end - 8); k < end; k++) {
      const unit = ZH_UNITS.match(s, k);
      if (unit && k + unit.len === end && unit.value.kind === level.kind) return { def: unit.value, start: A.end, end: A.end, text: '' };
    }
    return null;
  }

  private latinUnitOf(level: Figure): UnitHit | null {
    const s = this.s;
    const unitText = level.unitText!.slice(level.unitText!.lastIndexOf(' ') + 1);
    const unitAt = level.offset + level.length - unitText.length;
    const unit = isLatin(s.charCodeAt(unitAt)) ? this.latinUnit(unitAt, false) : null;
    return unit && unit.end === level.offset + level.length && unit.text === unitText ? unit : null;
  }

  private rangeConnector(pos: number, A: Side): number {
    const s = this.s;
    const c = s.charCodeAt(pos);
    if (c === 45 && noteMarkDashAt(s, pos)) return 0;
    // ("the vacancy rate down to just 1%—one of the lowest": a dash before "one of" opens an aside, no second side.)
    if ((c === 0x2014 || c === 0x2013 || c === 45) && ONE_OF_AFTER_DASH.test(s.slice(pos + 1, pos + 12))) return 0;
    // "between 5.2 gigawatts (GW) and 6.5 GW": the unit's abbreviation in brackets after the first side does not part it,
    // nor does its name ("30MWe (megawatt electric) to 300 MWe").
    if (((c === 32 && s.charCodeAt(pos + 1) === 40) || ((c === 40 || c === 0xff08) && isCJK(s.charCodeAt(pos - 1)))) && pos > A.end) {
      const m = UNIT_GLOSS_AT.exec(s.slice(pos, pos + 28));
      if (m) {
        const r = this.rangeConnector(pos + m[0].length, A);
        return r > pos + m[0].length ? r : 0;
      }
    }
    // "398.77M* to 1,499.11M gallons": a footnote mark after the first side does not part the range.
    if ((c === 42 /* * */ || c === 0x2020 /* † */) && !isDigit(s.charCodeAt(pos + 1)) && pos > A.start) {
      const r = this.rangeConnector(pos + 1, A);
      return r > pos + 1 ? r : 0;
    }
    // "between $30/MWh and $40/MWh", "$4.85 per share to $4.95 per share": a price's per-unit suffix,
    // repeated after the second side.
    const pe = A.cur ? perUnitSuffixEnd(s, pos) : 0;
    if (pe > 0) {
      const r = this.rangeConnector(pe, A);
      if (r <= 0) return 0;
      const again = s.indexOf(s.slice(pos, pe), r);
      return again > r && again - r <= 16 && !isLatin(s.charCodeAt(again + pe - pos)) ? r : 0;
    }
    // "人民幣55.1億元-人民幣57.5億元", "人民币20亿元至人民币30亿元": the first side's currency word repeated on the second.
    if (c === 45 || c === 0x2013 || c === 0x2014 || c === 126 || c === 0x81f3 || c === 0x5230) {
      const word = ZH_CURRENCY_PREFIXES.find(([w]) => s.startsWith(w, pos + 1))?.[0];
      if (word && s.slice(Math.max(0, A.start - word.length), A.start + word.length).includes(word) && isDigit(s.charCodeAt(pos + 1 + word.length))) return pos + 1 + word.length;
    }
    // Attached: 4-5, 4–5, 4~5, 4至5, 4到5; Chinese typesetting's doubled dash too (5——8%).
    if ((c === 45 || c === 0x2013 || c === 0x2014 || c === 126) && (this.sideStarts(pos + 1, A))) return pos + 1;
    if (c === 0x2014 && s.charCodeAt(pos + 1) === 0x2014 && this.sideStarts(pos + 2, A)) return pos + 2;
    // "以13%- 15%的份额", "$6,500- $8,000", "325- 580 TWh": a dash glued to the first side, a space before the second.
    if ((c === 45 || c === 0x2013) && s.charCodeAt(pos + 1) === 32 && (pos > A.end || A.cur || A.src === 'ar') && (isDigit(s.charCodeAt(pos + 2)) || (A.cur && isCurrencySign(s.charCodeAt(pos + 2)) && isDigit(s.charCodeAt(pos + 3))))) return pos + 2;
    if ((c === 0x81f3 || c === 0x5230) && this.sideStarts(pos + 1, A)) return pos + 1;
    // 介于20亿和30亿元之间, 在20%与30%之间: 和 or 与 joins a range between 介于 (在, 处于, 位于) and 之间.
    if ((c === 0x548c || c === 0x4e0e) && this.sideStarts(pos + 1, A) && BETWEEN_ZH_BEFORE.test(s.slice(Math.max(0, A.start - 2), A.start))) {
      const close = s.indexOf('之间', pos + 2);
      if (close > 0 && close - pos <= 16 && !/[，。；,;和与]/.test(s.slice(pos + 1, close))) return pos + 1;
    }
    // 介乎17.6億元至逾37.5億元: the second side's own more-than hedge (the range's top is then open).
    if (c === 0x81f3 || c === 0x5230) {
      const hedge = moreThanSideHedge(s, pos + 1);
      if (hedge && this.sideStarts(pos + 1 + hedge, A)) return pos + 1 + hedge;
    }
    if (c === 0x81f3 && s.charCodeAt(pos + 1) === 0x5c11) return 0;
    // "15- to 20-year horizons": a suspended hyphen, the unit hyphenated after the second side only.
    // ("90- to 95% of the market": the same with a percent after the second side.)
    if (c === 45 && s.startsWith(' to ', pos + 1) && (this.hyphenUnitAfter(pos + 5) || numberWordHyphenAfter(s, pos + 5) || PERCENT_SIDE_AFTER.test(s.slice(pos + 5, pos + 22)))) return pos + 5;
    // "two-to-three years", "5-to-10 GW"
    if (c === 45 && (s.charCodeAt(pos + 1) | 32) === 116 && (s.charCodeAt(pos + 2) | 32) === 111 && s.charCodeAt(pos + 3) === 45 && this.sideStarts(pos + 4, A) && s.slice(A.start, pos) !== s.slice(pos + 4, pos + 4 + pos - A.start)) return pos + 4; // not "one-to-one"
    const q = skipSp(s, pos);
    // ("同比增长73% [4] - 2026财年": a run of blanks — a citation the mask blanked — parts two figures.)
    if (q === pos || q - pos > 2) return 0;
    const c2 = s.charCodeAt(q);
    // 约1,080,000万元 –1,310,000万元: an en dash glued to the second side, a space after the first side's unit.
    if (c2 === 0x2013 && q === pos + 1 && pos > A.end && isDigit(s.charCodeAt(q + 1)) && this.sideStarts(q + 1, A)) return q + 1;
    // "outlook from $6.50 -$6.55 to $6.45 -$6.50": a hyphen glued to the second side's currency sign, a space after the
    // first (a money's first side; the second no smaller and less than twice it, or it is a negative amount of its own).
    if (c2 === 45 && q === pos + 1 && A.cur && A.v !== null && A.v > 0 && isCurrencySign(s.charCodeAt(q + 1)) && s.charCodeAt(q + 1) === s.charCodeAt(A.start)) {
      const m = /^[\d,]+(?:\.\d+)?/.exec(s.slice(q + 2, q + 24));
      const b = m ? Number(m[0].replace(/,/g, '')) : NaN;
      if (b >= A.v && b < 2 * A.v && !/^\s*(?:billion|million|trillion|bn|m|b)\b/i.test(s.slice(q + 2 + (m ? m[0].length : 0)))) return q + 1;
    }
    // "1,000 kilowatts — 1 megawatt — per rack": a spaced em dash sets off an aside, never a range.
    if ((c2 === 0x2013 || c2 === 126 || c2 === 45) && isGroupSpace(s.charCodeAt(q + 1))) {
      const r = skipSp(s, q + 1);
      if (this.sideStarts(r, A)) return r;
    }
    if ((c2 === 0x81f3 || c2 === 0x5230)) {
      const r = skipSp(s, q + 1);
      if (this.sideStarts(r, A)) return r;
    }
    const cw = s.charCodeAt(q) | 32;
    if (cw !== 116 && cw !== 97 && cw !== 117) return 0;
    const we = wordEnd(s, q);
    const w = s.slice(q, we).toLowerCase();
    if ((w === 'to' && !this.isChange(A.start) && !this.fallsFromTo(A, we)) || (w === 'and' && this.prefixAt(A.start)?.between === true)) {
      let r = skipSp(s, we);
      // "from 100 megawatts to well over a gigawatt", "by between 20% and more than 60%": the second side's own
      // more-than hedge opens the top (as 至逾). (A change "from 5 GW to over 50 GW" stays two figures, as the
      // held-out sets read it; "range from", "anywhere from" is a range.)
      const over = w === 'and' || !this.changeFrom(A) ? EN_MORE_THAN_SIDE.exec(s.slice(r, r + 14)) : null;
      if (over && this.sideStarts(r + over[0].length, A)) return r + over[0].length;
      // "waiting 36 to even 52 weeks": an "even" stressing the far end.
      if (w === 'to' && s.startsWith('even ', r) && this.sideStarts(r + 5, A)) r += 5;
      // "range from US$350 million to as much as US$100 billion": a ceiling hedge on the far side of a range
      // after "range from" keeps it (a change "from 5 to as much as 8" stays two figures).
      const ceiling = w === 'to' ? /^(?:as (?:much|many|high) as|up to) /i.exec(s.slice(r, r + 14)) : null;
      if (ceiling) {
        const at = this.prefixAt(A.start)?.at ?? A.start;
        if (this.prevWord(at) === 'from' && RANGE_FROM_BEFORE.test(s.slice(Math.max(0, at - 20), at)) && this.sideStarts(r + ceiling[0].length, A)) return r + ceiling[0].length;
      }
      // "taking between 20% and nearly 30%": a soft hedge on the far side of between…and keeps the range.
      const soft = w === 'and' ? EN_SOFT_SIDE.exec(s.slice(r, r + 14)) : null;
      if (soft && this.sideStarts(r + soft[0].length, A)) return r + soft[0].length;
      if (r > we && this.sideStarts(r, A)) return r;
    }
    // "projects ranging from 600MW up to 1GW": up to as the joiner after a word of extent and from.
    if (w === 'up' && s.startsWith(' to ', we)) {
      const at = this.prefixAt(A.start)?.at ?? A.start;
      if (this.prevWord(at) === 'from' && RANGE_FROM_BEFORE.test(s.slice(Math.max(0, at - 20), at)) && this.sideStarts(we + 4, A)) return we + 4;
    }
    return 0;
  }

  /** "from" right before A (or its hedge), not after a word of extent ("range from", "anywhere from"): a change's first level. */
  private changeFrom(A: Side): boolean {
    const at = this.prefixAt(A.start)?.at ?? A.start;
    if (this.prevWord(at) !== 'from') return false;
    return !RANGE_FROM_BEFORE.test(this.s.slice(Math.max(0, at - 20), at));
  }

  /** Digits at p followed by a hyphen and a word ("20-year"): the second side of a suspended hyphen. */
  private hyphenUnitAfter(p: number): boolean {
    const s = this.s;
    let k = p;
    while ((isDigit(s.charCodeAt(k)) || (s.charCodeAt(k) === 46 && k > p)) && k - p < 8) k++;
    return k > p && s.charCodeAt(k) === 45 && isLatin(s.charCodeAt(k + 1));
  }

  /**
   * "revised the useful life … from six to five years": "from", then a larger level than the one after "to" (at
   * `toEnd`, the end of "to"), is a change however far its verb: a range is written from its low end.
   */
  private fallsFromTo(A: Side, toEnd: number): boolean {
    const at = this.prefixAt(A.start)?.at ?? A.start;
    if (A.v === null || A.vague || this.prevWord(at) !== 'from') return false;
    // ("ranging from 6 months to 1 year": a word of extent makes a range, and the sides compare in their units.)
    if (RANGE_FROM_BEFORE.test(this.s.slice(Math.max(0, at - 20), at))) return false;
    const b = this.parseSide(skipSp(this.s, toEnd), undefined);
    if (!b || b.v === null || b.vague || b.scale !== A.scale || !b.cur !== !A.cur) return false;
    const ua = this.readUnit(A.end, A);
    const ub = ua ? this.readUnit(b.end, b) : null;
    return ua && ub && ua.def.kind === ub.def.kind ? b.v * ub.def.factor < A.v * ua.def.factor : b.v < A.v;
  }

  private isChange(start: number): boolean {
    // "from the current 100 MW", "from an approximate 450 MW": words describing the old level between.
    const hedge = this.prefixAt(start);
    if (hedge && hedge.q !== 'exact' && hedge.q !== 'range') start = hedge.at;
    // Not an article alone: "a jump from the $38 billion to $40 billion the company spent" names one old range.
    let pw = this.prevWord(start);
    let described = false;
    // ("from the previous forecast of $2.70 billion to $2.90 billion" names the old range after a new one was given; only
    // after the amount of a change, "revised upward 1.2%, from the previous forecast of 594 billion yen to 601 billion
    // yen", is it the old and the new level.)
    let forecastLevel = false;
    let viaAmount = false;
    // "growing from its predecessor's 192 GB": a possessive names whose old level it was.
    const apostrophe = pw === 's' ? skipBackSp(this.s, start) - 2 : -1;
    if (apostrophe > 0 && (this.s.charCodeAt(apostrophe) === 39 || this.s.charCodeAt(apostrophe) === 0x2019) && isLatin(this.s.charCodeAt(apostrophe - 1))) {
      start = apostrophe;
      pw = this.prevWord(start);
      if (pw !== null && !isLatin(this.s.charCodeAt(start - pw.length - 1))) {
        described = true;
        start -= pw.length;
        pw = this.prevWord(start);
      }
    }
    // "rose from an average of 50 megawatts": a noun of level and of, then its article.
    if (pw === 'of') {
      const before = skipBackSp(this.s, start) - 2;
      const noun = this.prevWord(before);
      if (noun !== null && LEVEL_NOUNS.has(noun)) {
        described = true;
        if (FORECAST_LEVEL_NOUNS.has(noun)) forecastLevel = true;
        start = skipBackSp(this.s, before) - noun.length;
        pw = this.prevWord(start);
      }
    }
    for (let k = 0; k < 3 && pw !== null && (LEVEL_WORDS.has(pw) || (described && ARTICLES_BEFORE_LEVEL.has(pw))); k++) {
      described = true;
      if (EARLIER_LEVEL_WORDS.has(pw)) forecastLevel = true;
      start = skipBackSp(this.s, start) - pw.length;
      pw = this.prevWord(start);
    }
    if (pw !== 'from') return false;
    // "would grow to anywhere from 921 to 1,225 TWh", "an increase ranging from 8% to 13%": a range of the
    // level reached, not a change from one side.
    // ("Monthly average price increases varied from 20% to over 60%": a verb of extent, in any tense, as range.)
    if (/\b(?:anywhere|somewhere|ranging|ranges|ranged|range|vary|varies|varied|varying) $/i.test(this.s.slice(Math.max(0, skipBackSp(this.s, start) - 15), skipBackSp(this.s, start) - 4))) return false;
    // "could increase by over 65% by 2031 (based on its adjusted load forecast)—from 85.5 GW": an aside in
    // brackets between the change and "from" is passed over.
    const aside = asideBefore(this.s, skipBackSp(this.s, start) - 4);
    if (aside >= 0) {
      const back = this.s.slice(Math.max(0, aside - 60), aside);
      const clause = back.slice(Math.max(back.lastIndexOf(','), back.lastIndexOf('.'), back.lastIndexOf(';'), back.lastIndexOf(':')) + 1);
      if ((clause.toLowerCase().match(/[a-z]+/g) ?? []).slice(-6).some((w) => CHANGE_VERBS.has(w))) return true;
    }
    // A change verb up to six words before "from": "rose from", "increase the load from",
    // "raised its capex forecast from", "revised its FY 2025 cost projection from", "raised its target price on
    // GDS from" (numbers are no words; seven words reach too far: "raised its annual revenue growth guidance for
    // 2025 from 17% to 25%" is one range in older sets).
    let b = start;
    for (let k = 0; k < 6; k++) {
      while (b > 0 && !isLatin(this.s.charCodeAt(b - 1)) && !/[.,;:!?\n]/.test(this.s[b - 1])) b--;
      if (b === 0 || !isLatin(this.s.charCodeAt(b - 1))) return false;
      // A hyphenated word is one word ("co-located load capacity"), and so is a possessive ("Vertiv’s target price").
      // ("Hermes 2’s capacity": a possessive of a name's number too.)
      while (b > 0 && (isLatin(this.s.charCodeAt(b - 1)) || ((this.s.charCodeAt(b - 1) === 45 || this.s.charCodeAt(b - 1) === 39 || this.s.charCodeAt(b - 1) === 0x2019) && (isLatin(this.s.charCodeAt(b - 2)) || (this.s.charCodeAt(b - 1) !== 45 && isDigit(this.s.charCodeAt(b - 2))))))) b--;
      let w2 = this.prevWord(b);
      // "increased nearly 11%, from 4.4 GW": the amount of the change stands between the verb and "from".
      const amount = k === 0 && !isChangeWord(w2) ? this.out[this.out.length - 1] : undefined;
      // ("increased 50% — from 171 MW": a dash after the amount too; "climbed 7.6 percent quarterly from": an adverb of the period compared;
      // "increase 44% over the same period, from €71.6bn": the period the change spans.)
      if (amount && amount.offset + amount.length <= b && CHANGE_AMOUNT_TO_FROM.test(this.s.slice(amount.offset + amount.length, b))) {
        b = amount.offset;
        viaAmount = true;
        // "grew ~50% from": a hedge sign before the amount.
        while (b > 0 && (this.s.charCodeAt(b - 1) === 126 /* ~ */ || this.s.charCodeAt(b - 1) === 0x2248 /* ≈ */)) b--;
        w2 = this.prevWord(b);
      }
      if (w2 === null) {
        // "its FY 2025 cost projection": a number between the words is skipped by the next step.
        if (isDigit(this.s.charCodeAt(skipBackSp(this.s, b) - 1))) continue;
        // "has increased twofold during that time — from 171 megawatts": a spaced dash sets off what follows, within the clause.
        if (/ [\u2013\u2014] $/.test(this.s.slice(b - 3, b))) continue;
        return false;
      }
      // ("raised guidance to 29% to 33% from 17% to 22%": the new level came before "from"; what follows is the old range.)
      if (isChangeWord(w2)) return !NEW_LEVEL_BEFORE_FROM.test(this.s.slice(b, start)) && (!forecastLevel || viaAmount);
    }
    return false;
  }

  private sideStarts(p: number, A?: Side): boolean {
    const c = this.s.charCodeAt(p);
    if (isDigit(c) || isCurrencySign(c)) return true;
    if (A && signedPair(this.s, A.start, p)) return true;
    if (isZhNumChar(c)) return true;
    // 数千万至数亿: a vague second side (数 or 几 before a place word).
    if ((c === 0x6570 /* 数 */ || c === 0x51e0 /* 几 */) && this.magnitudeRun(p + 1).len > 0) return true;
    if (isLatin(c)) {
      const w = this.s.slice(p, wordEnd(this.s, p)).toLowerCase();
      return EN_SMALL.has(w) || (w === 'a' && A_MAGNITUDE_AFTER.test(this.s.slice(p + 1, p + 11))) || w === 'us' || w === 'usd' || lettersBeforeSign(this.s, p) || (A !== undefined && A.vague && VAGUE_PLURALS[w] !== undefined);
    }
    return false;
  }

  // -------------------------------------------------------------------------------------------
  // Years, dates, periods

  private yearForms(A: Side, prefix: QualMatch | null): number {
    const s = this.s;
    const a = A.a!;
    const v = A.v!;
    const e = A.end;
    if (a.grouped || a.decimal) return 0;
    if (a.intDigits <= 3 && !a.leadingZero && s.charCodeAt(e) === 0x5e74 /* 年 */) {
      const roc = this.minguoYear(A);
      if (roc > 0) return roc;
    }
    // 《2022芯片与科学法案》: a year opening a title before its Chinese words (the English "the 2022 CHIPS and Science Act").
    if (a.intDigits === 4 && isYear(v) && isCJK(s.charCodeAt(e)) && s.charCodeAt(A.start - 1) === 0x300a /* 《 */ && zhNounAt(s, e)) return this.emitYear(A, e, prefix, 'zh');
    // "during the 2025 financial year", "its 2021 fiscal year": the words after the year name its fiscal year, in the span.
    if (a.intDigits === 4 && isYear(v) && s.charCodeAt(e) === 32 && (s.charCodeAt(e + 1) | 32) === 102 /* f */) {
      const fy = /^ (?:fiscal|financial) year(?![A-Za-z])/i.exec(s.slice(e, e + 16));
      if (fy) return this.emitYear(A, e + fy[0].length, prefix, 'en', `FY${v}`);
    }
    // "by the end of the 2027 calendar year": the calendar year, its words in the span as a fiscal year's are.
    if (a.intDigits === 4 && isYear(v) && s.startsWith(" calendar year", e) && !isLatin(s.charCodeAt(e + 14))) return this.emitYear(A, e + 14, prefix, 'en');
    // 1887年，台湾巡抚…: a four-digit number from 1800 before 年 is a year of history, never a length of 1,887 years.
    if (a.intDigits === 4 && !a.leadingZero && v >= 1800 && v < 1900 && s.charCodeAt(e) === 0x5e74 /* 年 */ && !'来間间内前後后多以'.includes(s[e + 1] ?? '_')) {
      return this.afterYearWord(A, prefix);
    }
    // 24/25财年第二季度, 24/25年第一财季: a split fiscal year in two digits is the year it ends in (as 2025/26财年).
    if (a.intDigits === 2 && !a.leadingZero && v >= 10 && v <= 49 && s.charCodeAt(e) === 47 && Number(s.slice(e + 1, e + 3)) === v + 1 && isDigit(s.charCodeAt(e + 2)) && !isDigit(s.charCodeAt(e + 3))) {
      const fy = 2001 + v;
      const fe = fiscalYearWordEnd(s, e + 3) || (s.charCodeAt(e + 3) === 0x5e74 /* 年 */ ? e + 4 : 0);
      if (fe > 0) {
        const part = ZH_PARTS.match(s, fe);
        if (part) return this.emitPeriod(A.start, fe + part.len, fy, { ...part.value, label: `FY${fy} ${part.value.label}` }, 'zh', `FY${fy} ${part.value.label}`);
        if (s.charCodeAt(fe - 1) !== 0x5e74) return this.emitYear(A, fe, prefix, 'zh', `FY${fy}`);
      }
      // 当前股价对应25/26 年44.0倍/21.2倍P/E: two consecutive years of a broker's forecast, as 2025/2026年 (a range);
      // 预测公司25/26/27年净利润: three too.
      const third = s.charCodeAt(e + 3) === 47 && Number(s.slice(e + 4, e + 6)) === v + 2 && isDigit(s.charCodeAt(e + 5)) && !isDigit(s.charCodeAt(e + 6)) ? 3 : 0;
      const at = e + 3 + third;
      const nian = s.charCodeAt(at) === 0x5e74 ? at + 1 : s.charCodeAt(at) === 32 && s.charCodeAt(at + 1) === 0x5e74 ? at + 2 : 0;
      const last = 2001 + v + (third ? 1 : 0);
      if (nian > 0 && !ZH_PARTS.match(s, nian) && !LENGTH_OF_TIME_AFTER.test(s.slice(nian, nian + 4))) return this.emitYearRange(A.start, nian, 2000 + v, last, `${2000 + v}/${last}`, 'zh');
    }
    // Where 年 stands after two digits: 披露的 24 年财报, 据公司25 年三季报 (typeset copy spaces the digits from 年).
    const ye = s.charCodeAt(e) === 32 && s.charCodeAt(e + 1) === 0x5e74 ? e + 1 : e;
    // 24-26年营业收入, 24 - 26年归母净利润: broker notes' forecast years in two digits, a range of years
    // (not of lengths of time) before the figure forecast.
    if (a.intDigits === 2 && !a.leadingZero && v >= 10 && v <= 49) {
      // (Most two-digit numbers have neither a dash nor 年 after them: no slice for those.)
      const m = rangeDashAt(s, e) ? FORECAST_YEARS_AFTER.exec(s.slice(e, e + 16)) : null;
      if (m && +m[1] > v && +m[1] <= v + 10) return this.emitYearRange(A.start, e + m[0].length - m[2].length, 2000 + v, 2000 + +m[1], `${2000 + v}-${2000 + +m[1]}`, 'zh');
      // 我们测算25-28年AIDC驱动的燃机市场空间: after a verb of forecasting, too (测算25-28年内 stays lengths of time).
      // (From 22 on: 预计20-25年 reads as lengths of time.)
      // (该基金预计将于27年至29年期间成立: 年 after each side, and 将于 after the verb.)
      const r = !m && v >= 22 && (rangeDashAt(s, e) || s.startsWith('年至', e) || s.startsWith('年到', e)) && FORECAST_VERB_BEFORE.test(s.slice(Math.max(0, A.start - 6), A.start)) ? /^(?: ?[-–~至到] ?|年[至到])(\d{2})年/.exec(s.slice(e, e + 8)) : null;
      if (r && +r[1] > v && +r[1] <= v + 10 && !LENGTH_OF_TIME_AFTER.test(s.slice(e + r[0].length, e + r[0].length + 4))) return this.emitYearRange(A.start, e + r[0].length, 2000 + v, 2000 + +r[1], `${2000 + v}-${2000 + +r[1]}`, 'zh');
      // 预估26年NV体系贡献净利润, 国产算力26年业绩10亿元: one such year, after a verb of forecasting or before what is forecast.
      // (预计20年内, 预计25年收回投资: lengths of time.)
      // (预计25年第三季度: a part of the year after it makes a period, below.)
      // (毛利率较23年下降3.19个百分点: the year a change is measured against.)
      if (s.charCodeAt(ye) === 0x5e74 /* 年 */ && v >= 20 && v <= 35 && !ZH_PARTS.match(s, ye + 1) && ((FORECAST_NOUN_AFTER.test(s.slice(ye + 1, ye + 8)) && !DURATION_VERB_BEFORE.test(s.slice(Math.max(0, A.start - 3), A.start))) || (FORECAST_VERB_BEFORE.test(s.slice(Math.max(0, A.start - 4), A.start)) && !LENGTH_OF_TIME_AFTER.test(s.slice(ye + 1, ye + 5))) || (COMPARED_WITH_BEFORE.test(s.slice(Math.max(0, A.start - 2), A.start)) && CHANGE_AFTER_YEAR.test(s.slice(ye + 1, ye + 5))) || (CLAUSE_OPENS_BEFORE.test(s.slice(Math.max(0, A.start - 3), A.start)) && (SUBJECT_FORECAST_AFTER.test(s.slice(ye + 1, ye + 30)) || LEVEL_AFTER_YEAR.test(s.slice(ye + 1, ye + 8)))) || (s.charCodeAt(A.start - 1) === 0x5728 /* 在 */ && AT_YEAR_TIME_AFTER.test(s.slice(ye + 1, ye + 3))) || VALUATION_AFTER_YEAR.test(s.slice(ye + 1, ye + 12)))) {
        return this.emitYear({ ...A, v: 2000 + v }, ye + 1, prefix, 'zh', String(2000 + v));
      }
      // 寒武纪在17年、18年和19年: such years listed together (、, 和, 及, 与) are years.
      if (s.charCodeAt(ye) === 0x5e74 /* 年 */ && v >= 10) {
        const nextListed = YEARS_LISTED_AFTER.exec(s.slice(ye + 1, ye + 6));
        const prevListed = YEARS_LISTED_BEFORE.exec(s.slice(Math.max(0, A.start - 6), A.start));
        if ((nextListed && Math.abs(+nextListed[1] - v) <= 3 && +nextListed[1] !== v) || (prevListed && Math.abs(+prevListed[1] - v) <= 3 && +prevListed[1] !== v)) {
          if (!isDigit(s.charCodeAt(A.start - 1)) && !LENGTH_OF_TIME_AFTER.test(s.slice(ye + 1, ye + 4))) return this.emitYear({ ...A, v: 2000 + v }, ye + 1, null, 'zh', String(2000 + v));
        }
      }
      // 业绩增速25年高于24年: two such years compared with each other are years (the second's 高于 no hedge).
      if (s.charCodeAt(ye) === 0x5e74 /* 年 */ && v >= 20 && v <= 35) {
        const next = YEARS_COMPARED_AFTER.exec(s.slice(ye + 1, ye + 8));
        // (Years near each other only: 寿命25年高于15年 compares lengths of time.)
        if (next && Math.abs(+next[1] - v) <= 3 && !isDigit(s.charCodeAt(A.start - 1))) return this.emitYear({ ...A, v: 2000 + v }, ye + 1, prefix, 'zh', String(2000 + v));
        const prev = YEARS_COMPARED_BEFORE.exec(s.slice(Math.max(0, A.start - 7), A.start));
        if (prev && Math.abs(+prev[1] - v) <= 3) return this.emitYear({ ...A, v: 2000 + v }, ye + 1, null, 'zh', String(2000 + v));
      }
    }
    // (24/10/01至25/09/30): two dates with two-digit years, year first, joined by 至 or 到 into one range (as full dates are).
    if (a.intDigits === 2 && !A.cur && A.scale === 1 && s.charCodeAt(e) === 47) {
      const m = SHORT_YMD_RANGE.exec(s.slice(A.start, A.start + 20));
      if (m && +m[2] <= 12 && +m[3] <= 31 && +m[5] <= 12 && +m[6] <= 31 && +m[1] >= 10 && !isDigit(s.charCodeAt(A.start - 1)) && s.charCodeAt(A.start - 1) !== 47) {
        const from = `20${m[1]}-${m[2]}-${m[3]}`;
        const to = `20${m[4]}-${m[5]}-${m[6]}`;
        if (to >= from) return this.emitDate(A.start, A.start + m[0].length, 2000 + +m[1], { from, to, label: s.slice(A.start, A.start + m[0].length) }, null, 'zh');
      }
    }
    // 25第三季度单季 (broker copy drops 年): a two-digit year glued before an ordinal quarter.
    if (a.intDigits === 2 && !a.leadingZero && v >= 20 && v <= 35 && !A.cur && A.scale === 1 && s.charCodeAt(e) === 0x7b2c /* 第 */) {
      const quarter = ZH_PARTS.match(s, e);
      if (quarter && quarter.value.label[0] === 'Q') return this.emitPeriod(A.start, e + quarter.len, 2000 + v, quarter.value, 'zh', s.slice(A.start, e + quarter.len));
    }
    // 25財年, 25财年上半年: a two-digit fiscal year (from 2010 on), as 2025财年.
    const shortFiscal = a.intDigits === 2 && !a.leadingZero && v >= 10 && v <= 49 && !A.cur && A.scale === 1 ? fiscalYearWordEnd(s, e) : 0;
    if (shortFiscal > 0) return this.fiscalQuarter(A.start, shortFiscal, 2000 + v) || this.emitYear({ ...A, v: 2000 + v }, shortFiscal, prefix, 'zh', `FY${2000 + v}`);
    // 22年底, 23年上半年, 24年第三季度: a two-digit year with a part of it, as financial copy abbreviates
    // (not 10年中, "in ten years").
    if (a.intDigits === 2 && !a.leadingZero && v >= 10 && v <= 49 && s.charCodeAt(ye) === 0x5e74 /* 年 */ && s.charCodeAt(ye + 1) !== 0x4e2d /* 中 */) {
      const part = ZH_PARTS.match(s, ye + 1);
      if (part) return this.emitPeriod(A.start, ye + 1 + part.len, 2000 + v, part.value, 'zh', s.slice(A.start, ye + 1 + part.len));
      // 公司25 年Q2 单季度: a quarter or half code after it, as after 2025年 (not before more letters: 25年Qwen).
      const code = this.codeAfterYear(ye + 1);
      if (code && !isAlnum(s.charCodeAt(code.end))) return this.emitPeriod(A.start, code.end, 2000 + v, code.part, 'zh', s.slice(A.start, code.end));
      // 25年7月1日, 25 年7 月: with a month in Arabic digits after it, too (25年7个月 stays a duration).
      if (isDigit(s.charCodeAt(e + 1))) {
        const md = this.zhMonthDay(e + 1, 2000 + v, A.start);
        if (md > e + 1) return md;
      }
    }
    // 2024/10/11: a date written with slashes, year first.
    if (a.intDigits === 4 && s.charCodeAt(e) === 47 && isYear(v)) {
      const m = SLASHED_MONTH_DAY.exec(s.slice(e, e + 7));
      const day = m ? this.emitDay(A.start, e + m[0].length, v, +m[1], +m[2], prefix) : 0;
      if (day) return day;
    }
    // ISO date 2025-01-21
    if (a.intDigits === 4 && s.charCodeAt(e) === 45 && isDigit(s.charCodeAt(e + 1)) && isDigit(s.charCodeAt(e + 2)) && s.charCodeAt(e + 3) === 45 && isDigit(s.charCodeAt(e + 4)) && isDigit(s.charCodeAt(e + 5)) && !isDigit(s.charCodeAt(e + 6))) {
      const day = this.emitDay(A.start, e + 6, v, Number(s.slice(e + 1, e + 3)), Number(s.slice(e + 4, e + 6)), prefix);
      if (day) return day;
    }
    if (a.intDigits === 4 && isYear(v)) {
      const range = this.yearRange(A, e);
      if (range) return range;
      if (s.charCodeAt(e) === 0x5e74 /* 年 */) return this.afterYearWord(A, prefix);
      // 2025财年, 2025财政年度, and Taiwan's 2027会计年度: a fiscal year.
      const fe = fiscalYearWordEnd(s, e);
      if (fe > 0) return this.fiscalQuarter(A.start, fe, v) || this.emitYear(A, fe, prefix, 'zh', `FY${v}`);
      // 2024前三季度, 2024上半年, 2024 一季度, 2025半年度: a quarter or half glued to a year without 年.
      const glued = yearPartAt(s, s.charCodeAt(e) === 32 ? e + 1 : e);
      if (glued) return this.emitPeriod(A.start, glued.end, v, glued.part, 'zh', s.slice(A.start, glued.end));
      // "2025 Q4": a quarter code right after the year.
      if (s.charCodeAt(e) === 32) {
        const code = this.codeAfterYear(e);
        if (code) return this.emitPeriod(A.start, code.end, v, code.part, 'en', s.slice(A.start, code.end));
      }
      // "2026E", "2027F", "2025A": a sell-side year, the letter in the span.
      if (sellSideMark(s, e, v)) return this.emitYear(A, e + 1, prefix, 'en');
      // ("發布年月:2016/04", "2022/03"): a year and a two-digit month after a slash (not the next year's two digits, 2024/25).
      const ym = s.charCodeAt(e) === 47 ? /^\/(0[1-9]|1[0-2])(?![\d/.])/.exec(s.slice(e, e + 4)) : null;
      if (ym && +ym[1] !== (v + 1) % 100) {
        const iso = `${v}-${ym[1]}`;
        return this.emitDate(A.start, e + 3, v, { from: iso, to: iso, label: s.slice(A.start, e + 3) }, null);
      }
      // Year ranges 2024-25, 2028–2030
      // (2025/2026/2027年营业收入分别为…: three or more slashed years are a list, each its own year.)
      const listedYears = s.charCodeAt(e) === 47 && s.charCodeAt(A.start - 1) === 47 && isDigit(s.charCodeAt(A.start - 2));
      const second = listedYears ? null : secondYearAfter(s, e, v);
      if (second) {
        const q2 = skipSp(s, second.end);
        // 2025/26财年第二财季, 2025/26 財年第一季: a quarter of the fiscal year named by the year it ends in (as 4QFY19/20).
        const sfe = s.charCodeAt(e) === 47 ? fiscalYearWordEnd(s, q2) : 0;
        const sq = sfe > 0 ? this.fiscalQuarter(A.start, sfe, second.year) : 0;
        if (sq) return sq;
        // 2026/27财政年度 without a quarter: the fiscal years as a range, the word in the span (as 2025-2027财年).
        if (sfe > 0 && !sq) return this.emitYearRange(A.start, sfe, v, second.year, s.slice(A.start, sfe), 'zh');
        // 自2025／26起: the split year, 起 ("from") outside.
        if (s.charCodeAt(e) === 47 && s.charCodeAt(q2) === 0x8d77 /* 起 */) return this.emitYearRange(A.start, second.end, v, second.year, s.slice(A.start, second.end), 'zh');
        // 2025-26年需求, 2025/2026年: the second year before 年, which joins the span (as in 2025-2027年).
        // (2023- 24 年: a typeset space after the dash and before 年.)
        const nian = s.charCodeAt(second.end) === 0x5e74 /* 年 */ ? second.end : s.charCodeAt(second.end) === 32 && s.charCodeAt(second.end + 1) === 0x5e74 && s.charCodeAt(e + 1) === 32 ? second.end + 1 : -1;
        if (nian > 0 && (second.end - e === 3 || s.charCodeAt(e) === 47 || s.charCodeAt(e) === 32 || (second.end - e === 4 && s.charCodeAt(e + 1) === 32))) {
          const end = nian + (s.charCodeAt(nian + 1) === 0x5ea6 /* 度 */ ? 2 : 1);
          return this.emitYearRange(A.start, end, v, second.year, s.slice(A.start, end), 'zh');
        }
        // 2023 - 2027 年: a typeset range, a space before 年 too.
        if (s.charCodeAt(e) === 32 && s.charCodeAt(second.end) === 32 && s.charCodeAt(second.end + 1) === 0x5e74 /* 年 */) return this.emitYearRange(A.start, second.end + 2, v, second.year, s.slice(A.start, second.end + 2), 'zh');
        // (落在1949至1969元區間: prices, with a currency word after the second side.)
        // "the 2024/25 financial year", "the 2023–24 financial year": the words after a split year name its fiscal
        // year, in the span (as after one year).
        const fyWords = (s.charCodeAt(e) === 47 || s.charCodeAt(e) === 45 || s.charCodeAt(e) === 0x2013) && s.charCodeAt(second.end) === 32 ? /^ (?:fiscal|financial) year(?![A-Za-z])/i.exec(s.slice(second.end, second.end + 16)) : null;
        if (fyWords) return this.emitYearRange(A.start, second.end + fyWords[0].length, v, second.year, s.slice(A.start, second.end + fyWords[0].length), 'en');
        // "from 2026-27 to 2029-30", "between 2027–28 and 2039–40": two split years joined are one range of fiscal years, from the
        // first's start to the second's end ("between" in the span, as for two years).
        const joined = s.charCodeAt(e) !== 47 ? SPLIT_YEAR_JOINED_AFTER.exec(s.slice(second.end, second.end + 18)) : null;
        if (joined) {
          const y2 = +joined[2];
          const end2 = joined[3].length === 2 ? Math.floor(y2 / 100) * 100 + +joined[3] : +joined[3];
          const between = joined[1] === 'and' ? BETWEEN_YEARS_BEFORE.exec(s.slice(Math.max(0, A.start - 24), A.start)) : null;
          if (end2 === y2 + 1 && y2 > v && (joined[1] !== 'and' || between)) {
            const from = between ? A.start - between[0].length : A.start;
            const end = second.end + joined[0].length;
            return this.emitYearRange(from, end, v, end2, s.slice(from, end), 'en');
          }
        }
        // ("the upcoming 2025-26 year": a singular year after a split year with its second one shortened names it, outside the span.)
        const yearNoun = second.end - e === 3 && /^ year(?![A-Za-z])/i.test(s.slice(second.end, second.end + 6));
        if (yearNoun || (!this.latinUnit(q2, false) && !ZH_UNITS.match(s, q2) && !ZH_CURRENCY_AFTER_YEARS.test(s.slice(q2, q2 + 3)))) return this.emitYearRange(A.start, second.end, v, second.year, s.slice(A.start, second.end), 'en');
      }
      // A bare four-digit year: not when a unit, scale, classifier or noun follows, nor when it opens a range of
      // amounts in 万 or 亿 (市场规模可能达2000 - 2500亿元).
      if (rangeDashAt(this.s, e) && AMOUNT_RANGE_AFTER.test(this.s.slice(e, e + 16))) return 0;
      // ("AI5芯片算力达2000-2500 TOPS": a second side past any year makes the pair a range of amounts.)
      const secondSide = rangeDashAt(this.s, e) ? /^ ?[-–~至到] ?(\d{4,5})(?![\d.,])/.exec(this.s.slice(e, e + 10)) : null;
      if (secondSide && +secondSide[1] > 2100) return 0;
      const q = skipSp(this.s, e);
      // "the 2024 Data Center Energy Usage Report", "2025 GPU shipments": before a singular noun it is still a year,
      // as a count of 2,024 would put the noun in the plural; but 1024 and 2048 are cluster sizes ("a 2048 GPU cluster").
      const nounAfter = this.readNoun(q, 'en', false);
      // "At the 2025 Hot Chips conference": a title-cased name in the plural before a singular lower-case noun names an event.
      // ("the 2022 Chips Act", "the 2022 Chips and Science Act": so does one before the name of a law.)
      const yearBeforeSingular = nounAfter !== null && v !== 1024 && v !== 2048 && (!isPluralNoun(s.slice(q, nounAfter.end)) || (isUpper(s.charCodeAt(q)) && isLower(s.charCodeAt(q + 1)) && (this.eventNounAt(nounAfter.end) || LAW_NAME_AFTER.test(s.slice(nounAfter.end, nounAfter.end + 40)))));
      // "by 2031 data centers could add 22-30 GW", "In 2024 data centers used 4%": after a time preposition it is the year.
      const afterTimeWord = nounAfter !== null && v !== 1024 && v !== 2048 && YEAR_PREPOSITIONS.has(this.prevWord(A.start)?.toLowerCase() ?? '');
      // "$103.2M in 2021 dollars", "in constant 2020 dollars": the year whose money the amount is counted in.
      // ("(2025 dollars)", "adjusted for inflation to 2025 dollars": in brackets, or after to and inflation.)
      const constantMoney = q === e + 1 && CONSTANT_MONEY_AFTER.test(s.slice(q, q + 9)) && (CONSTANT_MONEY_BEFORE.has(this.prevWord(A.start)?.toLowerCase() ?? '') || s.charCodeAt(A.start - 1) === 40 || INFLATION_BEFORE.test(s.slice(Math.max(0, A.start - 40), A.start)));
      if ((this.readUnit(e, A) && !constantMoney) || (nounAfter && !yearBeforeSingular && !afterTimeWord) || (isLatin(s.charCodeAt(e)))) return 0;
      // "with 2048 tokens of context": 1024 and 2048 are sizes before a plural, not years; so before "-GPU" ("a 2048-GPU cluster",
      // "a 2048-bit interface").
      if ((v === 1024 || v === 2048) && q > e && unknownPluralAt(s, q)) return 0;
      if ((v === 1024 || v === 2048) && s.charCodeAt(e) === 45 && /^-(?:GPU|node|chip|card|accelerator|bit|core|lane|channel)\b/i.test(s.slice(e, e + 13))) return 0;
      if (s.charCodeAt(e) === 0x5e74) return 0;
      if ((ZH_UNITS.match(s, q) && !startsAnotherWord(s, q) && !this.sinceYear(A, q)) || ZH_SCALES.match(s, q)) return 0;
      // 至少2000工作機會: at least before and a word after, no 年, is a count (高于2025 compares with the year).
      if (prefix?.q === 'at-least' && isCJK(s.charCodeAt(A.start - 1)) && isCJK(s.charCodeAt(e))) return 0;
      // Q3 2025 handled by the word path; "2025 Q3"?
      return this.emitYear(A, e, prefix, 'en');
    }
    return 0;
  }

  /**
   * Minguo (ROC) years of Taiwan copy, N + 1911 (A ends before 年): after 民国 (民國115年, any N up to 150);
   * N from 100 to 150 with a part of the year, a month, 度 or 全年 after 年 (115年下半年, 116年3月, 115年度, 114年全年); from
   * 80 to 150 bare or with a part once the text has had a Minguo year (在116年), unless the number reads as
   * a length (已有100年, 长达100年, 100年来, 115年历史, a hedge). 80–99 with a part alone stay open: mainland
   * copy abbreviates 1998 as 98年. 0 when A is no Minguo year.
   */
  private minguoYear(A: Side): number {
    const s = this.s;
    const n = A.v!;
    const era = s.startsWith('民国', A.start - 2);
    if (!Number.isInteger(n) || n < 1 || n > 150 || (!era && n < 80)) return 0;
    const start = era ? A.start - 2 : A.start;
    const y = n + 1911;
    const p = A.end + 1;
    const seen = era || this.minguoSeen;
    const dated = seen || n >= 100;
    const part = dated && s.charCodeAt(p) !== 0x4e2d /* 中 */ ? ZH_PARTS.match(s, p) : null;
    let r = 0;
    if (part) r = this.emitPeriod(start, p + part.len, y, part.value, 'zh', this.o.slice(start, p + part.len));
    else if (dated) {
      const md = this.zhMonthDay(p, y, start);
      if (md > p) r = md;
      else if (s.charCodeAt(p) === 0x5ea6 /* 度 */) r = this.emitYear({ start, end: p + 1, v: y } as Side, p + 1, null, 'zh');
      // 114年全年營業額: the whole of that year (a length of 114 years has no 全年).
      else if (s.startsWith('全年', p) && n >= 100) r = this.emitYear({ start, end: p, v: y } as Side, p, null, 'zh');
      // 從112年的24萬瓩增加至117年的424萬瓩: a level at that year after 的 (a length of 112 years has no level).
      else if (n >= 100 && s.charCodeAt(p) === 0x7684 /* 的 */ && (isDigit(s.charCodeAt(p + 1)) || isZhNumChar(s.charCodeAt(p + 1))) && !this.lengthOfYears(A)) r = this.emitYear({ start, end: p, v: y } as Side, p, null, 'zh');
    }
    if (!r && seen && (era || !this.lengthOfYears(A))) r = this.emitYear({ start, end: p, v: y } as Side, p, null, 'zh');
    if (r) this.minguoSeen = true;
    return r;
  }

  /** N年 reads as a length of time: 已有100年, 长达100年, 未来100年, 超过100年, 100年来, 115年历史, 100年以上. */
  private lengthOfYears(A: Side): boolean {
    const s = this.s;
    return '达经满来去有过历'.includes(s[A.start - 1] ?? '_') || '来前后内间多余以之历左半代'.includes(s[A.end + 1] ?? '_') || this.prefixAt(A.start) !== null;
  }

  /**
   * A year written with 年 (2025年, 二〇二五年; A ends before 年) and what follows it: 年代 (the 2020s; not 年 then 代工),
   * a month or day (a date), a part of the year (2025年下半年, 二〇二五年下半年) or a quarter code
   * (2025年Q4), all periods; else the year (2024年度 too: 年度 = financial or calendar year, as written).
   */
  /**
   * 二五年第四季, 二六年底, 二五年三月: a two-digit year written digit by digit (Taiwan copy), with a part
   * of the year or a month, is 20xx (10–49, as 22年底; not 一〇年中, "in ten years"). Alone it is a year
   * only from 2010 to 2029 and unhedged (二五年, 一九年: no one writes 25 years so; 三五年, 3–5 years, and
   * pairs like 二三年 stay durations), and not before 内, 来, 间, 多, 半, 期 (spans of time) or in a word
   * (二八年华, 年代). 0 when none.
   */
  private zhTwoDigitYear(A: Side): number {
    const s = this.s;
    const v = A.v!;
    const p = A.end + 1;
    if (v < 10 || v > 49 || s.charCodeAt(p) === 0x4e2d /* 中 */) return 0;
    const Y = { ...A, v: 2000 + v };
    if (this.zhMonthDay(p, Y.v, A.start) > p || ZH_PARTS.match(s, p) || this.codeAfterYear(p)) return this.afterYearWord(Y, null);
    if (v >= 30 || '内来间多半期以历华纪龄级轻代'.includes(s[p] ?? '_') || this.prefixAt(A.start)) return 0;
    // 二五年至二七年: a later year of the same form after 至, 到 or a dash makes one range.
    if (s.charCodeAt(p) === 0x81f3 || s.charCodeAt(p) === 0x5230 || isDateDash(s.charCodeAt(p))) {
      const d1 = ZH_DIGIT_VALUES.indexOf(s[p + 1]);
      const d2 = ZH_DIGIT_VALUES.indexOf(s[p + 2]);
      const y2 = 2000 + 10 * d1 + d2;
      // (间 after the range is "during those years": 二六年到二九年間.)
      if (d1 >= 1 && d2 >= 0 && s.charCodeAt(p + 3) === 0x5e74 /* 年 */ && y2 > Y.v && y2 < 2030 && !isZhNumChar(s.charCodeAt(p + 4)) && !'内来多半期以中'.includes(s[p + 4] ?? '_')) {
        return this.emitYearRange(A.start, p + 4, Y.v, y2, this.o.slice(A.start, p + 4), 'zh');
      }
    }
    return this.emitYear(Y, p, null, 'zh');
  }

  private afterYearWord(A: Side, prefix: QualMatch | null): number {
    const s = this.s;
    const v = A.v!;
    const p = A.end + 1;
    if (s.charCodeAt(p) === 0x4ee3 && !DAI_WORD_SECOND.includes(s[p + 1] ?? '_')) {
      return this.emitPeriod(A.start, p + 1, v, { fromMonth: 1, toMonth: 12, label: `${v}s` }, 'zh', s.slice(A.start, p + 1), v + 9);
    }
    const md = this.zhMonthDay(p, v, A.start);
    if (md > p) return md;
    // 二零二三年财政年度 (Hong Kong filings): the fiscal year, its word in the span (as 2025财政年度).
    const fe = s.charCodeAt(p) === 0x8d22 /* 财 */ ? fiscalYearWordEnd(s, p) : 0;
    if (fe > 0) return this.fiscalQuarter(A.start, fe, v) || this.emitYear(A, fe, prefix, 'zh', `FY${v}`);
    // 2025年的最后三个月, 2025年最后一个季度: the year's closing months.
    const closing = s.charCodeAt(p) === 0x7684 /* 的 */ || s.charCodeAt(p) === 0x6700 /* 最 */ ? LAST_MONTHS_OF_YEAR.exec(s.slice(p, p + 9)) : null;
    if (closing) {
      const n = closing[1] === undefined ? 3 : ZH_DIGITS.get(closing[1].charCodeAt(0)) ?? +closing[1];
      if (n >= 1 && n <= 6) return this.emitPeriod(A.start, p + closing[0].length, v, { fromMonth: 13 - n, toMonth: 12, label: n === 3 ? 'Q4' : `last ${n} months` }, 'zh', s.slice(A.start, p + closing[0].length));
    }
    // 2024年的第三季度, 2025年的上半年: 的 between the year and its quarter or half, as after a fiscal year.
    const linked = s.charCodeAt(p) === 0x7684 /* 的 */ ? ZH_PARTS.match(s, p + 1) : null;
    if (linked && (linked.value.label.startsWith('Q') || linked.value.label.startsWith('H'))) return this.emitPeriod(A.start, p + 1 + linked.len, v, linked.value, 'zh', s.slice(A.start, p + 1 + linked.len));
    // 2025年第三至第四季: the first quarter's 季 left out before the range's joiner.
    const bare = s.charCodeAt(p) === 0x7b2c /* 第 */ && zhRangeJoiner(s.charCodeAt(p + 2)) ? quarterNumber(s.charCodeAt(p + 1)) : 0;
    const laterPart = bare ? ZH_PARTS.match(s, p + 3) : null;
    if (laterPart && laterPart.value.label[0] === 'Q' && laterPart.value.fromMonth > bare * 3) {
      return this.emitPeriod(A.start, p + 3 + laterPart.len, v, { fromMonth: bare * 3 - 2, toMonth: laterPart.value.toMonth, label: `Q${bare}-${laterPart.value.label}` }, 'zh', s.slice(A.start, p + 3 + laterPart.len));
    }
    const part = ZH_PARTS.match(s, p);
    // 2026年初始合约价: 初 starts a word there (初始, 初步, 初次), no part of the year.
    // (2025年中期业绩, 中期收入: the interim results of that year, the year alone; 截止2021年中期 is mid-2021.)
    const interim = part !== null && s.startsWith('中期', p) && INTERIM_RESULTS_AFTER.test(s.slice(p + 2, p + 5));
    if (part && !interim && !(s[p + part.len - 1] === '初' && INITIAL_WORD_AFTER.includes(s[p + part.len] ?? '_'))) {
      // 2026年第2季至第3季, 2026年一季度至三季度: a later quarter (or half) of the same year ends one period.
      const j = p + part.len;
      const range = partRange(s, part.value, j);
      if (range) return this.emitPeriod(A.start, range.end, v, range.value, 'zh', s.slice(A.start, range.end));
      // 2023年第四季下旬: the early, middle or late part of a quarter, its first, middle or last month.
      const tenth = part.value.label[0] === 'Q' ? QUARTER_TENTH.indexOf(s.slice(j, j + 2)) : -1;
      if (tenth >= 0) {
        const month = part.value.fromMonth + tenth;
        return this.emitPeriod(A.start, j + 2, v, { fromMonth: month, toMonth: month, label: `${part.value.label} ${s.slice(j, j + 2)}` }, 'zh', s.slice(A.start, j + 2));
      }
      return this.emitPeriod(A.start, j, v, part.value, 'zh', s.slice(A.start, j));
    }
    const code = this.codeAfterYear(p);
    if (code) return this.emitPeriod(A.start, code.end, v, code.part, 'zh', s.slice(A.start, code.end));
    // 自2024年中以来, 2024年中完工: 年中 (mid-year) after the year, before a word that cannot go on 中 (not 2024年中国经济).
    const mid = midYearAt(s, p) ? ZH_PARTS.match(s, p - 1) : null;
    if (mid) return this.emitPeriod(A.start, p + 1, v, mid.value, 'zh', s.slice(A.start, p + 1));
    // 2022年下半 (Taiwan copy drops the second 年).
    const half = halfWithoutYear(s, p);
    if (half) return this.emitPeriod(A.start, p + 2, v, half, 'zh', s.slice(A.start, p + 2));
    // 2025年半年度 (the half-year report period), 2024年度前三季度: a part after 年 or 年度.
    const later = yearPartAt(s, p) ?? (s.charCodeAt(p) === 0x5ea6 /* 度 */ ? yearPartAt(s, p + 1) : null);
    if (later) return this.emitPeriod(A.start, later.end, v, later.part, 'zh', s.slice(A.start, later.end));
    // 2022年度~2024年度, 2022年度至2024年度: a range of (fiscal) years, 年度 on both sides.
    if (s.charCodeAt(p) === 0x5ea6 /* 度 */) {
      const m = /^[~～至到\-–]\s?(\d{4})年度/.exec(s.slice(p + 1, p + 10));
      if (m && isYear(+m[1]) && +m[1] > v) return this.emitYearRange(A.start, p + 1 + m[0].length, v, +m[1], s.slice(A.start, p + 1 + m[0].length), 'zh');
    }
    return this.emitYear(A, s.charCodeAt(p) === 0x5ea6 /* 度 */ ? p + 1 : p, prefix, 'zh');
  }

  /**
   * Year ranges written with words or a 年: 2025至2028年, 2019年-2023年, 2019年到2023年,
   * "between 2023 and 2030". (2028–2030 without 年 is read in yearForms.)
   */
  private yearRange(A: Side, e: number): number {
    const s = this.s;
    const v = A.v!;
    let p = e;
    const withNian = s.charCodeAt(p) === 0x5e74;
    if (withNian) p++;
    let q = -1;
    const c = s.charCodeAt(p);
    // (2015年——2019年: a doubled dash in Chinese typesetting.)
    const dash = c === 45 || c === 0x2013 || c === 0x2014 || c === 126;
    const doubled = c === 0x2014 && s.charCodeAt(p + 1) === 0x2014 ? 1 : 0;
    // "from 2026 to 2031", "2024 through 2027" (not "up 2024 to 2025 levels": no unit or noun after).
    // ("from 2009 until 2021": until and till join two years only after from.)
    const spelledWord = withNian ? 0 : s.startsWith(' to ', p) ? 4 : s.startsWith(' through ', p) ? 9
      : (s.startsWith(' until ', p) || s.startsWith(' till ', p)) && /\b[Ff]rom $/.test(s.slice(Math.max(0, A.start - 5), A.start)) ? (s.charCodeAt(p + 1) === 117 ? 7 : 6) : 0;
    const spelled = spelledWord > 0;
    const between = withNian || !s.startsWith(' and ', p) ? null : BETWEEN_YEARS_BEFORE.exec(s.slice(Math.max(0, A.start - 24), A.start));
    if (c === 0x81f3 /* 至 */ || c === 0x5230 /* 到 */ || dash) q = p + 1 + doubled;
    else if (between) q = p + 5;
    else if (spelled) q = p + spelledWord;
    if (q < 0) return 0;
    let k = q;
    while (isDigit(s.charCodeAt(k))) k++;
    if (k - q !== 4 || isAlnum(s.charCodeAt(k)) || (s.charCodeAt(k) === 46 && isDigit(s.charCodeAt(k + 1)))) return 0;
    const y2 = Number(s.slice(q, k));
    if (!isYear(y2) || y2 <= v || y2 - v > 100) return 0;
    if (spelled && (this.latinUnit(skipSp(s, k), false) || this.englishNoun(skipSp(s, k), 0))) return 0;
    if (ZH_CURRENCY_AFTER_YEARS.test(s.slice(k, k + 3))) return 0;
    const fiscalEnd = fiscalYearWordEnd(s, k); // 2025-2027财年: a range of fiscal years
    // (2019至2023年度: 年度 after the second year, in the span, as after one year.)
    if (s.charCodeAt(k) === 0x5e74) k += s.charCodeAt(k + 1) === 0x5ea6 /* 度 */ ? 2 : 1;
    else if (fiscalEnd > 0) k = fiscalEnd;
    else if (withNian || dash) return 0; // 2028–2030 without 年: yearForms
    // 2025年至2028年的3年间 is a range; 2025至2028年度 too. Months after the second year: a date range, not read here
    // (2025-2027年800G, digits that are no month, leave the range whole).
    // (2022年至2025年1-9月: a range of months after it too.)
    if (s.charCodeAt(k) === 0x6708 /* 月 */ || digitsThenTimeWord(s, k, 2, '月') || MONTH_RANGE_AT.test(s.slice(k, k + 9))) return 0;
    // 从2022年至2025年上半年: a part of the second year ends the span at a period; the years stay apart.
    // (2021-2022年初步计划: 初 starting a word is no part of the year, as after a single year.)
    const partAfter = s.charCodeAt(k - 1) === 0x5e74 ? ZH_PARTS.match(s, k) : null;
    const initialWord = partAfter !== null && s[k + partAfter.len - 1] === '初' && INITIAL_WORD_AFTER.includes(s[k + partAfter.len] ?? '_');
    if (s.charCodeAt(k - 1) === 0x5e74 && ((partAfter && !initialWord) || yearPartAt(s, k))) return 0;
    let start = A.start;
    // "between 2023 and 2030", "between year 2024 and 2026": the span starts at "between", as for amounts.
    if (between) start = A.start - between[0].length;
    const label = s.slice(A.start, k);
    return this.emitYearRange(start, k, v, y2, label, s.charCodeAt(k - 1) === 0x5e74 || c === 0x81f3 || c === 0x5230 ? 'zh' : 'en');
  }

  /**
   * 二○二六年至二○三○年, 二〇二五到二〇二八年: years in Chinese digits joined by 至, 到 or a dash are one
   * range, as 2025年至2028年 is; the second takes 年 (and no month: 二○二六年三月 ends a date range). 0 if none.
   */
  private zhDigitYearRange(A: Side): number {
    const s = this.s;
    const p = s.charCodeAt(A.end) === 0x5e74 /* 年 */ ? A.end + 1 : A.end;
    if (A.z!.text.length !== 4 || !isDateDash(s.charCodeAt(p)) || !isZhNumChar(s.charCodeAt(p + 1))) return 0;
    const z = readChinese(s, p + 1);
    const y2 = z.value;
    if (!z.digitString || z.end - p - 1 !== 4 || s.charCodeAt(z.end) !== 0x5e74 || !isYear(y2) || y2 <= A.v! || y2 - A.v! > 100) return 0;
    // (二○二五至二○二七年度: 年度 after the second year, in the span, as 2019至2023年度.)
    const end = z.end + (s.charCodeAt(z.end + 1) === 0x5ea6 /* 度 */ ? 2 : 1);
    if (s.charCodeAt(end) === 0x6708 /* 月 */ || isZhNumChar(s.charCodeAt(end))) return 0;
    return this.emitYearRange(A.start, end, A.v!, y2, this.o.slice(A.start, end), 'zh');
  }

  /** Q1–Q4 / H1–H2 at p, after at most one space. */
  /** 2025财年第三季度, 2026财年Q2, 2027 会计年度第一季 (fe after the fiscal-year word): a quarter or half of fiscal year `fy`; its end, or 0. */
  private fiscalQuarter(start: number, fe: number, fy: number): number {
    // 2021財政年度之第三季度: 之 (or 的) between the fiscal year and its quarter.
    const linked = this.s.charCodeAt(fe) === 0x4e4b /* 之 */ || this.s.charCodeAt(fe) === 0x7684 /* 的 */ ? ZH_PARTS.match(this.s, fe + 1) : null;
    const viaLink = linked !== null && linked.value.label.startsWith('Q');
    if (viaLink) fe++;
    const part = viaLink ? linked : ZH_PARTS.match(this.s, fe);
    // (2026财年前九个月: the fiscal year's first months too.)
    if (part && (part.value.label.startsWith('Q') || part.value.label.startsWith('H') || (part.value.label.startsWith('M') && !viaLink))) return this.emitPeriod(start, fe + part.len, fy, { ...part.value, label: `FY${fy} ${part.value.label}` }, 'zh', `FY${fy} ${part.value.label}`);
    const code = this.codeAfterYear(fe);
    return code ? this.emitPeriod(start, code.end, fy, { ...code.part, label: `FY${fy} ${code.part.label}` }, 'zh', `FY${fy} ${code.part.label}`) : 0;
  }

  private codeAfterYear(p: number): { part: PartDef; end: number } | undefined {
    const s = this.s;
    const q = s.charCodeAt(p) === 32 ? p + 1 : p;
    const code = quarterCode(s, q);
    if (!code) return undefined;
    // 2026年Q3-Q4, 2025年H1至H2: two codes of one kind joined by a dash or 至 are one period.
    const j = q + code.len;
    const joiner = s.charCodeAt(j);
    if (joiner === 45 || joiner === 0x2013 || joiner === 126 || joiner === 0x81f3 /* 至 */ || joiner === 0x5230 /* 到 */) {
      const second = quarterCode(s, j + 1);
      if (second && second.part.label[0] === code.part.label[0] && second.part.fromMonth > code.part.fromMonth) {
        return { part: { fromMonth: code.part.fromMonth, toMonth: second.part.toMonth, label: `${code.part.label}-${second.part.label}` }, end: j + 1 + second.len };
      }
      // 2024Q1-3: the second quarter's Q left out.
      const last = s.charCodeAt(j + 1) - 48;
      if (code.part.label[0] === 'Q' && joiner === 45 && last >= 2 && last <= 4 && last * 3 > code.part.toMonth && !isAlnum(s.charCodeAt(j + 2)) && s.charCodeAt(j + 2) !== 46 && s.charCodeAt(j + 2) !== 0x5b63 /* 季 */) {
        return { part: { fromMonth: code.part.fromMonth, toMonth: last * 3, label: `${code.part.label}-Q${last}` }, end: j + 2 };
      }
    }
    // 2021年Q1季度: a redundant 季度 after the code joins its span.
    const redundant = code.part.label[0] === 'Q' && s.charCodeAt(j) === 0x5b63 /* 季 */ ? (s.charCodeAt(j + 1) === 0x5ea6 /* 度 */ ? 2 : 1) : 0;
    return { part: code.part, end: j + redundant };
  }

  /** A range of years [start, end): 2028–2030, 2025年至2028年, between 2023 and 2030, FY26-FY28. */
  private emitYearRange(start: number, end: number, from: number, to: number, label: string, lang: 'zh' | 'en'): number {
    this.push({ offset: start, length: end - start, text: this.o.slice(start, end), kind: 'year', value: null, low: from, high: to, unit: 'year', qualifier: 'range', approx: false, time: { from: String(from), to: String(to), label }, lang });
    return end;
  }

  private emitYear(A: Side, end: number, prefix: QualMatch | null, lang: 'zh' | 'en', label?: string): number {
    const v = A.v!;
    let end2 = end;
    let q: Qualifier = 'exact';
    let low: number | null = null;
    let high: number | null = null;
    const suf = suffixQualifier(this.s, end2, false);
    // "around the year 2032": the hedge stands before "the year".
    if (!prefix && lang === 'en' && startsWithAsciiCI(this.s, A.start - 9, 'the year ')) prefix = prefixQualifier(this.s, A.start - 9);
    // "a 30 per cent rise over 2021", "above 2019 levels": over, above, under, below before a year compare with it.
    // "starting from 2024" is when something begins, no floor of the year (a price's floor only: complete()).
    let hedge: Qualifier | null = prefix && prefix.q !== 'range' && !YEAR_COMPARISONS.has(prefix.text) && !STARTING_AT.test(prefix.text) ? prefix.q : null;
    if (A.inner === 'about') hedge = 'about'; // "2030-ish"
    else if (suf && (suf.q === 'about' || suf.q === 'more-than' && suf.text === '以后')) {
      hedge = suf.q;
      end2 = suf.end;
    } else if (suf && (suf.text === '以前' || suf.text === '之前')) { /* not a hedge */ }
    // "2028年以后", "before 2028" are not hedges of the year value.
    if (hedge === 'about') { q = 'about'; low = v - 1; high = v + 1; }
    else if (hedge === 'more-than' || hedge === 'at-least') { q = hedge; low = v; }
    else if (hedge === 'up-to' || hedge === 'less-than' || hedge === 'at-most') { q = hedge; high = v; }
    if (A.start < this.lastEnd) return end2;
    this.push({
      offset: A.start, length: end2 - A.start, text: this.o.slice(A.start, end2), kind: 'year', value: v, low, high, unit: 'year',
      qualifier: q, approx: q === 'about', time: { from: String(v), to: String(v), label: label ?? String(v) }, lang,
    });
    return end2;
  }

  /** One day of a year (2025-01-21, 2024/10/11, 30/09/2025); 0 where the month or the day is out of range. */
  private emitDay(start: number, end: number, year: number, month: number, day: number, prefix: QualMatch | null): number {
    if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
    const iso = `${year}-${pad2(month)}-${pad2(day)}`;
    return this.emitDate(start, end, year, { from: iso, to: iso, label: iso }, prefix);
  }

  private emitDate(start: number, end: number, year: number | null, time: TimeRef, _prefix: QualMatch | null, lang: 'zh' | 'en' = 'en'): number {
    if (start < this.lastEnd) return end;
    // "6月左右", "春节前后"-style hedges after a date: about that date.
    const about = this.s.startsWith('左右', end) || this.s.startsWith('前后', end);
    if (about) end += 2;
    this.push({
      offset: start, length: end - start, text: this.o.slice(start, end), kind: 'date', value: year, low: null, high: null, unit: 'date',
      qualifier: about ? 'about' : 'exact', approx: about, time, lang,
    });
    return end;
  }

  /** A part of a month named relatively (本月末, "the start of this month"): a period of no known month, labelled as written. */
  private emitRelativePeriod(start: number, end: number, lang: 'zh' | 'en'): number {
    if (start >= this.lastEnd) {
      const text = this.o.slice(start, end);
      this.push({ offset: start, length: end - start, text, kind: 'period', value: null, low: null, high: null, unit: 'period', qualifier: 'exact', approx: false, time: { label: text, relative: true }, lang } as Figure);
    }
    return end;
  }

  private emitPeriod(start: number, end: number, year: number | null, part: PartDef, lang: 'zh' | 'en', label: string, toYear?: number): number {
    if (start < this.lastEnd) return end;
    // 二季度末, 第三季底: the end of a quarter is its last month (as 9月末 is a part of September).
    // 上半年末: so is the end of a half-year.
    if (lang === 'zh' && (part.toMonth - part.fromMonth === 2 || (part.toMonth - part.fromMonth === 5 && this.s.charCodeAt(end - 1) === 0x5e74 /* 年 */)) && quarterEndAt(this.s, end)) {
      part = { fromMonth: part.toMonth, toMonth: part.toMonth, label: `end of ${part.label}` };
      label += this.o[end];
      end++;
    } else if ((part.toMonth - part.fromMonth === 2 || part.toMonth - part.fromMonth === 5) && isAlnum(this.s.charCodeAt(end - 1))) {
      // 截至 2Q24 末, Q2末, 2025H1 末: a quarter's or a half's code before 末 or 底 (typeset maybe with a space) is its end too.
      const at = this.s.charCodeAt(end) === 32 ? end + 1 : end;
      const c = this.s.charCodeAt(at);
      if ((c === 0x672b /* 末 */ || c === 0x5e95 /* 底 */) && !'端期尾日位线線层層部座'.includes(this.s[at + 1] ?? '_')) {
        part = { fromMonth: part.toMonth, toMonth: part.toMonth, label: `end of ${part.label}` };
        label = this.o.slice(start, at + 1);
        end = at + 1;
      }
    }
    const r = monthRange(year, part.fromMonth, part.toMonth);
    const time: TimeRef = year === null
      ? { from: `--${pad2(part.fromMonth)}`, to: `--${pad2(part.toMonth)}`, label, relative: true }
      : { from: r.from, to: toYear ? `${toYear}-12` : r.to, label };
    const fiscal = year !== null && !toYear && FISCAL_MARK.test(label + this.o.slice(start, end)) ? fiscalPart(year, part) : undefined;
    if (fiscal) time.fiscal = fiscal;
    // 今年年底左右, 年中前后: about that period, as 6月左右 is about that date; so is "around mid-2028"
    // (the hedge before it stays outside the span, as prefix hedges do). A code in Chinese copy too, a typeset
    // space between: 以及 Q2 左右開始.
    const hedgeAt = this.s.charCodeAt(end) === 32 && isCJK(this.s.charCodeAt(end + 1)) ? end + 1 : end;
    const aboutAfter = this.s.startsWith('左右', hedgeAt) || this.s.startsWith('前后', hedgeAt);
    if (aboutAfter) end = hedgeAt + 2;
    const about = aboutAfter || (lang === 'en' && AROUND_BEFORE.test(this.s.slice(Math.max(0, start - 16), start)));
    this.push({
      offset: start, length: end - start, text: this.o.slice(start, end), kind: 'period', value: year, low: null, high: null, unit: 'period',
      qualifier: about ? 'about' : 'exact', approx: about, time, lang,
    });
    return end;
  }

  /**
   * 1月, 3月30日, 1月21日 at p (after a year, a relative year, or alone), and ranges of them:
   * 4-6月, 1至9月, 1月至9月 (months), 8月22日至24日, 10月24—26日, 9月30日至10月2日 (days).
   */
  /**
   * 元月 (January: 公布元月合併營收) and Hong Kong's 次季 (the second quarter, as 首季 is the first);
   * not 元 after an amount (3,000億元月增) nor 次 ending a word (首次, 本次季度).
   */
  private firstMonthOrSecondQuarter(i: number): number {
    const s = this.s;
    const prev = s.charCodeAt(i - 1);
    if (s.charCodeAt(i) === 0x5143 /* 元 */) {
      if (s.charCodeAt(i + 1) !== 0x6708 /* 月 */ || isDigit(prev) || isZhNumChar(prev) || '万亿萬億兆'.includes(s[i - 1] ?? '_') || '增减減'.includes(s[i + 2] ?? '_')) return i + 1;
      // 元月初, 元月底: a part of January (as 3月初).
      const part = MONTH_PART_PERIOD[s[i + 2] ?? '_'];
      if (part) return this.emitPeriod(i, i + 3, null, { fromMonth: 1, toMonth: 1, label: `元月${s[i + 2]}` }, 'zh', s.slice(i, i + 3));
      // 元月12日, 元月12日至16日: a day of January, or days joined by 至, 到 or a dash (as 1月12日至16日).
      const day = FIRST_MONTH_DAYS.exec(s.slice(i + 2, i + 12));
      if (day && +day[1] >= 1 && +day[1] <= 31 && (!day[2] || (+day[2] > +day[1] && +day[2] <= 31))) {
        const end = i + 2 + day[0].length;
        return this.emitDate(i, end, null, { from: `--01-${pad2(+day[1])}`, to: `--01-${pad2(+(day[2] ?? day[1]))}`, label: s.slice(i, end), relative: true }, null, 'zh');
      }
      return this.emitDate(i, i + 2, null, { from: '--01', to: '--01', label: '元月', relative: true }, null, 'zh');
    }
    if (s.charCodeAt(i + 1) !== 0x5b63 /* 季 */ || WORDS_ENDING_IN_CI.includes(s[i - 1] ?? '_') || s.charCodeAt(i + 2) === 0x8282 /* 节 */ || s.charCodeAt(i + 2) === 0x7bc0) return i + 1;
    const end = s.charCodeAt(i + 2) === 0x5ea6 /* 度 */ ? i + 3 : i + 2;
    return this.emitPeriod(i, end, null, { fromMonth: 4, toMonth: 6, label: 'Q2' }, 'zh', s.slice(i, end));
  }

  private zhMonthDay(p: number, year: number | null, start: number): number {
    const s = this.s;
    const first = readMonthOrDay(s, p);
    if (!first) return p;
    const mo = first.v;
    let j = first.end;
    if (mo < 1 || mo > 12) return p;
    const rel = year === null;
    const pfx = rel ? '--' : `${year}-`;
    const emit = (end: number, from: string, to: string, toPfx = pfx): number =>
      this.emitDate(start, end, year, { from: pfx + from, to: toPfx + to, label: this.o.slice(start, end), ...(rel ? { relative: true } : {}) }, null, 'zh');
    /**
     * The month closing a range at `at`: a dash, a month, 月 (`end` is after 月). An earlier month
     * than the first runs into the next year (11月至1月, a quarter that spans the year end).
     */
    const closingMonth = (at: number): { v: number; end: number } | null => {
      // (Typeset copy spaces the dash: 2018 年 1 - 9 月.)
      if (s.charCodeAt(at) === 32 && isDateDash(s.charCodeAt(at + 1)) && s.charCodeAt(at + 2) === 32) at++;
      const m = isDateDash(s.charCodeAt(at)) ? readMonthOrDay(s, s.charCodeAt(at + 1) === 32 && s.charCodeAt(at - 1) === 32 ? at + 2 : at + 1) : null;
      return m && s.charCodeAt(m.end) === 0x6708 /* 月 */ && m.v !== mo && m.v >= 1 && m.v <= 12 ? { v: m.v, end: m.end + 1 } : null;
    };
    const nextYear = (m: number): string => (m < mo && !rel ? `${year! + 1}-` : pfx);
    /**
     * A year and month written again after the dash at `at` (2024年5月24日至2029年5月24日, and typeset
     * with a space before it, 2025年04月09日 至 2025年04月15日): their values and the end after 月. The
     * caller checks that the second date is the later.
     */
    const laterYearMonth = (at: number): { y: number; m: number; end: number } | null => {
      if (s.charCodeAt(at) === 32 && isDateDash(s.charCodeAt(at + 1))) at++;
      if (rel || !isDateDash(s.charCodeAt(at))) return null;
      let z = at + 1;
      while (isDigit(s.charCodeAt(z))) z++;
      const y = +s.slice(at + 1, z);
      if (z - at - 1 !== 4 || s.charCodeAt(z) !== 0x5e74 /* 年 */ || !isYear(y) || y < year!) return null;
      const m = readMonthOrDay(s, z + 1);
      return m && s.charCodeAt(m.end) === 0x6708 /* 月 */ && m.v >= 1 && m.v <= 12 ? { y, m: m.v, end: m.end + 1 } : null;
    };
    const afterFen = (e: number): number => (s.charCodeAt(e) === 0x4efd /* 份 */ ? e + 1 : e);
    if (s.charCodeAt(j) !== 0x6708 /* 月 */) {
      // A range of months with 月 after the second only: 4-6月, 1至9月.
      const second = closingMonth(j);
      if (second) return emit(afterFen(second.end), pad2(mo), pad2(second.v), nextYear(second.v));
      // 2026年6、7月: a month listed before the one that writes 月 is a month of the year too.
      if (!rel && s.charCodeAt(j) === 0x3001 /* 、 */ && MONTH_AFTER_LIST.test(s.slice(j + 1, j + 36))) return emit(j, pad2(mo), pad2(mo));
      // 2024年11–2025年1月: the first month's 月 left out before a later year and month.
      const later = laterYearMonth(j);
      return later && later.y > year! ? emit(afterFen(later.end), pad2(mo), pad2(later.m), `${later.y}-`) : p;
    }
    j++;
    // Optional day
    const day = readMonthOrDay(s, j);
    const d = day ? day.v : 0;
    let k = day ? day.end : j;
    if (d >= 1 && d <= 31) {
      const from = `${pad2(mo)}-${pad2(d)}`;
      // 10月24—26日: a range of days with 日 after the second only; typeset, 1 月 29 - 30 日.
      const spaced = s.charCodeAt(k) === 32 && isDateDash(s.charCodeAt(k + 1)) && s.charCodeAt(k + 2) === 32;
      const dash = s.charCodeAt(spaced ? k + 1 : k);
      if (isDateDash(dash)) {
        const d2 = readMonthOrDay(s, spaced ? k + 3 : k + 1);
        if (d2 && d2.v > d && d2.v <= 31 && isDayWord(s.charCodeAt(d2.end))) return emit(d2.end + 1, from, `${pad2(mo)}-${pad2(d2.v)}`);
      }
      if (isDayWord(dash)) {
        k++;
        // 2024年5月24日至2029年5月24日: a later year, month and day.
        const later = laterYearMonth(k);
        const d2 = later ? readMonthOrDay(s, later.end) : null;
        const afterFrom = later !== null && d2 !== null && (later.y > year! || later.m > mo || (later.m === mo && d2.v > d));
        if (later && d2 && afterFrom && d2.v >= 1 && d2.v <= 31 && isDayWord(s.charCodeAt(d2.end))) return emit(d2.end + 1, from, `${pad2(later.m)}-${pad2(d2.v)}`, `${later.y}-`);
        // 去年10月14日至今年3月11日: a later relative year, month and day (the years themselves unknown).
        const laterRel = rel ? LATER_RELATIVE_YEAR.exec(s.slice(k, k + 4)) : null;
        if (laterRel) {
          const m2 = readMonthOrDay(s, k + laterRel[0].length);
          const dd = m2 && s.charCodeAt(m2.end) === 0x6708 /* 月 */ ? readMonthOrDay(s, m2.end + 1) : null;
          if (m2 && dd && m2.v >= 1 && m2.v <= 12 && dd.v >= 1 && dd.v <= 31 && isDayWord(s.charCodeAt(dd.end))) return emit(dd.end + 1, from, `${pad2(m2.v)}-${pad2(dd.v)}`);
        }
        // 8月22日至24日, 9月30日至10月2日; typeset with spaces: 2 月 25 日 -5 月 25 日.
        const kd = s.charCodeAt(k) === 32 && isDateDash(s.charCodeAt(k + 1)) ? k + 1 : k;
        if (isDateDash(s.charCodeAt(kd))) {
          const next = readMonthOrDay(s, s.charCodeAt(kd + 1) === 32 ? kd + 2 : kd + 1);
          if (next && isDayWord(s.charCodeAt(next.end)) && next.v > d && next.v <= 31) return emit(next.end + 1, from, `${pad2(mo)}-${pad2(next.v)}`);
          // 5月4日至5月10日: the month written again.
          if (next && s.charCodeAt(next.end) === 0x6708 && next.v >= mo && next.v <= 12) {
            const d2 = readMonthOrDay(s, next.end + 1);
            if (d2 && d2.v >= 1 && d2.v <= 31 && (next.v > mo || d2.v > d) && isDayWord(s.charCodeAt(d2.end))) return emit(d2.end + 1, from, `${pad2(next.v)}-${pad2(d2.v)}`);
          }
        }
        return emit(k, from, from);
      }
      // 9月10及11日, 9月10、11日: a day listed before another that writes 日 or 号 is a day of the month too.
      if (isDigit(s.charCodeAt(j)) && DAY_LISTED_BEFORE_DAY.test(s.slice(k, k + 8))) return emit(k, from, from);
      // 于2025年1月31需要各方遵守: after a year and a month, a day whose 日 the writer left out, before a
      // word no amount takes (1月30万台, 1月31家 stay counts).
      if (year !== null && !rel && isDigit(s.charCodeAt(j)) && DAY_WITHOUT_WORD_BEFORE.includes(s[k] ?? '_')) return emit(k, from, from);
    }
    // Month alone ("1月"); "1月份". "6月底", "3月初", "9月末", "6月杪", "6月中旬": a part of the month, a period.
    // (2月份末, 6月份底: 份 before the part of the month.)
    if (s.charCodeAt(j) === 0x4efd && (s.charCodeAt(j + 1) === 0x672b /* 末 */ || s.charCodeAt(j + 1) === 0x5e95 /* 底 */)) {
      j += 2;
      return this.emitPeriod(start, j, year, { fromMonth: mo, toMonth: mo, label: this.o.slice(start, j) }, 'zh', this.o.slice(start, j));
    }
    // (10月中下旬, 上中旬: two parts at once.)
    const monthPart = ZH_MONTH_PARTS.find((w) => s.startsWith(w, j));
    if (s.charCodeAt(j) === 0x4efd) j++;
    else if (s.charCodeAt(j) === 0x5e95 || s.charCodeAt(j) === 0x521d || s.charCodeAt(j) === 0x672b || s.charCodeAt(j) === 0x676a /* 杪 */ || monthPart || midMonthAt(s, j)) {
      j += monthPart ? monthPart.length : s.charCodeAt(j + 1) === 0x65ec /* 旬 */ ? 2 : 1;
      return this.emitPeriod(start, j, year, { fromMonth: mo, toMonth: mo, label: this.o.slice(start, j) }, 'zh', this.o.slice(start, j));
    }
    // 2024年5月至2025年6月: whole months into a later year (not …至2025年6月30日).
    const later = laterYearMonth(j);
    if (later && (later.y > year! || later.m > mo) && !isDigit(s.charCodeAt(later.end)) && !isZhNumChar(s.charCodeAt(later.end))) return emit(afterFen(later.end), pad2(mo), pad2(later.m), `${later.y}-`);
    // 1月至9月: a range of whole months (not 1月至9月30日).
    const second = closingMonth(j);
    if (second && !isDigit(s.charCodeAt(second.end)) && !isZhNumChar(s.charCodeAt(second.end))) return emit(afterFen(second.end), pad2(mo), pad2(second.v), nextYear(second.v));
    return emit(j, pad2(mo), pad2(mo));
  }

  /** Analysts' digit-led codes: 2H 2026, 3Q25, 1H25, 4Q 2025 (the same periods as H2 2026, Q3 2025). */
  private digitLedCode(i: number): number {
    const s = this.s;
    if (isAlnum(s.charCodeAt(i - 1))) return 0;
    // 1-3Q25: a range of quarter numbers before one code of a two-digit year (Q1–Q3 2025), as 2024Q1-3;
    // 1Q-2Q26 and 1Q至2Q26 write the first quarter's code in full.
    const c1 = s.charCodeAt(i + 1);
    if (c1 === 45 || c1 === 0x2013 || (c1 === 81 /* Q */ && !isDigit(s.charCodeAt(i + 2)))) {
      const qr = QUARTER_RANGE_CODE.exec(s.slice(i, i + 11));
      if (qr && +qr[2] > +qr[1]) {
        const end = i + qr[0].length;
        const y = qr[3].length === 2 ? 2000 + +qr[3] : +qr[3];
        if (isYear(y)) return this.emitPeriod(i, end, y, { fromMonth: 3 * +qr[1] - 2, toMonth: 3 * +qr[2], label: `Q${qr[1]}-Q${qr[2]}` }, 'en', s.slice(i, end));
      }
    }
    // 2024Q4, 2025H1: a year with its quarter or half glued after it, as Chinese financial copy writes.
    if (isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3))) {
      const y = +s.slice(i, i + 4);
      const glued = isYear(y) ? gluedPartAt(s, i + 4) : null;
      // 2025Q1-Q3: a range of quarters glued to the year is one period (as 2026年Q3-Q4).
      const range = glued ? this.codeAfterYear(i + 4) : undefined;
      if (range && range.end > i + 6) return this.emitPeriod(i, range.end, y, range.part, 'en', s.slice(i, range.end));
      return glued ? this.emitPeriod(i, i + 6, y, glued, 'en', s.slice(i, i + 6)) : 0;
    }
    // 25Q4, 26H1: a two-digit year with its quarter or half glued after it, as broker notes write it.
    if (isDigit(s.charCodeAt(i + 1)) && isLatin(s.charCodeAt(i + 2))) {
      const glued = gluedPartAt(s, i + 2);
      // 25Q1-Q3: a range of quarters too.
      const range = glued ? this.codeAfterYear(i + 2) : undefined;
      if (range && range.end > i + 4) return this.emitPeriod(i, range.end, 2000 + +s.slice(i, i + 2), range.part, 'en', s.slice(i, range.end));
      return glued ? this.emitPeriod(i, i + 4, 2000 + +s.slice(i, i + 2), glued, 'en', s.slice(i, i + 4)) : 0;
    }
    const n = s.charCodeAt(i) - 48;
    const w = s[i + 1];
    // ("9M 2025 performance", "9M25": the first N months of a year, as REITs and Asian results write them; only with the year,
    // since a bare 9M is nine million, and not 3M, the company (3M 2025年4月正式退出), whose three months a quarter names.)
    const months = w === 'M' && n >= 2 && n <= 11 && n !== 3 ? { fromMonth: 1, toMonth: n, label: `M1-M${n}` } : null;
    const part = months ?? quarterOrHalf(w, n);
    if (!part) return 0;
    let y: number | null = null;
    let end = i + 2;
    let k = i + 2;
    while (isDigit(s.charCodeAt(k))) k++;
    if (k - end === 2 && (!isAlnum(s.charCodeAt(k)) || estimateMarkAt(s, k, 2000 + +s.slice(end, k)))) {
      // ("3Q26e", "2H26E": a broker's estimate letter glued after the code, in the span as in 1QFY26E.)
      y = 2000 + +s.slice(end, k);
      end = isAlnum(s.charCodeAt(k)) ? k + 1 : k;
    } else if (k - end === 4 && isYear(+s.slice(end, k)) && !isAlnum(s.charCodeAt(k))) {
      y = +s.slice(end, k); // 1H2023
      end = k;
    } else if (k === end && apostropheYearEnd(s, end) > 0) {
      // "3Q'19", "1H’25": the year's two digits after an apostrophe, as "Q1'25".
      end = apostropheYearEnd(s, end);
      y = apostropheYear(s, end);
    } else if (k === end && gluedFiscalYearAt(s, end)) {
      // 4QFY2024, 3QFY25 (Malaysian and Indian copy): the fiscal year glued after the quarter.
      const g = gluedFiscalYearAt(s, end)!;
      y = g.y;
      end = g.end;
    } else if (k === end && !isAlnum(s.charCodeAt(end))) {
      const q = skipSp(s, end);
      let z = q;
      while (isDigit(s.charCodeAt(z))) z++;
      const fiscal = q - end === 1 && z === q ? gluedFiscalYearAt(s, q) : null;
      if (q - end === 1 && z - q === 4 && isYear(+s.slice(q, z)) && !isAlnum(s.charCodeAt(z))) {
        y = +s.slice(q, z);
        end = z;
      } else if (fiscal) {
        // "1H FY26", "3Q FY2025": the fiscal year spaced after the code, as "H1 FY26".
        y = fiscal.y;
        end = fiscal.end;
      } else if (q - end === 1 && z > q) return 0; // "3Q 5 units": another number follows, no period
    } else return 0;
    if (months && (y === null || isCJK(s.charCodeAt(skipSp(s, end))))) return 0;
    // 2QFY26季度: a redundant 季度 after the code joins its span (as 2021年Q1季度).
    if (part.label[0] === 'Q' && s.charCodeAt(end) === 0x5b63 /* 季 */) end += s.charCodeAt(end + 1) === 0x5ea6 /* 度 */ ? 2 : 1;
    return this.emitPeriod(i, end, y, part, 'en', s.slice(i, end));
  }

  /**
   * "FY2026 to FY2028", "FY26-FY28", "between FY19 and FY24", and spaced "FY 2020 to FY 2025": the range
   * of fiscal years from `fy` (FY at i, its digits ending at k). The range's end, or 0.
   */
  private fiscalYearRange(i: number, k: number, fy: number, spaced: boolean): number {
    const s = this.s;
    const code = spaced ? 'FY ' : 'FY';
    const between = s.startsWith(` and ${code}`, k) ? BETWEEN_YEARS_BEFORE.exec(s.slice(Math.max(0, i - 24), i)) : null;
    // ("FY 26-FY28", "FY 2026-FY 2028": a dash joins either spelling.)
    const dash = (s.charCodeAt(k) === 45 || s.charCodeAt(k) === 0x2013) && s.startsWith('FY', k + 1) ? (s.charCodeAt(k + 3) === 32 ? 4 : 3) : 0;
    const joiner = s.startsWith(` to ${code}`, k) ? 4 + code.length : s.startsWith(` through ${code}`, k) ? 9 + code.length : between ? 5 + code.length : dash;
    if (!joiner) return 0;
    let z = k + joiner;
    while (isDigit(s.charCodeAt(z))) z++;
    const y2 = fiscalYear(s.slice(k + joiner, z));
    if (y2 === null || y2 <= fy || !isYear(y2) || isAlnum(s.charCodeAt(z))) return 0;
    return this.emitYearRange(between ? i - between[0].length : i, z, fy, y2, `FY${fy}–FY${y2}`, 'en');
  }

  /** FY2025, FY25, Q3 2025, H2 2026, 3Q25 — letter-led codes. */
  private timeCode(i: number, w: string): number {
    const s = this.s;
    const we = i + w.length;
    let k = we;
    while (isDigit(s.charCodeAt(k))) k++;
    const digits = s.slice(we, k);
    // "CY2025", "in CY25": a calendar year, as sell-side copy sets it against fiscal ones.
    if (w === 'CY' && (digits.length === 2 || digits.length === 4) && !isAlnum(s.charCodeAt(k)) && !(s.charCodeAt(k) === 45 && isAlnum(s.charCodeAt(k + 1)))) {
      const y = fiscalYear(digits);
      return y !== null && isYear(y) ? this.emitYear({ start: i, end: k, v: y } as Side, k, null, 'en', `CY${y}`) : 0;
    }
    // "FQ1 2026": a quarter of the fiscal year (as "fiscal Q1 2026"); without a year ("Consensus for
    // FQ4") no figure, as the held-out sets read it.
    if (w === 'FQ' && digits.length === 1 && !isAlnum(s.charCodeAt(k))) {
      const part = quarterOrHalf('Q', +digits);
      const { y, end } = this.yearAfterCode(k);
      return part && y !== null ? this.emitPeriod(i, end, y, { ...part, label: `fiscal ${part.label}` }, 'en', s.slice(i, end)) : 0;
    }
    const fy = w === 'FY' ? fiscalYear(digits) : null;
    if (fy !== null && isYear(fy)) {
      // FY25Q1, FY2025H2: a fiscal year with its quarter or half glued after it.
      const glued = gluedPartAt(s, k);
      if (glued) return this.emitPeriod(i, k + 2, fy, glued, 'en', s.slice(i, k + 2));
      const range = this.fiscalYearRange(i, k, fy, false);
      if (range) return range;
      // FY26/27/28 (sell-side lists): three or more slashed years are each their own fiscal year, not a split year.
      const list = FY_SLASH_LIST.exec(s.slice(k, k + 16));
      if (list) {
        const years = list[0].split('/').slice(1).map((d) => 2000 + +d);
        if (years.every((y, n) => y === fy + n + 1)) {
          this.emitYear({ start: i, end: k, v: fy } as Side, k, null, 'en', `FY${fy}`);
          let at = k + 1;
          for (const y of years) {
            this.emitYear({ start: at, end: at + 2, v: y } as Side, at + 2, null, 'en', `FY${y}`);
            at += 3;
          }
          return at - 1;
        }
      }
      // "FY2024-25": the second year shortened, as in 2024-25.
      const second = secondYearAfter(s, k, fy);
      if (second) return this.emitYearRange(i, second.end, fy, second.year, `FY${fy}–FY${second.year}`, 'en');
      // "FY27–28E": a sell-side range of fiscal years, the estimate's letter after the second one (as after FY26E).
      const estimated = FY_RANGE_ESTIMATE.exec(s.slice(k, k + 5));
      const y2 = estimated ? Math.floor(fy / 100) * 100 + +estimated[1] : 0;
      if (y2 > fy && isYear(y2)) return this.emitYearRange(i, k + 4, fy, y2, `FY${fy}–FY${y2}`, 'en');
      // "a strong FY25 Q4", "FY2026 H1": the quarter or half written after the fiscal year.
      const after = s.charCodeAt(k) === 32 ? quarterCode(s, k + 1) : undefined;
      if (after) return this.emitPeriod(i, k + 1 + after.len, fy, after.part, 'en', s.slice(i, k + 1 + after.len));
      // "FY2026E PE", "FY25A": a sell-side fiscal year, the letter in the span (as 2026E).
      const mark = s.charCodeAt(k);
      // (HSBC writes the estimate's letter in lower case: FY27e.)
      if ((mark === 69 || mark === 70 || mark === 65 || mark === 101) && !isAlnum(s.charCodeAt(k + 1))) return this.emitYear({ start: i, end: k + 1, v: fy } as Side, k + 1, null, 'en', `FY${fy}`);
    }
    // Q3FY25, H1FY2026 (Indian copy): a quarter or half with its fiscal year glued after it.
    const gluedFy = fy === null && digits.length === 1 ? gluedFiscalYearAt(s, k) : null;
    const gluedPart = gluedFy ? quarterOrHalf(w, +digits) : null;
    if (gluedFy && gluedPart) return this.emitPeriod(i, gluedFy.end, gluedFy.y, gluedPart, 'en', s.slice(i, gluedFy.end));
    // "at Q3-end": the end of a quarter is its last month, as 二季度末 is.
    const ended = fy === null && digits.length === 1 && w === 'Q' && s.slice(k, k + 4).toLowerCase() === '-end' && !isAlnum(s.charCodeAt(k + 4)) ? quarterOrHalf(w, +digits) : null;
    if (ended) {
      const { y, end } = this.yearAfterCode(k + 4);
      return this.emitPeriod(i, end, y, { fromMonth: ended.toMonth, toMonth: ended.toMonth, label: `end of ${ended.label}` }, 'en', s.slice(i, end));
    }
    // "target Q1-2027": a quarter hyphenated to its year (as Dec-2024 is a month of it).
    // ("In Q1-23, the Saudi oil giant": the year's last two digits.)
    const hyphenYear = fy === null && digits.length === 1 && s.charCodeAt(k) === 45 ? HYPHEN_YEAR_AFTER.exec(s.slice(k + 1, k + 7)) : null;
    const year = hyphenYear ? (hyphenYear[0].length === 2 ? 2000 + +hyphenYear[0] : +hyphenYear[0]) : 0;
    const hyphenPart = year && isYear(year) ? quarterOrHalf(w, +digits) : null;
    if (hyphenPart) return this.emitPeriod(i, k + 1 + hyphenYear![0].length, year, hyphenPart, 'en', s.slice(i, k + 1 + hyphenYear![0].length));
    // ("increased by $68 billion in Q2-up 15%": wire copy that turned a quote's dash into a hyphen keeps the quarter.)
    const dashedOn = fy === null && w === 'Q' && digits.length === 1 && s.charCodeAt(k) === 45 && /^-(?:up|down|and|but|as|when|while|after|before|the|its|their|led|driven|which|than|from)(?![\w-])/.test(s.slice(k, k + 9));
    if (isAlnum(s.charCodeAt(k)) || (s.charCodeAt(k) === 45 && isAlnum(s.charCodeAt(k + 1)) && !dashedOn)) return 0;
    if (fy !== null) {
      if (!isYear(fy)) return 0;
      // FY25財年: Chinese copy repeats the fiscal-year word after the code; it joins the span.
      const word = fiscalYearWordEnd(s, k);
      const end = word > 0 ? word : k;
      const A = { start: i, end, v: fy } as Side;
      return this.emitYear(A, end, null, 'en', `FY${fy}`);
    }
    const part = digits.length === 1 ? quarterOrHalf(w, +digits) : null;
    if (part) {
      const { y, end } = this.yearAfterCode(k);
      // "H1、G1", "Unitree H1 和 G1": without a year, listed with another letter-and-digit model or after a brand, a model's name.
      // ("其H1人形机器人": or glued before a Chinese product noun.)
      if (y === null && (MODEL_CODE_LISTED_AFTER.test(s.slice(k, k + 5)) || MODEL_CODE_LISTED_BEFORE.test(s.slice(Math.max(0, i - 5), i)) || BRAND_BEFORE_CODE.test(s.slice(Math.max(0, i - 14), i)) || PRODUCT_NOUN_AFTER_CODE.test(s.slice(k, k + 4)))) return k;
      return this.emitPeriod(i, end, y, part, 'en', s.slice(i, end));
    }
    return 0;
  }

  /** The year after a quarter code ending at k: "Q3 2025", "Q2 FY2026", "Q2 fiscal 2026", "Q4 '25"; end = k without one. */
  private yearAfterCode(k: number): { y: number | null; end: number } {
    const s = this.s;
    // "in Q2, 2022 – from …", "Q4, 2023.": the year set off by a comma before punctuation, as "the first quarter, 2023.".
    if (s.charCodeAt(k) === 44 && s.charCodeAt(k + 1) === 32) {
      const z = yearEndAt(s, k + 2);
      if (z > 0 && YEAR_AFTER_COMMA_ENDS.test(s.slice(z, z + 3))) return { y: +s.slice(k + 2, z), end: z };
    }
    let q = skipSp(s, k);
    if (q - k > 1) return { y: null, end: k };
    // "Q1 of 2027", "Q3 of fiscal 2026": as "first quarter of 2025".
    const of = q > k && (s.charCodeAt(q) | 32) === 111 && (s.charCodeAt(q + 1) | 32) === 102 && s.charCodeAt(q + 2) === 32;
    // "Since Q2 of last year": a relative year, as "June of this year".
    const rel = of ? /^(?:last|this|next) year(?![A-Za-z])/i.exec(s.slice(q + 3, q + 13)) : null;
    if (rel) return { y: null, end: q + 3 + rel[0].length };
    // "in Q3 this year": the relative year without of, as "June this year".
    const relBare = !of && q > k && (s.charCodeAt(q) | 32) !== 102 ? /^(?:last|this|next) year(?![A-Za-z])/i.exec(s.slice(q, q + 10)) : null;
    if (relBare) return { y: null, end: q + relBare[0].length };
    // "Q3 of the 2026 fiscal year": as "the third quarter of its 2026 fiscal year".
    const named = of && ((s.charCodeAt(q + 3) | 32) === 116 /* the, their, this */ || (s.charCodeAt(q + 3) | 32) === 105 /* its */) ? NAMED_FISCAL_YEAR.exec(s.slice(q + 3, q + 35)) : null;
    if (named && isYear(+(named[1] ?? named[2]))) return { y: +(named[1] ?? named[2]), end: q + 3 + named[0].length };
    if (of) q = fiscalWordEnd(s, q + 3);
    // "Q2 fiscal 2026", "Q2 fiscal year 2026": as "Q2 FY2026".
    else if (q > k) q = fiscalWordEnd(s, q);
    let m = q;
    // "Q3 FY 2026": the fiscal year spaced from FY, as the glued "Q3 FY2026".
    if (s.startsWith('FY', m)) {
      // "Q2 FY '26", "Q2 FY’26": the fiscal year's two digits after an apostrophe.
      const ap = apostropheYearEnd(s, m + 2);
      if (ap > 0) return { y: apostropheYear(s, ap), end: ap };
      m += s.charCodeAt(m + 2) === 32 && isDigit(s.charCodeAt(m + 3)) ? 3 : 2;
    }
    let z = m;
    while (isDigit(s.charCodeAt(z))) z++;
    if (z - m === 4 && isYear(+s.slice(m, z)) && !isAlnum(s.charCodeAt(z))) {
      // "Q3 FY 2025-2026", "Q2 2025-26": a quarter of a fiscal year split over two calendar years, named by the one it ends in.
      const split = secondYearAfter(s, z, +s.slice(m, z));
      if (split && split.year === +s.slice(m, z) + 1 && !isAlnum(s.charCodeAt(split.end))) return { y: split.year, end: split.end };
      return { y: +s.slice(m, z), end: z };
    }
    // "as of Q1 20251.": an endnote digit glued to the year (passed over by atNumeral).
    if (z - m === 5 && q > k && endnoteAfterYear(s, m)) {
      this.endnoteAt = m + 4;
      return { y: +s.slice(m, m + 4), end: m + 4 };
    }
    // "Q3 FY26": a two-digit fiscal year after FY.
    if (z - m === 2 && m > q && !isAlnum(s.charCodeAt(z))) {
      const fy = fiscalYear(s.slice(m, z));
      if (fy !== null) return { y: fy, end: z };
    }
    if (of) return { y: null, end: k };
    // "Q4 '25": the year's two digits after an apostrophe.
    const ap = apostropheYearEnd(s, q);
    if (ap > 0) return { y: apostropheYear(s, ap), end: ap };
    return { y: null, end: k };
  }

  /**
   * "the April-June period", "January–March quarter", "Jan-Mar 2025": two capitalised months joined by a
   * hyphen or en dash are one date figure from the first to the second (November-January runs into the
   * next year; a year after such a range is left to itself).
   */
  private englishMonthRange(i: number, we: number, lw: string): number {
    const s = this.s;
    const c = s.charCodeAt(we);
    // "in January to March 2015", "between January and March 2025": joined by words, the range needs the year
    // after it (moved from January to March is two dates) and, for "and", "between" before it (in the span).
    const worded = c === 32 ? WORDED_MONTH_JOINER.exec(s.slice(we, we + 10)) : null;
    const between = worded?.[1] === 'and' ? BETWEEN_YEARS_BEFORE.exec(s.slice(Math.max(0, i - 24), i)) : null;
    if (worded && worded[1] !== 'and' && !MONTH_RANGE_LEADS.has(this.prevWord(i) ?? '')) return 0;
    if (worded && worded[1] === 'and' && !between) return 0;
    // "the July-to-September quarter": the words hyphenated into one adjective read as the dash does.
    const hyphenated = c === 45 ? HYPHENATED_MONTH_JOINER.exec(s.slice(we, we + 10)) : null;
    const joinEnd = worded ? we + worded[0].length : hyphenated ? we + hyphenated[0].length : we + 1;
    if ((!worded && c !== 45 && c !== 0x2013) || !isUpper(s.charCodeAt(joinEnd))) return 0;
    const we2 = wordEnd(s, joinEnd);
    const mo2 = we2 - joinEnd >= 3 ? MONTHS.get(s.slice(joinEnd, we2).toLowerCase()) : undefined;
    const mo = MONTHS.get(lw)!;
    if (mo2 === undefined || mo2 === mo || isAlnum(s.charCodeAt(we2)) || s.charCodeAt(we2) === 45) return 0;
    let end = we2;
    let year: number | null = null;
    const r = skipSp(s, s.charCodeAt(we2) === 44 ? we2 + 1 : we2);
    const z = mo2 > mo && r > we2 ? yearEndAt(s, r) : -1;
    if (z > 0) {
      year = +s.slice(r, z);
      end = z;
    } else if (worded) return 0;
    const start = between ? i - between[0].length : i;
    const label = this.o.slice(start, end);
    const time: TimeRef = year === null
      ? { from: `--${pad2(mo)}`, to: `--${pad2(mo2)}`, label, relative: true }
      : { from: `${year}-${pad2(mo)}`, to: `${year}-${pad2(mo2)}`, label };
    return this.emitDate(start, end, year, time, null);
  }

  private englishDate(i: number, we: number, lw: string): number {
    const s = this.s;
    const mo = MONTHS.get(lw)!;
    let p = we;
    if (s.charCodeAt(p) === 46) p++;
    // "Dec-2024's $90M": a month hyphenated to its year, as in a table's column head.
    if (p === we && s.charCodeAt(p) === 45) {
      const z = yearEndAt(s, p + 1);
      if (z > 0 && !isAlnum(s.charCodeAt(z)) && s.charCodeAt(z) !== 45) {
        const y = +s.slice(p + 1, z);
        const iso = `${y}-${pad2(mo)}`;
        return this.emitDate(i, z, y, { from: iso, to: iso, label: s.slice(i, z) }, null);
      }
    }
    // "August of 2023": the month of a year, as "first quarter of 2025"; "June of this year" relative.
    if (s.startsWith(' of ', p)) {
      const z = yearEndAt(s, p + 4);
      if (z > 0) {
        const y = +s.slice(p + 4, z);
        const iso = `${y}-${pad2(mo)}`;
        return this.emitDate(i, z, y, { from: iso, to: iso, label: s.slice(i, z) }, null);
      }
      const rel = /^(?:this|last|next) year(?![A-Za-z])/i.exec(s.slice(p + 4, p + 18));
      if (rel) return this.emitDate(i, p + 4 + rel[0].length, null, { from: `--${pad2(mo)}`, to: `--${pad2(mo)}`, label: s.slice(i, p + 4 + rel[0].length), relative: true }, null);
    }
    // "as of June this year": the relative year right after the month, without "of".
    const relNext = s.charCodeAt(p) === 32 ? /^ (?:this|last|next) year(?![A-Za-z])/i.exec(s.slice(p, p + 16)) : null;
    if (relNext) return this.emitDate(i, p + relNext[0].length, null, { from: `--${pad2(mo)}`, to: `--${pad2(mo)}`, label: s.slice(i, p + relNext[0].length), relative: true }, null);
    // "in January, 2022": a comma between the month and its year.
    if (s.charCodeAt(p) === 44 && s.charCodeAt(p + 1) === 32) {
      const z = yearEndAt(s, p + 2);
      if (z > 0) {
        const y = +s.slice(p + 2, z);
        const iso = `${y}-${pad2(mo)}`;
        return this.emitDate(i, z, y, { from: iso, to: iso, label: s.slice(i, z) }, null);
      }
    }
    const q = skipSp(s, p);
    // ("Jan.1, 2027": an abbreviated month's point may run into the day.)
    // ("the quarter ended September30, 2025": a full date whose space the source lost.)
    if (q === p && !(p === we + 1 && lw.length <= 4 && isDigit(s.charCodeAt(p))) && !(p === we && GLUED_DAY_YEAR.test(s.slice(p, p + 10)))) return 0;
    let k = q;
    while (isDigit(s.charCodeAt(k)) && k - q < 4) k++;
    const num = +s.slice(q, k);
    if (k === q || isDigit(s.charCodeAt(k))) return 0;
    if (k - q === 4 && isYear(num)) {
      const iso = `${num}-${pad2(mo)}`;
      // "between May 2024 and May 2025": one range, between in the span (as "between January and March 2025").
      const between = s.charCodeAt(k) === 32 ? BETWEEN_YEARS_BEFORE.exec(s.slice(Math.max(0, i - 24), i)) : null;
      const to = between ? MONTH_YEAR_AFTER_AND.exec(s.slice(k, k + 20)) : null;
      const mo2 = to ? MONTHS.get(to[1].toLowerCase()) : undefined;
      const iso2 = to && mo2 !== undefined && isYear(+to[2]) ? `${to[2]}-${pad2(mo2)}` : '';
      if (iso2 > iso) return this.emitDate(i - between![0].length, k + to![0].length, num, { from: iso, to: iso2, label: s.slice(i - between![0].length, k + to![0].length) }, null);
      return this.emitDate(i, k, num, { from: iso, to: iso, label: s.slice(i, k) }, null);
    }
    if (k - q > 2 || num < 1 || num > 31) return 0;
    let end = k;
    const suf = s.slice(k, k + 2).toLowerCase();
    if ((suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th') && !isLatin(s.charCodeAt(k + 2))) end = k + 2;
    if (isLatin(s.charCodeAt(end))) return 0;
    // "July 9-15, 2025": a range of days in the month.
    const last = dayAfterDash(s, end);
    const d2 = last > 0 && !this.latinUnit(skipSp(s, last), false) ? +s.slice(end + 1, last) : 0;
    let lastDay = num;
    if (d2 > num && d2 <= 31) {
      end = last;
      lastDay = d2;
    }
    // "between June 24th and 30th" (between in the span, as for years), "from June 24 to 30": a later day of the month.
    let start = i;
    if (lastDay === num) {
      const between = BETWEEN_YEARS_BEFORE.exec(s.slice(Math.max(0, i - 24), i));
      const day = between || FROM_BEFORE.test(s.slice(Math.max(0, i - 5), i)) ? (between ? DAY_AFTER_AND : DAY_AFTER_TO).exec(s.slice(end, end + 14)) : null;
      if (day && +day[1] > num && +day[1] <= 31 && !this.latinUnit(skipSp(s, end + day[0].length), false) && !this.englishNoun(skipSp(s, end + day[0].length), 0)) {
        end += day[0].length;
        lastDay = +day[1];
        if (between) start = i - between[0].length;
      }
    }
    let year: number | null = null;
    let e2 = end;
    if (s.charCodeAt(end) === 44) {
      const r = skipSp(s, end + 1);
      const z = yearEndAt(s, r);
      if (z > 0) { year = +s.slice(r, z); e2 = z; }
    } else if (s.charCodeAt(end) === 32) {
      // "On September 4 2024": the year without its comma.
      const z = yearEndAt(s, end + 1);
      if (z > 0 && !this.latinUnit(skipSp(s, z), false)) { year = +s.slice(end + 1, z); e2 = z; }
      // "October 1 of 2026": the year after of (as "August of 2023").
      else if (s.startsWith(' of ', end)) {
        const z2 = yearEndAt(s, end + 4);
        if (z2 > 0 && !isAlnum(s.charCodeAt(z2))) { year = +s.slice(end + 4, z2); e2 = z2; }
      }
      // "4:06p ET October 29 '25": a wire stamp's year as its last two digits after an apostrophe (as "Q4 '25").
      else if ((s.charCodeAt(end + 1) === 39 || s.charCodeAt(end + 1) === 0x2019) && isDigit(s.charCodeAt(end + 2)) && isDigit(s.charCodeAt(end + 3)) && !isAlnum(s.charCodeAt(end + 4))) {
        year = 2000 + +s.slice(end + 2, end + 4);
        e2 = end + 4;
      }
    }
    const pfx = year === null ? `--${pad2(mo)}-` : `${year}-${pad2(mo)}-`;
    // "June 1, 2024-May 31, 2025", "January 1, 2026 through June 30, 2026": two full dates make one range.
    const to = year !== null && lastDay === num ? FULL_DATE_AFTER.exec(s.slice(e2, e2 + 32)) : null;
    const mo2 = to ? MONTHS.get(to[1].toLowerCase()) : undefined;
    if (to && mo2 !== undefined && +to[2] >= 1 && +to[2] <= 31 && isYear(+to[3]) && `${to[3]}-${pad2(mo2)}-${pad2(+to[2])}` > pfx + pad2(num)) {
      const end2 = e2 + to[0].length;
      return this.emitDate(i, end2, year, { from: pfx + pad2(num), to: `${to[3]}-${pad2(mo2)}-${pad2(+to[2])}`, label: s.slice(i, end2) }, null);
    }
    // "(March 11 - July 6)", "March 11–July 6": two days of one unnamed year joined by a dash, as full dates are.
    const toDay = year === null && lastDay === num ? MONTH_DAY_AFTER_DASH.exec(s.slice(e2, e2 + 20)) : null;
    const mo3 = toDay ? MONTHS.get(toDay[1].toLowerCase()) : undefined;
    if (toDay && mo3 !== undefined && +toDay[2] >= 1 && +toDay[2] <= 31 && `${pad2(mo3)}-${pad2(+toDay[2])}` > `${pad2(mo)}-${pad2(num)}`) {
      const end2 = e2 + toDay[0].length;
      return this.emitDate(i, end2, null, { from: pfx + pad2(num), to: `--${pad2(mo3)}-${pad2(+toDay[2])}`, label: s.slice(i, end2), relative: true }, null);
    }
    return this.emitDate(start, e2, year, { from: pfx + pad2(num), to: pfx + pad2(lastDay), label: s.slice(start, e2), ...(year === null ? { relative: true } : {}) }, null);
  }

  /** A part of a calendar or fiscal year written as a code at q (CY26, FY2027), the period from i; or 0. */
  private partOfYearCode(i: number, q: number, key: string): number {
    const s = this.s;
    const code = /^(CY|FY) ?(\d{4}|\d{2})(?![A-Za-z0-9])/.exec(s.slice(q, q + 8));
    const y = code ? fiscalYear(code[2]) : null;
    const part = EN_PARTS.get(key);
    if (!code || y === null || !isYear(y) || !part) return 0;
    return this.emitPeriod(i, q + code[0].length, y, code[1] === 'FY' ? { ...part, label: `FY${y} ${part.label}` } : part, 'en', s.slice(i, q + code[0].length));
  }

  private englishPeriod(i: number, we: number, lw: string): number {
    const s = this.s;
    let key = lw;
    let p = we;
    if (lw === 'end' || lw === 'start' || lw === 'beginning' || lw === 'close' || lw === 'middle') {
      const q = skipSp(s, we);
      // "deliver $3.4bn ARR by end CY26", "by end FY2027": the end of a calendar or fiscal year written as a code.
      if (lw === 'end' && q === we + 1 && END_YEAR_LEADS.has(this.prevWord(i) ?? '')) {
        const r = this.partOfYearCode(i, q, 'end of');
        if (r > i) return r;
      }
      // "reached 96GW by end June 2025": British copy drops the "of" before a month.
      if (lw === 'end' && q > we && isUpper(s.charCodeAt(q))) return this.partOfMonth(i, we);
      // "Deployment complete: by end 2029": the same before a year.
      const bareYear = lw === 'end' && q === we + 1 && yearEndAt(s, q) > 0 && END_YEAR_LEADS.has(this.prevWord(i) ?? '');
      if (!bareYear && (s.slice(q, q + 2).toLowerCase() !== 'of' || isLatin(s.charCodeAt(q + 2)))) return 0;
      key = `${lw} of`;
      p = bareYear ? we : q + 2;
      // "by the end of FY26": a part of a fiscal year written as a code, as "by end FY2027".
      if (!bareYear && s.charCodeAt(p) === 32) {
        const r = this.partOfYearCode(i, p + 1, key);
        if (r > i) return r;
      }
      // "$1.1 billion at the start of this month": a part of a month named relatively, a period of no known month (as 本月初).
      const relMonth = /^ (?:this|last|next) month\b/i.exec(s.slice(p, p + 12));
      if (relMonth) return this.emitRelativePeriod(i, p + relMonth[0].length, 'en');
      // "at the end of the first quarter (of 2026)": the quarter's last month (its first after start, beginning).
      const quarter = END_OF_QUARTER.exec(s.slice(p, p + 40));
      // (A bare code needs its year: "at the start of Q4 earnings season" names the quarter only.)
      if (quarter && !(quarter[2] && !quarter[3])) {
        // ("by end of Q1 2027": the quarter's code.)
        const ord = quarter[2] ? +quarter[2] : Math.min(ORDINAL_QUARTERS.indexOf(quarter[1].toLowerCase()), 3) + 1;
        const month = lw === 'end' || lw === 'close' ? 3 * ord : lw === 'middle' ? 3 * ord - 1 : 3 * ord - 2;
        const end = p + quarter[0].length;
        const year = quarter[3] ? +quarter[3] : null;
        if (year === null || isYear(year)) return this.emitPeriod(i, end, year, { fromMonth: month, toMonth: month, label: `${lw} of Q${ord}` }, 'en', s.slice(i, end));
      }
    } else if (lw === 'first' || lw === 'second' || lw === 'third' || lw === 'fourth' || lw === 'final' || (lw === 'last' && (LAST_PART_OF_YEAR.test(s.slice(we, we + 32)) || LAST_PERIODS_OF_NAMED_YEAR.test(s.slice(we, we + 48)))) || ((lw === 'front' || lw === 'back' || lw === 'initial' || lw === 'latter') && FRONT_BACK_HALF.test(s.slice(we, we + 20)))) {
      // "first quarter", "fiscal first-quarter revenue"
      const hyphen = s.charCodeAt(we) === 45 && isLatin(s.charCodeAt(we + 1));
      const q = hyphen ? we + 1 : skipSp(s, we);
      let e2 = wordEnd(s, q);
      let w2 = s.slice(q, e2).toLowerCase();
      // "its first FY2025 quarter": the fiscal year's code between the ordinal and the part.
      const fyCode = !hyphen && q > we ? /^FY(\d{4}|\d{2}) (quarter|half)(?![A-Za-z])/i.exec(s.slice(q, q + 16)) : null;
      const fyPart = fyCode ? quarterOrHalf(fyCode[2].toLowerCase() === 'half' ? 'H' : 'Q', ORDINAL_QUARTERS.indexOf(lw) + 1) : null;
      if (fyCode && fyPart) {
        const end = q + fyCode[0].length;
        const y = fyCode[1].length === 2 ? 2000 + +fyCode[1] : +fyCode[1];
        return this.emitPeriod(i, end, y, fyPart, 'en', s.slice(i, end));
      }
      // "the fourth fiscal quarter": fiscal between the ordinal and the part stays in the span.
      if (w2 === 'fiscal' && !hyphen) {
        const q2 = skipSp(s, e2);
        const e3 = wordEnd(s, q2);
        const w3 = s.slice(q2, e3).toLowerCase();
        if (q2 > e2 && (w3 === 'quarter' || w3 === 'half')) {
          w2 = w3;
          e2 = e3;
        }
        // "its second fiscal 2026 quarter": the fiscal year between the ordinal and the part.
        const yearEnd = q2 > e2 && isDigit(s.charCodeAt(q2)) ? yearEndAt(s, q2) : 0;
        const inner = yearEnd > 0 ? /^ (quarter|half)(?![A-Za-z])/i.exec(s.slice(yearEnd, yearEnd + 9)) : null;
        const innerPart = inner ? quarterOrHalf(inner[1].toLowerCase() === 'half' ? 'H' : 'Q', ORDINAL_QUARTERS.indexOf(lw) + 1) : null;
        if (innerPart) {
          const end = yearEnd + inner![0].length;
          return this.emitPeriod(i, end, +s.slice(q2, yearEnd), innerPart, 'en', s.slice(i, end));
        }
      }
      // "the final quarter of the year" is the fourth, "the final half" the second.
      const ord = lw === 'first' || lw === 'front' || lw === 'initial' ? 1 : lw === 'second' || lw === 'back' || lw === 'latter' ? 2 : lw === 'third' ? 3 : (lw === 'final' || lw === 'last') && w2 === 'half' ? 2 : 4;
      let part: PartDef;
      // ("the last three months of 2025", "the final two quarters of 2024": the year up to its end.)
      const leading = lw === 'first' && !hyphen && q > we ? leadingPartEnd(s, q) : (lw === 'last' || lw === 'final') && !hyphen && q > we ? trailingPartEnd(s, q) : null;
      if (leading) {
        // "the first three quarters of 2025", "the first nine months": the year from its start.
        part = leading.part;
        e2 = leading.end;
      } else {
        if (q === we || !(w2 === 'quarter' || (w2 === 'half' && ord <= 2))) return 0;
        part = w2 === 'quarter' ? { fromMonth: 3 * ord - 2, toMonth: 3 * ord, label: `Q${ord}` } : { fromMonth: ord === 1 ? 1 : 7, toMonth: ord === 1 ? 6 : 12, label: `H${ord}` };
      }
      // "the first quarter, 2023.": the year set off by a comma, as "January, 2022"; only before punctuation ("In the
      // third quarter, 2024 was a record" starts a clause with the year).
      if (s.charCodeAt(e2) === 44 && s.charCodeAt(e2 + 1) === 32) {
        const z = yearEndAt(s, e2 + 2);
        if (z > 0 && YEAR_AFTER_COMMA_ENDS.test(s.slice(z, z + 3))) return this.emitPeriod(i, z, +s.slice(e2 + 2, z), part, 'en', s.slice(i, z));
      }
      // "first half-year 2025", "the first half year of 2024" (European results copy): year after half names the reporting
      // period, in the span, when a year follows.
      if (w2 === 'half' && !leading) {
        const hy = HALF_YEAR_WORD.exec(s.slice(e2, e2 + 6));
        const y0 = hy ? skipSp(s, e2 + hy[0].length) : -1;
        const ofAt = y0 > 0 && s.slice(y0, y0 + 3).toLowerCase() === 'of ' ? skipSp(s, y0 + 3) : y0;
        if (hy && ofAt > 0 && yearEndAt(s, ofAt) > 0) e2 += hy[0].length;
      }
      // optional "of 2025" / "2025" / "of next year"; "of fiscal 2026", "fiscal 2026" (the fiscal year's quarter).
      let r = skipSp(s, e2);
      if (s.slice(r, r + 2).toLowerCase() === 'of' && !isLatin(s.charCodeAt(r + 2))) r = skipSp(s, r + 2);
      // "the first half of the fiscal year 2025": the article before fiscal.
      const afterOf = r;
      if (r > e2 && s.slice(r, r + 11).toLowerCase() === 'the fiscal ') r += 4;
      const fy = r > e2 ? fiscalWordEnd(s, r) : r;
      const z = yearEndAt(s, fy);
      if (z > 0 && r > e2) {
        // "its fiscal first quarter of 2026": fiscal before the ordinal joins the span, as in "fiscal Q1 2026".
        const from = fiscalWordBefore(s, i);
        return this.emitPeriod(from, z, +s.slice(fy, z), part, 'en', s.slice(from, z));
      }
      // "the first half of FY16", "second quarter of FY 2026": as "H1 FY16".
      if (r > e2 && s.startsWith('FY', r)) {
        const code = this.yearAfterCode(e2);
        if (code.y !== null) return this.emitPeriod(i, code.end, code.y, part, 'en', s.slice(i, code.end));
      }
      const nw = s.slice(r, r + 9).toLowerCase();
      // "the second quarter in a row", "the third quarter running": the ordinal counts quarters, no period.
      // ("the first quarter in over 15 years", "the first quarter since 2021": one ranked among many, no period.)
      // ("marking the first quarter where cloud revenue exceeded $50 billion": after a verb, not a preposition.)
      if (r > e2 && ((nw.startsWith('in a row') && !isLatin(s.charCodeAt(r + 8))) || (nw.startsWith('running') && !isLatin(s.charCodeAt(r + 7))) || RANKED_QUARTER_AFTER.test(s.slice(r, r + 40)) || (nw.startsWith('where ') && RANKING_VERB_BEFORE.test(s.slice(Math.max(0, i - 24), i))))) return e2;
      if (r > e2 && (nw === 'next year' || nw === 'this year' || nw === 'last year') && !isLatin(s.charCodeAt(r + 9))) return this.emitPeriod(i, r + 9, null, part, 'en', s.slice(i, r + 9));
      // "the second quarter of its 2026 fiscal year": the year written inside, in the span.
      const namedYear = r > e2 ? NAMED_FISCAL_YEAR.exec(s.slice(r, r + 32)) : null;
      if (namedYear && isYear(+(namedYear[1] ?? namedYear[2]))) return this.emitPeriod(i, r + namedYear[0].length, +(namedYear[1] ?? namedYear[2]), part, 'en', s.slice(i, r + namedYear[0].length));
      // "in the first half of its fiscal year": the part of the company's current fiscal year.
      // ("the first nine months of the fiscal year": the article was passed over above.)
      const ownYear = r > e2 ? OWN_FISCAL_YEAR.exec(s.slice(afterOf, afterOf + 32)) : null;
      if (ownYear) return this.emitPeriod(i, afterOf + ownYear[0].length, null, part, 'en', s.slice(i, afterOf + ownYear[0].length));
      // "the first six months of the year" (this year, as "end of the year" is), "of the year 2025".
      if (r > e2 && nw.startsWith('the year') && !isLatin(s.charCodeAt(r + 8))) {
        const z2 = s.charCodeAt(r + 8) === 32 ? yearEndAt(s, r + 9) : -1;
        if (z2 > 0) return this.emitPeriod(i, z2, +s.slice(r + 9, z2), part, 'en', s.slice(i, z2));
        return this.emitPeriod(i, r + 8, null, part, 'en', s.slice(i, r + 8));
      }
      // "For its fiscal 2026 first quarter": the fiscal year written before the ordinal is the quarter's year.
      const last = this.out[this.out.length - 1];
      if (last && last.kind === 'year' && last.value !== null && last.offset + last.length + 1 === i && s.charCodeAt(i - 1) === 32 && /^(?:fiscal|FY)/i.test(last.text)) {
        this.out.pop();
        this.lastEnd = last.offset;
        return this.emitPeriod(last.offset, e2, last.value, part, 'en', this.o.slice(last.offset, e2));
      }
      return this.emitPeriod(i, e2, null, part, 'en', s.slice(i, e2));
    }
    // ("the financial year 2023": British copy's fiscal year, with "year" after it.)
    if (lw === 'fiscal' || (lw === 'financial' && /^ years? /i.test(s.slice(we, we + 7)))) {
      // "fiscal Q1 2026": a quarter or half of the fiscal year, "fiscal" in the span. Without a year
      // ("in fiscal Q2") "fiscal" only qualifies the code, as in "fiscal first quarter".
      const c = skipSp(s, we);
      const code = lw === 'fiscal' && c > we && !isAlnum(s.charCodeAt(c + 2)) ? quarterOrHalf(s[c], s.charCodeAt(c + 1) - 48) : null;
      if (code) {
        const { y, end } = this.yearAfterCode(c + 2);
        return y === null ? 0 : this.emitPeriod(i, end, y, code, 'en', s.slice(i, end));
      }
      let q = skipSp(s, we);
      // "fiscal years 2014 through 2023": the plural before a range of years.
      const plural = s.slice(q, q + 5).toLowerCase() === 'years' && !isLatin(s.charCodeAt(q + 5));
      if ((s.slice(q, q + 4).toLowerCase() === 'year' && !isLatin(s.charCodeAt(q + 4))) || plural) q = skipSp(s, q + (plural ? 5 : 4));
      // "all of fiscal year ’25": the year's last two digits after an apostrophe, as in FY ’25.
      const ap = q > we ? apostropheYearEnd(s, q) : 0;
      if (ap > 0) {
        const y = apostropheYear(s, ap);
        return this.emitYear({ start: i, end: ap, v: y } as Side, ap, prefixQualifier(s, i), 'en', `FY${y}`);
      }
      const z = yearEndAt(s, q);
      if (z > 0) {
        const y = +s.slice(q, z);
        // "fiscal 2026 Q1 results": a quarter or half code after the fiscal year, one period (as FY25 Q4).
        const after = s.charCodeAt(z) === 32 && !isAlnum(s.charCodeAt(z + 3)) ? quarterOrHalf(s[z + 1], s.charCodeAt(z + 2) - 48) : null;
        if (after) return this.emitPeriod(i, z + 3, y, after, 'en', s.slice(i, z + 3));
        // ("From fiscal 2015 to fiscal 2024": the second year named fiscal too.)
        const fm = FISCAL_SECOND_YEAR.exec(s.slice(z, z + 24));
        const second = secondYearAfter(s, z, y) ?? (plural ? spelledSecondYear(s, z, y) : null) ?? (fm && +fm[1] > y && +fm[1] - y <= 10 && isYear(+fm[1]) ? { year: +fm[1], end: z + fm[0].length } : null);
        if (second) return this.emitYearRange(i, second.end, y, second.year, `FY${y}–FY${second.year}`, 'en');
        if (!plural) return this.emitYear({ start: i, end: z, v: y } as Side, z, prefixQualifier(s, i), 'en', `FY${y}`);
      }
      return 0;
    }
    if (key === 'end-') key = 'end of';
    let part = EN_PARTS.get(key);
    if (!part) return 0;
    // "mid-to-late 2026", "early to mid 2027": two parts of one year, from the first to the second.
    if (key === 'early' || key === 'mid') {
      const m = /^(?:-to-| to |-)(mid|late)\b/i.exec(s.slice(p, p + 9));
      const second = m ? EN_PARTS.get(m[1].toLowerCase())! : undefined;
      if (second && second.fromMonth > part.fromMonth) {
        part = { fromMonth: part.fromMonth, toMonth: second.toMonth, label: `${part.label}-${second.label}` };
        p += m![0].length;
      }
    }
    const month = this.partOfMonth(i, p);
    if (month > i) return month;
    // "at end-Q1 2025": the quarter's last month, as "the end of Q1 2025" (with its year).
    const quarterEnd = key === 'end of' ? /^-Q([1-4]) (\d{4})(?![A-Za-z0-9])/.exec(s.slice(p, p + 9)) : null;
    if (quarterEnd && isYear(+quarterEnd[2])) {
      const ord = +quarterEnd[1];
      const end = p + quarterEnd[0].length;
      return this.emitPeriod(i, end, +quarterEnd[2], { fromMonth: 3 * ord, toMonth: 3 * ord, label: `end of Q${ord}` }, 'en', s.slice(i, end));
    }
    const hyphen = s.charCodeAt(p) === 45 && isDigit(s.charCodeAt(p + 1));
    let q = hyphen ? p + 1 : skipSp(s, p);
    if (q === p && key.indexOf(' ') < 0) return 0;
    if (key.indexOf(' ') >= 0 && !hyphen) q = skipSp(s, p);
    // "early calendar year 2026": the calendar's year, said so against a fiscal one ("early fiscal year 2029" too).
    const calendar = /^(?:calendar|fiscal) (?:year )?(?=\d{4})/i.exec(s.slice(q, q + 20));
    if (calendar) q += calendar[0].length;
    const z = yearEndAt(s, q);
    if (z > 0) {
      return this.emitPeriod(i, z, +s.slice(q, z), part, 'en', s.slice(i, z));
    }
    const nw = s.slice(q, q + 9).toLowerCase();
    if ((nw.startsWith('next year') || nw.startsWith('this year') || nw.startsWith('last year')) && !isLatin(s.charCodeAt(q + 9))) {
      return this.emitPeriod(i, q + 9, null, part, 'en', s.slice(i, q + 9));
    }
    // "voted no late last month", "early this month": a part of a month named relatively (as "the start of this month").
    const relMonth = (key === 'early' || key === 'late' || key === 'mid') && !hyphen ? /^(?:this|last|next) month(?![A-Za-z])/i.exec(s.slice(q, q + 12)) : null;
    if (relMonth) return this.emitRelativePeriod(i, q + relMonth[0].length, 'en');
    // "By the end of the next year".
    if (key.endsWith('of') && /^the (?:next|last) year(?![A-Za-z])/i.test(s.slice(q, q + 14))) return this.emitPeriod(i, q + 13, null, part, 'en', s.slice(i, q + 13));
    // "by the end of this financial year", "at the end of the fiscal year", "the end of our fiscal year": the company's fiscal year named relatively, its year unknown
    // (one with its number follows below).
    const relFiscal = key.endsWith('of') ? /^(?:this|next|last|the current|the|our|its|their) (?:current )?(?:fiscal|financial) year(?![A-Za-z])(?! ?\d)/i.exec(s.slice(q, q + 40)) : null;
    if (relFiscal) return this.emitPeriod(i, q + relFiscal[0].length, null, part, 'en', s.slice(i, q + relFiscal[0].length));
    if (nw.startsWith('the year') && !isLatin(s.charCodeAt(q + 8)) && key.endsWith('of')) {
      return this.emitPeriod(i, q + 8, null, part, 'en', s.slice(i, q + 8));
    }
    // "until the end of the calendar year".
    if (key.endsWith('of') && /^the calendar year(?![A-Za-z])/i.test(s.slice(q, q + 18))) return this.emitPeriod(i, q + 17, null, part, 'en', s.slice(i, q + 17));
    // "by the end of fiscal year 2026", "the start of fiscal 2027": that part of the fiscal year (labelled as fiscal quarters are).
    const fiscal = key.endsWith('of') ? /^(?:the )?fiscal (?:year )?(\d{4})(?![A-Za-z0-9])/i.exec(s.slice(q, q + 24)) : null;
    if (fiscal && isYear(+fiscal[1])) {
      const end = q + fiscal[0].length;
      return this.emitPeriod(i, end, +fiscal[1], { ...part, label: `FY${fiscal[1]} ${part.label}` }, 'en', s.slice(i, end));
    }
    return 0;
  }

  /**
   * "late September", "end of June 2026", "mid-March": a part of a month is that month as a period,
   * as 9月末 and 6月底 are. `p` is just after the part word ("late", "end of").
   */
  private partOfMonth(i: number, p: number): number {
    const s = this.s;
    const q = s.charCodeAt(p) === 45 ? p + 1 : skipSp(s, p);
    if (q === p || !isUpper(s.charCodeAt(q))) return 0;
    const we = wordEnd(s, q);
    const mo = we - q >= 3 ? MONTHS.get(s.slice(q, we).toLowerCase()) : undefined;
    if (mo === undefined || isAlnum(s.charCodeAt(we))) return 0;
    let end = we;
    let year: number | null = null;
    // (Its year after a comma, a space, or "of": "early November of 2023", as "August of 2023".)
    const r = s.startsWith(' of ', we) ? we + 4 : skipSp(s, s.charCodeAt(we) === 44 ? we + 1 : we);
    const z = yearEndAt(s, r);
    if (r > we && z > 0) {
      year = +s.slice(r, z);
      end = z;
    } else {
      // "end of June this year": a relative year after the month is in the span, as after "June this year".
      const rel = s.charCodeAt(we) === 32 ? /^ (?:of )?(?:last|this|next) year(?![A-Za-z])/i.exec(s.slice(we, we + 16)) : null;
      if (rel) end = we + rel[0].length;
    }
    const label = this.o.slice(i, end);
    return this.emitPeriod(i, end, year, { fromMonth: mo, toMonth: mo, label }, 'en', label);
  }

  // -------------------------------------------------------------------------------------------
  // Chinese special forms

  private zhDouble(i: number): number {
    const s = this.s;
    let end = 0;
    let v = 0;
    if (s.startsWith('翻番', i) || s.startsWith('翻倍', i)) { end = i + 2; v = 2; }
    // 倍增 (doubles), not 倍增器 (a multiplier device); after a numeral 倍 was read with it (三倍增长).
    // (成倍增加: "manifold", no multiple of two.)
    // (相較GB200倍增: digits that end a model's name glued to letters are no numeral of 倍.)
    else if (s.startsWith('倍增', i) && s.charCodeAt(i + 2) !== 0x5668 /* 器 */ && !isZhNumChar(s.charCodeAt(i - 1)) && (!isDigit(s.charCodeAt(i - 1)) || modelDigitsBefore(s, i)) && s.charCodeAt(i - 1) !== 0x6210 /* 成 */) { end = i + 2; v = 2; }
    else {
      let p = i + 1;
      if (s.charCodeAt(p) === 0x4e86 /* 了 */) p++;
      // 翻了近一倍, 翻了将近一倍: a hedge between the verb and the multiple hedges it (nearly doubled).
      const hedge = DOUBLE_HEDGE.exec(s.slice(p, p + 3));
      if (hedge && s.charCodeAt(p + hedge[0].length + 1) === 0x500d /* 倍 */ && ZH_DIGITS.has(s.charCodeAt(p + hedge[0].length))) p += hedge[0].length;
      const d = ZH_DIGITS.get(s.charCodeAt(p));
      if (d !== undefined && s.charCodeAt(p + 1) === 0x756a /* 番 */) { end = p + 2; v = Math.pow(2, d); }
      // 翻了一倍, 翻三倍: the verb 翻 (and 了) stays outside the multiple's span, as the held-out sets read it
      // (翻了⟦28倍⟧, 几乎翻了⟦十倍⟧); a hedge before the verb still hedges it. 翻了一倍 doubles: 2.
      else if (d !== undefined && s.charCodeAt(p + 1) === 0x500d /* 倍 */) return this.emitSimple(p, p + 2, 'ratio', d === 1 ? 2 : d, 'ratio', prefixQualifier(s, hedge ? p : i));
      // (翻了1倍以上: the Arabic one doubles too.)
      else if (s.charCodeAt(p) === 49 /* 1 */ && s.charCodeAt(p + 1) === 0x500d /* 倍 */) return this.emitSimple(p, p + 2, 'ratio', 2, 'ratio', prefixQualifier(s, hedge ? p : i));
    }
    if (!end) return i + 1;
    return this.emitSimple(i, end, 'ratio', v, 'ratio', prefixQualifier(s, i));
  }

  private emitSimple(start: number, end: number, kind: FigureKind, v: number, unit: string, prefix: QualMatch | null, unitText?: string): number {
    const s = this.s;
    let e = end;
    const suf = suffixQualifier(s, e, true);
    let q: Qualifier = 'exact';
    if (suf) { q = suf.q; e = suf.end; }
    else if (prefix && prefix.q !== 'range') q = prefix.q;
    const b = q === 'exact' ? { low: null, high: null } : bounds(q, v, kind);
    if (start < this.lastEnd) return e;
    const f: Figure = { offset: start, length: e - start, text: this.o.slice(start, e), kind, value: v, low: b.low, high: b.high, unit, qualifier: q, approx: q === 'about' || q === 'nearly' } as Figure;
    if (unitText) f.unitText = unitText;
    f.lang = this.langOf(start, e);
    this.push(f);
    return e;
  }

  private zhPercentOf(i: number): number {
    const s = this.s;
    // 百分之二三十, 百分之十五六: two neighbouring digits after 百分之 are a range, as 二三十家 is.
    const pair = isZhNumChar(s.charCodeAt(i + 3)) ? this.zhPair(i + 3) : null;
    if (pair && i >= this.lastEnd && !isZhNumChar(s.charCodeAt(pair.end))) {
      this.push({ offset: i, length: pair.end - i, text: this.o.slice(i, pair.end), kind: 'percent', value: null, low: pair.lo, high: pair.hi, unit: 'percent', qualifier: 'range', approx: false, unitText: '百分之', lang: 'zh' } as Figure);
      return pair.end;
    }
    const first = this.percentOfAt(i);
    if (!first) return i + 3;
    // 百分之五十九至百分之六十一: 百分之 written on both sides of a range.
    const conn = isDateDash(s.charCodeAt(first.end)) ? first.end + 1 : -1;
    // 百分之五十九至六十一: only the first side says 百分之; a bare second side ending the phrase is a percent too.
    const second = conn < 0 ? null : s.startsWith('百分之', conn) ? this.percentOfAt(conn) : this.barePercentSide(conn);
    if (second && second.v > first.v && i >= this.lastEnd) {
      const prefix = prefixQualifier(s, i);
      const open = prefix !== null && (prefix.q === 'at-least' || prefix.q === 'more-than');
      this.push({ offset: i, length: second.end - i, text: this.o.slice(i, second.end), kind: 'percent', value: null, low: first.v, high: open ? null : second.v, unit: 'percent', qualifier: 'range', approx: false, unitText: '百分之', lang: 'zh' } as Figure);
      return second.end;
    }
    return this.emitSimple(i, first.end, 'percent', first.v, 'percent', prefixQualifier(s, i), '百分之');
  }

  /** A second side without 百分之 (百分之五十九至六十一): a number that no unit, classifier or scale word follows. */
  private barePercentSide(p: number): { v: number; end: number } | null {
    const s = this.s;
    const c = s.charCodeAt(p);
    const side = isDigit(c) ? readArabic(s, p, this.o) : isZhNumChar(c) ? readChinese(s, p) : null;
    if (!side || side.end === p || !(side.value <= 1000)) return null;
    const next = s.charCodeAt(side.end);
    if (isAlnum(next) || next === 37 || next === 0xff05 || next === 46) return null;
    if (isCJK(next) && !BARE_PERCENT_FOLLOWERS.includes(s[side.end])) return null;
    return { v: side.value, end: side.end };
  }

  /** The number after 百分之 at i: 百分之五十 (50), 百分之12.5. */
  private percentOfAt(i: number): { v: number; end: number } | null {
    const s = this.s;
    const p = i + 3;
    if (isDigit(s.charCodeAt(p))) {
      const a = readArabic(s, p, this.o);
      return { v: a.value, end: a.end };
    }
    if (isZhNumChar(s.charCodeAt(p))) {
      const z = readChinese(s, p);
      return { v: z.value, end: z.end };
    }
    return null;
  }

  private zhHalf(i: number): number {
    const s = this.s;
    const st = i;
    let p = i;
    if (s[p] === '一') p++;
    p++; // 半
    if (s[p] === '导' || s[p] === '岛' || s[p] === '径' || s[p] === '夜' || s[p] === '天' && s[st] === '半') return p + 1;
    // 半年, 半个月, 半小时, 半个小时: half of a time unit (not 半天, "a long while").
    // 半年报, 半年度, 半年财报, 半年业绩: the half-year report is no duration.
    const half = s[st] === '半' && !(s[p] === '年' && HALF_YEAR_REPORT_AFTER.test(s.slice(p + 1, p + 3))) ? ZH_HALF_UNITS.find(([w]) => s.startsWith(w, p)) : undefined;
    if (half) {
      const [w, f, word] = half;
      const end = p + w.length;
      const r = this.emitSimple(st, end, 'duration', 0.5 * f, 's', prefixQualifier(s, st));
      const last = this.out[this.out.length - 1];
      if (last && last.offset === st) last.time = { label: `0.5 ${word}s` };
      return r;
    }
    // 持续近半月, 历时半月: half a month without 个, after a hedge or a verb of duration (not 上半月, 半月刊, 半月板).
    if (s[st] === '半' && s[p] === '月' && !'刊板谈談形'.includes(s[p + 1] ?? '_') && ('近约約逾'.includes(s[st - 1] ?? '_') || DURATION_VERB_BEFORE_HALF_MONTH.test(s.slice(Math.max(0, st - 2), st)))) {
      const r = this.emitSimple(st, p + 1, 'duration', 0.5 * MONTH_S, 's', prefixQualifier(s, st));
      const last = this.out[this.out.length - 1];
      if (last && last.offset === st) last.time = { label: '0.5 months' };
      return r;
    }
    // 曾挫半成, 升半成 (Hong Kong market copy): half a tenth, 5%, after a verb of change or a hedge (半成品 is a word).
    if (s[st] === '半' && s[p] === '成' && !'品熟本功为為'.includes(s[p + 1] ?? '_') && '挫跌升涨漲增减減降跳约約近逾超'.includes(s[st - 1] ?? '_')) {
      return this.emitSimple(st, p + 1, 'percent', 5, 'percent', prefixQualifier(s, st));
    }
    // 約半個維園大小: about half of a thing (not 约半个月, 半个小时: lengths of time), 個 in the span.
    if (s[st] === '半' && '约約'.includes(s[st - 1] ?? '_') && (s[p] === '个' || s[p] === '個') && isCJK(s.charCodeAt(p + 1)) && !'月世小钟鐘时時多'.includes(s[p + 1])) {
      return this.emitSimple(st, p + 1, 'ratio', 0.5, 'ratio', prefixQualifier(s, st));
    }
    // 近半增量, 过半企业, 逾半: a bare half right after a one-character hedge is the ratio (the hedge stays outside).
    // (近半壁江山: 半壁 is a word, "half the realm", no share.)
    const hedged = s[st] === '半' && '近过逾超'.includes(s[st - 1] ?? '_') && !'个天夜月日世周期程壁'.includes(s[p] ?? '_') && !HALF_WORDS.includes(s[p] ?? '_');
    if (s[st] === '一' || s[p] === '数' || hedged) {
      const end = s[st] === '半' && s[p] === '数' ? p + 1 : p;
      // (一半到三分之二: a range of shares.)
      const range = s[st] === '一' ? this.zhShareRangeAfter(st, end, 0.5) : 0;
      if (range) return range;
      // 过 alone (过半) is more than; the hedge reader knows it only as part of 超过.
      const qualifier = prefixQualifier(s, st) ?? (hedged && s[st - 1] === '过' ? { q: 'more-than' as const, at: st - 1, text: '过' } : null);
      return this.emitSimple(st, end, 'ratio', 0.5, 'ratio', qualifier);
    }
    return p;
  }

  /** 数百万, 几十万, 数千, 几个, 数年, 数倍, 上千, 成千上万. */
  private zhVague(i: number, from = i): number {
    const s = this.s;
    const ch = s[i];
    let lo: number;
    let hi: number;
    let p: number;
    if (ch === '成') {
      if (s.startsWith('成千上万', i)) { lo = 1000; hi = 99999; p = i + 4; }
      else if (s.startsWith('成百上千', i)) { lo = 100; hi = 9999; p = i + 4; }
      else if (s.startsWith('成千上百', i)) { lo = 100; hi = 9999; p = i + 4; }
      else return i + 1;
    } else if (ch === '上') {
      let m = 1;
      p = i + 1;
      const mag = this.magnitudeRun(p);
      if (mag.len === 0) return i + 1;
      m = mag.m;
      // 上千 → 1000–9999 (not 上万 when 上 is a verb? accept)
      if (s[p] === '百' && s[p + 1] === '分') return i + 1;
      // 晚上十二点, 早上十点, 马上三千: 上 ends a word there, and a digit after the magnitude makes a plain number.
      // (站上百億元, 攻上千点: 上 completes a verb of reaching a level; the magnitude after it is the level.)
      if ('晚早马路线站攻冲衝登跃躍'.includes(s[i - 1] ?? '\u0000') || ZH_DIGITS.has(s.charCodeAt(p + mag.len))) return i + 1;
      // 市场上十余款: 上 ends a word, and 十余 is a number of its own (上十 alone is no vague count before 余, 多 or 几).
      if (mag.len === 1 && s.charCodeAt(p) === 0x5341 /* 十 */ && '余餘多几幾来來'.includes(s[p + 1] ?? '_')) return i + 1;
      p += mag.len;
      lo = m;
      hi = m * 10 - 1;
    } else {
      // 数 / 几
      p = i + 1;
      if (ch === '几' && s[p] === '乎') return i + 2;
      // 這幾家科技大咖, 这几位联合创始人: a demonstrative before 几 points at things named already ("these few"), no count
      // (这几年 stays a span of years: a time word follows).
      if (ch === '几' && '这這那该該此'.includes(s[i - 1] ?? '_') && !'年天日月周週'.includes(s[p] ?? '_')) return i + 2;
      // 数据, 数字, 数量, 数学: words, no "several" (the commonest 数 of all, so asked first).
      if (ch === '数' && NOT_SEVERAL_AFTER_SHU.includes(s[p] ?? '_')) return i + 1;
      if (ch === '数' && isDigitsWord(s, i - 1)) return i + 1; // 雙位數年增: "double-digit", not 数年
      // 指数升4%, 参数量, 人数达: 数 ending a noun is no "several"; but after a numeral or a
      // demonstrative the character before it is a classifier (一笔数亿元, 每天数百次, 这家数十亿).
      if (ch === '数' && NOUN_BEFORE_SHU.includes(s[i - 1] ?? '_') && !(CLASSIFIER_BEFORE_SHU.includes(s[i - 1]) && COUNTING_BEFORE_CLASSIFIER.includes(s[i - 2] ?? '_'))) return i + 1;
      // 数以百万加仑计, 数以万计: 以 between 数 and its magnitude.
      if (ch === '数' && s.charCodeAt(p) === 0x4ee5 /* 以 */ && this.magnitudeRun(p + 1).len > 0) p++;
      const mag = this.magnitudeRun(p);
      if (mag.len > 0) {
        p += mag.len;
        lo = 2 * mag.m;
        hi = 9 * mag.m;
      } else {
        // (交易宗數則錄得增長: 则 after 数 is "then" after a noun ending in 数, no items counted; 2則重訊 counts.)
        const u = startsAnotherWord(s, p) || s.charCodeAt(p) === 0x5219 /* 则 */ ? null : ZH_UNITS.match(s, p);
        // (短短几日内, 数日之内: days, as 几天.)
        if (!u || (u.value.weak && u.value.timeWord !== 'quarter' && u.value.timeWord !== 'month' && u.value.timeWord !== 'day') || u.value.kind === 'percent' || u.value.kind === 'money') return i + 1;
        // (日 only before 内 and 之内: elsewhere 这几日, 数日后 read as no figure, as before.)
        if (u.value.weak && u.value.timeWord === 'day' && !(s[p + u.len] === '内' || s.startsWith('之内', p + u.len))) return i + 1;
        // 几月份, 数月底: a month's name or part, not a count of months.
        if (u.value === MONTH_AFTER_VAGUE && MONTH_PART_AFTER.includes(s[p + 1] ?? '_')) return i + 1;
        // 多数/大多数 (most), 少数 (a few, a minority), 无数 (countless) before a noun: quantifiers, no
        // number (至少数家, 减少数家 keep 数家).
        if (ch === '数' && (s[i - 1] === '多' || s[i - 1] === '无' || (s[i - 1] === '少' && !'至减缺最'.includes(s[i - 2] || '_')))) return i + 1;
        // 数位投资, 数位丝绸之路, 数位生命线: digital (Taiwan and Malaysian copy), unless a person follows (数位专家).
        if (ch === '数' && s[p] === '位' && !PERSON_AFTER_SHUWEI.match(s, p + 1)) return i + 2;
        lo = 2;
        hi = 9;
      }
    }
    // 幾十個億, 几百个亿, 几个亿, 上百个亿: spoken filler 个 before 亿 (as 67个亿).
    if (hi < 1e4 && (s.charCodeAt(p) === 0x4e2a || s.charCodeAt(p) === 0x500b) && (s.charCodeAt(p + 1) === 0x4ebf || s.charCodeAt(p + 1) === 0x5104) && s.charCodeAt(p + 2) !== 0x4e07 /* 万 */) {
      lo *= 1e8;
      hi *= 1e8;
      p += 2;
    }
    const side: Side = {
      start: from, end: p, v: null, lo, hi, vague: true, more: false, scale: 1, scaleText: '', lang: 'zh', src: 'vz', isOne: false,
      sign: 1, bigTail: bigTail(s, i + 1, p - i - 1),
    };
    // vague + scale after: 数十万 handled by magnitudeRun; 数千万 too.
    return this.complete(side);
  }

  private magnitudeRun(p: number): { m: number; len: number } {
    const s = this.s;
    let m = 1;
    let k = p;
    while (k < this.n && k - p < 4) {
      const ch = s[k];
      // (數兆參數, 數兆元: 兆 a trillion, as after digits; 数兆瓦, 数兆赫 are units.)
      const f = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : ch === '万' ? 1e4 : ch === '亿' ? 1e8 : ch === '兆' && !ZH_UNITS.match(s, k) ? 1e12 : 0;
      if (!f) break;
      // 千瓦 / 千兆瓦 are units: stop before 千 when a unit starts there and we already have a magnitude.
      if (k > p && ZH_UNITS.match(s, k) && !ZH_SCALES.match(s, k)?.len) break;
      if (ch === '千' && k > p && ZH_UNITS.match(s, k)) break;
      m *= f;
      k++;
    }
    return { m, len: k - p };
  }

  // -------------------------------------------------------------------------------------------
  // English special forms

  private englishFigure(i: number, we: number, lw: string): number {
    const s = this.s;
    // "an eight-figure sum", "a six-figure salary": how many digits an amount has, no count.
    if (s.charCodeAt(we) === 45 && EN_SMALL.has(lw) && /^-figures?(?![A-Za-z])/i.test(s.slice(we, we + 9))) return wordEnd(s, we + 1);
    // ("We've cracked twelve figures", "earns six figures": spaced and plural after a verb of reaching or earning,
    // or before worth: "waive at least nine figures worth of tax collections";
    // "eight figures in the report" stays a count of charts.)
    if (s.charCodeAt(we) === 32 && (EN_SMALL.get(lw) ?? 0) >= 5 && /^ figures(?![A-Za-z])/i.test(s.slice(we, we + 9)) && (DIGITS_REACHED_BEFORE.has(this.prevWord(i) ?? '') || / figures worth\b/iy.test(s.slice(we, we + 15)))) return we + 8;
    // Multiplicative words.
    const mult = MULTIPLY_VERBS.get(lw);
    if (mult !== undefined) {
      // double-digit; not the dash a source glues before "from" ("set to more than double-from 150 billion litres").
      if (s.charCodeAt(we) === 45 && !/^-(?:from|to)\b/i.test(s.slice(we, we + 6))) return we;
      // "a double bed", "a triple play": the base form after an article is an adjective, not a multiple.
      if (ADJECTIVE_MULTIPLES.has(lw) && ARTICLES.has(this.prevWord(i)?.toLowerCase() ?? '')) return we;
      // "low double digits", "triple digits": a size class, not a multiple.
      const q = skipSp(s, we);
      if (/^digits?\b/i.test(s.slice(q, q + 7))) return wordEnd(s, q);
      // "230kV double circuit lines", "a double-decker": a kind of thing, not a multiple.
      if (ADJECTIVE_MULTIPLES.has(lw) && DOUBLE_KIND_AFTER.test(s.slice(we, we + 12))) return we;
      // "a triple net lease", "on double net terms": a kind of lease, not a multiple.
      if (/^net\b/i.test(s.slice(q, q + 4)) && ADJECTIVE_MULTIPLES.has(lw) && !/^(?:will|would|could|can|may|might|should|to|expects? to)$/i.test(this.prevWord(i) ?? '')) return wordEnd(s, q);
      // "doubles as a hub" (serves as), "double down on": idioms, not multiples; under a hedge "as" is "while"
      // ("more than triples as capacity doubles").
      // ("demand tripling as more users arrive": only double serves as; a larger multiple before "as" is one.)
      const idiom = lw !== 'twice' && (lw.startsWith('doub') ? /^(?:as|down)\b/i : /^down\b/i).test(s.slice(q, q + 5));
      if (idiom && (s.charCodeAt(q) === 100 || !prefixQualifier(s, i))) return we;
      // "triples", "doubles" are a verb after its subject ("a demand curve triples"), a noun after an article,
      // a number, an adjective or a possessive ("the doubles final", "two triples", "mixed doubles", "women's doubles").
      // ("doubles or triples demand": after another multiplying verb and or/and it is a verb too.)
      const pw0 = this.prevWord(i)?.toLowerCase() ?? '';
      const afterVerb = (pw0 === 'or' || pw0 === 'and') && MULTIPLIER_VERB_BEFORE.test(s.slice(Math.max(0, i - 24), i));
      // ("HBM4 doubles bandwidth": a name's glued digit is no number before the noun.)
      const numberBefore = isDigit(s.charCodeAt(skipBackSp(s, i) - 1)) && !gluedDigitsOfName(s, skipBackSp(s, i));
      if (lw.endsWith('les') && !afterVerb && (numberBefore || PLURAL_NOUN_LEADS.has(pw0))) return we;
      return this.ratioWithPrefix(i, we, mult);
    }
    if (lw.endsWith('fold') && lw.length > 4) {
      const base = EN_SMALL.get(lw.slice(0, -4)) ?? (lw === 'hundredfold' ? 100 : lw === 'thousandfold' ? 1000 : undefined);
      if (base === undefined) return we;
      // "three to fivefold", "two- to threefold": the bare count read before "to" is the range's low side.
      const last = this.out[this.out.length - 1];
      if (last && last.kind === 'count' && last.qualifier === 'exact' && !last.noun && last.value !== null && last.value < base && last.lang === 'en' && /^-? to $/.test(s.slice(last.offset + last.length, i))) {
        this.out.pop();
        this.lastEnd = last.offset;
        this.push({ offset: last.offset, length: we - last.offset, text: this.o.slice(last.offset, we), kind: 'ratio', value: null, low: last.value, high: base, unit: 'ratio', qualifier: 'range', approx: false, lang: 'en' });
        return we;
      }
      return this.ratioWithPrefix(i, we, base);
    }
    const share = this.changeByFraction(i, we, lw);
    if (share > 0) return share;
    if (lw === 'half') {
      const q = skipSp(s, we);
      const nx = s.slice(q, wordEnd(s, q)).toLowerCase();
      // "a half-a-trillion-dollar project", "half-a-million GPUs": "half a trillion dollars" hyphenated.
      if (q === we && s.charCodeAt(we) === 45 && (s.charCodeAt(we + 1) | 32) === 97 && s.charCodeAt(we + 2) === 45) {
        const e2 = wordEnd(s, we + 3);
        const w2 = s.slice(we + 3, e2).toLowerCase();
        const m = w2 === 'dozen' ? 12 : EN_BIG.get(w2);
        if (m && !isAlnum(s.charCodeAt(e2))) return this.complete(wordAmount(i, e2, 0.5 * m));
      }
      if (nx === 'a') {
        const q2 = skipSp(s, q + 1);
        const w2 = s.slice(q2, wordEnd(s, q2)).toLowerCase();
        const m = w2 === 'dozen' ? 12 : EN_BIG.get(w2);
        if (m) {
          return this.complete(wordAmount(i, wordEnd(s, q2), 0.5 * m));
        }
        // "half a gigawatt", "half a percentage point": half of a unit (the unit read after "a").
        if (q2 - q === 2 && this.latinUnit(q2, false)) return this.complete(wordAmount(i, q + 1, 0.5));
      }
      if (nx === 'of' || nx === 'the' || nx === 'its' || nx === 'their' || nx === 'that' || nx === 'our' || nx === 'his' || nx === 'her' || nx === 'your' || nx === 'my') {
        return this.emitSimple(i, we, 'ratio', 0.5, 'ratio', prefixQualifier(s, i));
      }
      // "roughly half to two-thirds of its customers' demand": a range of two shares, the second hyphenated.
      const toShare = nx === 'to' ? HALF_TO_SHARE.exec(s.slice(q, q + 24)) : null;
      if (toShare && SHARE_OF.test(s.slice(skipSp(s, q + toShare[0].length), q + toShare[0].length + 36))) {
        const high = EN_SMALL.get(toShare[1].toLowerCase())! / FRACTION_DENOMINATORS.get(toShare[2].toLowerCase())!;
        const end = q + toShare[0].length;
        if (high > 0.5 && high < 1) {
          this.push({ offset: i, length: end - i, text: this.o.slice(i, end), kind: 'ratio', value: null, low: 0.5, high, unit: 'ratio', qualifier: 'range', approx: false, lang: 'en' });
          return end;
        }
      }
      // "half in cash and half in stock", "half through direct stakes and half via funds": a split in two halves.
      if (HALF_SPLIT_PREPOSITIONS.has(nx) && (HALF_SPLIT_AFTER.test(s.slice(we, we + 80)) || HALF_SPLIT_BEFORE.test(s.slice(Math.max(0, i - 80), i)))) {
        // ("roughly half through debt and half through equity": a hedge before the first half is its own.)
        return this.emitSimple(i, we, 'ratio', 0.5, 'ratio', prefixQualifier(s, i));
      }
      // "Over the last half decade": half of a long unit of time (the hedge words before it are the span's, as before a duration).
      const halfUnit = HALF_OF_TIME_UNITS[nx];
      if (halfUnit && q === we + 1 && !isLatin(s.charCodeAt(wordEnd(s, q))) && s.charCodeAt(wordEnd(s, q)) !== 45) {
        const end = wordEnd(s, q);
        this.push({ offset: i, length: end - i, text: this.o.slice(i, end), kind: 'duration', value: halfUnit[0] / 2, low: null, high: null, unit: 's', qualifier: 'exact', approx: false, unitText: s.slice(q, end), time: { label: durationLabel(0.5, null, null, halfUnit[1]) }, lang: 'en' });
        return end;
      }
      // "with more than half dedicated to hardware": a hedge makes a bare half a quantity.
      const hedge = prefixQualifier(s, i);
      if (hedge && hedge.q !== 'exact') return this.emitSimple(i, we, 'ratio', 0.5, 'ratio', hedge);
      return we;
    }
    // Fractions: two-thirds, one-third, a third of, three-quarters, a quarter of.
    const fr = this.fraction(i, we, lw);
    if (fr > 0) return fr;
    if (lw === 'a' || lw === 'an' || lw === 'another') {
      const q = skipSp(s, we);
      // "a half-gigawatt campus", "a half-million GPUs", "a quarter million GPUs", "a half-dozen sites": a
      // half or a quarter of a scale, or hyphened to a unit.
      const fw = q - we === 1 && (s.startsWith('half', q) || s.startsWith('quarter', q)) ? (s.charCodeAt(q) === 104 ? 4 : 7) : 0;
      const joiner = s.charCodeAt(q + fw);
      if (fw && (joiner === 45 || joiner === 32)) {
        const share = fw === 4 ? 0.5 : 0.25;
        const q2 = q + fw + 1;
        const w2 = s.slice(q2, wordEnd(s, q2)).toLowerCase();
        const scale = w2 === 'dozen' && fw === 4 ? 12 : EN_BIG.get(w2);
        if (scale) return this.complete(wordAmount(i, wordEnd(s, q2), share * scale));
        const unit = joiner === 45 ? this.latinUnit(q2, true) : null;
        if (unit && !unit.def.timeWord && unit.def.kind !== 'money') return this.complete(wordAmount(i, q + fw, share));
      }
      // "almost an entire gigawatt", "a full gigawatt": an intensifier between the article and the unit.
      // (An article is mostly followed by other words: only f, w, e or s start a slice; "a single gigawatt".)
      const c0 = s.charCodeAt(q) | 32;
      const intensifier = q - we === 1 && (c0 === 102 || c0 === 119 || c0 === 101 || c0 === 115) && UNIT_INTENSIFIERS.has(s.slice(q, wordEnd(s, q)).toLowerCase()) && s.charCodeAt(wordEnd(s, q)) === 32;
      const u = q - we === 1 ? this.latinUnit(intensifier ? wordEnd(s, q) + 1 : q, false) : null;
      // "a gigawatt", "a terawatt-hour", "a decade" (not "a year", "a day": mostly adverbial, unless
      // hedged: "in less than a week", "more than a year").
      const pq = prefixQualifier(s, i);
      const overSpan = !!pq && !!u && pq.text === 'over' && !this.overMeansMore(pq.at, u.end);
      // (Or a hedge after it: "a year or more for equipment installation".)
      const orMore = !!u?.def.timeWord && OR_MORE_AFTER.test(s.slice(u.end, u.end + 12));
      // ("17% more than a year earlier": after a figure, "more than" compares it, and hedges no time.)
      const comparative = !!pq && isGroupSpace(s.charCodeAt(pq.at - 1)) && (isDigit(s.charCodeAt(pq.at - 2)) || s.charCodeAt(pq.at - 2) === 37 /* % */);
      const hedgedTime = (!!pq && pq.q !== 'range' && pq.q !== 'exact' && !overSpan && !comparative || orMore) && !!u?.def.timeWord && s.charCodeAt(u.end - 1) !== 115;
      // ("less than a mile away", "more than a kilometre": a length under a hedge, as a time.)
      const hedgedLength = !!pq && pq.q !== 'range' && pq.q !== 'exact' && !overSpan && !comparative && u?.def.kind === 'length' && s.charCodeAt(u.end - 1) !== 115;
      // "16 cents a kWh", "$0.08 a kilowatt-hour": after a price the unit is what it is paid for, no figure.
      const last = this.out[this.out.length - 1];
      const rate = last !== undefined && last.kind === 'money' && last.offset + last.length === skipBackSp(s, i);
      // "a year and a half ago", "an hour and a half": one and a half of the unit.
      if (u && u.def.timeWord && s.startsWith(' and a half', u.end) && !isLatin(s.charCodeAt(u.end + 11)) && i >= this.lastEnd) {
        const end = u.end + 11;
        const v = 1.5 * u.def.factor;
        // ("consumption of Rhode Island over a day and a half": over is the span of time, as before any duration.)
        const q2: Qualifier = pq && pq.q !== 'range' && !(pq.text === 'over' && !this.overMeansMore(pq.at, end)) ? pq.q : 'exact';
        const b = q2 === 'exact' ? { low: null, high: null } : bounds(q2, v, u.def.kind);
        this.push({ offset: i, length: end - i, text: this.o.slice(i, end), kind: u.def.kind, value: v, low: b.low, high: b.high, unit: u.def.unit, qualifier: q2, approx: q2 === 'about' || q2 === 'nearly', unitText: u.text, time: { label: durationLabel(1.5, null, null, u.def.timeWord) }, lang: 'en' });
        return end;
      }
      // "a gigawatt-scale data centre", "a megawatt-class site": a unit in a hyphenated adjective of size measures the thing,
      // no amount of it (as after several).
      if (u && s.charCodeAt(u.end) === 45 && SIZE_ADJECTIVE_AFTER_HYPHEN.test(s.slice(u.end + 1, u.end + 8))) return we;
      // ("at least another gigawatt": one more of a unit of power or energy.)
      const another = lw === 'another';
      if (u && !rate && (u.def.kind === 'power' || u.def.kind === 'energy' || (!another && (u.def.kind === 'data' || u.def.kind === 'compute' || u.def.kind === 'area' || u.def.kind === 'volume' || u.def.timeWord === 'decade' || hedgedTime || hedgedLength || (u.def.kind === 'mass' && ONE_MASS_UNIT.test(u.text)) || (u.def === PERCENTAGE_POINTS && u.text.startsWith('percentage point') && s.charCodeAt(u.end) !== 45)))) && isLower(s.charCodeAt(q)) && !(u.def.timeWord === 'decade' && s.charCodeAt(u.end - 1) === 115)) {
        const v = u.def.factor;
        // "a year or more": the suffix hedge in the span.
        const end = orMore && !(pq && pq.q !== 'range' && pq.q !== 'exact') ? u.end + OR_MORE_AFTER.exec(s.slice(u.end, u.end + 12))![0].length : u.end;
        const q2: Qualifier = end > u.end ? 'more-than' : pq && pq.q !== 'range' && !(u.def.kind === 'duration' && overSpan) ? pq.q : 'exact';
        const b = q2 === 'exact' ? { low: null, high: null } : bounds(q2, v, u.def.kind);
        const tm = u.def.timeWord ? { time: { label: durationLabel(1, null, null, u.def.timeWord) } } : {};
        if (i >= this.lastEnd) this.push({ offset: i, length: end - i, text: this.o.slice(i, end), kind: u.def.kind, value: v, low: b.low, high: b.high, unit: u.def.unit, qualifier: q2, approx: q2 === 'about' || q2 === 'nearly', unitText: u.text, ...tm, lang: 'en' });
        return end;
      }
    }
    // Vague: several/few + magnitude, dozens of, tens of thousands of, millions of.
    const vg = this.englishVague(i, we, lw);
    if (vg !== 0) return vg;
    if (lw === 'dozens' || lw === 'tens' || lw === 'hundreds' || lw === 'thousands' || lw === 'millions' || lw === 'billions' || lw === 'trillions' || lw === 'quadrillions' || lw === 'few') return we;
    // Plain number words.
    if (isLatin(s.charCodeAt(i - 1))) return we;
    // "a top-three AI power", "a top-five market": a rank in a compound adjective, no count.
    if (s.charCodeAt(i - 1) === 45 && /(?:^|[^A-Za-z])top-$/i.test(s.slice(Math.max(0, i - 5), i))) return we;
    // "net-zero emissions", "net zero by 2040": a climate goal, not a count of 0.
    // "near-zero water consumption": no amount either.
    if (lw === 'zero' && /(?:^|[^A-Za-z])(?:net|near)[- ]$/i.test(s.slice(Math.max(0, i - 6), i))) return we;
    // "an initial R1 Zero training period", "AlphaGo Zero": a capitalised Zero after a name is part of it.
    if (lw === 'zero' && isUpper(s.charCodeAt(i)) && /[A-Za-z0-9] $/.test(s.slice(Math.max(0, i - 2), i)) && isUpper(s.charCodeAt(wordStartBefore(s, i - 1)))) return we;
    // "zero-carbon resources", "a zero-emission fleet", "zero carbon power", "a zero water use design": an adjective of kind, no count of 0.
    if (lw === 'zero' && ((s.charCodeAt(we) === 45 && isLatin(s.charCodeAt(we + 1))) || /^ (?:carbon|emissions?|waste|trust|sum|tolerance|downtime|water (?:use |usage )?design)\b/i.test(s.slice(we, we + 24)))) return we;
    // "now add a zero to that", "adding another zero": the digit written, no amount.
    if (lw === 'zero' && /\b(?:add|adds|added|adding|tack on|drop|dropped)\s+(?:a|another|one)\s+$/i.test(s.slice(Math.max(0, i - 16), i))) return we;
    // "from zero to $200 million": zero takes the currency of the level it rises to, as "from $0 to $3.7 billion".
    if (lw === 'zero' && i >= 5 && s.slice(i - 5, i).toLowerCase() === 'from ') {
      const to = ZERO_TO_MONEY.exec(s.slice(we, we + 32));
      const cur = to ? BRACKET_CURRENCIES[to[1]] : undefined;
      if (cur) return this.emitSimple(i, we, 'money', 0, cur, null);
    }
    const pw = this.prevWord(i);
    if (this.productLabelBefore(i, pw) && !measureAfterLabel(s, i, we)) return wordEnd(s, i);
    // "could one day deliver", "will one day power": after a modal, one day is some day, no duration.
    if (lw === 'one' && pw !== null && MODALS_BEFORE_ONE_DAY.has(pw) && /^ day\b(?! of\b)/i.test(s.slice(we, we + 8))) return we + 4;
    if (isUpper(s.charCodeAt(i)) && !this.sentenceStart(i)) {
      // Capitalised number words mid-sentence name things (Three Mile Island, Fifty Shades), unless a known counted
      // noun heads the title-cased phrase (opened Five Data Centers, To Build Three New Campuses).
      const q = skipSp(s, we);
      if (q - we === 1 && isUpper(s.charCodeAt(q)) && !this.readNoun(we, 'en', false) && !this.latinUnit(q, false)) return wordEnd(s, q);
      // "the 14th Five-Year Plan": hyphenated to a capitalised word, the same.
      if (s.charCodeAt(we) === 45 && isUpper(s.charCodeAt(we + 1)) && !this.latinUnit(we + 1, true)) return wordEnd(s, we + 1);
      // After a capitalised word and before a lower-case one, a digit or punctuation, the pair is a nickname
      // (the Big Four, the so-called Magnificent Seven); a title-cased headline capitalises the next word too.
      if (!isUpper(s.charCodeAt(q)) && this.capitalisedWordBefore(i)) return we;
    } else if (isUpper(s.charCodeAt(i))) {
      // At a sentence's start the capital says nothing, but two more capitalised words with no counted noun,
      // in a sentence that goes on in lower case (no title-cased headline), name a place or a thing
      // (Three Mile Island's Unit 1 went dark, Three Gorges Dam produces).
      const name = s.charCodeAt(we) === 32 && isUpper(s.charCodeAt(we + 1)) ? CAPITALISED_NAME_THEN_LOWER.exec(s.slice(we + 1, we + 80)) : null;
      // ("Seven GE Vernova 7HA.02 turbines will be installed": a maker's name, a model code, then the things counted.)
      if (name && !this.readNoun(we, 'en', false) && !MODEL_CODE_THEN_PLURAL.test(s.slice(we + 1 + name[1].length, we + 60))) return we + 1 + name[1].length;
    }
    const side = this.parseSide(i);
    if (!side) return we;
    return this.complete(side);
  }

  /**
   * "1/3的算力", "about 1/3 of the budget": a proper fraction of small whole numbers, in Chinese copy
   * or before "of". Other short a/b pairs ("24/7", "3/4" as a date) are no figures; longer ones
   * ("2024/25", 1/3/2025) are left to the rest of the scanner. Returns i when nothing applies.
   */
  private yearWithEndnote(i: number): number {
    const s = this.s;
    if (isAlnum(s.charCodeAt(i - 1)) || !endnoteAfterYear(s, i)) return i;
    const y = +s.slice(i, i + 4);
    if (!ENDNOTE_YEAR_LEADS.has(this.prevWord(i) ?? '')) return i;
    this.emitYear({ start: i, end: i + 4, v: y } as Side, i + 4, prefixQualifier(s, i), 'en');
    return i + 5;
  }

  /** "about ¾ of a word", "½ of the budget": a fraction glyph standing alone before "of" is a share (as 3/4 of). */
  private glyphShare(i: number): number {
    const s = this.s;
    const share = VULGAR_FRACTIONS.get(s.charCodeAt(i));
    if (share === undefined || isAlnum(s.charCodeAt(i - 1))) return i + 1;
    // ("to ¾ percent", "the deposit rate is ½ percent": a fraction of a percent, as central banks write rates.)
    const percent = GLYPH_PERCENT_AFTER.exec(s.slice(i + 1, i + 24));
    if (percent) return this.emitSimple(i, i + 1 + percent[0].length, 'percent', share, percent[1] || percent[2] ? 'pp' : 'percent', prefixQualifier(s, i));
    const q = skipSp(s, i + 1);
    if (q === i + 1 || s.slice(q, q + 2).toLowerCase() !== 'of' || isLatin(s.charCodeAt(q + 2))) return i + 1;
    return this.emitSimple(i, i + 1, 'ratio', share, 'ratio', prefixQualifier(s, i));
  }

  private slashFraction(i: number): number {
    const s = this.s;
    let k = i;
    while (isDigit(s.charCodeAt(k)) && k - i < 4) k++;
    if (k - i > 3 || s.charCodeAt(k) !== 47 /* / */ || !isDigit(s.charCodeAt(k + 1))) return i;
    let e = k + 1;
    while (isDigit(s.charCodeAt(e)) && e - k < 5) e++;
    const after = s.charCodeAt(e);
    // 30/09/2025, 9/30/2025: a date with the year last; the day is the member over 12, and where neither is,
    // the order is the writer's convention, which the text does not tell: no figure.
    const dated = after === 47 && e - k <= 3 && !isAlnum(s.charCodeAt(i - 1)) && s.charCodeAt(i - 1) !== 47 ? DAY_MONTH_YEAR_TAIL.exec(s.slice(e, e + 6)) : null;
    // ("18/12/25": three short members may be day, month, year or year, month, day (25/04/01 in Japanese copy):
    // the text does not tell which, so no figure — and none of its members is a count either.)
    const short = !dated && after === 47 && e - k <= 3 && k - i <= 2 && !isAlnum(s.charCodeAt(i - 1)) && s.charCodeAt(i - 1) !== 47 ? /^\/(\d\d)(?![\d/.,%]|[A-Za-z])/.exec(s.slice(e, e + 4)) : null;
    // (A range of them, 25/04/01至25/09/30, is read below as year, month, day.)
    if (short && Number(s.slice(k + 1, e)) >= 1 && Number(s.slice(k + 1, e)) <= 12 && !/^\s*(?:至|到|~|～|-|–)\s*\d/.test(s.slice(e + short[0].length, e + short[0].length + 4)) && !/(?:至|到|~|～|-|–)\s*$/.test(s.slice(Math.max(0, i - 3), i))) return e + short[0].length;
    if (dated && isYear(+dated[1])) {
      const a = Number(s.slice(i, k));
      const b = Number(s.slice(k + 1, e));
      const [month, day] = a > 12 ? [b, a] : [a, b];
      const end = e + dated[0].length;
      if ((a > 12) === (b > 12)) return end;
      return this.emitDay(i, end, +dated[1], month, day, null) || end;
    }
    if (e - k - 1 > 4 || isDigit(after) || after === 47 || ((after === 46 || after === 44) && isDigit(s.charCodeAt(e + 1))) || isLatin(after)) return i;
    if (after === 0x6708 /* 月 */ || after === 0x65e5 /* 日 */ || after === 0x53f7 /* 号 */) return i;
    // 21.9/37/70, 37/28/22倍: the last two members of a broker's slash list (after a decimal member, or
    // before a unit), no fraction.
    if (s.charCodeAt(i - 1) === 47 && isDigit(s.charCodeAt(i - 2)) && (isCJK(after) || after === 37 || DECIMAL_MEMBER_BEFORE.test(s.slice(Math.max(0, i - 12), i)))) return i;
    const bracketDate = this.bracketMonthDay(i, k, e);
    if (bracketDate > 0) return bracketDate;
    // 24/25财年, 24/25年第一财季: a split fiscal year (yearForms).
    if ((after === 0x5e74 /* 年 */ || fiscalYearWordEnd(s, e) > 0) && e - k === 3 && k - i === 2 && Number(s.slice(k + 1, e)) === Number(s.slice(i, k)) + 1) return i;
    // 670/894/1029亿美元: a list of amounts that share the last one's scale (listUnitAfter), no fraction.
    if (after === 0x4ebf /* 亿 */ || after === 0x4e07 /* 万 */) return i;
    // 分别同比增长9/7%: a list of percents sharing the last one's sign; 22/28奈米: two process nodes.
    if (after === 37 /* % */ || after === 0xff05) return i;
    if (ZH_UNITS.match(s, e)?.value.kind === 'length') return i;
    // "a 132/33 kV substation": a transformer's two voltages, each a figure (as 12/16 nm).
    if (after === 32 && this.latinUnit(e + 1, false)?.def.kind === 'voltage') return i;
    // "12/16 nm chips", "28/22 nanometer planar CMOS": two process nodes before a spaced length unit.
    if (after === 32 && this.latinUnit(e + 1, false)?.def.factor === 1e-9) return i;
    const num = Number(s.slice(i, k));
    const den = Number(s.slice(k + 1, e));
    // "256/512/1024 TOPS", "100/200 GW": a slash list before a spaced unit, each member a figure of it (no fraction: a
    // fraction of a unit has a small denominator, "3/4 inch").
    if (after === 32 && den > 16 && this.latinUnit(e + 1, false)) return i;
    const q = skipSp(s, e);
    // ("at 1/3 the power of DGX solutions": a comparison, as "a third the power of".)
    const of = (s.slice(q, q + 2).toLowerCase() === 'of' && !isLatin(s.charCodeAt(q + 2))) || (s.charCodeAt(q) === 116 /* t */ && SHARE_OF.test(s.slice(q, q + 24)));
    const chinese = isCJK(s.charCodeAt(i - 1)) || isCJK(after);
    // 价格的1/400, 1/400倍: after 的 or before 倍 the share may be small (up to a thousandth); 倍 is in the span.
    const bei = after === 0x500d /* 倍 */;
    const share = bei || s.charCodeAt(i - 1) === 0x7684 /* 的 */;
    if (num >= 1 && num < den && (den <= 100 || (share && den <= 1000)) && (of || chinese)) {
      // 仅为竞品的1/10至1/20: two proper fractions joined by 至 or a dash are one range, whichever side is larger.
      const other = !bei && chinese && i >= this.lastEnd ? FRACTION_RANGE_SIDE.exec(s.slice(e, e + 12)) : null;
      if (other && +other[1] >= 1 && +other[1] < +other[2] && +other[2] <= 1000) {
        const [a, b] = [num / den, +other[1] / +other[2]];
        const end = e + other[0].length;
        this.push({ offset: i, length: end - i, text: this.o.slice(i, end), kind: 'ratio', value: null, low: Math.min(a, b), high: Math.max(a, b), unit: 'ratio', qualifier: 'range', approx: false, lang: this.langOf(i, end) } as Figure);
        return end;
      }
      return this.emitSimple(i, bei ? e + 1 : e, 'ratio', num / den, 'ratio', prefixQualifier(s, i));
    }
    // P/E为24/20倍: no proper fraction before 倍, a broker's pair of multiples (listUnitAfter).
    if (bei) return i;
    return e;
  }

  private zhFraction(side: Side): number {
    const s = this.s;
    const p = side.end + 2;
    let num: number;
    let e: number;
    if (isZhNumChar(s.charCodeAt(p))) {
      const z = readChinese(s, p);
      num = z.value;
      e = z.end;
    } else if (isDigit(s.charCodeAt(p))) {
      const a = readArabic(s, p, this.o);
      num = a.value;
      e = a.end;
    } else return p;
    const den = side.v;
    if (!den || !Number.isFinite(num)) return e;
    // 十亿分之一米, 千分之一秒, 四分之一英寸: a fraction of the unit right after it is an amount of that measure.
    const u = startsAnotherWord(s, e) ? null : ZH_UNITS.match(s, e);
    // (三分之一年轻人: a time word that starts a longer word is no unit.)
    const timeWordStartsWord = u !== null && u.value.kind === 'duration' && isCJK(s.charCodeAt(e + u.len)) && !'的内內之钟鐘后後左多以'.includes(s[e + u.len]);
    if (u && !u.value.weak && !timeWordStartsWord && FRACTION_OF_UNIT_KINDS.has(u.value.kind)) {
      return this.emitSimple(side.start, e + u.len, u.value.kind, (num / den) * u.value.factor, u.value.unit, prefixQualifier(s, side.start), s.slice(e, e + u.len));
    }
    const range = this.zhShareRangeAfter(side.start, e, num / den);
    if (range) return range;
    return this.emitSimple(side.start, e, 'ratio', num / den, 'ratio', prefixQualifier(s, side.start));
  }

  /**
   * 一半到三分之二, 三分之一至二分之一, 约一半到3分之2: a share joined by 到 or 至 to a larger share after it is one range of
   * shares (as "half to two-thirds"). The end of the range, or 0 when none follows `end`.
   */
  private zhShareRangeAfter(start: number, end: number, low: number): number {
    const s = this.s;
    const c = s.charCodeAt(end);
    if (c !== 0x5230 /* 到 */ && c !== 0x81f3 /* 至 */) return 0;
    const high = zhShareAt(s, end + 1, this.o);
    if (!high || !(high.value > low) || high.value > 1) return 0;
    this.push({ offset: start, length: high.end - start, text: this.o.slice(start, high.end), kind: 'ratio', value: null, low, high: high.value, unit: 'ratio', qualifier: 'range', approx: false, lang: 'zh' } as Figure);
    return high.end;
  }

  private sentenceStart(i: number): boolean {
    let b = i;
    while (b > 0 && i - b < 4 && (isGroupSpace(this.s.charCodeAt(b - 1)) || '"\'“‘(*_'.includes(this.s[b - 1]))) b--;
    if (b === 0) return true;
    const c = this.s.charCodeAt(b - 1);
    return c === 46 || c === 33 || c === 63 || c === 58 || isNewline(c) || c === 0x3002;
  }

  private ratioWithPrefix(i: number, end: number, v: number): number {
    const s = this.s;
    let pq = prefixQualifier(s, i) ?? this.hedgeBeforeArticle(i);
    // "optimistic about doubling", "talk about tripling": before a gerund, about is the preposition.
    if (pq && s.endsWith('ing', end) && s.slice(pq.at, pq.at + 5).toLowerCase() === 'about') pq = null;
    const start = pq && pq.q !== 'range' && pq.at >= this.lastEnd && !PASSING_VERB.test(pq.text) ? pq.at : i;
    if (start < this.lastEnd) return end;
    const q: Qualifier = pq && pq.q !== 'range' ? pq.q : 'exact';
    const b = q === 'exact' ? { low: null, high: null } : bounds(q, v, 'ratio');
    this.push({ offset: start, length: end - start, text: this.o.slice(start, end), kind: 'ratio', value: v, low: b.low, high: b.high, unit: 'ratio', qualifier: q, approx: q === 'about' || q === 'nearly', lang: 'en' });
    return end;
  }

  /** "more than a sixfold increase", "nearly a doubling": a hedge before the article of a ratio word. */
  private hedgeBeforeArticle(i: number): QualMatch | null {
    const s = this.s;
    if (s.charCodeAt(i - 1) !== 32) return null;
    const a = (s.charCodeAt(i - 2) | 32) === 110 /* n */ ? i - 3 : i - 2;
    if ((s.charCodeAt(a) | 32) !== 97 /* a */ || isLatin(s.charCodeAt(a - 1)) || (a === i - 3 && s.charCodeAt(i - 2) !== 110)) return null;
    const pq = prefixQualifier(s, a);
    return pq && pq.q !== 'range' ? pq : null;
  }

  /**
   * "increased by a quarter", "fell by a third", "cut by half", "rose by more than two-thirds": after a change
   * verb and "by", a fraction is the change as a percent (25, 33.3, 50, 66.7). Not before "of" ("by a quarter of
   * its staff" stays a ratio), a point ("by a quarter point", "by half a percentage point") or another word ("by a
   * third party"). End, or 0.
   */
  private changeByFraction(i: number, we: number, lw: string): number {
    const s = this.s;
    let percent = 0;
    let end = we;
    if (lw === 'half') percent = 50;
    else if (lw === 'a' || lw === 'one' || EN_SMALL.has(lw)) {
      // "a third", "one-fifth", "two-thirds", "three quarters" (the share starts with t, q, f or h).
      const sep = s.charCodeAt(we);
      const q = we + 1;
      if (!(sep === 32 || (sep === 45 && lw !== 'a')) || !SHARE_FIRST.includes(s[q] ?? '_')) return 0;
      const n = lw === 'a' ? 1 : EN_SMALL.get(lw)!;
      const e2 = wordEnd(s, q);
      const w2 = s.slice(q, e2).toLowerCase();
      const d = w2 === 'half' ? (n === 1 ? 2 : undefined) : (n === 1) === !w2.endsWith('s') ? FRACTION_DENOMINATORS.get(w2) : undefined;
      if (d && n < d) { percent = (100 * n) / d; end = e2; }
    }
    if (!percent) return 0;
    const nx = skipSp(s, end);
    // "by half a percentage point", "by half an hour".
    if (lw === 'half' && (s.startsWith('a ', nx) || s.startsWith('an ', nx))) return 0;
    if (nx > end && isLatin(s.charCodeAt(nx)) && !SHARE_NEXT.has(s.slice(nx, wordEnd(s, nx)).toLowerCase())) return 0;
    if (s.charCodeAt(end) === 45 && isLatin(s.charCodeAt(end + 1))) return 0;
    const p = prefixQualifier(s, i);
    const at = p && p.q !== 'exact' && p.q !== 'range' ? p.at : i;
    if (this.prevWord(at) !== 'by') return 0;
    // The verb right before "by", or with its object between: "has cut the clean energy connections queue by over half".
    if (!SHARE_CHANGE_VERBS.has(this.prevWord(skipBackSp(s, at) - 2) ?? '') && !changeVerbInClauseBefore(s, skipBackSp(s, at) - 2, 6)) return 0;
    return this.emitSimple(i, end, 'percent', percent, 'percent', p && p.q !== 'range' ? p : null);
  }

  private fraction(i: number, we: number, lw: string): number {
    const s = this.s;
    let num = 0;
    let end = 0;
    const small = EN_SMALL.get(lw);
    if (s.charCodeAt(we) === 45 && small !== undefined) {
      const e2 = wordEnd(s, we + 1);
      const w2 = s.slice(we + 1, e2).toLowerCase();
      const d = FRACTION_DENOMINATORS.get(w2);
      // "the two-quarter total", "a four-quarter average": quarters of a year, not 2/4 (fractions of
      // quarters are written in lowest terms: one-quarter, three-quarter).
      const quarters = w2 === 'quarter' && small !== 1 && small !== 3;
      if (d && small < d && !quarters) { num = small / d; end = e2; }
    } else if (small !== undefined && small >= 2 && small < 10) {
      // "two thirds of", "three quarters of" (without "of", "three quarters" is nine months).
      const q = skipSp(s, we);
      const e2 = wordEnd(s, q);
      const w2 = s.slice(q, e2).toLowerCase();
      const d = q - we === 1 && w2.endsWith('s') ? FRACTION_DENOMINATORS.get(w2) : undefined;
      const q3 = skipSp(s, e2);
      // "two quarters of 30%+ growth", "three quarters of declines": quarters of a figure or a trend are time.
      const ofWhat = skipSp(s, q3 + 2);
      // ("two quarters of learning": 2/4 is never written so, as in "the two-quarter total" above.)
      const span = w2 === 'quarters' && (small === 2 || isDigit(s.charCodeAt(ofWhat)) || isCurrencySign(s.charCodeAt(ofWhat)) || /^(?:growth|declines?|gains|losses|record)\b/i.test(s.slice(ofWhat, ofWhat + 12)));
      if (d && small < d && !span && (SHARE_OF.test(s.slice(q3, q3 + 36)) || this.splitShare(i, e2))) { num = small / d; end = e2; }
    } else if (lw === 'a' || lw === 'one') {
      const q = skipSp(s, we);
      const e2 = wordEnd(s, q);
      const w2 = s.slice(q, e2).toLowerCase();
      const d = FRACTION_DENOMINATORS.get(w2);
      // ("one fifteenth of a teaspoon", "a hundredth of the cost": rarer singular shares too, before "of"; "one
      // fourth of", but not "a fourth": an ordinal more often.)
      if (d && !w2.endsWith('s') && (w2 === 'third' || w2 === 'quarter' || w2 === 'fifth' || w2 === 'tenth' || (d > 5 && d !== 10) || (w2 === 'fourth' && lw === 'one'))) {
        const q3 = skipSp(s, e2);
        if (SHARE_OF.test(s.slice(q3, q3 + 36)) || this.splitShare(i, e2)) { num = 1 / d; end = e2; }
      }
    }
    if (!end) return 0;
    // "a quarter of a trillion dollars", "a third of a million GPUs": a fraction of a magnitude is an amount.
    const m = /^\s+of\s+an?\s+(million|billion|trillion|quadrillion)\b/i.exec(s.slice(end, end + 20));
    if (m) {
      return this.complete(wordAmount(i, end + m[0].length, num * EN_BIG.get(m[1].toLowerCase())!));
    }
    return this.emitSimple(i, end, 'ratio', num, 'ratio', prefixQualifier(s, i));
  }

  /**
   * "About half of the utilities included …, a third included …": a share without "of" that follows
   * another share of the same sentence, at the start of its clause and before a verb, splits the same
   * whole.
   */
  private splitShare(i: number, end: number): boolean {
    const s = this.s;
    // ("about 10% of the load will be online by 2028, a third by 2030": the share before, past its time.)
    let k = this.out.length - 1;
    while (k >= 0 && TIME_KINDS_OF_SHARE.has(this.out[k].kind)) k--;
    const last = this.out[k];
    if (last === undefined || last.value === null || !((last.kind === 'ratio' && last.value < 1) || (last.kind === 'percent' && last.value < 100))) return false;
    const between = s.slice(last.offset + last.length, i);
    if (between.length > 120 || /[.;!?]/.test(between) || !SPLIT_CLAUSE_START.test(between)) return false;
    const q = skipSp(s, end);
    const next = s.slice(q, wordEnd(s, q));
    // "…, a third by 2030, three-fourths by 2034": a list of shares, each by its year as the first was.
    if (q > end && (next === 'by' || next === 'in') && isDigit(s.charCodeAt(skipSp(s, q + next.length))) && new RegExp(`\\b${next} \\d{4}\\b`).test(between)) return true;
    return q > end && /^[a-z]+$/.test(next) && !SPLIT_NOT_VERB.has(next);
  }

  private englishVague(i: number, we: number, lw: string): number {
    const s = this.s;
    let lo = 0;
    let hi = 0;
    let p = we;
    let start = i;
    const afterA = lw === 'a' ? skipSp(s, we) : -1;
    if (afterA >= 0 && s.slice(afterA, afterA + 6).toLowerCase() === 'couple' && !isAlnum(s.charCodeAt(afterA + 6))) {
      // "a couple hundred megawatts", "a couple of billion dollars": two or three of the magnitude (as "a few
      // hundred" is two to nine); without a magnitude or a unit ("a couple of years") no amount is said.
      let q = skipSp(s, afterA + 6);
      if (s.slice(q, q + 2).toLowerCase() === 'of' && !isAlnum(s.charCodeAt(q + 2))) q = skipSp(s, q + 2);
      const magnitude = vagueMagnitude(s, q);
      if (magnitude) p = magnitude.end;
      else {
        // "a couple of gigawatts": two or three of a measured unit (the unit is read after the side); not of a
        // span of time or of money ("a couple of dollars"), nor of a unit in a hyphenated adjective ("a couple of gigawatt-scale sites").
        const u = this.latinUnit(q, false);
        if (!u || u.def.kind === 'duration' || u.def.kind === 'money' || u.def.kind === 'count' || (s.charCodeAt(u.end) === 45 && isLatin(s.charCodeAt(u.end + 1)))) return 0;
        p = q;
      }
      const m = magnitude?.m ?? 1;
      lo = 2 * m;
      hi = 3 * m;
    } else if (lw === 'several' || (afterA >= 0 && s.slice(afterA, afterA + 3).toLowerCase() === 'few')) {
      if (lw === 'a') p = afterA + 3;
      const q = skipSp(s, p);
      const e2 = wordEnd(s, q);
      const w2 = s.slice(q, e2).toLowerCase();
      // "use AI several times a week": how often, a count of times (not a multiple); the span is "several".
      if (lw === 'several' && w2 === 'times' && FREQUENCY_AFTER_TIMES.test(s.slice(e2, e2 + 12))) {
        if (i >= this.lastEnd) this.push({ offset: i, length: we - i, text: this.o.slice(i, we), kind: 'count', value: null, low: 2, high: 9, unit: 'count', qualifier: 'vague', approx: true, lang: 'en' });
        return e2;
      }
      const magnitude = vagueMagnitude(s, q);
      // "several thousands of kilometres": several before a vague plural is part of it (the same 2–9 of the magnitude).
      if (lw === 'several' && !magnitude && VAGUE_PLURALS[w2] && !unitLabelPlural(s, q, e2)) {
        const chain = vaguePluralChain(s, w2, e2);
        return this.complete(englishVagueSide(s, start, chain.end, 2 * chain.m, 9 * chain.m));
      }
      if (magnitude) {
        p = magnitude.end;
        lo = 2 * magnitude.m;
        hi = 9 * magnitude.m;
      } else {
        // several + unit or known noun; "a few cents", "a few inches" say no amount at all.
        if (lw === 'a') return 0;
        const u = this.latinUnit(q, false);
        // "Several gigawatt-scale campuses": a unit in a hyphenated adjective measures each one, no amount of it.
        if (u && s.charCodeAt(u.end) === 45 && isLatin(s.charCodeAt(u.end + 1))) return we;
        // ("several multi-GW clusters", "several multi-gigawatt campuses": so does one after multi-.)
        if (!u && s.startsWith('multi-', q) && this.latinUnit(q + 6, false)) return we;
        const nn = this.englishNoun(q, 1);
        // "several proposed Hays County facilities", "several delays": a plural noun within four words counts too.
        if (!u && !nn && !pluralNounAhead(s, q)) return 0;
        lo = 2;
        hi = 9;
      }
    } else if (lw === 'dozens') {
      lo = 24;
      hi = 108;
    } else if (VAGUE_PLURALS[lw]) {
      // "(in thousands)", "Dollars in millions, except per share data": a table's unit label, no amount.
      if (unitLabelPlural(s, i, we)) return we;
      const chain = vaguePluralChain(s, lw, we);
      p = chain.end;
      // "tens to hundreds of thousands of chips": the magnitude after the second side is the first's too (as "four to five million").
      const shared = chain.m === VAGUE_PLURALS[lw] ? VAGUE_RANGE_SHARED_MAGNITUDE.exec(s.slice(we, we + 40)) : null;
      const m = shared && VAGUE_PLURALS[shared[1].toLowerCase()] > chain.m ? chain.m * VAGUE_PLURALS[shared[2].toLowerCase()] : chain.m;
      lo = 2 * m;
      hi = 9 * m;
    } else return 0;
    const side = englishVagueSide(s, start, p, lo, hi);
    // "runs billions of times a day": how often, a count of times (as "several times a week"); the span ends at "of".
    if (side.end > p && s.startsWith(' times', side.end) && FREQUENCY_AFTER_TIMES.test(s.slice(side.end + 6, side.end + 18))) {
      if (start >= this.lastEnd) this.push({ offset: start, length: side.end - start, text: this.o.slice(start, side.end), kind: 'count', value: null, low: lo, high: hi, unit: 'count', qualifier: 'vague', approx: true, lang: 'en' });
      return side.end + 6;
    }
    return this.complete(side);
  }

  // -------------------------------------------------------------------------------------------

  private langOf(start: number, end: number): 'zh' | 'en' {
    for (let k = start; k < end; k++) if (isCJK(this.s.charCodeAt(k))) return 'zh';
    return 'en';
  }

  /** `isRecord`: f already has figureRecord's shape. */
  private push(f: Figure, isRecord = false): void {
    if (f.offset < this.lastEnd || f.length <= 0) return;
    this.out.push(isRecord ? f : figureRecord(f));
    this.lastEnd = f.offset + f.length;
  }
}

/** The magnitude word at q after a vague word ("hundred", "dozen", "billion", "hundred million") and where it ends. */
function vagueMagnitude(s: string, q: number): { m: number; end: number } | undefined {
  const e2 = wordEnd(s, q);
  const w2 = s.slice(q, e2).toLowerCase();
  let m = w2 === 'hundred' ? 100 : w2 === 'dozen' ? 12 : EN_BIG.get(w2) ?? 0;
  if (!m) return undefined;
  let end = e2;
  const q2 = skipSp(s, end);
  const e3 = wordEnd(s, q2);
  const m2 = EN_BIG.get(s.slice(q2, e3).toLowerCase());
  if (m2 && m < m2) {
    m *= m2;
    end = e3;
  }
  return { m, end };
}

const SMALL_PLACES: Record<string, number> = { 千: 1000, 百: 100, 十: 10 };

/**
 * After a first small place (the 千 of 2千3百萬): single digits with falling places, maybe a last
 * digit, then 万 or 亿 (or 萬, 億): the group below the scale, the scale and where it ends (scale 1
 * when none follows: 5千3百人); null when no lower place follows.
 */
function smallPlacesThenBig(s: string, k: number, first: number): { group: number; scale: number; text: string; end: number; place: number } | null {
  let group = 0;
  let place = first;
  for (;;) {
    if (!isDigit(s.charCodeAt(k)) || isDigit(s.charCodeAt(k + 1))) break;
    const d = s.charCodeAt(k) - 48;
    const sp = SMALL_PLACES[s[k + 1]];
    if (sp !== undefined && sp < place) {
      group += d * sp;
      place = sp;
      k += 2;
      continue;
    }
    // 2千3百5萬: a last digit in the ones place.
    if (sp === undefined && place > 1) {
      const big = ZH_SCALES.match(s, k + 1);
      if (big && big.value >= 1e4 && big.value <= 1e8) return { group: group + d, scale: big.value, text: s.slice(k + 1, k + 1 + big.len), end: k + 1 + big.len, place: 1 };
    }
    return null;
  }
  if (group === 0) return null;
  const big = ZH_SCALES.match(s, k);
  // 5千3百人: the places alone, no larger scale.
  return big && big.value >= 1e4 && big.value <= 1e8 ? { group, scale: big.value, text: s.slice(k, k + big.len), end: k + big.len, place } : { group, scale: 1, text: '', end: k, place };
}

/** After a first vague plural: " to hundreds of thousands" (the second side's plural, then the magnitude they share). */
const VAGUE_RANGE_SHARED_MAGNITUDE = /^ to (tens|hundreds|thousands|millions|billions) of (thousands|millions|billions|trillions)(?![A-Za-z])/i;
const VAGUE_PLURALS: Record<string, number> = { tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12, quadrillions: 1e15 };

/** "in thousands" not followed by "of", "(millions of dollars)" filling a bracket: the unit a table's figures are given in. */
function unitLabelPlural(s: string, start: number, we: number): boolean {
  // "TOPS (Trillions of Operations Per Second)": a capitalised plural opening the spelling-out of an acronym.
  if (s.charCodeAt(start - 1) === 40 && isUpper(s.charCodeAt(start)) && ACRONYM_BEFORE_BRACKET.test(s.slice(Math.max(0, start - 12), start - 1))) return true;
  const open = s.slice(Math.max(0, start - 4), start).toLowerCase() === '(in ' ? start - 4 : start - 1;
  if (s.charCodeAt(open) === 40 && BRACKETED_UNIT_LABEL_END.test(s.slice(we, we + 24))) return true;
  if (start < 3 || s.slice(start - 3, start).toLowerCase() !== 'in ' || isLatin(s.charCodeAt(start - 4))) return false;
  const q = skipSp(s, we);
  return !(s.slice(q, q + 3).toLowerCase() === 'of ' || (s.slice(q, q + 2).toLowerCase() === 'of' && q + 2 === s.length));
}

/** An acronym (two capitals or more, a plus or a slash inside) right before a bracket that spells it out. */
const ACRONYM_BEFORE_BRACKET = /(?<![A-Za-z])[A-Z][A-Z0-9/+-]*[A-Z]s? ?$/;
/** The rest of a bracket that labels a table's unit: "(millions)", "(millions of dollars)", "(in billions of U.S. dollars)". */
// ("(In Millions of New Taiwan Dollars)": a currency named with its country.)
const BRACKETED_UNIT_LABEL_END = /^(?:\)| of (?:U\.S\. |US |New Taiwan |Hong Kong |Singapore |Australian |Canadian |Japanese |Korean |Chinese )?(?:dollars|euros|pounds|yen|yuan|renminbi|won|rupees|ringgit)\))/i;

/** A vague plural at its word end `we` and its chain: "tens of thousands", "hundreds of millions" (m = 1e8). */
function vaguePluralChain(s: string, lw: string, we: number): { m: number; end: number } {
  let m = VAGUE_PLURALS[lw];
  let p = we;
  for (let k = 0; k < 3; k++) {
    const q = skipSp(s, p);
    if (s.slice(q, q + 2).toLowerCase() !== 'of' || isLatin(s.charCodeAt(q + 2))) break;
    const q2 = skipSp(s, q + 2);
    const e2 = wordEnd(s, q2);
    const m2 = VAGUE_PLURALS[s.slice(q2, e2).toLowerCase()];
    if (!m2 || m2 <= m || m2 === 10) break;
    m *= m2;
    p = e2;
  }
  return { m, end: p };
}

/** A vague English side from start to p; an "of" after it is taken, so that the unit or noun is read after it. */
function englishVagueSide(s: string, start: number, p: number, lo: number, hi: number): Side {
  const side: Side = { start, end: p, v: null, lo, hi, vague: true, more: false, scale: 1, scaleText: '', lang: 'en', src: 've', isOne: false, sign: 1 };
  const q = skipSp(s, p);
  if (s.slice(q, q + 2).toLowerCase() === 'of' && !isLatin(s.charCodeAt(q + 2))) side.end = q + 2;
  return side;
}

/** Label words that an ordinal before them makes an adjective ("sixth-generation", "5th-gen"). */
const GENERATION_WORDS = new Set(['generation', 'gen']);
/** After a spelled share: "of", or a comparison "the size of" ("a quarter the size of Paris", "two thirds the cost of"). */
/** Names written with numerals (the scanner passes over them). */
/**
 * The opening bracket of an aside ending right before `p` ("(based on its forecast)—from"): spaces and
 * dashes, then a closing bracket whose opening one is within 100 code units on the same line; -1 if none.
 */
function asideBefore(s: string, p: number): number {
  let k = p;
  while (k > 0 && (isGroupSpace(s.charCodeAt(k - 1)) || s.charCodeAt(k - 1) === 0x2014 || s.charCodeAt(k - 1) === 0x2013 || s.charCodeAt(k - 1) === 45)) k--;
  // ("expanded its “power bank” – sites it owns with secured power – from 5GW to 6GW": an aside between spaced dashes.)
  const dash = s.charCodeAt(k) === 32 ? s.charCodeAt(k + 1) : -1;
  if ((dash === 0x2013 || dash === 0x2014) && s.charCodeAt(k + 2) === 32 && s.charCodeAt(k - 1) !== 41) {
    for (let j = k - 2; j > 0 && k - j <= 100; j--) {
      const c = s.charCodeAt(j);
      if (c === dash && s.charCodeAt(j - 1) === 32 && s.charCodeAt(j + 1) === 32) return j;
      if (isNewline(c) || c === 46 /* . */ || c === 59 /* ; */) return -1;
    }
    return -1;
  }
  if (s.charCodeAt(k - 1) !== 41 /* ) */) return -1;
  for (let j = k - 2; j >= 0 && k - j <= 100; j--) {
    const c = s.charCodeAt(j);
    if (c === 40 /* ( */) return j;
    if (c === 41 || isNewline(c)) return -1;
  }
  return -1;
}

/** A hedge that makes 一年前 a figure (约一年前), not a comparison with that time (遠高於一年前). */
function hedgesAgo(q: QualMatch | null): boolean {
  return q !== null && !COMPARISON_WORD.test(q.text);
}
const COMPARISON_WORD = /^(?:远|遠)?(?:高于|高於|低于|低於|大于|大於|小于|小於|多于|多於|少于|少於)$/;

/** After 一: a unit of time and 前 or 之前 (一年前, 一个月前, 一周之前, 一個月以前). */
const ONE_UNIT_AGO = /^(?:年|个月|個月|月|周|週|星期|天)(?:之|以)?前/;

/** After "c.": digits and a unit or percent (c.33 GW, c.40%, c.$5bn) that make c. circa. */
function circaAmount(s: string, i: number): boolean {
  // ("(c.810 megalitres)": a unit written out too.)
  return /^\d{1,4}(?:[.,]\d+)?\s?(?:%|[kMGT]Wh?\b|bn\b|billion\b|million\b|m\b|per ?cent\b|(?:mega|giga|kilo|tera)?(?:litres?|liters?|watts?|tonnes?|metres?|meters?)\b|acres?\b|hectares?\b)/.test(s.slice(i, i + 24));
}
/** Digits at i, maybe a range, then %: what c (circa) glued before them hedges ("c40%", "c15-25%"). */
function circaPercent(s: string, i: number): boolean {
  return /^\d{1,3}(?:\.\d+)?(?:[-–]\d{1,3}(?:\.\d+)?)?%/.test(s.slice(i, i + 14));
}
/** "its 2026 fiscal year", "the 2025 financial year" after a part of a year and "of". */
// ("the first quarter of its Fiscal Year 2027": the year after the words too.)
const NAMED_FISCAL_YEAR = /^(?:its|their|the|this) (?:(\d{4}) (?:fiscal|financial) year(?![A-Za-z])|(?:fiscal|financial) year (\d{4})(?![\w-]))/i;
/** "its fiscal year", "the current fiscal year" after a part of a year and "of". */
const OWN_FISCAL_YEAR = /^(?:its|their|our|the|the current|this)(?: latest| current| most recent)? (?:fiscal|financial) year(?![A-Za-z\d ]*\d{2})/i;
/** What may follow the bare second level of a change: its sentence or clause ends, a bracket, or a time or place. */
const LEVEL_ENDS_AFTER = /^(?:[.,;:!?)]|\s*$| \(| (?:by|in|on|at|over|during|this|last|next)\b)/;
/**
 * A street address: a number, a capitalised or numbered name and a street word ("490 Main St.", "4800 90th St."); not a
 * street named for its trade before who works in it ("29 Wall Street analysts").
 */
/** " and 533" between the first number on a street and the second. */
const STREET_NUMBER_PAIR = /^ (?:and|&) \d{1,5}(?= )/;
// (Camel-cased and possessive street names too: "McDonalds Road", "O'Connell Street"; a compass point first: "5088 W. Innovation Circle".)
const STREET_AFTER = /^ (?:[NSEW]\.? )?(?:(?:(?:Mc|Mac|O')?[A-Z][a-z]+(?:'s)?|\d{1,3}(?:st|nd|rd|th)) ){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Pike|Ct|Court|Pl|Place|Cir|Circle|Ter|Terrace)\b(?! (?:analysts|banks|firms|investors|traders|brokers|strategists|economists|estimates)\b)/;
/**
 * A known noun in the plural one or two lower-case words after p ("computing accelerator chips" → chip);
 * a version is such a word too ("36,000 Ironwood TPU v7 racks" → rack).
 */
function knownPluralHeadAfter(s: string, p: number): string | undefined {
  let k = p;
  for (let n = 0; n < 2; n++) {
    let we = wordEnd(s, k);
    if (we === k + 1 && s.charCodeAt(k) === 118 /* v */ && isDigit(s.charCodeAt(we))) {
      while (isDigit(s.charCodeAt(we))) we++;
      if (isLower(s.charCodeAt(we)) && !isLatin(s.charCodeAt(we + 1))) we++;
    }
    if (we === k || !isLower(s.charCodeAt(k)) || s.charCodeAt(we) !== 32 || EN_STOP.has(s.slice(k, we))) return undefined;
    k = we + 1;
    const m = EN_NOUNS.match(s, k, true);
    if (m && !isAlnum(s.charCodeAt(k + m.len)) && s.charCodeAt(k + m.len - 1) === 115 /* s */) return m.value;
  }
  return undefined;
}

/** A capitalised Latin word, then one space, right before `start` ("Semiconductor 25", "Atlas 900"). */
function capitalisedWordBefore(s: string, start: number): boolean {
  if (s.charCodeAt(start - 1) !== 32) return false;
  let b = start - 1;
  while (b > 0 && isLatin(s.charCodeAt(b - 1)) && start - b < 24) b--;
  return b < start - 1 && isUpper(s.charCodeAt(b)) && !isAlnum(s.charCodeAt(b - 1));
}
/** One of the `n` words before `end` in its clause (no punctuation between) is a verb of change (SHARE_CHANGE_VERBS). */
function changeVerbInClauseBefore(s: string, end: number, n: number): boolean {
  let b = end;
  for (let k = 0; k < n; k++) {
    while (b > 0 && isGroupSpace(s.charCodeAt(b - 1))) b--;
    const e = b;
    while (b > 0 && isLatin(s.charCodeAt(b - 1))) b--;
    // ("cutting its 2023 capital expenditure by about a quarter": a year inside the object.)
    if (b === e) {
      while (b > 0 && isDigit(s.charCodeAt(b - 1)) && e - b < 5) b--;
      if (e - b === 4 && isYear(+s.slice(b, e)) && !isAlnum(s.charCodeAt(b - 1))) continue;
      return false;
    }
    if (SHARE_CHANGE_VERBS.has(s.slice(b, e).toLowerCase())) return true;
  }
  return false;
}
/** " Index" after a number (the index's name), not "index of". */
const INDEX_AFTER = /^ Index\b/;
/** Products named with a number: Microsoft 365, Office 365, Dynamics 365; Salesforce's Data 360, Customer 360. */
const PRODUCT_NUMBERS = /(?:Microsoft|Office|Dynamics) 365\D?$|(?:Data|Customer|Marketing|Commerce|Service|Sales|Experience) 360\D?$/;
/** A suffix hedge after a unit of time: "a year or more", "a month or longer". */
const OR_MORE_AFTER = /^ or (?:more|longer)\b/;
/** Stock indexes named with their number of members, ending at the number. */
const INDEX_NAMES = /(?:Nasdaq|NASDAQ|Stoxx|STOXX|Russell|Nikkei|KOSPI|Kospi|Nifty|NIFTY|DAX|CAC|ASX|TSX|Topix|TOPIX) (?:50|100|200|225|250|600|1000|2000|3000|40|60)(?!\d)\D?$/;
/**
 * "a Fortune 500 company", "Fortune 100 list", "the Top 500 list" (of supercomputers): the list's name; "Fortune 100
 * companies" counts them (a plural head noun).
 */
function fortuneListName(s: string, start: number, end: number): boolean {
  return (s.startsWith('Fortune ', start - 8) || s.startsWith('Top ', start - 4)) && !/^ (?:companies|firms|corporations|businesses|enterprises|supercomputers|systems)\b/.test(s.slice(end, end + 16));
}
/** A stage or phase label right before a number: "Stage 1b", "Phase 2a". */
/** "Greater Changhua 2b & 4": one digit and b after a capitalised name, then another number joined to it, label a part. */
function subLabelOfName(s: string, side: Side): boolean {
  return side.a !== undefined && side.a.intDigits === 1 && !side.a.decimal && /[A-Z][a-z]{2,} $/.test(s.slice(Math.max(0, side.start - 12), side.start)) && /^b (?:&|and) \d/.test(s.slice(side.end, side.end + 8));
}
const STAGE_LABEL_BEFORE = /\b(?:[Ss]tage|[Pp]hase|[Tt]ranche|[Ss]eries|[Uu]nit|[Bb]lock) $/;
/** Last characters of verbs of growth before 双倍 (提升, 增加, 增长, 扩大, 高出). */
const GROWTH_VERB_END = '升加长大出涨';
/** Dates and times after a name and a number (OpenAI 12月发布): the number is the date's. */
const TIME_WORDS_AFTER_NAME = '年月日号時时点點';
/** The next member of a list of months, with 月: 7月 in 6、7月 (not 7月份's part words: 7月底 still counts). */
// (Or after more listed months: 2 in 1、2、3月.)
const MONTH_AFTER_LIST = /^(?:(?:[1-9]|1[0-2])、){0,10}(?:[1-9]|1[0-2])月/;
/** After a month's day without 日: the next day of a list, which writes it (及11日, 、11日, 和11号). */
const DAY_LISTED_BEFORE_DAY = /^(?:、|及|和|与|與|或)(?:[1-9]|[12]\d|3[01])[日号](?![本元])/;
/** The later members of a list of days, the last with 日 or 号: 8、9日 in 7、8、9日. */
const DAY_AFTER_LIST = /^(?:(?:[1-9]|[12]\d|3[01])、){0,3}(?:[1-9]|[12]\d|3[01])[日号](?![本元])/;
const ZH_MONTH_AFTER_LIST = /^(?:十[一二]?|[一二三四五六七八九])月/;

/** "a factor of " ending right before a number. */
// ("by a remarkable factor of 10": an intensifier between the article and factor.)
const FACTOR_OF = /(?<![A-Za-z])an? (?:(?:remarkable|whopping|staggering|massive|huge|large|significant|big)\s+)?factor of\s?$/i;

/** "No. " or "Nos." (a word of its own) right before i, one space allowed. */
function numberAbbreviationBefore(s: string, i: number): boolean {
  let k = s.charCodeAt(i - 1) === 32 || s.charCodeAt(i - 1) === 0xa0 ? i - 1 : i;
  if (s.charCodeAt(k - 1) !== 46 /* . */) return false;
  // "H.R. 3447", "(S. 1705)": a bill of the US House or Senate (not "U.S. 1").
  if (BILL_BEFORE.test(s.slice(Math.max(0, k - 6), k))) return true;
  // "( Fig. 7)", "see Figs. 3", "Eq. 2": a figure's or equation's label abbreviated.
  if (/(?:^|[^A-Za-z])(?:[Ff]igs?|Eqs?|Tab)\.$/.test(s.slice(Math.max(0, k - 6), k))) return true;
  k--;
  if ((s.charCodeAt(k - 1) | 32) === 115 /* s */) k--;
  return (s.charCodeAt(k - 1) | 32) === 111 /* o */ && s.charCodeAt(k - 2) === 78 /* N */ && !isAlnum(s.charCodeAt(k - 3));
}

/** The House's and (opening a bracket) the Senate's bill prefixes, ending at their last point. */
const BILL_BEFORE = /(?:\bH\.\s?R\.|(?:^|\()S\.)$/;

/** Formal numerals and places: 陆 is six beside them. */
const FORMAL_NUMERALS = '零壹贰叁肆伍陆柒捌玖拾佰仟';
/** What may follow the formal six: a formal place, a scale, a money word (陆拾, 陆万, 陆元, 陆角). */
const FORMAL_AFTER_SIX = '拾佰仟万亿元圆角整';
/**
 * Names written with digits, before the words they stand with: Taiwan's job banks (104人力銀行, 1111人力銀行), 36氪,
 * 58同城, 360集团, 37互娱 (the text is read folded to simplified; 瀏 and 娛 have no simplified form there).
 */
const DIGIT_NAMES = /^(?:(?:104|1111)(?=人力|资料库|資料庫|职|職|调查|調查|数据|數據|薪资|薪資)|36(?=氪)|58(?=同城)|360(?=集团|公司|数科|智脑|安全|搜索|浏览器|瀏览器)|37(?=互娱|互娛))/;
const NUMERAL_NAMES = new Trie<true>().add('零一万物', true).add('陆股通', true).add('陆港通', true);
/** The second full date, day first, of a range: " to 31 March 2026", "–31 March 2026". */
const DAY_FIRST_DATE_AFTER = /^\s?(?:[-–]|to|through|until)\s?(\d{1,2}) ([A-Z][a-z]{2,8})\.? (\d{4})(?![\d,.]\d)/;
/** The second full date of a range after the first one's year: "-May 31, 2025", " through June 30, 2026". */
const FULL_DATE_AFTER = /^\s?(?:[-–]|to|through)\s?([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})(?![\d,.]\d)/;
/** The second day of "March 11 - July 6" (no year after it: "March 11 - July 6, 2025" is not read so). */
const MONTH_DAY_AFTER_DASH = /^ ?[-–] ?([A-Z][a-z]{2,8})\.? (\d{1,2})(?![\d.]|,? \d{4})/;
/** The second month and year of "between May 2024 and May 2025". */
const MONTH_YEAR_AFTER_AND = /^ and ([A-Z][a-z]{2,8})\.? (\d{4})(?![\d,.]\d)/;
/** Words joining two months of one range: "January to March 2015", "between January and March 2025". */
const WORDED_MONTH_JOINER = /^ (to|through|and) /;
const HYPHENATED_MONTH_JOINER = /^-(?:to|through)-/;
/** After a split year: to, through or and, then another split year (" to 2029-30"). */
const SPLIT_YEAR_JOINED_AFTER = /^ (to|through|and) ((?:19|20)\d\d)[-–](\d\d(?:\d\d)?)(?![\d])/;
/** A citation's abbreviated label right before a number: p. 15, pp. 12, Ch. 2, para. 4, fig. 3, tab. 1. */
/** Before an EU act's year and number. */
const EU_ACT_BEFORE = /(?:\((?:EU|EC|EEC|Euratom)\)|\b(?:Regulation|Directive|Decision)(?: No\.?)?)\s$/;
const CITATION_LABEL_BEFORE = /(?:^|[^A-Za-z])(?:p|pp|ch|chap|para|paras|fig|figs|tab)\.\s?$/i;
/** "-year", " year" or a line break and year after "first half" (first half-year 2025). */
const HALF_YEAR_WORD = /^[-\s]year(?![A-Za-z])/i;
/** The end of the word at `p` with any hyphenated parts (large-scale). */
function compoundEnd(s: string, p: number): number {
  let we = wordEnd(s, p);
  while (s.charCodeAt(we) === 45 && isLatin(s.charCodeAt(we + 1))) we = wordEnd(s, we + 1);
  return we;
}
/** A hyphenated adjective of size or scale before a counted noun: large-scale, small-sized, utility-scale, mid-size. */
const SIZE_COMPOUND = /^[a-z]+-(?:scale|sized?|class)$/;
/** After a spaced t: a hyphen (5 t-shirts), an apostrophe, a slash (476 t/s, tokens per second). */
const TONNE_NOT_AFTER = "-'’/";
/** Words before a month range joined by a word ("in January to March 2015"). */
const MONTH_RANGE_LEADS = new Set(['in', 'during', 'for', 'over', 'covering', 'across', 'throughout']);
/** A percent sign within 160 code units before p, no sentence end between. */
function percentEarlierInSentence(s: string, p: number): boolean {
  for (let k = p - 1; k >= 0 && k >= p - 160; k--) {
    const c = s.charCodeAt(k);
    if (c === 37 || c === 0xff05) return true;
    if (c === 10 || c === 0x3002 || ((c === 46 || c === 33 || c === 63) && s.charCodeAt(k + 1) === 32 && !isDigit(s.charCodeAt(k - 1)))) return false;
  }
  return false;
}
/** Punctuation after which "2)" numbers an item of a list inside a paragraph. */
const MID_LIST_PUNCTUATION = ';；。，,：:';
/** Modals before "one day" meaning some day ("could one day deliver"). */
const MODALS_BEFORE_ONE_DAY = new Set(['could', 'may', 'might', 'will', 'would', 'can', 'should', 'must', 'shall']);
/** Capitalised words of a title-cased headline that do not make a nickname of the number word after them (Up To Five). */
const HEDGE_WORDS_TITLE = new Set(['about', 'around', 'nearly', 'almost', 'over', 'under', 'to', 'up', 'by', 'of', 'at', 'least', 'than', 'more', 'some', 'another', 'just', 'only', 'for', 'and', 'or', 'the', 'in', 'on', 'with', 'from', 'first', 'top', 'all', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'adds', 'add', 'buys', 'buy', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'opens', 'open', 'builds', 'build', 'plans', 'plan', 'wins', 'win', 'gets', 'get', 'hires', 'hire', 'cuts', 'cut']);
/** "between ", "between year ", "between the years " right before a year that starts a range. */
/** "from " before a month (from June 24 to 30). */
const FROM_BEFORE = /(?<![A-Za-z])from $/i;
/** A later day of the same month after "and" or "to" ("between June 24th and 30th", "from June 24 to 30"). */
const DAY_AFTER_AND = /^ and (\d{1,2})(?:st|nd|rd|th)?(?![A-Za-z0-9]|[.,]\d)/;
const DAY_AFTER_TO = /^ (?:to|through|until) (\d{1,2})(?:st|nd|rd|th)?(?![A-Za-z0-9]|[.,]\d)/;
const BETWEEN_YEARS_BEFORE = /(?<![A-Za-z])between\s+(?:the\s+)?(?:years?\s+)?$/i;
/** Verbs of passing a level, hedges that stay outside a ratio's span ("exceeded 4 times"). */
const PASSING_VERB = /(?:^|\s)(?:exceed|surpass)/;
/** The start of a bracket that spells out a compute unit, up to its magnitude: （每秒, (P指每秒进行. */
/**
 * "the pro tier 12 times more expensive", "a public figure four days later": a lower-case label word, then a number
 * that a multiple or a length of time follows, is no name ("Tier 3", "Figure 4 shows" are).
 */
function measureAfterLabel(s: string, start: number, end: number): boolean {
  const b = skipBackSp(s, start);
  return isLower(s.charCodeAt(wordStartBefore(s, b))) && MEASURE_AFTER_LABEL.test(s.slice(end, end + 10));
}
// ("a two-part 50 percent tariff": a percent after a lower-case label word too.)
const MEASURE_AFTER_LABEL = /^(?: (?:times|fold|years?|months?|weeks?|days?|hours?|minutes?|quarters?|percent|per cent)\b|\s?%)/i;

/** After a Chinese span of time: a numeral that opens an amount, not a second time word (约3年1个月). */
const AMOUNT_AFTER_SPAN = /^[\d一二两兩三四五六七八九十百千万亿](?![\d一二两兩三四五六七八九十百千万亿.]*(?:个|個)?(?:月|天|日|周|年|小时|小時|季))/;
const COMPUTE_GLOSS_BEFORE = /[(（][^()（）]{0,4}每秒(?:进行|执行|完成|可进行|能进行|可完成)?$/;
/** A stack height: "-layer", "-high", "-Hi" (HBM3E 12-layer, HBM4 16-Hi). */
const STACK_HEIGHT_AFTER = /^-(?:layers?|high|hi|stack)(?![A-Za-z])/i;
/** Three to five capitals, a word of their own, right before a slash (BWR/4), not a unit (MWh/…, TB/…). */
const ACRONYM_BEFORE_SLASH = /(?<![A-Za-z0-9$])(?!MWH|GWH|KWH|TWH|USD|EUR|CNY|RMB|GBP|JPY)[A-Z]{3,5}$/;
/** A model name (letters then digits: LPDDR5, GB200, H100) ending right before a slash; not a period (FY25, Q3, H1). */
const MODEL_BEFORE_SLASH = /(?<![A-Za-z0-9])(?![QH][1-4]$|[FC]Y[0-9]{2}(?:[0-9]{2})?$)[A-Za-z]*[A-Z][A-Za-z]*[0-9]+[A-Za-z0-9]*$/;
/** A part name of capitals and digits right before the number: "HBM3E ", "HBM4 ", "HBM3e " (one lower-case letter last). */
const ALNUM_PART_BEFORE = /(?<![A-Za-z0-9])[A-Z]{2,}[0-9][A-Z0-9]*[a-z]? $/;
/** Before a share that splits the whole another share of the sentence split: a clause start. */
/** Figures of time passed over looking back for the share a later one splits with. */
const TIME_KINDS_OF_SHARE = new Set(['year', 'date', 'period']);
const SPLIT_CLAUSE_START = /(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s(?:and|while|whereas)\s+)$/i;
/** Words after "a third" that make it a name or an ordinal, not a share ("a third party", "a quarter later"). */
const SPLIT_NOT_VERB = new Set(['party', 'parties', 'person', 'time', 'round', 'place', 'way', 'world', 'later', 'earlier', 'century', 'mile', 'more', 'less', 'as', 'than', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with']);
// ("about a third the amount reported for the same period": a participle after the compared noun, as "of".)
const SHARE_OF = /^(?:\([^()]{1,12}\)\s+)?(?:of(?![A-Za-z])|(?:that|those)\s+of(?![A-Za-z])|the\s+(?:size|cost|price|power|energy|weight|area|amount|number|capacity|level|speed|rate|footprint|height|length|width|thickness|depth|volume|value|output)\s+(?:of|reported|recorded|posted|spent|paid|charged|used|seen)(?![A-Za-z]))/i;
const ORDINAL_BEFORE = /(?:^|[^A-Za-z0-9])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))$/i;

/** An ordinal word or numeral ("sixth", "5th") ends at `e`. */
function ordinalEnds(s: string, e: number): boolean {
  return ORDINAL_BEFORE.test(s.slice(Math.max(0, e - 10), e));
}

/** A number word at p followed by a hyphen and a word ("ten-year", "three-gigawatt"): the second side of "seven- to ten-year". */
function numberWordHyphenAfter(s: string, p: number): boolean {
  if (!isLatin(s.charCodeAt(p))) return false;
  const e = readEnglish(s, p);
  return e !== null && !e.isOne && s.charCodeAt(e.end) === 45 && isLatin(s.charCodeAt(e.end + 1));
}

/** 1 to `maxDigits` digits at p, then one of `words` (月日年): a month, day or year written in digits. */
function digitsThenTimeWord(s: string, p: number, maxDigits: number, words: string): boolean {
  let q = p;
  while (isDigit(s.charCodeAt(q)) && q - p < maxDigits) q++;
  return q > p && words.includes(s[q] ?? '_');
}

/** "-25", "–2025" at `k` after the year `from`: the later year of a range (2024-25), or null. */
/** After a fiscal year's digits: a dash, the second year's last two digits and an estimate's or actual's letter. */
const FY_RANGE_ESTIMATE = /^[-\u2013](\d{2})[EeAF](?![\w-])/;

function secondYearAfter(s: string, k: number, from: number): { year: number; end: number } | null {
  const c = s.charCodeAt(k);
  // "2024/25", "FY2024/25", "the 2024/2025 delivery year": a slash joins a fiscal or season year to the next year only.
  // (2025 - 30年火电装机: a spaced dash, then the second's last two digits before 年.)
  if (c === 32 && (s.charCodeAt(k + 1) === 45 || s.charCodeAt(k + 1) === 0x2013) && s.charCodeAt(k + 2) === 32 && isDigit(s.charCodeAt(k + 3)) && isDigit(s.charCodeAt(k + 4)) && /^ ?年/.test(s.slice(k + 5, k + 7))) {
    const year = Number(s.slice(k + 3, k + 5)) + Math.floor(from / 100) * 100;
    return year > from && isYear(year) ? { year, end: k + 5 } : null;
  }
  // (2023 - 2027 年: a typeset dash with a space on both sides.)
  if (c === 32 && (s.charCodeAt(k + 1) === 45 || s.charCodeAt(k + 1) === 0x2013) && s.charCodeAt(k + 2) === 32 && isDigit(s.charCodeAt(k + 3))) {
    const z = k + 3 + 4;
    // (A sentence's full stop may follow: "from 2025 - 2030.")
    return /^\d{4}(?![\d,]|\.\d)/.test(s.slice(k + 3, z + 2)) && +s.slice(k + 3, z) > from && isYear(+s.slice(k + 3, z)) ? { year: +s.slice(k + 3, z), end: z } : null;
  }
  // (我們預估 2023- 24 年營收: a dash glued to the first year, a space, then the second's last two digits before 年.)
  if ((c === 45 || c === 0x2013) && s.charCodeAt(k + 1) === 32 && isDigit(s.charCodeAt(k + 2)) && isDigit(s.charCodeAt(k + 3)) && /^ ?年/.test(s.slice(k + 4, k + 6))) {
    const year = Number(s.slice(k + 2, k + 4)) + Math.floor(from / 100) * 100;
    return year > from && isYear(year) ? { year, end: k + 4 } : null;
  }
  // (2014至18年發展計劃: 至 or 到, then the second year's last two digits before 年.)
  if ((c === 0x81f3 || c === 0x5230) && isDigit(s.charCodeAt(k + 1)) && isDigit(s.charCodeAt(k + 2)) && s.charCodeAt(k + 3) === 0x5e74 /* 年 */) {
    const year = Number(s.slice(k + 1, k + 3)) + Math.floor(from / 100) * 100;
    return year > from && isYear(year) ? { year, end: k + 3 } : null;
  }
  // ("Semiconductor Policy 2022-’27": the second year's last two digits after an apostrophe.)
  if ((c === 45 || c === 0x2013) && (s.charCodeAt(k + 1) === 39 || s.charCodeAt(k + 1) === 0x2019)) {
    const ap = apostropheYearEnd(s, k + 1);
    const year = ap > 0 ? Number(s.slice(ap - 2, ap)) + Math.floor(from / 100) * 100 : 0;
    return ap > 0 && year > from && isYear(year) ? { year, end: ap } : null;
  }
  const slash = c === 47;
  // (2022~23年: Chinese copy joins years with a tilde too; 《年鉴(2025—2026)》 with an em dash, four digits after it.)
  const emDash = c === 0x2014;
  if (c !== 45 && c !== 0x2013 && c !== 126 && c !== 0xff5e && !slash && !emDash) return null;
  let z = k + 1;
  while (isDigit(s.charCodeAt(z))) z++;
  const len = z - k - 1;
  if (emDash && len !== 4) return null;
  // ("from 2024-5": one digit, the next year's last, as 2024-25 is written with two.)
  const nextYearDigit = len === 1 && !slash && Number(s[k + 1]) === (from + 1) % 10;
  // ("2024-2028CAGR 40%": a compound rate's abbreviation glued after the second year.)
  if ((len !== 2 && len !== 4 && !nextYearDigit) || (isAlnum(s.charCodeAt(z)) && !s.startsWith('CAGR', z)) || (slash && (s.charCodeAt(z) === 47 || s.charCodeAt(z) === 45))) return null;
  if (nextYearDigit) return s.charCodeAt(z) === 46 && isDigit(s.charCodeAt(z + 1)) ? null : { year: from + 1, end: z };
  const year = Number(s.slice(k + 1, z)) + (len === 2 ? Math.floor(from / 100) * 100 : 0);
  return year > from && isYear(year) && (!slash || year === from + 1) ? { year, end: z } : null;
}

/** After a dash: "one of", "some of", an aside about the figure before, not a range's second side. */
const ONE_OF_AFTER_DASH = /^\s?(?:one|two|three|some|none|each|among)\s+of\b/i;

/** "temperatures exceeded 25C": a C or F glued to a number after temperature wording. */
function gluedTemperature(s: string, side: Side): boolean {
  const c = s.charCodeAt(side.end);
  if (c === 111 /* o */ && (s.charCodeAt(side.end + 1) === 67 || s.charCodeAt(side.end + 1) === 70) && !isAlnum(s.charCodeAt(side.end + 2))) return true;
  return (c === 67 || c === 70) && !isAlnum(s.charCodeAt(side.end + 1)) && temperatureWordingBefore(s, side.start);
}

/** Temperature wording earlier in the clause of the number at `start` (a C or F after it is the scale). */
function temperatureWordingBefore(s: string, start: number): boolean {
  // ("elevate waste heat from 30-35C", "water as warm as 45C": heat, hot, warm and cool wording too.)
  return /\b(?:temperatures?|heat|hot|hotter|warm|warmer|cool|cooler|cooling)\b[^.;!?]{0,30}$/i.test(s.slice(Math.max(0, start - 40), start));
}

/** Parts of a month after its name (元月初, 元月底). */
const MONTH_PART_PERIOD: Record<string, true> = { 初: true, 中: true, 底: true, 末: true };

/** Dimension words right before a number: 长, 宽, 高, 深, 高度, 长度, 宽度, 直径, 半径, 层高, 跨度 (and after 为, 约). */
const DIMENSION_BEFORE = /(?:长|宽|高|深|厚|长度|宽度|高度|深度|直径|半径|层高|跨度|距离)(?:为|約|约|约为|超过|超|逾|近|达|达到|不足|不到)?$/;

/** Capitalised names of policies that take a version: "National AI Strategy 2.0", "Digital Plan 2.0". */
const POLICY_NAMES = new Set(['strategy', 'plan', 'initiative', 'programme', 'program', 'framework', 'mission', 'blueprint', 'roadmap', 'agenda']);

/** " (or more)", " (or higher)" right after a figure. */
const BRACKETED_OR_MORE = /^ ?[(（](?:or more|or higher|or above)[)）]/i;

/** Words before a unit of time and a half that make it a length ("the last year and a half"). */
const HALF_AFTER_WORDS = new Set(['last', 'past', 'next', 'first', 'coming', 'previous']);

/** Singular nouns of events and publications that a title-cased name before them may modify. */
const EVENT_NOUNS = new Set(['conference', 'summit', 'event', 'expo', 'forum', 'symposium', 'show', 'keynote', 'meeting', 'report', 'survey', 'award', 'edition', 'festival', 'session']);

/** Nouns 年度 opens (年度换料大修, 年度报告): after 个 they are what is counted, no years. */
const ANNUAL_NOUN_AFTER = /^(?:换料|大修|检修|报告|計劃|计划|预算|考核|任务|会议|审计|评估)/;

/** Past the digits at i. */
function skipDigitsAt(s: string, i: number): number {
  while (isDigit(s.charCodeAt(i))) i++;
  return i;
}

/** " through 2023", " to 2023" after the year `from`: a later year closing a range written in words. */
function spelledSecondYear(s: string, k: number, from: number): { year: number; end: number } | null {
  const m = /^ (?:through|thru|to) ((?:19|20)\d\d)(?![\dA-Za-z])/i.exec(s.slice(k, k + 14));
  return m && +m[1] > from ? { year: +m[1], end: k + m[0].length } : null;
}

/**
 * "a CAGR of –3%": typeset copy writes the minus as an en dash glued to the digits, after a word and a
 * space; after a number ("2020 –2025") or glued between two ("2020–2025") it is a range's dash.
 */
function enDashMinusAt(s: string, i: number): boolean {
  // ("Santa Clara, CA: –12.9% to $135M": after a label's colon and a space too.)
  // (Hong Kong copy's 按年–14.3%: right after a change word.)
  return s.charCodeAt(i) === 0x2013 && isDigit(s.charCodeAt(i + 1)) && ((s.charCodeAt(i - 1) === 32 && (isLatin(s.charCodeAt(i - 2)) || s.charCodeAt(i - 2) === 58)) || s.charCodeAt(i - 1) === 40 || CHANGE_WORD_BEFORE_DASH.test(s.slice(Math.max(0, i - 2), i)));
}
/** The change words after which a sign (or an en dash as minus) opens a change: 同比, 环比, 按年. */
const CHANGE_WORDS_ZH = '同比|环比|環比|按年|按季|按月';
const CHANGE_WORD_BEFORE_DASH = new RegExp(`(?:${CHANGE_WORDS_ZH})$`);

/**
 * A sign set apart from its digit by one space after a change word or a list's 、 (PDF-extracted broker copy:
 * 同比 + 258%, 同比 – 8.93% with an en dash, YOY - 1%, 10.51%、- 16.46%): the change's sign; after 为 the amount's (2024年为 - 894.77万元).
 */
function spacedChangeSign(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c !== 45 && c !== 43 && c !== 0x2212 && c !== 0x2013) || s.charCodeAt(i + 1) !== 32 || !isDigit(s.charCodeAt(i + 2))) return false;
  return SPACED_SIGN_BEFORE.test(s.slice(Math.max(0, i - 5), i));
}
const SPACED_SIGN_BEFORE = new RegExp(`(?:${CHANGE_WORDS_ZH}|(?<![A-Za-z])(?:[Yy][Oo][Yy]|[Qq][Oo][Qq])|、|为|為) ?$`);

/** A plus or minus sign before a digit at `i`, or before a currency sign and a digit (-$0.51). */
function signAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c === 43 || c === 45 || c === 0x2212) && (isDigit(s.charCodeAt(i + 1)) || (isCurrencySign(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2))));
}

/** "+65% to +70%", "+5%-+8%", "-3% to -5%": both sides of a range carry an explicit sign. */
function signedPair(s: string, first: number, second: number): boolean {
  return signAt(s, first) && signAt(s, second);
}

/** "-3% to -5%": two declines, one range from the larger fall to the smaller. */
function signedDeclines(s: string, A: Side, B: Side): boolean {
  return A.sign === -1 && B.sign === -1 && signedPair(s, A.start, B.start);
}

/** 5份框架销售协议+24份销售合同: a plus glued after a Chinese noun joins two amounts ("and"); after change wording (同比+76.1%) it is a sign. */
function plusJoiningNouns(s: string, i: number): boolean {
  // (After a Chinese noun, or a bracket closing one: 384顆昇騰NPU(昇騰910C)+192顆鯤鵬CPU.)
  const before = s.charCodeAt(i - 1);
  if (s.charCodeAt(i) !== 43 || !(isCJK(before) || before === 41 || before === 0xff09) || CHANGE_WORD_BEFORE_SIGN.test(s.slice(Math.max(0, i - 4), i))) return false;
  // Only a count of things after it (24份): a percent, an amount of money or pct after 毛利率+ is a signed change.
  const d = skipDigitsAt(s, i + 1);
  const unit = ZH_UNITS.match(s, d);
  if (unit && unit.value.kind === 'count' && !!unit.value.classifier) return true;
  // (1500亿制造+500亿研发: a bare amount in 亿 or 万 before a noun, as the member before it.)
  const sc = s.charCodeAt(d);
  if ((sc === 0x4ebf /* 亿 */ || sc === 0x4e07 /* 万 */) && isCJK(s.charCodeAt(d + 1)) && !ZH_UNITS.match(s, d + 1) && !ZH_SCALES.match(s, d + 1)) return true;
  // 十万卡规模+10Exa-FLOPS算力: so does a compute or power rating after a noun of scale.
  return /(?:规模|規模|能力|容量)$/.test(s.slice(Math.max(0, i - 2), i)) && /^\+\d[\d.]*\s?(?:[EPTGK]?(?:Exa|Peta|Tera)?-?FLOPS|[EPT]FLOPS|[GMK]W|P\b|E\b)/i.test(s.slice(i, i + 20));
}
const CHANGE_WORD_BEFORE_SIGN = /(?:同比|环比|環比|按年|按季|年增|季增|月增|年减|季减|月减|涨幅|漲幅|增幅|增速|增长|增長|变动|變動|较|較|为|為|约|約|达|達)$/;

/** "yoy+67%", "QoQ+5%", "CAGR+110%": a change abbreviation glued before a plus sign, which then belongs to the figure. */
function changeAbbreviationBefore(s: string, i: number): boolean {
  const m = /(?:yoy|qoq|mom|cagr)$/i.exec(s.slice(Math.max(0, i - 4), i));
  return m !== null && !isLatin(s.charCodeAt(i - m[0].length - 1));
}

/** End of the digits of one place below a Chinese scale at k: 1–4 digits, or d,ddd (1兆7,785亿). */
function lowDigitsEnd(s: string, k: number): number {
  let m = k;
  while (isDigit(s.charCodeAt(m)) && m - k < 4) m++;
  if (m - k === 1 && s.charCodeAt(m) === 44 && isDigit(s.charCodeAt(m + 1)) && isDigit(s.charCodeAt(m + 2)) && isDigit(s.charCodeAt(m + 3)) && !isDigit(s.charCodeAt(m + 4))) m += 4;
  return m;
}

/** Digits with falling 千百十 places, then 亿, at k (1千億, 2千5百亿): their value in 亿 and the end after 亿; null if not so. */
function placesBeforeYi(s: string, k: number): { value: number; end: number } | null {
  let value = 0;
  let small = 1e4;
  for (let n = 0; n < 4; n++) {
    const m = lowDigitsEnd(s, k);
    if (m === k) break;
    const d = Number(s.slice(k, m));
    const sp = SMALL_PLACES[s[m]];
    if (sp !== undefined && d < 10 && sp < small) {
      value += d * sp;
      small = sp;
      k = m + 1;
      continue;
    }
    return s.charCodeAt(m) === YI && small < 1e4 && d < small ? { value: value + d, end: m + 1 } : null;
  }
  return s.charCodeAt(k) === YI && small < 1e4 ? { value, end: k + 1 } : null;
}

/** After a digit that follows 万: what keeps it a number of its own (a point, a list, a date, a time, a percent, a Latin unit). */
const SPOKEN_PLACE_STOP = /^[.,，、%％年月日号號时時点點:：\-–~/A-Za-z]|^\s/;

/**
 * The lower places written in Arabic digits after a Chinese scale of `outer` (万 or more): 2000万 and
 * 4005万 after 亿, 2千 and 5000 after 万. Places fall from left to right; 千百十 gather into a group
 * that a following 万 multiplies (90亿2千8百万 = 90亿 + 2800万). Linear in what it reads; null when
 * nothing below the scale is written.
 */
function lowerPlaces(s: string, k: number, outer: number, afterZero = false): { rest: number; end: number; place: number } | null {
  let rest = 0;
  let group = 0; // 千百十 since the last 万
  let small = 0; // the last of them
  let place = outer; // the last place written
  let wan = outer === 1e4; // a 万 already written (the scale itself, or one inside)
  let end = k;
  let restEnd = k; // where `rest` alone ends
  for (;;) {
    const m = lowDigitsEnd(s, k);
    // 1万2,000台: a thousands comma in the places below 万 (Taiwan copy); digits still count four.
    const grouped = s.charCodeAt(m - 4) === 44 && m - k === 5;
    const digits = grouped ? 4 : m - k;
    if (isDigit(s.charCodeAt(m)) || (s.charCodeAt(k) === 48 && digits < 4)) break;
    const d = m > k ? Number(grouped ? s.slice(k, m).replace(',', '') : s.slice(k, m)) : 0;
    const sp = SMALL_PLACES[s[m]];
    if (m > k && sp !== undefined && d < 10 && (small === 0 || sp < small)) {
      group += d * sp;
      small = place = sp;
      k = end = m + 1;
      continue;
    }
    // 89億5379.5萬元: the group below 亿 may carry a decimal before its 万 (nothing lower follows it).
    if (s.charCodeAt(m) === 46 && isDigit(s.charCodeAt(m + 1)) && outer === 1e8 && !wan && small === 0 && m > k && !grouped) {
      let f = m + 1;
      while (isDigit(s.charCodeAt(f)) && f - m <= 4) f++;
      const withDecimal = Number(s.slice(k, f));
      if (s.charCodeAt(f) === WAN && s.charCodeAt(f + 1) !== YI && withDecimal < 1e4) {
        rest += withDecimal * 1e4;
        place = 1e4 / 10 ** (f - m - 1);
        end = restEnd = f + 1;
        break;
      }
    }
    // 万 closes the group below 亿: 2000万, 2千8百万 (no digits between 百 and 万), 2千8百50万.
    if (s.charCodeAt(m) === WAN && !wan && (m > k || small > 0) && d < (small || 1e4) && s.charCodeAt(m + 1) !== YI) {
      rest += (group + d) * 1e4;
      place = d > 0 ? 1e4 : small * 1e4;
      group = small = 0;
      wan = true;
      k = end = restEnd = m + 1;
      continue;
    }
    // 9万3, 1万5的月薪 (spoken prices): one digit right after 万 or 亿, then no place, unit or point, is the next place
    // down (93,000, 15,000), as 两万三 is.
    if (place === outer && group === 0 && !afterZero && digits === 1 && d > 0 && m === k + 1 && !SPOKEN_PLACE_STOP.test(s[m] ?? '') && !ZH_UNITS.match(s, m) && !zhNounAt(s, m)) {
      rest += d * (outer / 10);
      place = outer / 10;
      end = restEnd = m;
      break;
    }
    // 1万5000片: four plain digits right after 万 are its lower places (not 1万2024年); after 零 fewer (3万零200台);
    // Taiwan's stock copy drops the 零 before lots (買超2萬210張 = 20,210), and so does other copy before a classifier
    // (出口6萬400枚輝達A100晶片 = 60,400).
    if (place === 1e4 && group === 0 && (digits === 4 || afterZero && digits > 0 && digits < 4 || (digits === 3 && outer === 1e4 && DROPPED_ZERO_CLASSIFIERS.includes(s[m] ?? '_')))) {
      // 3萬1890.62點 (Taiwan's index in points): decimals after the lower places.
      let f = m;
      if (s.charCodeAt(m) === 46 && isDigit(s.charCodeAt(m + 1))) for (f = m + 1; isDigit(s.charCodeAt(f)) && f - m <= 4; f++);
      // (A comma ends the number unless digits follow it: 收在2萬5880.6，上漲.)
      if (!/^[.年月日号號]/.test(s[f] ?? '') && !(/^[,，]/.test(s[f] ?? '') && isDigit(s.charCodeAt(f + 1))) && !isDigit(s.charCodeAt(f))) {
        rest += f > m ? Number(s.slice(k, f)) : d;
        place = 1;
        end = restEnd = f;
      }
    }
    break;
  }
  // A group followed by a place it cannot take (1万2千万) is not one of these amounts.
  if (group && (s.charCodeAt(end) === WAN || s.charCodeAt(end) === YI)) return rest ? { rest, end: restEnd, place: 1e4 } : null;
  rest += group;
  return rest ? { rest, end, place } : null;
}

/** After "fiscal", "calendar" or "fiscal year" and a space at p (where the year is written), or p without them. */
function fiscalWordEnd(s: string, p: number): number {
  const w = s.slice(p, p + 6).toLowerCase() === 'fiscal' ? 6 : s.slice(p, p + 8).toLowerCase() === 'calendar' ? 8 : 0;
  // ("Q1 fiscal-2027": a hyphen for the space before the year.)
  if (w === 0 || (s.charCodeAt(p + w) !== 32 && !(s.charCodeAt(p + w) === 45 && isDigit(s.charCodeAt(p + w + 1))))) return p;
  if (s.charCodeAt(p + w) === 45) return p + w + 1;
  const q = skipSp(s, p + w);
  return s.slice(q, q + 4).toLowerCase() === 'year' && s.charCodeAt(q + 4) === 32 ? skipSp(s, q + 4) : q;
}

/** The name a securitisation's series follows: a word in capitals, or Series (HYPER 2025-1, Series 2021-1). */
// ("the Sabey 2025-2 will feature": a capitalised issuer after "the"; "Centersquare Co-Issuer 2025-2": an issuer's role in
// capitals after its name.)
const SERIES_NAME_BEFORE = /(?:\b[A-Z]{3,}|\b[Ss]eries|\bthe [A-Z][a-z]{2,}|\b[A-Z][a-z]+ (?:Co-)?Issuer) $/;

/** What broker notes forecast for a year written in two digits (24-26年营业收入, 26年业绩). */
// (Also what a year reports: 25年需求, 24年财报, 24-28年年复合增长率, 25-26年年均复合增长率.)
// (28年市场规模有望达182亿元, 25年国内柴发市场规模: the size of a market in a year.)
const FORECAST_NOUNS = '营业收入|营业总收入|营收|收入|归母|净利|归属|EPS|每股收益|业绩|利润|盈利|毛利|需求|销量|出货|资本开支|资本支出|年复合|年均复合|复合增|CAGR|财报|年报|中报|半年报|一季报|三季报|市场规模|市场空间|市場規模|市場空間';
/** After the first of two two-digit years: the second, 年 and what is forecast for them. */
const FORECAST_YEARS_AFTER = new RegExp(`^ ?[-–~] ?(\\d{2})年((?:的)?(?:${FORECAST_NOUNS}))`);
/** Verbs of forecasting before a two-digit year (预估26年), and what is forecast after one (26年业绩). */
// (延至27年, 推迟至26年: postponed to a year.)
const FORECAST_VERB_BEFORE = /(?:预测|預測|预估|預估|预计|預計|预期|預期|测算|測算|延至|推迟至|推迟到|推遲至|推遲到)(?:公司|将于|将在|于)?$/;
// (上修美国储能26年预计装机需求: a verb of forecasting right after the year forecasts for it too.)
// (25年目标营收: a target for what is forecast too.)
const FORECAST_NOUN_AFTER = new RegExp(`^(?:(?:的)?(?:目标|目標)?(?:${FORECAST_NOUNS})|预计|預計|预期|預期|预估|預估)`);
/** A clause opening before a two-digit year (the start of the text, punctuation, or a list's bullet). */
// (In markdown the mask leaves the bullet's width in spaces.)
const CLAUSE_OPENS_BEFORE = /(?:^|[，,。；;：:、（(\n]|(?:^|\n)(?:[-*•] | {1,2}))$/;
/**
 * 24年字节收入, 23年Vertiv管理费用, 24年公司实现营收, 24年来自数据中心的收入: a short subject (two to four characters,
 * none of them one that makes 年 a length: 来, 内, 间 …, or a Latin name; or a longer noun phrase of up to 14 characters,
 * 25年公司云服务商服务器收入), maybe a verb of results, or what it comes from, between the year and what it reports.
 */
const SUBJECT_FORECAST_AFTER = new RegExp(`^(?:[来來]自[^，,。；;]{1,20}?|(?![来來内內间間后後前里裡中以多余餘的度期])(?:[\\u4e00-\\u9fff]{2,4}?|[A-Za-z]{2,12}|[\\u4e00-\\u9fff][\\u4e00-\\u9fffA-Za-z ]{4,13}?)(?:实现|實現|录得|錄得)?了?)(?:${FORECAST_NOUNS}|管理费用|研发费用|费用)`);
/** 在27年時就有機會: 时 after 在 and a two-digit year makes it the year ("at the time of"), not 时间 (在25年时间里). */
const AT_YEAR_TIME_AFTER = /^[时時](?![间間])/;
/** 23年超过3亿美元, 26年将达1.7GW: a level a two-digit year reaches, opening its clause. */
// (30年将增长至120亿美元: a rise to the level in that year.)
const LEVEL_AFTER_YEAR = /^(?:将|將|有望|预计|預計)?(?:超过|超過|达到|達到|达|達|突破|(?:增长|增長|提升|上升)?(?:至|到))\s?\d/;
/** 可比公司24年29倍PE: the year a valuation multiple is taken at. */
const VALUATION_AFTER_YEAR = /^\d{1,3}(?:\.\d{1,2})?倍(?:PE|P\/E|PB|PS|市盈率|市净率|市淨率|EV\/EBITDA)/;
/** Before N年: verbs that make it a length of time (项目运营20年预计收回投资, 使用寿命25年). */
const DURATION_VERB_BEFORE = /(?:运营|運營|运行|運行|经营|經營|使用|历时|歷時|持续|持續|长达|長達|累计|累計|服务|服務|寿命|壽命|期限|为期|為期|超过|超過|近|约|約|逾)$/;
/** A Chinese suffix bound starting here: 以上, 以下, 以内. */
const ZH_SUFFIX_BOUND_AHEAD = /^(?:以上|以下|以内|以內)/;
/** Words of using or generating electricity before an amount in 度 (月用七百度, 每月用电一千度). */
const ZH_ENERGY_USE_BEFORE = /(?:用|用电|用電|耗电|耗電|发电|發電|电量|電量|售电|售電)$/;
/** A memory product's acronym glued after a data size (64MbDRAM, 16GbDDR5), no letter after it. */
const MEMORY_GLUED_AFTER_SIZE = /^(?:DRAM|NAND|SRAM|SSD|LPDDR\d?X?|GDDR\d?|DDR\d?|HBM\d?E?)(?![A-Za-z])/;
/** A preposition of time right before a year whose glued .N ends its paragraph (a note mark). */
const YEAR_ENDS_PARAGRAPH_BEFORE = /\b(?:in|by|since|until|through|for) $/;
/** The second side of a range of sizes in a bare G or T: -4G. */
const MEMORY_RANGE_SECOND = /^[-–~～](\d{1,4}(?:\.\d{1,2})?)([GT])(?![A-Za-z0-9])/;
/** A memory product after a size in G (16G DDR4, 16G内存条); a word of capacity before one (容量240G, 显存80G). */
const MEMORY_PRODUCT_AFTER = /^\s?(?:(?:LP)?G?DDR\d|HBM\d?|内存|內存|記憶體|显存|顯存|运存|運存|闪存|閃存|硬盘|硬碟|SSD|固态|固態)/;
const CAPACITY_WORD_BEFORE = /(?:容量|内存|內存|記憶體|显存|顯存|运存|運存|闪存|閃存|硬盘|硬碟|存储|存儲)(?:为|為|达|達|约|約|:|：|高达|高達)?\s?$/;
/** Units of time after 一整 (a whole one): 一整年, 一整天, 一整个月. */
const WHOLE_TIME_UNITS: [string, number][] = [['年', YEAR_S], ['天', 86400], ['日', 86400], ['个月', MONTH_S], ['個月', MONTH_S], ['季', 3 * MONTH_S], ['周', 7 * 86400], ['週', 7 * 86400]];
/** A US legal code after its title number (15 C.F.R., 42 U.S.C., 40 CFR). */
const LEGAL_CODE_AFTER = /^\s?(?:C\.F\.R\.|U\.S\.C\.|CFR\b|USC\b)/;
/** Characters before 本 that end a word with it (日本, 成本, 资本, 基本, 根本, 版本, 样本, 剧本, 文本, 课本, 账本, 资本). */
const WORDS_ENDING_IN_BEN = '日成资資基根版样樣剧劇文课課账賬脚腳';
/** A relative month and a part of it (本月末, 上月底, 下个月初, 上個月中旬). */
const RELATIVE_MONTH_PART = /^(?:本|上|下|上个|上個|下个|下個)月(?:初|底|末|中旬|上旬|下旬)/;
/** Currency words after an amount, simplified and traditional (元, 美元, 新台幣 …). */
const ZH_CURRENCY_WORDS = '元|圆|圓|块|塊|美元|港元|港币|港幣|日元|日圓|欧元|歐元|新台币|新台幣|台币|台幣|人民币|人民幣';
/** A currency word after a pair of year-shaped numbers: they are prices (1949至1969元). */
const ZH_CURRENCY_AFTER_YEARS = new RegExp(`^(?:${ZH_CURRENCY_WORDS})`);
/** A two-digit year listed after another (17年、18年和19年): the next one, or the one before. */
const YEARS_LISTED_AFTER = /^[、和及与與](\d{2})年/;
const YEARS_LISTED_BEFORE = /(?<!\d)(\d{2})年[、和及与與]$/;
/** Words comparing one two-digit year with another (25年高于24年, 26年好于25年): the next year after them, or the one before. */
const YEAR_COMPARISON = '(?:高于|低于|好于|优于|快于|慢于|强于|弱于|不及|高於|低於|好於|優於|快於|慢於|強於|弱於)';
const YEARS_COMPARED_AFTER = new RegExp(`^${YEAR_COMPARISON}(\\d{2})年`);
const YEARS_COMPARED_BEFORE = new RegExp(`(?<![\\d])(\\d{2})年${YEAR_COMPARISON}$`);
/** A comparison right before a two-digit year (较23年下降), and the change after it that makes it one. */
const COMPARED_WITH_BEFORE = /(?:较|較|比|相比|相较|相較)$/;
const CHANGE_AFTER_YEAR = /^(?:同期)?(?:下降|上升|增长|增長|增加|减少|減少|提升|提高|下滑|回落|上涨|上漲|下跌|增|减|減|降|升|涨|漲|跌)/;
/** After N年: words that make it a length of time (预计20年内, 预计25年收回投资). */
const LENGTH_OF_TIME_AFTER = /^(?:内|內|以内|以內|之内|左右|后|後|间|間|来|來|多|半|收回|回本|回收|以上|的)/;

/** A dash, 至 or 到 at e, or after one space there: what FORECAST_YEARS_AFTER and AMOUNT_RANGE_AFTER open with. */
function rangeDashAt(s: string, e: number): boolean {
  const c = s.charCodeAt(s.charCodeAt(e) === 32 ? e + 1 : e);
  return c === 45 || c === 0x2013 || c === 126 || c === 0x81f3 /* 至 */ || c === 0x5230 /* 到 */;
}

/** After a four-digit number: a dash or 至 and a second number in 万 or 亿 or before a currency word (2000 - 2500亿元, 1949至1969元: amounts, no year). */
// (约为2000-3000台: or a classifier, a range of counts.)
/** The > at `at` opens its line (spaces and other >s before it): a blockquote's marker. */
function blockquoteMarkerAt(s: string, at: number): boolean {
  let k = at;
  while (k > 0 && (isGroupSpace(s.charCodeAt(k - 1)) || s.charCodeAt(k - 1) === 62)) k--;
  return k === 0 || isNewline(s.charCodeAt(k - 1));
}

/** After a dotted date and a dash: the end of its range, as MM.DD or YYYY.MM.DD (two digits each). */
const DOTTED_DATE_TO = /^(?:(20\d\d)\.)?(0[1-9]|1[0-2])\.(0[1-9]|[12]\d|3[01])(?![\d.])/;
const AMOUNT_RANGE_AFTER = new RegExp(`^ ?[-–~至到] ?\\d[\\d.,]* ?(?:亿|億|万|萬|${ZH_CURRENCY_WORDS}|[台臺个個块塊颗顆张張片家座套架辆輛名人户戶件部栋棟间間])`);

/** A hedge before the level a change reached ("from 20 to more than 50 petabytes"). */
const LEVEL_HEDGE = /^(?:more than|over|well over|nearly|almost|about|around|roughly|at least) (?=[\d$€£¥])/i;

/** What separates listings of one company in a bracket: (00700.HK/80700.HK), (09988.HK;BABA.N). */
const LISTING_JOINERS = '/;；,，、';
/** A market named by one character before a listing's ticker, and the colons after it: (09698;美︰GDS). */
const LISTING_MARKETS = '美港台沪滬深日';
const LISTING_COLONS = ':：︰';

/** Markets Taiwan wires write after a hyphen, and Bloomberg after a space: (2330-TW), (NVDA-US), (2330 TT), (700 HK). */
const MARKET_CODES = new Set(['TW', 'TWO', 'TT', 'HK', 'US', 'SH', 'SZ', 'SS', 'CH', 'CN', 'JP', 'JT', 'KS', 'KQ', 'SG', 'SP']);

/**
 * An exchange suffix at k (.HK, .SH, .T: one or two capitals; -TW, -US or a space and a market code):
 * its end; k when there is none; 0 when too long.
 */
function exchangeSuffixEnd(s: string, k: number): number {
  const sep = s.charCodeAt(k);
  if ((sep === 45 || sep === 32) && isUpper(s.charCodeAt(k + 1))) {
    let e = k + 1;
    while (isUpper(s.charCodeAt(e)) && e - k <= 3) e++;
    return MARKET_CODES.has(s.slice(k + 1, e)) && !isAlnum(s.charCodeAt(e)) ? e : k;
  }
  if (sep !== 46 || !isUpper(s.charCodeAt(k + 1))) return k;
  let e = k + 1;
  while (isUpper(s.charCodeAt(e)) && e - k <= 3) e++;
  return e - k - 1 <= 2 ? e : 0;
}

/** Where a stretch ending at `at` starts: back at most `max` characters, stopping after any of `stops`. */
function stretchBack(s: string, at: number, max: number, stops: string): number {
  let b = at;
  while (b > 0 && at - b < max && !stops.includes(s[b - 1])) b--;
  return b;
}

/**
 * Google10月, OpenAI 3月: a month (1–12 and 月) after a Latin name, glued or spaced, is a date (so are MiniMax2025年, a year,
 * and Google 25日, a day); the name ends at the
 * digits (no model number). The caller keeps model words (PRODUCT_BEFORE: Qwen3月, Llama 3月) and a single letter glued
 * to the digits (A10, T4: chips) as names.
 */
function dateAfterName(s: string, p: number): boolean {
  const d = s.charCodeAt(p) - 48;
  if (d < 1 || d > 9) return false;
  // MiniMax2025年前三季度: a year and 年 after the name, too.
  if ((d === 1 || d === 2) && s.charCodeAt(p + 4) === 0x5e74 /* 年 */ && /^(?:19|20)\d\d/.test(s.slice(p, p + 4))) return true;
  // CAGR2023-2028年: a range of years and 年.
  if ((d === 1 || d === 2) && /^(?:19|20)\d\d[-–~至到](?:19|20)\d\d年/.test(s.slice(p, p + 10))) return true;
  // Google 25日宣布: a day of the month (not 日元, yen).
  const day = s.charCodeAt(p + 1) === 0x65e5 || s.charCodeAt(p + 2) === 0x65e5 ? /^(\d{1,2})日(?![元圆圓])/.exec(s.slice(p, p + 4)) : null;
  if (day && +day[1] >= 1 && +day[1] <= 31) return true;
  const d2 = s.charCodeAt(p + 1) - 48;
  if (d2 >= 0 && d2 <= 9) return d === 1 && d2 <= 2 && s.charCodeAt(p + 2) === 0x6708 /* 月 */;
  return s.charCodeAt(p + 1) === 0x6708 /* 月 */;
}

/** The start of "fiscal " right before i (any case), or i. */
function fiscalWordBefore(s: string, i: number): number {
  const b = skipBackSp(s, i);
  return b < i && b >= 6 && s.slice(b - 6, b).toLowerCase() === 'fiscal' && !isLatin(s.charCodeAt(b - 7)) ? b - 6 : i;
}

/**
 * A one-digit number with .0 right after a Chinese character that is not a word taking numbers (灵衢2.0 but not
 * PUE降至1.0, 值为2.0, 仅1.0): a version in a name.
 */
function chineseVersionLabel(s: string, start: number, end: number): boolean {
  // (“一号工程”2.0版: the name's closing quote between, with 版 after the version.)
  // (调度平台(1.0版): an opening bracket after the name, 版 after the version.)
  const quoted = (s.charCodeAt(start - 1) === 0x201d || s.charCodeAt(start - 1) === 0x300d || s.charCodeAt(start - 1) === 40 || s.charCodeAt(start - 1) === 0xff08) && isCJK(s.charCodeAt(start - 2)) && s.charCodeAt(end) === 0x7248 /* 版 */;
  // (人工智能战略(NAIS)2.0的: the name's acronym in brackets between.)
  // (电源使用效率(PUE)2.0以下 is a metric's value: not after a metric's acronym, nor before a hedge.)
  const bracketed = (s.charCodeAt(start - 1) === 41 || s.charCodeAt(start - 1) === 0xff09) ? /[\u4e00-\u9fff][(（]([A-Z]{2,8})[)）]$/.exec(s.slice(Math.max(0, start - 12), start)) : null;
  const acronym = bracketed !== null && !METRIC_ACRONYMS.has(bracketed[1].toLowerCase()) && !suffixQualifier(s, end, true);
  return end - start === 3 && s.charCodeAt(start + 2) === 48 && (quoted || acronym || (isCJK(s.charCodeAt(start - 1)) && !NUMBER_TAKERS.includes(s[start - 1])));
}
const NUMBER_TAKERS = '为是至到达约超近逾从增降升比由值率在于将仅已均低高共计合有等及和与或乘除加减第前后每余多少剩下仍保持维持了的分数级度';
/** More words a sentence-final number follows as a number (第2号。, 增长2倍。 written without its unit). */
const NOTE_MARK_NOT_AFTER = '号號个個次倍只隻爲達約減於佔數後';

/**
 * 投資逾1.2兆AI基礎設施, 砸1.2兆於: 兆 after an amount of investment, value or spending is a trillion (Taiwan copy
 * leaves the 元 unwritten) unless a unit starts after it (投资3兆瓦).
 */
function investedZhao(s: string, start: number, q: number): boolean {
  return MONEY_BEFORE_ZHAO.test(s.slice(Math.max(0, start - 8), start)) && !MEGA_UNIT_AFTER_ZHAO.test(s.slice(q + 1, q + 4));
}
const MONEY_BEFORE_ZHAO = /(?:投资|投資|斥资|斥資|砸|募资|募資|市值|营收|營收|产值|產值|支出|预算|預算)(?:逾|超过|超過|超|近|约|約|高达|高達|达|達|共|约为|約為)?$/;

/** After a glued m: a dimension word that makes it the metre ("225m length", "a 65m-tall tower", "22m in height"). */
/** "a length and width of 71m and 30m", "a height of up to 20m": dimension words and of before a glued m (and the members after the first). */
const EN_DIMENSION_OF_BEFORE = /\b(?:lengths?|widths?|heights?|depths?|diameters?|dimensions?)(?:,? (?:and )?(?:lengths?|widths?|heights?|depths?|diameters?))* of (?:(?:up to|about|around|approximately|roughly|some|over|nearly|c\.|circa|approx\.) )?(?:\d+(?:\.\d+)?m(?:,| and| by| x) )*$/i;
// ("29 m (95 ft) high": the conversion in brackets between.)
const EN_DIMENSION_AFTER_M = /^(?:\s?\([^()]{1,16}\))?[ -](?:length|width|height|depth|diameter|long|wide|tall|high|deep|in (?:length|width|height|depth|diameter))\b/i;
/** YY/MM/DD至YY/MM/DD (Taiwan and Japanese fiscal copy: 24/10/01至25/09/30). */
const SHORT_YMD_RANGE = /^(\d{2})\/(\d{2})\/(\d{2}) ?[至到~～] ?(\d{2})\/(\d{2})\/(\d{2})(?![\d/])/;
/** After a bare 兆: the second side of a range, a bare 兆 again (5 兆到 7 兆之間). */
const ZHAO_RANGE_AFTER = /^[到至~～-] ?\d[\d.]* ?兆(?![瓦瓩字赫比位伏焦帕欧BbWH])/;
/** Verbs of spending after a bare 兆 that make it a trillion, as punctuation does (2.2兆投入綠能). */
const SPENDING_AFTER_ZHAO = /^(?:投入|投资|投資|用于|用於|用在|资金|資金)/;
/** What may follow a bare 兆 read as a trillion: punctuation, brackets, quotes, a line break. */
const BARE_ZHAO_END = '。，、；：！？,.;:!?)）」』”"\n\r';
/** 兆 as mega in the draft: before a unit, or bandwidth and memory wording (bare 100兆 = 100 Mbit/s, 512兆 = 512 MB). */
/** Units that make the 兆 before them mega (兆瓦, 兆字节, 兆赫 …). */
const MEGA_UNITS_OF_ZHAO = '(?:瓦|瓩|字节|赫|比特|位|伏|焦|帕|欧|[BbWH])';
const MEGA_UNIT_AFTER_ZHAO = new RegExp(`^ ?${MEGA_UNITS_OF_ZHAO}`);
const ZHAO_AS_MEGA = new RegExp(`兆${MEGA_UNITS_OF_ZHAO}|宽带|带宽|宽频|频宽|网速|内存|显存|硬盘|流量包`);

/** After a unit and a hyphen: the unit names a size, not an amount ("gigawatt-scale", "megawatt-class"). */
const SIZE_ADJECTIVE_AFTER_HYPHEN = /^(?:scale|class|level|size|sized)(?![A-Za-z])/i;
const A_LABEL_WORDS = /(?:^|[^A-Za-z])(?:grade|class|section|phase|tier|type|form|item|room|gate|route|unit|block|zone|level|row|bay|article|chapter|rule|no\.)$/i;
/** A month, a point and its day (and a later day after a dash), then 日: 10.13-16 日. */
// (Two digits after the point, or a range of days: 历时10.5日 is ten and a half days; not before 均, 线 or 内: 日均.)
const MONTH_POINT_DAY = /^(\d{1,2})\.(\d{2}|\d{1,2}(?=[-–~～]))(?:[-–~～](\d{1,2}))? ?日(?![均线線内內])/;
/** A road's word and a house number after a numeral: 九道 10 号. */
const ROAD_BEFORE_HOUSE_NUMBER = /^[道路街巷弄] ?\d{1,4} ?[号號]/;
/** The words a road's and a building's number stand before in an address (九道 10 号, 10 栋, 3幢). */
const ROAD_WORDS = '道路街巷弄';
const BUILDING_WORDS = '栋棟幢';
/** An address's house number earlier in the same clause: 江兴路1号, 10 号深圳湾科技生态园. */
const HOUSE_NUMBER_BEFORE = /\d ?[号號](?![楼樓])[^，,。；;！？!?\n建設设有共新的]{0,16}$/;

/** An opening bracket before `at` in its sentence (up to 80 code units back) that nothing has closed yet. */
function unclosedBracketBefore(s: string, at: number): boolean {
  let depth = 0;
  for (let k = at - 1; k >= 0 && at - k <= 80; k--) {
    const c = s.charCodeAt(k);
    if (c === 41 || c === 0xff09) depth++;
    else if (c === 40 || c === 0xff08) {
      if (depth === 0) return true;
      depth--;
    } else if (c === 0x3002 /* 。 */ || c === 10) break;
  }
  return false;
}

/** The count before a noun is one: "one GPU server", "1 data center" (then a singular head is counted). */
const ONE_BEFORE = /(?:^|[^\d.,])(?:1|[Oo]ne|[Aa] single) $/;
/** "Up to 300B yuan", "2B euros": a currency's name after a capital B, M or T makes it a scale. */
const CURRENCY_WORD_AFTER_SCALE = /^ (?:yuan|renminbi|RMB|won|euros?|rupees|yen|dollars|pounds|reais|pesos|ringgit|dirhams|riyals|rand|baht|rupiah)(?![A-Za-z])/i;
/** "the Quantum 3450-LD": a model number's letter suffix after a hyphen (a unit after it is read first). */
const MODEL_SUFFIX_AFTER = /^-[A-Z]{2,4}(?![A-Za-z0-9])/;
const GPU_HOURS_AFTER = /^(?:hours?(?![A-Za-z])|小时)/i;
/** Second characters of words 安 starts (安全, 安装, 安徽 …): there it is no ampere. */
const AN_WORD_AFTER = '全装排徽卓防置居心稳定然保检阳庆康宁顿娜';
const SEN_WORD_AFTER = '人女境桃游居子丹鹤山界侠';

/** A bare magnitude, tokens, then price wording in the same clause (百万tokens输入(缓存命中)价格). */
const TOKENS_OF_PRICE = /^[十百千万亿]+\s?[Tt]okens?[^，,。；;！？!?\n]{0,16}?(?:价|费|[元圆])/;

/** Prepositions after a bare half of a split ("half in cash and half in stock"). */
const HALF_SPLIT_PREPOSITIONS = new Set(['in', 'through', 'via', 'from', 'to', 'by', 'for', 'on', 'at', 'with', 'into']);
/** The other half of the split, after it in its sentence or before it. */
const HALF_SPLIT_AFTER = /^[^.;!?]*?\band half\b/i;
const HALF_SPLIT_BEFORE = /\bhalf\b[^.;!?]*\band\s+$/i;

/** Characters that make a word with a 一 after them (唯一, 统一, 逐一, 单一, 同一, 专一, 均一, 划一, 归一, 合一). */
const ONE_ENDS_WORD = '唯统逐单同专均划归合';

/**
 * A price per kilowatt-hour right after 分 (1.5分/千瓦时, 2分每度) or before its number in the clause (每千瓦时降低2分),
 * or a payout per share before it (经调整后的DPS为2.41分, 每股派息5分).
 */
const PER_KWH_AFTER = /^\s*(?:[/／]\s*(?:千瓦时|千瓦·时|千瓦小时|度|kWh|KWh|kwh)|每(?:千瓦时|千瓦小时|度))/;
const PAYOUT_WORDS = 'DPS|EPS|每股|股息|派息';
const PER_KWH_BEFORE = new RegExp(`(?:每(?:千瓦时|千瓦小时|度)|度电|${PAYOUT_WORDS})[^，,。；;：:！？!?\\n]{0,10}$`);

/**
 * 自12月中起, 预计9月中正式量产: a bare 中 after a month is its middle when a word of time or action
 * follows (not 9月中国出口, 3月中美会谈: 中 starting a word).
 */
function midMonthAt(s: string, j: number): boolean {
  if (s.charCodeAt(j) !== 0x4e2d /* 中 */) return false;
  const next = s[j + 1];
  return next === undefined || !isCJK(next.charCodeAt(0)) || MID_MONTH_FOLLOWERS.includes(next);
}
const MID_MONTH_FOLLOWERS = '起前后後以左至到开開正的将將才便就已再会會时時完推即舉举召发發公宣或和及与與、施竣投交';

/** After a year: 的最后三个月, 最后两个月, 最后一个季度, 最后一季. */
const LAST_MONTHS_OF_YEAR = /^的?最后(?:([一二两三四五六1-6])个月|一个(季度)|一(季))/;

/** After a bare list member: more bare members, then an amount with a currency sign and a scale word ("70, 80, $90 million"). */
const ENGLISH_LIST_MONEY_AFTER = /^(?:,\s?\d{1,3}(?:\.\d+)?)*,?\s(?:and\s|or\s)?([$€£]\d{1,3}(?:\.\d+)?\s?(?:million|billion|trillion)\b)/;

/** After an amount of money: "estimated cost", "estimated investment" (the estimate is of that amount). */
const ESTIMATED_AFTER = /^ estimated (?:cost|investment|value|price|budget|total|capex|spending)\b/i;

/** Words for a position in a band, hyphenated before an amount ("mid-300,000"). */
const POSITION_BEFORE_AMOUNT = new Set(['mid', 'low', 'high', 'upper', 'lower']);

/** After "the first quarter": what ranks it among many ("in over 15 years", "in a decade", "since 2021"). */
const SPELLED_SCALE_AT = /^(?:million|billion|trillion)\b/i;
/** An unknown plural noun after a count, then a hedge: " layers or more", " sites or fewer". */
// ("200,000 of GB300 GPUs or more": "of" and a model before the plural noun too.)
const NOUN_OR_MORE_AFTER = /^ (?:of (?:[A-Z][\w-]{1,12} )?)?[a-z][a-z-]{1,20}s or (more|fewer|less)\b/i;
/** Words before 园区 that make it an industrial park (产业园区, 工业园区, 集聚园区, 科技园区). */
const INDUSTRIAL_PARK_BEFORE = /(?:产业|工业|集聚|科技|物流|创业|软件|高新)$/;
/** " to fiscal 2024", " through fiscal year 2024": the second side of a range of fiscal years. */
// ("from fiscal 2026 to 2028": the second year's fiscal word may be left out.)
const FISCAL_SECOND_YEAR = /^ (?:to|through|-|–) (?:fiscal (?:year )?|FY ?)?(\d{4})\b(?![,.]\d)/i;
/** After digits opening a quote: a point and digits, a space, an acronym and the closing quote (“10.07 IFR”). */
const QUOTED_CODE_NAME_AFTER = /^(?:\.\d{1,2})? [A-Z]{2,6}[”」"]/;
/** The second side of a range of multiples after "a factor of 2": "-3", "–3", " to 3". */
const FACTOR_RANGE_AFTER = /^(?:[-–]| to )(\d{1,4}(?:\.\d+)?)(?!\d|[.,]\d|%)/;
/** " Jan. 30", " January 30": a month and a day after late, early or mid. */
const LATE_MONTH_DAY = /^ (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}(?![\d,.]\d)(?!\d)|^ (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?!\d)/;
/** A hyphen glued after a Chinese word, then one or two digits and 。: a page's note mark ("273万片晶圆-7。"). */
/** Classifiers after a name's number that make it a count of things (千问9款), not the name's number. */
const COUNT_AFTER_NAME_NUMBER = '款个個家台臺套';

/**
 * "from6-12 months to over24 months", "to2038", "reach274 million": digits glued after a common lower-case word are the
 * source's missing space, not a name's number (a word of this list names no product).
 */
const WORDS_BEFORE_A_MISSING_SPACE = new Set(['of', 'to', 'from', 'over', 'under', 'reach', 'reached', 'reaching', 'about', 'by', 'in', 'at', 'than', 'for', 'and', 'or', 'up', 'around', 'nearly', 'almost', 'some', 'with', 'into', 'hit', 'hits', 'until', 'since', 'between', 'exceed', 'exceeds', 'exceeded', 'approximately', 'roughly']);
function missingSpaceAfterWord(s: string, i: number): boolean {
  if (!isDigit(s.charCodeAt(i))) return false;
  let b = i;
  while (b > 0 && isLower(s.charCodeAt(b - 1)) && i - b <= 13) b--;
  if (b === i || (b > 0 && isAlnum(s.charCodeAt(b - 1)))) return false;
  if (!WORDS_BEFORE_A_MISSING_SPACE.has(s.slice(b, i))) return false;
  // The digits end the token (a unit may follow): "to24 months", "of12", "reach274 million", "over50%".
  let e = i;
  while (isDigit(s.charCodeAt(e)) || ((s.charCodeAt(e) === 46 || s.charCodeAt(e) === 44) && isDigit(s.charCodeAt(e + 1)))) e++;
  return !isLatin(s.charCodeAt(e)) || /^(?:GW|MW|kW|TWh|GWh|MWh|bn|m)\b/.test(s.slice(e, e + 4));
}

/** A bare count, then one to four capitalised words of a maker or model ("3 CAT Solar Titan "). */
const COUNT_THEN_NAME_BEFORE = /(?:^|[\s(“"])(\d{1,3}(?:,\d{3})*|\d{1,4})\s(?:[A-Z][A-Za-z-]*\s){1,4}$/;

/** The list item before a number: the same digits glued to letters ("910a, ", "910b, and "). */
const SIBLING_CODE_BEFORE = /(?:^|[^\w$€£¥.,])(\d+)[A-Za-z]{1,3}(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\/)$/;

/** The digits at [i, digitsEnd) repeat the digits of the list item just before, which carries letters of its own. */
function siblingCodeBefore(s: string, i: number, digitsEnd: number): boolean {
  const m = SIBLING_CODE_BEFORE.exec(s.slice(Math.max(0, i - 24), i));
  return m !== null && m[1] === s.slice(i, digitsEnd);
}

function noteMarkDashAt(s: string, p: number): boolean {
  const before = s.charCodeAt(p - 1);
  return s.charCodeAt(p) === 45 && isCJK(before) && !isZhNumChar(before) && (s[p - 1] === '了' || !NUMBER_TAKERS.includes(s[p - 1])) && !'比为為至到达達'.includes(s[p - 1]) && /^-\d{1,2}。/.test(s.slice(p, p + 4));
}
/** A model's acronym before a space and its number (MI 308, not AI 100). */
const CHIP_ACRONYM_BEFORE = /(?<![A-Za-z])(?!AI )[A-Z]{2,3} $/;
/** Digit groups and then capital letter groups joined by hyphens: 24-0508-EL-ATA. */
const DOCKET_AT = /^\d{2,}-\d{2,}-[A-Z]{2,}\b/;
/** A verb before "the first quarter" that ranks it ("marking the", "was the"), not a preposition that dates. */
const RANKING_VERB_BEFORE = /\b(?:marking|marks|marked|was|is|became|becomes|been)\s+the\s+$/i;
const RANKED_QUARTER_AFTER = /^(?:in (?:(?:over|more than|nearly|almost|about) )?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years|decades|decade|year)\b|since (?:\d{4}|the)\b|ever\b)/i;

/** What makes a capitalised name with a version an era: "the Trump 2.0 era", "the Xi 3.0 years". */
const HUNDREDTHS_END = /\d\.\d\d$/;
const CLOSING_QUOTES = '」』”’"\'';
/** Whether an opening quote stands a few words before `at`, on its line (the name a version closes is quoted). */
function quoteOpensBefore(s: string, at: number): boolean {
  const lead = s.slice(Math.max(0, at - 40), at);
  return /[「『“‘"'][A-Z][^「『“‘"'」』”’\n]*$/.test(lead);
}
const VERSION_ERA_AFTER = /^\s(?:era|age|administration|presidency|years|licen[cs]e|standard|protocol|specification|spec|compliant|compliance)\b/;

/** Eras named by a version ("Industry 4.0", "Web 3.0", "Society 5.0"). */
// ("Agent 2.0": a product's or a trend's version, as Web 3.0.)
const ERA_NAMES = new Set(['agent', 'agents', 'industry', 'web', 'society', 'work', 'education', 'health', 'healthcare', 'logistics', 'retail', 'banking', 'manufacturing', 'energy', 'agriculture']);

/** "… to 29% to 33% from": a level reached, written between a change verb and "from". */
const NEW_LEVEL_BEFORE_FROM = /\bto\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+)?[$€£¥]?\d/i;

/** The things a Chinese price is per: 元/股, 元/吨, 元/片, 元/度 …. */
const PER_UNIT_CHARS = '股份吨噸片台张張颗顆块塊度月年天件个個套辆輛瓶支只箱桶';
/** A price's per-unit right after its 元: /股, / 股 (a typeset space either side of the slash), /Wh, /kWh (energy storage bids). */
const PER_UNIT_AFTER_PRICE = new RegExp(`^ ?/ ?(?:[${PER_UNIT_CHARS}]|[kKMG]?Wh(?![A-Za-z]))`);
/** The same after a price in Latin letters (20.20 sen/kWh is read by the English range rules): Chinese per-units only. */
const PER_UNIT_AFTER_LATIN_PRICE = new RegExp(`^ ?/ ?[${PER_UNIT_CHARS}]`);

/** +1.34/+0.67/-2.14pct: a signed member of a slash list after a signed member (not the "+/-" of plus or minus). */
function signedSlashMember(s: string, i: number): boolean {
  // -0.30/0.48/-0.01/6.61pct: a member before this one, not only the last, carries a sign.
  return s.charCodeAt(i - 1) === 47 && isDigit(s.charCodeAt(i - 2)) && /(?:^|\/)[+\-−]\d/.test(s.slice(slashListStart(s, i), i));
}

/** Where the slash list that `start`'s member ends starts: 31.13%/35.03%/24.86%, +1.34/+0.67/-2.14pct. */
function slashListStart(s: string, start: number): number {
  let k = start;
  for (let members = 0; members < 8 && s.charCodeAt(k - 1) === 47; members++) {
    const m = /[+\-−]?\d{1,4}(?:\.\d+)?(?:%|pcts?)?$/i.exec(s.slice(Math.max(0, k - 14), k - 1));
    if (!m) break;
    k = k - 1 - m[0].length;
  }
  return k;
}

/** A change label (YoY, QoQ, MoM) right before `start`, with Chinese text shortly before the label: ,YoY +2.78pct. */
function changeLabelAfterChinese(s: string, start: number): boolean {
  const m = /(?:YoY|QoQ|MoM|yoy|qoq|mom) ?$/.exec(s.slice(Math.max(0, start - 4), start));
  if (!m) return false;
  const label = start - m[0].length;
  // (毛利率37.31%,yoy-1.52pct,qoq+4.56pct: the second label follows the first change, the Chinese further back.)
  for (let k = label - 1; k >= 0 && label - k <= 28; k--) if (isCJK(s.charCodeAt(k))) return true;
  return false;
}

/** 提升3~4pct: `start` is a range's second side whose first side follows Chinese text. */
function rangeAfterChinese(s: string, start: number): boolean {
  let k = start - 1;
  if (!'~～-–至到'.includes(s[k] ?? '_')) return false;
  const firstEnd = k;
  while (k > 0 && (isDigit(s.charCodeAt(k - 1)) || s.charCodeAt(k - 1) === 46)) k--;
  return k < firstEnd && isDigit(s.charCodeAt(k)) && chineseBefore(s.charCodeAt(skipBackSp(s, k) - 1));
}

/** -1.46pctYoY: a change label (YoY, QoQ) glued after pct. */
function pctBeforeChangeLabel(s: string, q: number, len: number): boolean {
  return len === 3 && (s.charCodeAt(q) | 32) === 112 /* p */ && /^(?:YoY|QoQ|yoy|qoq|MoM|mom)(?![A-Za-z0-9])/.test(s.slice(q + 3, q + 7)) && s.slice(q, q + 3).toLowerCase() === 'pct';
}

/** 分 at [.., end) is fen of an electricity price: per-kWh wording next to it, and no word it starts (分别, 分布). */
function fenPrice(s: string, start: number, end: number): boolean {
  if (PER_KWH_AFTER.test(s.slice(end, end + 8))) return true;
  const next = s.charCodeAt(end);
  const perKwhBefore = PER_KWH_BEFORE.test(s.slice(Math.max(0, start - 14), start));
  // (每千瓦小時21.56分調高到22.15分: a verb of change after the price.)
  // (每股8分的中期股息: 的 after a payout's 分 too.)
  if (isCJK(next) && next !== 0x94b1 /* 钱 */ && next !== 0x591a /* 多 */ && !s.startsWith('左右', end) && !(perKwhBefore && '调升降涨跌增减提的'.includes(s[end]))) return false;
  if (perKwhBefore) return true;
  // "DPS为2.41分，去年同期为2.44分": the year-ago payout in the same sentence.
  return s.charCodeAt(start - 1) !== 0x5206 && PAYOUT_FEN_BEFORE.test(s.slice(Math.max(0, start - 50), start));
}
const PAYOUT_FEN_BEFORE = new RegExp(`(?:${PAYOUT_WORDS})[^。；;！？!?\\n]{0,30}\\d分[^。；;！？!?\\n]{0,12}$`);

/** Compute wording for 匹 (P) in Hong Kong copy: 算力, 运算 (運算), 超算, 智算, AI. */
const COMPUTE_CLAUSE = /算力|运算|超算|智算|AI/;
const CLAUSE_BREAKS = '，。；！？,;!?\n\r';
/** The clause around [from, to): up to 24 characters each way, stopping at clause punctuation. */
function clauseAround(s: string, from: number, to: number): string {
  const b = stretchBack(s, from, 24, CLAUSE_BREAKS);
  let e = to;
  while (e < s.length && e - to < 24 && !CLAUSE_BREAKS.includes(s[e])) e++;
  return s.slice(b, e);
}

/** A lettered ticker with its exchange suffix at i (BABA.N, TCEHY.US); 0 if none. */
/** The end of a run of 1 to `max` capitals at i, not followed by a letter or digit; 0 if none. */
function lettersEnd(s: string, i: number, max: number): number {
  let k = i;
  while (isUpper(s.charCodeAt(k)) && k - i <= max) k++;
  return k > i && k - i <= max && !isAlnum(s.charCodeAt(k)) ? k : 0;
}

function tickerEnd(s: string, i: number): number {
  let k = i;
  while (isUpper(s.charCodeAt(k)) && k - i <= 5) k++;
  if (k === i || k - i > 5) return 0;
  const e = exchangeSuffixEnd(s, k);
  return e > k && !isAlnum(s.charCodeAt(e)) ? e : 0;
}

/**
 * Hong Kong counters of two or three digits (腾讯(700), 港交所(388), 恒基(12), 電訊盈科(008)): such a bracket
 * after a Chinese name, with no unit after it, is a code. One digit stays a footnote, unless a share class
 * names the listing (長和-X(1)); 产能(120)万吨 is a figure.
 */
function shortStockCodeEnd(s: string, i: number): number {
  let d = i;
  while (isDigit(s.charCodeAt(d))) d++;
  const classed = shareClassBefore(s, i - 1);
  if (d - i > 3 || d - i < (classed ? 1 : 2)) return 0;
  const close = s.charCodeAt(d);
  if (close !== 41 && close !== 0xff09) return 0;
  if (!isCJK(s.charCodeAt(i - 2)) && !classed) return 0;
  const after = s.charCodeAt(d + 1);
  if (isDigit(after) || (isCJK(after) && UNIT_AFTER_CODE.includes(s[d + 1]))) return 0;
  if (after === 0x65e5 /* 日 */ && (DAY_WORD_FIRST.includes(s[i - 2]) || weekdayEndsAt(s, i - 1) || dayWordEndsAt(s, i - 1))) return 0; // 今(15)日, 上週四（27）日: a day
  if (after === 0x5929 /* 天 */ && s[i - 2] === '今') return 0; // 今(8)天: a day
  if (after === 0x5e74 /* 年 */ && YEAR_WORD_FIRST.includes(s[i - 2])) return 0; // 去(109)年: a Minguo year
  return d + 1;
}
/**
 * Hong Kong share classes after a stock's name: -SW, -W (weighted voting), -S, -B (biotech), -SB, -R (RMB counter), -U;
 * and Taiwan's -KY (a foreign-registered listing: 眾達-KY（4977）).
 */
const SHARE_CLASSES = ['SW', 'SB', 'KY', 'W', 'S', 'B', 'R', 'U'];
/**
 * A Chinese name with a Hong Kong share-class suffix ends right before the bracket at `open`
 * (萬國數據-SW(09698), 美团-W(3690), 百济神州-B): the bracketed number is its counter.
 */
function shareClassBefore(s: string, open: number): boolean {
  for (const c of SHARE_CLASSES) {
    const h = open - c.length - 1;
    const dash = s.charCodeAt(h);
    if ((dash === 45 || dash === 0xff0d) && s.startsWith(c, h + 1) && isCJK(s.charCodeAt(h - 1))) return true;
  }
  return false;
}
/** A known noun at `end`, after 卡 (8卡服务器, 8卡H100服务器: the cards in each server). */
function nounAfterCards(s: string, end: number): boolean {
  // 8卡H100服务器: a model name between.
  let k = end;
  while (k - end < 10 && isAlnum(s.charCodeAt(k))) k++;
  return !!zhNounAt(s, k);
}
/** End of "8卡" at `p` when a known noun follows (12台8卡服务器: the 12 counts servers), or 0. */
function cardsPerUnitEnd(s: string, p: number): number {
  let k = p;
  while (isDigit(s.charCodeAt(k))) k++;
  return k - p <= 2 && s.charCodeAt(k) === 0x5361 /* 卡 */ && nounAfterCards(s, k + 1) ? k + 1 : 0;
}
/** First characters of words ending in 前 (目前, 此前, 之前, 提前, 以前, 当前, 日前, 空前, 先前, 向前). */
const WORDS_ENDING_IN_QIAN = '目此之提以当日空先向眼事史从';
/** Words after which 以 is the preposition "by", not the start of 以前 (若以, 如以, 按以, 仅以). */
const PREPOSITION_YI_AFTER = '若如按依则則仅僅单單';
/** Characters before 前 that leave 前N个月 the first N months of the year: 在前5个月, 截至前5个月, 于前三个月. */
const BEFORE_FIRST_MONTHS = '在至止于';
/** A running total over the first N months: 累计前11月营收, 合计前5个月. */
const SUM_BEFORE_FIRST_MONTHS = /^(?:累[计計]|合[计計]|共[计計])$/;
/**
 * 前N个月 at i after a word (上市前两个月, 大选前5个月) is N months before that thing, a duration; only at the
 * start of a clause (or after 在, 截至, 于, 累计) is it the first N months of the year. Years before it are read elsewhere.
 */
function monthsBeforeSomething(s: string, i: number, part: PartDef | undefined): boolean {
  return part?.label[0] === 'M' && isCJK(s.charCodeAt(i - 1)) && !BEFORE_FIRST_MONTHS.includes(s[i - 1]) && !SUM_BEFORE_FIRST_MONTHS.test(s.slice(Math.max(0, i - 2), i)) && !monthThenFirstMonths(s, i);
}
/** 公布7月及前七月營收: a month, a joiner, then 前N月 (the month and the year's months up to it). */
function monthThenFirstMonths(s: string, i: number): boolean {
  return '及和与、'.includes(s[i - 1]) && s.charCodeAt(i - 2) === 0x6708 /* 月 */ && (isDigit(s.charCodeAt(i - 3)) || isZhNumChar(s.charCodeAt(i - 3)));
}
/** A weekday (周四, 週日, 周天) ends right before `at`: Taiwan copy brackets the day after it too (上週四（27）日). */
function weekdayEndsAt(s: string, at: number): boolean {
  return '一二三四五六日天'.includes(s[at - 1] ?? '_') && '周週'.includes(s[at - 2] ?? '_');
}

/** 今天, 昨天, 明天 end right before `at`: the whole word before the bracketed day (小編今天（11）日精選). */
function dayWordEndsAt(s: string, at: number): boolean {
  return (s[at - 1] === '天') && '今昨明'.includes(s[at - 2] ?? '_');
}

/** First characters of 今日, 昨日, 明日, 前日, 本日, 同日, 翌日, 隔日: Taiwan copy brackets the day between (今（15）日). */
const DAY_WORD_FIRST = '今昨明前本同翌隔';
/** First characters of 今年, 明年, 去年 … around a bracketed year (今(2025)年, 去(109)年). */
const YEAR_WORD_FIRST = '今明去前同隔翌本';
/** Scale words and classifiers that make a bracketed number a figure: 产能(120)万吨, 员工(700)人. */
const UNIT_AFTER_CODE = '万亿千百元人名个台颗枚家座套块张次倍';

/**
 * "three quarters", "nine months", "11 months" at q, after "first": the months from the start of a
 * year (1–3 quarters, 2–11 months), and where the words end. Null otherwise.
 */
/** "three months", "two quarters" at q after last or final: the closing months of the year (Q4 for three months). */
function trailingPartEnd(s: string, q: number): { part: PartDef; end: number } | null {
  const lead = leadingPartEnd(s, q);
  if (!lead) return null;
  const n = lead.part.toMonth;
  const quarters = lead.part.label.startsWith('Q');
  const label = quarters ? `Q${5 - n / 3}-Q4` : n === 3 ? 'Q4' : n === 6 ? 'H2' : `M${13 - n}-M12`;
  return { part: { fromMonth: 13 - n, toMonth: 12, label }, end: lead.end };
}

function leadingPartEnd(s: string, q: number): { part: PartDef; end: number } | null {
  let e = q;
  while (isDigit(s.charCodeAt(e))) e++;
  const n = e > q ? (e - q <= 2 ? +s.slice(q, e) : 0) : (EN_SMALL.get(s.slice(q, (e = wordEnd(s, q))).toLowerCase()) ?? 0);
  if (n < 2) return null;
  const r = skipSp(s, e);
  if (r === e) return null;
  const end = wordEnd(s, r);
  const w = s.slice(r, end).toLowerCase();
  if (w === 'quarters' && n <= 3) return { part: { fromMonth: 1, toMonth: 3 * n, label: `Q1-Q${n}` }, end };
  if (w === 'months' && n <= 11) return { part: { fromMonth: 1, toMonth: n, label: `M1-M${n}` }, end };
  return null;
}

/** 半年度 after a year is the half-year reporting period: the first half (2025年半年度 = H1 2025). */
const HALF_YEAR_REPORT: PartDef = { fromMonth: 1, toMonth: 6, label: 'H1' };
/** What may follow 年中 meaning mid-year: 以来, 起, 前, 后, 完工, 将, 时, the clause's end, a bracket (明年中(6月或7月)) (not 国, 央, 心, 资, nor 期: 2025年中期业绩 is the year's interim results). */
const MID_YEAR_AFTER = '以起前后完竣将时旬到至左的，,。；;、量投推上交在开(（';
/** 中 at p after a year's 年 means mid-year: before MID_YEAR_AFTER or a verb (2025年中宣布, 年中启动; not 年中国, 年中央). */
function midYearAt(s: string, p: number): boolean {
  // (最快2029年中可重啟: a modal between.)
  return s.charCodeAt(p) === 0x4e2d /* 中 */ && (MID_YEAR_AFTER.includes(s[p + 1] ?? '。') || MID_YEAR_VERBS.includes(s.slice(p + 1, p + 3)) || ('可將能會会'.includes(s[p + 1] ?? '。') && MID_YEAR_VERBS.includes(s.slice(p + 2, p + 4))) || (REACHES_ALONE.includes(s[p + 1] ?? '。') && /^ ?\d/.test(s.slice(p + 2, p + 4))));
}
/** 达 alone after 年中 before a number: mid-year it reaches (2024 年中达 1.6 万片). */
const REACHES_ALONE = '达達';
/** Two-character verbs that may follow 年中 (mid-year): 宣布, 启动, 实现 … (中宣部, 中发 are words of their own). */
const MID_YEAR_VERBS = ['宣布', '宣佈', '启动', '啟動', '实现', '實現', '签署', '簽署', '正式', '发布', '發布', '发表', '發表', '重新', '重启', '重啟', '恢复', '恢復', '投产', '投產', '量产', '量產', '上线', '上線', '推出', '落成', '竣工', '启用', '啟用', '运转', '運轉', '营运', '營運', '运营', '運營',
  // (2025 年中突破30万亿: a level passed or reached by mid-year.)
  '突破', '达到', '達到', '超过', '超過', '完成', '开始', '開始', '交付'];
/** Acronyms of financial products a Chinese noun before them may modify (两只数据中心 REIT). */
const ACRONYM_HEADS = new Set(['REIT', 'ETF', 'LOF', 'FOF', 'QDII', 'ABS']);
/** The day, or the days of a range, after 元月 (January): 12日, 12日至16日. */
const FIRST_MONTH_DAYS = /^(\d{1,2})日(?:[至到~～-](\d{1,2})日)?/;
/** How many capitals end right before p (the CRU of CRU/2025236). */
function upperRunBefore(s: string, p: number): number {
  let k = p;
  while (k > 0 && isUpper(s.charCodeAt(k - 1))) k--;
  return p - k;
}
/** Tens, hundreds or thousands written with digits before "of" (10s of, 100s of, 1000s of). */
const DIGIT_VAGUE_PLURAL = /^(10s|100s|1000s|1,000s) of /i;
/** A month and a day joined by a point, closing a bracket: 11.18). */
const BRACKET_DOTTED_DAY = /^(\d{1,2})\.\d{1,2}[)）]/;
/** A standard's name and number before the colon or hyphen of its edition year (ISO 37001:, GB/T 22239-). */
const STANDARD_NUMBER_BEFORE = /(?<![A-Za-z])(?:ISO(?:\/IEC)?|IEC|GB\/T|GB|EN|BS|ANSI|TIA|IEEE) ?\d{2,6}(?:-\d{1,3})?$/;
/** The digits of a model code after capitals and a slash (SSA/800-10W). */
const SLASH_MODEL_CODE = /^\d+-\d+[A-Z]+(?![\w.-])/;
/** Square feet right after a scale letter: "28M SF", "3M sq ft". */
const SQUARE_FEET_AFTER = /^ ?(?:SF|sq\.? ?ft|square f(?:ee|oo)t)\b/;
/** The second characters of words 强 starts (强调, 强化, 强度 …): N强 is no ranking before them. */
const RANKING_WORD_SECOND = '调調化度烈大劲勁制迫势勢硬项項';

/**
 * A quarter or half of the year at p, right after a year: 前三季度, 上半年, 一季度, 第三季 (not 初, 底, 年中:
 * those need 年), or the half-year reporting period 半年度 — not where it names the report (2025年半年度报告,
 * 半年度财报, 半年度业绩预告, like 2024年半年报 and 2024年度报告: the year). Null if none.
 */
function yearPartAt(s: string, p: number): { part: PartDef; end: number } | null {
  const part = ZH_PARTS.match(s, p);
  if (part && (part.value.label[0] === 'Q' || part.value.label[0] === 'H' || part.value.label[0] === 'M')) return { part: part.value, end: p + part.len };
  if (s.charCodeAt(p) !== 0x534a /* 半 */ || s.charCodeAt(p + 1) !== 0x5e74 /* 年 */ || s.charCodeAt(p + 2) !== 0x5ea6 /* 度 */) return null;
  const after = s.charCodeAt(p + 3) === 0x8d22 /* 财 */ ? s.charCodeAt(p + 4) : s.charCodeAt(p + 3);
  return after === 0x62a5 /* 报 */ || HALF_YEAR_DOCUMENT.test(s.slice(p + 3, p + 10)) ? null : { part: HALF_YEAR_REPORT, end: p + 3 };
}

/** Documents about the half year's results, named like the report (2025年半年度业绩预告, 半年度财务报告: the year). */
const HALF_YEAR_DOCUMENT = /^(?:(?:业绩|業績)(?:(?:修正)?(?:预告|預告)|快报|快報|公告|说明会|說明會)|财务报)/;

/**
 * 股票代码：, 證券代號: (and a postal code's 邮政编码:), and a market's one-character name in a listing bracket ("(TSMC,台:2330)", "(港:0700)"); a
 * label that names stock needs no colon and may quote the code (股份代号「9698」, 股票代码600519); so does a portal's
 * quote link in brackets after a company (广发证券(行情000776,诊股)), and an exchange's Latin prefix ((SS:688256), (HK:9888),
 * and after a comma inside the bracket: (下称“黑芝麻智能”,HK:02533)).
 */
/** An exchange's Chinese name and a colon right before a listing code. */
const EXCHANGE_COLON_BEFORE = /(?:交易所|港交所|联交所|上交所|深交所|纳斯达克|纽交所)\s?[:：]\s?$/;
const CODE_LABEL = /(?:邮政编码|郵政編碼|郵遞區號|邮编|郵編)\s*[:：]?\s*$|[(（]代[码碼]\s*$|(?:(?:股票|证券|證券)?代[码碼号號]|[(（,，][台港沪滬深市櫃柜日美韩韓][股]?)\s*[:：]\s*$|(?:股票|证券|證券|股份)代[码碼号號](?:为|為|是)?\s*[「『“"]?\s*$|代[码碼号號]\s*[「『“"]\s*$|[(（]\s*行情\s*$|[(（](?:SS|SZ|SH|SHA|SHE|HK|HKG|HKEX|TPE|TWSE|KRX|KS|KOSDAQ|KOSPI|TYO|TOKYO|TSE|T)\s?[:：]\s?$|[,，](?:SS|SZ|SH|SHA|SHE|HK|HKG|HKEX|TPE|TWSE|KRX|KS|KOSDAQ|KOSPI|TYO|TOKYO|TSE)\s?[:：]\s?$|[(（](?:SZ|SH|SS|HK|SHA|SHE)\s$/;

/** 至今年, 到明年: a range's second side that writes its relative year again (去年10月14日至今年3月11日). */
const LATER_RELATIVE_YEAR = /^(?:至|到|[-–~～])(?:今年|明年|本年)/;

/** A label that names stock before a code of fewer than four digits (股份代號:992, 股票代码：700). */
const SHORT_CODE_LABEL = /(?:股票|证券|證券|股份)代[码碼号號]\s*(?:[:：]|为|為|是)?\s*[「『“"]?\s*$/;

/** A Tokyo Stock Exchange label in a bracket before a code. */
const TOKYO_LABEL = /[(（](?:TYO|TOKYO|TSE|T)\s?[:：]\s?$/;

/** The end of a stock code at i that a label or a dotted exchange suffix names as one; 0 if none. */
function labelledCodeEnd(s: string, i: number): number {
  let d = i;
  while (isDigit(s.charCodeAt(d)) && d - i <= 8) d++;
  // (TOKYO: 285A): Tokyo's newer codes are three digits and a capital.
  if (d - i === 3 && isUpper(s.charCodeAt(d)) && !isAlnum(s.charCodeAt(d + 1)) && TOKYO_LABEL.test(s.slice(Math.max(0, i - 8), i))) return d + 1;
  // 股份代號:992: Hong Kong writes its codes without their leading zeros too; after a label naming stock, any length.
  if (d - i < 4 && d > i && !isDigit(s.charCodeAt(i - 1)) && !isDigit(s.charCodeAt(d)) && s.charCodeAt(d) !== 46 && !ZH_UNITS.match(s, d) && !ZH_SCALES.match(s, d) && SHORT_CODE_LABEL.test(s.slice(Math.max(0, i - 8), i))) return d;
  if (d - i < 4 || d - i > 8 || isDigit(s.charCodeAt(i - 1))) return 0;
  const e = exchangeSuffixEnd(s, d);
  if (e > d && s.charCodeAt(d) === 46 /* . */ && !isAlnum(s.charCodeAt(e))) return e;
  // 万得AI算力概念指数(8841678.WI): seven or eight digits only with a dotted suffix (Wind's index codes).
  if (d - i > 6) return 0;
  // After a label, a unit or 年 still makes a figure (代号：2025年计划); other Chinese words may follow the code
  // (股份代號06960 上市日期: the typeset space is read out).
  const end = Math.max(d, e);
  const after = s.charCodeAt(end);
  // (股票代码:300990股票简称: the next label's 股票 is no unit of shares.)
  if ((!isCJK(after) || (after !== 0x5e74 /* 年 */ && ((!ZH_UNITS.match(s, end) && !ZH_SCALES.match(s, end)) || s.startsWith('股票', end)))) && !isLatin(after) && CODE_LABEL.test(s.slice(Math.max(0, i - 8), i))) return end;
  // 以“2513”为股票代码: the label after the code (most numbers, years among them, have neither 为, 作 nor a quote after).
  const next = s.charCodeAt(d);
  return d - i <= 6 && (next === 0x4e3a /* 为 */ || next === 0x4f5c /* 作 */ || next === 0x201d || next === 34 || next === 0x300d || next === 0x300f) && CODE_LABEL_AFTER.test(s.slice(d, d + 9)) ? d : 0;
}
/** A stock-code label after its code: 为股票代码, 作為股份代號 (the code maybe quoted). */
const CODE_LABEL_AFTER = /^[”"」』]?\s*(?:作为|作為|为|為)(?:股票|证券|證券|股份)代[码碼号號]/;

/**
 * A Bursa Malaysia code at i in a listing bracket (ticker, four digits, board), or a six-digit A-share code after
 * a short name closing its bracket (工业富联,601138); its end, or 0.
 */
function bursaCodeEnd(s: string, i: number): number {
  let d = i;
  while (isDigit(s.charCodeAt(d)) && d - i < 7) d++;
  // 富士康工业互联网股份有限公司(工业富联,601138): a short name and the six-digit A-share code close the bracket.
  if (d - i === 6 && '03468'.includes(s[i]) && (s.charCodeAt(d) === 41 || s.charCodeAt(d) === 0xff09) && /[(（][\u4e00-\u9fffA-Za-z]{2,8}[,，]\s*$/.test(s.slice(Math.max(0, i - 12), i))) return d + 1;
  // 群兴玩具(002575,SZ): the six-digit code first in its bracket, then its exchange after a comma.
  if (d - i === 6 && '03468'.includes(s[i]) && (s.charCodeAt(i - 1) === 40 || s.charCodeAt(i - 1) === 0xff08)) {
    const m = /^[,，]\s*(?:SZ|SH|SS|BJ)[)）]/.exec(s.slice(d, d + 7));
    if (m) return d + m[0].length;
  }
  if (d - i !== 4 || !/^[,，]\s*(?:主板|主要板|创业板|創業板|ACE|LEAP)/.test(s.slice(d, d + 8))) return 0;
  return /[(（][A-Z][A-Z0-9&.-]{0,11}[,，]\s*$/.test(s.slice(Math.max(0, i - 16), i)) ? d : 0;
}

/** The end of a stock code at i: 4–6 digits and an optional exchange suffix (.HK, .SH, .T); 0 if none. */
function codeEnd(s: string, i: number): number {
  let k = i;
  while (isDigit(s.charCodeAt(k)) && k - i <= 6) k++;
  if (k - i < 4 || k - i > 6) return 0;
  return exchangeSuffixEnd(s, k);
}

/**
 * 3号机, 2号线, 1号楼: a number before 号 names a thing (an ordinal label, as 第三 is), and so does
 * each number of a list ending in one (兴达2、3号机). The end after 号, or 0. After a month 号 is a
 * day (3月5号), read before this.
 */
function numberLabelEnd(s: string, i: number): number {
  let k = i;
  for (let items = 0; items < 6; items++) {
    while (isDigit(s.charCodeAt(k))) k++;
    const c = s.charCodeAt(k);
    if (c === 0x53f7 /* 号 */) return k + 1;
    // 軟橋段88地號: a land-lot number.
    if (c === 0x5730 /* 地 */ && (s.charCodeAt(k + 1) === 0x53f7 || s.charCodeAt(k + 1) === 0x865f)) return k + 2;
    // 1-3、5-10號單位, 大圓街2至10號: ranges of numbers in the list too.
    if ((c === 45 || c === 0x2013 || c === 126 || c === 0x81f3 /* 至 */) && isDigit(s.charCodeAt(k + 1))) { k++; continue; }
    if ((c !== 0x3001 /* 、 */ && c !== 44) || !isDigit(s.charCodeAt(k + 1))) return 0;
    k++;
  }
  return 0;
}

/**
 * 10-K, 10-Q, 8-K, 20-F, 6-K, 40-F, 11-K (and 10-K/A, 10-KT): the names of US securities filings, which
 * earnings copy cites by number; no figure. The end of the name at i, or 0.
 */
const SEC_FORM = /(?:10-[KQ]|8-K|6-K|11-K|20-F|40-F)(?:T|\/A)?(?![A-Za-z0-9])/y;
function secFormEnd(s: string, i: number): number {
  // Every form has a hyphen after its one or two digits: most numbers stop here, without a regex.
  if ((s.charCodeAt(i + 1) !== 45 && s.charCodeAt(i + 2) !== 45) || isAlnum(s.charCodeAt(i - 1)) || s.charCodeAt(i - 1) === 45) return 0;
  SEC_FORM.lastIndex = i;
  return SEC_FORM.test(s) ? SEC_FORM.lastIndex : 0;
}

/** An edition's word after a version number (Seedream 5.0 Lite, Qwen 3.0 Max). */
const EDITION_AFTER_VERSION = /^ (?:Lite|Pro|Max|Plus|Ultra|Mini|Turbo|Flash|Air)(?![A-Za-z0-9])/;

/** " quarter said", " third say": a fraction word, then a verb of which it is the subject. */
const SHARE_SUBJECT_AFTER = /^ ((quarter|third|fifth|tenth)) (?:said|say|says|reported|report|expect|expects|expected|believe|believes|believed|think|thinks|thought|plan|plans|planned)\b/i;
const FRACTION_WORDS: Record<string, number> = { quarter: 4, third: 3, fifth: 5, tenth: 10 };
/** Prepositions that make "one quarter" a length of time ("in one quarter, said analysts"). */
const TIME_PREPOSITIONS_BEFORE_SHARE = new Set(['in', 'for', 'over', 'within', 'during', 'after', 'of', 'last', 'next', 'per']);

/** After "times": a period that makes it how often ("several times a week", "times per day"). */
const FREQUENCY_AFTER_TIMES = /^ (?:a|per|each|every) (?:second|minute|hour|day|week|month|year|quarter)\b/i;

/** Two to five capitalised words (the name; the last no plural, which would be what is counted), then a lower-case word or a number. */
/** Words of an old level between 从 and it: 原先的, 原来的, 此前的, 之前的. */
const OLD_LEVEL_WORD_BEFORE = /(?:原先|原来|原來|此前|之前|先前|早前)的?$/;
/** A model code with a digit, then a lower-case plural after up to three modifiers: " 7HA.02 hydrogen-enabled, gas-fired turbines". */
const MODEL_CODE_THEN_PLURAL = /^ (?=[\w.-]*[A-Za-z])[A-Za-z]*\d[\w.-]*(?: [a-z][a-z-]*,?){0,3} [a-z]{2,}[^s\W]s\b/;
const CAPITALISED_NAME_THEN_LOWER = /^([A-Z][A-Za-z]*(?:['’]s)?(?: [A-Z][A-Za-z0-9]*(?:['’]s)?){0,3} [A-Z][A-Za-z0-9]*(?:[^s\W]|['’]s)) [a-z0-9]/;

/** Words before "from" that make what follows a range, not a change. */
const RANGE_FROM_BEFORE = /\b(?:range[sd]?|ranging|anywhere|vary|varies|varying|varied) from $/i;

/** Acronyms of ratios whose value follows them (PUE 1.15), lower-cased as prevWord gives them. */
const METRIC_ACRONYMS = new Set(['pue', 'wue', 'cue', 'ere', 'dcie']);
/** Signs that open a list item: ▲1、, ■2. */
const LIST_BULLETS = '▲△■□●○◆◇★☆►▶•';
/** After a quoted name's digits: Chinese words, then the closing quote (“111極速賠”). */
const QUOTED_NAME_AFTER = /^[\u3400-\u9fff]{2,6}[”」]/;
/** An opening quote and two to six Chinese characters right before digits (「宏泰168」; “双11” is a date). */
// (《哪吒2》: a title's sequel number too.)
const QUOTED_NAME_BEFORE = /[「“"《][\u3400-\u9fff]{2,6}$/;

/** A capital glued after digits, then a firm's word: "3W Fund Management", "5Y Capital". */
const GLUED_FIRM_NAME = /^[A-Z] (?:Fund|Capital|Partners|Ventures|Management|Holdings|Group|Investments?|Technologies|Technology|Robotics|Labs|Systems|Semiconductor|Energy)(?![A-Za-z])/;
/** Digits, a space and the capitalised word that closes many firms' names (451 Research, 1789 Capital). */
const FIRM_NAME_AFTER_DIGITS = /^\d{2,} (?:Research|Capital|Partners|Ventures|Labs|Holdings|Securities|Advisors|Analytics|Insights)(?![A-Za-z])/;

/** Numbers of one or two digits joined by plus signs, then a closing quote: “5+1”, “1+N” is read elsewhere. */
// (“24+”模式: a number and a trailing plus filling the quotes before a word of scheme names a billing model too.)
const QUOTED_PLUS_LABEL = /^\d{1,2}(?:(?:\+\d{1,2})+[”"」]|\+[”"」](?=模式|计划|計劃|战略|戰略|方案|工程|体系|體系))/;

/** A currency sign, an amount in brackets, maybe a scale word after the bracket: "$(8.718) billion". */
const BRACKETED_AMOUNT = /^.\((\d{1,3}(?:,\d{3})*(?:\.\d+)?)\)(?: (billion|million|thousand|trillion)(?![A-Za-z])|(bn|mn|tn|[KMBT])(?![A-Za-z]))?/;
/** "the fee would be “$25%”": a dollar sign glued to a percent is a slip of the keyboard; the percent is read. */
function strayDollarBeforePercent(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 36 || isAlnum(s.charCodeAt(i - 1))) return false;
  let k = i + 1;
  while (isDigit(s.charCodeAt(k))) k++;
  if (k === i + 1) return false;
  if (s.charCodeAt(k) === 46 && isDigit(s.charCodeAt(k + 1))) for (k++; isDigit(s.charCodeAt(k)); k++);
  // ("“$25 per cent will be paid”": the percent spelled out after a space.)
  return (s.charCodeAt(k) === 37 && !isAlnum(s.charCodeAt(k + 1))) || /^ per ?cent\b/i.test(s.slice(k, k + 10));
}
/** Scale letters glued to the closing bracket of an accounting amount ($(155)M). */
const BRACKET_SCALE_LETTERS: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12, mn: 1e6, bn: 1e9, tn: 1e12 };
/** " to $200 million", " to an estimated $500 million" after "from zero": the currency of the level reached. */
const ZERO_TO_MONEY = /^ to (?:(?:an? )?(?:estimated|reported|roughly|about|around|nearly|almost|over|more than) )?([$€£])\d/;
/** 單位, 单位 after a unit's symbol: the unit is being defined (1個PFLOPS單位代表…), no amount. */
const UNIT_WORD_AFTER = /^[单單]位/;
/** 服务, 服務, 热线, 熱線 glued after a bare number: the number names a hotline. */
const HOTLINE_AFTER = /^(?:服[务務](?![器商])|[热熱][线線])/;
/** A Chinese product noun glued after a letter-and-digit code: 人形机器人, 机型, 芯片, 手机 (H1人形机器人 is a model). */
const PRODUCT_NOUN_AFTER_CODE = /^(?:人形|机器人|機器人|机型|機型|芯片|晶片|手机|手機)/;
/** Another model code (G1, R1; not a period's Q, H) listed after a bare code: "H1、G1", "H1 和 G1", "H1/G1". */
const MODEL_CODE_LISTED_AFTER = /^\s?(?:、|和|及|与|與|\/|,|，| and | or )\s?[A-GI-PR-Z]\d(?![\d.])/;
/** The same before it: "G1、H2". */
const MODEL_CODE_LISTED_BEFORE = /[A-GI-PR-Z]\d\s?(?:、|和|及|与|與|\/|,|，)\s?$/;
/** A robot maker named right before a bare code: "Unitree H1" (robots named H1, H2; "Apple Q3" stays a quarter). */
const BRAND_BEFORE_CODE = /(?:^|[^A-Za-z])(?:Unitree|UBTech|UBTECH|Fourier|Agility|Apptronik)\s$/;
/** "to two-thirds", "to three-quarters" after half: the upper share of a range. */
const HALF_TO_SHARE = /^to (two|three|four|five|six|seven|eight|nine)-(thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)(?![A-Za-z-])/i;
/** 上旬, 中旬, 下旬 after a quarter: its first, middle and last month. */
const QUARTER_TENTH = ['上旬', '中旬', '下旬'];
/** Prepositions before a bare "end YEAR" (by end 2029, at end 2025). */
const END_YEAR_LEADS = new Set(['by', 'at', 'until', 'till', 'before', 'from', 'to', 'since']);
/** A spaced Bloomberg market code after a stock's number, then a comma or bracket: "(1347 HK,", "0700 HK Equity". */
const BLOOMBERG_MARKET_AFTER = /^ (?:HK|CH|C1|C2|JP|JT|TT|KS)(?=[,，)）;；]| Equity\b)/;
/** After a colon tally: " in favor", " against" (41:16 in favor). */
const COLON_TALLY_AFTER = /^ (?:in favou?r|against\b)/i;
/** The spaceless token before `i` holds a web address's ? or / (a query string: "aspx?util="). */
function urlTokenBefore(s: string, i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k < 200 && !isGroupSpace(s.charCodeAt(k - 1)) && !isNewline(s.charCodeAt(k - 1))) k--;
  const token = s.slice(k, i);
  return token.includes('?') && (token.includes('/') || token.includes('.'));
}
/** Digits right before `i` that end a name glued to capital letters (GB200, H100): a model, not a numeral. */
function modelDigitsBefore(s: string, i: number): boolean {
  let k = i;
  while (k > 0 && isDigit(s.charCodeAt(k - 1))) k--;
  return k < i && isUpper(s.charCodeAt(k - 1));
}
/** A chip model and a list joiner right before a number: "H200和", "B200、". */
const MODEL_THEN_JOINER_BEFORE = /[A-Z]{1,4}\d{2,4}[A-Za-z]{0,3}(?:和|及|与|與|、|\/)$/;
/** A spaced English scale word (" billion"). */
const SCALE_WORD_AFTER = /^ (?:billion|million|trillion|thousand)\b/i;
/** " FY" after two-digit years (23-24 FY). */
const FY_AFTER_YEARS = /^ FY(?![A-Za-z0-9])/;
/** /27/28 after FY26: the later members of a slash list of fiscal years (two or more of them). */
const FY_SLASH_LIST = /^(?:\/\d{2}){2,}(?![\d\/])/;
const BRACKET_CURRENCIES: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

/** Words before the first side of a Chinese range closed by 之间 (介于20和30之间). */
const BETWEEN_ZH_BEFORE = /(?:介于|介乎|处于|位于|在)$/;

/** A second side with its percent sign or word: "95%", "15 percent". */
const PERCENT_SIDE_AFTER = /^\d[\d.,]*\s?(?:%|percent\b|per cent\b)/;

/** "/10/11" after a year: month and day. */
const SLASHED_MONTH_DAY = /^\/(\d{1,2})\/(\d{1,2})(?![\d/.])/;
/** What joins the two sides of a Chinese range of ordinals or periods: 至, 到, a hyphen, an en dash, a tilde (～ is width-folded). */
/** 第2季至第3季, 一季度到三季度: a later quarter (or half) after a range joiner at j ends one period with `part`. */
function partRange(s: string, part: PartDef, j: number): { end: number; value: PartDef } | null {
  const later = zhRangeJoiner(s.charCodeAt(j)) ? ZH_PARTS.match(s, j + 1) : null;
  if (!later || !(part.label[0] === 'Q' || part.label[0] === 'H') || later.value.label[0] !== part.label[0] || later.value.fromMonth <= part.fromMonth) return null;
  return { end: j + 1 + later.len, value: { fromMonth: part.fromMonth, toMonth: later.value.toMonth, label: `${part.label}-${later.value.label}` } };
}

/**
 * [i, end) is a name in capital and small letters, then one or two digits (Trainium3, Gaudi3; not a code in capitals
 * such as DDR4: "PC DDR4 and 28–33%"): a name's number glued to it.
 */
function gluedNameNumber(s: string, i: number, end: number): boolean {
  const letters = isDigit(s.charCodeAt(end - 2)) ? end - 2 : end - 1;
  if (letters - i < 3 || !isLatin(s.charCodeAt(letters - 1))) return false;
  let small = false;
  for (let k = i; k < letters; k++) {
    const c = s.charCodeAt(k);
    if (!isLatin(c)) return false;
    if (c >= 97) small = true;
  }
  return small;
}

/** 1-4 for a quarter's number written 一 to 四 or 1 to 4, else 0. */
function quarterNumber(c: number): number {
  const n = isDigit(c) ? c - 48 : ZH_DIGITS.get(c) ?? 0;
  return n >= 1 && n <= 4 ? n : 0;
}

/** 4h储能系统: a lower-case h glued to a small Arabic number between Chinese words (hours). */
function gluedHours(s: string, side: Side): boolean {
  return s.charCodeAt(side.end) === 104 /* h */ && side.src === 'ar' && !side.cur && side.scale === 1 && side.v !== null && side.v > 0 && side.v <= 24 && chineseAround(s, side.start - 1, side.end + 1);
}

/** A Chinese character or Chinese punctuation (or the text's edge) at both `before` and `after`. */
function chineseAround(s: string, before: number, after: number): boolean {
  const zh = (k: number) => k < 0 || k >= s.length || isCJK(s.charCodeAt(k)) || '，。、；：！？（）,'.includes(s[k]);
  return zh(before) && zh(after) && (isCJK(s.charCodeAt(before)) || isCJK(s.charCodeAt(after)));
}

function zhRangeJoiner(c: number): boolean {
  return c === 0x81f3 /* 至 */ || c === 0x5230 /* 到 */ || c === 45 || c === 0x2013 || c === 126;
}

/** A Taiwan fund's code in brackets: two leading zeros, two to four digits, maybe a letter ((0050), (00980A)). */
const TW_FUND_CODE = /^[(（]00\d{2,4}[A-Z]?[)）]/;
/** A district named with a numeral (五股区, 七堵区, 三重区, 三峡区, 八里区, 六甲区, 七股区). */
const NUMBERED_DISTRICT = /^[二三四五六七八九][股堵重峡里甲芝]区/;
/** A month after a time preposition, then "and"/"or" before another month ("in April and August"). */
const MONTH_AND_BEFORE = /\b(?:in|since|by|until|through|from|before|after|during|this|next|last|versus|vs\.?|compared to|compared with) (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:and|or) $/;
/** A time preposition right before "mid-year" without a year. */
const MID_YEAR_PREPOSITION = /\b(?:as of|by|at|until|till|since|through|from|before|after|in|around)\s+$/i;
/** The rest of a law's name after a title-cased word: " Act", " and Science Act". */
const LAW_NAME_AFTER = /^ (?:(?:and|&) )?(?:[A-Z][a-z]+ ){0,3}(?:Act|Law)\b/;
/** A valuation multiple's name glued after its "x" (25xPE, 12xEV/EBITDA). */
const VALUATION_AFTER_X = /^(?:PE|P\/E|PB|P\/B|PS|P\/S|EV)(?![a-z])/;
/** A slash list's member with a decimal point right before the slash at the end. */
const DECIMAL_MEMBER_BEFORE = /\d\.\d+\/$/;
/** "/2025" after day and month (or month and day). */
const DAY_MONTH_YEAR_TAIL = /^\/(\d{4})(?![\d/])/;

/** Words between "a"/"an" and a unit that keep it one of the unit ("an entire gigawatt", "a full terawatt-hour"). */
const UNIT_INTENSIFIERS = new Set(['full', 'whole', 'entire', 'single']);

/** A soft hedge before the second side of "between X and Y" ("between 20% and nearly 30%"). */
const EN_SOFT_SIDE = /^(?:nearly|almost|about|roughly|around|approximately) (?=[\d$€£])/i;
/** An English more-than hedge of a range's second side, right after "to" ("to well over a gigawatt"). */
const EN_MORE_THAN_SIDE = /^(?:well over|more than|over) /;
const EN_MORE_THAN_SIDE_BEFORE = / (?:to|and) (?:well over|more than|over) $/;

/** The length of 逾, 超 or 超过 at i, a range's second side hedged on its own (至逾37.5億元); 0 if none. */
function moreThanSideHedge(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 0x903e /* 逾 */) return 1;
  if (c !== 0x8d85 /* 超 */) return 0;
  return s.charCodeAt(i + 1) === 0x8fc7 /* 过 */ ? 2 : 1;
}

/** Whether a more-than hedge right after 至 or 到 ends at `start`. */
function moreThanSideHedgeBefore(s: string, start: number): boolean {
  for (const len of [1, 2]) {
    const c = s.charCodeAt(start - len - 1);
    if ((c === 0x81f3 || c === 0x5230) && moreThanSideHedge(s, start - len) === len) return true;
  }
  return false;
}

/** The end of a price's per-unit suffix at pos ("/MWh", " per share"), or 0. */
function perUnitSuffixEnd(s: string, pos: number): number {
  if (s.charCodeAt(pos) === 47 && isLatin(s.charCodeAt(pos + 1))) {
    const e = wordEnd(s, pos + 1);
    return e - pos <= 6 ? e : 0;
  }
  if (s.startsWith(' per ', pos) && isLatin(s.charCodeAt(pos + 5))) {
    const e = wordEnd(s, pos + 5);
    return e - pos <= 17 ? e : 0;
  }
  return 0;
}

/**
 * p is inside brackets that open right after Chinese text (毛利率7.00%(YoY 0.03pct,QoQ 0.50pct)), within 40 code
 * units on its line: English labels in Chinese copy. English prose after Chinese (英文稿中 exports rose 5.5 pct) is not.
 */
function inBracketAfterChinese(s: string, p: number): boolean {
  for (let k = p - 1; k >= 0 && k >= p - 40; k--) {
    const c = s.charCodeAt(k);
    if (c === 10 || c === 41 || c === 0xff09 || isCJK(c)) return false;
    if (c === 40 || c === 0xff08) return chineseBefore(s.charCodeAt(k - 1)) || s.charCodeAt(k - 1) === 37 || s.charCodeAt(k - 1) === 0xff05;
  }
  return false;
}

/** A Chinese character, or punctuation of Chinese copy (、，；：（ and the other CJK and full-width marks). */
function chineseBefore(c: number): boolean {
  return isCJK(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20);
}

/** The subunits of a currency written after it, by the currency's word, and their worth. */
const SUBUNITS: Record<string, [string, number][]> = {
  令吉: [['仙', 0.01]], 马币: [['仙', 0.01]], 港元: [['仙', 0.01]], 元: [['角', 0.1], ['分', 0.01]], 美元: [['美分', 0.01]],
};

/** "51仙" right after 4令吉: one or two digits and a subunit of the currency `unitText`, its worth and end. */
function subunitAfter(s: string, at: number, unitText: string): { value: number; end: number } | null {
  const subs = SUBUNITS[unitText];
  if (!subs) return null;
  let k = at;
  while (isDigit(s.charCodeAt(k)) && k - at < 2) k++;
  if (k === at || isDigit(s.charCodeAt(k))) return null;
  for (const [word, worth] of subs) {
    if (!s.startsWith(word, k)) continue;
    // 分 starts words of its own (5分钟, 分析).
    if (word === '分' && isCJK(s.charCodeAt(k + 1))) return null;
    return { value: +s.slice(at, k) * worth, end: k + word.length };
  }
  return null;
}

/**
 * The letter at e after the year v that makes it a sell-side year of estimates, forecasts or actuals
 * (2026E, 2027F, 2025A), with nothing glued after it. A only for 2010–2040: 2000A and 2500A are busway
 * ratings in amperes.
 */
function sellSideMark(s: string, e: number, v: number): boolean {
  const c = s.charCodeAt(e);
  return (c === 69 /* E */ || c === 70 /* F */ || (c === 65 /* A */ && v >= 2010 && v <= 2040)) && !isAlnum(s.charCodeAt(e + 1));
}

/** A sell-side letter at e, or a lower-case e of an estimate (3Q26e), ending its word. */
function estimateMarkAt(s: string, e: number, v: number): boolean {
  return sellSideMark(s, e, v) || (s.charCodeAt(e) === 101 /* e */ && !isAlnum(s.charCodeAt(e + 1)));
}

/** A four-digit year written as a sell-side year (sellSideMark). */
function sellSideYear(s: string, side: Side): boolean {
  return side.a!.intDigits === 4 && !side.a!.decimal && !side.a!.grouped && isYear(side.v!) && sellSideMark(s, side.end, side.v!);
}

/** The display resolutions written with K (4K, 8K; 11k机架 is racks). */
const DISPLAY_RESOLUTIONS = new Set([1, 2, 3, 4, 5, 6, 8, 10, 12, 16]);
/** Words a display resolution (4K, 8K) stands before. */
const RESOLUTION_AFTER = /^[\s-]?(?:video|videos|tv|tvs|display|displays|screen|screens|monitor|monitors|resolution|hdr|streaming|camera|cameras|footage|content|ultra hd|uhd)\b/i;

/** Time zones wire copy gives its clock in. */
// (AAP's "by 1542 AEDT": Australia's and New Zealand's zones too.)
const CLOCK_ZONE = /^(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT|CST|CDT|MST|MDT|JST|KST|HKT|SGT|IST|AEDT|AEST|ACDT|ACST|AWST|NZDT|NZST|SAST|WAT|EAT|MSK|GST)(?![A-Za-z])/;

/** A docket, case or file word and an opening bracket before its number. */
const DOCKET_WORD_BEFORE = /\b(?:[Dd]ockets?|[Cc]ases?|[Ff]ile|[Pp]roceeding) ?\($/;
/** The digits legal copy repeats in brackets after a number written out: twenty (20), five hundred (500). */
/** " million", " billion", " trillion" after an article that stands for one. */
const A_MAGNITUDE_AFTER = /^ (million|billion|trillion)\b/;
/** A dash alone between two percents (上调3%-38%): a range, never a change and the level it reached. */
const PERCENT_DASH_RANGE = /^\s*[-–~～]\s*$/;
/** A comma and a US state's postal code right before a ZIP code (", GA ", ", CA "). */
const US_ZIP_BEFORE = /[,，]\s?(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s$/;
/** A currency code or sign before "'000" in a table's unit label. */
const THOUSANDS_LABEL_BEFORE = /(?:RMB|USD|HKD|CNY|EUR|GBP|SGD|NTD|TWD|[A-Z]{0,2}\$|[€£¥])\s?$/;
/** A noun after a singular currency word that makes the word an adjective (dollar bond, euro deal, yen loan). */
const CURRENCY_ADJECTIVE_NOUN = /^[ -](?:bonds?|deals?|loans?|notes?|debt|offerings?|tranches?|issues?|issuance|facilit(?:y|ies)|financing|sales?|raise)\b/i;
/** A hedge between 翻(了) and its multiple (翻了近一倍). */
const DOUBLE_HEDGE = /^(?:将近|接近|近|约|大约|超过|逾|快)/;
const LEGAL_DIGITS_REPEAT = /^ \((\d{1,3}(?:,\d{3})*)\)/;
/** A data symbol followed by the noun it modifies (80個Gb波長: wavelengths of a gigabit each), not by a verb or hedge. */
function dataSymbolModifies(s: string, end: number): boolean {
  const c = s.charCodeAt(end);
  return isCJK(c) && !'约等相即为是的'.includes(s[end]);
}
/** A day and its year right after a month's name with no space between ("September30, 2025"). */
const GLUED_DAY_YEAR = /^\d{1,2}, (?:19|20)\d\d(?!\d)/;
/** A range's second clock hour after the first (-10, – 10:30, to 10, and 6), with the space before am or pm. */
const CLOCK_RANGE_AFTER = /^(?:[-–]| to | and )(\d{1,2})(?::\d\d)? ?/;

/** am, pm, a.m., p.m. (any case) at q. */
function amPmAt(s: string, q: number): boolean {
  const c0 = s.charCodeAt(q) | 32;
  if (c0 !== 97 && c0 !== 112) return false;
  const c1 = s.charCodeAt(q + 1);
  if ((c1 | 32) === 109 && !isLatin(s.charCodeAt(q + 2))) return true;
  return c1 === 46 && (s.charCodeAt(q + 2) | 32) === 109;
}

/** The end of an apostrophe and a year's two digits at p, one space before allowed (FY '26, FY’25, '26); 0 if none. */
function apostropheYearEnd(s: string, p: number): number {
  if (s.charCodeAt(p) === 32) p++;
  const c = s.charCodeAt(p);
  if (c !== 39 && c !== 0x2019 && c !== 0x2018) return 0;
  if (!isDigit(s.charCodeAt(p + 1)) || !isDigit(s.charCodeAt(p + 2))) return 0;
  const after = s.charCodeAt(p + 3);
  // (Not an opening quote before a multiple: "a '20-fold expansion'"; "that ’29-type period" is the year.)
  return isAlnum(after) || after === 37 /* % */ || after === 39 || after === 0x2019 || (after === 46 && isDigit(s.charCodeAt(p + 4))) || (after === 45 && /^-fold\b/i.test(s.slice(p + 3, p + 9))) ? 0 : p + 3;
}

/** The year of the two digits ending at end: '26 → 2026, '50 → 2050, '69 → 1969. */
function apostropheYear(s: string, end: number): number {
  const yy = +s.slice(end - 2, end);
  return yy <= 50 ? 2000 + yy : 1900 + yy;
}

const FISCAL_MARK = /fiscal|(?:\b|[\dQH])FY|财年|財年|财政年|財政年|财季|財季/i;

/** The end of a fiscal-year word at p (财年, 财政年度, 会计年度), or 0. */
function fiscalYearWordEnd(s: string, p: number): number {
  if (s.startsWith('财年', p)) return p + 2;
  if (s.startsWith('财政年度', p) || s.startsWith('会计年度', p)) return p + 4;
  // 2024财政年 (Malaysian copy).
  return s.startsWith('财政年', p) ? p + 3 : 0;
}

/** "FY2026-Q2" / "FY2025-H1" for a quarter or half of fiscal year `year`; undefined for other parts. */
function fiscalPart(year: number, part: PartDef): string | undefined {
  const span = part.toMonth - part.fromMonth;
  if (span === 2 && part.toMonth % 3 === 0) return `FY${year}-Q${part.toMonth / 3}`;
  if (span === 5 && part.toMonth % 6 === 0) return `FY${year}-H${part.toMonth / 6}`;
  return undefined;
}

/** The year of the digits after FY: two (FY25 → 2025) or four; null for any other length. */
function fiscalYear(digits: string): number | null {
  return digits.length === 2 ? 2000 + Number(digits) : digits.length === 4 ? Number(digits) : null;
}

/**
 * CAGR44%, YoY12%, YOY-8.73%, YoY8.87pct, EPS1.16元: a (signed) percent or an amount of 元 glued at p after a word of two or
 * more letters is a figure (a number with % or 元 is no name).
 */
function amountAfterAcronym(s: string, p: number): boolean {
  if (!isLatin(s.charCodeAt(p - 1)) || !isLatin(s.charCodeAt(p - 2))) return false;
  // "PUE1.3", "WUE0.2": a ratio's value glued to its acronym (a decimal, so no model number); each ends in E.
  if (s.charCodeAt(p - 1) === 69 /* E */ && METRIC_GLUED_BEFORE.test(s.slice(Math.max(0, p - 5), p)) && /^\d\.\d+(?![\d.A-Za-z])/.test(s.slice(p, p + 8))) return true;
  // (非GAAP54.8亿美元, EPS4.78美元: a currency word after the digits, or after their 万 or 亿, too.)
  // (YoY8.87pct: percentage points glued to the label, as after a space.)
  return /^[-+]?\d+(?:\.\d+)?[万亿萬億]?(?:[%元]|pcts?(?![A-Za-z])|美元|港元|港币|欧元|日元|英镑)/.test(s.slice(p, p + 14));
}
/** A ratio's acronym ending right before a glued value (PUE1.3), not inside a longer word. */
const METRIC_GLUED_BEFORE = /(?<![A-Za-z])(?:PUE|WUE|CUE|ERE|DCiE)$/;

/** A fiscal year glued at p ("FY25", "FY2026" of Q3FY25), ending at a word boundary; null otherwise. */
function gluedFiscalYearAt(s: string, p: number): { y: number; end: number } | null {
  if (!s.startsWith('FY', p)) return null;
  let z = p + 2;
  while (isDigit(s.charCodeAt(z))) z++;
  const y = fiscalYear(s.slice(p + 2, z));
  if (y === null || !isYear(y)) return null;
  // 4QFY19/20 (Singapore copy): a fiscal year split over two calendar years is named by the one it ends in, as FY20 is.
  const split = secondYearAfter(s, z, y);
  if (split && s.charCodeAt(z) === 47) return { y: split.year, end: split.end };
  if (!isAlnum(s.charCodeAt(z))) return { y, end: z };
  // "1QFY26E", "Q3FY25A" (a broker's table): the sell-side letter of an estimate or actuals glued after, in the span (as FY26E).
  return sellSideMark(s, z, y) ? { y, end: z + 1 } : null;
}

/** The quarter or half a code names: Q1–Q4, H1–H2 (null for anything else). */
function quarterOrHalf(letter: string | undefined, n: number): PartDef | null {
  if (letter === 'Q' && n >= 1 && n <= 4) return { fromMonth: 3 * n - 2, toMonth: 3 * n, label: `Q${n}` };
  if (letter === 'H' && (n === 1 || n === 2)) return { fromMonth: n === 1 ? 1 : 7, toMonth: n === 1 ? 6 : 12, label: `H${n}` };
  return null;
}

/** A quarter or half glued after a year, ending at a word boundary: the "Q4" of 2024Q4, FY25Q1. */
function gluedPartAt(s: string, p: number): PartDef | null {
  if (isAlnum(s.charCodeAt(p + 2))) return null;
  return quarterOrHalf(s[p], s.charCodeAt(p + 1) - 48);
}

/** A month or day number at p: one or two digits, or a short Chinese numeral (三, 十二, 二十三). */
function readMonthOrDay(s: string, p: number): { v: number; end: number } | null {
  if (isDigit(s.charCodeAt(p))) {
    let j = p;
    let v = 0;
    while (isDigit(s.charCodeAt(j)) && j - p < 2) v = v * 10 + s.charCodeAt(j++) - 48;
    return isDigit(s.charCodeAt(j)) ? null : { v, end: j };
  }
  if (isZhNumChar(s.charCodeAt(p))) {
    const z = readChinese(s, p);
    return z.end - p <= 3 ? { v: z.value, end: z.end } : null;
  }
  return null;
}

/** 末 or 底 right after a Chinese quarter or half-year word (季度末, 第三季底, 上半年末): the end of that period. */
function quarterEndAt(s: string, end: number): boolean {
  const c = s.charCodeAt(end);
  const prev = s.charCodeAt(end - 1);
  return (c === 0x672b /* 末 */ || c === 0x5e95 /* 底 */) && (prev === 0x5b63 /* 季 */ || prev === 0x5ea6 /* 度 */ || prev === 0x5e74 /* 年 (上半年末) */);
}

/** Where the bracket opens that a code at `i` fills, or -1: right before it, or one space before (台積電 ( 2330-TW ), as Taiwan wire copy pads them). */
function openBracketBefore(s: string, i: number): number {
  const at = s.charCodeAt(i - 1) === 32 ? i - 2 : i - 1;
  const c = s.charCodeAt(at);
  return c === 40 || c === 0xff08 ? at : -1;
}

/** Words before "over" + a duration that make it more than the duration: "is over 25 years", "for over a decade". */
// ("We're over 18 months ahead", "It's over a year": the copula contracted.)
const OVER_MORE_AFTER = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 're', 's', 'm', 'for', 'in', 'after', 'of', 'since', 'take', 'took', 'taken', 'takes', 'taking', 'lasted', 'lasts',
  // "compared to over 20 weeks at the peak", "extended to over 10 years": a comparison's or a change's level.
  'to', 'with', 'than']);

/** What may follow a bare second side of a 百分之 range: 的, 之间, 不等, 左右, 以上, punctuation. */
const BARE_PERCENT_FOLLOWERS = '的之间間不左上以或和与與及';

/** What joins the two ends of a range of months or days: - – — ~ ～ 至 到. */
function isDateDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 126 || c === 0xff5e || c === 0x81f3 || c === 0x5230;
}

/** 日 or 号 after a day of the month. */
function isDayWord(c: number): boolean {
  return c === 0x65e5 || c === 0x53f7;
}

/** The offset after the last non-space character before `q` (at most two spaces back). */
function skipBackSp(s: string, q: number): number {
  let k = q;
  while (k > 0 && q - k < 2 && isGroupSpace(s.charCodeAt(k - 1))) k--;
  return k;
}

/** End of the one or two digits after a hyphen or en dash at p, with nothing glued after them; 0 if none. */
function dayAfterDash(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c !== 45 && c !== 0x2013) return 0;
  let k = p + 1;
  while (isDigit(s.charCodeAt(k)) && k - p <= 2) k++;
  return k > p + 1 && k - p <= 3 && !isAlnum(s.charCodeAt(k)) && !(s.charCodeAt(k) === 46 && isDigit(s.charCodeAt(k + 1))) ? k : 0;
}

/** Start of the word that ends at `end` (letters and digits: "campus", "H100s"). */
function wordStartBefore(s: string, end: number): number {
  let b = end;
  while (b > 0 && isAlnum(s.charCodeAt(b - 1))) b--;
  return b;
}

/** The Latin word ending at `e` holds a hyphen ("data-center"); looks back 30 characters at most. */
function hyphenatedWordBefore(s: string, e: number): boolean {
  for (let b = e - 1; b >= 0 && e - b <= 30; b--) {
    const c = s.charCodeAt(b);
    if (c === 45) return true;
    if (!isLatin(c)) return false;
  }
  return false;
}

function plainPlural(w: string): boolean {
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== 115 /* s */ || NOT_PLURAL.has(w)) return false;
  const p = w.charCodeAt(n - 2);
  return p !== 115 /* ss */ && p !== 117 /* us */ && p !== 105 /* is */;
}

/** The end of a four-digit year written at `p` ("2026", not "20261" or "2026a"), or -1. */
function yearEndAt(s: string, p: number): number {
  let z = p;
  while (isDigit(s.charCodeAt(z))) z++;
  return z - p === 4 && isYear(+s.slice(p, z)) && !isAlnum(s.charCodeAt(z)) ? z : -1;
}

/** An amount spelled in English words whose value is already known ("half a billion", "a quarter of a trillion"). */

/** An English scale word (lower-cased) after a side; "bil", "mil", "tril" only after a currency. */
const PLURAL_SCALE_WORDS = new Set(['millions', 'billions', 'trillions']);
function scaleWord(w: string, side: Side): number | undefined {
  // ("4.34 millions square feet": after a decimal a plural scale word can be no vague "millions of".)
  return EN_SCALE_WORDS.get(w) ?? (side.cur || (side.a?.decimal && PLURAL_SCALE_WORDS.has(w)) ? CURRENCY_SCALE_WORDS.get(w) : undefined);
}

function wordAmount(start: number, end: number, v: number): Side {
  return { start, end, v, lo: null, hi: null, vague: false, more: false, scale: 1, scaleText: '', lang: 'en', src: 'en', isOne: false, sign: 1 };
}

function mulSide(factor: number, side: Side, x: number | null): number | null {
  // Scale times unit first: 千 × 克 is exactly 1, so 2.3千克 stays 2.3 kg. Sub-unit factors divide
  // (180 ml = 180 / 1e6 m³, not 180 × 1e-6 = 0.00017999999999999998).
  if (x === null) return null;
  const f = side.scale * factor;
  if (f < 1) {
    const inverse = Math.round(1 / f);
    // (5.2 cents: 5.2 / 100 is 0.052000000000000005 in binary floating point, rounded as decimalProduct does.)
    if (Math.abs(1 / f - inverse) < 1e-9 * inverse) return (Number.isInteger(x) ? x / inverse : Number((x / inverse).toPrecision(15))) * side.sign;
  }
  return decimalProduct(x, f) * side.sign;
}

/**
 * x × f for a written decimal x: 2.07 × 1e6 is 2069999.9999999998 in binary floating point, which
 * is not the 2,070,000 the draft says (nor a whole count). Written figures have at most 15
 * significant digits, so rounding a non-integer's product to 15 of them only undoes that error.
 */
function decimalProduct(x: number, f: number): number {
  const p = x * f;
  // (An integer times a fractional factor too: 10,764,000 ft² × 0.09290304 is 1000008.3225600001.)
  return Number.isInteger(p) || !Number.isFinite(p) || p === 0 ? p : Number(p.toPrecision(15));
}

export function bounds(q: Qualifier, v: number, kind: FigureKind): { low: number | null; high: number | null } {
  switch (q) {
    case 'about':
      if (kind === 'year') return { low: v - 1, high: v + 1 };
      return v >= 0 ? { low: (v * 9) / 10, high: (v * 11) / 10 } : { low: (v * 11) / 10, high: (v * 9) / 10 };
    case 'nearly':
      return { low: (v * 9) / 10, high: v };
    case 'more-than':
    case 'at-least':
      return { low: v, high: null };
    case 'up-to':
    case 'less-than':
    case 'at-most':
      return { low: null, high: v };
    default:
      return { low: null, high: null };
  }
}

void isDash;
