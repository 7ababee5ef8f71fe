// What every check receives and returns. One file per check in this folder.
import type { Analysis, Claim, FactStore, Figure, Finding, Severity } from '../types.ts';

export type MessageLanguage = 'zh' | 'en';

/** Another draft of the workspace, already analysed (for cross-draft checks). */
export interface OtherDraft {
  path: string;
  text: string;
  figures: Figure[];
  claims: Claim[];
}

export interface CheckContext {
  text: string;
  /** Masked text: code, URLs and markup blanked (same length as text). */
  masked: string;
  analysis: Omit<Analysis, 'findings'>;
  store: FactStore;
  lang: MessageLanguage;
  otherDrafts: OtherDraft[];
  /** ISO date used to judge staleness ("today"); defaults to the real date. */
  today: string;
}

export interface CheckDefinition {
  code: string;
  defaultSeverity: Severity;
  /** One-line description for settings and docs. */
  description: { en: string; zh: string };
  run(ctx: CheckContext): Omit<Finding, 'severity' | 'key'>[];
}
