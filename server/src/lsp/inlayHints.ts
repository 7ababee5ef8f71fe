// Inlay hints after Chinese and compact figures with the normalised value.
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Figure } from '../core/types.ts';
import { describeFigure } from '../core/figures/format.ts';

const HINT_KINDS = new Set(['money', 'power', 'energy', 'count', 'percent', 'ratio', 'area', 'compute', 'data', 'volume', 'length', 'voltage', 'current', 'apparent-power']);

/** Figures whose written form hides the magnitude: Chinese scale words, k/m/bn/B suffixes, vague words. */
export function needsHint(f: Figure): boolean {
  if (!HINT_KINDS.has(f.kind)) return false;
  if (f.lang === 'zh') return true;
  if (f.qualifier === 'vague') return true;
  return /\d(?:\.\d+)?\s?(?:k|m|mn|bn|b|tn|t)\b/i.test(f.text) || /\$\s?\d[\d.,]*\s?[MBT]\b/.test(f.text);
}

export function inlayHints(doc: TextDocument, analysis: Analysis, range: Range): InlayHint[] {
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const f of analysis.figures) {
    if (f.offset + f.length < from || f.offset > to || !needsHint(f)) continue;
    const label = describeFigure(f, 'en');
    if (!label || label === f.text) continue;
    hints.push({
      position: doc.positionAt(f.offset + f.length),
      label: `≈ ${label}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: describeFigure(f, 'zh'),
    });
  }
  return hints;
}
