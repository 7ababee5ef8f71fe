// Which paragraphs two versions of a draft share, so an analysis can keep what it found in them.
import { editBetween, type Paragraph, type PreparedText } from './prepare.ts';

/**
 * The paragraphs an edit left alone: the first `head` paragraphs of both versions are the same
 * (start, masked text and raw text), and old paragraphs [oldTail, n) are new paragraphs
 * [newTail, m) moved by `delta`. What lies between was edited.
 */
export interface ParagraphSplice {
  head: number;
  oldTail: number;
  newTail: number;
  delta: number;
  /** End of the head's last paragraph (0 without a head): spans before it belong to the head. */
  from: number;
  /** Start of the tail's first paragraph in the old and the new text (text length without a tail). */
  oldTo: number;
  newTo: number;
}

export function paragraphSplice(old: PreparedText, now: PreparedText): ParagraphSplice {
  // prepareText() hands back the previous version itself when the text did not change.
  const edit = old.text === now.text ? { prefix: now.text.length, suffix: 0 } : now.edit ?? editBetween(old.text, now.text);
  const delta = now.text.length - old.text.length;
  const before: Paragraph[] = old.paragraphs;
  const after: Paragraph[] = now.paragraphs;
  const n = before.length;
  const m = after.length;
  let head = 0;
  while (head < n && head < m && sameParagraph(before[head], after[head], 0) && before[head].end <= edit.prefix) head++;
  // A tail paragraph starts inside the raw suffix both versions share, so its raw text is the same too.
  const suffixStart = now.text.length - edit.suffix;
  let tail = 0;
  while (tail < n - head && tail < m - head) {
    const q = after[m - 1 - tail];
    if (q.start < suffixStart || !sameParagraph(before[n - 1 - tail], q, delta)) break;
    tail++;
  }
  return {
    head,
    oldTail: n - tail,
    newTail: m - tail,
    delta,
    from: head > 0 ? after[head - 1].end : 0,
    oldTo: tail > 0 ? before[n - tail].start : old.text.length,
    newTo: tail > 0 ? after[m - tail].start : now.text.length,
  };
}

function sameParagraph(p: Paragraph, q: Paragraph, delta: number): boolean {
  return q.start === p.start + delta && q.end === p.end + delta && q.text === p.text;
}
