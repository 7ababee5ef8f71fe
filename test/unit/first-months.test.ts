// The first N months of a year (2024年前三个月, 今年前两个月, 前5月) are one period from January to month N.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeFigures } from '../../server/src/core/figures/index.ts';
import { maskText } from '../../server/src/core/text/mask.ts';

test('前N个月 after a year, a relative year or alone runs from January to month N', () => {
  const cases: [string, string, string, string][] = [
    ['2024年前三个月营收增长6%。', '2024年前三个月', '2024-01', '2024-03'],
    ['2023前11个月累计增长。', '2023前11个月', '2023-01', '2023-11'],
    ['今年前两个月出口增长。', '今年前两个月', '--01', '--02'],
    ['前5月出口增长。', '前5月', '--01', '--05'],
    ['2025年前十個月營收創高。', '2025年前十個月', '2025-01', '2025-10'],
  ];
  for (const [text, span, from, to] of cases) {
    const f = recognizeFigures(maskText(text, 'plaintext')).find((x) => x.kind === 'period');
    assert.ok(f, text);
    assert.equal(text.slice(f.offset, f.offset + f.length), span, text);
    assert.deepEqual([f.time?.from, f.time?.to], [from, to], text);
  }
});
