// The text stages after an edit (text/prepare.ts) must equal a fresh preparation of the new text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { prepareText, type PreparedText } from '../../server/src/core/text/prepare.ts';
import { masksByBlock } from '../../server/src/core/text/mask.ts';
import { EXAMPLE, makeDraft } from '../../bench/corpus.ts';

type Format = 'markdown' | 'plaintext';

function same(updated: PreparedText, fresh: PreparedText, what: string): void {
  assert.equal(updated.masked.toString(), fresh.masked.toString(), `${what}: masked text`);
  assert.deepEqual(updated.scripts, fresh.scripts, `${what}: script counts`);
  assert.equal(updated.language, fresh.language, `${what}: language`);
  assert.deepEqual(updated.sentences, fresh.sentences, `${what}: sentences`);
  assert.deepEqual(updated.paragraphs, fresh.paragraphs, `${what}: paragraphs`);
  assert.equal(updated.byBlock, fresh.byBlock, `${what}: byBlock`);
}

/** Applies `edit` to `before` both ways and compares. Returns the updated preparation. */
function check(before: string, after: string, format: Format = 'markdown'): PreparedText {
  const updated = prepareText(after, format, prepareText(before, format));
  same(updated, prepareText(after, format), JSON.stringify(after.length < 200 ? after : after.slice(0, 80)));
  return updated;
}

const BASE = [
  '# 星际之门\n\n微软和OpenAI计划投资1000亿美元。该项目功率5千兆瓦。\n\n',
  '- 第一期：1.2 GW，约40万块GB200。\n- 第二期：2 GW。\n\n',
  'Microsoft said it would spend $80 billion. The U.S. campus needs 1.2 GW.\n\n',
  '> 引用：数百万个芯片。\n\n',
  '[链接](http://example.com/a_b) 与 `code 1000` 以及 <b>标签</b>。\n\n',
  '<!-- infra-factcheck-disable-next-line -->\n甲骨文租用4.5吉瓦。\n\n',
  '最后一段，没有结尾的句号',
].join('');

test('edits inside one block, at block edges, and across blocks match a fresh preparation', () => {
  const cases: [number, number, string][] = [
    [BASE.indexOf('1000亿'), 0, '约'], // typing inside a sentence
    [BASE.indexOf('1000亿'), 4, '2000'], // replacing a figure
    [BASE.indexOf('- 第二期'), 0, '\n\n'], // splitting a block in two
    [BASE.indexOf('\n\nMicrosoft'), 2, ' '], // joining two blocks
    [BASE.indexOf('\n\nMicrosoft'), 1, ''], // a blank line becomes a plain newline
    [0, 0, '前言。\n\n'], // a new first block
    [BASE.length, 0, '\n\n新的一段：3 GW。'], // a new last block
    [BASE.length - 3, 3, ''], // deleting at the very end
    [BASE.indexOf('> 引用'), 0, '## '], // a heading marker
    [BASE.indexOf('甲骨文'), 0, '1. '], // a list item
    [BASE.indexOf('\n- 第二期'), 0, '\n   \n'], // a blank line of spaces
    [BASE.indexOf('[链接]'), 0, '<!--'], // an unclosed comment: everything re-read
    [BASE.indexOf('[链接]'), 0, '```\n'], // a code fence: everything re-read
    [BASE.indexOf('[链接]'), 0, '    缩进\n'], // an indented line: everything re-read
    [0, 0, '---\ntitle: x\n---\n'], // front matter: everything re-read
    [BASE.indexOf('億') >= 0 ? 0 : BASE.indexOf('1000亿'), 0, '1,640億元與晶片'], // traditional characters
    [10, BASE.length - 20, 'x'], // almost everything replaced
  ];
  for (const [at, del, insert] of cases) {
    for (const format of ['markdown', 'plaintext'] as Format[]) check(BASE, BASE.slice(0, at) + insert + BASE.slice(at + del), format);
  }
});

