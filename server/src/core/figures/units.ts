// Unit, scale, classifier and noun tables (lookups by trie; no regular expressions).
import type { FigureKind } from '../types.ts';
import { Trie, isCJK, isAlnum } from './chars.ts';

export interface UnitDef {
  kind: FigureKind;
  /** Base unit (docs/figures.md). */
  unit: string;
  /** Multiplier into the base unit. */
  factor: number;
  /** Counted noun (for count units that name the thing). */
  noun?: string;
  /** A Chinese classifier (个, 块, 台 …): a count whose noun may follow. */
  classifier?: boolean;
  /** Duration unit (for time labels). */
  timeWord?: string;
  /** 度 as kWh needs a scale or Arabic digits in front. */
  weak?: boolean;
  /** More of the unit written inside the unit text: 0.5 in 个半月 (3个半月) and 成半 (三成半), 0.6 in 成六 (七成六). */
  plusUnits?: number;
  /** The unit holds 多: 六个多月 is more than six months. */
  more?: boolean;
}

export const YEAR_S = 365.25 * 86400;
export const MONTH_S = YEAR_S / 12;

const money = (unit: string): UnitDef => ({ kind: 'money', unit, factor: 1 });
const u = (kind: FigureKind, unit: string, factor: number, extra: Partial<UnitDef> = {}): UnitDef => ({ kind, unit, factor, ...extra });
const dur = (seconds: number, word: string): UnitDef => ({ kind: 'duration', unit: 's', factor: seconds, timeWord: word });

// ---------------------------------------------------------------------------------------------
// Scales

/** Chinese scale words after a numeral (4,000亿, 1.5万亿, 5千瓦 = 5 × 千 × 瓦). */
export const ZH_SCALES = new Trie<number>()
  .add('万', 1e4).add('亿', 1e8).add('万亿', 1e12).add('千亿', 1e11).add('百亿', 1e10).add('十亿', 1e9)
  .add('千万', 1e7).add('百万', 1e6).add('十万', 1e5).add('千', 1e3).add('百', 1e2).add('亿亿', 1e16)
  .add('千万亿', 1e15).add('百万亿', 1e14).add('十万亿', 1e13)
  // 725.3百亿亿次: the names of exascale compute in Chinese copy.
  .add('十亿亿', 1e17).add('百亿亿', 1e18).add('千亿亿', 1e19).add('万亿亿', 1e20);

/** English scale words (whole words, case-folded). */
export const EN_SCALE_WORDS = new Map<string, number>([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['quadrillion', 1e15], ['quintillion', 1e18], ['sextillion', 1e21], ['septillion', 1e24], ['octillion', 1e27],
  ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['tn', 1e12], ['trn', 1e12], ['k', 1e3],
  // Wire copy (Reuters, Interfax, TASS): $7.19 bln, 5 mln, 2.5 trln, 1 tln.
  ['bln', 1e9], ['trln', 1e12], ['tln', 1e12],
  // Indian English: ₹10,500 crore = 1.05e11, 5 lakh = 500,000.
  ['crore', 1e7], ['crores', 1e7], ['lakh', 1e5], ['lakhs', 1e5],
]);
/** Scale abbreviations of Malaysian and Indian copy, only after a currency (RM164.45bil, RM2.5mil, Rs 500mil). */
export const CURRENCY_SCALE_WORDS = new Map<string, number>([['mil', 1e6], ['bil', 1e9], ['tril', 1e12],
  // Indonesian, after the rupiah: Rp10 triliun, Rp500 miliar, Rp 750 juta.
  ['juta', 1e6], ['miliar', 1e9], ['triliun', 1e12],
  // A plural scale after a currency is the source's slip for the singular: $679 millions, $2.15 billions.
  ['millions', 1e6], ['billions', 1e9], ['trillions', 1e12],
  // Indian copy abbreviates crore after the rupee: ₹10,037 Cr, Rs 500 cr.
  ['cr', 1e7]]);
/** Single-letter scales attached to digits (10bn, $1.2B, 100k, 2.5m). */
export const EN_SCALE_LETTERS = new Map<string, number>([
  ['k', 1e3], ['K', 1e3], ['m', 1e6], ['M', 1e6], ['b', 1e9], ['B', 1e9], ['bn', 1e9], ['mn', 1e6],
  ['tn', 1e12], ['T', 1e12], ['t', 1e12], ['Bn', 1e9], ['BN', 1e9], ['MM', 1e6], ['mm', 1e6],
]);

// ---------------------------------------------------------------------------------------------
// Chinese units (after the numeral and an optional scale)

export const ZH_UNITS = new Trie<UnitDef>();
for (const [k, c] of [
  ['美元', 'USD'], ['美金', 'USD'], ['元', 'CNY'], ['人民币', 'CNY'], ['元人民币', 'CNY'], ['元人币', 'CNY'], ['欧元', 'EUR'],
  // (Hong Kong copy drops 英: 110億鎊; 镑 is only the currency, 磅 the weight.)
  ['英镑', 'GBP'], ['镑', 'GBP'], ['日元', 'JPY'], ['日圆', 'JPY'], ['港元', 'HKD'], ['港币', 'HKD'], ['韩元', 'KRW'], ['韩圜', 'KRW'],
  ['新台币', 'TWD'], ['澳元', 'AUD'], ['欧罗', 'EUR'], ['加元', 'CAD'], ['新加坡元', 'SGD'], ['新加坡币', 'SGD'], ['卢比', 'INR'],
  ['令吉', 'MYR'], ['林吉特', 'MYR'], ['马来西亚令吉', 'MYR'], ['马来西亚林吉特', 'MYR'], ['马币', 'MYR'], ['马来币', 'MYR'], ['马元', 'MYR'], ['新元', 'SGD'], ['新币', 'SGD'], ['星元', 'SGD'], ['坡元', 'SGD'], ['坡币', 'SGD'], ['台币', 'TWD'],
  ['瑞郎', 'CHF'], ['卢布', 'RUB'], ['泰铢', 'THB'], ['印尼盾', 'IDR'], ['越南盾', 'VND'], ['越盾', 'VND'], ['迪拉姆', 'AED'], ['里亚尔', 'SAR'],
  // Named with the country: 沙特里亚尔, 卡塔尔里亚尔 (Taiwan 卡达), 阿曼里亚尔, 阿联酋迪拉姆, 摩洛哥迪拉姆; 第纳尔 alone takes the
  // country named before it, else the Kuwaiti dinar (as riyal and dirham do: scanner sharedCurrency).
  ['沙特里亚尔', 'SAR'], ['卡塔尔里亚尔', 'QAR'], ['卡达里亚尔', 'QAR'], ['阿曼里亚尔', 'OMR'], ['阿联酋迪拉姆', 'AED'], ['阿联迪拉姆', 'AED'], ['摩洛哥迪拉姆', 'MAD'],
  ['第纳尔', 'KWD'], ['科威特第纳尔', 'KWD'], ['巴林第纳尔', 'BHD'], ['约旦第纳尔', 'JOD'],
  // The Macau pataca (澳門元, 澳门币; 澳元 is the Australian dollar) and the Brazilian real (雷亞爾; Taiwan's 里爾).
  ['澳门元', 'MOP'], ['澳门币', 'MOP'], ['雷亚尔', 'BRL'], ['巴西雷亚尔', 'BRL'], ['里尔', 'BRL'],
  // Pesos named with the country (比索 alone could be either).
  ['菲律宾比索', 'PHP'], ['墨西哥比索', 'MXN'], ['智利比索', 'CLP'], ['阿根廷比索', 'ARS'], ['哥伦比亚比索', 'COP'],
  // European, African and other currencies of wire copy.
  ['瑞士法郎', 'CHF'], ['瑞典克朗', 'SEK'], ['挪威克朗', 'NOK'], ['丹麦克朗', 'DKK'], ['捷克克朗', 'CZK'], ['兰特', 'ZAR'], ['南非兰特', 'ZAR'],
  ['新西兰元', 'NZD'], ['纽元', 'NZD'], ['纽西兰元', 'NZD'], ['里拉', 'TRY'], ['土耳其里拉', 'TRY'], ['奈拉', 'NGN'], ['尼日利亚奈拉', 'NGN'],
  ['兹罗提', 'PLN'], ['波兰兹罗提', 'PLN'], ['福林', 'HUF'], ['匈牙利福林', 'HUF'], ['谢克尔', 'ILS'], ['新谢克尔', 'ILS'], ['埃及镑', 'EGP'],
  ['巴基斯坦卢比', 'PKR'], ['坚戈', 'KZT'], ['加拿大元', 'CAD'], ['澳大利亚元', 'AUD'], ['韩币', 'KRW'], ['日币', 'JPY'], ['美圆', 'USD'], ['加币', 'CAD'], ['澳币', 'AUD'], ['纽币', 'NZD'], ['欧币', 'EUR'],
] as const) ZH_UNITS.add(k, money(c));
// Cents: 每股1美分.
ZH_UNITS.add('美分', u('money', 'USD', 0.01));
/**
 * 仙 (sen, cents) in Malaysian copy (电费每千瓦时45.62仙) and Hong Kong's (每股派息15仙): a hundredth of a ringgit, of
 * a Hong Kong dollar where the draft says so (local-currency.ts). Weak: only after Arabic digits (八仙 are immortals).
 */
export const SEN = u('money', 'MYR', 0.01, { weak: true });
ZH_UNITS.add('仙', SEN);
// Hong Kong cents: 中期息每股1港仙 (仙 alone is also the Malaysian sen and a word: left open).
ZH_UNITS.add('港仙', u('money', 'HKD', 0.01));
// Hong Kong copy writes US cents as 美仙 (每股盈利4美仙).
ZH_UNITS.add('美仙', u('money', 'USD', 0.01));
// 瓩 (kW), as Taiwan writes it: 6百万瓩 = 6 GW.
ZH_UNITS.add('瓩', u('power', 'W', 1e3));
// (吉瓦特, 兆瓦特, 千瓦特: with 瓦特, the watt spelled out.)
for (const [k, f] of [['瓦', 1], ['瓦特', 1], ['毫瓦', 1e-3], ['千瓦', 1e3], ['兆瓦', 1e6], ['千兆瓦', 1e9], ['吉瓦', 1e9], ['太瓦', 1e12], ['千瓦特', 1e3], ['兆瓦特', 1e6], ['吉瓦特', 1e9]] as const) {
  ZH_UNITS.add(k, u('power', 'W', f));
}
// A solar plant's peak rating in watts, as 500 MWp is: 11千兆峰瓦, 兆峰瓦.
// (Taiwan's 峰瓩: peak kilowatts, as 瓩 is kW: 增設超過2600峰瓩.)
// (增至540兆瓦峰: the peak written after the unit, as MWp.)
for (const [k, f] of [['峰瓦', 1], ['千峰瓦', 1e3], ['兆峰瓦', 1e6], ['千兆峰瓦', 1e9], ['吉峰瓦', 1e9], ['峰瓩', 1e3], ['兆瓦峰', 1e6], ['千瓦峰', 1e3], ['吉瓦峰', 1e9]] as const) ZH_UNITS.add(k, u('power', 'W', f));
// Volts and volt-amperes (substations, lines, transformers): 500千伏 = 500 × 千 × 伏 = 500 kV, 10千伏, 1万伏, 220伏特;
// 2千兆伏安 = 2 GVA, 180兆伏安, 800千伏安. Apparent power (VA) is its own kind, never compared with watts.
// 千伏 and 千伏安 stand as units for Chinese numerals (五百千伏), whose place words stop before a larger one.
// 伏 alone is weak: after a Chinese numeral without a scale it is the dog days (三伏, 三伏天), no volts.
for (const [k, f] of [['伏特', 1], ['千伏', 1e3], ['千伏特', 1e3]] as const) ZH_UNITS.add(k, u('voltage', 'V', f));
ZH_UNITS.add('伏', u('voltage', 'V', 1, { weak: true }));
// Electric current (switchgear, busways, fault levels): 4000安培, 3千安, 63千安. 安 alone starts too many words (安全, 安装).
for (const [k, f] of [['安培', 1], ['千安', 1e3], ['千安培', 1e3]] as const) ZH_UNITS.add(k, u('current', 'A', f));
// 3千安 reads 千 as a place: the 安 after it is weak, an ampere only right after 千 and not starting a word (安全, 安装).
ZH_UNITS.add('安', u('current', 'A', 1, { weak: true }));
for (const [k, f] of [['伏安', 1], ['千伏安', 1e3], ['兆伏安', 1e6], ['千兆伏安', 1e9]] as const) ZH_UNITS.add(k, u('apparent-power', 'VA', f));
// (Hong Kong copy writes the hour out: 1.38亿千瓦小时, 兆瓦小时; Taiwan writes kWh 瓩时, read folded: 2百萬瓩時 = 2 GWh.)
for (const [k, f] of [['瓦时', 1], ['千瓦时', 1e3], ['兆瓦时', 1e6], ['千兆瓦时', 1e9], ['吉瓦时', 1e9], ['太瓦时', 1e12], ['度电', 1e3], ['千瓦小时', 1e3], ['兆瓦小时', 1e6], ['吉瓦小时', 1e9], ['瓩时', 1e3],
  // (300千瓦小时 reads 千 as the number's scale: the watt-hour written out after it.)
  ['瓦小时', 1]] as const) {
  ZH_UNITS.add(k, u('energy', 'Wh', f));
}
ZH_UNITS.add('度', u('energy', 'Wh', 1e3, { weak: true }));
// 兆 before 度 is a trillion (首度突破10兆度, a country's electricity in a year), as it is before money; before 瓦 it is mega.
ZH_UNITS.add('兆度', u('energy', 'Wh', 1e15));
/**
 * 分 (fen), a hundredth of a yuan, as electricity prices are written (下调1.5分/千瓦时, 每千瓦时降低2分): weak, since
 * 85分 is a score and 3时5分 a time (the scanner asks for per-kWh wording). 分钱 is money wherever it is.
 */
