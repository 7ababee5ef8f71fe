// Protocol tests: the built server as a child process, spoken to over stdio like an editor does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, ROOT, positionOf } from './lsp-client.mjs';
import { GOOD_YAML } from './util.mjs';

const example = fs.readFileSync(path.join(ROOT, 'examples', 'stargate-zh.md'), 'utf8');
let ws;
let client;

before(async () => {
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-proto-'));
  fs.mkdirSync(path.join(ws, 'facts'));
  // A workspace fact file with a fact that has no source: must get a diagnostic.
  fs.writeFileSync(path.join(ws, 'facts', 'broken.yaml'), GOOD_YAML.split('\n').filter((l) => !l.includes('source:')).join('\n'));
  client = new TestClient({ workspace: ws });
  await client.initialize();
});

after(async () => {
  await client?.close();
  fs.rmSync(ws, { recursive: true, force: true });
});

test('initialize advertises the features', async () => {
  const c = new TestClient();
  const result = await c.initialize();
  await c.close();
  const caps = result.capabilities;
  assert.equal(caps.hoverProvider, true);
  assert.equal(caps.textDocumentSync.change, 2, 'incremental sync');
  assert.ok(caps.inlayHintProvider);
  assert.ok(caps.codeActionProvider);
  assert.ok(caps.documentLinkProvider);
  assert.equal(caps.documentSymbolProvider, true);
  assert.equal(caps.definitionProvider, true);
  // vscode-languageclient registers every server command; one that the extension also contributes
  // makes the client refuse to start.
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const contributed = new Set(pkg.contributes.commands.map((c) => c.command));
  assert.deepEqual(caps.executeCommandProvider.commands.filter((c) => contributed.has(c)), []);
});

test('the clean example article gets diagnostics but no warnings or errors', async () => {
  const uri = pathToFileURL(path.join(ws, 'stargate-zh.md')).href;
  client.open(uri, example);
  const d = await client.diagnosticsFor(uri, 1);
  const serious = d.diagnostics.filter((x) => x.severity <= 2);
  assert.deepEqual(serious.map((x) => `${x.code}: ${x.message}`), []);
});

test('hover on a Chinese money figure shows the normalised value', async () => {
  const uri = pathToFileURL(path.join(ws, 'stargate-zh.md')).href;
  const pos = positionOf(example, '斥资1000亿美元', 3);
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: pos });
  assert.ok(hover, 'a hover');
  assert.match(hover.contents.value, /100 billion/);
  assert.deepEqual(hover.range.start, { line: pos.line, character: pos.character - 1 });
});

test('hover on a Chinese power figure shows GW and MW', async () => {
  const uri = pathToFileURL(path.join(ws, 'stargate-zh.md')).href;
  const pos = positionOf(example, '5千兆瓦', 1);
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: pos });
  assert.match(hover.contents.value, /5 GW/);
  assert.match(hover.contents.value, /5,000 MW/);
});

test('hover on an entity shows what the store knows, with sources', async () => {
  const uri = pathToFileURL(path.join(ws, 'stargate-zh.md')).href;
  const pos = positionOf(example, '黄仁勋', 1);
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: pos });
  assert.match(hover.contents.value, /Jensen Huang|黄仁勋/);
  const msft = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(example, '微软和OpenAI正计划', 1) });
  assert.match(msft.contents.value, /\]\(https?:\/\//, 'a source link');
});

test('hover away from any figure or entity is empty', async () => {
  const uri = pathToFileURL(path.join(ws, 'stargate-zh.md')).href;
  const pos = positionOf(example, '划重点', 1);
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: pos });
  assert.equal(hover, null);
});

test('incremental edits produce fresh diagnostics for the new version', async () => {
  const uri = pathToFileURL(path.join(ws, 'edit.md')).href;
  const text = 'Stargate will cost $100 billion.\n';
  client.open(uri, text);
  await client.diagnosticsFor(uri, 1);
  const v = client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'OpenAI said Abilene draws 1.2 GW.\n' }]);
  const d = await client.diagnosticsFor(uri, v);
  assert.equal(d.version, v);
  const pos = { line: 1, character: 'OpenAI said Abilene draws 1'.length };
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: pos });
  assert.match(hover.contents.value, /1\.2 GW/);
});

test('a fact-store file without a source gets a diagnostic in that file', async () => {
  const uri = pathToFileURL(path.join(ws, 'facts', 'broken.yaml')).href;
  const d = await client.diagnosticsFor(uri);
  const codes = d.diagnostics.map((x) => x.code);
  assert.ok(codes.includes('store-missing-source'), `codes: ${codes.join(', ')}`);
  assert.equal(d.diagnostics.find((x) => x.code === 'store-missing-source').range.start.line, 5);
});

test('bad input does not crash the server', async () => {
  const uri = pathToFileURL(path.join(ws, 'garbage.txt')).href;
  const garbage = '\u0000\uFFFD\uD800' + '数'.repeat(5000) + '1'.repeat(20000) + '\n'.repeat(3) + '💥'.repeat(100) + '$$$ 5 GW GW GW 亿亿亿';
  client.open(uri, garbage, 'plaintext');
  const d = await client.diagnosticsFor(uri, 1, 10000);
  assert.ok(Array.isArray(d.diagnostics));
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 4 } });
  assert.ok(hover === null || typeof hover.contents.value === 'string');
  // The server still answers for other documents afterwards.
  const h2 = await client.request('textDocument/hover', { textDocument: { uri: pathToFileURL(path.join(ws, 'stargate-zh.md')).href }, position: positionOf(example, '5千兆瓦', 1) });
  assert.match(h2.contents.value, /5 GW/);
});

