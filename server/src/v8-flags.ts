// V8 flags the server, the CLI and the bench set at run time, before the first analysis. Each is left alone when
// node's command line gave it (the extension passes both: client/src/serverFlags.ts); then node:v8, which setting a
// flag at run time needs, is not loaded (~3 ms of a cold start).

/** Sets a V8 flag through node:v8; false when the runtime refuses (it then runs as before). */
function setV8Flag(flag: string, setFlags?: (flags: string) => void): boolean {
  try {
    (setFlags ?? (require('node:v8') as typeof import('node:v8')).setFlagsFromString)(flag);
    return true;
  } catch {
    return false;
  }
}

// V8 runs a regular expression's first match in its bytecode interpreter and compiles it to machine
// code when it runs again ("tier-up"). The analysis runs several hundred expressions a few times
// each on a draft, so the first analysis paid for both compilations: 132 ms for the example against
// 90 ms with each expression compiled once, to machine code (warm analyses are the same either way).
const NO_REGEXP_TIER_UP = '--no-regexp-tier-up';

/** Compile each regular expression straight to machine code (call before the first analysis). */
export function compileRegexpsOnce(execArgv: readonly string[] = process.execArgv): void {
  if (!execArgv.includes(NO_REGEXP_TIER_UP)) setV8Flag(NO_REGEXP_TIER_UP);
}

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
  return !heapGrowthGiven(execArgv) && setV8Flag(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, setFlags);
}
