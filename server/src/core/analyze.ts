// The one entry point of the analysis: text in, plain data out. No IO, never throws.
import type { Analysis, FactStore, Finding } from './types.ts';
import { maskText } from './text/mask.ts';
import { detectLanguage, splitSentences } from './text/sentences.ts';
import { recognizeFigures } from './figures/index.ts';
import { findMentions } from './entities/index.ts';
import { attachClaims } from './claims/index.ts';
import { runChecks, type CheckSetting } from './checks/index.ts';
import type { MessageLanguage, OtherDraft } from './checks/types.ts';
import { emptyStore } from './store-empty.ts';

export interface AnalyzeOptions {
  format?: 'markdown' | 'plaintext';
  /** Language of messages; 'auto' follows the draft. */
  messageLanguage?: 'auto' | MessageLanguage;
  checks?: Record<string, CheckSetting>;
  /** Keys of findings the user chose to ignore. */
  ignored?: ReadonlySet<string>;
  otherDrafts?: OtherDraft[];
  today?: string;
}

export function analyze(text: string, options: AnalyzeOptions = {}, store: FactStore = emptyStore()): Analysis {
  try {
    return analyzeUnsafe(text, options, store);
  } catch (err) {
    // Analysis never fails: report the bug as a finding and keep the editor working.
    const finding: Finding = {
      code: 'internal-error', severity: 'hint', offset: 0, length: 0, related: [], fixes: [], factIds: [],
      message: `infra-factcheck could not analyse this text: ${(err as Error).message}`, key: 'internal-error',
    };
    return { language: 'en', sentences: [], figures: [], mentions: [], claims: [], findings: [finding] };
  }
}

function analyzeUnsafe(text: string, options: AnalyzeOptions, store: FactStore): Analysis {
  const masked = maskText(text, options.format ?? 'markdown');
  const language = detectLanguage(masked);
  const sentences = splitSentences(masked);
  const figures = recognizeFigures(masked);
  for (const f of figures) f.text = text.slice(f.offset, f.offset + f.length);
  const mentions = findMentions(masked, store);
  for (const m of mentions) m.text = text.slice(m.offset, m.offset + m.length);
  const claims = attachClaims({ text: masked, sentences, figures, mentions, store });
  const lang: MessageLanguage = options.messageLanguage && options.messageLanguage !== 'auto' ? options.messageLanguage : language === 'en' ? 'en' : 'zh';
  const partial = { language, sentences, figures, mentions, claims };
  const findings = runChecks(
    { text, masked, analysis: partial, store, lang, otherDrafts: options.otherDrafts ?? [], today: options.today ?? new Date().toISOString().slice(0, 10) },
    options.checks,
    options.ignored,
  );
  return { ...partial, findings };
}
