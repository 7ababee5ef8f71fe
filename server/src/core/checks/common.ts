// Shared helpers of the consistency checks: which claims are comparable, their comparison
// intervals, time and scope keys, magnitude ratios, and messages/fixes in the draft's language.
import type { Claim, Entity, Fact, FactStore, Figure, RelatedInfo, TimeRef } from '../types.ts';
import { lineAt, lineStartsOf } from './lines.ts';
import { interval } from '../facts-query.ts';
import { measureFamily } from '../measures.ts';
import { formatValue } from '../figures/format.ts';
import type { CheckContext, MessageLanguage, RawFinding } from './types.ts';
import type { TextReader } from '../text/chunked.ts';
import { onePlaceIn, PLACE_NAMES } from '../places.ts';
import { monthOf } from '../months.ts';
import { periodLabel } from '../currency.ts';
import { firstSpanFrom } from '../spans.ts';
import { sinceSentenceStart } from '../text/sentences.ts';

/** Claims below this confidence never take part in a comparison (both sides). */
export const MIN_CONFIDENCE = 0.7;

/** Figure kinds that make sense to compare value against value. */
const COMPARABLE_KINDS = new Set(['money', 'power', 'energy', 'count', 'percent', 'area', 'compute', 'data', 'bandwidth', 'volume', 'mass', 'length', 'duration']);

/** Measures that describe a period's flow (a company's capex in FY2025): only compared with the same period. */
export const PERIODIC_MEASURES = new Set(['capex', 'revenue', 'net_income', 'loss', 'operating_income', 'ebitda', 'spending', 'operating_expenses', 'compute_spend', 'growth', 'energy_use', 'water_use', 'utilization']);
/** Measures that change over time (a valuation, a GPU fleet): a figure without a date is never a conflict. */
export const TIME_VARYING_MEASURES = new Set(['valuation', 'market_cap', 'users', 'employees', 'price', 'share', 'stake']);
/** Measures a company has many of at once (one investment among many): need a named counterparty. */
export const MANY_PER_SUBJECT = new Set(['investment', 'funding', 'contract_value', 'commitment', 'cost', 'price', 'debt', 'server_count']);

/** What a comparison needs of a claim and its figure. */
interface ClaimDerived {
  lo: number;
  hi: number;
  /** A representative value: the point value, or the middle of the bounds. */
  rep: number | null;
  family: string;
  timeKey: string;
  scope: string;
  /** A state or country named with the figure in its sentence (lower-case), for a company's many investments. */
  place?: string;
}

export interface ClaimInfo extends ClaimDerived {
  /** Index into analysis.claims. */
  index: number;
  claim: Claim;
  figure: Figure;
  /** Cached derivations shared by every analysis that keeps this claim object. */
  traits: ClaimTraits;
}

const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;
const WRITTEN_NUMBER = /(\d[\d,]*)(?:\.(\d+))?/;

/** The parts of a compound Chinese amount: a number and its scale characters (1兆, 640億, 9千萬). */
const ZH_COMPOUND_PART = /\d+(?:\.\d+)?[兆億亿萬万千百十]+/g;
const ZH_SCALE_VALUE: Record<string, number> = { 兆: 1e12, 億: 1e8, 亿: 1e8, 萬: 1e4, 万: 1e4, 千: 1e3, 百: 100, 十: 10 };
/**
 * A compound Chinese amount written in two parts or more (1兆640億9千萬): its value in the written units and the step of
 * its last part; undefined for one part (2.5万亿, 640億), whose digits say how precise it is.
 */
export function compoundZhAmount(text: string): { value: number; step: number } | undefined {
  const parts = text.match(ZH_COMPOUND_PART);
  if (!parts || parts.length < 2) return undefined;
  let value = 0;
  let step = 1;
  for (const part of parts) {
    const m = /(\d+(?:\.(\d+))?)([兆億亿萬万千百十]+)/.exec(part)!;
    let unit = 1;
    for (const c of m[3]) unit *= ZH_SCALE_VALUE[c];
    value += Number(m[1]) * unit;
    step = Math.pow(10, -(m[2]?.length ?? 0)) * unit;
  }
  return { value, step };
}
/** Rounding tolerance of an exact figure: half a step of its last written digit, at most 5 %. */
export function roundingTolerance(figure: Figure): number {
  if (figure.value == null || figure.qualifier !== 'exact') return 0;
  const text = FULL_WIDTH_DIGIT.test(figure.text) ? figure.text.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : figure.text;
  // ("新台幣1兆640億9千萬元": a compound Chinese amount is as precise as its last part, 9千萬, here ten million.)
  const compound = compoundZhAmount(text);
  if (compound) return Math.min(compound.step / 2, Math.abs(figure.value) * 0.05);
  const m = WRITTEN_NUMBER.exec(text);
  if (!m) return Math.abs(figure.value) * 0.01;
  const written = Number((m[1] + (m[2] ? '.' + m[2] : '')).replace(/,/g, ''));
  if (!written) return 0;
  // The written digits carry no sign (-3% is written 3): a negative figure's step is positive too.
  const factor = Math.abs(figure.value / written);
  const step = Math.pow(10, -(m[2]?.length ?? 0)) * factor;
  return Math.min(step / 2, Math.abs(figure.value) * 0.05);
}

export function figureRange(figure: Figure): [number, number] {
  const [lo, hi] = interval(figure.value, figure.low, figure.high, figure.qualifier);
  const tol = roundingTolerance(figure);
  return [lo - tol, hi + tol];
}

export function repValue(value: number | null, low: number | null, high: number | null): number | null {
  if (value != null) return value;
  if (low != null && high != null) return Math.sqrt(Math.max(low, 1e-12) * Math.max(high, 1e-12));
  return low ?? high ?? null;
}

export function timeKeyOf(time: TimeRef | undefined): string {
  if (!time) return '';
  if (time.relative) return 'rel:' + (time.label ?? '');
  if (time.fiscal) return time.fiscal;
  if (time.label && /^FY\s?\d{4}$/i.test(time.label)) return time.label.toUpperCase().replace(/\s/g, '');
  return `${time.from ?? ''}..${time.to ?? ''}`;
}

/** A store period ("2025", "FY2025", "2025-Q3", "2025-H2", "2025-01", "2025..2029") as a time key. */
export function periodKey(period: string | undefined): string {
  if (!period) return '';
  const p = period.trim();
  if (/^FY\d{4}(?:-[QH][1-4])?$/i.test(p)) return p.toUpperCase();
  let m = /^(\d{4})\.\.(\d{4})$/.exec(p);
  if (m) return `${m[1]}..${m[2]}`;
  m = /^(\d{4})-Q([1-4])$/i.exec(p);
  if (m) {
    const q = Number(m[2]);
    return `${m[1]}-${pad(q * 3 - 2)}..${m[1]}-${pad(q * 3)}`;
  }
  m = /^(\d{4})-H([12])$/i.exec(p);
  if (m) return m[2] === '1' ? `${m[1]}-01..${m[1]}-06` : `${m[1]}-07..${m[1]}-12`;
  m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) return `${p}..${p}`;
  if (/^\d{4}$/.test(p)) return `${p}..${p}`;
  return p;
}
const pad = (n: number) => (n < 10 ? '0' + n : String(n));

/**
 * A fiscal key ("FY2026", "FY2026-Q2", "FY2025-H1") as calendar months, for a company whose fiscal
 * year ends in month `yearEnd`; other keys, and fiscal ones without a known year-end, unchanged.
 * FY2026 of a January year-end runs Feb 2025–Jan 2026; of a December year-end it is 2026.
 */
