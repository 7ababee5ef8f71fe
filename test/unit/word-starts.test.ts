import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordStarts } from '../../server/src/core/text/word-starts.ts';
import { startsWithAsciiCI } from '../../server/src/core/text/ascii-case.ts';

const WORDS = ['per year', 'per gpu', 'annual', 'a year', 'each', '每年', '每块', '/年', 'x', 'é-tail'];
const index = new WordStarts(WORDS.map((w) => [w, w] as const));

/** Every word found at each position by a plain scan, against the index's candidates. */
function scanBoth(text: string): { plain: string[]; indexed: string[] } {
  const plain: string[] = [];
  const indexed: string[] = [];
  for (let at = 0; at < text.length; at++) {
    for (const w of WORDS) if (startsWithAsciiCI(text, at, w)) plain.push(`${at}:${w}`);
    for (const w of index.at(text, at) ?? []) if (startsWithAsciiCI(text, at, w)) indexed.push(`${at}:${w}`);
  }
  return { plain, indexed };
}

test('the index finds every word a plain scan finds, case-blind for ASCII, in Chinese and at the end', () => {
  const cases: [string, string[]][] = [
    ['Spending PER YEAR and Per GPU', ['9:per year', '22:per gpu']],
    ['每年投入，每块芯片', ['0:每年', '5:每块']],
    ['$5/年 each', ['2:/年', '5:each']],
    ['ends with x, fox', ['10:x', '15:x']],
    ['an annual, A Year', ['3:annual', '11:a year']],
    ['', []],
    ['pe', []],
  ];
  for (const [text, want] of cases) {
    const { plain, indexed } = scanBoth(text);
    assert.deepEqual(indexed, plain, text);
    assert.deepEqual(indexed, want, text);
  }
});

test('positions whose first two letters begin no word get no candidates', () => {
  assert.equal(index.at('pa', 0), undefined);
  assert.equal(index.at('ab', 0), undefined);
  assert.deepEqual(index.at('Each', 0), ['each']);
  assert.deepEqual(index.at('a year', 0), ['annual', 'a year']);
  // A word whose second code unit is not ASCII: its first letter alone lets the position through.
  assert.deepEqual(index.at('éa', 0), ['é-tail']);
});
