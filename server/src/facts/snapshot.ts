// A parsed copy of the bundled default store, written next to the bundle at build time. Loading it
// is one JSON.parse instead of parsing the store's YAML files, which took 40–60 ms of the server's
// cold start. It is used only when it was made from exactly the files on disk: their names and
// bytes are hashed on every load (a store edited after the build is parsed as usual).
import type * as Crypto from 'node:crypto';
import * as fs from 'node:fs';
import { isAscii } from 'node:buffer';
import * as path from 'node:path';
import type { ParsedFile } from './parse.ts';
import type { StoreLayer } from './store.ts';

export const SNAPSHOT_FILE = 'default-store.snapshot.json';
const FORMAT = 1;

interface Snapshot {
  format: number;
  hash: string;
  /** Paths relative to the store folder; the parsed files' `file` fields are left empty. */
  files: { rel: string; parsed: ParsedFile }[];
}

/** A store file's path relative to the store folder, with forward slashes (as the snapshot records it). */
const relativePath = (dir: string, file: string) => path.relative(dir, file).split(path.sep).join('/');

/** Hash of the files' paths (relative to `dir`) and contents, in the given order. */
export function hashStoreFiles(dir: string, files: string[]): string {
  // Required here, not at the top: a start that defers the check (loadFactStore) does not load crypto (~6 ms).
  const h = (require('node:crypto') as typeof Crypto).createHash('sha256');
  for (const file of files) {
    h.update(relativePath(dir, file));
    h.update('\0');
    h.update(fs.readFileSync(file));
    h.update('\0');
  }
  return h.digest('hex');
}

/** The snapshot's layer, with the hash of the files it was made from. */
export interface SnapshotLayer extends StoreLayer {
  hash: string;
}

/**
 * The layer a snapshot holds for `dir`, or undefined when it is missing, unreadable or stale.
 * `verify: false` skips hashing the files' contents (the caller checks `hash` later, off the cold
 * start): the snapshot must still list exactly the same files.
 */
export function readSnapshotLayer(name: string, dir: string, files: string[], snapshotFile: string, verify = true): SnapshotLayer | undefined {
  let snap: Snapshot;
  try {
    if (!fs.existsSync(snapshotFile)) return undefined;
    // Written in ASCII (non-ASCII characters as \u escapes): read as latin1 it is the same text, a one-byte string
    // without the UTF-8 decoder's pass (an older snapshot with raw UTF-8 is decoded as such).
    const bytes = fs.readFileSync(snapshotFile);
    snap = JSON.parse(bytes.toString(typeof isAscii === 'function' && isAscii(bytes) ? 'latin1' : 'utf8')) as Snapshot;
    if (snap.format !== FORMAT || snap.files.length !== files.length) return undefined;
    if (snap.files.some((f, i) => f.rel !== relativePath(dir, files[i]))) return undefined;
    if (verify && snap.hash !== hashStoreFiles(dir, files)) return undefined;
  } catch {
    return undefined;
  }
  return {
    name,
    hash: snap.hash,
    files: snap.files.map(({ rel, parsed }) => {
      const abs = path.join(dir, ...rel.split('/'));
      for (const e of parsed.entities) e.file = abs;
      for (const f of parsed.facts) f.file = abs;
      for (const p of parsed.problems) p.file = abs;
      return { path: abs, parsed };
    }),
  };
}

/** Writes the snapshot of a parsed layer of `dir` (atomically: temporary file + rename). */
export function writeSnapshot(dir: string, layer: StoreLayer, snapshotFile: string): void {
  const files = layer.files.map((f) => f.path);
  const snap: Snapshot = {
    format: FORMAT,
    hash: hashStoreFiles(dir, files),
    files: layer.files.map(({ path: abs, parsed }) => ({
      rel: relativePath(dir, abs),
      parsed: {
        entities: parsed.entities.map((e) => ({ ...e, file: '' })),
        facts: parsed.facts.map((f) => ({ ...f, file: '' })),
        problems: parsed.problems.map((p) => ({ ...p, file: '' })),
      },
    })),
  };
  const tmp = `${snapshotFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(snap).replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
  fs.renameSync(tmp, snapshotFile);
}