export function calendarKey(key: string, yearEnd: number | undefined): string {
  if (!yearEnd || !key.startsWith('FY')) return key;
  const m = /^FY(\d{4})(?:-(Q[1-4]|H[12]))?$/.exec(key);
  if (!m) return key;
  const fy = Number(m[1]);
  if (yearEnd === 12 && !m[2]) return `${fy}..${fy}`;
  const part = m[2] ? Number(m[2][1]) : 1;
  const months = !m[2] ? 12 : m[2][0] === 'Q' ? 3 : 6;
  // Months counted from January of year 0: the fiscal year starts the month after the year-end.
  const start = (fy - 1) * 12 + yearEnd + (part - 1) * months;
  return `${monthOf(start)}..${monthOf(start + months - 1)}`;
}

/** A claim's time key in the same normal form as periodKey(). */
export function claimTimeKey(time: TimeRef | undefined): string {
  const k = timeKeyOf(time);
  if (!k || k.startsWith('rel:') || k.startsWith('FY')) return k;
  const [from, to] = k.split('..');
  // 2025-07-01..2025-09-30 → month granularity; a whole year stays a year.
  const f = from.slice(0, 7);
  const t = (to || from).slice(0, 7);
  if (/^\d{4}-01$/.test(f) && /^\d{4}-12$/.test(t) && f.slice(0, 4) === t.slice(0, 4)) return `${f.slice(0, 4)}..${f.slice(0, 4)}`;
  return `${f}..${t}`;
}

const comparableCache = new WeakMap<CheckContext, ClaimInfo[]>();

/**
 * What comparableClaims() derives from a claim and its figure, kept per claim object: a claim kept
 * after an edit is the same object, with its figure a moved copy of the same text and value.
 */
interface ClaimTraits extends ClaimDerived {
  text: string;
  value: number | null;
  /** Store-dependent keys (the store decides entity kinds), computed on first use for `keysStore`. */
  keysStore?: FactStore;
  loose?: string | null;
  strict?: string | null;
  /** The place read when the claim was another draft's and the draft was not analysed here (no deal party). */
  otherPlace?: string;
  /** The claim's info in its own draft's latest analysis. */
  info?: ClaimInfo;
}
const traitsOf = new WeakMap<Claim, ClaimTraits>();

export function comparableClaims(ctx: CheckContext, claims = ctx.analysis.claims, figures = ctx.analysis.figures, otherText?: TextReader): ClaimInfo[] {
  const own = claims === ctx.analysis.claims && figures === ctx.analysis.figures;
  if (own) {
    const hit = comparableCache.get(ctx);
    if (hit) return hit;
  }
  const out: ClaimInfo[] = [];
  const previous = own ? (ctx.carry?.previous?.comparable as ClaimInfo[] | undefined) : undefined;
  const reuse = ctx.carry?.reuse;
  if (previous && reuse) {
    // An edited draft: the claims updateClaims kept are the same objects, and so are their infos; those after the edit
    // move to their new index and figure. Only the claims it read again are looked at.
    const { head, tail, oldTail } = reuse.claims;
    let k = 0;
    for (; k < previous.length && previous[k].index < head; k++) out.push(previous[k]);
    for (let index = head; index < tail; index++) {
      const info = comparableInfo(ctx, claims[index], index, figures, own, otherText);
      if (info) out.push(info);
    }
    while (k < previous.length && previous[k].index < oldTail) k++;
    for (const shift = tail - oldTail; k < previous.length; k++) {
      const kept = previous[k];
      const index = kept.index + shift;
      const claim = claims[index];
      if (claim === kept.claim) {
        kept.index = index;
        kept.figure = figures[claim.figure];
        out.push(kept);
      } else {
        // (Renumbered by the edit, the claim is a copy: its info is made again.)
        const info = comparableInfo(ctx, claim, index, figures, own, otherText);
        if (info) out.push(info);
      }
    }
  } else {
    for (let index = 0; index < claims.length; index++) {
      const info = comparableInfo(ctx, claims[index], index, figures, own, otherText);
      if (info) out.push(info);
    }
  }
  if (own) {
    comparableCache.set(ctx, out);
    if (ctx.carry) ctx.carry.next.comparable = out;
  }
  return out;
}

/** The info of one claim when it can be compared with others (a subject, a measure, a confident reading, a range). */
function comparableInfo(ctx: CheckContext, claim: Claim, index: number, figures: Figure[], own: boolean, otherText?: TextReader): ClaimInfo | undefined {
  if (!claim.subject || !claim.measure || claim.confidence < MIN_CONFIDENCE) return undefined;
  const figure = figures[claim.figure];
  if (!figure || !COMPARABLE_KINDS.has(figure.kind)) return undefined;
  let t = traitsOf.get(claim);
  if (!t || t.text !== figure.text || t.value !== figure.value) {
    let [lo, hi] = figureRange(figure);
    // "192 GiB of HBM3E" against a stored 192 GB: sources write memory in binary and decimal units alike.
    if (claim.measure === 'memory') [lo, hi] = [lo / 1.08, hi * 1.08];
    t = {
      text: figure.text, value: figure.value, lo, hi, rep: repValue(figure.value, figure.low, figure.high),
      family: draftFamily(claim.measure), timeKey: claimTimeKey(claim.time), scope: claim.scope ?? '',
    };
    // "縱觀2024全年,騰訊營收總計6,620.57億元": a period's total of a company's result is that result.
    if (t.scope === 'overall' && PERIODIC_MEASURES.has(t.family) && t.family !== 'growth') t.scope = '';
    traitsOf.set(claim, t);
  }
  // A company's investment, contract or cost is one of many: named with a state or country, it is that place's, and
  // named with the company it is with (a deal's other party), that deal's. So is a funding round named by its letter ("upsized $20 billion Series E funding round", E轮融资): one event.
  // (A site or project is one place already: 在密歇根星际之门园区投资 is the site's, whichever state is named.)
  if (own && t.place === undefined && MANY_PER_SUBJECT.has(t.family)) {
    t.place = placeOf(ctx, claim, figure, t.family, ctx.masked, true);
    t.keysStore = undefined; // keys an earlier reading as another draft's claim found are found again
  }
  // (Another draft's claims are read in their own text: without a place their investments met no draft's. A deal's
  // party needs the draft's sentences, which only an analysed draft has: the place found then is kept.)
  else if (!own && otherText && t.place === undefined && t.otherPlace === undefined && MANY_PER_SUBJECT.has(t.family)) t.otherPlace = placeOf(ctx, claim, figure, t.family, otherText, false);
  const place = (t.place ?? t.otherPlace) || undefined;
  // ("agreed to buy British peer Telecity Group in a deal worth 2.35 billion pounds" and "buy Telecity Group Plc for 2.35
  // billion pounds": a takeover's worth is its price.)
  if (place?.startsWith('bought:')) t.family = 'investment';
  if (!(t.lo <= t.hi)) return undefined;
  // The draft's own claims keep their info from one analysis to the next (a keystroke in a 1 MB draft made 10,000 new
  // ones): only the draft's newest analysis reads it, and an edit moves its figure and index. (Made from these traits, it
  // has their values: new traits come with no info.)
  let info = own ? t.info : undefined;
  if (info) {
    info.index = index;
    info.figure = figure;
    info.place = place;
  } else {
    info = { index, claim, figure, lo: t.lo, hi: t.hi, rep: t.rep, family: t.family, timeKey: t.timeKey, scope: t.scope, place, traits: t };
    if (own) t.info = info;
  }
  return info;
}

/**
 * How far after an amount its place may be named: "will invest $1.7 billion over the next four years to build cloud
 * computing and artificial intelligence infrastructure in Indonesia" says what it buys before where.
 */
