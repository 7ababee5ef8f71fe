// Taiwan copy writes New Taiwan dollars as a bare 元 once 新台幣 has been named (台積電第3季稅後大賺4523億元
// … 約新台幣4,523億). The recognizer reads one paragraph at a time and takes a bare 元 for yuan; the
// draft as a whole says which currency it means.
// English copy about Japan writes the yen as a bare ¥ (SoftBank's ¥3 trillion … 3 trillion yen); the recognizer
// takes ¥ for yuan. A draft that names the yen and never the yuan means yen by it, and so does English copy that
// names Japan and nothing Chinese.
// Hong Kong copy declares it after its first amount: 盈利4.71億元(美元,下同) makes the draft's bare 元 US dollars.
// Singapore copy prices electricity in cents as 分 (每千瓦时29.62分 … 新元): Singapore cents where the draft
// names the Singapore dollar and never the yuan. 仙 (sen) is a ringgit's hundredth, a Hong Kong dollar's in a draft
// that names the Hong Kong dollar and never the ringgit.
import type { Figure } from '../types.ts';

/** What a bare 元, a bare ¥ and a bare 分 stand for in this draft (absent, they stay CNY), and a 仙. */
export interface LocalCurrencies {
  yuan?: string;
  yen?: string;
  /** What a bare 分 (a hundredth) is a hundredth of. */
  fen?: string;
  /** What a 仙 is a hundredth of; absent, the ringgit. */
  sen?: string;
  /** What a bare Rs is (Pakistani or Sri Lankan copy); absent, the Indian rupee. */
  rupee?: string;
  /**
   * By group of SHARED_CURRENCY: the one country of the group the draft names, for amounts in the shared word whose
   * own paragraph names none (a headline names Morocco, the body says dirhams).
   */
  shared?: (string | undefined)[];
}

export function localCurrencies(masked: string): LocalCurrencies {
  const local: LocalCurrencies = {};
  // Most drafts name none of the currencies below: one scan says so, instead of one for each.
  const sharedWord = SHARED_WORD.test(masked);
  if (!sharedWord && !ANY_LOCAL_CURRENCY.test(masked)) return local;
  // TWD when the draft names the Taiwan dollar and never the yuan.
  if (TAIWAN_DOLLAR.test(masked) && !YUAN.test(masked)) local.yuan = 'TWD';
  // 盈利4.71億元(美元,下同): Hong Kong copy declares what its 元 are after the first amount.
  const declared = DECLARED_CURRENCY.exec(masked);
  if (declared && DECLARED_CODES[declared[1]] !== 'CNY') local.yuan = DECLARED_CODES[declared[1]];
  // (每股基本盈利2﹒81仙 after (美元.下同): the declared dollar's cents.)
  if (declared && (local.yuan === 'USD' || local.yuan === 'HKD') && !RINGGIT.test(masked)) local.sen = local.yuan;
  // JPY when it names the yen and never the yuan (a 元 of its own counts).
  // (English copy from Japan may never spell the yen out: a draft about Japan that names nothing Chinese means it too.)
  if ((YEN.test(masked) || (JAPAN.test(masked) && !CHINA.test(masked))) && !YUAN_NAMED.test(masked)) local.yen = 'JPY';
  if (SINGAPORE_DOLLAR.test(masked) && !YUAN_NAMED.test(masked)) local.fen = 'SGD';
  if (!local.sen && HONG_KONG_DOLLAR.test(masked) && !RINGGIT.test(masked)) local.sen = 'HKD';
  // Pakistani and Sri Lankan copy writes its rupees as Rs too (Rs142.6 billion): theirs where the draft names the country
  // and never India.
  if (!INDIA.test(masked)) {
    if (PAKISTAN.test(masked) && !SRI_LANKA.test(masked)) local.rupee = 'PKR';
    else if (SRI_LANKA.test(masked) && !PAKISTAN.test(masked)) local.rupee = 'LKR';
  }
  if (sharedWord) {
    const shared = SHARED_COUNTRIES.map((countries) => {
      const named = countries.filter(([re]) => re.test(masked));
      return named.length === 1 ? named[0][1] : undefined;
    });
    if (shared.some((code) => code)) local.shared = shared;
  }
  return local;
}