test('constructs that span a blank line: an edit in their later block is read with the whole draft', () => {
  // Each draft has a construct opened in one block and still open in the next; the edit types into
  // that next block, where masking it alone would read it differently.
  const drafts = [
    '正文1000亿美元。\n\n```\ncode 1\n\nconst x = 2000; // 亿美元\n```\n\n后文3 GW。',
    '正文1000亿美元。\n\n~~~\ncode 1\n\n2000亿美元\n~~~\n\n后文3 GW。',
    '- 列表项：1000亿美元\n\n    续行：2000亿美元\n\n后文3 GW。',
    '正文1000亿美元。\n\n---\ntitle: 2000亿美元\n---\n\n后文3 GW。',
    '正文1000亿美元。\n\n<!-- 注释开始\n\n2000亿美元 -->\n\n后文3 GW。',
    '正文1000亿美元。\n\n<!-- 未关闭的注释\n\n2000亿美元\n\n后文3 GW。',
  ];
  for (const d of drafts) {
    const at = d.indexOf('2000');
    for (const insert of ['1', '\n\n', 'x ']) check(d, d.slice(0, at) + insert + d.slice(at));
    // And the other way: a draft without the construct gets it by the edit.
    const plain = d.replace(/```|~~~|<!--|-->|^---$|^ {4}/gm, '');
    check(plain, d);
  }
});

test('an edit far from the others re-reads only its blocks and reuses the rest', () => {
  const text = makeDraft(200 * 1024, 3);
  assert.ok(masksByBlock(text, 'markdown'), 'the synthetic draft masks by block');
  const before = prepareText(text, 'markdown');
  const at = text.indexOf('\n\n', text.length >> 1) - 5;
  const after = text.slice(0, at) + '约' + text.slice(at);
  const updated = prepareText(after, 'markdown', before);
  same(updated, prepareText(after, 'markdown'), 'one character in a 200 KB draft');
  // Sentences before the edit are the same objects; paragraphs after it keep their text strings.
  assert.equal(updated.sentences[0], before.sentences[0]);
  const last = updated.paragraphs[updated.paragraphs.length - 1];
  assert.equal(last.text, before.paragraphs[before.paragraphs.length - 1].text);
  assert.equal(last.start, before.paragraphs[before.paragraphs.length - 1].start + 1);
});

test('CRLF drafts and drafts without blank lines are prepared correctly after edits', () => {
  const crlf = BASE.replace(/\n/g, '\r\n');
  check(crlf, crlf.slice(0, 50) + '3 GW' + crlf.slice(50));
  const oneBlock = BASE.replace(/\n\n/g, '\n');
  check(oneBlock, oneBlock.slice(0, 30) + '\n\n' + oneBlock.slice(30));
  check('', '1000亿美元');
  check('1000亿美元', '');
});

const piece = fc.oneof(
  fc.constantFrom('1000亿美元', '5千兆瓦', '。', '，', ' ', '\n', '\n\n', '\n\n\n', '\n  \n', '\r\n', '# ', '## ', '- ', '* ', '1. ', '> ', '`', '``',
    '```', '~~~', '**', '_', '[a](http://x.y/1)', '[', ']', '(', ')', '<!--', '-->', '<b>', '</b>', '<', '---', '    ', '\t', 'U.S.', 'Inc.', '. ',
    '!', '?', 'http://a.b/c', 'a@b.cd', '\\*', '億', '晶片', '微软', 'Microsoft', '[^1]', '[6]', '![i](x.png)', '|'),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const doc = fc.array(piece, { maxLength: 50 }).map((xs) => xs.join(''));

test('random drafts and random edit sequences: every update equals a fresh preparation', () => {
  const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 30 }), insert: fc.array(piece, { maxLength: 3 }).map((xs) => xs.join('')) });
  fc.assert(
    fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom<Format>('markdown', 'plaintext'), (start, edits, format) => {
      let text = start;
      let prepared = prepareText(text, format);
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(at + e.del);
        prepared = prepareText(text, format, prepared);
        same(prepared, prepareText(text, format), JSON.stringify(text));
      }
    }),
    { numRuns: 1500 },
  );
});

test('edits of the example article, character by character, match fresh preparations', () => {
  let text = EXAMPLE;
  let prepared = prepareText(text, 'markdown');
  for (let k = 0; k < 60; k++) {
    const at = (k * 7919) % text.length;
    text = k % 3 === 2 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + (k % 2 ? '\n\n' : '亿') + text.slice(at);
    prepared = prepareText(text, 'markdown', prepared);
    same(prepared, prepareText(text, 'markdown'), `edit ${k}`);
  }
});

test('a list marker left alone before a blank line by an edit is masked as in a fresh preparation', () => {
  // (Found by the random edit test: "1000亿美1.\n\n\n " edited to "1001.\n\n\n ".)
  const before = prepareText('1000亿美1.\n\n\n ', 'markdown');
  const text = '1001.\n\n\n ';
  same(prepareText(text, 'markdown', before), prepareText(text, 'markdown'), JSON.stringify(text));
});
