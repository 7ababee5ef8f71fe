// Robustness: random and adversarial input never breaks the analysis, spans stay valid, the
// paragraph memo gives exactly a fresh analysis, adversarial inputs run in linear time, and bad
// fact-store files and drafts give clear messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fsMutable from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { analyze, AnalysisMemo, ParagraphMemo } from '../../server/src/core/analyze.ts';
import { maskText } from '../../server/src/core/text/mask.ts';
import { recognizeFigures } from '../../server/src/core/figures/index.ts';
import { normalizeWidth } from '../../server/src/core/figures/chars.ts';
import { loadFactStore, listFactFiles } from '../../server/src/facts/load.ts';
import { parseFactFile, parseFactFileSlow } from '../../server/src/facts/parse.ts';
import { writeAtomic } from '../../server/src/facts/write.ts';
import { EXAMPLE, ROOT, makeDraft, makeStoreYaml } from '../../bench/corpus.ts';
import { ChunkedText } from '../../server/src/core/text/chunked.ts';

const store = loadFactStore({ includeDefault: true });
const TODAY = '2026-01-01';

// Text that looks like drafts: figure-ish fragments, CJK, markdown, noise, any Unicode.
const fragment = fc.oneof(
  fc.constantFrom('1000亿美元', '5千兆瓦', '数百万个芯片', '约1.2 GW', '$100 billion', '3月30日', '2028年', '超过40万块GPU', '百倍', '1,000', '一二三四',
    'Stargate', '星际之门', '微软', 'OpenAI', '\n\n', '\n', '# ', '```\n', '`', '**', '[a](http://x.y/1)', '---\n', '|', '<!-- ', ' -->', '。', '，', ' ', '%', '-', '~'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.integer({ min: -1e6, max: 1e12 }).map(String),
);
const draft = fc.array(fragment, { maxLength: 60 }).map((xs) => xs.join(''));

function assertSpans(text: string, spans: { offset: number; length: number; text?: string }[], what: string): void {
  let end = 0;
  for (const s of spans) {
    assert.ok(Number.isInteger(s.offset) && s.length >= 0 && s.offset >= 0 && s.offset + s.length <= text.length, `${what} span inside the text`);
    assert.ok(s.offset >= end, `${what} spans do not overlap`);
    end = s.offset + s.length;
    if (s.text !== undefined) assert.equal(s.text, text.slice(s.offset, s.offset + s.length), `${what} text equals the slice`);
  }
}

test('recognizer: any text → figures inside the text, sorted, non-overlapping, text = slice', () => {
  fc.assert(
    fc.property(draft, (text) => {
      const figures = recognizeFigures(maskText(text, 'markdown'));
      assertSpans(text, figures.map((f) => ({ offset: f.offset, length: f.length })), 'figure');
    }),
    { numRuns: 400 },
  );
});

// The server's memo recognizes each paragraph alone (analyze.ts): a fresh analysis of the whole text must find the
// same, so no rule may look across a blank line. Fixture texts are the figures most sensitive to what is around them.
const FIGURE_TEXTS = fs.readdirSync(path.join(ROOT, 'test/fixtures/figures')).filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/figures', f), 'utf8')) as { text: string }[]).map((c) => c.text.replace(/[⟦⟧]/g, '')));
test("recognizer: a paragraph's figures are the same alone and between other paragraphs", () => {
  const alone = (a: string, b: string, blank: string) => {
    const shifted = recognizeFigures(b).map((f) => ({ ...f, offset: f.offset + a.length + blank.length }));
    assert.deepEqual(recognizeFigures(a + blank + b), [...recognizeFigures(a), ...shifted], JSON.stringify(a + blank + b));
  };
  // Pairs where rules used to look across the blank line: a comparison's "of", a change word before bps, the
  // draft's language, a currency word after an amount.
  for (const [a, b] of [['at 1/3 the speed', 'of the year'], ['up', '1,000 bps to 2,000 bps modems'], ['约', 'Exports rose, YoY 5.5 pct in May.'], ['公司預計今年投資美金一百億元擴產。', '亿美元的投资']]) alone(a, b, '\n\n');
  const paragraph = fc.oneof(fc.nat({ max: FIGURE_TEXTS.length - 1 }).map((k) => FIGURE_TEXTS[k].trim()), fragment);
  fc.assert(fc.property(paragraph, paragraph, fc.constantFrom('\n\n', '\n \n', '\n\t\r\n\n'), alone), { numRuns: 500 });
});

// The width fold by its definition, one code unit at a time: normalizeWidth copies the text between
// folded runs as slices, and must give exactly this. Full-width prose punctuation stays as it is.
const PROSE_PUNCTUATION = '，（）：；！？';
function foldEachUnit(t: string): string {
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const digit = (k: number) => /[0-9０-９]/.test(t[k] ?? '');
    out += String.fromCharCode(
      c >= 0xff01 && c <= 0xff5e && !PROSE_PUNCTUATION.includes(t[i]) ? c - 0xfee0 : c === 0x3000 ? 32 : c === 0x2212 || c === 0x2010 || c === 0x2011 ? 45 : c === 0xffe5 ? 0xa5 : c === 0x301c ? 126
        : (c === 0xfe52 || c === 0x2024) && digit(i - 1) && digit(i + 1) ? 46 : c);
  }
  return out;
}

