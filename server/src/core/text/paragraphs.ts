// Paragraphs: the unit the recognizer, the name scan and the analysis memo read alone.
import type { TextReader } from './chunked.ts';

/** A paragraph of the masked text (blank-line separated), with its text for the memos. */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/**
 * Paragraphs of masked text: ranges separated by blank lines (only spaces, tabs or CR between two
 * newlines), scanned from `start`, a paragraph start. `stop` may end the scan at a paragraph start.
 * `masked` may be a segment of the text that begins at offset `base`.
 */
export function paragraphsFrom(masked: TextReader, start: number, out: Paragraph[], stop?: (start: number) => boolean, base = 0): Paragraph[] {
  const n = masked.length;
  const push = (s: number, e: number): void => {
    if (e > s) out.push({ start: s + base, end: e + base, text: masked.slice(s, e) });
  };
  let i = masked.indexOf('\n', start);
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
      push(start, i);
      start = e + 1;
      if (stop?.(start + base)) return out;
      i = masked.indexOf('\n', start);
      continue;
    }
    i = masked.indexOf('\n', i + 1);
  }
  push(start, n);
  return out;
}
