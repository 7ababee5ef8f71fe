// An open document kept as chunks (lsp/document.ts) behaves as vscode-languageserver-textdocument's
// TextDocument under any sequence of edits: the same text, lines, positions and offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { ChunkedDocument } from '../../server/src/lsp/document.ts';
import { ChunkedText } from '../../server/src/core/text/chunked.ts';

const alphabet = fc.constantFrom('a', '\n', '\r', '\r\n', ' ', '亿', '😀', '5');
const text = fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join(''));
/** A change as an editor sends it: a range inside the document (start and end may be swapped), or all of it. */
type Change = { from: number; to: number; text: string } | { text: string };
const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ from: fc.nat(), to: fc.nat(), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);
function eventOf(c: Change, doc: TextDocument): TextDocumentContentChangeEvent {
  if (!('from' in c)) return c;
  const n = doc.getText().length + 1;
  return { range: { start: doc.positionAt(c.from % n), end: doc.positionAt(c.to % n) }, text: c.text };
}

function alike(ours: ChunkedDocument, theirs: TextDocument, what: string): void {
  assert.equal(ours.getText(), theirs.getText(), `${what}: text`);
  assert.equal(ours.content.toString(), theirs.getText(), `${what}: chunks`);
  assert.equal(ours.lineCount, theirs.lineCount, `${what}: lineCount`);
  assert.equal(ours.version, theirs.version, `${what}: version`);
  for (let offset = -1; offset <= theirs.getText().length + 1; offset++) assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `${what}: positionAt(${offset})`);
  for (let line = -1; line <= theirs.lineCount + 1; line++) {
    for (let character = -1; character <= 8; character++) assert.equal(ours.offsetAt({ line, character }), theirs.offsetAt({ line, character }), `${what}: offsetAt(${line}:${character})`);
    const range = { start: { line, character: 1 }, end: { line: line + 1, character: 2 } };
    assert.equal(ours.getText(range), theirs.getText(range), `${what}: getText(${line})`);
  }
}

test('edits of a chunked document give what TextDocument gives, CRLF split by edits included', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 6 }), fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (start, size, edits) => {
      const ours = new ChunkedDocument('file:///d.md', 'markdown', 1, ChunkedText.of(start, size));
      let theirs = TextDocument.create('file:///d.md', 'markdown', 1, start);
      alike(ours, theirs, 'opened');
      // Positions are read before some edits and not others: line offsets kept up to date and
      // line offsets counted afresh must agree.
      for (const [k, changes] of edits.entries()) {
        // Each change's range is read in the document as the changes before it left it.
        for (const c of changes) {
          const event = eventOf(c, theirs);
          ours.update([event], k + 2);
          theirs = TextDocument.update(theirs, [event], k + 2);
        }
        if (k % 2 === 1) alike(ours, theirs, `after edit ${k + 1}`);
      }
      alike(ours, theirs, 'at the end');
    }),
    { numRuns: 400 },
  );
});