test('width fold: equal to folding each code unit, on random text and on long full-width runs', () => {
  const unit = fc.constantFrom('Ａ', '１', '２', '　', '−', '‐', '‑', '￥', '〜', '﹒', '․', '，', '（', 'a', '5', '.', '亿', ' ', '\n', '😀');
  fc.assert(fc.property(fc.array(fc.oneof(unit, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }), (parts) => {
    const t = parts.join('');
    assert.equal(normalizeWidth(t), foldEachUnit(t));
  }), { numRuns: 500 });
  const run = '２０２５年'.repeat(5000) + 'abc' + '　'.repeat(20000);
  assert.equal(normalizeWidth(run), foldEachUnit(run));
  assert.equal(normalizeWidth('21﹒9%'), '21.9%');
});

test('analyze: any text never throws and keeps every span valid', () => {
  fc.assert(
    fc.property(draft, fc.constantFrom<'markdown' | 'plaintext'>('markdown', 'plaintext'), (text, format) => {
      const a = analyze(text, { format, today: TODAY }, store);
      assert.ok(!a.findings.some((f) => f.code === 'internal-error'), `internal error: ${a.findings.find((f) => f.code === 'internal-error')?.message}`);
      assertSpans(text, a.figures, 'figure');
      assertSpans(text, a.mentions, 'mention');
      for (const f of a.findings) assert.ok(f.offset >= 0 && f.offset + f.length <= text.length, 'finding inside the text');
      for (const c of a.claims) assert.ok(c.figure >= 0 && c.figure < a.figures.length);
    }),
    { numRuns: 200 },
  );
});

test('analyze: a name glossed in brackets by other names of the same company does not break the claims', () => {
  // The last name of a bracketed list once returned a partner past the end of the mentions (a TypeError).
  for (const text of [
    'United Microelectronics Corp (UMC, 聯電), the world’s third-largest contract chipmaker, saw its net profit grow almost 3-folds last quarter.\nNet profit surged to NT$11.2 billion (US$394.64 million) during the final quarter last year, compared with NT$3.84 billion in the same period of 2019.',
    '四大云厂商（微软、谷歌、亚马逊、Meta）今年资本开支合计超过3000亿美元。',
  ]) {
    const a = analyze(text, { today: TODAY }, store);
    assert.ok(!a.findings.some((f) => f.code === 'internal-error'), a.findings.find((f) => f.code === 'internal-error')?.message);
    assert.ok(a.claims.length > 0, 'the money figure still gets a claim');
  }
});

// Words that make a claim read back before its paragraph (anaphora, deals, learned names).
const lookBackWords = fc.constantFrom('该项目', '该协议', '这座数据中心', '该公司', 'the deal', 'The project ', 'the company', 'This 1 GW campus',
  '（Sam Altman）', '山姆·奥特曼', '甲骨文', 'Oracle and OpenAI', '微软和OpenAI', '向OpenAI投资', '表示', ' said', '\n\n和', '\n\nmore than',
  // Naming the Taiwan dollar or the yuan changes what every bare 元 of the draft means.
  '約新台幣4,523億', '人民幣', '淨利4523億元',
  // A 下同 declaration says what the bare 元 after it are; which one comes first decides.
  '盈利4.71億元(美元,下同)', '收入3億元(港元,下同)',
  // Naming the yen or the yuan changes what every bare ¥ of the draft means.
  ' 3 trillion yen', 'SoftBank will invest ¥3 trillion', ' in yuan');

type Edit = { at: number; del: number; insert: string } | { at: number; del: number; to: number };

/**
 * Applies each edit (an insertion, or a block moved elsewhere) as the server would, analysing every
 * version from the previous one: each must equal a fresh analysis. The edits go both to a string and,
 * as the server keeps an open document, to a ChunkedText (small chunks, so edits cross their cuts).
 */
function checkEditSequence(start: string, edits: Edit[]): void {
  const memo = new AnalysisMemo();
  const chunkMemo = new AnalysisMemo();
  let text = start;
  let chunks = ChunkedText.of(start, 512);
  let previous = analyze(text, { today: TODAY, memo }, store);
  let previousChunked = analyze(chunks, { today: TODAY, memo: chunkMemo }, store);
  for (const e of edits) {
    const at = e.at % (text.length + 1);
    if ('to' in e) {
      const block = text.slice(at, at + e.del);
      const rest = text.slice(0, at) + text.slice(at + e.del);
      const to = e.to % (rest.length + 1);
      text = rest.slice(0, to) + block + rest.slice(to);
      chunks = chunks.splice(at, Math.min(at + e.del, chunks.length), '').splice(to, to, block);
    } else {
      text = text.slice(0, at) + e.insert + text.slice(at + e.del);
      chunks = chunks.splice(at, Math.min(at + e.del, chunks.length), e.insert);
    }
    const fresh = analyze(text, { today: TODAY }, store);
    previous = analyze(text, { today: TODAY, memo, previous }, store);
    assert.deepEqual(previous, fresh);
    previousChunked = analyze(chunks, { today: TODAY, memo: chunkMemo, previous: previousChunked }, store);
    assert.deepEqual(previousChunked, fresh, 'from the chunks');
  }
}

