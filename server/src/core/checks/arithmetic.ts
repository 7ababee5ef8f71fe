// arithmetic: stated ratios, growth rates, differences, per-year rates and totals that do not
// compute from the figures they relate, in the same sentence. Silent unless every operand is a
// figure of the passage with a known value; a comparison with something that is not written as a
// figure ("三倍还多" of last year's capex) says nothing.
import { firstSpanFrom } from '../spans.ts';
import type { Figure, Finding } from '../types.ts';
import type { CheckContext, CheckDefinition } from './types.ts';
import { figureRange, formatLike, formatPlain } from './common.ts';
import { RATE_TABLES, periodLabel, rateLabel, rateTableFor, ratesWithPegs } from '../currency.ts';
import { CONVERSION_BETWEEN } from '../units.ts';
import { bareYen } from '../figures/local-currency.ts';
import { withoutPinyinGlosses } from '../figures/index.ts';
import { DELIMITER_ROW } from '../text/mask.ts';

type Raw = Omit<Finding, 'severity' | 'key'>;

const QUANTITY = new Set(['money', 'power', 'energy', 'count', 'area', 'compute', 'data', 'volume', 'mass', 'length', 'bandwidth']);
/** Slack for rounding in prose: a stated ratio/rate is allowed this much relative error. */
const SLACK = 0.1;

type Iv = [number, number];
const div = (a: Iv, b: Iv): Iv => (b[0] > 0 ? [a[0] / b[1], a[1] / b[0]] : [-Infinity, Infinity]);
const sub = (a: Iv, b: Iv): Iv => [a[0] - b[1], a[1] - b[0]];
const add = (a: Iv, b: Iv): Iv => [a[0] + b[0], a[1] + b[1]];
const widen = (a: Iv, s = SLACK): Iv => [a[0] - Math.abs(a[0]) * s, a[1] + Math.abs(a[1]) * s];
const overlap = (a: Iv, b: Iv) => !(a[1] < b[0] || b[1] < a[0]);
const bounded = (a: Iv) => Number.isFinite(a[0]) || Number.isFinite(a[1]);

export const arithmetic: CheckDefinition = {
  code: 'arithmetic',
  defaultSeverity: 'warning',
  description: {
    en: 'Stated ratios, growth rates, differences, per-year rates and totals that do not compute from the figures they relate.',
    zh: '文中的倍数、增长率、差额、年均值或合计与相关数字算不上。',
  },
  // Reads its sentence's figures and masked text, and a few words before a figure (TOTAL_BEFORE).
  local: { reach: 64 },
  run(ctx, only) {
    const out: Raw[] = [];
    const figs = ctx.analysis.figures;
    const sentences = ctx.analysis.sentences;
    let fi = only ? firstSpanFrom(figs, only.from) : 0;
    for (let si = only ? firstSpanFrom(sentences, only.from) : 0; si < sentences.length; si++) {
      const s = sentences[si];
      if (only && s.offset >= only.to) break;
      const end = s.offset + s.length;
      while (fi < figs.length && figs[fi].offset < s.offset) fi++;
      const list: Figure[] = [];
      for (let k = fi; k < figs.length && figs[k].offset < end; k++) list.push(figs[k]);
      if (list.length < 2 || list.length > 40) continue;
      const done = new Set<Figure>();
      ratios(ctx, list, out, done);
      fromTo(ctx, list, out, done);
      secondChangeFrom(ctx, list, out, done);
      changeBetween(ctx, list, out, done);
      changeAfterAnother(ctx, list, out, done);
      pointsAfterCompared(ctx, list, out, done);
      secondBasisZh(ctx, list, out, done);
      levelDifferencePercent(ctx, list, out, done);
      comparedClauses(ctx, list, out, done);
      multipleToLevel(ctx, list, out, done);
      datedCompound(ctx, list, out, done);
      differences(ctx, list, out, done);
      perYear(ctx, list, out, done);
      sums(ctx, list, out, done);
      countedTotal(ctx, list, out, done);
      partsOfTotal(ctx, list, out, done);
      partOverWhole(ctx, list, out, done);
      conversions(ctx, list, out, done);
      writtenSums(ctx, list, out, done);
    }
    return out;
  },
};

// (A converted page's pinyin after each character, 年復(fù)合增長(zhǎng)率, is read as not there, as the recognizer reads it.)
const t = (ctx: CheckContext, a: number, b: number) => withoutPinyinGlosses(ctx.masked.slice(a, b));
const TIME = new Set(['year', 'date', 'period']);
/** A time figure, or the length of a reporting period ("for the three months ended August 31, 2022"). */
const timeLike = (ctx: CheckContext, f: Figure) => TIME.has(f.kind) || (f.kind === 'duration' && PERIOD_ENDED_AFTER.test(ctx.masked.slice(f.offset + f.length, f.offset + f.length + 9)));
const PERIOD_ENDED_AFTER = /^\s+(?:ended|ending)\b/i;
/** Text between two offsets with the time figures in it replaced by "T" ("从2023年的" → "从T的"). */
function g(ctx: CheckContext, list: Figure[], a: number, b: number): string {
  let out = '';
  let at = Math.max(0, a);
  for (const f of list) {
    if (!timeLike(ctx, f) || f.offset + f.length <= at || f.offset >= b) continue;
    out += ctx.masked.slice(at, Math.max(at, f.offset)) + 'T';
    at = f.offset + f.length;
  }
  // ("427 MW IT in 2025 from 470 MW IT in the previous year": a data centre's IT load after its power figure.)
  return withoutPinyinGlosses(out + ctx.masked.slice(at, Math.max(at, b))).replace(/^ ?IT\b/, '');
}
const sameUnit = (a: Figure, b: Figure) => QUANTITY.has(a.kind) && a.kind === b.kind && a.unit === b.unit && (a.kind !== 'count' || (a.noun ?? '') === (b.noun ?? '') || !a.noun || !b.noun);

/**
 * Another period's amount named by its own noun right before a multiple (达到去年认购量27倍): the multiple's base.
 * (是去年的3倍, 是去年同期的3倍 may well be A's period: they are checked.)
 */
const OTHER_PERIOD_BASE = /(?:去年|上年|前年|往年)(?!同期)[^，,。；;\d的]{1,8}的?\s*$/;

/** Words of a valuation multiple next to a ratio (P/E, 市盈率, 本益比). */
const VALUATION_MULTIPLE = /本益比|市盈率|市净率|市淨率|市销率|\bP\/?E\b|\bPE\b|EV\/EBITDA|price[- ]to[- ]earnings|earnings multiple/i;

/** 较上年, 比去年同期, 相比T: what comes right after it is a figure compared with. */
// (较 2024 年的 60 亿美元: a year between, typeset with spaces.)
const COMPARED_WITH_BEFORE = /(?:较|比|相比|相较)\s*(?:上年|去年|前年|T|\d{4}\s*年)?(?:同期)?(?:的)?\s*$/;

function fmtRatio(x: number, lang: 'zh' | 'en'): string {
  // (A ratio far under one keeps two significant digits: "192 GB is about 0.0024× of 80 TB", not "0×".)
  const r = x >= 10 ? Math.round(x) : x >= 0.1 ? Math.round(x * 10) / 10 : Number(x.toPrecision(2));
  return lang === 'zh' ? `${r}倍` : `${r}×`;
}

function push(ctx: CheckContext, out: Raw[], done: Set<Figure>, target: Figure, others: Figure[], zhMsg: string, enMsg: string, fixValue?: number) {
  if (done.has(target)) return;
  done.add(target);
  const zh = ctx.lang === 'zh';
  const fixText = fixValue != null && Number.isFinite(fixValue) && target.value != null ? (target.unit === 'percent' ? percentLike(fixValue, target) ?? formatLike(fixValue, target) : formatLike(fixValue, target)) : null;
  out.push({
    code: 'arithmetic', offset: target.offset, length: target.length, message: zh ? zhMsg : enMsg,
    related: others.map((o) => ({ offset: o.offset, length: o.length, message: zh ? `参与计算：“${o.text}”` : `Operand: "${o.text}"` })),
    fixes: fixText && fixText !== target.text ? [{ title: zh ? `改为 ${fixText}` : `Change to ${fixText}`, edits: [{ offset: target.offset, length: target.length, newText: fixText }] }] : [],
    factIds: [],
  });
}

/** A percent written as the draft wrote its own: as many decimals, its sign if it wrote one ("+48%" → "+84%", "15.3%" → "5.6%"). */
function percentLike(value: number, like: Figure): string | undefined {
  const m = /^([+＋\-−]?)(\d[\d,]*)(?:\.(\d+))?(?=\s?[%％])/.exec(like.text);
  if (!m) return undefined;
  const decimals = m[3]?.length ?? 0;
  const sign = value < 0 ? '-' : m[1] ? '+' : '';
  return sign + Math.abs(value).toFixed(decimals) + like.text.slice(m[0].length);
}

