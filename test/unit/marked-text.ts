// Fixture text with expected spans marked inline as ⟦…⟧, shared by the corpus harnesses.

export const OPEN = '\u27E6'; // ⟦
export const CLOSE = '\u27E7'; // ⟧

export interface MarkedSpan {
  offset: number;
  length: number;
  text: string;
}

/** The text without markers and the marked spans in it; malformed markers are added to `errors`. */
export function stripMarkers(marked: string, errors: string[]): { text: string; spans: MarkedSpan[] } {
  let text = '';
  const spans: MarkedSpan[] = [];
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i];
    if (ch === OPEN) {
      if (open >= 0) errors.push(`nested ${OPEN} at marked index ${i}`);
      open = text.length;
    } else if (ch === CLOSE) {
      if (open < 0) errors.push(`${CLOSE} without ${OPEN} at marked index ${i}`);
      else {
        if (text.length === open) errors.push(`empty span at marked index ${i}`);
        spans.push({ offset: open, length: text.length - open, text: text.slice(open) });
      }
      open = -1;
    } else {
      text += ch;
    }
  }
  if (open >= 0) errors.push(`unclosed ${OPEN}`);
  return { text, spans };
}

/** `text` with ⟦…⟧ around each span (the inverse of stripMarkers), for failure messages. */
export function markSpans(text: string, spans: { offset: number; length: number }[]): string {
  // Insert markers from the end so earlier offsets stay valid; overlapping spans nest visibly.
  const events: { at: number; mark: string; order: number }[] = [];
  spans.forEach((s, i) => {
    events.push({ at: s.offset, mark: OPEN, order: 1 + i });
    events.push({ at: s.offset + s.length, mark: CLOSE, order: -1 - i });
  });
  events.sort((a, b) => b.at - a.at || a.order - b.order);
  let out = text;
  for (const e of events) out = out.slice(0, e.at) + e.mark + out.slice(e.at);
  return out;
}