/**
 * What localCurrencies() finds in `text`: which of its words occur, and the first 下同 declaration. An edit
 * whose old and new paragraphs give the same signature leaves the draft's currencies as they were (each
 * word still occurs, or still does not, and the first declaration is the same), so a keystroke in a
 * paragraph that names 元 need not read the whole draft again.
 */
export function localCurrencySignature(text: string): string {
  const declared = DECLARED_CURRENCY.exec(text);
  let bits = 0;
  for (let i = 0; i < CURRENCY_WORDS.length; i++) if (CURRENCY_WORDS[i].test(text)) bits |= 1 << i;
  // (Which countries sharing a currency word it names, one bit each.)
  let countries = SHARED_WORD.test(text) ? 1 : 0;
  for (let i = 0; i < SHARED_COUNTRY_PATTERNS.length; i++) if (SHARED_COUNTRY_PATTERNS[i].test(text)) countries += 2 ** (i + 1);
  return `${bits}:${countries}${declared ? `:${declared[1]}` : ''}`;
}

export function sameLocalCurrencies(a: LocalCurrencies, b: LocalCurrencies): boolean {
  return a.yuan === b.yuan && a.yen === b.yen && a.fen === b.fen && a.sen === b.sen && a.rupee === b.rupee && String(a.shared) === String(b.shared);
}

/** Currencies a bracket with 下同 ("the same below") declares for what follows: (台幣，下同), (美元,下同). */
export const DECLARED_CODES: Record<string, string> = {
  新台幣: 'TWD', 新台币: 'TWD', 台幣: 'TWD', 台币: 'TWD', 人民幣: 'CNY', 人民币: 'CNY', 港幣: 'HKD', 港币: 'HKD', 港元: 'HKD',
  美元: 'USD', 日圓: 'JPY', 日圆: 'JPY', 日元: 'JPY', 韓元: 'KRW', 韩元: 'KRW', 歐元: 'EUR', 欧元: 'EUR',
  // Macau copy declares its patacas the same way: 34﹒82億元(澳門元.下同).
  澳門元: 'MOP', 澳门元: 'MOP', 澳門幣: 'MOP', 澳门币: 'MOP', 澳元: 'AUD', 澳幣: 'AUD', 澳币: 'AUD',
  新加坡元: 'SGD', 新元: 'SGD', 新幣: 'SGD', 新币: 'SGD', 英鎊: 'GBP', 英镑: 'GBP', 加元: 'CAD', 加幣: 'CAD', 加币: 'CAD',
};
/** The alternation of DECLARED_CODES' names, for the patterns that find a declaration. */
export const DECLARED_NAMES = Object.keys(DECLARED_CODES).join('|');
/**
 * An amount's 元, then the currency it means in brackets with 下同: 4.71億元(美元,下同), 3181﹒8萬元(美元.下同), 690﹒77億元(美元;下同); or a bare
 * scaled amount (少賺23%至3﹒37億(美元.下同) … 收入157﹒21億元): the draft's later 元 are that currency's too.
 */