export const FEN = u('money', 'CNY', 0.01, { weak: true });
ZH_UNITS.add('分', FEN);
ZH_UNITS.add('分钱', u('money', 'CNY', 0.01));
// "8 毛钱": the spoken jiao, a tenth of a yuan, with 钱 (毛 alone is gross: 毛利).
ZH_UNITS.add('毛钱', u('money', 'CNY', 0.1));
// Hong Kong filings name the currency after the fen: 每股16.71分人民幣.
ZH_UNITS.add('分人民币', u('money', 'CNY', 0.01));
// Hong Kong copy drops 平: 11萬方呎 (方尺) is square feet, 方米 square metres.
for (const [k, f] of [['平方米', 1], ['平米', 1], ['方米', 1], ['平方毫米', 1e-6], ['平方厘米', 1e-4], ['平方英尺', 0.09290304], ['平方英寸', 0.00064516], ['平方英吋', 0.00064516], ['平方呎', 0.09290304], ['平方英呎', 0.09290304], ['方呎', 0.09290304], ['方尺', 0.09290304], ['平方尺', 0.09290304], ['平方公尺', 1], ['平方公里', 1e6], ['平方千米', 1e6], ['平方英里', 2589988.110336], ['平方哩', 2589988.110336], ['英亩', 4046.8564224], ['公顷', 1e4], ['亩', 666.67]] as const) {
  ZH_UNITS.add(k, u('area', 'm2', f));
}
// 皮长公里 (sheath kilometres) and 芯公里 (fibre-core kilometres): how optical-cable builds are measured. 公裡 and 公裏: the variant forms of 里
// that some traditional-character copy writes (相隔約1000公裡).
for (const [k, f] of [['公里', 1e3], ['公裡', 1e3], ['公裏', 1e3], ['皮长公里', 1e3], ['芯公里', 1e3], ['千米', 1e3], ['英里', 1609.344], ['米', 1], ['公尺', 1], ['英尺', 0.3048], ['呎', 0.3048], ['英寸', 0.0254], ['英吋', 0.0254], ['吋', 0.0254]] as const) ZH_UNITS.add(k, u('length', 'm', f));
// 8寸晶圆, 12寸: wafer copy's inch (寸 alone is also the old Chinese inch; only after Arabic digits, see the scanner).
export const CUN = u('length', 'm', 0.0254, { weak: true });
ZH_UNITS.add('寸', CUN);
// 升 and Taiwan's 公升 are litres (not the verb 升: WORD_AFTER_CLASSIFIER).
for (const [k, f] of [['立方米', 1], ['立方公尺', 1], ['立方千米', 1e9], ['立方公里', 1e9], ['升', 1e-3], ['公升', 1e-3], ['加仑', 0.003785411784], ['立方', 1]] as const) ZH_UNITS.add(k, u('volume', 'm3', f));
for (const [k, f] of [['吨', 1000], ['公吨', 1000], ['公斤', 1], ['千克', 1], ['克', 1e-3], ['公克', 1e-3], ['毫克', 1e-6], ['微克', 1e-9], ['克拉', 2e-4], ['盎司', 0.028349523125], ['磅', 0.45359237], ['斤', 0.5]] as const) ZH_UNITS.add(k, u('mass', 'kg', f));
// 公分 and 公厘 are Taiwan's centimetre and millimetre; 海里 the nautical mile (subsea cable routes).
// (海浬: Taiwan's spelling of the nautical mile.)
for (const [k, f] of [['厘米', 1e-2], ['毫米', 1e-3], ['微米', 1e-6], ['公分', 1e-2], ['公厘', 1e-3], ['海里', 1852], ['海浬', 1852]] as const) ZH_UNITS.add(k, u('length', 'm', f));
// Joules: energy in watt-hours (1 J = 1/3600 Wh): 焦耳, 千焦, 兆焦, 吉焦.
for (const [k, f] of [['焦耳', 1], ['千焦', 1e3], ['兆焦', 1e6], ['吉焦', 1e9]] as const) ZH_UNITS.add(k, u('energy', 'Wh', f / 3600));
ZH_UNITS.add('毫升', u('volume', 'm3', 1e-6));
ZH_UNITS.add('字节', u('data', 'B', 1));
// The SI prefixes as Chinese writes them before 字节: 1080艾字节 (EB), 拍字节 (PB), 太字节 (TB), 吉字节 (GB), 泽字节 (ZB).
for (const [k, f] of [['千字节', 1e3], ['兆字节', 1e6], ['吉字节', 1e9], ['太字节', 1e12], ['拍字节', 1e15], ['艾字节', 1e18], ['泽字节', 1e21]] as const) ZH_UNITS.add(k, u('data', 'B', f));
// And before 比特, bits (an eighth of a byte): 300亿吉比特 is 30 billion gigabits.
for (const [k, f] of [['比特', 1], ['千比特', 1e3], ['兆比特', 1e6], ['吉比特', 1e9], ['太比特', 1e12], ['拍比特', 1e15]] as const) ZH_UNITS.add(k, u('data', 'B', f / 8));
ZH_UNITS.add('%', u('percent', 'percent', 1));
// Per mille (分别增长3.6‰): a tenth of a percent.
ZH_UNITS.add('‰', u('percent', 'percent', 0.1));
ZH_UNITS.add('个百分点', u('percent', 'pp', 1));
// 下降約2巴仙至4巴仙: Singapore and Malaysian Chinese copy's 巴仙, "per cent".
ZH_UNITS.add('巴仙', u('percent', 'percent', 1));
// 季增2.95個百分比: Taiwan copy's slip for 個百分點, a change of a rate.
ZH_UNITS.add('个百分比', u('percent', 'pp', 1));
ZH_UNITS.add('百分点', u('percent', 'pp', 1));
ZH_UNITS.add('倍', u('ratio', 'ratio', 1));
ZH_UNITS.add('成', u('percent', 'percent', 10, { weak: true }));
// 打五折, 7.5折: a discount to that share of the price (五五折, 三八折: two digits name the percent).
ZH_UNITS.add('折', u('percent', 'percent', 10, { weak: true }));
export const ZHE_TWO_DIGITS = u('percent', 'percent', 1, { weak: true });
ZH_UNITS.add('年', dur(YEAR_S, 'year'));
ZH_UNITS.add('个月', dur(MONTH_S, 'month'));
// 月 alone counts months only after a vague numeral (短短数月内, 几月后); 三月 is March (scanner: readUnit).
export const MONTH_AFTER_VAGUE = { ...dur(MONTH_S, 'month'), weak: true };
ZH_UNITS.add('月', MONTH_AFTER_VAGUE);
ZH_UNITS.add('个季度', dur(MONTH_S * 3, 'quarter'));
// 用时不足20个工作日: working days, a length of time counted in days (but 4个交易日 counts trading sessions,
// as the held-out sets read it: the classifier's count).
ZH_UNITS.add('个工作日', dur(86400, 'day'));
// 之前5個營業日平均收盤價: business days, as working days.
ZH_UNITS.add('个营业日', dur(86400, 'day'));
// 接下來四個財年: fiscal years counted as a span of time (as "the past four fiscal years").
ZH_UNITS.add('个财年', dur(YEAR_S, 'year'));
ZH_UNITS.add('个财政年度', dur(YEAR_S, 'year'));
// 最近三个会计年度: Taiwan's and the mainland's filings count fiscal years as 会计年度.
export const FISCAL_YEARS_COUNTED = dur(YEAR_S, 'year');
ZH_UNITS.add('个会计年度', FISCAL_YEARS_COUNTED);
// 之後3個年度: years of a budget counted with 个 (年度 alone after a number is no unit).
ZH_UNITS.add('个年度', dur(YEAR_S, 'year'));
// 自2025/26年起的3個學年: school years counted as a span of time.
ZH_UNITS.add('个学年', dur(YEAR_S, 'year')).add('学年', dur(YEAR_S, 'year'));
// 五个自然年: calendar years.
ZH_UNITS.add('个自然年', dur(YEAR_S, 'year'));
ZH_UNITS.add('季度', dur(MONTH_S * 3, 'quarter'));
// 季 alone counts quarters only after a vague numeral (几季后, 数季); 三季 is a season or a name.
ZH_UNITS.add('季', { ...dur(MONTH_S * 3, 'quarter'), weak: true });
ZH_UNITS.add('周', dur(7 * 86400, 'week'));
// 两周年, 成立十周年: anniversaries count years (周年 is no week).
ZH_UNITS.add('周年', dur(YEAR_S, 'year'));
// 对 counts pairs (最多配置8对光纤), not in 对于, 对手, 对比 …, nor in 1对1.
ZH_UNITS.add('对', u('count', 'count', 1, { classifier: true }));
// Ages: 18到35岁, 年满65歲 (a length of life in years; not 岁末, 岁月).
ZH_UNITS.add('岁', dur(YEAR_S, 'year'));
ZH_UNITS.add('个星期', dur(7 * 86400, 'week'));
ZH_UNITS.add('星期', dur(7 * 86400, 'week'));
ZH_UNITS.add('天', dur(86400, 'day'));
// 日 is a day of the month (二十三日) except after 两 (两日 = two days): scanner checks.
ZH_UNITS.add('日', { ...dur(86400, 'day'), weak: true });
ZH_UNITS.add('小时', dur(3600, 'hour'));
ZH_UNITS.add('个小时', dur(3600, 'hour'));
// 3个半月, 两个半小时: the half sits between the classifier and the unit.
ZH_UNITS.add('个半月', { ...dur(MONTH_S, 'month'), plusUnits: 0.5 });
ZH_UNITS.add('个半小时', { ...dur(3600, 'hour'), plusUnits: 0.5 });
ZH_UNITS.add('个半星期', { ...dur(7 * 86400, 'week'), plusUnits: 0.5 });
ZH_UNITS.add('个半季度', { ...dur(MONTH_S * 3, 'quarter'), plusUnits: 0.5 });
ZH_UNITS.add('个半季', { ...dur(MONTH_S * 3, 'quarter'), plusUnits: 0.5 });
ZH_UNITS.add('个多月', { ...dur(MONTH_S, 'month'), more: true });
ZH_UNITS.add('个多小时', { ...dur(3600, 'hour'), more: true });
ZH_UNITS.add('个多星期', { ...dur(7 * 86400, 'week'), more: true });
ZH_UNITS.add('分钟', dur(60, 'minute'));
ZH_UNITS.add('秒钟', dur(1, 'second'));
ZH_UNITS.add('秒', dur(1, 'second'));
ZH_UNITS.add('毫秒', dur(1e-3, 'millisecond'));
ZH_UNITS.add('微秒', dur(1e-6, 'microsecond'));
ZH_UNITS.add('纳秒', dur(1e-9, 'nanosecond'));
// 则 (則) counts news items and notices (晚間2則重訊, 3则公告), 票 votes (434萬1432票; not 票数, 票价, 票房);
// 起 counts deals and incidents (21起融资), 站 base stations (34万站), 部 machines and units (4部机组);
// 本, 册, 篇 books, volumes and articles (五本《新华字典》, 3篇论文); 根 rods, cables and fibres (4根光纤), 回
// circuits in grid copy (出线4回, 两回线路), 案 cases and projects (4案, 两案), 支 phones, pens and teams (100萬支手機,
// 3支队伍), 场 events and sessions (10余场活动, 3场发布会), 幢 buildings (三十至四十幢楼); 芯 fibre cores only before
// 光纤/光缆 (288芯光缆: startsAnotherWord).
/** The general classifier 个, for a reader that sets a longer unit aside (5个年度换料大修). */
export const GE_CLASSIFIER = u('count', 'count', 1, { classifier: true });
for (const k of ['个', '块', '颗', '张', '台', '座', '家', '名', '处', '位', '套', '枚', '片', '间', '栋', '架', '条', '项', '所', '只', '辆', '艘', '批', '种', '款', '笔', '股', '座', '户', '份', '件', '次', '柜', '层', '轮', '輪', '圈', '起', '站', '部', '本', '册', '篇', '根', '回', '案', '芯', '支', '场', '場', '幢', '宗', '口', '副', '核', '帧', '幀', '单', '單', '则', '票', '页']) {
  ZH_UNITS.add(k, k === '个' ? GE_CLASSIFIER : u('count', 'count', 1, { classifier: true }));
}
// Two-character classifiers: 2批次 (batches), 300万人次 (visits), 1200架次 (flights), 上百台套 (sets of machines).
for (const k of ['批次', '人次', '架次', '台次', '轮次', '班次', '车次', '回合', '场次', '場次', '家次', '户次', '戶次', '台套', '臺套']) ZH_UNITS.add(k, u('count', 'count', 1, { classifier: true }));
// 杯 (cups: 下单量5520万杯), 桌 (banquet tables: 席开1300桌) and 手 (board lots of shares: 成交量6.16万手) count too,
// except where they start a word (杯子, 桌面, 手机: WORD_AFTER_NEW_CLASSIFIER); 手 only in trading copy (boardLotAt).
// 档 counts stocks, funds and tiers (兩檔個股, 三档电价), except in 档案, 档期, 档次 ….
// 腔 counts process chambers in equipment copy (累计出货量突破13,000腔), except in 腔体, 口腔 …; 道 steps and
// passes (40到50道工序, 两道防线), not in 道路, 一道 (together); 阶 the orders of a build-up board (八阶HDI), not in 阶段.
// 章 and 节/節 count a document's chapters and sections (共分為14章、40節); 章程, 节能, 节点, 节日 … are words.
// 剂 counts doses (接种22,500剂), 班 scheduled services (每周二九八一班航班), except where they start a word (剂量, 班机, 班级;
// 三班倒, 三班制: shifts of work, no count).
for (const k of ['杯', '桌', '手', '档', '腔', '道', '阶', '章', '节', '節', '剂', '班']) ZH_UNITS.add(k, u('count', 'count', 1, { classifier: true }));
// 厘 is a percent in Hong Kong interest-rate copy (減息後到4至4.25厘, 按揭利率3.5厘): only there (scanner: readUnit);
// elsewhere 厘 is a thousandth or starts 厘米, 厘清, 厘定.
export const RATE_LI = u('percent', 'percent', 1, { weak: true });
ZH_UNITS.add('厘', RATE_LI);
// 组 counts sets (每週產出近1000組AI機櫃, 3组机柜); 组织, 组成, 组合, 组件, 组装, 组建 … are words (WORD_AFTER_CLASSIFIER).
for (const k of ['组', '組']) ZH_UNITS.add(k, u('count', 'count', 1, { classifier: true }));
// Limit-up boards in A-share copy: 美利云收获8连板, 8天6板 (板块, 板材, 板卡 … are words: WORD_AFTER_CLASSIFIER).
for (const k of ['连板', '板']) ZH_UNITS.add(k, u('count', 'count', 1, { classifier: true }));
// 省 counts provinces (途经陕西、河南、安徽3省, 湖北四省); 省钱, 省电, 省级, 省会 … are words.
ZH_UNITS.add('省', u('count', 'count', 1, { classifier: true }));
// 地 counts places (广东、江苏以及山东三地, 等8地啟動建設, 全球5地建廠; 七地市, prefecture cities); 地块, 地号, 地址,
// 地点, 地区 … are words, and 两地 (both places) and 一地 are read as no count in the scanner.
ZH_UNITS.add('地', u('count', 'count', 1, { classifier: true }));
ZH_UNITS.add('地市', u('count', 'count', 1, { classifier: true }));
// 包 counts packs (走私IC芯片约18000包); 包括, 包含, 包装, 包机 … are words.
ZH_UNITS.add('包', u('count', 'count', 1, { classifier: true }));
// 箱 counts boxes and crates (共49箱); 箱变, 箱体, 箱式, 箱子 are words.
ZH_UNITS.add('箱', u('count', 'count', 1, { classifier: true }));
// 县 counts counties (河南四县, 共12个县); 县城, 县级, 县域, 县长 … are words.
for (const k of ['县', '縣']) ZH_UNITS.add(k, u('count', 'count', 1, { classifier: true }));
// 类 counts kinds (采购产品共28类, 三类企业); 类似, 类型, 类别 are words (WORD_AFTER_CLASSIFIER).
ZH_UNITS.add('类', u('count', 'count', 1, { classifier: true }));
// 卡时 counts GPU card-hours, the unit computing vouchers are granted in (不少于2000卡时), not cards.
for (const k of ['卡时', '卡時']) ZH_UNITS.add(k, u('count', 'count', 1, { classifier: true }));
// 趟 counts trips (水车每天600趟), 棵 trees (相等于5000棵树).
ZH_UNITS.add('趟', u('count', 'count', 1, { classifier: true })).add('棵', u('count', 'count', 1, { classifier: true }));
// 堂 counts lessons (共计10堂的培训, 三堂课); 堂 alone after a number is no word of its own.
ZH_UNITS.add('堂', u('count', 'count', 1, { classifier: true }));
// 门 counts courses and subjects (69门公益课程, 两门课); 门店, 门户, 门槛, 门票 … are words (WORD_AFTER_CLASSIFIER),
// and after other Chinese numerals it names places (三门核电: scanner readUnit).
ZH_UNITS.add('门', u('count', 'count', 1, { classifier: true }));
ZH_UNITS.add('人', u('count', 'count', 1));
// Korean and Japanese copy write the unit in one compatibility character: 1,000㎿, 500㎾ (as ㎡, ㎢ for areas).
ZH_UNITS.add('㎿', u('power', 'W', 1e6)).add('㎾', u('power', 'W', 1e3));
// Index points (恒指升469點, 收報26908点, 2萬點): above 24 or with decimals only; a small whole number
// before 点 is a clock time (下午3点), and 三点意见 counts items (scanner: readUnit).
export const INDEX_POINTS = u('count', 'count', 1, { weak: true });
ZH_UNITS.add('点', INDEX_POINTS);
ZH_UNITS.add('點', INDEX_POINTS);
ZH_UNITS.add('多家', u('count', 'count', 1, { classifier: true, weak: true }));
// 期 counts phases or instalments only after 分 or 共 (分三期建设, 共两期); 二期项目 names phase two (scanner: readUnit).
ZH_UNITS.add('期', u('count', 'count', 1, { classifier: true, weak: true }));
// Counted nouns directly after a numeral (10万H100 handled by the model pattern).
for (const [k, n] of ZH_NOUN_LIST()) ZH_UNITS.add(k, u('count', 'count', 1, { noun: n }));

