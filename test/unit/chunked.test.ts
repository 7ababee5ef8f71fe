// A ChunkedText (text/chunked.ts) reads exactly like the string it stands for, after any edits,
// whatever the size of its chunks; its line table too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ChunkedText } from '../../server/src/core/text/chunked.ts';

/** Characters that make chunk cuts and searches interesting: CJK, newlines, a surrogate pair. */
const alphabet = fc.constantFrom('a', 'b', '\n', ' ', '亿', '美', '元', '😀', '5');
const text = fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join(''));
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: text });

/** Every read of `chunked` against the same read of `plain`. */
function readsAlike(chunked: ChunkedText, plain: string, what: string): void {
  assert.equal(chunked.length, plain.length, `${what}: length`);
  assert.equal(chunked.toString(), plain, `${what}: toString`);
  for (let i = -2; i <= plain.length + 1; i++) assert.equal(Object.is(chunked.charCodeAt(i), plain.charCodeAt(i)), true, `${what}: charCodeAt(${i})`);
  for (let a = -3; a <= plain.length + 2; a += 2) {
    for (let b = a - 1; b <= plain.length + 3; b += 3) assert.equal(chunked.slice(a, b), plain.slice(a, b), `${what}: slice(${a}, ${b})`);
    assert.equal(chunked.slice(a), plain.slice(a), `${what}: slice(${a})`);
  }
  for (const needle of ['a', 'ab', '\n\n', '亿美元', '😀', 'b a', '']) {
    for (let from = -1; from <= plain.length + 1; from += 2) {
      assert.equal(chunked.indexOf(needle, from), plain.indexOf(needle, from), `${what}: indexOf(${JSON.stringify(needle)}, ${from})`);
      assert.equal(chunked.lastIndexOf(needle, from), plain.lastIndexOf(needle, from), `${what}: lastIndexOf(${JSON.stringify(needle)}, ${from})`);
    }
    assert.equal(chunked.lastIndexOf(needle), plain.lastIndexOf(needle), `${what}: lastIndexOf(${JSON.stringify(needle)})`);
  }
  // Lines: the newlines before the offset, and the distance from the last of them (tables carried across edits).
  for (let i = 0; i <= plain.length; i++) {
    const before = plain.slice(0, i);
    const line = before.split('\n').length - 1;
    assert.deepEqual(chunked.lineCol(i), { line, character: i - (before.lastIndexOf('\n') + 1) }, `${what}: lineCol(${i})`);
  }
}

test('a chunked text reads like its string, for chunks of 1 to 8 characters', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 8 }), (plain, size) => {
      readsAlike(ChunkedText.of(plain, size), plain, `chunks of ${size}`);
    }),
    { numRuns: 300 },
  );
});

test('after any sequence of edits a chunked text reads like the edited string', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 8 }), fc.array(edit, { maxLength: 12 }), (start, size, edits) => {
      let plain = start;
      let chunked = ChunkedText.of(start, size);
      for (const [k, e] of edits.entries()) {
        const from = Math.min(e.at, plain.length);
        const to = Math.min(from + e.remove, plain.length);
        plain = plain.slice(0, from) + e.insert + plain.slice(to);
        chunked = chunked.splice(from, to, e.insert);
        readsAlike(chunked, plain, `edit ${k + 1}`);
      }
    }),
    { numRuns: 300 },
  );
});

test('the start and end two versions share are those of their strings', () => {
  /** The longest common prefix, then the longest common suffix of what is left, of two strings. */
  const ends = (x: string, y: string): { prefix: number; suffix: number } => {
    let prefix = 0;
    while (prefix < x.length && prefix < y.length && x[prefix] === y[prefix]) prefix++;
    const max = Math.min(x.length, y.length) - prefix;
    let suffix = 0;
    while (suffix < max && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix++;
    return { prefix, suffix };
  };
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 8 }), fc.array(edit, { maxLength: 4 }), (start, size, edits) => {
      let plain = start;
      const original = ChunkedText.of(start, size);
      let chunked = original;
      for (const e of edits) {
        const from = Math.min(e.at, plain.length);
        const to = Math.min(from + e.remove, plain.length);
        plain = plain.slice(0, from) + e.insert + plain.slice(to);
        chunked = chunked.splice(from, to, e.insert);
      }
      const expected = ends(start, plain);
      // Edited versions share chunk objects; a text cut afresh, with other cuts, shares none.
      assert.deepEqual(original.sharedEnds(chunked), expected);
      assert.deepEqual(original.sharedEnds(ChunkedText.of(plain, size + 1)), expected);
    }),
    { numRuns: 500 },
  );
});

test('an edit shares the chunks it does not touch and keeps its own small', () => {
  const size = 16;
  const plain = 'x'.repeat(size * 10);
  const before = ChunkedText.of(plain, size);
  const after = before.splice(size * 5 + 3, size * 5 + 4, '亿');
  const chunksOf = (t: ChunkedText): string[] => (t as unknown as { chunks: string[] }).chunks;
  assert.equal(chunksOf(after).length, 10);
  for (const k of [0, 1, 2, 3, 4, 6, 7, 8, 9]) assert.equal(chunksOf(after)[k], chunksOf(before)[k], `chunk ${k}`);
  assert.equal(chunksOf(after)[5], 'x'.repeat(3) + '亿' + 'x'.repeat(size - 4));
  // A paste far longer than a chunk is cut again; deleting nearly all of a chunk joins what is left to the next.
  const pasted = before.splice(0, 0, 'y'.repeat(size * 5));
  assert.ok(chunksOf(pasted).every((c) => c.length <= 2 * size), 'no chunk over twice the size');
  const emptied = before.splice(size, 2 * size - 1, '');
  assert.equal(chunksOf(emptied).length, 9);
  assert.equal(emptied.toString(), plain.slice(0, size) + 'x' + plain.slice(2 * size));
});