test('paragraph memo and the previous version: after every edit of a sequence the analysis equals a fresh one', () => {
  const edit = fc.oneof(
    fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), insert: fc.oneof(fragment, lookBackWords) }),
    // Move a block elsewhere: paragraphs keep their text but get a new look-back context.
    fc.record({ at: fc.nat(), del: fc.integer({ min: 20, max: 400 }), to: fc.nat() }),
  );
  fc.assert(
    fc.property(fc.nat({ max: 3 }), fc.array(edit, { minLength: 1, maxLength: 10 }), (start, edits) => {
      const text = start === 0 ? EXAMPLE.slice(0, 4000) : makeDraft(3000, start);
      checkEditSequence(text, edits);
    }),
    { numRuns: 60 },
  );
});

const SLIPS = [' The campus will use 5 GW a year.', ' Revenue rose from $10 billion to $15 billion, up 80%.', '该园区每年耗电5吉瓦。', '营收从100亿美元增至150亿美元，增长80%。',
  // Implausible pairs: within one sentence, and a thing's figures across two.
  ' Crusoe said the 1 GW campus in Texas will house 40 million GPUs.', '该数据中心耗电1吉瓦，配备4000万块GPU。',
  ' The Stargate site in Abilene will draw 1.2 GW. The Stargate site in Abilene will hold 90 million GPUs.'];

// Long drafts: paragraphs far from an edit keep their figures, mentions and claims (beyond the
// claims' look-back), so edits here exercise the paths that reuse them as well as those that stop.
test('updating a long draft from its previous analysis equals a fresh analysis after every edit', () => {
  const edit = fc.oneof(
    fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), insert: fc.oneof(fragment, lookBackWords, fc.constantFrom('\n', '\n\n', '。', 'x', ...SLIPS)) }),
    fc.record({ at: fc.nat(), del: fc.integer({ min: 20, max: 3000 }), to: fc.nat() }),
  );
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 40 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, edits) => {
      const base = seed % 4 === 0 ? EXAMPLE + '\n\n' + makeDraft(12_000, seed) : makeDraft(24_000, seed);
      // Sentence-local findings (unit slips, arithmetic), implausible pairs within a sentence and across two, before, near and after any edit.
      const text = base.split('\n\n').map((p, k) => (k % 7 === 3 ? p + SLIPS[Math.floor(k / 7) % SLIPS.length] : p)).join('\n\n');
      checkEditSequence(text, edits);
    }),
    { numRuns: 40 },
  );
});

// A results release: its issuer is the subject of unnamed results anywhere after the lead (claims/release.ts), so an edit
// that names a partner, or removes the issuer's dateline, changes claims far from it.
const RELEASE_LEAD = 'Oracle Corporation (NYSE: ORCL) today announced fiscal 2025 Q4 and full-year 2025 results.';
const RELEASE_EDITS = [' OpenAI signed a contract.', RELEASE_LEAD + ' ', ' Fiscal year 2025 total revenues were up 8% to $54.7 billion.', ' Oracle said.', '\n\n', 'x'];
test('a release whose issuer names the subject of its unnamed results: every update equals a fresh analysis', () => {
  const edit = fc.oneof(
    fc.record({ at: fc.nat(), del: fc.nat({ max: 120 }), insert: fc.constantFrom(...RELEASE_EDITS) }),
    fc.record({ at: fc.nat(), del: fc.integer({ min: 20, max: 2000 }), to: fc.nat() }),
  );
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 20 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, edits) => {
      const text = [RELEASE_LEAD, 'Total quarterly revenues were up 11% to $15.9 billion.', 'Fiscal year 2025 total revenues were up 8% to $54.7 billion.', makeDraft(6_000, seed), 'GAAP operating income was $17.7 billion for fiscal 2025. Fiscal year 2025 total revenues were $57.4 billion.'].join('\n\n');
      checkEditSequence(text, edits);
    }),
    { numRuns: 40 },
  );
  // The issuer does give the unnamed result its subject (else this test would prove nothing).
  const a = analyze(RELEASE_LEAD + '\n\nFiscal year 2025 total revenues were up 8% to $54.7 billion.', { today: TODAY }, store);
  assert.deepEqual(a.findings.filter((f) => f.severity === 'warning').map((f) => f.code), ['fact-conflict']);
});

