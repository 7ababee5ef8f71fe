// Focused tests for the hand-written figure recognizer (docs/figures.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { recognizeFigures } from '../../server/src/core/figures/index.ts';
import { maskText } from '../../server/src/core/text/mask.ts';
import type { Figure } from '../../server/src/core/types.ts';

type Want = Partial<Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'unit' | 'qualifier' | 'noun' | 'approx'>> & { text: string };

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Asserts exactly the listed figures (by text, in order) and the given fields. */
function expectFigures(text: string, want: Want[]): Figure[] {
  const got = recognizeFigures(maskText(text, 'markdown'));
  assert.deepEqual(got.map((f) => f.text), want.map((w) => w.text), `spans in ${JSON.stringify(text)}`);
  got.forEach((f, i) => {
    assert.equal(text.slice(f.offset, f.offset + f.length), f.text, 'offset/length match text');
    for (const [k, v] of Object.entries(want[i])) {
      const a = (f as unknown as Record<string, unknown>)[k];
      if (typeof v === 'number') assert.ok(typeof a === 'number' && close(a, v), `${f.text}.${k}: want ${v}, got ${a}`);
      else if (v === null) assert.ok(a === null || a === undefined, `${f.text}.${k}: want null, got ${a}`);
      else assert.equal(a, v, `${f.text}.${k}`);
    }
  });
  return got;
}

const YEAR = 365.25 * 86400;

test('Arabic numerals, grouping, full width, exponents, signs', () => {
  expectFigures('They ordered 1,200 racks.', [{ text: '1,200 racks', value: 1200, noun: 'rack', kind: 'count' }]);
  expectFigures('Growth was 1.2 percent.', [{ text: '1.2 percent', value: 1.2, kind: 'percent' }]);
  expectFigures('共１２００台服务器', [{ text: '１２００台服务器', value: 1200, noun: 'server' }]);
  expectFigures('投资４，０００亿元', [{ text: '４，０００亿元', value: 4e11, unit: 'CNY' }]);
  expectFigures('It needs 1e9 W.', [{ text: '1e9 W', value: 1e9, kind: 'power' }]);
  expectFigures('Margins moved -5% this quarter.', [{ text: '-5%', value: -5, kind: 'percent' }]);
  expectFigures('A 1 200 MW plant.', [{ text: '1 200 MW', value: 1.2e9 }]);
});

test('scales: 万 亿 万亿, bn, B, k, m', () => {
  expectFigures('共4,000亿元，另有1.5万亿美元', [{ text: '4,000亿元', value: 4e11, unit: 'CNY' }, { text: '1.5万亿美元', value: 1.5e12, unit: 'USD' }]);
  expectFigures('a 10bn deal and $1.2B more', [{ text: '10bn', value: 1e10 }, { text: '$1.2B', value: 1.2e9, unit: 'USD', kind: 'money' }]);
  expectFigures('100k GPUs and 2.5m chips', [{ text: '100k GPUs', value: 1e5, noun: 'GPU' }, { text: '2.5m chips', value: 2.5e6, noun: 'chip' }]);
  expectFigures('US$100 billion, €5bn and £2 million', [
    { text: 'US$100 billion', value: 1e11, unit: 'USD' }, { text: '€5bn', value: 5e9, unit: 'EUR' }, { text: '£2 million', value: 2e6, unit: 'GBP' },
  ]);
  expectFigures('¥5亿，100亿元人民币，RMB 3 billion', [
    { text: '¥5亿', value: 5e8, unit: 'CNY' }, { text: '100亿元人民币', value: 1e10, unit: 'CNY' }, { text: 'RMB 3 billion', value: 3e9, unit: 'CNY' },
  ]);
});

