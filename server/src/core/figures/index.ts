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
    return scanFigures(text);
  } catch {
    return [];
  }
}
