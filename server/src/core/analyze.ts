// The one entry point of the analysis: text in, plain data out. No IO, never throws.
import type { Analysis, Claim, FactStore, Figure, Finding, Mention } from './types.ts';
import { prepareText, type Paragraph, type PreparedText } from './text/prepare.ts';
import { recognizeFigures, type ReadingState } from './figures/index.ts';
import { figureRecord } from './figures/record.ts';
import { applyLocalCurrencies, localCurrencies, localCurrencySignature, sameLocalCurrencies, type LocalCurrencies } from './figures/local-currency.ts';
import { findMentionsWithState, updateMentions, type MentionState } from './entities/index.ts';
import { attachClaims, updateClaims, type ClaimReuse, type MemoEntry } from './claims/index.ts';
import { releaseIssuer, withReleaseIssuer } from './claims/release.ts';
import { paragraphSplice, type ParagraphSplice } from './text/splice.ts';
import { firstSpanFrom } from './spans.ts';
import { runChecks, type CheckSetting } from './checks/index.ts';
import type { CheckCarry, CheckMemos, MessageLanguage, OtherDraft } from './checks/types.ts';
import { emptyStore } from './store-empty.ts';
import type { TextReader } from './text/chunked.ts';

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
  /**
   * The last analysis of the same draft, when there is one: the text stages (mask, sentences,
   * paragraphs) then re-read only the blocks an edit touched. The result is the same without it.
   */
  previous?: Analysis;
}

/** What each analysis prepared from its text, for the next analysis of the same draft. */
const preparedOf = new WeakMap<Analysis, PreparedText>();

/** The draft-wide state of a complete analysis made with a memo: the next one may update it. */
const stagesOf = new WeakMap<Analysis, { memo: AnalysisMemo; mentions: MentionState; checks: CheckMemos; local: LocalCurrencies; claims: Claim[]; minguoAt: number }>();

/**
 * A bounded map from paragraph text to a result computed from it alone. Eviction is "second
 * chance" (clock): a hit only marks its entry, and marked entries are moved to the back instead of
 * dropped, so the oldest unused paragraphs go first without reordering the map on every hit.
 */
export class ParagraphMemo<T> {
  private map = new Map<string, { value: T; used: boolean }>();
  private chars = 0;

  constructor(private maxChars: number) {}

  get(paragraph: string, compute: (paragraph: string) => T): T {
    const hit = this.find(paragraph);
    if (hit !== undefined) return hit;
    const found = compute(paragraph);
    this.put(paragraph, found);
    return found;
  }

  find(key: string): T | undefined {
    const hit = this.map.get(key);
    if (hit === undefined) return undefined;
    hit.used = true;
    return hit.value;
  }

  put(key: string, value: T): void {
    if (this.map.has(key)) return;
    this.map.set(key, { value, used: false });
    this.chars += key.length;
    // Each marked entry is passed over at most once per eviction, so this ends.
    while (this.chars > this.maxChars && this.map.size > 1) {
      const [oldest, entry] = this.map.entries().next().value as [string, { value: T; used: boolean }];
      this.map.delete(oldest);
      if (entry.used && oldest !== key) {
        entry.used = false;
        this.map.set(oldest, entry);
      } else this.chars -= oldest.length;
    }
  }
}

/**
 * Per-paragraph results kept by the caller between analyses of the same drafts (the server keeps
 * one): after an edit only the changed paragraph is re-read. The recognizer and the name scan
 * are pure functions of the masked paragraph (their lookarounds never cross a blank line).
 * Bounded: least recently used paragraphs are dropped beyond `maxChars` of cached text.
 */
export class AnalysisMemo {
  /** A paragraph's figures read with no Minguo year before it, and whether it reads one itself. */
  private figures: ParagraphMemo<{ figures: Figure[]; minguo: boolean }>;
  /** Its figures read after a paragraph with a Minguo year (only Taiwan copy has any). */
  private figuresAfterMinguo: ParagraphMemo<Figure[]>;
  /** Name-scan results, one memo per name trie (the store's, or names learned from a draft). */
  private names = new WeakMap<object, ParagraphMemo<unknown>>();
  private claims = new WeakMap<FactStore, ParagraphMemo<MemoEntry[]>>();

  constructor(private maxChars = 16 * 1024 * 1024) {
    this.figures = new ParagraphMemo(maxChars);
    this.figuresAfterMinguo = new ParagraphMemo(maxChars);
  }

