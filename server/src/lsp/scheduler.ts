// When to analyse an edited draft and when to publish its diagnostics. Protocol-free: the server
// passes in what analysing and publishing mean, and a clock (the tests pass a fake one).

export interface SchedulerHooks {
  /** Analyse the draft's newest version (the cache keeps it by version). */
  analyse(uri: string): void;
  /** Publish the newest version's diagnostics, analysing it first when the cache has not. */
  publish(uri: string): void;
  /** Milliseconds an analysis of the draft usually takes; undefined before the first. */
  typicalAnalysisMs(uri: string): number | undefined;
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

/**
 * Milliseconds on a monotonic clock. Not performance.now(): in Node 20 the global `performance`
 * loads perf_hooks on first use, ~2 ms of a cold start spent before the first diagnostics.
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Quiet time after the last edit before diagnostics are shown: enough for the pieces of one edit a
 * client sends in a row (a snippet, an IME composition, a multi-cursor change), far below the
 * 60 ms or more between a fast typist's keystrokes, which no pause can wait out without making
 * every keystroke's diagnostics late. (15 ms until 2026-12-07: a keystroke in a 1 MB draft,
 * whose update takes about as long, then waited for the clock: 28–30 ms median against 24–27.)
 */
export const PUBLISH_PAUSE_MS = 5;
/** Least time between the starts of two analyses of one draft while it is being edited. */
export const ANALYSIS_INTERVAL_MS = 50;
/** A draft whose analysis takes this long is analysed only once the typing pauses for as long. */
export const SLOW_ANALYSIS_MS = 50;

interface DraftTimers {
  publish?: unknown;
  analysis?: unknown;
  /** The pause has passed while an analysis was still due: that analysis publishes. */
  publishDue: boolean;
  /** The pending publish is an immediate one (a just-opened draft). */
  immediate: boolean;
  /** When the pending publish falls due. */
  publishAt: number;
  lastAnalysisStart: number;
}

/**
 * The pause holds back what the user sees, not the work: an edited draft is analysed as soon as
 * the server is free, at most once per interval (a few times its analysis time, up to
 * ANALYSIS_INTERVAL_MS), and diagnostics go out once the edits have paused for PUBLISH_PAUSE_MS,
 * from the cache when the analysis is done by then. An analysis of a version that a newer edit
 * replaced is not lost: the next analysis updates it instead of starting over. Drafts slower than
 * SLOW_ANALYSIS_MS are analysed once, after a pause of that length.
 */
export class PublishScheduler {
  private drafts = new Map<string, DraftTimers>();

  constructor(private hooks: SchedulerHooks) {}

  /** The draft changed (or must be checked again). `immediate`: publish on the next tick (a just-opened draft). */
  changed(uri: string, immediate = false): void {
    const t = this.timersOf(uri);
    const h = this.hooks;
    // An open is followed at once by a content change (vscode-languageserver reports both): the
    // publish already due on the next tick reads the newest version anyway.
    if (t.immediate && t.publish !== undefined) return;
    t.immediate = immediate;
    if (t.publish !== undefined) h.clearTimer(t.publish);
    t.publishDue = false;
    const last = h.typicalAnalysisMs(uri);
    if (immediate || last === undefined || last >= SLOW_ANALYSIS_MS) {
      t.publishAt = h.now() + (immediate ? 0 : SLOW_ANALYSIS_MS);
      t.publish = h.setTimer(() => this.publishNow(uri), immediate ? 0 : SLOW_ANALYSIS_MS);
      return;
    }
    t.publishAt = h.now() + PUBLISH_PAUSE_MS;
    t.publish = h.setTimer(() => {
      t.publish = undefined;
      if (t.analysis !== undefined) t.publishDue = true;
      else this.publishNow(uri);
    }, PUBLISH_PAUSE_MS);
    if (t.analysis !== undefined) return; // it reads whatever version is newest when it runs
    const interval = Math.min(ANALYSIS_INTERVAL_MS, 3 * last);
    t.analysis = h.setTimer(() => {
      t.analysis = undefined;
      t.lastAnalysisStart = h.now();
      h.analyse(uri);
      // The pause passed while it ran: publish now rather than after whatever the event loop
      // does before the overdue publish timer gets its turn.
      if (t.publishDue || (t.publish !== undefined && !t.immediate && h.now() >= t.publishAt)) {
        if (t.publish !== undefined) h.clearTimer(t.publish);
        this.publishNow(uri);
      }
    }, Math.max(0, t.lastAnalysisStart + interval - h.now()));
  }

  /** The draft closed: drop its timers. */
  forget(uri: string): void {
    const t = this.drafts.get(uri);
    if (!t) return;
    if (t.publish !== undefined) this.hooks.clearTimer(t.publish);
    if (t.analysis !== undefined) this.hooks.clearTimer(t.analysis);
    this.drafts.delete(uri);
  }

  private publishNow(uri: string): void {
    const t = this.drafts.get(uri);
    if (t) {
      t.publish = undefined;
      t.publishDue = false;
      t.immediate = false;
    }
    this.hooks.publish(uri);
  }

  private timersOf(uri: string): DraftTimers {
    let t = this.drafts.get(uri);
    if (!t) this.drafts.set(uri, (t = { publishDue: false, immediate: false, publishAt: Infinity, lastAnalysisStart: -Infinity }));
    return t;
  }
}

/** Share of a probe window the event loop may be busy for background work to start. */
export const IDLE_UTILIZATION = 0.1;
/** How long each probe of the event loop's load lasts. */
export const IDLE_PROBE_MS = 100;

/**
 * Runs `work` once the event loop was mostly idle over a probe window (utilization() below
 * IDLE_UTILIZATION; utilization() is the busy share since its previous call), or after maxWaitMs
 * whatever the load. For work no one waits for, out of the way of requests that come in bursts:
 * the bundled store's late check stalled the first hovers after a start by 12-15 ms.
 */
export function runWhenIdle(
  work: () => void,
  utilization: () => number,
  setTimer: (run: () => void, ms: number) => void,
  maxWaitMs = 10_000,
  probeMs = IDLE_PROBE_MS,
): void {
  let waited = 0;
  utilization();
  const probe = () => {
    waited += probeMs;
    if (utilization() < IDLE_UTILIZATION || waited >= maxWaitMs) work();
    else setTimer(probe, probeMs);
  };
  setTimer(probe, probeMs);
}
