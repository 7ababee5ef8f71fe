import type { Figure } from '../types.ts';

/**
 * A figure with every field written, in one order: all figures then share one hidden class and the
 * code reading them stays monomorphic. Built piecemeal, figures come in half a dozen shapes (which
 * optional fields they have), and property reads on them go megamorphic: ~10% of a keystroke.
 */
export function figureRecord(f: Figure, offset = f.offset, time = f.time): Figure {
  return {
    offset, length: f.length, text: f.text, kind: f.kind, value: f.value, low: f.low, high: f.high, unit: f.unit,
    qualifier: f.qualifier, approx: f.approx, noun: f.noun, unitText: f.unitText, time, lang: f.lang,
  };
}
