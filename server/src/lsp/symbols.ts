// Document symbols: an outline of the draft's claims grouped by subject.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, FactStore } from '../core/types.ts';
import { displayName, rangeOf } from './convert.ts';

export function documentSymbols(doc: TextDocument, analysis: Analysis, store: FactStore): DocumentSymbol[] {
  const groups = new Map<string, DocumentSymbol>();
  const lang = analysis.language === 'en' ? 'en' : 'zh';
  for (const claim of analysis.claims) {
    const figure = analysis.figures[claim.figure];
    const key = claim.subject ?? '';
    let group = groups.get(key);
    const range = rangeOf(doc, figure);
    if (!group) {
      const entity = claim.subject ? store.entities.get(claim.subject) : undefined;
      const name = entity ? displayName(entity, lang) : claim.subject ?? (lang === 'zh' ? '（未归属）' : '(no subject)');
      group = { name, kind: SymbolKind.Namespace, range, selectionRange: range, children: [] };
      groups.set(key, group);
    }
    group.children!.push({
      name: figure.text,
      detail: [claim.measure, claim.time?.label, claim.scope].filter(Boolean).join(' · '),
      kind: SymbolKind.Number,
      range,
      selectionRange: range,
    });
    if (range.end.line > group.range.end.line || (range.end.line === group.range.end.line && range.end.character > group.range.end.character)) {
      group.range = { start: group.range.start, end: range.end };
    }
  }
  return [...groups.values()];
}