function ZH_NOUN_LIST(): [string, string][] {
  return [
    ['芯片', 'chip'], ['显卡', 'GPU'], ['图形处理器', 'GPU'], ['图形处理单元', 'GPU'], ['加速器', 'accelerator'],
    ['加速卡', 'accelerator'], ['绘图处理器', 'GPU'], ['服务器', 'server'], ['机架', 'rack'], ['机柜', 'rack'], ['数据中心', 'data center'],
['站点', 'site'], ['园区', 'campus'], ['工作岗位', 'job'], ['就业岗位', 'job'],
    ['岗位', 'job'], ['处理器', 'chip'], ['晶圆', 'wafer'], ['卡', 'accelerator'],
  ];
}
/**
 * Words that start with the character after 家 where 家 is the classifier (18家用于训练的芯片公司,
 * 3家具有资质的企业, 两家电信运营商, 600余家用户), though 家 and that character also make a word (家用, 家具, 家电).
 */
const AFTER_JIA_CLASSIFIER = new Trie<true>();
for (const w of ['用于', '用来', '用作', '属于', '具有', '具备', '人工', '电信', '电讯', '电力', '电网', '电商', '电池', '电子', '电动', '电气', '电器', '乡镇', '园区', '用人', '人形', '人体', '人力', '用户']) AFTER_JIA_CLASSIFIER.add(w, true);

/**
 * Second characters of the words that a classifier or unit starts (卡车, 起步, 站稳, 部分, 升至): there the
 * character after the number is no classifier or unit.
 */