  /** The figures of a paragraph read in `state`, which it updates for the next paragraph. */
  figuresOf(paragraph: string, state: ReadingState): Figure[] {
    if (state.minguo) return this.figuresAfterMinguo.get(paragraph, (p) => recognizeFigures(p, { minguo: true }));
    const read = this.figures.get(paragraph, (p) => {
      const after = { minguo: false };
      return { figures: recognizeFigures(p, after), minguo: after.minguo };
    });
    state.minguo = read.minguo;
    return read.figures;
  }

  /** Claims by paragraph and look-back context, one memo per fact store. */
  claimsMemo(store: FactStore): ParagraphMemo<MemoEntry[]> {
    let memo = this.claims.get(store);
    if (!memo) this.claims.set(store, (memo = new ParagraphMemo<MemoEntry[]>(this.maxChars)));
    return memo;
  }

  /** The memo of one name trie (keys are trie roots, dropped with them). */
  namesMemo<T>(trie: object): ParagraphMemo<T> {
    let memo = this.names.get(trie);
    if (!memo) this.names.set(trie, (memo = new ParagraphMemo<unknown>(this.maxChars)));
    return memo as ParagraphMemo<T>;
  }

}

export type { Paragraph } from './text/prepare.ts';

/** The reading state through a run of paragraphs, and the first of them that read a Minguo year (-1: none). */
interface ParagraphReading extends ReadingState {
  minguoAt: number;
}

function figuresByParagraph(paragraphs: Paragraph[], memo: AnalysisMemo, from: number, to: number, reading: ParagraphReading = { minguo: false, minguoAt: -1 }): Figure[] {
  const out: Figure[] = [];
  for (let k = from; k < to; k++) {
    const { start: a, text: paragraph } = paragraphs[k];
    const minguoBefore = reading.minguo;
    const found = memo.figuresOf(paragraph, reading);
    if (reading.minguo && !minguoBefore) reading.minguoAt = k;
    for (const f of found) out.push(figureRecord(f, f.offset + a, f.time && { ...f.time }));
  }
  return out;
}