// Taiwan copy: a Minguo year read in one paragraph (113年度) makes a later paragraph's bare 114年 a year, not 114 years.
// The only thing one paragraph's reading passes to the next (figures/scanner.ts ReadingState): an edit that writes or
// removes the first Minguo year changes how paragraphs far after it read.
const MINGUO_PARAGRAPHS = ['經濟部能源署26日公布113年度全國電力資源供需報告，預估未來十年電力需求年均成長率約為1.7％。', '經濟部指出，114年AI應用需求仍持續強勁，上半年經濟成長率6.75％。', '台積電今日召開董事會，核准資本預算約新台幣300億元。', '預計116年新增裝置容量120萬瓩。'];
test('a Minguo year in one paragraph makes later bare years years: every update equals a fresh analysis', () => {
  const text = [MINGUO_PARAGRAPHS[2], MINGUO_PARAGRAPHS[0], MINGUO_PARAGRAPHS[2], MINGUO_PARAGRAPHS[1], MINGUO_PARAGRAPHS[3]].join('\n\n');
  const kindOf = (t: string, what: string) => analyze(t, { today: TODAY }, store).figures.find((f) => f.text === what)?.kind;
  assert.equal(kindOf(text, '114年'), 'year');
  assert.equal(kindOf(text.replace('113年度', '明年度'), '114年'), 'duration');
  const edit = fc.oneof(
    fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), insert: fc.constantFrom('113年度', '明年度', '民國', '\n\n', '114年', 'x', ...MINGUO_PARAGRAPHS) }),
    fc.record({ at: fc.nat(), del: fc.integer({ min: 10, max: 200 }), to: fc.nat() }),
  );
  fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => checkEditSequence(text, edits)), { numRuns: 60 });
});

// A company the store does not know is guessed where it is written as an actor ("Zentrix has announced") and is then a
// mention wherever else a sentence names it alone (entities/index.ts withEchoes): an edit that makes or unmakes the guess
// changes mentions paragraphs away.
const ECHO_LEAD = 'Zentrix has announced plans to invest €5 million in Belgium.';
test('a guessed company named again elsewhere: every update equals a fresh analysis', () => {
  const filler = Array.from({ length: 12 }, (_, k) => `Paragraph ${k} of background with no names in it at all, only words.`).join('\n\n');
  const text = ['Zentrix to expand AI infrastructure in Belgium with €5 billion investment', filler, ECHO_LEAD, filler].join('\n\n');
  const headline = analyze(text, { today: TODAY }, store).mentions.filter((m) => m.text === 'Zentrix');
  assert.equal(headline.length, 2, 'the headline names it too');
  assert.equal(analyze(text.replace('has announced', 'is said to'), { today: TODAY }, store).mentions.filter((m) => m.text === 'Zentrix').length, 0);
  const edit = fc.oneof(
    fc.record({ at: fc.nat(), del: fc.nat({ max: 30 }), insert: fc.constantFrom(ECHO_LEAD, 'Zentrix', 'Zentrix said', '\n\n', 'x', '. ') }),
    fc.record({ at: fc.nat(), del: fc.integer({ min: 10, max: 300 }), to: fc.nat() }),
  );
  fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => checkEditSequence(text, edits)), { numRuns: 60 });
});

// A Markdown table's change column is checked against the period columns its header names (checks/arithmetic.ts
// tableArithmetic), rows away from that header: an edit of the header changes findings far below it.
const TABLE = ['| Company | 2025 capex | 2024 capex | Change |', '|---|---|---|---|', ...Array.from({ length: 30 }, (_, k) => `| Company ${k} | $${40 + k}.2 billion | $${20 + k}.0 billion | +${k % 3 === 0 ? 5 : Math.round(((40 + k + 0.2) / (20 + k) - 1) * 100)}% |`)].join('\n');
test('a table whose header names its change column: every update equals a fresh analysis', () => {
  const text = ['Hyperscalers kept spending.', TABLE, 'Together they spent more than ever.'].join('\n\n');
  const slips = (t: string) => analyze(t, { format: 'markdown', today: TODAY }, store).findings.filter((f) => f.code === 'arithmetic').length;
  assert.equal(slips(text), 10, 'the rows whose change is written +5%');
  assert.equal(slips(text.replace('| Change |', '| Share |')), 0);
  const edit = fc.oneof(
    fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), insert: fc.constantFrom('| Change |', '| Share |', '2023', '2025', '|', '\n', '\n\n', 'x', '+48%', '|---|') }),
    fc.record({ at: fc.nat(), del: fc.integer({ min: 10, max: 300 }), to: fc.nat() }),
  );
  fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => checkEditSequence(text, edits)), { numRuns: 60 });
});

