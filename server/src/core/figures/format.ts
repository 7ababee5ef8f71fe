// Formatting for hovers, inlay hints and quick fixes: one figure, both conventions.
import type { Figure } from '../types.ts';
import { SUPERSCRIPT_DIGITS } from './chars.ts';

export interface FormatOptions {
  /** The unit as the draft wrote it ("千兆瓦", "吉瓦", "亿千瓦时", "度"): preferred in Chinese output. */
  unitText?: string;
  /** Counted noun ("GPU", "chip", "data center"). */
  noun?: string;
  /** Force an SI prefix for power/energy/data/compute ('k', 'M', 'G', 'T', 'P', 'E'). */
  prefix?: string;
}

const SI: [string, number][] = [['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3], ['', 1]];
const CURRENCY_EN: Record<string, [string, string]> = {
  USD: ['US$', ''], EUR: ['€', ''], GBP: ['£', ''], HKD: ['HK$', ''], AUD: ['A$', ''], CAD: ['C$', ''], SGD: ['S$', ''],
  TWD: ['NT$', ''], CNY: ['', ' yuan'], JPY: ['', ' yen'], KRW: ['', ' won'], INR: ['₹', ''], MOP: ['MOP$', ''], BRL: ['R$', ''],
};
const CURRENCY_ZH: Record<string, string> = {
  USD: '美元', CNY: '元', EUR: '欧元', GBP: '英镑', JPY: '日元', HKD: '港元', KRW: '韩元', TWD: '新台币', AUD: '澳元', CAD: '加元', SGD: '新加坡元', INR: '卢比', MOP: '澳门元', BRL: '雷亚尔',
  CHF: '瑞士法郎', SEK: '瑞典克朗', NOK: '挪威克朗', DKK: '丹麦克朗', ZAR: '兰特', NZD: '新西兰元', TRY: '里拉', NGN: '奈拉', PLN: '兹罗提',
  MYR: '林吉特', THB: '泰铢', RUB: '卢布', SAR: '沙特里亚尔', AED: '迪拉姆', IDR: '印尼盾', VND: '越南盾', MXN: '墨西哥比索', PHP: '菲律宾比索',
};
const NOUN_ZH: Record<string, [string, string]> = {
  GPU: ['块', 'GPU'], chip: ['颗', '芯片'], accelerator: ['块', '加速器'], server: ['台', '服务器'], rack: ['个', '机架'],
  'data center': ['座', '数据中心'], site: ['个', '站点'], campus: ['个', '园区'], job: ['个', '工作岗位'], TPU: ['块', 'TPU'], wafer: ['片', '晶圆'],
};

/** Rounds to at most `d` decimals and drops trailing zeros. */
function trim(x: number, d = 3): string {
  if (!Number.isFinite(x)) return String(x);
  const r = Math.round(x * 10 ** d) / 10 ** d;
  return String(r);
}

/** 1234567.5 → "1,234,567.5" */
export function groupDigits(x: number, d = 3): string {
  const s = trim(x, d);
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  const [int, frac] = body.split('.');
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return (neg ? '-' : '') + out + (frac ? '.' + frac : '');
}

/** English magnitude words: 1.2e11 → "120 billion"; below a million, digits with separators. */
function enMagnitude(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e12) return `${trim(v / 1e12)} trillion`;
  if (a >= 1e9) return `${trim(v / 1e9)} billion`;
  if (a >= 1e6) return `${trim(v / 1e6)} million`;
  return groupDigits(v);
}

/** Chinese magnitude: 1e11 → "1000亿", 4e5 → "40万", 1.5e12 → "1.5万亿". */
function zhMagnitude(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e12) return `${trim(v / 1e12, 4)}万亿`;
  if (a >= 1e8) return `${trim(v / 1e8, 4)}亿`;
  if (a >= 1e4) return `${trim(v / 1e4, 4)}万`;
  return trim(v, 4);
}

