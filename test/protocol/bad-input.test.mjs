// Bad input over the protocol: a 20 MB draft, binary-like drafts, broken fact-store files, a fact
// file with a huge number of problems, and 50 MB fact-store files. The server must keep answering
// and say clearly what it did not check. (Loader-level cases are in test/unit/robustness.test.ts;
// here the real server is driven over stdio as an editor drives it.)
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { TestClient, ROOT, positionOf } from './lsp-client.mjs';
import { EXAMPLE, makeDraft, rng } from './drafts.mjs';
import { withTimeout as guard, lineLengths, positionAt, GOOD_YAML } from './util.mjs';

const GUARD_MS = 10_000; // hang guard for one answer; not a timing assertion
const BIG_GUARD_MS = 60_000; // hang guard for work on 20-50 MB of text
const withTimeout = (promise, what, ms = GUARD_MS) => guard(promise, what, ms);

function hoverAt(client, uri, position, ms = GUARD_MS) {
  return withTimeout(client.request('textDocument/hover', { textDocument: { uri }, position }), `hover at ${JSON.stringify(position)}`, ms);
}

/** Every range of every diagnostic lies inside the document. */
function assertRangesInside(text, diagnostics) {
  const lengths = lineLengths(text);
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lengths.length, `line ${p.line} of ${lengths.length}: ${d.code}`);
      assert.ok(p.character >= 0 && p.character <= lengths[p.line], `character ${p.character} of ${lengths[p.line]} on line ${p.line}: ${d.code}`);
    }
  }
}

const lastStatus = (client) => client.notifications.filter((n) => n.method === 'infraFactcheck/storeStatus').at(-1)?.params;

function waitForStatus(client, pred, ms, what) {
  return client.waitFor(() => {
    const s = lastStatus(client);
    return s && pred(s) ? s : undefined;
  }, ms, what);
}

describe('a 20 MB draft opened with didOpen', () => {
  let client;
  let text;
  const uri = 'file:///ifc-bad-input/huge.md';

  before(async () => {
    text = makeDraft(20 * 1024 * 1024, 20);
    client = new TestClient();
    await client.initialize();
    client.open(uri, text);
  });

  after(async () => {
    await client?.close();
  });

  test('gets one clear large-draft information finding, not a hang', async () => {
    const d = await client.diagnosticsFor(uri, 1, BIG_GUARD_MS);
    assert.deepEqual(d.diagnostics.map((x) => [x.code, x.severity]), [['large-draft', 3]]);
    const { message, range } = d.diagnostics[0];
    assert.match(message, /20(\.\d)?M/, `says how big the draft is: ${message}`);
    assert.match(message, /8M/, `says what the limit is: ${message}`);
    assert.deepEqual(range.start, { line: 0, character: 0 });
  });

  test('hovers and inlay hints still work on figures near its end', async () => {
    const needle = text.lastIndexOf('亿美元');
    assert.ok(needle > text.length / 2, 'a Chinese money figure in the second half');
    // Back from 亿 to the first digit of the figure.
    let start = needle;
    while (start > 0 && /[0-9.]/.test(text[start - 1])) start--;
    const { line, character } = positionAt(text, start + 1);
    const h = await hoverAt(client, uri, { line, character });
    assert.ok(h, `a hover on ${text.slice(start, needle + 3)}`);
    assert.match(h.contents.value, /US\$|billion|million/);
    const hints = await withTimeout(client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } } }), 'inlayHint');
    assert.ok(hints.length >= 1, 'an inlay hint on that line');
  });

  test('an edit at its end gets fresh diagnostics, and other documents are still served', async () => {
    const lines = text.split('\n');
    const last = lines.length - 1;
    const v = client.change(uri, [{ range: { start: { line: last, character: 0 }, end: { line: last, character: 0 } }, text: '\n微软斥资1000亿美元。\n' }]);
    const d = await client.diagnosticsFor(uri, v, BIG_GUARD_MS);
    assert.deepEqual(d.diagnostics.map((x) => x.code), ['large-draft']);
    const h = await hoverAt(client, uri, { line: last + 1, character: 5 });
    assert.match(h?.contents.value ?? '', /100 billion/);
    const small = 'file:///ifc-bad-input/small.md';
    client.open(small, '微软正计划斥资1000亿美元打造AI超算。');
    await client.diagnosticsFor(small, 1, GUARD_MS);
    const h2 = await hoverAt(client, small, { line: 0, character: 9 });
    assert.match(h2.contents.value, /100 billion/);
    client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.length === 0, GUARD_MS, 'diagnostics cleared on close');
  });
});