test('an edit keeps the objects of the paragraphs it did not reach', () => {
  const memo = new AnalysisMemo();
  const text = makeDraft(60_000, 5);
  const before = analyze(text, { today: TODAY, memo }, store);
  // Typing at the end: everything before the last paragraph is the same objects.
  const atEnd = analyze(text + ' x', { today: TODAY, memo, previous: before }, store);
  assert.deepEqual(atEnd, analyze(text + ' x', { today: TODAY }, store));
  assert.equal(atEnd.figures[0], before.figures[0]);
  assert.equal(atEnd.mentions[0], before.mentions[0]);
  assert.equal(atEnd.claims[0], before.claims[0]);
  // Typing near the start without changing any count: claims far after it are kept as they were
  // (they hold indices, not offsets); figures and mentions there move with the text.
  const cut = text.indexOf('\n\n') + 2;
  const edited = text.slice(0, cut) + 'x' + text.slice(cut);
  const atStart = analyze(edited, { today: TODAY, memo, previous: before }, store);
  assert.deepEqual(atStart, analyze(edited, { today: TODAY }, store));
  const last = atStart.claims.length - 1;
  assert.equal(atStart.claims[last], before.claims[before.claims.length - 1]);
  assert.equal(atStart.figures.at(-1)!.offset, before.figures.at(-1)!.offset + 1);
});

test('an edit that changes which entity a shared name means far away updates that mention too', () => {
  // "Stargate" names the 2024 Microsoft–OpenAI plan and the 2025 joint venture: the draft's other
  // mentions decide. Adding Microsoft (three times) and OpenAI at the top flips a mention 3,000
  // characters below (OpenAI is a parent of both; on a tie the newer venture wins).
  const filler = Array.from({ length: 30 }, (_, k) => `Paragraph ${k} of background with no names in it at all, only words.`).join('\n\n');
  const text = 'SoftBank and Oracle signed.\n\n' + filler + '\n\nStargate will cost $100 billion.\n';
  const memo = new AnalysisMemo();
  const before = analyze(text, { today: TODAY, memo }, store);
  const edited = 'Microsoft and OpenAI, Microsoft and OpenAI, and Microsoft again. ' + text;
  const after = analyze(edited, { today: TODAY, memo, previous: before }, store);
  const stargate = (a: typeof before) => a.mentions.find((m) => m.text === 'Stargate')?.entityId;
  assert.notEqual(stargate(after), stargate(before));
  assert.deepEqual(after, analyze(edited, { today: TODAY }, store));
});

test('words typed right after a shared name decide again which entity it means', () => {
  // "Stargate" with Microsoft named is the 2024 plan; "Stargate site" is the joint venture's, whatever the counts say.
  // The mention is kept (it lies before the edit), but the word after it changed.
  const text = 'Microsoft and OpenAI, Microsoft again.\n\nThe Stargate is in Abilene and will draw 1.2 GW.\n';
  const memo = new AnalysisMemo();
  const before = analyze(text, { today: TODAY, memo }, store);
  const edited = text.replace('Stargate is', 'Stargate site is');
  const after = analyze(edited, { today: TODAY, memo, previous: before }, store);
  const stargate = (a: typeof before) => a.mentions.find((m) => m.text === 'Stargate')?.entityId;
  assert.equal(stargate(before), 'stargate-2024');
  assert.equal(stargate(after), 'stargate-jv');
  assert.deepEqual(after, analyze(edited, { today: TODAY }, store));
});

/** Paragraphs with no names and no amounts: they put an edit out of the claims' look-back. */
const background = (n: number) => Array.from({ length: n }, (_, k) => `Background paragraph ${k} with plain words and nothing else to read.`).join('\n\n');
const abilenePower = (gw: string) => `Stargate Abilene will draw ${gw} of power when complete.`;
/** 1.2 GW, then `middle` after three paragraphs, then 1.5 GW forty paragraphs later. */
const abileneDraft = (middle: string) => [abilenePower('1.2 GW'), background(3), middle, background(40), abilenePower('1.5 GW')].join('\n\n') + '\n';
const lastConflict = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.code === 'internal-conflict').at(-1)?.message ?? '';

test('a claim far after an edit is compared again when the edit changed a claim of its group', () => {
  // The last paragraph lies beyond the claims' look-back of the edit, so its claim is kept; but the
  // edited middle claim becomes the one it contradicts ("1.3 GW"), not the first ("1.2 GW").
  const draft = (gw: string) => abileneDraft(abilenePower(gw));
  const memo = new AnalysisMemo();
  const before = analyze(draft('1.5 GW'), { today: TODAY, memo }, store);
  assert.match(lastConflict(before), /"1\.2 GW"/);
  const after = analyze(draft('1.3 GW'), { today: TODAY, memo, previous: before }, store);
  assert.equal(after.claims.at(-1), before.claims.at(-1), 'the last claim is kept');
  assert.match(lastConflict(after), /"1\.3 GW"/);
  assert.deepEqual(after, analyze(draft('1.3 GW'), { today: TODAY }, store));
});

