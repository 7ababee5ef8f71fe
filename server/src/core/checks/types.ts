// What every check receives and returns. One file per check in this folder.
import type { Analysis, Claim, FactStore, Figure, Finding, Mention, Severity } from '../types.ts';
import type { ClaimReuse } from '../claims/index.ts';
import type { TextReader } from '../text/chunked.ts';

export type MessageLanguage = 'zh' | 'en';

/** Another draft of the workspace, already analysed (for cross-draft checks). */
export interface OtherDraft {
  path: string;
  text: TextReader;
  figures: Figure[];
  claims: Claim[];
  /** Its entity mentions: partners and sites named near a figure tell which object it is about. */
  mentions?: Mention[];
}

export interface CheckContext {
  /** The raw text (the chunks of an open document in the server). */
  text: TextReader;
  /** Masked text: code, URLs and markup blanked (same length as text). */
  masked: TextReader;
  analysis: Omit<Analysis, 'findings'>;
  store: FactStore;
  lang: MessageLanguage;
  otherDrafts: OtherDraft[];
  /** ISO date used to judge staleness ("today"); defaults to the real date. */
  today: string;
  /** Set by analyze() for an edited draft: what checks may keep from the previous analysis. */
  carry?: CheckCarry;
}

/**
 * Work the checks of one analysis leave for the next analysis of the same draft. `previous` and
 * `reuse` are there when the claims were updated from the previous analysis (updateClaims).
 */
export interface CheckCarry {
  previous?: CheckMemos;
  /** Claims kept, and the edited span: [from, to) in the new text, [from, to - delta) in the old. */
  reuse?: { claims: ClaimReuse; from: number; to: number; delta: number };
  /** Filled in by the checks of this analysis. */
  next: CheckMemos;
}

/** Per check family; opaque outside it. */
export interface CheckMemos {
  consistency?: unknown;
  /** The draft's comparable claims (common.ts comparableClaims). */
  comparable?: unknown;
  /** What each claim's figure can be in a derived quantity (implausible.ts). */
  implausible?: unknown;
  /** Raw findings of the sentence-local checks, by code, with the message language they were written in. */
  local?: Record<string, { lang: MessageLanguage; raw: RawFinding[] }>;
}

/**
 * A finding before its severity and key are set. `severity`, when given, is the check's own call for
 * this finding (a milder case of the check); the user's setting for the check still wins. `key` is
 * filled in by runChecks and handed on by shifted() to the finding a later analysis keeps: a kept
 * finding's text and the context around it are as they were.
 */
export type RawFinding = Omit<Finding, 'severity' | 'key'> & { severity?: Severity; key?: string };

export interface CheckDefinition {
  code: string;
  defaultSeverity: Severity;
  /** One-line description for settings and docs. */
  description: { en: string; zh: string };
  /**
   * Set when a finding depends only on its sentence and on text within `reach` code units of it:
   * after an edit, run() is given the sentences near the edit (`only`) and the rest are kept.
   */
  local?: { reach: number };
  run(ctx: CheckContext, only?: { from: number; to: number }): RawFinding[];
}