const DECLARED_CURRENCY = new RegExp(`[元億亿萬万兆]\\s?[（(]\\s?(${DECLARED_NAMES})\\s?[，,、.．‧・;；]\\s?下同`);
const TAIWAN_DOLLAR = /台币|NT\$|TWD/;
const YUAN = /人民币|RMB|CNY|\bRmb\s?\d/;
const SINGAPORE_DOLLAR = /新元|新币|新加坡元|新加坡币|(?<![A-Z])S\$|SGD/;
const HONG_KONG_DOLLAR = /港元|港币|港幣|HK\$|HKD/;
const RINGGIT = /令吉|林吉特|马币|馬幣|MYR|\bRM\s?\d/;
const YEN = /\b[Yy]en\b|JPY|JP¥|日元|日圆|円/;
const YUAN_NAMED = /\b(?:yuan|Yuan|renminbi|Renminbi)\b|人民币|RMB|\bRmb\s?\d|CNY|CN¥|(?<![日美欧港澳加韩新])元/;
/** Japan named in English copy (the country, its people, its big cities). */
const JAPAN = /\b(?:Japan|Japanese|Tokyo|Osaka|Hokkaido|Kyushu|Yokohama)\b/;
const PAKISTAN = /\b(?:Pakistan|Pakistani|Karachi|Lahore|Islamabad)\b|PKR|巴基斯坦/;
const SRI_LANKA = /\b(?:Sri Lanka|Sri Lankan|Colombo)\b|LKR|斯里兰卡/;
const INDIA = /\b(?:India|Indian|Mumbai|New Delhi|Delhi|Bengaluru|Bangalore|Chennai|Hyderabad)\b|INR|₹|印度/;
/** Anything Chinese named in a draft, in either script: then a bare ¥ may be the yuan. */
const CHINA = /\b(?:China|Chinese|Beijing|Shanghai|Shenzhen|Hangzhou|Hong Kong)\b|[\u4e00-\u9fff]/;
/** Every word that can make localCurrencies() return something (a declaration needs 下同). */
const ANY_LOCAL_CURRENCY = new RegExp([TAIWAN_DOLLAR, /下同/, YEN, JAPAN, SINGAPORE_DOLLAR, HONG_KONG_DOLLAR, PAKISTAN, SRI_LANKA].map((r) => r.source).join('|'));
/** The words localCurrencies() asks about, in a fixed order (one bit each of an edit's signature). */
const CURRENCY_WORDS = [TAIWAN_DOLLAR, YUAN, YUAN_NAMED, YEN, SINGAPORE_DOLLAR, HONG_KONG_DOLLAR, RINGGIT, JAPAN, CHINA, PAKISTAN, SRI_LANKA, INDIA];

/** Written with a bare 元 (亿元, 17.44元), no currency word or sign of its own. */
function bareYuan(f: Figure): boolean {
  return f.kind === 'money' && f.unit === 'CNY' && (f.unitText ?? '').endsWith('元') && !/人民|RMB|CNY|[¥￥]|[元圆]人/.test(f.text);
}

/** Written with a bare 分 or 分钱 (每千瓦时29.62分). */
function bareFen(f: Figure): boolean {
  return f.kind === 'money' && f.unit === 'CNY' && /分钱?$/.test(f.unitText ?? '') && !/人民|RMB|CNY|元/.test(f.text ?? '');
}

/** Written with 仙 (45仙). */
function inSen(f: Figure): boolean {
  return f.kind === 'money' && f.unit === 'MYR' && (f.unitText ?? '').endsWith('仙');
}

/** Written with a bare ¥ (¥500 billion, -¥2bn, minus ¥0.3 billion), no yuan word or code of its own. */
export function bareYen(f: Figure): boolean {
  return f.kind === 'money' && f.unit === 'CNY' && /^(?:[-−]|minus )?[¥￥]/i.test(f.text ?? '') && !/元|人民|RMB|CNY/.test(f.text ?? '');
}

/** Written with Rs (Rs142.6 billion, Rs. 5 crore), no ₹ or INR of its own. */
function bareRupee(f: Figure): boolean {
  return f.kind === 'money' && f.unit === 'INR' && /^Rs\.?/.test(f.text ?? '');
}

/** Written with a word several countries' currencies share (500 million dirhams): its group in SHARED_CURRENCY. */
function sharedWordGroup(f: Figure): number | undefined {
  return f.kind === 'money' && f.unitText !== undefined ? SHARED_CURRENCY_WORDS.get(f.unitText.toLowerCase().replace(SCALE_BEFORE_WORD, '')) : undefined;
}

/** Gives the draft's currencies to figures written with a bare 元, ¥, 分, 仙, Rs or a shared word (figures must have their text). */
export function applyLocalCurrencies(figures: Figure[], local: LocalCurrencies, from = 0, to = figures.length): void {
  if (!local.yuan && !local.yen && !local.fen && !local.sen && !local.rupee && !local.shared) return;
  for (let k = from; k < to; k++) {
    const f = figures[k];
    if (local.yuan && bareYuan(f)) f.unit = local.yuan;
    else if (local.yen && bareYen(f)) f.unit = local.yen;
    else if (local.fen && bareFen(f)) f.unit = local.fen;
    else if (local.sen && inSen(f)) f.unit = local.sen;
    else if (local.rupee && bareRupee(f)) f.unit = local.rupee;
    else if (local.shared) {
      const group = sharedWordGroup(f);
      const code = group === undefined ? undefined : local.shared[group];
      if (code) f.unit = code;
    }
  }
}

