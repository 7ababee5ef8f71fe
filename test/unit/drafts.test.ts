// The workspace's other drafts (lsp/drafts.ts): read from disk in the background, in slices, with
// the editor's text winning over the disk's for drafts that are open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DraftIndex } from '../../server/src/lsp/drafts.ts';
import { analyze } from '../../server/src/core/analyze.ts';
import { loadFactStore } from '../../server/src/facts/load.ts';

const store = loadFactStore({ includeDefault: true });
const GPUS = (n: string) => `Hyperion, Meta's campus in Louisiana, will house ${n} GPUs.\n`;

function workspace(count: number): { dir: string; uris: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-drafts-'));
  const uris: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `d${i}.md`);
    fs.writeFileSync(file, GPUS(`${i + 1} million`));
    uris.push(pathToFileURL(file).href);
  }
  return { dir, uris };
}

const gpuTexts = (index: DraftIndex, asker: string) => index.others(asker).map((d) => d.text).sort();

test('readAgain reads changed drafts in the background and reports once none is left', async () => {
  const { dir, uris } = workspace(45);
  try {
    const index = new DraftIndex(() => store);
    assert.equal(await index.scanWorkspace([dir], () => {}), 45);
    // Three slices' worth, one of them asked for twice: each is read once, and the work is not done
    // in the call itself.
    for (const uri of uris.slice(0, 41)) fs.writeFileSync(new URL(uri), GPUS('600,000'));
    const counts: number[] = [];
    const read = new Promise<void>((resolve) => index.readAgain([...uris.slice(0, 41), uris[3]], (n) => (counts.push(n), resolve())));
    assert.ok(gpuTexts(index, 'untitled:x').filter((t) => t.toString().includes('600,000')).length < 41, 'not all read synchronously');
    await read;
    assert.deepEqual(counts, [41]);
    assert.equal(gpuTexts(index, 'untitled:x').filter((t) => t.toString().includes('600,000')).length, 41);
    // Nothing to read: no report.
    let called = false;
    index.readAgain([], () => (called = true));
    await new Promise((r) => setImmediate(r));
    assert.equal(called, false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a draft open in the editor keeps the editor text when the store changes, and falls back to the disk when closed', async () => {
  const { dir, uris } = workspace(3);
  try {
    const index = new DraftIndex(() => store);
    await index.scanWorkspace([dir], () => {});
    const editorText = GPUS('2 million');
    index.update(uris[0], editorText, analyze(editorText, {}, store));
    await new Promise<void>((resolve) => index.invalidate(() => resolve()));
    assert.ok(gpuTexts(index, 'untitled:x').includes(editorText), 'the editor text is kept');
    assert.ok(!gpuTexts(index, 'untitled:x').includes(GPUS('1 million')));
    index.close(uris[0]);
    assert.ok(gpuTexts(index, 'untitled:x').includes(GPUS('1 million')), 'closed: the disk text again');
    // A draft deleted on disk leaves the index when it is read again.
    fs.rmSync(new URL(uris[1]));
    await new Promise<void>((resolve) => index.readAgain([uris[1]], () => resolve()));
    assert.equal(index.others('untitled:x').length, 2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
