// A bare 元 means what the draft as a whole says: New Taiwan dollars in Taiwan copy that names
// 新台幣 and never the yuan, yuan otherwise — and an edit elsewhere that changes this re-reads it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, AnalysisMemo } from '../../server/src/core/analyze.ts';
import { loadFactStore } from '../../server/src/facts/load.ts';

const store = loadFactStore({ includeDefault: true });
const units = (text: string) => analyze(text, { today: '2026-11-29' }, store).figures.filter((f) => f.kind === 'money').map((f) => `${f.text}=${f.unit}`);

test('a bare 元 in Taiwan copy that names 新台幣 is New Taiwan dollars', () => {
  assert.deepEqual(units('台積電第3季稅後大賺4523億元，每股純益17.44元。\n\n稅後純益約新台幣4,523億，美國存託憑證每單位2.92美元。'),
    ['4523億元=TWD', '17.44元=TWD', '新台幣4,523億=TWD', '2.92美元=USD']);
  assert.deepEqual(units('台积电营收9,899亿元，约合新台币计价。'), ['9,899亿元=TWD'], 'simplified copy about Taiwan too');
});

test('a bare 元 stays yuan when the draft names the yuan as well, or no Taiwan dollar', () => {
  assert.deepEqual(units('阿里营收2,000亿元人民币，台积电营收新台币9,899亿元，腾讯投入800亿元。'),
    ['2,000亿元人民币=CNY', '新台币9,899亿元=TWD', '800亿元=CNY']);
  assert.deepEqual(units('腾讯投入800亿元。'), ['800亿元=CNY']);
  assert.deepEqual(units('台積電股價漲至1,495元，市值38.5兆元。'), ['1,495元=CNY', '38.5兆元=CNY'], 'no 新台幣 named: the recognizer\'s default');
});

test('an edit that names 新台幣 in another paragraph turns the earlier bare 元 into TWD, as a fresh analysis does', () => {
  const memo = new AnalysisMemo();
  const first = '台積電第3季稅後大賺4523億元。\n\n營收年增40.8%。';
  let previous = analyze(first, { today: '2026-11-29', memo }, store);
  assert.equal(previous.figures.find((f) => f.kind === 'money')!.unit, 'CNY');
  const second = first + '\n\n稅後純益約新台幣4,523億。';
  previous = analyze(second, { today: '2026-11-29', memo, previous }, store);
  assert.equal(previous.figures.find((f) => f.kind === 'money')!.unit, 'TWD');
  assert.deepEqual(previous, analyze(second, { today: '2026-11-29' }, store));
  const third = second + '\n\n陸企營收以人民幣計。';
  previous = analyze(third, { today: '2026-11-29', memo, previous }, store);
  assert.equal(previous.figures.find((f) => f.kind === 'money')!.unit, 'CNY', 'naming the yuan makes a bare 元 ambiguous again: the default');
  assert.deepEqual(previous, analyze(third, { today: '2026-11-29' }, store));
});

test('an edit that deletes the only yuan word, or touches no currency word, leaves each bare 元 as a fresh analysis reads it', () => {
  const memo = new AnalysisMemo();
  const twd = '台積電第3季稅後大賺4523億元。\n\n稅後純益約新台幣4,523億。\n\n營收年增40.8%。';
  const withYuan = twd + '\n\n陸企營收以人民幣計。';
  let previous = analyze(withYuan, { today: '2026-11-29', memo }, store);
  assert.equal(previous.figures.find((f) => f.kind === 'money')!.unit, 'CNY');
  // Deleting the paragraph that names the yuan: the bare 元 is the Taiwan dollar again.
  previous = analyze(twd, { today: '2026-11-29', memo, previous }, store);
  assert.equal(previous.figures.find((f) => f.kind === 'money')!.unit, 'TWD');
  assert.deepEqual(previous, analyze(twd, { today: '2026-11-29' }, store));
  // Typing in a paragraph with no currency word keeps it.
  const typed = twd.replace('40.8%', '41.8%');
  previous = analyze(typed, { today: '2026-11-29', memo, previous }, store);
  assert.equal(previous.figures.find((f) => f.kind === 'money')!.unit, 'TWD');
  assert.deepEqual(previous, analyze(typed, { today: '2026-11-29' }, store));
  // Turning 新台幣 into 人民幣 inside its paragraph.
  const turned = typed.replace('新台幣', '人民幣');
  previous = analyze(turned, { today: '2026-11-29', memo, previous }, store);
  assert.equal(previous.figures.find((f) => f.kind === 'money')!.unit, 'CNY');
  assert.deepEqual(previous, analyze(turned, { today: '2026-11-29' }, store));
});

