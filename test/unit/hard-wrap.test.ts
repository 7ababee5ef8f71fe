// A hard-wrapped draft has the figures of the same draft unwrapped. Every passage of the figure
// corpus is wrapped at several widths (a space becomes a newline, so offsets stay the same) and must
// give the same figures at the same offsets, in Markdown and in plain text. A wrap that would start
// a line with a block marker (a list item, heading, quote…) changes what the text is, and is skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { maskText } from '../../server/src/core/text/mask.ts';
import { recognizeFigures } from '../../server/src/core/figures/index.ts';
import { readFixtureFiles } from './fixture-files.ts';
import { stripMarkers } from './marked-text.ts';

const HERE = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
const { files } = readFixtureFiles(join(HERE, '..', 'fixtures', 'figures'));

/** A line starting like this would begin a block of its own (docs/figures.md, "Scripts and typesetting"). */
const BLOCK_START = /^(?:[-*+] |\d{1,9}[.)] |[#>|[<`~=•·●○■□◆◇▪▫►▶※★☆✓✔–—_]|[(（][0-9一二三四五六七八九十]{1,3}[)）]|[0-9一二三四五六七八九十]{1,3}、)/;

/** `text` with some spaces turned into newlines so that no line is longer than `width`, where it can. */
function wrap(text: string, width: number): string {
  const out = text.split('');
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (out[i] === ' ' && !BLOCK_START.test(text.slice(i + 1, i + 12)) && text[i - 1] !== ' ' && text[i + 1] !== ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      out[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return out.join('');
}

const shape = (text: string, format: 'markdown' | 'plaintext') =>
  recognizeFigures(maskText(text, format)).map((f) => `${f.offset}+${f.length} ${f.kind} ${f.value} ${f.low} ${f.high} ${f.qualifier} ${f.noun ?? ''}`);

test('hard-wrapping a passage at 24, 40 or 72 columns changes none of its figures', () => {
  let passages = 0;
  let wraps = 0;
  const failures: string[] = [];
  for (const { file, cases } of files) {
    for (const [index, c] of (cases as { text: string; format?: 'markdown' | 'plaintext' }[]).entries()) {
      const text = stripMarkers(c.text, []).text;
      // Only single paragraphs of prose: a newline already there may be a block boundary, and a table row
      // ends at its line (wrapped, it is another row).
      if (text.includes('\n') || !text.includes(' ') || text.startsWith('|')) continue;
      const format = c.format ?? 'plaintext';
      const flat = shape(text, format);
      passages++;
      for (const width of [24, 40, 72]) {
        const wrapped = wrap(text, width);
        if (wrapped === text) continue;
        wraps++;
        const got = shape(wrapped, format);
        if (JSON.stringify(got) !== JSON.stringify(flat)) {
          failures.push(`${file} #${index + 1} at ${width} columns:\n  unwrapped ${flat.join(' | ')}\n  wrapped   ${got.join(' | ')}\n  ${JSON.stringify(wrapped)}`);
        }
      }
    }
  }
  assert.ok(passages > 1000, `only ${passages} passages`);
  assert.ok(wraps > 2000, `only ${wraps} wrapped versions`);
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} of ${wraps} wrapped passages changed`);
});

test('a wrapped list, heading or quote keeps its lines apart', () => {
  const text = 'Plans for 2026:\n- 5 GW in Texas\n- 3 GW in Ohio\n> 4 GW quoted\n(1) 2 GW first\n一、6 GW';
  const values = recognizeFigures(maskText(text, 'markdown')).map((f) => `${f.kind} ${f.value}`);
  assert.deepEqual(values, ['year 2026', 'power 5000000000', 'power 3000000000', 'power 4000000000', 'power 2000000000', 'power 6000000000']);
});

test('a wrapped line that opens with emphasis joins its paragraph; a thematic break keeps its lines apart', () => {
  for (const format of ['markdown', 'plaintext'] as const) {
    const joined = recognizeFigures(maskText('commits to up to\n**900,000 wafers** a month', format));
    assert.deepEqual(joined.map((f) => `${f.value} ${f.qualifier}`), ['900000 up-to'], format);
  }
  const rule = recognizeFigures(maskText('capacity grew by\n***\n5 GW in Texas', 'markdown'));
  assert.deepEqual(rule.map((f) => `${f.value} ${f.qualifier}`), ['5000000000 exact']);
});

test('a table without outer pipes keeps its rows apart; two pipes in wrapped prose do not make a table', () => {
  for (const format of ['markdown', 'plaintext'] as const) {
    const table = 'Metric | H100 | B200\n---|---|---\nTDP | 700 | 1,000 W\nMemory | 80 | 192 GB';
    const masked = maskText(table, format);
    assert.equal(masked.split('\n').length, 4, `${format}: every row keeps its line break`);
    // "+40\nbps" wraps prose that happens to hold two pipes: no delimiter row, so it is one line.
    const prose = recognizeFigures(maskText('Spread: | | 2028 Notes: +30 bps 2030 Notes: +40\nbps', format));
    assert.deepEqual(prose.filter((f) => f.kind === 'percent').map((f) => f.value), [0.3, 0.4], format);
  }
});
