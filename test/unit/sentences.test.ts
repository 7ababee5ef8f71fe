import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, splitSentences } from '../../server/src/core/text/sentences.ts';
import { maskText } from '../../server/src/core/text/mask.ts';

function texts(t: string): [string, number][] {
  return splitSentences(t).map((s) => [t.slice(s.offset, s.offset + s.length), s.paragraph]);
}

test('Chinese terminators', () => {
  assert.deepEqual(texts('第一句。第二句！第三句？第四；'), [['第一句。', 0], ['第二句！', 0], ['第三句？', 0], ['第四；', 0]]);
  assert.deepEqual(texts('他说：“好。”然后走了。'), [['他说：“好。”', 0], ['然后走了。', 0]]);
});

test('English: numbers and abbreviations do not split', () => {
  assert.deepEqual(texts('It costs $1.2 billion. The U.S. plan grew. Acme Inc. agreed on Jan. 21.'), [
    ['It costs $1.2 billion.', 0], ['The U.S. plan grew.', 0], ['Acme Inc. agreed on Jan. 21.', 0],
  ]);
  assert.deepEqual(texts('See No. 5 now! Really? Yes.'), [['See No. 5 now!', 0], ['Really?', 0], ['Yes.', 0]]);
  assert.deepEqual(texts('Version 1.2.3 ships'), [['Version 1.2.3 ships', 0]]);
});

test('English: a full stop glued to the next sentence splits; names, domains and acronyms do not', () => {
  assert.deepEqual(texts('A round led by SoftBank Group.Investors include Coatue.The round values it at $300 billion.'), [
    ['A round led by SoftBank Group.', 0], ['Investors include Coatue.', 0], ['The round values it at $300 billion.', 0],
  ]);
  assert.deepEqual(texts('He moved to St.Louis and read openai.com/Blog about ASP.NET and U.S.Steel today.'), [
    ['He moved to St.Louis and read openai.com/Blog about ASP.NET and U.S.Steel today.', 0],
  ]);
});

test('blank lines start paragraphs; single newlines do not split', () => {
  assert.deepEqual(texts('Title\n\nOne (Sam\nAltman) said.\n\n  \nTwo.'), [['Title', 0], ['One (Sam\nAltman) said.', 1], ['Two.', 2]]);
});

test('offsets are UTF-16 and cover trimmed text', () => {
  const t = '  𠮷 好。 Next.';
  const s = splitSentences(t);
  assert.equal(s[0].offset, 2);
  assert.equal(t.slice(s[0].offset, s[0].offset + s[0].length), '𠮷 好。');
});

test('detectLanguage', () => {
  assert.equal(detectLanguage('微软和OpenAI正计划斥资1000亿美元打造AI超算'), 'zh');
  assert.equal(detectLanguage('Microsoft and OpenAI plan a $100 billion supercomputer.'), 'en');
  assert.equal(detectLanguage('Microsoft and OpenAI plan a supercomputer 微软计划'), 'mixed');
  assert.equal(detectLanguage(''), 'en');
});

test('with the raw text, Markdown headings and list items start paragraphs', () => {
  const raw = '# Title\nIntro one. Intro two.\n- item one\n* item two\n1. first\n2) second\n\nPara.\n## Sub\nBody';
  const masked = maskText(raw, 'markdown');
  const got = splitSentences(masked, raw).map((s) => [raw.slice(s.offset, s.offset + s.length), s.paragraph]);
  assert.deepEqual(got, [
    ['Title', 0], ['Intro one.', 1], ['Intro two.', 1], ['item one', 2], ['item two', 3], ['first', 4], ['second', 5],
    ['Para.', 6], ['Sub', 7], ['Body', 8],
  ]);
  // Without the raw text only blank lines count; a wrapped line is not a paragraph.
  assert.deepEqual(splitSentences(masked).map((s) => [raw.slice(s.offset, s.offset + s.length), s.paragraph]), [
    ['Title\nIntro one.', 0], ['Intro two.', 0], ['item one\n* item two\n1. first\n2) second', 0], ['Para.', 1], ['Sub\nBody', 1],
  ]);
  assert.deepEqual(splitSentences('One (Sam\nAltman) said.', 'One (Sam\nAltman) said.').map((s) => s.paragraph), [0]);
});