describe('binary-like drafts: NUL bytes and random bytes decoded as text', () => {
  let client;

  before(async () => {
    client = new TestClient();
    await client.initialize();
  });

  after(async () => {
    await client?.close();
  });

  // Random bytes read as UTF-8 (U+FFFD everywhere), Latin-1 (C0/C1 controls, NUL, lone CR) and
  // UTF-16LE (any BMP character, lone surrogates), spliced into the middle of the real article so
  // that figures surround the garbage.
  const next = rng(42);
  const bytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
  const cases = [
    ['utf8', bytes(64 * 1024).toString('utf8')],
    ['latin1', bytes(64 * 1024).toString('latin1')],
    ['utf16le', bytes(64 * 1024).toString('utf16le')],
    ['nul', '\0'.repeat(1000) + '5 GW\0\0数\0百\0万\0' + '\0\r'.repeat(500)],
  ];
  const half = EXAMPLE.indexOf('\n\n', EXAMPLE.length / 2);

  for (const [name, garbage] of cases) {
    for (const languageId of ['markdown', 'plaintext']) {
      test(`${name} garbage in a ${languageId} draft: diagnostics inside the text, no internal error, hovers answer`, async () => {
        const uri = `file:///ifc-bad-input/${name}.${languageId === 'markdown' ? 'md' : 'txt'}`;
        const text = EXAMPLE.slice(0, half) + '\n\n' + garbage + '\n\n' + EXAMPLE.slice(half);
        client.open(uri, text, languageId);
        const d = await client.diagnosticsFor(uri, 1, GUARD_MS);
        assert.deepEqual(d.diagnostics.filter((x) => x.code === 'internal-error').map((x) => x.message), []);
        assertRangesInside(text, d.diagnostics);
        // A figure before the garbage and one after it are still recognised.
        const h1 = await hoverAt(client, uri, positionOf(text, '斥资1000亿美元', 3));
        assert.match(h1?.contents.value ?? '', /100 billion/);
        const tailStart = half + 2 + garbage.length + 2;
        const m = /\d+(\.\d+)?(亿|万)?(美元|千兆瓦|吉瓦)/.exec(text.slice(tailStart));
        assert.ok(m, 'a figure after the garbage');
        const h2 = await hoverAt(client, uri, positionAt(text, tailStart + m.index + 1));
        assert.ok(h2, `a hover on ${m[0]} after the garbage`);
        assert.match(h2.contents.value, /US\$|GW|billion|million/);
        // Anywhere at all, including inside the garbage.
        const lengths = lineLengths(text);
        for (let i = 0; i < 20; i++) {
          const line = Math.floor(next() * lengths.length);
          const h = await hoverAt(client, uri, { line, character: Math.floor(next() * (lengths[line] + 1)) });
          assert.ok(h === null || (typeof h.contents.value === 'string' && h.contents.value.length > 0));
        }
        // An edit inside the garbage.
        const at = positionAt(text, half + 2);
        const v = client.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '约1.2吉瓦\u0000💥' }]);
        const d2 = await client.diagnosticsFor(uri, v, GUARD_MS);
        assert.deepEqual(d2.diagnostics.filter((x) => x.code === 'internal-error').map((x) => x.message), []);
        client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      });
    }
  }
});

// A fact-store workspace: facts/ at the root holds the files under test; drafts are opened from it.
function storeWorkspace(prefix, files) {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(ws, 'facts'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(ws, 'facts', name), content);
  return ws;
}

// A duplicated key (a copy-paste slip) on line index 8: YAML rejects the whole file.
const DUP_KEY_YAML = [
  'entities:',
  '  - id: dup-campus',
  '    kind: site',
  '    names: { en: [Dup Campus] }',
  '    facts:',
  '      - id: dup-campus-power',
  '        measure: power',
  '        value: 3',
  '        value: 4',
  '        unit: GW',
  '        as_of: 2025-06-01',
  '        source: { url: "https://example.com/dup", date: 2025-06-01 }',
  '',
].join('\n');
const DUP_KEY_LINE = 8;

