// Diagnostics: findings of a draft, and problems of fact-store files, as LSP diagnostics.
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, StoreProblem } from '../core/types.ts';
import { rangeOf, severityOf } from './convert.ts';

export const SOURCE = 'infra-factcheck';

export function findingDiagnostics(doc: TextDocument, analysis: Analysis): Diagnostic[] {
  return analysis.findings.map((f) => {
    const related: DiagnosticRelatedInformation[] = [];
    for (const r of f.related) {
      if (r.path === undefined && r.offset !== undefined) {
        related.push({ location: { uri: doc.uri, range: rangeOf(doc, { offset: r.offset, length: r.length ?? 0 }) }, message: r.message });
      } else if (r.path) {
        const line = r.line ?? 0;
        const character = r.character ?? 0;
        related.push({ location: { uri: uriOfPath(r.path), range: { start: { line, character }, end: { line, character } } }, message: r.message });
      }
    }
    const d: Diagnostic = {
      range: rangeOf(doc, f),
      severity: severityOf(f.severity),
      code: f.code,
      source: SOURCE,
      message: f.message,
    };
    if (related.length) d.relatedInformation = related;
    return d;
  });
}

/** Cross-draft findings name a document URI; findings against the store name the fact's file path. */
function uriOfPath(p: string): string {
  let uri = uriOfPathMemo.get(p);
  if (uri === undefined) {
    const isUri = /^[a-z][a-z0-9+.-]+:/i.test(p) && !/^[a-z]:[\\/]/i.test(p);
    uri = isUri ? p : pathToFileURL(p).href;
    // A few fact files and open drafts: every publish of a long draft names the same ones again.
    if (uriOfPathMemo.size > 10_000) uriOfPathMemo.clear();
    uriOfPathMemo.set(p, uri);
  }
  return uri;
}
const uriOfPathMemo = new Map<string, string>();

export function storeDiagnostics(problems: StoreProblem[]): Diagnostic[] {
  return problems.map((p) => ({
    // The problem's line from its column to the end (the start of the next line).
    range: { start: { line: p.line, character: p.column }, end: { line: p.line + 1, character: 0 } },
    severity: severityOf(p.severity),
    code: p.code,
    source: SOURCE,
    message: p.message,
  }));
}
