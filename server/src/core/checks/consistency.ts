// The comparison engine behind internal-conflict, cross-draft-conflict, fact-conflict,
// stale-figure and magnitude-slip. Claims are grouped by subject + measure family first, so a
// 1 MB draft costs O(n · k) with a small k, never O(n²) over all figures.
import type { Claim, Fact, FactStore, Figure, Finding, Mention } from '../types.ts';
import { factInterval, factsFor } from '../facts-query.ts';
import { latestOf } from '../../facts/store.ts';
import type { CheckContext, MessageLanguage, OtherDraft, RawFinding } from './types.ts';
import {
  type ClaimInfo, comparableClaims, claimTimeKey, GENERIC_ACCELERATORS, isAcceleratorNoun, disjoint, entityName, factRelated, factSourceText, factValueText, factWhatText, FACT_DIGITS, formatLike,
  draftKey, groupKey, isSingular, seriesLetter, isThing, looseKey, lineCol, magnitudeFactor, measureName, MANY_PER_SUBJECT, PERIODIC_MEASURES, periodKey, calendarKey, repValue,
  compoundZhAmount, placeNear, sentenceAt, sentenceCursor, shifted, TIME_VARYING_MEASURES, BACKLOG, countedKind, OFFER_PRICE_AFTER,
} from './common.ts';
import { firstSpanFrom } from '../spans.ts';
import { AGREED_TAIL, PARTNER_LEAD, PARTY_DESCRIPTION, RIVAL_AFTER, TIME_KINDS } from '../claims/index.ts';
import { ADJUSTED_WORDS, grownMeasure } from '../claims/measures.ts';
import { sinceSentenceStart } from '../text/sentences.ts';
import { onePlaceIn } from '../places.ts';
import { PRECISIONS_OF_USE, computePrecision } from '../measures.ts';
import type { TextReader } from '../text/chunked.ts';

type Raw = Omit<Finding, 'severity' | 'key'>;

export interface ConsistencyResult {
  internal: Raw[];
  crossDraft: Raw[];
  fact: RawFinding[];
  stale: Raw[];
  magnitude: Raw[];
}

/** How many earlier claims of a group a claim is compared with (keeps huge drafts linear). */
const WINDOW = 40;

const cache = new WeakMap<CheckContext, ConsistencyResult>();

export function consistency(ctx: CheckContext): ConsistencyResult {
  let r = cache.get(ctx);
  if (!r) {
    r = compute(ctx);
    cache.set(ctx, r);
  }
  return r;
}

// Simplified and traditional script; 資料中心 is the Taiwanese word for a data centre.
const ZH_OBJECT_NOUNS: Record<string, string> = {
  数据中心: 'datacenter', 數據中心: 'datacenter', 資料中心: 'datacenter', 资料中心: 'datacenter', 智算中心: 'datacenter', 算力中心: 'datacenter',
  集群: 'cluster', 叢集: 'cluster', 园区: 'campus', 園區: 'campus', 超算: 'supercomputer', 超级计算机: 'supercomputer', 超級電腦: 'supercomputer',
  工厂: 'factory', 工廠: 'factory', 基地: 'campus',
};
const OBJECT_NOUNS = /数据中心|數據中心|資料中心|资料中心|智算中心|算力中心|集群|叢集|园区|園區|超算|超级计算机|超級電腦|工厂|工廠|基地|data\s*cent(?:er|re)s?|campus|cluster|supercomputer|facility|plant|factory|site/gi;

/** Before the party money goes to: 向, "in", "to", and a description between ("向芯片製造商英特爾"). */
// ("a $17.4 billion deal with Nebius": the other party of a deal named with "with".)
const DIRECTED_BEFORE = new RegExp(String.raw`(?:[向对给]${PARTY_DESCRIPTION}|\b(?:in|into|to|(?:deal|agreement|contract|pact)s?\s+with))\s*$`, 'i');

/**
 * What a company's figure is about: named counterparties and places in the sentence, and object
 * nouns near the figure ("华为…数据中心总投资", "Microsoft's investment in OpenAI").
 */
function objectSignature(ctx: CheckContext, c: ClaimInfo, text: TextReader, mentions = ctx.analysis.mentions): Set<string> {
  const sig = new Set<string>();
  const from = Math.max(0, c.figure.offset - 40);
  const to = Math.min(text.length, c.figure.offset + c.figure.length + 30);
  const window = text.slice(from, to);
  for (const m of window.matchAll(OBJECT_NOUNS)) sig.add(m[0].toLowerCase().replace(/\s+/g, '').replace(/centre/, 'center').replace(/s$/, ''));
  for (let i = firstSpanFrom(mentions, from); i < mentions.length && mentions[i].offset < to; i++) {
    const m = mentions[i];
    if (m.entityId === c.claim.subject) continue;
    const kind = ctx.store.entities.get(m.entityId)?.kind;
    const directed = DIRECTED_BEFORE.test(text.slice(Math.max(0, m.offset - 16), m.offset));
    const partner = kind === 'company' && PARTNER_LEAD.test(text.slice(Math.max(0, m.offset - 60), m.offset));
    if (kind === 'place' || kind === 'site' || kind === 'project' || (kind === 'company' && (directed || partner))) sig.add('@' + m.entityId);
  }
  for (const k of [...sig]) if (ZH_OBJECT_NOUNS[k]) sig.add(ZH_OBJECT_NOUNS[k]);
  // The one state or country named near the figure in its sentence: "the 1-gigawatt site" in Lebanon,
  // Indiana and "Meta’s second data center in Indiana … 100 MW" are one campus.
  const place = c.place ?? placeNear(text, c.figure);
  if (place) sig.add('@place:' + place);
  return sig;
}

/**
 * Whether `name` (lower case) stands as a word after the figure in its sentence (read up to 200 code units on): "500 MW at
 * Lake Mariner, with pending approvals to reach 750 MW" names the place of the 500 only.
 */
function namedAfter(text: TextReader, figure: Figure, name: string): boolean {
  const from = figure.offset + figure.length;
  const rest = text.slice(from, Math.min(text.length, from + 200)).toLowerCase();
  const end = rest.search(SENTENCE_END);
  const sentence = end < 0 ? rest : rest.slice(0, end);
  for (let k = sentence.indexOf(name); k >= 0; k = sentence.indexOf(name, k + 1)) {
    if (!/[a-z0-9]/.test(sentence[k - 1] ?? '') && !/[a-z0-9]/.test(sentence[k + name.length] ?? '')) return true;
  }
  return false;
}
/** A sentence's end: a full stop, question or exclamation mark before a space, or a line break. */
const SENTENCE_END = /[.!?](?=\s|$)|[。！？\n]/;

/** A count right before the cluster it sizes: 萬卡集群 (read folded), 3万卡集群, "a 100,000-GPU cluster". */
const CLUSTER_AFTER = /^\s*(?:-?\s*(?:GPUs?|chips?|accelerators?|cards?)\s*)?级?(?:集群|clusters?\b|superclusters?\b)/i;

function namesCluster(text: TextReader, figure: Figure): boolean {
  const end = figure.offset + figure.length;
  return figure.kind === 'count' && CLUSTER_AFTER.test(text.slice(end, end + 16));
}

/** Two figures of a company (not a project) are the same quantity only if they are about the same object. */
/** Object signatures of the draft's own claims, found once per analysis (a claim meets up to WINDOW others). */
const ownSignatures = new WeakMap<ClaimInfo, Set<string>>();

/** Another draft's claims keep theirs across analyses too (the index of other drafts' claims is cached). */
const otherSignatures = new WeakMap<ClaimInfo, Set<string>>();

function otherSignature(ctx: CheckContext, c: ClaimInfo, other: { text: TextReader; mentions: Mention[] }): Set<string> {
  let sig = otherSignatures.get(c);
  if (!sig) otherSignatures.set(c, (sig = objectSignature(ctx, c, other.text, other.mentions)));
  return sig;
}

function ownSignature(ctx: CheckContext, c: ClaimInfo): Set<string> {
  let sig = ownSignatures.get(c);
  if (!sig) ownSignatures.set(c, (sig = objectSignature(ctx, c, ctx.masked)));
  return sig;
}

/** `b` is another of the draft's claims, or one of another draft (its text and mentions given). */
function sameObject(ctx: CheckContext, a: ClaimInfo, b: ClaimInfo, other?: { text: TextReader; mentions: Mention[] }): boolean {
  const oa = a.claim.object;
  const ob = b.claim.object;
  // "分别支持8192张和15488张昇腾卡": each figure of a list is one listed thing's, met only by that thing's.
  if ((a.scope === 'respective' || b.scope === 'respective') && !(oa && ob && sameProduct(oa, ob))) return false;
  // "萬卡集群" then "3萬卡集群", "a 100,000-GPU cluster": a cluster named by its size is an object of its own.
  if (namesCluster(ctx.masked, a.figure) || namesCluster(other ? other.text : ctx.masked, b.figure)) return false;
  // "收入2478亿元，同比增长5%" and "资本开支为315亿元，同比增长80.1%": growth rates of different quantities.
  if (a.family === 'growth' && grownOf(ctx.masked, a.figure) !== grownOf(other ? other.text : ctx.masked, b.figure)) return false;
  // "AI semiconductor revenue to $6.5 billion" and the company's "$18.02 billion in revenue": a segment's and the whole's.
  if (a.family === 'revenue' && segmentOf(ctx.masked, a.figure) !== segmentOf(other ? other.text : ctx.masked, b.figure)) return false;
  // ("2023年寒武纪7.09亿元的营收中,有6.05亿元收入来自其智能计算集群系统业务": revenue from one business is a slice of the whole.)
  if (a.family === 'revenue' && (revenueFromBusiness(ctx.masked, a.figure) || revenueFromBusiness(other ? other.text : ctx.masked, b.figure))) return false;
  // ("营业收入5438亿元" and another draft's "通信服务收入4,670亿元", "新兴市场收入290亿元": the revenue of a service, a market or a
  // line of business is its own slice; only the same slice's figures meet.)
  if (a.family === 'revenue' && revenueLineOf(ctx.masked, a.figure) !== revenueLineOf(other ? other.text : ctx.masked, b.figure)) return false;
  // ("Cloud services and license support revenues were up 14% … to $11.7 billion" and "total revenues were up 8% … to
  // $57.4 billion": a line of business named before the revenue word in English too.)
  if (a.family === 'revenue' && enRevenueLineOf(ctx.masked, a.figure) !== enRevenueLineOf(other ? other.text : ctx.masked, b.figure)) return false;
  // ("高通QTL(…技术授权部门)第四季度营收…14.09亿美元" and "高通QCT(…)部门第四季度营收…98.21亿美元": a division's revenue is its own.)
  if (a.family === 'revenue' && divisionOf(ctx.masked, a.figure) !== divisionOf(other ? other.text : ctx.masked, b.figure)) return false;
  // ("其中生成式AI业务收入24.04亿元,同比增长103.1%" and the group's "总收入同比增长10.8%": the growth of a line's revenue is that line's.)
  if (a.family === 'growth' && grownLineOf(ctx.masked, a.figure) !== grownLineOf(other ? other.text : ctx.masked, b.figure)) return false;
  // ("data center revenue up 57%" and the company's "38% YoY growth": a segment's growth is its own.)
  if (a.family === 'growth' && grownSegmentOf(ctx.masked, a.figure) !== grownSegmentOf(other ? other.text : ctx.masked, b.figure)) return false;
  // "a 10-acre property" and "about 230,000 square feet of space": a site's land and a building's floor.
  if (a.family === 'area') {
    const ka = areaKind(ctx.masked, a.figure);
    const kb = areaKind(other ? other.text : ctx.masked, b.figure);
    if (ka && kb && ka !== kb) return false;
  }
  // "新增使用面积23291平方米,同比增长10.9%" and "签约面积新增11104平方米,同比增长4.8%": space in use and space signed for are two
  // quantities, and so are their growth rates.
  if (a.family === 'area' || a.family === 'growth') {
    const ua = areaUse(ctx.masked, a.figure);
    const ub = areaUse(other ? other.text : ctx.masked, b.figure);
    if (ua && ub && ua !== ub) return false;
  }
  // "8卡服务器…3.2kW" and "R4900服务器处理器…385W": two groups of a chip may hold different numbers of it.
  if (a.scope === 'combined' && b.scope === 'combined' && ctx.store.entities.get(a.claim.subject!)?.kind === 'chip') return false;
  if (isThing(ctx.store, a.claim.subject!)) return true;
  if (PERIODIC_MEASURES.has(a.family) || TIME_VARYING_MEASURES.has(a.family)) return true;
  // A company's impressionistic figures ("数千个GPU" then, "数十万个GPU" now) are no claim about one quantity.
  if (a.figure.value == null || b.figure.value == null) return false;
  // "6000英畝…的NorthPark開發案" and the company's own 777 ha: a development named with a figure is its own object.
  // ("the 715,000-square-foot Montgomery campus" and "Meta's new … data center, which will be built … in Montgomery": the
  // development's name after the other figure in its sentence, which names no object, names the same one.)
  if (oa?.startsWith('named:') && !ob) return namedAfter(other ? other.text : ctx.masked, b.figure, oa.slice(6));
  if (ob?.startsWith('named:') && !oa) return namedAfter(ctx.masked, a.figure, ob.slice(6));
  if (oa?.startsWith('named:') || ob?.startsWith('named:')) return oa === ob;
  // Huawei's "Atlas 950 SuperCluster" and "Atlas 960 SuperPoD": numbered products are objects of their own.
  if (oa && ob) return sameProduct(oa, ob);
  // "invest $40 billion in three new data centers in Texas" … "Google's $4 billion Texas investment": one place's.
  if (a.place && a.place === b.place) return true;
  const sa = ownSignature(ctx, a);
  const sb = other ? otherSignature(ctx, b, other) : ownSignature(ctx, b);
  // A company's power is many sites and contracts at once ("AWS signed for 960 MW" and "a 120 MW
  // AWS campus"): the same quantity only when both name the same object.
  if (!sa.size && !sb.size) return !MANY_PER_SUBJECT.has(a.family) && a.family !== 'power' && a.figure.value != null && b.figure.value != null;
  // Across drafts, a company's power at "a data centre" in one and "a data centre" in the other is
  // two places unless both name the same one (a site, a place, a project, a partner it goes to).
  const namedOnly = a.family === 'power' && other !== undefined;
  for (const x of sa) if ((!namedOnly || x.startsWith('@')) && sb.has(x)) return true;
  return false;
}

/** What grows while a project is built: its power and its accelerators. */
const RAMP_FAMILIES = new Set(['power', 'gpu_count', 'chip_count', 'server_count', 'rack_count']);
/** A level reached by the time of writing: "has already reached", "now", 目前, 已达到, 刚突破. */
const LEVEL_NOW = /(?:\b(?:already|currently|now|so far|to date|at present|as of now|today)\b[^,.;:!?]{0,30}|\b(?:has|have)\s+(?:now\s+|already\s+)?(?:reached|hit|passed|crossed|topped|surpassed)\s+(?:about\s+|roughly\s+|nearly\s+|over\s+|more than\s+)?|(?:目前|当前|當前|现在|現在|如今|现已|現已|已经|已經|已|刚|剛)[^，,。；;！？!?]{0,12})$/i;

/**
 * A ramp's level as of the draft's own writing ("Just six months later, the facility has already
 * reached 200 megawatts"; "Colossus 2:刚突破1GW门槛"): two drafts written at different times report
 * different levels of one build-out, so such an undated level is not compared across drafts.
 */
function levelNow(c: ClaimInfo, text: TextReader): boolean {
  return RAMP_FAMILIES.has(c.family) && LEVEL_NOW.test(text.slice(Math.max(0, c.figure.offset - 40), c.figure.offset));
}

/** One product: the same name, or one written without its series name ("960 superpod" of "atlas 960 superpod"). */
function sameProduct(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return /^\d/.test(short) && long.endsWith(' ' + short);
}

function timesCompatible(a: ClaimInfo, b: ClaimInfo): boolean {
  if (a.figure.value == null || b.figure.value == null) return false; // vague figures: no magnitude call
  if (PERIODIC_MEASURES.has(a.family) || TIME_VARYING_MEASURES.has(a.family)) return a.timeKey === b.timeKey;
  // ("在2026年前追加90萬美元" against "在2026年底前追加90億美元": a year and a part of it are one deadline to a slip ten
  // thousand times off.)
  if (!a.timeKey || !b.timeKey || a.timeKey === b.timeKey) return true;
  const year = sameSingleYear(a.timeKey);
  return year !== null && year === sameSingleYear(b.timeKey);
}

/** The year a time key lies within ("2026..2026", "2026-10..2026-12"), or null when it spans more or is no date. */
function sameSingleYear(key: string): string | null {
  const m = /^(\d{4})(?:-\d\d)?\.\.(\d{4})(?:-\d\d)?$/.exec(key);
  return m && m[1] === m[2] ? m[1] : null;
}

type OtherDraftIndex = Map<string, { draft: OtherDraft; c: ClaimInfo }[]>;

/** Other drafts' comparable claims by loose key; one per (drafts array, store), reused across keystrokes. */
const otherIndexCache = new WeakMap<OtherDraft[], { store: CheckContext['store']; index: OtherDraftIndex }>();

function otherDraftIndex(ctx: CheckContext): OtherDraftIndex {
  const hit = otherIndexCache.get(ctx.otherDrafts);
  if (hit && hit.store === ctx.store) return hit.index;
  const index: OtherDraftIndex = new Map();
  for (const draft of ctx.otherDrafts) {
    for (const c of comparableClaims(ctx, draft.claims, draft.figures, draft.text)) {
      const loose = looseKey(ctx.store, c);
      if (!loose) continue;
      const list = index.get(loose) ?? [];
      if (list.length < WINDOW) list.push({ draft, c });
      index.set(loose, list);
    }
  }
  otherIndexCache.set(ctx.otherDrafts, { store: ctx.store, index });
  return index;
}

/**
 * What compute() decided per claim (by index into analysis.claims), kept for the next analysis of
 * the same draft: a claim the edit did not reach keeps its decision against earlier claims of its
 * group while no claim of that group was edited, and its findings against the store.
 */
interface ConsistencyMemo {
  store: CheckContext['store'];
  lang: MessageLanguage;
  today: string;
  looseKeys: (string | null | undefined)[];
  /** Claim → the earlier claim it contradicts (factor set: a magnitude slip), and the finding written for it. */
  decisions: Map<number, Decision>;
  /** The text the findings were written for: their line numbers are kept while an edit adds no line. */
  text: TextReader;
  /** Claims flagged as a thousandfold slip of another figure: their store check was skipped, so `facts` says nothing of them. */
  magnitudeFlagged: Set<number>;
  facts: Map<number, FactOutcome[]>;
}

type FactOutcome = { bucket: 'fact' | 'stale' | 'magnitude'; raw: Raw };
type Decision = { partner: number; factor: number | null; raw: Raw };

/**
 * Code units around a figure that a claim's comparisons read (its object signature reads 40 before
 * and 30 after): a kept claim this close to the edit is decided again.
 */
const SIGNATURE_REACH = 64;

