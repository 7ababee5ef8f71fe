// A bare 元 means what the draft as a whole says: New Taiwan dollars in Taiwan copy that names
// 新台幣 and never the yuan, yuan otherwise — and an edit elsewhere that changes this re-reads it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, AnalysisMemo } from '../../server/src/core/analyze.ts';
import { loadFactStore } from '../../server/src/facts/load.ts';

const store = loadFactStore({ includeDefault: true });
const units = (text: string) => analyze(text, { today: '2026-11-29' }, store).figures.filter((f) => f.kind === 'money').map((f) => `${f.text}=${f.unit}`);

test('a bare 元 in Taiwan copy that names 新台幣 is New Taiwan dollars', () => {
  assert.deepEqual(units('台積電第3季稅後大賺4523億元，每股純益17.44元。\n\n稅後純益約新台幣4,523億，美國存託憑證每單位2.92美元。'),
    ['4523億元=TWD', '17.44元=TWD', '新台幣4,523億=TWD', '2.92美元=USD']);
  assert.deepEqual(units('台积电营收9,899亿元，约合新台币计价。'), ['9,899亿元=TWD'], 'simplified copy about Taiwan too');
});

test('a bare 元 stays yuan when the draft names the yuan as well, or no Taiwan dollar', () => {
  assert.deepEqual(units('阿里营收2,000亿元人民币，台积电营收新台币9,899亿元，腾讯投入800亿元。'),
    ['2,000亿元人民币=CNY', '新台币9,899亿元=TWD', '800亿元=CNY']);
  assert.deepEqual(units('腾讯投入800亿元。'), ['800亿元=CNY']);
  assert.deepEqual(units('台積電股價漲至1,495元，市值38.5兆元。'), ['1,495元=CNY', '38.5兆元=CNY'], 'no 新台幣 named: the recognizer\'s default');
});

test('an edit that names 新台幣 in another paragraph turns the earlier bare 元 into TWD, as a fresh analysis does', () => {
  const memo = new AnalysisMemo();
  const first = '台積電第3季稅後大賺4523億元。\n\n營收年增40.8%。';
  let previous = analyze(first, { today: '2026-11-29', memo }, store);
  assert.equal(previous.figures.find((f) => f.kind === 'money')!.unit, 'CNY');
  const second = first + '\n\n稅後純益約新台幣4,523億。';
  previous = analyze(second, { today: '2026-11-29', memo, previous }, store);
  assert.equal(previous.figures.find((f) => f.kind === 'money')!.unit, 'TWD');
  assert.deepEqual(previous, analyze(second, { today: '2026-11-29' }, store));
  const third = second + '\n\n陸企營收以人民幣計。';
  previous = analyze(third, { today: '2026-11-29', memo, previous }, store);
  assert.equal(previous.figures.find((f) => f.kind === 'money')!.unit, 'CNY', 'naming the yuan makes a bare 元 ambiguous again: the default');
  assert.deepEqual(previous, analyze(third, { today: '2026-11-29' }, store));
});
