// Fiscal periods: the recognizer marks a quarter or half of a fiscal year, the store says when a
// company's fiscal year ends, and the checks compare the two in calendar months.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeFigures } from '../../server/src/core/figures/index.ts';
import { maskText } from '../../server/src/core/text/mask.ts';
import { calendarKey, periodKey, claimTimeKey } from '../../server/src/core/checks/common.ts';
import { parseFactFile } from '../../server/src/facts/parse.ts';

const periodsOf = (text: string) =>
  recognizeFigures(maskText(text, 'plaintext')).filter((f) => f.kind === 'period').map((f) => ({ ...f, text: text.slice(f.offset, f.offset + f.length) }));

test('a quarter or half of a fiscal year carries its fiscal key; a calendar one does not', () => {
  const cases: [string, string, string | undefined][] = [
    ['英伟达公布2026财年Q2财报。', '2026财年Q2', 'FY2026-Q2'],
    ['微軟2025財年四季度資本支出創新高。', '2025財年四季度', 'FY2025-Q4'],
    ['Revenue for the fourth quarter of fiscal 2025 rose.', 'fourth quarter of fiscal 2025', 'FY2025-Q4'],
    ['Cash flow fell in fiscal Q1 2026.', 'fiscal Q1 2026', 'FY2026-Q1'],
    ['Guidance for Q3 FY2026 was raised.', 'Q3 FY2026', 'FY2026-Q3'],
    ['谷歌FY25Q1资本支出172亿美元。', 'FY25Q1', 'FY2025-Q1'],
    ['EBITDA stood at Rs 1,228 crore in Q3FY26.', 'Q3FY26', 'FY2026-Q3'],
    ['Guidance for Q1FY2026 was cut.', 'Q1FY2026', 'FY2026-Q1'],
    ['Revenue for 4QFY2024 rose to RM780.1 million.', '4QFY2024', 'FY2024-Q4'],
    ['Profit in 3QFY25 fell.', '3QFY25', 'FY2025-Q3'],
    ['Cash rose in H1FY26.', 'H1FY26', 'FY2026-H1'],
    ['Margins widened in the second half of fiscal year 2025.', 'second half of fiscal year 2025', 'FY2025-H2'],
    ['阿里巴巴2026财年上半年营收增长。', '2026财年上半年', 'FY2026-H1'],
    ['輝達2026財年第三財季營收570億美元。', '2026財年第三財季', 'FY2026-Q3'],
    ['该公司2025年第四财季营收增长。', '2025年第四财季', 'FY2025-Q4'],
    // Taiwan copy says 會計年度 for the fiscal year, often after a typeset space.
    ['輝達表示，2027 會計年度第一季營收預估為 780 億美元。', '2027 會計年度第一季', 'FY2027-Q1'],
    ['该公司2027会计年度上半年营收增长。', '2027会计年度上半年', 'FY2027-H1'],
    // Calendar parts, and fiscal ones without a year, get no fiscal key.
    ['Revenue in the first quarter of 2025 fell.', 'first quarter of 2025', undefined],
    ['阿里公布2024Q4业绩。', '2024Q4', undefined],
    ['2025年第三季度营收增长。', '2025年第三季度', undefined],
    ['台積電2027 年第一季營收增長。', '2027 年第一季', undefined],
    ['Cash rose in fiscal Q2, the company said.', 'Q2', undefined],
    ['英伟达第二财季营收467亿美元。', '第二财季', undefined],
  ];
  for (const [text, span, fiscal] of cases) {
    const f = periodsOf(text).find((x) => x.text === span);
    assert.ok(f, `${text}: no period "${span}" (got ${periodsOf(text).map((x) => x.text).join(', ')})`);
    assert.equal(f.time?.fiscal, fiscal, text);
    assert.equal(claimTimeKey(f.time), fiscal ?? claimTimeKey({ ...f.time, fiscal: undefined }), text);
  }
});