/**
 * Currency words shared by several countries ("kroner", "riyals", "dirhams", "dinars"; 里亚尔, 第纳尔): the
 * country named last in the 300 characters before the amount in its paragraph says which one (the recognizer,
 * sharedCurrency); where none is, the one country of the group the draft names (localCurrencies); the word's own
 * code otherwise. Each group lists its countries: a pattern that names one, and its currency.
 */
const SHARED_COUNTRIES: [RegExp, string][][] = [
  [[/\b(?:Swed(?:en|ish)|Stockholm)\b/, 'SEK'], [/\b(?:Norw(?:ay|egian)|Oslo)\b/, 'NOK'], [/\b(?:Denmark|Danish|Copenhagen)\b/, 'DKK']],
  [[/\bSaudi\b|\bRiyadh\b|\bKSA\b|沙特|沙乌地/, 'SAR'], [/\bQatar(?:i)?\b|\bDoha\b|卡塔尔|卡达/, 'QAR'], [/\bOman(?:i)?\b|\bMuscat\b|阿曼/, 'OMR'], [/\bIran(?:ian)?\b|\bTehran\b|伊朗/, 'IRR'], [/\bYemen(?:i)?\b|也门/, 'YER']],
  [[/\bUAE\b|\bEmirat(?:es|i)\b|\bDubai\b|\bAbu Dhabi\b|阿联酋|迪拜|阿布扎比/, 'AED'], [/\bMorocc(?:o|an)\b|\bRabat\b|\bCasablanca\b|摩洛哥/, 'MAD']],
  [[/\bKuwait(?:i)?\b|科威特/, 'KWD'], [/\bBahrain(?:i)?\b|\bManama\b|巴林/, 'BHD'], [/\bJordan(?:ian)?\b|\bAmman\b|约旦/, 'JOD'], [/\bIraq(?:i)?\b|\bBaghdad\b|伊拉克/, 'IQD'], [/\bAlgeri(?:a|an)\b|阿尔及利亚/, 'DZD'], [/\bTunisi(?:a|an)\b|突尼斯/, 'TND'], [/\bLiby(?:a|an)\b|利比亚/, 'LYD']],
];
/** Each group's countries in one pattern, a capture group each, in order. */
const SHARED_CURRENCY = SHARED_COUNTRIES.map((countries): [RegExp, string[]] => [new RegExp(countries.map(([re]) => `(${re.source})`).join('|'), 'g'), countries.map(([, code]) => code)]);
const SHARED_COUNTRY_PATTERNS = SHARED_COUNTRIES.flatMap((countries) => countries.map(([re]) => re));
export const SHARED_CURRENCY_WORDS = new Map<string, number>([
  ['kroner', 0], ['krone', 0], ['kr', 0], ['riyals', 1], ['riyal', 1], ['rials', 1], ['rial', 1], ['里亚尔', 1],
  ['dirhams', 2], ['dirham', 2], ['迪拉姆', 2], ['dinars', 3], ['dinar', 3], ['第纳尔', 3],
]);
/** The scale a unit's text may start with (billion dirhams, 亿迪拉姆): a country's name there (UAE dirhams) stays. */
const SCALE_BEFORE_WORD = /^(?:(?:thousand|million|billion|trillion|bn|mn|m|k)\s+|[亿億万萬兆千百]+)/;
const SHARED_WORD = /\b(?:kroner|krone|kr|riyals?|rials?|dirhams?|dinars?)\b|里亚尔|迪拉姆|第纳尔/i;

/** The currency of a shared word at `at`: the country of its group named last in the 300 characters before it. */
export function sharedCurrency(s: string, at: number, word: string): string | undefined {
  const group = SHARED_CURRENCY_WORDS.get(word.toLowerCase());
  if (group === undefined) return undefined;
  const [re, codes] = SHARED_CURRENCY[group];
  let last: RegExpMatchArray | undefined;
  for (const m of s.slice(Math.max(0, at - 300), at).matchAll(re)) last = m;
  if (!last) return undefined;
  for (let g = 1; g <= codes.length; g++) if (last[g]) return codes[g - 1];
  return undefined;
}
