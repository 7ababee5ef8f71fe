// npm run bench: speed and memory of the analysis, the fact store and the server, with a reference
// point (@microsoft/recognizers-text-suite) on the same text. Prints tables; docs/performance.md
// records a run. Sizes are UTF-8 bytes of synthetic drafts (bench/corpus.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { analyze, AnalysisMemo } from '../server/src/core/analyze.ts';
import { maskText } from '../server/src/core/text/mask.ts';
import { splitSentences } from '../server/src/core/text/sentences.ts';
import { recognizeFigures } from '../server/src/core/figures/index.ts';
import { findMentions } from '../server/src/core/entities/index.ts';
import { attachClaims } from '../server/src/core/claims/index.ts';
import { loadFactStore } from '../server/src/facts/load.ts';
import { chunkedDocuments } from '../server/src/lsp/document.ts';
import { parseFactFileSlow } from '../server/src/facts/parse.ts';
import { EXAMPLE, ROOT, makeDraft, makeStoreYaml } from './corpus.ts';
import { SERVER_NODE_FLAGS } from '../client/src/serverFlags.ts';
import { compileRegexpsOnce } from '../server/src/v8-flags.ts';

const only = process.argv[2]; // optional: analysis | store | server | reference ('throughput SIZE' prints one row for analysis)
const MB = 1024 * 1024;
const now = () => performance.now();
function time(f: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const a = now();
    f();
    best = Math.min(best, now() - a);
  }
  return best;
}
function table(title: string, head: string[], rows: (string | number)[][]): void {
  console.log(`\n### ${title}\n`);
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const bytes = (s: string) => Buffer.byteLength(s);

const store = loadFactStore({ includeDefault: true });

/** One row of the throughput table, measured in a process of its own (see analysisBench). */
function throughputRow(size: number): (string | number)[] {
  const draft = makeDraft(size, 3);
  const b = bytes(draft) / MB;
  // The first analysis of a draft this size runs while the JIT compiles for it (a 1 MB draft's first
  // runs take 0.6-1 s, the fifth ~0.2 s, the tenth and later ~0.09 s): reported apart, then warm runs.
  const first = time(() => analyze(draft, {}, store), 1);
  // Warm for at least 1.5 s: in a process of its own the 10 KB draft has no 2,000 earlier analyses.
  const warmFrom = now();
  for (let i = 0, warmups = size <= MB ? 5 : 2; i < warmups || now() - warmFrom < 1500; i++) analyze(draft, {}, store);
  const runs = size <= 100 * 1024 ? 20 : size <= MB ? 10 : 3;
  const full = time(() => analyze(draft, {}, store), runs);
  const masked = maskText(draft, 'markdown');
  const rec = time(() => recognizeFigures(masked), runs);
  const m = new AnalysisMemo(64 * MB);
  analyze(draft, { memo: m }, store);
  const memoised = time(() => analyze(draft, { memo: m }, store), Math.min(runs, 3));
  return [`${(size / 1024).toFixed(0)} KB`, f1(first), f1(full), f1(b / (full / 1000)), f1(rec), f1(b / (rec / 1000)), f1(memoised), f1(b / (memoised / 1000))];
}

function analysisBench(): void {
  // Warm means the JIT has settled: the best of 300 runs still fell from 1.04 ms after 500 runs to
  // 0.94 ms after 3,000, and a server analyses a draft on every pause in typing.
  for (let i = 0; i < 2000; i++) analyze(EXAMPLE, {}, store);
  const exRuns: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const a = now();
    analyze(EXAMPLE, {}, store);
    exRuns.push(now() - a);
  }
  const exCold = Math.min(...exRuns);
  const memo = new AnalysisMemo();
  analyze(EXAMPLE, { memo }, store);
  const exMemo = time(() => analyze(EXAMPLE, { memo }, store), 300);
  const exMasked = maskText(EXAMPLE, 'markdown');
  const exRec = time(() => recognizeFigures(exMasked), 300);
  table('Analysis of examples/stargate-zh.md (14 KB), warm JIT (after 2,000 analyses), best of 300 unless said', ['what', 'ms'], [
    ['full analysis, no paragraph memo, best of 1,000', f2(exCold)],
    ['full analysis, no paragraph memo, median of the same 1,000', f2(pct(exRuns, 50))],
    ['full analysis, paragraphs memoised (re-analysis after an edit elsewhere)', f2(exMemo)],
    ['recognizer alone (recognizeFigures on masked text)', f2(exRec)],
  ]);

  // Each size in a process of its own: run one after another in this process, the 10 MB draft was
  // analysed at 5.8 MB/s with the heap the smaller sizes had left, at 9.0 MB/s alone.
  const rows = [10 * 1024, 100 * 1024, MB, 4 * MB, 10 * MB].map((size) =>
    JSON.parse(execFileSync(process.execPath, [process.argv[1], 'throughput', String(size)], { encoding: 'utf8', maxBuffer: MB })) as (string | number)[]);
  table('Throughput on synthetic drafts (mixed Chinese/English paragraphs with figures), warm unless said', ['size', 'first analysis ms', 'full ms', 'full MB/s', 'recognizer ms', 'recognizer MB/s', 'memoised full ms', 'memoised MB/s'], rows);

  const draft = makeDraft(MB, 5);
  const masked = maskText(draft, 'markdown');
  const sentences = splitSentences(masked);
  const figures = recognizeFigures(masked);
  const mentions = findMentions(masked, store);
  // The throughput rows ran in processes of their own: warm the JIT for a draft this size here.
  for (let i = 0; i < 5; i++) analyze(draft, {}, store);
  const r = 5;
  const stages: [string, number][] = [
    ['mask', time(() => maskText(draft, 'markdown'), r)],
    ['sentences', time(() => splitSentences(masked), r)],
    ['figures (recognizer)', time(() => recognizeFigures(masked), r)],
    ['entity mentions', time(() => findMentions(masked, store), r)],
    ['claims', time(() => attachClaims({ text: masked, sentences, figures, mentions, store }), r)],
  ];
  const full = time(() => analyze(draft, {}, store), r);
  stages.push(['checks and the rest (full − stages)', full - stages.reduce((s, x) => s + x[1], 0)], ['full', full]);
  table(`Stages on a 1 MB draft (${figures.length} figures, ${mentions.length} mentions)`, ['stage', 'ms'], stages.map(([k, v]) => [k, f1(v)]));

  // A keystroke as the server sees it: one character typed at the start of successive lines in the
  // middle of the draft, applied to the open document (lsp/document.ts, chunks) and the analysis
  // updated from the previous one (analyze's `previous`).
  {
    const text = makeDraft(MB, 9);
    const memo = new AnalysisMemo();
    const doc = chunkedDocuments.create('file:///bench.md', 'markdown', 1, text);
    let previous = analyze(doc.content, { memo }, store);
    const lines = text.split('\n');
    const mid = Math.floor(lines.length / 2);
    const lat: number[] = [];
    for (let k = 0; k < 120; k++) {
      const line = mid + (k % 60) * 2;
      const a = now();
      chunkedDocuments.update(doc, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }], k + 2);
      previous = analyze(doc.content, { memo, previous }, store);
      lat.push(now() - a);
    }
    table('Keystroke in a 1 MB draft, in process: the open document edited and its analysis updated from the previous one (120 keystrokes)', ['what', 'ms'], [
      ['median', f1(pct(lat, 50))],
      ['p90', f1(pct(lat, 90))],
      ['fastest', f1(Math.min(...lat))],
    ]);
  }
}

