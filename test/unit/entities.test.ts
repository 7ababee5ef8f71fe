import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { findMentions } from '../../server/src/core/entities/index.ts';
import { buildTrie, scanNames } from '../../server/src/core/entities/matcher.ts';
import { loadFactStore } from '../../server/src/facts/load.ts';
import { buildStore } from '../../server/src/facts/store.ts';
import { parseFactFile } from '../../server/src/facts/parse.ts';

const store = loadFactStore({ includeDefault: true });

function ids(text: string) {
  return findMentions(text, store).map((m) => `${m.text}=${m.entityId}`);
}

const CASES: [string, string[]][] = [
  ['微软已向OpenAI承诺投资130亿美元', ['微软=microsoft', 'OpenAI=openai']],
  ['Microsoft and OpenAI discussed Stargate.', ['Microsoft=microsoft', 'OpenAI=openai', 'Stargate=stargate-2024']],
  ["OpenAI's deal with Nvidia", ['OpenAI=openai', 'Nvidia=nvidia']],
  ['英伟达首席执行官黄仁勋表示', ['英伟达=nvidia', '黄仁勋=jensen-huang']],
  ['A meta-analysis of metadata', []],
  ['Meta will spend more on Hyperion.', ['Meta=meta', 'Hyperion=hyperion']],
  ['MICROSOFT SAYS', ['MICROSOFT=microsoft']],
  ['OpenAIX is not OpenAI', ['OpenAI=openai']],
];

for (const [text, expected] of CASES) {
  test(`mentions: ${text}`, () => {
    assert.deepEqual(ids(text), expected);
  });
}

test('names broken across lines still match (Sam\\nAltman)', () => {
  const got = ids('首席执行官山姆·奥特曼（Sam\nAltman）深入交流');
  assert.ok(got.includes('山姆·奥特曼=sam-altman'), got.join(' '));
  assert.ok(got.includes('Sam\nAltman=sam-altman'), got.join(' '));
});

test('a Chinese name paired with a known English name in brackets is learned for the draft', () => {
  const s = buildStore([{ name: 't', files: [{ path: 't.yaml', parsed: parseFactFile('t.yaml', 'entities:\n  - id: jane-roe\n    kind: person\n    names: { en: [Jane Roe] }\n') }] }]);
  const text = '分析师简·罗（Jane Roe）表示，项目进展顺利。简·罗补充说，罗本人并不担心。';
  const got = findMentions(text, s).map((m) => `${m.text}@${m.offset}=${m.entityId}`);
  assert.deepEqual(got, ['简·罗@3=jane-roe', 'Jane Roe@7=jane-roe', '简·罗@26=jane-roe']);
});

test('every entity of the example article resolves', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'stargate-zh.md'), 'utf8');
  const found = new Set(findMentions(text, store).map((m) => m.entityId));
  for (const id of ['microsoft', 'openai', 'stargate-2024', 'sam-altman', 'nvidia', 'google', 'amazon', 'amd', 'digital-realty', 'amy-hood', 'kevin-scott', 'jensen-huang', 'greg-brockman', 'databricks', 'intel', 'morgan-stanley', 'chatgpt', 'gpt-4', 'gpt-5', 'infiniband', 'wedc', 'satya-nadella', 'chris-sharp', 'frank-shaw', 'ali-ghodsi', 'pradeep-sindhu', 'brian-harry']) {
    assert.ok(found.has(id), `${id} not found; found: ${[...found].join(', ')}`);
  }
  // The 2024 Microsoft–OpenAI plan, not the 2025 joint venture.
  assert.ok(!found.has('stargate-jv'));
});

test('the 2025 joint venture is chosen when the draft is about SoftBank and Oracle', () => {
  const got = ids('SoftBank, Oracle and OpenAI said Stargate will invest $500 billion.');
  assert.ok(got.includes('Stargate=stargate-jv'), got.join(' '));
});

test('store names in traditional characters match Taiwan and Hong Kong copy, which is read folded to simplified', async () => {
  const { analyze } = await import('../../server/src/core/analyze.ts');
  const got = analyze('台積電宣布在亞利桑那投資1650億美元，輝達與微軟也在列。', { today: '2026-11-29' }, store).mentions.map((m) => `${m.text}=${m.entityId}`);
  assert.ok(got.includes('台積電=tsmc'), got.join(' '));
  assert.ok(got.includes('微軟=microsoft'), got.join(' '));
});

test('names learned from the draft are found by indexOf exactly as the trie walk finds them', () => {
  // Few space-free CJK names take scanLiterals(); the same names in a plain trie take the walk.
  const names = fc.uniqueArray(fc.constantFrom('奥特曼', '山姆·奥特曼', '凯文·斯科特', '斯科特', '简·罗', '罗伊', '黄仁', '黄仁勋'), { minLength: 1, maxLength: 6 });
  const piece = fc.constantFrom('黄仁勋', '山姆·奥特曼', '凯文•斯科特', '简・罗伊', '奥', '特', '曼', '山', '姆', '·', '•', '・', '‧', '凯', '文', '斯', '科', '简', '罗', '伊', '黄', '仁', '勋', '的', ' ', '\n', 'a', '（', '）');
  fc.assert(
    fc.property(names, fc.array(piece, { maxLength: 60 }).map((xs) => xs.join('')), fc.nat(), (picked, text, seed) => {
      const learned = new Map(picked.map((name, k) => [name, [`e${(seed + k) % 3}`]]));
      const literal = buildTrie(learned);
      assert.ok(literal.literals, 'these names are looked up as literals');
      const walked = buildTrie(learned);
      delete walked.literals;
      assert.deepEqual(scanNames(text, literal), scanNames(text, walked));
    }),
    { numRuns: 3000 },
  );
});

test('learned names with spaces or Latin letters keep the trie walk', () => {
  assert.equal(buildTrie(new Map([['凯文 斯科特', ['x']]])).literals, undefined);
  assert.equal(buildTrie(new Map([['Sam奥特曼', ['x']]])).literals, undefined);
  assert.ok(buildTrie(new Map([['凯文•斯科特', ['x']]])).literals);
});
