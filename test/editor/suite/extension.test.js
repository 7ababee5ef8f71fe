// The editor tests. Each entry is { name, fn }; fn throws on failure. Nothing here sleeps a fixed
// time: everything that depends on the language server is polled with a deadline (until()).
const vscode = require('vscode');
const assert = require('assert');

const EXTENSION_ID = 'infra-factcheck.infra-factcheck';
const SOURCE = 'infra-factcheck';
const ZH = 'stargate-zh.md';
const EN = 'stargate-en.md';
const BROKEN_YAML = 'facts/newsroom.yaml';
// The planted slip: the draft gives Abilene's power capacity as 1.2吉瓦 and, later, as 2吉瓦
// (internal-conflict; its quick fix writes 1.2吉瓦). Located through its context because
// "2吉瓦" also occurs inside "1.2吉瓦".
const SLIP_CONTEXT = '电力容量为2吉瓦';
const PLANTED_SLIP = '2吉瓦';
const TIMEOUT = Number(process.env.INTEST_TIMEOUT_MS) || 30000;
// The whole suite's waiting budget: when the server is down every wait would time out, so later
// tests get what is left (at least 2 s each) and the run still ends in time with every FAIL listed.
const BUDGET = Number(process.env.INTEST_BUDGET_MS) || 60000;
const suiteStart = Date.now();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(what, fn, timeoutMs = TIMEOUT) {
  const t0 = Date.now();
  timeoutMs = Math.max(2000, Math.min(timeoutMs, BUDGET - (t0 - suiteStart)));
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > timeoutMs) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last.message})` : ''}`);
    }
    await sleep(100);
  }
}

function fileUri(rel) {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length, 'no workspace folder is open');
  return vscode.Uri.joinPath(folders[0].uri, ...rel.split('/'));
}

const opened = new Map();
async function open(rel) {
  if (opened.has(rel)) return opened.get(rel);
  const doc = await vscode.workspace.openTextDocument(fileUri(rel));
  await vscode.window.showTextDocument(doc, { preview: false });
  opened.set(rel, doc);
  return doc;
}

const overlaps = (a, b) => { const i = a.intersection(b); return !!i && !i.isEmpty; };

/** Range of the planted slip. */
function slipRange(doc) {
  const ctx = find(doc, SLIP_CONTEXT);
  const start = ctx.end.translate(0, -PLANTED_SLIP.length);
  return new vscode.Range(start, ctx.end);
}

/** Range of the n-th (0-based) occurrence of `needle` in the document. */
function find(doc, needle, nth = 0) {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${nth}) not found in ${doc.uri.path}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
const show = (d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code && typeof d.code === 'object' ? d.code.value : d.code || ''} ${d.message}`;

function hoverText(hovers) {
  return (hovers || [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}
/** Polls the hover on the middle of `figure` until it includes `expected`; returns the last text. */
async function hoverAt(doc, figure, expected) {
  const r = find(doc, figure);
  const pos = r.start.translate(0, Math.floor(figure.length / 2));
  let last = '';
  await until(`a hover on "${figure}" that includes "${expected}"`, async () => {
    last = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos));
    return last.includes(expected);
  }).catch((e) => {
    throw new Error(`${e.message}; last hover text: ${JSON.stringify(last)}`);
  });
  return last;
}

const labelText = (h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('extension is installed and activates on a markdown draft', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed (installed: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')})`);
  const doc = await open(ZH);
  assert.strictEqual(doc.languageId, 'markdown');
  await until('extension activation', () => ext.isActive);
  // isActive is also true when activate() threw; activate() then rejects with that error.
  await ext.activate().catch((e) => {
    throw new Error(`activation failed: ${e && e.message ? e.message : e}`);
  });
  console.log(`[intest]   ${EXTENSION_ID} ${ext.packageJSON.version} active, from ${ext.extensionPath}`);
});

test('diagnostics (source infra-factcheck) on the Chinese draft, one on the planted slip', async () => {
  const doc = await open(ZH);
  const slip = slipRange(doc);
  const diags = await until(`an ${SOURCE} diagnostic on "${PLANTED_SLIP}"`, () => {
    const d = ours(doc.uri);
    return d.some((x) => overlaps(x.range, slip)) ? d : undefined;
  }).catch((e) => {
    throw new Error(`${e.message}; ${SOURCE} diagnostics seen: ${JSON.stringify(ours(doc.uri).map(show))}`);
  });
  diags.forEach((d) => console.log(`[intest]   zh diagnostic ${show(d)}`));
});