test('calendarKey places fiscal keys by the fiscal year-end month', () => {
  const cases: [string, number | undefined, string][] = [
    ['FY2026-Q2', 1, '2025-05..2025-07'], // Nvidia: FY2026 = Feb 2025–Jan 2026
    ['FY2027-Q1', 1, '2026-02..2026-04'],
    ['FY2025-Q4', 1, '2024-11..2025-01'], // across the calendar year
    ['FY2026-Q2', 6, '2025-10..2025-12'], // Microsoft: = calendar Q4 2025
    ['FY2025-Q4', 6, '2025-04..2025-06'],
    ['FY2026', 6, '2025-07..2026-06'],
    ['FY2026-H1', 5, '2025-06..2025-11'], // Oracle: FY2026 = Jun 2025–May 2026
    ['FY2025-Q3', 10, '2025-05..2025-07'], // Broadcom
    ['FY2025', 12, '2025..2025'], // a calendar fiscal year is the year
    ['FY2025-Q3', 12, '2025-07..2025-09'],
    ['FY2026-Q2', undefined, 'FY2026-Q2'], // year-end unknown: compared as written
    ['2025-07..2025-09', 6, '2025-07..2025-09'], // calendar keys unchanged
    ['rel:明年', 6, 'rel:明年'],
  ];
  for (const [key, yearEnd, expected] of cases) assert.equal(calendarKey(key, yearEnd), expected, `${key} @ ${yearEnd}`);
  assert.equal(periodKey('FY2026-Q2'), 'FY2026-Q2');
  assert.equal(periodKey('fy2025-h1'), 'FY2025-H1');
  assert.equal(periodKey('2025-Q3'), '2025-07..2025-09');
});

test('fiscal_year_end is read from an entity; a bad one warns and the entity still loads', () => {
  const file = (v: string) => `entities:
  - id: chipco
    kind: company
    names: { en: [ChipCo] }
    fiscal_year_end: ${v}
    facts:
      - id: chipco-revenue-fy2026-q2
        measure: revenue
        value: 10
        scale: billion
        unit: USD
        period: FY2026-Q2
        as_of: 2025-08-27
        source: { url: https://example.com/q2, date: 2025-08-27 }
`;
  const good = parseFactFile('good.yaml', file('1'));
  assert.deepEqual(good.problems, []);
  assert.equal(good.entities[0].fiscalYearEnd, 1);
  assert.equal(good.facts[0].period, 'FY2026-Q2');
  for (const bad of ['13', 'June', '0']) {
    const parsed = parseFactFile('bad.yaml', file(bad));
    assert.equal(parsed.entities.length, 1, bad);
    assert.equal(parsed.entities[0].fiscalYearEnd, undefined, bad);
    assert.equal(parsed.facts.length, 1, bad);
    assert.deepEqual(parsed.problems.map((p) => [p.code, p.severity]), [['store-bad-fiscal-year-end', 'warning']], bad);
  }
});

test('the hover on a fiscal quarter gives its calendar months for the company the draft ties it to', async () => {
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  const { analyze } = await import('../../server/src/core/analyze.ts');
  const { hoverAt } = await import('../../server/src/lsp/hover.ts');
  const { loadFactStore } = await import('../../server/src/facts/load.ts');
  const store = loadFactStore({ includeDefault: true });
  const hover = (text: string, needle: string) => {
    const doc = TextDocument.create('file:///d.md', 'markdown', 1, text);
    const h = hoverAt(doc, text.indexOf(needle), analyze(text, { today: '2026-11-29' }, store), store, 'auto');
    return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
  };
  const zh = hover('英伟达2026财年Q2营收为467亿美元。', '2026财年Q2');
  assert.match(zh, /财年的季度或半年/);
  assert.match(zh, /英伟达: 2025-05 – 2025-07/);
  const en = hover('Microsoft capex was $24.2 billion in the fourth quarter of fiscal 2025.', 'fourth quarter');
  assert.match(en, /Microsoft: 2025-04 – 2025-06/);
  // No company with a known fiscal year-end: no calendar months are invented.
  const none = hover('The start-up had revenue of $2 million in fiscal Q2 2026.', 'fiscal Q2');
  assert.match(none, /calendar months depend on the company/);
  assert.doesNotMatch(none, /Calendar months:/);
});