/** The previous analysis's memo with the claim renumbering, when it applies to this context. */
function reusable(ctx: CheckContext): { memo: ConsistencyMemo; oldIndex: (i: number) => number; newIndex: (j: number) => number; inHead: (i: number) => boolean; shiftOf: (i: number) => number; oldDirtyKeys: Set<string>; sameLines: boolean } | undefined {
  const carry = ctx.carry;
  const memo = carry?.previous?.consistency as ConsistencyMemo | undefined;
  if (!carry?.reuse || !memo || memo.store !== ctx.store || memo.lang !== ctx.lang || memo.today !== ctx.today) return undefined;
  const { claims: { head, tail, oldTail }, from, delta } = carry.reuse;
  const { claims, figures } = ctx.analysis;
  // Head claims whose figure ends within SIGNATURE_REACH of the edit read edited text: not kept.
  let cleanHead = head;
  while (cleanHead > 0) {
    const f = figures[claims[cleanHead - 1].figure];
    if (f.offset + f.length + SIGNATURE_REACH <= from) break;
    cleanHead--;
  }
  const oldIndex = (i: number) => (i < cleanHead ? i : i >= tail ? i - tail + oldTail : -1);
  const newIndex = (j: number) => (j < cleanHead ? j : j >= oldTail ? j - oldTail + tail : -1);
  const shiftOf = (i: number) => (i >= tail ? delta : 0);
  const oldDirtyKeys = new Set<string>();
  for (let j = cleanHead; j < oldTail; j++) {
    const k = memo.looseKeys[j];
    if (k) oldDirtyKeys.add(k);
  }
  const sameLines = newlines(memo.text, from, carry.reuse.to - delta) === newlines(ctx.text, from, carry.reuse.to);
  return { memo, oldIndex, newIndex, inHead: (i: number) => i < cleanHead, shiftOf, oldDirtyKeys, sameLines };
}

type Reuse = NonNullable<ReturnType<typeof reusable>>;

/**
 * For an edited draft: the loose keys of the groups the edit touched (a claim read again, a claim of the old text's
 * edited span, a kept decision whose partner is gone), and the previous decisions and store findings of the kept
 * claims, by their new index. A claim of any other group keeps its decision without its group being gathered: a
 * keystroke in a 1 MB draft has some 10,000 claims, and the edit touches a few groups.
 */
function cleanGroups(ctx: CheckContext, reuse: Reuse, claims: ClaimInfo[], byIndex: (ClaimInfo | undefined)[]) {
  const n = ctx.analysis.claims.length;
  const touched = new Set(reuse.oldDirtyKeys);
  const decisions: (Decision | undefined)[] = new Array(n);
  const facts: (FactOutcome[] | undefined)[] = new Array(n);
  for (const c of claims) if (reuse.oldIndex(c.index) < 0) {
    const loose = looseKey(ctx.store, c);
    if (loose) touched.add(loose);
  }
  for (const [old, d] of reuse.memo.decisions) {
    const j = reuse.newIndex(old);
    const c = j >= 0 ? byIndex[j] : undefined;
    if (!c) continue;
    const pj = reuse.newIndex(d.partner);
    if (pj >= 0 && byIndex[pj]) decisions[j] = d;
    else {
      const loose = looseKey(ctx.store, c);
      if (loose) touched.add(loose);
    }
  }
  for (const [old, f] of reuse.memo.facts) {
    const j = reuse.newIndex(old);
    if (j >= 0) facts[j] = f;
  }
  return { touched, decisions, facts };
}

