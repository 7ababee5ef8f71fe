// Protocol tests of the editor features beyond hover and diagnostics.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { TestClient, ROOT, positionOf } from './lsp-client.mjs';

const example = fs.readFileSync(path.join(ROOT, 'examples', 'stargate-zh.md'), 'utf8');
let ws;
let client;
let uri;

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10000, character: 0 } };

before(async () => {
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-feat-'));
  client = new TestClient({ workspace: ws });
  await client.initialize();
  uri = pathToFileURL(path.join(ws, 'stargate-zh.md')).href;
  client.open(uri, example);
  await client.diagnosticsFor(uri, 1);
});

after(async () => {
  await client?.close();
  fs.rmSync(ws, { recursive: true, force: true });
});

test('inlay hints follow Chinese figures with the normalised value', async () => {
  const hints = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
  const after1000 = positionOf(example, '斥资1000亿美元', '斥资1000亿美元'.length);
  const hint = hints.find((h) => h.position.line === after1000.line && h.position.character === after1000.character);
  assert.ok(hint, `no hint at ${JSON.stringify(after1000)}`);
  assert.match(hint.label, /100 billion/);
});

test('inlay hints can be turned off in settings', async () => {
  const c = new TestClient({ workspace: ws, settings: { inlayHints: { enabled: false } } });
  await c.initialize();
  const u = pathToFileURL(path.join(ws, 'nohints.md')).href;
  c.open(u, '微软斥资1000亿美元。');
  await c.diagnosticsFor(u, 1);
  const hints = await c.request('textDocument/inlayHint', { textDocument: { uri: u }, range: WHOLE });
  await c.close();
  assert.deepEqual(hints, []);
});

test('document links point names at the fact store', async () => {
  const links = await client.request('textDocument/documentLink', { textDocument: { uri } });
  const msft = positionOf(example, '微软和OpenAI正计划');
  const link = links.find((l) => l.range.start.line === msft.line && l.range.start.character === msft.character);
  assert.ok(link, 'a link on 微软');
  assert.match(link.target, /^file:.*store\/default\/companies\/microsoft\.yaml#L\d+$/);
});

test('go to definition on a name opens its entity in the store', async () => {
  const loc = await client.request('textDocument/definition', { textDocument: { uri }, position: positionOf(example, '英伟达', 1) });
  assert.ok(loc);
  const file = fileURLToPath(loc.uri);
  const line = fs.readFileSync(file, 'utf8').split('\n')[loc.range.start.line];
  assert.match(line, /id: nvidia\b/);
});

test('document symbols group the claims by subject', async () => {
  const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(symbols.length >= 2);
  for (const s of symbols) assert.ok(s.children.length >= 1);
  const all = symbols.flatMap((s) => s.children.map((c) => c.name));
  assert.ok(all.includes('130亿美元'));
});

test('code actions offer "Add to fact store" and executing it writes an atomic, valid fact', async () => {
  const u = pathToFileURL(path.join(ws, 'add.md')).href;
  const text = 'Microsoft said it would spend $80 billion on AI data centers in fiscal 2025.\n';
  client.open(u, text);
  await client.diagnosticsFor(u, 1);
  const at = positionOf(text, '$80 billion', 2);
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: at, end: at }, context: { diagnostics: [] } });
  const add = actions.find((a) => a.command?.command === 'infraFactcheck.addFact');
  assert.ok(add, `actions: ${actions.map((a) => a.title).join(' | ')}`);
  const result = await client.request('workspace/executeCommand', { command: add.command.command, arguments: add.command.arguments });
  assert.equal(result.ok, true, result.message);
  const file = fileURLToPath(result.uri);
  assert.ok(file.startsWith(path.join(ws, 'facts')), file);
  const yaml = fs.readFileSync(file, 'utf8');
  assert.match(yaml, /value: 80\n/);
  assert.match(yaml, /scale: billion/);
  assert.match(yaml, /Draft context: Microsoft said it would spend \$80 billion/);
  assert.deepEqual(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.tmp')), []);
  // No link in the sentence: the source is left for the reporter, and the editor says so.
  const d = await client.waitFor(() => {
    const p = client.diagnostics.get(result.uri);
    return p?.diagnostics.some((x) => x.code === 'store-missing-source') ? p : undefined;
  }, 5000, 'store-missing-source on the new fact');
  const sourceLine = d.diagnostics.find((x) => x.code === 'store-missing-source').range.start.line;
  assert.ok(sourceLine > result.line, 'inside the new fact');
  assert.match(fs.readFileSync(file, 'utf8').split('\n')[sourceLine], /^\s*(source:|url:)/, 'on its source');
});

