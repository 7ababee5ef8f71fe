// Protocol tests of the workspace's other drafts (cross-draft checks): a workspace of 5,000 drafts,
// and drafts that change on disk or are closed unsaved while another draft is open.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, positionOf } from './lsp-client.mjs';
import { EN_PARAGRAPHS, exampleParagraphs, rng, vary } from './drafts.mjs';
import { GOOD_YAML, withTimeout } from './util.mjs';

const GUARD_MS = 10_000; // hang guard for one answer or one publish; not a timing assertion
const SCAN_GUARD_MS = 30_000; // hang guard for indexing the whole 5,000-draft workspace (about 3 s here)

function hover(client, uri, text, needle, delta = 1) {
  return withTimeout(client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, delta) }), `hover on "${needle}"`, GUARD_MS);
}

const crossDraft = (d, otherUri) =>
  d?.diagnostics.find((x) => x.code === 'cross-draft-conflict' && x.relatedInformation?.some((r) => r.location.uri === otherUri));

// The claim under test (from test/fixtures/checks/cross-draft-conflict.json): Hyperion's GPU count.
const MINE = '# Hyperion\n\nA Meta spokesperson said Hyperion would hold 600,000 GPUs.\n';
const THEIRS = "Hyperion, Meta's campus in Richland Parish, Louisiana, will house 1.3 million GPUs.\n";

describe('a workspace of 5,000 drafts', () => {
  const DRAFTS = 5000;
  let ws;
  let client;
  let mineUri;
  let theirsUri;
  let skippedUris;
  let openedAt;

  before(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-5000-'));
    const next = rng(5000);
    const pool = [...exampleParagraphs(), ...EN_PARAGRAPHS];
    // 50 desks of 100 drafts, each 1-3 paragraphs of the example article and English wire copy with
    // varied figures; none about Hyperion except the one that contradicts the open draft.
    const files = [];
    for (let i = 0; i < DRAFTS; i++) {
      const desk = path.join(ws, `desk-${String(Math.floor(i / 100)).padStart(2, '0')}`);
      if (i % 100 === 0) fs.mkdirSync(desk);
      const file = path.join(desk, `draft-${String(i).padStart(4, '0')}.md`);
      const n = 1 + Math.floor(next() * 3);
      const paragraphs = Array.from({ length: n }, () => vary(pool[Math.floor(next() * pool.length)], next));
      fs.writeFileSync(file, `# Draft ${i}\n\n${paragraphs.join('\n\n')}\n`);
      files.push(file);
    }
    const mine = files[0];
    const theirs = files[3742];
    fs.writeFileSync(mine, MINE);
    fs.writeFileSync(theirs, THEIRS);
    mineUri = pathToFileURL(mine).href;
    theirsUri = pathToFileURL(theirs).href;
    // Not drafts: dependencies, hidden folders and READMEs are never indexed.
    const skipped = [path.join(ws, 'node_modules', 'pkg', 'notes.md'), path.join(ws, '.archive', 'old.md'), path.join(ws, 'README.md')];
    for (const f of skipped) {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, "Hyperion, Meta's campus in Louisiana, will house 2 million GPUs.\n");
    }
    skippedUris = skipped.map((f) => pathToFileURL(f).href);
    // The newsroom's own fact file, edited in the last test.
    fs.mkdirSync(path.join(ws, 'facts'));
    fs.writeFileSync(path.join(ws, 'facts', 'desk.yaml'), GOOD_YAML);
    client = new TestClient({ workspace: ws });
    await withTimeout(client.initialize(), 'initialize', GUARD_MS);
    client.open(mineUri, MINE);
    openedAt = Date.now();
  });

  after(async () => {
    await client?.close();
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  test('the open draft gets hovers and diagnostics while the workspace is being indexed', async (t) => {
    // Indexing takes seconds: hovers every 100 ms for 2 s, so that some of them come during it.
    let slowest = 0;
    for (let i = 0; i < 20; i++) {
      const sent = Date.now();
      const h = await hover(client, mineUri, MINE, '600,000 GPUs');
      slowest = Math.max(slowest, Date.now() - sent);
      assert.ok(h, 'a hover on the figure');
      assert.match(h.contents.value, /600,000/);
      await new Promise((r) => setTimeout(r, 100));
    }
    t.diagnostic(`slowest of 20 hovers: ${slowest} ms`);
    const d = await client.diagnosticsFor(mineUri, 1, GUARD_MS);
    assert.ok(Array.isArray(d.diagnostics));
  });

  test('a conflict with one of the 5,000 drafts is reported, and none with files that are not drafts', async (t) => {
    const d = await client.waitFor(() => crossDraft(client.diagnostics.get(mineUri), theirsUri) && client.diagnostics.get(mineUri), SCAN_GUARD_MS, 'the cross-draft conflict with draft-3742.md');
    t.diagnostic(`conflict reported ${Date.now() - openedAt} ms after didOpen`);
    const conflict = crossDraft(d, theirsUri);
    assert.deepEqual(conflict.range.start, positionOf(MINE, '600,000 GPUs'));
    assert.match(conflict.message, /1\.3 million GPUs/);
    const related = d.diagnostics.flatMap((x) => x.relatedInformation ?? []).map((r) => r.location.uri);
    for (const u of skippedUris) assert.ok(!related.includes(u), `${u} is not a draft`);
  });

  test('with the whole workspace indexed, hovers and fresh diagnostics after an edit still come promptly', async () => {
    const edited = MINE.replace('600,000', '650,000');
    const at = positionOf(MINE, '600,000');
    const v = client.change(mineUri, [{ range: { start: { line: at.line, character: at.character + 1 }, end: { line: at.line, character: at.character + 2 } }, text: '5' }]);
    const d = await client.diagnosticsFor(mineUri, v, GUARD_MS);
    assert.ok(crossDraft(d, theirsUri), `still contradicts draft-3742.md: ${JSON.stringify(d.diagnostics.map((x) => x.code))}`);
    const h = await hover(client, mineUri, edited, '650,000 GPUs');
    assert.match(h.contents.value, /650,000/);
  });

  test('typing in an open fact file reads the store again once, and the 5,000 drafts in the background while requests are answered', async () => {
    const log = (re) => client.notifications.filter((n) => n.method === 'window/logMessage' && re.test(n.params.message));
    const storeStatuses = () => client.notifications.filter((n) => n.method === 'infraFactcheck/storeStatus').length;
    await client.waitFor(() => log(/^Cross-draft index: \d+ drafts\.$/).length, SCAN_GUARD_MS, 'the end of the workspace scan');
    const factUri = pathToFileURL(path.join(ws, 'facts', 'desk.yaml')).href;
    client.open(factUri, GOOD_YAML, 'yaml');
    await client.waitFor(() => log(/read again for the changed fact store/).length, SCAN_GUARD_MS, 'the drafts read again after the open');
    const reReads = log(/read again/).length;
    const statuses = storeStatuses();
    // Three keystrokes in a row (value 2 → 2.5): one reload of the store after the typing pauses.
    const line = GOOD_YAML.split('\n').findIndex((l) => l.includes('value: 2'));
    const col = GOOD_YAML.split('\n')[line].length;
    let v = 0;
    for (const ch of ['.', '5', ' ']) v = client.change(factUri, [{ range: { start: { line, character: col }, end: { line, character: col } }, text: ch }]);
    await client.waitFor(() => storeStatuses() > statuses, GUARD_MS, 'the store read again');
    // The drafts are being read again now: a hover in the open draft (as the last test left it) is
    // answered before that ends.
    const h = await hover(client, mineUri, MINE.replace('600,000', '650,000'), '650,000 GPUs');
    assert.match(h.contents.value, /650,000/);
    assert.equal(log(/read again/).length, reReads, 'the hover came back while the drafts were still being read');
    await client.waitFor(() => log(/read again/).length > reReads, SCAN_GUARD_MS, 'the drafts read again after the edit');
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(storeStatuses(), statuses + 1, 'one reload for three keystrokes');
    assert.ok(v > 1);
    // The conflict with the draft on disk survives its re-reading.
    await client.waitFor(() => crossDraft(client.diagnostics.get(mineUri), theirsUri), GUARD_MS, 'the cross-draft conflict after the store changed');
  });
});

