import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskText } from '../../server/src/core/text/mask.ts';

/** Asserts the masked text equals `want`, written with '·' for each blanked character. */
function expectMask(text: string, want: string, format: 'markdown' | 'plaintext' = 'markdown'): void {
  const got = maskText(text, format);
  assert.equal(got.length, text.length, 'same length');
  assert.equal(got.replace(/ /g, '·'), want.replace(/ /g, '·'));
}

test('code spans and fenced code', () => {
  expectMask('a `x=1` b', 'a ····· b');
  expectMask('a ``x`y`` b', 'a ······· b');
  expectMask('t\n```\nGPUS=4\n```\nu', 't\n···\n······\n···\nu');
  expectMask('t\n~~~\n2028\n~~~\n', 't\n···\n····\n···\n');
  expectMask('x\n\n    racks = 3000\n', 'x\n\n················\n');
});

test('links, images, URLs, e-mails', () => {
  expectMask('see [the 2024 report](https://x.com/1) now', 'see ·the 2024 report·················· now');
  expectMask('![alt 5](u/1.png) ok', '················· ok');
  expectMask('go to https://a.com/b?c=1. Then', 'go to ···················. Then');
  expectMask('mail bob.1@ex2.com now', 'mail ············· now');
  expectMask('www.a1.com x', '·········· x');
});

test('HTML, comments and front matter', () => {
  expectMask('a <b>1</b> c', 'a ···1···· c');
  expectMask('x <!-- infra-factcheck-ignore --> y', 'x ······························· y');
  expectMask('---\ntitle: 2024\n---\nbody', '···\n···········\n···\nbody');
});

test('markdown markers: headings, lists, emphasis, keep words', () => {
  expectMask('# Title 1', '· Title 1');
  expectMask('  * _1_ 微软', '  · ··· 微软');
  expectMask('1. first\n2) second', '·· first\n·· second');
  expectMask('**bold** and _it_ and snake_case', '··bold·· and ·it· and snake_case');
  expectMask('> quoted 5 GW', '· quoted 5 GW');
  expectMask('note[^1] here', 'note···· here');
});

test('plaintext keeps markdown syntax but blanks URLs and e-mails', () => {
  expectMask('**5 GW** at https://x.com/5', '**5 GW** at ···············', 'plaintext');
  expectMask('`code` a@b.cn', '`code` ······', 'plaintext');
});

test('the article image link spanning a line break is blanked', () => {
  const t = '![](https://inews.gtimg.com/news_bt/OEAG-230eiCcS-\nGrBckAA/1000) _图注：X_';
  const m = maskText(t, 'markdown');
  assert.equal(m.length, t.length);
  assert.ok(!/\d/.test(m), m);
  assert.ok(m.includes('图注：X'));
});

test('linear on adversarial input', () => {
  for (const c of ['['.repeat(200000), '!['.repeat(100000), '`'.repeat(200000), '<!--'.repeat(50000), '<a'.repeat(100000), '@'.repeat(100000)]) {
    const t0 = performance.now();
    assert.equal(maskText(c, 'markdown').length, c.length);
    assert.ok(performance.now() - t0 < 1500, c.slice(0, 4));
  }
});

// A draft saved with a byte-order mark starts with U+FEFF: the mask keeps it, so offsets stay the draft's.
test('a leading U+FEFF is kept, and so are the offsets after it', () => {
  for (const format of ['markdown', 'plaintext'] as const) {
    const t = '\uFEFF# 1000亿美元\n\n星际之门投资5000亿美元。';
    const m = maskText(t, format);
    assert.equal(m.length, t.length, format);
    assert.equal(m.charCodeAt(0), 0xfeff, format);
    assert.equal(m.indexOf('5000亿美元'), t.indexOf('5000亿美元'), format);
  }
});

// An en dash between two letters is read as a hyphen ("4 million–square–foot"), also when the text opens with one.
test('an en dash between letters reads as a hyphen, a leading en dash or one between digits stays', () => {
  const t = '\u2013 a 4 million\u2013square\u2013foot site, 2024\u20132025';
  const m = maskText(t, 'plaintext');
  assert.equal(m.length, t.length);
  assert.equal(m[0], '\u2013');
  assert.equal(m.slice(t.indexOf('million'), t.indexOf(' site')), 'million-square-foot');
  assert.equal(m.slice(t.indexOf('2024')), '2024\u20132025');
});