/** Up to three words after A, a copula or a comma, and a hedge or "or": "$10 billion, or about". */
const SHORT_LEAD = /^(?:\s+[a-z][\w-]*){0,3}\s*(?:is|was|are|were|would\s+be|will\s+be|represents?|,|，|—|–)?\s*(?:(?:about|roughly|nearly|around|some|or|again|also|,)\s*){0,2}$/i;
/** Up to five words of what and when, a comma, then "or" or a hedge: "in the first quarter of fiscal 2026, or about". */
// ("€1.4 billion p.a. in contributions to the Portuguese GDP, roughly 6% of today's €233.4 billion": up to eight words.)
const LEAD_THEN_OR_ABOUT = /^(?:\s+(?:[a-z][\w.-]*|T)){1,8},\s*(?:(?:about|roughly|nearly|around|some|or|almost|over|more\s+than|less\s+than|just\s+over|just\s+under)\s*){0,2}$/i;
/** Up to six words saying what A is and when (no conjunction or relative), then the copula before "N times". */
const LONG_LEAD_TO_MULTIPLE = /^(?:\s+(?!(?:and|or|but|while|whereas|which|that|who|said|says)\b)(?:[a-z][\w'’-]*|T)){3,6}\s+(?:is|was|are|were|would\s+be|will\s+be)\s+(?:about|roughly|nearly|around|some)?\s*$/i;

/** Stated ratio interval, with slack for rounding ("three times" ≈ 2.7–3.3). */
function ratioIv(r: Figure): Iv {
  const [lo, hi] = figureRange(r);
  return widen([lo, hi]);
}

// "A是B的N倍" / "N倍于B" / "A is N times B" / "A, N times as much as B" / "A is N% of B".
function ratios(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    const isRatio = r.kind === 'ratio';
    const isPct = r.kind === 'percent';
    if (!isRatio && !isPct) continue;
    let a: Figure | undefined;
    let b: Figure | undefined;
    // Chinese: B immediately before "的N倍" / "的N%", A before B.
    let pi = i - 1;
    while (pi >= 0 && TIME.has(list[pi].kind)) pi--;
    const prev = pi >= 0 ? list[pi] : undefined;
    // "是微软资本支出320亿美元的五倍多", "是目前最大数据中心50亿美元投资的百倍".
    // Not a count with words after it ("美国五家科技公司是中国七家科技公司的6倍"): it counts the
    // subjects, and the quantity compared is unnamed.
    const ofGap = prev ? g(ctx, list, prev.offset + prev.length, r.offset) : '';
    if (prev && QUANTITY.has(prev.kind) && /^[^\d，,。；;]{0,6}?的\s*$/.test(ofGap) && !(prev.kind === 'count' && /^\s*[^\s的]/.test(ofGap))) {
      // ("年度资本支出将达1200亿美元,较上年880亿美元大幅增长,且几乎是2023年320亿美元的四倍": a figure compared with
      // after 较/比 is not the subject of the multiple.)
      let ai = pi - 1;
      while (ai >= 0 && (!sameUnit(list[ai], prev) || COMPARED_WITH_BEFORE.test(g(ctx, list, list[ai].offset - 14, list[ai].offset)))) ai--;
      const between = ai >= 0 ? list[ai] : undefined;
      const gap = between ? g(ctx, list, between.offset + between.length, prev.offset) : '';
      if (between && /(是|为|相当于|达到|约为|占)/.test(gap) && !/[。；;]/.test(gap) && gap.length <= 30) {
        a = between;
        b = prev;
      }
    }
    const next = list[i + 1];
    // ("2048個資料傳輸管道，四倍於HBM3E的1024個": what B belongs to between 于 and B.)
    if (!a && isRatio && next && QUANTITY.has(next.kind) && /^\s*[于於]\s*(?:[^，,。；;]{1,12}的)?\s*$/.test(t(ctx, r.offset + r.length, next.offset)) && prev && sameUnit(prev, next)) {
      a = prev;
      b = next;
    }
    // English: "A … N times (as much as | larger than | the | that of) B", "A, N% of B".
    // (Not a multiplying verb: "from 100,000 GPUs, doubling it to 200,000" is a from-to, read by fromTo.)
    // ("$17 billion, again double the $8.5 billion": double as a predeterminer after a comma or a copula, not a verb.)
    if (!a && next && prev && sameUnit(prev, next) && !(isRatio && MULTIPLY_VERB.test(r.text) && !doubleThe(ctx, prev, r, next))) {
      const gap = t(ctx, r.offset + r.length, next.offset);
      const lead = t(ctx, prev.offset + prev.length, r.offset);
      // (A possessive's noun phrase may run longer: "more than triple ERCOT's current official peakload of".)
      const okGap = isRatio
        ? /^\s*(?:as\s+(?:much|large|big|many|high|great)\s+as|(?:larger|bigger|higher|greater|more)\s+than|the(?:\s+size\s+of)?|that\s+of|of)?\s*(?:the\s+|its\s+|their\s+)?(?:[\w'’ -]{0,30}?|[A-Z][\w&.-]*['’]s\s[\w -]{0,30}?)$/i.test(gap) && /\b(?:is|was|are|were|be|been|or|about|roughly|nearly)\s*$|[,，—–]\s*$|[,，—–]\s*(?:again|also)\s*$/i.test(lead + ' ') && !/[;；。]/.test(lead)
        : /^\s*of\s+(?:the\s+|its\s+)?[\w'’ -]{0,30}?(?:\s*[(（][A-Za-z]{1,6}[)）]\s*(?:of\s*)?)?$/i.test(gap) && /\b(?:is|was|are|were|represents?|or|about|roughly|nearly|around|approximately|almost)\s*$|[,，]\s*$/i.test(lead);
      // ("603MW, or about 47% of the declared maximum demand (MD) of 1,276MW": the whole's acronym in brackets between.)
      // "fines from €35 million or 7% of global turnover to €7.5 million": the gap ends in a joiner, so the next
      // amount is another side, not the whole the share is of.
      // ("raised $1.4bn, more than tripling its valuation to over $10bn": the multiple reaches a new level after
      // "to", from an old one it does not name.)
      // (What A is, maybe when (a time reads as T), between A and the ratio: "$39.2 billion in capital expenditures, or
      // about 7% of"; "$144 billion in cloud infrastructure revenue by 2030 is more than ten times the $18 billion".)
      const longLead = g(ctx, list, prev.offset + prev.length, r.offset);
      const leadOk = (lead.length < 40 && SHORT_LEAD.test(lead)) || (longLead.length < 64 && LEAD_THEN_OR_ABOUT.test(longLead)) || (isRatio && longLead.length < 60 && LONG_LEAD_TO_MULTIPLE.test(longLead));
      if (okGap && leadOk && gap.replace(/\s*[(（][A-Za-z]{1,6}[)）]/, '').length < 40 && !/\b(?:to|and|or|through|versus|vs\.?)(?:\s+(?:over|about|more than|nearly|roughly|some|almost|around|just over))?\s*$/i.test(gap)) {
        a = prev;
        b = next;
      }
    }
    if (!a || !b || a.unit !== b.unit) continue;
    // "density in 2nm technology is 1.15 times higher than 3nm": process nodes name the technologies compared,
    // they are not the quantities.
    if (a.kind === 'length' && b.kind === 'length' && (a.value ?? 1) < 1e-6 && (b.value ?? 1) < 1e-6) continue;
    const ia = figureRange(a);
    const ib = figureRange(b);
    if (!bounded(ia) || !bounded(ib) || ib[0] <= 0) continue;
    const actual = div(ia, ib);
    const stated = isPct ? ([ratioIv(r)[0] / 100, ratioIv(r)[1] / 100] as Iv) : ratioIv(r);
    if (overlap(actual, stated)) continue;
    const x = (a.value ?? (ia[0] + ia[1]) / 2) / (b.value ?? (ib[0] + ib[1]) / 2);
    const xs = isPct ? `${Math.round(x * 1000) / 10}%` : fmtRatio(x, ctx.lang);
    push(ctx, out, done, r, [a, b],
      `算不上：${a.text}是${b.text}的约${xs}，而非“${r.text}”。`,
      `Does not compute: ${a.text} is about ${xs} of ${b.text}, not "${r.text}".`,
      isPct ? x * 100 : x);
  }
}

// Gaps are read with time figures replaced by "T" ("从2023年的30亿美元增至2025年的60亿美元").
// ("由去年同期的265亿元增至334亿元": a relative time in words between too.)
// ("注册资本由约2128万人民币增至": a hedge before the old level.)
const FROM_ZH = /[从由]\s*(?:T\s*(?:同期)?\s*的?)?\s*(?:(?:去年|上年|前年|上季度?|上月|上一季度?)(?:同期)?\s*的?)?\s*(?:约|約|近|逾|超过|超過)?\s*$/;
const TO_ZH = /^\s*(?:[^\d，,。；]{0,8}?)(?:增至|增长至|增长到|增加到|增加至|提高到|提高至|升至|上升至|上升到|跃升至|扩大到|扩大至|降至|下降至|下降到|减少到|减少至|到|至)\s*(?:T\s*的?)?\s*$/;
// ("from about 415 terawatt-hours in 2024 to around 945": hedges of the levels between.)
const EN_LEVEL_HEDGE = String.raw`(?:(?:about|around|roughly|nearly|some|approximately|almost|just\s+over|over|more\s+than|less\s+than|under)\s+)?`;
/** Before the low end of a range written as "from … to …": ranging from, varies from. */
const RANGING_FROM = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+(?:about\s+|around\s+|roughly\s+)?$/i;
const FROM_EN = new RegExp(String.raw`\bfrom(?:\s+an?\s+average\s+of)?\s+${EN_LEVEL_HEDGE}$|\bfrom$`, 'i');
// ("from $6.9 million for the three months ended August 31, 2022, to $36.3 million": a filing's reporting period.)
// ("from roughly 230 MW at the start of the year to over 2 GW": at before a time too.)
// ("from about 62 TWh today to more than 150 TWh": a word of now after the old level.)
// ("for the quarter ending in September": a period named by its end.)
// ("to 111,000 tonnes in the quarter, up from": the period named by its word alone, as filings and wires do.)
// ("to Rs11.90 crore in the July-September quarter of the current fiscal from": the months named, and the fiscal year.)
const PERIOD_NAMED_EN = String.raw`(?:in|for|during)\s+the\s+(?:T\s+)?(?:(?:first|second|third|fourth|latest|last|current|reporting|fiscal|financial)\s+)?(?:quarter|half|period|year|month|fiscal\s+year|financial\s+year)\b(?:\s+of\s+the\s+(?:current|previous|last|this)\s+(?:fiscal|financial)(?:\s+year)?)?`;
const TIME_EN = /(?:(?:in|for|during|at|as\s+of)\s+(?:(?:its|the|their)\s+)?(?:fiscal\s+|FY\s*)?T(?:\s+(?:ended|ending)\s+T,?)?|for\s+the\s+(?:quarter|period|half|year|month|three\s+months|six\s+months|nine\s+months)\s+(?:ended|ending)\s+(?:in\s+)?T,?|last\s+year|a\s+year\s+(?:earlier|ago)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+(?:year|quarter)|today|now|currently|at\s+present|T)/.source.slice(0, -1) + `|${PERIOD_NAMED_EN})`;
// ("from about 62 gigawatt-hours (GWh) today to": the unit's symbol in brackets after the old level.)
// (" per megawatt-day for T, to ": the first level's unit of rate and its period, the second level written bare.)
const TO_EN = new RegExp(`^\\s*(?:\\([A-Za-z]{1,5}\\)\\s*)?(?:(?:per|a)\\s+[a-z][\\w-]*\\s+)?(?:${TIME_EN},?\\s+)?to(?:\\s+(?:total|reach|hit))?\\s*(?:\\s${EN_LEVEL_HEDGE})?$`, 'i');
// "jumped to $523 billion from $138 billion a year earlier".
// ("a 14% rise … to an average of 308 petabytes post-lockdown from an average of 270 petabytes": levels as averages.)
const AVERAGE_OF = String.raw`(?:\s+an?\s+average\s+of)?`;
/** "doubled to a record $3.66 billion", "rose to an all-time high of": the new level called a record. */
const RECORD_EN = String.raw`(?:\s+(?:a\s+)?(?:new\s+)?(?:record(?:\s+high)?|all[- ]time\s+high|(?:quarterly|annual)\s+record)(?:\s+of)?)?`;
// ("almost doubled in 2025, to around 100 gigawatts from 55 GW": a hedge between "to" and the level.)
const TO_EN_PRE = new RegExp(String.raw`\bto(?:\s+(?:total|reach|hit))?${RECORD_EN}${AVERAGE_OF}\s*(?:${EN_LEVEL_HEDGE})?$`, 'i');
// (A hyphenated word naming the new level's period between: "post-lockdown from", "post-merger from".)
// ("to $597.3 billion in 2023, from $491 billion in 2022": a comma after the new level's time.)
const FROM_EN_MID = new RegExp(`^\\s*,?\\s*(?:(?:by\\s+T|${TIME_EN})\\s*,?\\s+)?(?:[a-z]+-[a-z]+\\s+)?from${AVERAGE_OF}\\s*$`, 'i');
// "hit $4 trillion, up from $3 trillion": the new level, then the old one.
// ("was $206.6 million for the third quarter, compared to $175.3 million": the new level's period between, also as a
// filing's "for the six months ended December 31, 2024"; "were $45.7
// million compared to property operating costs of $40.3 million": the measure named again; not an estimate compared with.)
// (" IT in T, up from ": the kind of power a data-centre figure counts, IT load, after its unit.)
const UP_FROM_EN = new RegExp(String.raw`^\s*(?:IT\s+)?(?:(?:(?:for|in|during)\s+(?:the\s+)?T(?:\s+(?:ended|ending)\s+T)?|${PERIOD_NAMED_EN})\s*)?,?\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)(?![^$\d]*\b(?:estimates?|expectations?|expected|forecasts?|consensus|guidance|projections?|target)\b)(?:\s+[a-z]+){0,4}?(?:\s+of)?|versus|vs\.?|against)\s*$`, 'i');
/** A noun of change ("a 14% rise", "an increase"), and the words of a change on the year before. */
// ("boosted by a 52% surge in copper sales to $6.4bn from $4.2bn": the strong nouns of wire copy too.)
const CHANGE_NOUN_EN = String.raw`(?:increase|rise|jump|gain|growth|climb|decline|drop|fall|decrease|surge|leap|spike|slump|plunge|slide|dip|rebound|reduction)`;
// ("rose 6.7 percent on-year to": Singapore wires shorten it.)
/** "over the same period": the span a change is measured over, between the change and its levels. */
const SAME_PERIOD_EN = String.raw`(?:over|during|in|across)\s+(?:the|that|this)\s+(?:same\s+)?(?:period|timeframe|time\s+frame|span)`;
const YOY_EN = String.raw`(?:year[- ]over[- ]year|year[- ]on[- ]year|on[- ]year|y\/y|yoy)`;
const YOY_EN_RE = new RegExp(YOY_EN, 'i');
// "rose 20% year over year to $130 million from $100 million": the change before "to" of a reversed pair.
// ("a 14% rise in the daily data consumption to an average of 308 petabytes": the change's noun and what rose between;
// "an 8.4% increase in their net property income, to $123.8m from $114.2m": a possessive and a comma too.)
// ("Gross revenue grew 38.8% in 2Q to $34.5 million, from $24.9 million a year ago": the period of the change between;
// "forecast to grow 20.4% to total $675.4 billion in 2024, up from $561 billion": to total, to reach.)
const CHANGE_BEFORE_TO_EN = new RegExp(String.raw`^\s*,?\s*(?:${CHANGE_NOUN_EN}\s+in\s+(?:(?:the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,?\s+)?(?:${YOY_EN}\s+)?(?:(?:in|for|during)\s+(?:the\s+)?T\s*,?\s+|(?:next|this|last)\s+(?:year|quarter|month)\s+)?to(?:\s+(?:total|reach|hit))?${RECORD_EN}${AVERAGE_OF}\s*(?:${EN_LEVEL_HEDGE})?$`, 'i');
/** The words after the last clause break (, ; : or a sentence's end) in `lead`. */
function clauseBefore(lead: string): string {
  const m = /[,;:.!?，。；：][^,;:.!?，。；：]*$/.exec(lead);
  return m ? m[0].slice(1) : lead;
}
/** A multiple stated by its verb ("doubled", "tripled", 翻倍): a rise whatever the words around it. */
// ("nearly double": a hedge in the ratio phrase's span before the verb.)
/** "A, double the B", "A is more than triple ERCOT's B": a bare multiple before "the" or a possessive, after a comma, a dash or a copula. */
function doubleThe(ctx: CheckContext, prev: Figure, r: Figure, next: Figure): boolean {
  return BARE_MULTIPLE.test(r.text) && /^\s+(?:the|[A-Z][\w&.-]*['’]s)\s/.test(t(ctx, r.offset + r.length, next.offset))
    && /(?:[,，—–]|\b(?:is|was|are|were|be|been))\s*(?:(?:again|also|nearly|almost|roughly|about|more\s+than)\s+)?$/i.test(t(ctx, prev.offset + prev.length, r.offset));
}
const BARE_MULTIPLE = /^(?:(?:nearly|almost|more\s+than|roughly|about|over|at\s+least)\s+)?(?:double|triple|quadruple|treble)$/i;
const MULTIPLY_VERB = /^(?:(?:nearly|almost|more\s+than|roughly|about|around|over|at\s+least)\s+)?(?:doubl|tripl|quadrupl|trebl|翻)/i;
// "营收达130亿元，较去年的100亿元增长20%": the new level, then the old one it is compared with.
// ("上看2000億美元，不僅比2025年的1310億美元高出逾50%": 'not only' before 比.)
// ("较预计的2021年的1552亿美元", "410億美元來看,較先前平均400億美元": an earlier estimate or average compared with;
// "220兆瓦“互联电力”,较年中100兆瓦": the level's quoted name before the comma, and a part of the year; "開盤價16.52元,較發行價13.77元":
// a price named without 的.)
// "净利润为61.88亿美元,与上年同期的6.56亿美元相比暴增643%": compared with the old level when 相比 follows it.
const COMPARED_WITH_ZH = /^\s*[，,]\s*(?:与|與|和|跟)\s*(?:T\s*的?)?\s*(?:去年|上年|前年|上季度?|上一季度?|前一季度?|前一年)?(?:同期)?\s*的?\s*$/;
const COMPARED_WITH_ZH_AFTER = /^\s*(?:相比|相較|相较|比較|比较)/;
/** "增长41%至": a verb of change between the old level and the change in a from-to. */
// ("较年初制定的9000万美元目标提升超过100%": the old level called a target or a level before the verb.)
const CHANGE_VERB_ZH = /^\s*(?:目标|目標|水平|预期|預期)?\s*(?:同比|环比|環比)?\s*(?:增长|增長|增加|上升|提升|提高|下降|减少|減少|下滑|大增|暴增|成长|成長|跃升|躍升|猛增|高出|多出)了?\s*(?:约|約|近|超过|超過)?\s*$/;
/** "营收达到52.9亿元,上年同期为40.3亿元": the old level named after the new one, by its period. */
const PRIOR_LEVEL_ZH = /^\s*[，,；;]\s*(?:T\s*)?(?:上年同期|去年同期|上年|去年|上一年|上年度|前一年|上季度?|上一季度?)\s*(?:为|為|是|达|達|仅为|僅為|只有)\s*$/;
const COMPARED_ZH = /^\s*(?:来看|來看)?\s*(?:[“"「][^”"」，,。]{1,8}[”"」])?\s*[，,]\s*(?:不仅|不只|不但)?\s*(?:较|比|相较于?|相比)\s*(?:(?:预计|預計|先前|此前|之前|原先|原本)(?:的)?\s*)?(?:T\s*的?)?\s*(?:去年|上年|前年|上季度?|上月|上一季度?|前一季度?|前一年|前一个?月|前一個?月|年中|年初|年末|年底|上半年)?(?:同期)?\s*(?:(?:制定|设定|設定|定下|提出|公布)的?\s*)?(?:平均)?\s*的?\s*(?:[^\d，,。；;（()）]{1,12}[（(]|[^，,。；;（()）的]{1,10}的|[^\d，,。；;（()）的]{0,4}(?:价|價)(?:格)?)?\s*$/;
// "rose 20% from $100 million to $130 million", "a 50% jump from …": the change stated before the old level.
// ("grew 81% year-over-year from $21.9 billion to $25.8 billion": the comparison's words between; "grew by 73.5%, from": a comma.)
// ("grew 15 per cent year on year, from US$13.8": a comma after the period compared too.)
// ("build 81% more capacity, up from an average of 14MW in 2023 to 22.5MW": more of a noun, then up from; "could increase
// nearly fivefold, rising from 164 MW to 792 MW": a participle of the change.)
/** "more than tripling the site’s existing capacity from": a multiplying verb, what it multiplies, then from. */
const VERB_OBJECT_FROM_EN = new RegExp(String.raw`^\s+(?:the|its|their|our)\s+(?:[\w’'-]+\s+){0,4}?from\s*(?:${EN_LEVEL_HEDGE})?$`, 'i');
// ("more than tripled between 2015 and 2020, rising from", "more than doubled over the past two years, from": the span the
// change took, before the participle or "from".)
const CHANGE_SPAN_EN = String.raw`(?:between\s+T\s+and\s+T|T|(?:over|in|during)\s+the\s+(?:past|last|previous|next|following)\s+(?:[a-z]+\s+|T\s+)?(?:years?|decades?|quarters?|months?))`;
const CHANGE_BEFORE_FROM_EN = new RegExp(String.raw`^\s*,?\s*(?:${CHANGE_SPAN_EN}\s*,?\s*)?(?:${CHANGE_NOUN_EN}\s+|(?:more|less|fewer|higher|lower)(?:\s+[a-z][\w-]*){0,2}\s*,?\s*(?:up|down)\s+|(?:rising|growing|climbing|increasing|jumping|surging|falling|declining|dropping|shrinking)\s+)?(?:(?:${YOY_EN}|${SAME_PERIOD_EN})\s*,?\s+)?from${AVERAGE_OF}\s*(?:${EN_LEVEL_HEDGE})?$`, 'i');
/** Between a change and the new level it reaches in Chinese: 至, 到, 达到 ("上升19.74%,至2440万令吉"). */
const CHANGE_BEFORE_TO_ZH = /^\s*[，,]?\s*(?:至|到|达到|達到|达|達)\s*$/;
// "营收增长20%，从100亿元增至130亿元".
const CHANGE_BEFORE_FROM_ZH = /^\s*[，,]?\s*[从由]\s*(?:T\s*的?)?\s*$/;
// (Also the strong verbs of wire copy: "net income soared 65%", "sales plunged 30%", "operating income expanded nearly fivefold",
// "the loss narrowed 40%".)
const UP = /增长|增加|上升|提高|提升|增幅|涨|暴增|激增|猛增|剧增|劇增|飙升|飆升|跃升|躍升|高出|多出|[季年月小微大略]增|成[长長]|growth|grew|grow|rise|rose|increase|jump|up\b|gain|climb|soar|surge|skyrocket|spike|leap|swell|rall(?:y|ied)|expand|widen|balloon|boost/i;
const DOWN = /下降|减少|減少|降低|降幅|下滑|跌|[季年月小微大略][减減降]|decline|fell|fall|drop|down\b|decrease|shrank|cut|plunge|plummet|slump|sank|sink|tumble|slid|narrow|contract(?:ed|ing)\b|shrink/i;
/** Right after a percent: it is a compound rate ("20% CAGR", "（复合增长率）"). */
const COMPOUND_AFTER = /^\s*[（(]?\s*(?:CAGR|复合|年均|compound(?:ed)?\s+annual|annuali[sz]ed)/i;
/** Before a later figure: what it is compared with ("比去年同期1兆8545.69億元"), or a cause ("主因…5%至10%"). */
const OTHER_BASIS_BEFORE = /(?:比|较|較|相较于?|相比|\bthan)\s*(?:T\s*的?)?\s*(?:去年|上年|前年|上季度?|上月)?(?:同期)?\s*的?\s*$/i;
/** 和/及/与 and a time's 的 before a same-unit level: another level compared with (和2024年同期的358MW). */
const ANOTHER_BASIS_BEFORE = /(?:和|及|与|與|以及)\s*(?:T\s*)?(?:同期)?\s*的\s*$/;
/** Right before a change: another one beyond the levels' ("another 6%", "a further 10%", "再增长"). */
const FURTHER_CHANGE_BEFORE = /\b(?:another|further|additional)\s+(?:(?:about|around|roughly|nearly|some)\s+)?$|(?:再|进一步|進一步)(?:增长|增長|增加|上升|提升)?\s*$/i;
/** Right before a change, a participle that restates it: ", reflecting a ", ", representing an ". */
const RESTATING_BEFORE = /^[^.;]*?,\s*(?:reflecting|representing|marking)\s+(?:an?\s+)?(?:(?:about|around|roughly|nearly|some)\s+)?$/i;
/** A share of a whole: "one-fifth of the total", "accounting for 20%", "占比30%". */
const SHARE_OF_AFTER = /^\s*of\s+(?:the|all|its|their|total|global|u\.s\.)\b/i;
const SHARE_BEFORE = /\b(?:accounting for|accounts for|accounted for|makes? up|made up|share of)\b[^,.;]*$|[占佔]比?[^，。；]*$/i;
// ("fell from $68.1 million to $57.4 million attributable to a 55% drop in Bitcoin mined"; "上调至890亿美元,尽管…资本支出增加了约150亿美元":
// a cause or a contrast between the levels and a later figure parts them.)
const CAUSE_BETWEEN = /主因|主要因|因为|因為|由于|由於|尽管|儘管|\b(?:because|due to|as a result of|driven by|boosted by|helped by|lifted by|supported by|fuelled by|fueled by|attributable to|owing to|thanks to|on the back of|reflecting|despite|although|even as|aided by|assisted by|partly offset by|offset by)\b/i;

/** A price per share right after an amount's restatement: " per diluted share", " a share". */
const PER_SHARE_AFTER = /^\s*(?:per|a)\s+(?:diluted\s+|basic\s+)?share\b/i;

/** ", and Adani Enterprises targets ", "; and Meta plans ": a clause of another capitalised actor with a verb of its own. */
const ANOTHER_ACTOR_CLAUSE = /[,;]\s*(?:and|while|whereas|but)\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?:targets?|plans?|aims?|expects?|seeks?|wants?|intends?|is|are|has|have|will|would|said|says|announced|reported)\b/;

// "从A增至B，增长了X%/N倍/C" and "from A to B, up X% / a N-fold increase / an increase of C".
function fromTo(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  for (let i = 0; i + 1 < list.length; i++) {
    let a = list[i];
    let j = i + 1;
    while (j < list.length && timeLike(ctx, list[j])) j++;
    let b = list[j];
    // "to $31.91 billion, or $1.30 per diluted share, up from $13.91 billion": a per-share restatement between the levels.
    let midFrom = a.offset + a.length;
    if (b && a.kind === 'money' && b.kind === 'money' && /^\s*,?\s*or\s*$/i.test(t(ctx, a.offset + a.length, b.offset))) {
      const aside = PER_SHARE_AFTER.exec(t(ctx, b.offset + b.length, b.offset + b.length + 28));
      if (aside) {
        midFrom = b.offset + b.length + aside[0].length;
        j++;
        while (j < list.length && timeLike(ctx, list[j])) j++;
        b = list[j];
      }
    }
    // "达到1.4亿美元(约10亿元人民币),较…9000万美元": the level's conversion into another currency in brackets is passed over.
    if (b && a.kind === 'money' && b.kind === 'money' && a.unit !== b.unit && CONVERSION_BETWEEN.test(t(ctx, a.offset + a.length, b.offset))) {
      const close = /^\s*[)）]/.exec(t(ctx, b.offset + b.length, b.offset + b.length + 3));
      if (close) {
        midFrom = b.offset + b.length + close[0].length;
        j++;
        while (j < list.length && timeLike(ctx, list[j])) j++;
        b = list[j];
      }
    }
    // "营收由上年的40.3亿元增长41%至52.9亿元": the change between the old level and 至 before the new one.
    // ("营业利润率从5.2%翻倍至10.4%": a multiple of a share too; a percent of a share would be ambiguous, points or relative.)
    const shareMultiple = !!b && a.kind === 'percent' && b.kind === 'ratio' && MULTIPLY_VERB.test(b.text) && /^\s*$/.test(g(ctx, list, a.offset + a.length, b.offset));
    if (b && (b.kind === 'percent' || b.kind === 'ratio') && (QUANTITY.has(a.kind) || shareMultiple) && !done.has(b) && FROM_ZH.test(g(ctx, list, Math.max(0, a.offset - 24), a.offset)) && (shareMultiple || CHANGE_VERB_ZH.test(g(ctx, list, a.offset + a.length, b.offset)))) {
      let k = j + 1;
      while (k < list.length && timeLike(ctx, list[k])) k++;
      const level = list[k];
      // ("由2023年的586.7万片增加36.7%至2024年的802.1万片": the new level's year and 的 after 至.)
      // ("由上年的586.7万片增加36.7%至本年的802.1万片": the new level's year named relatively.)
      if (level && (sameUnit(a, level) || (shareMultiple && level.unit === 'percent')) && /^\s*(?:至|到)\s*(?:(?:T|本年|今年|本季度?|本期)\s*的?)?\s*$/.test(g(ctx, list, b.offset + b.length, level.offset))) {
        const ia = figureRange(a);
        const ib = figureRange(level);
        // (A multiplying verb glued to the share says the direction itself: 翻倍 is up.)
        const cue = shareMultiple ? 'up' : g(ctx, list, a.offset + a.length, b.offset);
        if (seriesLevels(ia, ib) && UP.test(cue) !== DOWN.test(cue)) statedChange(ctx, list, out, done, a, level, b, cue, ia, ib);
        i = k - 1;
        continue;
      }
    }
    // ("its share … to triple to 21% by 2027 from 9% in 2022": two shares and a multiple of one before them.)
    // (A span of years between: "more than doubled between 2015 and 2020, rising from 5% to 11%".)
    let multipleAt = i - 1;
    while (multipleAt > 0 && multipleAt > i - 3 && timeLike(ctx, list[multipleAt])) multipleAt--;
    const shares = multipleAt >= 0 && list[multipleAt].kind === 'ratio' && MULTIPLY_VERB.test(list[multipleAt].text) && !!b && a.unit === 'percent' && b.unit === 'percent';
    if (!b || !(sameUnit(a, b) || shares)) continue;
    const pre = g(ctx, list, Math.max(0, a.offset - 24), a.offset);
    // ("a net profit ranging from RMB 286 million ($39.78 million) to RMB 382 million": the two ends of a range, no change.)
    if (RANGING_FROM.test(pre)) continue;
    const mid = g(ctx, list, midFrom, b.offset);
    const reversed = (TO_EN_PRE.test(pre) && FROM_EN_MID.test(mid)) || UP_FROM_EN.test(mid) || COMPARED_ZH.test(mid) || (COMPARED_WITH_ZH.test(mid) && COMPARED_WITH_ZH_AFTER.test(t(ctx, b.offset + b.length, b.offset + b.length + 4))) || PRIOR_LEVEL_ZH.test(mid);
    if (!((FROM_ZH.test(pre) && TO_ZH.test(mid)) || (FROM_EN.test(pre) && TO_EN.test(mid)) || reversed)) continue;
    const bIndex = j;
    // (A time between the change and the level is passed over: "grew 38.8% in 2Q to $34.5 million, from".)
    let priorIndex = i - 1;
    // (And the span the change took: "more than quadrupled over the past two years, from".)
    while (priorIndex > i - 3 && priorIndex >= 0 && (timeLike(ctx, list[priorIndex]) || (list[priorIndex].kind === 'duration' && /\b(?:past|last|previous|next|following)\s+$/i.test(t(ctx, Math.max(0, list[priorIndex].offset - 12), list[priorIndex].offset))))) priorIndex--;
    if (priorIndex < 0 || !(list[priorIndex].kind === 'percent' || list[priorIndex].kind === 'ratio')) priorIndex = i - 1;
    const prior = priorIndex >= 0 ? list[priorIndex] : undefined;
    // (The amount a prior percent may restate: "increased by $29.4 million, or 245%, from".)
    const restated = priorIndex > 0 ? list[priorIndex - 1] : undefined;
    if (reversed) [a, b] = [b, a];
    i = Math.max(i, bIndex - 1);
    const after = list.slice(bIndex + 1).filter((f) => !timeLike(ctx, f));
    const ia = figureRange(reportedLevel(ctx, a));
    const ib = figureRange(reportedLevel(ctx, b));
    // ("from 900 MW to 2.5+ GW by 2030—a 78% increase": a new level with an open top bounds the change from below.)
    const openTop = ib[1] === Infinity && ib[0] > 0 && (b.qualifier === 'more-than' || b.qualifier === 'at-least');
    if (!seriesLevels(ia, openTop ? [ib[0], ib[0]] : ib)) continue;
    // "rose 20% from $100 million to $130 million": a percent or multiple right before "from", after a change word.
    const priorGap = prior ? g(ctx, list, prior.offset + prior.length, reversed ? b.offset : a.offset) : '';
    // ("净利按年上升19.74%,至2440万令吉,上年同期为2038万令吉": the change, then 至 the new level, then the old one.)
    // (Only a percent, with the old level named by its period: "增長超過四倍，達到5230億美元，較9月份公布的4550億美元增長14.94%"
    // compares with another time than the multiple before it.)
    const priorStates = reversed ? (CHANGE_BEFORE_TO_EN.test(priorGap) && TO_EN_PRE.test(pre)) || (!!prior && prior.kind === 'percent' && CHANGE_BEFORE_TO_ZH.test(priorGap) && PRIOR_LEVEL_ZH.test(mid)) : CHANGE_BEFORE_FROM_EN.test(priorGap) || CHANGE_BEFORE_FROM_ZH.test(priorGap) || (!!prior && prior.kind === 'ratio' && MULTIPLY_VERB.test(prior.text) && VERB_OBJECT_FROM_EN.test(priorGap));
    if (prior && (prior.kind === 'percent' || prior.kind === 'ratio') && priorStates) {
      let cue = (prior.kind === 'ratio' && MULTIPLY_VERB.test(prior.text) ? 'up ' : '') + t(ctx, Math.max(0, prior.offset - 14), prior.offset) + priorGap;
      // "increased by $29.4 million, or 245%, from $6.9 million": the verb is before the amount the percent restates.
      if (UP.test(cue) === DOWN.test(cue) && restated && sameUnit(restated, a) && /^\s*,\s*or\s*$/.test(t(ctx, restated.offset + restated.length, prior.offset))) cue = t(ctx, Math.max(0, restated.offset - 20), restated.offset) + cue;
      // ("increased its spodumene concentrate shipments by 18.08% to": the verb before what changed, back to the clause's start.)
      if (UP.test(cue) === DOWN.test(cue) && /\bby\s*$/.test(t(ctx, Math.max(0, prior.offset - 4), prior.offset))) cue = clauseBefore(t(ctx, Math.max(0, prior.offset - 64), prior.offset)) + priorGap;
      if (UP.test(cue) !== DOWN.test(cue)) {
        const before = out.length;
        statedChange(ctx, list, out, done, a, b, prior, cue, ia, ib);
        // ("nearly double from $199.6 billion to $398.3 billion—a 69.5% increase": a change stated again after B is
        // checked too when the first one computes.)
        if (out.length > before) continue;
      }
    }
    // (A percent after two shares may be relative or in points: only their multiple is checked.)
    if (shares) continue;
    // The stated change: the next percent/ratio/same-unit figure in the sentence after B.
    const last = reversed ? a : b;
    for (let k = 0; k < after.length && k < 2; k++) {
      const c = after[k];
      const lead = t(ctx, Math.max(last.offset + last.length, c.offset - 14), c.offset);
      // ("registering a 5 per cent annual increase": an adjective between the figure and the change word.)
      const trail10 = t(ctx, c.offset + c.length, c.offset + c.length + 10);
      // (Not past a year-on-year: "revised upward from … to …, representing a 10.0% year-on-year increase" compares another base.)
      const trail24 = UP.test(trail10) || DOWN.test(trail10) ? undefined : t(ctx, c.offset + c.length, c.offset + c.length + 24).split(/[,.;，。；]/)[0];
      const trail = trail24 === undefined || YOY_EN_RE.test(trail24) ? trail10 : trail24;
      // ("an increase exceeding 75%", "an increase of more than 75%": the hedge between the change word and the figure.)
      const cue = (c.qualifier === 'more-than' || c.qualifier === 'at-least' || c.qualifier === 'nearly' || c.qualifier === 'about' ? t(ctx, Math.max(last.offset + last.length, c.offset - 30), c.offset) : lead) + trail;
      // "…8吋晶圓價格具備5%至10%的調漲空間" after "主因": a cause's figure, not the change from A to B.
      // ("rose from $7.7 million per MW in 2020 to $10.7 million in 2025, and are forecast to climb another 6% in 2026": a
      // further change after B, not the change from A to B.)
      if (FURTHER_CHANGE_BEFORE.test(lead)) break;
      // ("…, reflecting a 5 percent annual rise": reflecting right before the change restates it; no cause.)
      const toChange = t(ctx, last.offset + last.length, c.offset);
      if (CAUSE_BETWEEN.test(toChange) && !RESTATING_BEFORE.test(toChange)) break;
      // "、比去年同期1兆8545.69億元增加11%": a level of its own compared with, not the change.
      if (sameUnit(c, a) && OTHER_BASIS_BEFORE.test(g(ctx, list, Math.max(last.offset + last.length, c.offset - 16), c.offset))) break;
      // "较2025年6月30日的674MW和2024年同期的358MW显著增长": a second level compared with, joined by 和, not the change.
      if (sameUnit(c, a) && ANOTHER_BASIS_BEFORE.test(g(ctx, list, Math.max(last.offset + last.length, c.offset - 16), c.offset))) break;
      // "from 319 TWh in 2024 to 450 TWh in 2035, with power demand from data centres expected to triple": a change
      // after "with"/"while" and a part of the whole ("demand from data centres") is that part's.
      // ("grew from about 1.2 million to 2.5 million, while overall STEM employment grew at less than half that pace":
      // after "while" or "whereas" with a verb of its own, another series.)
      const between = t(ctx, last.offset + last.length, c.offset);
      if (/(?:,\s*with|\bwhile|\bwhereas)\b[^.;]*?\b(?:from|for|of|by)\s+(?:the\s+)?[a-z]/i.test(between) || /\b(?:while|whereas)\b[^.;]*?\b(?:grew|rose|fell|increased|decreased|declined|climbed|jumped|dropped|expanded|narrowed|widened|shrank|contracted|slipped|dipped|edged|eased|improved|soared|surged|slumped|tumbled|plunged|was|were|is|are|has|have)\b/i.test(between)) break;
      // ("to expand from 32 MW to 150 MW capacity across three facilities, and Adani Enterprises targets 1 GW": a clause of
      // another named actor after ", and" is its own figure.)
      if (ANOTHER_ACTOR_CLAUSE.test(between)) break;
      // "从第二季度的99.125万片增至第三季度的102.275万片,这意味着在一年时间内增加了约13.85万片": a change over a
      // window of a year of its own, not the change from A to B.
      if (YEAR_WINDOW_BETWEEN.test(t(ctx, last.offset + last.length, c.offset))) break;
      // "从2024年的0.6吉瓦跃升至2025年的1.9吉瓦,两年间增长近9.5倍": a change over a window of years other than the
      // one between the two levels' years is from another base.
      if ((c.kind === 'ratio' || c.kind === 'percent') && otherWindow(ctx, list, a, b, c)) break;
      // "a ten-for-one stock split": a split's ratio is no change of a price.
      if (c.kind === 'ratio' && /-for-/i.test(c.text)) break;
      // "a net loss of $1.46 billion in Q3, up from $1 billion … and more than 13 times its quarterly revenue": N times
      // another quantity named after it is a comparison with that, not the change from A to B.
      if (c.kind === 'ratio' && /times$/i.test(c.text) && /^\s+(?:its|their|the|his|her|our|that|those)\s/i.test(trail)) break;
      // "從200萬度增至11900萬度,達到去年認購量27倍": a multiple of another period's amount, not of A.
      if (c.kind === 'ratio' && OTHER_PERIOD_BASE.test(lead)) break;
      // "本益比將上看33倍", "对应16.0倍FY26目标市盈率": a valuation multiple, not the change of the price.
      if (c.kind === 'ratio' && VALUATION_MULTIPLE.test(lead + '|' + trail)) break;
      // "从7萬人增加至10萬人，合作夥伴人數從4,500人增加至1萬人": a figure after 从/from starts another series' change.
      // (With its year between: "比例从2020年3.5%提高到5.8%".)
      // (A hedge between: "从约370亿降至320亿".)
      // (And with the period compared between: "成本从上年同期的1,180万美元增长至…".)
      if (/(?:从|從|由|\bfrom)\s*(?:上年同期|去年同期|上年|去年|上季度|上一季度|前一年|the\s+(?:same\s+)?(?:period|quarter)\s+a\s+year\s+(?:earlier|ago))?\s*(?:约|約|近|超过|超過|逾|about|around|roughly|nearly)?\s*(?:T\s*)?的?\s*$/i.test(g(ctx, list, Math.max(last.offset + last.length, c.offset - 14), c.offset))) break;
      // "…to $1.8 trillion from $1.725 trillion, with technology accounting for roughly one-fifth of the total":
      // a share of a whole, not the change from A to B.
      if ((c.kind === 'ratio' || c.kind === 'percent') && (SHARE_OF_AFTER.test(trail) || SHARE_BEFORE.test(lead))) break;
      // "复合增长率", "CAGR": growth per year compounded, not the change from A to B.
      const leadIn = t(ctx, Math.max(last.offset + last.length, c.offset - 40), c.offset);
      if (COMPOUND.test(lead) || COMPOUND_AFTER.test(trail) || COMPOUND.test(leadIn)) {
        const wide = leadIn + trail;
        if (c.kind === 'percent') compoundRate(ctx, list, out, done, a, b, c, ia, ib, plainAverage(wide));
        break;
      }
      // "rose to $6.6 billion from $2.2 billion, while backlog nearly doubled to over $460 billion": a
      // change with a level of its own after it is another series' change.
      const own = after[k + 1];
      // ("from $1.3 billion in 2019 to $11.3 billion in 2024 before falling 25% to $8.5 billion": a percent too.)
      if ((c.kind === 'ratio' || c.kind === 'percent') && own && sameUnit(own, a) && /^\s*(?:to|至|到)\s/i.test(t(ctx, c.offset + c.length, own.offset) + ' ')) break;
      // "reduced the I/O die from four to two tiles, has enabled AMD to double the bus width": a fall is never
      // a multiple above one, so the multiple is about something else.
      if (c.kind === 'ratio' && (c.value ?? 0) > 1 && figureRange(b)[1] < figureRange(a)[0]) break;
      const up = UP.test(cue);
      const down = DOWN.test(cue);
      // "…增加到9万片，到明年进一步提升至14万-15万片，是…的14-15倍": a third level of the same series;
      // what follows it is about that level, not the change from A to B.
      if (up === down && c.kind !== 'ratio' && sameUnit(c, a)) break;
      if (up === down && c.kind !== 'ratio') continue;
      // "climbed from 58 TWh in 2014 to 176 TWh in 2023 and estimates an increase between 325 to 580 TWh by
      // 2028": an amount in the unit with a time of its own after it is a later level, not the change.
      // "…再增加至五.二萬片", "then rose to 5.2 GW": an amount the series rises to is a later level, not the change.
      if (sameUnit(c, a) && /(?:至|到|达到|達到|\bto)\s*$/i.test(t(ctx, Math.max(last.offset + last.length, c.offset - 6), c.offset))) break;
      // So is one after a time of its own past B ("预计增加到2028年的325至580太瓦时").
      if (sameUnit(c, a) && list.some((f) => TIME.has(f.kind) && ((f.offset >= c.offset + c.length && OWN_TIME_GAP.test(ctx.masked.slice(c.offset + c.length, f.offset))) || (f.offset > last.offset && f.offset + f.length <= c.offset && /^\s*的?\s*$/.test(ctx.masked.slice(f.offset + f.length, c.offset)))))) break;
      // "…from 485 TWh in 2025 to 950 TWh by 2030, with AI workloads tripling in that span": a change after "with"
      // and a subject of its own is that subject's.
      if (WITH_OWN_SUBJECT.test(t(ctx, Math.max(last.offset + last.length, c.offset - 60), c.offset))) break;
      // "周转率从2.42次降至1.88次,需警惕800G价格年降18%": a later clause that names a measure of its own (价格), not
      // the one the levels are of, before its change.
      const ownMeasure = ZH_CLAUSE_MEASURE.exec(t(ctx, last.offset + last.length, c.offset));
      if (ownMeasure && !t(ctx, Math.max(0, a.offset - 24), a.offset).includes(ownMeasure[1])) break;
      // ("较去年的1267亿美元增加285亿美元,同比增长22.5%": an amount, then the same change as a percent: both are read.)
      const stated = statedChange(ctx, list, out, done, a, b, c, cue, ia, ib);
      if (stated === 'next' || (sameUnit(c, a) && after[k + 1] && (after[k + 1].kind === 'percent' || after[k + 1].kind === 'ratio') && /^\s*[，,]/.test(t(ctx, c.offset + c.length, after[k + 1].offset)))) continue;
      break;
    }
  }
}

/**
 * A level reported as reaching a height (营收高达X亿元, 多达X): the figure reads it as a ceiling, but set against an earlier
 * level it is what was reached, its value.
 */
function reportedLevel(ctx: CheckContext, f: Figure): Figure {
  if (f.qualifier !== 'up-to' || f.value == null || !/(?:高达|高達|多达|多達)\s*$/.test(t(ctx, Math.max(0, f.offset - 4), f.offset))) return f;
  return { ...f, qualifier: 'exact', low: null, high: null };
}

/**
 * Whether two levels can be one series' old (a) and new (b) level: both bounded, the old one above zero, and not ten
 * thousand times apart ("每股收益为1.79仙，较去年同期的530万令吉或0.67仙": a profit and a payout per share in one currency).
 */
/** Between a second change and its old level: "increase from ", "decline compared with ". */
const CHANGE_FROM_AFTER = /^\s*(?:increase|rise|jump|gain|growth|decline|decrease|drop|fall)\s+(?:from|over|compared\s+(?:with|to))\s+$/i;
/** Before a second change of the same level: " and a ", ", and an ". */
const AND_ANOTHER_BEFORE = /^[^.;]{0,40}?(?:,\s*)?\band\s+(?:an?\s+)?$/i;

/**
 * "Net revenue for Q4 2025 was NT$1,046.09 billion, a 5.7% increase from NT$989.92 billion in Q3 2025 and a 50.2% increase
 * from NT$868.46 billion in Q4 2024": a second change of the same new level, from another old one after "and"; fromTo reads
 * the first pair only. The new level is the first amount of the old level's unit in the sentence, stated before the first change.
 */
function secondChangeFrom(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  for (let k = 2; k + 1 < list.length; k++) {
    const change = list[k];
    const old = list[k + 1];
    if ((change.kind !== 'percent' && change.kind !== 'ratio') || done.has(change) || !QUANTITY.has(old.kind)) continue;
    const after = t(ctx, change.offset + change.length, old.offset);
    if (!CHANGE_FROM_AFTER.test(after) || !AND_ANOTHER_BEFORE.test(t(ctx, list[k - 1].offset + list[k - 1].length, change.offset))) continue;
    // The first change and its own old level before: "…, a 5.7% increase from NT$989.92 billion in Q3 2025".
    const firstChange = list.findIndex((f, j) => j < k - 1 && (f.kind === 'percent' || f.kind === 'ratio') && CHANGE_FROM_AFTER.test(t(ctx, f.offset + f.length, list[j + 1].offset)));
    if (firstChange < 1) continue;
    const level = list.slice(0, firstChange).find((f) => sameUnit(f, old));
    if (!level || level.qualifier === 'range') continue;
    const ia = figureRange(old);
    const ib = figureRange(level);
    if (!seriesLevels(ia, ib)) continue;
    statedChange(ctx, list, out, done, old, level, change, after, ia, ib);
  }
}

function seriesLevels(ia: Iv, ib: Iv): boolean {
  return bounded(ia) && bounded(ib) && ia[0] > 0 && ib[1] / ia[0] <= 1e4 && ia[1] / Math.max(ib[0], Number.MIN_VALUE) <= 1e4;
}

/** Between a new level and the change after it: ", up ", ", a ", ", an increase of ", ", which was down ". */
// ("7.4 Gigawatts of power in 2023, a 55% increase": the level's noun and its year before the comma.)
// ("66,504 megawatts (MW), about a 45% increase": the unit's symbol in brackets, and a hedge on the change.)
// ("a net profit of ₹27 crore for the first quarter ended June 30, 2022, an 18 per cent decline": the period and its end between.)
// (", a year-on-year increase of 17.7% from": the change's period between the article and the change word.)
// ("The new $14 billion valuation represents a 56% increase from its $9 billion valuation": the measure and a verb of being.)
// ("began trading at 650 yuan amid a declining market, a 368 per cent jump from": an "amid" aside before the comma.)
const NEW_LEVEL_TO_CHANGE = new RegExp(`^\\s*(?:\\([A-Za-z]{1,5}\\)\\s*)?(?:of\\s+(?:power|electricity|energy|capacity|revenue|sales)\\s+|(?:valuation|revenue|sales|capex|investment)(?:\\s+|(?=,)))?(?:(?:by\\s+T|${TIME_EN})\\s*)?(?:amid\\s+[^,;.]{1,40}?)?,?\\s*(?:(?:which\\s+(?:was|is|represents|marks)|was|is|represents|represented|representing|marks|marked|marking)\\s+)?(?:(?:about|around|roughly|nearly|approximately|some)\\s+)?(?:(?:up|down)(?:\\s+by)?|an?\\s+(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|sequential|quarter[- ]on[- ]quarter)\\s+)?(?:increase|rise|jump|gain|growth|decline|drop|fall|decrease)\\s+of|(?:increased|rose|grew|jumped|climbed|fell|declined|dropped|decreased)(?:\\s+by)?|an?(?:\\s+(?:substantial|significant|sharp|steep|modest|slight|massive|hefty|whopping|staggering|robust|strong|solid|healthy|remarkable|dramatic|marked|notable))?)(?:\\s+(?:over|more\\s+than|nearly|almost|about|roughly|around|some))?\\s*$`, 'i');
/** Between the change and the old level: " increase from ", " from ", " year over year from the ", " decline when compared with ". */
/** " during the corresponding quarter (", " more over the same quarter last year (": the old level in brackets after its period. */
const CHANGE_TO_BRACKETED_OLD_LEVEL = /^\s*(?:(?:increase|rise|jump|gain|growth|decline|drop|fall|decrease|more|less|higher|lower)\s+)?(?:during|in|over|for|than|from|compared\s+(?:to|with)|versus)\s+(?:the\s+)?(?:corresponding|same|year[- ]ago|prior[- ]year|previous)\s+(?:quarter|period|month|year)(?:\s+(?:of\s+)?(?:the\s+)?(?:last|previous|prior|a)\s+year)?\s*[(（]\s*$/i;
/** " the T level of roughly ": the old level after a multiplying verb ("nearly double the 2022 level of roughly 260 TWh"). */
const VERB_TO_OLD_LEVEL = /^\s*(?:the|its|their)\s+(?:T\s+)?(?:level|figure|total|amount)\s+(?:of\s+)?(?:(?:about|around|roughly|approximately|nearly|some)\s+)?$/i;
// (" increase from the actual expenditure of ": the old level named by what it was, then "of"; " increase compared to the
// full-year 2024 figure of ": by its year.)
const CHANGE_TO_OLD_LEVEL = /^\s*(?:(?:increase|rise|jump|gain|growth|decline|drop|fall|decrease)\s+)?(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|y\/y|yoy|sequentially)\s+)?(?:from|versus|vs\.?|(?:when\s+)?compared\s+(?:to|with))\s+(?:(?:the|its|their)\s+)?(?:(?:actual|reported|previous|prior|year-earlier|year-ago|(?:full[- ]year\s+)?T)\s+(?:[a-z]+\s+){0,2}?(?:expenditures?|spending|capex|revenues?|sales|income|profits?|investments?|capacity|output|figure|total|level)\s+of\s+|(?:IPO|initial\s+public\s+offering(?:\s*\(IPO\))?|offer(?:ing)?|listing)\s+price\s+of\s+)?(?:(?:about|around|roughly|approximately|nearly)\s+)?$/i;
/** "doubling", "tripled": a multiple written as its verb. */
const MULTIPLYING_VERB = /^(?:doubl|tripl|quadrupl|trebl)/i;
/** Between a new level and a multiplying verb: ", ", " by 2030, ", " in 2025, ". */
const NEW_LEVEL_TO_VERB = /^\s*(?:(?:in|by|for)\s+T\s*)?,\s*$/i;

/** "收入为36.549亿美元,同比增长43.6%(2024年同期为25.457亿美元)": the new level, the change, the old level in brackets. */
const NEW_LEVEL_TO_CHANGE_ZH = /^\s*[，,]\s*(?:同比|环比|環比|较上年|較上年|较去年同期|較去年同期)?\s*(?:增长|增長|增加|上升|提升|下降|减少|減少|下滑)了?\s*(?:约|約|近|超过|超過)?\s*$/;
const CHANGE_TO_OLD_LEVEL_ZH = /^\s*[（(]\s*(?:T\s*)?(?:同期|上年同期|去年同期)?\s*(?:为|為|是|：|:)?\s*$/;

/** Between an old level and a multiple it is expected to reach: " in 2024, is projected to ", " and will ". */
const OLD_LEVEL_TO_FORECAST = /^\s*(?:(?:in|by|for|as\s+of)\s+T\s*)?,?\s*(?:and\s+)?(?:(?:is|are|was|were)\s+(?:projected|expected|forecast|set|poised|likely|estimated|anticipated)\s+to|will|could|would|may|might)\s*$/i;

/** Between an old level in a subject and its verb of multiplying: the rest of the noun phrase, has or have. */
const OLD_LEVEL_HAS_VERB = /^\s*(?:[A-Za-z][\w.-]*\s+){0,5}?(?:has|have|had)\s+(?:(?:reportedly|since|now|already|nearly|almost|more\s+than|roughly)\s+)*$/i;

/** After a level, a comma and a parallel clause naming a measure, then a modal: ",T营收有望" before 翻倍. */
const PARALLEL_MEASURE_ZH = /^\s*[，,]\s*(?:T\s*)*(营业收入|營業收入|营收|營收|收入|销售额|銷售額|净利润|淨利潤|利润|利潤|出货量|出貨量|资本开支|資本開支|资本支出|資本支出)\s*(?:将|將|有望|预计将?|預計將?|可望|或将|或將|料将|料將)?\s*$/;

/**
 * "valued at $1.47 trillion in 2024, is projected to more than double to $3.72 trillion by 2030": the old level, a
 * multiple written as its verb, then the new level after "to".
 */
function multipleToLevel(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  const levels = list.filter((f) => !timeLike(ctx, f));
  for (let i = 0; i + 2 < levels.length; i++) {
    const a = levels[i];
    const c = levels[i + 1];
    const b = levels[i + 2];
    if (!QUANTITY.has(a.kind) || c.kind !== 'ratio' || done.has(c) || !MULTIPLY_VERB.test(c.text) || !sameUnit(a, b)) continue;
    const toOld = g(ctx, list, a.offset + a.length, c.offset);
    const toNew = g(ctx, list, c.offset + c.length, b.offset);
    // ("估值从1830亿美元翻倍至3500亿美元": 从 the old level, the verb, 至 the new one; "The initial deployment of 100,000
    // H100 GPUs has reportedly doubled to over 200,000": the old level in the subject, has and the verb, to the new one.)
    const zh = /^\s*$/.test(toOld) && /(?:从|由|從)\s*$/.test(t(ctx, Math.max(0, a.offset - 3), a.offset)) && /^\s*(?:至|到|达|達|达到|達到)\s*(?:约|約|近|超过|超過|逾)?\s*$/.test(toNew);
    // ("2028财年第四季度营收将达到1.25亿美元,2029财年第四季度营收有望翻倍至2.5亿美元": the old level ends a parallel clause
    // that names the same measure.)
    const parallel = PARALLEL_MEASURE_ZH.exec(toOld);
    const zhParallel = !!parallel && /^\s*(?:至|到)\s*(?:约|約|近|超过|超過|逾)?\s*$/.test(toNew) && g(ctx, list, Math.max(0, a.offset - 20), a.offset).includes(parallel[1]);
    const en = (/^\s*to\s*$/i.test(toNew) && OLD_LEVEL_TO_FORECAST.test(toOld)) || (/^\s*to\s+(?:(?:over|more\s+than|about|around|roughly|nearly|almost|some)\s+)?$/i.test(toNew) && OLD_LEVEL_HAS_VERB.test(toOld));
    if (!zh && !zhParallel && !en) continue;
    const ia = figureRange(a);
    const ib = figureRange(b);
    // ("doubled to over 200,000": a level just past its floor, read up to 15% above it.)
    if (b.qualifier === 'more-than' && Number.isFinite(ib[0]) && !Number.isFinite(ib[1])) ib[1] = ib[0] * 1.15;
    if (!(ia[0] > 0) || !Number.isFinite(ia[1]) || !Number.isFinite(ib[1])) continue;
    statedChange(ctx, list, out, done, a, b, c, ' up ', ia, ib);
  }
}

/**
 * "was $52.9 million, a 13% increase from $40.3 million", "were $126.6 million, up 250% from $36.2 million": the new level,
 * then the change, then the old level it is measured from.
 */
function changeBetween(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  // ("consumed 7.4 GW of power in 2023, a 55% increase from the 4.9 GW in 2022": the new level's year between.)
  const all = list.filter((f) => !timeLike(ctx, f));
  // ("net revenue of RMB2,887.1 million (US$405.6 million), a 10.2% increase year-over-year from RMB2,169.6 million": a
  // level's conversion in brackets right after it is passed over; the change is read from the bracket's end.)
  const asideEnd = new Map<Figure, number>();
  const levels = all.filter((f, k) => {
    const prev = all[k - 1];
    // ("Net income … was $4.32 billion, or 90 cents per share, an increase of 23% from $3.52 billion, or 83 cents per share":
    // a level's restatement per share right after it is passed over too.)
    if (prev && f.kind === 'money' && prev.kind === 'money' && /^\s*,\s*or\s*$/i.test(t(ctx, prev.offset + prev.length, f.offset))) {
      const perShare = PER_SHARE_AFTER.exec(t(ctx, f.offset + f.length, f.offset + f.length + 28));
      if (perShare) {
        asideEnd.set(prev, f.offset + f.length + perShare[0].length);
        return false;
      }
    }
    if (!prev || f.kind !== 'money' || prev.kind !== 'money' || f.unit === prev.unit) return true;
    if (!/^\s*[（(]\s*$/.test(t(ctx, prev.offset + prev.length, f.offset))) return true;
    const close = /^\s*[)）]/.exec(t(ctx, f.offset + f.length, f.offset + f.length + 3));
    if (!close) return true;
    asideEnd.set(prev, f.offset + f.length + close[0].length);
    return false;
  });
  for (let i = 0; i + 2 < levels.length; i++) {
    const b = levels[i];
    const c = levels[i + 1];
    // (Two percents and a change in points between: "27.2%, an increase of 13.0 percentage points compared to 16.2%".)
    const points = b.kind === 'percent' && b.unit === 'percent' && c.unit === 'pp';
    if ((!QUANTITY.has(b.kind) && !points) || (c.kind !== 'percent' && c.kind !== 'ratio') || done.has(c)) continue;
    const a = levels[i + 2];
    if (!(points ? a.kind === 'percent' && a.unit === 'percent' : sameUnit(a, b))) continue;
    const lead = g(ctx, list, asideEnd.get(b) ?? b.offset + b.length, c.offset);
    const gap = g(ctx, list, c.offset + c.length, a.offset);
    // ("will reach 35 GW by 2030, doubling from 17 GW": a multiplying verb is the change itself.)
    const verb = c.kind === 'ratio' && MULTIPLY_VERB.test(c.text);
    const zh = NEW_LEVEL_TO_CHANGE_ZH.test(lead) && (CHANGE_TO_OLD_LEVEL_ZH.test(gap) || PRIOR_LEVEL_ZH.test(gap));
    const en = (NEW_LEVEL_TO_CHANGE.test(lead) && (CHANGE_TO_OLD_LEVEL.test(gap) || CHANGE_TO_BRACKETED_OLD_LEVEL.test(gap))) ||
      (verb && NEW_LEVEL_TO_VERB.test(lead) && (CHANGE_TO_OLD_LEVEL.test(gap) || VERB_TO_OLD_LEVEL.test(gap)));
    if (!zh && !en) continue;
    // "from $40.3 million for the same period": the old level's period may follow; a level it rises to may not.
    const next = levels[i + 3];
    if (next && sameUnit(next, a) && /^\s*(?:to|and)\s*$/i.test(g(ctx, list, a.offset + a.length, next.offset))) continue;
    // (A multiplying verb is the whole new level against the old, "up" N times: not an increase by N times.)
    const cue = lead + (verb ? ' up ' : '') + gap;
    if (UP.test(cue) === DOWN.test(cue)) continue;
    const ia = figureRange(a);
    const ib = figureRange(b);
    if (!seriesLevels(ia, ib)) continue;
    statedChange(ctx, list, out, done, a, b, c, cue, ia, ib);
  }
}

/**
 * "占营业收入比例23.74%较上年同期20.26%增加3.48个百分点", "毛利率为62.3%，较上年同期的59.0%提升3.3个百分点": a percent, the
 * percent it is compared with, then the change in points between them.
 */
const POINTS_COMPARED_ZH = /^[，,\s]*(?:较|較|比|相较于?|相較於?|相比)\s*(?:上年|去年|前年|上季度?|上一季度?|T)?(?:同期)?\s*的?\s*$/;
function pointsAfterCompared(ctx: CheckContext, all: Figure[], out: Raw[], done: Set<Figure>) {
  // (A period between, 較第2季2.47%: times are passed over.)
  const list = all.filter((f) => !timeLike(ctx, f));
  for (let i = 0; i + 2 < list.length; i++) {
    const [b, a, c] = [list[i], list[i + 1], list[i + 2]];
    if (b.unit !== 'percent' || a.unit !== 'percent' || c.unit !== 'pp' || done.has(c)) continue;
    if (a.offset - b.offset - b.length > 24 || !POINTS_COMPARED_ZH.test(g(ctx, all, b.offset + b.length, a.offset))) continue;
    const cue = g(ctx, all, a.offset + a.length, c.offset);
    if (!CHANGE_VERB_ZH.test(cue) || UP.test(cue) === DOWN.test(cue)) continue;
    statedChange(ctx, all, out, done, a, b, c, cue, figureRange(a), figureRange(b));
  }
}

/** Before a second old level of the same new level: "、比去年同期", "、較去年同期的". */
const SECOND_BASIS_BEFORE_ZH = /[、，,]\s*(?:比|较|較|相较于?|相較於?)\s*(?:T\s*的?|去年|上年|前年)?\s*(?:同期)?\s*的?\s*$/;
/** Between that old level and its change: "增加", "減少", "成長達", "季增". */
const SECOND_CHANGE_ZH = /^\s*(?:同比|年|季)?\s*(?:增长|增長|增加|上升|提升|成长|成長|减少|減少|下降|下滑|衰退|增|减|減)了?\s*(?:达|達|约|約|近)?\s*$/;

/**
 * "合併營收2兆589.49億元，較第2季1兆7934.68億元季增14.47%、比去年同期1兆8545.69億元增加11%": a second old level the same new
 * level is compared with, after 、, and its own change.
 */
function secondBasisZh(ctx: CheckContext, all: Figure[], out: Raw[], done: Set<Figure>) {
  const list = all.filter((f) => !timeLike(ctx, f));
  for (let k = 3; k + 1 < list.length; k++) {
    const [a, c] = [list[k], list[k + 1]];
    if (done.has(c) || (c.kind !== 'percent' && c.kind !== 'ratio') || c.unit === 'pp') continue;
    // (B, its first old level and change, then this one: "B，較A1…X1%、比…A2…X2%", nothing else between.)
    const b = list[k - 3];
    const [a1, c1] = [list[k - 2], list[k - 1]];
    if (!b || !sameUnit(b, a) || !sameUnit(a1, a) || (c1.kind !== 'percent' && c1.kind !== 'ratio')) continue;
    // (The new level's first comparison between them: "，較第2季…季增14.47%".)
    const between = g(ctx, all, b.offset + b.length, a.offset);
    if (!SECOND_BASIS_BEFORE_ZH.test(between)) continue;
    const cue = g(ctx, all, a.offset + a.length, c.offset);
    if (!SECOND_CHANGE_ZH.test(cue) || UP.test(cue) === DOWN.test(cue)) continue;
    const ia = figureRange(a);
    const ib = figureRange(reportedLevel(ctx, b));
    if (!seriesLevels(ia, ib)) continue;
    statedChange(ctx, all, out, done, a, b, c, cue, ia, ib);
  }
}

/** Between a change with no old level and a second change of the same level: " year-over-year but up ", ", and down ". */
const FIRST_CHANGE_TO_SECOND = new RegExp(String.raw`^\s*(?:${YOY_EN}\s*)?,?\s*(?:but|and|while)\s+(?:(?:up|down)(?:\s+by)?|(?:increased|rose|grew|jumped|climbed|fell|declined|dropped|decreased)(?:\s+by)?)\s*$`, 'i');

/**
 * "Revenue for the quarter was $1.12bn, down 5.0% year-over-year but up 51% from the $742m booked in the prior quarter":
 * the first change has no old level in the sentence; the second, joined by "but" or "and", is measured from the old level
 * after it, to the same new level (changeBetween reads a change right after its new level only).
 */
function changeAfterAnother(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  const levels = list.filter((f) => !timeLike(ctx, f));
  for (let i = 0; i + 3 < levels.length; i++) {
    const [b, first, c, a] = [levels[i], levels[i + 1], levels[i + 2], levels[i + 3]];
    if (!QUANTITY.has(b.kind) || first.kind !== 'percent' || c.kind !== 'percent' || done.has(c) || !sameUnit(a, b)) continue;
    if (!NEW_LEVEL_TO_CHANGE.test(g(ctx, list, b.offset + b.length, first.offset))) continue;
    const between = g(ctx, list, first.offset + first.length, c.offset);
    if (!FIRST_CHANGE_TO_SECOND.test(between) || !CHANGE_TO_OLD_LEVEL.test(g(ctx, list, c.offset + c.length, a.offset))) continue;
    const cue = / (?:and|but|while) (.*)$/i.exec(between)![1];
    if (UP.test(cue) === DOWN.test(cue)) continue;
    const ia = figureRange(a);
    const ib = figureRange(b);
    if (!seriesLevels(ia, ib)) continue;
    statedChange(ctx, list, out, done, a, b, c, ` ${cue} `, ia, ib);
  }
}

/** Before an old level in a clause of comparison: "，较2014年第二季的", "，与上季的新台币". */
const CLAUSE_COMPARED_BEFORE = /[，,]\s*(?:较|較|与|與|和|比|相较于?|相較於?)\s*[^，,。；;\d]{0,14}?\s*$/;
/** Between that old level and the change: "相比成长", "年度增加", "减少约". */
const CLAUSE_CHANGE_AFTER = /^\s*(?:相比|相較|相较|比較|比较)?\s*(?:季度|年度)?\s*(?:同比|环比|環比)?\s*(?:增加|增长|增長|成长|成長|减少|減少|下降|下滑|上升|提升|衰退)了?\s*(?:约|約|近)?\s*$/;

/**
 * "营收为新台币370.0亿元，与上季的新台币344.0亿元相比成长7.5%，较去年同期的新台币480.1亿元减少约2.7%": each clause of
 * comparison names an old level and the change to the sentence's new level, the first such level before it that is
 * not itself an old level of a comparison.
 */
function comparedClauses(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  const levels = list.filter((f) => !timeLike(ctx, f));
  for (let k = 1; k < levels.length; k++) {
    const c = levels[k];
    const a = levels[k - 1];
    if (c.kind !== 'percent' || c.unit !== 'percent' || done.has(c) || !QUANTITY.has(a.kind)) continue;
    const cue = g(ctx, list, a.offset + a.length, c.offset);
    if (!CLAUSE_CHANGE_AFTER.test(cue)) continue;
    const compared = (f: Figure) => CLAUSE_COMPARED_BEFORE.test(g(ctx, list, Math.max(0, f.offset - 24), f.offset));
    if (!compared(a)) continue;
    let b: Figure | undefined;
    for (let j = k - 2; j >= 0; j--) {
      const f = levels[j];
      if (!sameUnit(f, a) || compared(f)) continue;
      b = f;
      break;
    }
    if (!b || UP.test(cue) === DOWN.test(cue)) continue;
    const ia = figureRange(a);
    const ib = figureRange(b);
    if (!seriesLevels(ia, ib)) continue;
    statedChange(ctx, list, out, done, a, b, c, cue, ia, ib);
  }
}

/** Between a new level and the difference after it: ", an increase of ", ", a ", ", up ". */
const NEW_LEVEL_TO_DIFFERENCE = /^\s*(?:(?:in|for)\s+T\s*)?,\s*(?:(?:an?\s+(?:increase|rise|gain|decrease|decline|drop)\s+of|(?:up|down)(?:\s+by)?|an?)\s*)$/i;
/** Between the difference and its percent: ", or ", "—or ". */
const DIFFERENCE_TO_PERCENT = /^\s*[,—–]?\s*or\s*$/i;
/** Between the percent and the old level: ", compared to ", "—increase compared to the ", ", from ". */
const PERCENT_TO_OLD_LEVEL = /^\s*[,—–)]?\s*(?:(?:increase|rise|gain|decrease|decline|drop)\s+)?(?:from|(?:when\s+)?compared\s+(?:to|with)|versus)\s+(?:the\s+)?(?:(?:about|around|roughly|approximately|nearly)\s+)?$/i;

/**
 * "Revenue was $52.9 million, an increase of $12.6 million, or 31%, compared to $40.3 million", "has climbed to
 * 159,329 MW, a 5,446 MW—or 4.5%—increase compared to the 153,883 MW forecast": the new level, the difference and its
 * percent, then the old level. Both the difference and the percent are checked.
 */
function levelDifferencePercent(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  const levels = list.filter((f) => !timeLike(ctx, f));
  for (let i = 0; i + 3 < levels.length; i++) {
    const [b, d, c, a] = [levels[i], levels[i + 1], levels[i + 2], levels[i + 3]];
    if (!QUANTITY.has(b.kind) || !sameUnit(b, d) || !sameUnit(b, a) || c.kind !== 'percent' || c.unit !== 'percent' || done.has(c) || done.has(d)) continue;
    const lead = g(ctx, list, b.offset + b.length, d.offset);
    const gap = g(ctx, list, c.offset + c.length, a.offset);
    if (!NEW_LEVEL_TO_DIFFERENCE.test(lead) || !DIFFERENCE_TO_PERCENT.test(g(ctx, list, d.offset + d.length, c.offset)) || !PERCENT_TO_OLD_LEVEL.test(gap)) continue;
    const cue = lead + gap;
    if (UP.test(cue) === DOWN.test(cue)) continue;
    const ia = figureRange(a);
    const ib = figureRange(b);
    if (!seriesLevels(ia, ib)) continue;
    statedChange(ctx, list, out, done, a, b, d, cue, ia, ib);
    statedChange(ctx, list, out, done, a, b, c, cue, ia, ib);
  }
}

/** Between B and a change: a window of a year of its own (在一年时间内, over the past year; 同比 and "year over year" often
 *  describe the change from A to B itself, so they do not count). */
const YEAR_WINDOW_BETWEEN = /[一1]年(?:时间|時間)?(?:内|內|里|裡|间|間)|过去一年|過去一年|over the (?:past|last) year|in a year\b/i;

/** A later Chinese clause's own measure right before its change (…，需警惕800G价格年降 18%). */
const ZH_CLAUSE_MEASURE = /[，,；;][^，,。；;]*?(价格|價格|售价|售價|均价|均價|营收|營收|收入|利润|利潤|净利|淨利|成本|销量|銷量|出货量|出貨量|毛利率|净利率|淨利率|市占率|市佔率|周转率|週轉率|存货|存貨|产量|產量|产能|產能|用电量|用電量|亏损|虧損)[^，,。；;]{0,4}$/;

/**
 * The change stated by c (a percent, a multiple or an amount in the levels' unit) against the levels a and b,
 * a finding on c when it does not compute. 'next' when c states no such change and the next figure may.
 */
/** The percent at list[k] states the change of a series of its own: its next figure is a new level after "to" or "from". */
function statesOwnSeries(ctx: CheckContext, list: Figure[], k: number, c: Figure): boolean {
  const f = list[k];
  const next = list[k + 1];
  if (!next || next === c || next.kind === 'percent') return false;
  const gap = g(ctx, list, f.offset + f.length, next.offset);
  return CHANGE_BEFORE_TO_EN.test(gap) || CHANGE_BEFORE_FROM_EN.test(gap);
}

/** A percent that is one end of a from–to of percents ("占比从60.4%大幅提升至77%", "from 40% to 55%"): a level, no change. */
function percentLevelOfSeries(ctx: CheckContext, list: Figure[], k: number): boolean {
  const f = list[k];
  const prev = list[k - 1];
  const next = list[k + 1];
  const fromBefore = (x: Figure) => /(?:从|從|由|\bfrom)\s*(?:约|約|about\s+)?$/i.test(t(ctx, Math.max(0, x.offset - 8), x.offset));
  const toBetween = (a: Figure, b: Figure) => /^[^，,。；;\d]{0,8}?(?:至|到|\bto)\s*(?:约|約|about\s+)?$/i.test(t(ctx, a.offset + a.length, b.offset));
  return (!!prev && prev.kind === 'percent' && fromBefore(prev) && toBetween(prev, f)) || (!!next && next.kind === 'percent' && fromBefore(f) && toBetween(f, next));
}

function statedChange(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>, a: Figure, b: Figure, c: Figure, cue: string, ia: Iv, ib: Iv): 'next' | 'stop' {
  const down = DOWN.test(cue);
  const sign = down ? -1 : 1;
  const ic = figureRange(c);
  let ok = true;
  let shown = '';
  let fix: number | undefined;
  const va = a.value ?? (ia[0] + ia[1]) / 2;
  const vb = b.value ?? (Number.isFinite(ib[1]) ? (ib[0] + ib[1]) / 2 : ib[0]);
  if (c.unit === 'pp' && a.unit === 'percent' && b.unit === 'percent') {
    // "gross margin of 27.2%, an increase of 13.0 percentage points compared to 16.2%": a difference of two percents.
    const actual = sign > 0 ? sub(ib, ia) : sub(ia, ib);
    ok = overlap(widen(actual, 0.02), widen(ic, 0.05));
    fix = Math.abs(vb - va);
    shown = ctx.lang === 'zh' ? `${Math.round(fix * 10) / 10}个百分点` : `${Math.round(fix * 10) / 10} percentage points`;
  } else if (c.kind === 'percent') {
    const actual = div(sub(ib, ia), ia).map((x) => (x * 100 * sign)) as Iv;
    const act: Iv = sign < 0 ? [actual[1], actual[0]] : actual;
    ok = overlap(widen(act, 0.02), widen(ic, SLACK));
    // "增长了20%，从290万个增加到350万个，远超…2%的增长率": the sentence states the change elsewhere; this
    // percent is about something else.
    // (An open-ended percent, "60%+", states no change that an open-topped one could match.)
    // ("grew 41.4% to $102.2 million …, boosted by a 60.2% increase in rental income to $99.7 million from $71.1 million":
    // a percent that states another series' change, before its own new level, is not this one's.)
    // (Nor one of two percents of another series from one to the other: "在总营收中的占比从60.4%大幅提升至77%".)
    if (!ok && list.some((f, k) => f !== c && f.kind === 'percent' && Number.isFinite(figureRange(f)[1]) && overlap(widen(act, 0.02), widen(figureRange(f), SLACK)) && !statesOwnSeries(ctx, list, k, c) && !percentLevelOfSeries(ctx, list, k))) return 'stop';
    fix = ((vb - va) / va) * 100 * sign;
    shown = `${Math.round(fix * 10) / 10}%`;
    // (A new level with an open top: the change is at least that, and no single figure corrects it.)
    if (!Number.isFinite(ib[1])) fix = undefined;
  } else if (c.kind === 'ratio') {
    // "翻了两番" / "tripled" / "N倍": the new value is N times (or N times more than) the old.
    const actual = div(ib, ia);
    ok = overlap(widen(actual, 0.02), widen(ic, SLACK)) || (/增长了?|增長了?|增加了?|提高了?|more than|increase/i.test(cue) && overlap(sub(actual, [1, 1]), widen(ic, SLACK)));
    fix = vb / va;
    shown = fmtRatio(fix, ctx.lang);
  } else if (sameUnit(c, a)) {
    const actual = sign > 0 ? sub(ib, ia) : sub(ia, ib);
    ok = overlap(widen(actual, 0.02), widen(ic, 0.05));
    fix = Math.abs(vb - va);
    shown = formatLike(fix, c);
  } else return 'next';
  if (!ok) {
    const atLeast = !Number.isFinite(ib[1]) && sign > 0;
    push(ctx, out, done, c, [a, b],
      `算不上：从${a.text}到${b.text}，变化${atLeast ? '至少' : '约'}为${shown}，而非“${c.text}”。`,
      `Does not compute: from ${a.text} to ${b.text} is a change of ${atLeast ? 'at least' : 'about'} ${shown}, not "${c.text}".`,
      fix);
  }
  return 'stop';
}

const COMPOUND = /复合|年均|年平均|CAGR|compound(?:ed)?\s+annual|annuali[sz]ed/i;
/** 年均 ("average a year") without 复合 or CAGR: a plain average, which may count the years inclusively. */
function plainAverage(words: string): boolean {
  return /年均|年平均/.test(words) && !/复合|複合|CAGR|compound/i.test(words);
}
/** Between an amount and a time of its own: "by 2028", "in 2030", "到2028年". */
/** ", with AI workloads " before a change: another subject, whose change it is. */
const WITH_OWN_SUBJECT = /[,，]\s*with\s+(?:[A-Za-z][\w'’-]*\s+){1,4}$/i;
const OWN_TIME_GAP = /^\s*(?:by|in|until|through|at the end of|到|至)?\s*$/i;

/**
 * "2022-2024年营收从0.46亿元跃升至4.38亿元，复合增长率达208.44%": the rate r with A·(1+r)^n = B over the
 * n years the sentence names (a year range, or the two years of A and B). No years, no check.
 */
/** The years named before `c` in its sentence, a year range's two ends each. */
function yearsBefore(list: Figure[], c: Figure): number[] {
  const years: number[] = [];
  for (const f of list) {
    if (f.offset >= c.offset || f.kind !== 'year') continue;
    if (f.low != null && f.high != null && f.value == null) years.push(f.low, f.high);
    else if (f.value != null) years.push(f.value);
  }
  return years;
}

/**
 * "from USD 28.09 billion in 2025 to USD 53.60 billion by 2033" (after "valued at USD 24.92 billion in 2023"): the
 * years written right after the two levels are the change's, whatever other years the sentence names.
 */
function ownYears(ctx: CheckContext, list: Figure[], a: Figure, b: Figure): number[] | undefined {
  const yearAfter = (f: Figure): number | undefined => {
    const y = list.find((g) => g.kind === 'year' && g.value != null && g.offset >= f.offset + f.length && g.offset - (f.offset + f.length) <= 12);
    return y && YEAR_OF_LEVEL_AFTER.test(t(ctx, f.offset + f.length, y.offset)) ? y.value! : undefined;
  };
  const [ya, yb] = [yearAfter(a), yearAfter(b)];
  return ya !== undefined && yb !== undefined && ya !== yb ? [ya, yb] : undefined;
}

function compoundRate(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>, a: Figure, b: Figure, c: Figure, ia: Iv, ib: Iv, inclusiveYears: boolean, givenYears?: number[]): void {
  const years = givenYears ?? ownYears(ctx, list, a, b) ?? yearsBefore(list, c);
  if (years.length < 2) return;
  const n = Math.max(...years) - Math.min(...years);
  if (n < 1 || n > 50) return;
  const rate = (x: Iv, over: number): Iv => [(Math.pow(x[0], 1 / over) - 1) * 100, (Math.pow(x[1], 1 / over) - 1) * 100];
  const actual = rate(div(ib, ia), n);
  // ("从2012年的1.16万亿元增至2021年的2.79万亿元，10年年均增长9.2%": an average may count the years inclusively, n + 1.)
  const inclusive = inclusiveYears ? rate(div(ib, ia), n + 1) : actual;
  if (overlap(widen([Math.min(actual[0], inclusive[0]), Math.max(actual[1], inclusive[1])], 0.02), widen(figureRange(c), SLACK))) return;
  const va = a.value ?? (ia[0] + ia[1]) / 2;
  const vb = b.value ?? (ib[0] + ib[1]) / 2;
  const fix = (Math.pow(vb / va, 1 / n) - 1) * 100;
  const shown = `${Math.round(fix * 10) / 10}%`;
  push(ctx, out, done, c, [a, b],
    `算不上：${n}年间从${a.text}到${b.text}，年复合增长率约为${shown}，而非“${c.text}”。`,
    `Does not compute: from ${a.text} to ${b.text} over ${n} years is a compound annual rate of about ${shown}, not "${c.text}".`,
    fix);
}

/**
 * "2023年…市场规模为82亿美元,预计2028年将达到138亿美元,复合增长率达17%", "reached $25.7 billion in 2023 and is projected
 * to grow to $156.4 billion by 2030 at a CAGR of 19.4%": a compound rate next to exactly two levels of one unit, each
 * with its own year (exactly two years in the sentence), whatever words join them. The earlier year's level is A.
 */
function datedCompound(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  // ("预计将突破5200亿元,较2024年增长26.7%,而到2030年…达到1.2万亿元,年复合增长率保持在19%左右": a level's own change
  // from the year before, and that year, state nothing of the compound rate.)
  const yoy = (f: Figure) => f.kind === 'percent' && YOY_CHANGE_BEFORE.test(g(ctx, list, Math.max(0, f.offset - 16), f.offset));
  const comparedYear = (f: Figure) => TIME.has(f.kind) && /(?:较|較|比|相比|相较于?)\s*$/.test(t(ctx, Math.max(0, f.offset - 4), f.offset)) && YOY_VERB_AFTER.test(t(ctx, f.offset + f.length, f.offset + f.length + 8));
  const rates = list.filter((f) => f.kind === 'percent' && !done.has(f) && f.unit === 'percent' && !yoy(f));
  if (rates.length !== 1) return;
  const c = rates[0];
  const lead = t(ctx, Math.max(0, c.offset - 40), c.offset);
  const trail = t(ctx, c.offset + c.length, c.offset + c.length + 16);
  if (!(COMPOUND_NEAR_BEFORE.test(lead) || COMPOUND_AFTER.test(trail))) return;
  const levels = list.filter((f) => QUANTITY.has(f.kind) && f.offset < c.offset + 200);
  if (levels.length !== 2 || !sameUnit(levels[0], levels[1]) || levels.some((f) => done.has(f) || f.qualifier === 'range' || f.qualifier === 'vague')) return;
  // ("(Source: Polaris Market Research, 2024)": a citation's year dates the source, not a level.)
  // ("2024年12月预测HBM市场在2025年收入为350亿美元": the day or month a forecast was made dates no level; a bare year
  // before 预计 is the level's: "2026年预计增至3014.3亿美元".)
  const dated = list.filter((f) => (f.kind === 'year' || f.kind === 'date' || f.kind === 'period') && !CITATION_BEFORE.test(t(ctx, Math.max(0, f.offset - 60), f.offset)) && !comparedYear(f) && !(f.kind === 'date' && FORECAST_MADE_AFTER.test(t(ctx, f.offset + f.length, f.offset + f.length + 6))));
  // ("2021年…2030年…估计2021-2030年年均复合增长率": a year range spanning the two years restates them.)
  const points = dated.filter((f) => f.value != null && f.qualifier !== 'range');
  const years = points.length === 2 && dated.every((f) => f.value != null && f.qualifier !== 'range' || (f.low != null && f.high != null && points.some((p) => p.value === f.low) && points.some((p) => p.value === f.high))) ? points : [];
  if (years.length !== 2) return;
  // Each level takes its own year: one right after it ("$232 billion by 2027", "64 zettabytes (ZB) in 2020"), else
  // the last one before it ("2028年将达到138亿美元"); the two must differ.
  const yearOf = (f: Figure): Figure | undefined => {
    const after = years.find((y) => y.offset >= f.offset + f.length && YEAR_OF_LEVEL_AFTER.test(t(ctx, f.offset + f.length, y.offset)));
    if (after) return after;
    let before: Figure | undefined;
    for (const y of years) if (y.offset + y.length <= f.offset) before = y;
    return before;
  };
  const [y0, y1] = [yearOf(levels[0]), yearOf(levels[1])];
  if (!y0 || !y1 || y0 === y1) return;
  // A rate over one year is no compound rate; one that names its own span ("五年复合增长率", "a five-year CAGR")
  // different from the levels' years compounds another window.
  const span = Math.abs(y1.value! - y0.value!);
  if (span < 2) return;
  const named = NAMED_SPAN.exec(lead.slice(-16) + '|' + trail);
  if (named && spanYears(named[1]) !== span) return;
  const [a, b] = y0.value! < y1.value! ? [levels[0], levels[1]] : [levels[1], levels[0]];
  const ia = figureRange(a);
  const ib = figureRange(b);
  if (!bounded(ia) || !bounded(ib) || ia[0] <= 0) return;
  const wide = lead + trail;
  compoundRate(ctx, list, out, done, a, b, c, ia, ib, plainAverage(wide), [y0.value!, y1.value!]);
}
/** A change from the year before, right before its percent: 较2024年增长, 同比增长, 比上年同期下降. */
const YOY_CHANGE_BEFORE = /(?:(?:较|較|比|相比|相较于?)\s*(?:T|去年|上年|前一年)\s*(?:同期)?|同比)\s*(?:增长|增長|增加|提升|上升|上涨|下降|减少|下滑)了?\s*(?:约|近|超过)?\s*$/;
/** The verb of change after a year compared with (较2024年增长). */
const YOY_VERB_AFTER = /^\s*(?:同期)?\s*(?:增长|增長|增加|提升|上升|上涨|下降|减少|下滑)/;
/** After the date a forecast or report was made: 预测, 预计, 估计, 发布 … ("2024年12月预测"), "forecast", "estimated". */
const FORECAST_MADE_AFTER = /^\s*(?:的)?(?:预测|預測|预计|預計|估计|估計|预估|預估|发布的?|發布的?|发表|發表)|^,?\s+(?:forecast|projected|estimated|predicted)\b/i;
/** An open bracket naming a source before a year: "(Source: Polaris Market Research, ", "（资料来源：…，". */
const CITATION_BEFORE = /[（(]\s*(?:sources?|来源|來源|资料来源|資料來源|数据来源|數據來源)\s*[:：][^()（）]*$/i;

/** A rate naming its span of years: 五年复合增长率, 5年CAGR, "a five-year CAGR", "10-year compound". */
const NAMED_SPAN = /(?<![\d.\/-])(\d{1,2}|[一二两三四五六七八九十]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*(?:年|years?)[\s-]*(?:的)?(?:年均)?(?:复合|複合|CAGR|compound)/i;
const SPAN_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function spanYears(w: string): number {
  if (/^\d+$/.test(w)) return Number(w);
  const lw = w.toLowerCase();
  if (SPAN_WORDS[lw] !== undefined) return SPAN_WORDS[lw];
  // 十五 → 15, 二十 → 20
  if (w.length === 2 && w[0] === '十') return 10 + (SPAN_WORDS[w[1]] ?? 0);
  if (w.length === 2 && w[1] === '十') return (SPAN_WORDS[w[0]] ?? 0) * 10;
  return NaN;
}

/** Between a level and its own year right after it: "by", "in", "(ZB) in", "in fiscal". */
const YEAR_OF_LEVEL_AFTER = /^\s*(?:\([^()]{1,12}\)\s*)?(?:in|by|for|as of|at the end of)\s+(?:fiscal\s+|the\s+end\s+of\s+)?$/i;
/** A compound rate's name shortly before it: "CAGR of", "复合增长率达", "a 29% compound annual clip" is after. */
const COMPOUND_NEAR_BEFORE = /(?:复合|複合|年均|年平均|CAGR|compound(?:ed)?\s+annual|annuali[sz]ed)[^。；;.!?\d]{0,24}$/i;

const MORE_ZH = /^\s*(?:增加了|增长了|增加|多出了?|高出了?|多了|减少了|下降了|少了|低了)\s*(?:约|近|超过)?\s*$/;
const LESS_ZH = /减少|下降|少|低/;
const THAN_EN = /^\s*(?:more|higher|greater|larger|bigger|less|lower|fewer|smaller)\s+than\s+(?:the\s+|its\s+|their\s+)?$/i;
const LESS_EN = /less|lower|fewer|smaller/i;

// "A，比B增加了C" and "A, C more than the B": the stated difference against the two levels.
function differences(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    if (!QUANTITY.has(c.kind) || done.has(c)) continue;
    let a: Figure | undefined;
    let b: Figure | undefined;
    let less = false;
    // zh: B … C with "比B增加了C", A the nearest earlier same-unit figure.
    let bi = k - 1;
    while (bi >= 0 && TIME.has(list[bi].kind)) bi--;
    if (bi >= 0 && sameUnit(list[bi], c)) {
      const gap = g(ctx, list, list[bi].offset + list[bi].length, c.offset);
      const pre = g(ctx, list, Math.max(0, list[bi].offset - 8), list[bi].offset);
      if (MORE_ZH.test(gap) && /比\s*(?:T\s*的?)?\s*$/.test(pre)) {
        b = list[bi];
        less = LESS_ZH.test(gap);
        let ai = bi - 1;
        while (ai >= 0 && !sameUnit(list[ai], c)) ai--;
        a = ai >= 0 ? list[ai] : undefined;
      }
    }
    // en: A …, C more than (the) B.
    const next = list[k + 1];
    if (!b && next && sameUnit(next, c) && THAN_EN.test(t(ctx, c.offset + c.length, next.offset))) {
      b = next;
      less = LESS_EN.test(t(ctx, c.offset + c.length, next.offset));
      let ai = k - 1;
      while (ai >= 0 && !sameUnit(list[ai], c)) ai--;
      a = ai >= 0 ? list[ai] : undefined;
    }
    if (!a || !b || a === b) continue;
    const between = g(ctx, list, a.offset + a.length, Math.min(b.offset, c.offset));
    if (between.length > 60 || /[。；;]/.test(between)) continue;
    const ia = figureRange(a);
    const ib = figureRange(b);
    const ic = figureRange(c);
    if (!bounded(ia) || !bounded(ib) || !bounded(ic)) continue;
    const actual = less ? sub(ib, ia) : sub(ia, ib);
    if (overlap(widen(actual, 0.02), widen(ic, 0.05))) continue;
    const va = a.value ?? (ia[0] + ia[1]) / 2;
    const vb = b.value ?? (ib[0] + ib[1]) / 2;
    const diff = Math.abs(va - vb);
    const shown = formatLike(diff, c);
    push(ctx, out, done, c, [a, b],
      `算不上：${a.text}与${b.text}相差约${shown}，而非“${c.text}”。`,
      `Does not compute: ${a.text} and ${b.text} differ by about ${shown}, not "${c.text}".`,
      diff);
  }
}

/** The year a level is dated by, written right before it ("2024年的0.6吉瓦") or right after it ("2 GW in 2023"). */
function yearOfLevel(ctx: CheckContext, list: Figure[], level: Figure): number | undefined {
  const k = list.indexOf(level);
  const before = list[k - 1];
  if (before?.kind === 'year' && /^\s*(?:年\s*)?(?:的|底|末|时|時)?\s*$/.test(t(ctx, before.offset + before.length, level.offset))) return before.value ?? undefined;
  const after = list[k + 1];
  if (after?.kind === 'year' && /^\s*(?:,\s*)?(?:in|by|for)\s*$/i.test(t(ctx, level.offset + level.length, after.offset))) return after.value ?? undefined;
  return undefined;
}

/**
 * A whole number of years stated as the window of the change C (between the new level and C, or right
 * after C: "两年间增长近9.5倍", "a fivefold increase over three years") that is not the span between
 * the years of A and B.
 */
function otherWindow(ctx: CheckContext, list: Figure[], a: Figure, b: Figure, c: Figure): boolean {
  const ya = yearOfLevel(ctx, list, a);
  const yb = yearOfLevel(ctx, list, b);
  if (ya === undefined || yb === undefined || ya === yb) return false;
  const from = Math.max(a.offset + a.length, b.offset + b.length);
  for (const d of list) {
    if (d.kind !== 'duration' || d.value == null || d.qualifier === 'range' || d.qualifier === 'vague') continue;
    const inBetween = d.offset >= from && d.offset + d.length <= c.offset;
    const gap = d.offset >= c.offset + c.length && d.offset - (c.offset + c.length) <= 24 ? t(ctx, c.offset + c.length, d.offset) : undefined;
    const rightAfter = gap !== undefined && !/[,，.。;；!?！？]/.test(gap) && /\b(?:over|in|across|during|within)\s+(?:the\s+)?(?:past\s+|last\s+)?$/i.test(gap);
    if (!inBetween && !rightAfter) continue;
    const years = d.value / (365.25 * 86400);
    if (Math.abs(years - Math.round(years)) > 0.01 || years < 1) continue;
    return Math.round(years) !== Math.abs(yb - ya);
  }
  return false;
}

const PER_YEAR_AFTER = /^\s*(?:a|per|each|every)\s+year\b|^\s*(?:annually|yearly|per annum)\b|^\s*\/\s*(?:yr|year)\b/i;
const PER_YEAR_BEFORE = /(?:每年|年均|平均每年|一年)\s*(?:约|近|超过|达|为|投入|投资|支出)?\s*$|(?:or|about|roughly|some|,)?\s*$/;

// "$300 billion over five years, $75 billion a year" / "未来五年投资3000亿美元，即每年600亿美元".
function perYear(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    if (d.kind !== 'duration' || d.value == null && d.low == null) continue;
    const years = (d.value ?? d.low!) / (365.25 * 86400);
    if (!(years >= 2 && years <= 50) || d.qualifier === 'range' || d.qualifier === 'vague') continue;
    // The total: a quantity right next to the duration ("$300 billion over five years", "五年内投资3000亿").
    let total: Figure | undefined;
    const before = list[i - 1];
    const after = list[i + 1];
    const gapBefore = before ? t(ctx, before.offset + before.length, d.offset) : '';
    // ("AU$20 billion (US$13.3 billion) over five years, or roughly AU$5 billion a year": the amount before its
    // bracketed conversion is the total in the draft's currency.)
    const converted = before && i >= 2 && /^\s*[)）]/.test(gapBefore) && /^\s*[(（]\s*(?:about|around|roughly|approximately|约|約)?\s*$/i.test(t(ctx, list[i - 2].offset + list[i - 2].length, before.offset)) && QUANTITY.has(list[i - 2].kind);
    if (converted && /^\s*[)）]\s*(?:over|across|in|during|within|for)\s*(?:the\s+next\s+|the\s+coming\s+)?$/i.test(gapBefore)) total = list[i - 2];
    else if (before && QUANTITY.has(before.kind) && /^\s*(?:over|across|in|during|within|for)\s*(?:the\s+next\s+|the\s+coming\s+)?$/i.test(gapBefore)) total = before;
    // "$300 billion deal with Oracle runs over five years", "$38 billion, seven-year agreement".
    else if (before && QUANTITY.has(before.kind) && d.lang === 'en' && gapBefore.length <= 40 && /^[\s,]*(?:[\w'’-]+\s+){0,5}?(?:over|across|during|within|for|runs?\s+(?:over|for))?\s*(?:the\s+next\s+|about\s+|roughly\s+)?$|^\s*,\s*$/i.test(gapBefore) && !/[.;]/.test(gapBefore)) total = before;
    // ("未来三年将在 AI 与云计算基础设施上投入3800亿元": a longer object before a verb of spending.)
    else if (after && QUANTITY.has(after.kind) && /^\s*(?:内|之内|里|中|间)?\s*(?:[^\d，,。；]{0,6}|[^\d，,。；]{0,24}(?:投入|投资|斥资|支出|花费|耗资|砸下)\s*(?:约|近|超过|逾|达)?)$/.test(t(ctx, d.offset + d.length, after.offset)) && /(?:未来|今后|在|于)?\s*$/.test(t(ctx, Math.max(0, d.offset - 4), d.offset)) && d.lang === 'zh') total = after;
    if (!total) continue;
    const ti = list.indexOf(total);
    for (let k = Math.max(i, ti) + 1; k < list.length && k <= Math.max(i, ti) + 2; k++) {
      const p = list[k];
      if (!sameUnit(p, total)) continue;
      const after2 = t(ctx, p.offset + p.length, p.offset + p.length + 14);
      const before2 = t(ctx, Math.max(0, p.offset - 10), p.offset);
      const zhPer = /(?:每年|年均|平均每年|一年)\s*(?:约|近|超过|达|为|投入|投资|支出|约为|将)?\s*$/.test(before2);
      if (!PER_YEAR_AFTER.test(after2) && !zhPer) continue;
      const it = figureRange(total);
      const ip = figureRange(p);
      if (!bounded(it) || !bounded(ip)) break;
      const actual: Iv = [it[0] / years, it[1] / years];
      if (!overlap(widen(actual, 0.03), widen(ip, 0.05))) {
        const v = (total.value ?? (it[0] + it[1]) / 2) / years;
        const shown = p.value != null ? formatLike(v, p) : formatPlain(v, p.unit, ctx.lang);
        push(ctx, out, done, p, [total, d],
          `算不上：${total.text}分摊到${d.text}，每年约为${shown}，而非“${p.text}”。`,
          `Does not compute: ${total.text} over ${d.text} is about ${shown} a year, not "${p.text}".`,
          v);
      }
      break;
    }
  }
  void PER_YEAR_BEFORE;
}

const TOTAL_BEFORE = /(?:合计|总计|共计|总共|一共|总和为|总量为|共|累计|加起来)\s*(?:约|达|为|超过|近)?\s*$|(?:a\s+total\s+of|in\s+total|total(?:ling|ing)?|totals|combined|altogether|for\s+a\s+total\s+of|sum\s+of|add(?:s|ed)?\s+up\s+to|sum(?:s|med)?\s+to)\s*(?:about|some|roughly)?\s*$/i;
const TOTAL_AFTER = /^\s*(?:in\s+(?:all|total)|altogether|combined|total|in\s+aggregate)\b|^\s*(?:的总|总计|合计)/i;
// "10 GW, 6 GW and 10 GW"; "Nvidia's 10 GW, AMD's 6 GW and Broadcom's 10 GW" (an owner before each part).
// "Amazon expects about $200 billion of capital spending in 2026, Alphabet $180 billion, Meta $125 billion and Microsoft
// $105 billion": what the first part is and its time (a time figure reads as T), and a name before each part.
// ("$5.5 billion on AI and cloud infrastructure in the UAE and $2.4 billion on local operations": what each part is spent on.)
// ("$20 billion for data centers in Pennsylvania, $10 billion in North Carolina": where each part goes.)
const LIST_SEP = /^(?:\s+(?:of|on|for|in|at)\s+[A-Za-z][A-Za-z -]{0,40}?)?(?:\s+(?:in|for|during)\s+T)?\s*(?:\+|＋|、|，|,|和|及|与|以及|and|plus|&)\s*(?:and\s+)?(?:[A-Z][\w.-]*(?:'s|’s)?\s+)?$/;

/** Longer gaps between the last part and its total, each with its longest length. */
const LONG_GAPS_TO_TOTAL: [number, RegExp][] = [
  // ", which adds up to $710 billion": a relative clause stating the sum.
  [30, /^\s*,\s*(?:which|that)\s+(?:adds?|sums?|totals?|comes?)\b/i],
  // " on local operations and talent, $9.7 billion in total": what the last part is spent on, then the total.
  [50, /^\s+(?:on|for)\s+[A-Za-z][A-Za-z -]{0,40},\s*$/],
  // " in Georgia this year, which adds up to": where it goes, then the relative clause.
  [70, /^\s+(?:in|on|for|at)\s+[A-Za-z][A-Za-z -]{0,40},\s*(?:which|that)\s+(?:adds?|sums?|totals?|comes?)\b/i],
];

// "10 + 6 + 10 GW, 26 GW in all" / "分别为10亿、20亿和30亿美元，合计60亿美元".
function sums(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  for (let i = 2; i < list.length; i++) {
    const total = list[i];
    if (!QUANTITY.has(total.kind) || done.has(total)) continue;
    const pre = t(ctx, Math.max(0, total.offset - 16), total.offset);
    const post = t(ctx, total.offset + total.length, total.offset + total.length + 16);
    if (!TOTAL_BEFORE.test(pre) && !TOTAL_AFTER.test(post)) continue;
    // The parts: a list of figures joined by separators, ending just before the total.
    const parts: Figure[] = [];
    let k = i - 1;
    const gapToTotal = t(ctx, list[k].offset + list[k].length, total.offset);
    if ((gapToTotal.length > 16 && !LONG_GAPS_TO_TOTAL.some(([max, re]) => gapToTotal.length <= max && re.test(gapToTotal))) || /[。；;]/.test(gapToTotal)) continue;
    parts.unshift(list[k]);
    for (k = i - 2; k >= 0; k--) {
      // (A time between parts belongs to the part before it: skipped, read as T in the separator.)
      if (TIME.has(list[k].kind)) continue;
      const sep = g(ctx, list, list[k].offset + list[k].length, parts[0].offset);
      if (!LIST_SEP.test(sep)) break;
      parts.unshift(list[k]);
    }
    if (parts.length < 2) continue;
    // Bare numbers joined by "+" take the unit of the last part ("10 + 6 + 10 GW").
    const last = parts[parts.length - 1];
    const unitOf = (f: Figure): number | null => {
      if (sameUnit(f, total)) return 1;
      if (f.kind === 'count' && !f.noun && last.value && sameUnit(last, total) && f.value != null) {
        const m = /^([\d.,]+)/.exec(last.text);
        const written = m ? Number(m[1].replace(/,/g, '')) : NaN;
        return written > 0 ? last.value / written : null;
      }
      return null;
    };
    if (!sameUnit(last, total)) continue;
    let acc: Iv = [0, 0];
    let ok = true;
    for (const p of parts) {
      const u = unitOf(p);
      if (u == null) {
        ok = false;
        break;
      }
      const r = figureRange(p);
      acc = add(acc, [r[0] * u, r[1] * u]);
    }
    if (!ok || !bounded(acc)) continue;
    let it = figureRange(total);
    // "add up to 30 GW" states the sum, not a ceiling (the recognizer reads "up to" as a hedge).
    if (total.qualifier === 'up-to' && total.value != null && /add(?:s|ed)?\s+up\s+to\s*$/i.test(pre)) it = [total.value, total.value];
    if (overlap(widen(acc, 0.01), widen(it, 0.01))) continue;
    // "新增9、3座真空爐,增建後機台合計達30座,對比2022年底的18座": the total after adding the parts to a level the
    // sentence names (the parts are additions, the existing level is the rest).
    if (list.some((f) => f !== total && !parts.includes(f) && sameUnit(f, total) && overlap(widen(add(acc, figureRange(f)), 0.01), widen(it, 0.01)))) continue;
    const sum = acc[0] === acc[1] || !Number.isFinite(acc[1]) ? acc[0] : (acc[0] + acc[1]) / 2;
    push(ctx, out, done, total, parts,
      `算不上：各项相加约为${formatLike(sum, total)}，而非“${total.text}”。`,
      `Does not compute: the parts add up to about ${formatLike(sum, total)}, not "${total.text}".`,
      sum);
  }
}

/** Right before a level: what another is compared with (较2022年的, 比上年的, 相比去年同期的, compared with, up from). */
const COMPARED_LEVEL_BEFORE = /(?:较|較|比|相比|相较|相較|对比|對比)(?:于|於)?\s*(?:\d{2,4}\s*(?:年度?|财年|財年)?(?:同期|底|末)?|上年(?:同期|度)?|去年(?:同期)?|上一年(?:度)?|上季度?|上一季度?|前一年)?\s*(?:的|之)?\s*(?:约|約|近)?\s*$|\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs\.?)\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/** The figure is the level another is compared with. */
function comparedLevel(ctx: CheckContext, f: Figure): boolean {
  return COMPARED_LEVEL_BEFORE.test(t(ctx, Math.max(0, f.offset - 16), f.offset));
}

/** Words of a measure that a part and its whole both name (营收…其中数据中心业务营收, revenue … of which data center revenue). */
const WHOLE_MEASURE_WORDS = /营业收入|營業收入|营收|營收|收入|销售额|銷售額|revenues?|sales|资本支出|資本支出|资本开支|資本開支|capex|capital expenditures?|出货量|出貨量|shipments|净利润|淨利潤|net income|投资|投資|investment/gi;
/** One word for one measure: 营收, 营业收入, 收入, 销售额, revenue and sales are all revenue ("营收约26.33亿元…其中互连类芯片销售收入约为24.61亿元"). */
function measureWord(word: string): string {
  const w = word.toLowerCase().replace(/s$/, '');
  return /^(?:营业收入|營業收入|营收|營收|收入|销售额|銷售額|revenue|sale)$/.test(w) ? 'revenue' : w;
}
/** Between a whole and one part: 其中/of which/including, then what the part is ("，其中数据中心业务营收", ", of which data center revenue was "). */
// ("总收入37.72亿元，同比增长10.8%；其中，生成式AI收入…": a semicolon right before 其中 too.)
// ("13,000 high-paying tech jobs, including": an English whole's words may run longer before the cue.)
const PART_OF_WHOLE_CUE = /^(?:\s*[；;]\s*|[^\d。；;]{0,16}?|[^\d。；;.]{0,32}?,\s*)(?:其中|包括|包含|\bof\s+which|\bincluding)[^\d。；;]{0,36}$/i;
/**
 * "累計融資26億歐元，其中僅“米斯特拉爾”一家便占據了17億歐元", "of which Mistral alone took €1.7 billion": one party's share of
 * the whole, which names no measure of its own.
 */
const ONE_PARTY_TOOK = /一家(?:公司|企业|企業)?(?:便|就|即)?(?:占据|占據|占|佔|拿下|获得|獲得|融得|募得|吸纳|吸納)了?\s*$|\balone\s+(?:accounted\s+for|took|raised|received|attracted)\s+$/;
/** Words of a total some of whose parts subtract (a net figure, a write-down), or a part that is an outflow. */
const SUBTRACTING_PARTS = /\bnet\b|净|淨|minus|offset|marked down|write-?downs?|减去|減去|扣除|抵消|抵銷|亏损|虧損|\bloss/i;

/**
 * "营收570亿美元，其中数据中心业务营收612亿美元", "revenue of $57 billion, of which data center revenue was $61.2 billion": one
 * part of a whole, named with the whole's own measure after 其中/of which/including, cannot be larger than the whole
 * (partsOfTotal leaves a single part alone, as parts of a net total may subtract).
 */
function partOverWhole(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  for (let i = 0; i + 1 < list.length; i++) {
    const total = list[i];
    if (!QUANTITY.has(total.kind) || done.has(total) || total.qualifier === 'range') continue;
    if (comparedLevel(ctx, total)) continue;
    let k = i + 1;
    // (The whole's own growth rate may stand before the part: "营收570亿美元，同比增长62%，其中…"; so may the level it is
    // compared with, "较2022年的5.36502亿港元增长32.11%,其中…".)
    while (k < list.length && (list[k].kind === 'percent' || list[k].kind === 'ratio' || TIME.has(list[k].kind) || (sameUnit(list[k], total) && comparedLevel(ctx, list[k])))) k++;
    const part = list[k];
    if (!part || done.has(part) || !sameUnit(part, total) || part.qualifier === 'range') continue;
    const gap = t(ctx, list[k - 1].offset + list[k - 1].length, part.offset);
    if (!PART_OF_WHOLE_CUE.test(gap) || CHANGE_WORD_BEFORE.test(t(ctx, Math.max(0, part.offset - 8), part.offset))) continue;
    // (Only up to a semicolon after the part: "…其中互连类芯片销售收入约为24.61亿元,同比增长约61%;归母净利润11亿元" names the
    // net profit of another clause.)
    const sentence = t(ctx, Math.max(0, total.offset - 40), part.offset + part.length) + t(ctx, part.offset + part.length, Math.min(ctx.masked.length, part.offset + part.length + 40)).split(/[；;。]/)[0];
    if (SUBTRACTING_PARTS.test(sentence)) continue;
    const wholeWords = new Set((t(ctx, Math.max(0, total.offset - 24), total.offset).match(WHOLE_MEASURE_WORDS) ?? []).map(measureWord));
    const partWords = (t(ctx, total.offset + total.length, part.offset).match(WHOLE_MEASURE_WORDS) ?? []).map(measureWord);
    if (!partWords.some((w) => wholeWords.has(w)) && !ONE_PARTY_TOOK.test(gap) && !sameThingsCounted(ctx, total, part)) continue;
    const whole = figureRange(total);
    const own = figureRange(part);
    if (!bounded(whole) || !Number.isFinite(own[0]) || own[0] <= widen(whole, 0.01)[1]) continue;
    push(ctx, out, done, part, [total],
      `算不上：其中一部分“${part.text}”大于总数“${total.text}”。`,
      `Does not compute: a part, "${part.text}", is larger than the whole it is part of, "${total.text}".`);
  }
}

/** After an English part's count: a preposition, no noun of its own ("including 4,500 under TSMC"). */
const PART_NOUN_ELIDED_AFTER = /^\s+(?:under|at|in|from|for|with|by|on)\s/i;

/**
 * Two counts of the same things: the same counted noun, the same classifier closing both spans (培訓250萬人…其中包括在印尼的84萬人),
 * or the same word after both numbers ("train 2.5 million people, including 840,000 people in Indonesia").
 */
function sameThingsCounted(ctx: CheckContext, a: Figure, b: Figure): boolean {
  if (a.kind !== 'count' || b.kind !== 'count') return false;
  // ("13,000 high-paying tech jobs, including 4,500 under TSMC": a part that names no noun of its own counts the whole's.)
  if (!b.noun && PART_NOUN_ELIDED_AFTER.test(t(ctx, b.offset + b.length, b.offset + b.length + 12))) return true;
  if (a.noun || b.noun) return a.noun === b.noun;
  const lastA = a.text.charCodeAt(a.text.length - 1);
  // (Not a classifier of anything: 26个省…其中江苏省最多,有97个 counts provinces, then projects.)
  if (lastA >= 0x4e00 && lastA <= 0x9fff) return b.text.charCodeAt(b.text.length - 1) === lastA && !isChineseNumeral(lastA) && !GENERAL_CLASSIFIERS.includes(String.fromCharCode(lastA));
  const wordA = WORD_AFTER.exec(t(ctx, a.offset + a.length, a.offset + a.length + 24));
  const wordB = WORD_AFTER.exec(t(ctx, b.offset + b.length, b.offset + b.length + 24));
  return !!wordA && !!wordB && wordA[1].toLowerCase() === wordB[1].toLowerCase();
}
const WORD_AFTER = /^ ([A-Za-z]{3,})\b/;
const GENERAL_CLASSIFIERS = '个個家项項次种種件';
const isChineseNumeral = (c: number) => '〇一二三四五六七八九十百千万萬亿億'.includes(String.fromCharCode(c));

/** A total that says how many parts it adds ("三者合计占据近60%", "两家合计"), and that number. */
// ("三家厂商总市场份额占比达34.8%": the parts' noun, then 总 and what is totalled.)
const COUNTED_TOTAL_BEFORE = /(两|兩|二|三|四|五)(?:者|家|大|项|項|个|個)?(?:厂商|廠商|公司|企业|企業|巨头|巨頭)?(?:(?:合计|合計|共计|共計|加总|加總|总计|總計|合共)|[总總](?:市场份额|市場份額|市占率|份额|份額|营收|營收|收入))(?:占据|占據|占比|佔比|占|佔|约|約|近|达|達|为|為|超过|超過|逾|共)*\s*$/;
const COUNTED_PARTS: Record<string, number> = { 两: 2, 兩: 2, 二: 2, 三: 3, 四: 4, 五: 5 };
/** Before a figure: words that make it a change, not a part ("同比增长5%"). */
const CHANGE_WORD_BEFORE = /(?:增长|增長|增加|下降|减少|減少|提升|提高|上升|下滑|同比|环比|環比|增幅|降幅|\bup\b|\bdown\b)\s*(?:了|约|約|近)?\s*$/;

/**
 * "阿里云以21.31%的份额保持领先，华为云和腾讯云分别以19%、16%紧随其后，三者合计占据近60%的市场份额": a total naming
 * how many parts it adds takes the last that many figures of its unit before it in the sentence (no change among them).
 */
function countedTotal(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  for (let i = 2; i < list.length; i++) {
    const total = list[i];
    if (done.has(total) || (total.kind !== 'percent' && !QUANTITY.has(total.kind))) continue;
    const from = Math.max(0, total.offset - 20);
    const m = COUNTED_TOTAL_BEFORE.exec(t(ctx, from, total.offset));
    if (!m) continue;
    const cueStart = from + m.index;
    const n = COUNTED_PARTS[m[1]];
    const parts: Figure[] = [];
    for (let k = i - 1; k >= 0 && parts.length < n; k--) {
      const f = list[k];
      if (TIME.has(f.kind) || f.offset >= cueStart) continue; // the 两家 of the cue itself
      const alike = total.kind === 'percent' ? f.kind === 'percent' : sameUnit(f, total);
      if (!alike || f.qualifier === 'range' || CHANGE_WORD_BEFORE.test(t(ctx, Math.max(0, f.offset - 8), f.offset))) break;
      parts.unshift(f);
    }
    if (parts.length !== n) continue;
    let acc: Iv = [0, 0];
    for (const p of parts) acc = add(acc, figureRange(p));
    if (!bounded(acc)) continue;
    const it = figureRange(total);
    if (overlap(widen(acc, 0.01), widen(it, 0.01))) continue;
    const sum = acc[0] === acc[1] ? acc[0] : (acc[0] + acc[1]) / 2;
    push(ctx, out, done, total, parts,
      `算不上：这${n}项相加约为${formatLike(sum, total)}，而非“${total.text}”。`,
      `Does not compute: the ${n} parts add up to about ${formatLike(sum, total)}, not "${total.text}".`,
      sum);
  }
}

/** After a total, what introduces some of its parts: 其中, 包括, "of which", "including". */
// ("It offers 180MW, including an existing 72MW facility and 108MW of expansion capacity": an article and an adjective after the cue.)
const PARTS_CUE = /^(?:[^\d。；;]{0,16}?(?:其中|包括|包含|含|of\s+which|including|comprising)|[^\d。；;]{0,48}?\bout\s+of\s+which)\s*(?:[^\d。；;]{0,14}|(?:an?|the)\s+[a-z-]{2,14}\s+)$/i;
/** Before a figure, words that make it a change's other level or a comparison, not one more part (", up from 8.4 trillion won"). */
// ("$16.1 billion from the government and $22 billion": from naming where a part comes from is no base.)
const NOT_A_PART_BEFORE = /\b(?:up|down|rising|falling|compared|versus|vs)\b|\bfrom\s*$|较|較|比|同比/i;
/** Between two figures, a word naming another total ("…,其中库存资金150亿美元,总负债为173亿美元"): the parts end there. */
const ANOTHER_TOTAL_IN_GAP = /总|總|合计|合計|其中|\btotal\b/i;
/** Between a part and its own change rate: a comma and how the change is measured (",同比增长20%", ", up 12%"). */
const OWN_CHANGE_GAP = /^\s*[，,]\s*(?:(?:同比|环比|環比|按年|按季)\s*(?:增长|增長|增加|下降|减少|減少|上升|下滑|上涨|上漲)?|(?:up|down)|(?:an?\s+)?(?:increase|decrease|rise|drop)\s+of)\s*$/i;
/** Between two parts: a short label, a separator and a short label ("、二期", " for phase one and "). */
const PART_GAP = /^[^\d。；;]{0,28}?(?:、|，|,|;|；|和|及|与|以及|\band\b)[^\d。；;]{0,12}$/i;

/**
 * "总投资500亿元，其中一期200亿元、二期200亿元、三期200亿元", "$500 billion in total, including $200 billion
 * for phase one and $350 billion for phase two": parts named after a total may leave some out, but
 * cannot add up to more than it.
 */
function partsOfTotal(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  for (let i = 0; i + 2 < list.length; i++) {
    const total = list[i];
    if (!QUANTITY.has(total.kind) || done.has(total)) continue;
    // ("新增1.6万片12英寸产能…其中8英寸超满载,12英寸接近满载": a length under 10 m is a size, wafers' or chips', not a sum of parts.)
    if (total.kind === 'length' && (total.value ?? total.high ?? 0) < 10) continue;
    // ("总规模达到516 EFlops，增速达到44%，其中基础算力…": the total's own growth rate may stand before the parts.)
    let firstAt = i + 1;
    // ("136 GW of capacity additions in 2020 out of which 72 GW was from wind": the total's year between it and its parts.)
    while (firstAt < list.length && firstAt < i + 3 && timeLike(ctx, list[firstAt])) firstAt++;
    if (firstAt >= list.length) continue;
    // ("主要业务收入为7.08782亿港元,较2022年的5.36502亿港元增长32.11%,其中…": the level compared with, and its change, stand
    // between the total and its parts; the old level is never itself the total.)
    if (comparedLevel(ctx, total)) continue;
    if (sameUnit(list[firstAt], total) && comparedLevel(ctx, list[firstAt])) {
      firstAt++;
      while (firstAt < list.length && (list[firstAt].kind === 'percent' || list[firstAt].kind === 'ratio') && !PARTS_CUE.test(g(ctx, list, list[firstAt - 1].offset + list[firstAt - 1].length, list[firstAt].offset))) firstAt++;
      if (firstAt >= list.length) continue;
    }
    if ((list[firstAt].kind === 'percent' || list[firstAt].kind === 'ratio') && !PARTS_CUE.test(g(ctx, list, total.offset + total.length, list[firstAt].offset))) firstAt++;
    const first = list[firstAt];
    if (!first || !sameUnit(first, total) || !PARTS_CUE.test(g(ctx, list, timeLike(ctx, list[firstAt - 1]) || list[firstAt - 1] === total ? total.offset + total.length : list[firstAt - 1].offset + list[firstAt - 1].length, first.offset))) continue;
    // "月薪2.5萬元至6萬元的職位…其中以月薪4萬至5萬元的空缺最多": a band and the bands inside it are no sum.
    if (total.qualifier === 'range' || first.qualifier === 'range') continue;
    const it = figureRange(total);
    if (!bounded(it)) continue;
    // "net new resources total about 9.4 GW, including 11 GW of batteries … marked down by 14 GW": a net total, or a
    // first part larger than the total, has parts that subtract; their sum says nothing.
    // ("净订单额132亿欧元(其中EUV系统74亿欧元,非EUV系统58亿欧元)", "net sales": a measure named net whose parts add.)
    if (figureRange(first)[0] > it[1] || /(?:\bnet\b(?!\s+(?:sales|bookings|revenues?)\b)|[净淨](?!销售|銷售|订单|訂單|营收|營收))[^\d。；;.]{0,30}$/i.test(t(ctx, Math.max(0, total.offset - 40), total.offset))) continue;
    // Each part is smaller than the total, and a closing bracket ends the parts ("183个(含智算中心12个、超算中心2个),…").
    const parts = [first];
    // Where the text between the last part and the next starts: after the last part, or after its own change rate.
    let from = first.offset + first.length;
    let afterRate = false;
    for (let k = firstAt + 1; k < list.length; k++) {
      // ("其中游戏业务收入492亿元,同比增长20%,社交网络收入398亿元": a part's own change rate stands between two parts.)
      if ((list[k].kind === 'percent' || list[k].kind === 'ratio') && OWN_CHANGE_GAP.test(t(ctx, from, list[k].offset))) {
        from = list[k].offset + list[k].length;
        afterRate = true;
        continue;
      }
      if (!sameUnit(list[k], total) || figureRange(list[k])[0] > it[1]) break;
      const gap = t(ctx, from, list[k].offset);
      // ("其中服务收入为16.275亿元,同比增长40.3%;净亏损2.715亿元": after a part's rate, a semicolon ends the parts.)
      if (!PART_GAP.test(gap) || /[)）]/.test(gap) || NOT_A_PART_BEFORE.test(gap) || ANOTHER_TOTAL_IN_GAP.test(gap) || (afterRate && /[;；]/.test(gap))) break;
      parts.push(list[k]);
      from = list[k].offset + list[k].length;
      afterRate = false;
    }
    if (parts.length < 2) continue;
    let acc: Iv = [0, 0];
    let whole = false;
    for (const p of parts) {
      acc = add(acc, figureRange(p));
      // "共有56只…其中37只首日上升、17只下跌及2只无起跌，且有16只…": once the parts make the total, what
      // follows is another count.
      if (p !== first && overlap(widen(acc, 0.01), widen(it, 0.01))) whole = true;
    }
    if (whole || !bounded(acc) || acc[0] <= it[1] * 1.01) continue;
    const sum = (acc[0] + acc[1]) / 2;
    push(ctx, out, done, total, parts,
      `算不上：其中各项相加约为${formatLike(sum, total)}，已超过总数“${total.text}”。`,
      `Does not compute: the parts named add up to about ${formatLike(sum, total)}, more than the total "${total.text}".`);
  }
}

/** The currencies a money figure may be in: a bare ¥ read as the yuan may be the yen. */
function yenOrYuan(f: Figure): string[] {
  return bareYen(f) ? ['CNY', 'JPY'] : [f.unit];
}

/** How far a conversion in prose may stray from the table's range of rates (rates move, and writers round). */
const RATE_SLACK = 1.3;

/** Units of `to` per unit of `from` in one table (the dollar is 1 per dollar). */
function crossRate(perUsd: Record<string, number>, from: string, to: string): number | undefined {
  const a = from === 'USD' ? 1 : perUsd[from];
  const b = to === 'USD' ? 1 : perUsd[to];
  return a && b ? b / a : undefined;
}

// "$15 billion (around ₹13,318 crore)", "1000亿美元（约合7000亿元人民币）": a conversion that no exchange
// rate of the years the table covers (2017 on, widened by RATE_SLACK) gives — a slipped scale, not a rate.
/**
 * Dollars other than the US one, written with their own prefix (A$, NZ$, C$, S$, HK$), that a publication may also
 * write as a bare $. Not NT$: no copy writes the Taiwan dollar so, and "NT$1 billion ($31.2 million)" is a conversion.
 */
const OTHER_DOLLARS = new Set(['AUD', 'NZD', 'CAD', 'SGD', 'HKD']);

/** An amount written in a currency's hundredth (仙, 分, cents, sen, ¢, pence). */
const SUBUNIT_TEXT = /仙|分|cents?\b|sen\b|¢|pence\b/i;

/** A word joining two members of a list of amounts: 與, 和, 及, 、, a comma, "and". */
const LIST_JOINER = /^\s*(?:[與与和及、,，]|and)\s*$/;

/** A figure's interval, with a one-sided bound (up to, more than) read as its value. */
function pointOfBound(f: Figure): Iv {
  const one = f.value != null && (f.low == null) !== (f.high == null) && f.qualifier !== 'range';
  return one ? [f.value!, f.value!] : figureRange(f);
}

/** Between two terms of a sum written out: a label, a plus sign, a label ("市场500亿+鲲鹏PC市场"). */
const PLUS_BETWEEN = /^[^，,。；;=＝+＋]{0,30}[+＋][^，,。；;=＝+＋]{0,30}$/;
/** Between the last term and the total: an equals sign. */
// ("$618.1M (25%) = CCS $1,865.4M": a term's share in brackets before it, and the total's label after it.)
const EQUALS_BETWEEN = /^\s*(?:[（(][^()（）=＝+＋]{0,20}[)）])?\s*[=＝]\s*(?:[A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff]{0,11}\s*)?$/;

/** Slack of a total written after + and =: a few per cent of rounding in the terms. */
const WRITTEN_SUM_SLACK = 0.03;

/** An opening bracket right before a figure. */
const OPEN_BRACKET_BEFORE = /[（(]\s*$/;

/** "服务器市场500亿+PC市场390亿+其余市场1000亿=1890亿", "$2B + $3B = $5B": a sum written with + and =. */
function writtenSums(ctx: CheckContext, all: Figure[], out: Raw[], done: Set<Figure>) {
  // ("Communications $1,067.3M (42% of total) + Enterprise $618.1M (25%) = …": each term's share in brackets is no term.)
  const operands = all.filter((f) => !(f.kind === 'percent' && OPEN_BRACKET_BEFORE.test(t(ctx, Math.max(0, f.offset - 2), f.offset)) && /^[^()（）\d]{0,12}[)）]/.test(t(ctx, f.offset + f.length, f.offset + f.length + 14))));
  for (let k = 2; k < operands.length; k++) {
    const total = operands[k];
    if (done.has(total) || !QUANTITY.has(total.kind) || !EQUALS_BETWEEN.test(t(ctx, operands[k - 1].offset + operands[k - 1].length, total.offset))) continue;
    const terms = [operands[k - 1]];
    for (let j = k - 2; j >= 0 && PLUS_BETWEEN.test(t(ctx, operands[j].offset + operands[j].length, operands[j + 1].offset)); j--) terms.unshift(operands[j]);
    if (terms.length < 2 || !terms.every((f) => sameUnit(f, total))) continue;
    const sum = terms.reduce<Iv>((acc, f) => add(acc, figureRange(f)), [0, 0]);
    // A sum written out with + and = states exact arithmetic: only the rounding of its terms is slack, not SLACK.
    if (overlap(widen(sum, 0.01), widen(figureRange(total), WRITTEN_SUM_SLACK))) continue;
    const value = terms.reduce((acc, f) => acc + (f.value ?? NaN), 0);
    const shown = formatLike(value, total);
    push(ctx, out, done, total, terms,
      `算不上：${terms.map((f) => f.text).join(' + ')} 合计约为${shown}，而非“${total.text}”。`,
      `Does not compute: ${terms.map((f) => f.text).join(' + ')} adds up to about ${shown}, not "${total.text}".`,
      value);
  }
}

/** A price's unit right after the amount: " per watt", " a share", "/kWh". */
const PER_UNIT_LEAD = /^\s*(?:(?:per|a)\s+[A-Za-z]+|\/\s*[A-Za-z]+)(?=\s*[（(,，])/;

function conversions(ctx: CheckContext, list: Figure[], out: Raw[], done: Set<Figure>) {
  // A sentence dated before the rate tables' first year ("In the six months ending June 30, 2004 … 104.6 million pounds
  // ($188 million)"): the rates of its time are not known here.
  if ((latestYearIn(list) ?? Infinity) < FIRST_RATE_YEAR) return;
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1];
    const b = list[k];
    if (a.kind !== 'money' || b.kind !== 'money' || a.unit === b.unit || done.has(b)) continue;
    // ("三千七百萬美元(折合約二億八千幾萬港元)": a vague amount, 幾萬, converts to no checkable figure.)
    if (a.qualifier === 'vague' || b.qualifier === 'vague') continue;
    // ("US$14.53 per watt (S$187.6)": a price's unit between, which the conversion shares.)
    if (!CONVERSION_BETWEEN.test(t(ctx, a.offset + a.length, b.offset).replace(PER_UNIT_LEAD, ''))) continue;
    // "1902.69萬美元與4777.21萬美元（約新台幣5.97億元與15億元）": a list converted by a list in the bracket, member by member.
    const a0 = list[k - 2];
    const b1 = list[k + 1];
    if (a0 && b1 && a0.kind === 'money' && b1.kind === 'money' && LIST_JOINER.test(t(ctx, a0.offset + a0.length, a.offset)) && LIST_JOINER.test(t(ctx, b.offset + b.length, b1.offset))) {
      convertPair(ctx, a0, b, out, done);
      if (!done.has(b1)) convertPair(ctx, a, b1, out, done);
      continue;
    }
    convertPair(ctx, a, b, out, done);
  }
}

/** "per ADR", "per ADS", "每单位ADR": an amount per depositary receipt. */
const PER_ADR_AFTER = /^\s*(?:per\s+(?:ADR|ADS|American depositary)|每单位?ADR|每單位?ADR)/i;

const FIRST_RATE_YEAR = Number(RATE_TABLES[0].period.slice(0, 4));

/** The latest year a year, date or period of the sentence names, or undefined when it names none. */
function latestYearIn(list: Figure[]): number | undefined {
  let latest: number | undefined;
  for (const f of list) {
    if ((f.kind !== 'year' && f.kind !== 'date' && f.kind !== 'period') || f.time?.relative) continue;
    const year = Number((f.time?.to ?? f.time?.from ?? '').slice(0, 4));
    if (year > (latest ?? -Infinity)) latest = year;
  }
  return latest;
}

/** Whether some exchange rate of the table's years turns `a` into `b`; a finding on `b` when none does. */
function convertPair(ctx: CheckContext, a: Figure, b: Figure, out: Raw[], done: Set<Figure>) {
  // "A$400m ($420m)" in New Zealand copy: a bare $ beside another dollar may be the publication's own
  // dollar, not the US one; which dollar is meant cannot be told, so no check.
  if (OTHER_DOLLARS.has(a.unit) && b.unit === 'USD' && /^[-−]?\$/.test(b.text)) return;
  // "每度電101.2仙（即1.012元)": a price in cents restated in its own currency's units (Hong Kong cents read
  // as sen where the passage names no currency): the same amount, no conversion.
  if (a.value !== null && a.value === b.value && (SUBUNIT_TEXT.test(a.text) || SUBUNIT_TEXT.test(b.text))) return;
  // "earnings per share of NT$4.66 (US$0.78 per ADR unit)": an ADR holds several shares, so its amount is no conversion
  // of one share's.
  if (PER_ADR_AFTER.test(ctx.masked.slice(b.offset + b.length, b.offset + b.length + 16))) return;
  // ("add up to AU$600 billion (US$38.8 billion)": the bracket restates the hedged amount, so a one-sided hedge is
  // read as the amount itself.)
  const ia = pointOfBound(a);
  const ib = pointOfBound(b);
  if (!(ia[0] > 0) || !Number.isFinite(ia[1]) || !bounded(ib)) return;
  const implied: Iv = [ib[0] / ia[1], ib[1] / ia[0]];
  // A bare ¥ is the yuan unless the draft says yen (figures/local-currency.ts); in a passage that says
  // neither, "¥20 billion ($125 million)" may be yen: a conversion that either currency gives computes.
  let known = false;
  let fits = false;
  for (const from of yenOrYuan(a)) {
    for (const to of yenOrYuan(b)) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const table of RATE_TABLES) {
        const r = crossRate(ratesWithPegs(table), from, to);
        if (r === undefined) continue;
        lo = Math.min(lo, r);
        hi = Math.max(hi, r);
      }
      if (!Number.isFinite(lo)) continue;
      known = true;
      if (overlap(implied, [lo / RATE_SLACK, hi * RATE_SLACK])) fits = true;
    }
  }
  if (!known || fits) return;
  const latest = rateTableFor(undefined);
  const rates = ratesWithPegs(latest);
  const rate = crossRate(rates, a.unit, b.unit);
  if (rate === undefined) return;
  const converted = (a.value ?? (ia[0] + ia[1]) / 2) * rate;
  const shown = formatLike(converted, b);
  const named = [a.unit, b.unit].filter((c) => c !== 'USD').map((c) => rateLabel(c, rates[c])).join(', ');
  push(ctx, out, done, b, [a],
    `换算不符：按${periodLabel(latest.period, 'zh')}平均汇率（${named}），${a.text}约合${shown}，而非“${b.text}”。`,
    `Conversion does not compute: at the ${periodLabel(latest.period, 'en')} average rate (${named}), ${a.text} is about ${shown}, not "${b.text}".`,
    converted);
}

// ---------------------------------------------------------------------------------------------
// Tables

/**
 * The change column of a Markdown table against its two period columns: "| Meta | $72.2 billion | $39.2 billion | +48% |"
 * under "| Company | 2025 capex | 2024 capex | Change |" does not compute (+84%). A row's cells are far from the header that
 * names them, so this runs over whole tables, not sentence by sentence.
 */
export const tableArithmetic: CheckDefinition = {
  code: 'arithmetic',
  defaultSeverity: 'warning',
  description: arithmetic.description,
  run(ctx) {
    const out: Raw[] = [];
    const text = ctx.masked;
    if (text.indexOf('|') < 0) return out;
    for (let at = text.indexOf('--'); at >= 0; ) {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      let lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = text.length;
      if (lineStart > 0 && DELIMITER_ROW.test(text.slice(lineStart, lineEnd))) {
        const headerStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        lineEnd = checkTable(ctx, out, headerStart, lineStart - 1, lineEnd);
      }
      at = lineEnd < text.length ? text.indexOf('--', lineEnd) : -1;
    }
    return out;
  },
};

/** A header cell naming a change: "Change", "YoY", "% chg", 同比, 增幅. */
const CHANGE_HEADER = /\b(?:change|chg|growth|yoy|y\/y|y-o-y|increase)\b|同比|增长|增長|增幅|增速|涨幅|漲幅|增减|增減|变化|變化|变动|變動|年增|成长|成長/i;
/** A year in a header cell, maybe with its fiscal or quarter words around it: "2025", "FY2025", "Q3 2025", "2025年". */
const HEADER_YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/;

/** Cells of one table line: [start, end) of each, between its pipes. */
function cellsOf(text: string, base: number): [number, number][] {
  const cells: [number, number][] = [];
  let from = 0;
  const inner = text.replace(/\s+$/, '');
  // (A leading and a trailing pipe open and close the row; they bound no cell.)
  if (inner.trimStart().startsWith('|')) from = inner.indexOf('|') + 1;
  const end = inner.endsWith('|') ? inner.length - 1 : inner.length;
  for (let k = from; k <= end; k++) {
    if (k === end || inner.charCodeAt(k) === 124) {
      cells.push([base + from, base + k]);
      from = k + 1;
    }
  }
  return cells;
}

/** Checks the rows under one header; returns where the table ends. */
function checkTable(ctx: CheckContext, out: Raw[], headerStart: number, headerEnd: number, delimiterEnd: number): number {
  const text = ctx.masked;
  const header = cellsOf(text.slice(headerStart, headerEnd), headerStart);
  const rows: [number, number][][] = [];
  let end = text.length;
  for (let lineStart = delimiterEnd + 1; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.indexOf('|') < 0) {
      end = lineStart;
      break;
    }
    const cells = cellsOf(line, lineStart);
    if (cells.length === header.length) rows.push(cells);
    lineStart = lineEnd + 1;
  }
  const figures = ctx.analysis.figures;
  // The one figure of a cell, or undefined.
  const only = (cell: [number, number]) => {
    const k = firstSpanFrom(figures, cell[0]);
    const f = figures[k];
    return f && f.offset + f.length <= cell[1] && !(figures[k + 1] && figures[k + 1].offset < cell[1]) ? f : undefined;
  };
  changeColumn(ctx, out, header, rows, only);
  changeDownColumn(ctx, out, header, rows, only);
  totalRow(ctx, out, header, rows, only);
  return end;
}

/** Each row's change against its two period columns, when the header names them. */
function changeColumn(ctx: CheckContext, out: Raw[], header: [number, number][], rows: [number, number][][], only: (cell: [number, number]) => Figure | undefined): void {
  const text = ctx.masked;
  let change = -1;
  const periods: { cell: number; year: number; kind: string }[] = [];
  for (let k = 0; k < header.length; k++) {
    const words = text.slice(header[k][0], header[k][1]);
    if (CHANGE_HEADER.test(words)) {
      if (change >= 0) return;
      change = k;
      continue;
    }
    const year = HEADER_YEAR.exec(words);
    if (year) periods.push({ cell: k, year: Number(year[1]), kind: words.replace(HEADER_YEAR, 'Y').replace(/\s+/g, ' ').trim().toLowerCase() });
  }
  // Exactly two periods of one kind ("2025 capex", "2024 capex"; "Q3 2025", "Q3 2024") a year or more apart, and one change.
  if (change < 0 || periods.length !== 2 || periods[0].kind !== periods[1].kind || periods[0].year === periods[1].year) return;
  const [newer, older] = periods[0].year > periods[1].year ? periods : [periods[1], periods[0]];
  for (const cells of rows) {
    const b = only(cells[newer.cell]);
    const a = only(cells[older.cell]);
    const c = only(cells[change]);
    if (a && b && c) checkTableChange(ctx, out, a, b, c);
  }
}

/** A table's percent change `c` from the level `a` to the level `b`. */
function checkTableChange(ctx: CheckContext, out: Raw[], a: Figure, b: Figure, c: Figure): void {
  // (A change beside a column of percents, margins or shares, may be in points however it is written.)
  if (!sameUnit(a, b) || a.kind === 'percent' || c.kind !== 'percent' || c.unit !== 'percent') return;
  const ia = figureRange(a);
  const ib = figureRange(b);
  if (ia[0] <= 0) return;
  const actual = div(sub(ib, ia), ia).map((x) => x * 100) as Iv;
  if (overlap(widen(actual, 0.02), widen(figureRange(c), SLACK))) return;
  const va = a.value ?? (ia[0] + ia[1]) / 2;
  const vb = b.value ?? (ib[0] + ib[1]) / 2;
  const fix = ((vb - va) / va) * 100;
  const shown = `${fix > 0 && /^\s*\+/.test(c.text) ? '+' : ''}${Math.round(fix * 10) / 10}%`;
  push(ctx, out, new Set(), c, [a, b],
    `算不上：从${a.text}到${b.text}，变化约为${shown}，而非“${c.text}”。`,
    `Does not compute: from ${a.text} to ${b.text} is a change of about ${shown}, not "${c.text}".`,
    fix);
}

/** A change header that can only mean a year-on-year change, for rows of quarters ("YoY", 同比; not "Change", which may be sequential). */
const YEAR_ON_YEAR_HEADER = /\b(?:yoy|y\/y|y-o-y|year[- ]over[- ]year|year[- ]on[- ]year)\b|同比|年增/i;
/** A row label that is a year alone ("2025", "FY2025", "2025年", "2025E" excluded): the rows before it are other years. */
const YEAR_ROW_LABEL = /^\s*(?:\*\*)?\s*(?:FY\s?)?((?:19|20)\d\d)(?:年|财年|財年|fiscal\s+year)?\s*(?:\*\*)?\s*$/i;

/**
 * A table with periods as rows: "| Year | Capex | YoY |" over "| 2024 | $39.2 billion | |" and "| 2025 | $72.2 billion | +48% |".
 * A change cell is checked against the value column left of it, from the row of the year before (of the same quarter,
 * when rows are quarters and the header says year-on-year) to its own row.
 */
function changeDownColumn(ctx: CheckContext, out: Raw[], header: [number, number][], rows: [number, number][][], only: (cell: [number, number]) => Figure | undefined): void {
  const text = ctx.masked;
  const headerWords = header.map(([a, b]) => text.slice(a, b));
  // (A header naming periods is read across by changeColumn; a row label's period is read down here.)
  if (headerWords.some((w) => HEADER_YEAR.test(w))) return;
  const periods = rows.map((cells) => {
    const label = text.slice(cells[0][0], cells[0][1]);
    const year = HEADER_YEAR.exec(label);
    if (!year) return undefined;
    return { year: Number(year[1]), kind: label.replace(HEADER_YEAR, 'Y').replace(/[*\s]+/g, ' ').trim().toLowerCase(), yearAlone: YEAR_ROW_LABEL.test(label) };
  });
  // The row of each period, by its kind and year (a long table is not searched once per row).
  const rowOf = new Map<string, number>();
  periods.forEach((p, r) => p && !rowOf.has(`${p.kind}|${p.year}`) && rowOf.set(`${p.kind}|${p.year}`, r));
  for (let col = 2; col < header.length; col++) {
    if (!CHANGE_HEADER.test(headerWords[col]) || CHANGE_HEADER.test(headerWords[col - 1])) continue;
    const yearOnYear = YEAR_ON_YEAR_HEADER.test(headerWords[col]);
    for (let r = 0; r < rows.length; r++) {
      const period = periods[r];
      // (Rows of quarters or months with a bare "Change" may compare each with the one before: only year-on-year is read.)
      if (!period || !(period.yearAlone || yearOnYear)) continue;
      const before = rowOf.get(`${period.kind}|${period.year - 1}`);
      if (before === undefined) continue;
      const c = only(rows[r][col]);
      const b = only(rows[r][col - 1]);
      const a = only(rows[before][col - 1]);
      if (a && b && c) checkTableChange(ctx, out, a, b, c);
    }
  }
}

/** A row that totals the rows above it: "| Total | … |", "| 合计 | … |". */
const TOTAL_LABEL = /^\s*(?:\*\*)?\s*(?:total|sum|combined|all|合计|合計|总计|總計|总和|總和)(?![A-Za-z])/i;

/** A total row's amounts against the sum of the column above it (all rows of the body, one figure each, one unit). */
function totalRow(ctx: CheckContext, out: Raw[], header: [number, number][], rows: [number, number][][], only: (cell: [number, number]) => Figure | undefined): void {
  const text = ctx.masked;
  const at = rows.findIndex((cells) => TOTAL_LABEL.test(text.slice(cells[0][0], cells[0][1])));
  // (The total closes the table, after two rows or more: a total row in the middle opens another block.)
  if (at < 2 || at !== rows.length - 1) return;
  for (let col = 1; col < header.length; col++) {
    const total = only(rows[at][col]);
    if (!total || !QUANTITY.has(total.kind) || total.qualifier !== 'exact') continue;
    let sum: Iv = [0, 0];
    const parts: Figure[] = [];
    for (let r = 0; r < at; r++) {
      const f = only(rows[r][col]);
      if (!f || !sameUnit(f, total) || f.qualifier !== 'exact') {
        parts.length = 0;
        break;
      }
      parts.push(f);
      sum = add(sum, figureRange(f));
    }
    if (parts.length < 2) continue;
    if (overlap(widen(sum, 0.01), widen(figureRange(total), 0.01))) continue;
    const value = parts.reduce((v, f) => v + (f.value ?? 0), 0);
    const shown = formatLike(value, total);
    push(ctx, out, new Set(), total, parts,
      `算不上：上方各行合计约为${shown}，而非“${total.text}”。`,
      `Does not compute: the rows above add up to about ${shown}, not "${total.text}".`,
      value);
  }
}