export function analyze(text: TextReader, options: AnalyzeOptions = {}, store: FactStore = emptyStore()): Analysis {
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
export const LARGE_DRAFT = 8 * 1024 * 1024;

function analyzeUnsafe(text: TextReader, options: AnalyzeOptions, store: FactStore): Analysis {
  const previous = options.previous;
  const prepared = prepareText(text, options.format ?? 'markdown', previous && preparedOf.get(previous));
  const analysis = analyzePrepared(prepared, options, store);
  preparedOf.set(analysis, prepared);
  return analysis;
}

/** Figures, mentions and claims of the draft, updated from the previous analysis where one fits. */
interface Stages {
  figures: Figure[];
  /** What a bare 元 and a bare ¥ mean in this draft (figures/local-currency.ts). */
  local: LocalCurrencies;
  /** The first paragraph that reads a Minguo year (figures/scanner.ts ReadingState); -1 when none does. */
  minguoAt: number;
  mentions: Mention[];
  claims: Claim[];
  mentionState: MentionState;
  /** Set when updated: the claims kept, and what the previous analysis's checks left. */
  kept?: { claims: ClaimReuse; from: number; to: number; delta: number; checks: CheckMemos };
}

function analyzePrepared(prepared: PreparedText, options: AnalyzeOptions, store: FactStore): Analysis {
  const { text, masked, language, sentences } = prepared;
  const paragraphs = prepared.paragraphs;
  if (text.length > LARGE_DRAFT) {
    const figures = options.memo ? figuresByParagraph(paragraphs, options.memo, 0, paragraphs.length) : recognizeFigures(masked.toString());
    for (const f of figures) f.text = text.slice(f.offset, f.offset + f.length);
    const mb = (text.length / 1048576).toFixed(1);
    const zh = language !== 'en' && options.messageLanguage !== 'en';
    const message = zh
      ? `本稿约${mb}M字符，超过${LARGE_DRAFT / 1048576}M：只识别数字，未做实体、归属与一致性检查。请拆分稿件以获得完整检查。`
      : `This draft is ${mb}M characters, over ${LARGE_DRAFT / 1048576}M: figures are recognised, but entities, claims and consistency checks are skipped. Split the draft for full checks.`;
    const finding: Finding = { code: 'large-draft', severity: 'information', offset: 0, length: 0, related: [], fixes: [], factIds: [], message, key: 'large-draft' };
    return { language, sentences, figures, mentions: [], claims: [], findings: [finding] };
  }
  // The claims as attached (the memo and the next update start from these), then with a release's issuer as the subject
  // of its unnamed results (claims/release.ts), which reads the whole draft. An update whose kept claims that changes is
  // made afresh: the checks it would keep were made with the old subjects.
  let stages = updatedStages(prepared, options, store);
  let claims = stages && issuerClaims(stages, prepared, store);
  // (Neither version has an issuer's claims — each analysis's claims are its attached ones — in nearly every draft.)
  const noIssuerBefore = options.previous && options.previous.claims === stagesOf.get(options.previous)?.claims;
  if (stages?.kept && options.previous && !(noIssuerBefore && claims === stages.claims) && !keptAlike(options.previous.claims, claims!, stages.kept.claims)) stages = undefined;
  if (!stages) {
    stages = freshStages(prepared, options, store);
    claims = issuerClaims(stages, prepared, store);
  }
  const { figures, mentions } = stages;
  const lang: MessageLanguage = options.messageLanguage && options.messageLanguage !== 'auto' ? options.messageLanguage : language === 'en' ? 'en' : 'zh';
  const partial = { language, sentences, figures, mentions, claims: claims! };
  const kept = stages.kept;
  const carry: CheckCarry = kept ? { previous: kept.checks, reuse: { claims: kept.claims, from: kept.from, to: kept.to, delta: kept.delta }, next: {} } : { next: {} };
  // An update reads little of the text, and reads it from the chunks; a whole analysis reads all
  // of it, faster from one string (in the server, the open document's is already made).
  const findings = runChecks(
    { text: kept ? text : text.toString(), masked: kept ? masked : masked.toString(), analysis: partial, store, lang, otherDrafts: options.otherDrafts ?? [], today: options.today ?? new Date().toISOString().slice(0, 10), carry },
    options.checks,
    options.ignored,
  );
  const analysis = { ...partial, findings };
  if (options.memo) stagesOf.set(analysis, { memo: options.memo, mentions: stages.mentionState, checks: carry.next, local: stages.local, claims: stages.claims, minguoAt: stages.minguoAt });
  return analysis;
}

function issuerClaims(stages: Stages, prepared: PreparedText, store: FactStore): Claim[] {
  return withReleaseIssuer(prepared.masked, stages.claims, stages.figures, stages.mentions, prepared.sentences, store, releaseIssuer(prepared.masked, stages.mentions, store));
}

/** Whether the claims an update kept ([0, head) and the tail) are as the previous analysis had them. */
function keptAlike(before: Claim[], after: Claim[], reuse: ClaimReuse): boolean {
  for (let k = 0; k < reuse.head; k++) if (before[k].subject !== after[k].subject || before[k].confidence !== after[k].confidence) return false;
  for (let k = reuse.tail, o = reuse.oldTail; k < after.length; k++, o++) {
    if (before[o].subject !== after[k].subject || before[o].confidence !== after[k].confidence) return false;
  }
  return true;
}

function freshStages(prepared: PreparedText, options: AnalyzeOptions, store: FactStore): Stages {
  const { sentences, paragraphs } = prepared;
  const text = prepared.text.toString();
  const masked = prepared.masked.toString();
  const byParagraph = options.memo && { memo: options.memo, paragraphs };
  const reading = { minguo: false, minguoAt: -1 };
  const figures = options.memo ? figuresByParagraph(paragraphs, options.memo, 0, paragraphs.length, reading) : recognizeFigures(masked);
  for (const f of figures) f.text = text.slice(f.offset, f.offset + f.length);
  const local = localCurrencies(masked);
  applyLocalCurrencies(figures, local);
  const { mentions, state } = findMentionsWithState(masked, store, byParagraph);
  for (const m of mentions) m.text = text.slice(m.offset, m.offset + m.length);
  const claims = attachClaims({ text: masked, sentences, figures, mentions, store }, byParagraph);
  return { figures, mentions, claims, mentionState: state, local, minguoAt: reading.minguoAt };
}

/**
 * The stages of an edited draft from its previous analysis: only the paragraphs the edit changed
 * are read again (paragraphSplice); undefined when there is no previous analysis to update or the
 * edit reached across paragraphs (learned names, entity choices): then everything is read again.
 */
function updatedStages(prepared: PreparedText, options: AnalyzeOptions, store: FactStore): Stages | undefined {
  const previous = options.previous;
  const memo = options.memo;
  const before = previous && preparedOf.get(previous);
  const kept = previous && stagesOf.get(previous);
  if (!previous || !memo || !before || !kept || kept.memo !== memo || before.format !== prepared.format) return undefined;
  const { text, masked, sentences, paragraphs } = prepared;
  const sp = paragraphSplice(before, prepared);
  // The edit changed what a bare 元 or ¥ means: every figure of the draft is read again. Only an
  // edit that wrote or removed a currency word can (the whole-draft test is ~1 ms a MB).
  // (Read from the edited paragraphs' own texts: a slice of the spliced masked text would copy all of it.)
  const edited = localCurrencySignature(paragraphTexts(before.paragraphs, sp.head, sp.oldTail)) !== localCurrencySignature(paragraphTexts(paragraphs, sp.head, sp.newTail));
  const local = edited ? localCurrencies(masked.toString()) : kept.local;
  if (!sameLocalCurrencies(local, kept.local)) return undefined;
  // The paragraphs after the edit were read with or without a Minguo year before them: if the edit
  // changed that, they would read differently, and everything is read again.
  const minguoBefore = (k: number) => kept.minguoAt >= 0 && kept.minguoAt < k;
  const reading = { minguo: minguoBefore(sp.head), minguoAt: -1 };
  const figures = splicedFigures(previous.figures, paragraphs, memo, sp, reading);
  if (reading.minguo !== minguoBefore(sp.oldTail)) return undefined;
  // The first paragraph with one: the head's as it was, else the edited paragraphs', else the tail's, moved.
  const minguoAt = minguoBefore(sp.head) ? kept.minguoAt : reading.minguoAt >= 0 ? reading.minguoAt : kept.minguoAt >= sp.oldTail ? kept.minguoAt + sp.newTail - sp.oldTail : -1;
  const firstNew = firstSpanFrom(figures, sp.from);
  let k = firstNew;
  for (; k < figures.length && figures[k].offset < sp.newTo; k++) {
    const f = figures[k];
    f.text = text.slice(f.offset, f.offset + f.length);
  }
  applyLocalCurrencies(figures, local, firstNew, k);
  const updated = updateMentions(masked, store, { memo, paragraphs }, { mentions: previous.mentions, state: kept.mentions, paragraphs: before.paragraphs, splice: sp });
  if (!updated) return undefined;
  const { mentions, state } = updated;
  for (let k = firstSpanFrom(mentions, sp.from); k < mentions.length && mentions[k].offset < sp.newTo; k++) {
    const m = mentions[k];
    m.text = text.slice(m.offset, m.offset + m.length);
  }
  const headFigures = firstSpanFrom(previous.figures, sp.from);
  const headMentions = firstSpanFrom(previous.mentions, sp.from);
  const { claims, reuse } = updateClaims({ text: masked, sentences, figures, mentions, store }, { memo, paragraphs }, sp.head, sp.newTail, {
    claims: kept.claims,
    headFigures,
    headMentions,
    oldTailFigures: firstSpanFrom(previous.figures, sp.oldTo),
    oldTailMentions: firstSpanFrom(previous.mentions, sp.oldTo),
    figureShift: figures.length - previous.figures.length,
    mentionShift: mentions.length - previous.mentions.length,
  });
  return { figures, mentions, claims, mentionState: state, local, minguoAt, kept: { claims: reuse, from: sp.from, to: sp.newTo, delta: sp.delta, checks: kept.checks } };
}

/** The masked texts of paragraphs [from, to), a blank line between each. */
function paragraphTexts(paragraphs: Paragraph[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) out += (k > from ? '\n\n' : '') + paragraphs[k].text;
  return out;
}

/** A copy at another offset, in the one shape all figures share (figures/record.ts). */
function moved(f: Figure, delta: number): Figure {
  return figureRecord(f, f.offset + delta);
}

/** The head's figures as they were, the edited paragraphs' from the memo, the tail's moved by the edit. */
function splicedFigures(old: Figure[], paragraphs: Paragraph[], memo: AnalysisMemo, sp: ParagraphSplice, reading: ParagraphReading): Figure[] {
  const out = old.slice(0, firstSpanFrom(old, sp.from));
  for (const f of figuresByParagraph(paragraphs, memo, sp.head, sp.newTail, reading)) out.push(f);
  for (let k = firstSpanFrom(old, sp.oldTo); k < old.length; k++) {
    const f = old[k];
    out.push(sp.delta === 0 ? f : moved(f, sp.delta));
  }
  return out;
}