// The hover gives the figure's normalised value; "US$…" is not in the draft's own text, so the
// hover's echo of the figure cannot satisfy these by itself.
test('hover on a Chinese figure: 1000亿美元 -> "US$100 billion"', async () => {
  const doc = await open(ZH);
  const text = await hoverAt(doc, '1000亿美元', 'US$100 billion');
  console.log(`[intest]   hover(1000亿美元) = ${JSON.stringify(text.slice(0, 300))}`);
});

test('hover on an English figure: $13 billion -> "US$13 billion"', async () => {
  const doc = await open(EN);
  const text = await hoverAt(doc, '$13 billion', 'US$13 billion');
  console.log(`[intest]   hover($13 billion) = ${JSON.stringify(text.slice(0, 300))}`);
});

test('inlay hint right after a Chinese figure (1000亿美元)', async () => {
  const doc = await open(ZH);
  const fig = find(doc, '1000亿美元');
  const all = new vscode.Range(0, 0, doc.lineCount, 0);
  const hints = await until('inlay hints on the Chinese draft', async () => {
    const h = await vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc.uri, all);
    return h && h.length ? h : undefined;
  });
  hints.slice(0, 8).forEach((h) => console.log(`[intest]   inlay ${h.position.line}:${h.position.character} ${JSON.stringify(labelText(h))}`));
  const after = hints.filter((h) => h.position.line === fig.end.line
    && h.position.character >= fig.end.character && h.position.character <= fig.end.character + 1);
  assert.ok(after.length, `no inlay hint at the end of 1000亿美元 (${fig.end.line}:${fig.end.character}); hints: ${JSON.stringify(hints.map((h) => `${h.position.line}:${h.position.character} ${labelText(h)}`))}`);
});

test('document links on the Chinese draft', async () => {
  const doc = await open(ZH);
  const links = await until('document links', async () => {
    const l = await vscode.commands.executeCommand('vscode.executeLinkProvider', doc.uri);
    return l && l.length ? l : undefined;
  });
  links.slice(0, 5).forEach((l) => console.log(`[intest]   link ${l.range.start.line}:${l.range.start.character} -> ${l.target ? l.target.toString() : '(resolved later)'}`));
});

test('fact-store diagnostic on the broken workspace YAML (fact without a source)', async () => {
  await open(BROKEN_YAML);
  const uri = fileUri(BROKEN_YAML);
  const diags = await until(`an ${SOURCE} diagnostic on ${BROKEN_YAML}`, () => {
    const d = ours(uri);
    return d.length ? d : undefined;
  }).catch((e) => {
    throw new Error(`${e.message}; all diagnostics on it: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => `${d.source}: ${d.message}`))}`);
  });
  diags.forEach((d) => console.log(`[intest]   yaml diagnostic ${show(d)}`));
});

test('command infraFactcheck.restartServer is registered (status bar item command)', async () => {
  const cmds = await vscode.commands.getCommands(true);
  const mine = cmds.filter((c) => c.startsWith('infraFactcheck.'));
  console.log(`[intest]   commands: ${mine.join(', ')}`);
  assert.ok(mine.includes('infraFactcheck.restartServer'), 'infraFactcheck.restartServer is not registered');
  const contributed = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes?.commands || []).map((c) => c.command);
  assert.ok(contributed.includes('infraFactcheck.restartServer'), `package.json does not contribute infraFactcheck.restartServer (contributes: ${contributed.join(', ')})`);
});

// Last: it edits the Chinese draft (in the run's scratch copy of the workspace).
test('a quick fix is offered on the planted slip and applying it changes the draft', async () => {
  const doc = await open(ZH);
  const slip = slipRange(doc);
  const diag = await until(`an ${SOURCE} diagnostic on "${PLANTED_SLIP}"`, () => ours(doc.uri).find((d) => overlaps(d.range, slip)));
  const actions = await until('quick fixes for that diagnostic', async () => {
    const a = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = (a || []).filter((x) => x.kind && vscode.CodeActionKind.QuickFix.contains(x.kind) && (x.edit || x.command));
    return fixes.length ? fixes : undefined;
  });
  actions.forEach((a) => console.log(`[intest]   quick fix: ${a.title}${a.isPreferred ? ' (preferred)' : ''}`));
  const fix = actions.find((a) => a.isPreferred && a.edit) || actions.find((a) => a.edit) || actions[0];
  const before = doc.getText();
  if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'workspace.applyEdit returned false');
  if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments || []));
  await until('the draft to change after the quick fix', () => doc.getText() !== before, 5000);
  const changedLine = doc.getText().split('\n').find((l, i) => l !== before.split('\n')[i]);
  console.log(`[intest]   applied "${fix.title}": ${JSON.stringify(changedLine)}`);
});

module.exports = { tests };
