// Hover: what a figure is (normalised, converted), what it is about, and what the store knows.
import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Fact, FactStore, Figure } from '../core/types.ts';
import { describeFigure, formatValue } from '../core/figures/format.ts';
import { factsForClaim, factsOfEntity } from '../core/facts-query.ts';
import { calendarKey, claimTimeKey, measureName, periodKey } from '../core/checks/common.ts';
import { displayName, escapeMarkdown, rangeOf, safeUrl, spanAt } from './convert.ts';
import { convertCurrency, periodLabel, rateLabel } from '../core/currency.ts';
import { pathToFileURL } from 'node:url';

type Lang = 'zh' | 'en';

const T = {
  about: { en: 'About', zh: '主体' },
  measure: { en: 'measure', zh: '指标' },
  time: { en: 'time', zh: '时间' },
  scope: { en: 'scope', zh: '范围' },
  facts: { en: 'Fact store', zh: '事实库' },
  superseded: { en: 'superseded', zh: '已被更新' },
  latest: { en: 'latest', zh: '最新' },
  sameClaim: { en: 'Same claim elsewhere in this draft', zh: '本稿中同一说法的其他位置' },
  line: { en: 'line', zh: '第', lineSuffix: { en: '', zh: '行' } },
  perYear: { en: 'a year at full load', zh: '满负荷运行一年' },
  entity: { en: 'Entity', zh: '实体' },
  noFacts: { en: 'No facts in the store yet.', zh: '事实库中暂无记录。' },
  notInStore: { en: ' (not in the fact store)', zh: '（事实库未收录）' },
} as const;

/** Lines as Markdown: list items stay together, everything else is its own paragraph. */
export function joinMarkdown(lines: string[]): string {
  let out = '';
  let prev = '';
  for (const line of lines) {
    if (line === '') continue;
    if (out) out += line.startsWith('- ') && prev.startsWith('- ') ? '\n' : '\n\n';
    out += line;
    prev = line;
  }
  return out;
}

function uiLang(analysis: Analysis, override: 'auto' | Lang): Lang {
  if (override !== 'auto') return override;
  return analysis.language === 'en' ? 'en' : 'zh';
}

export function hoverAt(doc: TextDocument, offset: number, analysis: Analysis, store: FactStore, langSetting: 'auto' | Lang): Hover | null {
  const lang = uiLang(analysis, langSetting);
  const fi = spanAt(analysis.figures, offset);
  if (fi >= 0) return remembered(analysis, store, lang, fi, () => figureHover(doc, fi, analysis, store, lang));
  const mi = spanAt(analysis.mentions, offset);
  if (mi >= 0) return remembered(analysis, store, lang, -1 - mi, () => entityHover(doc, mi, analysis, store, lang));
  return null;
}

/**
 * A hover depends only on the analysis (one version of the draft), the store and the language, so
 * the pointer going back and forth over a figure renders it once. Keyed by figure index, or
 * -1 - mention index.
 */
function remembered(analysis: Analysis, store: FactStore, lang: Lang, key: number, render: () => Hover): Hover {
  let memo = hoverMemo.get(analysis);
  if (!memo || memo.store !== store || memo.lang !== lang) hoverMemo.set(analysis, (memo = { store, lang, hovers: new Map() }));
  let hover = memo.hovers.get(key);
  if (!hover) memo.hovers.set(key, (hover = render()));
  return hover;
}
const hoverMemo = new WeakMap<Analysis, { store: FactStore; lang: Lang; hovers: Map<number, Hover> }>();

function factLine(fact: Fact, store: FactStore, lang: Lang, draftLang: Lang): string {
  const value = factValueText(fact, draftLang);
  const src = fact.source;
  const url = safeUrl(src.url);
  const title = escapeMarkdown(src.title ?? src.publisher ?? src.url);
  const link = url ? `[${title}](${url})` : title;
  const publisher = src.publisher && src.title ? ` — ${escapeMarkdown(src.publisher)}` : '';
  const state = fact.supersededBy ? ` *(${T.superseded[lang]} → ${escapeMarkdown(fact.supersededBy)})*` : '';
  const scope = [fact.period, fact.scope].filter(Boolean).map((s) => escapeMarkdown(s!)).join(', ');
  const where = safeUrl(pathToFileURL(fact.file).href + `#L${fact.line + 1}`);
  const entity = store.entities.get(fact.entityId);
  const entityName = escapeMarkdown(entity ? displayName(entity, lang) : fact.entityId);
  return `- **${escapeMarkdown(value)}**${scope ? ` (${scope})` : ''} · ${entityName} · ${escapeMarkdown(fact.asOf)} · ${link}${publisher}${state}${where ? ` · [↗](${where})` : ''}`;
}