function pickPrefix(v: number, force?: string): [string, number] {
  if (force !== undefined) {
    const f = SI.find(([p]) => p === force);
    if (f) return f;
  }
  const a = Math.abs(v);
  for (const [p, m] of SI) if (a >= m) return [p, m];
  return ['', 1];
}

function plural(noun: string, v: number): string {
  if (v === 1) return noun;
  if (noun.endsWith('us')) return noun + 'es';
  if (/[A-Z0-9]$/.test(noun)) return noun + 's';
  return noun + 's';
}

/** Formats a value in base units in English ("US$100 billion", "5 GW") or Chinese ("1000亿美元", "5吉瓦") style. */
export function formatValue(value: number, unit: string, lang: 'zh' | 'en', opts: FormatOptions = {}): string {
  const ut = opts.unitText ?? '';
  switch (unit) {
    case 'W':
    case 'Wh': {
      const e = unit === 'Wh';
      if (lang === 'zh') {
        if (e && ut.includes('度')) return `${zhMagnitude(value / 1e3)}度`;
        if (e && ut.includes('亿千瓦时')) return `${trim(value / 1e11, 4)}亿千瓦时`;
        if (!e && ut.includes('万千瓦')) return `${trim(value / 1e7, 4)}万千瓦`;
        const [p, m] = pickPrefix(value, opts.prefix);
        const gw = ut.includes('千兆瓦') ? '千兆瓦' : '吉瓦';
        const words: Record<string, string> = { T: '太瓦', G: gw, M: '兆瓦', k: '千瓦', '': '瓦', P: '拍瓦', E: '艾瓦' };
        return `${trim(value / m, 4)}${words[p]}${e ? '时' : ''}`;
      }
      const [p, m] = pickPrefix(value, opts.prefix);
      return `${groupDigits(value / m)} ${p}${unit}`;
    }
    case 'A':
      // Amperes: "4,000 A", "63 kA"; in Chinese 4000安培, 63千安.
      if (lang === 'zh') return value >= 1e3 ? `${trim(value / 1e3, 4)}千安` : `${trim(value, 4)}安培`;
      return value >= 1e3 ? `${groupDigits(value / 1e3)} kA` : `${groupDigits(value)} A`;
    case 'V':
    case 'VA': {
      // Volts and volt-amperes: "500 kV", "2 GVA"; in Chinese 500千伏, 2000兆伏安 (千兆伏安 when the draft wrote it).
      const [p, m] = pickPrefix(value, opts.prefix);
      if (lang === 'zh') {
        const va = unit === 'VA';
        const giga = ut.includes('千兆') && p === 'G';
        const [zp, zm] = va ? (giga ? ['千兆', 1e9] : p === 'G' || p === 'T' || p === 'P' || p === 'E' || p === 'M' ? ['兆', 1e6] : [p === 'k' ? '千' : '', m]) : p === '' ? ['', 1] : ['千', 1e3];
        return `${trim(value / zm, 4)}${zp}伏${va ? '安' : ''}`;
      }
      return `${groupDigits(value / m)} ${p}${unit}`;
    }
    case 'count': {
      const noun = opts.noun;
      if (lang === 'zh') {
        const [cl, zn] = noun ? NOUN_ZH[noun] ?? ['个', noun] : ['', ''];
        return `${zhMagnitude(value)}${cl}${zn}`;
      }
      const num = Math.abs(value) >= 1e6 ? enMagnitude(value) : groupDigits(value);
      return noun ? `${num} ${plural(noun, value)}` : num;
    }
    case 'percent':
      return lang === 'zh' ? `${trim(value, 4)}%` : `${trim(value, 4)}%`;
    case 'pp':
      return lang === 'zh' ? `${trim(value, 4)}个百分点` : `${trim(value, 4)} percentage point${value === 1 ? '' : 's'}`;
    case 'ratio':
      return lang === 'zh' ? `${trim(value, 4)}倍` : `${trim(value, 4)}×`;
    case 'year':
      return lang === 'zh' ? `${value}年` : String(value);
    case 's': {
      const y = value / (365.25 * 86400);
      if (y >= 1) return lang === 'zh' ? `${trim(y, 2)}年` : `${trim(y, 2)} year${y === 1 ? '' : 's'}`;
      const mo = y * 12;
      if (mo >= 1) return lang === 'zh' ? `${trim(mo, 2)}个月` : `${trim(mo, 2)} month${mo === 1 ? '' : 's'}`;
      const d = value / 86400;
      if (d >= 1) return lang === 'zh' ? `${trim(d, 2)}天` : `${trim(d, 2)} day${d === 1 ? '' : 's'}`;
      const h = value / 3600;
      return lang === 'zh' ? `${trim(h, 2)}小时` : `${trim(h, 2)} hour${h === 1 ? '' : 's'}`;
    }
    case 'm2':
      if (lang === 'zh') return value >= 1e6 ? `${trim(value / 1e6, 4)}平方公里` : `${zhMagnitude(value)}平方米`;
      return value >= 1e6 ? `${groupDigits(value / 1e6)} km²` : `${groupDigits(value, 1)} m²`;
    case 'm': {
      // Process nodes (3奈米, 2nm) and chip features are nanometres; wafers and racks millimetres.
      const small = Math.abs(value);
      if (small > 0 && small < 1e-6) return lang === 'zh' ? `${trim(value * 1e9, 4)}纳米` : `${trim(value * 1e9, 4)} nm`;
      if (small > 0 && small < 1) return lang === 'zh' ? `${trim(value * 1e3, 4)}毫米` : `${trim(value * 1e3, 4)} mm`;
      if (lang === 'zh') return value >= 1e3 ? `${trim(value / 1e3, 4)}公里` : `${trim(value)}米`;
      return value >= 1e3 ? `${groupDigits(value / 1e3)} km` : `${groupDigits(value)} m`;
    }
    case 'FLOPS': {
      const [p, m] = pickPrefix(value, opts.prefix);
      const names: Record<string, string> = { E: 'exa', P: 'peta', T: 'tera', G: 'giga', M: 'mega', k: 'kilo', '': '' };
      return `${groupDigits(value / m)} ${names[p]}FLOPS`;
    }
    case 'FLOP': {
      // Training budgets run to 10²⁶ operations: scientific notation reads better than 26 digits.
      if (Math.abs(value) < 1e6) return `${groupDigits(value)} FLOP`;
      const exponent = Math.floor(Math.log10(Math.abs(value)));
      const mantissa = trim(value / Math.pow(10, exponent), 3);
      const power = String(exponent).split('').map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
      return `${mantissa === '1' ? '' : `${mantissa} × `}10${power} FLOP`;
    }
    case 'OPS': {
      const [p, m] = pickPrefix(value, opts.prefix);
      return `${groupDigits(value / m)} ${p === 'k' ? 'K' : p}OPS`;
    }
    case 'B': {
      const [p, m] = pickPrefix(value, opts.prefix);
      return `${groupDigits(value / m)} ${p === 'k' ? 'K' : p}B`;
    }
    case 'bit/s': {
      const [p, m] = pickPrefix(value, opts.prefix);
      return `${groupDigits(value / m)} ${p === 'k' ? 'k' : p}bps`;
    }
    case 'm3':
      if (lang === 'zh') return value < 1 ? `${trim(value * 1e3, 3)}升` : `${zhMagnitude(value)}立方米`;
      return value < 1 ? `${groupDigits(value * 1e3)} liters` : `${groupDigits(value)} m³`;
    case 'kg':
      if (lang === 'zh') return value >= 1e3 ? `${zhMagnitude(value / 1e3)}吨` : `${trim(value)}千克`;
      return value >= 1e3 ? `${groupDigits(value / 1e3)} tonnes` : `${groupDigits(value)} kg`;
    case 'Hz': {
      const [p, m] = pickPrefix(value, opts.prefix);
      return `${groupDigits(value / m)} ${p}Hz`;
    }
    case '°C':
    case '°F':
      return lang === 'zh' ? `${trim(value, 2)}${unit === '°C' ? '℃' : '℉'}` : `${trim(value, 2)} ${unit}`;
    case 'date':
    case 'period':
      return String(value);
    default: {
      if (/^[A-Z]{3}$/.test(unit)) {
        if (lang === 'zh') return `${zhMagnitude(value)}${CURRENCY_ZH[unit] ?? unit}`;
        const [pre, post] = CURRENCY_EN[unit] ?? ['', ` ${unit}`];
        return `${value < 0 ? '-' : ''}${pre}${enMagnitude(Math.abs(value))}${post}`;
      }
      return lang === 'zh' ? zhMagnitude(value) : groupDigits(value);
    }
  }
}