function storeBench(): void {
  const rows: (string | number)[][] = [];
  for (const n of [10_000, 100_000]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-bench-store-'));
    const yaml = makeStoreYaml(n);
    fs.writeFileSync(path.join(dir, 'big.yaml'), yaml);
    const a = now();
    const s = loadFactStore({ includeDefault: false, paths: [dir] });
    const fast = now() - a;
    let slow = '—';
    if (n <= 10_000) {
      const b = now();
      parseFactFileSlow('big.yaml', yaml);
      slow = f1(now() - b);
    }
    rows.push([n, f1(yaml.length / MB), f1(fast), slow, s.facts.size, s.problems.length]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  table('Fact store load (synthetic YAML, one file)', ['facts', 'MB', 'load ms (fast path)', 'parse ms with yaml parseDocument', 'facts loaded', 'problems'], rows);
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function serverBench(): Promise<void> {
  const { TestClient } = await import(pathToFileURL(path.join(ROOT, 'test', 'protocol', 'lsp-client.mjs')).href);
  const rows: (string | number)[][] = [];
  const uri = pathToFileURL(path.join(ROOT, 'examples', 'stargate-zh.md')).href;
  // Cold start: spawn → initialize → didOpen → first diagnostics. The first start ever compiles the
  // bundle and writes the V8 code cache (server/src/launch.ts); the later ones start from it.
  const codeCache = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-bench-code-cache-'));
  const env = { INFRA_FACTCHECK_CODE_CACHE: path.join(codeCache, 'cache'), INFRA_FACTCHECK_CODE_CACHE_LOG: '1' };
  const starts: number[] = [];
  let firstStart = NaN;
  for (let i = 0; i < 4; i++) {
    const a = now();
    const c = new TestClient({ nodeArgs: SERVER_NODE_FLAGS, env });
    await c.initialize();
    c.open(uri, EXAMPLE);
    await c.diagnosticsFor(uri, 1, 10000);
    if (i === 0) firstStart = now() - a;
    else starts.push(now() - a);
    // The cache is written just after the first diagnostics; later starts must have used it.
    await c.waitFor(() => /code cache: (written|used)/.test(c.stderr), 10000, 'the code cache');
    if (i > 0 && !/code cache: used/.test(c.stderr)) throw new Error(`start ${i + 1} did not use the code cache: ${c.stderr}`);
    if (i < 3) await c.close();
    else {
      rows.push(...(await hoverRows(c, uri, 'stdio')));
      await c.close();
    }
  }
  fs.rmSync(codeCache, { recursive: true, force: true });
  rows.unshift(
    ['cold start to first diagnostics (spawn → publishDiagnostics), with the code cache of an earlier start, median of 3, ms', f1(pct(starts, 50))],
    ['cold start to first diagnostics, first start ever (compiles, writes the code cache), ms', f1(firstStart)],
  );

  // Keystrokes in a 1 MB draft, over both transports; then hovers over the VS Code one.
  rows.push(...(await keystrokeRows(TestClient, 'stdio')));
  rows.push(...(await keystrokeRows(TestClient, 'ipc')));
  {
    const c = new TestClient({ nodeArgs: SERVER_NODE_FLAGS, transport: 'ipc' });
    await c.initialize();
    c.open(uri, EXAMPLE);
    await c.diagnosticsFor(uri, 1, 10000);
    rows.push(...(await hoverRows(c, uri, 'ipc')));
    await c.close();
  }
  // Where a hover's time goes: the same hovers on a server that times each request inside itself
  // (bench/server-timing.cjs), next to the round trip the client sees in the same run.
  {
    const timingFile = path.join(os.tmpdir(), `ifc-bench-timing-${process.pid}.json`);
    const c = new TestClient({ nodeArgs: [...SERVER_NODE_FLAGS, '--require', path.join(ROOT, 'bench', 'server-timing.cjs')], transport: 'ipc', env: { INFRA_FACTCHECK_TIMING_FILE: timingFile } });
    await c.initialize();
    c.open(uri, EXAMPLE);
    await c.diagnosticsFor(uri, 1, 10000);
    const [, roundTrip] = await hoverRows(c, uri, 'ipc');
    await c.close();
    // The second round of figure hovers, the one a server open for a while answers (hoverRows).
    const inside: number[] = JSON.parse(fs.readFileSync(timingFile, 'utf8')).slice(2000, 4000);
    fs.rmSync(timingFile, { force: true });
    rows.push([`ipc: hover on figures, inside the server (request delivered → response handed to the channel, the next ${inside.length} requests), p50 / p99 ms; the client's round trip in the same run`, `${f2(pct(inside, 50))} / ${f2(pct(inside, 99))}; ${roundTrip[1]}`]);
  }

  // The floor under both: the same number of round trips to a process that answers at once.
  {
    const { fork } = await import('node:child_process');
    const echo = fork(path.join(ROOT, 'bench', 'ipc-echo.cjs'));
    await new Promise((r) => echo.once('spawn', r));
    const lat: number[] = [];
    for (let k = 0; k < 2000; k++) {
      const b = now();
      await new Promise((r) => {
        echo.once('message', r);
        echo.send({ jsonrpc: '2.0', id: k, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 3, character: 4 } } });
      });
      lat.push(now() - b);
    }
    echo.kill();
    rows.push(['ipc: the floor, a process that answers each message at once (no language server, 2000 round trips), p50 / p99 ms', `${f2(pct(lat, 50))} / ${f2(pct(lat, 99))}`]);
  }

  // Memory: 10,000-fact workspace store, 100 open drafts.
  {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-bench-ws-'));
    fs.mkdirSync(path.join(ws, 'facts'));
    fs.writeFileSync(path.join(ws, 'facts', 'synthetic.yaml'), makeStoreYaml(10_000));
    const c = new TestClient({ workspace: ws, nodeArgs: SERVER_NODE_FLAGS });
    const a = now();
    await c.initialize();
    await c.waitFor(() => c.notifications.find((n: { method: string; params: { facts: number } }) => n.method === 'infraFactcheck/storeStatus' && n.params.facts > 5000), 60000, 'store');
    const storeMs = now() - a;
    const rssStore = rssOf(c.proc.pid);
    const uris: string[] = [];
    for (let k = 0; k < 100; k++) {
      const u = pathToFileURL(path.join(ws, `draft-${k}.md`)).href;
      uris.push(u);
      c.open(u, makeDraft(14 * 1024, 100 + k));
    }
    for (const u of uris) await c.diagnosticsFor(u, 1, 60000);
    const rss = rssOf(c.proc.pid);
    // The peak right after the opens holds the garbage of 100 analyses; idle for a few seconds, V8's memory
    // reducer collects it (136-145 MB in earlier runs after 3 s).
    await new Promise((r) => setTimeout(r, 5000));
    const rssIdle = rssOf(c.proc.pid);
    rows.push(['10,000-fact workspace store: initialize → store loaded, ms', f1(storeMs)]);
    rows.push(['resident memory with the 10,000-fact store, MB', f1(rssStore)]);
    rows.push(['resident memory with the store and 100 open 14 KB drafts, right after the last diagnostics, MB', f1(rss)]);
    rows.push(['the same, 5 s later (idle), MB', f1(rssIdle)]);
    await c.close();
    fs.rmSync(ws, { recursive: true, force: true });
  }
  table(`Server (node ${SERVER_NODE_FLAGS.join(' ')} dist/server.js, the flags the extension uses) over stdio, as Neovim and most editors start it, and over node IPC, as the VS Code extension does`, ['measure', 'value'], rows);
}

/** Hover latency on a client that has the example open. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function hoverRows(c: any, uri: string, transport: string): Promise<(string | number)[][]> {
  const { positionOf } = await import(pathToFileURL(path.join(ROOT, 'test', 'protocol', 'lsp-client.mjs')).href);
  const rows: (string | number)[][] = [];
  // Hovers on every figure, many times.
  const analysis = analyze(EXAMPLE, {}, store);
  const positions = analysis.figures.map((f) => positionOf(EXAMPLE, EXAMPLE.slice(f.offset, f.offset + f.length), 1));
  // Two rounds of 2000: the first after the server's start, while V8 still compiles the hover path
  // and tiers it up (its slow requests are spread over the whole round, not only the first ones);
  // the second as a server that has been open for a while answers. Both are reported.
  for (const round of ['first 2000 after the start', 'the next 2000']) {
    const lat: number[] = [];
    for (let k = 0; k < 2000; k++) {
      const b = now();
      await c.request('textDocument/hover', { textDocument: { uri }, position: positions[k % positions.length] });
      lat.push(now() - b);
    }
    rows.push([`${transport}: hover on figures of the example (${round}), p50 / p99 ms`, `${f2(pct(lat, 50))} / ${f2(pct(lat, 99))}`]);
  }
  // The same round trip for a hover that finds nothing (an empty line): what the transport and
  // the two processes' scheduling cost on this machine, whatever the hover does.
  const blankLine = EXAMPLE.split('\n').findIndex((l) => l.trim() === '');
  const floor: number[] = [];
  for (let k = 0; k < 2000; k++) {
    const b = now();
    await c.request('textDocument/hover', { textDocument: { uri }, position: { line: blankLine, character: 0 } });
    floor.push(now() - b);
  }
  rows.push([`${transport}: hover on an empty line (the round trip alone, 2000 requests), p50 / p99 ms`, `${f2(pct(floor, 50))} / ${f2(pct(floor, 99))}`]);
  return rows;
}

/** Keystrokes in a 1 MB draft, over one transport. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function keystrokeRows(TestClient: any, transport: 'stdio' | 'ipc'): Promise<(string | number)[][]> {
  const rows: (string | number)[][] = [];
  const c = new TestClient({ nodeArgs: SERVER_NODE_FLAGS, transport });
  await c.initialize();
  const big = makeDraft(MB, 9);
  const bigUri = 'file:///tmp/ifc-bench-big.md';
  c.open(bigUri, big);
  const a = now();
  await c.diagnosticsFor(bigUri, 1, 60000);
  const first = now() - a;
  const lines = big.split('\n');
  const lat: number[] = [];
  // 40 keystrokes: on this 2-core machine the median of fewer moved by several ms between runs.
  for (let k = 0; k < 40; k++) {
    const line = Math.floor(lines.length / 2) + k * 2;
    // A keystroke some time after the last one (typing at about 6 characters a second).
    await new Promise((r) => setTimeout(r, 150));
    const b = now();
    const v = c.change(bigUri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }]);
    await c.diagnosticsFor(bigUri, v, 30000);
    lat.push(now() - b);
  }
  // A fast typist: bursts of 8 keystrokes 30 ms apart (the server analyses at most once per 50 ms
  // while typing); latency from the burst's last keystroke to the diagnostics of its version.
  const burst: number[] = [];
  for (let k = 0; k < 8; k++) {
    const line = Math.floor(lines.length / 2) + 100 + k * 2;
    let v = 0;
    let b = 0;
    for (let j = 0; j < 8; j++) {
      b = now();
      v = c.change(bigUri, [{ range: { start: { line, character: j }, end: { line, character: j } }, text: 'y' }]);
      if (j < 7) await new Promise((r) => setTimeout(r, 30));
    }
    await c.diagnosticsFor(bigUri, v, 30000);
    burst.push(now() - b);
  }
  rows.push([`${transport}: 1 MB draft: first diagnostics after didOpen, ms`, f1(first)]);
  // The first keystroke after the open is not counted: the open's analysis took longer than
  // SLOW_ANALYSIS_MS, so that one waits for a pause (lsp/scheduler.ts).
  const typed = lat.slice(1);
  rows.push([`${transport}: 1 MB draft: keystroke 150 ms after the last → fresh diagnostics (all of it: pause, analysis, transport), median / p90 / max ms`, `${f1(pct(typed, 50))} / ${f1(pct(typed, 90))} / ${f1(Math.max(...typed))}`]);
  rows.push([`${transport}: 1 MB draft: the first keystroke after the open (analysed after a 50 ms pause), ms`, f1(lat[0])]);
  rows.push([`${transport}: 1 MB draft: burst of 8 keystrokes 30 ms apart, last keystroke → fresh diagnostics, median / max ms`, `${f1(pct(burst, 50))} / ${f1(Math.max(...burst))}`]);
  await c.close();
  return rows;
}

async function referenceBench(): Promise<void> {
  const R = await import('@microsoft/recognizers-text-suite');
  const rec = (R as unknown as { default?: typeof R }).default ?? R;
  const ours = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bin', 'infra-factcheck.js'), 'check', 'examples/stargate-zh.md', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * MB }).toString() || '{}');
  const figs: { offset: number; length: number; text: string; value: number | null; low: number | null }[] = ours.files[0].figures;
  const fns = ['recognizeNumber', 'recognizeCurrency', 'recognizeDimension', 'recognizePercentage'] as const;
  const results: { start: number; end: number; text: string; resolution?: { value?: string } }[] = [];
  const a = now();
  for (const fn of fns) results.push(...(rec as any)[fn](EXAMPLE, rec.Culture.Chinese));
  const theirs = now() - a;
  const b = now();
  for (const fn of fns) (rec as any)[fn](EXAMPLE, rec.Culture.Chinese);
  const theirsWarm = now() - b;
  const masked = maskText(EXAMPLE, 'markdown');
  // Ours after 200 runs, as in a server that analyses the draft at every pause in typing; theirs on
  // its second call (one takes ~1.7 s).
  for (let i = 0; i < 200; i++) analyze(EXAMPLE, {}, store);
  const oursMs = time(() => analyze(EXAMPLE, {}, store), 20);
  const oursRec = time(() => recognizeFigures(masked), 20);
  let overlap = 0;
  let sameValue = 0;
  for (const f of figs) {
    const hits = results.filter((r) => r.start < f.offset + f.length && f.offset < r.end + 1);
    if (hits.length) overlap++;
    const v = f.value ?? f.low;
    if (v != null && hits.some((h) => { const x = Number(h.resolution?.value); return Number.isFinite(x) && Math.abs(x - v) <= Math.abs(v) * 0.01; })) sameValue++;
  }
  table('Reference point on examples/stargate-zh.md: @microsoft/recognizers-text-suite 1.3.1 (zh-cn: number, currency, dimension, percentage)', ['', 'ours', 'recognizers-text'], [
    ['time, first call ms', '—', f1(theirs)],
    ['time, warm ms', `${f2(oursMs)} (full analysis) / ${f2(oursRec)} (recognizer)`, f1(theirsWarm)],
    ['figures found (ours: CLI JSON)', figs.length, `${results.length} results`],
    ['of our figures, overlapped by a result of theirs', '—', overlap],
    ['of our figures, resolved by them to the same value (±1%, any unit)', '—', sameValue],
  ]);
}

const SECTIONS = ['analysis', 'store', 'server', 'reference'] as const;

async function main(): Promise<void> {
  // As the server and the CLI run (server/src/v8-flags.ts).
  compileRegexpsOnce();
  const started = now();
  if (!only) {
    // Each section in a process of its own: the analysis section leaves a heap of several hundred
    // MB and JIT state behind, and the bench process is also the server section's LSP client,
    // whose collector pauses then showed up as hover latency the server never had.
    for (const section of SECTIONS) execFileSync(process.execPath, [process.argv[1], section], { stdio: 'inherit' });
  } else if (only === 'analysis') analysisBench();
  else if (only === 'store') storeBench();
  else if (only === 'server') await serverBench();
  else if (only === 'reference') await referenceBench();
  else if (only === 'throughput') console.log(JSON.stringify(throughputRow(Number(process.argv[3]))));
  else throw new Error(`unknown section ${only}: one of ${SECTIONS.join(', ')}`);
  if (!only) console.log(`\n(bench took ${((now() - started) / 1000).toFixed(0)} s; node ${process.version}, ${os.cpus().length} cores)`);
  process.exit(0);
}
void main();
