// Property-based protocol test: random incremental edits sent as didChange end in exactly the
// diagnostics, hovers, inlay hints and symbols that a fresh didOpen of the final text gets.
//
// Two server processes, A and B, each with no workspace folder. A receives the draft and the edits;
// B receives a fresh didOpen of the final text (as the client models it) under the SAME URI. Both
// servers also hold the same two companion drafts, opened once, so cross-draft findings are part of
// the comparison and are computed against identical other drafts with identical paths. Every run
// reuses one URI (closed before the next run opens it again): the draft index keeps a closed URI's
// last text, and a run must not see earlier runs' drafts, or a failure would leak into the runs
// that shrink it. INCREMENTAL_RUNS=n overrides the number of runs (default 100, about 10-15 s).
// Any difference between A and B therefore comes from the incremental path (the server's
// TextDocument line table after edits, the paragraph memo, cached analyses).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TestClient } from './lsp-client.mjs';
import { EXAMPLE, EN_PARAGRAPHS } from './drafts.mjs';
import { withTimeout as guard, lineStarts, positionAt } from './util.mjs';

const RUNS = Number(process.env.INCREMENTAL_RUNS ?? 100);
// A failure prints its seed and path; INCREMENTAL_SEED=… INCREMENTAL_PATH=… replays that run alone.
const REPLAY = process.env.INCREMENTAL_SEED ? { seed: Number(process.env.INCREMENTAL_SEED), path: process.env.INCREMENTAL_PATH, endOnFailure: true } : {};
const WAIT_MS = 10_000; // hang guard per publish / request, not a timing assertion
const withTimeout = (promise, what, ms = WAIT_MS) => guard(promise, what, ms);

const zhPart = EXAMPLE.slice(0, 2400);
const enPart = EN_PARAGRAPHS.join('\n\n') + '\n';
const BASES = [
  EXAMPLE,
  enPart,
  // CRLF throughout, Chinese and English paragraphs interleaved.
  (zhPart.split('\n\n').slice(0, 6).flatMap((p, i) => [p, EN_PARAGRAPHS[i] ?? '']).join('\n\n') + '\n').replace(/\r?\n/g, '\r\n'),
  // Mixed line endings, and a paragraph that conflicts with itself across a blank line.
  '星际之门阿比林园区的电力容量为1.2吉瓦。\r\n\r\n后来，星际之门阿比林园区的电力容量被说成2吉瓦。\n\n' + enPart,
];

/** An offset between \r and \n has no LSP position: move it before the \r, as an editor would. */
function snap(text, offset) {
  offset = Math.max(0, Math.min(offset, text.length));
  if (offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10) offset--;
  return offset;
}

