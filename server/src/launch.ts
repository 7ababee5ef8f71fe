// dist/server.js: starts the language server (dist/server-main.js) through V8's code cache. The
// first start compiles the 1 MB bundle as usual and, once it has published its first diagnostics,
// saves the bytecode of everything it ran; later starts skip that compilation (cold start to first
// diagnostics ~300 → ~220 ms on the bench machine). Anything wrong with the cache falls back to a
// plain require: the cache only ever saves time.
//
// The cache lives in a folder of the user's own (INFRA_FACTCHECK_CODE_CACHE, which the extension
// points at its global storage, else ~/.cache/infra-factcheck; "off" disables it), never in a
// shared temporary folder: loaded bytecode runs as code. Its file name carries the bundle's
// content hash and the Node version, so an updated server or another runtime never reads it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { isAscii } from 'node:buffer';
import { createRequire, Module } from 'node:module';
import { compileRegexpsOnce, limitHeapGrowth } from './v8-flags.ts';

declare const SERVER_MAIN_HASH: string;

const MAIN = path.join(__dirname, 'server-main.js');
/** INFRA_FACTCHECK_CODE_CACHE_LOG=1: one stderr line per decision (for the tests). */
const log = (msg: string) => process.env.INFRA_FACTCHECK_CODE_CACHE_LOG === '1' && process.stderr.write(`infra-factcheck code cache: ${msg}\n`);

function cacheDir(): string | undefined {
  const configured = process.env.INFRA_FACTCHECK_CODE_CACHE;
  if (configured === 'off') return undefined;
  if (configured) return configured;
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'infra-factcheck');
}

/** The folder is the user's and not writable by others (on POSIX). */
function private_(dir: string): boolean {
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  const st = fs.statSync(dir);
  return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o022) === 0;
}

/** The bundle's module function, compiled with the cache when there is a usable one. */
function compileWithCodeCache(dir: string): () => void {
  // The build writes the bundle in ASCII (scripts/ascii-only.mjs): decoded as latin1 it is the same string,
  // without the UTF-8 decoder's pass over 1.5 MB (~4 ms of a cold start here).
  const bytes = fs.readFileSync(MAIN);
  const source = bytes.toString(typeof isAscii === 'function' && isAscii(bytes) ? 'latin1' : 'utf8');
  const file = path.join(dir, `server-${SERVER_MAIN_HASH}-${process.version}-${process.arch}.bin`);
  let cached: Buffer | undefined;
  try {
    if (private_(dir)) cached = fs.readFileSync(file);
  } catch {
    cached = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: MAIN, cachedData: cached });
  const decision = !cached ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  // Said once the first diagnostics are out: opening stderr before them costs the start ~2 ms.
  process.once('infraFactcheckWarm', () => log(decision));
  if (!cached || script.cachedDataRejected === true) {
    // server-main.js emits this once its first diagnostics are out: by then the bytecode of the
    // store loader and of a whole analysis is there to be saved.
    process.once('infraFactcheckWarm', () => setImmediate(() => saveCodeCache(dir, file, script)));
  }
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  const mainModule = { exports: {}, filename: MAIN, id: MAIN, loaded: false };
  return () => wrapper.call(mainModule.exports, mainModule.exports, createRequire(MAIN), mainModule, MAIN, __dirname);
}

/** A cache file of this launcher (any bundle hash, Node version and architecture). */
const STALE_CACHE = /^server-[0-9a-f]{16}-v[\d.]+-[\w]+\.bin$/;

function saveCodeCache(dir: string, file: string, script: vm.Script): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!private_(dir)) return void log('folder not private, not written');
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(tmp, file);
    log('written');
    // Caches of other bundles (an earlier version of the extension, another Node) would pile up, 1 MB each.
    for (const name of fs.readdirSync(dir)) {
      if (STALE_CACHE.test(name) && path.join(dir, name) !== file) fs.rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // A read-only or full disk: the next start compiles again.
  }
}

compileRegexpsOnce();
limitHeapGrowth();
let run: (() => void) | undefined;
const dir = cacheDir();
if (dir) {
  try {
    run = compileWithCodeCache(dir);
  } catch (err) {
    process.stderr.write(`infra-factcheck: starting without the code cache (${(err as Error).message})\n`);
  }
}
if (run) run();
else createRequire(__filename)(MAIN);