test('bullets pasted from the web (•, ●, ▪) open items like Markdown ones', () => {
  const raw = 'Earlier figures:\n• In March 2025, it had 500 million.\n● By August, 700 million.\n▪ Now more.';
  const masked = maskText(raw, 'markdown');
  const got = splitSentences(masked, raw).map((s) => [raw.slice(s.offset, s.offset + s.length), s.paragraph]);
  assert.deepEqual(got.map(([t]) => t), ['Earlier figures:', '• In March 2025, it had 500 million.', '● By August, 700 million.', '▪ Now more.']);
  assert.deepEqual(got.map(([, p]) => p), [0, 1, 2, 3]);
});

test('pictographs opening lines bullet them; " - " joins the bullets of a Chinese summary, not a range', () => {
  const raw = 'Key takeaways\n💵 Q4 Revenue, $7.66b, up 24%\n✅ FY Revenue, $25.8b';
  const masked = maskText(raw, 'markdown');
  assert.deepEqual(splitSentences(masked, raw).map((s) => raw.slice(s.offset, s.offset + s.length)), ['Key takeaways', '💵 Q4 Revenue, $7.66b, up 24%', '✅ FY Revenue, $25.8b']);
  const zh = '行业趋势 - 半导体行业转入多元驱动 [1] - 生成式AI进入爆发期。价格为10 - 20元,2025 - 2026年,the B200 - 2.3x more.';
  const zm = maskText(zh, 'markdown');
  assert.deepEqual(splitSentences(zm, zh).map((s) => zh.slice(s.offset, s.offset + s.length)), ['行业趋势', '半导体行业转入多元驱动', '生成式AI进入爆发期。', '价格为10 - 20元,2025 - 2026年,the B200 - 2.3x more.']);
});

test('a headline pasted over its story ends its sentence; a hard-wrapped first line does not', () => {
  const cases: [string, string[]][] = [
    // Headline (three words or more, no closing word, a longer line after it opening on a capital).
    ['NVIDIA Q1 FY27 data-center revenue hits $75.2B — 92% of total sales\nNVIDIA reported first-quarter results on May 20, with data-center revenue of $57.2 billion.',
      ['NVIDIA Q1 FY27 data-center revenue hits $75.2B — 92% of total sales', 'NVIDIA reported first-quarter results on May 20, with data-center revenue of $57.2 billion.']],
    ['Meta Raises Capex Guidance to $72 Billion\nMeta Platforms said on Wednesday it now expects capital expenditures of $70 billion to $72 billion.',
      ['Meta Raises Capex Guidance to $72 Billion', 'Meta Platforms said on Wednesday it now expects capital expenditures of $70 billion to $72 billion.']],
    ['Oracle wins 4.5 GW deal\nOracle and OpenAI agreed on another 4.5 gigawatts of Stargate capacity in the United States.',
      ['Oracle wins 4.5 GW deal', 'Oracle and OpenAI agreed on another 4.5 gigawatts of Stargate capacity in the United States.']],
    // Hard-wrapped prose: the first line ends on an open word, the next goes on in lower case, or runs as long.
    ['The company said it would spend more than\nMicrosoft did on data centers in all of last year.', ['The company said it would spend more than\nMicrosoft did on data centers in all of last year.']],
    ['Capex will reach $75 billion in 2025, the company\nsaid on Tuesday in its fourth-quarter earnings release.', ['Capex will reach $75 billion in 2025, the company\nsaid on Tuesday in its fourth-quarter earnings release.']],
    ['Microsoft plans to spend about $80 billion in fiscal 2025 on AI-enabled data centers in a push led by Brad\nSmith.', ['Microsoft plans to spend about $80 billion in fiscal 2025 on AI-enabled data centers in a push led by Brad\nSmith.']],
    // Not a phrase: a stat block.
    ['72\nRubin GPUs per rack', ['72\nRubin GPUs per rack']],
    // Chinese copy is not judged: PDF text breaks its lines anywhere.
    ['公司分别实现营业收入 18.93\n亿元、22.48 亿元。', ['公司分别实现营业收入 18.93\n亿元、22.48 亿元。']],
    ['英伟达第一季度营收创新高\n英伟达公布的财报显示，数据中心营收为391亿美元。', ['英伟达第一季度营收创新高\n英伟达公布的财报显示，数据中心营收为391亿美元。']],
    // Only a paragraph's first line is a headline.
    ['First sentence here.\nSecond Line Of Prose Here\nAnother line that is longer than the one before it.', ['First sentence here.', 'Second Line Of Prose Here\nAnother line that is longer than the one before it.']],
  ];
  for (const [raw, want] of cases) {
    const masked = maskText(raw, 'plaintext');
    assert.deepEqual(splitSentences(masked, raw).map((s) => raw.slice(s.offset, s.offset + s.length)), want, raw);
  }
});