const PLACE_REACH_AFTER_AMOUNT = 140;

/** Where a company's investment, contract or cost goes: one state or country, a funding round, an order book, a deal's party. */
function placeOf(ctx: CheckContext, claim: Claim, figure: Figure, family: string, text: TextReader, withDeal: boolean): string {
  // (The company bought keys a takeover's price before any place: "acquire Calpine, an operator of … plants in the US, in a
  // transaction valued at $16.4bn" and "acquire Calpine for $16.4 billion to add assets across the US" are one price.)
  const takeover = family === 'contract_value' || family === 'cost' || family === 'investment' ? companyAcquired(ctx.store, text, figure) : undefined;
  // ("invested £500 million in Nscale and predicts the UK will become…": the company invested in, named right after the
  // amount, keys it before a place the sentence names later.)
  const after = text.slice(figure.offset + figure.length, Math.min(text.length, figure.offset + figure.length + 40));
  const investedIn = !takeover && withDeal && family === 'investment' ? INVESTED_IN_NAME.exec(after) : null;
  if (investedIn && !onePlaceIn(investedIn[1])) {
    const party = dealParty(ctx, claim, figure);
    if (party) return party;
  }
  // ("發行價格24.76元/股" and "以每股人民幣 27.46 元公開發行": a company's offering is priced once, whenever a draft says it.)
  if (family === 'price' && offeringPrice(text, figure)) return 'offer';
  // ("UK-based … Nscale announced a $2 billion Series C" and "a UK-based firm, has closed a $1.1 billion Series B": a round named
  // by its letter is that round wherever the company is based.)
  const round = !takeover && family === 'funding' ? fundingRound(text, figure) : undefined;
  if (round) return round;
  return takeover ?? (ONE_PLACE_KINDS.has(ctx.store.entities.get(claim.subject!)?.kind ?? '') ? undefined : placeNear(text, figure, PLACE_REACH_AFTER_AMOUNT)) ?? (family === 'funding' ? fundingRound(text, figure) ?? roundLeader(text, figure) : family === 'contract_value' ? orderBook(text, figure) : undefined) ?? (withDeal ? dealParty(ctx, claim, figure) ?? acquiredAsset(ctx, claim, figure) : undefined) ?? (family === 'contract_value' ? partyNamedAfter(ctx.store, text, figure) : undefined) ??
    // ("a $4 billion data center campus in West Memphis": a development or town named with the amount keys it, as a place does.)
    (claim.object?.startsWith('named:') && (family === 'cost' || family === 'investment') ? claim.object : undefined) ?? '';
}

/** Right after an amount: in or into a capitalised name ("£500 million in Nscale"). */
const INVESTED_IN_NAME = /^\s+(?:equity\s+investment\s+)?(?:in|into)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})/;

const ACQUIRING = /\b(?:acquir(?:e|es|ed|ing)|acquisition|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))\b|收购|收購|并购|併購|买下|買下/i;
const ASSET_KINDS = new Set(['power', 'count', 'area']);

/**
 * The asset an acquisition's price is paid for, sized by a figure of its sentence ("agreed to acquire 2.6 GW of gas-fired
 * generation … for $3.45 billion"): one company's price for the same-sized asset is one price. Own drafts only (it needs
 * the draft's sentences and figures).
 */
function acquiredAsset(ctx: CheckContext, claim: Claim, figure: Figure): string | undefined {
  if (claim.measure !== 'cost') return undefined;
  const sentence = ctx.analysis.sentences[sentenceAt(ctx, figure.offset)];
  if (!sentence) return undefined;
  const end = sentence.offset + sentence.length;
  if (!ACQUIRING.test(ctx.masked.slice(sentence.offset, end))) return undefined;
  let asset: Figure | undefined;
  const figures = ctx.analysis.figures;
  for (let k = firstSpanFrom(figures, sentence.offset); k < figures.length && figures[k].offset < end; k++) {
    const g = figures[k];
    if (g === figure || !ASSET_KINDS.has(g.kind) || g.value == null) continue;
    if (asset) return undefined;
    asset = g;
  }
  return asset ? `acquired:${asset.kind}:${asset.unit}:${Number(asset.value!.toPrecision(3))}` : undefined;
}

/** A deal's other party written after the figure in its sentence: "deal with Fluidstack", "agreement with AI cloud provider Fluidstack". */
const DEAL_PARTY_AFTER = /^[^.;!?。；！？\n]{0,80}?\b(?:deal|agreement|contract|pact|partnership|lease)s?\s+with\s+(?:(?:AI|[a-z][a-z-]*)\s+){0,4}([A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2})/;

/**
 * The party of a deal named by words alone, for a company the store does not know (and for another draft's
 * deals, read without the draft's mentions): a place key, or undefined.
 */
function partyNamedAfter(store: FactStore, text: TextReader, figure: Figure): string | undefined {
  const end = figure.offset + figure.length;
  const m = DEAL_PARTY_AFTER.exec(text.slice(end, Math.min(text.length, end + 160)));
  if (!m) return undefined;
  // A name the store knows keys as its entity, as dealParty keys it from the draft's mentions.
  const known = englishNames(store).get(m[1].toLowerCase());
  return known ? `party:${known}` : `party:name:${m[1].toLowerCase()}`;
}

/**
 * The company an acquisition's amount buys, named in the figure's sentence: "agreed to acquire Interxion in an all-stock
 * deal with an estimated value of $8.4 billion", "Digital Realty's $7.6 billion purchase of DuPont Fabros Technology".
 * One acquisition's price is one amount; two acquisitions are two (a place key, as a deal's party).
 */
function companyAcquired(store: FactStore, text: TextReader, figure: Figure): string | undefined {
  const end = figure.offset + figure.length;
  const lead = ACQUIRED_BEFORE.exec(sinceSentenceStart(text, figure.offset, 140));
  const m = lead ?? ACQUIRED_AFTER.exec(text.slice(end, Math.min(text.length, end + 60))) ?? ACQUIRED_AFTER_ZH.exec(text.slice(end, Math.min(text.length, end + 72)));
  if (!m) return undefined;
  const name = m[1].replace(/\s+(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|LLC|plc|Holdings|Group)\.?$/i, '').toLowerCase();
  const known = englishNames(store).get(name);
  // (A name the store does not know keys by its first word: "CoreSite Realty Corporation (CoreSite)" and "CoreSite" are one.)
  return known ? `bought:${known}` : `bought:name:${name.split(/\s+/)[0]}`;
}

/** The subject under which a claim's amount is compared: a takeover's price is the company bought's, whoever the draft
 * makes the subject ("American Tower will acquire CoreSite for $10.1 billion", "CoreSite … to be acquired for $10.1 billion"). */