test('ranges take the unit and scale of their second side', () => {
  expectFigures('4-5 GW', [{ text: '4-5 GW', qualifier: 'range', value: null, low: 4e9, high: 5e9, unit: 'W' }]);
  expectFigures('$4-5 billion', [{ text: '$4-5 billion', low: 4e9, high: 5e9, unit: 'USD' }]);
  expectFigures('4 to 5 GW', [{ text: '4 to 5 GW', low: 4e9, high: 5e9 }]);
  expectFigures('between 4 and 5 GW', [{ text: 'between 4 and 5 GW', low: 4e9, high: 5e9, qualifier: 'range' }]);
  expectFigures('约400至500亿美元', [{ text: '400至500亿美元', low: 4e10, high: 5e10, unit: 'USD' }]);
  expectFigures('400万至500万', [{ text: '400万至500万', low: 4e6, high: 5e6 }]);
  expectFigures('未来四到五年内', [{ text: '四到五年', kind: 'duration', low: 4 * YEAR, high: 5 * YEAR, qualifier: 'range' }]);
  expectFigures('4–5 GW', [{ text: '4–5 GW', low: 4e9, high: 5e9 }]);
  // A change names its unit once, after the level it reached: both levels are power.
  expectFigures('capex rose from 4 to 5 GW', [{ text: '4', kind: 'power', value: 4e9 }, { text: '5 GW', value: 5e9 }]);
});

test('Chinese numerals', () => {
  expectFigures('一千二百万美元', [{ text: '一千二百万美元', value: 1.2e7 }]);
  expectFigures('十二亿人', [{ text: '十二亿人', value: 1.2e9 }]);
  expectFigures('两千台服务器', [{ text: '两千台服务器', value: 2000, noun: 'server' }]);
  expectFigures('份额三成', [{ text: '三成', value: 30, kind: 'percent' }]);
  expectFigures('百分之五十的芯片', [{ text: '百分之五十', value: 50, kind: 'percent' }]);
  expectFigures('持有三分之一', [{ text: '三分之一', value: 1 / 3, kind: 'ratio' }]);
  expectFigures('一半的电力', [{ text: '一半', value: 0.5, kind: 'ratio' }]);
  expectFigures('资本支出翻番，营收翻了两番', [{ text: '翻番', value: 2 }, { text: '翻了两番', value: 4 }]);
  expectFigures('成本是三倍，规模是百倍', [{ text: '三倍', value: 3 }, { text: '百倍', value: 100 }]);
  expectFigures('提升数倍', [{ text: '数倍', kind: 'ratio', qualifier: 'vague', low: 2, high: 9 }]);
  expectFigures('二〇二五年', [{ text: '二〇二五年', kind: 'year', value: 2025 }]);
  expectFigures('八百万千瓦', [{ text: '八百万千瓦', value: 8e9, unit: 'W' }]);
});

test('English number words', () => {
  expectFigures('twenty-five sites', [{ text: 'twenty-five sites', value: 25, noun: 'site' }]);
  expectFigures('one hundred and twenty servers', [{ text: 'one hundred and twenty servers', value: 120, noun: 'server' }]);
  expectFigures('a million GPUs', [{ text: 'a million GPUs', value: 1e6, noun: 'GPU' }]);
  expectFigures('a dozen racks', [{ text: 'a dozen racks', value: 12 }]);
  expectFigures('a tenfold jump, a 100x gain', [{ text: 'tenfold', value: 10, kind: 'ratio' }, { text: '100x', value: 100, kind: 'ratio' }]);
  expectFigures('more than three times', [{ text: 'more than three times', value: 3, qualifier: 'more-than', low: 3, high: null }]);
  expectFigures('two-thirds of the power', [{ text: 'two-thirds', value: 2 / 3 }]);
  expectFigures('half of the chips', [{ text: 'half', value: 0.5 }]);
  expectFigures('capex will double', [{ text: 'double', value: 2 }]);
  expectFigures('one of the biggest', []);
});

