// A company's results release: the company that issues it is the subject of the results its later sentences give
// without naming anyone ("NVIDIA (NASDAQ: NVDA) today reported revenue … For fiscal 2024, revenue was up 126% to $60.9
// billion."). Read over the whole draft after the claims are attached, so it is no part of the per-paragraph claims
// (analyze.ts applies it to fresh and to updated claims alike).
import type { Claim, FactStore, Figure, Mention, Sentence } from '../types.ts';
import type { TextReader } from '../text/chunked.ts';
import { sameFamily } from './index.ts';
import { ADJUSTED_WORDS } from './measures.ts';

/** How far into a draft its issuer may be named: the headline, dateline and lead of a release. */
const ISSUER_REACH = 1500;

/**
 * Right after the company's name: its ticker in brackets, then the verb of a release ("Oracle Corporation (NYSE: ORCL) today
 * announced fiscal 2025 Q4 and full-year 2025 results", "NVIDIA Announces Financial Results for Fourth Quarter").
 */
const RELEASE_VERB_AFTER = /^\s*(?:(?:Corporation|Corp\.?|Inc\.?|Incorporated|Ltd\.?|Limited|plc|Holdings|Group|Co\.?)\s*)?,?\s*(?:[(（][^)）\n]{0,30}[)）]\s*)?,?\s*(?:today\s+|on\s+\w+,?\s+(?:\w+\s+\d{1,2},?\s+)?)?(?:announced|reported|released|posted|[Aa]nnounces|[Rr]eports|[Pp]osts)\b/;
/** …and a word of results in the rest of that sentence. */
const RESULTS_WORDS = /\b(?:results|revenues?|earnings|quarter|fiscal|first-quarter|second-quarter|third-quarter|fourth-quarter|full-year)\b/i;
/** 公司今日发布2025年第三季度财报, 公布業績: the same in Chinese. */
// (微軟於 7 月 30 日公布 2025 財年第四季的業績: the date between, after 於.)
const RELEASE_VERB_AFTER_ZH = /^\s*(?:[(（][^)）\n]{0,30}[)）]\s*)?(?:今天|今日|日前|近日|周[一二三四五六日]|週[一二三四五六日]|(?:於|于|在)?\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号號])?\s*(?:发布|發布|公布|公佈)了?[^。；;\n]{0,30}?(?:财报|財報|业绩|業績|季报|季報|年报|年報|财务报告|財務報告)/;

/** A sentence's words before a result with no line of business named: "For fiscal 2026, revenue was", "Full-year revenue rose 12% to". */
const PLAIN_RESULT_LEAD = /^\s*(?:(?:For|In)\s+(?:the\s+)?(?:fiscal(?:\s+year)?|full[- ]year|year|quarter|(?:first|second|third|fourth)[- ]quarter)(?:\s+(?:fiscal\s+)?\d{4})?,?\s+)?(?:(?:total|full[- ]year|quarterly|annual)\s+)?(?:revenues?|net\s+income|net\s+sales|sales)\s+(?:was|were|of|rose|increased|grew|reached|totaled|totalled|came\s+in\s+at)(?:\s+\d+(?:\.\d+)?%\s+to)?\s*(?:a\s+record\s+)?$/i;

/** A business segment named in Chinese: 分部, 业务, 板块, 事业群, 部门 (their traditional forms too). */
const SEGMENT_NAMED_BEFORE = /分部|业务|業務|板块|板塊|事业群|事業群|部门|部門/;
const LATIN_ONLY = /^[\x00-\x7f]*$/;

/** Money measures of a company's own results. */
const RESULT_MEASURES = new Set(['revenue', 'net_income', 'operating_income', 'ebitda', 'capex', 'operating_expenses', 'rd_spending']);

