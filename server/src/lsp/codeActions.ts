// Code actions: the checks' quick fixes, "Add to fact store…" on a figure, "Ignore this finding".
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Finding } from '../core/types.ts';
import { rangeOf } from './convert.ts';
import { SOURCE } from './diagnostics.ts';

type Lang = 'zh' | 'en';

function isMarkdown(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || /\.(md|markdown|mdx)$/i.test(doc.uri);
}

/**
 * The finding a diagnostic shows: same code and span, or (for a diagnostic the editor kept from
 * before an edit) the finding of that code overlapping it. Diagnostics carry no data: the
 * 1 MB bench draft's 309 are sent after every keystroke.
 */
function findingOf(doc: TextDocument, diag: Diagnostic, analysis: Analysis): Finding | undefined {
  const start = doc.offsetAt(diag.range.start);
  const end = doc.offsetAt(diag.range.end);
  let overlapping: Finding | undefined;
  for (const f of analysis.findings) {
    if (f.code !== diag.code) continue;
    if (f.offset === start && f.offset + f.length === end) return f;
    if (!overlapping && f.offset < Math.max(end, start + 1) && f.offset + Math.max(f.length, 1) > start) overlapping = f;
  }
  return overlapping;
}

export function codeActions(doc: TextDocument, params: CodeActionParams, analysis: Analysis, lang: Lang): CodeAction[] {
  const actions: CodeAction[] = [];
  const from = doc.offsetAt(params.range.start);
  const to = doc.offsetAt(params.range.end);
  for (const diag of params.context.diagnostics) {
    if (diag.source !== SOURCE) continue;
    const finding = findingOf(doc, diag, analysis);
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
    // Kept in the draft itself, so it survives restarts and travels with the file: an HTML comment
    // at the end of the line is invisible in rendered Markdown and does not split the paragraph.
    if (isMarkdown(doc)) {
      const line = doc.positionAt(finding.offset).line;
      const end = doc.positionAt(doc.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }));
      actions.push({
        title: lang === 'zh' ? `在稿件中忽略此行的 ${finding.code}（添加注释）` : `Ignore ${finding.code} on this line in the draft (adds a comment)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag as Diagnostic],
        edit: { changes: { [doc.uri]: [{ range: { start: end, end }, newText: ` <!-- infra-factcheck-disable-line ${finding.code} -->` }] } },
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
