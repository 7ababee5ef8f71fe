// Server-side state: open documents, their cached analyses, settings and the fact store.
// Each LSP feature reads an Analysis from here; none re-parses text on its own.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, FactStore, Severity } from '../core/types.ts';
import { analyze, AnalysisMemo, type AnalyzeOptions } from '../core/analyze.ts';
import type { CheckSetting } from '../core/checks/index.ts';
import type { OtherDraft } from '../core/checks/types.ts';
import { textOf } from './document.ts';
import { monotonicMs } from './scheduler.ts';

export interface Settings {
  factStorePaths: string[];
  messageLanguage: 'auto' | 'zh' | 'en';
  inlayHints: boolean;
  checks: Record<string, CheckSetting>;
  /** Index the workspace's other drafts for cross-draft checks. */
  crossDraft: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  factStorePaths: [],
  messageLanguage: 'auto',
  inlayHints: true,
  checks: {},
  crossDraft: true,
};

/** `{"fact-conflict": "off" | "warning" | ...}` as VS Code settings write it → CheckSetting. */
export function normaliseCheckSettings(raw: unknown): Record<string, CheckSetting> {
  const out: Record<string, CheckSetting> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [code, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v === 'string') {
      if (v === 'off') out[code] = { enabled: false };
      else if (['error', 'warning', 'information', 'hint'].includes(v)) out[code] = { severity: v as Severity };
    } else if (typeof v === 'boolean') out[code] = { enabled: v };
    else if (v && typeof v === 'object') {
      const o = v as { enabled?: unknown; severity?: unknown };
      out[code] = {
        enabled: typeof o.enabled === 'boolean' ? o.enabled : undefined,
        severity: typeof o.severity === 'string' && ['error', 'warning', 'information', 'hint'].includes(o.severity) ? (o.severity as Severity) : undefined,
      };
    }
  }
  return out;
}

export function formatOf(doc: TextDocument): 'markdown' | 'plaintext' {
  return doc.languageId === 'markdown' || /\.(md|markdown|mdx)$/i.test(doc.uri) ? 'markdown' : 'plaintext';
}

interface Cached {
  version: number;
  storeGeneration: number;
  analysis: Analysis;
}

export class AnalysisCache {
  private cache = new Map<string, Cached>();
  storeGeneration = 0;
  /** Per-paragraph recognizer results shared by all open drafts: an edit re-reads one paragraph. */
  readonly memo = new AnalysisMemo();
  /** Milliseconds the last few analyses of each document took, newest last (see typicalMs). */
  private durations = new Map<string, number[]>();

  constructor(
    private getStore: () => FactStore,
    private getOptions: (doc: TextDocument) => AnalyzeOptions,
  ) {}

  get(doc: TextDocument): Analysis {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.storeGeneration === this.storeGeneration) return hit.analysis;
    const started = monotonicMs();
    // The previous version's analysis lets an edit re-read only the blocks it touched.
    const analysis = analyze(textOf(doc), { ...this.getOptions(doc), memo: this.memo, previous: hit?.analysis }, this.getStore());
    const took = this.durations.get(doc.uri) ?? [];
    took.push(monotonicMs() - started);
    if (took.length > 5) took.shift();
    this.durations.set(doc.uri, took);
    this.cache.set(doc.uri, { version: doc.version, storeGeneration: this.storeGeneration, analysis });
    return analysis;
  }

  /**
   * What an analysis of the document usually takes: the lower median of its last five, so that
   * one collector pause or the first, full analysis does not count as typical. Undefined before
   * the first analysis.
   */
  typicalMs(uri: string): number | undefined {
    const took = this.durations.get(uri);
    if (!took) return undefined;
    const sorted = [...took].sort((a, b) => a - b);
    return sorted[(sorted.length - 1) >> 1];
  }

  peek(uri: string): Analysis | undefined {
    return this.cache.get(uri)?.analysis;
  }

  invalidateAll(): void {
    this.storeGeneration++;
  }

  drop(uri: string): void {
    this.cache.delete(uri);
    this.durations.delete(uri);
  }
}

export type { OtherDraft };
