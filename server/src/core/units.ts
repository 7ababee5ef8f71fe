// Units a fact store may use, and how they map to the recognizer's base units (docs/figures.md).
import type { FigureKind } from './types.ts';

export interface UnitInfo {
  base: string;
  factor: number;
  kind: FigureKind;
}

const YEAR_SECONDS = 365.25 * 86400;

const CURRENCIES = ['USD', 'CNY', 'EUR', 'GBP', 'JPY', 'HKD', 'KRW', 'INR', 'AED', 'SAR', 'TWD', 'CAD', 'AUD', 'CHF', 'SGD', 'NOK', 'MOP', 'BRL'];

export const STORE_UNITS: Record<string, UnitInfo> = {
  W: { base: 'W', factor: 1, kind: 'power' },
  kW: { base: 'W', factor: 1e3, kind: 'power' },
  MW: { base: 'W', factor: 1e6, kind: 'power' },
  GW: { base: 'W', factor: 1e9, kind: 'power' },
  TW: { base: 'W', factor: 1e12, kind: 'power' },
  Wh: { base: 'Wh', factor: 1, kind: 'energy' },
  kWh: { base: 'Wh', factor: 1e3, kind: 'energy' },
  MWh: { base: 'Wh', factor: 1e6, kind: 'energy' },
  GWh: { base: 'Wh', factor: 1e9, kind: 'energy' },
  TWh: { base: 'Wh', factor: 1e12, kind: 'energy' },
  count: { base: 'count', factor: 1, kind: 'count' },
  percent: { base: 'percent', factor: 1, kind: 'percent' },
  ratio: { base: 'ratio', factor: 1, kind: 'ratio' },
  year: { base: 'year', factor: 1, kind: 'year' },
  s: { base: 's', factor: 1, kind: 'duration' },
  day: { base: 's', factor: 86400, kind: 'duration' },
  month: { base: 's', factor: YEAR_SECONDS / 12, kind: 'duration' },
  'year-duration': { base: 's', factor: YEAR_SECONDS, kind: 'duration' },
  m2: { base: 'm2', factor: 1, kind: 'area' },
  sqft: { base: 'm2', factor: 0.09290304, kind: 'area' },
  acre: { base: 'm2', factor: 4046.8564224, kind: 'area' },
  hectare: { base: 'm2', factor: 1e4, kind: 'area' },
  FLOPS: { base: 'FLOPS', factor: 1, kind: 'compute' },
  TFLOPS: { base: 'FLOPS', factor: 1e12, kind: 'compute' },
  PFLOPS: { base: 'FLOPS', factor: 1e15, kind: 'compute' },
  EFLOPS: { base: 'FLOPS', factor: 1e18, kind: 'compute' },
  OPS: { base: 'OPS', factor: 1, kind: 'compute' },
  FLOP: { base: 'FLOP', factor: 1, kind: 'compute' },
  TOPS: { base: 'OPS', factor: 1e12, kind: 'compute' },
  B: { base: 'B', factor: 1, kind: 'data' },
  GB: { base: 'B', factor: 1e9, kind: 'data' },
  TB: { base: 'B', factor: 1e12, kind: 'data' },
  PB: { base: 'B', factor: 1e15, kind: 'data' },
  EB: { base: 'B', factor: 1e18, kind: 'data' },
  'bit/s': { base: 'bit/s', factor: 1, kind: 'bandwidth' },
  Gbps: { base: 'bit/s', factor: 1e9, kind: 'bandwidth' },
  Tbps: { base: 'bit/s', factor: 1e12, kind: 'bandwidth' },
  m: { base: 'm', factor: 1, kind: 'length' },
  km: { base: 'm', factor: 1e3, kind: 'length' },
  mile: { base: 'm', factor: 1609.344, kind: 'length' },
  m3: { base: 'm3', factor: 1, kind: 'volume' },
  L: { base: 'm3', factor: 1e-3, kind: 'volume' },
  gallon: { base: 'm3', factor: 0.003785411784, kind: 'volume' },
  kg: { base: 'kg', factor: 1, kind: 'mass' },
  t: { base: 'kg', factor: 1e3, kind: 'mass' },
};
for (const c of CURRENCIES) STORE_UNITS[c] = { base: c, factor: 1, kind: 'money' };

export const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

export function storeUnit(unit: string): UnitInfo | undefined {
  return Object.prototype.hasOwnProperty.call(STORE_UNITS, unit) ? STORE_UNITS[unit] : undefined;
}

export function isCurrency(unit: string): boolean {
  return STORE_UNITS[unit]?.kind === 'money';
}

/**
 * Between an amount and its conversion into another unit: "(约合", "（約", "，折合", " (about",
 * ", or roughly" ("$15 billion (around ₹13,318 crore)", "6000 英畝（約2428公頃）"). After a bare comma a
 * conversion word is needed: "僅需三百億台幣，一五○億美元與三百億台幣" sets two amounts side by side.
 */
// ("3亿美元(IT之家备注:当前约20.67亿元人民币)": a site's editor's note opens the bracket; "(注:现汇率约合…)": the rate it uses.)
// ("USD 2 billion (over Rs 14,000 crore)": a one-sided hedge opens a bracketed conversion too; "1萬至1.2萬美元之間（30.7萬至36.8萬台幣）":
// 之间 or 左右 closing the amount before the bracket.)
// ("提供10億美元聯邦貸款，約新台幣314億元": what the amount is, then a comma and the conversion into another currency.)
export const CONVERSION_BETWEEN = /^\s*(?:(?:之间|之間|左右)\s*)?(?:[\u4e00-\u9fff]{1,6}[，,]\s*(?:约合|約合|折合|约|約)|[（(]\s*(?:(?:[A-Za-z\u4e00-\u9fff]{0,8}?(?:备注|備註)|注)[:：]\s*)?(?:当前|當前|目前|现时|現時|按?(?:当前|當前|目前|现|現|现行|現行)?(?:汇率|匯率))?\s*(?:约合|約合|折合|合|约为|約為|约|約|相当于|相當於|等于|等於|即约?|即約?|about|around|roughly|approximately|approx\.?|some|nearly|almost|over|more\s+than|or(?:\s+(?:about|around|roughly|some))?|~|≈)?|[，,]\s*(?:约合|約合|折合|合|约为|約為|约|約|相当于|相當於|等于|等於|即约?|即約?|about|around|roughly|approximately|approx\.?|some|nearly|almost|or(?:\s+(?:about|around|roughly|some|approximately|nearly))?|~|≈))\s*(?:逾|超过|超過|近|约|約)?\s*(?:人民币|人民幣|新台币|新台幣|港元|港币|港幣)?\s*$/i;