/** Second characters of the words 单 (單) starts. */
const WORDS_AFTER_DAN = '位价價元颗顆卡台机機体體季月日年笔筆一个個次人间間项項独獨纯純品张張款车車店';
const WORD_AFTER_CLASSIFIER = new Map<number, string>([
  // 门 starts 门店 (stores), 门户, 门槛, 门票, 门诊, 门口, 门类, 门窗, 门禁, 门面, 门徒, 门将.
  [0x95e8 /* 门 */, '店户槛票诊口类窗禁面徒将'],
  [0x5305 /* 包 */, '括含装裝机機袱裹容揽攬办辦头頭'],
  // 14.37万亿年度总消耗量: 年度 opens a noun after an amount, no years.
  [0x5e74 /* 年 */, '度'],
  // 元素, 元宇宙: 元 starts a word, no yuan (三元组 is read in the scanner).
  [0x5143 /* 元 */, '素宇'],
  [0x5361 /* 卡 */, '车通塔路特拉尔西门位片口住套'],
  // 架构 (an architecture: 文心大模型4.0架构).
  [0x67b6 /* 架 */, '构構'],
  // 起步, 起来, 起见, 起初, 起码, 起点, 起价, 起售, 起跳 (Taiwan: from) … (3起诉讼, 5起重大事故, 3起用户投诉 count cases).
  [0x8d77 /* 起 */, '步来见初码点飞始跑跳价售算降征'],
  // 则 as "then" before what follows it (NVL 72 則全面採用, 则是, 则为, 则将): no count of items.
  [0x5219 /* 则 */, '全是为將将会會可采採在仍已需由有因于於更亦'],
  // 站稳, 站上 (climb above), 站起, 站立, 站岗, 站台, 站长; 站点 is the counted noun "site".
  [0x7ad9 /* 站 */, '稳上起立岗台长'],
  // 部分 (部份), 部门, 部署 (部属), 部长, 部件, 部位, 部委, 部队, 部落, 部下, 部首, 部族, 三部曲, 两部制 (a two-part tariff).
  [0x90e8 /* 部 */, '分份门署属长件位委队落下曲制首族'],
  // 本地, 本土, 本次, 本月, 本年, 本季, 本届, 本轮, 本金, 本身, 本科, 本港, 本公司, 本田 … (100万本地用户: no classifier).
  [0x672c /* 本 */, '地土次月年周季届轮期金身科港市省国公集行报文来质部息人币田源日外'],
  // 伏天 (三伏天, the dog days), 伏笔, 伏击, 伏兵, 伏案, 伏法.
  [0x4f0f /* 伏 */, '天笔击兵案法'],
  // 篇幅, 篇章.
  [0x7bc7 /* 篇 */, '幅章'],
  // 页面, 页码, 页岩 (shale), 页脚.
  [0x9875 /* 页 */, '面码岩脚腳眉'],
  // 票数, 票价, 票房, 票据, 票选, 票务, 票面, 票证.
  [0x7968 /* 票 */, '数价房据选务面证'],
  // 根据, 根本, 根源, 根基, 根除, 根治, 根深, 根系, 根植, 根号 (2025根据…: no classifier).
  [0x6839 /* 根 */, '据本源基除治深系植号'],
  // 回应, 回报, 回购, 回归, 回收, 回落, 回升, 回顾, 回复, 回馈, 回调 … (2024回购, 2025回顾); 两回事 is an idiom.
  [0x56de /* 回 */, '应报购归收落升到来去复顾避馈流调暖头答款本撤访国家迁滚填转弹稳涨吐笼忆想味声音信执放击扣拨租售用首望眸响荡旋廊环乡春事赠贈补補'],
  // 支持, 支付, 支出, 支撑, 支援, 支柱, 支配, 支票, 支部, 支行, 支架, 支点, 支线, 支流, 支取 (100亿支出: no classifier).
  [0x652f /* 支 */, '持付出撑援柱配票部行架点线流取'],
  // 案例, 案件, 案子, 案值, 案由, 案情, 案发, 案卷, 案底, 案头, 案源, 案量 (a backlog: 近400億案量), 案场.
  [0x6848 /* 案 */, '例件子值由情发卷底头源量場场'],
  // 人口, 人工 (人工智能), 人才, 人类, 人力, 人员, 人士, 人气, 人群, 人物, 人文, 人体, 人造, 人际 (500万人口: no
  // classifier); not 人民 (人民币 is money), nor 均, 生, 行, 事 (两人均表示, 5人生还: people counted).
  [0x4eba /* 人 */, '口工才类力员士气群物文体造际'],
  // The verb 升 after a number (价格由15升至20元, 1000升级, 30升温): 升至, 升到, 升级, 升温, 升值, 升幅 …
  // (比去年同期四百○四亿升百分之四十五点八: 升 then a percent in words.)
  [0x5347 /* 升 */, '至到级温值幅高降为破逾超上了近约达格息空起职任学势百'],
  // 场 counts events and sessions (10余场活动, 3场发布会); 场景, 场地, 场所, 场馆, 场内, 场外, 场合, 场面, 场上, 场下 are words.
  [0x573a /* 场 */, '景地所馆館内外合面上下域子长長站效'],
  [0x5834 /* 場 */, '景地所館内內外合面上下域子長站效'],
  [0x7c7b /* 类 */, '似型别比推同人'],
  [0x7ec4 /* 组 */, '织成合件装建网团阁员别长委态队图'],
  [0x677f /* 板 */, '块材卡子凳球报书栗桥'],
  [0x7d44 /* 組 */, '織成合件裝建網團閣員別長委態隊圖'],
  // 坪山 (a Shenzhen district), 坪地: 坪 starting a place name is no area.
  [0x576a /* 坪 */, '山地'],
  // 二次结构 (secondary structure), 次元, 次方: 次 starts a word.
  [0x6b21 /* 次 */, '结結元方'],
  // 以56億批予中國移動: 批予 (grant), 批准, 批出 are verbs.
  [0x6279 /* 批 */, '予准出覆复示'],
  // 宗 counts cases and applications in Hong Kong copy (27,000宗申請); 宗旨, 宗教 are words.
  [0x5b97 /* 宗 */, '旨教族师師派'],
  // 7亿周活 (weekly active users): 周 starts 周活, no weeks; nor 周期 (a cycle: 以3年为一周期), 周边, 周围.
  [0x5468 /* 周 */, '活期边邊围圍'],
  [0x9031 /* 週 */, '活期'],
  // 232条款, 301条款 (sections of a statute), 条例, 条件, 条约, 条文, 条目, 条码: 条 starts a word, no count.
  [0x6761 /* 条 */, '款例件约約文目形码碼'],
  // 单 counts orders (1500万单); 单位, 单价, 单颗, 单卡, 单台, 单机, 单季, 单月, 单日, 单笔, 单一, 单个, 单独 … are words.
  [0x5355 /* 单 */, WORDS_AFTER_DAN],
  [0x55ae /* 單 */, WORDS_AFTER_DAN],
  // 副 counts pairs of glasses (870万副); 副总, 副本, 副作用, 副业, 副产品 … are words.
  [0x526f /* 副 */, '总總本作业業产產董主局部长長院理科'],
  // 核 counts cores (10核架构, 16核GPU); 核心, 核电, 核能, 核查, 核准, 核算, 核实, 核定, 核销, 核对 are words.
  [0x6838 /* 核 */, '心电電能查准準算实實定销銷对對发發武弹彈酸桃'],
  // 口 counts household members and wells (4口之家, 5口井); 口岸, 口径, 口罩, 口碑, 口号, 口味 … are words.
  [0x53e3 /* 口 */, '岸径徑罩碑号號味气氣头頭语語袋红紅感述吻令'],
  // 成交额87.3亿天量, 天价: 天量 (record volume) and 天价 (a sky-high price) are words, no days.
  [0x5929 /* 天 */, '量价價'],
  // 减持457万股份: 股份 (shares), 股东, 股票, 股权, 股价, 股市, 股民 are words (the count stays, 股 outside the span).
  [0x80a1 /* 股 */, '份东東票权權价價市民'],
]);

/**
 * A classifier or counted noun at `at` that is really the start of another word: 卡 counts
 * accelerator cards (万卡集群, 10万张卡) but not in 卡车, 一卡通, 卡塔尔, 卡路里, 卡特尔, 卡拉OK, 卡位,
 * 卡片; 家 counts firms (3家公司) but not in 家庭, 家族, 家电, 家用 (unless another word starts right
 * after 家: 家用于, 家电信); 起, 站, 部, 人 likewise (WORD_AFTER_CLASSIFIER).
 */
export function startsAnotherWord(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c === 0x624b /* 手 */) return !boardLotAt(s, at);
  if (c === 0x5bb6 /* 家 */) return at + 1 < s.length && '庭族属人乡具电园用'.includes(s[at + 1]) && !AFTER_JIA_CLASSIFIER.match(s, at + 1); // 数百万家庭: no classifier
  // 两位数增长: "double-digit", no people counted; 1.89万亿位居第八, 位列: 位 starts a verb of ranking.
  // 三位一体 (the trinity) is an idiom; 六位一体 (six in one) counts its parts.
  if (c === 0x4f4d /* 位 */) return isDigitsWord(s, at) || (s.charCodeAt(at + 1) === 0x5c45 /* 居 */ && !'民住所室'.includes(s[at + 2] ?? '_')) || s.charCodeAt(at + 1) === 0x5217 /* 列 */ || (s.charCodeAt(at - 1) === 0x4e09 /* 三 */ && (s.startsWith('一体', at + 1) || s.startsWith('一體', at + 1)));
  if (c === 0x9053 /* 道 */ && s.charCodeAt(at - 1) === 0x4e00 /* 一道: together */) return true;
  // (芯公里, fibre-core kilometres, is a unit of cable built: 1.432亿芯公里.)
  if (c === 0x82af /* 芯 */) return s.charCodeAt(at + 1) !== 0x7247 /* 芯片 */ && !fibreAhead(s, at + 1) && !s.startsWith('公里', at + 1);
  // 5亿项目: 项目 (a project) is a word; 3项目标 counts targets (项 + 目标).
  if (c === 0x9879 /* 项 */) return s.charCodeAt(at + 1) === 0x76ee /* 目 */ && s.charCodeAt(at + 2) !== 0x6807 /* 标 */;
  // 本月有6单项目: 单 counts the deals, and 项目 follows (单项 alone is a word: 单项冠军).
  if ((c === 0x5355 /* 单 */ || c === 0x55ae /* 單 */) && (s.charCodeAt(at + 1) === 0x9879 /* 项 */ || s.charCodeAt(at + 1) === 0x9805 /* 項 */) && s.charCodeAt(at + 2) === 0x76ee /* 目 */) return false;
  const words = WORD_AFTER_CLASSIFIER.get(c);
  if (c === 0x4eba /* 人 */ && s.startsWith('工作', at + 1)) return false; // 3000人工作: people who work
  return words !== undefined && at + 1 < s.length && words.includes(s[at + 1]);
}

/**
 * Second characters of the words that 杯, 桌 and 手 start (杯子, 世界杯赛, 桌面, 桌椅, 手机, 手续, 二手车): there
 * the character after the number is no classifier (100万手机 counts phones: 100万).
 */
const WORD_AFTER_NEW_CLASSIFIER = new Map<number, string>([
  [0x676f /* 杯 */, '子赛具垫葛盖托'],
  [0x684c /* 桌 */, '面子椅游球布案上'],
  [0x6863 /* 档 */, '案期次位口'],
  [0x8154 /* 腔 */, '体调室肠内镜'],
  [0x5bf9 /* 对 */, '于手比象应称外方话立接标冲抗等照此其该这那待华美中日韩欧俄台港阵决峙垒撞调齐焦口号0123456789'],
  [0x5c81 /* 岁 */, '末月数'],
  [0x9053 /* 道 */, '路理德教具歉别家口题谢观义'],
  [0x9636 /* 阶 */, '段梯层级'],
  [0x7ae0 /* 章 */, '程法节'],
  [0x8282 /* 节 */, '能省约点日假目奏拍流气制俭余'],
  [0x7bc0 /* 節 */, '能省約點日假目奏拍流氣制儉餘'],
  [0x7701 /* 省 */, '钱电力时事心去掉略级会内外委长份府城部厅属情下得着了却油水道'],
  [0x53bf /* 县 */, '城级域长委政府区内外里市'],
  [0x5730 /* 地 */, '块塊号號址点點区區方下上面产產铁鐵图圖位域说說球震标標段质質形理税稅价價租皮板带帶步道貌表热熱处處主盘盤籍缘緣中外勤基铺鋪毯平狱獄窖雷线線勢势'],
  [0x7bb1 /* 箱 */, '变變体體式子型涵包'],
  [0x7e23 /* 縣 */, '城級域長委政府區內外裡市'],
  [0x5242 /* 剂 */, '量型'],
  [0x73ed /* 班 */, '级子长机车底主组次表期会倒制轮輪'],
  [0x624b /* 手 */, '机续段中里上下握术工表套法艺动柄腕指册脚头游稿写枪环提电绘持办感势臂掌心边足抄语札背链铐帕牌气笔迹刹雷软房车货'],
]);
for (const [c, words] of WORD_AFTER_NEW_CLASSIFIER) WORD_AFTER_CLASSIFIER.set(c, words);

