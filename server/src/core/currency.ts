// Dated exchange rates for the hover's "≈ US$…" line: annual averages of the Federal Reserve's
// G.5A release (noon buying rates in New York), and the latest monthly G.5 average as the fallback
// for years the table does not have yet. A conversion always names the rate's period and source.

export interface RateTable {
  /** "2023" (an annual average) or "2024-06" (a monthly average). */
  period: string;
  /** Units of each currency per US dollar. */
  perUsd: Record<string, number>;
  source: { url: string; title: string; publisher: string; date: string };
}

// Published as units per dollar, except EUR, GBP, AUD and NZD (dollars per unit, inverted here).
const perUsd = (cny: number, eurUsd: number, gbpUsd: number, jpy: number, hkd: number, twd: number, krw: number, inr: number, myr: number, sgd: number, cad: number, aud: number, more: G5More): Record<string, number> => ({
  CNY: cny, EUR: 1 / eurUsd, GBP: 1 / gbpUsd, JPY: jpy, HKD: hkd, TWD: twd, KRW: krw, INR: inr, MYR: myr, SGD: sgd, CAD: cad, AUD: 1 / aud,
  ...more, NZD: 1 / more.NZD,
});

/** The release's other currencies, as printed (NZD in dollars per unit). */
interface G5More { BRL: number; DKK: number; MXN: number; NZD: number; NOK: number; ZAR: number; SEK: number; CHF: number; THB: number }
const more = (BRL: number, DKK: number, MXN: number, NZD: number, NOK: number, ZAR: number, SEK: number, CHF: number, THB: number): G5More => ({ BRL, DKK, MXN, NZD, NOK, ZAR, SEK, CHF, THB });

const G5A_2024 = { url: 'https://federalreserve.gov/releases/g5a/20240201', title: 'Foreign Exchange Rates — G.5A Annual (2023 and earlier years)', publisher: 'Board of Governors of the Federal Reserve System', date: '2024-02-01' };
const G5A_2021 = { url: 'https://federalreserve.gov/releases/g5a/20210104', title: 'Foreign Exchange Rates — G.5A Annual (2020 and earlier years)', publisher: 'Board of Governors of the Federal Reserve System', date: '2021-01-04' };
const G5_2024_06 = { url: 'http://federalreserve.gov/Releases/G5/current/default.htm', title: 'Foreign Exchange Rates — G.5 Monthly (June 2024)', publisher: 'Board of Governors of the Federal Reserve System', date: '2024-07-01' };

/**
 * Oldest first. Currencies the release does not list and no peg covers (RUB, IDR, PHP, VND,
 * TRY, ILS …) are recognised but not converted: convertCurrency gives undefined.
 */
export const RATE_TABLES: RateTable[] = [
  { period: '2017', perUsd: perUsd(6.7569, 1.1301, 1.289, 112.0986, 7.7926, 30.4016, 1129.0435, 65.0659, 4.2982, 1.3802, 1.2984, 0.7671, more(3.191, 6.5957, 18.8841, 0.7111, 8.2679, 13.2943, 8.543, 0.9842, 33.9134)), source: G5A_2021 },
  { period: '2018', perUsd: perUsd(6.609, 1.1817, 1.3363, 110.3974, 7.8376, 30.1294, 1099.2926, 68.3734, 4.0307, 1.3486, 1.2957, 0.7481, more(3.6513, 6.3131, 19.2179, 0.6929, 8.1318, 13.2255, 8.6945, 0.9784, 32.3035)), source: G5A_2021 },
  { period: '2019', perUsd: perUsd(6.9081, 1.1194, 1.2768, 109.0188, 7.8351, 30.9049, 1165.8016, 70.3777, 4.1416, 1.3641, 1.3269, 0.6952, more(3.944, 6.6703, 19.2469, 0.6591, 8.8001, 14.4475, 9.4604, 0.9937, 31.0419)), source: G5A_2021 },
  { period: '2020', perUsd: perUsd(6.9042, 1.141, 1.2829, 106.7754, 7.7559, 29.4568, 1180.5554, 74.1429, 4.2029, 1.38, 1.3422, 0.6899, more(5.1587, 6.543, 21.5462, 0.6498, 9.4283, 16.4932, 9.2167, 0.9389, 31.307)), source: G5A_2024 },
  { period: '2021', perUsd: perUsd(6.4508, 1.183, 1.3764, 109.8429, 7.7727, 27.9366, 1144.8911, 73.9351, 4.1439, 1.3438, 1.2533, 0.7515, more(5.3958, 6.2897, 20.2844, 0.7074, 8.5955, 14.7751, 8.5812, 0.9144, 32.0052)), source: G5A_2024 },
  { period: '2022', perUsd: perUsd(6.729, 1.0534, 1.2371, 131.4589, 7.8306, 29.7963, 1291.7796, 78.5792, 4.3982, 1.3787, 1.3014, 0.6951, more(5.1605, 7.0786, 20.1208, 0.6361, 9.6138, 16.3598, 10.1177, 0.955, 35.05)), source: G5A_2024 },
  { period: '2023', perUsd: perUsd(7.0809, 1.0817, 1.244, 140.5001, 7.8292, 31.1525, 1306.7637, 82.5708, 4.5577, 1.3428, 1.3494, 0.6644, more(4.9946, 6.89, 17.7334, 0.6143, 10.5659, 18.4535, 10.6089, 0.8984, 34.7841)), source: G5A_2024 },
  { period: '2024-06', perUsd: perUsd(7.2547, 1.0763, 1.2716, 157.86, 7.81, 32.3768, 1379.0526, 83.46, 4.7095, 1.3517, 1.3705, 0.6642, more(5.3861, 6.9336, 18.1946, 0.6139, 10.6154, 18.4291, 10.487, 0.8938, 36.7095)), source: G5_2024_06 },
];