function keySubject(c: ClaimInfo): string {
  return c.place?.startsWith('bought:') ? '' : c.claim.subject!;
}
const ACQUIRED_NAME = String.raw`([A-Z][\w&-]*(?:\s+(?!In\b|For\b|At\b)[A-Z][\w&-]*){0,2})`;
// ("to acquire closely held Calpine Corp. for", "to acquire Calpine, an operator of natural gas and geothermal plants in the US,
// in a cash-and-stock transaction valued at": words of ownership before the name, and an appositive after it.)
const OWNERSHIP_WORDS = String.raw`(?:(?:(?:closely|privately|publicly)[\s-](?:held|owned|traded)|rival|smaller|larger|struggling|troubled|embattled|independent|[a-z]+-based)\s+){0,2}`;
// ("buying Australian data center company AirTrunk", "buy data-center operator AirTrunk": a description of the company bought.)
// ("acquire optical networking vendor Infinera", "buy British peer Telecity Group": vendor, supplier, designer, manufacturer,
// specialist, peer, rival, competitor as well.)
const COMPANY_DESCRIPTION = String.raw`(?:(?:[A-Za-z][\w-]*\s+){0,4}(?:company|operator|firm|provider|developer|maker|chipmaker|start-?up|business|owner|vendor|supplier|designer|manufacturer|specialist|peer|rival|competitor|counterpart|subsidiary)\s+)?`;
const ACQUIRED_BEFORE = new RegExp(String.raw`\b(?:[Aa]cquire[sd]?|[Aa]cquiring|[Bb]uy(?:s|ing)?|[Bb]ought|[Aa]cquisition\s+of|[Pp]urchase\s+of|[Tt]akeover\s+of)\s+${OWNERSHIP_WORDS}${COMPANY_DESCRIPTION}${ACQUIRED_NAME}\b\.?[^.;!?]{0,130}$`);
const ACQUIRED_AFTER = new RegExp(String.raw`^\s*(?:[a-z-]+\s+){0,2}?(?:acquisition|purchase|takeover|buyout)\s+of\s+${ACQUIRED_NAME}`);
// ("Nvidia将以高达70亿美元的价格收购Mellanox", "以70多亿美元现金收购以色列服务器芯片制造商Mellanox Technologies": the company bought,
// in Latin letters, after 收购 and a description of it.)
// ("以400亿美元的价格从软银集团和其旗下的愿景基金(Vision Fund)收购英国芯片设计子公司Arm": the sellers named between.)
const ACQUIRED_AFTER_ZH = new RegExp(String.raw`^[^，,。；;]{0,40}?(?:收购|收購|并购|併購|买下|買下)[^，,。；;A-Za-z]{0,16}${ACQUIRED_NAME}`);

const englishNamesOf = new WeakMap<FactStore, Map<string, string>>();
/** The store's English names, lower-cased, to their entity (the first entity of a name shared by two). */
function englishNames(store: FactStore): Map<string, string> {
  let names = englishNamesOf.get(store);
  if (names) return names;
  names = new Map();
  for (const e of store.entities.values()) for (const n of e.names.en) if (!names.has(n.toLowerCase())) names.set(n.toLowerCase(), e.id);
  englishNamesOf.set(store, names);
  return names;
}

/** The store-dependent comparison keys of a claim, kept with its traits while the store is the same. */
function keysOf(store: FactStore, c: ClaimInfo): ClaimTraits {
  const t = c.traits;
  if (t.keysStore !== store) {
    t.keysStore = store;
    t.loose = computeLooseKey(store, c);
    t.strict = computeGroupKey(store, c);
  }
  return t;
}

export function entityKind(store: FactStore, id: string | null): Entity['kind'] | 'unknown' {
  if (!id) return 'unknown';
  return store.entities.get(id)?.kind ?? 'unknown';
}

export function isThing(store: FactStore, subject: string): boolean {
  const kind = entityKind(store, subject);
  return kind === 'project' || kind === 'site' || kind === 'deal' || kind === 'chip';
}

/**
 * The family under which two figures of drafts are compared. A site's or a project's cost and the
 * investment in it are one sum as reporters write it ("a $10 billion data center campus", "will
 * invest $10B"); the fact store keeps them apart (a stored investment is often one financing).
 */
function draftFamily(measure: string): string {
  return measure === 'cost' ? 'investment' : measureFamily(measure);
}

/** Subjects for which one measure names one quantity (a project's power); companies have many investments. */
export function isSingular(store: FactStore, subject: string, family: string): boolean {
  const kind = entityKind(store, subject);
  if (kind === 'project' || kind === 'site' || kind === 'deal' || kind === 'chip') return true;
  return !MANY_PER_SUBJECT.has(family) && !TIME_VARYING_MEASURES.has(family) && !PERIODIC_MEASURES.has(family);
}

/** Key under which two claims of one or several drafts are compared, or null when never compared. */
export function groupKey(store: FactStore, c: ClaimInfo): string | null {
  return keysOf(store, c).strict!;
}

function computeGroupKey(store: FactStore, c: ClaimInfo): string | null {
  const subject = keySubject(c);
  const needsTime = (PERIODIC_MEASURES.has(c.family) || TIME_VARYING_MEASURES.has(c.family)) && c.place !== 'offer';
  if (needsTime && !c.timeKey) return null;
  // (A takeover's price is one event, whatever day a dateline gives it: "LONDON May 29 … agreed to buy British peer Telecity
  // Group in a deal worth 2.35 billion pounds".)
  const takeover = c.place?.startsWith('bought:') ?? false;
  if (c.timeKey.startsWith('rel:') && !takeover) return null;
  // (A funding round named by its letter is one event whenever a draft dates it: "G 輪融資" undated and "2026 年 2 月 … G 輪融資".)
  // (Not a placement: a company places shares again over the years, "上一次定增于2023年4月完成".)
  const time = (c.place?.startsWith('round:') && c.place !== 'round:placement') || c.place === 'offer' || takeover ? '' : c.timeKey;
  return [subject, c.family, c.figure.unit, countedKind(c.figure), time, c.scope, c.place ?? ''].join('|');
}

/**
 * Key under which two claims of one draft are compared: groupKey, and a time named relative to the
 * writing ("今年", "this year", "去年1月") meets the same words of the same draft (another draft may
 * have been written in another year).
 */
export function draftKey(store: FactStore, c: ClaimInfo): string | null {
  if (!c.timeKey.startsWith('rel:')) return groupKey(store, c);
  return [keySubject(c), c.family, c.figure.unit, countedKind(c.figure), c.timeKey, c.scope, c.place ?? ''].join('|');
}

/** Key for the magnitude comparison: like groupKey but time may be missing on one side. */
export function looseKey(store: FactStore, c: ClaimInfo): string | null {
  return keysOf(store, c).loose!;
}

function computeLooseKey(store: FactStore, c: ClaimInfo): string | null {
  const subject = keySubject(c);
  if (MANY_PER_SUBJECT.has(c.family) && !isSingular(store, subject, c.family)) return c.place ? [subject, c.family, c.figure.unit, countedKind(c.figure), c.scope, '@' + c.place].join('|') : null;
  return [subject, c.family, c.figure.unit, countedKind(c.figure), c.scope].join('|');
}

export function disjoint(a: { lo: number; hi: number }, b: { lo: number; hi: number }): boolean {
  return a.hi < b.lo || b.hi < a.lo;
}

/** When two figures differ by about 1e3 or 1e4 (within 15 %), that factor; otherwise null. */
export function magnitudeFactor(a: number | null, b: number | null): number | null {
  if (a == null || b == null || a <= 0 || b <= 0) return null;
  const r = a > b ? a / b : b / a;
  for (const f of [1e3, 1e4]) if (r >= f / 1.15 && r <= f * 1.15) return a > b ? f : 1 / f;
  return null;
}

let lastText: TextReader | undefined;
let lastStarts: number[] = [];

/** Line and character of an offset; the line table of the last text asked about is kept. */
export function lineCol(text: TextReader, offset: number): { line: number; character: number } {
  if (text.lineCol) return text.lineCol(offset);
  if (text !== lastText) {
    lastText = text;
    lastStarts = lineStartsOf(text);
  }
  const line = lineAt(lastStarts, offset);
  return { line, character: offset - lastStarts[line] };
}

// ---------------------------------------------------------------------------------------------
// Formatting values in the draft's own style

const ZH_CURRENCY: Record<string, string> = { USD: '美元', CNY: '元', EUR: '欧元', GBP: '英镑', JPY: '日元', HKD: '港元' };
const EN_CURRENCY_SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥' };

function num(n: number, lang: MessageLanguage, digits = 4): string {
  const r = Number(n.toPrecision(digits));
  if (lang === 'en' && Math.abs(r) >= 10000 && Number.isInteger(r)) return r.toLocaleString('en-US');
  return String(r);
}

/**
 * A value in base units written the way the draft figure is written (its unit word, its scale). A computed value keeps four
 * significant digits; a stored fact's value is written with `digits` (FACT_DIGITS) so that 79.996亿元 stays 79.996, not 80.
 */
export function formatLike(value: number, like: Figure, lang: MessageLanguage = like.lang, digits = 4): string {
  // The draft figure's written number times a factor gives its value: keep the factor, swap the number.
  const t = like.text;
  const m = /^(US\$|HK\$|\$|¥|￥|€|£)?\s?([\d,]+(?:\.\d+)?)/.exec(t);
  if (m && like.value) {
    const written = Number(m[2].replace(/,/g, ''));
    if (written > 0) {
      const factor = like.value / written;
      const n = value / factor;
      if (n >= 0.1 && n < 1e6) return (m[1] ?? '') + (m[1] && t[m[1].length] === ' ' ? ' ' : '') + num(n, like.lang, digits) + t.slice(m[0].length);
    }
  }
  return formatPlain(value, like.unit, lang, like.unitText);
}

/** A value in base units in plain words of the language ("1000亿美元", "$100 billion", "5 GW"). */
export function formatPlain(value: number, unit: string, lang: MessageLanguage, unitText?: string): string {
  try {
    const s = (formatValue as unknown as (v: number, u: string, l: string, o?: object) => string)(value, unit, lang, { unitText });
    if (typeof s === 'string' && s) return s;
  } catch {
    // fall through to the local formatter
  }
  const abs = Math.abs(value);
  if (unit === 'W' || unit === 'Wh') {
    const h = unit === 'Wh' ? 'h' : '';
    const steps: [number, string, string][] = [[1e12, 'T', '太瓦'], [1e9, 'G', '吉瓦'], [1e6, 'M', '兆瓦'], [1e3, 'k', '千瓦'], [1, '', '瓦']];
    const [f, en, zh] = steps.find(([f]) => abs >= f) ?? steps[steps.length - 1];
    return lang === 'zh' ? `${num(value / f, 'zh')}${zh}${h ? '时' : ''}` : `${num(value / f, 'en')} ${en}W${h}`;
  }
  if (ZH_CURRENCY[unit] || /^[A-Z]{3}$/.test(unit)) {
    if (lang === 'zh') {
      const [f, w] = abs >= 1e12 ? [1e12, '万亿'] : abs >= 1e8 ? [1e8, '亿'] : abs >= 1e4 ? [1e4, '万'] : [1, ''];
      return `${num(value / f, 'zh')}${w}${ZH_CURRENCY[unit] ?? unit}`;
    }
    const [f, w] = abs >= 1e12 ? [1e12, ' trillion'] : abs >= 1e9 ? [1e9, ' billion'] : abs >= 1e6 ? [1e6, ' million'] : [1, ''];
    const sym = EN_CURRENCY_SYMBOL[unit];
    return sym ? `${sym}${num(value / f, 'en')}${w}` : `${num(value / f, 'en')}${w} ${unit}`;
  }
  if (unit === 'percent') return `${num(value, lang)}%`;
  if (unit === 'ratio') return lang === 'zh' ? `${num(value, 'zh')}倍` : `${num(value, 'en')}×`;
  if (lang === 'zh') {
    const [f, w] = abs >= 1e8 ? [1e8, '亿'] : abs >= 1e4 ? [1e4, '万'] : [1, ''];
    return `${num(value / f, 'zh')}${w}${unit === 'count' ? '' : ' ' + unit}`;
  }
  const [f, w] = abs >= 1e9 ? [1e9, ' billion'] : abs >= 1e6 ? [1e6, ' million'] : [1, ''];
  return `${num(value / f, 'en')}${w}${unit === 'count' ? '' : ' ' + unit}`;
}

const QUAL_WORDS: Record<string, { en: string; zh: string }> = {
  about: { en: 'about ', zh: '约' },
  nearly: { en: 'nearly ', zh: '近' },
  'more-than': { en: 'more than ', zh: '超过' },
  'at-least': { en: 'at least ', zh: '至少' },
  'up-to': { en: 'up to ', zh: '最多' },
  'less-than': { en: 'less than ', zh: '不到' },
  'at-most': { en: 'at most ', zh: '不超过' },
};

/** A fact's value in words ("up to $500 billion", "最多5000亿美元"). */
/** Significant digits a stored fact's value is written with (as stored; ten hides float noise such as 0.30000000000000004). */
export const FACT_DIGITS = 10;

export function factValueText(fact: Fact, lang: MessageLanguage, like?: Figure): string {
  const fmt = (v: number) => (like && like.unit === fact.unit ? formatLike(v, like, lang, FACT_DIGITS) : formatPlain(v, fact.unit, lang));
  if (fact.value == null) {
    if (fact.low != null && fact.high != null) return lang === 'zh' ? `${fmt(fact.low)}至${fmt(fact.high)}` : `${fmt(fact.low)} to ${fmt(fact.high)}`;
    const v = fact.low ?? fact.high;
    if (v == null) return '?';
    const q = QUAL_WORDS[fact.qualifier]?.[lang] ?? (fact.low != null ? QUAL_WORDS['at-least'][lang] : QUAL_WORDS['up-to'][lang]);
    return q + fmt(v);
  }
  return (QUAL_WORDS[fact.qualifier]?.[lang] ?? '') + fmt(fact.value);
}

const ORDINAL_ZH = ['一', '二', '三', '四'];
const HALF_ZH = ['上半年', '下半年'];

/** A fact's period in prose: "Q3 2025", "fiscal Q2 2026", "2025–2029"; 2025年第三季度, 2026财年第二财季. Empty without one. */
export function factPeriodText(fact: Fact, lang: MessageLanguage): string {
  const p = fact.period;
  if (!p) return '';
  const zh = lang === 'zh';
  let m = /^(\d{4})\.\.(\d{4})$/.exec(p);
  if (m) return zh ? `${m[1]}至${m[2]}年` : `${m[1]}–${m[2]}`;
  m = /^(FY)?(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$/.exec(p);
  if (!m) return p;
  const [, fy, year, part] = m;
  if (fy && !part) return zh ? `${year}财年` : `fiscal ${year}`;
  if (part?.[0] === 'Q') return zh ? `${year}${fy ? '财年第' + ORDINAL_ZH[+part[1] - 1] + '财季' : '年第' + ORDINAL_ZH[+part[1] - 1] + '季度'}` : `${fy ? 'fiscal ' : ''}${part} ${year}`;
  if (part?.[0] === 'H') return zh ? `${year}${fy ? '财年' : '年'}${HALF_ZH[+part[1] - 1]}` : `${fy ? 'fiscal ' : ''}${part} ${year}`;
  // (A calendar year or month: "2025", "June 2024"; 2025年, 2024年6月.)
  return periodLabel(p, lang);
}

/** A fact's scope that names its period and nothing else ("fiscal year to June 2025", "full-year 2025 revenue"; not
 * "full-year revenue target"). */
const PERIOD_SCOPE = /^(?:fiscal\s+(?:year|quarter|Q[1-4]|H[12]|first|second|third|fourth)(?:\s+(?:quarter|half))?(?:\s+FY)?|full[- ]year|calendar\s+year|(?:first|second|third|fourth)[- ](?:quarter|half)|Q[1-4]|H[12]|(?:quarter|year)\s+(?:ended|to)|(?:three|six|nine|twelve)\s+months(?:\s+(?:ended|to))?)?(?:\s*(?:to\s+)?(?:(?:early|end|mid|late)[- ])?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December))?(?:\s*\d{1,2},?)?(?:\s*(?:FY)?(?:19|20)\d\d)?(?:\s+(?:total\s+)?(?:revenue|sales|capex|capital\s+expenditures?|results?|net\s+income|operating\s+income))?$/i;