// A bare ¥ means the yen in English copy about Japan that names the yen and never the yuan.
test('a bare ¥ in a draft that names the yen and never the yuan is yen', () => {
  assert.deepEqual(units('SoftBank will invest ¥3 trillion ($20 billion) in data centres.\n\nThe yen fell after ¥500 billion of bonds and -¥2bn of outflows.'),
    ['¥3 trillion=JPY', '$20 billion=USD', '¥500 billion=JPY', '-¥2bn=JPY']);
  assert.deepEqual(units('KDDI spends ¥1.2 trillion, or JPY 1.2 trillion.'), ['¥1.2 trillion=JPY', 'JPY 1.2 trillion=JPY'], 'JPY names the yen');
  assert.deepEqual(units('软银将投资¥3万亿，即3万亿日元。'), ['¥3万亿=JPY', '3万亿日元=JPY'], '日元 names it in Chinese copy');
});

test('a bare ¥ stays yuan when the draft names the yuan, a 元 of its own, or no yen', () => {
  assert.deepEqual(units('Alibaba spends ¥380 billion (380 billion yuan); the yen is weak.'), ['¥380 billion=CNY', '380 billion yuan=CNY']);
  assert.deepEqual(units('阿里投入¥3800亿，腾讯投入800亿元，日元走弱。'), ['¥3800亿=CNY', '800亿元=CNY'], 'a Chinese draft with ¥ and 元');
  assert.deepEqual(units('Tencent spends ¥80 billion on AI.'), ['¥80 billion=CNY'], 'no yen named: the recognizer\'s default');
  assert.deepEqual(units('The yen fell; Baidu spends RMB 10 billion and ¥5 billion.'), ['RMB 10 billion=CNY', '¥5 billion=CNY']);
});

test('an edit that names the yen in another paragraph turns the earlier bare ¥ into JPY, as a fresh analysis does', () => {
  editsRenameFirstAmount('SoftBank will invest ¥3 trillion.\n\nShares rose 4%.', '\n\nThat is 3 trillion yen.', '\n\nChinese rivals report in yuan.', 'JPY');
});

/** Analyses `first`, then `first` + `naming` (the first amount becomes `named`), then + `unnaming` (back to CNY), each from the previous analysis, each equal to a fresh one. */
function editsRenameFirstAmount(first: string, naming: string, unnaming: string, named: string, base = 'CNY'): void {
  const memo = new AnalysisMemo();
  let previous = analyze(first, { today: '2026-11-29', memo }, store);
  assert.equal(previous.figures.find((f) => f.kind === 'money')!.unit, base);
  let text = first;
  for (const [edit, unit] of [[naming, named], [unnaming, base]]) {
    text += edit;
    previous = analyze(text, { today: '2026-11-29', memo, previous }, store);
    assert.equal(previous.figures.find((f) => f.kind === 'money')!.unit, unit);
    assert.deepEqual(previous, analyze(text, { today: '2026-11-29' }, store));
  }
}

// Singapore copy prices electricity in cents written 分; mainland copy's 分 is a fen of the yuan.
test('a bare 分 of an electricity price is Singapore cents in a draft that names the Singapore dollar and never the yuan', () => {
  assert.deepEqual(units('新加坡电价为每千瓦时29.62分。\n\n平均每月电费约100新元，比上季多出2.5新元。'),
    ['29.62分=SGD', '100新元=SGD', '2.5新元=SGD']);
  assert.deepEqual(units('工商业电价下调1.5分/千瓦时，至0.65元/千瓦时。'), ['1.5分=CNY', '0.65元=CNY'], 'mainland copy: fen of the yuan');
  assert.deepEqual(units('新加坡电价每千瓦时降低2分，约合0.1元人民币。'), ['2分=CNY', '0.1元人民币=CNY'], 'the yuan named too: the default');
  assert.deepEqual(units('He paid US$5 for it; power cost 2分 每千瓦时.'), ['US$5=USD', '2分=CNY'], 'US$ is no Singapore dollar');
});