test('vague magnitudes', () => {
  expectFigures('数百万个GPU', [{ text: '数百万个GPU', value: null, low: 2e6, high: 9e6, qualifier: 'vague', noun: 'GPU', approx: true }]);
  expectFigures('几十万台', [{ text: '几十万台', low: 2e5, high: 9e5 }]);
  expectFigures('上千家', [{ text: '上千家', low: 1000, high: 9999 }]);
  expectFigures('成千上万', [{ text: '成千上万', low: 1000, high: 99999 }]);
  expectFigures('数十亿瓦', [{ text: '数十亿瓦', low: 2e9, high: 9e9, unit: 'W', kind: 'power' }]);
  expectFigures('tens of thousands of GPUs', [{ text: 'tens of thousands of GPUs', low: 2e4, high: 9e4, noun: 'GPU' }]);
  expectFigures('several billion dollars', [{ text: 'several billion dollars', low: 2e9, high: 9e9, unit: 'USD' }]);
  expectFigures('dozens of sites', [{ text: 'dozens of sites', low: 24, high: 108 }]);
  expectFigures('100多亿美元', [{ text: '100多亿美元', qualifier: 'more-than', low: 1e10, high: 2e10 }]);
});

test('qualifiers: prefix words stay outside the span, suffix words inside', () => {
  expectFigures('about $13 billion', [{ text: '$13 billion', qualifier: 'about', low: 1.17e10, high: 1.43e10, approx: true }]);
  expectFigures('nearly 5 GW', [{ text: '5 GW', qualifier: 'nearly', low: 4.5e9, high: 5e9 }]);
  expectFigures('at least 2 GW', [{ text: '2 GW', qualifier: 'at-least', low: 2e9, high: null }]);
  expectFigures('up to 100,000 GPUs', [{ text: '100,000 GPUs', qualifier: 'up-to', low: null, high: 1e5 }]);
  expectFigures('fewer than 50 sites', [{ text: '50 sites', qualifier: 'less-than', high: 50 }]);
  expectFigures('no more than 3 campuses', [{ text: '3 campuses', qualifier: 'at-most', high: 3, noun: 'campus' }]);
  expectFigures('10,000 GPUs or more', [{ text: '10,000 GPUs or more', qualifier: 'more-than', low: 1e4 }]);
  expectFigures('超过1150亿美元', [{ text: '1150亿美元', qualifier: 'more-than', low: 1.15e11, high: null }]);
  expectFigures('12%左右', [{ text: '12%左右', qualifier: 'about', low: 10.8, high: 13.2 }]);
  expectFigures('1.5万亿美元以上', [{ text: '1.5万亿美元以上', qualifier: 'more-than' }]);
  expectFigures('不到1000亿美元', [{ text: '1000亿美元', qualifier: 'less-than', high: 1e11 }]);
  expectFigures('至少数十亿瓦', [{ text: '数十亿瓦', qualifier: 'vague', low: 2e9, high: null }]);
});

test('units and kinds', () => {
  expectFigures('10 TWh, 1亿度电, 5,000 MW', [
    { text: '10 TWh', value: 1e13, kind: 'energy' }, { text: '1亿度电', value: 1e11, kind: 'energy' }, { text: '5,000 MW', value: 5e9 },
  ]);
  expectFigures('a 10-gigawatt campus on a 15-year lease', [{ text: '10-gigawatt', value: 1e10 }, { text: '15-year', value: 15 * YEAR, kind: 'duration' }]);
  expectFigures('500万千瓦和3亿千瓦时', [{ text: '500万千瓦', value: 5e9 }, { text: '3亿千瓦时', value: 3e11, kind: 'energy' }]);
  expectFigures('1 million sq ft on 875 acres', [{ text: '1 million sq ft', value: 92903.04, kind: 'area' }, { text: '875 acres', value: 875 * 4046.8564224 }]);
  expectFigures('占地100公顷', [{ text: '100公顷', value: 1e6, unit: 'm2' }]);
  expectFigures('2 exaFLOPS over 400 Gbps with 10 PB', [
    { text: '2 exaFLOPS', value: 2e18, kind: 'compute' }, { text: '400 Gbps', value: 4e11, kind: 'bandwidth' }, { text: '10 PB', value: 1e16, kind: 'data' },
  ]);
  expectFigures('5 million gallons, 30万立方米 and 2 km', [
    { text: '5 million gallons', value: 5e6 * 0.003785411784, kind: 'volume' }, { text: '30万立方米', value: 3e5 }, { text: '2 km', value: 2000, kind: 'length' },
  ]);
  expectFigures('400,000 GB200s and 10万块H100', [{ text: '400,000 GB200s', noun: 'GB200', value: 4e5 }, { text: '10万块H100', noun: 'H100', value: 1e5 }]);
  expectFigures('数千个英伟达GPU', [{ text: '数千个英伟达GPU', noun: 'GPU', low: 2000, high: 9000 }]);
});