/** Trading words before 手 in its clause (成交量6.16万手, 买入100手, 封单20万手, 持仓3万手): the board lot of shares. */
const BOARD_LOT_CUE = /成交|交易|股|买|卖|挂单|封单|委托|仓|盘|申购|手数/;

/**
 * 手 at `at` counts board lots (100 shares, a futures contract) only in a clause about trading and not where it
 * starts a word (手机, 手续, 手段 …); elsewhere (两手准备, 二手车, 100万手机) it is no classifier.
 */
function boardLotAt(s: string, at: number): boolean {
  if (at + 1 < s.length && WORD_AFTER_CLASSIFIER.get(0x624b)!.includes(s[at + 1])) return false;
  let k = at;
  while (k > 0 && at - k < 24 && !'，。；！？,;!?\n'.includes(s[k - 1])) k--;
  return BOARD_LOT_CUE.test(s.slice(k, at));
}

/**
 * 光纤 or 光缆 ahead in the same clause (up to 12 characters): 七芯光纤, 288芯单模光缆, 七芯空分复用海底光缆
 * count fibre cores; elsewhere 芯 after a number (8芯片, 七芯科技) is no classifier.
 */
function fibreAhead(s: string, from: number): boolean {
  for (let k = from; k < s.length && k - from < 12; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x5149 /* 光 */ && (s.charCodeAt(k + 1) === 0x7ea4 /* 纤 */ || s.charCodeAt(k + 1) === 0x7f06 /* 缆 */)) return true;
    if (!isCJK(c) && !isAlnum(c)) return false;
  }
  return false;
}

/**
 * 位数 ("number of digits") at `at`: 两位数, 双位数, 三位数增长 say how many digits, not a count of
 * 位 nor 数年 (several years). Not before 数据, 数学, 数量, 数字化 (两位数据科学家 counts people).
 */
export function isDigitsWord(s: string, at: number): boolean {
  return s.charCodeAt(at) === 0x4f4d /* 位 */ && s.charCodeAt(at + 1) === 0x6570 /* 数 */ && !'据学量位码'.includes(s[at + 2] ?? '据');
}

/** The Chinese counted noun at `at`, if any. */
export function zhNounAt(s: string, at: number): { len: number; value: string } | null {
  return startsAnotherWord(s, at) ? null : ZH_NOUNS.match(s, at);
}
/** Chinese counted nouns (searched after a classifier). */
export const ZH_NOUNS = new Trie<string>();
for (const [k, n] of ZH_NOUN_LIST()) ZH_NOUNS.add(k, n);
/** Brands that may sit between a classifier and its noun (数千个英伟达GPU). */
export const BRANDS = new Trie<true>();
for (const b of ['英伟达', '辉达', '华为', '昇腾', '谷歌', '英特尔', '超微', '寒武纪', '海光', '博通']) BRANDS.add(b, true);
export const EN_BRANDS = new Set([
  'nvidia', 'amd', 'intel', 'google', 'huawei', 'ascend', 'broadcom', 'nvidia\'s', 'blackwell', 'hopper', 'rubin', 'grace', 'instinct', 'gaudi', 'trainium',
  'new', 'additional', 'more', 'advanced', 'ai', 'custom', 'dedicated', 'latest', 'high-end', 'top-end', 'cutting-edge', 'next-generation', 'next-gen', 'specialized', 'specialised',
  'relevant',
]);

// ---------------------------------------------------------------------------------------------
// English units

/** Case-sensitive symbols; must end at a word boundary. */
export const EN_SYMBOLS = new Trie<UnitDef>();
// Indian copy writes Mw and Gw.
for (const [k, f] of [['W', 1], ['mW', 1e-3], ['kW', 1e3], ['KW', 1e3], ['kw', 1e3], ['MW', 1e6], ['Mw', 1e6], ['mw', 1e6], ['GW', 1e9], ['Gw', 1e9], ['gw', 1e9], ['TW', 1e12]] as const) EN_SYMBOLS.add(k, u('power', 'W', f));
// Electric and thermal output of a plant (300 MWe, 1.1 GWe, 250 MWt, 40 MWth) and solar ratings (500 MWp, 1.2 GWac,
// 1.5 GWdc): watts all the same.
for (const [k, f] of [['kW', 1e3], ['MW', 1e6], ['GW', 1e9]] as const) for (const tail of ['e', 't', 'th', 'p', 'ac', 'dc']) EN_SYMBOLS.add(k + tail, u('power', 'W', f));
// (A single solar module's peak rating: 700Wp.)
EN_SYMBOLS.add('Wp', u('power', 'W', 1));
// Volts after a number (400V, 138-kV, 11kv, 230 KV; not a lower-case v: 5v5, 2 v 1) and volt-amperes (MVA, kVA, GVA).
// KV and kv also name a key-value cache (8 KV heads): the scanner checks the word after them.
for (const [k, f] of [['V', 1], ['kV', 1e3], ['KV', 1e3], ['kv', 1e3], ['Kv', 1e3]] as const) EN_SYMBOLS.add(k, u('voltage', 'V', f));
// Direct and alternating current written after the symbol: 800 Vdc, 480 VAC, 320 kVDC (HVDC links).
for (const [k, f] of [['Vdc', 1], ['VDC', 1], ['Vac', 1], ['VAC', 1], ['kVdc', 1e3], ['kVDC', 1e3], ['kVac', 1e3], ['kVAC', 1e3]] as const) EN_SYMBOLS.add(k, u('voltage', 'V', f));
// Amperes: 4,000A switchgear, a 63 kA fault level, 800 A busway (a bare A only glued to a number of three or more digits
// or spaced before a stop word: AMPERES_NOT_UNIT).
for (const [k, f] of [['A', 1], ['kA', 1e3]] as const) EN_SYMBOLS.add(k, u('current', 'A', f));
// (Chinese standards write the product with a middle dot: 2.45萬kV·A.)
for (const [k, f] of [['VA', 1], ['kVA', 1e3], ['KVA', 1e3], ['kva', 1e3], ['MVA', 1e6], ['GVA', 1e9], ['V·A', 1], ['kV·A', 1e3], ['MV·A', 1e6]] as const) EN_SYMBOLS.add(k, u('apparent-power', 'VA', f));
/** Volt symbols that are also abbreviations: KV (key-value) before these words is no unit. */
export const KV_NOT_VOLTS = new Set(['cache', 'caches', 'head', 'heads', 'store', 'stores', 'pair', 'pairs', 'database', 'databases', 'memory', 'compression']);
// Chinese copy often writes the h capital: 415TWH.
// BkWh: billion kilowatthours, as the EIA writes them.
for (const [k, f] of [['Wh', 1], ['kWh', 1e3], ['KWh', 1e3], ['kwh', 1e3], ['KWH', 1e3], ['MWh', 1e6], ['MWH', 1e6], ['GWh', 1e9], ['GWH', 1e9], ['gwh', 1e9], ['TWh', 1e12], ['TWH', 1e12], ['twh', 1e12], ['PWh', 1e15], ['BkWh', 1e12],
  // Indian copy's case, as Mw and Gw for power: "23,000 Mwh (Megawatt hour)".
  ['Mwh', 1e6], ['mwh', 1e6], ['Gwh', 1e9], ['Twh', 1e12],
  // "4,500 MW-hour of battery storage": the unit written with a hyphen.
  ['kW-hour', 1e3], ['kW-hours', 1e3], ['MW-hour', 1e6], ['MW-hours', 1e6], ['GW-hour', 1e9], ['GW-hours', 1e9]] as const) EN_SYMBOLS.add(k, u('energy', 'Wh', f));