/** The company a results release is issued by, and the mention that names it in the lead; undefined for other drafts. */
export function releaseIssuer(text: TextReader, mentions: Mention[], store: FactStore): { entity: string; mention: number } | undefined {
  for (let k = 0; k < mentions.length && mentions[k].offset < ISSUER_REACH; k++) {
    const m = mentions[k];
    // (A company the store does not know, guessed from its registered Chinese name or stock code, issues Chinese releases
    // too: "萬國數據控股有限公司(以下簡稱“萬國數據”)今日公佈…財務業績".)
    const known = store.entities.get(m.entityId)?.kind === 'company';
    if (!known && !(m.guessed && m.entityId.startsWith('org:') && !LATIN_ONLY.test(m.text))) continue;
    const end = m.offset + m.length;
    const after = text.slice(end, Math.min(text.length, end + 200));
    const en = known ? RELEASE_VERB_AFTER.exec(after) : null;
    if (en && RESULTS_WORDS.test(after.slice(en[0].length).split(/[.!?\n](?:\s|$)/)[0])) return { entity: m.entityId, mention: k };
    if (RELEASE_VERB_AFTER_ZH.test(after)) return { entity: m.entityId, mention: k };
  }
  return undefined;
}

/**
 * The claims with the issuer as the subject of each dated result whose sentence names no one: a money figure of a result
 * measure (revenue, net income, capex …) with a period, after the issuer's mention, whose nearest mention before it is the issuer
 * or its family (a customer or partner named since takes the story elsewhere). A claim given a subject by its own sentence
 * keeps it; a total that only the sentences before gave the issuer (at low confidence) gets it surely. Returns `claims`
 * itself when nothing changes; changed claims are new objects.
 */
export function withReleaseIssuer(text: TextReader, claims: Claim[], figures: Figure[], mentions: Mention[], sentences: Sentence[], store: FactStore, issuer: { entity: string; mention: number } | undefined): Claim[] {
  if (!issuer) return claims;
  const from = mentions[issuer.mention].offset;
  let out: Claim[] | undefined;
  let mi = issuer.mention;
  let si = 0;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    const f = figures[c.figure];
    if (f.offset <= from) continue;
    while (mi + 1 < mentions.length && mentions[mi + 1].offset < f.offset) mi++;
    while (si + 1 < sentences.length && sentences[si + 1].offset <= f.offset) si++;
    // Only a sentence that names no one: one that does ("Microsoft reported … EPS of $4.27 versus $4.05 expected") has had
    // its subjects weighed, a null among them on purpose.
    const sentence = sentences[si];
    if (!sentence || mentions[mi].offset >= sentence.offset || (mi + 1 < mentions.length && mentions[mi + 1].offset < sentence.offset + sentence.length)) continue;
    // (Unnamed, or a total — "total revenues" — named only by the sentences before at low confidence: the issuer then,
    // surely. Not any figure so named: "云计算业务是公司最大的增长来源,实现收入…" is a segment's, at 0.4 from the sentence before.)
    // (Nor one the sentences before gave a subsidiary named in passing: "…and AWS segment sales up 13%. … Full year 2023 net
    // sales increased 12% to $574.8 billion" is the issuer's, not the segment's.)
    const fromBefore = c.subject !== null && c.confidence < 0.7 && sameFamily(store, c.subject, issuer.entity);
    // (Net income is the whole company's: segments report revenue and operating income, not a net profit; an adjusted one is
    // left as it was, being another measure than the reported one beside it.)
    const wholeProfit = c.measure === 'net_income' && c.scope === undefined && !ADJUSTED_WORDS.test(text.slice(sentence.offset, f.offset));
    // ("For fiscal 2026, revenue was $215.9 billion, up 65%": an English lead that names no line of business before the
    // figure gives the issuer's own result.)
    const plainLead = fromBefore && c.subject === issuer.entity && c.scope === undefined && PLAIN_RESULT_LEAD.test(text.slice(sentence.offset, f.offset));
    if ((c.subject !== null && !(fromBefore && (c.scope === 'overall' || wholeProfit || plainLead || (c.subject !== issuer.entity && (c.scope === 'segment' || c.scope === undefined))))) || !c.measure || !RESULT_MEASURES.has(c.measure) || !c.time || f.kind !== 'money') continue;
    if (!sameFamily(store, mentions[mi].entityId, issuer.entity)) continue;
    // ("智能电动汽车及AI等创新业务分部总收入为186亿元": a segment named before the figure in its sentence keeps it the segment's.)
    if (SEGMENT_NAMED_BEFORE.test(text.slice(sentence.offset, f.offset))) continue;
    out ??= claims.slice();
    out[k] = { ...c, subject: issuer.entity, subjectMention: undefined, confidence: 0.7, scope: c.scope === 'segment' ? undefined : c.scope };
  }
  return out ?? claims;
}