/** What a fact is of, for a message: "Nvidia revenue in fiscal Q3 2026", 英伟达2026财年第三财季的营收. */
export function factWhatText(store: FactStore, fact: Fact, lang: MessageLanguage): string {
  const period = factPeriodText(fact, lang);
  const name = entityName(store, fact.entityId, lang);
  // (The scope's first phrase, when short: "Data Center segment"; the full scope is in the related note.)
  const head = fact.scope?.split(/[,;(]/)[0].trim();
  // (Not a scope that only restates the period: "fiscal year to June 2025", "full-year 2025 revenue".)
  const scope = head && head.length <= 40 && !PERIOD_SCOPE.test(head) ? (lang === 'zh' ? `（${head}）` : ` (${head})`) : '';
  return lang === 'zh' ? `${name}${period}的${measureName(fact.measure, lang)}${scope}` : `${name} ${measureName(fact.measure, lang)}${scope}${period ? ` in ${period}` : ''}`;
}

export function factSourceText(fact: Fact, lang: MessageLanguage): string {
  const who = fact.source.publisher ?? fact.source.title ?? '';
  return lang === 'zh' ? `${fact.asOf}，来源：${who ? who + ' ' : ''}${fact.source.url}` : `as of ${fact.asOf}, source: ${who ? who + ', ' : ''}${fact.source.url}`;
}

/**
 * The fact a finding compares with, at its line in the store. Its source's address is left to the
 * message, the hover and the store file: every diagnostic is sent again after each keystroke.
 */
export function factRelated(fact: Fact, lang: MessageLanguage, like?: Figure): RelatedInfo {
  const who = fact.source.publisher ?? fact.source.title ?? '';
  const scope = fact.scope ? (lang === 'zh' ? `（${fact.scope}）` : ` (${fact.scope})`) : '';
  return {
    path: fact.file,
    line: fact.line,
    character: 0,
    message: lang === 'zh'
      ? `事实库 ${fact.id}：${factValueText(fact, lang, like)}${scope}，${fact.asOf}${who ? '，' + who : ''}`
      : `Fact ${fact.id}: ${factValueText(fact, lang, like)}${scope}, as of ${fact.asOf}${who ? ', ' + who : ''}`,
  };
}

export function entityName(store: FactStore, id: string | null, lang: MessageLanguage): string {
  if (!id) return '';
  const e = store.entities.get(id);
  if (!e) return id;
  return (lang === 'zh' ? e.names.zh[0] ?? e.names.en[0] : e.names.en[0] ?? e.names.zh[0]) ?? id;
}

const MEASURE_NAMES: Record<string, { en: string; zh: string }> = {
  investment: { en: 'investment', zh: '投资' }, loss: { en: 'loss', zh: '亏损' }, debt: { en: 'debt', zh: '债务融资' }, memory: { en: 'memory', zh: '显存' }, cost: { en: 'cost', zh: '成本' }, capex: { en: 'capex', zh: '资本支出' },
  revenue: { en: 'revenue', zh: '营收' }, valuation: { en: 'valuation', zh: '估值' }, funding: { en: 'funding', zh: '融资' },
  contract_value: { en: 'contract value', zh: '合同金额' }, commitment: { en: 'commitment', zh: '承诺金额' },
  market_cap: { en: 'market value', zh: '市值' }, net_income: { en: 'net income', zh: '净利润' }, price: { en: 'price', zh: '价格' },
  spending: { en: 'spending', zh: '支出' }, power: { en: 'power', zh: '电力容量' }, energy_use: { en: 'energy use', zh: '用电量' },
  chip_power: { en: 'power per chip', zh: '单芯片功耗' }, gpu_count: { en: 'GPU count', zh: 'GPU数量' }, gpu_equivalents: { en: 'GPU equivalents', zh: '等效GPU数量' }, chip_count: { en: 'chip count', zh: '芯片数量' },
  server_count: { en: 'server count', zh: '服务器数量' }, rack_count: { en: 'rack count', zh: '机架数量' }, site_count: { en: 'number of sites', zh: '站点数量' },
  data_center_count: { en: 'number of data centres', zh: '数据中心数量' }, employees: { en: 'employees', zh: '员工人数' }, users: { en: 'users', zh: '用户数' },
  area: { en: 'area', zh: '面积' }, stake: { en: 'stake', zh: '持股比例' }, compute: { en: 'compute', zh: '算力' }, growth: { en: 'growth', zh: '增长率' }, share: { en: 'share', zh: '份额' }, utilization: { en: 'utilization rate', zh: '利用率' },
  duration: { en: 'time to build', zh: '建设用时' },
  operating_income: { en: 'operating income', zh: '营业利润' }, ebitda: { en: 'EBITDA', zh: 'EBITDA' },
  operating_expenses: { en: 'operating expenses', zh: '运营支出' }, compute_spend: { en: 'compute spending', zh: '算力支出' }, rd_spending: { en: 'R&D spending', zh: '研发投入' },
  bandwidth: { en: 'bandwidth', zh: '带宽' }, water_use: { en: 'water use', zh: '用水量' }, year: { en: 'year', zh: '年份' }, count: { en: 'count', zh: '数量' },
};

export function measureName(measure: string, lang: MessageLanguage): string {
  return MEASURE_NAMES[measureFamily(measure)]?.[lang] ?? measure;
}

/** Index of the sentence containing an offset (binary search). */
/**
 * sentenceAt() for offsets given in text order: a forward walk from the last answer (a binary search
 * again when an offset goes back).
 */
export function sentenceCursor(ctx: CheckContext): (offset: number) => number {
  const sentences = ctx.analysis.sentences;
  let si = 0;
  return (offset) => {
    if (si < sentences.length && offset < sentences[si].offset) return (si = sentenceAt(ctx, offset));
    while (si + 1 < sentences.length && sentences[si + 1].offset <= offset) si++;
    return si;
  };
}

export function sentenceAt(ctx: CheckContext, offset: number): number {
  const s = ctx.analysis.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < s[mid].offset) hi = mid - 1;
    else if (offset >= s[mid].offset + s[mid].length) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, lo - 1);
}

/** Counted nouns that name accelerators in general. */
export const GENERIC_ACCELERATORS = new Set(['gpu', 'chip', 'accelerator', 'superchip']);
/** Counted nouns that are no chip model; any other noun of a count is one (H100, GB200). */
const NOT_CHIPS = new Set([...GENERIC_ACCELERATORS, 'server', 'rack', 'data center', 'site', 'campus', 'job', 'tpu', 'wafer']);

/**
 * What a count counts, for grouping: a chip model counts GPUs ("100,000 H100 GPUs" and
 * "100,000 GPUs" are one quantity), other nouns as written, '' for none or another kind.
 */
export function countedKind(figure: Figure): string {
  if (figure.kind !== 'count' || !figure.noun) return '';
  return NOT_CHIPS.has(figure.noun.toLowerCase()) ? figure.noun : 'GPU';
}

/** Whether a counted noun names an accelerator (GPU, chip) or a chip model. */
export function isAcceleratorNoun(noun: string): boolean {
  const n = noun.toLowerCase();
  return GENERIC_ACCELERATORS.has(n) || !NOT_CHIPS.has(n);
}