/** The interval a figure allows, for comparisons: exact → [v, v]; open sides → ±Infinity. */
export function figureInterval(f: Figure): [number, number] {
  if (f.qualifier === 'exact' && f.value !== null) return [f.value, f.value];
  const lo = f.low ?? (f.qualifier === 'exact' ? f.value : null);
  const hi = f.high ?? (f.qualifier === 'exact' ? f.value : null);
  return [lo ?? -Infinity, hi ?? Infinity];
}

const HEDGE_EN: Record<string, string> = {
  about: 'about', nearly: 'nearly', 'more-than': 'more than', 'at-least': 'at least', 'up-to': 'up to', 'less-than': 'less than', 'at-most': 'at most',
};
const HEDGE_ZH: Record<string, string> = {
  about: '约', nearly: '近', 'more-than': '超过', 'at-least': '至少', 'up-to': '最多', 'less-than': '不到', 'at-most': '不超过',
};

/** Bare number in the same convention as formatValue, for "45–55 billion" style bounds. */
function boundsText(lo: number, hi: number, unit: string, lang: 'zh' | 'en', opts: FormatOptions, withCurrency = true): string {
  const a = formatValue(lo, unit, lang, opts);
  const b = formatValue(hi, unit, lang, opts);
  if (lang === 'zh') {
    // 450亿美元–550亿美元 → 450–550亿美元
    let k = 0;
    while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k] && !/[0-9.]/.test(a[a.length - 1 - k])) k++;
    return k > 0 ? `${a.slice(0, a.length - k)}–${b}` : `${a}–${b}`;
  }
  if (lang === 'en' && /^[A-Z]{3}$/.test(unit) && a.startsWith(CURRENCY_EN[unit]?.[0] ?? '\u0000') && CURRENCY_EN[unit]?.[0]) {
    // "45–55 billion": drop the currency on the inner bound, share the magnitude word.
    const pre = CURRENCY_EN[unit][0];
    const ai = a.slice(pre.length);
    const bi = b.slice(pre.length);
    const wa = ai.split(' ');
    const wb = bi.split(' ');
    const cur = withCurrency ? pre : '';
    if (wa.length === 2 && wb.length === 2 && wa[1] === wb[1]) return `${cur}${wa[0]}–${wb[0]} ${wb[1]}`;
    return `${cur}${ai}–${bi}`;
  }
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (lang === 'en' && wa.length >= 2 && wb.length >= 2 && wa.slice(1).join(' ') === wb.slice(1).join(' ')) return `${wa[0]}–${b}`;
  return `${a}–${b}`;
}