test('years, dates, periods, durations', () => {
  expectFigures('in 2028', [{ text: '2028', kind: 'year', value: 2028 }]);
  expectFigures('FY2025 and fiscal 2026', [{ text: 'FY2025', kind: 'year', value: 2025 }, { text: 'fiscal 2026', value: 2026 }]);
  const p = expectFigures('H2 2026, Q3 2025, 2026年下半年, early 2028', [
    { text: 'H2 2026', kind: 'period', value: 2026 }, { text: 'Q3 2025', value: 2025 }, { text: '2026年下半年', value: 2026 }, { text: 'early 2028', value: 2028 },
  ]);
  assert.deepEqual([p[0].time?.from, p[0].time?.to], ['2026-07', '2026-12']);
  assert.deepEqual([p[1].time?.from, p[1].time?.to], ['2025-07', '2025-09']);
  const d = expectFigures('2025年1月21日, January 21, 2025, Jan. 21', [
    { text: '2025年1月21日', kind: 'date', value: 2025 }, { text: 'January 21, 2025', value: 2025 }, { text: 'Jan. 21', value: null },
  ]);
  assert.equal(d[0].time?.from, '2025-01-21');
  assert.equal(d[1].time?.from, '2025-01-21');
  assert.equal(d[2].time?.relative, true);
  expectFigures('年底前，第三季度，明年初', [{ text: '年底', kind: 'period' }, { text: '第三季度', kind: 'period' }, { text: '明年初', kind: 'period', value: null }]);
  expectFigures('over six years', [{ text: 'six years', kind: 'duration', qualifier: 'exact', value: 6 * YEAR }]); // over + duration = time span
  expectFigures('今年和去年', []);
});

test('never figures: code, URLs, products, markers, phones, versions, times', () => {
  expectFigures('Use `GPUS=400000` or see https://x.com/1000/2028 or mail a1@b2.com', []);
  expectFigures('GPT-5, GPT-4o, H100, GB200, MI300X, Llama 3, TPU v5p, Claude 3.5, A100, B200, iPhone 16, Windows 11', []);
  expectFigures('Call 555-123-4567 or +86 10 8765 4321 at 10:30 or 3 pm; upgrade to v1.2.3.', []);
  expectFigures('01 五个发展阶段', [{ text: '五个', value: 5 }]);
  expectFigures('* _1_ 微软和OpenAI', []);
  expectFigures('第五阶段和第一台超级计算机，一家公司，星期五', []);
  expectFigures('![](https://inews.gtimg.com/om_bt/x/1000)', []);
});

