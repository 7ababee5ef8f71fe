// Code actions: the checks' quick fixes, "Add to fact store…" on a figure, "Ignore this finding".
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types.ts';
import { rangeOf } from './convert.ts';
import { SOURCE } from './diagnostics.ts';

type Lang = 'zh' | 'en';

export function codeActions(doc: TextDocument, params: CodeActionParams, analysis: Analysis, lang: Lang): CodeAction[] {
  const actions: CodeAction[] = [];
  const from = doc.offsetAt(params.range.start);
  const to = doc.offsetAt(params.range.end);
  for (const diag of params.context.diagnostics) {
    if (diag.source !== SOURCE) continue;
    const key = (diag.data as { key?: string } | undefined)?.key;
    const finding = analysis.findings.find((f) => f.key === key);
    if (!finding) continue;
    for (const fix of finding.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag as Diagnostic],
        isPreferred: fix.preferred,
        edit: { changes: { [doc.uri]: fix.edits.map((e) => ({ range: rangeOf(doc, e), newText: e.newText })) } },
      });
    }
    actions.push({
      title: lang === 'zh' ? `忽略此问题（${finding.code}）` : `Ignore this finding (${finding.code})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diag as Diagnostic],
      command: { title: 'Ignore', command: 'infraFactcheck.ignoreFinding', arguments: [doc.uri, finding.key] },
    });
  }
  for (let i = 0; i < analysis.figures.length; i++) {
    const f = analysis.figures[i];
    if (f.offset > to || f.offset + f.length < from) continue;
    const claim = analysis.claims.find((c) => c.figure === i);
    if (!claim) continue;
    actions.push({
      title: lang === 'zh' ? `将“${f.text}”加入事实库…` : `Add "${f.text}" to fact store…`,
      kind: CodeActionKind.Refactor,
      command: { title: 'Add to fact store', command: 'infraFactcheck.addFact', arguments: [doc.uri, f.offset] },
    });
  }
  return actions;
}