describe('broken fact-store files in the workspace', () => {
  let ws;
  let client;
  const uriOf = (name) => pathToFileURL(path.join(ws, 'facts', name)).href;

  before(async () => {
    ws = storeWorkspace('ifc-badstore-', { 'good.yaml': GOOD_YAML, 'dup-key.yaml': DUP_KEY_YAML });
    fs.writeFileSync(path.join(ws, 'facts', 'binary.yaml'), Buffer.from([0x65, 0x6e, 0, 0x74, 0, 0xff, 0x00, 0x01]));
    fs.writeFileSync(path.join(ws, 'facts', 'latin1.yaml'), Buffer.from('entities:\n  - id: caf\xe9\n', 'latin1'));
    client = new TestClient({ workspace: ws });
    await client.initialize();
    await waitForStatus(client, (s) => s.errors >= 3, GUARD_MS, 'a store status with the broken files counted');
  });

  after(async () => {
    await client?.close();
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  test('each broken file gets one clear diagnostic; the status counts them', async () => {
    const expect = { 'dup-key.yaml': 'store-yaml', 'binary.yaml': 'store-binary', 'latin1.yaml': 'store-unreadable' };
    for (const [name, code] of Object.entries(expect)) {
      const d = await client.diagnosticsFor(uriOf(name), undefined, GUARD_MS);
      assert.deepEqual(d.diagnostics.map((x) => x.code), [code], name);
      const m = d.diagnostics[0].message;
      assert.ok(m.length > 10 && m.length < 300 && !m.includes('\n'), `one-line message: ${m}`);
      assert.equal(d.diagnostics[0].severity, 1, 'an error');
    }
    const s = lastStatus(client);
    assert.equal(s.errors, 3, JSON.stringify(s));
    assert.equal(client.diagnostics.get(uriOf('good.yaml'))?.diagnostics.length ?? 0, 0, 'the good file has no problems');
  });

  test('a YAML error is reported on the line where it is', async () => {
    const d = await client.diagnosticsFor(uriOf('dup-key.yaml'), undefined, GUARD_MS);
    assert.equal(d.diagnostics[0].range.start.line, DUP_KEY_LINE, `the duplicate "value:" key is on line ${DUP_KEY_LINE + 1}: ${JSON.stringify(d.diagnostics[0])}`);
  });

  test('the rest of the store keeps working: the good file and the bundled store', async () => {
    const uri = pathToFileURL(path.join(ws, 'draft.md')).href;
    const text = 'The Test Campus will draw 5 GW.\n\n星际之门阿比林园区的电力容量为1.2吉瓦。\n';
    client.open(uri, text);
    const d = await client.diagnosticsFor(uri, 1, GUARD_MS);
    const conflict = d.diagnostics.find((x) => x.code === 'fact-conflict');
    assert.ok(conflict, `5 GW contradicts the good file's 2 GW: ${JSON.stringify(d.diagnostics.map((x) => x.code))}`);
    assert.deepEqual(conflict.range.start, positionOf(text, '5 GW'));
    // The related location of a stored fact is a file URI an editor can open, not a bare path.
    const factLocation = conflict.relatedInformation?.[0]?.location;
    assert.equal(factLocation?.uri, uriOf('good.yaml'), JSON.stringify(conflict.relatedInformation));
    const entity = await hoverAt(client, uri, positionOf(text, 'Test Campus', 1));
    assert.match(entity?.contents.value ?? '', /Test Campus/);
    const stargate = await hoverAt(client, uri, positionOf(text, '星际之门', 1));
    assert.match(stargate?.contents.value ?? '', /https:\/\//, 'the bundled store still answers');
  });

  test('fixing the broken file in the editor clears its diagnostic and loads its facts', async () => {
    const uri = uriOf('dup-key.yaml');
    client.open(uri, DUP_KEY_YAML, 'yaml');
    client.change(uri, [{ range: { start: { line: DUP_KEY_LINE, character: 0 }, end: { line: DUP_KEY_LINE + 1, character: 0 } }, text: '' }]);
    await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.length === 0, GUARD_MS, 'dup-key.yaml diagnostics cleared');
    const s = await waitForStatus(client, (x) => x.errors === 2, GUARD_MS, 'a store status with one error less');
    assert.equal(s.errors, 2);
    const draft = pathToFileURL(path.join(ws, 'dup.md')).href;
    const text = 'The Dup Campus will draw 3 GW.\n';
    client.open(draft, text);
    await client.diagnosticsFor(draft, 1, GUARD_MS);
    const h = await hoverAt(client, draft, positionOf(text, 'Dup Campus', 1));
    assert.match(h?.contents.value ?? '', /Dup Campus/, "the fixed file's entity is known");
  });
});

describe('a fact file with 200,000 problems (an import without sources or dates)', () => {
  let ws;
  let client;
  let fileUri;

  before(async () => {
    const lines = [
      'entities:',
      '  - id: imported-hall',
      '    kind: site',
      '    names: { en: [Imported Hall] }',
      '    facts:',
      '      - { id: imported-hall-power, measure: power, value: 3, unit: GW, as_of: 2025-06-01, source: { url: "https://example.com/hall", date: 2025-06-01 } }',
      '  - id: imported-campus',
      '    kind: site',
      '    names: { en: [Imported Campus] }',
      '    facts:',
    ];
    // 100,000 facts with neither `source` nor `as_of`: two problems each.
    for (let i = 0; i < 100_000; i++) lines.push(`      - { id: imported-campus-f${i}, measure: power, value: ${1 + (i % 9)}, unit: GW }`);
    ws = storeWorkspace('ifc-manyproblems-', { 'imported.yaml': lines.join('\n') + '\n' });
    fileUri = pathToFileURL(path.join(ws, 'facts', 'imported.yaml')).href;
    client = new TestClient({ workspace: ws });
    await client.initialize();
  });

  after(async () => {
    await client?.close();
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  test('the file gets diagnostics and the status counts its errors', async () => {
    const d = await client.diagnosticsFor(fileUri, undefined, 3 * GUARD_MS);
    assert.ok(d.diagnostics.length >= 1);
    assert.ok(d.diagnostics.every((x) => ['store-missing-source', 'store-missing-date'].includes(x.code) || /more|further|truncated|省略|更多/i.test(x.message)), JSON.stringify(d.diagnostics.slice(0, 3)));
    const s = await waitForStatus(client, (x) => x.errors > 0, GUARD_MS, 'a store status with errors');
    assert.ok(s.errors >= 1, JSON.stringify(s));
  });

  test('the valid part of the file and the bundled store are loaded', async () => {
    const uri = pathToFileURL(path.join(ws, 'hall.md')).href;
    const text = 'The Imported Hall will draw 3 GW, and Stargate is on track.\n';
    client.open(uri, text);
    await client.diagnosticsFor(uri, 1, GUARD_MS);
    const h = await hoverAt(client, uri, positionOf(text, 'Imported Hall', 1));
    assert.match(h?.contents.value ?? '', /Imported Hall/, 'the sourced fact of the same file is in the store');
    const s = lastStatus(client);
    assert.ok(s.entities >= 133 + 2 && s.facts >= 373 + 1, JSON.stringify(s));
  });
});

/** Fact-store YAML with `facts` synthetic facts over facts/10 companies ("Synthco E0 Holdings", …). */
function makeStoreYaml(facts) {
  const lines = ['entities:'];
  const measures = [['capex', 'USD', 'billion'], ['power_capacity', 'GW', ''], ['gpu_count', 'count', ''], ['investment', 'USD', 'billion']];
  for (let e = 0; e * 10 < facts; e++) {
    lines.push(`  - id: e${e}`, '    kind: company', '    names:', `      en: [Synthco E${e} Holdings]`, `      zh: [合成e${e}公司]`, '    facts:');
    for (let f = 0; f < 10 && e * 10 + f < facts; f++) {
      const [measure, unit, scale] = measures[f % measures.length];
      const date = `20${10 + (f % 15)}-0${1 + (f % 9)}-1${f % 10}`;
      lines.push(
        `      - id: e${e}-f${f}`, `        measure: ${measure}`, `        value: ${(e % 97) + f + 1}`, `        unit: ${unit}`,
        ...(scale ? [`        scale: ${scale}`] : []),
        `        as_of: ${date}`, '        source:', `          url: https://example.com/e${e}/${f}`,
        `          title: Report ${f} on e${e}`, '          publisher: Example Wire', `          date: ${date}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

const FIFTY_MB_FACTS = 190_000; // about 52 MB of YAML
/** Facts of the bundled store, which loads with the workspace's, as the CLI counts them. */
const BUNDLED_FACTS = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bin', 'infra-factcheck.js'), 'facts', 'validate', '--format', 'json'], { encoding: 'utf8' })).facts;

describe('a 50 MB fact-store file', () => {
  let ws;
  let client;
  let hoverSentAt;
  let firstHover;
  const draftText = 'Synthco E123 Holdings will draw 2 GW at its new campus.\n';
  let draftUri;

  before(async () => {
    ws = storeWorkspace('ifc-store50-', { 'big.yaml': makeStoreYaml(FIFTY_MB_FACTS) });
    assert.ok(fs.statSync(path.join(ws, 'facts', 'big.yaml')).size > 50 * 1024 * 1024);
    draftUri = pathToFileURL(path.join(ws, 'draft.md')).href;
    client = new TestClient({ workspace: ws });
    await client.initialize();
    client.open(draftUri, draftText);
    // Sent once the server is loading the store (it loads right after workspace/configuration).
    await new Promise((r) => setTimeout(r, 500));
    hoverSentAt = Date.now();
    firstHover = client.request('textDocument/hover', { textDocument: { uri: draftUri }, position: positionOf(draftText, 'Synthco', 1) });
    firstHover.catch(() => {}); // awaited in the test; rejected only when the connection closes
  });

  after(async () => {
    await client?.close();
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  test('is loaded: every fact counted, no problems, and the server answers a hover sent while it loads', async (t) => {
    await withTimeout(firstHover, 'a hover sent while the store loads', BIG_GUARD_MS);
    t.diagnostic(`hover answered ${Date.now() - hoverSentAt} ms after it was sent`);
    const s = await waitForStatus(client, (x) => x.facts > FIFTY_MB_FACTS, BIG_GUARD_MS, 'the 50 MB store loaded');
    assert.equal(s.facts, FIFTY_MB_FACTS + BUNDLED_FACTS, JSON.stringify(s));
    assert.equal(s.errors, 0, JSON.stringify(s));
  });

  test('its facts are used: the hover on one of its entities lists that entity\'s facts and sources', async () => {
    const h = await hoverAt(client, draftUri, positionOf(draftText, 'Synthco', 1));
    const value = h?.contents.value ?? '';
    assert.match(value, /Synthco E123 Holdings/);
    assert.match(value, /https:\/\/example\.com\/e123\/\d/, 'a source of one of its facts');
  });
});

describe('a 50 MB fact-store file with one YAML error near its end', () => {
  const HANG_GUARD_MS = 30_000; // six times what the same file without the error takes to load
  let ws;
  let client;
  let fileUri;
  let hover;
  const draftText = '微软正计划斥资1000亿美元打造AI超算。\n';
  let draftUri;

  before(async () => {
    // A tab where YAML wants spaces, in the last entity: the fast loader bails out on it.
    const yaml = makeStoreYaml(FIFTY_MB_FACTS).split('\n');
    const errorLine = yaml.findLastIndex((l) => l.startsWith('        measure:'));
    yaml[errorLine] = yaml[errorLine].replace(/^ {8}/, '\t\t');
    ws = storeWorkspace('ifc-store50err-', { 'big.yaml': yaml.join('\n') });
    fileUri = pathToFileURL(path.join(ws, 'facts', 'big.yaml')).href;
    draftUri = pathToFileURL(path.join(ws, 'draft.md')).href;
    client = new TestClient({ workspace: ws });
    await client.initialize();
    client.open(draftUri, draftText);
    await new Promise((r) => setTimeout(r, 500));
    hover = client.request('textDocument/hover', { textDocument: { uri: draftUri }, position: positionOf(draftText, '1000亿美元', 1) });
    hover.catch(() => {}); // awaited in the test; rejected only when the connection closes
  });

  after(async () => {
    await client?.close();
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  test(`the server answers a hover sent while it loads (hang guard ${HANG_GUARD_MS / 1000} s)`, async () => {
    const h = await withTimeout(hover, 'a hover sent while the store loads', HANG_GUARD_MS);
    assert.match(h?.contents.value ?? '', /100 billion/);
  });

  test('the file gets a clear YAML error and the bundled store keeps working', async () => {
    const d = await client.diagnosticsFor(fileUri, undefined, BIG_GUARD_MS);
    assert.ok(d.diagnostics.length >= 1 && d.diagnostics.length <= 10, `${d.diagnostics.length} diagnostics`);
    assert.equal(d.diagnostics[0].code, 'store-yaml');
    const s = await waitForStatus(client, (x) => x.errors > 0, GUARD_MS, 'a store status with the error');
    assert.ok(s.entities >= 133, JSON.stringify(s));
    const h = await hoverAt(client, draftUri, positionOf(draftText, '微软', 1));
    assert.match(h?.contents.value ?? '', /https:\/\//, 'the bundled store still answers');
  });
});