test('linear on adversarial input', () => {
  // A blow-up (a regex backtracking, a quadratic rescan) takes seconds to minutes on 100 KB; linear work takes about as
  // long as a real draft of the same length, dense with figures. The bound is against that draft timed alongside, so a
  // loaded machine (test files run in parallel) slows both.
  const article = readFileSync(new URL('../../examples/stargate-zh.md', import.meta.url), 'utf8');
  const timed = (text: string) => {
    const t0 = performance.now();
    recognizeFigures(maskText(text, 'markdown'));
    return performance.now() - t0;
  };
  const cases = ['9'.repeat(100000), '数'.repeat(10000), '1 '.repeat(50000), '[!'.repeat(50000), 'one '.repeat(20000), '十'.repeat(50000)];
  for (const c of cases) {
    const real = article.repeat(Math.ceil(c.length / article.length)).slice(0, c.length);
    const baseline = timed(real);
    const ms = timed(c);
    assert.ok(ms < Math.max(2000, 20 * baseline), `took ${ms.toFixed(0)} ms on ${c.slice(0, 8)}…, a real draft of its length ${baseline.toFixed(0)} ms`);
  }
});

test('example article: every figure with value, bounds and unit', () => {
  const text = readFileSync(new URL('../../examples/stargate-zh.md', import.meta.url), 'utf8');
  const figs = recognizeFigures(maskText(text, 'markdown'));
  const find = (t: string, n = 0) => {
    const all = figs.filter((f) => f.text === t);
    assert.ok(all.length > n, `missing ${t} (#${n})`);
    return all[n];
  };
  // No figures from the image URLs, list markers, GPT-5, section markers, 第五阶段.
  for (const f of figs) assert.ok(!/^(1000\/|01|02|03|1|2|3)$/.test(f.text), `unexpected ${f.text}`);
  assert.equal(figs.filter((f) => f.text === '1000亿美元').length, 4);
  assert.equal(find('1000亿美元').value, 1e11);
  assert.equal(find('1000亿美元').unit, 'USD');
  const upTo = find('1000亿美元', 3);
  assert.deepEqual([upTo.qualifier, upTo.high], ['up-to', 1e11]);
  const chips = find('数百万个');
  assert.deepEqual([chips.kind, chips.low, chips.high, chips.noun, chips.qualifier], ['count', 2e6, 9e6, 'chip', 'vague']);
  assert.equal(find('130亿美元').value, 1.3e10);
  const hundred = find('百倍之多');
  assert.deepEqual([hundred.kind, hundred.value, hundred.qualifier, hundred.low, hundred.high], ['ratio', 100, 'more-than', 100, null]);
  const watts = find('数十亿瓦');
  assert.deepEqual([watts.kind, watts.low, watts.high, watts.unit], ['power', 2e9, null, 'W']);
  const gw = find('5千兆瓦');
  assert.deepEqual([gw.value, gw.qualifier, gw.high, gw.unitText], [5e9, 'up-to', 5e9, '千兆瓦']);
  assert.equal(find('2028年').value, 2028);
  assert.equal(find('2030年').value, 2030);
  const y2026 = find('2026年左右');
  assert.deepEqual([y2026.kind, y2026.qualifier, y2026.value], ['year', 'about', 2026]);
  assert.equal(find('10亿美元').value, 1e9);
  const ten = find('100亿美元');
  assert.deepEqual([ten.qualifier, ten.high], ['up-to', 1e10]);
  const over = find('1150亿美元');
  assert.deepEqual([over.qualifier, over.low, over.high], ['more-than', 1.15e11, null]);
  const three = find('三倍还多');
  assert.deepEqual([three.kind, three.value, three.qualifier], ['ratio', 3, 'more-than']);
  const fifty = find('500亿美元');
  assert.deepEqual([fifty.qualifier, fifty.low, fifty.high], ['about', 4.5e10, 5.5e10]);
  const ff = find('四到五年');
  assert.deepEqual([ff.kind, ff.qualifier, ff.low, ff.high], ['duration', 'range', 4 * YEAR, 5 * YEAR]);
  assert.equal(find('1万亿美元').value, 1e12);
  assert.equal(find('12亿美元').value, 1.2e9);
  const gpus = find('数十万个GPU');
  assert.deepEqual([gpus.low, gpus.high, gpus.noun], [2e5, 9e5, 'GPU']);
  const nv = find('数千个英伟达GPU');
  assert.deepEqual([nv.low, nv.high, nv.noun], [2000, 9000, 'GPU']);
  assert.equal(find('三名').value, 3);
  assert.equal(find('两名').value, 2);
  assert.equal(find('六年').value, 6 * YEAR);
  assert.equal(find('十年').value, 10 * YEAR);
  const mar = find('3月30日');
  assert.deepEqual([mar.kind, mar.time?.from, mar.time?.relative], ['date', '--03-30', true]);
  assert.equal(find('2019年').kind, 'year');
  const h2 = find('2023年下半年');
  assert.deepEqual([h2.kind, h2.time?.from, h2.time?.to], ['period', '2023-07', '2023-12']);
  assert.equal(find('今年1月').kind, 'date');
  assert.equal(find('明年初').kind, 'period');
  // sorted, non-overlapping
  for (let i = 1; i < figs.length; i++) assert.ok(figs[i].offset >= figs[i - 1].offset + figs[i - 1].length);
});