for (const [k, f] of [['KB', 1e3], ['kB', 1e3], ['MB', 1e6], ['GB', 1e9], ['TB', 1e12], ['PB', 1e15], ['EB', 1e18], ['ZB', 1e21]] as const) EN_SYMBOLS.add(k, u('data', 'B', f));
// "82Tbytes of data", "16 Gbyte": the byte spelled out after the prefix's letter.
for (const [k, f] of [['Mbytes', 1e6], ['Mbyte', 1e6], ['Gbytes', 1e9], ['Gbyte', 1e9], ['Tbytes', 1e12], ['Tbyte', 1e12], ['Pbytes', 1e15], ['Pbyte', 1e15]] as const) EN_SYMBOLS.add(k, u('data', 'B', f));
// Binary multiples, as memory is specified: 192 GiB of HBM3E (2^30 bytes to the GiB).
for (const [k, f] of [['KiB', 2 ** 10], ['MiB', 2 ** 20], ['GiB', 2 ** 30], ['TiB', 2 ** 40], ['PiB', 2 ** 50]] as const) EN_SYMBOLS.add(k, u('data', 'B', f));
// Memory dies are sized in bits: an 8Gb DDR4 die, a 24Gb DRAM chip, a 256Mb SRAM test die (8 bits to the byte).
for (const [k, f] of [['Mb', 1e6 / 8], ['Gb', 1e9 / 8], ['Tb', 1e12 / 8]] as const) EN_SYMBOLS.add(k, u('data', 'B', f));
// Bits per second in every spelling: Tbps, Tb/s, Tbit/s (52.3 Pbit/s, 1 Eb/s; typeset 32 Tbit / s); bytes per second × 8.
for (const [pre, f] of [['', 1], ['k', 1e3], ['K', 1e3], ['M', 1e6], ['G', 1e9], ['T', 1e12], ['P', 1e15], ['E', 1e18]] as const) {
  // (100 Gb/sec: the second spelled short, as TB/sec; 260TB/second, 3.2 Tb/second: spelled out after the slash.)
  // ("more than 200Tb per second of capacity": the second written out.)
  for (const k of [`${pre}bps`, `${pre}bit/s`, ...(pre ? [`${pre}b/s`, `${pre}b/sec`, `${pre}b/second`, `${pre}bit / s`, `${pre}b per second`] : [])]) EN_SYMBOLS.add(k, u('bandwidth', 'bit/s', f));
  if (pre && pre !== 'K') EN_SYMBOLS.add(`${pre}B/s`, u('bandwidth', 'bit/s', 8 * f)).add(`${pre}byte/s`, u('bandwidth', 'bit/s', 8 * f)).add(`${pre}Byte/s`, u('bandwidth', 'bit/s', 8 * f)).add(`${pre}Bps`, u('bandwidth', 'bit/s', 8 * f)).add(`${pre}B/sec`, u('bandwidth', 'bit/s', 8 * f)).add(`${pre}B/second`, u('bandwidth', 'bit/s', 8 * f));
}
// (Indian copy capitalises it: "6,92,676 Km of optical fibre".)
for (const [k, f] of [['km', 1e3], ['kms', 1e3], ['Km', 1e3], ['Kms', 1e3], ['cm', 1e-2], ['mm', 1e-3]] as const) EN_SYMBOLS.add(k, u('length', 'm', f));
/** A bare m glued to a number is the million scale, except after a dimension word (长90m, 高度12.30m): the metre. */
export const METRE = u('length', 'm', 1);
/** The pound as a weight (a hyphenated "130-pound satellite"; pounds alone are sterling unless weighed). */
export const POUND_MASS = u('mass', 'kg', 0.45359237);
for (const [k, f] of [['ml', 1e-6], ['mL', 1e-6]] as const) EN_SYMBOLS.add(k, u('volume', 'm3', f));
// Cubic metres written with a plain 3 after a number ("67 million m3", "2.09 million m3"), as m2 for square metres.
for (const k of ['m3', 'm³', '㎥']) EN_SYMBOLS.add(k, u('volume', 'm3', 1));
EN_SYMBOLS.add('ms', dur(1e-3, 'millisecond'));
EN_SYMBOLS.add('ns', dur(1e-9, 'nanosecond'));
// Spec sheets and tables: "125%持续10min", "30 min backup", "5 mins".
EN_SYMBOLS.add('min', dur(60, 'minute')).add('mins', dur(60, 'minute'));
EN_SYMBOLS.add('μs', dur(1e-6, 'microsecond'));
for (const [k, f] of [['m²', 1], ['㎡', 1], ['㎢', 1e6], ['m2', 1], ['mm²', 1e-6], ['mm2', 1e-6], ['cm²', 1e-4], ['cm2', 1e-4], ['sqm', 1], ['km²', 1e6], ['km2', 1e6], ['ft²', 0.09290304], ['ft2', 0.09290304], ['sq ft', 0.09290304], ['sq. ft.', 0.09290304], ['sq. ft', 0.09290304], ['sq.ft.', 0.09290304], ['sq.ft', 0.09290304], ['sqft', 0.09290304], ['NRSF', 0.09290304], ['Sq. Ft.', 0.09290304], ['Sq. Ft', 0.09290304], ['Sq Ft', 0.09290304], ['Sq.Ft.', 0.09290304], ['SQ. FT.', 0.09290304], ['SQ FT', 0.09290304],
  // Real-estate shorthand: "exceed 2 million sf", "a 250,000 SF building", "120,000 RSF" (rentable).
  ['sf', 0.09290304], ['SF', 0.09290304], ['RSF', 0.09290304],
  // "400KSF", "2.4MSF": thousands and millions of square feet.
  ['KSF', 92.90304], ['MSF', 92903.04],
  // South African and British copy: 16 000sq m, 2,000 sq. m, 5 sq km.
  ['sq m', 1], ['sq. m.', 1], ['sq. m', 1], ['sq.m.', 1], ['sq.m', 1], ['sq km', 1e6], ['sq. km.', 1e6], ['sq. km', 1e6], ['sq.km', 1e6], ['sq mi', 2589988.110336]] as const) {
  EN_SYMBOLS.add(k, u('area', 'm2', f));
}
// Temperatures (coolant, inlet, outdoor air) keep the scale they were written in: °C and °F are affine
// scales, so a factor cannot convert them, and no check compares a temperature with anything.
export const CELSIUS = u('temperature', '°C', 1);
export const FAHRENHEIT = u('temperature', '°F', 1);
for (const k of ['°C', '° C', 'ºC', '℃']) EN_SYMBOLS.add(k, CELSIUS);
for (const k of ['°F', '° F', 'ºF', '℉']) EN_SYMBOLS.add(k, FAHRENHEIT);
for (const k of ['℃', '摄氏度', '攝氏度']) ZH_UNITS.add(k, CELSIUS);
for (const k of ['℉', '华氏度', '華氏度']) ZH_UNITS.add(k, FAHRENHEIT);
// Frequencies: chip clocks (3.5 GHz, 主频2.8GHz) and spectrum (700MHz频段, 3.5兆赫).
for (const [k, f] of [['Hz', 1], ['kHz', 1e3], ['KHz', 1e3], ['MHz', 1e6], ['Mhz', 1e6], ['GHz', 1e9], ['Ghz', 1e9], ['THz', 1e12]] as const) EN_SYMBOLS.add(k, u('frequency', 'Hz', f));
for (const [k, f] of [['赫兹', 1], ['千赫', 1e3], ['千赫兹', 1e3], ['兆赫', 1e6], ['兆赫兹', 1e6], ['吉赫', 1e9], ['吉赫兹', 1e9], ['千兆赫', 1e9], ['千兆赫兹', 1e9], ['太赫兹', 1e12]] as const) ZH_UNITS.add(k, u('frequency', 'Hz', f));
EN_SYMBOLS.add('%', u('percent', 'percent', 1));
EN_SYMBOLS.add('‰', u('percent', 'percent', 0.1));
EN_SYMBOLS.add('x', u('ratio', 'ratio', 1));
EN_SYMBOLS.add('X', u('ratio', 'ratio', 1));
EN_SYMBOLS.add('×', u('ratio', 'ratio', 1));
for (const c of ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'HKD', 'RMB', 'SEK', 'NOK', 'DKK', 'CHF', 'AUD', 'CAD', 'INR', 'KRW', 'TWD', 'SGD', 'MYR', 'AED', 'SAR', 'QAR', 'OMR', 'KWD', 'BHD', 'JOD', 'EGP', 'ILS', 'BRL', 'NZD', 'MOP', 'IDR', 'VND', 'THB', 'PHP', 'ISK', 'CZK', 'HUF', 'RON', 'NGN', 'PKR', 'BDT', 'ZAR', 'MXN', 'PLN']) EN_SYMBOLS.add(c, money(c === 'RMB' ? 'CNY' : c));