/** A finding moved with its figure (related spans and fix edits in the draft move too). */
export function shifted(raw: RawFinding, delta: number, relatedDelta = delta): RawFinding {
  if (delta === 0 && relatedDelta === 0) return raw;
  return {
    ...raw,
    offset: raw.offset + delta,
    related: relatedDelta === 0 ? raw.related : raw.related.map((r) => (r.offset === undefined ? r : { ...r, offset: r.offset + relatedDelta })),
    fixes: raw.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, offset: e.offset + delta })) })),
  };
}

/** The letter of a funding round named in `around` (Series E, E轮, B+轮), lower-cased, or null. */
export function seriesLetter(around: string): string | null {
  // (Late rounds run past H: Databricks' Series J, J 轮.)
  const m = /\bSeries\s+([A-M])\b|(?<![A-Za-z])([A-M])\+?\s?(?:轮|輪)/.exec(around);
  return m ? (m[1] ?? m[2]).toLowerCase() : null;
}

/** A company's whole order book: backlog, remaining performance obligations (RPO), 积压订单, 剩余履约义务. */
export const BACKLOG = /backlog|remaining performance obligation|\bRPO\b|积压订单|未交付订单|在手订单|剩余履约义务|未履行履约义务|未确认履约义务/i;

/**
 * "公司未确认履约义务…跳到4550亿美元", "5450亿美元RPO": a company has one order book, so an amount named as it has a key of its
 * own among the company's many contracts (the word within the figure's clause, before it or right after it).
 */
function orderBook(text: TextReader, figure: Figure): string | undefined {
  const end = figure.offset + figure.length;
  const before = text.slice(Math.max(0, figure.offset - 50), figure.offset).split(/[.。;；,，\n]/).pop()!;
  return BACKLOG.test(before) || BACKLOG.test(text.slice(end, Math.min(text.length, end + 12)).split(/[.。;；,，\n]/)[0]) ? 'order book' : undefined;
}

/** "a $71.4 billion deal with Nebius", "agreement with Nebius, …, to the tune of $17.4 billion": the other party of a deal. */
// ("agreement with AI chip startup Groq": a description between; "in talks with Meta over a $20 billion … agreement".)
const DEAL_WITH_BEFORE = /\b(?:deal|agreement|contract|pact|talks|negotiations|discussions)s?\s+with\s+(?:[A-Za-z][\w-]*\s+){0,4}$/i;
/** "invest $100 billion in OpenAI", "向OpenAI投资", "投资OpenAI", "对OpenAI的投资": the company the money goes to (the amount's
 * decimal point between: "investing $13.4 billion in Scale AI"). */
const INVESTED_IN_BEFORE = /(?:\b(?:invest(?:s|ed|ing|ment)?|stake)\s+(?:(?:[^,.;]|(?<=\d)[.,](?=\d)){0,40}?\s)?(?:in|into)\s+|[向对對于於](?:[^\s，,。；;、]{0,8}?(?:大厂|大廠|公司|巨头|巨頭|企业|企業|新创|新創|初创|初創|厂商|廠商))?\s*|(?:投资|投資|注资|注資|入股|支持|協助|协助|資助|资助)\s*)$/i;
/** "向微軟購買", "purchase … from Microsoft's Azure": the seller of what a company buys or commits to buy. */
const BOUGHT_FROM_BEFORE = /(?:\bfrom\s+|[向从從]\s*)$/i;
/** "與OpenAI聯手", "和OpenAI合作": a partner named with 与 and a verb of joining after it. */
// (与AI芯片初创公司Groq达成: a description of the partner may stand between.)
const WITH_BEFORE_ZH = /[與与和][^，,。；;與与和]{0,10}$/;
const JOINED_AFTER_ZH = /^\s*(?:聯手|联手|合作|攜手|携手|共同|达成|達成|签署|簽署|签订|簽訂)/;
/** Who a deal or an investment may be with: companies and funds, not places or people. */
const PARTY_KINDS = new Set(['company', 'fund', 'org', 'agency']);

/**
 * The other party a company's contract, investment or purchase is named with in the figure's sentence, as a place key
 * ("party:nebius"): one deal, whichever words each draft dates or describes it with.
 */
function dealParty(ctx: CheckContext, claim: Claim, figure: Figure): string | undefined {
  const lead = claim.measure === 'contract_value' ? DEAL_WITH_BEFORE : claim.measure === 'investment' ? INVESTED_IN_BEFORE : claim.measure === 'cost' || claim.measure === 'commitment' ? BOUGHT_FROM_BEFORE : undefined;
  if (!lead) return undefined;
  // The figure's sentence (as the analysis split it: "Oracle Corp. is in … with Meta Platforms Inc. on …" is one),
  // at most 120 code units before the figure and 80 after.
  const sentence = ctx.analysis.sentences[sentenceAt(ctx, figure.offset)];
  const from = Math.max(sentence ? sentence.offset : 0, figure.offset - 120);
  const to = Math.min(sentence ? sentence.offset + sentence.length : Infinity, figure.offset + figure.length + 80);
  const mentions = ctx.analysis.mentions;
  let party: string | undefined;
  for (let i = firstSpanFrom(mentions, from); i < mentions.length && mentions[i].offset < to; i++) {
    const m = mentions[i];
    const named = lead.test(ctx.masked.slice(Math.max(from, m.offset - 48), m.offset)) ||
      ((claim.measure === 'investment' || claim.measure === 'contract_value') && WITH_BEFORE_ZH.test(ctx.masked.slice(Math.max(from, m.offset - 12), m.offset)) && JOINED_AFTER_ZH.test(ctx.masked.slice(m.offset + m.length, m.offset + m.length + 4)));
    if (m.entityId === claim.subject || !named || !PARTY_KINDS.has(ctx.store.entities.get(m.entityId)?.kind ?? '')) continue;
    if (party && party !== m.entityId) return undefined;
    party = m.entityId;
  }
  return party ? `party:${party}` : undefined;
}

/**
 * The investor a funding round is led by, named after the amount in its sentence, as a place key ("raised $1.5 billion in
 * new financing led by TWG Global"): one round, however each draft describes it.
 */
function roundLeader(text: TextReader, figure: Figure): string | undefined {
  const end = figure.offset + figure.length;
  const m = LED_BY_AFTER.exec(text.slice(end, Math.min(text.length, end + 90)));
  return m ? `led:${m[1].toLowerCase()}` : undefined;
}
const LED_BY_AFTER = /^[^.;!?。；]{0,60}?\b(?:led|co-led)\s+by\s+([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})/;

/** A funding round named by its letter within the figure's sentence, just before or after it, as a place key, or undefined. */
function fundingRound(text: TextReader, figure: Figure): string | undefined {
  const end = figure.offset + figure.length;
  const after = text.slice(end, Math.min(text.length, end + 40)).split(/[.。;；\n]/)[0];
  const before = text.slice(Math.max(0, figure.offset - 30), figure.offset).split(/[.。;；\n]/).pop()!;
  const letter = seriesLetter(`${before} ${after}`);
  if (letter) return `round:${letter}`;
  // "秦淮数据IPO拟募资1亿美元", "raised $1.5 billion in its IPO": a company's listing is one raise (not a pre-IPO round).
  if (IPO_RAISE.test(`${before} ${after}`) && !PRE_IPO.test(`${before} ${after}`)) return 'round:ipo';
  // "提出最高49.8亿元的定增计划", "拟向不超过35名特定对象…募集94.8亿元": a private placement is one raise, as a lettered round is.
  // (Not one named among several, "第二次定增融资", "上一次定增于2023年4月完成", nor a use of the proceeds, "募集资金中20.54亿元将用于".)
  if (!PLACEMENT.test(`${before} ${after}`) || PLACEMENT_NAMED_AMONG.test(before) || PROCEEDS_USED_AFTER.test(after)) return undefined;
  return 'round:placement';
}
/**
 * A price named as a share offering's: 发行价格 or "offer price" right before it, 发行价 or "IPO price" or a public offering
 * (以每股X元公开发行) right after it; not a placement's or a follow-on's (a company places shares again over the years).
 */