test('a claim far after an edit is compared again when the edit added a claim to its group', () => {
  // As above, but the middle paragraph had no figure: the new claim is of no group the old text had, and the kept last
  // claim must now be decided against it. (A group no edit touched keeps its decisions without being gathered.)
  const plain = abileneDraft('Stargate Abilene will draw power when complete.');
  const added = abileneDraft(abilenePower('1.3 GW'));
  const memo = new AnalysisMemo();
  const before = analyze(plain, { today: TODAY, memo }, store);
  assert.match(lastConflict(before), /"1\.2 GW"/);
  const after = analyze(added, { today: TODAY, memo, previous: before }, store);
  assert.equal(after.figures[0], before.figures[0], 'the draft was updated, not analysed afresh');
  assert.match(lastConflict(after), /"1\.3 GW"/);
  assert.deepEqual(after, analyze(added, { today: TODAY }, store));
  const removed = analyze(plain, { today: TODAY, memo, previous: after }, store);
  assert.match(lastConflict(removed), /"1\.2 GW"/);
  assert.deepEqual(removed, analyze(plain, { today: TODAY }, store));
});

const implausibleCount = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.code === 'implausible').length;

/**
 * Analyses `a`, then `b` from it, then `a` again from that, each equal to a fresh analysis of its text; returns the
 * three analyses.
 */
function editAndUndo(a: string, b: string): ReturnType<typeof analyze>[] {
  const memo = new AnalysisMemo();
  const first = analyze(a, { today: TODAY, memo }, store);
  const typed = analyze(b, { today: TODAY, memo, previous: first }, store);
  assert.deepEqual(typed, analyze(b, { today: TODAY }, store));
  const undone = analyze(a, { today: TODAY, memo, previous: typed }, store);
  assert.deepEqual(undone, analyze(a, { today: TODAY }, store));
  return [first, typed, undone];
}

test('words typed right after an amount decide again what it can be in a derived quantity', () => {
  // implausible.ts keeps each kept claim's reading from the previous analysis unless the edit is within the words it
  // reads around the figure. The amount ends its paragraph, so its claim is kept when the next paragraph is edited; but
  // "Grants" typed there is read after it ("$50 million … grants": no build cost), and deleting it makes it one again.
  const filler = background(20);
  const plain = `${filler}\n\nStargate Abilene will draw 1.2 GW and cost $50 million\n\nand more to come.\n\n${filler}\n`;
  const [first, typed, deleted] = editAndUndo(plain, plain.replace('\n\nand more', '\n\nGrants and more'));
  assert.equal(implausibleCount(first), 1, 'a $50 million build of 1.2 GW is implausible');
  const amount = (a: ReturnType<typeof analyze>) => a.claims.find((c) => a.figures[c.figure].text === '$50 million');
  assert.equal(amount(typed), amount(first), 'the claim is kept');
  assert.equal(implausibleCount(typed), 0, 'a grant is no build cost');
  assert.equal(implausibleCount(deleted), 1);
});

test('an edit in the sentence before a pair of figures judges the pair again', () => {
  // implausible.ts keeps the findings of pairs within a sentence away from an edit. "Each rack" typed in the sentence
  // before makes 50 kW one rack's power (a unit named within the words read before it), which pairs with no count of
  // chips; "The room" makes it the campus's again, and 2 GPUs on 50 kW implausible.
  const filler = background(20);
  const room = `${filler}\n\nThe room is new. Crusoe said the campus draws 50 kW and will house 2 GPUs.\n\n${filler}\n`;
  const [first, typed, undone] = editAndUndo(room, room.replace('The room is new.', 'Each rack is new.'));
  assert.equal(implausibleCount(first), 1, '2 GPUs on 50 kW is implausible');
  assert.equal(typed.figures[0], first.figures[0], 'the draft was updated, not analysed afresh');
  assert.equal(implausibleCount(typed), 0, "one rack's power");
  assert.equal(implausibleCount(undone), 1);
});

test('paragraph memo gives the same analysis as a fresh one on big realistic drafts', () => {
  const text = makeDraft(200 * 1024, 11);
  const memo = new AnalysisMemo();
  assert.deepEqual(analyze(text, { today: TODAY, memo }, store), analyze(text, { today: TODAY }, store));
  const edited = text.slice(0, 100_000) + '另有3000亿美元。' + text.slice(100_000);
  assert.deepEqual(analyze(edited, { today: TODAY, memo }, store), analyze(edited, { today: TODAY }, store));
});