/** Opens a draft, takes its first warning and the code actions offered for it. */
async function openWithWarning(u, text) {
  client.open(u, text);
  const d1 = await client.diagnosticsFor(u, 1);
  const target = d1.diagnostics.find((d) => d.severity <= 2);
  assert.ok(target, `a warning to ignore; got ${JSON.stringify(d1.diagnostics.map((d) => d.code))}`);
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: target.range, context: { diagnostics: [target] } });
  return { target, actions };
}

test('"Ignore this finding" removes the finding and survives edits elsewhere', async () => {
  const u = pathToFileURL(path.join(ws, 'ignore.md')).href;
  const text = '星际之门阿比林园区的电力容量为1.2吉瓦。\n\n后来，星际之门阿比林园区的电力容量被说成12吉瓦。\n';
  const { target, actions } = await openWithWarning(u, text);
  const ignore = actions.find((a) => a.command?.command === 'infraFactcheck.ignoreFinding');
  assert.ok(ignore);
  await client.request('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments });
  const v = client.change(u, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# 标题\n\n' }]);
  const d2 = await client.diagnosticsFor(u, v);
  assert.ok(!d2.diagnostics.some((d) => d.code === target.code && d.message === target.message), JSON.stringify(d2.diagnostics));
});

test('a diagnostic kept from before an edit still gets the quick fixes of its finding', async () => {
  const u = pathToFileURL(path.join(ws, 'stale-diagnostic.md')).href;
  const text = '星际之门阿比林园区的电力容量为1.2吉瓦。\n\n后来，星际之门阿比林园区的电力容量被说成12吉瓦。\n';
  const { target } = await openWithWarning(u, text);
  // Two characters typed before the figure on its line: the editor still holds the old range.
  const v = client.change(u, [{ range: { start: { line: target.range.start.line, character: 0 }, end: { line: target.range.start.line, character: 0 } }, text: '据悉' }]);
  await client.diagnosticsFor(u, v);
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: target.range, context: { diagnostics: [target] } });
  const ignore = actions.find((a) => a.command?.command === 'infraFactcheck.ignoreFinding');
  assert.ok(ignore, JSON.stringify(actions.map((a) => a.title)));
  assert.match(ignore.command.arguments[1], new RegExp(`^${target.code}\\|`), 'the key of a finding of the same code');
  // A range that no finding overlaps gets no finding's actions.
  const nowhere = { ...target, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
  const none = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: nowhere.range, context: { diagnostics: [nowhere] } });
  assert.ok(!none.some((a) => a.command?.command === 'infraFactcheck.ignoreFinding'), JSON.stringify(none.map((a) => a.title)));
});

test('"Ignore … in the draft" adds a line comment that silences the finding for good', async () => {
  const u = pathToFileURL(path.join(ws, 'ignore-comment.md')).href;
  const text = '星际之门阿比林园区的电力容量为1.2吉瓦。\n\n后来，星际之门阿比林园区的电力容量被说成12吉瓦。\n';
  const { target, actions } = await openWithWarning(u, text);
  const comment = actions.find((a) => a.edit && JSON.stringify(a.edit).includes('infra-factcheck-disable-line'));
  assert.ok(comment, JSON.stringify(actions.map((a) => a.title)));
  const [edit] = comment.edit.changes[u];
  assert.equal(edit.range.start.line, target.range.start.line, 'on the finding\'s line');
  const v = client.change(u, [{ range: edit.range, text: edit.newText }]);
  const d2 = await client.diagnosticsFor(u, v);
  assert.ok(!d2.diagnostics.some((d) => d.code === target.code), JSON.stringify(d2.diagnostics));
  // A fresh server reading the saved text agrees: the suppression lives in the draft.
  const fresh = new TestClient({ workspace: ws });
  await fresh.initialize();
  const lines = text.split('\n');
  lines[edit.range.start.line] += edit.newText;
  fresh.open(u, lines.join('\n'));
  const d3 = await fresh.diagnosticsFor(u, 1);
  await fresh.close();
  assert.ok(!d3.diagnostics.some((d) => d.code === target.code), JSON.stringify(d3.diagnostics));
});