describe('other drafts that change while a draft is open', () => {
  let ws;
  let client;
  let mineUri;
  let theirsFile;
  let theirsUri;

  before(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-xdraft-'));
    fs.writeFileSync(path.join(ws, 'mine.md'), MINE);
    theirsFile = path.join(ws, 'theirs.md');
    fs.writeFileSync(theirsFile, THEIRS);
    mineUri = pathToFileURL(path.join(ws, 'mine.md')).href;
    theirsUri = pathToFileURL(theirsFile).href;
    client = new TestClient({ workspace: ws });
    await client.initialize();
    client.open(mineUri, MINE);
    await client.waitFor(() => crossDraft(client.diagnostics.get(mineUri), theirsUri), GUARD_MS, 'the cross-draft conflict');
  });

  after(async () => {
    await client?.close();
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  test('a draft fixed on disk (didChangeWatchedFiles) clears the conflict in the open draft', async () => {
    fs.writeFileSync(theirsFile, THEIRS.replace('1.3 million', '600,000'));
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: theirsUri, type: 2 }] });
    // No edit to the open draft: its diagnostics must follow the other draft by themselves.
    await client.waitFor(() => {
      const d = client.diagnostics.get(mineUri);
      return d && !crossDraft(d, theirsUri);
    }, GUARD_MS, 'the open draft to be re-checked after theirs.md changed on disk');
  });

  test('a draft closed without saving no longer counts as another draft', async () => {
    const untitled = 'untitled:Untitled-1';
    client.open(untitled, "Hyperion, Meta's campus in Louisiana, will house 2 million GPUs.\n");
    await client.diagnosticsFor(untitled, 1, GUARD_MS);
    let v = client.change(mineUri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\n' }]);
    const d1 = await client.diagnosticsFor(mineUri, v, GUARD_MS);
    assert.ok(crossDraft(d1, untitled), 'an open unsaved draft takes part in cross-draft checks');
    client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: untitled } });
    await client.waitFor(() => client.diagnostics.get(untitled)?.diagnostics.length === 0, GUARD_MS, 'the closed draft cleared');
    v = client.change(mineUri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\n' }]);
    const d2 = await client.diagnosticsFor(mineUri, v, GUARD_MS);
    assert.equal(crossDraft(d2, untitled), undefined, `a conflict with a closed, never-saved draft: ${JSON.stringify(crossDraft(d2, untitled)?.message)}`);
  });
});
