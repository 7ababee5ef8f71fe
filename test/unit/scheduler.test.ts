// The server's analyse/publish schedule (server/src/lsp/scheduler.ts) on a fake clock: analyses
// take the time the draft's last analysis took, edits arrive at given times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PublishScheduler, PUBLISH_PAUSE_MS, ANALYSIS_INTERVAL_MS, SLOW_ANALYSIS_MS, runWhenIdle, IDLE_PROBE_MS, IDLE_UTILIZATION } from '../../server/src/lsp/scheduler.ts';

interface Timer { at: number; seq: number; run: () => void; cancelled: boolean }

/** One draft, edited at `editsAt` (ms); each analysis takes `analysisMs` of the fake clock. */
function simulate(editsAt: number[], analysisMs: number, opts: { immediateFirst?: boolean; forgetAt?: number; timerLatencyMs?: number } = {}) {
  let clock = 0;
  let seq = 0;
  let timers: Timer[] = [];
  let version = 0;
  let analysed = -1;
  const analyses: { at: number; version: number }[] = [];
  const publishes: { at: number; version: number; analysedBefore: boolean }[] = [];
  const analyseNewest = () => {
    if (analysed === version) return;
    analyses.push({ at: clock, version });
    clock += analysisMs; // the event loop is busy meanwhile
    analysed = version;
  };
  const scheduler = new PublishScheduler({
    analyse: analyseNewest,
    publish: () => {
      const analysedBefore = analysed === version;
      analyseNewest();
      publishes.push({ at: clock, version, analysedBefore });
    },
    typicalAnalysisMs: () => (analyses.length || opts.immediateFirst === undefined ? analysisMs : undefined),
    now: () => clock,
    setTimer: (run, ms) => {
      const t = { at: clock + ms, seq: seq++, run, cancelled: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      (t as Timer).cancelled = true;
    },
  });
  /** Run due timers in order until `until`; a timer due while the loop was busy runs late. */
  const runUntil = (until: number) => {
    for (;;) {
      timers = timers.filter((t) => !t.cancelled);
      const next = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next) break;
      timers.splice(timers.indexOf(next), 1);
      // Each timer callback starts a little after its turn comes (other callbacks, the collector).
      clock = Math.max(clock, next.at) + (opts.timerLatencyMs ?? 0);
      next.run();
    }
    clock = Math.max(clock, until);
  };
  editsAt.forEach((at, k) => {
    runUntil(at);
    if (opts.forgetAt !== undefined && opts.forgetAt <= clock) return;
    version++;
    scheduler.changed('file:///d.md', k === 0 && opts.immediateFirst === true);
    // vscode-languageserver reports an open as an open and a content change in the same tick.
    if (k === 0 && opts.immediateFirst === true) scheduler.changed('file:///d.md');
  });
  if (opts.forgetAt !== undefined) {
    runUntil(opts.forgetAt);
    scheduler.forget('file:///d.md');
  }
  runUntil(10_000);
  return { analyses, publishes, finalVersion: version };
}

test('a single edit to a fast draft: analysed at once, published after the pause from the cache', () => {
  const { analyses, publishes } = simulate([100], 20);
  assert.deepEqual(analyses, [{ at: 100, version: 1 }]);
  assert.equal(publishes.length, 1);
  assert.equal(publishes[0].version, 1);
  assert.ok(publishes[0].analysedBefore, 'the publish found the analysis done');
  // The analysis (20 ms) outlasts the pause: diagnostics go out when it ends, not a pause later.
  assert.equal(publishes[0].at, 120);
});

test('an analysis that outlasts the pause publishes as it ends, not when the overdue publish timer gets its turn', () => {
  const { publishes } = simulate([100], 20, { timerLatencyMs: 3 });
  assert.equal(publishes.length, 1);
  assert.ok(publishes[0].analysedBefore);
  // The analysis timer starts 3 ms late (103) and ends at 123; the publish goes out then, not 3 ms later.
  assert.equal(publishes[0].at, 123);
});

