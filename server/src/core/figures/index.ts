// Entry point of the figure recognizer: already-masked text in, figures sorted by offset out.
import type { Figure } from '../types.ts';
import { scanFigures } from './scanner.ts';
import { isCJK, isDigit, isGroupSpace } from './chars.ts';

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
  for (let i = 1; i + 1 < text.length; i++) {
    if (!isGroupSpace(text.charCodeAt(i))) continue;
    const l = text.charCodeAt(i - 1);
    const r = text.charCodeAt(i + 1);
    if (((isDigit(l) || l === 37 /* % */) && isCJK(r)) || (isCJK(l) && isDigit(r))) gaps.push(i);
  }
  return gaps;
}

function scanWithoutGaps(text: string, gaps: number[]): Figure[] {
  // origin[j]: offset in `text` of code unit j of the compacted text.
  const origin = new Int32Array(text.length - gaps.length + 1);
  const parts: string[] = [];
  let from = 0;
  let j = 0;
  for (const g of gaps) {
    parts.push(text.slice(from, g));
    for (let k = from; k < g; k++) origin[j++] = k;
    from = g + 1;
  }
  parts.push(text.slice(from));
  for (let k = from; k < text.length; k++) origin[j++] = k;
  origin[j] = text.length;
  const found = scanFigures(parts.join(''));
  for (const f of found) {
    const start = origin[f.offset];
    const end = f.length > 0 ? origin[f.offset + f.length - 1] + 1 : start;
    f.offset = start;
    f.length = end - start;
    f.text = text.slice(start, end);
  }
  return found;
}
