// An open document whose text is a ChunkedText: an edit replaces one chunk instead of making (and
// reading, which is what costs: docs/performance.md) a new string of the whole draft. It behaves
// as vscode-languageserver-textdocument's TextDocument (MIT), whose offset and line bookkeeping
// this follows, CRLF pairs split by an edit included.
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import { ChunkedText, type TextReader } from '../core/text/chunked.ts';

const LF = 10;
const CR = 13;
const isEOL = (c: number): boolean => c === CR || c === LF;

export class ChunkedDocument implements TextDocument {
  private lineOffsets: number[] | undefined;
  private flat: string | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    private text: ChunkedText,
  ) {}

  get version(): number {
    return this.currentVersion;
  }

  /** The text as the analysis reads it. */
  get content(): ChunkedText {
    return this.text;
  }

  getText(range?: Range): string {
    if (range) return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    // Made once per version, for the few readers that need the whole text as a string.
    return (this.flat ??= this.text.toString());
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change) || change.range === undefined) {
        this.text = ChunkedText.of(change.text);
        this.flat = undefined;
        this.lineOffsets = undefined;
        continue;
      }
      const range = wellFormed(change.range);
      const start = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      this.text = this.text.splice(start, end, change.text);
      this.flat = undefined;
      const insertedEnd = start + change.text.length;
      const t = this.text;
      if ((t.charCodeAt(start - 1) === CR && t.charCodeAt(start) === LF) || (t.charCodeAt(insertedEnd - 1) === CR && t.charCodeAt(insertedEnd) === LF)) {
        // A CRLF pair across an edit's edge is not in the inserted text's line offsets: count again.
        this.lineOffsets = undefined;
        continue;
      }
      const offsets = this.lineOffsets;
      if (!offsets) continue;
      const startLine = Math.max(range.start.line, 0);
      const endLine = Math.max(range.end.line, 0);
      const added = lineStarts(change.text, false, start);
      if (endLine - startLine === added.length) {
        for (let i = 0; i < added.length; i++) offsets[i + startLine + 1] = added[i];
      } else if (added.length < 10000) {
        offsets.splice(startLine + 1, endLine - startLine, ...added);
      } else {
        this.lineOffsets = offsets.slice(0, startLine + 1).concat(added, offsets.slice(endLine + 1));
      }
      const diff = change.text.length - (end - start);
      if (diff !== 0) {
        const all = this.lineOffsets!;
        for (let i = startLine + 1 + added.length; i < all.length; i++) all[i] += diff;
      }
    }
    this.currentVersion = version;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    const offsets = this.getLineOffsets();
    let low = 0;
    let high = offsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (offsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeEOL(offset, offsets[line]);
    return { line, character: offset - offsets[line] };
  }

  offsetAt(position: Position): number {
    const offsets = this.getLineOffsets();
    if (position.line >= offsets.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = offsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < offsets.length ? offsets[position.line + 1] : this.text.length;
    return this.beforeEOL(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  getLineRange(line: number): Range {
    const offsets = this.getLineOffsets();
    if (line >= offsets.length) {
      const last = offsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - offsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = offsets[line];
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.text.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEOL(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const offsets = this.getLineOffsets();
    if (line < 0 || line >= offsets.length) return '';
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.text.length;
    return this.text.slice(this.beforeEOL(next, offsets[line]), next);
  }

  private beforeEOL(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEOL(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  private getLineOffsets(): number[] {
    // Whole-text counts are rare (an open, a full change, a CRLF split by an edit): one string is fine.
    return (this.lineOffsets ??= lineStarts(this.getText(), true));
  }
}

/** Offsets where lines start in `text` (after \n, \r or \r\n), shifted by `base`. */
function lineStarts(text: string, atLineStart: boolean, base = 0): number[] {
  const out = atLineStart ? [base] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isEOL(c)) {
      if (c === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      out.push(base + i + 1);
    }
  }
  return out;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** The text of an open document as the analysis reads it: its chunks when it has them. */
export function textOf(doc: TextDocument): TextReader {
  return doc instanceof ChunkedDocument ? doc.content : doc.getText();
}

/** What TextDocuments needs to keep open documents as ChunkedDocuments. */
export const chunkedDocuments: TextDocumentsConfiguration<ChunkedDocument> = {
  create: (uri, languageId, version, content) => new ChunkedDocument(uri, languageId, version, ChunkedText.of(content)),
  update: (doc, changes, version) => {
    doc.update(changes, version);
    return doc;
  },
};