/**
 * A normalised one-liner: "US$100 billion", "5 GW = 5,000 MW", "200,000–900,000 GPUs", "more than US$115 billion",
 * "about US$50 billion (45–55 billion)". The value is always given in the international (English) convention;
 * for `lang` 'zh' an English-written figure also gets its Chinese form: "US$13 billion（130亿美元）".
 * Years, dates and periods are described in `lang`.
 */
export function describeFigure(f: Figure, lang: 'zh' | 'en'): string {
  if (f.kind === 'year' || f.kind === 'date' || f.kind === 'period') return describeIn(f, lang);
  const en = describeIn(f, 'en');
  if (lang === 'zh' && f.lang === 'en') return `${en}（${describeIn(f, 'zh')}）`;
  return en;
}

/** The figure described in one convention. */
export function describeIn(f: Figure, lang: 'zh' | 'en'): string {
  const opts: FormatOptions = { unitText: f.unitText, noun: f.noun };
  if (f.kind === 'year' || f.kind === 'date' || f.kind === 'period') {
    const t = f.time;
    const range = t?.from && t.to && t.from !== t.to ? `${t.from}–${t.to}` : t?.from ?? (f.value !== null ? String(f.value) : f.text);
    if (f.kind === 'year' && f.qualifier === 'range' && f.low !== null && f.high !== null) return `${f.low}–${f.high}`;
    if (f.kind === 'year' && f.value !== null) {
      const label = t?.label && t.label !== String(f.value) ? ` (${t.label})` : '';
      const hedge = f.qualifier !== 'exact' ? (lang === 'zh' ? HEDGE_ZH[f.qualifier] ?? '' : `${HEDGE_EN[f.qualifier] ?? ''} `) : '';
      return `${hedge}${lang === 'zh' ? `${f.value}年` : f.value}${label}${f.qualifier === 'about' && f.low !== null ? ` (${f.low}–${f.high})` : ''}`;
    }
    // A fiscal quarter's calendar months are the company's (the hover names them when it knows it).
    if (t?.fiscal) return `${t.label ?? f.text}: ${lang === 'zh' ? '财年的季度或半年，日历月份取决于公司' : 'part of a fiscal year; its calendar months depend on the company'}`;
    return `${t?.label ?? f.text}: ${range}${t?.relative ? (lang === 'zh' ? '（年份取决于上下文）' : ' (year from context)') : ''}`;
  }
  const conv = (v: number): string => {
    const main = formatValue(v, f.unit, lang, opts);
    if ((f.unit === 'W' || f.unit === 'Wh') && lang === 'en') {
      const [p] = pickPrefix(v);
      const idx = SI.findIndex(([x]) => x === p);
      const smaller = SI[idx + 1];
      if (smaller && smaller[0] !== '' && idx >= 0) return `${main} = ${formatValue(v, f.unit, lang, { ...opts, prefix: smaller[0] })}`;
    }
    // The other temperature scale, for readers of copy from the other side of the Atlantic.
    if (f.unit === '°C' && lang === 'en') return `${main} = ${formatValue(v * 9 / 5 + 32, '°F', lang)}`;
    if (f.unit === '°F' && lang === 'en') return `${main} = ${formatValue((v - 32) * 5 / 9, '°C', lang)}`;
    return main;
  };
  const v = f.value;
  switch (f.qualifier) {
    case 'exact':
      return v === null ? f.text : conv(v);
    case 'range':
    case 'vague': {
      if (f.low !== null && f.high !== null) return boundsText(f.low, f.high, f.unit, lang, opts);
      if (f.low !== null) return lang === 'zh' ? `至少${formatValue(f.low, f.unit, lang, opts)}` : `at least ${formatValue(f.low, f.unit, lang, opts)}`;
      if (f.high !== null) return lang === 'zh' ? `最多${formatValue(f.high, f.unit, lang, opts)}` : `up to ${formatValue(f.high, f.unit, lang, opts)}`;
      return f.text;
    }
    default: {
      if (v === null) return f.text;
      const hedge = lang === 'zh' ? HEDGE_ZH[f.qualifier] : HEDGE_EN[f.qualifier];
      const main = conv(v);
      const head = lang === 'zh' ? `${hedge}${main}` : `${hedge} ${main}`;
      if ((f.qualifier === 'about' || f.qualifier === 'nearly') && f.low !== null && f.high !== null) {
        return `${head} (${boundsText(f.low, f.high, f.unit, lang, opts, false)})`;
      }
      if (f.qualifier === 'more-than' && f.high !== null && f.low !== null) {
        return `${head} (${boundsText(f.low, f.high, f.unit, lang, opts)})`;
      }
      return head;
    }
  }
}
