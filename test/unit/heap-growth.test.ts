// The server's launcher limits how far V8 grows the old generation (server/src/v8-flags.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HEAP_GROWING_PERCENT, heapGrowthGiven, limitHeapGrowth } from '../../server/src/v8-flags.ts';

test('heap growth: the launcher sets the growing percent when node was started without one', () => {
  const set: string[] = [];
  assert.equal(limitHeapGrowth(['--max-semi-space-size=4', '--v8-pool-size=1'], (f) => set.push(f)), true);
  assert.deepEqual(set, [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]);
});

test("heap growth: a user's own flag on node's command line wins", () => {
  for (const argv of [['--heap-growing-percent=50'], ['--heap_growing_percent=10'], ['--inspect', '--heap-growing-percent']]) {
    const set: string[] = [];
    assert.equal(heapGrowthGiven(argv), true, argv.join(' '));
    assert.equal(limitHeapGrowth(argv, (f) => set.push(f)), false);
    assert.deepEqual(set, []);
  }
  assert.equal(heapGrowthGiven(['--heap-growing-percentage=5', '--max-old-space-size=100']), false);
});

test('heap growth: a runtime that rejects the flag starts as before', () => {
  assert.equal(limitHeapGrowth([], () => { throw new Error('unknown flag'); }), false);
});

// V8 ignores a flag it does not know when set at run time; node's command line rejects one ("bad option").
test('heap growth: the flag is one this node knows', () => {
  const r = spawnSync(process.execPath, [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'ok');
  const unknown = spawnSync(process.execPath, ['--heap-growing-percentage=30', '-e', ''], { encoding: 'utf8' });
  assert.notEqual(unknown.status, 0, 'a misspelt flag must be rejected, or the check above proves nothing');
});

// The launcher's two run-time flags (this one and --no-regexp-tier-up, both in v8-flags.ts): given on node's command line, as the
// extension starts the server, node:v8 (~3 ms of a cold start) is not loaded; missing, both are set through it.
test('run-time flags: node:v8 is loaded only when a flag is missing from the command line', () => {
  const ROOT = new URL('../..', import.meta.url).pathname;
  const code = `const { compileRegexpsOnce } = await import(${JSON.stringify(ROOT + 'server/src/v8-flags.ts')});
const { limitHeapGrowth } = await import(${JSON.stringify(ROOT + 'server/src/v8-flags.ts')});
compileRegexpsOnce();
const set = limitHeapGrowth();
process.stdout.write(JSON.stringify({ set, v8: process.moduleLoadList.includes('NativeModule v8') }));`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-flags-'));
  const script = path.join(dir, 'start.mjs');
  fs.writeFileSync(script, code);
  const run = (flags: string[]) => {
    const r = spawnSync(process.execPath, [...flags, '--import', 'tsx', script], { encoding: 'utf8', cwd: ROOT });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as { set: boolean; v8: boolean };
  };
  assert.deepEqual(run(['--no-regexp-tier-up', `--heap-growing-percent=${HEAP_GROWING_PERCENT}`]), { set: false, v8: false });
  assert.deepEqual(run(['--no-regexp-tier-up']), { set: true, v8: true });
  assert.deepEqual(run([]), { set: true, v8: true });
  fs.rmSync(dir, { recursive: true, force: true });
});
