// Human and CI formats of the CLI: pretty (caret under the figure), SARIF 2.1.0, GitHub annotations.
import type { Severity } from '../core/types.ts';
import { describeFigure } from '../core/figures/format.ts';
import { CHECKS } from '../core/checks/index.ts';
import { LineMap, type FileReport } from './report.ts';

const COLOURS = { red: 31, yellow: 33, blue: 34, cyan: 36, grey: 90, bold: 1 } as const;

export function paint(enabled: boolean) {
  return (colour: keyof typeof COLOURS, s: string) => (enabled ? `\x1b[${COLOURS[colour]}m${s}\x1b[0m` : s);
}

const SEVERITY_COLOUR: Record<Severity, keyof typeof COLOURS> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'grey' };

/** Display width of a string in a terminal: CJK and full-width characters take two cells. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

function caretLine(text: string, lines: LineMap, offset: number, length: number): string[] {
  const pos = lines.position(offset);
  const start = lines.lineStart(pos.line);
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const line = text.slice(start, end).replace(/\r$/, '');
  const before = line.slice(0, pos.character);
  const span = text.slice(offset, Math.min(offset + length, end));
  return [`    ${line}`, `    ${' '.repeat(width(before))}${'^'.repeat(Math.max(1, width(span)))}`];
}

export function pretty(files: FileReport[], opts: { colour: boolean; figures: boolean; lang: 'zh' | 'en' | 'auto' }): string {
  const c = paint(opts.colour);
  const out: string[] = [];
  for (const { path, text, analysis } of files) {
    const lines = new LineMap(text);
    out.push(c('bold', path) + c('grey', `  (${analysis.language}, ${analysis.figures.length} figures, ${analysis.mentions.length} entity mentions, ${analysis.findings.length} findings)`));
    if (opts.figures) {
      const lang = opts.lang === 'auto' ? (analysis.language === 'en' ? 'en' : 'zh') : opts.lang;
      for (let i = 0; i < analysis.figures.length; i++) {
        const f = analysis.figures[i];
        const p = lines.position(f.offset);
        const claim = analysis.claims.find((x) => x.figure === i);
        const about = claim && (claim.subject || claim.measure) ? c('grey', `  [${claim.subject ?? '?'} · ${claim.measure ?? '?'}${claim.time?.label ? ' · ' + claim.time.label : ''}]`) : '';
        out.push(`  ${c('grey', `${p.line + 1}:${p.character + 1}`.padEnd(8))} ${c('cyan', f.text)} → ${describeFigure(f, lang)} ${c('grey', `(${f.kind}${f.qualifier !== 'exact' ? ', ' + f.qualifier : ''})`)}${about}`);
      }
    }
    for (const f of analysis.findings) {
      const p = lines.position(f.offset);
      out.push(`${path}:${p.line + 1}:${p.character + 1}: ${c(SEVERITY_COLOUR[f.severity], f.severity)} ${c('grey', `[${f.code}]`)} ${f.message}`);
      out.push(...caretLine(text, lines, f.offset, f.length).map((l, k) => (k === 1 ? c(SEVERITY_COLOUR[f.severity], l) : l)));
      for (const r of f.related) {
        const where = r.path ? `${r.path}:${(r.line ?? 0) + 1}` : r.offset !== undefined ? `${path}:${lines.position(r.offset).line + 1}` : '';
        out.push(c('grey', `    note: ${where ? where + ': ' : ''}${r.message}`));
      }
    }
    out.push('');
  }
  return out.join('\n');
}

export function github(files: FileReport[]): string {
  const level: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escProp = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const out: string[] = [];
  for (const { path, text, analysis } of files) {
    const lines = new LineMap(text);
    for (const f of analysis.findings) {
      const r = lines.range(f.offset, f.length);
      out.push(`::${level[f.severity]} file=${escProp(path)},line=${r.start.line + 1},col=${r.start.character + 1},endLine=${r.end.line + 1},endColumn=${r.end.character + 1},title=${escProp('infra-factcheck ' + f.code)}::${esc(f.message)}`);
    }
  }
  return out.join('\n');
}

export function sarif(files: FileReport[], version: string) {
  const level: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
  const codes = new Set<string>();
  for (const { analysis } of files) for (const f of analysis.findings) codes.add(f.code);
  const rules = [...new Set([...CHECKS.map((c) => c.code), ...codes])].map((code) => {
    const def = CHECKS.find((c) => c.code === code);
    return {
      id: code,
      name: code.replace(/(^|-)([a-z])/g, (_, _d, ch: string) => ch.toUpperCase()),
      shortDescription: { text: def?.description.en ?? code },
      defaultConfiguration: { level: def ? level[def.defaultSeverity] : 'warning' },
    };
  });
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = [];
  for (const { path, text, analysis } of files) {
    const lines = new LineMap(text);
    for (const f of analysis.findings) {
      const r = lines.range(f.offset, f.length);
      results.push({
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code),
        level: level[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(path.replace(/\\/g, '/')) }, region: { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 } } }],
        partialFingerprints: { 'infraFactcheck/v1': f.key.length > 200 ? f.key.slice(0, 200) : f.key },
        ...(f.related.length ? {
          relatedLocations: f.related.map((rel, id) => {
            const rr = rel.offset !== undefined && !rel.path ? lines.range(rel.offset, rel.length ?? 0) : { start: { line: rel.line ?? 0, character: rel.character ?? 0 }, end: { line: rel.line ?? 0, character: rel.character ?? 0 } };
            return {
              id,
              message: { text: rel.message },
              physicalLocation: { artifactLocation: { uri: encodeURI((rel.path ?? path).replace(/\\/g, '/')) }, region: { startLine: rr.start.line + 1, startColumn: rr.start.character + 1 } },
            };
          }),
        } : {}),
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'infra-factcheck', version, informationUri: 'https://github.com/infra-factcheck/infra-factcheck', rules } }, columnKind: 'utf16CodeUnits', results }],
  };
}
