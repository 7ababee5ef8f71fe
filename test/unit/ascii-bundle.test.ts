// scripts/ascii-only.mjs rewrites the bundles' non-ASCII characters as escapes: what a regular expression
// matches must not change (docs/performance.md: a two-byte source doubles the memory of every start).
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import { asciiOnlySource } from '../../scripts/ascii-only.mjs';

const escape = asciiOnlySource as (source: string) => string;

const CASES: { regex: string; inputs: string[] }[] = [
  { regex: '/[一-龥]+/', inputs: ['中文', 'abc', '〇'] },
  { regex: '/(?:万|亿)元/', inputs: ['万元', '亿元', '千元'] },
  { regex: '/\\（/', inputs: ['（', '(', '\\（'] },
  { regex: '/\\\\中/', inputs: ['\\中', '中'] },
  { regex: '/😀/u', inputs: ['😀', '\ud83d'] },
  { regex: '/[😀]/u', inputs: ['😀', '\ude00'] },
  { regex: '/^[·•]\\s/', inputs: ['· a', '• b', '- c'] },
];

for (const { regex, inputs } of CASES) {
  test(`an escaped regular expression matches as before: ${regex}`, () => {
    const escaped = escape(regex);
    assert.ok(/^[\x00-\x7f]*$/.test(escaped), `not ASCII: ${escaped}`);
    const before = (0, eval)(regex) as RegExp;
    const after = (0, eval)(escaped) as RegExp;
    for (const s of inputs) assert.equal(after.test(s), before.test(s), `${escaped} on ${JSON.stringify(s)}`);
  });
}

test('comments and ASCII text are kept, only the characters change', () => {
  assert.equal(escape('const a = 1; // 注释 ok'), 'const a = 1; // \\u6ce8\\u91ca ok');
  assert.equal(escape('plain ASCII'), 'plain ASCII');
});