export function factValueText(fact: Fact, lang: Lang): string {
  const q = fact.qualifier;
  if (fact.value != null) {
    const v = formatValue(fact.value, fact.unit, lang, { noun: fact.of });
    const prefix = lang === 'zh'
      ? { exact: '', about: '约', nearly: '近', 'more-than': '超过', 'at-least': '至少', 'up-to': '最多', 'less-than': '不到', 'at-most': '至多', range: '', vague: '' }[q]
      : { exact: '', about: 'about ', nearly: 'nearly ', 'more-than': 'more than ', 'at-least': 'at least ', 'up-to': 'up to ', 'less-than': 'less than ', 'at-most': 'at most ', range: '', vague: '' }[q];
    return prefix + v;
  }
  const lo = fact.low != null ? formatValue(fact.low, fact.unit, lang, { noun: fact.of }) : undefined;
  const hi = fact.high != null ? formatValue(fact.high, fact.unit, lang, { noun: fact.of }) : undefined;
  if (lo && hi) return `${lo}–${hi}`;
  if (lo) return (lang === 'zh' ? '至少' : 'at least ') + lo;
  return (lang === 'zh' ? '最多' : 'up to ') + (hi ?? '?');
}

function figureHover(doc: TextDocument, fi: number, analysis: Analysis, store: FactStore, lang: Lang): Hover {
  const figure = analysis.figures[fi];
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(figure.text)}** → ${escapeMarkdown(describeFigure(figure, lang))}`);
  const fiscal = figure.time?.fiscal && fiscalMonths(figure.time.fiscal, analysis, store, lang);
  if (fiscal) lines.push(fiscal);
  const claim = analysis.claims.find((c) => c.figure === fi);
  const conversion = conversions(figure, lang) ?? currencyLine(figure, lang, yearOf(claim?.time?.from));
  if (conversion) lines.push(conversion);
  if (claim && (claim.subject || claim.measure)) {
    const entity = claim.subject ? store.entities.get(claim.subject) : undefined;
    // An organisation the store does not know is named as the draft writes it (org:tiktok → TikTok).
    const guessed = !entity && claim.subject ? analysis.mentions.find((m) => m.entityId === claim.subject) : undefined;
    const name = entity ? displayName(entity, lang) : guessed ? `${guessed.text}${T.notInStore[lang]}` : claim.subject;
    const parts = [`${T.about[lang]}: ${escapeMarkdown(name ?? '—')}`];
    if (claim.measure) parts.push(`${T.measure[lang]}: ${escapeMarkdown(measureName(claim.measure, lang))}`);
    if (claim.time) parts.push(`${T.time[lang]}: ${escapeMarkdown(claim.time.label ?? claim.time.from ?? '')}`);
    if (claim.scope) parts.push(`${T.scope[lang]}: ${escapeMarkdown(claim.scope)}`);
    lines.push(parts.join(' · '));
    const facts = ofClaimTimeFirst(factsForClaim(store, claim), claim.time, store);
    if (facts.length) {
      lines.push('', `**${T.facts[lang]}**`);
      for (const fact of facts.slice(0, 8)) lines.push(factLine(fact, store, lang, lang));
    }
    const same = analysis.claims.filter((c) => c !== claim && c.subject === claim.subject && c.measure === claim.measure && c.subject && c.measure);
    if (same.length) {
      lines.push('', `**${T.sameClaim[lang]}**`);
      for (const c of same.slice(0, 6)) {
        const f = analysis.figures[c.figure];
        const line = doc.positionAt(f.offset).line + 1;
        lines.push(`- ${escapeMarkdown(f.text)} (${lang === 'zh' ? `第${line}行` : `line ${line}`})`);
      }
    }
  }
  return { contents: { kind: 'markdown', value: joinMarkdown(lines) }, range: rangeOf(doc, figure) };
}

/**
 * The facts of the figure's own period first ("2026财年第一季度" → the FY2026-Q1 facts, through the company's fiscal
 * year-end), then the rest newest first as the store lists them: eight lines show, and a hover of a quarter's figure
 * should not open with next year's outlook.
 */
function ofClaimTimeFirst(facts: Fact[], time: Analysis['claims'][number]['time'], store: FactStore): Fact[] {
  const key = claimTimeKey(time);
  if (!key || key.startsWith('rel:')) return facts;
  const ofTime: Fact[] = [];
  const rest: Fact[] = [];
  for (const f of facts) {
    const yearEnd = store.entities.get(f.entityId)?.fiscalYearEnd;
    const pk = periodKey(f.period);
    (pk && calendarKey(pk, yearEnd) === calendarKey(key, yearEnd) ? ofTime : rest).push(f);
  }
  return [...ofTime, ...rest];
}

/** "Nvidia: 2025-05 – 2025-07": the calendar months of a fiscal period, for the companies the draft ties it to. */
function fiscalMonths(fiscal: string, analysis: Analysis, store: FactStore, lang: Lang): string | undefined {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const c of analysis.claims) {
    if (c.time?.fiscal !== fiscal || !c.subject || seen.has(c.subject)) continue;
    seen.add(c.subject);
    const entity = store.entities.get(c.subject);
    if (!entity?.fiscalYearEnd) continue;
    const [from, to] = calendarKey(fiscal, entity.fiscalYearEnd).split('..');
    const name = displayName(entity, lang);
    parts.push(`${escapeMarkdown(name)}: ${from}${to && to !== from ? ` – ${to}` : ''}`);
  }
  if (!parts.length) return undefined;
  return (lang === 'zh' ? '日历月份：' : 'Calendar months: ') + parts.join('; ');
}

function conversions(figure: Figure, lang: Lang): string | undefined {
  if (figure.kind === 'power' && figure.unit === 'W') {
    const watts = figure.value ?? figure.high ?? figure.low;
    if (watts == null || watts <= 0) return undefined;
    const energy = formatValue(watts * 8766, 'Wh', lang);
    return lang === 'zh' ? `≈ ${escapeMarkdown(energy)}（${T.perYear.zh}）` : `≈ ${escapeMarkdown(energy)} ${T.perYear.en}`;
  }
  return undefined;
}

const yearOf = (iso: string | undefined): number | undefined => (iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : undefined);

/**
 * Money in another currency: "≈ US$…" at the dated rate for the figure's year (its claim's time), or
 * the latest table; US dollars in a Chinese draft get yuan. The rate, its period and source are named.
 */
function currencyLine(figure: Figure, lang: Lang, year: number | undefined): string | undefined {
  if (figure.kind !== 'money') return undefined;
  const to = figure.unit === 'USD' ? (lang === 'zh' ? 'CNY' : undefined) : 'USD';
  if (!to) return undefined;
  const amounts = [figure.value, figure.low, figure.high];
  const converted = amounts.map((v) => (v == null ? undefined : convertCurrency(v, figure.unit, to, year)));
  const any = converted.find((c) => c);
  if (!any) return undefined;
  // A converted amount is an estimate: three significant digits.
  const fmt = (c: typeof any) => formatValue(Number(c!.value.toPrecision(3)), to, lang);
  const value = converted[0] ? fmt(converted[0]) : converted[1] && converted[2] ? `${fmt(converted[1])}–${fmt(converted[2])}` : fmt(any);
  const foreign = figure.unit === 'USD' ? to : figure.unit;
  const rate = rateLabel(foreign, any.rate);
  const url = safeUrl(any.source.url);
  if (any.peg) {
    const source = url ? `[${escapeMarkdown(any.source.publisher)}](${url})` : escapeMarkdown(any.source.publisher);
    return lang === 'zh'
      ? `≈ ${escapeMarkdown(value)}（按${any.period}年起的官方联系汇率 ${rate}；${source}）`
      : `≈ ${escapeMarkdown(value)} at the official peg since ${any.period}, ${rate} (${source})`;
  }
  const annual = /^\d{4}$/.test(any.period);
  const period = periodLabel(any.period, lang);
  const source = url ? `[${lang === 'zh' ? '美联储' : 'Federal Reserve'} ${annual ? 'G.5A' : 'G.5'}](${url})` : escapeMarkdown(any.source.publisher);
  return lang === 'zh'
    ? `≈ ${escapeMarkdown(value)}（按${period}平均汇率 ${rate}；${source}）`
    : `≈ ${escapeMarkdown(value)} at the ${period} average rate, ${rate} (${source})`;
}

function entityHover(doc: TextDocument, mi: number, analysis: Analysis, store: FactStore, lang: Lang): Hover {
  const mention = analysis.mentions[mi];
  const entity = store.entities.get(mention.entityId);
  const lines: string[] = [];
  if (!entity) {
    lines.push(`**${escapeMarkdown(mention.text)}** · ${lang === 'zh' ? '事实库未收录的机构（据名称与上下文推测）' : 'organisation not in the fact store (guessed from its name and what follows it)'}`);
    return { contents: { kind: 'markdown', value: joinMarkdown(lines) }, range: rangeOf(doc, mention) };
  }
  const names = [...entity.names.en, ...entity.names.zh].slice(0, 6).map(escapeMarkdown).join(' · ');
  lines.push(`**${escapeMarkdown(displayName(entity, lang))}** (${escapeMarkdown(entity.kind)}) — ${names}`);
  if (entity.description) lines.push('', escapeMarkdown(entity.description));
  const facts = factsOfEntity(store, entity.id);
  lines.push('', `**${T.facts[lang]}**`);
  if (!facts.length) lines.push(T.noFacts[lang]);
  for (const fact of facts.slice(0, 10)) lines.push(factLine(fact, store, lang, lang).replace(/^- /, `- ${escapeMarkdown(measureName(fact.measure, lang))}: `));
  if (facts.length > 10) lines.push(lang === 'zh' ? `…另有${facts.length - 10}条` : `…and ${facts.length - 10} more`);
  return { contents: { kind: 'markdown', value: joinMarkdown(lines) }, range: rangeOf(doc, mention) };
}
