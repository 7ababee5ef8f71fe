// dist/server.js starts the server through V8's code cache (server/src/launch.ts). The cache may
// only ever save time: a bad, foreign or unsafe cache never stops the server or changes what it says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, ROOT } from './lsp-client.mjs';

const example = fs.readFileSync(path.join(ROOT, 'examples', 'stargate-zh.md'), 'utf8');
const uri = pathToFileURL(path.join(ROOT, 'examples', 'stargate-zh.md')).href;

/** Starts the server with the cache in `dir`, waits for the example's diagnostics; returns them and the launcher's log. */
async function run(dir) {
  const c = new TestClient({ env: { INFRA_FACTCHECK_CODE_CACHE: dir, INFRA_FACTCHECK_CODE_CACHE_LOG: '1' } });
  await c.initialize();
  c.open(uri, example);
  const d = await c.diagnosticsFor(uri, 1, 20000);
  // The cache is written just after the first diagnostics.
  if (dir !== 'off') await c.waitFor(() => /code cache: (written|used|folder not private)/.test(c.stderr), 10000, 'the launcher to decide');
  await c.close();
  return { diagnostics: d.diagnostics.map((x) => `${x.code}@${x.range.start.line}:${x.range.start.character}`), log: c.stderr };
}

const cacheFiles = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.bin')) : []);

test('the first start writes the code cache, the next one uses it, and both say the same', async () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-cc-')), 'cache');
  // A cache of an earlier version of the bundle is removed when this one is written; other files stay.
  fs.mkdirSync(dir, { mode: 0o700 });
  fs.writeFileSync(path.join(dir, 'server-0123456789abcdef-v20.0.0-x64.bin'), 'old', { mode: 0o600 });
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'keep', { mode: 0o600 });
  const first = await run(dir);
  assert.deepEqual(fs.readdirSync(dir).filter((f) => !f.endsWith('.bin')), ['notes.txt']);
  assert.match(first.log, /code cache: none/);
  assert.match(first.log, /code cache: written/);
  assert.equal(cacheFiles(dir).length, 1);
  if (process.platform !== 'win32') assert.equal(fs.statSync(dir).mode & 0o077, 0, 'a private folder');
  const second = await run(dir);
  assert.match(second.log, /code cache: used/);
  assert.deepEqual(second.diagnostics, first.diagnostics);
  assert.ok(first.diagnostics.length > 0);
});

test('a corrupt cache file is rejected, the server starts anyway and rewrites it', async () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-cc-')), 'cache');
  const good = await run(dir);
  const [name] = cacheFiles(dir);
  fs.writeFileSync(path.join(dir, name), Buffer.alloc(4096, 0x5a));
  const bad = await run(dir);
  assert.match(bad.log, /code cache: rejected/);
  assert.match(bad.log, /code cache: written/);
  assert.deepEqual(bad.diagnostics, good.diagnostics);
  assert.ok(fs.statSync(path.join(dir, name)).size > 100_000, 'rewritten');
});

test('a cache folder others can write to is neither read nor written; "off" uses none', async (t) => {
  if (process.platform === 'win32') return t.skip('POSIX permissions');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-cc-open-'));
  fs.chmodSync(dir, 0o777);
  const shared = await run(dir);
  assert.match(shared.log, /folder not private, not written/);
  assert.deepEqual(cacheFiles(dir), []);
  const off = await run('off');
  assert.doesNotMatch(off.log, /code cache/);
  assert.deepEqual(off.diagnostics, shared.diagnostics);
});

test('the bundles and the store snapshot Node reads at every start are ASCII, so their text is a one-byte string', () => {
  for (const bundle of ['server-main.js', 'cli.js', 'default-store.snapshot.json']) {
    const bytes = fs.readFileSync(path.join(ROOT, 'dist', bundle));
    const at = bytes.findIndex((b) => b > 0x7f);
    assert.equal(at, -1, `dist/${bundle} has a non-ASCII byte at ${at}`);
  }
  // The escapes keep the Chinese names: the snapshot parses back to them.
  const snapshot = fs.readFileSync(path.join(ROOT, 'dist', 'default-store.snapshot.json'), 'latin1');
  assert.match(JSON.stringify(JSON.parse(snapshot)), /微软/);
});