function offeringPrice(text: TextReader, figure: Figure): boolean {
  const end = figure.offset + figure.length;
  const before = text.slice(Math.max(0, figure.offset - 24), figure.offset).split(/[.。;；\n]/).pop()!;
  const after = text.slice(end, Math.min(text.length, end + 16));
  if (!(OFFERING_PRICE_BEFORE.test(before) || OFFERING_PRICE_AFTER.test(after))) return false;
  const sentence = `${text.slice(Math.max(0, figure.offset - 80), figure.offset).split(/[.。;；\n]/).pop()!} ${text.slice(end, Math.min(text.length, end + 40)).split(/[.。;；\n]/)[0]}`;
  return !PLACEMENT.test(sentence) && !FOLLOW_ON.test(sentence);
}
const OFFERING_PRICE_BEFORE = /(?:发行价|發行價|招股价|招股價)格?\s*(?:为|為|是|定为|定為|确定为|確定為)?\s*(?:每股)?\s*(?:人民币|人民幣)?\s*$|\b(?:offer(?:ing)?|IPO)\s+price\s+(?:of\s+|was\s+|at\s+)?$|\bpriced\s+(?:its\s+)?(?:IPO|initial\s+public\s+offering|offering)\s+at\s+$/i;
/** Right after a price: "/股的发行价", "每股的招股價", " IPO price". */
export const OFFER_PRICE_AFTER = /^\s*(?:[/／]\s*股|每股)?\s*的?\s*(?:发行价|發行價|招股价|招股價|发售价|發售價)|^\s*(?:a\s+share\s+|per\s+share\s+)?(?:offer(?:ing)?|IPO)\s+price\b/i;
/** …or a public offering at that price (以每股人民幣 27.46 元公開發行). */
const OFFERING_PRICE_AFTER = new RegExp(String.raw`${OFFER_PRICE_AFTER.source}|^\s*(?:首次)?(?:公开发行|公開發行)`, 'i');
const FOLLOW_ON = /增发|增發|配售|配股|供股|\bfollow-on\b|\bsecondary\s+offering\b|\bplacing\b/i;
const IPO_RAISE = /\bIPO\b|首次公开发行|首次公開發行|\binitial public offering\b/i;
const PRE_IPO = /\bpre-?\s?IPO\b|上市前/i;
const PLACEMENT_NAMED_AMONG = /上一次|上次|前次|此前|首次|第[一二三四五六七八九十\d]+次/;
const PROCEEDS_USED_AFTER = /^\s*(?:将|將|拟|擬)?(?:用于|用於|用作|投入)/;
const PLACEMENT = /定增|定向增发|定向增發|特定对象|特定對象|\bprivate placement\b/i;

/** Subjects that stand in one place: their investments are not split by the state or country named. */
const ONE_PLACE_KINDS = new Set(['site', 'project']);

/**
 * The one state or country named within 60 characters before a figure or 100 after it, in its sentence ("invest $40 billion
 * in three new data centers in Texas", "Google's $4 billion Texas investment", "spend $50B on its "Hyperion" data center
 * under construction in Louisiana", "$10 billion investment in an AI-focused data center hub at the Start Campus in Sines,
 * Portugal"); none when two are named (a list of places is no one place).
 */
export function placeNear(text: TextReader, figure: Figure, reachAfter = 100): string | undefined {
  const from = Math.max(0, figure.offset - 60);
  const wide = text.slice(from, Math.min(text.length, figure.offset + figure.length + reachAfter));
  const at = figure.offset - from;
  const start = Math.max(fullStopBefore(wide, at), wide.lastIndexOf('。', at), wide.lastIndexOf('\n', at)) + 1;
  const end = at + figure.length;
  const stops = [fullStopAfter(wide, end), wide.indexOf('。', end), wide.indexOf('\n', end)].filter((k) => k >= 0);
  const stretch = wide.slice(start, stops.length ? Math.min(...stops) : wide.length);
  let place = onePlaceIn(stretch);
  // ("a $3 billion investment … in Europe, focusing specifically on Netherlands and Germany": a list of places that runs on
  // past the reach names no one place.)
  if (place && stretch.length === wide.length - start && listGoesOnToAnotherPlace(text, from + start + lastPlaceEnd(stretch), place)) place = undefined;
  // ("微軟砸230億美元擴建全球AI版圖 大舉押注印度市場": an amount spent across the world, then a place it favours, is not that
  // place's amount.)
  if (place) {
    const after = stretch.slice(at - start + figure.length);
    // (search, not exec: PLACE_NAMES is global, and exec would leave its lastIndex for the next matchAll.)
    const first = after.search(PLACE_NAMES);
    if (first > 0 && GLOBAL_SCOPE.test(after.slice(0, first))) return undefined;
  }
  return place;
}
/** Where the last place `text` names ends. */
function lastPlaceEnd(text: string): number {
  let end = 0;
  for (const m of text.matchAll(PLACE_NAMES)) end = m.index! + m[0].length;
  return end;
}

/** The text from `end`, after a place a reach may have cut off, goes on with a list of places naming one other than `place`. */
function listGoesOnToAnotherPlace(text: TextReader, end: number, place: string): boolean {
  const next = text.slice(end, Math.min(text.length, end + 60));
  const stop = next.search(/[.;。；\n]/);
  const other = onePlaceIn(stop >= 0 ? next.slice(0, stop) : next);
  if (!other || other === place) return false;
  // (Only the list the cut ran through: the words before the other place are the list's joiners and the rest of a name.)
  const at = next.search(PLACE_NAMES);
  return at >= 0 && /^[\w\s]{0,20}?(?:,|\band\b|\bor\b|&|和|与|與|及|、)\s*(?:the\s+)?$/i.test(next.slice(0, at));
}

/**
 * Where the last English sentence ending before `at` ends ('. '), or -1: not the point of a short abbreviation ("U.S.
 * dollars", "the southern U.S. state of Louisiana", "Amazon.com Inc. said").
 */
function fullStopBefore(s: string, at: number): number {
  let k = s.lastIndexOf('. ', at);
  while (k >= 0 && ABBREVIATION_BEFORE.test(s.slice(Math.max(0, k - 6), k))) k = k > 0 ? s.lastIndexOf('. ', k - 1) : -1;
  return k;
}

/** The first '. ' at or after `from` that ends a sentence (as fullStopBefore reads one), or -1. */
function fullStopAfter(s: string, from: number): number {
  let k = s.indexOf('. ', from);
  while (k >= 0 && ABBREVIATION_BEFORE.test(s.slice(Math.max(0, k - 6), k))) k = s.indexOf('. ', k + 1);
  return k;
}
const ABBREVIATION_BEFORE = /(?:\b[A-Z]\.[A-Z]|\b(?:Inc|Corp|Co|Ltd|No|St|Mr|Ms|Mrs|Dr|Jr|Sr|vs))$/;
const GLOBAL_SCOPE = /全球|全世界|世界各地|\bglobal(?:ly)?\b|\bworldwide\b|\baround the world\b/i;
