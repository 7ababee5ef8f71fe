// V8 runs a regular expression's first match in its bytecode interpreter and compiles it to machine
// code when it runs again ("tier-up"). The analysis runs several hundred expressions a few times
// each on a draft, so the first analysis paid for both compilations: 132 ms for the example against
// 90 ms with each expression compiled once, to machine code (warm analyses are the same either way).

const FLAG = '--no-regexp-tier-up';

/** Compile each regular expression straight to machine code (call before the first analysis). */
export function compileRegexpsOnce(execArgv: readonly string[] = process.execArgv): void {
  // Given on node's command line (the extension's flags, client/src/serverFlags.ts): node:v8, which
  // setting it at run time needs, is not loaded (~3 ms of a cold start).
  if (execArgv.includes(FLAG)) return;
  try {
    (require('node:v8') as typeof import('node:v8')).setFlagsFromString(FLAG);
  } catch {
    // A runtime without the flag: expressions tier up as before, nothing else changes.
  }
}
