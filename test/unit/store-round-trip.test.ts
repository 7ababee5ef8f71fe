// The bundled store read back through the analysis: every dated company result it holds without a scope (revenue,
// capex, profit) is written as a plain sentence in several shapes, in Chinese and in English, once with the stored value
// and once with 1.37 times it. The stored value must raise no warning; the wrong one must meet the fact. A fact the store
// gains is tested the day it lands: a name the matcher misses (Meta2025年) or a reading that takes the company's total
// for a line (OpenAI营收 as "AI revenue") fails here.
// Run: node --import tsx --test test/unit/store-round-trip.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.ts';
import { loadFactStore } from '../../server/src/facts/load.ts';
import type { Fact } from '../../server/src/core/types.ts';

const store = loadFactStore({ includeDefault: true });
const TODAY = '2026-12-06';
const MEASURES: Record<string, { en: string; zh: string }> = {
  revenue: { en: 'revenue', zh: '营收' },
  capex: { en: 'capital expenditures', zh: '资本支出' },
  net_income: { en: 'net income', zh: '净利润' },
  operating_income: { en: 'operating income', zh: '营业利润' },
};
const CURRENCIES: Record<string, { en: string; zh: string }> = { USD: { en: '$', zh: '美元' }, EUR: { en: '€', zh: '欧元' }, CNY: { en: 'RMB ', zh: '元人民币' }, TWD: { en: 'NT$', zh: '新台币' }, KRW: { en: '₩', zh: '韩元' } };
const ORDINAL_EN = ['first', 'second', 'third', 'fourth'];
const ORDINAL_ZH = '一二三四';

function amountEn(v: number, unit: string): string {
  const sym = CURRENCIES[unit].en;
  const [d, w] = v >= 1e12 ? [1e12, 'trillion'] : v >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
  return `${sym}${+(v / d).toPrecision(4)} ${w}`;
}
function amountZh(v: number, unit: string): string {
  const w = CURRENCIES[unit].zh;
  // (新台币 stands before the amount: 新台币3.81万亿元.)
  if (unit === 'TWD') return `${w}${v >= 1e12 ? `${+(v / 1e12).toPrecision(4)}万亿` : `${+(v / 1e8).toPrecision(4)}亿`}元`;
  return v >= 1e12 ? `${+(v / 1e12).toPrecision(4)}万亿${w}` : v >= 1e8 ? `${+(v / 1e8).toPrecision(4)}亿${w}` : `${+(v / 1e4).toPrecision(4)}万${w}`;
}
function periodEn(p: string): string | undefined {
  let m;
  if ((m = /^(\d{4})$/.exec(p))) return `in ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(p))) return `in the ${ORDINAL_EN[+m[2] - 1]} quarter of ${m[1]}`;
  if ((m = /^FY(\d{4})$/.exec(p))) return `in fiscal ${m[1]}`;
  if ((m = /^FY(\d{4})-Q([1-4])$/.exec(p))) return `in the fiscal ${ORDINAL_EN[+m[2] - 1]} quarter of ${m[1]}`;
  return undefined;
}
function periodZh(p: string): string | undefined {
  let m;
  if ((m = /^(\d{4})$/.exec(p))) return `${m[1]}年`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(p))) return `${m[1]}年第${ORDINAL_ZH[+m[2] - 1]}季度`;
  if ((m = /^FY(\d{4})$/.exec(p))) return `${m[1]}财年`;
  if ((m = /^FY(\d{4})-Q([1-4])$/.exec(p))) return `${m[1]}财年第${ORDINAL_ZH[+m[2] - 1]}财季`;
  return undefined;
}

type Shape = (name: string, measure: string, amount: string, period: string) => string;
const SHAPES_EN: Shape[] = [
  (n, m, a, p) => `${n}'s ${m} was ${a} ${p}.`,
  (n, m, a, p) => `${n} reported ${m} of ${a} ${p}.`,
  (n, m, a, p) => `${p[0].toUpperCase()}${p.slice(1)}, ${n}'s ${m} reached ${a}.`,
  (n, m, a, p) => `${n} said on Tuesday that its ${m} ${p} came to ${a}, according to a filing.`,
  (n, m, a, p) => `${n} posted ${m} of about ${a} ${p}, up 12% from a year earlier.`,
  (n, m, a, p) => `${n} ${m} hits ${a} ${p}`,
];
const SHAPES_ZH: Shape[] = [
  (n, m, a, p) => `${n}${p}${m}为${a}。`,
  (n, m, a, p) => `${p}，${n}${m}达${a}。`,
  (n, m, a, p) => `${n}公布，${p}${m}为${a}，同比增长12%。`,
  (n, m, a, p) => `据财报，${n}${p}实现${m}${a}。`,
  (n, m, a, p) => `${n}${p}的${m}约为${a}，市场此前预期更低。`,
  // Taiwan and Hong Kong copy: traditional characters.
  (n, m, a, p) => `${n}公佈${p}財報，${toTraditional(m)}為${toTraditional(a)}。`,
];

function toTraditional(s: string): string {
  return s.replace(/亿/g, '億').replace(/万/g, '萬').replace(/营/g, '營').replace(/资/g, '資').replace(/净/g, '淨').replace(/润/g, '潤').replace(/业/g, '業').replace(/币/g, '幣').replace(/韩/g, '韓').replace(/欧/g, '歐');
}

