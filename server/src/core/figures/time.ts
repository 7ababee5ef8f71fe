// Years, dates, periods and durations.
import { Trie } from './chars.ts';

export const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
export const isYear = (v: number): boolean => Number.isInteger(v) && v >= 1900 && v <= 2100;

export interface PartDef {
  fromMonth: number;
  toMonth: number;
  label: string;
}
/** Parts of a year, written after a year ("2026年下半年") or standing alone ("年底"). */
export const ZH_PARTS = new Trie<PartDef>()
  .add('上半年', { fromMonth: 1, toMonth: 6, label: 'H1' })
  .add('下半年', { fromMonth: 7, toMonth: 12, label: 'H2' })
  .add('年初', { fromMonth: 1, toMonth: 4, label: 'early' })
  .add('初', { fromMonth: 1, toMonth: 4, label: 'early' })
  .add('年中', { fromMonth: 5, toMonth: 8, label: 'mid' })
  // 截止2021年中期, 2025 年中期: 中期 after a year is its middle, as 年中 (results copy's interim period falls in it too).
  .add('中期', { fromMonth: 5, toMonth: 8, label: 'mid' })
  // 2026年中旬 (Taiwan copy): the middle of the year, as 年中.
  .add('中旬', { fromMonth: 5, toMonth: 8, label: 'mid' })
  .add('年底', { fromMonth: 9, toMonth: 12, label: 'late' })
  .add('底', { fromMonth: 9, toMonth: 12, label: 'late' })
  .add('年末', { fromMonth: 9, toMonth: 12, label: 'late' })
  // 估计至年度底: the end of the (financial) year, as 年底 (not 年度末: 年度末期股息 is the year's final dividend).
  .add('年度底', { fromMonth: 9, toMonth: 12, label: 'late' })
  .add('末', { fromMonth: 9, toMonth: 12, label: 'late' })
  // 年杪, 今年杪: the end of the year in Malaysian and literary copy.
  .add('年杪', { fromMonth: 9, toMonth: 12, label: 'late' })
  .add('杪', { fromMonth: 9, toMonth: 12, label: 'late' })
  .add('第一季度', { fromMonth: 1, toMonth: 3, label: 'Q1' })
  .add('第二季度', { fromMonth: 4, toMonth: 6, label: 'Q2' })
  .add('第三季度', { fromMonth: 7, toMonth: 9, label: 'Q3' })
  .add('第四季度', { fromMonth: 10, toMonth: 12, label: 'Q4' })
  .add('一季度', { fromMonth: 1, toMonth: 3, label: 'Q1' })
  .add('二季度', { fromMonth: 4, toMonth: 6, label: 'Q2' })
  .add('三季度', { fromMonth: 7, toMonth: 9, label: 'Q3' })
  .add('四季度', { fromMonth: 10, toMonth: 12, label: 'Q4' })
  .add('第1季度', { fromMonth: 1, toMonth: 3, label: 'Q1' })
  .add('第2季度', { fromMonth: 4, toMonth: 6, label: 'Q2' })
  .add('第3季度', { fromMonth: 7, toMonth: 9, label: 'Q3' })
  .add('第4季度', { fromMonth: 10, toMonth: 12, label: 'Q4' })
  // 2024年1季度, 2025年3季度: mainland results copy drops 第 before an Arabic quarter too.
  .add('1季度', { fromMonth: 1, toMonth: 3, label: 'Q1' })
  .add('2季度', { fromMonth: 4, toMonth: 6, label: 'Q2' })
  .add('3季度', { fromMonth: 7, toMonth: 9, label: 'Q3' })
  .add('4季度', { fromMonth: 10, toMonth: 12, label: 'Q4' })
  // A quarter of the fiscal year (英伟达第二财季): the scanner marks it fiscal (time.fiscal).
  .add('第一财季', { fromMonth: 1, toMonth: 3, label: 'Q1' })
  .add('第二财季', { fromMonth: 4, toMonth: 6, label: 'Q2' })
  .add('第三财季', { fromMonth: 7, toMonth: 9, label: 'Q3' })
  .add('第四财季', { fromMonth: 10, toMonth: 12, label: 'Q4' })
  .add('第1财季', { fromMonth: 1, toMonth: 3, label: 'Q1' })
  .add('第2财季', { fromMonth: 4, toMonth: 6, label: 'Q2' })
  .add('第3财季', { fromMonth: 7, toMonth: 9, label: 'Q3' })
  .add('第4财季', { fromMonth: 10, toMonth: 12, label: 'Q4' })
  // Without 度 (Hong Kong, Taiwan, financial wires): 第三季, 首季.
  .add('第一季', { fromMonth: 1, toMonth: 3, label: 'Q1' })
  .add('第二季', { fromMonth: 4, toMonth: 6, label: 'Q2' })
  .add('第三季', { fromMonth: 7, toMonth: 9, label: 'Q3' })
  .add('第四季', { fromMonth: 10, toMonth: 12, label: 'Q4' })
  .add('第1季', { fromMonth: 1, toMonth: 3, label: 'Q1' })
  .add('第2季', { fromMonth: 4, toMonth: 6, label: 'Q2' })
  .add('第3季', { fromMonth: 7, toMonth: 9, label: 'Q3' })
  .add('第4季', { fromMonth: 10, toMonth: 12, label: 'Q4' })
  // The first quarters of a year, together (前三季度: January–September).
  .add('前两季度', { fromMonth: 1, toMonth: 6, label: 'Q1-Q2' })
  .add('前二季度', { fromMonth: 1, toMonth: 6, label: 'Q1-Q2' })
  .add('前两个季度', { fromMonth: 1, toMonth: 6, label: 'Q1-Q2' })
  .add('前三季度', { fromMonth: 1, toMonth: 9, label: 'Q1-Q3' })
  .add('前三季', { fromMonth: 1, toMonth: 9, label: 'Q1-Q3' })
  .add('前3季度', { fromMonth: 1, toMonth: 9, label: 'Q1-Q3' })
  .add('前3季', { fromMonth: 1, toMonth: 9, label: 'Q1-Q3' })
  .add('前3个季度', { fromMonth: 1, toMonth: 9, label: 'Q1-Q3' })
  .add('前2季度', { fromMonth: 1, toMonth: 6, label: 'Q1-Q2' })
  .add('前2季', { fromMonth: 1, toMonth: 6, label: 'Q1-Q2' })
  .add('前两季', { fromMonth: 1, toMonth: 6, label: 'Q1-Q2' })
  .add('前二季', { fromMonth: 1, toMonth: 6, label: 'Q1-Q2' })
  .add('前2个季度', { fromMonth: 1, toMonth: 6, label: 'Q1-Q2' })
  .add('前三个季度', { fromMonth: 1, toMonth: 9, label: 'Q1-Q3' })
  .add('一至三季度', { fromMonth: 1, toMonth: 9, label: 'Q1-Q3' })
  .add('一至二季度', { fromMonth: 1, toMonth: 6, label: 'Q1-Q2' })
  .add('二至三季度', { fromMonth: 4, toMonth: 9, label: 'Q2-Q3' })
  .add('三至四季度', { fromMonth: 7, toMonth: 12, label: 'Q3-Q4' })
  .add('首季', { fromMonth: 1, toMonth: 3, label: 'Q1' })
  .add('首季度', { fromMonth: 1, toMonth: 3, label: 'Q1' })
  // Hong Kong's 首 is 前 (首三季純利: January–September).
  .add('首三季', { fromMonth: 1, toMonth: 9, label: 'Q1-Q3' })
  .add('首三季度', { fromMonth: 1, toMonth: 9, label: 'Q1-Q3' })
  .add('首3季', { fromMonth: 1, toMonth: 9, label: 'Q1-Q3' })
  .add('首两季', { fromMonth: 1, toMonth: 6, label: 'Q1-Q2' })
  .add('首二季', { fromMonth: 1, toMonth: 6, label: 'Q1-Q2' })
  // The fiscal halves written with 度 (下半年度亏损收窄), and two quarters sharing one 季度 (第三、四季度).
  .add('上半年度', { fromMonth: 1, toMonth: 6, label: 'H1' })
  .add('下半年度', { fromMonth: 7, toMonth: 12, label: 'H2' })
  .add('三、四季度', { fromMonth: 7, toMonth: 12, label: 'Q3-Q4' });