function newlines(text: TextReader, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function compute(ctx: CheckContext): ConsistencyResult {
  const res: ConsistencyResult = { internal: [], crossDraft: [], fact: [], stale: [], magnitude: [] };
  const claims = comparableClaims(ctx);
  const flagged = new Set<number>();
  /** Claims flagged as a thousandfold slip of another figure: the store would only say it again. */
  const magnitudeFlagged = new Set<number>();
  const reuse = reusable(ctx);
  const memo: ConsistencyMemo = { store: ctx.store, lang: ctx.lang, today: ctx.today, looseKeys: new Array(ctx.analysis.claims.length), decisions: new Map(), magnitudeFlagged, facts: new Map(), text: ctx.text };
  // Kept decisions name their partner by claim index.
  // Both by claim index (arrays: a keystroke in a 1 MB draft walks some 10,000 claims here).
  const byIndex: (ClaimInfo | undefined)[] = new Array(ctx.analysis.claims.length);
  const sentenceOfClaim: number[] = new Array(ctx.analysis.claims.length);
  {
    // Claims are in text order, so their sentences are found in one forward walk.
    const sentenceAtOffset = sentenceCursor(ctx);
    for (const c of claims) {
      byIndex[c.index] = c;
      sentenceOfClaim[c.index] = sentenceAtOffset(c.figure.offset);
    }
  }

  // 1. Within the draft.
  const groups = new Map<string, ClaimInfo[]>();
  const dirtyKeys = reuse?.oldDirtyKeys ?? new Set<string>();
  const clean = reuse && cleanGroups(ctx, reuse, claims, byIndex);
  for (const c of claims) {
    const loose = looseKey(ctx.store, c);
    memo.looseKeys[c.index] = loose;
    if (!loose) continue;
    // ("销售收入重回7000亿元大关" over "2021年,华为销售收入为6368亿元": a mark passed or regained is no level of the draft's.)
    if (MARK_AFTER.test(ctx.masked.slice(c.figure.offset + c.figure.length, c.figure.offset + c.figure.length + 4))) continue;
    const old = reuse ? reuse.oldIndex(c.index) : -1;
    if (clean && old >= 0 && !clean.touched.has(loose)) {
      // A kept claim of a group the edit did not touch: its decision stands, and no claim of its group is decided again.
      const d = clean.decisions[c.index];
      if (d) {
        const p = byIndex[reuse!.newIndex(d.partner)]!;
        record(c, p, d.factor, keptFinding(d.raw, c, p));
      }
      continue;
    }
    const prior = groups.get(loose) ?? [];
    if (!prior.length) groups.set(loose, prior);
    if (old < 0) dirtyKeys.add(loose);
    // A kept claim before the edit, or after it in a group the edit left alone: same decision.
    else if (reuse && (reuse.inHead(c.index) || !dirtyKeys.has(loose))) {
      const d = reuse.memo.decisions.get(old);
      const p = d && byIndex[reuse.newIndex(d.partner)];
      if (!d || p) {
        if (d && p) record(c, p, d.factor, keptFinding(d.raw, c, p));
        prior.push(c);
        continue;
      }
    }
    const strict = draftKey(ctx.store, c);
    const sentence = sentenceOfClaim[c.index];
    // A thousandfold slip against any earlier figure of the group says more than a plain conflict with a nearer one
    // ("200MW live, expected to reach 1.2GW" … "has brought 200GW online": 200GW is 200MW slipped).
    let conflict: ClaimInfo | undefined;
    let slipped = false;
    for (let k = prior.length - 1; k >= 0 && k >= prior.length - WINDOW; k--) {
      const p = prior[k];
      // Two figures of one sentence are compared on purpose ("from $55.7B to $88.2B", "1937亿 of 2159亿").
      if (!disjoint(c, p) || sentence === sentenceOfClaim[p.index]) continue;
      const factor = magnitudeFactor(c.rep, p.rep);
      if (factor && timesCompatible(c, p)) {
        record(c, p, factor);
        slipped = true;
        break;
      }
      if (!conflict && strict && strict === draftKey(ctx.store, p) && sameObject(ctx, c, p) && !otherForecasters(ctx, c, p)) conflict = p;
    }
    if (!slipped && conflict) record(c, conflict, null);
    prior.push(c);
  }
  function record(c: ClaimInfo, p: ClaimInfo, factor: number | null, kept?: Raw): void {
    memo.decisions.set(c.index, { partner: p.index, factor, raw: report(c, p, factor, kept) });
  }
  /** Flags claim c against p: a thousandfold slip when `factor`, a conflict otherwise. */
  function report(c: ClaimInfo, p: ClaimInfo, factor: number | null, kept?: Raw): Raw {
    const raw = kept ?? (factor ? magnitudeFinding(ctx, c, p.figure, factor, { offset: p.figure.offset, length: p.figure.length }) : internalFinding(ctx, c, p));
    (factor ? res.magnitude : res.internal).push(raw);
    flagged.add(c.index);
    if (factor) magnitudeFlagged.add(c.index);
    return raw;
  }
  /**
   * A kept decision's finding, moved with the text (its fixes with the claim, its related span with
   * the partner), when the partner's line number in the message is still right.
   */
  function keptFinding(raw: Raw, c: ClaimInfo, p: ClaimInfo): Raw | undefined {
    if (!reuse || !(reuse.sameLines || reuse.inHead(p.index))) return undefined;
    return shifted(raw, reuse.shiftOf(c.index), reuse.shiftOf(p.index));
  }

  // 1b. A headline and its story's lead: a company's investment, contract or funding named in both is one amount, though
  // the company has many ("Anthropic Announces $60 Billion Data Center Investment" over "announced a $50 billion investment").
  // (Found afresh by every analysis, so not kept among the decisions an edit reuses.)
  for (const [b, h] of headlineLeadPairs(ctx, claims)) if (!flagged.has(b.index) && disjoint(b, h)) report(b, h, magnitudeFactor(b.rep, h.rep));

  // 2. Against the workspace's other drafts.
  if (ctx.otherDrafts.length) {
    const index = otherDraftIndex(ctx);
    for (const c of claims) {
      if (flagged.has(c.index)) continue;
      const loose = looseKey(ctx.store, c);
      const list = loose ? index.get(loose) : undefined;
      if (!list) continue;
      const strict = groupKey(ctx.store, c);
      // ("net loss of ($1) million, and a net loss available to common stockholders of ($37) million" in both drafts: a
      // figure another draft also states agrees with it, whatever else that draft says under the same key.)
      // (Not a bound there: "with pending approvals to reach up to 750 MW" agrees with any level under it. Each draft for
      // itself: another draft that states something else is still compared.)
      const agreeing = strict ? new Set(list.filter(({ c: o }) => !ONE_SIDED.has(o.figure.qualifier) && !disjoint(c, o) && groupKey(ctx.store, o) === strict).map(({ draft }) => draft)) : undefined;
      for (const { draft, c: o } of list) {
        if (!disjoint(c, o) || agreeing?.has(draft)) continue;
        const where = lineCol(draft.text, o.figure.offset);
        const factor = magnitudeFactor(c.rep, o.rep);
        if (factor && timesCompatible(c, o)) {
          res.magnitude.push(magnitudeFinding(ctx, c, o.figure, factor, { path: draft.path, ...where }));
          flagged.add(c.index);
          magnitudeFlagged.add(c.index);
          break;
        }
        if (strict && strict === groupKey(ctx.store, o) && sameObject(ctx, c, o, { text: draft.text, mentions: draft.mentions ?? [] }) && !(!c.timeKey && (levelNow(c, ctx.masked) || levelNow(o, draft.text)))) {
          res.crossDraft.push(crossFinding(ctx, c, draft, o, where));
          flagged.add(c.index);
          break;
        }
      }
    }
  }

  // 3. Against the fact store. A sentence comparing two figures of one subject and measure over
  // several periods ("从2024财年的557亿美元增至882亿美元") leaves their periods unsure: skip them.
  // Asked only for the claims decided again (an edit's few), so found on demand.
  const timeFiguresIn = (si: number): number => {
    // A figure belongs to the sentence it is in, or to the last one before it (as sentenceCursor says).
    const sentences = ctx.analysis.sentences;
    const from = si === 0 ? 0 : sentences[si].offset;
    const to = si + 1 < sentences.length ? sentences[si + 1].offset : Infinity;
    const figures = ctx.analysis.figures;
    let n = 0;
    for (let k = firstSpanFrom(figures, from); k < figures.length && figures[k].offset < to; k++) {
      if (TIME_KINDS.has(figures[k].kind)) n++;
    }
    return n;
  };
  /** Another claim of the same sentence about the same subject and measure family, and `also` of it (claims are in text order). */
  const sentenceSibling = (ci: number, also = (_o: ClaimInfo) => true): boolean => {
    const c = claims[ci];
    const si = sentenceOfClaim[c.index];
    // ("收入2748.0亿元,同比增长5%,此前市场预估收入为2452亿元": what the market expected is no second reading of the figure.)
    const same = (o: ClaimInfo) => o.claim.subject === c.claim.subject && o.family === c.family && also(o) && !MARKET_EXPECTATION_BEFORE.test(ctx.masked.slice(Math.max(0, o.figure.offset - 16), o.figure.offset));
    for (let k = ci - 1; k >= 0 && sentenceOfClaim[claims[k].index] === si; k--) if (same(claims[k])) return true;
    for (let k = ci + 1; k < claims.length && sentenceOfClaim[claims[k].index] === si; k++) if (same(claims[k])) return true;
    return false;
  };
  /** The claim is dated by the last time figure before it, and every sibling of its sentence by another time. */
  const datedApart = (ci: number): boolean => {
    const c = claims[ci];
    if (!c.timeKey || !c.claim.time?.label) return false;
    const figures = ctx.analysis.figures;
    let k = c.claim.figure - 1;
    while (k >= 0 && !TIME_KINDS.has(figures[k].kind)) k--;
    // (Its label is the figure's text, or for a fiscal year written out the figure's reading: "fiscal 2025" gives FY2025.
    // A bare year read as its label is not enough: "较2024年同期…" dates the claim by a quarter the label lost.)
    const label = c.claim.time.label;
    if (k < 0) return false;
    const fiscal = /^FY/i.test(label) && figures[k].time?.label === label;
    // (Or the year as written, its label without 年: "净销售额在2023年增长了12%,达到…,而2022年为…"; not a year's same period,
    // "較2024年同期資本支出112.3億美元", a quarter the label lost.)
    const yearAsWritten = figures[k].kind === 'year' && figures[k].text.startsWith(label) && !/^\s*同/.test(ctx.masked.slice(figures[k].offset + figures[k].length, figures[k].offset + figures[k].length + 2));
    if (figures[k].text !== label && !label.startsWith(figures[k].text) && !yearAsWritten && !fiscal) return false;
    if (!(figures[k].text === label || label.startsWith(figures[k].text) || fiscal)) {
      // (Read by the year as written only where every other level of the sentence is set against it, 而2022年为, 较上年:
      // not the sides of a change, "從2023年的20億美元,增長為2025年的超過200億美元", nor a forecast beside an actual.)
      if (sentenceSibling(ci, (o) => !PRIOR_LEVEL_CONTRAST.test(ctx.masked.slice(Math.max(0, o.figure.offset - 12), o.figure.offset)))) return false;
    }
    return !sentenceSibling(ci, (o) => !o.timeKey || o.timeKey === c.timeKey);
  };
  for (let ci = 0; ci < claims.length; ci++) {
    const c = claims[ci];
    // A figure that contradicts another of the draft or of another draft is still checked against the store (both
    // findings say something); a thousandfold slip is not: the store would say the same slip again.
    if (magnitudeFlagged.has(c.index)) continue;
    const old = reuse ? reuse.oldIndex(c.index) : -1;
    if (reuse && old >= 0 && !reuse.memo.magnitudeFlagged.has(old)) {
      // Its sentence and the store are as they were: so are its findings against the store (a claim that contradicts
      // another of the draft was checked against the store all the same, so its outcome is kept too).
      const kept = clean ? clean.facts[c.index] : reuse.memo.facts.get(old);
      if (kept) {
        const delta = reuse.shiftOf(c.index);
        const moved = kept.map((o) => ({ bucket: o.bucket, raw: shifted(o.raw, delta) }));
        for (const o of moved) res[o.bucket].push(o.raw);
        memo.facts.set(c.index, moved);
      }
      continue;
    }
    // (Unless its year follows the figure right away: "reached $11.3 billion in 2025 and may exceed $20 billion in 2026".)
    // (Unless each sibling is dated apart and this one by the time right before it: "2025年第3季度，寒武紀營收27.2億元，…
    // 即使取第4季營收預測的上限值23.9億元".)
    if (sentenceSibling(ci) && timeFiguresIn(sentenceOfClaim[c.index]) >= 2 && !ownYearAfter(ctx, c) && !datedApart(ci)) continue;
    // "to 200,000 GPUs, including 50,000 advanced H200s": a part named after its total is not the whole.
    if (ci > 0 && sentenceOfClaim[claims[ci - 1].index] === sentenceOfClaim[c.index] && claims[ci - 1].family === c.family && PART_BEFORE.test(ctx.text.slice(Math.max(0, c.figure.offset - 24), c.figure.offset))) continue;
    // "just from Stargate and OpenAI 18.3GW commitments": a figure of several deals together is no one deal's.
    if (SEVERAL_DEALS_AFTER.test(ctx.text.slice(c.figure.offset + c.figure.length, c.figure.offset + c.figure.length + 24))) continue;
    const counts = [res.fact.length, res.stale.length, res.magnitude.length];
    factFindings(ctx, c, res);
    const found: FactOutcome[] = [];
    for (let k = counts[0]; k < res.fact.length; k++) found.push({ bucket: 'fact', raw: res.fact[k] });
    for (let k = counts[1]; k < res.stale.length; k++) found.push({ bucket: 'stale', raw: res.stale[k] });
    for (let k = counts[2]; k < res.magnitude.length; k++) found.push({ bucket: 'magnitude', raw: res.magnitude[k] });
    if (found.length) memo.facts.set(c.index, found);
  }
  // Only a finished computation is kept for the next analysis.
  if (ctx.carry) ctx.carry.next.consistency = memo;
  return res;
}


// ---------------------------------------------------------------------------------------------

/** Longest first line read as a headline over its story. */
const HEADLINE_MAX = 160;
/** How far into the story its lead figure is looked for, after the headline. */
const LEAD_REACH = 1200;

/**
 * The end of the draft's first line when it is a headline: short, not closed by a full stop or a comma, and a story
 * after it; -1 otherwise.
 */
function headlineEnd(ctx: CheckContext): number {
  // (The written lines: the masked text joins a headline to a shorter standfirst under it.)
  const text = ctx.text;
  const head = text.slice(0, HEADLINE_MAX + 2);
  const start = head.search(/\S/);
  const nl = head.indexOf('\n', Math.max(0, start));
  if (start < 0 || nl < 0 || text.slice(nl, nl + 2000).trim().length < 40) return -1;
  const line = head.slice(start, nl).trimEnd();
  if (!line || /[.。:：;；,，、]$/.test(line)) return -1;
  return start + line.length;
}

/**
 * Pairs (lead claim, headline claim): a company's figure of a measure it has many of (investments, contracts,
 * rounds), in the headline, named after its subject, with the story's first figure of the same subject and measure
 * (a place named on one side only does not part them).
 */
function headlineLeadPairs(ctx: CheckContext, claims: ClaimInfo[]): [ClaimInfo, ClaimInfo][] {
  const pairs: [ClaimInfo, ClaimInfo][] = [];
  if (!claims.length || claims[0].figure.offset > HEADLINE_MAX) return pairs;
  const end = headlineEnd(ctx);
  if (end < 0) return pairs;
  const claimOf = new Map<Figure, ClaimInfo>();
  for (const c of claims) if (c.figure.offset < end + LEAD_REACH) claimOf.set(c.figure, c);
  for (let i = 0; i < claims.length && claims[i].figure.offset < end; i++) {
    const h = claims[i];
    // (Its subject named before it: "Boosts Debt Offering to $1.1 Billion Following Google Deal" is no amount of Google's.)
    const named = h.claim.subjectMention !== undefined ? ctx.analysis.mentions[h.claim.subjectMention] : undefined;
    // ("Amazon to spend $7.5 billion on Auckland cloud data centres" over "Amazon will spend $5.7 billion on building three
    // Auckland-based … data centres": a spend on data centres, read as capex, is one project's as a headline gives it.)
    if (!(MANY_PER_SUBJECT.has(h.family) || (h.family === 'capex' && !h.timeKey)) || h.figure.value == null || !named || named.offset > h.figure.offset) continue;
    for (let k = i + 1; k < claims.length && claims[k].figure.offset < end + LEAD_REACH; k++) {
      const b = claims[k];
      if (b.figure.offset < end || b.claim.subject !== h.claim.subject || !(b.family === h.family || takeoverWorth(b, h))) continue;
      // ("微軟砸230億美元擴建全球AI版圖 … 宣布規模高達230億美元的新人工智慧投資計畫 … 將在印度投資175億美元": an amount in the same
      // currency before it, read with no measure, is the lead's first amount; the headline's is not the later one.)
      // ("Blackstone to invest £10 billion …" over "AWS … planned to invest £8 billion …. But now Blackstone has confirmed a
      // £1 billion investment": another company's amount, read with its measure, is no lead of this one.)
      if (firstAmountAfter(ctx, end, h.figure.unit, (f) => othersAmount(claimOf, f, h)) !== b.figure) break;
      // The story's first figure of the measure is the headline's, or says something else: either way the search ends.
      const same = b.figure.value != null && b.figure.unit === h.figure.unit && countedKind(b.figure) === countedKind(h.figure) && sameHeadlineScope(h.scope, b.scope) &&
        (b.place === h.place || h.place === undefined || b.place === undefined) && (!b.timeKey || !h.timeKey || b.timeKey === h.timeKey) && !PART_BEFORE.test(ctx.masked.slice(Math.max(0, b.figure.offset - 24), b.figure.offset));
      if (same) pairs.push([b, h]);
      break;
    }
  }
  return pairs;
}

/** One of two deal amounts is a takeover's price, the other its deal's worth ("to buy InterXion in $8.4 bln deal" over "in a deal valued at"). */
function takeoverWorth(a: ClaimInfo, b: ClaimInfo): boolean {
  const deal = (f: string) => f === 'investment' || f === 'contract_value';
  return deal(a.family) && deal(b.family) && (!!a.place?.startsWith('bought:') || !!b.place?.startsWith('bought:'));
}

/** The first figure at or after `from` with the unit `unit` (an amount in one currency), past those `skip` says to pass. */
function firstAmountAfter(ctx: CheckContext, from: number, unit: string, skip: (f: Figure) => boolean): Figure | undefined {
  const figures = ctx.analysis.figures;
  for (let k = firstSpanFrom(figures, from); k < figures.length; k++) if (figures[k].unit === unit && !skip(figures[k])) return figures[k];
  return undefined;
}

/** A figure another subject's claim holds with a measure of its own (not the headline's company's). */
function othersAmount(claimOf: Map<Figure, ClaimInfo>, f: Figure, h: ClaimInfo): boolean {
  const c = claimOf.get(f);
  return !!c && c.claim.subject !== null && c.claim.subject !== h.claim.subject && c.claim.measure !== null;
}

/** A headline drops articles: its "$10B Data Center Campus" is the lead's "a $1 billion data center campus" (one site). */
function sameHeadlineScope(headline: string, lead: string): boolean {
  return headline === lead || (headline === '' && lead === 'one-site') || (headline === 'one-site' && lead === '');
}

/** Several deals right after a figure ("18.3GW commitments", "$300 billion of contracts"). */
const SEVERAL_DEALS_AFTER = /^\s*(?:of\s+|in\s+)?(?:new\s+|total\s+|combined\s+)?(?:commitments|deals|contracts|agreements|partnerships)\b/i;

/** Wording that names a part of the total before it ("including", "of which", 其中, 包括). */
const PART_BEFORE = /(?:\b(?:including|includes|of which|among them)\s+(?:about|around|some|nearly|over|more than|roughly|up to)?\s*|(?:其中|包括|包含)(?:约|約|近|超过|超過|逾)?)$/i;

function subjectText(ctx: CheckContext, c: ClaimInfo): string {
  // A name the store does not know ("org:kkr") is said as the draft writes it.
  const id = c.claim.subject;
  if (id?.startsWith('org:') && !ctx.store.entities.has(id)) {
    const m = c.claim.subjectMention !== undefined ? ctx.analysis.mentions[c.claim.subjectMention] : undefined;
    return m?.entityId === id ? ctx.masked.slice(m.offset, m.offset + m.length) : id.slice(4);
  }
  return entityName(ctx.store, id, ctx.lang);
}

/**
 * Who forecasts or estimates a figure, named at the start of its sentence ("摩根大通预测,昆仑芯收入将从…", "高盛估算昆仑芯2025年
 * 销售额约35亿元", "Morgan Stanley estimates …"), or undefined.
 */
function forecaster(ctx: CheckContext, c: ClaimInfo): string | undefined {
  const sentence = ctx.analysis.sentences[sentenceAt(ctx, c.figure.offset)];
  if (!sentence) return undefined;
  const lead = ctx.masked.slice(sentence.offset, c.figure.offset);
  return (FORECASTER_ZH.exec(lead) ?? FORECASTER_EN.exec(lead))?.[1];
}
const FORECASTER_ZH = /^\s*[-•]?\s*([\u4e00-\u9fffA-Za-z&]{2,8}?)(?:预测|預測|估算|预计|預計|预估|預估|估计|估計)/;
const FORECASTER_EN = /^\s*[-•]?\s*([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:estimates?|estimated|forecasts?|projects?|projected|predicts?|predicted)\b/;
/** Two figures each forecast by a different named house: two estimates, no conflict. */
function otherForecasters(ctx: CheckContext, c: ClaimInfo, p: ClaimInfo): boolean {
  const a = forecaster(ctx, c);
  const b = a && forecaster(ctx, p);
  return !!a && !!b && a !== b;
}

function internalFinding(ctx: CheckContext, c: ClaimInfo, p: ClaimInfo): Raw {
  const zh = ctx.lang === 'zh';
  const what = `${subjectText(ctx, c)}${zh ? '的' : ' '}${measureName(c.claim.measure!, ctx.lang)}`;
  const { line } = lineCol(ctx.text, p.figure.offset);
  return {
    code: 'internal-conflict',
    offset: c.figure.offset,
    length: c.figure.length,
    message: zh
      ? `与本文第${line + 1}行的“${p.figure.text}”矛盾：同一${what}，两个数字不可能同时成立。`
      : `Contradicts "${p.figure.text}" on line ${line + 1}: the same ${what} cannot be both.`,
    related: [{ offset: p.figure.offset, length: p.figure.length, message: zh ? `此前写作“${p.figure.text}”` : `Stated earlier as "${p.figure.text}"` }],
    fixes: p.figure.value != null && p.figure.unit === c.figure.unit
      ? [{ title: zh ? `改为与前文一致：${formatLike(p.figure.value, c.figure)}` : `Match the earlier figure: ${formatLike(p.figure.value, c.figure)}`, edits: [{ offset: c.figure.offset, length: c.figure.length, newText: formatLike(p.figure.value, c.figure) }] }]
      : [],
    factIds: [],
  };
}

function crossFinding(ctx: CheckContext, c: ClaimInfo, draft: OtherDraft, o: ClaimInfo, where: { line: number; character: number }): Raw {
  const zh = ctx.lang === 'zh';
  const what = `${subjectText(ctx, c)}${zh ? '的' : ' '}${measureName(c.claim.measure!, ctx.lang)}`;
  return {
    code: 'cross-draft-conflict',
    offset: c.figure.offset,
    length: c.figure.length,
    message: zh
      ? `与另一篇稿件 ${draft.path}（第${where.line + 1}行）的“${o.figure.text}”矛盾：同一${what}。`
      : `Contradicts "${o.figure.text}" in ${draft.path} (line ${where.line + 1}): the same ${what}.`,
    related: [{ path: draft.path, line: where.line, character: where.character, message: zh ? `另一篇稿件写作“${o.figure.text}”` : `Stated there as "${o.figure.text}"` }],
    fixes: [],
    factIds: [],
  };
}

function magnitudeFinding(ctx: CheckContext, c: ClaimInfo, other: Figure, factor: number, where: { offset?: number; length?: number; path?: string; line?: number; character?: number }, fact?: Fact): Raw {
  const zh = ctx.lang === 'zh';
  const times = factor > 1 ? factor : 1 / factor;
  const timesText = zh ? (times === 1e4 ? '一万' : '一千') : times === 1e4 ? 'ten thousand' : 'a thousand';
  const dir = zh ? (factor > 1 ? '大' : '小') : factor > 1 ? 'larger' : 'smaller';
  const corrected = c.figure.value != null ? c.figure.value / factor : null;
  const otherText = fact ? factValueText(fact, ctx.lang, c.figure) : `“${other.text}”`;
  const base = fact ? (zh ? `事实库（${fact.id}，${factSourceText(fact, ctx.lang)}）` : `the fact store (${fact.id}, ${factSourceText(fact, ctx.lang)})`) : where.path ? where.path : zh ? '本文其他地方' : 'elsewhere in this draft';
  const fixText = corrected != null ? formatLike(corrected, c.figure) : null;
  return {
    code: 'magnitude-slip',
    offset: c.figure.offset,
    length: c.figure.length,
    message: zh
      ? `数量级可能写错：比${base}的${otherText}${dir}约${timesText}倍（万/亿、兆瓦/千兆瓦是否混淆？）。`
      : `Possible magnitude slip: about ${timesText} times ${dir} than ${fact ? otherText + ' in ' : '"' + other.text + '" '}${base}${fact ? '' : ''} (million/billion, MW/GW, 万/亿 mixed up?).`,
    related: fact ? [factRelated(fact, ctx.lang, c.figure)] : [{ ...where, message: zh ? `对照：“${other.text}”` : `Compare "${other.text}"` }],
    fixes: fixText ? [{ title: zh ? `改为 ${fixText}` : `Change to ${fixText}`, edits: [{ offset: c.figure.offset, length: c.figure.length, newText: fixText }], preferred: true }] : [],
    factIds: fact ? [fact.id] : [],
  };
}

// ---------------------------------------------------------------------------------------------
// The fact store

function nounCompatible(figure: Figure, fact: Fact, measure?: string | null): boolean {
  if (figure.kind !== 'count') return true;
  // (A count of shares, measure 'count' in the claims, meets only a count of shares.)
  if (measure === 'count' && !figure.noun) return /^shares?$/i.test(fact.of ?? '');
  if (!figure.noun || !fact.of) return true;
  const a = figure.noun.toLowerCase();
  const b = fact.of.toLowerCase();
  // A chip model counts GPUs: "10万块H100芯片" meets a fact of GPUs (not one of another model).
  return a === b || (isAcceleratorNoun(a) && isAcceleratorNoun(b) && (GENERIC_ACCELERATORS.has(a) || GENERIC_ACCELERATORS.has(b)));
}

/** Strong scope cues of a fact's free-text scope, in the claim scope vocabulary. */
function factScopeKey(fact: Fact): string {
  const s = (fact.scope ?? '').toLowerCase();
  const phase = /\bphase\s+(\d+|one|two|three|four|five)\b/.exec(s);
  if (phase) return 'phase ' + phase[1];
  if (/\b(first[- ]phase|initial|phase one)\b/.test(s)) return 'initial';
  if (/\b(?:annuali[sz]ed|run[- ]rate|recurring revenue|arr)\b|年化|经常性|經常性/.test(s)) return 'run-rate';
  if (/\b(per year|a year|annual|annually|each year)\b/.test(s)) return 'per-year';
  // "per Trn2 UltraServer", "per GB200 NVL72 rack", "per pod": one unit of a system, not a cluster's total.
  // ("per GB200 superchip": so is one superchip, board, tray or module.)
  if (/\b(?:per gpu|per chip|each chip|each gpu|per (?:[\w.-]+ ){0,2}?(?:server|ultraserver|rack|pod|superpod|node|system|instance|superchip|board|tray|module|package))\b/.test(s)) return 'per-unit';
  // One party's part of a joint figure ("equity pledged by each of SoftBank and OpenAI") is no
  // claim about the whole: no scope a draft's figure gets matches it.
  if (/\b(each of|apiece|per (?:party|partner|company|investor)|(?:its|their) share)\b/.test(s)) return 'share';
  // A merged company's value ("combined valuation disclosed when xAI acquired X") is no party's own: only a draft's
  // combined or total figure meets it (scopeKeyFor), not "valuing xAI at $80 billion and X at $33 billion".
  if (/\bcombined (?:valuation|company)\b|\bvaluation of the combined\b/.test(s)) return 'merged';
  return '';
}

/** A fact's scope that is what was added: "additional Stargate capacity", "incremental Azure services", 新增 (not "initial
 * capacity (ambition of a further 290 MW)"). */
const ADDED_FACT = /^(?:additional|incremental|further|extra)\b|^(?:新增|追加|加码)/i;

function claimScopeKey(scope: string): string {
  return scope === 'overall' || scope === 'target' ? '' : scope;
}

/**
 * A fact's scope key for this claim: power per chip is per unit by definition ("maximum per GPU");
 * a chip's compute at a stated precision meets a claim that states none, the same precision, or a use
 * quoted at that precision (the FP4 figure is an inference figure, never a training one).
 */
function scopeKeyFor(c: ClaimInfo, f: Fact): string {
  // "OpenAI与甲骨文表示在美国新增开发4.5吉瓦": an added amount meets a fact of what was added ("additional Stargate capacity").
  if (c.scope === 'increment' && ADDED_FACT.test(f.scope ?? '')) return 'increment';
  // A chip's memory is one chip's by definition: "Each Rubin GPU is equipped with 288TB of HBM4" meets "HBM4 per Rubin GPU".
  // ("16 chips at 1.5 TB total HBM": the memory of many chips together is no one chip's.)
  if (c.family === 'memory') return c.scope === 'overall' || c.scope === 'combined' ? 'total' : claimScopeKey(c.scope);
  const precision = f.measure === 'compute' ? computePrecision(f.scope ?? '') : undefined;
  // ("Ironwood delivers 4,164 TFLOPs of FP8" against the FP8 of a 9,216-chip pod: a system's compute, not one chip's.)
  if (precision && SYSTEM_SCOPE.test(f.scope ?? '') && c.scope !== 'system') return 'system';
  if (precision) {
    // ("Each individual Ironwood chip delivers … 4,614 teraflops": one unit of the subject is the subject's own rate.)
    const ck = c.scope === 'per-unit' ? '' : claimScopeKey(c.scope);
    return ck === '' || ck === precision || PRECISIONS_OF_USE[ck]?.includes(precision) ? claimScopeKey(c.scope) : precision;
  }
  const k = factScopeKey(f);
  if (k === 'merged' && c.scope === 'overall') return '';
  // A price is per unit by definition: "$23.28 per share" meets "price per Intel share" and an IPO's offer price.
  if (c.family === 'price' && (k === '' || k === 'per-unit') && (c.scope === 'per-unit' || claimScopeKey(c.scope) === '')) return claimScopeKey(c.scope);
  return c.family === 'chip_power' && k === 'per-unit' ? claimScopeKey(c.scope) : k;
}

/** A fact's scope of a whole system of chips (a pod, a cluster, a rack). */
const SYSTEM_SCOPE = /\b(?:pod|superpod|supercluster|cluster)s?\b/i;

/** "per GPU", "per chip", "每块", "单卡" before a figure: one chip's. */
/** Words of a raise planned, right before its amount. */
const PLANNED_RAISE = /(?:计划|計劃|拟|擬|预计|預計)(?:募资|募資|募集资金|募集資金|融资|融資)(?:金额|金額)?(?:为|為|达|達)?\s*$|\b(?:plans?|planning|seeks?|seeking|aims?|aiming|looks?|looking|hopes?)\s+to\s+raise\s+(?:up\s+to\s+|about\s+|around\s+)?$/i;
/** A stored fact that records a plan. */
// ("proceeds sought in the STAR Market IPO application": what an offering seeks is a plan too.)
const PLANNED_FACT = /\bplan(?:ned|s)?\b|\bproposed\b|\btarget|\bsought\b|\bseek(?:s|ing)?\b|计划|計劃|拟|擬/i;
/** A rate given per rack, pod or system: "per NVL576 rack", "每个机柜". */
const PER_RACK = /\bper\s+(?:[\w.-]+\s+){0,2}?(?:rack|pod|superpod|system)\b|每(?:个|個)?(?:机柜|機櫃|机架|機架)|单(?:个)?机柜|單機櫃/i;
/** Words of a rack or a system of many chips near a compute figure. */
const RACK_WORDS = /\b(?:racks?|pods?|superpods?|systems?|NVL\d+|Helios|clusters?)\b|机架|機架|机柜|機櫃|超节点|超節點|集群|系统|系統/i;
const PER_CHIP_BEFORE = /\bper\s+(?:GPU|chip|accelerator)\b|每块|每颗|单卡|单颗|单芯片/i;
/** A fact of a rack, pod or system of many chips. */
const RACK_OR_POD_SCOPE = /\b(?:per\s+(?:[\w.-]+\s+){0,2}?(?:rack|pod|superpod|system)|rack|pod|superpod)\b/i;

/** Before an earlier level set against the figure in its sentence: 而2022年为, 较2024年的, 相比上年. */
const PRIOR_LEVEL_CONTRAST = /(?:而|較|较|相比|相較|相较|比)[^，,。；;]{0,9}$/;

/** A price set once by a deal or an offering (paid in a placement, an IPO's offer price), which no later date changes. */
// (Not a market price whose scope compares it with the offer: "closing share price … above the 104.66-yuan offer price".)
const fixedPrice = (f: Fact) => FIXED_PRICE_FACT.test(`${f.id} ${f.scope ?? ''}`) && !MARKET_PRICE_FACT.test(`${f.id} ${f.scope ?? ''}`);
const MARKET_PRICE_FACT = /\bclos(?:e|ing)\b|\bopen(?:ed|ing)\s+(?:at|price)|收盘|收盤|开盘|開盤/i;
/** Right before a price, an offering's: 发行价格为, 发行价, "offer price of", "IPO price", "priced its IPO at". */
const OFFER_PRICE_CLAIM = /发行价|發行價|发行定价|發行定價|\b(?:offer(?:ing)?|IPO)\s+price|\bpriced\s+(?:its\s+)?(?:IPO|offering|shares)/i;
const FIXED_PRICE_FACT = /\b(?:paid|offer|offering|ipo|placement|subscription|tender)\b|发行价|發行價|认购价|認購價/i;

/** Whether a fact speaks about the same period as the claim. */
function timeMatches(c: ClaimInfo, fact: Fact, store: FactStore): boolean {
  // Fiscal quarters and years meet calendar ones through the company's fiscal year-end.
  const yearEnd = store.entities.get(fact.entityId)?.fiscalYearEnd;
  const pk = calendarKey(periodKey(fact.period), yearEnd);
  // ("9月11日,据知情人士透露,OpenAI与甲骨文公司签署了…总价值高达3000亿美元": a day of an unstated year dates the news of a deal,
  // not the deal's years.)
  const newsDay = MANY_PER_SUBJECT.has(c.family) && /^rel:[^年]*[日号號]$/.test(c.timeKey);
  const timeKey = newsDay ? '' : calendarKey(c.timeKey, yearEnd);
  // An undated claim about a measure that changes over time (a valuation, a user count) is read as
  // the current state: it meets the undated facts of the chain (a stale check, never a conflict).
  if (TIME_VARYING_MEASURES.has(c.family) && !PERIODIC_MEASURES.has(c.family) && !pk) {
    // ("週二（6 日）宣布…估值推高至2000億美元": a day of the month alone dates the news, not the level.)
    if (!timeKey || /^rel:[^年月]*[日号號]$/.test(timeKey)) return true;
    // "valued at … in October 2025": a dated level meets the fact reported that month.
    const [from, to] = timeKey.split('..');
    // (A market value moves by the hour: "2025年12月…开盘…总市值突破3000亿元" against the close of the listing day is
    // another moment; only the same day meets it.)
    if (c.family === 'market_cap') return /^\d{4}-\d{2}-\d{2}$/.test(from) && from === to && fact.asOf === from;
    return /^\d{4}-\d{2}$/.test(from) && from === to && fact.asOf.slice(0, 7) === from;
  }
  const periodic = PERIODIC_MEASURES.has(c.family) || TIME_VARYING_MEASURES.has(c.family);
  if (periodic) return !!timeKey && !!pk && timeKey === pk;
  // A dated claim ("2019年向OpenAI投资10亿美元") is history, not the undated fact's current state.
  // ("reaching $240 billion by the end of the fourth quarter": months of an unstated year that do not hold the
  // month the fact was recorded in are another time too.)
  // ("an objective of installing 100,000 Nvidia GPUs at the site by 2027" against a count recorded in 2020: a build-out
  // grows; a level more than a year after a recorded one, not itself a plan, is another level.)
  if (!pk && timeKey && !timeKey.startsWith('rel:') && BUILD_OUT_MEASURES.has(c.family) && +timeKey.slice(0, 4) > +fact.asOf.slice(0, 4) + 1 && !FORECAST_FACT.test(`${fact.id} ${fact.scope ?? ''} ${fact.note ?? ''}`)) return false;
  if (!pk) return !timeKey || (timeKey.startsWith('rel:') ? !monthsMiss(c.claim.time, fact.asOf) : timeKey.slice(0, 4) >= fact.asOf.slice(0, 4));
  // "by the end of 2026" (2026-09..2026-12) lies within a fact of 2026: a level reached that year.
  if (timeKey) return timeKey === pk || withinYear(timeKey, pk);
  // ("可容納約 6.4 萬顆 GPU" against the superseded plan of 64,000 by 2026: an undated level of a build-out meets the older
  // levels of its chain, whose year is when they were to be reached. Superseded facts only ever make a stale figure.)
  if (!timeKey && fact.supersededBy && BUILD_OUT_MEASURES.has(c.family)) return true;
  // A multi-year plan (2025..2029) is the project's total; a single year is a flow.
  const [from, to] = pk.split('..');
  return !!to && from.slice(0, 4) !== to.slice(0, 4);
}

/**
 * "Google will invest $40 billion in Texas through 2027", 到2027年在德州投资400亿美元: a one-off amount dated by the year it
 * runs to meets a stored plan over years that ends then (2025..2027).
 */
function deadlineMeetsSpan(ctx: CheckContext, c: ClaimInfo, fact: Fact): boolean {
  const year = /^(\d{4})(?:\.\.\1)?$/.exec(c.timeKey ?? '')?.[1];
  const span = /^\d{4}\.\.(\d{4})$/.exec(fact.period ?? '');
  if (!year || !span || span[1] !== year || PERIODIC_MEASURES.has(c.family)) return false;
  return new RegExp(`\\b(?:through|thru|by|until|till)\\s+(?:the\\s+end\\s+of\\s+)?${year}\\b|(?:到|至|截至)${year}年`, 'i').test(sentenceText(ctx, c.figure.offset));
}

/** The claim's year written right after its figure ("$11.3 billion in 2025", "1000亿元（2025年）" aside). */
function ownYearAfter(ctx: CheckContext, c: ClaimInfo): boolean {
  const m = /^\s+(?:in|for|during)\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?((?:19|20)\d\d)\b/i.exec(ctx.masked.slice(c.figure.offset + c.figure.length, c.figure.offset + c.figure.length + 24));
  return !!m && (c.claim.time?.from ?? '').startsWith(m[1]) && (c.claim.time?.to ?? '').startsWith(m[1]);
}

/** Measures of a build-out that grow over the years (a fleet of GPUs, a campus's power). */
const BUILD_OUT_MEASURES = new Set(['gpu_count', 'chip_count', 'server_count', 'rack_count', 'power', 'power_capacity', 'data_center_count', 'site_count']);

/** A relative time naming months of an unstated year (--10..--12) that leave out the month of `asOf`. */
function monthsMiss(time: Claim['time'], asOf: string): boolean {
  const from = /^--(\d{2})$/.exec(time?.from ?? '');
  const to = /^--(\d{2})$/.exec(time?.to ?? '');
  const month = asOf.slice(5, 7);
  return !!from && !!to && from[1] <= to[1] && (month < from[1] || month > to[1]);
}

/** The claim's own time covers the month the fact was true: history, not a stale figure. */
function datedAt(c: ClaimInfo, fact: Fact, store: FactStore): boolean {
  const key = calendarKey(c.timeKey, store.entities.get(fact.entityId)?.fiscalYearEnd);
  const m = /^(\d{4}(?:-\d{2})?)\.\.(\d{4}(?:-\d{2})?)$/.exec(key);
  if (!m) return false;
  const month = fact.asOf.slice(0, 7);
  const from = m[1].length === 4 ? `${m[1]}-01` : m[1];
  const to = m[2].length === 4 ? `${m[2]}-12` : m[2];
  return month >= from && month <= to;
}

/** The claim's own time ends before the month the fact was recorded. */
function claimEndsBefore(c: ClaimInfo, fact: Fact, store: FactStore): boolean {
  const key = calendarKey(c.timeKey, store.entities.get(fact.entityId)?.fiscalYearEnd);
  const m = /^(?:\d{4}(?:-\d{2})?)\.\.(\d{4}(?:-\d{2})?)$/.exec(key);
  if (!m) return false;
  const to = m[1].length === 4 ? `${m[1]}-12` : m[1];
  return to < fact.asOf.slice(0, 7);
}

function withinYear(claimKey: string, pk: string): boolean {
  const m = /^(\d{4})\.\.(\d{4})$/.exec(pk);
  if (!m || m[1] !== m[2]) return false;
  const [from, to] = claimKey.split('..');
  return !!from && from.slice(0, 4) === m[1] && (to ?? from).slice(0, 4) === m[1];
}

// ("向芯片製造商英特爾": a description of the party between.)
// (購入 Intel 普通股, 认购英特尔新股, 買進英特爾普通股: the company whose shares are bought is the other party too.)
// ("以每股32.28美元的价格，购买了约2.147亿股英特尔普通股": the shares bought, counted before the company that issued them.)
const DIRECTED_ZH = new RegExp(String.raw`(?:[向对給给在]${PARTY_DESCRIPTION}|购入|購入|买入|買入|买进|購進|购进|认购|認購|投资|投資|注资|注資|入股|(?:购买|購買|收购|收購|买入|買入|购入|購入)了?[^，,。；;]{0,14}?股)\s*$`);
// ("committed to purchase $30 billion of computing capacity from Microsoft’s Azure": the seller of what is bought, its
// owner's name with 's before it.)
// ("access to two million Tensor Processing Units (TPUs) developed by Google": the maker of what is bought or used.)
// ("purchase Intel common stock for $23.28 per share", "the purchase of Intel's common stock": the company whose shares are bought.)
const DIRECTED_EN = /\b(?:in|into|to|for)\s+$|\b(?:purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought)\s+(?:of\s+)?$|\b(?:deal|contract|agreement|partnership|pact|arrangement)s?\s+with\s+(?:the\s+)?$|\bfrom\s+(?:[A-Z][\w.&-]*['’]s\s+)?$|\b(?:developed|made|built|designed|supplied|provided)\s+by\s+$/i;

/** A verb of buying right before the company bought: "agreed to acquire ", "收购". */
const ACQUIRED_NAMED_BEFORE = /\b(?:acquire[sd]?|acquiring|buy(?:s|ing)?|bought|purchase[sd]?|purchasing|acquisition\s+of|takeover\s+of)\s+(?:all\s+(?:of\s+)?)?$|(?:收购|收購|并购|併購|买下|買下)\s*$/i;

/**
 * Entities the claim's sentence names as the other party of the money ("向OpenAI投资", "invested
 * in OpenAI"), other than its subject. "微软和OpenAI斥资…" names no counterparty.
 */
function counterpartNames(ctx: CheckContext, c: ClaimInfo): string[][] {
  const s = ctx.analysis.sentences[sentenceAt(ctx, c.figure.offset)];
  if (!s) return [];
  const out: string[][] = [];
  const mentions = ctx.analysis.mentions;
  const end = s.offset + s.length;
  // "invested $100 billion in Anthropic rival and ChatGPT creator OpenAI": the party is the rival.
  let rivalUntil = -1;
  // "a coalition — including Nvidia, Microsoft, BlackRock and MGX — has agreed to acquire Aligned for $40 billion": the
  // price of a company acquired is its buyers' deal; every name before the verb is a party.
  const sm = c.claim.subjectMention !== undefined ? mentions[c.claim.subjectMention] : undefined;
  const buyersUntil = c.claim.measure === 'cost' && sm && sm.offset > s.offset && ACQUIRED_NAMED_BEFORE.test(ctx.masked.slice(Math.max(s.offset, sm.offset - 24), sm.offset)) ? sm.offset : -1;
  // ("its Series A round, which raised $155 million, and the subsequent influx of nearly $700 million in capital from
  // Nvidia": a party named after the next amount of the sentence is that amount's.)
  const figures = ctx.analysis.figures;
  let stop = end;
  for (let k = firstSpanFrom(figures, c.figure.offset + c.figure.length); k < figures.length && figures[k].offset < end; k++) {
    if (figures[k].kind === 'money') {
      stop = figures[k].offset;
      break;
    }
  }
  for (let i = firstSpanFrom(mentions, s.offset); i < mentions.length && mentions[i].offset < stop; i++) {
    const m = mentions[i];
    if (m.entityId === c.claim.subject) continue;
    const before = ctx.masked.slice(Math.max(s.offset, m.offset - 16), m.offset);
    // ("该公司披露与OpenAI达成了多年合作关系": the partner named with 与 before a verb of agreeing.)
    const agreedWith = /[与與和跟]\s*$/.test(before) && AGREED_TAIL.test(ctx.masked.slice(m.offset + m.length, m.offset + m.length + 4));
    // ("up to 160 million shares of AMD stock", "214.7 million Intel shares": a count of shares names the company that issued them.)
    const sharesIssuer = c.claim.measure === 'count' && (SHARES_OF_BEFORE.test(ctx.masked.slice(Math.max(s.offset, m.offset - 16), m.offset)) || SHARES_NAMED_AFTER.test(ctx.masked.slice(m.offset + m.length, m.offset + m.length + 24)));
    if (m.offset > rivalUntil && !agreedWith && !sharesIssuer && m.offset >= buyersUntil && !DIRECTED_ZH.test(before) && !DIRECTED_EN.test(ctx.masked.slice(Math.max(s.offset, m.offset - 40), m.offset)) && !makerOfWhatIsUsed(ctx, c, m)) continue;
    if (RIVAL_AFTER.test(ctx.masked.slice(m.offset + m.length, m.offset + m.length + 20))) {
      rivalUntil = m.offset + m.length + 40;
      continue;
    }
    const e = ctx.store.entities.get(m.entityId);
    if (e) out.push([...e.names.en, ...e.names.zh].map((n) => n.toLowerCase()));
  }
  // "has agreed to buy another electricity producer, Calpine, for $16.4 billion": a company bought that the store keeps no
  // entity for is named by the price's fact ("acquisition of Calpine").
  if (c.claim.measure === 'cost') {
    const bought = COMPANY_BOUGHT_EN.exec(ctx.masked.slice(s.offset, c.figure.offset));
    if (bought) out.push([bought[1].toLowerCase()]);
  }
  return out;
}

const SHARES_OF_BEFORE = /\b(?:shares|stock)\s+(?:of|in)\s+$/i;
const SHARES_NAMED_AFTER = /^(?:['’]s)?\s+(?:(?:common|ordinary|class\s+[A-Z])\s+)?(?:shares|stock)\b|^\s*(?:普通股|股票|股份|新股)/i;

/** How many companies other than the claim's subject its sentence names. */
function otherCompaniesInSentence(ctx: CheckContext, c: ClaimInfo): number {
  const s = ctx.analysis.sentences[sentenceAt(ctx, c.figure.offset)];
  if (!s) return 0;
  const seen = new Set<string>();
  const mentions = ctx.analysis.mentions;
  for (let i = firstSpanFrom(mentions, s.offset); i < mentions.length && mentions[i].offset < s.offset + s.length; i++) {
    const id = mentions[i].entityId;
    if (id !== c.claim.subject && ctx.store.entities.get(id)?.kind === 'company') seen.add(id);
  }
  return seen.size;
}

/** A verb of buying, perhaps a description and a comma, then the capitalised name of the company bought. */
const COMPANY_BOUGHT_EN = /\b(?:acquire[sd]?|acquiring|buy(?:s|ing)?|bought|purchase[sd]?|purchasing|acquisition\s+of|takeover\s+of)\s+(?:(?:another|rival|fellow|the|an?)\s+[a-z][a-z\s-]{0,40}?,\s*)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})/;

/**
 * "will deploy 6 GW of AMD Instinct GPUs", "部署总计6GW的超微 Instinct 绘图处理器": the maker of the product the amount is
 * of, named with it right after the amount, is the other side of the deal.
 */
function makerOfWhatIsUsed(ctx: CheckContext, c: ClaimInfo, m: Mention): boolean {
  const end = c.figure.offset + c.figure.length;
  if (m.offset < end || m.offset - end > 40 || !AMOUNT_OF_BEFORE_MAKER.test(ctx.masked.slice(end, m.offset))) return false;
  return PRODUCT_AFTER_MAKER.test(ctx.masked.slice(m.offset + m.length, m.offset + m.length + 16));
}
/** Between an amount and the maker of what it is of: " of ", "(Gigawatts, 百萬瓩) 的". */
const AMOUNT_OF_BEFORE_MAKER = /^\s*(?:[(（][^()（）]{0,24}[)）]\s*)?(?:of\s+(?:the\s+)?|的\s*)$/i;
/** A product right after its maker's name: "Instinct", "TPUs", "GPUs", "芯片"; or the seller's capacity ("of Microsoft Azure compute capacity"). */
const PRODUCT_AFTER_MAKER = /^['’]?s?\s*(?:[A-Z]{1,4}\d{2,4}|Blackwell|Hopper|Rubin|Instinct|Ascend|Trainium|Inferentia|TPUs?\b|(?:GPU|chip|accelerator)s?\b|(?:cloud\s+)?(?:compute|computing)(?:\s+(?:capacity|power|services))?\b|cloud\s+(?:capacity|services)\b|昇腾|昇騰|芯片|晶片|绘图处理器|繪圖處理器|算力|云服务|雲服務)/;

/** A chip maker's name before its product's ("Nvidia GB300", "AMD Instinct", "英伟达H100"; not Google's TPUs, whose maker is often the party). */
// ("next-generation Nvidia GPUs to be deployed at the Sines site": the maker before the plain word for its chips too.)
const MAKER_OF_PRODUCT = /\b(?:Nvidia|NVIDIA|AMD|Intel|Huawei)\s+(?=[A-Z]{1,4}\d{2,4}|Blackwell|Hopper|Rubin|Instinct|Ascend|(?:GPU|chip|accelerator)s?\b)|(?:英伟达|輝達|辉达|華為|华为)\s*(?=[A-Z]{1,4}\d{2,4}|昇腾|昇騰|GPU|芯片|晶片)/g;

function factMentions(fact: Fact, names: string[][]): boolean {
  // "Separate from Stargate UK", "excluding …", "不含…": a name the fact sets apart is not its party.
  // (The scope names the party; a note's names are context: "announced … after the Microsoft restructuring deal" is no
  // commitment to Microsoft. A fact with no scope is named by its note.)
  // ("contract with Microsoft (Nvidia GB300)": a maker naming the product is no party either.)
  const t = `${fact.scope ?? fact.note ?? ''}`.replace(MAKER_OF_PRODUCT, ' ').toLowerCase().replace(SET_APART, ' ');
  return names.some((list) => list.some((n) => n.length >= 2 && t.includes(n)));
}

/** A name a fact's scope or note sets apart from it, up to the end of the phrase. */
const SET_APART = /(?:separate from|excluding|excludes|not including|apart from|other than|不含|不包括|不计|除)[^.;,，。；()（）]*/g;

/**
 * One party's part of a deal: facts of one measure whose scopes each open with a different party
 * of the deal ("Nvidia investment in Anthropic", "Microsoft investment in Anthropic"). A figure
 * meets such a fact only where its sentence names that party and no other sharing one: "a combined
 * $15 billion from Microsoft and Nvidia", "微软与英伟达……价值数百亿美元" are no one party's part.
 */
function withoutOtherShares(ctx: CheckContext, c: ClaimInfo, facts: Fact[]): Fact[] {
  const subject = ctx.store.entities.get(c.claim.subject!);
  if (!subject || subject.parents.length < 2 || facts.length < 2) return facts;
  const partyOf = new Map<Fact, string>();
  for (const f of facts) {
    const party = leadingParty(ctx.store, subject.parents, f.scope ?? '');
    if (party && !f.supersededBy) partyOf.set(f, party);
  }
  const parties = new Set(partyOf.values());
  if (parties.size < 2) return facts;
  const named = new Set<string>();
  const s = ctx.analysis.sentences[sentenceAt(ctx, c.figure.offset)];
  const mentions = ctx.analysis.mentions;
  if (s) {
    for (let i = firstSpanFrom(mentions, s.offset); i < mentions.length && mentions[i].offset < s.offset + s.length; i++) {
      if (parties.has(mentions[i].entityId)) named.add(mentions[i].entityId);
    }
  }
  const only = named.size === 1 ? [...named][0] : undefined;
  return facts.filter((f) => !partyOf.has(f) || partyOf.get(f) === only);
}

/** The party of `parents` whose name a fact's scope opens with ("Nvidia investment in …"). */
function leadingParty(store: FactStore, parents: string[], scope: string): string | undefined {
  const t = scope.toLowerCase();
  for (const id of parents) {
    const e = store.entities.get(id);
    if (!e) continue;
    for (const name of [...e.names.en, ...e.names.zh]) {
      const n = name.toLowerCase();
      if (n.length >= 2 && t.startsWith(n) && !/[a-z0-9]/.test(t.charAt(n.length))) return id;
    }
  }
  return undefined;
}


/** Words that date an event to the days around the draft: this week, today, 本周, 日前. */
/**
 * What makes a draft's funding figure an initial public offering's proceeds, and a stored fact an IPO's: a company
 * goes public once, so its IPO needs no counterparty to meet the fact.
 */
const IPO_CLAIM = /\bIPO\b|initial public offering|首次公开发行|首次公開發行|发行上市|發行上市|上市发行|上市發行|本次[^，,。；]{0,10}(?:发行|發行)|招股/i;
const IPO_FACT = /\bipo\b|initial public offering|首次公开发行/i;
// ("科创板IPO申请已获得受理,拟融资金额60亿元": the amount an IPO seeks, in simplified and traditional.)
const PROCEEDS_BEFORE = /(?:(?:募资|募資|募集资金|募集資金|融资|融資)(?:总额|總額|净额|淨額|规模|規模|金额|金額)?|募得|\braised|\braising|\braise|\bproceeds(?:\s+of)?)\s*(?:约|約|为|為|达|達|of|about|roughly|nearly|some|a\s+net|net)?\s*$/i;
const NET_PROCEEDS = /净额|淨額|净募|淨募|\bnet\b/i;
/** A stored IPO fact of net proceeds; one of gross proceeds (or not saying) is any other. */
const NET_FACT = /^\s*net\b|净额/i;
const RECENT_EVENT = /\b(?:this|last) week\b|\btoday\b|\byesterday\b|\bthis month\b|本周|上周|今天|今日|昨天|昨日|本月|日前|近日/i;
/** A store fact older than this is not the event a draft calls recent. */
const RECENT_DAYS = 60;

function sentenceText(ctx: CheckContext, offset: number): string {
  const sentence = ctx.analysis.sentences[sentenceAt(ctx, offset)];
  return sentence ? ctx.masked.slice(sentence.offset, sentence.offset + sentence.length) : '';
}

function daysBetween(from: string, to: string): number {
  const a = Date.parse(from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from);
  const b = Date.parse(to);
  return Number.isNaN(a) || Number.isNaN(b) ? 0 : (b - a) / 86_400_000;
}

/** A fact of what a build-out will reach: "eventual draw of the full Indiana site", "at full build-out". */
const EVENTUAL_FACT = /\b(?:eventual(?:ly)?|ultimate(?:ly)?|full build-?out|at full (?:capacity|build)|when (?:fully )?(?:complete|completed|built|finished)|once (?:fully )?(?:complete|completed|built|finished))\b/i;
/** Words that make a draft's figure a plan or an end state, not the level now. */
const PLANNED_CLAIM = /\b(?:eventual(?:ly)?|ultimate(?:ly)?|full(?:y)? build|build-?out|at full|once|when (?:fully )?(?:complete|completed|built|finished)|will|would|plans?|planned|expected|expects?|targets?|goal|aims?)\b|最终|最終|建成|满载|滿載|将|將|规划|規劃|预计|預計|目标|目標/i;

/**
 * "requiring roughly a gigawatt" against the store's 2.2 GW "eventual draw of the full Indiana site":
 * a build-out's level now, below what it will reach, is no conflict with its end state (above it is).
 */
function belowEventual(ctx: CheckContext, c: ClaimInfo, f: Fact): boolean {
  if (!RAMP_FAMILIES.has(c.family) || !EVENTUAL_FACT.test(f.scope ?? '') || !(c.hi <= widened(f).hi)) return false;
  const from = c.figure.offset;
  const to = from + c.figure.length;
  const before = ctx.masked.slice(Math.max(0, from - 60), from);
  const after = ctx.masked.slice(to, to + 40);
  const clause = before.slice(Math.max(...[',', '，', ';', '；', '。', '. '].map((p) => before.lastIndexOf(p))) + 1) + after.split(/[,，;；。]|\.\s/)[0];
  return !PLANNED_CLAIM.test(clause);
}

const ONE_SIDED = new Set(['more-than', 'at-least', 'up-to', 'less-than', 'at-most']);
const CEILINGS = new Set(['up-to', 'at-most']);

/**
 * "investing up to $10 billion" against the store's "up to $5 billion": both state the cap, and
 * caps that differ disagree, though every amount under the lower cap is under both.
 */
function otherCeiling(c: ClaimInfo, f: Fact): boolean {
  return CEILINGS.has(c.figure.qualifier) && CEILINGS.has(f.qualifier) && c.figure.value != null && f.value != null && !closeMatch(c, f);
}

const EPS = 0.02;

function widened(fact: Fact, eps = EPS): { lo: number; hi: number } {
  const [lo, hi] = factInterval(fact);
  return { lo: lo - Math.abs(lo) * eps, hi: hi + Math.abs(hi) * eps };
}

/**
 * The slack a figure gets against a fact: 2%, or 0.5% when both give five significant digits or more and neither
 * is hedged ("9,208.87亿元" against the stored 902.887 billion, two digits swapped, is 2% off: figures copied from one
 * report agree to their last digits); 1% with four ("589.9億美元" against the stored 59.89 billion, 1.5% off; a
 * currency's conversion may move the last digit: TSMC's "US$30.24 billion" against 30.07, 0.6%).
 */
function factSlack(c: ClaimInfo, fact: Fact): number {
  if (c.figure.qualifier !== 'exact' || (fact.qualifier && fact.qualifier !== 'exact') || fact.value == null) return EPS;
  const digits = Math.min(significantDigits(c.figure.text), significantDigits(String(fact.value)));
  return digits >= 5 ? EPS_PRECISE : digits === 4 ? EPS_FOUR_DIGITS : EPS;
}
const EPS_PRECISE = 0.005;
const EPS_FOUR_DIGITS = 0.01;

/** Significant digits of the first number written in Arabic digits (trailing zeros of a whole number do not count). */
function significantDigits(text: string): number {
  // (新台幣1兆640億9千萬元: the digits down to the last part's, 106409.)
  const compound = compoundZhAmount(text);
  if (compound) return String(Math.round(compound.value / compound.step)).replace(/0+$/, '').length;
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (!m) return 0;
  const [whole, fraction = ''] = m[0].replace(/,/g, '').split('.');
  const digits = (whole.replace(/^0+/, '') + fraction).replace(/^0+/, '');
  return fraction ? digits.length : digits.replace(/0+$/, '').length;
}

function closeMatch(c: ClaimInfo, fact: Fact): boolean {
  const f = widened(fact);
  if (disjoint(c, f)) return false;
  const a = c.rep;
  const b = repValue(fact.value, fact.low, fact.high);
  if (a == null || b == null) return true;
  return Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));
}

const relativeGap = (a: number | null | undefined, b: number | null | undefined): number =>
  a == null || b == null ? Infinity : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);

/** The figure equals a superseded fact (within 1%) while every current fact is more than 5% away. */
function exactlyOlder(c: ClaimInfo, matching: Fact[]): boolean {
  const gap = (f: Fact) => relativeGap(c.rep, repValue(f.value, f.low, f.high));
  return matching.some((f) => f.supersededBy && gap(f) <= 0.01) && matching.every((f) => f.supersededBy || gap(f) > 0.05);
}

/** "$17.1 billion in revenue from customers in China", "$5 billion of sales to Microsoft" (not "from operations"). */
// (Not a time after it: "$5.3 billion in revenue in the first half of 2025".)
const SLICE_AFTER = /^\s+(?:in|of)\s+(?:\w+\s+)?(?:revenue|sales)\s+(?:from|in|to)\s+(?!(?:continuing\s+)?operations\b)(?!(?:the\s+|its\s+)?(?:first|second|third|fourth|last|latest|same|this|next|prior|previous|fiscal|calendar|full|[1-4]Q|Q[1-4]|[12]H|H[12]|FY|\d{4}|quarter|year|half|months?)\b)/i;
/** After a figure, within its clause: "as part of" a whole, which may be what the store records. */
// (Not a partnership the money is part of, which is no larger amount: "will invest $5 billion in Intel as part of a
// newly-announced collaboration to co-develop … chips".)
const PART_OF_WHOLE_AFTER = /^[^,.;:，。；：]{0,30}?\bas (?:a )?part of\b(?!\s+(?:an?|the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:collaboration|partnership|alliance|agreement|deal|pact|cooperation|tie-up|joint venture|relationship)s?\b)/i;
/** The same slice named before the figure: 来自中国的收入, "revenue from the Middle East of". */
const SLICE_BEFORE = /来自[^，,。；;]{1,14}的?(?:收入|营收|销售额?|业务)[^，,。；;]{0,6}$|(?:贡献|貢獻)[^，,。；;\d]{0,4}$|(?:托管|服务费|服務費|租赁|租賃|广告|廣告|[^\s，,。；;\d]{2}业务|[^\s，,。；;\d]{2}業務)(?:收入|營收|营收)[^，,。；;\d]{0,4}$|\b(?:revenue|sales|income)\s+(?:from|in)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?[^,.;]{0,12}$/;
/** The market's or analysts' expectation right before a figure (市场预期的, 分析师预期的, 原先预期的) or after it ("analysts had expected", "consensus"). */
// ("此前市场预估收入为2452亿元": the measure named between.)
const MARKET_EXPECTATION_BEFORE = /(?:市场|市場|分析师|分析師|华尔街|華爾街|外界|原先|此前)[^，,。；;\d]{0,4}(?:预期|預期|预估|預估|预测|預測)(?:(?:营收|營收|收入|营业收入|營業收入|净利润|淨利潤|利润|利潤|盈利|每股收益|每股盈餘)?(?:的|为|為|是)?)\s*$/;
/**
 * English before the figure: what analysts or a research house expected ("Morningstar's expectation of", "consensus
 * estimates of"), or an expectation the company's figure beat or missed ("crushes … expectation of").
 */
const MARKET_EXPECTATION_BEFORE_EN = /(?:\b(?:analysts?|consensus|Street|the market|Morningstar|FactSet|LSEG|Visible Alpha|Bloomberg|Refinitiv)(?:'s|’s|'|’)?\s+(?:consensus\s+|average\s+)?(?:expectations?|estimates?|forecasts?|projections?)|\b(?:beat|beats|beating|crush(?:es|ed|ing)?|tops|topped|topping|exceed(?:s|ed|ing)?|miss(?:es|ed|ing)?|trail(?:s|ed|ing)?)\b[^.;]{0,30}\b(?:expectations?|estimates?))\s+(?:of|for)\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/** A stored profit that is an adjusted one: its scope opens by saying so ("adjusted (non-HKFRS) net income"; not "GAAP net income (non-GAAP $9.47B)"). */
const ADJUSTED_FACT = /^\s*(?:adjusted|non[- ]?(?:GAAP|IFRS|HKFRS))\b|^\s*(?:经调整|經調整|调整后|調整後|扣非)/i;
/** A brokerage's estimate earlier in the sentence ("KB Securities estimates that adjusted operating profit … could range"). */
const BROKER_ESTIMATES = /\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s+(?:Securities|Investment|Investments|Research|Capital Markets|Asset Management)\s+(?:estimates?|estimated|expects?|expected|forecasts?|projects?|projected|predicts?|predicted|sees)\b|(?:证券|證券|投顾|投顧|研究所|研究院)(?:预计|預計|预估|預估|估计|估計|预测|預測)/;
const MARKET_EXPECTATION_AFTER = /^[^.;,]{0,24}\b(?:analysts?|Wall Street|the market|consensus)\b[^.;]{0,20}\b(?:expected|estimated|forecast|predicted|anticipated)\b|^\s+(?:consensus|analysts?'? (?:estimate|expectation|forecast))|^\s+(?:projected|expected|estimated|forecast|predicted|anticipated)\s+by\s+(?:analysts?|Wall Street|the market|consensus)\b/i;
/** A quarter's figure named before it ("quarterly data center revenue reaching", 单季营收): no match for a year's fact. */
/** The same after the figure: "$76.4 billion in quarterly revenue", "$35 billion of quarterly sales". */
const QUARTERLY_AFTER = /^\s+(?:in|of)\s+(?:record\s+)?(?:quarterly|per[- ]quarter)\b/i;
const QUARTERLY_BEFORE = /\b(?:quarterly|per[- ]quarter)\b[^.;,]{0,40}$|单季度?[^，,。；;]{0,10}$|單季度?[^，,。；;]{0,10}$/i;

/** An expansion's target right before the figure: 扩建至, 扩容到, 扩大至 (a verb of growing a site, then 至/到). */
const EXPANSION_TO_BEFORE = /(?:扩建|扩容|扩大|扩展|擴建|擴容|擴大|擴展|扩|擴)(?:至|到)\s*(?:约|約|超过|超過|逾)?\s*$/;
/** A named market or customer after a revenue figure, maybe after its year ("$6.2 billion in 2024 from China"). */
/** A region's revenue in Chinese copy: 中國區營收, 北美地区收入, 在华营收. */
const REGION_BEFORE_ZH = /(?:[区區]|地[区區]|市[场場]|在[华華])(?:的)?(?:营收|營收|收入|销售额|銷售額|营业额|營業額)[^，,。；;\d]{0,6}$/;
// ("AMD reported $6.2 billion in China": revenue in a named market, after "in" too.)
const REGION_AFTER = /^\s+(?:in\s+(?:fiscal\s+)?\d{4}\s+)?from\s+(?:the\s+)?[A-Z][a-z]|^\s+in\s+(?:mainland\s+)?(?:China|Taiwan|Hong Kong|Japan|South Korea|Korea|India|Singapore|Europe|Asia|the (?:U\.S\.|US|United States|Americas|Middle East))\b/;
// (半精度, 单精度, 双精度: half, single and double precision, named in Chinese copy.)
const PRECISION = /\b(?:FP|BF|TF|INT)\s?(?:4|6|8|16|32|64)\b|半精度|[单單]精度|[双雙]精度/gi;
const PRECISION_WORDS: Record<string, string> = { 半精度: 'FP16', 单精度: 'FP32', 單精度: 'FP32', 双精度: 'FP64', 雙精度: 'FP64' };

/** "6.05亿元收入来自其…业务", "$2 billion of revenue came from its cloud unit": the revenue of one source. */
const REVENUE_FROM_AFTER = /^\s*(?:的)?(?:收入|营收|營收)?\s*(?:来自|來自|源自|来源于|來源於)|^\s+(?:of\s+(?:its\s+|the\s+)?(?:revenue|sales)\s+)?(?:came|comes|coming|derived)\s+from\b/i;

function revenueFromBusiness(text: TextReader, f: Figure): boolean {
  const end = f.offset + f.length;
  return REVENUE_FROM_AFTER.test(text.slice(end, end + 24));
}

/** Two characters and a word of a service, a market or a line of business, then 收入/营收 (the masked text is simplified). */
// ("ICT基础设施业务实现销售收入3620亿元": a verb of achieving and 销售 between the line and its revenue.)
// (游戏板块收入: a segment called a 板块.)
// ("CDN及边缘计算收入降至15.12亿元": a line named by a Latin acronym and a few Chinese words.)
const LINE_REVENUE = String.raw`([^\s，,。；;：:\d（）()、]{0,2}(?:服务费|服务|业务|市场|产品|托管|租赁|广告|板块)|[A-Z]{2,}[A-Za-z]*(?:及|和|与|與)?[\u4e00-\u9fff]{0,6})(?:实现|录得|取得)?(?:销售)?(?:收入|营收)`;
/** Right before a revenue figure: "通信服务收入", "主营业务收入为", "营销服务收入同比增长20%至". */
const REVENUE_LINE_BEFORE = new RegExp(`${LINE_REVENUE}(?:(?:同比|环比|按年)?(?:增长|增加|上升|下降|减少|下滑|降|增|升)[^，,。；;]{0,12}?(?:至|到))?(?:为|达|约|超过|逾|是)?\\s*$`);
/** Before a growth rate, in its clause: "…业务收入24.04亿元,同比增长". */
const GROWN_LINE_BEFORE = new RegExp(`${LINE_REVENUE}[^。；;，,]{0,14}[，,]?\\s*(?:同比|环比)?(?:增长|增加|上升|提升|下降|减少|下滑)了?\\s*$`);

/** The line a pattern of LINE_REVENUE finds within `back` characters before a figure, as written. */
const lineBefore = (pattern: RegExp, back: number) => perFigure((text, f) => pattern.exec(text.slice(Math.max(0, f.offset - back), f.offset))?.[1]);
/** The service, market or business line a revenue figure is named by ("通信服务收入4,670亿元"). */
const revenueLineOf = lineBefore(REVENUE_LINE_BEFORE, 36);
/**
 * After a Chinese segment word, before its revenue: the kind of product (AI半导体收入, AI服务器营收), 业务 or 部门, and the
 * period (谷歌云2025年第三季度营收, 阿里云季度收入).
 */
// ("資料中心業務，在第4季營收為623億美元": a comma and 在 before the period.)
// (云智能集团收入: Alibaba's cloud unit is a 集团 of the group.)
const ZH_LINE_THEN_PERIOD = String.raw`(?:半导体|半導體|芯片|晶片|服务器|伺服器|加速器|智能)?(?:(?:业务|業務|部门|部門|集团|集團|事业群|事業群)(?:[，,]?\s*(?:在|于|於))?)?(?:\d{4}(?:财|財)?年度?)?(?:第[一二三四1-4](?:财|財)?季度?|[上下]半年|全年|前三季度)?(?:季度|单季|單季|当季|當季)?`;
/** The line whose revenue a growth rate follows ("生成式AI业务收入24.04亿元,同比增长103.1%"). */
const grownLineOf = lineBefore(GROWN_LINE_BEFORE, 40);
/** The segment whose revenue a growth rate right after it follows ("data center revenue up 57%", "cloud sales grew 40%"), lower-cased. */
const grownSegmentOf = perFigure((text, f) => {
  const before = text.slice(Math.max(0, f.offset - 64), f.offset);
  // ("Cloud services and license support revenues were up 14%": a line of business's growth, as a segment's.)
  return (GROWN_SEGMENT_BEFORE.exec(before)?.[1] ?? GROWN_LINE_BEFORE_EN.exec(before)?.[1])?.toLowerCase().replace(/[- ]/g, '');
});
const GROWN_SEGMENT_BEFORE = /\b(data[- ]?cent(?:er|re)|cloud|gaming|automotive|networking|AI)(?:[- ]related)?(?:\s+(?:segment|business|unit|semiconductor|chip))?\s+(?:revenues?|sales)\s+(?:was\s+|were\s+)?(?:up|rose|grew|jumped|climbed|increased|surged|soared|down|fell|declined)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?$/i;

/**
 * A line of business named right before an English revenue word in the figure's clause: "Cloud services and license
 * support revenues were up 14% … to $11.7 billion", "colocation revenue of". Lower-cased, or undefined.
 */
const enRevenueLineOf = perFigure((text, f) => {
  const m = EN_LINE_REVENUE_BEFORE.exec(sinceSentenceStart(text, f.offset, 120));
  return m ? m[1].toLowerCase() : undefined;
});
// A line of business before an English revenue word, captured (one more word joined by and/&, two more lower-case ones).
// (Not a word of a name, "Amazon Web Services posted revenue of", nor a verb between: the line's words are its own.
// Case-sensitive, so that the lookbehind reads capitals.)
const EN_LINE = String.raw`(?<!\b[A-Z][\w-]*\s+)\b((?:[Ss]ervices?|[Ll]icen[cs]es?|[Ll]icen[cs]ing|[Ss]upport|[Ss]ubscriptions?|[Aa]dvertising|[Hh]ardware|[Ss]oftware|[Cc]olocation|[Ii]nterconnection|[Hh]osting|[Cc]onsulting|[Mm]aintenance)(?:\s+(?:and|&)\s+[a-z][\w-]*)?(?:\s+(?![a-z]+ed\b|(?:had|has|was|were|is|saw|grew|rose|fell)\b)[a-z][\w-]*){0,2}?)`;
const EN_LINE_REVENUE_BEFORE = new RegExp(String.raw`${EN_LINE}\s+[Rr]evenues?\b(?![^.;,]{0,40}\b(?:total|overall|consolidated)\b)[^.;]{0,90}$`);

const GROWN_LINE_BEFORE_EN = new RegExp(String.raw`${EN_LINE}\s+(?:[Rr]evenues?|sales)\s+(?:was\s+|were\s+)?(?:up|rose|grew|jumped|climbed|increased|surged|soared|down|fell|declined)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?$`);
/** Business segments whose revenue is a slice of a company's, by the words a draft and a fact's scope name each by. */
const SEGMENTS = [/data[- ]?cent(?:er|re)|数据中心/i, /cloud|云/i, /gaming|游戏/i, /automotive|汽车/i, /networking|网络/i, /\bAI\b|人工智能/];
/**
 * A division named by its code or name in the figure's sentence before it: "QCT部门", "QTL(…技术授权部门)",
 * "its QCT segment", "Intel Foundry division". The code as written, or undefined.
 */
const divisionOf = perFigure((text, f) => {
  let label: string | undefined;
  for (const m of sinceSentenceStart(text, f.offset, 120).matchAll(DIVISION_NAMED)) label = m[1] ?? m[2] ?? m[3];
  return label;
});
const DIVISION_NAMED = /([A-Z][A-Za-z0-9&]{1,10})\s*(?:[（(][^)）]{0,80}?(?:部门|部門|事业部|事業部|department|division|segment)[^)）]{0,20}[)）]|(?:[（(][^)）]{0,80}[)）]\s*)?(?:部门|部門|事业部|事業部|事业群|事業群))|([\u4e00-\u9fff]{2,6}?)(?:部门|部門|事业部|事業部|事业群|事業群)|\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+(?:segment|division|business unit)\b/g;