test('"add up to" / 总计 / 合计 total a sum: not the hedge up-to', () => {
  expectFigures('Together the projects add up to 30 GW.', [{ text: '30 GW', value: 3e10, qualifier: 'exact', low: null, high: null }]);
  expectFigures('The contracts adds up to $12 billion.', [{ text: '$12 billion', qualifier: 'exact' }]);
  expectFigures('Orders added up to 5 GW, then rose to up to 6 GW.', [
    { text: '5 GW', qualifier: 'exact' }, { text: '6 GW', qualifier: 'up-to', high: 6e9 },
  ]);
  expectFigures('The deals add up to more than $300 billion.', [{ text: '$300 billion', qualifier: 'more-than', low: 3e11 }]);
  expectFigures('这些项目总计将带来30吉瓦的新增容量，合计投资1000亿美元。', [
    { text: '30吉瓦', qualifier: 'exact', high: null }, { text: '1000亿美元', qualifier: 'exact' },
  ]);
  expectFigures('合计约30吉瓦', [{ text: '30吉瓦', qualifier: 'about' }]);
});

test('a capitalised name before a small number is a name (Colossus 2), real counts stay', () => {
  expectFigures('xAI says Colossus 2 will house 550,000 GB200s.', [{ text: '550,000 GB200s', noun: 'GB200' }]);
  expectFigures('OpenAI denied a Stargate 2 site in Norway.', []);
  expectFigures('Meta trained Llama 3 on it; Phase 2 adds 800 MW.', [{ text: '800 MW', value: 8e8 }]);
  expectFigures('马斯克表示，Colossus 2首批将部署55万块GB200。', [{ text: '55万块GB200', value: 5.5e5, noun: 'GB200' }]);
  expectFigures("Meta's 2 GW site and Texas 2 GW plant", [{ text: '2 GW', value: 2e9 }, { text: '2 GW', value: 2e9 }]);
  expectFigures('In 2 years the firm built 3 sites.', [{ text: '2 years', kind: 'duration' }, { text: '3 sites', value: 3, noun: 'site' }]);
});

test('over + a duration is the time span, not more-than', () => {
  expectFigures('The campus will be built over five years.', [{ text: 'five years', qualifier: 'exact', value: 5 * YEAR, low: null }]);
  expectFigures('Prices rose 20% over two years.', [{ text: '20%' }, { text: 'two years', qualifier: 'exact' }]);
  expectFigures('Breaks worth $1.2bn over a decade.', [{ text: '$1.2bn' }, { text: 'a decade', qualifier: 'exact', value: 10 * YEAR }]);
  expectFigures('It costs over $5 billion.', [{ text: '$5 billion', qualifier: 'more-than' }]);
});

