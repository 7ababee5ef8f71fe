// Reading fact stores from disk: the bundled default store and the workspace's own folders.
import * as buffer from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { walkFiles } from './walk.ts';
import type { FactStore } from '../core/types.ts';
import { parseFactBytes, parseFactFile } from './parse.ts';
import { buildStore, type StoreLayer } from './store.ts';
import { hashStoreFiles, readSnapshotLayer, SNAPSHOT_FILE, writeSnapshot } from './snapshot.ts';

const MAX_FACT_FILE_BYTES = 64 * 1024 * 1024;
/** buffer.isUtf8 (Node 18.14+): accepts exactly what a fatal TextDecoder decodes. */
const isUtf8 = (buffer as { isUtf8?: (b: Uint8Array) => boolean }).isUtf8;

/** The bundled store ships next to the bundle (dist/../store/default) or the sources. */
export function defaultStoreDir(): string | undefined {
  const candidates = [
    path.resolve(__dirname, '..', 'store', 'default'),
    path.resolve(__dirname, '..', '..', '..', 'store', 'default'),
    path.resolve(__dirname, '..', '..', 'store', 'default'),
  ];
  return candidates.find((dir) => fs.existsSync(dir));
}

export function listFactFiles(root: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch {
    return [];
  }
  if (stat.isFile()) return /\.ya?ml$/i.test(root) ? [root] : [];
  return walkFiles(root, {
    maxDepth: 12,
    sorted: true,
    skip: (name) => name.startsWith('.') || name === 'node_modules',
    accept: (_relative, name) => /\.ya?ml$/i.test(name),
  });
}

/** The fact files under `roots`; a file with text in `overrides` (open in the editor) is read from there. */
export function readLayer(name: string, roots: string[], overrides?: Map<string, string>): StoreLayer {
  const layer: StoreLayer = { name, files: [] };
  const seen = new Set<string>();
  for (const root of roots) {
    for (const file of listFactFiles(root)) {
      const abs = path.resolve(file);
      if (seen.has(abs)) continue;
      seen.add(abs);
      layer.files.push({ path: abs, parsed: readFactFile(abs, overrides?.get(abs)) });
    }
  }
  return layer;
}

export function readFactFile(file: string, textOverride?: string) {
  try {
    let text = textOverride;
    if (text === undefined) {
      const size = fs.statSync(file).size;
      if (size > MAX_FACT_FILE_BYTES) {
        return problemFile(file, 'store-too-large', `Fact file is ${(size / 1048576).toFixed(0)} MB; the limit is ${MAX_FACT_FILE_BYTES / 1048576} MB. Split it into several files.`);
      }
      const bytes = fs.readFileSync(file);
      if (bytes.includes(0)) return problemFile(file, 'store-binary', 'Fact file contains binary data (NUL bytes); skipped.');
      // Parse the bytes (no UTF-16 copy of a big file) once they are known to be valid UTF-8.
      if (isUtf8) {
        if (!isUtf8(bytes)) return problemFile(file, 'store-unreadable', 'Cannot read fact file: not valid UTF-8');
        return parseFactBytes(file, bytes);
      }
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    return parseFactFile(file, text);
  } catch (err) {
    const reason = err instanceof TypeError ? 'not valid UTF-8' : (err as Error).message;
    return problemFile(file, 'store-unreadable', `Cannot read fact file: ${reason}`);
  }
}

function problemFile(file: string, code: string, message: string) {
  return { entities: [], facts: [], problems: [{ file, line: 0, column: 0, code, message, severity: 'error' as const }] };
}

export interface StoreOptions {
  /** Include the bundled default store (default true). */
  includeDefault?: boolean;
  /** Workspace folders or files, in increasing priority. */
  paths?: string[];
  /** Text of open, unsaved fact files by absolute path. */
  overrides?: Map<string, string>;
  /**
   * Take the bundled store's snapshot without hashing the files first (the server's cold start);
   * snapshotStillCurrent() does the check afterwards.
   */
  deferSnapshotCheck?: boolean;
}

/** A snapshot taken unchecked (deferSnapshotCheck) and not checked since. */
let uncheckedSnapshot: { dir: string; files: string[]; hash: string } | undefined;

/**
 * Whether the snapshot the last deferSnapshotCheck load took still matches the bundled files
 * (true when there is nothing left to check). False means the store loaded from it may be
 * out of date: load it again (normally, which parses the changed files).
 */
export function snapshotStillCurrent(): boolean {
  const pending = uncheckedSnapshot;
  uncheckedSnapshot = undefined;
  if (!pending) return true;
  try {
    return hashStoreFiles(pending.dir, pending.files) === pending.hash;
  } catch {
    return false;
  }
}

export function loadFactStore(options: StoreOptions = {}): FactStore {
  const layers: StoreLayer[] = [];
  const def = options.includeDefault === false ? undefined : defaultStoreDir();
  const overrides = options.overrides?.size ? options.overrides : undefined;
  if (def) layers.push(defaultLayer(def, overrides, options.deferSnapshotCheck === true));
  if (options.paths?.length) layers.push(readLayer('workspace', options.paths, overrides));
  return buildStore(layers);
}

/** The bundled store: from the build's snapshot next to the bundle when it matches the files, else parsed. */
function defaultLayer(dir: string, overrides: Map<string, string> | undefined, deferCheck: boolean): StoreLayer {
  const files = listFactFiles(dir).map((f) => path.resolve(f));
  // A load that checks (or parses) supersedes an unchecked one.
  uncheckedSnapshot = undefined;
  if (!overrides || !files.some((f) => overrides.has(f))) {
    const snap = readSnapshotLayer('default', dir, files, path.resolve(__dirname, SNAPSHOT_FILE), !deferCheck);
    if (snap) {
      if (deferCheck) uncheckedSnapshot = { dir, files, hash: snap.hash };
      return snap;
    }
  }
  return readLayer('default', [dir], overrides);
}

/** Parses the store in `dir` and writes its snapshot to `outFile` (the build does this for the bundled store). */
export function writeStoreSnapshot(dir: string, outFile: string): { files: number; facts: number; problems: number } {
  const layer = readLayer('default', [dir]);
  writeSnapshot(path.resolve(dir), layer, outFile);
  const count = (k: 'facts' | 'problems') => layer.files.reduce((n, f) => n + f.parsed[k].length, 0);
  return { files: layer.files.length, facts: count('facts'), problems: count('problems') };
}