/**
 * Currencies their central banks hold at a fixed rate to the dollar, which the Federal Reserve does
 * not list: converted at the official peg, for years from the peg on (`since`, when the source says).
 */
export interface Peg {
  perUsd: number;
  since: number;
  source: RateTable['source'];
}
export const PEGS: Record<string, Peg> = {
  AED: { perUsd: 3.6725, since: 1997, source: { url: 'https://english.alarabiya.net/business/economy/2014/12/01/UAE-central-bank-chief-says-to-keep-currency-peg-to-dollar', title: 'UAE central bank chief says to keep currency peg to dollar', publisher: 'Al Arabiya (Reuters, WAM)', date: '2014-12-01' } },
  SAR: { perUsd: 3.75, since: 1986, source: { url: 'https://www.eurasiareview.com/05052020-saudi-arabia-central-bank-committed-to-riyal-us-dollar-peg/', title: 'Saudi Arabia: Central Bank Committed To Riyal-US Dollar Peg', publisher: 'Arab News via Eurasia Review (SAMA statement)', date: '2020-05-04' } },
  QAR: { perUsd: 3.64, since: 2001, source: { url: 'http://www.qcb.gov.qa/English/PolicyFrameWork/ExchangeRatePolicy/Pages/ExchangeRatePolicy.aspx', title: 'Exchange Rate Policy (the peg of Amiri Decree No. 34, July 2001)', publisher: 'Qatar Central Bank', date: '2001-07-01' } },
  BHD: { perUsd: 0.376, since: 2016, source: { url: 'http://www.reuters.com/article/bahrain-forex-idUSD5N12L00Z', title: 'Bahrain central bank says remains committed to dollar peg', publisher: 'Reuters', date: '2016-01-25' } },
};

/** A table's rates with the pegged currencies added (for cross rates between any two of them). */
export function ratesWithPegs(table: RateTable): Record<string, number> {
  let merged = withPegs.get(table);
  if (!merged) {
    merged = { ...table.perUsd };
    for (const [code, peg] of Object.entries(PEGS)) if (merged[code] === undefined) merged[code] = peg.perUsd;
    withPegs.set(table, merged);
  }
  return merged;
}
const withPegs = new WeakMap<RateTable, Record<string, number>>();

export interface Conversion {
  /** The amount in `to`. */
  value: number;
  to: string;
  /** Units of the foreign currency per US dollar that was used. */
  rate: number;
  /** The table's period; for a pegged currency the year the peg has held since. */
  period: string;
  source: RateTable['source'];
  /** Converted at an official peg, not at an average of market rates. */
  peg?: boolean;
}

/**
 * The table for a year: its annual average when published, else the latest table (a later year,
 * or no year given). Earlier than the first table: the first.
 */
export function rateTableFor(year: number | undefined): RateTable {
  if (year !== undefined) {
    const exact = RATE_TABLES.find((t) => t.period === String(year));
    if (exact) return exact;
    if (year < Number(RATE_TABLES[0].period)) return RATE_TABLES[0];
  }
  return RATE_TABLES[RATE_TABLES.length - 1];
}

/** `value` in `from` converted to `to` (one of them USD) at the rate for `year`; undefined when unknown. */
export function convertCurrency(value: number, from: string, to: string, year?: number): Conversion | undefined {
  if (from === to || (from !== 'USD' && to !== 'USD') || !Number.isFinite(value)) return undefined;
  const table = rateTableFor(year);
  const foreign = from === 'USD' ? to : from;
  const rate = table.perUsd[foreign];
  if (!rate) {
    const peg = PEGS[foreign];
    if (!peg || (year !== undefined && year < peg.since)) return undefined;
    return { value: from === 'USD' ? value * peg.perUsd : value / peg.perUsd, to, rate: peg.perUsd, period: String(peg.since), source: peg.source, peg: true };
  }
  return { value: from === 'USD' ? value * rate : value / rate, to, rate, period: table.period, source: table.source };
}

/** Currencies the Federal Reserve quotes in dollars per unit (all others: units per dollar). */
const QUOTED_PER_UNIT = new Set(['EUR', 'GBP', 'AUD', 'NZD']);

/** A rate as the Federal Reserve quotes it: "1 EUR = US$1.0763", "US$1 = 83.46 INR". */
export function rateLabel(foreign: string, perUsd: number): string {
  return QUOTED_PER_UNIT.has(foreign) ? `1 ${foreign} = US$${Number((1 / perUsd).toFixed(4))}` : `US$1 = ${Number(perUsd.toFixed(4))} ${foreign}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A table's period in prose: "2023", "June 2024"; "2023年", "2024年6月". */
export function periodLabel(period: string, lang: 'zh' | 'en'): string {
  const [y, m] = period.split('-');
  if (!m) return lang === 'zh' ? `${y}年` : y;
  return lang === 'zh' ? `${y}年${Number(m)}月` : `${MONTH_NAMES[Number(m) - 1]} ${y}`;
}
