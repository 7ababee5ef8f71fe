// Unit tests of the consistency checks: each fires on a planted slip at the exact span and stays
// silent on the clean variant, in Chinese and English. ⟦…⟧ marks the span the finding must cover.
// Run: node --import tsx --test test/unit/checks.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze.ts';
import { loadFactStore } from '../../server/src/facts/load.ts';
import { CHECKS } from '../../server/src/core/checks/index.ts';

const store = loadFactStore();
const TODAY = '2026-11-28';
const ROOT = join(__dirname, '..', '..');

function unmark(marked: string): { text: string; span?: { offset: number; length: number } } {
  const a = marked.indexOf('⟦');
  if (a < 0) return { text: marked };
  const b = marked.indexOf('⟧');
  return { text: marked.slice(0, a) + marked.slice(a + 1, b) + marked.slice(b + 1), span: { offset: a, length: b - a - 1 } };
}

const warnings = (text: string, opts = {}) => analyze(text, { today: TODAY, ...opts }, store).findings.filter((f) => f.severity === 'warning' || f.severity === 'error');

interface Case { code: string; slip: string; clean: string; lang: 'zh' | 'en' }
const CASES: Case[] = [
  { code: 'internal-conflict', lang: 'zh', slip: '阿比林园区的电力容量为1.2吉瓦。文章随后写道，阿比林园区的电力容量为⟦2吉瓦⟧。', clean: '阿比林园区的电力容量为1.2吉瓦。文章随后写道，阿比林园区的电力容量为1200兆瓦。' },
  { code: 'internal-conflict', lang: 'en', slip: 'Stargate Abilene has a power capacity of 1.2 GW. Later, Stargate Abilene is said to have a capacity of ⟦2 GW⟧.', clean: 'Stargate Abilene has a power capacity of 1.2 GW. Later, Stargate Abilene is said to have a capacity of 1,200 MW.' },
  { code: 'fact-conflict', lang: 'en', slip: 'Meta spent ⟦$95 billion⟧ on capital expenditure in 2025.', clean: 'Meta spent $72.22 billion on capital expenditure in 2025.' },
  { code: 'arithmetic', lang: 'en', slip: 'The company will invest $300 billion over five years, or ⟦$75 billion⟧ a year.', clean: 'The company will invest $300 billion over five years, or $60 billion a year.' },
  { code: 'arithmetic', lang: 'zh', slip: '微软的资本支出从557亿美元增至882亿美元，增长了⟦80%⟧。', clean: '微软的资本支出从557亿美元增至882亿美元，增长了58%。' },
  { code: 'arithmetic', lang: 'en', slip: 'The three sites add 10 GW, 6 GW and 10 GW, ⟦30 GW⟧ in all.', clean: 'The three sites add 10 GW, 6 GW and 10 GW, 26 GW in all.' },
  { code: 'implausible', lang: 'en', slip: 'The hall will hold ⟦1,000,000 GPUs⟧ in 50 MW.', clean: 'The hall will hold 100,000 GPUs in 150 MW.' },
  { code: 'unit-slip', lang: 'en', slip: 'The campus will consume ⟦5 GW⟧ a year.', clean: 'The campus will consume 5 TWh a year.' },
  { code: 'unit-slip', lang: 'zh', slip: '该园区装机容量⟦5吉瓦时⟧。', clean: '该园区装机容量5吉瓦。' },
  { code: 'unit-slip', lang: 'zh', slip: '该数据中心每年⟦5吉瓦⟧的电力消耗。', clean: '该数据中心每年新增5吉瓦的电力容量。' },
  { code: 'magnitude-slip', lang: 'zh', slip: '阿比林园区的电力容量为1.2吉瓦。文章随后写道，阿比林园区的电力容量为⟦1.2兆瓦⟧。', clean: '阿比林园区的电力容量为1.2吉瓦。文章随后写道，阿比林园区的电力容量为1200兆瓦。' },
];

