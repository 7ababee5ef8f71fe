// Hovers are remembered per analysis (lsp/hover.ts): the memo must never show what an older
// store or another message language said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/analyze.ts';
import { hoverAt } from '../../server/src/lsp/hover.ts';
import { buildStore } from '../../server/src/facts/store.ts';
import { parseFactFile } from '../../server/src/facts/parse.ts';

const storeSaying = (gigawatts: number) =>
  buildStore([{ name: 'workspace', files: [{ path: '/ws/facts/tc.yaml', parsed: parseFactFile('/ws/facts/tc.yaml', `entities:
  - id: test-campus
    kind: site
    names: { en: [Test Campus], zh: [测试园区] }
    facts:
      - id: tc-power
        measure: power
        value: ${gigawatts}
        unit: GW
        as_of: 2025-03-01
        source: { url: https://example.com/tc, title: Campus plan, date: 2025-03-01 }
`) }] }]);

const TEXT = 'Test Campus will draw 1.2 GW when it opens.\n';
const doc = TextDocument.create('file:///draft.md', 'markdown', 1, TEXT);
const valueOf = (h: ReturnType<typeof hoverAt>) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

test('a hover shown again is the same; a reloaded store or another language renders it anew', () => {
  const first = storeSaying(1.2);
  const analysis = analyze(TEXT, { today: '2026-11-29' }, first);
  const figureAt = TEXT.indexOf('1.2 GW');
  const nameAt = TEXT.indexOf('Test Campus');

  const once = valueOf(hoverAt(doc, figureAt, analysis, first, 'auto'));
  assert.match(once, /Campus plan/);
  assert.match(once, /\*\*1\.2 GW\*\*/);
  assert.equal(valueOf(hoverAt(doc, figureAt + 2, analysis, first, 'auto')), once, 'another offset in the same figure');

  // The store was reloaded (a newsroom edited the fact): the hover shows the new value.
  const reloaded = storeSaying(1.5);
  const after = valueOf(hoverAt(doc, figureAt, analysis, reloaded, 'auto'));
  assert.match(after, /1\.5 GW/);
  assert.doesNotMatch(after, /- \*\*1\.2 GW\*\*/);

  // The name's hover and the figure's are kept apart (figure 0 and mention 0 share no slot).
  const name = valueOf(hoverAt(doc, nameAt, analysis, reloaded, 'auto'));
  assert.match(name, /Test Campus/);
  assert.notEqual(name, after);

  // Messages in Chinese, then in English again.
  const zh = valueOf(hoverAt(doc, figureAt, analysis, reloaded, 'zh'));
  assert.match(zh, /事实库/);
  // The measure by its readable name, in the hover's language (never the store's id).
  assert.match(zh, /指标: 电力容量/);
  assert.match(once, /measure: power/);
  assert.match(valueOf(hoverAt(doc, nameAt, analysis, reloaded, 'zh')), /- 电力容量: /);
  assert.match(valueOf(hoverAt(doc, figureAt, analysis, reloaded, 'en')), /Fact store/);
});

test('a figure of an organisation the store does not know names it as the draft writes it', () => {
  const empty = buildStore([]);
  for (const [text, figure, name, lang, said] of [
    ['TikTok plans a data centre in Brazil with 300 MW of capacity.\n', '300 MW', 'TikTok', 'en', /not in the fact store/],
    ['万国数据宣布上海园区的电力容量为300兆瓦。\n', '300兆瓦', '万国数据', 'zh', /事实库未收录/],
  ] as const) {
    const d = TextDocument.create('file:///guess.md', 'markdown', 1, text);
    const analysis = analyze(text, { today: '2026-11-29' }, empty);
    const hover = valueOf(hoverAt(d, text.indexOf(figure), analysis, empty, lang));
    assert.match(hover, new RegExp(`${lang === 'zh' ? '主体' : 'About'}: ${name}`), hover);
    assert.match(hover, said, hover);
    assert.doesNotMatch(hover, /org:/, hover);
    const nameHover = valueOf(hoverAt(d, text.indexOf(name), analysis, empty, lang));
    assert.match(nameHover, new RegExp(`\\*\\*${name}\\*\\*`), nameHover);
  }
});

test("a figure's hover lists the store's facts of its own period first", () => {
  const store = buildStore([{ name: 'workspace', files: [{ path: '/ws/facts/co.yaml', parsed: parseFactFile('/ws/facts/co.yaml', `entities:
  - id: test-co
    kind: company
    fiscal_year_end: 6
    names: { en: [Testco], zh: [测试公司] }
    facts:
      - id: co-capex-fy2026-q1
        measure: capex
        value: 10
        unit: USD
        scale: billion
        period: FY2026-Q1
        as_of: 2025-10-29
        source: { url: https://example.com/q1, title: First quarter, date: 2025-10-29 }
      - id: co-capex-2026
        measure: capex
        value: 50
        unit: USD
        scale: billion
        period: 2026
        as_of: 2026-04-29
        source: { url: https://example.com/outlook, title: Outlook, date: 2026-04-29 }
`) }] }]);
  const text = 'Testco spent $10 billion on capex in the quarter ended September 30, 2025.\n';
  const draft = TextDocument.create('file:///co.md', 'markdown', 1, text);
  const analysis = analyze(text, { today: '2026-11-29' }, store);
  const hover = valueOf(hoverAt(draft, text.indexOf('$10 billion'), analysis, store, 'en'));
  assert.ok(hover.indexOf('First quarter') > 0 && hover.indexOf('First quarter') < hover.indexOf('Outlook'), hover);
});
