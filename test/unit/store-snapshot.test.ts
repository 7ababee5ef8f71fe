// The build's snapshot of the bundled store (facts/snapshot.ts) must load as exactly what parsing
// the YAML gives, and must never be used once the files differ from those it was made from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultStoreDir, listFactFiles, readLayer, writeStoreSnapshot } from '../../server/src/facts/load.ts';
import { hashStoreFiles, readSnapshotLayer } from '../../server/src/facts/snapshot.ts';
import { buildStore } from '../../server/src/facts/store.ts';
import type { StoreLayer } from '../../server/src/facts/store.ts';

/** JSON drops properties whose value is undefined; behaviour never tells the two apart. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

function tempCopyOfDefaultStore(): { dir: string; snapshot: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-snap-'));
  const dir = path.join(root, 'default');
  fs.cpSync(defaultStoreDir()!, dir, { recursive: true });
  return { dir, snapshot: path.join(root, 'snapshot.json') };
}

function snapshotLayer(dir: string, snapshot: string): StoreLayer | undefined {
  return readSnapshotLayer('default', dir, listFactFiles(dir).map((f) => path.resolve(f)), snapshot);
}

test('the snapshot of the bundled store loads as the parsed store: every entity, fact, file and line', () => {
  const { dir, snapshot } = tempCopyOfDefaultStore();
  const written = writeStoreSnapshot(dir, snapshot);
  assert.ok(written.files > 10 && written.facts > 100, JSON.stringify(written));
  const parsed = readLayer('default', [dir]);
  const loaded = snapshotLayer(dir, snapshot);
  assert.ok(loaded, 'the snapshot matches the files it was made from');
  assert.deepEqual(plain({ name: loaded.name, files: loaded.files }), plain(parsed));
  assert.ok(loaded.files.every((f) => f.parsed.facts.every((x) => x.file === f.path) && f.parsed.entities.every((e) => e.file === f.path)), 'file paths restored');
  // The store built from it answers the same.
  const a = buildStore([parsed]);
  const b = buildStore([loaded]);
  assert.deepEqual(plain([...b.facts.values()]), plain([...a.facts.values()]));
  assert.deepEqual(plain([...b.entities.values()]), plain([...a.entities.values()]));
});

test('a snapshot is not used once a store file changes, is added or removed, or when it is corrupt', () => {
  const { dir, snapshot } = tempCopyOfDefaultStore();
  writeStoreSnapshot(dir, snapshot);
  const files = listFactFiles(dir);
  const first = files[0];
  const original = fs.readFileSync(first, 'utf8');

  fs.writeFileSync(first, original.replace(/value: (\d)/, 'value: 9$1'));
  assert.equal(snapshotLayer(dir, snapshot), undefined, 'an edited file');
  fs.writeFileSync(first, original);
  assert.ok(snapshotLayer(dir, snapshot), 'the same bytes again');

  fs.writeFileSync(path.join(dir, 'zz-added.yaml'), 'entities: []\n');
  assert.equal(snapshotLayer(dir, snapshot), undefined, 'an added file');
  fs.rmSync(path.join(dir, 'zz-added.yaml'));

  fs.renameSync(first, first.replace(/\.yaml$/, '-renamed.yaml'));
  assert.equal(snapshotLayer(dir, snapshot), undefined, 'a renamed file');
  fs.renameSync(first.replace(/\.yaml$/, '-renamed.yaml'), first);

  fs.writeFileSync(snapshot, fs.readFileSync(snapshot, 'utf8').slice(0, 1000));
  assert.equal(snapshotLayer(dir, snapshot), undefined, 'a truncated snapshot');
  assert.equal(snapshotLayer(dir, snapshot + '.missing'), undefined, 'no snapshot');
});

test("a snapshot taken unchecked (the server's cold start) still lists exactly the files, and its hash tells an edit later", () => {
  const { dir, snapshot } = tempCopyOfDefaultStore();
  writeStoreSnapshot(dir, snapshot);
  const files = () => listFactFiles(dir).map((f) => path.resolve(f));
  const first = files()[0];
  const original = fs.readFileSync(first, 'utf8');
  fs.writeFileSync(first, original.replace(/value: (\d)/, 'value: 9$1'));
  const unchecked = readSnapshotLayer('default', dir, files(), snapshot, false);
  assert.ok(unchecked, 'taken without hashing the contents');
  assert.notEqual(unchecked.hash, hashStoreFiles(dir, files()), 'the late check sees the edit');
  fs.writeFileSync(first, original);
  assert.equal(readSnapshotLayer('default', dir, files(), snapshot, false)?.hash, hashStoreFiles(dir, files()));

  fs.renameSync(first, first.replace(/\.yaml$/, '-renamed.yaml'));
  assert.equal(readSnapshotLayer('default', dir, files(), snapshot, false), undefined, 'a renamed file, even unchecked');
  fs.renameSync(first.replace(/\.yaml$/, '-renamed.yaml'), first);
  fs.writeFileSync(path.join(dir, 'zz-added.yaml'), 'entities: []\n');
  assert.equal(readSnapshotLayer('default', dir, files(), snapshot, false), undefined, 'an added file, even unchecked');
});
