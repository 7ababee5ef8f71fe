// Entry point of the figure recognizer: already-masked text in, figures sorted by offset out.
import type { Figure } from '../types.ts';
import { scanFigures } from './scanner.ts';

export { formatValue, describeFigure, figureInterval } from './format.ts';

/**
 * Recognizes every figure (amounts, power, counts, percentages, ratios, years, dates, periods,
 * durations …) in `text`, which must already be masked (text/mask.ts). Never throws; linear time.
 */
export function recognizeFigures(text: string): Figure[] {
  try {
    const gaps = panguGaps(text);
    return gaps.length ? scanWithoutGaps(text, gaps) : scanFigures(text);
  } catch {
    return [];
  }
}


/**
 * Single spaces that typesetting puts between Chinese and Arabic digits ("2026 年", "约 5 亿",
 * "2% 左右", "11 月 17 日"): unwritten in the grammar of figures, so the scanner reads the text
 * without them and offsets are mapped back.
 */
function panguGaps(text: string): number[] {
  const gaps: number[] = [];
  // A regex finds the candidates in native code; most texts have few.
  PANGU_GAP.lastIndex = 0;
  for (let m = PANGU_GAP.exec(text); m; m = PANGU_GAP.exec(text)) {
    gaps.push(m.index + 1);
    // The next gap may share this one's right character ("约 5 亿": 约␣5 then 5␣亿).
    PANGU_GAP.lastIndex = m.index + 2;
  }
  return gaps;
}

/** A digit or % then a CJK character, or a CJK character then a digit, with one group space between. */
const PANGU_GAP = /[0-9%][ \u00a0\u202f\u2009][\u3400-\u9fff\uf900-\ufaff]|[\u3400-\u9fff\uf900-\ufaff][ \u00a0\u202f\u2009][0-9]/g;

function scanWithoutGaps(text: string, gaps: number[]): Figure[] {
  const parts: string[] = [];
  let from = 0;
  for (const g of gaps) {
    parts.push(text.slice(from, g));
    from = g + 1;
  }
  parts.push(text.slice(from));
  const found = scanFigures(parts.join(''));
  // Code unit j of the compacted text is at j + (the number of gaps before it) in `text`. Gap k sits
  // before compacted unit gaps[k] - k, which grows with k: a binary search counts them.
  const origin = (j: number): number => {
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (gaps[mid] - mid <= j) lo = mid + 1;
      else hi = mid;
    }
    return j + lo;
  };
  for (const f of found) {
    const start = origin(f.offset);
    const end = f.length > 0 ? origin(f.offset + f.length - 1) + 1 : start;
    f.offset = start;
    f.length = end - start;
    f.text = text.slice(start, end);
  }
  return found;
}