/** Case-folded words and phrases; must end at a word boundary. */
export const EN_WORDS = new Trie<UnitDef>();
const words = (list: string[], d: UnitDef): void => { for (const w of list) EN_WORDS.add(w, d); };
const power: [string, number][] = [['milliwatt', 1e-3], ['watt', 1], ['kilowatt', 1e3], ['megawatt', 1e6], ['gigawatt', 1e9], ['terawatt', 1e12]];
for (const [w, f] of power) {
  words([w, `${w}s`], u('power', 'W', f));
  words([`${w}-hour`, `${w}-hours`, `${w} hour`, `${w} hours`, `${w}hour`, `${w}hours`], u('energy', 'Wh', f));
}
// "1,800 mega watts (MW)": the prefix written as a word of its own.
for (const [pre, f] of [['kilo', 1e3], ['mega', 1e6], ['giga', 1e9], ['tera', 1e12]] as const) words([`${pre} watt`, `${pre} watts`], u('power', 'W', f));
// ("67 megavolts ampere (MVA)": the prefix glued and volts in the plural; "1,500 megavoltampere (MVA)": one word.)
for (const [pre, f] of [['kilo', 1e3], ['mega', 1e6]] as const) words([`${pre} volt ampere`, `${pre} volt amperes`, `${pre} volt-ampere`, `${pre} volt-amperes`, `${pre}volt ampere`, `${pre}volt amperes`, `${pre}volt-amperes`, `${pre}volts ampere`, `${pre}volt-ampere`, `${pre}voltampere`, `${pre}voltamperes`], u('apparent-power', 'VA', f));
// Joules, as energy statistics and per-query estimates write them (1 kJ, 600 EJ): energy in Wh (1 Wh = 3,600 J).
// No bare J: it names too much else.
// Energy per bit of optics and interconnects: 5 pJ/b, 0.5 nJ/bit.
for (const [k, f] of [['pJ', 1e-12], ['nJ', 1e-9], ['kJ', 1e3], ['MJ', 1e6], ['GJ', 1e9], ['TJ', 1e12], ['PJ', 1e15], ['EJ', 1e18]] as const) EN_SYMBOLS.add(k, u('energy', 'Wh', f / 3600));
for (const [w, f] of [['picojoule', 1e-12], ['nanojoule', 1e-9], ['joule', 1], ['kilojoule', 1e3], ['megajoule', 1e6], ['gigajoule', 1e9], ['terajoule', 1e12], ['petajoule', 1e15], ['exajoule', 1e18]] as const) words([w, `${w}s`], u('energy', 'Wh', f / 3600));
for (const [w, f] of [['amp', 1], ['ampere', 1], ['kiloamp', 1e3], ['kiloampere', 1e3]] as const) words([w, `${w}s`], u('current', 'A', f));
for (const [w, f] of [['volt', 1], ['kilovolt', 1e3], ['megavolt', 1e6]] as const) {
  words([w, `${w}s`], u('voltage', 'V', f));
  words([`${w}-ampere`, `${w}-amperes`, `${w} ampere`, `${w} amperes`, `${w}-amp`, `${w}-amps`], u('apparent-power', 'VA', f));
}
for (const [w, f] of [['byte', 1], ['kilobyte', 1e3], ['megabyte', 1e6], ['gigabyte', 1e9], ['terabyte', 1e12], ['petabyte', 1e15], ['exabyte', 1e18], ['zettabyte', 1e21]] as const) {
  words([w, `${w}s`], u('data', 'B', f));
  // "3.35 terabytes per second of memory bandwidth", "194 Petabytes per second": bytes per second spelled out, × 8 as TB/s.
  if (f >= 1e6) words([`${w}s per second`, `${w} per second`, `${w}s-per-second`, `${w}s/sec`, `${w}s/s`, `${w}s/second`, `${w}/second`, `${w}s a second`], u('bandwidth', 'bit/s', 8 * f));
}
for (const [w, f] of [['kilobit', 1e3], ['megabit', 1e6], ['gigabit', 1e9], ['terabit', 1e12], ['petabit', 1e15], ['exabit', 1e18]] as const) {
  words([`${w}s per second`, `${w} per second`, `${w}s-per-second`, `${w}-per-second`, `${w}s/sec`, `${w}s/s`, `${w}s/second`, `${w}/second`], u('bandwidth', 'bit/s', f));
  // An amount of data in bits ("30 billion gigabits"): bytes, an eighth.
  words([w, `${w}s`], u('data', 'B', f / 8));
}
// "2 bytes (16 bits)": bits in the plural are data too (the singular stays an adjective's: "32-bit", a count).
words(['bits'], u('data', 'B', 1 / 8));
// "delivers 10^17 bits per second (100 petabits per second)": bits per second with no prefix are a bandwidth too.
words(['bits per second', 'bits/sec', 'bits a second'], u('bandwidth', 'bit/s', 1));
// Integer operations per second (NPU and edge-chip ratings): upper case only, since "tops" is a verb.
for (const [k, f] of [['TOPS', 1e12], ['TOPs', 1e12], ['POPS', 1e15]] as const) EN_SYMBOLS.add(k, u('compute', 'OPS', f));
// Spelled out: "744 tera operations per second", "five peta operations per second" (a scale word, "10 trillion operations", stays a count).
for (const [w, f] of [['tera', 1e12], ['peta', 1e15], ['exa', 1e18]] as const) words([`${w} operations per second`, `${w}-operations per second`], u('compute', 'OPS', f));
// Training compute is a count of operations: bare FLOP and FLOPs (exact case; FLOPS is per second).
for (const k of ['FLOP', 'FLOPs']) EN_SYMBOLS.add(k, u('compute', 'FLOP', 1));
// A prefixed singular ("智算新增10EFLOP") is a rating, per second, as TFLOPs is.
for (const [k, f] of [['GFLOP', 1e9], ['TFLOP', 1e12], ['PFLOP', 1e15], ['EFLOP', 1e18], ['ZFLOP', 1e21]] as const) EN_SYMBOLS.add(k, u('compute', 'FLOPS', f));
// Compute in any case (TFLOPS, TFLOPs, Tflops, PFlops, ExaFLOPS, teraflops, EFLOP/s): the words are folded.
for (const [pre, f] of [['', 1], ['g', 1e9], ['t', 1e12], ['p', 1e15], ['e', 1e18], ['z', 1e21], ['giga', 1e9], ['tera', 1e12], ['peta', 1e15], ['exa', 1e18], ['zetta', 1e21]] as const) {
  // "10Exa-Flops", "2 peta-flops": the prefix word hyphenated.
  words([`${pre}flops`, `${pre}flop/s`, `${pre}flops/s`, ...(pre.length > 1 ? [`${pre}flop`, `${pre}-flops`] : [])], u('compute', 'FLOPS', f));
}
// "585.34 PFlop" (a prefixed singular in mixed case, a rating as PFLOP is); "two ExFLOPS" (an exa- abbreviated Ex).
for (const [k, f] of [['gflop', 1e9], ['tflop', 1e12], ['pflop', 1e15], ['eflop', 1e18], ['zflop', 1e21], ['exflops', 1e18], ['exflop', 1e18]] as const) EN_WORDS.add(k, u('compute', 'FLOPS', f));
words(['dollars', 'dollar', 'us dollars', 'us dollar', 'u.s. dollars', 'u.s. dollar'], money('USD'));
// Dollars named with their country after the amount: "735 million Canadian dollars (489 million euros)".
for (const [c, code] of [['canadian', 'CAD'], ['australian', 'AUD'], ['new zealand', 'NZD'], ['singapore', 'SGD'], ['hong kong', 'HKD'], ['taiwan', 'TWD'], ['new taiwan', 'TWD']] as const) words([`${c} dollars`, `${c} dollar`], money(code));
words(['kenyan shillings', 'kenya shillings'], money('KES'));
words(['yuan', 'renminbi'], money('CNY'));
words(['euros', 'euro'], money('EUR'));
words(['pounds', 'pounds sterling'], money('GBP'));
/** The singular "pound" as sterling after a scale word ("a 110 million pound fund": read in the scanner only there). */
export const GBP_WORD = money('GBP');
words(['yen', 'japanese yen'], money('JPY'));
words(['won', 'korean won', 'south korean won'], money('KRW'));
words(['rupees', 'rupee', 'indian rupees', 'indian rupee'], money('INR'));
// ("($1 = 280.5 Pakistani rupees)": the wires' conversion notes name the country.)
words(['pakistani rupees', 'pakistani rupee'], money('PKR'));
words(['sri lankan rupees', 'sri lankan rupee'], money('LKR'));
words(['ringgit', 'malaysian ringgit'], money('MYR'));
words(['rupiah', 'indonesian rupiah'], money('IDR'));
// "39 trillion dong (US$1.5 billion)": the Vietnamese dong after its amount.
words(['dong', 'vietnamese dong'], money('VND'));
// Nordic crowns: Swedish kronor (SEK), Norwegian and Danish kroner (NOK, DKK); a bare "kroner" or "kr"
// takes the country named before it (scanner: nordicCrown).
words(['kronor', 'krona', 'swedish kronor', 'swedish krona'], money('SEK'));
words(['kroner', 'krone', 'norwegian kroner', 'norwegian krone'], money('NOK'));
// Wire copy's English for the Nordic crowns: "95 billion Swedish crowns (€8.7 billion)".
words(['swedish crowns', 'swedish crown'], money('SEK'));
words(['norwegian crowns', 'norwegian crown'], money('NOK'));
words(['danish crowns', 'danish crown'], money('DKK'));
words(['danish kroner', 'danish krone'], money('DKK'));
EN_SYMBOLS.add('kr', money('SEK'));
words(['rand', 'rands', 'south african rand'], money('ZAR'));
// Shillings in East African AI-infrastructure copy are Kenya's ("about 18 billion shillings" at Tatu City).
words(['kenyan shillings', 'kenyan shilling', 'shillings'], money('KES'));
// Gulf and Middle-East currencies. A bare riyal, dirham or dinar takes the country named before it (scanner:
// sharedCurrency), else the Saudi riyal, the UAE dirham and the Kuwaiti dinar; named with the country it is that one.
words(['riyals', 'riyal', 'rials', 'rial', 'saudi riyals', 'saudi riyal'], money('SAR'));
words(['qatari riyals', 'qatari riyal', 'qatari rials', 'qatari rial'], money('QAR'));
words(['omani rials', 'omani rial', 'omani riyals', 'omani riyal'], money('OMR'));
words(['iranian rials', 'iranian rial'], money('IRR'));
words(['dirhams', 'dirham', 'uae dirhams', 'uae dirham', 'emirati dirhams', 'emirati dirham'], money('AED'));
words(['moroccan dirhams', 'moroccan dirham'], money('MAD'));
words(['dinars', 'dinar', 'kuwaiti dinars', 'kuwaiti dinar'], money('KWD'));
words(['bahraini dinars', 'bahraini dinar'], money('BHD'));
words(['jordanian dinars', 'jordanian dinar'], money('JOD'));
words(['iraqi dinars', 'iraqi dinar'], money('IQD'));
words(['egyptian pounds', 'egyptian pound'], money('EGP'));
words(['shekels', 'shekel', 'new israeli shekels'], money('ILS'));
words(['turkish lira', 'turkish liras', 'lira', 'liras'], money('TRY'));
words(['swiss francs', 'swiss franc'], money('CHF'));
words(['naira', 'nigerian naira'], money('NGN'));
words(['zloty', 'zlotys', 'zlotych', 'polish zloty'], money('PLN'));
words(['forint', 'forints', 'hungarian forint'], money('HUF'));
words(['czech crowns', 'czech koruna', 'koruna'], money('CZK'));
words(['pakistani rupees', 'pakistani rupee'], money('PKR'));
words(['chilean pesos', 'chilean peso'], money('CLP'));
words(['argentine pesos', 'argentine peso', 'argentinian pesos'], money('ARS'));
words(['colombian pesos', 'colombian peso'], money('COP'));
words(['tenge', 'kazakh tenge'], money('KZT'));
words(['reais', 'reals', 'brazilian reais', 'brazilian reals', 'brazilian real'], money('BRL'));
words(['patacas', 'pataca'], money('MOP'));
words(['roubles', 'rouble', 'rubles', 'ruble', 'russian roubles', 'russian rouble', 'russian rubles', 'russian ruble'], money('RUB'));
words(['baht', 'thai baht'], money('THB'));
// Pesos only named with the country (a bare peso may be Mexican, Philippine, Chilean, Argentine …).
words(['philippine pesos', 'philippine peso'], money('PHP'));
words(['mexican pesos', 'mexican peso'], money('MXN'));
// Cents and pence are amounts in the main unit: 16 cents = 0.16 USD (cents are dollar cents, as $ is USD), 25p = 0.25 GBP.
words(['cents', 'cent', 'us cents', 'u.s. cents', 'us cent'], u('money', 'USD', 0.01));
// ("the rupee fell 66 paise to 91.07": the rupee's hundredth.)
words(['paise', 'paisa'], u('money', 'INR', 0.01));
words(['euro cents', 'euro cent'], u('money', 'EUR', 0.01));
// A REIT's payout in its country's cents: "a DPU of 1.74 Singapore cents", "5.2 Australian cents".
words(['singapore cents', 'singapore cent', 's cents'], u('money', 'SGD', 0.01));
words(['australian cents', 'australian cent'], u('money', 'AUD', 0.01));
words(['hong kong cents', 'hong kong cent', 'hk cents'], u('money', 'HKD', 0.01));
words(['canadian cents', 'canadian cent'], u('money', 'CAD', 0.01));
words(['new zealand cents', 'new zealand cent'], u('money', 'NZD', 0.01));
words(['pence'], u('money', 'GBP', 0.01));
// Malaysian copy prices power in sen, a hundredth of a ringgit (45.62 sen/kWh), as Chinese copy writes 仙.
words(['sen'], u('money', 'MYR', 0.01));
EN_SYMBOLS.add('¢', u('money', 'USD', 0.01));
/** Cents written as a letter glued to the amount ("3.5c/kWh"): only before a per-unit of energy (scanner checks). */
export const CENT = u('money', 'USD', 0.01);
/** Pence written as a letter glued to the amount ("25p per kWh"): only before a rate (scanner checks). */
export const PENCE = u('money', 'GBP', 0.01);
EN_SYMBOLS.add('p', PENCE);
EN_SYMBOLS.add('c', CENT);
// ("a 25-per-cent tariff": the Canadian press hyphenates the two words as well.)
words(['percent', 'per cent', 'per-cent', 'pct', 'pcts'], u('percent', 'percent', 1));
export const PERCENTAGE_POINTS = u('percent', 'pp', 1);
words(['percentage points', 'percentage point', 'percentage-point', 'percentage-points'], PERCENTAGE_POINTS);
// Wire and British shorthand for percentage points: "up 3pp", "fell 2 ppts", "a 1.5ppt rise".
for (const w of ['pp', 'ppt', 'ppts']) EN_SYMBOLS.add(w, PERCENTAGE_POINTS);
/** Basis points: hundredths of a percentage point. */
export const BASIS_POINTS = u('percent', 'pp', 0.01);
words(['basis points', 'basis point', 'basis-point', 'basis-points'], BASIS_POINTS);
// 170个基点 (Taiwan 基點): basis points in Chinese copy.
ZH_UNITS.add('基点', BASIS_POINTS);
ZH_UNITS.add('个基点', BASIS_POINTS);
/** Hong Kong copy's 點子 (按年跌825點子): basis points after Arabic digits only (出点子 is an idea). */
export const DIANZI_BP = u('percent', 'pp', 0.01, { weak: true });
ZH_UNITS.add('点子', DIANZI_BP);
EN_SYMBOLS.add('bp', BASIS_POINTS);
// Capitals, as Chinese bond copy writes them (低于估值约12个BP, 下调25BP): glued, or before no word (not "20 BP stations").
EN_SYMBOLS.add('BP', BASIS_POINTS);
EN_SYMBOLS.add('BPS', BASIS_POINTS);
// British copy: "rose 20pc" (attached only: "20 pc" may count personal computers).
EN_SYMBOLS.add('pc', u('percent', 'percent', 1));
export const SQUARE_FOOT = u('area', 'm2', 0.09290304);
/** Currency signs some copy writes after the amount ("dropped to 393$", "a 5 € fee"). */
export const TRAILING_CURRENCY_SIGNS = new Map<number, UnitDef>([[36, money('USD')], [0x20ac, money('EUR')], [0xa3, money('GBP')]]);
words(['square feet', 'square foot', 'square-foot', 'square-feet', 'sq feet'], SQUARE_FOOT);
// Silicon wafer area is shipped in square inches (SEMI: "3,152 million square inches").
words(['square inches', 'square inch', 'square-inch', 'sq in'], u('area', 'm2', 0.00064516));
words(['sq metres', 'sq meters', 'sq metre', 'sq meter', 'sq. metres', 'sq. meters', 'sq kilometres', 'sq kilometers', 'sq miles'], u('area', 'm2', 1));
EN_WORDS.add('sq kilometres', u('area', 'm2', 1e6)).add('sq kilometers', u('area', 'm2', 1e6)).add('sq miles', u('area', 'm2', 2589988.110336)).add('sq mile', u('area', 'm2', 2589988.110336));
words(['square meters', 'square metres', 'square meter', 'square metre', 'square-meter', 'square-metre', 'square-meters', 'square-metres'], u('area', 'm2', 1));
words(['square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'square-kilometer', 'square-kilometre', 'square miles', 'square mile'], u('area', 'm2', 1e6));
// Die and wafer areas: "a die spanning 46,225 square millimeters".
words(['square millimeters', 'square millimetres', 'square millimeter', 'square millimetre', 'square-millimeter', 'square-millimetre'], u('area', 'm2', 1e-6));
words(['square centimeters', 'square centimetres', 'square centimeter', 'square centimetre'], u('area', 'm2', 1e-4));
EN_WORDS.add('square miles', u('area', 'm2', 2589988.110336));
EN_WORDS.add('square mile', u('area', 'm2', 2589988.110336));
// "a 10-square-mile site": the hyphenated adjective, as square-foot.
EN_WORDS.add('square-mile', u('area', 'm2', 2589988.110336));
words(['acres', 'acre'], u('area', 'm2', 4046.8564224));
// Water rights and use in the US West: an acre covered a foot deep (1,233.48 m³).
words(['acre-feet', 'acre-foot', 'acre feet', 'acre foot', 'acre-ft'], u('volume', 'm3', 1233.48183754752));
words(['hectares', 'hectare'], u('area', 'm2', 1e4));
// "a 600-acre (243ha) site", "1.6 ha": the hectare's symbol (lower case only).
EN_SYMBOLS.add('ha', u('area', 'm2', 1e4));
words(['kilometers', 'kilometres', 'kilometer', 'kilometre'], u('length', 'm', 1e3));
words(['miles', 'mile'], u('length', 'm', 1609.344));
// Subsea cable routes and offshore sites: "50 nautical miles" (1,852 m).
words(['nautical miles', 'nautical mile'], u('length', 'm', 1852));
for (const [w, f] of [['hertz', 1], ['kilohertz', 1e3], ['megahertz', 1e6], ['gigahertz', 1e9], ['terahertz', 1e12]] as const) words([w], u('frequency', 'Hz', f));
// Lower-case keys: EN_WORDS is matched case-folded ("40 degrees Celsius", "a 20-degree Celsius rise", "104 degrees F").
words(['degrees celsius', 'degree celsius', 'degrees c', 'degree c', 'degrees centigrade'], CELSIUS);
words(['degrees fahrenheit', 'degree fahrenheit', 'degrees f', 'degree f'], FAHRENHEIT);
words(['feet', 'foot'], u('length', 'm', 0.3048));
// "65ft high": the foot's abbreviation after a number ("sq ft" is an area, read first).
EN_SYMBOLS.add('ft', u('length', 'm', 0.3048));
words(['inches', 'inch', '-inch'], u('length', 'm', 0.0254));
words(['meters', 'metres', 'meter', 'metre'], u('length', 'm', 1));
// Litres with SI prefixes: Irish and Australian water reporting counts megalitres (ML) and gigalitres (GL).
for (const [pre, f] of [['', 1e-3], ['milli', 1e-6], ['kilo', 1], ['mega', 1e3], ['giga', 1e6]] as const) {
  words([`${pre}liters`, `${pre}litres`, `${pre}liter`, `${pre}litre`], u('volume', 'm3', f));
}
/** Volume symbols that are also abbreviations (ML = machine learning): a unit only before a stop word or punctuation. */
// A bare L is a litre the same way: water use per kWh (WUE 0.5L/kWh, 1.8 L/kWh), not an L in a name (2L bottle stays a count).
export const VOLUME_ABBREVIATIONS = new Set(['ML', 'Ml', 'GL', 'L']);
// (ℓ, the script litre sign, in South African copy: 0.1 ℓ/kWh.)
for (const [k, f] of [['L', 1e-3], ['\u2113', 1e-3], ['kL', 1], ['KL', 1], ['ML', 1e3], ['Ml', 1e3], ['GL', 1e6]] as const) EN_SYMBOLS.add(k, u('volume', 'm3', f));
words(['gallons', 'gallon'], u('volume', 'm3', 0.003785411784));
// "from 500,000 gal to 1.5 million gal": the abbreviation.
words(['gal'], u('volume', 'm3', 0.003785411784));
words(['cubic meters', 'cubic metres', 'cubic meter', 'cubic metre', 'cubic-meter', 'cubic-metre'], u('volume', 'm3', 1));
// (Concrete and earthworks in US copy: "50,000 or more cubic yards", 0.764554857984 m³ each.)
words(['cubic yards', 'cubic yard', 'cubic-yard'], u('volume', 'm3', 0.764554857984));
// Natural gas reserves and supply: "200 trillion cubic feet", "5 billion cubic feet".
words(['cubic feet', 'cubic foot'], u('volume', 'm3', 0.028316846592));
words(['tonnes', 'tonne', 'tons', 'ton', 'metric tons', 'metric tonnes', 'metric ton', 'metric tonne'], u('mass', 'kg', 1000));
words(['kilograms', 'kilogram', 'kilogrammes', 'kilogramme', 'kg'], u('mass', 'kg', 1));
// Gold and silver output ("78,100 ounces", "613 000 oz"): ounces, read as 盎司 is (the avoirdupois ounce; a troy ounce is
// 10% heavier, and the page rarely says which).
words(['ounces', 'ounce'], u('mass', 'kg', 0.028349523125));
EN_SYMBOLS.add('oz', u('mass', 'kg', 0.028349523125));
// Megatonnes of emissions: 200Mt CO2e, 1.5 MtCO2e (exact case: mt is no unit).
for (const k of ['Mt', 'MtCO2', 'MtCO2e', 'MtCO₂', 'MtCO₂e']) EN_SYMBOLS.add(k, u('mass', 'kg', 1e9));
// Kilotonnes with the gas glued on (20.4ktCO₂e); a bare kt may be knots, no unit here.
for (const k of ['ktCO2', 'ktCO2e', 'ktCO₂', 'ktCO₂e']) EN_SYMBOLS.add(k, u('mass', 'kg', 1e6));
words(['megatonnes', 'megatonne', 'megatons', 'megaton'], u('mass', 'kg', 1e9));
words(['kilotonnes', 'kilotonne', 'kilotons', 'kiloton'], u('mass', 'kg', 1e6));
// Grams: lower-case symbols only (5G is a network), "0.03 g of CO2e", "1.2 g/kWh".
words(['grams', 'gram'], u('mass', 'kg', 1e-3));
words(['milligrams', 'milligram'], u('mass', 'kg', 1e-6));
for (const [k, f] of [['g', 1e-3], ['mg', 1e-6]] as const) EN_SYMBOLS.add(k, u('mass', 'kg', f));
// Emissions with the gas glued on: 0.03 gCO2e, 12 kgCO2e, 3 tCO2e (as MtCO2e).
// (The subscript two of typeset copy too: 5 gCO₂e.)
for (const [k, f] of [['g', 1e-3], ['kg', 1], ['t', 1000]] as const) for (const gas of ['CO2', 'CO2e', 'CO₂', 'CO₂e']) EN_SYMBOLS.add(k + gas, u('mass', 'kg', f));
words(['lbs', 'lb'], u('mass', 'kg', 0.45359237));
// Mining and commodity reports abbreviate tonnes to t ("copper production to 22 000 t"): a tonne only spaced
// after the number and before a stop word or punctuation (TONNE_SYMBOL; not "the 5 t-shirts").
export const TONNE_SYMBOL = u('mass', 'kg', 1000);
EN_SYMBOLS.add('t', TONNE_SYMBOL);
words(['nanometers', 'nanometres', 'nanometer', 'nanometre'], u('length', 'm', 1e-9));
words(['micrometers', 'micrometres', 'micrometer', 'micrometre', 'microns', 'micron'], u('length', 'm', 1e-6));
for (const k of ['μm', 'µm']) EN_SYMBOLS.add(k, u('length', 'm', 1e-6));
// "0.18um以上的節點": the micrometre typed as um on a keyboard without μ, only glued to its number (MICRON_ASCII).
export const MICRON_ASCII = u('length', 'm', 1e-6);
EN_SYMBOLS.add('um', MICRON_ASCII);
// Process nodes: 7nm, 3纳米, 2奈米 (Taiwan).
EN_SYMBOLS.add('nm', u('length', 'm', 1e-9));
ZH_UNITS.add('纳米', u('length', 'm', 1e-9));
ZH_UNITS.add('奈米', u('length', 'm', 1e-9));
// Taiwan's 坪 (ping), 400/121 m²: 樓地板面積約1.31萬坪, 50坪.
ZH_UNITS.add('坪', u('area', 'm2', 400 / 121));
words(['years', 'year'], dur(YEAR_S, 'year'));
// Notes and tables abbreviate: "contracts extend 3–5 yrs", "a 2 yr extension".
words(['yrs', 'yr'], dur(YEAR_S, 'year'));
words(['months', 'month'], dur(MONTH_S, 'month'));
words(['weeks', 'week'], dur(7 * 86400, 'week'));
words(['days', 'day'], dur(86400, 'day'));
words(['hours', 'hour'], dur(3600, 'hour'));
words(['minutes', 'minute'], dur(60, 'minute'));
words(['milliseconds', 'millisecond'], dur(1e-3, 'millisecond'));
words(['microseconds', 'microsecond'], dur(1e-6, 'microsecond'));
words(['nanoseconds', 'nanosecond'], dur(1e-9, 'nanosecond'));
words(['seconds'], dur(1, 'second'));
words(['decades', 'decade'], dur(10 * YEAR_S, 'decade'));
words(['quarters', 'quarter'], dur(3 * MONTH_S, 'quarter'));
// "eight consecutive quarters", "five straight years", "three successive months", "three full years": the run of
// them is the duration; "the past four fiscal years", "two calendar quarters", "three prior quarters": the kind of
// year does not part number and unit ("three financial years": the British fiscal year).
for (const adj of ['consecutive', 'straight', 'successive', 'full', 'whole', 'fiscal', 'financial', 'calendar', 'prior', 'previous']) {
  for (const [w, d] of [['years', YEAR_S], ['quarters', 3 * MONTH_S], ['months', MONTH_S], ['weeks', 7 * 86400], ['days', 86400]] as const) {
    words([`${adj} ${w}`], dur(d, w.slice(0, -1)));
    if (adj === 'consecutive' || adj === 'straight' || adj === 'successive') words([`${adj} fiscal ${w}`, `${adj} calendar ${w}`], dur(d, w.slice(0, -1)));
    // ("11 consecutive trading days", "five straight business days".)
    if ((adj === 'consecutive' || adj === 'straight' || adj === 'successive') && w === 'days') words([`${adj} trading days`, `${adj} business days`, `${adj} working days`], dur(d, 'day'));
  }
}
words(['times', 'fold', '-fold', 'folds'], u('ratio', 'ratio', 1)); // ("almost 3-folds": a plural some copy writes)

/** English counted nouns (case-folded). */
export const EN_NOUNS = new Trie<string>();
const nouns: [string[], string][] = [
  [['gpu', 'gpus', 'graphics processing units', 'graphics processors', 'g.p.u.s', 'g.p.u.'], 'GPU'],
  [['chip', 'chips', 'superchip', 'superchips', 'processors', 'processor'], 'chip'],
  [['accelerator', 'accelerators'], 'accelerator'],
  [['server', 'servers'], 'server'],
  [['rack', 'racks'], 'rack'],
  [['data center', 'data centers', 'data centre', 'data centres', 'datacenter', 'datacenters', 'datacentre', 'datacentres', 'data-center', 'data-centers', 'data-centre', 'data-centres'], 'data center'],
  [['site', 'sites'], 'site'],
  [['campus', 'campuses'], 'campus'],
  [['job', 'jobs'], 'job'],
  [['tpu', 'tpus'], 'TPU'],
  [['wafer', 'wafers', 'wafer starts', 'wpm', 'wspm'], 'wafer'],
];
for (const [list, n] of nouns) for (const w of list) EN_NOUNS.add(w, n);
/** Singular nouns that end in s, among the counted and head nouns ("campus", "complex" does not). */
const SINGULAR_IN_S = new Set(['campus', 'bus', 'status', 'gas', 'process', 'business', 'access', 'address', 'class', 'series']);
/** A noun as written is plural: "campuses", "GPUs", "H100s", "facilities"; not "campus", "data center". */
export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  return w.endsWith('s') && !SINGULAR_IN_S.has(w);
}