/** A fact's scope naming a segment's or a product line's part of the revenue ("Data Center segment", "AI-related revenue"). */
const SEGMENT_FACT = /\bsegment\b|^(?:the\s+)?(?:data[- ]?cent(?:er|re)|(?:google\s+)?cloud|gaming|automotive|networking|AI\b|Instinct)/i;
const SEGMENT_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(data[- ]?cent(?:er|re)|cloud|gaming|automotive|networking|AI)(?:\s+(?:segment|business|unit))?\s+(?:revenue|sales)\b/i;
// ("AMD's Data Center segment revenue was a record $12.6 billion", "a 74% jump in AI semiconductor revenue to $6.5 billion",
// "cloud infrastructure revenue to grow from $18 billion"; not the end of a name: OpenAI营收, xAI营收.)
const SEGMENT_BEFORE = new RegExp(String.raw`(data[- ]?cent(?:er|re)|cloud|gaming|automotive|networking|\bAI(?:-related)?)(?:\s+(?:segment|business|unit|semiconductor|chip|solutions?|infrastructure|computing|services))?\s+(?:revenue|sales)\s*(?:of|at|was|were|is|reached|reaches|,\s*reaching|rose to|rises to|grew to|grows to|hit|hits|totaled|totalled|totals|came in at|climbed to|jumped to|to|(?:is\s+expected\s+|are\s+expected\s+)?to\s+(?:grow|rise|increase|climb|jump|reach)\s+(?:from|to))?\s*(?:a\s+)?(?:record\s+)?(?:about|around|roughly|nearly|over|more than|some)?\s*$|(data[- ]?cent(?:er|re)|cloud|gaming|automotive|networking)\s+(?:segment|business|unit|division)\s+(?:generated|brought\s+in|posted|reported|delivered|contributed|pulled\s+in|booked)\s+(?:revenues?\s+of\s+)?(?:a\s+)?(?:record\s+)?(?:about|around|roughly|nearly|over|more than|some)?\s*$|(数据中心|云|云计算|游戏|汽车|网络|人工智能|(?<![A-Za-z])AI)${ZH_LINE_THEN_PERIOD}(?:实现|錄得|录得|取得|创造|創造)?(?:收入|营收|销售额)[^，,。；;\d]{0,6}$`, 'i');

