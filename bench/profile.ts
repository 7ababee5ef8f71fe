// A loop to run under a profiler, bundled with the bench (npm run bench builds it):
//   node --cpu-prof dist/profile.js example|mb|keystroke|drafts [seconds]
// example: full analyses of examples/stargate-zh.md; mb: full analyses of a 1 MB synthetic draft;
// keystroke: one character typed at successive lines of a 1 MB draft, each analysis updated from the
// previous one as the server does; drafts: 100 different 14 KB drafts once each (the bench's memory scenario). The profile (CPU.*.cpuprofile) opens in Chrome's DevTools.
import { analyze, AnalysisMemo } from '../server/src/core/analyze.ts';
import { loadFactStore } from '../server/src/facts/load.ts';
import { chunkedDocuments } from '../server/src/lsp/document.ts';
import { EXAMPLE, makeDraft } from './corpus.ts';
import { compileRegexpsOnce } from '../server/src/v8-flags.ts';

compileRegexpsOnce();
const store = loadFactStore({ includeDefault: true });
const mode = process.argv[2] ?? 'example';
const seconds = Number(process.argv[3] ?? 10);
const until = performance.now() + seconds * 1000;
let runs = 0;
if (mode === 'example') {
  for (; performance.now() < until; runs++) analyze(EXAMPLE, {}, store);
} else if (mode === 'mb') {
  const draft = makeDraft(1024 * 1024, 3);
  for (; performance.now() < until; runs++) analyze(draft, {}, store);
} else if (mode === 'keystroke') {
  const text = makeDraft(1024 * 1024, 9);
  const memo = new AnalysisMemo();
  const doc = chunkedDocuments.create('file:///bench.md', 'markdown', 1, text);
  let previous = analyze(doc.content, { memo }, store);
  const middle = Math.floor(text.split('\n').length / 2);
  for (; performance.now() < until; runs++) {
    const line = middle + (runs % 60) * 2;
    chunkedDocuments.update(doc, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }], runs + 2);
    previous = analyze(doc.content, { memo, previous }, store);
  }
} else if (mode === 'drafts') {
  // The bench's memory scenario: 100 different 14 KB drafts analysed once each, as when a folder is opened.
  for (; runs < 100; runs++) analyze(makeDraft(14 * 1024, 100 + runs), {}, store);
} else throw new Error(`unknown mode ${mode}: example, mb, keystroke or drafts`);
console.log(`${mode}: ${runs} analyses in ${seconds} s`);
