// Dated currency conversion (core/currency.ts) and the hover line that shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { convertCurrency, rateTableFor, RATE_TABLES } from '../../server/src/core/currency.ts';
import { analyze } from '../../server/src/core/analyze.ts';
import { hoverAt } from '../../server/src/lsp/hover.ts';
import { loadFactStore } from '../../server/src/facts/load.ts';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) <= Math.abs(b) * 1e-9, `${a} ≠ ${b}`);

test('the rate table of a year is its annual average; other years take the nearest published one', () => {
  assert.equal(rateTableFor(2021).period, '2021');
  assert.equal(rateTableFor(2010).period, RATE_TABLES[0].period);
  assert.equal(rateTableFor(2026).period, RATE_TABLES[RATE_TABLES.length - 1].period);
  assert.equal(rateTableFor(undefined).period, RATE_TABLES[RATE_TABLES.length - 1].period);
  for (const t of RATE_TABLES) assert.match(t.source.url, /^https?:\/\/(www\.)?federalreserve\.gov\//);
});

test('conversion uses units per dollar, and dollars per unit for the euro and the pound', () => {
  // Federal Reserve G.5A, 2023 averages: 7.0809 yuan per dollar; US$1.0817 per euro.
  close(convertCurrency(7.0809e9, 'CNY', 'USD', 2023)!.value, 1e9);
  close(convertCurrency(1e9, 'USD', 'CNY', 2023)!.value, 7.0809e9);
  close(convertCurrency(1e6, 'EUR', 'USD', 2023)!.value, 1.0817e6);
  close(convertCurrency(1e6, 'GBP', 'USD', 2021)!.value, 1.3764e6);
  // The release's other currencies: 10.6089 kronor per dollar in 2023; NZD printed as US$0.6143 per dollar.
  close(convertCurrency(10.6089e9, 'SEK', 'USD', 2023)!.value, 1e9);
  close(convertCurrency(1e9, 'NZD', 'USD', 2023)!.value, 0.6143e9);
  close(convertCurrency(1e6, 'USD', 'CHF', 2019)!.value, 0.9937e6);
  assert.equal(convertCurrency(1, 'IDR', 'USD', 2023), undefined, 'the rupiah is not in the release');
  assert.equal(convertCurrency(1, 'CNY', 'EUR', 2023), undefined, 'only to or from dollars');
  assert.equal(convertCurrency(1, 'XYZ', 'USD', 2023), undefined, 'unknown currency');
  assert.equal(convertCurrency(1, 'USD', 'USD', 2023), undefined);
});

const store = loadFactStore({ includeDefault: true });
function hoverText(text: string, needle: string): string {
  const doc = TextDocument.create('file:///draft.md', 'markdown', 1, text);
  const h = hoverAt(doc, text.indexOf(needle), analyze(text, { today: '2026-11-28' }, store), store, 'auto');
  return (h?.contents as { value: string }).value;
}

test('every currency of the Federal Reserve release converts in every year of the table', () => {
  for (const t of RATE_TABLES) for (const c of ['CNY', 'EUR', 'GBP', 'JPY', 'HKD', 'TWD', 'KRW', 'INR', 'MYR', 'SGD', 'CAD', 'AUD', 'BRL', 'DKK', 'MXN', 'NZD', 'NOK', 'ZAR', 'SEK', 'CHF', 'THB']) {
    const rate = t.perUsd[c];
    assert.ok(Number.isFinite(rate) && rate > 0.3 && rate < 2000, `${t.period} ${c}: ${rate}`);
  }
});

test('hover on money in another currency gives dollars at a named, dated rate', () => {
  const en = hoverText('Tencent spent 70 billion yuan in 2021.', '70');
  assert.match(en, /≈ US\$10\.9 billion at the 2021 average rate, US\$1 = 6\.4508 CNY \(\[Federal Reserve G\.5A\]/);
  const zh = hoverText('预计投入约5,000亿美元。', '5,000');
  assert.match(zh, /≈ 3\.63万亿元（按2024年6月平均汇率 US\$1 = 7\.2547 CNY；\[美联储 G\.5\]/);
  assert.doesNotMatch(hoverText('The campus draws 1.2 GW.', '1.2'), /US\$1 =/, 'not on power');
  // 8.2 billion / 6.89 kroner per dollar (2023) = US$1.19 billion.
  assert.match(hoverText('Orsted booked 8.2 billion Danish kroner in 2023.', '8.2'), /≈ US\$1\.19 billion at the 2023 average rate, US\$1 = 6\.89 DKK/);
  assert.doesNotMatch(hoverText('The deal is worth Rp 5 trillion in 2023.', '5 trillion'), /US\$1 =/, 'no rate for the rupiah');
});

test('pegged Gulf currencies convert at the official peg, with its source, from the year it holds', () => {
  const aed = convertCurrency(3.6725e9, 'AED', 'USD', 2024);
  assert.ok(aed?.peg, 'the dirham is converted at its peg');
  assert.equal(Math.round(aed!.value), 1e9);
  assert.equal(aed!.period, '1997');
  assert.equal(convertCurrency(1, 'AED', 'USD', 1990), undefined, 'not before the peg');
  assert.equal(Math.round(convertCurrency(1e9, 'USD', 'SAR')!.value), 3.75e9);
  assert.equal(convertCurrency(3.64e9, 'QAR', 'USD', 2025)!.value.toFixed(0), '1000000000');
  assert.equal(convertCurrency(1, 'KWD', 'USD', 2025), undefined, 'the Kuwaiti dinar floats against a basket: no peg, no rate');
  assert.match(hoverText('G42 will spend Dh3.6725 billion on the campus.', '3.6725'), /≈ US\$1 billion at the official peg since 1997, US\$1 = 3\.6725 AED \(\[Al Arabiya/);
  assert.match(hoverText('沙特将投入375亿里亚尔建设数据中心。', '375'), /≈ 100亿美元（按1986年起的官方联系汇率 US\$1 = 3\.75 SAR；\[/);
});

test('hover on volts and volt-amperes converts them to nothing (no energy per year, no currency)', () => {
  for (const [text, needle] of [['The 500千伏 substation opened.', '500'], ['A 230 kV line and a 150 MVA transformer.', '230'], ['A 230 kV line and a 150 MVA transformer.', '150']]) {
    const h = hoverText(text, needle);
    assert.match(h, /kV|MVA/);
    assert.doesNotMatch(h, /Wh|US\$1 =|per year|每年/, text);
  }
});
