// The text stages every analysis starts with (mask, language, sentences, paragraphs), and their
// update after an edit: only the blocks between blank lines that the edit touched are read again,
// the rest is taken from the previous version (shifted), so a keystroke in a 1 MB draft does not
// re-read the megabyte. The result always equals prepareText() of the new text alone.
import type { Sentence } from '../types.ts';
import { maskText, masksByBlock } from './mask.ts';
import { countScripts, languageOf, splitSentences, type ScriptCounts } from './sentences.ts';
import { firstSpanFrom } from '../spans.ts';
import { ChunkedText, commonPrefix, commonSuffix, type TextReader } from './chunked.ts';
import { paragraphsFrom, type Paragraph } from './paragraphs.ts';

export type { Paragraph } from './paragraphs.ts';


export interface PreparedText {
  /** The raw text: a string, or (in the server) the chunks of the open document. */
  text: TextReader;
  format: 'markdown' | 'plaintext';
  /** The text with all that is not prose masked (mask.ts); an edit replaces only a chunk of it. */
  masked: ChunkedText;
  /** masksByBlock() of the text: an edit may re-mask just its blocks. */
  byBlock: boolean;
  scripts: ScriptCounts;
  language: 'zh' | 'en' | 'mixed';
  sentences: Sentence[];
  /** Non-empty paragraphs, in order. */
  paragraphs: Paragraph[];
  /** When updated from a previous version: the lengths of the raw text both versions share at each end. */
  edit?: TextEdit;
}

/** An edit as the unchanged raw text around it: `prefix` code units at the start, `suffix` at the end. */
export interface TextEdit {
  prefix: number;
  suffix: number;
}

/** The edit between two texts (prefix and suffix never overlap in either text). */
export function editBetween(old: TextReader, text: TextReader): TextEdit {
  if (old instanceof ChunkedText && text instanceof ChunkedText) return old.sharedEnds(text);
  const prefix = commonPrefix(old, text);
  return { prefix, suffix: commonSuffix(old, text, Math.min(old.length, text.length) - prefix) };
}

export function prepareText(text: TextReader, format: 'markdown' | 'plaintext', previous?: PreparedText): PreparedText {
  if (previous && previous.format === format && previous.byBlock) {
    if (previous.text === text) return previous;
    const updated = updatePrepared(previous, text);
    if (updated) return updated;
  }
  const whole = text.toString();
  const masked = maskText(whole, format);
  const scripts = countScripts(masked);
  return {
    text, format, masked: ChunkedText.of(masked),
    byBlock: masksByBlock(whole, format),
    scripts,
    language: languageOf(scripts),
    sentences: splitSentences(masked, whole),
    paragraphs: paragraphsFrom(masked, 0, []),
  };
}

/** Undefined when the edit touches something that reaches across blocks (then all is read again). */
function updatePrepared(prev: PreparedText, text: TextReader): PreparedText | undefined {
  const old = prev.text;
  const edit = editBetween(old, text);
  const { prefix, suffix } = edit;
  const delta = text.length - old.length;
  // The edited window, widened to whole blocks: [a, b) in the new text is [a, b - delta) in the old.
  // Both blank lines that bound it lie in the unchanged prefix and suffix.
  const before = prefix >= 2 ? text.lastIndexOf('\n\n', prefix - 2) : -1;
  const a = before < 0 ? 0 : before + 2;
  const after = text.indexOf('\n\n', text.length - suffix);
  const b = after < 0 ? text.length : after;
  const window = text.slice(a, b);
  if (!masksByBlock(window, prev.format)) return undefined;
  // (Masked with the blank line that follows it, as the whole text is: a list marker ends its line, "1001." before a blank
  // line is one, and the same characters at the very end of the text are not.)
  const maskedWindow = b < text.length ? maskText(window + '\n\n', prev.format).slice(0, -2) : maskText(window, prev.format);
  const masked = prev.masked.splice(a, b - delta, maskedWindow);

  const gone = countScripts(prev.masked, a, b - delta);
  const added = countScripts(maskedWindow);
  const scripts = { cjk: prev.scripts.cjk - gone.cjk + added.cjk, latin: prev.scripts.latin - gone.latin + added.latin };

  return {
    text, format: prev.format, masked, byBlock: true, scripts, language: languageOf(scripts),
    sentences: spliceSentences(prev.sentences, splitSentences(maskedWindow, window), a, b, delta),
    paragraphs: spliceParagraphs(prev.paragraphs, prev.masked, maskedWindow, masked, a, b, delta),
    edit,
  };
}

/**
 * Sentences never cross a blank line, and a paragraph index is one more than the last sentence's
 * before it, so the window's sentences are numbered on from the last one before the window.
 */
function spliceSentences(old: Sentence[], windowSentences: Sentence[], a: number, b: number, delta: number): Sentence[] {
  const lo = firstSpanFrom(old, a);
  const hi = firstSpanFrom(old, b - delta);
  const base = lo > 0 ? old[lo - 1].paragraph + 1 : 0;
  const out = old.slice(0, lo);
  for (const s of windowSentences) out.push({ offset: s.offset + a, length: s.length, paragraph: s.paragraph + base });
  if (hi < old.length) {
    const nextParagraph = out.length ? out[out.length - 1].paragraph + 1 : 0;
    const shift = nextParagraph - old[hi].paragraph;
    for (let k = hi; k < old.length; k++) {
      const s = old[k];
      out.push(delta === 0 && shift === 0 ? s : { offset: s.offset + delta, length: s.length, paragraph: s.paragraph + shift });
    }
  }
  return out;
}

/**
 * The paragraph scan reads forward only, so it restarts at the last old paragraph that ends before
 * the window and stops as soon as it is back on an old paragraph start after the window.
 */
function spliceParagraphs(old: Paragraph[], oldMasked: TextReader, maskedWindow: string, masked: TextReader, a: number, b: number, delta: number): Paragraph[] {
  // Old paragraphs ending before the blank line in front of the window are unchanged; the scan
  // restarts at the last of them, since its successor's start depends on blank lines after it.
  let keep = firstAtOrAfterStart(old, a);
  while (keep > 0 && old[keep - 1].end > a - 2) keep--;
  const restart = keep > 0 ? old[keep - 1].start : 0;
  const unchanged = Math.max(0, keep - 1);
  const out = old.slice(0, unchanged);
  let stopped = false;
  const stop = (start: number): boolean => {
    if (start < b) return false;
    let k = firstAtOrAfterStart(old, start - delta);
    if (k >= old.length || old[k].start !== start - delta) return false;
    for (; k < old.length; k++) {
      const p = old[k];
      out.push(delta === 0 ? p : { start: p.start + delta, end: p.end + delta, text: p.text });
    }
    return (stopped = true);
  };
  // The scan reads a segment pieced from the old text around the window, through the first
  // character of the old paragraph it should stop at: reading the spliced `masked` itself would
  // copy all of it into one string (a megabyte per keystroke in a large draft).
  const next = firstAtOrAfterStart(old, b - delta);
  const segmentEnd = next < old.length ? old[next].start + 1 : oldMasked.length;
  const segment = oldMasked.slice(restart, a) + maskedWindow + oldMasked.slice(b - delta, segmentEnd);
  const scanned = paragraphsFrom(segment, 0, out, stop, restart);
  if (stopped || segmentEnd >= oldMasked.length) return scanned;
  // Blank lines in the window changed where paragraphs start after it: scan the rest as well.
  out.length = unchanged;
  return paragraphsFrom(masked, restart, out, stop);
}

function firstAtOrAfterStart(paragraphs: readonly Paragraph[], at: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