for (const c of CASES) {
  test(`${c.code} (${c.lang}) fires on the slip at the exact span`, () => {
    const { text, span } = unmark(c.slip);
    const found = warnings(text).filter((f) => f.code === c.code);
    assert.equal(found.length, 1, JSON.stringify(warnings(text).map((f) => [f.code, f.message])));
    assert.deepEqual({ offset: found[0].offset, length: found[0].length }, span);
    assert.ok(found[0].message.length > 0);
  });
  test(`${c.code} (${c.lang}) stays silent on the clean variant`, () => {
    assert.deepEqual(warnings(c.clean).map((f) => [f.code, f.message]), []);
  });
}

test('messages follow the draft language', () => {
  const zh = warnings(unmark(CASES[0].slip).text)[0];
  assert.match(zh.message, /[\u4e00-\u9fff]/);
  const en = warnings(unmark(CASES[1].slip).text)[0];
  assert.doesNotMatch(en.message, /[\u4e00-\u9fff]/);
});

test('internal-conflict points at the other figure and offers a fix', () => {
  const { text } = unmark(CASES[1].slip);
  const f = warnings(text).find((x) => x.code === 'internal-conflict')!;
  assert.equal(text.slice(f.related[0].offset!, f.related[0].offset! + f.related[0].length!), '1.2 GW');
  assert.equal(f.fixes[0].edits[0].newText, '1.2 GW');
});

test('fact-conflict gives the fact, its source, and a fix in the draft style', () => {
  const { text } = unmark(CASES[2].slip);
  const f = warnings(text).find((x) => x.code === 'fact-conflict')!;
  assert.match(f.message, /as of \d{4}-\d{2}-\d{2}/);
  assert.match(f.message, /https?:\/\//);
  assert.ok(f.factIds.length === 1);
  assert.ok(f.related[0].path && typeof f.related[0].line === 'number');
  assert.equal(f.fixes[0].edits[0].newText, '$72.22 billion');
});

test('cross-draft-conflict against another draft', () => {
  const other = 'Stargate Abilene has a power capacity of 1.2 GW.';
  const a = analyze(other, { today: TODAY }, store);
  const text = 'Stargate Abilene has a power capacity of 2 GW.';
  const found = warnings(text, { otherDrafts: [{ path: '/ws/other.md', text: other, figures: a.figures, claims: a.claims }] }).filter((f) => f.code === 'cross-draft-conflict');
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0].offset, found[0].offset + found[0].length), '2 GW');
  assert.equal(found[0].related[0].path, '/ws/other.md');
  assert.equal(found[0].related[0].line, 0);
  const same = 'Stargate Abilene has a power capacity of 1,200 MW.';
  assert.deepEqual(warnings(same, { otherDrafts: [{ path: '/ws/other.md', text: other, figures: a.figures, claims: a.claims }] }), []);
});

test('suppression comments silence a finding', () => {
  const { text } = unmark(CASES[6].slip);
  assert.equal(warnings(text).length, 1);
  assert.equal(warnings(`<!-- infra-factcheck-disable-next-line implausible -->\n${text}`).length, 0);
  assert.equal(warnings(`<!-- infra-factcheck-disable-next-line unit-slip -->\n${text}`).length, 1);
});

test('every check is registered with code, severity and bilingual description', () => {
  const codes = CHECKS.map((c) => c.code);
  for (const code of ['internal-conflict', 'cross-draft-conflict', 'fact-conflict', 'stale-figure', 'arithmetic', 'implausible', 'unit-slip', 'magnitude-slip']) assert.ok(codes.includes(code), code);
  for (const c of CHECKS) assert.ok(c.description.en && c.description.zh);
});

test('the example article has no warnings (stale hints allowed)', () => {
  const text = readFileSync(join(ROOT, 'examples', 'stargate-zh.md'), 'utf8');
  const all = analyze(text, { today: TODAY }, store).findings;
  assert.deepEqual(all.filter((f) => f.severity !== 'information' && f.severity !== 'hint').map((f) => [f.code, f.message]), []);
  assert.ok(all.every((f) => f.code !== 'internal-error'));
});