test('a client without workspace/configuration still gets analysis', async () => {
  const c = new TestClient({ configurationPull: false, settings: { messageLanguage: 'en' } });
  await c.initialize();
  const uri = 'untitled:plain-1';
  c.open(uri, '微软正计划斥资1000亿美元打造AI超算。', 'plaintext');
  const d = await c.diagnosticsFor(uri, 1);
  assert.ok(Array.isArray(d.diagnostics));
  const hover = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 9 } });
  await c.close();
  assert.match(hover.contents.value, /100 billion/);
});


test('a draft opened at startup is analysed once when the pulled settings and the store change nothing, and again when they do', async () => {
  const c = new TestClient();
  await c.initialize();
  const uri = 'untitled:startup-1';
  const statuses = () => c.notifications.filter((n) => n.method === 'infraFactcheck/documentStatus' && n.params.uri === uri).length;
  c.open(uri, '微软正计划斥资1000亿美元打造AI超算，目标功率5千兆瓦。');
  await c.diagnosticsFor(uri, 1);
  // The settings pull, the store "reload" and the (empty) workspace scan have all happened by the
  // time the scan logs; anything they scheduled would publish within its pause.
  await c.waitFor(() => c.notifications.some((n) => n.method === 'window/logMessage' && /Cross-draft index/.test(n.params.message)), 10000, 'the workspace scan');
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(statuses(), 1, 'published once');
  // A setting that changes the analysis does check the draft again.
  c.settings = { messageLanguage: 'en' };
  c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await c.waitFor(() => statuses() === 2, 10000, 'a second publish after the language changed');
  await c.close();
});
test('the build ships a snapshot of every file of the bundled store, next to the server', () => {
  const snap = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'default-store.snapshot.json'), 'utf8'));
  const yaml = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (/\.ya?ml$/i.test(e.name)) yaml.push(path.relative(path.join(ROOT, 'store', 'default'), path.join(dir, e.name)).split(path.sep).join('/'));
    }
  };
  walk(path.join(ROOT, 'store', 'default'));
  assert.deepEqual(snap.files.map((f) => f.rel).sort(), yaml.sort());
  assert.ok(snap.files.reduce((n, f) => n + f.parsed.facts.length, 0) > 100);
});

test('a bundled store edited after the build is read again once the first diagnostics are out (the snapshot is checked late)', async () => {
  // A copy of the server and its store, as an installed extension lays them out (dist/ next to store/).
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-edited-store-'));
  fs.mkdirSync(path.join(root, 'dist'));
  for (const f of ['server.js', 'server-main.js', 'default-store.snapshot.json']) fs.copyFileSync(path.join(ROOT, 'dist', f), path.join(root, 'dist', f));
  fs.cpSync(path.join(ROOT, 'store', 'default'), path.join(root, 'store', 'default'), { recursive: true });
  const file = path.join(root, 'store', 'default', 'companies', 'infra-suppliers-intl.yaml');
  const yaml = fs.readFileSync(file, 'utf8');
  const at = yaml.indexOf('- id: arista-revenue-2025\n');
  assert.ok(at > 0 && yaml.slice(at).startsWith('- id: arista-revenue-2025\n        measure: revenue\n        value: 9\n'), 'the stored fact the test edits');
  // The editor of the copy revises the fact after the build: 9 → 7 billion.
  fs.writeFileSync(file, yaml.slice(0, at) + yaml.slice(at).replace('value: 9\n', 'value: 7\n'));
  const c = new TestClient({ server: path.join(root, 'dist', 'server.js'), env: { INFRA_FACTCHECK_CODE_CACHE: 'off' } });
  try {
    await c.initialize();
    const uri = 'file:///tmp/ifc-edited-store.md';
    c.open(uri, 'Arista Networks reported full-year 2025 revenue of $9 billion.\n');
    const conflicts = () => (c.diagnostics.get(uri)?.diagnostics ?? []).filter((d) => d.code === 'fact-conflict');
    await c.waitFor(() => conflicts().length === 1, 10000, 'a fact-conflict against the edited store');
    assert.match(conflicts()[0].message, /7/);
    const logged = c.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message);
    assert.ok(logged.some((m) => /changed since its snapshot/.test(m)), logged.join('\n'));
  } finally {
    await c.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('over the node IPC channel (as the VS Code extension starts it) a draft gets diagnostics, edits and hovers', async () => {
  const ipc = new TestClient({ transport: 'ipc' });
  try {
    await ipc.initialize();
    const uri = 'file:///tmp/ifc-ipc-draft.md';
    ipc.open(uri, '星际之门项目的功率为1.2吉瓦。\n\n另据报道，星际之门项目的功率为2吉瓦。\n');
    const first = await ipc.diagnosticsFor(uri, 1);
    assert.deepEqual(first.diagnostics.filter((d) => d.code === 'internal-conflict').map((d) => d.range.start), [{ line: 2, character: 15 }]);
    // The second figure made equal to the first: the conflict is gone.
    const v = ipc.change(uri, [{ range: { start: { line: 2, character: 15 }, end: { line: 2, character: 16 } }, text: '1.2' }]);
    const second = await ipc.diagnosticsFor(uri, v);
    assert.deepEqual(second.diagnostics.filter((d) => d.code === 'internal-conflict'), []);
    const hover = await ipc.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 11 } });
    assert.match(hover.contents.value, /1,200 MW/);
  } finally {
    await ipc.close();
  }
});