/** Reported results: dated, no scope, not replaced, not an outlook (a reported figure is not held to a forecast). */
const results: Fact[] = [...store.facts.values()].filter(
  (f) => f.measure in MEASURES && f.unit in CURRENCIES && f.value != null && !!f.period && !f.scope && !f.supersededBy && (f.qualifier === 'exact' || f.qualifier === 'about') && !/guidance|outlook|forecast|plan/.test(f.id),
);

for (const lang of ['en', 'zh'] as const) {
  test(`stored company results written back in ${lang === 'en' ? 'English' : 'Chinese'}: the stored value is silent, 1.37 times it meets the fact`, () => {
    const shapes = lang === 'en' ? SHAPES_EN : SHAPES_ZH;
    const loud: string[] = [];
    const missed: string[] = [];
    let written = 0;
    for (const f of results) {
      const entity = store.entities.get(f.entityId)!;
      const name = lang === 'en' ? entity.names.en[0] : entity.names.zh[0] ?? entity.names.en[0];
      const period = lang === 'en' ? periodEn(f.period!) : periodZh(f.period!);
      if (!name || !period) continue;
      const amount = lang === 'en' ? amountEn : amountZh;
      for (const shape of shapes) {
        written++;
        const right = shape(name, MEASURES[f.measure][lang], amount(f.value!, f.unit), period);
        const alarms = analyze(right, { today: TODAY }, store).findings.filter((x) => x.severity === 'warning' || x.severity === 'error');
        if (alarms.length) loud.push(`${f.id}: ${right} → ${alarms.map((x) => x.code).join(', ')}`);
        const wrong = shape(name, MEASURES[f.measure][lang], amount(f.value! * 1.37, f.unit), period);
        const met = analyze(wrong, { today: TODAY }, store).findings.some((x) => x.code === 'fact-conflict' || x.code === 'magnitude-slip');
        if (!met) missed.push(`${f.id}: ${wrong}`);
      }
    }
    console.log(`# ${lang}: ${written} sentences from ${results.length} stored results; false alarms ${loud.length}, slips missed ${missed.length}`);
    assert.ok(written >= 280, `only ${written} sentences written: the store's results or this test's filter changed`);
    assert.deepEqual(loud, [], 'the stored value raised a warning');
    assert.deepEqual(missed, [], 'a value 37% off the stored one met no fact');
  });
}

/** Segments the store keeps revenue for, by the opening of a fact's scope, and how copy names them. */
const SEGMENTS: { scope: RegExp; en: string; zh: string }[] = [
  { scope: /^Data Center (?:segment|platform)/, en: 'data center revenue', zh: '数据中心营收' },
  { scope: /^Google Cloud segment/, en: 'cloud revenue', zh: '云业务营收' },
  { scope: /^AI semiconductor revenue/, en: 'AI semiconductor revenue', zh: 'AI半导体收入' },
];

test("stored segment revenue written back: the segment's value is silent, 1.37 times it meets the segment's fact", () => {
  const loud: string[] = [];
  const missed: string[] = [];
  let written = 0;
  for (const f of store.facts.values()) {
    if (f.measure !== 'revenue' || !f.scope || !f.period || f.value == null || f.unit !== 'USD' || f.supersededBy) continue;
    const segment = SEGMENTS.find((s) => s.scope.test(f.scope!));
    if (!segment) continue;
    const entity = store.entities.get(f.entityId)!;
    for (const lang of ['en', 'zh'] as const) {
      const period = lang === 'en' ? periodEn(f.period) : periodZh(f.period);
      if (!period) continue;
      const name = lang === 'en' ? entity.names.en[0] : entity.names.zh[0] ?? entity.names.en[0];
      const say = (v: number) => lang === 'en'
        ? [`${name}'s ${segment.en} was ${amountEn(v, 'USD')} ${period}.`, `${name} reported ${segment.en} of ${amountEn(v, 'USD')} ${period}, up 66% from a year earlier.`]
        : [`${name}${period}${segment.zh}为${amountZh(v, 'USD')}。`, `${period}，${name}${segment.zh}达${amountZh(v, 'USD')}，同比增长66%。`];
      const rights = say(f.value);
      const wrongs = say(f.value * 1.37);
      for (let i = 0; i < rights.length; i++) {
        written++;
        const alarms = analyze(rights[i], { today: TODAY }, store).findings.filter((x) => x.severity === 'warning' || x.severity === 'error');
        if (alarms.length) loud.push(`${f.id}: ${rights[i]} → ${alarms.map((x) => x.code).join(', ')}`);
        if (!analyze(wrongs[i], { today: TODAY }, store).findings.some((x) => x.code === 'fact-conflict' || x.code === 'magnitude-slip')) missed.push(`${f.id}: ${wrongs[i]}`);
      }
    }
  }
  console.log(`# segments: ${written} sentences; false alarms ${loud.length}, slips missed ${missed.length}`);
  assert.ok(written >= 40, `only ${written} sentences written`);
  assert.deepEqual(loud, []);
  assert.deepEqual(missed, []);
});