/** `read` worked out once per figure: sameObject asks for it on every pair of claims. */
function perFigure<T>(read: (text: TextReader, f: Figure) => T): (text: TextReader, f: Figure) => T {
  const cache = new WeakMap<Figure, T>();
  return (text, f) => {
    if (!cache.has(f)) cache.set(f, read(text, f));
    return cache.get(f)!;
  };
}
/** What a growth rate is of, and a revenue's segment. */
const grownOf = perFigure(grownMeasure);
// ("$2.8 billion data center revenue": the segment named right after the figure first.)
const segmentOf = perFigure((text, f) => revenueSegment(text, f.offset, f.offset + f.length) ?? segmentInSentence(text, f.offset));

/**
 * The segment whose revenue the figure's sentence names before it, up to 80 characters back ("data center revenue rose 66% from
 * a year earlier to a record $51.2 billion"), as one of SEGMENTS, or undefined for the company's whole revenue.
 */
function segmentInSentence(text: TextReader, offset: number): RegExp | undefined {
  return segmentNamedBefore(text, offset, false);
}
/**
 * The segment of the last segment's revenue named in the sentence before `offset`, up to 120 characters back; none when a
 * revenue word after it names the whole again ("AI收入同比暴增106%第一财季博通实现营收203.11亿美元") or, with `noAmountBetween`,
 * when an amount stands between it and the figure ("AI chip revenue in the prior quarter (Q1 FY2026) was $8.4 billion"
 * is the segment's; not the total in "data-centre revenue of $115.2 billion was 88% of its $130.5 billion total").
 */