// 第一、二季度 … 第三、四季度, and without 度 as Taiwan and Hong Kong copy writes them (第二、三季); in Arabic digits
// too (2025年第1、2季).
for (const [a, first, second] of [[1, '一', '二'], [2, '二', '三'], [3, '三', '四']] as const) {
  const part = { fromMonth: 3 * a - 2, toMonth: 3 * a + 3, label: `Q${a}-Q${a + 1}` };
  ZH_PARTS.add(`第${first}、${second}季度`, part).add(`第${first}、${second}季`, part);
  ZH_PARTS.add(`第${a}、${a + 1}季度`, part).add(`第${a}、${a + 1}季`, part);
}
// Arabic quarter numbers joined by 至 or a dash before 季度 (1至3季度, 1-3季度) name the quarters, as 一至三季度 does;
// with 个 (1-3个季度) they are a length of time.
for (const [a, b] of [[1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]) {
  for (const join of ['至', '-', '–', '~', '～']) ZH_PARTS.add(`${a}${join}${b}季度`, { fromMonth: 3 * a - 2, toMonth: 3 * b, label: `Q${a}-Q${b}` });
}
// The first N months of a year, together (2024年前三个月, 今年前两个月, 前5个月; statistics copy drops 个: 前5月):
// January to month N, N from 2 to 11 (前一个月 is the month before, 前12个月 the twelve before).
const FIRST_MONTHS_ZH = ['二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
for (let n = 2; n <= 11; n++) {
  const part: PartDef = { fromMonth: 1, toMonth: n, label: `M1-M${n}` };
  // 首8个月 (Hong Kong copy) is 前8个月; Malaysian copy drops 个 (首6月).
  // (今年頭8個月: 头, "the first", as 首.)
  for (const num of n === 2 ? [String(n), '二', '两'] : [String(n), FIRST_MONTHS_ZH[n - 2]]) ZH_PARTS.add(`前${num}个月`, part).add(`前${num}月`, part).add(`首${num}个月`, part).add(`首${num}月`, part).add(`头${num}个月`, part);
}

/** "Q3", "H2" right after a year ("2025年Q4", "2025 Q4", "2026财年Q2"); undefined otherwise. */
export function quarterCode(s: string, p: number): { part: PartDef; len: number } | undefined {
  const c = s.charCodeAt(p);
  const d = s.charCodeAt(p + 1) - 48;
  const after = s.charCodeAt(p + 2);
  if ((after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122)) return undefined;
  if ((c === 81 || c === 113) && d >= 1 && d <= 4) return { part: { fromMonth: d * 3 - 2, toMonth: d * 3, label: `Q${d}` }, len: 2 };
  if ((c === 72 || c === 104) && (d === 1 || d === 2)) return { part: { fromMonth: d === 1 ? 1 : 7, toMonth: d === 1 ? 6 : 12, label: `H${d}` }, len: 2 };
  return undefined;
}

/** Relative year words (today's year unknown): only a period or a month after them makes a figure. */
export const ZH_REL_YEARS = new Trie<string>().add('今年', 'this year').add('明年', 'next year').add('去年', 'last year').add('本年', 'this year')
  .add('后年', 'the year after next').add('前年', 'the year before last');

export const EN_PARTS = new Map<string, PartDef>([
  ['early', { fromMonth: 1, toMonth: 4, label: 'early' }],
  ['mid', { fromMonth: 5, toMonth: 8, label: 'mid' }],
  ['late', { fromMonth: 9, toMonth: 12, label: 'late' }],
  ['end of', { fromMonth: 9, toMonth: 12, label: 'late' }],
  ['close of', { fromMonth: 9, toMonth: 12, label: 'late' }],
  ['start of', { fromMonth: 1, toMonth: 4, label: 'early' }],
  ['middle of', { fromMonth: 5, toMonth: 8, label: 'mid' }],
  ['beginning of', { fromMonth: 1, toMonth: 4, label: 'early' }],
  ['first half of', { fromMonth: 1, toMonth: 6, label: 'H1' }],
  ['second half of', { fromMonth: 7, toMonth: 12, label: 'H2' }],
  // "through the back half of 2023": analysts' front and back halves.
  ['front half of', { fromMonth: 1, toMonth: 6, label: 'H1' }],
  ['back half of', { fromMonth: 7, toMonth: 12, label: 'H2' }],
]);

export function monthRange(year: number | null, from: number, to: number): { from: string; to: string } {
  const y = year === null ? '-' : String(year);
  return { from: `${y}-${pad2(from)}`, to: `${y}-${pad2(to)}` };
}

export function durationLabel(n: number | null, lo: number | null, hi: number | null, word: string): string {
  const show = (x: number) => String(Math.round(x * 1000) / 1000);
  if (n !== null) return `${show(n)} ${word}${n === 1 ? '' : 's'}`;
  if (lo !== null && hi !== null) return `${show(lo)}–${show(hi)} ${word}s`;
  if (lo !== null) return `${show(lo)}+ ${word}s`;
  if (hi !== null) return `up to ${show(hi)} ${word}s`;
  return `${word}s`;
}