test('maker names between a classifier and its noun: in the span in Chinese, outside it in English', () => {
  expectFigures('xAI点亮了10万块英伟达GPU。', [{ text: '10万块英伟达GPU', value: 1e5, noun: 'GPU' }]);
  expectFigures('采购了数千个华为昇腾芯片', [{ text: '数千个华为昇腾芯片', noun: 'chip', low: 2000, high: 9000 }]);
  expectFigures('部署10万块Nvidia GPU和5万块AMD MI300X', [{ text: '10万块Nvidia GPU', noun: 'GPU' }, { text: '5万块AMD MI300X', noun: 'MI300X' }]);
  // English: docs/figures.md ("1 million Google TPUs → TPU, span `1 million`") keeps the noun out of the span.
  expectFigures('The company shipped 64,000 Nvidia GB200s.', [{ text: '64,000', noun: 'GB200' }]);
  expectFigures('It will deploy 2,304 Nvidia Grace Blackwell GPUs.', [{ text: '2,304', noun: 'GPU' }]);
  expectFigures('up to 1 million dedicated AI chips', [{ text: '1 million', noun: 'chip' }]);
  // Not behind an unknown common word: "eight buildings, each filled with advanced AI chips".
  const [eight] = expectFigures('The campus will have eight buildings, each filled with AI chips.', [{ text: 'eight' }]);
  assert.equal(eight.noun, undefined);
});

test('Chinese vague forms, adjacent-digit ranges, months in Chinese numerals', () => {
  expectFigures('十几个国家', [{ text: '十几个', qualifier: 'vague', low: 11, high: 19, value: null }]);
  expectFigures('二十几家企业', [{ text: '二十几家', low: 21, high: 29, qualifier: 'vague' }]);
  expectFigures('十几万台服务器', [{ text: '十几万台服务器', low: 1.1e5, high: 1.9e5, noun: 'server' }]);
  expectFigures('几十个智算中心', [{ text: '几十个', low: 20, high: 90 }]);
  expectFigures('好几个园区', [{ text: '好几个园区', qualifier: 'vague', low: 2, high: 9, noun: 'campus' }]);
  expectFigures('三四个数据中心', [{ text: '三四个数据中心', qualifier: 'range', value: null, low: 3, high: 4, noun: 'data center' }]);
  expectFigures('五六千名工人', [{ text: '五六千名', qualifier: 'range', low: 5000, high: 6000 }]);
  expectFigures('两三万块GPU，四五十亿美元', [{ text: '两三万块GPU', low: 2e4, high: 3e4 }, { text: '四五十亿美元', low: 4e9, high: 5e9, unit: 'USD' }]);
  expectFigures('五六十年代，不三不四', []);
  expectFigures('三月，微软在十二月披露', [{ text: '三月', kind: 'date', value: null }, { text: '十二月', kind: 'date', value: null }]);
  const [d] = expectFigures('三月三十日', [{ text: '三月三十日', kind: 'date' }]);
  assert.equal(d.time?.from, '--03-30');
});

test('English: a decade, year-end, end of next year, end-2026', () => {
  const [dec] = expectFigures('The lease runs for a decade.', [{ text: 'a decade', kind: 'duration', value: 10 * YEAR }]);
  assert.equal(dec.time?.label, '1 decade');
  expectFigures('It took decades and a year.', []);
  const [ye] = expectFigures('The first phase is due by year-end.', [{ text: 'year-end', kind: 'period', value: null }]);
  assert.deepEqual([ye.time?.from, ye.time?.to, ye.time?.relative], ['--09', '--12', true]);
  expectFigures('Capacity should reach 2 GW by the end of next year.', [{ text: '2 GW' }, { text: 'end of next year', kind: 'period', value: null }]);
  expectFigures('Online by end-2026.', [{ text: 'end-2026', kind: 'period', value: 2026 }]);
});

test('a number written without its leading zero is a percent, or no figure: never the digits after the point', () => {
  expectFigures('the .8% annual increase', [{ text: '.8%', kind: 'percent', value: 0.8 }]);
  expectFigures('the .08 rate set in 2019', [{ text: '2019' }]);
  expectFigures('a .5 GW expansion', []);
});