test('paragraph memo stays within its budget and drops the oldest unused paragraphs first', () => {
  const memo = new ParagraphMemo<number>(30);
  let computed = 0;
  const get = (p: string) => memo.get(p, (x) => (computed++, x.length));
  for (const p of ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc']) get(p); // 30 chars: all kept
  get('aaaaaaaaaa'); // a hit marks 'a' as used
  assert.equal(computed, 3);
  get('dddddddddd'); // over budget: 'a' is used and gets a second chance, 'b' goes
  assert.equal(memo.find('bbbbbbbbbb'), undefined);
  assert.equal(memo.find('aaaaaaaaaa'), 10);
  assert.equal(memo.find('cccccccccc'), 10);
  assert.equal(memo.find('dddddddddd'), 10);
  for (let i = 0; i < 1000; i++) get(String(i).padStart(10, 'x'));
  let kept = 0;
  for (let i = 0; i < 1000; i++) if (memo.find(String(i).padStart(10, 'x')) !== undefined) kept++;
  assert.ok(kept >= 1 && kept <= 3, `kept ${kept} paragraphs of 10 chars within a 30-char budget`);
});

// ---- Linear time: compare n and 4n, best of a few runs. Linear work takes about 4× the time and
// quadratic work 16×; the bar (11) sits between them with room for GC and JIT noise on a busy
// machine (8.1× was seen once under load with a bar of 8, and 11+ once on CI for a 9 ms case). ----

function best(f: () => unknown, runs = 3): number {
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    f();
    b = Math.min(b, performance.now() - a);
  }
  return Math.max(b, 0.5);
}
function assertLinear(name: string, make: (n: number) => string, run: (text: string) => unknown, n: number): void {
  const small = make(n);
  const big = make(4 * n);
  run(small);
  // Noise (GC, a busy CI neighbour) only ever adds time, so a real quadratic case fails every
  // attempt while a linear one blown up once by noise passes on the next: keep the lowest ratio.
  const ratios: number[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    ratios.push(best(() => run(big)) / best(() => run(small), 5));
    if (ratios[ratios.length - 1] < 11) return;
  }
  assert.fail(`${name}: 4× the input took ${ratios.map((r) => r.toFixed(1)).join('×, ')}× the time in 3 attempts`);
}

const recognize = (t: string) => recognizeFigures(maskText(t, 'markdown'));
const ADVERSARIAL: [string, (n: number) => string, number][] = [
  ['digit run', (n) => '1'.repeat(n), 100_000],
  ['repeated 数', (n) => '数'.repeat(n), 10_000],
  ['one long line of figures', (n) => '约1.2 GW和1000亿美元，'.repeat(n / 16), 200_000],
  ['aaaa…', (n) => 'a'.repeat(n), 100_000],
  ['$$$$…', (n) => '$'.repeat(n), 100_000],
  ['1,1,1,1…', (n) => '1,'.repeat(n / 2), 100_000],
  ['一二三四…', (n) => '一二三四五六七八九十百千万亿'.repeat(n / 14), 100_000],
  ['deeply nested markdown', (n) => '> '.repeat(n / 4) + '- [' .repeat(n / 8) + '100亿美元', 80_000],
  ['unclosed code spans and comments', (n) => '` <!-- ``` [x]( '.repeat(n / 16), 100_000],
  ['10,000s of entity names', (n) => 'Microsoft OpenAI 微软 星际之门 Oracle '.repeat(n / 36), 100_000],
];
for (const [name, make, n] of ADVERSARIAL) {
  test(`linear time, recognizer: ${name}`, () => assertLinear(name, make, recognize, n));
}
// Known super-linear cases outside this file's reach, kept visible as todo tests (they run, and
// report, but do not fail the suite): fix the code named, then drop the todo.
const FULL_TODO: Record<string, string> = {};
for (const [name, make, n] of ADVERSARIAL) {
  const todo = FULL_TODO[name];
  test(`linear time, full analysis: ${name}`, todo ? { todo } : {}, () => assertLinear(name, make, (t) => analyze(t, { today: TODAY }, store), todo ? 4000 : n / 4));
}
test('linear time, full analysis of a realistic draft (50 KB vs 200 KB)', () =>
  assertLinear('realistic draft', (n) => makeDraft(n, 4), (t) => analyze(t, { today: TODAY }, store), 50 * 1024));

test('one 5 MB line and 100,000-digit runs finish and keep spans valid', () => {
  const line = '据报道，该项目投资1000亿美元，功率5千兆瓦；'.repeat(5 * 1024 * 1024 / 60);
  const t0 = performance.now();
  const figures = recognizeFigures(maskText(line, 'markdown'));
  assert.ok(performance.now() - t0 < 10_000);
  assertSpans(line, figures, 'figure');
  const digits = '9'.repeat(100_000) + '亿美元';
  assertSpans(digits, recognize(digits), 'figure');
});

// ---- Fact store ----

test('fast store parser: identical results to the yaml parser on every bundled file and synthetic stores', () => {
  for (const file of listFactFiles(path.join(ROOT, 'store', 'default'))) {
    const text = fs.readFileSync(file, 'utf8');
    assert.deepEqual(parseFactFile(file, text), parseFactFileSlow(file, text), file);
  }
  const y = makeStoreYaml(500);
  assert.deepEqual(parseFactFile('x.yaml', y), parseFactFileSlow('x.yaml', y));
});