test('a check turned off in settings stops reporting', async () => {
  const text = '星际之门阿比林园区的电力容量为1.2吉瓦。\n\n后来，星际之门阿比林园区的电力容量被说成12吉瓦。\n';
  const on = new TestClient({ workspace: ws });
  await on.initialize();
  const u = pathToFileURL(path.join(ws, 'on.md')).href;
  on.open(u, text);
  const d1 = await on.diagnosticsFor(u, 1);
  await on.close();
  const codes = [...new Set(d1.diagnostics.filter((d) => d.severity <= 2).map((d) => d.code))];
  assert.ok(codes.length >= 1, 'the draft has a finding to turn off');
  const off = new TestClient({ workspace: ws, settings: { checks: Object.fromEntries(codes.map((c) => [c, 'off'])) } });
  await off.initialize();
  off.open(u, text);
  const d2 = await off.diagnosticsFor(u, 1);
  await off.close();
  assert.deepEqual(d2.diagnostics.filter((d) => codes.includes(d.code)), []);
});

test('messages follow the draft language unless a setting overrides', async () => {
  const text = '星际之门阿比林园区的电力容量为1.2吉瓦。\n\n后来，星际之门阿比林园区的电力容量被说成12吉瓦。\n';
  const u = pathToFileURL(path.join(ws, 'lang.md')).href;
  client.open(u, text);
  const zh = await client.diagnosticsFor(u, 1);
  // Other open drafts carry the same text, so cross-draft findings may come too: compare like with like.
  const w = zh.diagnostics.find((d) => d.code === 'internal-conflict');
  assert.ok(w, JSON.stringify(zh.diagnostics.map((d) => d.code)));
  assert.match(w.message, /[\u4e00-\u9fff]/, 'Chinese message for a Chinese draft');
  const en = new TestClient({ workspace: ws, settings: { messageLanguage: 'en' } });
  await en.initialize();
  en.open(u, text);
  const d = await en.diagnosticsFor(u, 1);
  await en.close();
  const w2 = d.diagnostics.find((x) => x.code === w.code);
  assert.doesNotMatch(w2.message, /[\u4e00-\u9fff]{4}/, 'English message when the setting says en');
});

test('fact-store text in hovers is escaped: no command links, only http(s) and file links', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-evil-'));
  fs.mkdirSync(path.join(dir, 'facts'));
  fs.writeFileSync(path.join(dir, 'facts', 'evil.yaml'), [
    'entities:',
    '  - id: evil-campus',
    '    kind: site',
    '    names: { en: [Evil Campus] }',
    '    description: "[run me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>"',
    '    facts:',
    '      - id: evil-campus-power',
    '        measure: power',
    '        value: 2',
    '        unit: GW',
    '        as_of: 2025-01-01',
    '        source: { url: "https://example.com/x)[pwn](command:evil", title: "**bold** [x](command:y)", date: 2025-01-01 }',
    '',
  ].join('\n'));
  const c = new TestClient({ workspace: dir });
  await c.initialize();
  const u = pathToFileURL(path.join(dir, 'evil.md')).href;
  const text = 'The Evil Campus will draw 2 GW.\n';
  c.open(u, text);
  await c.diagnosticsFor(u, 1);
  const hovers = [
    await c.request('textDocument/hover', { textDocument: { uri: u }, position: positionOf(text, 'Evil Campus', 2) }),
    await c.request('textDocument/hover', { textDocument: { uri: u }, position: positionOf(text, '2 GW', 1) }),
  ];
  await c.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const entityHover = hovers[0].contents.value;
  assert.match(entityHover, /Evil Campus/);
  for (const h of hovers) {
    const value = h?.contents.value ?? '';
    // Every Markdown link (an unescaped "](") targets http(s) or file.
    for (const m of value.matchAll(/(?<!\\)\]\(([^)\s]*)/g)) assert.match(m[1], /^(https?|file):/, `link target ${m[1]}`);
    assert.doesNotMatch(value, /(?<!\\)\]\(command:/);
    assert.doesNotMatch(value, /(?<!\\)<img/, "raw HTML from the store");
  }
  assert.match(entityHover, /\\\[run me\\\]/, 'brackets from the store are escaped');
});
