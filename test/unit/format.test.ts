import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeFigure, describeIn, figureInterval, formatValue } from '../../server/src/core/figures/format.ts';
import { recognizeFigures } from '../../server/src/core/figures/index.ts';

const one = (t: string) => {
  const f = recognizeFigures(t);
  assert.equal(f.length, 1, t);
  return f[0];
};

test('formatValue: English style', () => {
  assert.equal(formatValue(1e11, 'USD', 'en'), 'US$100 billion');
  assert.equal(formatValue(5e9, 'W', 'en'), '5 GW');
  assert.equal(formatValue(5e9, 'W', 'en', { prefix: 'M' }), '5,000 MW');
  assert.equal(formatValue(4e5, 'count', 'en', { noun: 'GPU' }), '400,000 GPUs');
  assert.equal(formatValue(2e6, 'count', 'en', { noun: 'chip' }), '2 million chips');
  assert.equal(formatValue(1.3e10, 'CNY', 'en'), '13 billion yuan');
  assert.equal(formatValue(2e8, 'MOP', 'en'), 'MOP$200 million');
  assert.equal(formatValue(5e11, 'BRL', 'en'), 'R$500 billion');
  assert.equal(formatValue(1e13, 'Wh', 'en'), '10 TWh');
  assert.equal(formatValue(27, 'percent', 'en'), '27%');
  assert.equal(formatValue(3, 'ratio', 'en'), '3×');
});

test('formatValue: Chinese style, preferring the draft unit word', () => {
  assert.equal(formatValue(1e11, 'USD', 'zh'), '1000亿美元');
  assert.equal(formatValue(5e9, 'W', 'zh'), '5吉瓦');
  assert.equal(formatValue(5e9, 'W', 'zh', { unitText: '千兆瓦' }), '5千兆瓦');
  assert.equal(formatValue(5e9, 'W', 'zh', { unitText: '万千瓦' }), '500万千瓦');
  assert.equal(formatValue(4e5, 'count', 'zh', { noun: 'GPU' }), '40万块GPU');
  assert.equal(formatValue(1.5e12, 'USD', 'zh'), '1.5万亿美元');
  assert.equal(formatValue(2e8, 'MOP', 'zh'), '2亿澳门元');
  assert.equal(formatValue(5e11, 'BRL', 'zh'), '5000亿雷亚尔');
  assert.equal(formatValue(1e11, 'Wh', 'zh', { unitText: '度' }), '1亿度');
});

test('describeFigure: both conventions, conversions and hedges', () => {
  assert.equal(describeFigure(one('1000亿美元'), 'en'), 'US$100 billion');
  assert.equal(describeFigure(one('5千兆瓦'), 'en'), '5 GW = 5,000 MW');
  assert.equal(describeFigure(one('5千兆瓦'), 'zh'), '5 GW = 5,000 MW');
  assert.equal(describeIn(one('5千兆瓦'), 'zh'), '5千兆瓦');
  assert.equal(describeFigure(one('$13 billion'), 'zh'), 'US$13 billion（130亿美元）');
  assert.equal(describeFigure(one('数十万个GPU'), 'en'), '200,000–900,000 GPUs');
  assert.equal(describeFigure(one('超过1150亿美元'), 'en'), 'more than US$115 billion');
  assert.equal(describeFigure(one('约500亿美元'), 'en'), 'about US$50 billion (45–55 billion)');
  assert.equal(describeIn(one('约500亿美元'), 'zh'), '约500亿美元 (450–550亿美元)');
  assert.equal(describeFigure(one('$4-5 billion'), 'en'), 'US$4–5 billion');
  assert.equal(describeFigure(one('至少数十亿瓦'), 'en'), 'at least 2 GW');
  assert.equal(describeFigure(one('2026年左右'), 'en'), 'about 2026 (2025–2027)');
});

test('describeFigure: temperatures keep the scale they were written in', () => {
  assert.equal(describeFigure(one('零下30℃'), 'en'), '-30 °C = -22 °F');
  assert.equal(describeIn(one('进水温度45℃'), 'zh'), '45℃');
  assert.equal(describeFigure(one('a high of 104°F'), 'en'), '104 °F = 40 °C');
  assert.equal(describeFigure(one('coolant at 45 °C'), 'en'), '45 °C = 113 °F');
  assert.equal(describeFigure(one('between 18°C and 27°C'), 'en'), '18–27 °C');
});

test('describeFigure: integer operations keep their own unit, apart from FLOPS', () => {
  assert.equal(describeFigure(one('NPU算力45 TOPS'), 'en'), '45 TOPS');
  assert.equal(describeFigure(one('Jetson Thor reaches 2,070 TOPS'), 'en'), '2.07 POPS');
  assert.equal(describeFigure(one('训练算力1.2×10^18 FLOPS'), 'en'), '1.2 exaFLOPS');
});

test('describeFigure: training compute counts operations in scientific notation', () => {
  assert.equal(describeFigure(one('GPT-4 used 2.1e25 FLOP'), 'en'), '2.1 × 10²⁵ FLOP');
  assert.equal(describeFigure(one('the line is 10^26 FLOPs'), 'en'), '10²⁶ FLOP');
  assert.equal(describeFigure(one('a toy run of 5,000 FLOP'), 'en'), '5,000 FLOP');
});

test('figureInterval', () => {
  assert.deepEqual(figureInterval(one('$13 billion')), [1.3e10, 1.3e10]);
  assert.deepEqual(figureInterval(one('more than $13 billion')), [1.3e10, Infinity]);
  assert.deepEqual(figureInterval(one('up to 5 GW')), [-Infinity, 5e9]);
  assert.deepEqual(figureInterval(one('about 10 GW')), [9e9, 1.1e10]);
  assert.deepEqual(figureInterval(one('4-5 GW')), [4e9, 5e9]);
  assert.deepEqual(figureInterval(one('数百万个GPU')), [2e6, 9e6]);
});

test('volts and volt-amperes: their own units, no watt conversion', () => {
  assert.equal(formatValue(5e5, 'V', 'en'), '500 kV');
  assert.equal(formatValue(5e5, 'V', 'zh'), '500千伏');
  assert.equal(formatValue(220, 'V', 'zh'), '220伏');
  assert.equal(formatValue(2e9, 'VA', 'en'), '2 GVA');
  assert.equal(formatValue(2e9, 'VA', 'zh', { unitText: '千兆伏安' }), '2千兆伏安');
  assert.equal(formatValue(1.8e8, 'VA', 'zh'), '180兆伏安');
  assert.equal(formatValue(8e5, 'VA', 'zh'), '800千伏安');
  assert.equal(describeFigure(one('500千伏'), 'en'), '500 kV');
  assert.equal(describeFigure(one('a 138-kV line'), 'zh'), '138 kV（138千伏）');
  assert.equal(describeFigure(one('about 150 MVA'), 'en'), 'about 150 MVA (135–165 MVA)');
});