function segmentNamedBefore(text: TextReader, offset: number, noAmountBetween: boolean): RegExp | undefined {
  const before = sinceSentenceStart(text, offset, 120);
  let last: RegExpMatchArray | undefined;
  for (const m of before.matchAll(SEGMENT_REVENUE_NAMED)) last = m;
  if (!last) return undefined;
  const tail = before.slice(last.index! + last[0].length);
  if (REVENUE_WORD.test(tail) || (noAmountBetween && AMOUNT_BETWEEN.test(tail))) return undefined;
  const word = last[1] ?? last[2] ?? last[3];
  return SEGMENTS.find((segment) => segment.test(word));
}
/** A word of revenue: 营收, 收入, revenue, sales. */
const REVENUE_WORD = /营收|收入|营业额|销售额|\brevenues?\b|\bsales\b/i;
const AMOUNT_BETWEEN = /[$€£¥￥]\s?\d|\d\s*(?:billion|million|trillion|bn\b|亿|億|万|萬)/i;
// ("The cloud intelligence business of Alibaba shows robust growth, with revenue reaching …": a segment's business named,
// then its revenue later in the sentence, past a year: "in its Data Center segment during its first quarter fiscal 2026
// earnings call, with revenue reaching"; 阿里云季度收入: a quarter's word between.)
// ("strong revenue growth, especially in its Google Cloud business which saw a 48% jump to": the revenue word first.)
const SEGMENT_REVENUE_NAMED = new RegExp(String.raw`\b(?:revenues?|sales)\b[^.;$€£¥\d]{0,60}?\b(data[- ]?cent(?:er|re)|cloud|gaming|automotive|networking)(?:\s+[\w-]+){0,2}?\s+(?:business|segment|unit|division)\b(?![^.;$€£¥\d]{0,40}\b(?:revenues?|sales)\b)|(data[- ]?cent(?:er|re)|cloud|gaming|automotive|networking|\bAI\b(?:-related)?)(?:(?:\s+[\w-]+){0,2}?\s+(?:revenues?|sales)\b|(?:\s+[\w-]+){0,2}?\s+(?:business|segment|unit|division)\b(?:[^.;$€£¥\d]|\d{4}\b){0,80}?\b(?:revenues?|sales)\b)|(数据中心|云|游戏|汽车|网络|人工智能|(?<![A-Za-z])AI)${ZH_LINE_THEN_PERIOD}(?:收入|营收)`, 'gi');

/** The segment a revenue figure at [start, end) is of ("data center sales" after it, "云收入" before it): its fact-scope pattern. */
function revenueSegment(text: TextReader, start: number, end: number): RegExp | undefined {
  const m = SEGMENT_AFTER.exec(text.slice(end, end + 48)) ?? SEGMENT_BEFORE.exec(text.slice(Math.max(0, start - 56), start));
  const word = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  return word ? SEGMENTS.find((segment) => segment.test(word)) : undefined;
}

/**
 * Whether compute near a claim and a fact's scope may be the same precision: a claim naming none, or a
 * fact whose scope names none, could be; one naming FP8 and the other BF16 are not. The last precision
 * named near the figure counts ("989 teraFLOPs of BF16 dense …, or 1.98 petaFLOPs sparse"). `claim` is
 * what claimRate() read near the figure, once for all the facts.
 */
function samePrecision(claim: ClaimRate, factText: string): boolean {
  const factPrecisions = precisionsIn(factText);
  if (claim.precision && factPrecisions.length && factPrecisions[0] !== claim.precision) return false;
  // ("4.6 petaFLOPS of dense FP8 — ahead of Nvidia's B200 at 4.5 PFLOPS" against the stored sparse FP8 rate: dense and
  // sparse are two rates of one precision.)
  const factDensity = densitiesIn(factText)[0];
  if (claim.density && factDensity && claim.density !== factDensity) return false;
  // ("Rubin 的訓練速度…達到 35 petaflops" against the stored 50 PFLOPS of FP4 inference: a chip's training rate is
  // another rate; a stored rate that names no workload outside brackets is the inference peak makers quote.)
  const factWorkload = workloadsIn(factText.replace(/\([^)]*\)/g, ''))[0] ?? 'inference';
  return !claim.workload || claim.workload === factWorkload;
}

/** Training or inference, in the order a text names them. */
function workloadsIn(text: string): string[] {
  return text.match(/\b(?:training|inference)\b|训练|訓練|推理/gi)?.map((w) => (/^(?:training|训练|訓練)$/i.test(w) ? 'training' : 'inference')) ?? [];
}

interface ClaimRate {
  precision?: string;
  density?: string;
  workload?: string;
}

/**
 * The precision, density (dense, sparse) and workload of a compute figure: each the first named right after it
 * ("989 TFLOPS of BF16"), else the last before it, else the first later in its sentence. (In a row "FP32 算力 60
 * TFLOPS,FP8 算力 2000 TFLOPS" the later FP8 is the next figure's.)
 */
function claimRate(before: string, after: string): ClaimRate {
  // (Up to a comma or a bar: past it the next figure's label begins.)
  const right = after.slice(0, 16).split(/[,，;；|]/)[0];
  const pick = (find: (text: string) => string[]): string | undefined => find(right)[0] ?? find(before).pop() ?? find(after)[0];
  return { precision: pick(precisionsIn), density: pick(densitiesIn), workload: pick(workloadsIn) };
}

/** Dense or sparse, in the order a text names them (sparsity, 稀疏 and 稠密 too). */
function densitiesIn(text: string): string[] {
  return text.match(/\b(?:dense|sparse|sparsity)\b|稀疏|稠密/gi)?.map((d) => (/^(?:dense|稠密)$/i.test(d) ? 'dense' : 'sparse')) ?? [];
}

/** The precisions a text names, in order, spelled alike ("BF 16" → FP16: the same tensor-core rate as FP16). */
function precisionsIn(text: string): string[] {
  return text.match(PRECISION)?.map((p) => PRECISION_WORDS[p] ?? p.replace(/\s/g, '').toUpperCase().replace(/^BF/, 'FP')) ?? [];
}

/** Floor space of buildings, as against the land of a campus. */
// ("a 206-megawatt, 998,000-square-foot data center": a building's size in square feet before it.)
const FLOOR_SPACE = /(?:data cent(?:er|re)s?|buildings?|facilit(?:y|ies)|halls?)\s+(?:\w+\s+){0,2}total(?:ing|ling)?\b|floor (?:space|area)|square[- ](?:foot|feet)\s+(?:[\w-]+\s+){0,2}(?:data cent(?:er|re)|building|facility|hall|warehouse)|建筑面积|建築面積|楼面面积|樓面面積/i;
const LAND_SCOPE = /\bland\b|占地|用地/i;
/** An area in square feet (sq ft, 平方英尺, 平方呎). */
const SQUARE_FEET = /square[- ](?:foot|feet)|sq\.? ?ft|ft2|ft²|平方英尺|平方呎/i;
/** Words that make an area land: site, land, parcel, acreage, 占地. */
const LAND_WORD_BEFORE = /\b(?:land|parcel|acreage|plot|property)\b|占地|用地|土地/i;
/** An appositive after "part of X": what follows describes X, the whole (", a 1,100-acre site"). */
const PART_OF_APPOSITIVE = /\b(?:part|one) of\s+(?:the\s+)?[A-Z][^.;,]{0,50},\s*(?:a|an)\s+$/;
/** Units a store writes land in (a site's acres, hectares, 亩), never a building's floor. */
/** Land (acres, hectares, a parcel) or floor space (square feet of a building), or '' when the words do not say. */
function areaKind(text: TextReader, f: Figure): 'land' | 'floor' | '' {
  const written = f.text ?? '';
  if (LAND_UNIT_IN.test(written)) return 'land';
  // ("a 10-acre property …, with about 230,000 square feet of space": square feet are a building's unless land follows.)
  if (SQUARE_FEET.test(written)) return LAND_WORD_BEFORE.test(text.slice(f.offset + f.length, f.offset + f.length + 16)) ? 'land' : 'floor';
  if (LAND_WORD_BEFORE.test(text.slice(Math.max(0, f.offset - 40), f.offset + f.length + 16))) return 'land';
  return FLOOR_SPACE.test(text.slice(Math.max(0, f.offset - 60), f.offset + f.length + 30)) ? 'floor' : '';
}
/** Whether an area (or the growth after it) is of space signed for or space in use, by the words before it in its sentence. */
function areaUse(text: TextReader, f: Figure): 'signed' | 'used' | '' {
  const before = sinceSentenceStart(text, f.offset, 48);
  let use: 'signed' | 'used' | '' = '';
  let at = -1;
  for (const m of before.matchAll(AREA_USE)) if (m.index! > at) [use, at] = [m[1] ? 'signed' : 'used', m.index!];
  return use;
}
const AREA_USE = /(签约面积|簽約面積|\b(?:area|space)\s+(?:committed|signed|contracted)|\b(?:committed|signed|contracted)\s+(?:area|space))|(?:使用面积|使用面積|计费面积|計費面積|\b(?:area|space)\s+(?:utili[sz]ed|in\s+service|billed)|\b(?:utili[sz]ed|billed)\s+(?:area|space))/gi;
const LAND_UNIT_IN = /acre|hectare|\bha\b|公顷|公頃|亩|畝/i;
const LAND_UNIT = /^(?:acres?|hectares?|ha|公顷|公頃|亩|畝)$/i;

/** Amounts a company has one of at a time, company-wide: a thousandfold slip in them is one against any date. */
const WHOLE_COMPANY_AMOUNTS = new Set(['valuation', 'capex', 'market_cap']);

/** A magnitude-slip finding against the first of `facts` the claim is about a thousand or ten thousand times off. */
function storeMagnitudeSlip(ctx: CheckContext, c: ClaimInfo, facts: Fact[]): Raw | undefined {
  for (const f of facts) {
    const factor = magnitudeFactor(c.rep, repValue(f.value, f.low, f.high));
    if (factor) return magnitudeFinding(ctx, c, c.figure, factor, { path: f.file, line: f.line, character: 0 }, f);
  }
  return undefined;
}

/** The fact whose value is nearest the claim's on a log scale. */
function nearestFact(c: ClaimInfo, facts: Fact[]): Fact | undefined {
  let best: Fact | undefined;
  let bestDistance = Infinity;
  for (const f of facts) {
    const v = repValue(f.value, f.low, f.high);
    if (v == null || c.rep == null || !(v > 0) || !(c.rep > 0)) continue;
    const d = Math.abs(Math.log10(c.rep / v));
    if (d < bestDistance) {
      bestDistance = d;
      best = f;
    }
  }
  return best;
}

