// The CLI's machine-readable form (stable: later work adds fields, never renames).
import type { Analysis, Finding } from '../core/types.ts';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** Offsets → LSP positions for one text (UTF-16, lines split at \n, \r\n or \r). */
export class LineMap {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + length) };
  }
  lineStart(line: number): number {
    return this.starts[Math.min(line, this.starts.length - 1)];
  }
}

export interface FileReport {
  path: string;
  text: string;
  analysis: Analysis;
}

export function toJson(files: FileReport[], storeInfo?: unknown) {
  return {
    version: 1,
    ...(storeInfo ? { store: storeInfo } : {}),
    files: files.map(({ path, text, analysis }) => {
      const lines = new LineMap(text);
      return {
        path,
        language: analysis.language,
        figures: analysis.figures.map((f, i) => {
          const claim = analysis.claims.find((c) => c.figure === i);
          return {
            text: f.text,
            offset: f.offset,
            length: f.length,
            range: lines.range(f.offset, f.length),
            kind: f.kind,
            value: f.value,
            low: f.low,
            high: f.high,
            unit: f.unit,
            qualifier: f.qualifier,
            approx: f.approx,
            subject: claim?.subject ?? null,
            measure: claim?.measure ?? null,
            ...(claim?.time ? { time: claim.time } : f.time ? { time: f.time } : {}),
            ...(f.noun ? { noun: f.noun } : {}),
            ...(claim?.scope ? { scope: claim.scope } : {}),
          };
        }),
        mentions: analysis.mentions.map((m) => ({ text: m.text, offset: m.offset, length: m.length, range: lines.range(m.offset, m.length), entity: m.entityId })),
        findings: analysis.findings.map((f) => findingJson(f, path, lines)),
      };
    }),
  };
}

function findingJson(f: Finding, path: string, lines: LineMap) {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    offset: f.offset,
    length: f.length,
    range: lines.range(f.offset, f.length),
    related: f.related.map((r) => ({
      path: r.path ?? path,
      range: r.offset !== undefined && !r.path ? lines.range(r.offset, r.length ?? 0) : { start: { line: r.line ?? 0, character: r.character ?? 0 }, end: { line: r.line ?? 0, character: r.character ?? 0 } },
      message: r.message,
    })),
    factIds: f.factIds,
    fixes: f.fixes.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ offset: e.offset, length: e.length, range: lines.range(e.offset, e.length), newText: e.newText })) })),
  };
}