test('an edit that names the Singapore dollar in another paragraph turns the earlier bare 分 into SGD cents, as a fresh analysis does', () => {
  editsRenameFirstAmount('电价为每千瓦时29.62分。\n\n用电量增长4%。', '\n\n折合约0.3新元。', '\n\n另有人民币报价。', 'SGD');
});

test('仙 is a ringgit\'s hundredth, a Hong Kong dollar\'s in a draft that names the Hong Kong dollar and never the ringgit', () => {
  assert.deepEqual(units('电费每千瓦时调涨至45.62仙。\n\n柔佛数据中心投资50亿令吉。'), ['45.62仙=MYR', '50亿令吉=MYR']);
  assert.deepEqual(units('汇丰每股派息15仙，全年派息约0.6港元。'), ['15仙=HKD', '0.6港元=HKD']);
  assert.deepEqual(units('电价45仙，约合0.8港元，也即0.45令吉。'), ['45仙=MYR', '0.8港元=HKD', '0.45令吉=MYR'], 'the ringgit named too: the default');
});

test('Rs in copy that names Pakistan (or Sri Lanka) and never India is that country\'s rupee', () => {
  assert.deepEqual(units('The Pakistan cable deal was rated $510 million (Rs142.6 billion).'), ['$510 million=USD', 'Rs142.6 billion=PKR']);
  assert.deepEqual(units('Colombo port city will cost Rs 200 billion, Sri Lanka said.'), ['Rs 200 billion=LKR']);
  assert.deepEqual(units('India and Pakistan: Reliance will spend Rs 75,000 crore.'), ['Rs 75,000 crore=INR'], 'India named: the Indian rupee');
  assert.deepEqual(units('Reliance will spend Rs 75,000 crore.'), ['Rs 75,000 crore=INR'], 'no country named: the recognizer\'s default');
});

test('an edit that names Pakistan in another paragraph turns the earlier Rs into PKR, as a fresh analysis does', () => {
  editsRenameFirstAmount('The cable cost Rs142.6 billion.\n\nShares rose 4%.', '\n\nPakistan approved it.', '\n\nIndia objected.', 'PKR', 'INR');
});

// Dirhams, riyals, dinars, kroner: the country named last before the amount in its paragraph; where none is, the one
// country of the word's group the draft names (a headline's Morocco for the body's dirhams).
test('a shared currency word takes the one country of its group the draft names when its own paragraph names none', () => {
  assert.deepEqual(units("Morocco's risky bet on AI data centers\n\nTwo campuses will cost several billion dirhams."), ['several billion dirhams=MAD']);
  assert.deepEqual(units('摩洛哥的数据中心\n\n项目投资50亿迪拉姆。'), ['50亿迪拉姆=MAD']);
  assert.deepEqual(units('Qatar and Saudi Arabia\n\nThe fund paid 500 million riyals.'), ['500 million riyals=SAR'], 'two countries named: the word\'s own');
  assert.deepEqual(units('Morocco and the UAE\n\nIn Rabat it cost 5 billion dirhams.'), ['5 billion dirhams=MAD'], 'named in its paragraph: that one');
  assert.deepEqual(units('Morocco\n\nIt cost 2 billion UAE dirhams.'), ['2 billion UAE dirhams=AED'], 'a currency named with its country stays');
});

test('an edit that names Denmark in another paragraph turns the earlier kroner into DKK, as a fresh analysis does', () => {
  editsRenameFirstAmount('The plant cost 2 billion kroner.\n\nShares rose 4%.', '\n\nDenmark approved it.', '\n\nSweden objected.', 'DKK', 'NOK');
});