// Text to insert: figures, names and sentences that make claims (and conflicts), markup, line
// breaks of every kind, blank lines, multi-byte CJK, surrogate pairs and emoji, random graphemes.
const sentence = fc.oneof(
  fc.constantFrom('1.2', '2', '12', '0.9', '5').map((n) => `星际之门阿比林园区的电力容量为${n}吉瓦。`),
  fc.constantFrom('1.2', '2', '12').map((n) => `Stargate Abilene has a power capacity of ${n} GW. `),
  fc.constantFrom('72', '95', '720').map((n) => `Meta spent $${n} billion on capital expenditure in 2025. `),
  fc.constantFrom('882', '1200', '88200').map((n) => `微软2025财年资本支出为${n}亿美元。`),
  fc.constantFrom('1,000,000', '100,000').map((n) => `xAI will put ${n} GPUs in a 50 MW hall. `),
  fc.constantFrom('60', '75').map((n) => `OpenAI will spend $300 billion over five years, $${n} billion a year. `),
);
const fragment = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '1000亿美元', '5千兆瓦', '约1.2吉瓦', '数百万个芯片', '超过40万块GPU', '数十万个GPU', '$100 billion', '1.2 GW', '400,000 GPUs',
      'up to $500 billion', '3月30日', '2028年', '星际之门', 'Stargate', '阿比林', 'Abilene', '微软', 'Microsoft', 'OpenAI', 'Meta',
      'Hyperion', '。', '，', '. ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n \n', '  \n\t\n', '# ', '**', '`', '```\n',
      '<!-- infra-factcheck-disable-next-line -->\n', '[link](https://example.com/1.2GW)', '💥', '👩‍💻', '𠮷野家', '🇨🇳', '\u200b', '\uFEFF',
      '数', '亿', '万', '%', '-', '–', '～', '１２３亿美元',
    ),
  },
  { weight: 3, arbitrary: sentence },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1e9 }).map(String) },
);
const edit = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: fragment }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete'), at: fc.nat(), len: fc.nat({ max: 80 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace'), at: fc.nat(), len: fc.nat({ max: 30 }), text: fragment }) },
  // Delete the blank line between two paragraphs (they merge), leaving nothing or one line break.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('merge'), pick: fc.nat(), keep: fc.constantFrom('', '\n', '\r\n', ' ') }) },
  // Insert a blank line inside a paragraph (it splits).
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('split'), at: fc.nat(), eol: fc.constantFrom('\n\n', '\r\n\r\n', '\n  \n') }) },
);
// didChange notifications of 1-3 changes each (applied in order, as multi-cursor edits are); after
// some of them the test waits for that version's diagnostics, so intermediate analyses happen.
// After a batch: wait for its diagnostics, or pause a few milliseconds (the server analyses an
// edited draft early, during the debounce, so a pause lets it analyse a version that the next
// batch replaces before it is published), or send the next batch at once.
const batches = fc.array(
  fc.record({ edits: fc.array(edit, { minLength: 1, maxLength: 3 }), wait: fc.boolean(), pauseMs: fc.constantFrom(0, 0, 5, 20) }),
  { minLength: 1, maxLength: 8 },
);

/** Apply one edit to the model text; return the new text and the LSP change that does the same. */
function applyEdit(text, e) {
  let start;
  let end;
  let insert;
  switch (e.kind) {
    case 'insert':
      start = end = snap(text, e.at % (text.length + 1));
      insert = e.text;
      break;
    case 'delete':
    case 'replace':
      start = snap(text, e.at % (text.length + 1));
      end = snap(text, Math.min(text.length, start + e.len));
      insert = e.kind === 'delete' ? '' : e.text;
      break;
    case 'merge': {
      const seps = [...text.matchAll(/\r?\n[ \t]*\r?\n/g)];
      if (!seps.length) return { text, change: undefined };
      const m = seps[e.pick % seps.length];
      start = snap(text, m.index);
      end = snap(text, m.index + m[0].length);
      insert = e.keep;
      break;
    }
    case 'split':
      start = end = snap(text, e.at % (text.length + 1));
      insert = e.eol;
      break;
  }
  const starts = lineStarts(text);
  const change = { range: { start: positionAt(text, start, starts), end: positionAt(text, end, starts) }, text: insert };
  return { text: text.slice(0, start) + insert + text.slice(end), change };
}

/** Offsets worth hovering: figures (digits, Chinese numerals and units), names, and anywhere. */
function hoverOffsets(text, picks) {
  const interesting = [];
  for (const m of text.matchAll(/[0-9０-９]+|[亿万千百十兆吉瓦]|Stargate|星际之门|OpenAI|微软|GW|billion/g)) interesting.push(m.index);
  return picks.map((p, i) => {
    if (i % 3 === 2 || !interesting.length) return snap(text, p % (text.length + 1));
    return snap(text, interesting[p % interesting.length]);
  });
}

/** Everything the server says about a document, for comparison between the two servers. */
async function observe(client, uri, text, offsets) {
  const starts = lineStarts(text);
  const whole = { start: { line: 0, character: 0 }, end: positionAt(text, text.length, starts) };
  const hovers = [];
  for (const o of offsets) {
    const position = positionAt(text, o, starts);
    hovers.push({ position, hover: await withTimeout(client.request('textDocument/hover', { textDocument: { uri }, position }), 'hover') });
  }
  const hints = await withTimeout(client.request('textDocument/inlayHint', { textDocument: { uri }, range: whole }), 'inlayHint');
  const symbols = await withTimeout(client.request('textDocument/documentSymbol', { textDocument: { uri } }), 'documentSymbol');
  return { hovers, hints, symbols };
}