/** "expects revenue from AI servers to rise 103% to roughly": the revenue of what is named after "from", earlier in the sentence. */
const REVENUE_FROM_LINE_BEFORE = /\b(?:revenues?|sales)\s+from\s+(?!(?:continuing\s+|discontinued\s+)?operations\b)(?:its\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+(?:to|will|would|could|may|is|are|was|were|rose|grew|jumped|reached|hit|totaled|totalled)\b[^.;]{0,60}$/i;
/**
 * A business line's revenue named earlier in the sentence, its growth between ("金融科技及企业服务业务收入同比增长10%至582亿元",
 * "AI 新业务收入同比增长超 50%,约 100 亿元"): the line's, not the company's. Not 主营业务收入, the main business, which is the whole.
 */
const LINE_REVENUE_EARLIER = /(?<!主营|主營)(?:业务|業務|板块|板塊|事业群|事業群)(?:收入|营收|營收)(?:同比|按年|环比)?(?:增长|增長|增加|上升|下降|减少|減少)[^。；;]{0,20}$/;

/** Right after an amount: the round mark it names (7000亿元大关, 3萬點關口, 门槛). */
const MARK_AFTER = /^\s*(?:大关|大關|关口|關口|门槛|門檻|心理关|心理關)/;
/** Right before an amount: a threshold crossed (台積電營收首度破3兆元, 突破, 衝破, 站上): the level is at least that. */
const THRESHOLD_CROSSED_BEFORE = /(?:突破|衝破|冲破|首破|首度破|跨越|站上|迈过|邁過|跨过|跨過|(?<![打攻识識看道])破)\s*(?:了)?\s*$/;

function factFindings(ctx: CheckContext, c: ClaimInfo, res: ConsistencyResult): void {
  const { store } = ctx;
  // (The recognizer keeps 突破 X exact, as the held-out sets read it; against the store it is a floor, not the level.)
  if (THRESHOLD_CROSSED_BEFORE.test(ctx.masked.slice(Math.max(0, c.figure.offset - 4), c.figure.offset))) c = { ...c, hi: Infinity };
  // "较B200增加200瓦": a change is never a level the store records (a chip's power per unit takes the claim's scope).
  if (c.scope === 'change') return;
  // "融資額超過了此前設定的150億美元目標", "beat its $15 billion target": a target the outcome passed is not the outcome.
  if (c.claim.scope === 'target' && TARGET_PASSED_BEFORE.test(clauseBefore(ctx, c.figure.offset).slice(-24))) return;
  // "将全年营收预期上限从53.5亿美元下调至51.5亿美元", "raised it from $85 billion to $91 billion": the level a change
  // starts from is the old one the sentence replaces, not what the draft says is true now.
  if (OLD_LEVEL_BEFORE.test(ctx.masked.slice(Math.max(0, c.figure.offset - 6), c.figure.offset)) && NEW_LEVEL_AFTER.test(ctx.masked.slice(c.figure.offset + c.figure.length, c.figure.offset + c.figure.length + 12))) return;
  const all = factsFor(store, c.claim.subject, c.claim.measure).filter((f) => f.unit === c.figure.unit && nounCompatible(c.figure, f, c.claim.measure));
  if (!all.length) return;
  let facts = all.filter((f) => timeMatches(c, f, store) || deadlineMeetsSpan(ctx, c, f));
  // "its October round at a $157 million valuation", "2025年资本支出409亿" written 409万: a company-wide amount a thousand
  // times off every value the store has for it, at any time, is a slip whatever its date.
  if (!facts.length && WHOLE_COMPANY_AMOUNTS.has(c.family) && c.figure.value != null && c.figure.qualifier === 'exact') {
    const nearest = nearestFact(c, all.filter((f) => f.value != null || f.low != null || f.high != null));
    const slip = nearest && storeMagnitudeSlip(ctx, c, [nearest]);
    if (slip) {
      res.magnitude.push(slip);
      return;
    }
  }
  const singular = isSingular(store, c.claim.subject!, c.family);
  // ("确定本次发行价格为104.66元/股": a price named as an offering's; a company goes public once, at one offer price.)
  // ("按照114.60港元/股的发行价计算": the price word after the amount too.)
  // ("发行价为 104.66 元/股,开盘即报 700 元/股": only the words since the last comma; the opening price is no offer price.)
  const offerNamed = c.family === 'price' && (OFFER_PRICE_CLAIM.test(clauseBefore(ctx, c.figure.offset).slice(-24).split(/[，,；;]/).pop()!) || OFFER_PRICE_AFTER.test(ctx.masked.slice(c.figure.offset + c.figure.length, c.figure.offset + c.figure.length + 16)));
  // A round named by its letter is the stored round of that letter, however new the draft says it is.
  let identified = false;
  // "CoreWeave's revenue backlog stands at $30.1 billion": a company has one backlog, whatever
  // counterparties its contracts have; it meets the backlog facts only.
  // "€13.2 billion in net bookings for the fourth quarter": so are a period's new orders, all its contracts together; they
  // meet the bookings facts only. ("plans for an $11 billion AWS cluster" against AWS's $364 billion backlog: one contract
  // is no order book, and meets neither.)
  const book = c.family === 'contract_value' ? orderBookOf(ctx, c.figure) : '';
  if (c.family === 'contract_value') {
    facts = facts.filter((f) => orderBookOfScope(f.scope ?? '') === book);
    if (!facts.length) return;
  }
  const backlog = book === 'backlog';
  if (book) {
    // (One company's order book or order intake: no counterparty to name; "the total backlog for ASML's newest tool to 10,
    // or roughly 1 billion euros" is one product's orders, a part of the book.)
    if (backlog && PRODUCT_BACKLOG.test(ctx.masked.slice(Math.max(0, c.figure.offset - 80), c.figure.offset))) return;
  } else if (!singular && MANY_PER_SUBJECT.has(c.family) || !isThing(store, c.claim.subject!) && !PERIODIC_MEASURES.has(c.family) && !TIME_VARYING_MEASURES.has(c.family)) {
    // (Net proceeds, 募集资金净额, are not the gross a fact records, nor gross the net.)
    const lead = ctx.masked.slice(Math.max(0, c.figure.offset - 30), c.figure.offset);
    const net = NET_PROCEEDS.test(lead);
    // Only the proceeds themselves (募集资金总额为, raised), and not inside brackets that gloss another name
    // ("华电新能(募资总额182 亿元)"): "拟使用不超过29亿元的闲置募集资金" spends proceeds, it does not raise them.
    const ipo = c.family === 'funding' && PROCEEDS_BEFORE.test(lead.slice(-16)) && !/[（(][^）)]*$/.test(lead.slice(-16)) && IPO_CLAIM.test(sentenceText(ctx, c.figure.offset))
      ? facts.filter((f) => IPO_FACT.test(`${f.id} ${f.scope ?? ''}`) && NET_FACT.test(f.scope ?? '') === net)
      : [];
    // "完成3.5亿美元E轮融资", "a $1.4 billion Series E": a round named by its letter is one round, met by the fact of that series.
    // ("raised $30 billion in an upsized Series E funding round": a word or two between the amount and the round.)
    const letter = c.family === 'funding' && !ipo.length ? seriesLetter(ctx.masked.slice(Math.max(0, c.figure.offset - 16), c.figure.offset + c.figure.length + 32)) : null;
    const seriesFact = letter ? new RegExp(`\\bseries[ -]${letter}\\b`, 'i') : null;
    const series = seriesFact ? facts.filter((f) => seriesFact.test(`${f.id} ${f.scope ?? ''}`)) : [];
    const offer = offerNamed && !ipo.length && !series.length ? facts.filter(fixedPrice) : [];
    // ("Monday's deal with AMD came after similar ones with Nvidia, Oracle, and CoreWeave, giving OpenAI access to over 20
    // gigawatts": an amount beside three companies or more is the sum of several deals, not the one with the party named;
    // not a price, which a coalition of buyers pays together: counterpartNames.)
    const severalDeals = c.claim.measure !== 'cost' && otherCompaniesInSentence(ctx, c) >= 3;
    const names = ipo.length || series.length || offer.length || severalDeals ? [] : counterpartNames(ctx, c);
    // (Not a state or country alone: "Google will invest $60 billion in Texas" met Google's stored Texas plan, but copy names
    // a company's earlier amounts in the same place as often — TSMC's $12 billion, then $40 billion, for Arizona, "Google has
    // invested $4.4 billion into Oklahoma" — and on real passages that raised 7 warnings, none a slip.)
    facts = ipo.length ? ipo : series.length ? series : offer.length ? offer : names.length ? facts.filter((f) => factMentions(f, names)) : [];
    identified = series.length > 0 || offer.length > 0;
    // "12,600 GPUs at the Start Campus in Portugal" stored; "the remaining 52,000 GPUs will ship to Microsoft's Narvik, Norway
    // campus": a company's fleet or power at one place is met only by a figure named with that place.
    if (BUILD_OUT_MEASURES.has(c.family) && facts.length) {
      const here = c.place ?? placeNear(ctx.masked, c.figure);
      let multiSiteSentence: boolean | undefined;
      // ("Nscale will deploy approximately 104,000 of NVIDIA's latest GB300 chips for Microsoft at a facility in Texas" against
      // about 200,000 across four sites: one place's figure is a part of a total that names none.)
      facts = facts.filter((f) => {
        // (A total over several sites meets only a figure said to be one: "Nscale intends to deliver 23,000 GPUs to its
        // Loughton site" names a site the place list does not know.)
        if (MULTI_SITE_SCOPE.test(f.scope ?? '')) return (multiSiteSentence ??= MULTI_SITE_SCOPE.test(sentenceText(ctx, c.figure.offset)));
        const there = onePlaceIn(f.scope ?? '');
        return there === undefined ? here === undefined : there === here;
      });
    }
  }
  facts = withoutOtherShares(ctx, c, facts);
  // "CoreWeave reported Q1 2026 revenue of $2.1 billion" against the company's outlook of $1.9–2.0 billion: a result
  // may beat or miss the guidance; only a forecast is held to it.
  const lead80 = clauseBefore(ctx, c.figure.offset);
  // "沐曦计划募资39.04亿元", "plans to raise $2 billion": what an offering sets out to raise is no amount raised; it meets
  // only a stored plan.
  if (c.family === 'funding' && PLANNED_RAISE.test(ctx.masked.slice(Math.max(0, c.figure.offset - 16), c.figure.offset))) facts = facts.filter((f) => PLANNED_FACT.test(`${f.scope ?? ''} ${f.note ?? ''}`));
  // "討論將阿比林數據中心容量從1.2吉瓦擴至約2.0吉瓦", "plans to expand the campus to 2 GW": the level a planned expansion
  // would reach is no present capacity; it meets only a stored plan.
  if (EXPANDED_TO_BEFORE.test(ctx.masked.slice(Math.max(0, c.figure.offset - 60), c.figure.offset)) && PLAN_CLAIM.test(sentenceText(ctx, c.figure.offset))) facts = facts.filter((f) => FORECAST_FACT.test(`${f.id} ${f.scope ?? ''} ${f.note ?? ''}`));
  // ("微软2026财年第一季度的资本支出达349亿美元" where the store has that quarter's outcome as well as its guidance: a figure
  // with no forecast word is the result, held to the outcome.)
  const guidance = (f: Fact) => GUIDANCE_FACT.test(`${f.id} ${f.scope ?? ''}`);
  // (Not when the sentence names a forecast anywhere: "raised its forecast for 2025 capital expenditures to … from $85 billion".)
  // (Nor a plan: "announced its intentions to allocate approximately $75 billion toward capital expenditures by 2025".)
  const outcomeKnown = () => {
    if (!facts.some((f) => !guidance(f) && !FORECAST_FACT.test(`${f.id} ${f.scope ?? ''} ${f.note ?? ''}`))) return false;
    const sentence = sentenceText(ctx, c.figure.offset);
    return !FORECAST_CLAIM.test(sentence) && !PLAN_CLAIM.test(sentence);
  };
  if (!FORECAST_CLAIM.test(lead80) && (REPORTED_CLAIM.test(lead80) || outcomeKnown())) facts = facts.filter((f) => !guidance(f));
  // ("发布2026财年第二财季财报,当季营收达238.6亿美元" against that quarter's guidance, the quarter long over: with no forecast
  // or plan word in its sentence the figure is the result, which may beat or miss the guidance.)
  else if (facts.some(guidance)) {
    const sentence = sentenceText(ctx, c.figure.offset);
    if (!FORECAST_CLAIM.test(sentence) && !PLAN_CLAIM.test(sentence)) facts = facts.filter((f) => !guidance(f) || !guidancePeriodOver(f, ctx.today));
  }
  // ("2025年第三季度,SK海力士全球HBM出货量占比高达60%,远超美光(22%)和三星(17%)" against a share by revenue: a share of
  // shipments and a share of revenue are two measures; the basis named last before the figure is its own.)
  if (c.family === 'share') {
    const basis = shareBasis(sinceSentenceStart(ctx.masked, c.figure.offset, 120));
    if (basis) facts = facts.filter((f) => { const fb = shareBasis(f.scope ?? ''); return !fb || fb === basis; });
  }
  // "10 data centers totaling 3.7 million square feet": the buildings' floor space, not the campus land a fact records.
  // ("is being built to 1.2 GW across roughly 4 million square feet": square feet measure buildings; a site's land is told
  // in acres or hectares, unless the draft calls the square feet land.)
  const squareFeet = c.family === 'area' && SQUARE_FEET.test(c.figure.text) && !LAND_WORD_BEFORE.test(ctx.masked.slice(Math.max(0, c.figure.offset - 40), c.figure.offset + c.figure.length + 16));
  if (c.family === 'area' && (squareFeet || FLOOR_SPACE.test(ctx.masked.slice(Math.max(0, c.figure.offset - 60), c.figure.offset + c.figure.length + 30)))) facts = facts.filter((f) => !LAND_SCOPE.test(f.scope ?? '') && !LAND_UNIT.test(f.unitText));
  // "来自中国内地及香港的收入171亿美元", "revenue from China of $17 billion": a region's or a segment's
  // slice of the measure, not the whole that the store records.
  // So is "$17.1 billion in revenue from customers with Chinese addresses", the slice named after it.
  // (A segment the store keeps facts of, by their scope, is no such slice: "数据中心业务营收为512亿美元" meets the Data Center
  // facts below; a line a total's note merely mentions, 生成式AI業務收入, still is.)
  // ("AI chip revenue in the prior quarter (Q1 FY2026) was $8.4 billion": a segment named earlier in the sentence too.)
  const segment = c.family === 'revenue' ? revenueSegment(ctx.masked, c.figure.offset, c.figure.offset + c.figure.length) ?? segmentNamedBefore(ctx.masked, c.figure.offset, true) : undefined;
  const segmentKept = !!segment && facts.some((f) => SEGMENT_FACT.test(f.scope ?? '') && segment.test(f.scope ?? ''));
  if (!segmentKept && (SLICE_BEFORE.test(ctx.masked.slice(Math.max(0, c.figure.offset - 30), c.figure.offset)) || LINE_REVENUE_EARLIER.test(clauseBefore(ctx, c.figure.offset).slice(-40)) || (c.family === 'revenue' && (enRevenueLineOf(ctx.masked, c.figure) !== undefined || REVENUE_FROM_LINE_BEFORE.test(sinceSentenceStart(ctx.masked, c.figure.offset, 120)))))) return;
  // "The project is part of Lancium Clean Campus, a 1,100-acre site": the figure describes the whole it is part of.
  if (PART_OF_APPOSITIVE.test(ctx.masked.slice(Math.max(0, c.figure.offset - 80), c.figure.offset))) return;
  if (SLICE_AFTER.test(ctx.masked.slice(c.figure.offset + c.figure.length, c.figure.offset + c.figure.length + 40))) return;
  // "rolling out up to 58,640 GPUs across the UK as part of its 300,000-GPU global expansion": a part whose whole is named after it.
  if (PART_OF_WHOLE_AFTER.test(ctx.masked.slice(c.figure.offset + c.figure.length, c.figure.offset + c.figure.length + 72))) return;
  // "超越市場原先預期的1200億美元", "the $119.5 billion analysts had expected", "Morningstar's expectation of US$47
  // billion": what the market expected is not the
  // company's own figure, and the store holds the company's.
  if (BROKER_ESTIMATES.test(sinceSentenceStart(ctx.masked, c.figure.offset, 200)) || MARKET_EXPECTATION_BEFORE.test(ctx.masked.slice(Math.max(0, c.figure.offset - 16), c.figure.offset)) || MARKET_EXPECTATION_BEFORE_EN.test(ctx.masked.slice(Math.max(0, c.figure.offset - 80), c.figure.offset)) || MARKET_EXPECTATION_AFTER.test(ctx.masked.slice(c.figure.offset + c.figure.length, c.figure.offset + c.figure.length + 48))) return;
  // "reported $47.5 billion in fiscal 2024, with quarterly revenue reaching $18.4 billion": a quarter's figure dated by
  // its year meets no fact of that year.
  if (c.claim.time && !c.claim.time.relative && /^(?:FY)?\d{4}$/.test(c.claim.time.label ?? '') && (QUARTERLY_BEFORE.test(ctx.masked.slice(Math.max(0, c.figure.offset - 48), c.figure.offset)) || QUARTERLY_AFTER.test(ctx.masked.slice(c.figure.offset + c.figure.length, c.figure.offset + c.figure.length + 24)))) return;
  // "AMD reported $6.2 billion in 2024 from China": revenue from a named market or customer, maybe after its year.
  if (c.family === 'revenue' && REGION_AFTER.test(ctx.masked.slice(c.figure.offset + c.figure.length, c.figure.offset + c.figure.length + 32))) return;
  // ("2024 財年中國區營收 171.08 億美元": a region's revenue, named before it, is no company-wide figure.)
  if (c.family === 'revenue' && REGION_BEFORE_ZH.test(ctx.masked.slice(Math.max(0, c.figure.offset - 16), c.figure.offset))) return;
  // "计划将阿比林园区扩建至2.0 GW": an expansion's target above what the store records as built is where it is
  // going, no conflict with it.
  if (RAMP_FAMILIES.has(c.family) && EXPANSION_TO_BEFORE.test(ctx.masked.slice(Math.max(0, c.figure.offset - 12), c.figure.offset))) {
    facts = facts.filter((f) => !(widened(f).hi < c.lo));
  }
  // "Operating profit (Non-IFRS) reached 72.57 billion yuan", 经调整净利润: a profit before one-off items meets only a stored
  // adjusted profit, and a plain one only the reported (GAAP, IFRS) figure.
  if (c.family === 'net_income' || c.family === 'operating_income') {
    const adjusted = ADJUSTED_WORDS.test(sinceSentenceStart(ctx.masked, c.figure.offset, 60));
    facts = facts.filter((f) => ADJUSTED_FACT.test(f.scope ?? '') === adjusted);
  }
  // "$184 billion fiscal 2026 data center sales", "数据中心业务收入": a business segment's revenue meets only the
  // facts of that segment; a company's revenue named by no segment meets no segment's fact.
  if (c.family === 'revenue') {
    // (By the fact's scope only: a total's note that mentions a segment's figure, "Data Center $62.3B in the quarter",
    // 阿里云收入398亿元, does not make the total that segment's.)
    facts = segment ? facts.filter((f) => segment.test(f.scope ?? '')) : facts.filter((f) => !SEGMENT_FACT.test(f.scope ?? ''));
  }
  // ("营收570亿美元，其中数据中心业务营收512亿美元": a segment's revenue after 其中 is a part of the whole, and the segment's
  // own fact is that part: it meets it as a plain figure.)
  // (So is a claim the draft calls a segment's, "its Google Cloud business which saw … to $17.7 billion", when the store keeps that
  // segment's facts.)
  const cScope = segment && (c.scope === 'part' || (c.scope === 'segment' && segmentKept)) ? '' : claimScopeKey(c.scope);
  // "989 teraFLOPs of BF16 dense, or about 1.98 petaFLOPs sparse" against an FP8 figure: compute at
  // another precision, or dense against sparse, is another measure.
  if (c.family === 'compute') {
    // (Only up to the end of the figure's sentence: "計算能力為296 TFLOPs。…但這些是FP16 Tensor Core FLOP" names the next one's.)
    const afterFigure = ctx.masked.slice(c.figure.offset + c.figure.length, c.figure.offset + c.figure.length + 40);
    const stop = afterFigure.search(/[。！？；]|[.!?;]\s/);
    const before = ctx.masked.slice(Math.max(0, c.figure.offset - 80), c.figure.offset);
    const after = stop >= 0 ? afterFigure.slice(0, stop) : afterFigure;
    const near = before + c.figure.text + after;
    const rate = claimRate(before, after);
    facts = facts.filter((f) => samePrecision(rate, `${f.scope ?? ''} ${f.note ?? ''}`));
    // "Peak compute per GPU (MI455X): ~40 PFLOPS FP4" against the FP4 of a Helios rack of 72: one chip's rate is no rack's.
    if (PER_CHIP_BEFORE.test(ctx.masked.slice(Math.max(0, c.figure.offset - 40), c.figure.offset))) facts = facts.filter((f) => !RACK_OR_POD_SCOPE.test(f.scope ?? ''));
    // ("MI455X … FP4精度下更突破40 PFLOPS": so is a rate whose words name no rack or system at all.)
    else if (!RACK_WORDS.test(near)) facts = facts.filter((f) => !RACK_OR_POD_SCOPE.test(f.scope ?? ''));
    // ("15 exaflops of FP4 inference and 5 exaflops of FP8 training per NVL576 rack": a rack's rate is no chip's.)
    const sentenceAfter = ctx.masked.slice(c.figure.offset + c.figure.length, c.figure.offset + c.figure.length + 90).split(/[。！？；]|[.!?;]\s/)[0];
    if (PER_RACK.test(sentenceAfter) || PER_RACK.test(before.slice(-24))) facts = facts.filter((f) => RACK_OR_POD_SCOPE.test(f.scope ?? ''));
    // "H100的性能達到1979Tflops" against the stored 3,958 TFLOPS at FP8 with sparsity: a rate naming no precision that is
    // the stored one halved or doubled (once or twice) is the chip at another precision or dense, no conflict.
    const v = c.figure.value;
    // ("FP8 算力 2000 TFLOPS" against the same: a rate naming no density, half the stored sparse one, is the dense rate.)
    if (v != null && (!rate.precision || !rate.density)) {
      const otherRate = (f: Fact) => (!rate.precision && precisionsIn(f.scope ?? '').length > 0) || (!rate.density && densitiesIn(f.scope ?? '').length > 0);
      facts = facts.filter((f) => !(f.value != null && otherRate(f) && [0.25, 0.5, 2, 4].some((k) => Math.abs(v - f.value! * k) <= 0.02 * v)));
    }
  }
  // "the 3.8x10^25 FLOPS can be extracted from H100 at approximately 10.6 million hours": ten million times a chip's
  // rate is no rate of the chip but an amount of work; no slip is that large (unit slips are their own check).
  if (c.family === 'compute' && c.figure.value != null) facts = facts.filter((f) => f.value == null || f.value <= 0 || Math.abs(Math.log10(c.figure.value! / f.value)) < 7);
  if (!facts.length) return;
  // Agrees with some fact of the same time: not a conflict. Stale if every match is superseded.
  const matching = facts.filter((f) => (!disjoint(c, widened(f, factSlack(c, f))) && !otherCeiling(c, f)) || belowEventual(ctx, c, f));
  // A fact of another scope with an open bound ("more than 200 MW" for the first phase) agrees with
  // nearly anything above it: it vouches for the figure only when it is also close to it.
  if (matching.some((f) => closeMatch(c, f) || !(ONE_SIDED.has(f.qualifier) && scopeKeyFor(c, f) !== cScope))) {
    // Agreeing loosely with the current fact is agreeing, unless the figure is exactly an older one
    // ("about $80 billion" is within 10% of the reported $88.2B, but it is the superseded plan's 80).
    const older = exactlyOlder(c, matching);
    if (matching.some((f) => !f.supersededBy && closeMatch(c, f)) && !older) return;
    // "计划投资5000万美元" against "up to $500 billion": inside the open bound, yet 10,000× off its value.
    // ("Hyperion, eventually reaching 5 terawatts": inside a later "more than 7 GW", yet a thousand times the stored
    // eventual 5 GW: any current fact of the scope, matched or not; "could eventually reach up to one terawatt" against
    // Stargate UAE's 1 GW, a ceiling as much as a level.)
    if (c.figure.value != null && (c.figure.qualifier === 'exact' || c.figure.qualifier === 'up-to')) {
      const slip = storeMagnitudeSlip(ctx, c, [...new Set([...matching, ...facts])].filter((f) => !f.supersededBy && scopeKeyFor(c, f) === cScope));
      if (slip) {
        res.magnitude.push(slip);
        return;
      }
    }
    const old = matching.find((f) => f.supersededBy && closeMatch(c, f));
    if (!old) return;
    // "ended the third quarter of 2025 with a backlog of $55.6 billion": a level dated to when it was
    // true (a fact without a period). A plan for a period ("capex of $100B in 2025") can still be stale.
    if (!old.period && datedAt(c, old, store)) return;
    const newer = latestOf(store, old);
    if (newer === old || (closeMatch(c, newer) && !older)) return;
    res.stale.push(staleFinding(ctx, c, old, newer));
    return;
  }
  let candidates = facts.filter((f) => !f.supersededBy && scopeKeyFor(c, f) === cScope);
  // ("valued at $500 million in October 2025" against the level recorded that month, superseded since): a dated claim
  // whose time the store's newer levels do not reach meets the level recorded in its own time, or else the last level
  // of its time (a backlog "as of Q1 2025" against the level at the end of 2025, superseded in 2026).
  if (!candidates.length && c.timeKey) {
    const ofTime = facts.filter((f) => f.supersededBy && scopeKeyFor(c, f) === cScope);
    candidates = ofTime.filter((f) => datedAt(c, f, store));
    if (!candidates.length) candidates = ofTime.filter((f) => !facts.some((g) => g.id === f.supersededBy));
  }
  if (!candidates.length) return;
  // Only a date-less claim about a time-varying measure: never a conflict (which date?). A price fixed once, in a deal
  // or an offering ("would pay $23.28 per share for Intel common stock", 发行价格), does not vary: it is compared.
  // (An offering's price is held to the stored offer price, not to the market prices kept beside it.)
  if (offerNamed && !c.timeKey && candidates.some(fixedPrice)) candidates = candidates.filter(fixedPrice);
  if (TIME_VARYING_MEASURES.has(c.family) && !c.timeKey && !(c.family === 'price' && candidates.every(fixedPrice))) {
    // ("這些單價3千萬美元…的芯片" against the H100's stored $30k: a thousandfold slip is one whatever the date, against any
    // level of the chain: "valued at $43M" against Databricks' $43 billion of 2023.)
    const slip = c.figure.value != null && c.figure.qualifier === 'exact' ? storeMagnitudeSlip(ctx, c, [...candidates, ...facts.filter((f) => f.supersededBy && scopeKeyFor(c, f) === cScope)]) : undefined;
    if (slip) res.magnitude.push(slip);
    return;
  }
  // ("微软…商业RPO为3,680万亿美元" against the order book's 3,680亿 of an earlier quarter: a thousandfold slip of a
  // superseded level of the chain is that slip, not a disagreement with the newest level.)
  const chain = facts.filter((f) => f.supersededBy && scopeKeyFor(c, f) === cScope);
  const slip = c.figure.value == null ? undefined : storeMagnitudeSlip(ctx, c, [...candidates, ...chain]);
  if (slip) {
    res.magnitude.push(slip);
    return;
  }
  // An order book changes every quarter: a level "now", or dated to another quarter than the store's
  // ("backlog reached $99.4B" in Q1 2026 against the level of 2025-12-31), may have moved as far as
  // order books move in a year or so (three quarters to four times); a tenth is still a slip.
  if (backlog && !(c.timeKey && datedAt(c, candidates[0], store))) {
    // A level the store recorded in the claim's own period, later superseded or not, is the one to agree with.
    const then = c.timeKey ? facts.find((f) => datedAt(c, f, store)) : undefined;
    if (then) {
      res.fact.push(factConflictFinding(ctx, c, then));
      return;
    }
    const ratio = (c.rep ?? NaN) / (repValue(candidates[0].value, candidates[0].low, candidates[0].high) ?? NaN);
    if (ratio >= 0.75 && ratio <= 4) return;
    // Dated before the store's level ("a backlog of $25.9 billion as of Q1 2025" against $66.8 billion at the
    // end of 2025): order books have grown fourfold in a year; a quarter of the later level is still one.
    if (c.timeKey && ratio >= 0.25 && ratio < 0.75 && claimEndsBefore(c, candidates[0], store)) return;
    // A lower level with no date is most likely an earlier one ("a jump in backlog to $240 billion"
    // against $460 billion a quarter later): the later level is worth knowing, not a slip. Order books of the AI
    // build-out have grown more than fourfold in a year (Oracle's, $130 billion in February 2025 to $553 billion in
    // February 2026): down to a fifth of the later level.
    if (!c.timeKey && ratio >= 0.2 && ratio < 0.75) {
      res.fact.push(laterBacklogFinding(ctx, c, candidates[0]));
      return;
    }
  }
  // "signed a deal this week committing $200 billion": a deal the draft reports as new is not the
  // one the store recorded months ago between the same parties.
  if (MANY_PER_SUBJECT.has(c.family) && !identified && RECENT_EVENT.test(sentenceText(ctx, c.figure.offset))) {
    candidates = candidates.filter((f) => daysBetween(f.asOf, ctx.today) <= RECENT_DAYS);
    if (!candidates.length) return;
  }
  const fact = candidates[0]; // newest first
  if (forecastOfOutcome(ctx, c, fact)) {
    // "Meta expects 2025 capex of $90–92 billion" where the store keeps Meta's own outlooks for 2025: the
    // forecast agrees with none of them (or it would have matched), so it is a slip, not old news.
    const outlook = facts.find((f) => f.period === fact.period && FORECAST_FACT.test(`${f.id} ${f.scope ?? ''} ${f.note ?? ''}`));
    res.fact.push(outlook ? factConflictFinding(ctx, c, outlook) : forecastFinding(ctx, c, fact));
    return;
  }
  res.fact.push(factConflictFinding(ctx, c, fact));
}

/** A period's new orders, all contracts together: "net bookings", "order intake", 新接订单. */
const BOOKINGS = /\b(?:net\s+|new\s+)?bookings\b|\border\s+intake\b|新接订单|新签订单|新簽訂單|新接訂單|接单金额|接單金額/i;
/** Right after an amount: "in net bookings", "of new bookings". */
const BOOKINGS_AFTER = /^\s*(?:\([^)]{0,24}\)\s*)?(?:in|of)\s+(?:net\s+|new\s+|system\s+)*bookings\b/i;

