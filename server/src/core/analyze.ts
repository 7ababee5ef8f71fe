// The one entry point of the analysis: text in, plain data out. No IO, never throws.
import type { Analysis, FactStore, Figure, Finding } from './types.ts';
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
  /**
   * Memo of per-paragraph recognizer results, kept by the caller between analyses of the same
   * drafts (the server keeps one): after an edit only the changed paragraph is re-recognized.
   */
  memo?: AnalysisMemo;
}

/**
 * Figures by paragraph text. The recognizer is a pure function of the masked text and its
 * lookarounds never cross a blank line, so a paragraph's figures depend on its own text only.
 * Bounded: least recently used paragraphs are dropped beyond `maxChars` of cached text.
 */
export class AnalysisMemo {
  private figures = new Map<string, Figure[]>();
  private chars = 0;
  hits = 0;
  misses = 0;

  constructor(private maxChars = 16 * 1024 * 1024) {}

  figuresOf(paragraph: string): Figure[] {
    const hit = this.figures.get(paragraph);
    if (hit) {
      this.hits++;
      this.figures.delete(paragraph);
      this.figures.set(paragraph, hit); // most recently used goes last
      return hit;
    }
    this.misses++;
    const found = recognizeFigures(paragraph);
    this.figures.set(paragraph, found);
    this.chars += paragraph.length;
    while (this.chars > this.maxChars && this.figures.size > 1) {
      const oldest = this.figures.keys().next().value as string;
      this.figures.delete(oldest);
      this.chars -= oldest.length;
    }
    return found;
  }

  get size(): number {
    return this.figures.size;
  }
}

/** Paragraphs of masked text: [start, end) ranges separated by blank lines. */
export function paragraphRanges(masked: string): [number, number][] {
  const out: [number, number][] = [];
  const n = masked.length;
  let start = 0;
  let i = masked.indexOf('\n');
  while (i >= 0 && i < n) {
    // A blank line: newline, only spaces/tabs/CR, newline.
    let k = i + 1;
    while (k < n) {
      const c = masked.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 13) break;
      k++;
    }
    if (k < n && masked.charCodeAt(k) === 10) {
      // Swallow the whole run of blank lines into the separator.
      let e = k;
      for (;;) {
        let q = e + 1;
        while (q < n) {
          const c = masked.charCodeAt(q);
          if (c !== 32 && c !== 9 && c !== 13) break;
          q++;
        }
        if (q < n && masked.charCodeAt(q) === 10) e = q;
        else break;
      }
      out.push([start, i]);
      start = e + 1;
      i = masked.indexOf('\n', start);
      continue;
    }
    i = masked.indexOf('\n', i + 1);
  }
  out.push([start, n]);
  return out;
}

function figuresByParagraph(masked: string, memo: AnalysisMemo): Figure[] {
  const out: Figure[] = [];
  for (const [a, b] of paragraphRanges(masked)) {
    if (b <= a) continue;
    const found = memo.figuresOf(masked.slice(a, b));
    for (const f of found) out.push(f.time ? { ...f, offset: f.offset + a, time: { ...f.time } } : { ...f, offset: f.offset + a });
  }
  return out;
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

/**
 * Above this many UTF-16 code units a draft gets figures only (hovers and hints keep working)
 * and an information finding saying why; claims and checks would take seconds per keystroke.
 */
export const LARGE_DRAFT = 4 * 1024 * 1024;

function analyzeUnsafe(text: string, options: AnalyzeOptions, store: FactStore): Analysis {
  const masked = maskText(text, options.format ?? 'markdown');
  const language = detectLanguage(masked);
  const sentences = splitSentences(masked, text);
  const figures = options.memo ? figuresByParagraph(masked, options.memo) : recognizeFigures(masked);
  for (const f of figures) f.text = text.slice(f.offset, f.offset + f.length);
  if (text.length > LARGE_DRAFT) {
    const mb = (text.length / 1048576).toFixed(1);
    const zh = language !== 'en' && options.messageLanguage !== 'en';
    const message = zh
      ? `本稿约${mb}M字符，超过${LARGE_DRAFT / 1048576}M：只识别数字，未做实体、归属与一致性检查。请拆分稿件以获得完整检查。`
      : `This draft is ${mb}M characters, over ${LARGE_DRAFT / 1048576}M: figures are recognised, but entities, claims and consistency checks are skipped. Split the draft for full checks.`;
    const finding: Finding = { code: 'large-draft', severity: 'information', offset: 0, length: 0, related: [], fixes: [], factIds: [], message, key: 'large-draft' };
    return { language, sentences, figures, mentions: [], claims: [], findings: [finding] };
  }
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