test('a single edit to a very fast draft is published after the pause, not before', () => {
  const { publishes } = simulate([100], 1);
  assert.equal(publishes.length, 1);
  assert.equal(publishes[0].at, 100 + PUBLISH_PAUSE_MS);
});

test('a burst of edits 30 ms apart: at most one analysis per interval, the last version published once the edits pause', () => {
  const editsAt = [0, 30, 60, 90, 120, 150, 180, 210];
  const { analyses, publishes, finalVersion } = simulate(editsAt, 20);
  for (let k = 1; k < analyses.length; k++) {
    assert.ok(analyses[k].at - analyses[k - 1].at >= ANALYSIS_INTERVAL_MS, `analyses ${JSON.stringify(analyses)}`);
  }
  assert.ok(analyses.length < editsAt.length, `${analyses.length} analyses for ${editsAt.length} edits`);
  const last = publishes[publishes.length - 1];
  assert.equal(last.version, finalVersion);
  assert.ok(last.at >= 210 + PUBLISH_PAUSE_MS, `published at ${last.at}`);
  assert.ok(last.at <= 210 + ANALYSIS_INTERVAL_MS + 20, `published at ${last.at}: more than an interval and an analysis after the last edit`);
  // Nothing is published twice for one version, and versions only go up.
  for (let k = 1; k < publishes.length; k++) assert.ok(publishes[k].version > publishes[k - 1].version, JSON.stringify(publishes));
});

test('a slow draft is analysed only once the edits pause', () => {
  const editsAt = [0, 30, 60, 90];
  const { analyses, publishes } = simulate(editsAt, SLOW_ANALYSIS_MS + 30);
  assert.deepEqual(analyses.map((a) => a.version), [4]);
  assert.deepEqual(publishes.map((p) => [p.at, p.version]), [[90 + SLOW_ANALYSIS_MS + SLOW_ANALYSIS_MS + 30, 4]]);
});

test('a just-opened draft is published on the next tick; one never analysed waits for a pause', () => {
  const opened = simulate([5], 30, { immediateFirst: true });
  assert.deepEqual(opened.publishes.map((p) => p.at), [5 + 30]);
  const unknown = simulate([5, 20], 30, { immediateFirst: false });
  assert.deepEqual(unknown.analyses.map((a) => a.version), [2]);
});

test('a forgotten (closed) draft fires nothing more', () => {
  const { analyses, publishes } = simulate([0, 30], 20, { forgetAt: 31 });
  assert.ok(publishes.every((p) => p.at <= 31), JSON.stringify(publishes));
  assert.ok(analyses.every((a) => a.at <= 31), JSON.stringify(analyses));
});

/** runWhenIdle on a fake clock: `busyUntil` ms of requests keep the loop at `load`, then it idles. */
function idleRun(busyUntil: number, load: number, maxWaitMs?: number): number | undefined {
  let clock = 0;
  let ranAt: number | undefined;
  const timers: { at: number; run: () => void }[] = [];
  runWhenIdle(
    () => (ranAt = clock),
    // The busy share of the window since the last probe (each probe window lies wholly before or after busyUntil here).
    () => (clock <= busyUntil ? load : 0.01),
    (run, ms) => void timers.push({ at: clock + ms, run }),
    maxWaitMs,
  );
  while (timers.length && ranAt === undefined) {
    const t = timers.shift()!;
    clock = t.at;
    t.run();
  }
  return ranAt;
}

test('background work waits out a burst of requests and runs once the loop is idle', () => {
  assert.equal(idleRun(0, 0.6), IDLE_PROBE_MS, 'an idle loop: after one probe');
  assert.equal(idleRun(450, 0.6), 5 * IDLE_PROBE_MS, 'the first idle probe after the burst');
  assert.equal(idleRun(450, IDLE_UTILIZATION / 2), IDLE_PROBE_MS, 'a light load is no burst');
});

test('background work runs after the longest wait however busy the loop stays', () => {
  assert.equal(idleRun(Infinity, 0.9, 1000), 1000);
  assert.equal(idleRun(Infinity, 0.9), 10_000, 'ten seconds by default');
});