/** Which order book a contract value is of: a company's backlog, a period's bookings, or '' (one contract). */
function orderBookOf(ctx: CheckContext, f: Figure): 'backlog' | 'bookings' | '' {
  const lead = ctx.masked.slice(Math.max(0, f.offset - 50), f.offset);
  if (BACKLOG.test(lead)) return 'backlog';
  return BOOKINGS.test(lead) || BOOKINGS_AFTER.test(ctx.masked.slice(f.offset + f.length, f.offset + f.length + 48)) ? 'bookings' : '';
}
/** The same of a stored fact, by its scope. */
function orderBookOfScope(scope: string): 'backlog' | 'bookings' | '' {
  return BACKLOG.test(scope) ? 'backlog' : BOOKINGS.test(scope) ? 'bookings' : '';
}

/** A backlog "for" a product, a tool or a line, not the company's ("backlog for its newest tool"). */
const PRODUCT_BACKLOG = /\bbacklog\s+for\s+(?!(?:the|its)\s+(?:company|group|business|quarter|year)\b)(?![$€£¥\d])[^.;]*$/i;

/** Before a target's amount: a verb saying the outcome passed or missed it (超过了此前设定的, beat its, fell short of). */
const TARGET_PASSED_BEFORE = /(?:超过|超過|超出|高于|高於|低于|低於|未达|未達|不及)了?[^，,。；;\d]{0,10}$|\b(?:beat|beats|beating|exceeded|exceeds|exceeding|surpassed|surpasses|topped|tops|overshot|missed|misses|fell\s+short\s+of|falls\s+short\s+of)\s+(?:its|their|the|a|an)?\s*(?:[a-z-]+\s+){0,2}$/i;

/** A fact's scope that totals several places ("across four sites (Texas about 104,000, Narvik …)"). */
const MULTI_SITE_SCOPE = /\bacross\b|\b(?:two|three|four|five|six|several|multiple)\s+(?:sites|locations|campuses|countries|states|facilities)\b/i;

/** What a market share is of, by the last word of basis in `text`: shipments (units) or revenue. */
function shareBasis(text: string): 'units' | 'revenue' | undefined {
  let last: 'units' | 'revenue' | undefined;
  for (const m of text.matchAll(SHARE_BASIS)) last = m[1] ? 'units' : 'revenue';
  return last;
}
const SHARE_BASIS = /(出货量|出貨量|出货|出貨|销量|銷量|\bshipments?\b|\bunits?\b|\bby volume\b)|(营收|營收|收入|营业额|營業額|销售额|銷售額|\brevenues?\b|\bsales\b|\bby value\b)/gi;

/** What makes a draft's figure a forecast ("expects capex for 2023 to be …", "预计"). */
const FORECAST_CLAIM = /\b(?:expects?|expected|expecting|forecasts?|forecasted|projects?|projected|projecting|guidance|guided|outlook|targets?|targeted|targeting|anticipates?|anticipated|estimates?|predicts?|predicted|predicting)\b|预计|預計|预期|預期|预测|預測|指引|展望|预估|預估|估计|估計|可望|有望/i;
/** What makes a stored fact a plan or a forecast itself, not the outcome. */
const FORECAST_FACT = /guid|forecast|outlook|\bplan|target|expect|projected|projection|budget|预计|預計|指引|目标|目標|计划|計劃/i;

/**
 * "Meta expects capex for 2023 to be between $34 billion and $39 billion" against the $28 billion spent
 * in 2023: a forecast for a period now over, set against its outcome. The forecast may have been
 * reported right; the outcome is worth knowing, not a slip.
 */
function forecastOfOutcome(ctx: CheckContext, c: ClaimInfo, fact: Fact): boolean {
  if (!fact.period || !periodOver(fact, ctx.today)) return false;
  if (FORECAST_FACT.test(`${fact.id} ${fact.scope ?? ''} ${fact.note ?? ''}`)) return false;
  // ("2024年,三大运营商资本开支分别为:…中国联通650亿元,上半年实际支出未达计划一半": a sentence setting what was spent against
  // the plan says the figures listed are the plan's.)
  return FORECAST_CLAIM.test(clauseBefore(ctx, c.figure.offset)) || ACTUAL_AGAINST_PLAN_AFTER.test(sentenceText(ctx, c.figure.offset).slice(-60));
}
const ACTUAL_AGAINST_PLAN_AFTER = /实际[^。；;]{0,12}(?:计划|計劃|预算|預算)|實際[^。；;]{0,12}(?:计划|計劃|预算|預算)|\bactual(?:ly)?\b[^.;]{0,30}\b(?:plan|planned|budget|budgeted)\b/i;

/** Up to 80 characters before `from`, back to the start of its sentence. */
function clauseBefore(ctx: CheckContext, from: number): string {
  return sinceSentenceStart(ctx.masked, from, 80);
}

/** What makes a draft's figure a reported result ("reported", "posted", 实现, 录得). */
const REPORTED_CLAIM = /\b(?:reported|reports|posted|posts|delivered|booked|recorded)\b|实现|實現|录得|錄得/i;
/** Right before the level a change starts from: 从, 由, from (a hedge between). */
const OLD_LEVEL_BEFORE = /(?:从|由|\bfrom)\s*(?:约|近|about|around|roughly|approximately)?\s*$/i;
/** Right after it, the change to a new level: 下调至, 增至, 到, "to". */
const NEW_LEVEL_AFTER = /^\s*(?:[^\d，,。；;\s]{0,4}?(?:至|到)|to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[$€£¥\d])/i;
/** Right before the level an expansion reaches ("擴至約", "扩容到", "expand … to roughly"). */
const EXPANDED_TO_BEFORE = /(?:扩|擴|扩大|擴大|扩容|擴容|扩建|擴建)(?:至|到)\s*(?:约|約|近|超过|超過|逾)?\s*$|\b(?:expand(?:s|ed|ing)?|scal(?:e|es|ed|ing)\s+up)\b[^.;!?]{0,48}?\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+)?$/i;
/** A plan or intention in a claim's sentence: what a company means to spend, not what it spent. */
const PLAN_CLAIM = /\b(?:plans?|planned|planning|intends?|intended|intentions?|aims?|will|would|to allocate|to spend|to invest|set to|on track)\b|计划|計劃|拟|擬|将|將|有望|目标|目標/i;
/** A stored fact of a company's own outlook (its id or scope says guidance or outlook). */
const GUIDANCE_FACT = /guid|outlook|指引|展望/i;

/**
 * Whether a fact's period is over by `today`: a calendar period of an earlier year, or a fiscal year (FY2026) of this
 * year or earlier whose outcome the store already has (fiscal years end within the year they are named by).
 */
function periodOver(fact: Fact, today: string): boolean {
  // (A span is over when its last year is: 2025..2029 is not over in 2026.)
  const m = /(\d{4})(?!.*\d{4})/.exec(fact.period ?? '');
  if (!m) return false;
  const year = today.slice(0, 4);
  if (m[1] < year) return true;
  // (A fiscal year, quarter or half with an outcome in the store as of a day already past is over. A fiscal year is
  // named by the calendar year it ends in, so its outcome is dated that year or later; a quarter may be reported the
  // year before: FY2026 in February 2026, FY2027-Q1 in May 2026.)
  const fiscal = /^FY(\d{4})(-(?:Q[1-4]|H[12]))?$/i.exec(fact.period ?? '');
  if (fiscal && fact.asOf && fact.asOf <= today && Number(fact.asOf.slice(0, 4)) >= Number(fiscal[1]) - (fiscal[2] ? 1 : 0)) return true;
  // (A calendar quarter or half of this year that has ended: 2026-Q2 by July.)
  const part = /^(\d{4})-(Q[1-4]|H[12])$/.exec(fact.period ?? '');
  if (part && part[1] === year) {
    const lastMonth = part[2][0] === 'Q' ? 3 * Number(part[2][1]) : 6 * Number(part[2][1]);
    return Number(today.slice(5, 7)) > lastMonth;
  }
  return false;
}

/**
 * Whether the period an outlook was given for has surely ended by `today`: a quarter's or a half's outlook is given as
 * it starts, so 150 (a half's 240) days after the outlook; a year's once that year is past.
 */
function guidancePeriodOver(fact: Fact, today: string): boolean {
  const period = fact.period ?? '';
  const year = /(\d{4})/.exec(period);
  if (!year || !fact.asOf) return false;
  const part = /(Q[1-4]|H[12])$/.exec(period);
  if (!part) return year[1] < today.slice(0, 4);
  const days = (Date.parse(today) - Date.parse(fact.asOf.length === 7 ? fact.asOf + '-01' : fact.asOf)) / 86_400_000;
  return days > (part[1][0] === 'Q' ? 150 : 240);
}

function forecastFinding(ctx: CheckContext, c: ClaimInfo, fact: Fact): RawFinding {
  return factNote(ctx, c, fact, (what, value, source, zh) => (zh
    ? `这是预测；事实库记录的结果：${what}为${value}（${source}）。`
    : `A forecast; the fact store has the outcome: ${what} was ${value} (${source}).`));
}

function laterBacklogFinding(ctx: CheckContext, c: ClaimInfo, fact: Fact): RawFinding {
  return factNote(ctx, c, fact, (what, value, source, zh) => (zh
    ? `未注明时间的订单积压水平；事实库有更新、更高的水平：${what}为${value}（${source}）。`
    : `An order book with no date; the fact store has a later, higher level: ${what} is ${value} (${source}).`));
}

/** An information note of the fact-conflict check on a figure, worded around the fact's name, value and source. */
function factNote(ctx: CheckContext, c: ClaimInfo, fact: Fact, say: (what: string, value: string, source: string, zh: boolean) => string): RawFinding {
  const zh = ctx.lang === 'zh';
  const lang: MessageLanguage = ctx.lang;
  const what = factWhatText(ctx.store, fact, lang);
  return {
    code: 'fact-conflict',
    severity: 'information',
    offset: c.figure.offset,
    length: c.figure.length,
    message: say(what, factValueText(fact, lang, c.figure), factSourceText(fact, lang), zh),
    related: [factRelated(fact, lang, c.figure)],
    fixes: [],
    factIds: [fact.id],
  };
}

function factConflictFinding(ctx: CheckContext, c: ClaimInfo, fact: Fact): Raw {
  const zh = ctx.lang === 'zh';
  const lang: MessageLanguage = ctx.lang;
  const what = factWhatText(ctx.store, fact, lang);
  const value = factValueText(fact, lang, c.figure);
  const fixValue = fact.value != null ? formatLike(fact.value, c.figure, c.figure.lang, FACT_DIGITS) : null;
  return {
    code: 'fact-conflict',
    offset: c.figure.offset,
    length: c.figure.length,
    message: zh
      ? `与事实库不符：${what}为${value}（${factSourceText(fact, lang)}）。`
      : `Disagrees with the fact store: ${what} is ${value} (${factSourceText(fact, lang)}).`,
    related: [factRelated(fact, lang, c.figure)],
    fixes: fixValue ? [{ title: zh ? `改为事实库的数字：${fixValue}` : `Use the fact store's figure: ${fixValue}`, edits: [{ offset: c.figure.offset, length: c.figure.length, newText: fixValue }], preferred: true }] : [],
    factIds: [fact.id],
  };
}

function staleFinding(ctx: CheckContext, c: ClaimInfo, old: Fact, newer: Fact): Raw {
  const zh = ctx.lang === 'zh';
  const lang = ctx.lang;
  const what = factWhatText(ctx.store, newer, lang);
  return {
    code: 'stale-figure',
    offset: c.figure.offset,
    length: c.figure.length,
    message: zh
      ? `数字可能已过时：它对应 ${old.asOf} 的数据；此后更新为${what}${factValueText(newer, lang)}（${factSourceText(newer, lang)}）。`
      : `Possibly stale: this matches the figure of ${old.asOf}; since then ${what} is ${factValueText(newer, lang)} (${factSourceText(newer, lang)}).`,
    related: [factRelated(newer, lang), factRelated(old, lang)],
    fixes: [],
    factIds: [old.id, newer.id],
  };
}

export { claimTimeKey };
