// Translating core records (UTF-16 offsets) into protocol types.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Range } from 'vscode-languageserver';
import type { Entity, Severity, Span } from '../core/types.ts';

export function rangeOf(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.offset), end: doc.positionAt(span.offset + span.length) };
}

export function severityOf(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
  }
}

/** Index of the span containing offset in a sorted, non-overlapping list, or -1. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.offset) hi = mid - 1;
    else if (offset > s.offset + s.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Escape text from the fact store or the draft for Markdown hovers (it is untrusted). */
export function escapeMarkdown(text: string): string {
  // Brackets, emphasis, code, HTML and tables are enough to neutralise links, images and markup;
  // '.', '-' and '(' stay readable (1.2 GW, not 1\.2 GW).
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => '\\' + c).replace(/\r?\n/g, ' ');
}

/** Only http(s) and file links are allowed in hovers and document links. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (!/^(https?|file):\/\//i.test(trimmed)) return undefined;
  // encodeURIComponent leaves ( and ) alone, and a ')' would end the Markdown link target early.
  return trimmed.replace(/[()[\]<>\s"'`]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** An entity's name in the editor's language: its first name in that language, else its first English one, else its id. */
export function displayName(entity: Entity, lang: 'zh' | 'en'): string {
  return entity.names[lang][0] ?? entity.names.en[0] ?? entity.id;
}
