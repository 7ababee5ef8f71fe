// V8 grows the old generation by a factor it picks from its collector's speed (up to 4x the live heap on this
// machine's budget), so a server that has just analysed a folder of drafts holds their promoted garbage until the
// next full collection. A long-lived language server trades a few more collections for memory: with the old
// generation grown by 30% over what was live, the bench's 100 open drafts + 10,000-fact store left 128.7-132.6 MB
// resident right after the opens against 153.8-154.1 MB, and the 1 MB keystroke's median was no slower
// (docs/performance.md, 2026-12-07 third session).
export const HEAP_GROWING_PERCENT = 30;

/** Whether node was started with a heap-growing flag of its own (a user's choice wins). */
export function heapGrowthGiven(execArgv: readonly string[]): boolean {
  return execArgv.some((a) => /^--heap[-_]growing[-_]percent(?:=|$)/.test(a));
}

/** Grow the old generation by HEAP_GROWING_PERCENT unless node's command line set it (call before the bundle loads). */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv, setFlags?: (flags: string) => void): boolean {
  // (Given on node's command line, as the extension does, node:v8 is not loaded: ~3 ms of a cold start.)
  if (heapGrowthGiven(execArgv)) return false;
  try {
    (setFlags ?? (require('node:v8') as typeof import('node:v8')).setFlagsFromString)(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    return true;
  } catch {
    // A runtime without the flag grows its heap as before.
    return false;
  }
}