test('fast store parser: random line edits give the same problems and facts as the yaml parser', () => {
  const base = fs.readFileSync(path.join(ROOT, 'store', 'default', 'projects', 'stargate.yaml'), 'utf8').split('\n').slice(0, 120);
  const junk = fc.constantFrom('', '  ', '#x', 'key: value', '- a', '  - { id: x }', '    value: [1, 2', '\t', "  names: 'a''b'", '    note: "x\\q"', '  facts: |', ': x', '  kind: &a site', '    value: .inf', '    value: 0x10');
  fc.assert(
    fc.property(fc.array(fc.record({ at: fc.nat(), line: junk, replace: fc.boolean() }), { maxLength: 4 }), (edits) => {
      const lines = [...base];
      for (const e of edits) lines.splice(e.at % lines.length, e.replace ? 1 : 0, e.line);
      const text = lines.join('\n');
      assert.deepEqual(parseFactFile('s.yaml', text), parseFactFileSlow('s.yaml', text));
    }),
    { numRuns: 150 },
  );
});

test('broken, binary, invalid UTF-8 and oversized fact files give one clear problem each; the rest loads', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-robust-'));
  try {
    fs.writeFileSync(path.join(dir, 'a-good.yaml'), makeStoreYaml(20));
    fs.writeFileSync(path.join(dir, 'b-broken.yaml'), 'entities:\n  - id: x\n    names: [unclosed\n');
    fs.writeFileSync(path.join(dir, 'c-binary.yaml'), Buffer.from([0, 1, 2, 3, 0, 255]));
    fs.writeFileSync(path.join(dir, 'd-latin1.yaml'), Buffer.from('entities:\n  - id: caf\xe9\n', 'latin1'));
    const big = fs.openSync(path.join(dir, 'e-huge.yaml'), 'w');
    fs.ftruncateSync(big, 65 * 1024 * 1024); // sparse: only the size is checked
    fs.closeSync(big);
    const s = loadFactStore({ includeDefault: false, paths: [dir] });
    assert.equal(s.facts.size, 20);
    const codes = s.problems.map((p) => `${path.basename(p.file)}:${p.code}`).sort();
    assert.deepEqual(codes, ['b-broken.yaml:store-yaml', 'c-binary.yaml:store-binary', 'd-latin1.yaml:store-unreadable', 'e-huge.yaml:store-too-large']);
    for (const p of s.problems) assert.ok(!p.message.includes('\n') && p.message.length < 300, p.message);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI: invalid UTF-8 and binary drafts exit 2 with a one-line message', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-cli-'));
  try {
    fs.writeFileSync(path.join(dir, 'bad.md'), Buffer.from([0x61, 0x20, 0xff, 0xfe, 0x31, 0x30]));
    fs.writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x31, 0, 0x32, 0, 0xff]));
    for (const f of ['bad.md', 'bin.md']) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'infra-factcheck.js'), 'check', path.join(dir, f)], { encoding: 'utf8' });
      assert.equal(r.status, 2, f);
      const out = (r.stderr + r.stdout).trim();
      assert.equal(out.split('\n').length, 1, out);
      assert.match(out, new RegExp(f.replace('.', '\\.')));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI: a 20 MB draft is checked without hanging, and says checks were skipped', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-cli-big-'));
  try {
    fs.writeFileSync(path.join(dir, 'big.md'), makeDraft(20 * 1024 * 1024, 7));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'infra-factcheck.js'), 'check', '--no-figures', path.join(dir, 'big.md')], { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
    assert.notEqual(r.status, null, 'finished');
    assert.equal(r.status, 0, `exit ${r.status}: ${r.stderr.slice(0, 300)}`);
    assert.match(r.stdout, /\[large-draft\]/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('atomic write: a failure in the middle of writing leaves the original file intact', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-atomic-'));
  const file = path.join(dir, 'facts.yaml');
  const original = makeStoreYaml(30);
  fs.writeFileSync(file, original);
  const real = fsMutable.fsyncSync;
  fsMutable.fsyncSync = () => {
    throw new Error('simulated crash: disk full');
  };
  try {
    assert.throws(() => writeAtomic(file, 'entities: []\n'), /disk full/);
  } finally {
    fsMutable.fsyncSync = real;
  }
  assert.equal(fs.readFileSync(file, 'utf8'), original);
  assert.deepEqual(parseFactFile(file, fs.readFileSync(file, 'utf8')).problems, []);
  fs.rmSync(dir, { recursive: true, force: true });
});

// The protocol property test found this: an edit that typed and then deleted a U+FEFF at the very start
// left every later figure one code unit off (the mask's decoder dropped a leading U+FEFF as a BOM).
test('typing and deleting a U+FEFF at the start of a draft gives a fresh analysis', () => {
  const memo = new AnalysisMemo();
  let text = EXAMPLE;
  let previous = analyze(text, { today: TODAY, memo }, store);
  for (const next of ['\uFEFF' + EXAMPLE, EXAMPLE, '\uFEFF' + EXAMPLE.replace('\n\n', '')]) {
    text = next;
    previous = analyze(text, { today: TODAY, memo, previous }, store);
    assert.deepEqual(previous, analyze(text, { today: TODAY }, store));
    for (const f of previous.figures) assert.equal(f.text, text.slice(f.offset, f.offset + f.length));
  }
});