let edited; // server A: open + edits
let fresh; // server B: didOpen of the final text
const URI = 'file:///ifc-incremental/draft.md';
const COMPANIONS = [
  ['file:///ifc-incremental/other-zh.md', '据报道，星际之门阿比林园区的电力容量为1.2吉瓦。\n\n微软2025财年资本支出为882亿美元。\n'],
  ['file:///ifc-incremental/other-en.md', 'Stargate Abilene has a power capacity of 1.2 GW.\n\nMeta spent $72 billion on capital expenditure in 2025.\n'],
];

before(async () => {
  edited = new TestClient();
  fresh = new TestClient();
  await Promise.all([edited.initialize(), fresh.initialize()]);
  for (const c of [edited, fresh]) {
    for (const [uri, text] of COMPANIONS) {
      c.open(uri, text);
      await c.diagnosticsFor(uri, 1, WAIT_MS);
    }
  }
});

/** Close the run's draft and wait until the server has cleared its diagnostics. */
async function closeDraft(client) {
  client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
  await client.waitFor(() => {
    const d = client.diagnostics.get(URI);
    return d && d.version === undefined && d.diagnostics.length === 0;
  }, WAIT_MS, 'diagnostics cleared on close');
  client.diagnostics.delete(URI);
  client.version.delete(URI);
}

after(async () => {
  await Promise.all([edited?.close(), fresh?.close()]);
});

test(`random incremental edits give the same results as a fresh open of the final text (${RUNS} runs)`, async (t) => {
  let checkedFindings = 0;
  let runs = 0;
  const codes = new Map();
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: BASES.length - 1 }), batches, fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), async (base, steps, picks) => {
      const uri = URI;
      runs++;
      // Close the previous run's draft here rather than at its end, so a failed run is closed too.
      for (const c of [edited, fresh]) if (c.version.has(uri)) await closeDraft(c);
      let text = BASES[base];
      edited.open(uri, text);
      let version = 1;
      for (const step of steps) {
        const changes = [];
        for (const e of step.edits) {
          const r = applyEdit(text, e);
          text = r.text;
          if (r.change) changes.push(r.change);
        }
        if (!changes.length) continue;
        version = edited.change(uri, changes);
        if (step.wait) await edited.diagnosticsFor(uri, version, WAIT_MS);
        else if (step.pauseMs) await new Promise((r) => setTimeout(r, step.pauseMs));
      }
      const a = await edited.diagnosticsFor(uri, version, WAIT_MS);
      fresh.open(uri, text);
      const b = await fresh.diagnosticsFor(uri, 1, WAIT_MS);
      const context = `final text (${text.length} chars): ${JSON.stringify(text.length > 3000 ? text.slice(0, 1500) + '…' + text.slice(-1500) : text)}`;
      assert.deepEqual(a.diagnostics, b.diagnostics, `diagnostics after edits differ from a fresh open; ${context}`);
      checkedFindings += a.diagnostics.length;
      for (const d of a.diagnostics) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
      const offsets = hoverOffsets(text, picks);
      const [oa, ob] = [await observe(edited, uri, text, offsets), await observe(fresh, uri, text, offsets)];
      assert.deepEqual(oa.hovers, ob.hovers, `hovers differ; ${context}`);
      assert.deepEqual(oa.hints, ob.hints, `inlay hints differ; ${context}`);
      assert.deepEqual(oa.symbols, ob.symbols, `document symbols differ; ${context}`);
    }),
    { numRuns: RUNS, timeout: 60_000, interruptAfterTimeLimit: 120_000, markInterruptAsFailure: true, ...REPLAY },
  );
  t.diagnostic(`diagnostics compared by code: ${JSON.stringify(Object.fromEntries(codes))}`);
  // The comparison is only worth something if the drafts had findings to compare.
  assert.ok(checkedFindings >= runs, `only ${checkedFindings} diagnostics over ${runs} runs`);
});
