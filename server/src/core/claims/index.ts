// Attach each figure to a subject entity, a measure, a time scope and scope words.
import type { Claim, Entity, FactStore, Figure, Mention, Sentence, TimeRef } from '../types.ts';
import { CHIP_MODEL, buildTime, measureFor } from './measures.ts';
import { computePrecision } from '../measures.ts';
import { monthIndex, monthOf } from '../months.ts';
import { firstSpanEndingAfter, firstSpanFrom } from '../spans.ts';
import { DELIMITER_ROW } from '../text/mask.ts';
import { isAlnum, isCJK, isDigit, isLatin } from '../figures/chars.ts';
import { CONVERSION_BETWEEN } from '../units.ts';
import { startsWithAsciiCI } from '../text/ascii-case.ts';
import { onePlaceIn } from '../places.ts';
import { WordStarts } from '../text/word-starts.ts';
import type { TextReader } from '../text/chunked.ts';

/** After a count: new, more ("five new sites", "3座新的資料中心", "两个全新园区"). */
const NEW_AFTER = /^\s+(?:new|more|additional|further)\s|^\s*全?新(?![闻聞])/i;
/** Before a count: a verb of building or adding ("建造3座", "新建两个", "will build three", "adding two"). */
/** Capitalised words between a count and the sites it counts: "two Credit Suisse data centers". */
const OWNER_BETWEEN_COUNT_AND_SITES = /^\s+((?:[A-Z][\w&.'’-]*\s+){1,3})(?:(?:AI|hyperscale|colocation)\s+)?(?:data\s*cent(?:er|re)s|datacent(?:er|re)s|sites|campuses|facilities)\b/;
/** Whether the mention at `at` is the subject or one of its own entities (a brand, a cloud: Azure is Microsoft's). */
function subjectsOwnNamedAt(store: FactStore, mentions: Mention[], at: number, subject: string): boolean {
  const m = mentions[firstSpanFrom(mentions, at)];
  return !!m && m.offset === at && (m.entityId === subject || !!store.entities.get(m.entityId)?.parents.includes(subject));
}
const BUILT_BEFORE = /(?:新建|新增|新設|新设|興建|兴建|建造|建設|建设|再建|加建|增建|另建|\b(?:build|building|builds|construct|constructing|constructs|add|adding|adds)\s+)$/i;

/** Below the checks' minimum (0.7): a bracketed conversion takes part in no comparison of its own. */
const CONVERSION_CONFIDENCE = 0.5;

/** 1 for each code unit that ends a clause: ，、；：,;:—（）() */
const CLAUSE_BREAKS = new Uint8Array(65536);
for (const c of [0xff0c, 0x3001, 0xff1b, 0xff1a, 44, 59, 58, 0x2014, 0xff08, 0xff09, 40, 41]) CLAUSE_BREAKS[c] = 1;

/** Words that point back at the last project or company ("该项目", "this project", "the company"). */
const ANAPHORA = [
  '该项目', '这一项目', '这个项目', '此项目', '这一计划', '该计划', '该设施', '该园区', '该公司', '这家公司', '该超级计算机', '这台超级计算机',
  'the project', 'this project', 'the plan', 'the facility', 'this facility', 'the campus', 'this campus', 'the site', 'this site', 'the company', 'the firm', 'the venture', 'the supercomputer',
  // ("Oracle/partners say the full site could house around 450,000 Nvidia GPUs": the whole of the site named before.)
  'the full site', 'the entire site', 'the whole site', 'the full campus', 'the entire campus', 'the whole campus',
];

/**
 * Chinese words for "the company" beyond the list: 这家 + a noun for a company (这家AI巨头, 这家芯片厂商), and a bare 公司
 * opening a clause (据报道,公司估值直接冲上…), as copy refers back to the company the story is about.
 */
const ZH_COMPANY_ANAPHORA = /这家[^，,。；;\s]{0,6}?(?:巨头|企业|厂商|独角兽)|(?:^|[，,；;：:]\s*|(?:^|\s)[-–—•·*]\s*|(?:\d{4}|[今去明])年(?:度|上半年|下半年|半年度|前三季度?|第?[一二三四1-4]季度?)?)公司(?=[^司])/;

/** Only a time and a comma before an anaphor opening its sentence: "2024年上半年,公司…", "In the second quarter, the company…". */
const OPENING_TIME_ONLY = /^[\s"“'‘(（]*(?:in|during|for|by|截至|截止|在|于)?\s*[^，,。；;!?！？]{0,16}?(?:\d|年|季|月|半年|year|quarter|half)[^，,。；;!?！？]{0,6}[，,]\s*$/i;
const ANAPHORA_ANY = new RegExp(ANAPHORA.join('|') + '|' + ZH_COMPANY_ANAPHORA.source, 'i');

/** Phrases that change what a figure covers; claims only compare within the same scope. */
const SCOPE_CUES: { scope: string; words: string[] }[] = [
  // An annualised rate of revenue (ARR, 年化收入, 年度经常性收入) is no year's revenue: before per-year's "annual".
  { scope: 'run-rate', words: ['年化', '经常性收入', '經常性收入', 'annualized', 'annualised', 'recurring revenue', 'run rate', 'run-rate', 'arr'] },
  { scope: 'per-year', words: ['每年', '年均', '一年', '/年', 'a year', 'per year', 'annually', 'each year', 'annual'] },
  { scope: 'per-unit', words: ['每块', '每颗', '每片', '单片', '每台', '每个', '每一组', '每组', '每一台', '每一个', '每套', '每一套', '每柜', '每个机柜', '每一机柜', '单颗', '单块', '单卡', '每卡', '单张', '单台', '每股', '每张', '单价', '一个要价', 'per gpu', 'per chip', 'each gpu', 'each chip', 'per server', 'per rack', 'apiece', 'per share', 'a share', 'per unit', 'unit price', 'each'] },
  // An addition to what exists ("4.5吉瓦的星际之门新增容量", "an additional 4.5 GW") is not the total.
  // An expanded agreement's value ("an expanded agreement worth $21 billion", 扩大合作) is what it adds.
  // ("locked down a fresh $11.6 billion funding tranche": a tranche or instalment is a part of the funding.)
  { scope: 'increment', words: ['新增', '追加', '额外', '加码', 'a further', 'further', '扩大协议', '扩展协议', '扩大合同', 'additional', 'an extra', 'incremental', 'another', 'expanded agreement', 'expanded deal', 'expanded contract', 'expanded partnership', 'expansion of', 'tranche', 'instalment', 'installment'] },
  // "分别支持8192及15488张卡": each figure belongs to its own thing, in the order named.
  { scope: 'respective', words: ['分别', 'respectively'] },
  // "一项43亿美元的计划，其中24亿美元已投入": a part of the total named before it.
  { scope: 'part', words: ['其中', 'of which', 'of that amount'] },
  { scope: 'overall', words: ['整体计划', '总体', '整体', '总计', '累计', '合计', '总共', '共计', '总用电', '总容量', '总装机', '总电力', '总功率', '总规模', '总算力', 'in total', 'overall', 'combined', 'altogether', 'cumulative', 'total'] },
  // A goal is not the progress towards it ("Stargate's goal is 10 gigawatts" and "brings the project to
  // nearly 7 gigawatts"): goals are compared with goals. Against the store a goal is a plain figure.
  // ("has brought 200MW online and aims for 1.2GW": where a build-out is headed.)
  { scope: 'target', words: ['目标', '力争', 'goal', 'goals', 'target', 'targets', 'targeting', 'aim to', 'aims to', 'aiming for', 'aiming to', 'aims for', 'aim for', 'ambition'] },
  { scope: 'initial', words: ['初期', '首期', '初始', '起步', '第一阶段', '一期', 'initial', 'first phase', 'phase one', 'phase 1', 'initially'] },
];
const PHASE = /第([一二三四五六七八九十\d]+)阶段|phase\s+(\d+|one|two|three|four|five)\b/i;

export interface ClaimContext {
  /** The masked text. */
  text: TextReader;
  sentences: Sentence[];
  figures: Figure[];
  mentions: Mention[];
  store: FactStore;
}

/** Whether the character at `i` continues a clause: no clause break, or a comma grouping digits, and no gap between phrases. */
function insideClause(text: TextReader, i: number): boolean {
  return (CLAUSE_BREAKS[text.charCodeAt(i)] === 0 || groupingComma(text, i)) && !spaceBetweenPhrases(text, i);
}

/** Where the clause going on at `b` ends, at most at `ceiling`. */
function clauseEndFrom(text: TextReader, b: number, ceiling: number): number {
  while (b < ceiling && insideClause(text, b)) b++;
  return b;
}

function clauseBounds(text: TextReader, sentence: Sentence, offset: number, end: number): [number, number] {
  let a = offset;
  for (;;) {
    while (a > sentence.offset && insideClause(text, a - 1)) a--;
    // ("its capital expenditure (capex) for 2026 is expected to hit": a gloss in brackets is no clause of its own.)
    const open = a > sentence.offset ? glossBefore(text, a, sentence.offset) : -1;
    if (open < 0) break;
    a = open;
  }
  let b = end;
  const sEnd = sentence.offset + sentence.length;
  for (;;) {
    b = clauseEndFrom(text, b, sEnd);
    const close = b < sEnd ? glossAfter(text, b, sEnd) : -1;
    if (close < 0) break;
    b = close;
  }
  // ("striking a $300 billion, five-year agreement with Oracle": a comma between the figure and a second adjective of one noun.)
  if (b === end && text.charCodeAt(b) === 44 && SECOND_ADJECTIVE_AFTER_COMMA.test(text.slice(b, b + 40))) {
    b = clauseEndFrom(text, b + 1, sEnd);
  }
  // ("- **$100 billion**: Nvidia's planned investment in OpenAI", "1000亿美元：英伟达对OpenAI的投资", "5吉瓦——星际之门的规划容量":
  // a figure that labels its line is described by the clause after the colon or the dash.)
  const c = text.charCodeAt(b);
  if (b < sEnd && (c === 58 || c === 0xff1a || c === 0x2014 || c === 0x2013) && b - end <= 3 && labelsItsLine(text, sentence, offset)) {
    b++;
    while (b < sEnd && text.charCodeAt(b) === 0x2014) b++;
    b = clauseEndFrom(text, b, sEnd);
  }
  return [a, b];
}

/** After a figure: a comma, then a hyphenated adjective and its noun (", five-year agreement", ", 280-megawatt AI factory"). */
const SECOND_ADJECTIVE_AFTER_COMMA = /^,\s(?:[\w.]+-)+[a-z]+\s+(?:[A-Za-z]+\s+)?(?:agreements?|deals?|contracts?|pacts?|partnerships?|commitments?|leases?|campus(?:es)?|facilit(?:y|ies)|factor(?:y|ies)|projects?|plans?|programs?|programmes?|investments?|data\s+cent(?:er|re)s?|sites?|clusters?|expansions?|build-?outs?|loans?|rounds?|deployments?)\b/;

/** Whether only spaces and a list marker stand between the start of the figure's line (within its sentence) and the figure. */
function labelsItsLine(text: TextReader, sentence: Sentence, offset: number): boolean {
  const from = Math.max(sentence.offset, offset - 12);
  const lead = text.slice(from, offset);
  const newline = lead.lastIndexOf('\n');
  return (newline >= 0 || from === sentence.offset) && LIST_MARKER_ONLY.test(lead.slice(newline + 1));
}
const LIST_MARKER_ONLY = /^\s*(?:[-*•·+]|\d{1,2}[.)、])?\s*(?:\*\*|__)?$/;

/** A running total since a year, before or after the amount: 自2010年以来, 从2019年起, "since 2010". */
const RUNNING_SINCE_BEFORE = /(?:自|从|從)\s*(?:19|20)\d\d\s*年?\s*(?:以来|以來|起)|\bsince\s+(?:19|20)\d\d\b/i;
const RUNNING_SINCE_AFTER = /^[^.;。；]{0,50}?\bsince\s+(?:19|20)\d\d\b/i;
/** After a figure labelling its line: the colon, then a facility ("**: Google's data center campus", "：英伟达的新园区"). */
const LABEL_FACILITY_AFTER = /^[\s*_]{0,4}[:：]\s*(?:(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)['’]s\s+|the\s+|[^\s，,。；;：:]{1,8}的)?(?:(?:new|planned|hyperscale|AI|first)\s+)*(?:data[- ]cent(?:er|re)|campus|facility|plant|fab|factory|project|site)s?\b|^[\s*_]{0,4}[:：]\s*[^，,。；;：:\s]{0,10}?(?:数据中心|數據中心|资料中心|資料中心|园区|園區|工厂|工廠|项目|項目)/i;
/** Money measures of a company's results, for a sentence that goes on from the one that reported them. */
const REPORTED_RESULT_MEASURES = new Set(['revenue', 'net_income', 'operating_income', 'capex']);
/** A sentence opening with a result and no name: "Full-year 2025 revenue declined 3% to", "Net income was". */
const PLAIN_RESULT_OPENING = /^\s*(?:(?:full[- ]year|fourth[- ]quarter|third[- ]quarter|second[- ]quarter|first[- ]quarter|quarterly|annual)\s+(?:(?:19|20)\d\d\s+)?)?(?:total\s+)?(?:revenues?|net\s+income|net\s+profit|capex|capital\s+expenditures?|operating\s+income)\b/i;
/** After a company opening a sentence: a verb of reporting results ("Baidu reported", "Tencent posted"). */
const RESULTS_VERB_AFTER = /^(?:['’]s\s+\w+\s+)?\s*(?:reported|reports|posted|posts|announced|announces|recorded|booked|delivered)\b/;
/** Right before a figure: growing to it (扩大至, 扩容至, 扩展到, expand to, grow to). */
const GROW_TO_BEFORE = /(?:扩大|擴大|扩容|擴容|扩展|擴展|扩建|擴建)(?:至|到)\s*(?:约|約)?\s*$|\b(?:expand|expanding|expanded|grow|growing|grew|scale|scaling|scaled)\s+(?:up\s+)?to\s+(?:about\s+|around\s+)?$/i;
/** A sentence opening with an infinitive of purpose: "To get …", "To power …", "In order to …". */
const PURPOSE_CLAUSE_OPENING = /^\s*(?:To|In\s+order\s+to)\s+[a-z]/;
/** After a figure, a clause of its own with a verb of adding, building or buying right before a name ("as it races to add"). */
const ADDED_AFTER_CLAUSE = /\b(?:as|while|because|since|to|and)\b[^,.;:]{0,30}\b(?:add|adds|adding|build|builds|building|expand|expands|expanding|buy|buys|buying|acquire|acquires|acquiring|deploy|deploys|deploying)\s+(?:more\s+|new\s+|its\s+)?$/i;

/** A short gloss in brackets, one word: an acronym or a term's short form, no figure, no clause ("(capex)", "（IDC）", "(GPUs)"; not a dateline's "(Jiji Press)"). */
const GLOSS = /^[(（]\s*[A-Za-z][A-Za-z&.\/-]{0,14}\s*[)）]$/;
/** Where the gloss whose closing bracket ends right before `a` opens, or -1. */
function glossBefore(text: TextReader, a: number, floor: number): number {
  const close = text.charCodeAt(a - 1);
  if (close !== 41 && close !== 0xff09) return -1;
  const lead = text.slice(Math.max(floor, a - 20), a);
  const open = Math.max(lead.lastIndexOf('('), lead.lastIndexOf('（'));
  return open >= 0 && GLOSS.test(lead.slice(open)) ? a - lead.length + open : -1;
}
/** Where the gloss opening at `b` ends (past its closing bracket), or -1. */
function glossAfter(text: TextReader, b: number, ceiling: number): number {
  const open = text.charCodeAt(b);
  if (open !== 40 && open !== 0xff08) return -1;
  const tail = text.slice(b, Math.min(ceiling, b + 20));
  const close = tail.search(/[)）]/);
  return close > 0 && GLOSS.test(tail.slice(0, close + 1)) ? b + close + 1 : -1;
}

/** A comma grouping the thousands of a number ("分别支持8,192及15,848张"), no clause break. */
function groupingComma(text: TextReader, i: number): boolean {
  return text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4));
}

/**
 * A space at `i` between Chinese phrases ("营收647亿美元 同比增长56% 数据中心业务表现突出 多家投行上调目标价"): summaries and
 * headlines separate their clauses so, where running Chinese has a comma. (Typesetting spaces stand between Chinese and digits.)
 */
function spaceBetweenPhrases(text: TextReader, i: number): boolean {
  if (text.charCodeAt(i) !== 32) return false;
  const before = text.charCodeAt(i - 1);
  return (isCJK(before) || before === 37 /* % */) && isCJK(text.charCodeAt(i + 1));
}

/** A comparison word, then a thing named, right before a figure: 远超传统风冷, 高于传统云机柜的 ("than" a thing). */
const COMPARED_THING_BEFORE = /(?:远超|遠超|远高于|遠高於|远大于|高于|高於|低于|低於|不同于|相比于|相较于)[^\d，,。；;：:]{1,8}?(?:的)?\s*$/;

/** The index of a chip mention that alone fills a bracket opening at `end` ("1,400W (B300)"), or -1. */
function chipInBracketAfter(text: TextReader, store: FactStore, mentions: Mention[], end: number): number {
  const open = text.charCodeAt(end) === 32 ? end + 1 : end;
  if (text.charCodeAt(open) !== 40 && text.charCodeAt(open) !== 0xff08) return -1;
  const lo = firstSpanFrom(mentions, open + 1);
  const m = mentions[lo];
  if (!m || m.offset !== open + 1 || entityOf(store, m)?.kind !== 'chip') return -1;
  const close = text.charCodeAt(m.offset + m.length);
  return close === 41 || close === 0xff09 ? lo : -1;
}

function entityOf(store: FactStore, mention: Mention): Entity | undefined {
  return store.entities.get(mention.entityId);
}

/** How much a mention is worth as the subject of a figure of this kind. */
function subjectWeight(entity: Entity | undefined): number {
  if (!entity) return 0.5; // a guessed organisation
  switch (entity.kind) {
    case 'project':
    case 'site':
    case 'deal':
      return 1.2;
    case 'company':
    case 'fund':
    case 'agency':
    case 'org':
      return 1;
    case 'chip':
      return 0.9;
    case 'model':
      return 0.4;
    case 'person':
    case 'place':
      return 0.2;
  }
}

/** Scope cue words with the index of their cue in SCOPE_CUES. */
const SCOPE_WORDS = new WordStarts(SCOPE_CUES.flatMap((cue, i) => cue.words.map((word) => [word, { word, cue: i }] as const)));

/** A name joined to a counted name before it ("55万块GB200和", "400,000 Nvidia GB200 and "). */
const COUNTED_WITH_BEFORE = /(?:[\d一二两三四五六七八九十百千万]\s*(?:块|颗|張|张|枚|片|台)|\b\d[\d,.]*(?:\s*(?:million|thousand))?\s+)\s*(?:(?:Nvidia|NVIDIA|AMD|英伟达|英偉達|輝達)\s*)?[A-Za-z][\w.+-]{1,14}(?:\s+(?:Ultra|Superchips?|GPUs?|chips?))?\s*(?:和|与|與|及|、|\/|,|\band\b|&)\s*$/;
// ("384 × Ascend 910C": a count written with the multiplication sign.)
const COUNTED_NAME_BEFORE = /(?:[\d一二两三四五六七八九十百千万]\s*(?:个|座|家|台|块|颗|处|张|枚|片)|\b(?:\d[\d,]*(?:\s*×)?|two|three|four|five|six|seven|eight|nine|ten|dozens of|several))\s*[“"「『]?$/i;

const SEGMENT_AFTER = /^(?:\s*[)）]?\s*(?:[(（][A-Z][\w&-]{0,12}[)）]\s*)?(?:['’]s\s+)?(?:Intelligent\s+)?(?:Cloud|cloud\s+(?:business|unit|division|segment|infrastructure|computing|services?)|OCI|AWS|Azure|segment|division|business(?:\s+unit)?)\b|(?:的)?(?:云业务|云计算业务|云科技|云部门|事业部|业务部门|云(?![计服])))/;

/** Right after a chip's name: a figure of its own ("B300单卡1.4kW", "B300 1.4kW", "B300的功耗为1.4kW"). */
const OWN_FIGURE_AFTER = /^\s*(?:单卡|单颗|单芯片|整机柜|机柜|机架|服务器|每[卡颗块]|的?\s*(?:TDP|功耗|功率))?\s*(?:约|达|为|為|達)?\s*\d/;
/** A business segment's revenue named right after an amount: "$183.5 billion in datacenter revenues", "of cloud sales". */
const SEGMENT_REVENUE_AFTER = /^\s+(?:in|of)\s+(?:data[- ]?cent(?:er|re)|datacenter|cloud|gaming|automotive|networking)\s+(?:revenues?|sales)\b/i;

// (而 in a word — 而生 "made for", 而成, 而来, 而言, 而异 — is no contrast.)
// ("while having a TDP of 1400W": while before a participle keeps the clause's subject; it contrasts nothing.)
const CONTRAST_BEFORE = /\b(?:where|whereas|while(?!\s+(?:also\s+|still\s+)?[a-z]+ing\b)|but|unlike|compared\s+(?:with|to)|versus|vs\.?)\b|但(?!是?该)|相比之下|相较之下|而(?![且生成来來言定异異已至出])/i;
const CONTRAST = /\b(?:but|while|whereas|however|although|though|unlike|compared\s+(?:with|to)|versus|vs\.?)\b|但|(?<![从进因])而(?![且生成来來言定异異已至出])|不过|相比|相较|对比/i;

/** "part of the", "a part of" right before a name: the whole something belongs to. */
/** After a programme's name (in the folded text): a facility, site or part of it (「星際之門」（Stargate）計畫設施, 星际之门项目的一部分). */
// (The partners of the phrase too: "OpenAI與甲骨文合作的首個「星際之門」計畫設施" names what the facility is, not who owns its figures.)
const PROGRAMME_FACILITY_AFTER = /^[^，,。；;：:]{0,30}?(?:计划|计画|项目|专案)的?\s*(?:设施|站点|之一|一部分|一部份)/;
const PART_OF_BEFORE = /\b(?:is |as |a |being )?part of (?:the |its |their )?$/i;

/** A rival named after a party ("Anthropic rival", "Anthropic的竞争对手"): the rival is the party. */
const RIVAL_EN = '(?:rival|competitor|challenger|peer)s?';
const RIVAL_ZH = '(?:的)?(?:竞争对手|对手)';
/** A name's 's before a figure of its own ("the H100's 3,958 TFLOPS", "Nvidia’s roughly $4 trillion"). */
const POSSESSIVE_FIGURE_AFTER = /^(?:'s|’s)\s+(?:[A-Za-z][\w-]*\s+){0,2}[~$€£¥]?\d/;
export const RIVAL_AFTER = new RegExp(`^(?:\\s*(?:'s|’s)?\\s*${RIVAL_EN}\\b|\\s*${RIVAL_ZH})`, 'i');

const isLatinAt = (s: string, i: number): boolean => isLatin(s.charCodeAt(i));

/**
 * Several things named together before a total ("两项资料中心计画…共计6GW", "这些新资料中心将使整体容量达到7GW",
 * "the two campuses have a combined 2 GW"): the sum of their figures, no one subject's.
 */
const SEVERAL = /这些|那些|这几|两项|两个|两座|两家|两者|二者|双方|三项|三个|三座|三家|几个|多个|多座|多家|\b(?:these|those|both|the\s+(?:two|three|four|five)|all\s+(?:two|three|four|five))\b/i;

/** A sentence that enumerates ("Shackelford、Dona Ana，以及中西部一处地点，总用电量超过5.5吉瓦"): 、, 以及, or "A, B and C". */
const LISTED = /、|以及|\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,?\s+and\s+[A-Z]/;

/** A tier right after a count, before what it counts: 集团级, 省级, 国家级, 万卡级 (read folded). */
const TIER_AFTER = /^\s*[\u4e00-\u9fff]{1,3}[级級](?!别|別)/;

/** A clause right after a figure that adds to it: 若加上, 再加上, 连同, ", plus", ", adding". */
const ADDED_AFTER = /^[^。；;！？!?]{0,8}?[，,]\s*(?:若|如果|如|而若|倘若)?再?加上|^[^。；;！？!?]{0,8}?[，,]\s*连同|^[^.;!?]{0,8}?,\s*(?:plus(?!\s+or\s+minus)|adding|and adding|with the addition of|if you add)\b/i;

/** Several owners of one figure: "boost their capital expenditures", 它们的, 各家合计. */
const PLURAL_OWNER = /\b(?:their|they|between them)\b|它们|他们|各家合计|几家合计/i;

/**
 * The scope words of a figure's clause. A total over several things named there, or listed in its
 * sentence, is 'combined', and so is a figure the clause gives to them together ("The four
 * hyperscalers—Microsoft, Meta, Alphabet, and Amazon—are projected to boost their capex to $470 billion").
 */
function scopeOf(clause: string, sentence: string): string | undefined {
  const phase = PHASE.exec(clause);
  if (phase) return 'phase ' + (phase[1] ?? phase[2]).toLowerCase();
  const scope = firstScopeCue(clause) ?? (PER_UNIT_PHRASE.test(clause) ? 'per-unit' : undefined);
  const together = scope === 'overall' || (scope === undefined && PLURAL_OWNER.test(clause));
  // "The facility and other Stargate campuses … will provide over 4.5 gigawatts": a thing and others of its kind together.
  if ((scope === undefined || scope === 'overall') && AND_OTHERS.test(clause)) return 'combined';
  return together && (SEVERAL.test(clause) || LISTED.test(sentence)) ? 'combined' : scope;
}

/** A per-unit word right before a price (每股1美分) or right after it (1 cent per share, 32.28元/股). */
const PER_UNIT_RIGHT_BEFORE = /(?:每|单|單)(?:股|颗|顆|块|塊|张|張|台|片|个|個)\s*$/;
const PER_UNIT_RIGHT_AFTER = /^\s*(?:(?:per|a|each)\s+(?:share|unit|chip|GPU)\b|\/\s*股|每股)/i;

/** An appositive naming the sentence's subject a first phase, right before the clause: ", the first phase of the … Park,". */
const APPOSITIVE_FIRST_PHASE = /,\s*(?:the|its)\s+(?:first|initial)\s+phase\s+of\s+[^,.;]{1,90},\s*$/i;

/** After a product's name, the company behind it: "the ChatGPT maker", "Claude developer", "ChatGPT's parent". */
const MAKER_OF_AFTER = /^(?:['’]s)?\s+(?:maker|developer|creator|owner|parent)\b|^(?:的)?(?:开发商|母公司|开发者)/i;

/** A verb whose particle is "up", right before a figure: set up, stood up, spun up 200,000 GPUs (no change "up 20%"). */
const PHRASAL_UP_BEFORE = /\b(?:set|sets|setting|stood|stand|stands|standing|spun|spin|spins|spinning|fired|fire|powered|power|lined|line|brought|bring|racked|rack|built|build|builds|building|ramped|ramp)\s+up\s*$/i;

/** The words of the 'part' scope (SCOPE_CUES): what follows them is a part of a whole named before. */
const PART_AFTER = new RegExp(SCOPE_CUES.find((c) => c.scope === 'part')!.words.map((w) => (/^[a-z]/.test(w) ? `\\b${w}\\b` : w)).join('|'), 'i');

/** Where the joiner (and, plus, a comma, 和, 及) before the clause's next figure starts, or `cEnd` when none. */
function nextFigureJoint(text: TextReader, figures: Figure[], fi: number, cEnd: number): number {
  const next = figures[fi + 1];
  const end = figures[fi].offset + figures[fi].length;
  if (!next || next.offset >= cEnd || next.offset <= end) return cEnd;
  const between = text.slice(end, next.offset);
  let at = -1;
  JOINER.lastIndex = 0;
  for (let m = JOINER.exec(between); m; m = JOINER.exec(between)) at = m.index;
  return at < 0 ? cEnd : end + at;
}
const JOINER = /\b(?:and|plus)\b|[,，、；;]|以及|和|及|并/g;

/** "X and other Stargate campuses", "及其他数据中心": what the figure is of includes others of its kind. */
const AND_OTHERS = /\b(?:and|plus)\s+(?:the\s+)?other\s+(?:[\w-]+\s+){0,3}?(?:campuses|sites|projects|data\s*cent(?:er|re)s|facilities|clusters)\b|(?:及|和|与|與|以及)其他[^，,。；;]{0,8}?(?:园区|園區|项目|項目|数据中心|數據中心|站点|站點|基地)/i;

/** "to Blackwell-class ~": a capitalised class name ending right before a figure (its hedge between). */
const CLASS_BEFORE = /\b[A-Z][\w]*-class\s+(?:~|about\s+|around\s+|roughly\s+)?$/;

/** Many systems together: a cluster, a supercomputer, a fleet (English and Chinese). */
const CLUSTER_BEFORE = /\b(?:cluster|supercomputer|superpod|fleet|farm|deployment)s?\b|集群|超算/i;

/** A count of more than one thing before figure `fi`, from `from` on. */
function manyCountedBefore(figures: Figure[], fi: number, from: number): boolean {
  for (let k = fi - 1; k >= 0 && figures[k].offset >= from; k--) {
    const f = figures[k];
    if (f.kind === 'count' && ((f.value ?? f.low ?? 0) > 1)) return true;
  }
  return false;
}

/** Where "and AWS says", "while Nvidia said" opens a new clause in `clause`, or -1. */
function lastSpeakerClause(clause: string): number {
  let at = -1;
  SPEAKER_CLAUSE.lastIndex = 0;
  for (let m = SPEAKER_CLAUSE.exec(clause); m; m = SPEAKER_CLAUSE.exec(clause)) at = m.index;
  return at;
}
const SPEAKER_CLAUSE = /\b(?:and|but|while|as)\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?:says|said|adds|added|notes|noted|claims|claimed|expects|expected|estimates|estimated)\b/g;

/** "$3 million per GB200 NVL72 server rack": a price per one unit named a few words on. */
/** The one unit that holds every figure of the clause before it ("72 Blackwell GPUs and 36 Grace CPUs into a single rack"). */
const SINGLE_UNIT_AFTER = /\b(?:into|in|within) (?:a single|one single|one) (?:[\w-]+ ){0,2}(?:rack|server|node|pod|chassis)\b/i;
/** "發行價格24.76元/股", "$25/share", "售价1.2万元/台": a price after which a slash or 每 names the one unit it buys. */
const PRICE_PER_UNIT_AFTER = /^\s*(?:\/\s*|每\s*)(?:股|台|颗|顆|片|张|張|块|塊|卡|套|柜|櫃|个|個|share\b|unit\b|gpu\b|chip\b)/i;
// ("packages 72 Blackwell GPUs and 36 Grace CPUs into a single liquid-cooled rack": what one rack holds.)
const PER_UNIT_PHRASE = new RegExp(String.raw`\bper (?:[\w.-]+ ){1,3}(?:racks?|servers?|gpus?|chips?|accelerators?|nodes?|systems?|units?|pods?|superpods?)\b|${SINGLE_UNIT_AFTER.source}`, 'i');

/** "rose 66% from a year earlier", "较一年前", "上一年": a year compared with, no rate per year. */
function yearCompared(clause: string, at: number, word: string): boolean {
  if (word === 'a year') return /^\s+(?:earlier|ago|before|prior)\b/i.test(clause.slice(at + 6, at + 16));
  if (word === '一年') return clause[at + 2] === '前' || clause[at - 1] === '上' || clause[at - 1] === '前';
  return false;
}

/** "another $10 billion", "another 1 GW", "another round": another before an amount or a part of one. */
const ANOTHER_AMOUNT = /^another\s+(?:(?:about|roughly|nearly|some|up to)\s+)?(?:[$€£¥]|US\$|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|round|tranche|phase|batch|order)\b)/i;

function firstScopeCue(clause: string): string | undefined {
  // The first cue of SCOPE_CUES with a word anywhere in the clause, in one pass.
  let first = SCOPE_CUES.length;
  for (let at = 0; at < clause.length; at++) {
    const words = SCOPE_WORDS.at(clause, at);
    // ("yet another significant milestone in the company's investment of $16.5 billion": another before a noun, no amount.)
    if (words) for (const w of words) if (w.cue < first && startsWithAsciiCI(clause, at, w.word) && !((w.word === 'each' || w.word === 'arr') && (isLatinAt(clause, at - 1) || isLatinAt(clause, at + w.word.length))) && !(w.word === 'another' && !ANOTHER_AMOUNT.test(clause.slice(at, at + 28))) && !yearCompared(clause, at, w.word)) first = w.cue;
  }
  return SCOPE_CUES[first]?.scope;
}

function sentenceIndexOf(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.offset) hi = mid - 1;
    else if (offset >= s.offset + s.length) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo - 1));
}

export const TIME_KINDS = new Set(['year', 'date', 'period']);

/**
 * How far around a figure its sentence is read. A "sentence" with no terminator can be a whole
 * table or a megabyte line; reading all of it for every figure would make claims quadratic.
 */
const CONTEXT_WINDOW = 400;

function clipSentence(s: Sentence, f: Figure): Sentence {
  const start = Math.max(s.offset, f.offset - CONTEXT_WINDOW);
  const end = Math.min(s.offset + s.length, f.offset + f.length + CONTEXT_WINDOW);
  return start === s.offset && end === s.offset + s.length ? s : { offset: start, length: end - start, paragraph: s.paragraph };
}

/** What the words around a mention say about its role; the same for every figure of its sentence. */
interface MentionCues {
  /** The sentence start the look-behinds were clipped to. */
  floor: number;
  counterparty: boolean;
  /** Named as a partner ("partnered with X"): a counterparty whose list continues to the next name. */
  partner: boolean;
  speaker: boolean;
  maker: boolean;
  /** Preceded by a relative pronoun that is not a reported-speech "that". */
  relClause: boolean;
  /** What another thing is compared with ("仍比 H100 高出一截", "是910B的2.2倍"): never the figure's subject. */
  compared: boolean;
}

/** Before a company whose shares are bought: "purchase", "the purchase of", "buy", "bought". */
const STOCK_BOUGHT_LEAD = /\b(?:purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought)\s+(?:of\s+)?$/i;
/** After it: its stock ("Intel common stock", "Intel's shares"). */
const STOCK_TAIL = /^(?:['’]s)?\s+(?:(?:newly\s+issued|common|ordinary|preferred|class\s+[A-Z])\s+)?(?:stock|shares|equity)\b/i;
/** Between a name and the figure of an appositive after it: ", a ", ", an estimated ". */
const APPOSITIVE_FIGURE_BETWEEN = /^\s*,\s*(?:a|an)\s+(?:(?:planned|proposed|new|massive|sprawling|huge|giant|roughly|about|around|nearly|approximately|estimated|up\s+to|more\s+than|over)\s+){0,3}$/i;

/** A description of the other party between 向 and its name ("向芯片製造商英特爾投資"). */
// (向「曾經的競爭對手」英特爾: a quoted description of the party too.)
export const PARTY_DESCRIPTION = String.raw`(?:[^\s，,。；;、]{0,8}?(?:制造商|製造商|厂商|廠商|大厂|大廠|供应商|供應商|公司|巨头|巨頭|企业|企業|龙头|龍頭|新创|新創|初创|初創)|[「“"『][^」”"』，,。]{1,12}[」”"』])?`;
// ("Maia 200采用台积电3纳米制程", "built on TSMC's 3nm process", "is based on the TSMC N5 + CoWoS-S process": a supplier named
// after a verb of using is no subject.)
const COUNTERPARTY_LEAD = new RegExp(String.raw`(?:[向对给]${PARTY_DESCRIPTION}|持有|入股|控股|投资|投資|注资|注資|采用|採用|选用|選用|基于|基於|\b(?:in|into|to|(?:built|based)\s+on(?:\s+the)?|made\s+by|manufactured\s+by|fabricated\s+by))\s*$`, 'i');
/** "a deal with", "in advanced discussions with": the other party of a deal, named after with. */
/** "could total roughly", "is expected to total": total as the verb of a worth, after a modal. */
const MODAL_TOTAL_BEFORE = /\b(?:could|would|will|may|might|to|should)\s+total\s+(?:(?:about|around|roughly|approximately|nearly|some|up\s+to|more\s+than|over)\s+)?$/i;
// ("a multi-year pact with Amsterdam-based cloud provider Nebius": a description of the party between.)
const DEAL_WITH_LEAD = /\b(?:[Dd]eal|[Aa]greement|[Cc]ontract|[Pp]act|[Tt]alks|[Nn]egotiations|[Dd]iscussions)s?\s+[Ww]ith\s+(?:(?:[A-Z][\w-]*-based|AI|[a-z][\w-]*)\s+){0,4}$/;
/** " for coming Rubin racks", " for the upcoming MI500 systems": a later thing a figure is given for. */
const FOR_COMING_THING_AFTER = /^\s+for\s+(?:the\s+|an?\s+)?(?:coming|upcoming|next-gen(?:eration)?|future)\s+[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?\s+(?:racks?|systems?|chips?|GPUs?|servers?|platforms?)\b/;

/** "成为Intel最大股东之一": the company whose shareholder someone becomes is held, not the holder. */
const SHAREHOLDER_OF_TAIL = /^的?(?:最大|第一大|第二大|第三大|主要|重要|单一最大|單一最大)?(?:股东|股東)/;
/** "向OpenAI的竞争对手Anthropic投资", "in OpenAI rival Anthropic": the rival is the other party too. */
const RIVAL_COUNTERPARTY_LEAD = new RegExp(`(?:[向对给]|\\b(?:in|into|to)\\s)[^，,。；;\\s]{1,20}?${RIVAL_ZH}\\s*$|\\b(?:in|into|to)\\s+(?:[\\w.&-]+\\s+){1,3}?${RIVAL_EN}\\s+$`, 'i');
/** 与, 和 or 跟 before the partner, a description of it between (与芯片初创公司Groq). */
const AGREED_WITH_LEAD = new RegExp(String.raw`[与與和跟]${PARTY_DESCRIPTION}\s*$`);
/** After the partner: a verb of agreeing or joining (达成, 签署, 合作, 联手). */
export const AGREED_TAIL = /^\s*(?:达成|達成|签署|簽署|签订|簽訂|合作|联手|聯手|携手|攜手)/;
/** " led a USD 4.1 bn Series E funding round", " co-led the round": an investor leading a round. */
const LEAD_INVESTOR_TAIL = /^(?:\s+Capital|\s+Ventures)?\s+(?:led|co-led|headed|spearheaded)\s+(?:an?|the|its)\s+[^;!?]{0,40}?\b(?:round|financing|raise)\b/i;
/** "partnered with Saudi-backed HUMAIN", "in partnership with": the partner of the doer, no subject of its figures. */
export const PARTNER_LEAD = /\b(?:partner(?:ed|s|ing)?\s+with|in\s+partnership\s+with|team(?:s|ed)?\s+up\s+with|joined\s+forces\s+with)\s+(?:[\w.’'-]+\s+){0,5}$/i;
/** "HUMAIN and semiconductor leader NVIDIA": the next of a list of names, described or not. */
const LIST_NEXT_BETWEEN = /^(?:\s*,)?\s+(?:and|&)\s+(?:[a-z][\w.’'-]*\s+){0,3}$|^\s*,\s+$/;
const MAKER_TAIL = /^(?:['’]s)?\s*(?:GPU|GB\d|H\d|B\d|Blackwell|Hopper|Instinct|MI\d|TPU|芯片|chips?\b|accelerators?\b)/i;
const RELATIVE_LEAD = /\b(?:that|which|who|whom)\s+$/i;
// ("said Monday at Dev Day that": a few words of when or where between the verb and that.)
const REPORTED_THAT = /\b(?:said|says|say|told|tells|reported|reports|added|adds|noted|notes|announced|later|expects?|expected|believes?|stated|states|shows?|showed|means|argued|confirmed|estimates?|so)\s+(?:[\w.-]+\s+){0,4}?that\s+$/i;

/** Cues of mention `mi`, computed once per mention (recomputed only if a clip moves its look-behind). */
function mentionCues(cache: (MentionCues | undefined)[], text: TextReader, mentions: Mention[], mi: number, sentenceStart: number): MentionCues {
  const m = mentions[mi];
  const hit = cache[mi];
  // The look-behinds reach 30 characters back; a different floor above that changes nothing.
  if (hit && (hit.floor === sentenceStart || (hit.floor <= m.offset - 30 && sentenceStart <= m.offset - 30))) return hit;
  const end = m.offset + m.length;
  // "向OpenAI投资", "invest in OpenAI": the other party of the money, not the subject.
  // "微软持有OpenAI…股份": the company held is not the holder.
  // "向芯片製造商英特爾(Intel)投資": a name in brackets right after another is that name again, with its role.
  const open = text.charCodeAt(m.offset - 1);
  const restated = (open === 40 || open === 0xff08) && mi > 0 && mentions[mi - 1].offset + mentions[mi - 1].length === m.offset - 1;
  // "partnered with Saudi-backed HUMAIN and semiconductor leader NVIDIA": partners, and the names listed after one.
  const prev = mi > 0 ? mentions[mi - 1] : undefined;
  const listNext = !restated && prev !== undefined && prev.offset >= sentenceStart && m.offset - prev.offset - prev.length <= 40 &&
    LIST_NEXT_BETWEEN.test(text.slice(prev.offset + prev.length, m.offset));
  // ("英伟达与芯片初创公司Groq达成…协议": the company named with 与 before a verb of agreeing is the other party.)
  // (Each mention runs these: the look-behind is sliced once, and a pattern runs only where its key word stands.)
  const lead60 = text.slice(Math.max(sentenceStart, m.offset - 60), m.offset);
  const withBefore = /with/i.test(lead60);
  const agreedWith = AGREED_WITH_LEAD.test(lead60.slice(-12)) && AGREED_TAIL.test(ahead(text, end, end + 4));
  const partner = agreedWith || (withBefore && PARTNER_LEAD.test(lead60)) || (listNext && mentionCues(cache, text, mentions, mi - 1, sentenceStart).partner);
  // ("Mubadala Capital led a USD 4.1 bn Series E funding round in … Crusoe": the lead investor of a round is its other party.)
  const tail60 = ahead(text, end, end + 60);
  const leadInvestor = /led|headed/i.test(tail60) && LEAD_INVESTOR_TAIL.test(tail60);
  // ("Nvidia will purchase Intel common stock for $23.28 per share", "the purchase of Intel's common stock at": the company
  // whose shares are bought is the seller, not the buyer whose price it is.)
  const sharesBought = STOCK_BOUGHT_LEAD.test(text.slice(Math.max(sentenceStart, m.offset - 16), m.offset)) && STOCK_TAIL.test(ahead(text, end, end + 28));
  const counterparty = partner || leadInvestor || sharesBought || (restated
    ? mentionCues(cache, text, mentions, mi - 1, sentenceStart).counterparty
    : COUNTERPARTY_LEAD.test(text.slice(Math.max(sentenceStart, m.offset - 16), m.offset)) || (withBefore && DEAL_WITH_LEAD.test(lead60)) || RIVAL_COUNTERPARTY_LEAD.test(text.slice(Math.max(sentenceStart, m.offset - 30), m.offset)) || SHAREHOLDER_OF_TAIL.test(ahead(text, end, end + 10)));
  // "H200…是特供中国的H20芯片(120TFLOPS)的近六倍": the thing a multiple is of is compared with, not the subject.
  // ("H20 is a scaled-down version of the H100 GPU, featuring … 296 TFLOPs": the chip another is a version of, as 是H100的精简版.)
  const comparedBase = !counterparty && ((COMPARED_BASE_LEAD.test(text.slice(Math.max(sentenceStart, m.offset - 12), m.offset)) && COMPARED_BASE_TAIL.test(ahead(text, end, end + 28))) || COMPARED_WITH_LEAD.test(text.slice(Math.max(sentenceStart, m.offset - 10), m.offset)) || VERSION_OF_LEAD.test(lead60.slice(-40)));
  const tail = ahead(text, end, end + 12);
  // "Trainium3 由台积电采用3纳米工艺制造": the maker named after 由 and before a verb of making is no subject.
  const madeBy = text.charCodeAt(m.offset - 1) === 0x7531 /* 由 */ && MADE_BY_TAIL.test(tail);
  // "OpenAI表示，…", "…, OpenAI says": the source of a statement is not what the figure measures.
  // ("据OpenAI首席运营官…的最新公告显示，ChatGPT的…": a name right after 据 is the source the sentence cites.)
  const speaker = SPEECH.test(tail) || TITLED_SPEECH.test(ahead(text, end, end + 48)) || ANNOUNCED_THAT.test(ahead(text, end, end + 36)) || text.charCodeAt(m.offset - 1) === 0x636e /* 据 */;
  // "Nvidia GB200s", "英伟达GPU": a maker's name modifying a product noun is not the subject
  // (a chip's own name before "GPU" is, "B300 GPU": the caller checks the entity's kind).
  const maker = MAKER_TAIL.test(tail);
  // "The Stargate UAE cluster that G42 is building": the subject of a relative clause is not the figure's.
  const lead = text.slice(Math.max(sentenceStart, m.offset - 30), m.offset);
  const relClause = RELATIVE_LEAD.test(lead) && !REPORTED_THAT.test(lead);
  const cues = { floor: sentenceStart, counterparty: counterparty || comparedBase || madeBy, partner, speaker, maker, relClause, compared: comparedBase };
  cache[mi] = cues;
  return cues;
}

const BLANK_LINE = /\n[ \t\r]*\n/;

/** text[from, to), cut at a blank line: look-aheads stay inside their paragraph. */
function ahead(text: TextReader, from: number, to: number): string {
  const t = text.slice(from, to);
  const cut = t.indexOf('\n') >= 0 ? t.search(BLANK_LINE) : -1;
  return cut >= 0 ? t.slice(0, cut) : t;
}

/** Only a short bracketed aside between a name and its figure: "H100(2022年)700W", "B200 (2024) 1,000 W". */
const BRACKET_ASIDE_ONLY = /^\s?[(（][^()（）,，。;；]{1,12}[)）]\s?$/;

/** How far back anaphora and "previous sentences" reach for a subject, in code units. */
const LOOKBACK = 1500;

/** Between a figure and a later name: "and" and a verb in the present (connects, houses), so a predicate of its own. */
const SECOND_PREDICATE_BEFORE = /^[^,.;]*?\s(?:and|but)\s+(?:[a-z]+ly\s+)?(?:connects|links|joins|houses|hosts|serves|supplies|feeds|powers|adds|includes|uses|runs|sits|borders)\b[^.;]*$/;

/** Before a chip's name: it is what something is compared with ("the throughput of an H100", "than the H100"). */
// ("over its predecessor, the H100,": a chip named as the predecessor or successor is compared with too.)
const COMPARED_CHIP_BEFORE = /\b(?:of|than|versus|vs\.?|over)\s+(?:an?\s+|the\s+)?$|\b(?:predecessor|successor)s?\s*,?\s*(?:the\s+)?$/i;

/** The entity is named again from mention `from` to the sentence's end. */
function namedInSentence(mentions: Mention[], entityId: string, from: number, end: number): boolean {
  for (let k = from; k < mentions.length && mentions[k].offset < end; k++) if (mentions[k].entityId === entityId) return true;
  return false;
}

/** Right after a figure: it is each one's ("1.5 kW each", "apiece", "per GPU"). */
const EACH_AFTER = /^\s*(?:each|apiece|per\s+(?:gpu|chip|accelerator|unit))\b/i;

/** A figure alone in brackets right after a name: 三星(17%), Micron (21%). */
const OWN_BRACKETED_FIGURE_AFTER = /^\s*[(（]\s*[\d.,]+\s*(?:%|％|亿|億|万|萬)?\s*[)）]/;

/** The nearest company mention at or before `from` (down to offset `floor`) that opens its sentence, or -1. */
function sentenceOpeningCompany(text: TextReader, sentences: Sentence[], store: FactStore, mentions: Mention[], from: number, floor: number): number {
  for (let mi = from; mi >= 0 && mentions[mi].offset > floor; mi--) {
    if (!actsAsCompany(store, mentions[mi])) continue;
    const s = sentences[sentenceIndexOf(sentences, mentions[mi].offset)];
    if (s && /^[\s"“'‘(（*#>-]*$/.test(text.slice(s.offset, mentions[mi].offset))) return mi;
  }
  return -1;
}

/** Per store: a company's one product that holds user counts, when the company holds none itself. */
const productWithUsersOf = new WeakMap<FactStore, Map<string, string | null>>();

function productWithUsers(store: FactStore, company: string): string | undefined {
  let memo = productWithUsersOf.get(store);
  if (!memo) productWithUsersOf.set(store, (memo = new Map()));
  if (!memo.has(company)) {
    const hasUsers = (id: string) => !!store.byEntityMeasure.get(id)?.has('users');
    let product: string | null = null;
    if (!hasUsers(company)) {
      for (const e of store.entities.values()) {
        if (!e.parents.includes(company) || !hasUsers(e.id)) continue;
        if (product) { product = null; break; }
        product = e.id;
      }
    }
    memo.set(company, product);
  }
  return memo.get(company) ?? undefined;
}

/** A company of the store, or an organisation the draft names that the store does not know (entities/guess.ts). */
function actsAsCompany(store: FactStore, m: Mention): boolean {
  const entity = entityOf(store, m);
  return entity ? entity.kind === 'company' : !!m.guessed;
}

/** Right before a figure that adds up many things: "aggregating", "a combined", 合计. */
const AGGREGATE_BEFORE = /\b(?:aggregating|aggregate|combined|totall?ing|in total)\s+(?:of\s+)?(?:about\s+|roughly\s+|over\s+)?$|(?:合计|总计|共计|合共)\s*$/i;

/** A chip's name with a plural s right after it ("H100s", "GB200s"). */
function pluralMention(text: TextReader, m: Mention): boolean {
  const end = m.offset + m.length;
  return text.charCodeAt(end) === 115 /* s */ && !isAlnum(text.charCodeAt(end + 1)) && isAlnum(text.charCodeAt(end - 1));
}

/** Mutable state of one attachClaims() run, shared by its paragraph ranges. */
interface ClaimRun {
  claims: Claim[];
  cues: (MentionCues | undefined)[];
  /** Set when a claim read text, mentions, sentences or claims before its paragraph. */
  readBack: boolean;
  /** Whether the text has a pipe at all (asked once a run: most drafts have no table), and the last table read. */
  pipes?: boolean;
  table?: TableHeader;
}

export function attachClaims(ctx: ClaimContext, byParagraph?: ClaimParagraphs): Claim[] {
  const run: ClaimRun = { claims: [], cues: new Array(ctx.mentions.length), readBack: false };
  if (!ctx.sentences.length) return run.claims;
  if (byParagraph) attachByParagraph(ctx, run, byParagraph);
  else claimRange(ctx, run, 0, ctx.figures.length);
  return run.claims;
}

/** What a chip is compared with: "than the", "versus", "compared with", "5× the FP8 throughput of the", "90% of the computing power of the". */
/** "than other bespoke ", "versus rival ": a comparison opening before a maker's name and its products. */
const COMPARED_WITH_RIVALS_BEFORE = /\b(?:than|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:(?:an?|the|other|rival|competing)\s+)?(?:[a-z][\w-]*\s+){0,2}$/i;
/** The products a maker's name stands before in such a comparison. */
const RIVALS_AFTER = /^\s+(?:competitors|rivals|chips|GPUs|accelerators|offerings|products|parts|alternatives)\b/i;
/** A multiple right before a chip's name: what another chip is measured against ("2.4x the H100", "twice an H100"). */
const MULTIPLE_OF_CHIP_BEFORE = /(?:\d\s?[×x]|\btimes|\btwice|\bdouble|\btriple|\bhalf)\s+(?:that\s+of\s+)?(?:an?\s+|the\s+)?(?:nvidia['’]s\s+)?$/i;
const COMPARED_WITH_CHIP_BEFORE = /(?:\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s+(?:an?\s+|the\s+|NVIDIA['’]s\s+)?|(?:\d[×x]|\d\s?%|\bpercent|\btimes|\btwice|\bdouble|\btriple)\s+(?:the\s+)?[\w -]{0,30}?\s(?:of|from)\s+(?:an?\s+|the\s+)?)$/i;

/** A chip-like model code (B100, VR200, MI450X) in [from, to) that no mention covers. */
function unknownCodeBefore(text: TextReader, mentions: Mention[], from: number, to: number): boolean {
  const span = text.slice(from, to);
  MODEL_CODE.lastIndex = 0;
  for (let m = MODEL_CODE.exec(span); m; m = MODEL_CODE.exec(span)) {
    const at = from + m.index;
    if (!mentions.some((x) => x.offset <= at && at < x.offset + x.length)) return true;
  }
  return false;
}
const MODEL_CODE = /\b[A-Z]{1,3}\d{2,4}[A-Z]{0,2}\b/g;

/** A variant's word right after a chip's name that makes it another chip (Rubin CPX, … Max, Mini, Lite, Nano). */
const CHIP_VARIANT_AFTER = /^\s(?:CPX|Max|Mini|Lite|Nano)\b/;
/** "the Stargate 1 project", "Stargate-2 site": a number right after a programme's name names one of its sites. */
const NUMBERED_PART_AFTER = /^[ -](?:\d{1,2}|I{1,3}|IV)(?=\s+(?:project|site|campus|data\s*cent(?:er|re)|facility|cluster|phase)\b|\s*[,;)]|\s+(?:in|at|near|will|is|has|plans|would)\b)/;
/** A name that is a rack or a system itself (GB200 NVL72, DGX B200, HGX H100). */
const RACK_NAME = /NVL\s?\d+|\b(?:DGX|HGX)\b|SuperPOD/i;
/** A rack code or a system word right after a chip's name (Rubin NVL8 system, B200 server, MI355X rack, B200八卡服务器). */
const CHIP_SYSTEM_AFTER = /^\s*(?:(?:[二两兩四八十]|\d{1,2})\s*卡\s*(?=服务器|伺服器|机柜|機櫃|整机|整機)|\d{1,2}-GPU\s+(?=servers?\b|systems?\b|nodes?\b))?(?:NVL\d+|(?:HGX|DGX)\b|(?:system|server|rack|pod|superpod|node|platform)s?\b|(?:系统|系統|服务器|伺服器|机柜|機櫃|整机柜))/i;

/** An aside that adds something, open before a name: ", along with a …", "together with"; ANY asks whether a sentence has one. */
const ALONG_WITH = String.raw`(?:along\s+with|together\s+with|alongside|in\s+addition\s+to|plus)\b`;
const ALONG_WITH_ANY = new RegExp(String.raw`\b${ALONG_WITH}`, 'i');
const ALONG_WITH_BEFORE = new RegExp(String.raw`,\s*${ALONG_WITH}[^,;.]*$`, 'i');

/** Words after a company's name that name its parent ("Google's parent company", 谷歌母公司). */
const PARENT_NAMED_AFTER = /^(?:['’]s\s+(?:parent|holding)\b|\s*的?母公司)/i;
/** Words before a company's name that name the company before it as its parent ("the parent company of Google"). */
const PARENT_OF_BEFORE = /\b(?:parent|holding)\s+(?:company\s+|firm\s+|group\s+)?of\s+$/i;
/** A maker's name opening an appositive about the product before it: "The H100, ⟨NVIDIA⟩'s current flagship GPU, draws". */
const MAKER_APPOSITIVE_AFTER = /^['’]s\s+(?:[\w-]+\s+){0,4}?(?:GPU|chip|accelerator|processor|superchip|CPU|TPU|ASIC|NPU)s?\s*,/i;

/** An ordinal or indefinite right before a programme's name: it names a kind (首个星际之门项目, 另一个, another). */
const KIND_REFERENCE_BEFORE = /(?:首个|首個|首座|第[一二三四五六七八九十\d]+[个個座]|一个|一個|另一[个個座]?)$|\banother\s+$/i;

/** Words between a per-unit figure and what one unit corresponds to (每1吉瓦算力约对应55万颗GPU). */
const PER_UNIT_CORRESPONDS = /^[^，,。；;]{0,8}?(?:对应|對應|相当于|相當於|需要|需|约合|約合|可容纳|可容納|可支撑|可支撐)\s*(?:约|約|近|超过|超過)?\s*$|^\s*(?:of\s+\w+\s+)?(?:corresponds?\s+to|equals|requires|needs|translates\s+(?:in)?to|supports)\s+(?:about|roughly|around|some|nearly)?\s*$/i;

/** How far up a table body a figure's row may be from the header (rows, characters): keeps claims linear. */
const TABLE_ROWS_UP = 60;
const TABLE_CHARS_UP = 12000;
/** The longest table row read. */
const TABLE_ROW_CHARS = 1000;

/** The cell index of `at` in its `|`-separated line (0 = the first cell), or -1 outside a table row. */
function cellIndex(line: string, at: number): number {
  let pipes = 0;
  for (let i = 0; i < at; i++) if (line.charCodeAt(i) === 124) pipes++;
  if (pipes === 0 && line.indexOf('|', at) < 0) return -1;
  return /^\s*\|/.test(line) ? pipes - 1 : pipes;
}

/**
 * For a figure in the body of a table whose header names entities ("Metric | H100 | B200"): the
 * mention heading the figure's column, -1 when that column's header names none, or undefined when
 * the figure is in no such table or its own row names an entity before it (then the row decides).
 */
function tableColumnMention(text: TextReader, mentions: Mention[], figure: Figure, run: ClaimRun): number | undefined {
  if (!(run.pipes ??= text.indexOf('|') >= 0)) return undefined;
  // The figure's line, read in a window: a megabyte line is no table row, and reading it for every figure would be quadratic.
  const from = Math.max(0, figure.offset - TABLE_ROW_CHARS);
  const head = text.slice(from, figure.offset);
  const newline = head.lastIndexOf('\n');
  if (newline < 0 && from > 0) return undefined;
  const lineStart = from + newline + 1;
  const tail = text.slice(figure.offset, Math.min(text.length, figure.offset + TABLE_ROW_CHARS));
  const newlineAfter = tail.indexOf('\n');
  if (newlineAfter < 0 && figure.offset + tail.length < text.length) return undefined;
  const lineEnd = newlineAfter < 0 ? text.length : figure.offset + newlineAfter;
  const line = text.slice(lineStart, lineEnd);
  if (line.indexOf('|') < 0) return undefined;
  const cell = cellIndex(line, figure.offset - lineStart);
  if (cell < 1) return undefined;
  const rowMention = firstSpanFrom(mentions, lineStart);
  if (rowMention < mentions.length && mentions[rowMention].offset < figure.offset) return undefined;
  const table = tableAbove(text, lineStart, run);
  if (!table) return undefined;
  let found = -1;
  let named = false;
  for (let mi = firstSpanFrom(mentions, table.headerStart); mi < mentions.length && mentions[mi].offset < table.headerEnd; mi++) {
    const c = cellIndex(table.header, mentions[mi].offset - table.headerStart);
    if (c < 1) continue;
    named = true;
    if (c === cell && found < 0) found = mi;
  }
  return named ? found : undefined;
}

interface TableHeader {
  header: string;
  headerStart: number;
  headerEnd: number;
  /** Body rows known so far: lines starting in [bodyStart, bodyEnd] are rows of this table. */
  bodyStart: number;
  bodyEnd: number;
}
/**
 * The header of the table whose body row starts at `lineStart`, walking up over rows to the delimiter row. The table
 * the run's last figure was in (run.table) answers at once for its rows, so each row of a long table does not walk up.
 */
function tableAbove(text: TextReader, lineStart: number, run: ClaimRun): TableHeader | undefined {
  const known = run.table;
  const knownRow = (start: number) => !!known && start >= known.bodyStart && start <= known.bodyEnd;
  if (knownRow(lineStart)) return known;
  let end = lineStart - 1;
  for (let rows = 0; end > 0 && rows < TABLE_ROWS_UP && lineStart - end < TABLE_CHARS_UP; rows++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (knownRow(start)) {
      known!.bodyEnd = lineStart;
      return known;
    }
    const above = text.slice(start, end);
    if (DELIMITER_ROW.test(above)) {
      if (start === 0) return undefined;
      const headerStart = text.lastIndexOf('\n', start - 2) + 1;
      run.table = { header: text.slice(headerStart, start - 1), headerStart, headerEnd: start - 1, bodyStart: end + 1, bodyEnd: lineStart };
      return run.table;
    }
    if (above.indexOf('|') < 0) return undefined;
    end = start - 1;
  }
  return undefined;
}

/** A mention weighed as a figure's subject (bestSubject). */
type ScoredMention = { index: number; score: number };
/** An anaphor of a sentence ("the company", 该项目) and where it stands. */
type Anaphor = { word: string; pos: number };

/** The best-weighted mention of the figure's sentence for its subject, nearer and earlier preferred (one of claimRange's parts). */
function bestSubject(ctx: ClaimContext, run: ClaimRun, figure: Figure, sentence: Sentence, cStart: number, cEnd: number, mentionCursor: number, alongWithIn: (sentence: Sentence) => boolean): ScoredMention | undefined {
  const { text, mentions, store } = ctx;
  const sEnd = sentence.offset + sentence.length;
  let best: ScoredMention | undefined;
  for (let mi = mentionCursor; mi < mentions.length && mentions[mi].offset < sEnd; mi++) {
    const m = mentions[mi];
    if (m.offset >= figure.offset && m.offset < figure.offset + figure.length) continue;
    const entity = entityOf(store, m);
    const before = m.offset < figure.offset;
    // "…800W–1500W的芯片TDP，…完全符合GB200 NVL72等机型需求": a name in a later clause is no subject.
    const thing = !!entity && (entity.kind === 'project' || entity.kind === 'site' || entity.kind === 'deal');
    // "a 5 GW super cluster, called Prometheus": the name the figure's noun phrase is given, after a comma too.
    const called = !before && thing && LOCATED_KINDS.has(figure.kind) && m.offset - (figure.offset + figure.length) <= 48 && CALLED_AFTER.test(text.slice(figure.offset + figure.length, m.offset));
    if (!before && m.offset >= cEnd && !called) continue;
    const distance = before ? figure.offset - (m.offset + m.length) : m.offset - (figure.offset + figure.length);
    const inClause = m.offset >= cStart && m.offset < cEnd;
    const { counterparty, speaker, maker, relClause: relClauseLead, compared } = mentionCues(run.cues, text, mentions, mi, sentence.offset);
    // ("仍比 H100 高出一截——…显存 141 GB": the base of a comparison owns none of the figures around it.)
    if (compared) continue;
    // "投资100亿美元建设的亥伯龙数据中心": a project the figure's clause modifies ("…的<project>").
    // (1GW规模的Prometheus: a figure with a Latin unit in Chinese copy as well.)
    const relative = !before && thing && /^[^，,。；;：:\d]{0,8}的\s*$/.test(text.slice(figure.offset + figure.length, m.offset));
    // ("Amazon's $20 billion Project Rainier campus": a project named right after the figure is what it measures.)
    // "1.4 kW Blackwell Ultra processors or 3.6 kW Rubin Ultra processors": a chip right after a figure of its
    // own (not a count of it) is what the figure describes.
    // (Not a chip with a figure of its own right after it: "B200单卡1.2kW B300单卡1.4kW" lists two chips' figures.)
    const modified = !before && distance <= 2 && (thing || (entity?.kind === 'chip' && figure.kind !== 'count' && figure.kind !== 'money' && !OWN_FIGURE_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 12))));
    // "xAI has 100,000 GPUs in Colossus", "1.2 GW at the Abilene campus": a site or project the figure is
    // placed in, right after it in its clause, is what it measures.
    // (Not money: "invest $10 billion in Project X" is the investor's, with the project as counterparty.)
    const located = !before && inClause && thing && LOCATED_KINDS.has(figure.kind) && LOCATED_IN.test(text.slice(figure.offset + figure.length, m.offset));
    // "400,000 Nvidia GB200s", "10万块H100": a chip named right after a count is what is counted.
    // Neither it nor its maker ("200,000 NVIDIA H100 GPUs") owns the count: no subject from them.
    const counted = !before && figure.kind === 'count' && entity?.kind === 'chip' && distance <= 24;
    if (counted || (!before && figure.kind === 'count' && maker && distance <= 3)) continue;
    // "The 1,835 TFLOPS of FP8 compute trails the H100's 3,958 TFLOPS": a name after the figure that owns a
    // figure of its own with 's is the thing compared with, not this figure's subject.
    const apostrophe = text.charCodeAt(m.offset + m.length);
    if (!before && (apostrophe === 39 || apostrophe === 0x2019) && POSSESSIVE_FIGURE_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 32))) continue;
    // "… ranges from 60 kW to 80 kW per rack, but the GB200 NVL72 reaches 140 kW": a name after a
    // contrast belongs to the figures that follow it.
    if (!before && CONTRAST.test(text.slice(figure.offset + figure.length, m.offset))) continue;
    // "spans more than 1 million square feet and directly connects to a Fairwater center": a name after a second
    // predicate (and + a verb of its own) is that predicate's object.
    if (!before && SECOND_PREDICATE_BEFORE.test(text.slice(figure.offset + figure.length, m.offset))) continue;
    // ("capex will reach about $190 billion as it races to add Azure and AI capacity": a name after a later clause's verb of
    // adding is what is added, not whose figure it is.)
    if (!before && ADDED_AFTER_CLAUSE.test(text.slice(figure.offset + figure.length, m.offset))) continue;
    // "120+ kW racks (NVL72) where air-cooling tops out near 30 kW": a contrast or "where" clause
    // between a name and a later figure parts them too.
    if (before && m.offset >= sentence.offset && CONTRAST_BEFORE.test(text.slice(m.offset + m.length, figure.offset))) continue;
    // "2GW可容纳八个“Colossus”集群", "eight Stargate sites": a name counted by another number is an object here.
    // "Atlas 900, which integrates 384 Ascend 910C chips for 300 PFLOPS": a chip another number counts
    // is what a system is built of; the system's figures are not the chip's ("每块功耗700瓦" still is).
    // ("部署55万块GB200和GB300芯片，耗电约1.1千兆瓦": a chip listed with a counted one is counted with it.)
    if ((m.offset > figure.offset + figure.length || (entity?.kind === 'chip' && !PER_CHIP.test(text.slice(cStart, cEnd)))) && (COUNTED_NAME_BEFORE.test(text.slice(Math.max(0, m.offset - 12), m.offset)) || (entity?.kind === 'chip' && COUNTED_WITH_BEFORE.test(text.slice(Math.max(0, m.offset - 40), m.offset))))) continue;
    // "NVIDIA Blackwell Ultra GPUs, AMD MI400X accelerators, and custom silicon … delivering 700W–1,200W per chip": a chip
    // listed with other models before the figure shares it with them; no one chip owns it.
    if (before && entity?.kind === 'chip' && OTHER_MODEL_LISTED_AFTER.test(text.slice(m.offset + m.length, figure.offset))) continue;
    // ("Boasting over 1,500 of Nvidia's powerful H100 Tensor Core GPUs, Gefion … six exaflops": the count reaches over
    // "of", a maker's name and adjectives.)
    if (entity?.kind === 'chip' && figure.kind !== 'count' && !PER_CHIP.test(text.slice(cStart, cEnd)) && countedChipFar(text.slice(Math.max(0, m.offset - 48), m.offset))) continue;
    // "The new campus, part of the Stargate initiative, is projected to provide close to a gigawatt": the whole a thing
    // is part of is not what the figure measures.
    if (PART_OF_BEFORE.test(text.slice(Math.max(0, m.offset - 20), m.offset))) continue;
    // "德州阿比林資料中心園區，是…首個「星際之門」（Stargate）計畫設施": a programme named as what a facility belongs to.
    if (PROGRAMME_FACILITY_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 30))) continue;
    // "These sites, along with a 600-megawatt expansion near the flagship Stargate site in Abilene, can deliver over 5.5
    // gigawatts": a name inside an "along with" aside, closed by a comma before the figure, is what is added, not the subject.
    if (before && alongWithIn(sentence) && ALONG_WITH_BEFORE.test(text.slice(Math.max(sentence.offset, m.offset - 80), m.offset)) && /,/.test(text.slice(m.offset + m.length, figure.offset))) continue;
    // "The B200 delivers 5× the FP8 throughput of the H100 at … up to 1000W+ per GPU", "faster than the H100": a chip
    // named as what another is compared with is not the subject of a later figure.
    // ("… (2.3x the H100), … 192 GB of HBM3e", "… 700 W, twice the H100": a multiple of the chip, not its possessive.)
    if (entity?.kind === 'chip' && (COMPARED_WITH_CHIP_BEFORE.test(text.slice(Math.max(sentence.offset, m.offset - 48), m.offset)) || (MULTIPLE_OF_CHIP_BEFORE.test(text.slice(Math.max(sentence.offset, m.offset - 24), m.offset)) && !/^['’]s\b/.test(text.slice(m.offset + m.length, m.offset + m.length + 3))))) continue;
    // ("Maia 200 is faster than other bespoke Nvidia competitors, built on … with 216GB of HBM3e": a maker named for the
    // rival products compared with is not the subject of the product's figures.)
    if (before && entity?.kind !== 'chip' && RIVALS_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 16)) && COMPARED_WITH_RIVALS_BEFORE.test(text.slice(Math.max(sentence.offset, m.offset - 48), m.offset))) continue;
    // "Alphabet, Google's parent company, plans …", "谷歌母公司Alphabet": the company whose parent is named is not the subject.
    if (PARENT_NAMED_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 24))) continue;
    // ("Alphabet, the parent company of Google, plans …": so is a company named after "parent company of".)
    if (PARENT_OF_BEFORE.test(text.slice(Math.max(sentence.offset, m.offset - 32), m.offset))) continue;
    // ("The H100, NVIDIA's current flagship GPU, already consumes 700 watts": the maker in an appositive after the chip.)
    if (before && entity?.kind !== 'chip' && /[\w)]\s*,\s*(?:the\s+)?$/i.test(text.slice(Math.max(sentence.offset, m.offset - 8), m.offset)) && MAKER_APPOSITIVE_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 60))) continue;
    // ("SK海力士全球HBM出货量占比高达60%,远超美光(22%)和三星(17%),营收占比也达到57%": a name with its own figure in brackets
    // right after it has that figure; a figure of a later clause is not its.)
    if (before && OWN_BRACKETED_FIGURE_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 14)) && /[,，;；]/.test(text.slice(m.offset + m.length, figure.offset))) continue;
    const relClause = before && relClauseLead;
    // "A100(2020年)300W H100(2022年)700W B200…": a figure right after a name and its bracketed aside is that name's.
    const bracketed = before && BRACKET_ASIDE_ONLY.test(text.slice(m.offset + m.length, figure.offset));
    const score = (relClause ? 0.4 : 1) * subjectWeight(entity) * (before ? 1 : 0.6) * (inClause ? 1.3 : 1) * (counterparty ? 0.3 : 1) * (modified || relative ? 3 : located || called || bracketed ? 6 : 1) * (maker && entity?.kind !== 'chip' ? 0.3 : 1) * (speaker ? 0.3 : 1) / (1 + distance / 40);
    if (!best || score > best.score) best = { index: mi, score };
  }
  return best;
}

/** The anaphors of the (clipped) sentence anaphorsOf() last read. */
interface AnaphorCache {
  at: number;
  end: number;
  anaphors: Anaphor[];
}

/** The anaphors of a sentence, first the first of ANAPHORA found, then the others in the order they stand; cached per clip. */
function anaphorsOf(cache: AnaphorCache, sentence: Sentence, sentenceText: string): Anaphor[] {
  const sEnd = sentence.offset + sentence.length;
  if (cache.at !== sentence.offset || cache.end !== sEnd) {
    // Most sentences have none: one native scan, and lower-casing (slow on CJK text) only when found.
    const lowerSentence = ANAPHORA_ANY.test(sentenceText) ? sentenceText.toLowerCase() : '';
    let anaphorFound = lowerSentence ? ANAPHORA.find((w) => lowerSentence.includes(w)) : undefined;
    let anaphorPos = anaphorFound ? sentence.offset + lowerSentence.indexOf(anaphorFound) : -1;
    const zh = lowerSentence && !anaphorFound ? ZH_COMPANY_ANAPHORA.exec(lowerSentence) : null;
    if (zh) {
      // ("2024年公司营收…": a year before the bare 公司 is no part of the word.)
      const word = zh[0].endsWith('公司') ? '公司' : zh[0].replace(/^[，,；;：:\s]+/, '');
      anaphorFound = word;
      anaphorPos = sentence.offset + zh.index + zh[0].length - word.length;
    }
    // ("The company will expand the site to 500 MW": when the first word finds nothing to point back at, the others
    // are tried in the order they stand.)
    const anaphorOthers: Anaphor[] = [];
    if (anaphorFound && lowerSentence) {
      for (const w of ANAPHORA) {
        if (w === anaphorFound || anaphorFound.includes(w)) continue;
        const at = lowerSentence.indexOf(w);
        if (at >= 0 && !ANAPHORA.some((longer) => longer !== w && longer.includes(w) && lowerSentence.includes(longer))) anaphorOthers.push({ word: w, pos: sentence.offset + at });
      }
      anaphorOthers.sort((x, y) => x.pos - y.pos);
    }
    cache.anaphors = anaphorFound ? [{ word: anaphorFound, pos: anaphorPos }, ...anaphorOthers] : [];
    cache.at = sentence.offset;
    cache.end = sEnd;
  }
  return cache.anaphors;
}

/** "In Abilene, Texas, the site …": the place words a sentence opens with (a month, a quarter or a phase is no place). */
const OPENING_PLACE = /^[\s"“'‘]*(?:In|At|Near|Outside)\s+((?:[A-Z][a-z][A-Za-z.'’-]*\s+){0,2}[A-Z][a-z][A-Za-z.'’-]*)(?:,\s+((?:[A-Z][a-z][A-Za-z.'’-]*\s+)?[A-Z][a-z][A-Za-z.'’-]*))?,\s/;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Phase|Stage|Year|Fiscal|Addition|Total|Short|Contrast|Comparison|Particular|Practice|Theory|Fact|Turn|Return|Response|Other|Recent|Early|Late|Mid|The|This|That|Its|Their|His|Her|Our|Time|Sum|Summary|All|Both|Each|Some|Most|Many|Much|Any)\b/;

function openingPlaces(sentenceText: string, sentenceStart: number, mentions: Mention[], mentionCursor: number): string[] | undefined {
  const m = OPENING_PLACE.exec(sentenceText);
  if (!m || NOT_PLACE.test(m[1])) return undefined;
  // (A name the store knows, "In Stargate's first phase", is no place of its own.)
  const end = sentenceStart + m.index + m[0].length;
  for (let mi = mentionCursor; mi < mentions.length && mentions[mi].offset < end; mi++) if (mentions[mi].offset >= sentenceStart) return undefined;
  return m[2] ? [m[1].toLowerCase(), m[2].toLowerCase()] : [m[1].toLowerCase()];
}

/** Whether a site's or project's names or description name one of the places. */
function placedIn(entity: Entity, places: string[]): boolean {
  const known = (entity.names.en.join(' ') + ' ' + (entity.description ?? '')).toLowerCase();
  return places.some((place) => known.includes(place));
}

/** The thing or company an anaphor of the figure's sentence points back at, or undefined (one of claimRange's parts). */
function anaphorSubject(ctx: ClaimContext, run: ClaimRun, figure: Figure, si: number, sentence: Sentence, sentenceText: string, cStart: number, cEnd: number, mentionCursor: number, best: ScoredMention | undefined, anaphors: Anaphor[]): { subject: string; mention: number; confidence: number } | undefined {
  const { text, sentences, mentions, store } = ctx;
  const sEnd = sentence.offset + sentence.length;
  for (const { word: anaphor, pos: at } of anaphors) {
    // ("spans more than 1 million square feet …, where the company intends to train": an anaphor after the figure, in a
    // later clause, points back for that clause, not for this figure.)
    if (at > figure.offset + figure.length && at >= cEnd) continue;
    // ("Talen Energy announced … it is selling its 960-megawatt Cumulus campus to what the firm described as …": after the
    // figure, an anaphor does not take it from a name before it in its clause.)
    if (at > figure.offset + figure.length && best && mentions[best.index].offset >= cStart && mentions[best.index].offset < figure.offset) continue;
    // ("The project’s origins trace back to a 2024 announcement, where AWS committed $11 billion": a company named in the
    // figure's own clause, before it, is its subject; the anaphor opening the sentence is another clause's.)
    const namedInClause = best && at < cStart && mentions[best.index].offset >= cStart && mentions[best.index].offset < figure.offset && entityOf(store, mentions[best.index])?.kind === 'company' && !/公司|company/.test(anaphor);
    if (namedInClause) return undefined;
    // ("The facility will serve as the centerpiece of the … UAE–U.S. AI Campus, a 5-gigawatt deployment": a thing the figure
    // stands in apposition to is its subject, not what the anaphor opening the sentence points back to.)
    if (best && at < figure.offset) {
      const named = mentions[best.index];
      const kind = entityOf(store, named)?.kind;
      if ((kind === 'project' || kind === 'site') && named.offset > at && named.offset < figure.offset && APPOSITIVE_FIGURE_BETWEEN.test(text.slice(named.offset + named.length, figure.offset))) return undefined;
    }
    run.readBack = true;
    // "该项目…1000亿美元": the last project/site/deal mentioned before this sentence.
    // "该公司", "the company": the company that opens a sentence (its subject) before the nearest one named in passing
    // ("Nebius has built … a Meta contract …, but the company is also planning $16 billion-$20 billion of capex").
    const companyAnaphor = anaphor.includes('公司') || anaphor.includes('company') || anaphor === 'the firm' || anaphor.startsWith('这家');
    const subjectCompany = companyAnaphor ? sentenceOpeningCompany(text, sentences, store, mentions, mentionCursor - 1, sentence.offset - LOOKBACK) : -1;
    // "公司与OpenAI达成的8吉瓦…协议": the company joined to the name after the anaphor is another one, its partner.
    const partnerId = companyAnaphor ? joinedAfterAnaphor(text, mentions, mentionCursor, at + anaphor.length) : undefined;
    // ("甲骨文…增长不及预期 … 但市场质疑… - 公司重申…760亿美元的营收指引": an anaphor after a name of its own sentence points
    // back at it too, past a contrast that parted the name from the figure.)
    let lastBefore = mentionCursor - 1;
    if (!best && companyAnaphor) while (lastBefore + 1 < mentions.length && mentions[lastBefore + 1].offset + mentions[lastBefore + 1].length <= at) lastBefore++;
    // ("• Lancium … Project Stargate deal …\n• Riot pauses development on its 600 MW Corsicana expansion": a list item's
    // anaphor points at its own item, never at an earlier one.)
    const reach = Math.max(sentence.offset - LOOKBACK, listItemStart(text, sentence.offset));
    // ("Hyperion in Louisiana could scale to 5 GW. … In Abilene, Texas, the site will draw 1.2 GW": a sentence that opens
    // by placing itself somewhere speaks of a site there; the site or project pointed back to must be known to be there.)
    const places = companyAnaphor ? undefined : openingPlaces(sentenceText, sentence.offset, mentions, mentionCursor);
    for (let mi = lastBefore; mi >= 0 && mentions[mi].offset > reach; mi--) {
      const entity = entityOf(store, mentions[mi]);
      if (places && entity && (entity.kind === 'project' || entity.kind === 'site') && !placedIn(entity, places)) continue;
      if (partnerId !== undefined && mentions[mi].entityId === partnerId) continue;
      if (actsAsCompany(store, mentions[mi]) && subjectCompany >= 0 && mi !== subjectCompany) continue;

      // ("也是OpenAI在拉丁美洲的首个星际之门项目。……该项目": a programme named as a kind, "the first Stargate project" there,
      // is not what 该项目 points back to.)
      if (entity?.kind === 'project' && KIND_REFERENCE_BEFORE.test(text.slice(Math.max(0, mentions[mi].offset - 6), mentions[mi].offset))) continue;
      // ("TikTok plans …. The company's data center will cost …": an organisation the store does not know is the company.)
      if ((entity && (entity.kind === 'project' || entity.kind === 'site' || entity.kind === 'deal')) || (companyAnaphor && actsAsCompany(store, mentions[mi]))) {
        let subject = mentions[mi].entityId;
        let subjectMention = mi;
        // ("阿比林建设的Stargate项目首个数据中心站点……该项目": the programme's site named with it is what 该项目 is.)
        const site = entity?.kind === 'project' ? siteNamedWith(store, text, mentions, mi) : undefined;
        if (site) {
          subject = site.id;
          subjectMention = site.mention;
        }
        // The anaphor in the figure's own clause, the antecedent in the previous sentence or two: firm.
        const lowerClause = text.slice(cStart, cEnd).toLowerCase();
        const near = (si > 0 && mentions[mi].offset >= sentences[Math.max(0, si - 2)].offset) || mentions[mi].offset >= sentence.offset;
        // ("The company is in a period of …, with full-year 2025 capital expenditures … to $79,215 million", "周一,该公司披露…,
        // 将部署8吉瓦": an anaphor opening the sentence is its subject, and the figure's clause goes on from it.)
        // (Not a bare 公司, which opens headings as a modifier: "公司业绩与财务表现 - …".)
        // ("2024年上半年,公司实现营业收入…,实现归母净利润96.7亿元": after a time opening the sentence too, bare 公司 included.)
        const afterOpeningTime = at >= sentence.offset && at - sentence.offset <= 20 && OPENING_TIME_ONLY.test(text.slice(sentence.offset, at));
        // (A bare 公司 opening a sentence of clauses, "公司2025年全年平均产能利用率93.5%,…;实现营业收入673.23亿元", is the
        // company; a heading has no clauses.)
        const bareOpensClauses = anaphor === '公司' && /^公司(?![业業][绩績]|[简簡]介|概况|概況|新闻|新聞|公告)/.test(text.slice(at, at + 4)) && /[，,；;]/.test(sentenceText);
        const opensSentence = (((anaphor !== '公司' || bareOpensClauses) && at - sentence.offset <= 6) || afterOpeningTime) && at >= sentence.offset && at < figure.offset;
        // ("Musk emphasized the facility's rapid progress, having been built … within 122 days": a participle clause goes on
        // from the clause before it, where the anaphor stands.)
        const continued = at >= sentence.offset && at < cStart && PARTICIPLE_CLAUSE.test(text.slice(cStart, cStart + 24));
        // ("公司將進一步加大資本支出力度，2026年資本預算預估介於…，台積公司財務長黃仁昭說": the sentence names the company itself.)
        const namedAgain = companyAnaphor && namedInSentence(mentions, mentions[mi].entityId, mentionCursor, sEnd);
        // ("SMIC … announced its fourth-quarter results. … According to unaudited data, the company's sales revenue in 2025
        // was …": several sentences on, the company is still the only entity the text has named since.)
        // (So when the anaphor opens the figure's sentence and a later clause of it holds the figure: "2024年,公司实现营业收入
        // 43.65亿元,同比增长0.32%;归母净利润17.90亿元".)
        const sole = companyAnaphor && !near && (lowerClause.includes(anaphor) || opensSentence) && onlyNamedSince(store, mentions, mi, figure.offset);
        const confidence = (near || sole) && (lowerClause.includes(anaphor) || (companyAnaphor && ZH_COMPANY_ANAPHORA.test(lowerClause)) || opensSentence || continued || namedAgain) ? 0.7 : 0.6;
        const deal = partnerId !== undefined && entity?.kind === 'company' && DEAL_WORDS.test(sentenceText) ? dealBetween(store, entity.id, partnerId) : undefined;
        if (deal) subject = deal;
        return { subject, mention: subjectMention, confidence };
      }
    }
  }
  return undefined;
}

/** What claimRange has found of a claim's subject so far. */
interface SubjectDraft {
  subject: string | null;
  subjectMention: number | undefined;
  confidence: number;
  pairedInList: boolean;
}

/**
 * The subject of figure fi after its sentence's best mention and anaphors (w): a chip or owner named right at the figure,
 * what owns it unnamed, a table's column, the best mention, the previous sentences, an embedded anaphor (one of
 * claimRange's parts).
 */
function settleSubject(ctx: ClaimContext, run: ClaimRun, w: SubjectDraft, fi: number, si: number, sentence: Sentence, sentenceText: string, cStart: number, cEnd: number, mentionCursor: number, best: ScoredMention | undefined): void {
  const { text, sentences, figures, mentions, store } = ctx;
  const { claims } = run;
  const figure = figures[fi];
  // "700W (H100) → 1,400W (B300)": a chip named alone in brackets right after the figure owns it.
  if (!w.subject) {
    const labelled = chipInBracketAfter(text, store, mentions, figure.offset + figure.length);
    if (labelled >= 0) {
      w.subject = mentions[labelled].entityId;
      w.subjectMention = labelled;
      w.confidence = 0.85;
    }
  }
  // "OpenAI's massive 23-gigawatt roadmap": the owner named with 's just before the figure owns it,
  // whatever deal or partner the rest of the sentence names.
  const owner = !w.subject ? possessorBefore(text, store, mentions, figure, cStart, mentionCursor) : undefined;
  if (owner !== undefined) {
    w.subject = mentions[owner].entityId;
    w.subjectMention = owner;
    w.confidence = 0.85;
  }
  // Owned by something the store does not know, so no entity's figure:
  // "在Colossus数据中心旁建造一座30兆瓦的太阳能发电厂", "a 30 MW solar farm next to the campus": a power plant's own rating;
  // "well beyond air cooling’s 30–50 kW ceiling": a thing named with 's;
  // "IREN's 2,310 MW grid-connected portfolio": a name the store does not know, as surely;
  // "VR200 的 1800W-2300W", "超过 3600W 的 VR300": a model code the store does not know, joined to the figure by 的.
  // ("120 kW for an NVIDIA GB200 NVL72 rack or 160 kW for coming Rubin racks": a figure for a thing yet to come is that thing's.)
  // ("NextEra Energy aims to add roughly 15 GW of new generation": a power company's generation is its own.)
  const ownGeneration = !!best && GENERATION_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 56)) && POWER_COMPANY.test(entityOf(store, mentions[best.index])?.description ?? '');
  const ownedByThing = !w.subject && owner === undefined && (genericFacilityCost(text, figure) || (ratesPlant(text, figure) && !ownGeneration) || possessedByThing(text, mentions, figure, cStart) || unknownCodeWithDe(text, mentions, figure) || FOR_COMING_THING_AFTER.test(ahead(text, figure.offset + figure.length, figure.offset + figure.length + 48)));
  if (ownedByThing) best = undefined;
  // "Metric | H100 | B200" over "Energy Efficiency | 700W | 1,000W": the header of a figure's column names
  // whose figure it is; a column headed by no name (a "Notes" column) is nobody's.
  const column = !w.subject && owner === undefined ? tableColumnMention(text, mentions, figure, run) : undefined;
  if (column !== undefined) best = column >= 0 ? { index: column, score: Infinity } : undefined;
  // "…B200 的 1200W,直至未来 Feynman 平台可能高达 5000W": a product the store does not know heads the figure's own
  // clause; a name in an earlier clause is not its subject.
  if (best && !w.subject && mentions[best.index].offset < cStart && unknownProductInClause(text, mentions, cStart, figure.offset)) best = undefined;
  // ("… with the deployment of Nvidia Blackwell NVL72 systems, with future AI systems expected to push towards 600 kW racks":
  // future or next-generation things heading the figure's clause are not the thing named before it.)
  if (best && !w.subject && mentions[best.index].offset < cStart && FUTURE_THINGS_LEAD.test(text.slice(cStart, figure.offset))) best = undefined;
  // "Nvidia CEO Jensen Huang said companies and countries will need to spend $1 trillion", 黄仁勋表示，企业和国家将需要
  // 投入1万亿美元: the speaker's company is not the subject of what the statement says others will do.
  if (best && !w.subject && mentions[best.index].offset < figure.offset && SPEAKER_THEN_OTHERS.test(text.slice(mentions[best.index].offset + mentions[best.index].length, figure.offset))) best = undefined;
  // "NVIDIA B100 Blackwell GPU has a TDP of 700W … B200 Blackwell GPU TDP reaches 1000W+": a model code the store does
  // not know, named before the figure, owns it rather than a chip named after it.
  if (best && !w.subject && mentions[best.index].offset > figure.offset && unknownCodeBefore(text, mentions, Math.max(cStart, figure.offset - 60), figure.offset)) best = undefined;
  // "from H100-class ~700 W to Blackwell-class ~1 kW+": a class the store does not know, named right before the
  // figure after the subject's own figure, owns it.
  if (!w.subject && best && mentions[best.index].offset < figure.offset && CLASS_BEFORE.test(text.slice(Math.max(mentions[best.index].offset + mentions[best.index].length, figure.offset - 30), figure.offset))) best = undefined;
  if (!w.subject && best) {
    const m = mentions[best.index];
    w.subject = m.entityId;
    w.subjectMention = best.index;
    // "values the ChatGPT maker at $300 billion": the company behind a product named as its maker.
    const maker = MAKER_OF_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 12)) ? entityOf(store, m) : undefined;
    if (maker && maker.kind !== 'org' && maker.parents.length === 1) w.subject = maker.parents[0];
    const inClause = m.offset >= cStart && m.offset < cEnd;
    w.confidence = inClause ? 0.85 : 0.7;
    if ((entityOf(store, m)?.kind ?? 'org') === 'person') w.confidence -= 0.3;
    // "微软和Meta的资本支出为880亿美元和720亿美元": names and figures listed in parallel pair in order.
    const joint = jointWithNeighbour(text, mentions, best.index);
    const paired = joint != null ? pairedInParallel(text, figures, fi, mentions, best.index, sentence.offset, cStart, cEnd) : undefined;
    // "微软和OpenAI斥资…", "Microsoft and OpenAI plan…": a joint subject is no single entity.
    const partner = paired !== undefined ? undefined : joint ?? counterpartIn(text, mentions, best.index, cStart, cEnd, figure.offset + figure.length) ?? partyBefore(text, store, mentions, best.index, cStart);
    if (paired !== undefined) {
      w.subject = mentions[paired].entityId;
      w.subjectMention = paired;
      w.confidence = 0.8;
      w.pairedInList = true;
    } else if (partner != null) {
      // "AMD与OpenAI达成…协议", "英伟达向OpenAI投资…": the deal between the two when the store has one.
      // ("a $300 billion contract with OpenAI that anchors a total AI workload backlog of $455 million": an order book is the
      // company's, whatever deal the sentence also names.)
      const orderBook = ORDER_BOOK_NAMED.test(text.slice(Math.max(cStart, figure.offset - 48), Math.min(cEnd, figure.offset + figure.length + 48)));
      // (Not with one of several partners listed: "a 17-gigawatt, multi-site … buildout in partnership with Oracle, Nvidia and
      // SoftBank" is no deal of the two.)
      const onePartnerOfMany = partner !== joint && jointWithNeighbour(text, mentions, partner) !== undefined;
      const deal = DEAL_WORDS.test(sentenceText) && !orderBook && !onePartnerOfMany ? dealBetween(store, m.entityId, mentions[partner].entityId) : undefined;
      // ("OpenAI, SoftBank and Oracle plan to invest $500 billion in Stargate": owners named together putting money into
      // their joint venture state the venture's investment.)
      const venture = !deal && joint != null && INVESTING_MEASURES.has(measureFor(text, figure, cStart, cEnd) ?? measureFor(text, figure, sentence.offset, sentence.offset + sentence.length) ?? '') ? ventureOfOwners(store, mentions, best.index, joint, sentence.offset + sentence.length) : undefined;
      if (deal) {
        w.subject = deal;
        w.confidence = 0.8;
      } else if (venture !== undefined) {
        w.subject = mentions[venture].entityId;
        w.subjectMention = venture;
        w.confidence = 0.8;
      } else if (joint != null) w.confidence = Math.min(w.confidence, 0.5);
    }
    // "在德州阿比林建设的首个“星际之门”项目", "Stargate's Abilene campus": a site of the programme named
    // with it in one phrase is what the phrase is about.
    const site = w.subject === m.entityId ? siteNamedWith(store, text, mentions, best.index) : undefined;
    if (site !== undefined) {
      w.subject = site.id;
      w.subjectMention = site.mention;
    }
  }
  if (!w.subject && !ownedByThing && column === undefined) {
    run.readBack = true;
    // Fall back to the last subject-like mention in the previous two sentences.
    const from = Math.max(sentences[Math.max(0, si - 2)].offset, sentence.offset - LOOKBACK, listItemStart(text, sentence.offset));
    for (let mi = mentionCursor - 1; mi >= 0 && mentions[mi].offset >= from; mi--) {
      const entity = entityOf(store, mentions[mi]);
      if (subjectWeight(entity) >= 1) {
        w.subject = mentions[mi].entityId;
        w.subjectMention = mi;
        w.confidence = 0.4;
        break;
      }
    }
    // "天数智芯计划全球发售…。按照114.60港元/股的发行价计算，天数智芯此次上市预计将募资…": a sentence's opening phrase with no
    // subject of its own, whose next clause opens with the subject of the sentence before, is about it too.
    if (w.subject && OPENING_PHRASE.test(text.slice(sentence.offset, figure.offset))) {
      const next = mentions[firstSpanFrom(mentions, figure.offset + figure.length)];
      if (next && next.offset < sentence.offset + sentence.length && next.entityId === w.subject && NEXT_CLAUSE_OPENS.test(text.slice(figure.offset + figure.length, next.offset))) w.confidence = 0.7;
    }
  }

  // "这座1兆瓦的集群", "the 1 MW cluster", "The $300 million deal": a demonstrative + figure + object
  // noun points back at the thing of an earlier sentence, not at a speaker or owner named here.
  const embedded = embeddedAnaphor(text, figure);
  if (embedded && (!w.subject || !isThingKind(store, w.subject) || w.confidence < 0.7)) {
    run.readBack = true;
    const back = antecedent(store, text, claims, figures, mentions, sentences, si, embedded);
    if (back) {
      w.subject = back.subject;
      w.subjectMention = back.mention;
      w.confidence = 0.7;
    }
  }
}

/** Claims of figures [fa, fb), appended to run.claims. */
function claimRange(ctx: ClaimContext, run: ClaimRun, fa: number, fb: number): void {
  const { text, sentences, figures, mentions, store } = ctx;
  const { claims } = run;
  if (fa >= fb) return;
  // First mention ending after the range's first sentence start; advanced monotonically below.
  let mentionCursor = firstSpanEndingAfter(mentions, sentences[sentenceIndexOf(sentences, figures[fa].offset)].offset);
  // The anaphors of the figure's (clipped) sentence, looked for once for all its figures.
  const anaphorCache: AnaphorCache = { at: -1, end: -1, anaphors: [] };
  let scopeAt = -1;
  let scopeEnd = -1;
  let scopeFound: string | undefined;
  // The product names of the figure's (clipped) sentence, read once for all its figures.
  let productsAt = -1;
  let productsEnd = -1;
  let productsFound: ProductName[] = [];
  const productsIn = (from: number, to: number): ProductName[] => {
    if (productsAt !== from || productsEnd !== to) {
      productsFound = productNames(text, from, to);
      productsAt = from;
      productsEnd = to;
    }
    return productsFound;
  };
  // Whether a sentence has an "along with" aside at all, asked once a sentence (most have none).
  let alongAt = -1;
  let alongHas = false;
  const alongWithIn = (sentence: Sentence): boolean => {
    if (alongAt !== sentence.offset) {
      alongAt = sentence.offset;
      alongHas = ALONG_WITH_ANY.test(text.slice(sentence.offset, sentence.offset + sentence.length));
    }
    return alongHas;
  };
  for (let fi = fa; fi < fb; fi++) {
    const figure = figures[fi];
    // (A duration is a claim only as the time a thing took to build: measures.ts buildTime.)
    if (TIME_KINDS.has(figure.kind) || (figure.kind === 'duration' && !buildTime(text, figure))) continue;
    const si = sentenceIndexOf(sentences, figure.offset);
    const sentence = clipSentence(sentences[si], figure);
    const sEnd = sentence.offset + sentence.length;
    const [cStart, cEnd] = clauseBounds(text, sentence, figure.offset, figure.offset + figure.length);
    while (mentionCursor < mentions.length && mentions[mentionCursor].offset + mentions[mentionCursor].length <= sentence.offset) mentionCursor++;
    // "over a million Trainium 2 chips": a number that a name begins before is part of the name.
    if (insideName(mentions, mentionCursor, figure)) continue;

    // Subject: the best-weighted mention in the sentence, nearer and earlier preferred.
    const best = bestSubject(ctx, run, figure, sentence, cStart, cEnd, mentionCursor, alongWithIn);
    const w: SubjectDraft = { subject: null, subjectMention: undefined, confidence: 0, pairedInList: false };
    const sentenceText = text.slice(sentence.offset, sEnd);
    // Figures of one sentence share its (clipped) text: look for an anaphor once per clip.
    const anaphors = anaphorsOf(anaphorCache, sentence, sentenceText);
    const back = anaphors.length ? anaphorSubject(ctx, run, figure, si, sentence, sentenceText, cStart, cEnd, mentionCursor, best, anaphors) : undefined;
    if (back) {
      w.subject = back.subject;
      w.subjectMention = back.mention;
      w.confidence = back.confidence;
    }
    settleSubject(ctx, run, w, fi, si, sentence, sentenceText, cStart, cEnd, mentionCursor, best);
    let { subject, subjectMention, confidence } = w;
    const { pairedInList } = w;
    // ("To get the power the 1.8-gigawatt center will need, Crusoe plans to use …": a figure in an opening clause of purpose
    // belongs to the main clause's subject, named right after its comma.)
    if (!subject && cStart === sentence.offset && PURPOSE_CLAUSE_OPENING.test(text.slice(sentence.offset, Math.min(sEnd, sentence.offset + 12)))) {
      const k = firstSpanFrom(mentions, cEnd);
      const m = mentions[k];
      if (m && m.offset - cEnd <= 3 && /^[,，]\s*$/.test(text.slice(cEnd, m.offset)) && (entityOf(store, m)?.kind ?? 'company') === 'company' && /^\s+[a-z]+s?\b/.test(text.slice(m.offset + m.length, m.offset + m.length + 16))) {
        subject = m.entityId;
        subjectMention = k;
        confidence = 0.7;
      }
    }
    let measure = measureFor(text, figure, cStart, cEnd);
    // ("acquisition of FORTRUST data center and two Credit Suisse data centers": a name between a count and the sites it
    // counts is whose sites they are, not the subject's.)
    if (figure.kind === 'count' && (measure === 'data_center_count' || measure === 'site_count') && subject) {
      const owner = OWNER_BETWEEN_COUNT_AND_SITES.exec(text.slice(figure.offset + figure.length, figure.offset + figure.length + 60));
      // (Not a place, "two Texas data centers", nor the subject or its own brand, "300 Azure data centers".)
      if (owner && !onePlaceIn(owner[1]) && !subjectsOwnNamedAt(store, mentions, figure.offset + figure.length + owner[0].indexOf(owner[1]), subject)) {
        subject = null;
        subjectMention = undefined;
        confidence = 0;
      }
    }
    if (!measure) {
      // Borrow the sentence's measure only when no other figure of this kind owns it in its own
      // clause ("a total investment of $13 billion, with $11.6 billion already disbursed").
      // ("單季獲利年增率高達62%,達到人民幣103.7億元,而營收也同步增長43%": what the sentence named before the figure's
      // clause goes on into it; a cue in a later clause is that clause's.)
      measure = measureFor(text, figure, sentence.offset, cEnd) ?? measureFor(text, figure, sentence.offset, sEnd);
      if (measure) {
        // The nearest few figures each side: a run of thousands of numbers in one sentence stays linear.
        for (let k = fi - 1; k >= 0 && k >= fi - 6 && figures[k].offset >= sentence.offset; k--) if (ownsMeasure(k)) { measure = null; break; }
        for (let k = fi + 1; measure && k <= fi + 6 && k < figures.length && figures[k].offset < sEnd; k++) if (ownsMeasure(k)) { measure = null; break; }
      }
    }
    // "will represent 43 percent of all PC shipments by 2025, up from 17 percent in 2024": the old level of a share is the
    // share's, no growth rate.
    if (measure === 'growth' && figure.kind === 'percent') {
      let k = fi - 1;
      while (k >= 0 && TIME_KINDS.has(figures[k].kind) && figures[k].offset >= sentence.offset) k--;
      const level = k >= 0 && figures[k].offset >= sentence.offset && figures[k].kind === 'percent' ? figures[k] : undefined;
      if (level && OLD_PERCENT_LEVEL_BEFORE.test(text.slice(Math.max(level.offset + level.length, figure.offset - 24), figure.offset)) && measureFor(text, level, ...clauseBounds(text, sentence, level.offset, level.offset + level.length)) !== 'growth') measure = null;
    }
    // "each Blackwell Ultra GPU consumes 1,400W, a Grace CPU 300W, and memory 200W per socket": another part of the
    // system named right before a power is that part's, not the chip's.
    if ((measure === 'chip_power' || measure === 'power') && OTHER_PART_BEFORE_POWER.test(text.slice(Math.max(sentence.offset, figure.offset - 24), figure.offset))) measure = null;
    // "roughly $200 billion in capex for 2026, up from about $131 billion in 2025": the old level of a pair is the same
    // measure as the new level before it, at another time.
    // (Only when its own time follows it, "in 2025": "up from $34.9b the prior quarter" would take the new level's quarter.)
    const own = measure ? undefined : figures[fi + 1];
    if (own && TIME_KINDS.has(own.kind) && /^\s*(?:in|for|during)?\s*$/i.test(text.slice(figure.offset + figure.length, own.offset))) {
      let k = fi - 1;
      while (k >= 0 && figures[k].offset >= sentence.offset && TIME_KINDS.has(figures[k].kind)) k--;
      const prior = k >= 0 && figures[k].offset >= sentence.offset ? figures[k] : undefined;
      if (prior && prior.kind === figure.kind && prior.unit === figure.unit && OLD_LEVEL_OF_PAIR_BEFORE.test(text.slice(prior.offset + prior.length, figure.offset))) {
        const [gs, ge] = clauseBounds(text, sentence, prior.offset, prior.offset + prior.length);
        measure = measureFor(text, prior, gs, ge);
      }
    }
    // ("2022 年该公司营收为 4000 多万元,2024 年增长至 3.48 亿元": a series of years; the next clause's level, named only by its year
    // and a verb of reaching, is the same measure as the level before it.)
    if (!measure && figure.kind === 'money') {
      let k = fi - 1;
      let gap = '';
      let at = figure.offset;
      while (k >= 0 && figures[k].offset >= sentence.offset && TIME_KINDS.has(figures[k].kind)) {
        gap = 'T' + text.slice(figures[k].offset + figures[k].length, at) + gap;
        at = figures[k].offset;
        k--;
      }
      const prior = k >= 0 && figures[k].offset >= sentence.offset ? figures[k] : undefined;
      if (prior && prior.kind === 'money' && prior.unit === figure.unit && SERIES_LEVEL_BETWEEN_ZH.test(text.slice(prior.offset + prior.length, at) + gap)) {
        const [gs, ge] = clauseBounds(text, sentence, prior.offset, prior.offset + prior.length);
        measure = measureFor(text, prior, gs, ge);
      }
    }
    function ownsMeasure(k: number): boolean {
      const g = figures[k];
      if (g.kind !== figure.kind) return false;
      const [gs, ge] = clauseBounds(text, sentence, g.offset, g.offset + g.length);
      return gs !== cStart && measureFor(text, g, gs, ge) === measure;
    }
    const subjectKind = subject ? store.entities.get(subject)?.kind : undefined;
    if ((measure === 'power' || measure === 'chip_power') && subject && subjectKind === 'chip') measure = chipPowerMeasure(store, subject, figure, text.slice(cStart, cEnd), measure);
    // ("OpenAI CEO Sam Altman announced 500 million weekly users": a company's users are its product's, when the store
    // keeps users on one product of it and none on the company.)
    if (measure === 'users' && subject && subjectKind === 'company') subject = productWithUsers(store, subject) ?? subject;
    // ("Baidu reported fourth-quarter revenue of RMB 32.7 billion …. Full-year 2025 revenue declined 3% to RMB 129.1 billion": a
    // sentence that opens with a result and names no one goes on with the company whose results the sentence before reported.)
    if (confidence > 0.3 && confidence < 0.7 && subject && measure && REPORTED_RESULT_MEASURES.has(measure) && si > 0 && subjectMention !== undefined && PLAIN_RESULT_OPENING.test(sentenceText)) {
      const prev = sentences[si - 1];
      const m = mentions[subjectMention];
      if (m.offset >= prev.offset && m.offset - prev.offset <= 2 && RESULTS_VERB_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 24))) confidence = 0.7;
    }
    // ("- **$40 billion**: Google's data center campus in West Memphis": an amount labelling a facility is what it costs.)
    if (!measure && figure.kind === 'money' && LABEL_FACILITY_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 60)) && labelsItsLine(text, sentence, figure.offset)) measure = 'cost';
    if (!measure) confidence = Math.min(confidence, 0.3);
    let time = timeFor(text, figures, fi, sentence, cStart, cEnd, measure);
    // "微软计划在2025财年投资约800亿美元建设AI数据中心", "plans to invest $80 billion on AI data centers in fiscal 2025": a
    // company's one year of investing in building its own data centres is its capital spending that year.
    if (measure === 'investment' && subjectKind === 'company' && OWN_BUILD_AFTER.test(ahead(text, figure.offset + figure.length, figure.offset + figure.length + 40))) {
      const year = timeFor(text, figures, fi, sentence, cStart, cEnd, 'capex');
      if (year && !year.relative && ((year.from ?? '').slice(0, 4) === (year.to ?? '').slice(0, 4) || !year.to) && /^\d{4}$|^FY\s?\d{4}$/i.test(year.fiscal ?? year.label ?? '')) {
        measure = 'capex';
        time = year;
      }
    }
    const pre = text.slice(Math.max(0, figure.offset - 6), figure.offset);
    const after = ahead(text, figure.offset + figure.length, figure.offset + figure.length + 24);
    const post = after.slice(0, 14);
    // "增加了325亿美元", "$39 billion more than", "500W more power than": a change, not a level.
    // ("Powered by 150kW": by after a passive verb names the agent, no change.)
    // ("has already set up 200,000 GPUs": up the particle of a verb of building, no change.)
    const change = (/(?:增加|增长|减少|下降|提高|上升|多出|高出|增幅)了?\s*$|\b(?:up|down|by)\s*$/i.test(pre) && !PASSIVE_BY_BEFORE.test(text.slice(Math.max(0, figure.offset - 20), figure.offset)) && !PHRASAL_UP_BEFORE.test(text.slice(Math.max(0, figure.offset - 16), figure.offset))) || /^\s*(?:more|less|higher|lower|fewer)\s+(?:[a-z]+\s+)?than\b/i.test(after);
    // "Each UltraServer houses up to 144 chips and AWS says clusters can scale to one million chips": a second
    // speaker's words start a clause of their own, so the first clause's scope words stay there.
    const said = figure.offset > cStart ? lastSpeakerClause(text.slice(cStart, figure.offset)) : -1;
    const scopeStart = said > 0 ? cStart + said : cStart;
    if (scopeAt !== scopeStart || scopeEnd !== cEnd) {
      scopeFound = scopeOf(text.slice(scopeStart, cEnd), sentenceText);
      scopeAt = scopeStart;
      scopeEnd = cEnd;
    }
    // "featuring 100,000 Blackwell GPUs in the Solstice system and an additional 10,000 chips in …": an increment's
    // word after a joiner before the clause's next figure is that figure's.
    let scopeHere = scopeFound;
    // "资本支出达349亿美元 其中近一半分配给…": 其中 after the figure opens its parts; the figure is the whole.
    if (scopeHere === 'part') {
      const tail = text.slice(figure.offset + figure.length, cEnd);
      const partAt = PART_AFTER.exec(tail);
      if (partAt && !PART_AFTER.test(text.slice(scopeStart, figure.offset))) scopeHere = scopeOf(text.slice(scopeStart, figure.offset + figure.length + partAt.index), sentenceText);
    }
    // "Sea Data Centre, the first phase of the 500MW YTL Green Data Centre Park, will … accommodate up to 72MW": the
    // sentence's subject, set off as a first phase before the clause, scopes its figures.
    if (scopeHere === undefined && cStart > sentence.offset && APPOSITIVE_FIRST_PHASE.test(text.slice(Math.max(sentence.offset, cStart - 120), cStart))) scopeHere = 'initial';
    // "will deliver 50MW of AI capacity, scalable to 90MW": a level that can grow to another named after it is the first.
    if (scopeHere === undefined && SCALABLE_TO_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 40))) scopeHere = 'initial';
    // ("has brought 200MW online and aims for 1.2GW": a goal named after the joiner before the next figure is that figure's.)
    if (scopeHere === 'increment' || scopeHere === 'target') {
      const stop = nextFigureJoint(text, figures, fi, cEnd);
      if (stop < cEnd) scopeHere = scopeOf(text.slice(scopeStart, stop), sentenceText);
    }
    // ("agreed to invest $5 million in Intel common stock at $23.28 per share": a per-unit word after the clause's next
    // figure is that figure's.)
    if (scopeHere === 'per-unit') {
      const next = figures[fi + 1];
      // (Not when per follows the figure itself: "$5M per 72-chip rack".)
      if (next && next.offset < cEnd && next.offset > figure.offset + figure.length && !/^\s*(?:per\b|\/|each\b|apiece\b|每)/i.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 8)) && !SINGLE_UNIT_AFTER.test(text.slice(next.offset, cEnd))) scopeHere = scopeOf(text.slice(scopeStart, next.offset), sentenceText);
    }
    // ("以每股1美分價格買進最多1.6億股", "at 1 cent per share for up to 160 million shares": a per-unit word bound to the clause's
    // figure before this one, a price, is that price's.)
    if (scopeHere === 'per-unit') {
      const prev = figures[fi - 1];
      if (prev && prev.kind === 'money' && prev.offset >= scopeStart && (PER_UNIT_RIGHT_BEFORE.test(text.slice(Math.max(scopeStart, prev.offset - 4), prev.offset)) || PER_UNIT_RIGHT_AFTER.test(text.slice(prev.offset + prev.length, figure.offset)))) {
        scopeHere = scopeOf(text.slice(prev.offset + prev.length, cEnd).replace(PER_UNIT_RIGHT_AFTER, ''), sentenceText);
      }
    }
    // "Blackwell/Blackwell Ultra 的 1.2/1.4kW": names and values in two slash lists pair by their places; the first
    // value is the first name's (here no entity's), not the last name's.
    if (subjectMention !== undefined && mentions[subjectMention].offset < figure.offset) {
      const owner = slashPairedName(text, figures, fi, mentions, subjectMention);
      if (owner !== undefined) {
        subjectMention = owner < 0 ? undefined : owner;
        subject = owner < 0 ? null : mentions[owner].entityId;
      }
    }
    // "GB200 NVL72机柜功率密度达130-140kW,远超传统风冷30-50kW": the figure after a comparison and another thing
    // is that thing's, not the subject's.
    if (subjectMention !== undefined && mentions[subjectMention].offset < figure.offset && COMPARED_THING_BEFORE.test(text.slice(Math.max(cStart, figure.offset - 14), figure.offset))) {
      subject = null;
      subjectMention = undefined;
    }
    // "NVFP4 推理性能達 50 PFLOPS，訓練性能達 35 PFLOPS": a chip's compute at one precision or for one use.
    // "each Rubin GPU delivers 40 petaflops of FP4": one unit of a chip is what its figures are about.
    let computeScope: string | undefined;
    if (figure.kind === 'compute' && (scopeHere === undefined || scopeHere === 'overall' || (scopeHere === 'per-unit' && subjectKind === 'chip'))) computeScope = computePrecision(text.slice(cStart, cEnd));
    let scope = change ? 'change' : computeScope ?? (/每\s*$/.test(text.slice(Math.max(0, figure.offset - 2), figure.offset)) || (figure.kind === 'money' && PRICE_PER_UNIT_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 8))) ? 'per-unit' : scopeHere);
    // 分别 after names paired with their figures has done its work: each figure is its own name's, unnarrowed.
    if (pairedInList && scope === 'respective') scope = undefined;
    // "in 2025, Baidu achieved an annual revenue of 129.1 billion yuan", 2025年全年营收: a flow of one named year is that
    // year's figure, not a rate per year.
    if (scope === 'per-year' && measure && FLOW_MEASURES.has(measure) && time && !time.relative && (/^\d{4}$/.test(time.from ?? '') && (time.to ?? time.from) === time.from || /^FY\d{4}$/.test(time.fiscal ?? ''))) scope = undefined;
    // "GB200 NVL36及NVL72整機櫃的TDP將高達70kW及近140kW": products listed before as many figures are paired in order, as
    // with 分别 (objectOf), even where the store knows only one of them.
    if (scope === undefined && !pairedInList && subject) {
      const run = parallelFigures(text, figures, fi, cStart, cEnd);
      if (run) {
        if (productsListedBefore(text, productsIn(sentence.offset, sEnd), figures[run.first].offset, run.last - run.first + 1)) scope = 'respective';
      }
    }
    // "Each H100 is rated at 700 W": one unit of a chip is what the chip's figures are about.
    // "Microsoft Cloud … 营收1,689亿美元", "亚马逊云科技": a business unit's figure is not the company's.
    if ((scope === undefined || scope === 'overall') && subjectMention !== undefined && subjectKind === 'company') {
      const m = mentions[subjectMention];
      // (Only a unit named in the figure's own sentence: "全年方面,2025 財年總營收…;淨利潤…" after a sentence on 微軟雲 is the whole
      // company's again.)
      if (m.offset >= sentence.offset && SEGMENT_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 24))) scope = 'segment';
      // "its $183.5 billion in datacenter revenues": the segment named after the amount.
      else if (SEGMENT_REVENUE_AFTER.test(after)) scope = 'segment';
    }
    // "微軟云業務總體營收為1689億美元…;同期,Azure的年收入超過了750億美元,同比增長34%": the growth of a business unit named in
    // its sentence is the unit's, no growth of the company's to compare.
    if (scope === 'change' && measure === 'growth' && subjectMention !== undefined && subjectKind === 'company') {
      const m = mentions[subjectMention];
      if (m.offset >= sentence.offset && SEGMENT_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 24))) measure = null;
    }
    // "GB300 servers with 72 chips each consume about 140 kW", "每台GB300伺服器功耗140千瓦": the draw of one
    // server or rack built of a chip the store keeps no system power for stays one unit's.
    if (scope === 'per-unit' && (measure === 'chip_power' || measure === 'power') && subjectKind === 'chip' && !(measure === 'power' && SYSTEM_UNIT.test(text.slice(cStart, cEnd)) && !systemPower(store, subject!))) scope = undefined;
    // "H200 TDP达700 W,8卡服务器即5.6 kW": a server or rack named between the chip and a power figure draws it,
    // many chips together, not one chip.
    if (measure === 'chip_power' && subjectKind === 'chip' && subjectMention !== undefined && scope !== 'change') {
      const m = mentions[subjectMention];
      if (m.offset < figure.offset && SYSTEM_UNIT.test(text.slice(m.offset + m.length, figure.offset))) scope = 'combined';
      // "its DGX B200 chassis with eight B200 GPUs will consume roughly 14.3kW", "60kW of rack power": a box of
      // several chips, or a unit named right after the figure, draws it.
      // ("100,000 B200 GPUs drawing 1.5 kW each": each after the figure keeps it one chip's.)
      // ("so we're talking about 140-280 megawatts for the whole setup": the whole the chips make, named after the figure.)
      else if (scope === undefined && (SYSTEM_UNIT_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 16)) || WHOLE_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 40)) || (fi > fa && figures[fi - 1].kind === 'count' && (figures[fi - 1].value ?? 0) > 1 && figures[fi - 1].offset >= cStart && figures[fi - 1].noun !== undefined && !EACH_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 16))))) scope = 'combined';
    }
    // "the $15 billion Stargate expansion, with a 1 GW campus": one site among a project's or a
    // company's many, not their total (a site's own figure stays the site's).
    // "the “Stargate” AI supercluster in Texas at 900 MW": one site of a project named by its place.
    // "該園區是…首個「星際之門」計畫設施…約1.2 GW": a sentence about this one campus.
    // ("Stargate is starting with a campus in Texas … 200 megawatts, with plans to expand to 1.2 gigawatts": a clause
    // that goes on with the same site reads the site from the clause before.)
    const siteFrom = CLAUSE_GOES_ON.test(text.slice(cStart, figure.offset)) ? sentence.offset : cStart;
    // ("Once fully operational in mid-2026, the facility will deliver up to 1.2 gigawatts": so does the figure's clause.)
    if (scope === undefined && subject && subjectKind !== 'site' && (oneSite(text, figure) || labelsOneFacility(text, sentence, figure) || (subjectKind === 'project' && (SITE_IN_PLACE.test(text.slice(siteFrom, figure.offset)) || THIS_SITE_OPENS.test(text.slice(sentence.offset, sentence.offset + 12)) || THIS_SITE_CLAUSE.test(text.slice(cStart, figure.offset)))))) scope = 'one-site';
    // "A Trn2 UltraServer links 64 chips", "每台超节点配备384颗芯片": the make-up of one system unit.
    // ("每個 Rubin GPU 整合 8 個 HBM4 堆棧，總容量達 288GB", "eight HBM4 stacks for a total of 288 GB": the total of one chip's
    // stacks is that chip's memory, not many chips' together.)
    // ("a pact … that could total roughly $72 billion": total the verb after a modal is the deal's worth, no overall scope.)
    if (scope === 'overall' && MODAL_TOTAL_BEFORE.test(text.slice(Math.max(cStart, figure.offset - 40), figure.offset))) scope = undefined;
    if (measure === 'memory' && scope === 'overall' && STACKS_BEFORE.test(text.slice(Math.max(sentence.offset, figure.offset - 40), figure.offset))) scope = undefined;
    // "Trn2 instances could scale up to 100,000 processors, delivering 65 ExaFLOPS": the compute of many chips
    // counted just before it in the sentence is theirs together, not one chip's.
    // "Nvidia's H100s, each packing 80GB …, will deliver over 10 exaFLOPs": compute given to a chip named in the plural is many chips'.
    if (figure.kind === 'compute' && subjectKind === 'chip' && scope !== 'per-unit' && subjectMention !== undefined && pluralMention(text, mentions[subjectMention])) scope = 'combined';
    // (At any precision when the figure sums them: "connects 144 chips, aggregating 362 FP8 PFLOPs".)
    if (figure.kind === 'compute' && subjectKind === 'chip' && (scope === undefined || scope === 'overall' || AGGREGATE_BEFORE.test(text.slice(Math.max(cStart, figure.offset - 24), figure.offset))) && manyCountedBefore(figures, fi, Math.max(sentence.offset, figure.offset - 80))) scope = 'combined';
    // "採用GB200 NVL72…建置運算能力超過300 ExaFLOPS的AI超級電腦", "a supercomputer with 300 exaflops built from GB200 racks":
    // the compute of a supercomputer or cluster built of the chip, named next to the figure, is many chips'.
    if (figure.kind === 'compute' && subjectKind === 'chip' && (scope === undefined || scope === 'overall') && (SUPERCOMPUTER_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 24)) || SUPERCOMPUTER_BEFORE.test(text.slice(Math.max(cStart, figure.offset - 30), figure.offset)))) scope = 'combined';
    // "its Rubin NVL8 system supports 400 PFLOPS of NVFP4": a system named by its chip and a rack code or system word is
    // many chips, whatever precision it names.
    // ("H100服务器超10千瓦", "B200八卡服务器", "H100 servers cost $300,000": its power, memory and price are many chips' too;
    // not a rack's own name: "a GB200 NVL72 rack draws 120 kW" is the stored rack's.)
    if (figure.kind !== 'count' && subjectKind === 'chip' && scope !== 'per-unit' && scope !== 'combined' && subjectMention !== undefined) {
      const sm = mentions[subjectMention];
      if (CHIP_SYSTEM_AFTER.test(text.slice(sm.offset + sm.length, sm.offset + sm.length + 20)) && (figure.kind === 'compute' || !RACK_NAME.test(text.slice(sm.offset, sm.offset + sm.length)))) scope = 'combined';
    }
    // ("the Stargate 1 project plans to deploy …": one numbered site the store does not know, not the whole programme.)
    // "Rubin CPX pushes 30 petaFLOPs": a variant's word after a chip's name names a chip the store does not know.
    if (subjectMention !== undefined && (subjectKind === 'project' || subjectKind === 'chip')) {
      const nameEnd = mentions[subjectMention].offset + mentions[subjectMention].length;
      if (subjectKind === 'project' ? NUMBERED_PART_AFTER.test(text.slice(nameEnd, nameEnd + 24)) : CHIP_VARIANT_AFTER.test(text.slice(nameEnd, nameEnd + 8))) confidence = Math.min(confidence, 0.5);
    }
    // ("Ironwood提供256芯片和9216芯片配置", "comes in 256-chip and 9,216-chip configurations": each count sizes one configuration
    // of the chip, a unit of its own, never a level of the chips deployed.)
    if (figure.kind === 'count' && subjectKind === 'chip' && (scope === undefined || scope === 'overall') && CONFIGURATION_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 24))) scope = 'per-unit';
    // "in a GB200 cluster with 576 GPUs": the chips of a cluster named by its chip, not one chip's make-up.
    if (figure.kind === 'count' && subjectKind === 'chip' && (scope === undefined || scope === 'overall') && CLUSTER_BEFORE.test(text.slice(cStart, figure.offset))) scope = 'combined';
    if (figure.kind === 'count' && scope === undefined && (ONE_UNIT_BEFORE.test(text.slice(Math.max(cStart, figure.offset - 90), figure.offset)) || THE_UNIT_HOLDS.test(text.slice(Math.max(cStart, figure.offset - 60), figure.offset)))) scope = 'per-unit';
    // "每1吉瓦算力约对应55万颗GPU", "every gigawatt requires about 500,000 GPUs": what one unit of a per-unit figure
    // corresponds to is per unit too.
    if (scope === undefined && fi > fa && claims.length && claims[claims.length - 1].figure === fi - 1 && claims[claims.length - 1].scope === 'per-unit' && figures[fi - 1].offset >= cStart && PER_UNIT_CORRESPONDS.test(text.slice(figures[fi - 1].offset + figures[fi - 1].length, figure.offset))) scope = 'per-unit';
    // "18 compute trays, each holding 4 Rubin GPUs": what each of several parts holds (not the rack's or the server's).
    if (figure.kind === 'count' && (scope === undefined || scope === 'per-unit') && EACH_HOLDING.test(text.slice(Math.max(0, figure.offset - 30), figure.offset))) scope = 'per-part';
    // "每个机箱搭载6颗PSU,每颗5.5kW": 每 and the classifier of the parts counted just before: what each part draws or holds.
    if ((scope === undefined || scope === 'per-unit') && fi > fa && text.charCodeAt(figure.offset - 2) === 0x6bcf /* 每 */ && figures[fi - 1].kind === 'count' && figures[fi - 1].offset >= sentence.offset && (figures[fi - 1].unitText ?? '').endsWith(text.slice(figure.offset - 1, figure.offset))) scope = 'per-part';
    // "The five new sites bring the project to 7 GW": a count of new things is what they add.
    // "建造3座新的資料中心", "興建兩座新AI資料中心", "will build three data centres": what is built or added is an
    // increment, never the count that exists ("先前已在德州兩個地點設有資料中心").
    // A cluster built with 10万卡 ("建设10万卡集群") is its size, not an addition: only sites and buildings.
    if (figure.kind === 'count' && (scope === undefined || scope === 'overall') && (NEW_AFTER.test(post) || (BUILT_BEFORE.test(pre) && (measure === 'data_center_count' || measure === 'site_count')))) scope = 'increment';
    // "已規劃建設5個集團級數據中心、2個省級數據中心": a count of one tier of a kind (集团级, 省级, 国家级) is a part of them all.
    if (figure.kind === 'count' && (scope === undefined || scope === 'overall') && TIER_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 8))) scope = 'part';
    // "总容量目标为4.5吉瓦，若加上其他六个站点，总容量将超过8吉瓦": what more is added to is a part.
    if ((scope === undefined || scope === 'overall') && ADDED_AFTER.test(after)) scope = 'part';
    // Products tell apart a company's figures and a list's (checks/consistency.ts sameObject): only
    // such claims that take part in comparisons look for them.
    let object: string | undefined;
    if (measure && subject && confidence >= 0.7 && (scope === 'respective' || !(isThingKind(store, subject) || subjectKind === 'chip'))) {
      const products = productsIn(sentence.offset, sEnd);
      // ("enhancing its 2GW Sweetwater data center hub": a development named right after the figure is what it measures,
      // not a product named earlier in the sentence, Sweetwater 2.)
      const developmentNext = DEVELOPMENT_RIGHT_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 60));
      if (products.length && !developmentNext) object = objectOf(figures, fi, products, cStart, cEnd, scope === 'respective');
      // "涵蓋6000英畝州政府信託土地的NorthPark開發案": a development the store does not know, named after
      // the figure, is what the figure measures; the company is only a party to it.
      object ??= namedDevelopment(text, figure, mentions, mentionCursor) ?? productPlant(text, figure) ?? townAfter(text, figure, mentions, mentionCursor);
      if (developmentNext && object === undefined && products.length) object = objectOf(figures, fi, products, cStart, cEnd, scope === 'respective');
    }
    // "2x the training throughput of an H100 with 192 GB of HBM3e": the chip compared with, not the one described.
    // ("256GB of HBM3e versus the MI300X's 128GB": the compared chip's own size, named with 's, is its figure.)
    if (measure === 'memory' && subjectMention !== undefined && COMPARED_CHIP_BEFORE.test(text.slice(Math.max(0, mentions[subjectMention].offset - 24), mentions[subjectMention].offset)) &&
      !/^['’]s\s+$/.test(text.slice(mentions[subjectMention].offset + mentions[subjectMention].length, figure.offset))) confidence = Math.min(confidence, 0.5);
    // ("自2010年以来,该公司在印第安纳州投资了215亿美元", "has invested $21.5 billion in the state since 2010": a running total
    // since a year is all the years', no one plan's amount.)
    if (scope === undefined && figure.kind === 'money' && (RUNNING_SINCE_BEFORE.test(text.slice(sentence.offset, figure.offset)) || RUNNING_SINCE_AFTER.test(text.slice(figure.offset + figure.length, Math.min(sEnd, figure.offset + figure.length + 60))))) scope = 'overall';
    // ("该项目最初规划规模为1.2GW,但合作方OpenAI与甲骨文未能就进一步扩大至2GW…达成共识": the level a thing is to grow to,
    // after its own level in the sentence, is the same thing's, whoever the clause says failed to agree on it.)
    const grown = GROW_TO_BEFORE.test(text.slice(Math.max(sentence.offset, figure.offset - 8), figure.offset)) ? claims[claims.length - 1] : undefined;
    if (grown && grown.subject && grown.subject !== subject && figures[grown.figure].offset >= sentence.offset && figures[grown.figure].kind === figure.kind && grown.measure === measure && isThingKind(store, grown.subject) && grown.confidence >= 0.7) {
      subject = grown.subject;
      subjectMention = grown.subjectMention;
      confidence = Math.min(confidence, grown.confidence);
    }
    const claim: Claim = { figure: fi, subject, subjectMention, measure, time, scope, confidence: Math.round(confidence * 100) / 100 };
    if (object) claim.object = object;
    // "6000 英畝（約2428公頃）", "3 GW (about 3,000 MW)": a bracketed conversion repeats the figure before
    // it. It says what that figure says, and raises no finding of its own.
    const converted = fi > fa ? claims[claims.length - 1] : undefined;
    if (converted && converted.figure === fi - 1 && bracketedConversion(text, figures[fi - 1], figure)) {
      claims.push({ ...converted, figure: fi, confidence: Math.min(converted.confidence, CONVERSION_CONFIDENCE) });
      continue;
    }
    claims.push(claim);
    // "Google and Amazon spent $52.5 billion and $83 billion, respectively, on capex": the capital spending named after
    // "respectively" (outside the last figure's clause) is every listed figure's.
    if (figure.kind === 'money' && fi > fa) {
      const m = RESPECTIVELY_ON_CAPEX.exec(text.slice(figure.offset + figure.length, figure.offset + figure.length + 48));
      // (Read as a period's measure now, the list takes the year named right after: "… on capex in 2024".)
      const listTime = m?.[1] ? { from: m[1], to: m[1], label: m[1] } : undefined;
      // From the last claim back through the amounts joined to it.
      if (m) for (let k = claims.length - 1; k >= 0; k--) {
        const c = claims[k];
        if (c.measure === null || c.measure === 'spending' || c.measure === 'investment') {
          claims[k] = { ...c, measure: 'capex' };
          if (!c.time && listTime) claims[k].time = listTime;
        }
        const prev = claims[k - 1];
        if (!prev || prev.figure !== c.figure - 1 || figures[prev.figure].kind !== 'money' || !FIGURE_LIST_JOINER.test(text.slice(figures[prev.figure].offset + figures[prev.figure].length, figures[c.figure].offset))) break;
      }
    }
  }
}

/**
 * Numbered products and systems ("Atlas 950 SuperPoD", "960 SuperPoD", "GB200 NVL72", "Colossus 2",
 * "CloudMatrix384"): a capitalised name with a number, or a number with a capitalised system word.
 * Years, months, phases and other numbered parts of a text are not products.
 */
const PRODUCT_NAME = /(?<![\w.$€£¥-])(?:([A-Z][A-Za-z]+) ?(\d{1,4}[A-Za-z]?)|(\d{2,4}[A-Za-z]?))(?: ?((?:Super|Ultra|Cloud)[A-Za-z]+|NVL\d+|[A-Z][a-z]+[A-Z][A-Za-z]*|Pod|POD|Cluster|Server))?(?![\w.,]\d|\w|\s?[日月年号號时時点點季周週])/g;
/** After a name's number: a broadcaster's words ("WSFA 12 News", "Channel 4 News"). */
const BROADCASTER_AFTER = /^\s(?:News|TV|Television|Radio|Newsroom|Investigates|Live|Now)\b/;
/** US call letters before a channel number ("WSFA 12", "KXAN 36"): a station, not a product. */
const CALL_LETTERS = /^[KW][A-Z]{2,3}$/;
const NOT_PRODUCT = /^(?:in|on|at|by|for|from|to|since|until|of|and|or|the|a|an|as|is|was|phase|stage|gen|generation|tier|top|fortune|section|article|part|round|level|class|series|chapter|page|figure|table|version|route|highway|interstate|building|unit|block|line|room|floor|zone|area|lot|site|track|item|step|no|number|vol|volume|day|week|month|year|quarter|season|episode|covid|fy|cy|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q)$/i;

interface ProductName {
  at: number;
  end: number;
  key: string;
  /** Counted by a number before it ("384 Ascend 910C chips"): what a system is built of. */
  counted: boolean;
}

function productNames(text: TextReader, from: number, to: number): ProductName[] {
  const out: ProductName[] = [];
  const slice = text.slice(from, to);
  if (!/[A-Za-z]/.test(slice)) return out;
  PRODUCT_NAME.lastIndex = 0;
  for (let m = PRODUCT_NAME.exec(slice); m; m = PRODUCT_NAME.exec(slice)) {
    const [, word, num, bare, suffix] = m;
    if (word ? NOT_PRODUCT.test(word) || (/^(?:19|20)\d\d$/.test(num) && !suffix) : !suffix) continue;
    if (word && !suffix && (CALL_LETTERS.test(word) || BROADCASTER_AFTER.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 16)))) continue;
    const key = [word, num ?? bare, suffix].filter(Boolean).join(' ').toLowerCase();
    const at = from + m.index;
    out.push({ at, end: at + m[0].length, key, counted: COUNTED_NAME_BEFORE.test(text.slice(Math.max(0, at - 12), at)) });
  }
  return out;
}

/**
 * The product a figure is about: with 分别/respectively, the one named in the same place of the list
 * ("Atlas 950 SuperPoD和960 SuperPoD超节点,分别支持8192张和15488张昇腾卡"); otherwise the nearest named in
 * its clause before it, or after it in the clause, or just before the clause.
 */
function objectOf(figures: Figure[], fi: number, names: ProductName[], cStart: number, cEnd: number, respective: boolean): string | undefined {
  const f = figures[fi];
  if (names.some((n) => n.at <= f.offset && f.offset < n.end)) return undefined;
  if (respective) {
    // The clause's figures of this kind, outside the names, in order.
    let first = fi;
    while (first > 0 && figures[first - 1].offset >= cStart) first--;
    const list: Figure[] = [];
    for (let k = first; k < figures.length && figures[k].offset < cEnd; k++) {
      const g = figures[k];
      if (g.kind === f.kind && !names.some((n) => n.at <= g.offset && g.offset < n.end)) list.push(g);
    }
    const before = names.filter((n) => n.end <= list[0].offset);
    const i = list.indexOf(f);
    return before.length >= list.length && i >= 0 ? before[before.length - list.length + i].key : undefined;
  }
  let best: ProductName | undefined;
  for (const n of names) {
    if (n.counted) continue;
    if (n.end <= f.offset && n.at >= cStart - 80) best = n;
    else if (n.at >= f.offset + f.length && n.at < cEnd && !best) best = n;
  }
  return best?.key;
}

/** Two figures joined by one slash: 1.2/1.4kW. */
function slashJoined(text: TextReader, a: Figure, b: Figure): boolean {
  return b.offset === a.offset + a.length + 1 && text.charCodeAt(a.offset + a.length) === 47;
}

/** Names joined by slashes ending right before a mention ("Blackwell/", "H100/H200/"): each with its slash. */
const SLASHED_NAMES_BEFORE = /(?:[A-Za-z0-9][A-Za-z0-9.+-]*(?: [A-Z][A-Za-z0-9.+-]*)*\/)+$/;

/**
 * For a figure in a slash list ("1.2/1.4kW") whose subject is the last of as many slash-joined names before it
 * ("Blackwell/Blackwell Ultra"), the mention of the name in the figure's place: the index of a mention, -1
 * where that name is no entity, undefined where the two lists do not pair.
 */
function slashPairedName(text: TextReader, figures: Figure[], fi: number, mentions: Mention[], mi: number): number | undefined {
  // Most figures are in no slash list: nothing is sliced for them.
  let first = fi;
  while (first > 0 && slashJoined(text, figures[first - 1], figures[first])) first--;
  let last = fi;
  while (last + 1 < figures.length && slashJoined(text, figures[last], figures[last + 1])) last++;
  if (first === last) return undefined;
  const m = mentions[mi];
  if (text.charCodeAt(m.offset - 1) !== 47) return undefined;
  const names = SLASHED_NAMES_BEFORE.exec(text.slice(Math.max(0, m.offset - 60), m.offset));
  if (!names) return undefined;
  const slashes = names[0].split('/').length - 1;
  if (slashes + 1 !== last - first + 1) return undefined;
  const place = fi - first;
  if (place === slashes) return mi;
  // The name in that place: its start and end in the text.
  const parts = names[0].split('/');
  let at = m.offset - names[0].length;
  for (let k = 0; k < place; k++) at += parts[k].length + 1;
  const end = at + parts[place].length;
  for (let k = mi - 1; k >= 0 && mentions[k].offset >= at; k--) if (mentions[k].offset === at && mentions[k].offset + mentions[k].length === end) return k;
  return -1;
}

/** `figure` is `prev` converted in a bracket right after it: "3 GW (about 3,000 MW)", "6000英畝（約2428公頃）". */
function bracketedConversion(text: TextReader, prev: Figure, figure: Figure): boolean {
  if (prev.kind !== figure.kind) return false;
  const between = text.slice(prev.offset + prev.length, figure.offset);
  return /^\s*[（(]/.test(between) && CONVERSION_BETWEEN.test(between);
}

/** Nouns of a development, project or site that a name right before them names. */
const DEVELOPMENT_NOUNS_ZH = '開發案|开发案|開發計畫|开发计划|開發區|开发区|項目|项目|計畫|计划|專案|专案|園區|园区|社區|社区';
const NAMED_DEVELOPMENT_ZH = new RegExp(`^[^，,。；;！？!?]{0,24}?的\\s*(?:([A-Za-z][\\w&.'’ -]{1,30}?)\\s*|[「“"『]([^」”"』]{2,16})[」”"』]\\s*)(?:${DEVELOPMENT_NOUNS_ZH})`);
// ("its Helios data center campus", "the Helios datacenter": a data centre's own name before what it is.)
// ("across … Polaris Forge 1 Campus": a number in the name, the noun capitalised with it.)
// ("approval for 500 MW at Lake Mariner": a capitalised name after "at" is the site.)
/** A capitalised name and a development noun right after a figure: " Sweetwater data center hub", " Horizon campus". */
const DEVELOPMENT_RIGHT_AFTER = /^\s+(?:[A-Z][\w&'’-]*\s+){1,3}(?:AI\s+)?(?:(?:[Dd]ata\s*[Cc]ent(?:er|re)|[Dd]atacent(?:er|re))(?:\s+(?:hub|campus|park|complex))?|[Cc]ampus|[Pp]ark|[Hh]ub|[Pp]roject|[Dd]evelopment)\b/;
const NAMED_DEVELOPMENT_EN = /^[^,.;:!?()]{0,50}?\b([A-Z][\w&'’-]*(?:\s+[A-Z0-9][\w&'’-]*){0,2})\s+(?:master[- ]planned\s+)?(?:(?:AI\s+)?(?:[Dd]ata\s*[Cc]ent(?:er|re)|[Dd]atacent(?:er|re))\s+)?(?:[Dd]evelopment|[Pp]roject|[Cc]ommunity|[Cc]ampus|[Pp]ark|[Cc]omplex|[Dd]istrict|[Cc]orridor)\b|^[^,.;:!?()]{0,50}?\b([A-Z][\w&'’-]*(?:\s+[A-Z0-9][\w&'’-]*){0,2})\s+(?:AI\s+)?(?:[Dd]ata\s*[Cc]ent(?:er|re)|[Dd]atacent(?:er|re))\b|^(?:\s+of\s+[a-z]+(?:\s+[a-z]+){0,3})?(?:\s+from\s+the\s+grid)?\s+at\s+(?:its\s+|the\s+)?([A-Z][a-z][\w&'’-]*(?:\s+[A-Z0-9][\w&'’-]*){0,2})(?=\s*(?:[,.;:!?]|$|\s+(?:in|near|outside|with|and|to|by|for)\b))/;

/**
 * The development, project or site the store does not know that a figure's clause names after it
 * ("涵蓋6000英畝（約2428公頃）州政府信託土地的NorthPark開發案", "the 6,000-acre NorthPark development"), as an
 * object key. A bracket right after the figure (its conversion) is read through; a known name (a mention) is
 * left to the subject rules, and a name without a lower-case letter ("AI", "TSMC") names nothing.
 */
function namedDevelopment(text: TextReader, figure: Figure, mentions: Mention[], from: number): string | undefined {
  const end = figure.offset + figure.length;
  const after = ahead(text, end, end + 90);
  const bracket = /^\s*[（(][^（()）]{0,30}[）)]/.exec(after)?.[0].length ?? 0;
  const rest = after.slice(bracket);
  const m = (figure.lang === 'zh' ? NAMED_DEVELOPMENT_ZH : NAMED_DEVELOPMENT_EN).exec(rest);
  const latin = m && (figure.lang === 'zh' ? m[1] : m[1] ?? m[2] ?? m[3]);
  const name = m && (figure.lang === 'zh' ? m[1] ?? m[2] : latin)?.replace(/^the\s+/i, '').trim();
  if (!m || !name || (latin !== undefined && !/[a-z]/.test(name))) return undefined;
  // ("an AI-focused data center", "its New data center": adjectives, not names.)
  if (latin !== undefined && /(?:^|\s)(?:[A-Z]{2,}-[a-z]|(?:New|Its|The|This|That|Our|Their|First|Second|Third|Next|Largest|Hyperscale|Cloud|Edge)(?:\s|$))/.test(name)) return undefined;
  const at = end + bracket + m[0].lastIndexOf(name, m[0].length);
  for (let mi = from; mi < mentions.length && mentions[mi].offset < at + name.length; mi++) if (mentions[mi].offset + mentions[mi].length > at) return undefined;
  return 'named:' + name.toLowerCase();
}

/**
 * A town or village the checks know no place for, named right after a site's land or power ("22 acres of land in Mekaguda
 * village, 41 acres in Shadnagar", "the 22-acre land parcel in Mekaguda") or after the facility an amount builds ("a $4
 * billion data center campus in West Memphis"): each parcel, site or facility is its own object.
 */
function townAfter(text: TextReader, figure: Figure, mentions: Mention[], from: number): string | undefined {
  if (figure.lang === 'zh' || (figure.kind !== 'area' && figure.kind !== 'power' && figure.kind !== 'money')) return undefined;
  const end = figure.offset + figure.length;
  // (An amount names the town of the facility it builds: "a $4 billion data center campus in West Memphis".)
  const m = (figure.kind === 'money' ? FACILITY_IN_TOWN_AFTER : TOWN_AFTER).exec(ahead(text, end, end + 80));
  if (!m || NOT_A_TOWN.test(m[1]) || onePlaceIn(m[1])) return undefined;
  const at = end + m[0].length - m[1].length;
  for (let mi = from; mi < mentions.length && mentions[mi].offset < at + m[1].length; mi++) if (mentions[mi].offset + mentions[mi].length > at) return undefined;
  return 'named:' + m[1].toLowerCase();
}
const FACILITY_IN_TOWN_AFTER = /^(?:[\s*_]{0,4}[:：]\s*(?:[A-Z][\w.&-]*['’]s\s+)?)?\s*(?:(?:new|planned|hyperscale|AI|first)\s+)*(?:data[- ]cent(?:er|re)\s+)?(?:campus|facility|data[- ]cent(?:er|re)|plant)\s+in\s+([A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,})?)(?=\s+(?:village|town|city|county)\b|\s*[,.;]|\s+and\b|$)/;
const TOWN_AFTER = /^(?:\s+(?:of\s+)?(?:land|space|capacity|power|IT\s+load))?(?:\s+(?:land\s+)?parcel)?\s+in\s+([A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,})?)(?=\s+(?:village|town|city|county)\b|\s*[,.;]|\s+and\b|$)/;
const NOT_A_TOWN = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Fiscal|Phase|Stage|Total|Europe|Asia|Africa|America|The)\b/;

/**
 * A plant named right after an amount by what it makes ("投资240亿美元于新加坡NAND闪存工厂", "建设70亿美元的HBM先进封装厂"):
 * two plants of one company in one place are two investments.
 */
function productPlant(text: TextReader, figure: Figure): string | undefined {
  if (figure.lang !== 'zh') return undefined;
  const end = figure.offset + figure.length;
  const m = PRODUCT_PLANT_AFTER.exec(ahead(text, end, end + 30));
  return m ? 'named:' + m[1].toLowerCase() : undefined;
}
const PRODUCT_PLANT_AFTER = /^(?:的|于|於|在)?[^，,。；;\d\sA-Za-z]{0,6}?([A-Z][A-Za-z0-9]{1,7}[^，,。；;\d\s]{0,6}?(?:工厂|工廠|封装厂|封裝廠|晶圆厂|晶圓廠|厂|廠))/;

/** One unit of a system named before a count in its clause: "a/one/each … server, rack, pod, node", "每台/单个/一套…服务器/机柜/超节点". */
const UNIT_NOUNS_EN = 'server|ultraserver|rack|pod|superpod|supernode|node|instance|chassis|tray|blade';
/** After a chip count: the configuration it sizes ("256芯片和9216芯片配置", "-chip configurations", "-chip pod"). */
const CONFIGURATION_AFTER = /^[^，,。；;.]{0,20}?(?:配置|规格|規格|\bconfigurations?\b|\bconfigs?\b|\bpods?\b)/i;
/** After a figure: the whole many units make ("for the whole setup", "for the entire cluster", "in total", "altogether"). */
const WHOLE_AFTER = /^\s*(?:(?:for|across|in)\s+(?:the\s+|this\s+|that\s+)?(?:whole|entire|full|complete)\s+[a-z][\w-]*|in\s+total|in\s+all|altogether|all\s+told|combined)\b/i;
/** A system's unit right after a power figure: "60kW of rack power", "14 kW per server". */
const SYSTEM_UNIT_AFTER = /^\s*(?:of\s+|per\s+|a\s+)?(?:rack|server|node|chassis|system|box|tray)\b/i;
const UNIT_NOUNS_ZH = '服务器|伺服器|机柜|機櫃|机架|機架|超节点|超節點|节点|節點';
const ONE_UNIT_BEFORE = new RegExp(`(?:\\b(?:a|an|one|each|every|per)\\s+(?:[\\w.-]+\\s+){0,2}(?:${UNIT_NOUNS_EN})\\b|[每单單一][台个個座套组組][^，,。；;]{0,12}?(?:${UNIT_NOUNS_ZH}))[^，,。；;]{0,40}$`, 'i');
/** "The GB200 NVL72 rack contains 36 GPUs": the one unit a name is, holding the count (a singular unit noun, then a verb of holding). */
const THE_UNIT_HOLDS = new RegExp(`\\bthe\\s+(?:[\\w.-]+\\s+){0,3}(?:${UNIT_NOUNS_EN})\\s+(?:contains|holds|has|houses|packs|connects|links|integrates|includes|features|combines)\\s+(?:up\\s+to\\s+|about\\s+|some\\s+)?$`, 'i');
/** "18 compute trays, each holding 4 Rubin GPUs": a count of what each unit holds. */
const EACH_HOLDING = /\beach\s+(?:holding|with|containing|housing|carrying|having|hosting|packing|fitted\s+with|equipped\s+with)\s*$|每[个個台座]?(?:含|配备|配備|搭载|搭載|装有|裝有)\s*$/i;
/** A unit of a system named in a clause: servers, racks, nodes, 伺服器, 机柜. */
const SYSTEM_UNIT = new RegExp(`\\b(?:${UNIT_NOUNS_EN})s?\\b|${UNIT_NOUNS_ZH}`, 'i');

/** Right before the old level of a pair: ", up from ", ", down from ", " from ". */
const OLD_PERCENT_LEVEL_BEFORE = /(?:,\s*(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bversus|\bvs\.?)\s*(?:about|around|roughly|nearly|just)?\s*$/i;

/** Between a period and an amount: the results it dates, then "and" another thing (", and a ", " and an "). */
const RESULTS_AND_BEFORE = /^\s+(?:(?:fiscal|financial)\s+)?(?:results|earnings|report)\s+and\s+(?:an?\s+|the\s+)?$/i;

/** A part of a system other than the accelerator, right before its power: "a Grace CPU ", "and memory ", "the NIC ". */
const OTHER_PART_BEFORE_POWER = /(?:^|[,;]\s*|\band\s+|\b(?:an?|the|each|every)\s+)(?:[A-Z][\w-]*\s+)?(?:CPUs?|memory|HBM|DRAM|NICs?|DPUs?|switch(?:es)?|SSDs?|fans?|pumps?|CPU\s+socket)\s*$/i;

/** After a level: what it can grow to next (", scalable to 90MW", " expandable to 1 GW"). */
const SCALABLE_TO_AFTER = /^(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,?\s*(?:and\s+)?(?:scalable|expandable|extendable|upgradable|upgradeable)\s+to\s+(?:up\s+to\s+|about\s+|over\s+|more\s+than\s+)?\d/i;

/** A mention that starts before the figure and runs into it ("Trainium 2" of "Trainium 2 chips"). */
function insideName(mentions: Mention[], from: number, figure: Figure): boolean {
  for (let mi = from; mi < mentions.length && mentions[mi].offset < figure.offset; mi++) {
    if (mentions[mi].offset + mentions[mi].length > figure.offset) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Per-paragraph memo. A figure's claim reads its own sentence (inside its paragraph), at most
// LOOKBACK code units of earlier mentions, the two previous sentence starts and earlier confident
// deal claims. The memo key holds exactly those inputs, so after an edit only the changed
// paragraph (and paragraphs whose look-back saw a change) are attached again.

/** Paragraph ranges of the masked text, the raw text, and the memo (from analyze()). */
export interface ClaimParagraphs {
  memo: { claimsMemo(store: FactStore): ParagraphClaimMemo };
  paragraphs: { start: number; end: number; text: string }[];
}

/** A claim with its figure index relative to its paragraph and its subject by offset. */
export interface RelativeClaim {
  figure: number;
  subject: string | null;
  /** Offset of the subject mention relative to the paragraph start (negative: an earlier paragraph). */
  subjectAt: number | undefined;
  measure: string | null;
  time: TimeRef | undefined;
  scope: string | undefined;
  object: string | undefined;
  confidence: number;
}

/** Paragraph text → the entries kept for it (one per local inputs seen, most recent last). */
export interface ParagraphClaimMemo {
  find(paragraph: string): MemoEntry[] | undefined;
  put(paragraph: string, value: MemoEntry[]): void;
}

/** Local inputs per paragraph text and look-back contexts per local inputs that the memo keeps. */
const CONTEXTS_PER_PARAGRAPH = 32;

/**
 * What the memo keeps for one paragraph text under one set of local inputs. The inputs are kept
 * as plain values and compared field by field: building and hashing string keys cost more than
 * the claims they saved.
 */
export interface MemoEntry {
  /** The few characters before the paragraph that a figure's look-behind can reach. */
  before: string;
  /** Raw text of the paragraph's figures (masking can differ from what was written). */
  figureTexts: string[];
  /**
   * Their kinds and units: the same text reads differently after a Minguo year in an earlier
   * paragraph (116年, a year or 116 years) or where the draft says what a bare 元 is.
   */
  figureKinds: string[];
  figureUnits: string[];
  /** Mentions of the paragraph: offset relative to it, length, entity id, flattened in threes. */
  mentions: (number | string)[];
  /** Claims that read nothing before the paragraph: valid in any context. */
  local?: RelativeClaim[];
  /** Claims that read back, with the look-back context they saw. */
  byContext?: { context: (number | string)[]; claims: RelativeClaim[] }[];
}

const BEFORE_PARAGRAPH = 6;

function attachByParagraph(ctx: ClaimContext, run: ClaimRun, byParagraph: ClaimParagraphs): void {
  const { figures, mentions } = ctx;
  const memo = byParagraph.memo.claimsMemo(ctx.store);
  const kinds = new MentionKinds(ctx);
  let fi = 0;
  let mi = 0;
  for (const paragraph of byParagraph.paragraphs) {
    const fa = fi;
    while (fi < figures.length && figures[fi].offset < paragraph.end) fi++;
    while (mi < mentions.length && mentions[mi].offset < paragraph.start) mi++;
    const mFirst = mi;
    while (mi < mentions.length && mentions[mi].offset < paragraph.end) mi++;
    claimParagraph(ctx, run, memo, kinds, paragraph, fa, fi, mFirst, mi);
  }
}

/** The claims of figures [fa, fb) of one paragraph (mentions [ma, mb) are its own), from the memo when it has them. */
function claimParagraph(ctx: ClaimContext, run: ClaimRun, memo: ParagraphClaimMemo, kinds: MentionKinds, paragraph: { start: number; end: number; text: string }, fa: number, fb: number, ma: number, mb: number): void {
  const { figures, mentions, text } = ctx;
  const { start: a, end: b } = paragraph;
  if (fb === fa || !sentencesInside(ctx, a, b, fa, fb)) {
    claimRange(ctx, run, fa, fb);
    return;
  }
  let entries = memo.find(paragraph.text);
  if (!entries) memo.put(paragraph.text, (entries = []));
  const entry = entries.find((e) => sameLocalInputs(e, text, a, figures, fa, fb, mentions, ma, mb));
  const back = !entry?.local && entry?.byContext ? backContext(ctx, run, kinds, a, fa, run.claims.length) : undefined;
  const hit = entry?.local ?? (back !== undefined ? entry?.byContext?.find((c) => sameValues(c.context, back))?.claims : undefined);
  if (hit) {
    for (const r of hit) {
      const subjectMention = r.subjectAt === undefined ? undefined : firstSpanFrom(mentions, a + r.subjectAt);
      const claim: Claim = { figure: fa + r.figure, subject: r.subject, subjectMention, measure: r.measure, time: r.time, scope: r.scope, confidence: r.confidence };
      if (r.object) claim.object = r.object;
      run.claims.push(claim);
    }
    return;
  }
  const start = run.claims.length;
  run.readBack = false;
  claimRange(ctx, run, fa, fb);
  const found = run.claims.slice(start).map((c): RelativeClaim => ({
    figure: c.figure - fa, subject: c.subject, subjectAt: c.subjectMention === undefined ? undefined : mentions[c.subjectMention].offset - a,
    measure: c.measure, time: c.time, scope: c.scope, object: c.object, confidence: c.confidence,
  }));
  let e = entry;
  if (!e) {
    if (entries.length >= CONTEXTS_PER_PARAGRAPH) entries.shift();
    e = localInputs(text, a, figures, fa, fb, mentions, ma, mb);
    entries.push(e);
  }
  if (!run.readBack) e.local = found;
  else {
    e.byContext ??= [];
    if (e.byContext.length >= CONTEXTS_PER_PARAGRAPH) e.byContext.shift();
    e.byContext.push({ context: back ?? backContext(ctx, run, kinds, a, fa, start), claims: found });
  }
}

/**
 * How far before its paragraph a claim can read: mentions and sentence starts within LOOKBACK of
 * its sentence, and earlier claims whose figure lies within CONTEXT_WINDOW before that.
 */
const CLAIM_REACH = LOOKBACK + CONTEXT_WINDOW + 16;

/** The claims of the previous version of a draft, with the counts its edited paragraphs held. */
export interface PreviousClaims {
  claims: Claim[];
  /** Figures and mentions before the edit (the same in both versions). */
  headFigures: number;
  headMentions: number;
  /** Where the old version's figures and mentions after the edit begin. */
  oldTailFigures: number;
  oldTailMentions: number;
  /** New minus old number of figures and of mentions. */
  figureShift: number;
  mentionShift: number;
}

/**
 * The claims of an edited draft from those of its previous version (figures and mentions already
 * updated): paragraphs before the edit keep their claims, the edited paragraphs are attached again,
 * and so is each later paragraph until one lies beyond CLAIM_REACH of the last paragraph whose claims
 * changed; the rest keep their claims with figure and mention indices moved. Equals attachClaims().
 */
/** Which claims an update kept: [0, head) as they were, new [tail, n) are old [oldTail, m) renumbered. */
export interface ClaimReuse {
  head: number;
  tail: number;
  oldTail: number;
}

export function updateClaims(ctx: ClaimContext, byParagraph: ClaimParagraphs, head: number, newTail: number, previous: PreviousClaims): { claims: Claim[]; reuse: ClaimReuse } {
  const { figures, mentions, sentences } = ctx;
  const run: ClaimRun = { claims: [], cues: new Array(mentions.length), readBack: false };
  const old = previous.claims;
  if (!sentences.length) return { claims: run.claims, reuse: { head: 0, tail: 0, oldTail: old.length } };
  const memo = byParagraph.memo.claimsMemo(ctx.store);
  const kinds = new MentionKinds(ctx);
  let k = 0;
  while (k < old.length && old[k].figure < previous.headFigures) run.claims.push(old[k++]);
  const headClaims = k;
  const { paragraphs } = byParagraph;
  let fi = previous.headFigures;
  let mi = previous.headMentions;
  let dirtyEnd = newTail < paragraphs.length ? paragraphs[newTail].start : Infinity;
  for (let p = head; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    if (p >= newTail && paragraph.start - CLAIM_REACH >= dirtyEnd && sentenceIndexOf(sentences, paragraph.start) >= 3) {
      // Beyond reach of every change: the old claims from here on hold, renumbered.
      while (k < old.length && old[k].figure < fi - previous.figureShift) k++;
      const reuse = { head: headClaims, tail: run.claims.length, oldTail: k };
      for (; k < old.length; k++) run.claims.push(moved(old[k], previous));
      return { claims: run.claims, reuse };
    }
    const fa = fi;
    while (fi < figures.length && figures[fi].offset < paragraph.end) fi++;
    while (mi < mentions.length && mentions[mi].offset < paragraph.start) mi++;
    const mFirst = mi;
    while (mi < mentions.length && mentions[mi].offset < paragraph.end) mi++;
    const start = run.claims.length;
    claimParagraph(ctx, run, memo, kinds, paragraph, fa, fi, mFirst, mi);
    if (p < newTail) continue;
    // A tail paragraph: did its claims change? Its old claims are those of its old figures.
    while (k < old.length && old[k].figure < fa - previous.figureShift) k++;
    let same = true;
    let j = start;
    for (; k < old.length && old[k].figure < fi - previous.figureShift; k++, j++) {
      if (j >= run.claims.length || !sameClaim(run.claims[j], moved(old[k], previous))) same = false;
    }
    if (!same || j !== run.claims.length) dirtyEnd = paragraph.end;
  }
  return { claims: run.claims, reuse: { head: headClaims, tail: run.claims.length, oldTail: old.length } };
}

/** An old claim of the tail with its indices in the new version (a mention in the edit gets -1: never equal). */
function moved(c: Claim, previous: PreviousClaims): Claim {
  if (previous.figureShift === 0 && previous.mentionShift === 0) return c;
  let subjectMention = c.subjectMention;
  if (subjectMention !== undefined && subjectMention >= previous.headMentions) {
    subjectMention = subjectMention >= previous.oldTailMentions ? subjectMention + previous.mentionShift : -1;
  }
  return { ...c, figure: c.figure + previous.figureShift, subjectMention };
}

function sameClaim(x: Claim, y: Claim): boolean {
  return x.figure === y.figure && x.subject === y.subject && x.subjectMention === y.subjectMention && x.measure === y.measure &&
    x.scope === y.scope && x.object === y.object && x.confidence === y.confidence && sameTime(x.time, y.time);
}

function sameTime(x: TimeRef | undefined, y: TimeRef | undefined): boolean {
  if (x === y) return true;
  if (!x || !y) return false;
  return x.from === y.from && x.to === y.to && x.label === y.label && x.relative === y.relative;
}

/** Whether the sentences of figures [fa, fb) lie inside paragraph [a, b) (else it is not memoised). */
function sentencesInside(ctx: ClaimContext, a: number, b: number, fa: number, fb: number): boolean {
  const { sentences, figures } = ctx;
  let si = sentenceIndexOf(sentences, figures[fa].offset);
  for (let fi = fa; fi < fb; fi++) {
    while (si + 1 < sentences.length && sentences[si + 1].offset <= figures[fi].offset) si++;
    const s = sentences[si];
    if (s.offset < a || s.offset + s.length > b) return false;
  }
  return true;
}

function localInputs(text: TextReader, a: number, figures: Figure[], fa: number, fb: number, mentions: Mention[], ma: number, mb: number): MemoEntry {
  const figureTexts: string[] = [];
  const figureKinds: string[] = [];
  const figureUnits: string[] = [];
  for (let fi = fa; fi < fb; fi++) {
    figureTexts.push(figures[fi].text);
    figureKinds.push(figures[fi].kind);
    figureUnits.push(figures[fi].unit);
  }
  const ms: (number | string)[] = [];
  for (let k = ma; k < mb; k++) ms.push(mentions[k].offset - a, mentions[k].length, mentions[k].entityId);
  return { before: text.slice(Math.max(0, a - BEFORE_PARAGRAPH), a), figureTexts, figureKinds, figureUnits, mentions: ms };
}

function sameLocalInputs(e: MemoEntry, text: TextReader, a: number, figures: Figure[], fa: number, fb: number, mentions: Mention[], ma: number, mb: number): boolean {
  if (e.figureTexts.length !== fb - fa || e.mentions.length !== 3 * (mb - ma)) return false;
  const from = Math.max(0, a - BEFORE_PARAGRAPH);
  if (e.before.length !== a - from) return false;
  for (let k = 0; k < e.before.length; k++) if (e.before.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  for (let k = 0; k < fb - fa; k++) {
    const f = figures[fa + k];
    if (e.figureTexts[k] !== f.text || e.figureKinds[k] !== f.kind || e.figureUnits[k] !== f.unit) return false;
  }
  for (let k = 0, j = 0; k < mb - ma; k++, j += 3) {
    const m = mentions[ma + k];
    if (e.mentions[j] !== m.offset - a || e.mentions[j + 1] !== m.length || e.mentions[j + 2] !== m.entityId) return false;
  }
  return true;
}

function sameValues(x: (number | string)[], y: (number | string)[]): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

/** Entity kinds of the run's mentions, looked up once each. */
class MentionKinds {
  private kinds: (string | null | undefined)[];
  constructor(private ctx: ClaimContext) {
    this.kinds = new Array(ctx.mentions.length);
  }
  of(mi: number): string | null {
    let k = this.kinds[mi];
    if (k === undefined) this.kinds[mi] = k = this.ctx.store.entities.get(this.ctx.mentions[mi].entityId)?.kind ?? null;
    return k;
  }
}

/** Entity kinds an anaphor or the previous-sentences fallback can pick from earlier text. */
const CONTEXT_KINDS = new Set(['project', 'site', 'deal', 'company', 'fund', 'agency', 'org']);

/**
 * What claims that read back see before paragraph start `a`: the two previous sentence starts,
 * subject-like mentions within LOOKBACK (a company with the words after it), and earlier
 * confident deal claims.
 */
function backContext(ctx: ClaimContext, run: ClaimRun, kinds: MentionKinds, a: number, fa: number, claimsBefore: number): (number | string)[] {
  const { text, sentences, figures, mentions } = ctx;
  const before = sentenceIndexOf(sentences, figures[fa].offset);
  const out: (number | string)[] = [Math.min(before, 2)];
  for (let k = Math.max(0, before - 2); k < before; k++) out.push(Math.max(sentences[k].offset - a, -LOOKBACK - 1));
  const from = a - LOOKBACK;
  for (let mi = firstSpanFrom(mentions, from); mi < mentions.length && mentions[mi].offset < a; mi++) {
    const kind = kinds.of(mi);
    if (!kind || !CONTEXT_KINDS.has(kind)) continue;
    const m = mentions[mi];
    out.push(m.offset - a, m.entityId);
    if (kind === 'company') out.push(text.slice(m.offset + m.length, m.offset + m.length + 12));
  }
  // Earlier confident deal claims within reach ("the deal" / "该协议" points back to them).
  out.push('deals');
  for (let k = claimsBefore - 1; k >= 0; k--) {
    const c = run.claims[k];
    const f = figures[c.figure];
    if (f.offset + f.length + CONTEXT_WINDOW < from) break;
    if (c.subject && c.confidence >= 0.7 && c.subjectMention != null && mentions[c.subjectMention].offset >= from && ctx.store.entities.get(c.subject)?.kind === 'deal') {
      out.push(mentions[c.subjectMention].offset - a, c.subject);
    }
  }
  return out;
}

const OBJECT_NOUNS: { re: RegExp; deal: boolean; chip?: boolean }[] = [
  { re: /^\s*(?:的)?\s*(?:AI\s*|人工智能\s*)?(?:超级)?(?:集群|园区|数据中心|智算中心|算力中心|项目|设施|超算|超级计算机)/, deal: false },
  { re: /^\s*(?:AI\s+)?(?:super)?(?:cluster|campus|data[- ]?cent(?:er|re)|facility|site|project|supercomputer)\b/i, deal: false },
  { re: /^\s*(?:的)?\s*(?:协议|合同|合约|交易)/, deal: true },
  { re: /^\s*(?:deal|contract|agreement|pact)\b/i, deal: true },
  // ("這些單價3千萬美元、被黃仁勳稱爲「工業黃金」的芯片": chips described between the figure and the noun.)
  { re: /^[^，。,；;！？]{0,24}?的?\s*(?:芯片|晶片|GPU|加速卡|显卡|顯卡)/, deal: false, chip: true },
  { re: /^\s*(?:[a-z-]+\s+)?(?:chips|GPUs|accelerators)\b/i, deal: false, chip: true },
];

/** The object noun after a figure introduced by a demonstrative, or undefined. */
function embeddedAnaphor(text: TextReader, figure: Figure): { noun: string; deal: boolean; chip?: boolean } | undefined {
  const pre = text.slice(Math.max(0, figure.offset - 6), figure.offset);
  const plural = /(?:\bthese\s+|这些|這些)(?:单价|單價|售价|售價)?\s*$/i.test(pre);
  if (!plural && !/(?:\b(?:the|this|that)\s+|这座|这个|这一|该|此)\s*$/i.test(pre)) return undefined;
  const post = ahead(text, figure.offset + figure.length, figure.offset + figure.length + (plural ? 36 : 20));
  for (const o of OBJECT_NOUNS) {
    // (Chips only after 这些 or "these": "the 1,000 W chip" names no earlier one.)
    if (!!o.chip !== plural) continue;
    const m = o.re.exec(post);
    if (m) return { noun: o.chip ? 'chip' : m[0].replace(/^\s*的?\s*/, '').trim().toLowerCase(), deal: o.deal, chip: o.chip };
  }
  return undefined;
}

// (在阿根廷設立500MW規模的AI資料中心: a verb of setting up one site before the figure.)
// ("Meta's new $10 billion data center campus": a company's new site; "a $10 billion, 1-gigawatt data center": its cost between.)
const ONE_BEFORE = /(?:\b(?:a|an|one|[A-Z][\w.]*['’]s\s+(?:new|planned|proposed|latest))\s+(?:(?:roughly|about|nearly|almost|approximately|some|new|planned|proposed|massive|giant|huge)\s+)*(?:(?:US)?\$\s?[\d.,]+\s*(?:billion|million|bn)?,\s+)?|一座|一个|一处|一家|设立|兴建|新建)\s*$/i;
// ("a 5-gigawatt (GW) AI data center": the unit's symbol in brackets between.)
const SITE_AFTER = /^(?:-|\s)*(?:,\s*[\d.,]+[- ]?(?:MW|GW|megawatts?|gigawatts?),?\s+)?(?:\([A-Za-z]{1,4}\)\s+)?(?:AI\s+)?(?:data[- ]?cent(?:er|re)\s+)?(?:campus|site|data[- ]?cent(?:er|re)|cluster|facility)\b(?!\s+(?:project|plan|program|venture|initiative)\b)|^\s*(?:[（(][^()（）]{0,8}[)）])?\s*(?:规模)?的?\s*(?:AI\s*|人工智能\s*)?(?:园区|数据中心|智算中心|算力中心|集群)/i;

/** A sentence opening with this one site: 該園區 (read folded), 这座数据中心, "The campus", "This site". */
const THIS_SITE_OPENS = /^\s*(?:[该这此][座个处]?(?:园区|数据中心|站点)|(?:The|This)\s+(?:campus|site|facility)\b)/;
/** A clause about one site: "…, the facility will deliver", "…, this campus draws". */
const THIS_SITE_CLAUSE = /^\s*(?:the|this)\s+(?:campus|site|facility|complex)\b/i;
/** A clause that carries on the one before: "with plans to expand to", "and is expected to reach", "expanding to". */
const CLAUSE_GOES_ON = /^\s*(?:with plans? to|and (?:plans?|is expected|could|will|would)|expanding|growing|rising|eventually|later)\b/i;
/** A site word and the place it is in, before a project's figure: "the AI supercluster in Texas at 900 MW". */
const SITE_IN_PLACE = /\b(?:campus|site|supercluster|cluster|facility|data[- ]?cent(?:er|re))\s+in\s+[A-Z]/;

/** "a 1 GW campus", "一座1吉瓦的园区": a figure that describes one site, named with an indefinite article. */
function oneSite(text: TextReader, figure: Figure): boolean {
  return ONE_BEFORE.test(text.slice(Math.max(0, figure.offset - 40), figure.offset)) && SITE_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 30));
}

/** A figure labelling its line with one facility after the colon ("**$40 billion**: Google's data center campus"). */
function labelsOneFacility(text: TextReader, sentence: Sentence, figure: Figure): boolean {
  const m = LABEL_FACILITY_AFTER.exec(text.slice(figure.offset + figure.length, figure.offset + figure.length + 60));
  return !!m && !/(?:s|ies)$/i.test(m[0]) && labelsItsLine(text, sentence, figure.offset);
}

function isThingKind(store: FactStore, id: string): boolean {
  const k = store.entities.get(id)?.kind;
  return k === 'project' || k === 'site' || k === 'deal';
}

/** A kind of place in a thing's own name ("UAE–US AI Campus", "Fairwater Datacenter"). */
const PLACE_KIND_WORD = /campus|cluster|site|data ?cent(?:er|re)|facility|园区|集群|数据中心/;

/**
 * The thing an embedded anaphor points back to: the latest confident claim subject of the previous
 * two sentences of the right kind (a deal for "deal/协议", a project or site otherwise), or a company
 * whose mention was followed by the same object noun ("百度新数据中心 … 这座…的数据中心").
 */
function antecedent(store: FactStore, text: TextReader, claims: Claim[], figures: Figure[], mentions: Mention[], sentences: Sentence[], si: number, a: { noun: string; deal: boolean; chip?: boolean }): { subject: string; mention?: number } | undefined {
  if (si === 0) return undefined;
  const to = sentences[si].offset;
  const from = Math.max(sentences[Math.max(0, si - 2)].offset, to - LOOKBACK);
  // "數以萬計的英偉達H100 GPU…。這些單價3萬美元…的芯片": the chip model named last in the sentence or two before.
  if (a.chip) {
    for (let mi = firstSpanFrom(mentions, to) - 1; mi >= 0 && mentions[mi].offset >= from; mi--) {
      if (store.entities.get(mentions[mi].entityId)?.kind === 'chip') return { subject: mentions[mi].entityId, mention: mi };
    }
    return undefined;
  }
  const ok = (id: string) => {
    const k = store.entities.get(id)?.kind;
    return a.deal ? k === 'deal' : k === 'project' || k === 'site';
  };
  // ("Stargate UAE will serve as a … compute cluster and will operate within the 5GW UAE–US AI Campus. … the 1GW
  // cluster": a thing whose own name is another kind of place — a campus — yields to one called by the noun.)
  let fallback: { subject: string; mention: number } | undefined;
  const noun = a.noun.slice(0, 8);
  for (let mi = firstSpanFrom(mentions, to) - 1; mi >= 0; mi--) {
    const m = mentions[mi];
    if (m.offset < from) break;
    if (ok(m.entityId)) {
      const own = text.slice(m.offset, m.offset + m.length).toLowerCase();
      const kindWord = PLACE_KIND_WORD.exec(own)?.[0];
      if (!kindWord || own.includes(noun)) {
        if (!fallback || ahead(text, m.offset + m.length, m.offset + m.length + 60).toLowerCase().includes(noun)) return { subject: m.entityId, mention: mi };
        continue;
      }
      fallback ??= { subject: m.entityId, mention: mi };
      continue;
    }
    const k = store.entities.get(m.entityId)?.kind;
    if (!a.deal && k === 'company' && ahead(text, m.offset + m.length, m.offset + m.length + 12).toLowerCase().includes(noun)) return { subject: m.entityId, mention: mi };
  }
  if (fallback) return fallback;
  if (a.deal) {
    for (let k = claims.length - 1; k >= 0; k--) {
      const c = claims[k];
      const f = figures[c.figure];
      // A claim's subject mention lies within CONTEXT_WINDOW after its figure: none further back can reach `from`.
      if (f.offset + f.length + CONTEXT_WINDOW < from) break;
      if (c.subject && c.confidence >= 0.7 && ok(c.subject) && c.subjectMention != null && mentions[c.subjectMention].offset >= from) return { subject: c.subject, mention: c.subjectMention };
    }
  }
  return undefined;
}

// (每个B200是1000W: 每个 right before a chip's model names one chip too.)
const PER_CHIP = /单卡|单颗|单块|单芯片|每块|每颗|每张|每[个個]\s*[A-Z]{1,4}\d{2,4}|功耗|TDP|\beach\b|per (?:gpu|chip|accelerator)|rated at/i;

/**
 * Power of a chip entity: per chip (TDP) or per system (a GB200 NVL72 rack), by what the store
 * records for it; "单卡功耗700千瓦", "Each H100 is rated at 700 kW" stay per chip so that the slip shows.
 */
function chipPowerMeasure(store: FactStore, subject: string, figure: Figure, clause: string, measure: string): string {
  const perChip = !!store.byEntityMeasure.get(subject)?.get('chip_power')?.length;
  const perSystem = systemPower(store, subject);
  const small = figure.value != null && figure.value < 1e5;
  // "HGX B200 dissipates 10.2 kW per node": the draw of a node, a server or a rack is no chip's; so is the draw
  // of machines named after the chip ("10.2kw 的H100 服务器机架") or of many chips ("training on H100s … 150 megawatts").
  if ((PER_SYSTEM.test(clause) || CHIP_NAMES_MACHINE.test(clause) || CHIPS_PLURAL.test(clause)) && !PER_CHIP.test(clause)) return measure === 'chip_power' ? 'power' : measure;
  // A megawatt or more is no chip's draw, not even by a slip of the unit (700 kW for 700 W still is one), unless it is
  // a thousand times the chip's own stored draw and no count of chips is in the clause ("the B200 consuming 1000 kilowatts").
  if (figure.value != null && figure.value >= 1e6 && !PER_CHIP.test(clause) && !(perChip && thousandfoldChipDraw(store, subject, figure.value) && !CHIPS_COUNTED.test(clause))) return measure === 'chip_power' ? 'power' : measure;
  // (A chip the store knows only per chip: a draw named for it alone is per chip, "The H100 draws 700 kW" too;
  // not one of machines named after it, "B200 systems draw roughly 120 kW".)
  if (perChip && (small || PER_CHIP.test(clause) || (!perSystem && !MACHINE_WORDS.test(clause)))) return 'chip_power';
  if (perSystem && !perChip) return 'power';
  return small ? 'chip_power' : measure;
}

/** Reports on part of a year, after the year: 一季报 (Q1), 三季报 (Q3 and Q1–Q3), 半年报 and 中报 (Q2 and H1). */
const PART_REPORT = /^(?:第)?([一三半中])(?:季度?|年度?)?(?:报|报告|财报)/;

/** A chip's name right before a machine word: the machine is named after the chip (H100 服务器, B200 systems). */
const CHIP_NAMES_MACHINE = new RegExp(String.raw`\b(?:${CHIP_MODEL})\s*(?:服务器|伺服器|机柜|機櫃|机架|機架|集群|叢集|servers?\b|racks?\b|systems?\b|nodes?\b|clusters?\b|pods?\b)`);
/** A chip's name in the plural (H100s, B200s): many of them. */
const CHIPS_PLURAL = new RegExp(String.raw`\b(?:${CHIP_MODEL})s\b`);
/** The draw of a whole machine: per node, server, system, rack or tray (每台, 每柜, 整机). */
const PER_SYSTEM = /\bper\s+(?:node|server|system|rack|board|tray|chassis)\b|每台|每柜|每节点|整机/i;

/** Words for a supercomputer or a cluster (Taiwan's 超級電腦 and 叢集 read folded). */
const SUPERCOMPUTER_WORDS = '超级计算机|超级电脑|超算|集群|supercomputer|supercluster|cluster';
/** A supercomputer or cluster right after a compute figure (its bracketed gloss and 的 between): 300 ExaFLOPS的AI超级电脑. */
const SUPERCOMPUTER_AFTER = new RegExp(`^\\s*(?:[(（][^()（）]{0,16}[)）])?\\s*(?:的|of\\s+(?:an?\\s+)?)?(?:AI\\s*)?(?:${SUPERCOMPUTER_WORDS})`, 'i');
/** A supercomputer or cluster named just before a compute figure: "a supercomputer with 300 exaflops". */
const SUPERCOMPUTER_BEFORE = new RegExp(`(?:${SUPERCOMPUTER_WORDS})[^.。;；]{0,12}$`, 'i');

/** Machines built of chips: their draw is no chip's (B200 systems, H100 servers, 机柜, 集群). */
const MACHINE_WORDS = /\b(?:systems?|servers?|racks?|nodes?|clusters?|pods?|superpods?|boards?|trays?|chassis|cabinets?|data\s*cent(?:er|re)s?)\b|服务器|伺服器|机柜|機櫃|机架|機架|集群|叢集|整机|节点|節點|数据中心|資料中心/i;

/** A count of chips in a clause ("1,000 B200 GPUs", "10万块H100"): their draw is not one chip's. */
const CHIPS_COUNTED = new RegExp(String.raw`\d[\d,.]*\s*(?:k|K|thousand|million|万|萬)?\s*(?:块|塊|颗|顆|张|張|枚)?\s*(?:(?:Nvidia|NVIDIA|AMD)(?:['’]s)?\s+)?(?:${CHIP_MODEL})\b`);

/** A draw a thousand times one of the chip's stored per-chip draws (within 15%): a unit slipped by a prefix. */
function thousandfoldChipDraw(store: FactStore, subject: string, watts: number): boolean {
  for (const fact of store.byEntityMeasure.get(subject)?.get('chip_power') ?? []) {
    const lo = fact.low ?? fact.value ?? fact.high;
    const hi = fact.high ?? fact.value ?? fact.low;
    if (lo == null || hi == null) continue;
    if (watts / 1000 >= lo * 0.85 && watts / 1000 <= hi * 1.15) return true;
  }
  return false;
}

/** The store records the draw of the chip entity as a system (a GB200 NVL72 rack). */
function systemPower(store: FactStore, subject: string): boolean {
  const byMeasure = store.byEntityMeasure.get(subject);
  return !!(byMeasure?.get('power')?.length || byMeasure?.get('power_capacity')?.length);
}

const SPEECH = /^\s*(?:表示|称|说|透露|指出|证实|估计|认为|says|said|say|told|reports|reported|estimates)(?![a-z])/i;
/** "OpenAI recently announced that ChatGPT now commands …": a verb of announcing before "that" opens the speaker's clause. */
const ANNOUNCED_THAT = /^\s*(?:(?:recently|also|previously|earlier|officially)\s+)?(?:announced|announces|disclosed|revealed|confirmed|noted|stated)\s+that\b/i;
/** Around the base of a multiple: 是 before it, 的 and the multiple after it ("是…H20芯片(120TFLOPS)的近六倍"). */
const COMPARED_BASE_LEAD = /是[^，,。；;！？]{0,10}$/;
/** After a maker named with 由: a verb of making (由台积电采用3纳米工艺制造, 由鸿海代工). */
const MADE_BY_TAIL = /^\s*(?:采用|採用|代工|生产|生產|制造|製造|负责生产|負責生產|量产|量產)/;
/** "a scaled-down version of the", "the successor to the": the chip named next is what another is made from. */
const VERSION_OF_LEAD = /\b(?:version|variant|derivative|edition|successor|replacement)\s+(?:of|to|for)\s+(?:an?\s+|the\s+|its\s+)?(?:[A-Z][\w-]*['’]s\s+)?$/i;
/** Before the thing another is compared with: 較前代產品Trillium, 比H100, 相较于B200 (read folded). */
const COMPARED_WITH_LEAD = /(?:较|比|相较于?|相比于?|对比)(?:前代|上一代|上代)?(?:产品|芯片|晶片)?\s*$/;
const COMPARED_BASE_TAIL = /^[^，,。；;！？]{0,20}?的\s*(?:(?:近|约|將近|将近|超过|逾)?\s*[\d.一二两三四五六七八九十百]+\s*倍|精简版|精簡版|简化版|簡化版|缩水版|縮水版|阉割版|閹割版|降规版|降規版|替代品|继任者|繼任者|升级版|升級版)/;
/** "OpenAI CEO Sam Altman said", "OpenAI首席执行官山姆·奥尔特曼透露": the company of the person speaking is no subject either. */
const TITLED_SPEECH = /^\s*(?:CEO|CFO|CTO|chief executive(?: officer)?|chief financial officer|co-?founder|founder|president|chairman|chairwoman|spokes(?:person|man|woman))\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says|told|noted|added|revealed|announced|disclosed|confirmed)\b|^\s*(?:首席执行官|执行长|CEO|创始人|联合创始人|董事长|总裁|发言人|首席财务官|CFO)[^\s，,。；;！？]{1,14}?(?:表示|称|说|透露|指出|证实|宣布)/;

/** "和", "and", and the serial comma's ", and" ("Meta, Amazon, Microsoft, and Alphabet"). */
// ("AMD and Saudi Arabia's HUMAIN": the second party's owner or country with 's between.)
// ("輝達（NVIDIA）與科技大廠微軟": the first's gloss in brackets before the joiner, and a word of what the second is after it.)
const JOINT = /^\s*[)）]?\s*(?:和|与|與|及|以及|、|跟|同|,?\s*and|,?\s*&)\s*(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:'s|’s)\s+|[\u4e00-\u9fff]{0,4}(?:大厂|大廠|巨头|巨頭|厂商|廠商|龙头|龍頭))?$/;

/**
 * Where the bulleted or numbered list item holding `offset` starts ("• ", "- ", "* ", "1. " opening its line), or -1
 * when the line is no list item.
 */
function listItemStart(text: TextReader, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return LIST_ITEM_OPEN.test(text.slice(lineStart, lineStart + 8)) ? lineStart : -1;
}
const LIST_ITEM_OPEN = /^\s*(?:[•·▪◦‣●*+-]|\d{1,2}[.)、])\s/;

/** Every mention after mentions[i] up to `until` names the same entity (or there is none). */
function onlyNamedSince(store: FactStore, mentions: Mention[], i: number, until: number): boolean {
  const id = mentions[i].entityId;
  for (let k = i + 1; k < mentions.length && mentions[k].offset < until; k++) if (!sameFamily(store, mentions[k].entityId, id)) return false;
  return true;
}

/** One company or its parent or subsidiary ("Google's main ledger … what Alphabet said"): one family of names. */
export function sameFamily(store: FactStore, a: string, b: string): boolean {
  return a === b || (store.entities.get(a)?.parents.includes(b) ?? false) || (store.entities.get(b)?.parents.includes(a) ?? false);
}

/** Text between two mentions that joins them ("微软和OpenAI"); never across a blank line. */
function joins(between: string): boolean {
  return JOINT.test(between) && between.indexOf('\n') === between.lastIndexOf('\n');
}

/** Text between two figures of a parallel list ("880亿美元和720亿美元", "70kW及近140kW", "$88 billion and $72 billion"). */
const FIGURE_LIST_JOINER = /^\s*(?:[、,，]|和|与|與|及|以及|,?\s*and|&)\s*(?:约|約|近|逾|超过|超過|达|達|about|around|roughly|nearly|almost|over|more\s+than|some|up\s+to)?\s*$/i;
/** ", respectively, on capex", ", respectively, in capital expenditures" after the last amount of a list. */
const RESPECTIVELY_ON_CAPEX = /^\s*,?\s*respectively\s*,?\s+(?:on|in|for)\s+(?:capex|capital\s+(?:expenditures?|spending))\b(?:\s+(?:in|for|during)\s+((?:19|20)\d\d)\b)?/i;
/** Text between two names of a parallel list: a joining word or a comma alone. */
const NAME_LIST_JOINER = /^\s*(?:[、,，]|和|与|與|及|以及|,?\s*and|&)\s*$/i;

/**
 * The figures of a parallel list that figure fi belongs to, in one clause: two to six figures of one kind joined by
 * 和/及/、/and ("70kW及近140kW"); undefined when fi stands in none.
 */
function parallelFigures(text: TextReader, figures: Figure[], fi: number, cStart: number, cEnd: number): { first: number; last: number } | undefined {
  const f = figures[fi];
  if (f.kind === 'year' || f.kind === 'date' || f.kind === 'period') return undefined;
  const joined = (a: Figure, b: Figure): boolean => a.kind === b.kind && b.offset >= cStart && b.offset < cEnd && a.offset >= cStart && b.offset - (a.offset + a.length) <= 12 && FIGURE_LIST_JOINER.test(text.slice(a.offset + a.length, b.offset));
  let first = fi;
  while (first > 0 && fi - first < 6 && joined(figures[first - 1], figures[first])) first--;
  let last = fi;
  while (last + 1 < figures.length && last - fi < 6 && joined(figures[last], figures[last + 1])) last++;
  if (first === last || last - first > 5) return undefined;
  return { first, last };
}

/** The last `count` product names before `at` form one list ("NVL36及NVL72", "H100、H200和B200") with nothing of the kind between. */
function productsListedBefore(text: TextReader, names: ProductName[], at: number, count: number): boolean {
  let last = -1;
  for (let k = 0; k < names.length && names[k].end <= at; k++) last = k;
  const first = last - count + 1;
  if (first < 0 || (first > 0 && NAME_LIST_JOINER.test(text.slice(names[first - 1].end, names[first].at)))) return false;
  for (let k = first; k < last; k++) if (!NAME_LIST_JOINER.test(text.slice(names[k].end, names[k + 1].at))) return false;
  return !/^\s*[,，]\s*$/.test(text.slice(names[last - 1].end, names[last].at));
}

/**
 * "微软和Meta 2025年的资本支出为880亿美元和720亿美元", "Microsoft and Meta spent $88 billion and $72 billion": as many names
 * joined before a parallel list of figures as it has figures; each figure is the name's in its place (分别 or not).
 * The mention of figure fi's name, or undefined when the lists do not pair.
 */
function pairedInParallel(text: TextReader, figures: Figure[], fi: number, mentions: Mention[], mi: number, sentenceStart: number, cStart: number, cEnd: number): number | undefined {
  const run = parallelFigures(text, figures, fi, cStart, cEnd);
  if (!run) return undefined;
  const firstFigure = figures[run.first];
  // The list of names that mention mi stands in, all before the first figure.
  let a = mi;
  while (a > 0 && mentions[a - 1].offset >= sentenceStart && NAME_LIST_JOINER.test(text.slice(mentions[a - 1].offset + mentions[a - 1].length, mentions[a].offset))) a--;
  let b = mi;
  while (b + 1 < mentions.length && mentions[b + 1].offset + mentions[b + 1].length <= firstFigure.offset && NAME_LIST_JOINER.test(text.slice(mentions[b].offset + mentions[b].length, mentions[b + 1].offset))) b++;
  const count = run.last - run.first + 1;
  if (b - a + 1 !== count || mentions[b].offset + mentions[b].length > firstFigure.offset) return undefined;
  const ids = new Set<string>();
  for (let k = a; k <= b; k++) ids.add(mentions[k].entityId);
  if (ids.size !== count) return undefined;
  // Nothing else named, and no figure of the kind, between the names and the figures.
  if (b + 1 < mentions.length && mentions[b + 1].offset < firstFigure.offset) return undefined;
  if (run.first > 0 && figures[run.first - 1].kind === firstFigure.kind && figures[run.first - 1].offset > mentions[b].offset) return undefined;
  // The last join is a list's word or 、 ("A, B and C"; "Nvidia, Meta spent" is no list).
  if (/^\s*[,，]\s*$/.test(text.slice(mentions[b - 1].offset + mentions[b - 1].length, mentions[b].offset))) return undefined;
  return a + (fi - run.first);
}

/** "OpenAI's contracts with CoreWeave are worth …": mention i is the other party of an earlier one in the clause. */
function partyBefore(text: TextReader, store: FactStore, mentions: Mention[], i: number, cStart: number): number | undefined {
  const m = mentions[i];
  // (Also the receiver of a supply: "AMD agreed to supply OpenAI with 6 gigawatts", "向OpenAI供应".)
  // ("已与人工智能新贵OpenAI签订", "a deal with ChatGPT maker OpenAI": a short description of the party between.)
  if (!/(?:[与和同跟]|\b(?:with|supply|supplies|provide|provides|sell|sells|deliver|delivers))\s*$/i.test(text.slice(Math.max(cStart, m.offset - 10), m.offset)) && !PARTY_DESCRIBED_BEFORE.test(text.slice(Math.max(cStart, m.offset - 40), m.offset))) return undefined;
  // ("甲骨文 (ORCL-US) 則…與 OpenAI 簽下": a ticker in brackets after the party does not end its clause.)
  const ticker = TICKER_BEFORE.exec(text.slice(Math.max(0, cStart - 20), cStart));
  // ("甲骨文公司宣布,已与…OpenAI签订": the announcer of the clause before, whose words the clause is, is the other party.)
  const announced = !ticker && ANNOUNCER_CLAUSE_BEFORE.exec(text.slice(Math.max(0, cStart - 40), cStart));
  const from = ticker ? cStart - ticker[0].length - 12 : announced ? cStart - announced[0].length : cStart;
  // (Not the party's own product in its description: "with ChatGPT maker OpenAI".)
  for (let k = i - 1; k >= 0 && mentions[k].offset >= from; k--) if (mentions[k].entityId !== m.entityId && !sameFamily(store, mentions[k].entityId, m.entityId)) return k;
  return undefined;
}
/** A company's name and its announcing verb, then a comma: the clause after it is what the company announced. */
const ANNOUNCER_CLAUSE_BEFORE = /[A-Za-z\u4e00-\u9fff][^，,。；;：:]{0,20}(?:宣布|宣佈|表示|透露|证实|證實|公布|公佈)\s*[，,]\s*$/;
/** 与 or "with", then a few words describing the party right before its name: 与人工智能新贵, "with ChatGPT maker". */
const PARTY_DESCRIBED_BEFORE = /(?:[与與和同跟][^，,。；;、：:\s与與和]{0,8}?(?:新贵|新貴|巨头|巨頭|公司|企业|企業|独角兽|獨角獸|开发商|開發商|龙头|龍頭|厂商|廠商|制造商|製造商|伙伴|夥伴|对手|對手|实验室|實驗室|初创|初創)|\bwith\s+(?:[\w-]+\s+){0,3}?(?:start-?up|maker|developer|company|firm|giant|rival|partner|lab|labs|provider|operator))\s*$/i;
/** A ticker or code in brackets right before a clause's start: " (ORCL-US)", "（NVDA.O）". */
const TICKER_BEFORE = /\s?[(（][A-Z0-9][A-Z0-9.:\s-]{0,14}[)）]\s*$/;

/** Between a programme's name and its site's in one phrase: a few words, no break, list, comparison or exclusion. */
const LATIN_GLOSS = /[（(][A-Za-z][A-Za-z .'’-]{0,29}[)）]/g;
const SITE_PHRASE_GAP = /^[^，,。；;：:、（）()\n]{0,12}$/;
const NOT_SITE_PHRASE = /[和与與及跟或比除外]|\b(?:and|or|than|versus|vs|plus|beyond|besides|excluding|except|unlike|outside)\b|超过|超過|以外|之外|相比|加上/i;

/** "Stargate“星际之门”项目位于得克萨斯州 Abilene 的首个数据中心站点": the site's Latin place name after 位于 and before its site noun. */
const SITE_PLACE_AFTER_ZH = /^[”"」』]?\s*(?:项目|計劃|计划|項目)?\s*(?:位于|位於|在)[^，,。；;]{0,8}?\s*([A-Z][\w-]+)\s*的[^，,。；;]{0,8}?(?:站点|站點|园区|園區|数据中心|數據中心|基地)/;
/** "Stargate's Abilene site", "the first Stargate site in Abilene": a place word that names one of the programme's sites. */
const SITE_PLACE_AFTER = /^(?:['’]s\s+([A-Z][\w-]+)\s+|\s+(?:[\w-]+\s+){0,2}?)(?:site|campus|project|data\s*cent(?:er|re)|facility)(?:\s+(?:in|at|near)\s+([A-Z][\w-]+))?/;

const childSites = new WeakMap<FactStore, Map<string, Entity[]>>();

/** The store's sites by parent project. */
function sitesOf(store: FactStore, project: string): Entity[] {
  let index = childSites.get(store);
  if (!index) {
    index = new Map();
    for (const e of store.entities.values()) if (e.kind === 'site') for (const p of e.parents) index.set(p, [...(index.get(p) ?? []), e]);
    childSites.set(store, index);
  }
  return index.get(project) ?? [];
}

/**
 * A site of project mention `pi` (a child in the store) named with it in one phrase ("阿比林建设的首个
 * “星际之门”项目", "Stargate's Abilene site", "the first Stargate site in Abilene"), if any: the site's
 * mention, or the project's when a place word after it names exactly one of its sites.
 */
function siteNamedWith(store: FactStore, text: TextReader, mentions: Mention[], pi: number): { id: string; mention: number } | undefined {
  const p = mentions[pi];
  if (store.entities.get(p.entityId)?.kind !== 'project') return undefined;
  for (const k of [pi - 1, pi + 1, pi - 2, pi + 2]) {
    const m = mentions[k];
    if (!m || store.entities.get(m.entityId)?.kind !== 'site' || !store.entities.get(m.entityId)!.parents.includes(p.entityId)) continue;
    const gap = k < pi ? text.slice(m.offset + m.length, p.offset) : text.slice(p.offset + p.length, m.offset);
    // ("阿比林(Abilene)建设的Stargate“星际之门”项目": a bracketed Latin gloss of the place does not part the phrase.)
    const bare = gap.replace(LATIN_GLOSS, '');
    if (SITE_PHRASE_GAP.test(bare) && !NOT_SITE_PHRASE.test(bare)) return { id: m.entityId, mention: k };
  }
  const after = ahead(text, p.offset + p.length, p.offset + p.length + 60);
  const place = SITE_PLACE_AFTER.exec(after) ?? SITE_PLACE_AFTER_ZH.exec(after);
  const word = place && (place[1] ?? place[2]);
  if (!word) return undefined;
  const sites = sitesOf(store, p.entityId).filter((e) => e.names.en.some((n) => n.split(' ').includes(word)));
  return sites.length === 1 ? { id: sites[0].id, mention: pi } : undefined;
}

/** Between an owner and its figure: 's and at most three words ("'s massive", "'s planned new"). */
const POSSESSIVE_GAP = /^['’]s\s+(?:[A-Za-z][A-Za-z-]*\s+){0,3}$/;
/** Whether an apostrophe stands in text[from, to): most figures have none, and then no regex runs. */
function apostropheBefore(text: TextReader, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

/** Another model after a comma, maybe behind its maker: ", AMD MI400X", ", and TPU v7". */
const OTHER_MODEL_LISTED_AFTER = /^[^.;:。；]{0,30}?,\s+(?:and\s+)?(?:[A-Z][\w-]*\s+)?[A-Z]+\d/;
/** A count then up to three words before a chip's name ("1,500 of Nvidia's powerful "), not a year. */
const COUNT_WORDS_BEFORE = /(?:^|[^\w.,])(\d[\d,]*)(?:\s+(?:of|more|additional|new|such))?(?:\s+[A-Za-z][\w’'-]*){0,3}\s+$/;
function countedChipFar(before: string): boolean {
  const m = COUNT_WORDS_BEFORE.exec(before);
  if (!m) return false;
  const n = m[1];
  return !(n.length === 4 && +n >= 1900 && +n <= 2100);
}

/** A power or energy figure that rates a plant, a substation or a part, not the site it serves. */
export function ratesPlant(text: TextReader, figure: Figure): boolean {
  const end = figure.offset + figure.length;
  if (figure.kind !== 'power' && figure.kind !== 'energy') return false;
  const after = text.slice(end, end + 24);
  return POWER_PLANT_AFTER.test(after) || (figure.kind === 'power' && (POWER_PART_AFTER.test(after) || GENERATION_AFTER.test(text.slice(end, end + 56))));
}

/** A company the store describes as making electricity: a utility, a power generator, a nuclear operator. */
const POWER_COMPANY = /\b(?:utility|utilities|power (?:generator|producer|company)|nuclear operator|independent power|electric(?:ity)? (?:company|generator))\b|电力公司|電力公司|发电集团|發電集團/i;
/** "350 MW of on-site natural gas generation capacity", "300兆瓦燃气发电机组": generators' rating, not the site's power. */
const GENERATION_AFTER = /^\s+of\s+(?:(?:new|on-?site|behind-the-meter|dedicated|backup)\s+)*(?:(?:natural[\s-]gas|gas-fired|gas|solar|wind|nuclear|battery|diesel)\s+)?(?:power\s+)?generation\b|^[\s-]*(?:(?:on-?site|behind-the-meter)\s+)?(?:natural[\s-]gas|gas-fired|gas|solar|wind|nuclear|diesel)\s+(?:power\s+)?generat(?:ion|ors?)\b|^\s*的?\s*(?:燃气|燃氣|光伏|风电|風電|柴油)?(?:发电机组|發電機組|发电设施|發電設施)/i;

/**
 * A part of a rack or hall right after a power figure ("33 kW power shelves", "a 5.5 kW PSU", "2 MW CDUs"), or a machine
 * ("V163 4.5MW turbines", "300MW reactors", "4.5兆瓦风机"): the part's or one machine's rating.
 */
const POWER_PART_AFTER = /^[\s-]*(?:power\s+)?(?:shelf|shelves|trays?|PSUs?|power supply units?|busbars?|bus bars?|PDUs?|CDUs?)\b|^[\s-]*(?:(?:wind|gas|steam|combustion|onshore|offshore)[\s-]+)?(?:turbines?|generators?|gensets?|generating\s+units?|engines?|fuel[\s-]+cells?|transformers?|reactors?)\b|^\s*的?\s*(?:电源架|电源模块|电源单元|PSU|风机|風機|燃机|燃機|机组|機組|发电机|發電機|变压器|變壓器|反应堆|反應堆)/i;

/** A thing or a name the store does not know, with 's right before the figure in its clause. */
function possessedByThing(text: TextReader, mentions: Mention[], figure: Figure, cStart: number): boolean {
  const from = Math.max(cStart, figure.offset - 40);
  return apostropheBefore(text, from, figure.offset) && (THING_POSSESSOR.test(text.slice(from, figure.offset)) || unknownPossessor(text, mentions, figure.offset));
}

/** A power plant named right after a power figure: the figure rates the plant, not the site it feeds. */
// (So does a substation or a line: "the construction of a 2 GW switching substation".)
const POWER_PLANT_AFTER = /^\s*的?\s*(?:太阳能|光伏|风电|风力|燃气|储能|核能)?(?:发电厂|电厂|电站|发电站|变电站|變電站|开关站|開關站|输电线路|輸電線路)|^[\s-]*(?:(?:switching|electrical|electric|high-voltage|transmission|grid)[\s-]+)?(?:substations?|switchyards?|switching\s+stations?|transmission\s+lines?)\b|^[\s-]*(?:solar|photovoltaic|wind|battery|gas-fired|natural-gas|gas|nuclear)[\s-]+(?:power\s+)?(?:plant|farm|station|array|project|facility)\b/i;

/** A model code (letters then digits: VR200, MI450X) and 的 right before the figure, or 的 and a code right after it. */
const CODE_DE_BEFORE = /(?:^|[^A-Za-z0-9])([A-Za-z]{1,6}\d{2,4}[A-Za-z]{0,3})\s*的\s*$/;
const CODE_REACHES_BEFORE = /(?:^|[，,；;：:]|预计|預計|未来|未來)\s*(?!(?:FP|BF|TF|INT|fp|bf|tf|int)\d)([A-Za-z]{1,6}\d{2,4}[A-Za-z]{0,3})\s*(?:[达達]到?|为|為|约|約|可[达達]|将[达達]|將達|或高[达達]|高[达達]|可能超[过過]|超[过過])\s*$/;
const CODE_DE_AFTER = /^\s*的\s*([A-Za-z]{1,6}\d{2,4}[A-Za-z]{0,3})(?![A-Za-z0-9])/;

/** Whether a model code the store does not know is tied to `figure` by 的 (neither side inside a mention). */
function unknownCodeWithDe(text: TextReader, mentions: Mention[], figure: Figure): boolean {
  const end = figure.offset + figure.length;
  let k = figure.offset;
  while (k > 0 && text.charCodeAt(k - 1) === 32) k--;
  let j = end;
  while (text.charCodeAt(j) === 32) j++;
  const before = text.charCodeAt(k - 1) === 0x7684 /* 的 */ ? text.slice(Math.max(0, figure.offset - 16), figure.offset) : '';
  // ("预计VR200达1800W-2300W": the code, then a verb of reaching, opening the figure's clause.)
  const reach = before ? '' : text.slice(Math.max(0, figure.offset - 20), figure.offset);
  const b = before ? CODE_DE_BEFORE.exec(before) : CODE_REACHES_BEFORE.exec(reach);
  const after = !b && text.charCodeAt(j) === 0x7684 ? text.slice(end, end + 16) : '';
  const a = after ? CODE_DE_AFTER.exec(after) : null;
  if (!b && !a) return false;
  const nameAt = b ? figure.offset - (before || reach).length + b.index + b[0].indexOf(b[1]) : end + a!.index + a![0].indexOf(a![1]);
  return !mentions.some((x) => x.offset <= nameAt && nameAt < x.offset + x.length);
}

/** A facility named by its size alone, then what one costs: "1千兆瓦数据中心的成本", "a 1-gigawatt data center costs". */
const FACILITY_COST = String.raw`\s*(?:级|-class)?\s*(?:的)?\s*(?:AI\s*)?(?:数据中心|智算中心|算力中心|园区|data[- ]?cent(?:er|re)s?|campus(?:es)?)\s*(?:的)?\s*(?:建设|总|建造)?(?:成本|造价|costs?\b|would cost|will cost)`;
const GENERIC_FACILITY_COST_AFTER = new RegExp(`^${FACILITY_COST}`, 'i');
const GENERIC_FACILITY_COST_BEFORE = new RegExp(`(?:\\d|[千万亿一二两三四五六七八九十])[\\s-]*(?:吉瓦|千兆瓦|兆瓦|GW|MW|gigawatts?|megawatts?)${FACILITY_COST}\\s*(?:在|为|是|约|大约|达|about|around|roughly|of|is|are|at)?\\s*$`, 'i');

/**
 * A generic facility's figures: "1千兆瓦数据中心的成本在500~600亿美元" states what any 1 GW data centre costs,
 * neither the power nor the cost of the company or person named around it.
 */
function genericFacilityCost(text: TextReader, figure: Figure): boolean {
  if (figure.kind === 'power') return GENERIC_FACILITY_COST_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 24));
  if (figure.kind === 'money') return GENERIC_FACILITY_COST_BEFORE.test(text.slice(Math.max(0, figure.offset - 40), figure.offset));
  return false;
}

/** A capitalised name and a product word (Feynman 平台, Rubin 芯片) in a clause before its figure. */
// ("Grace+超级芯片则是1000W": a plus and 超级 between the name and the product word.)
const PRODUCT_NAMED_ZH = /(?:^|[^A-Za-z0-9])([A-Z][A-Za-z0-9-]{2,20})\+?\s*(?:超级|超級)?(?:平台|芯片|晶片|架构|系列|机架|机柜|服务器|处理器|加速器)/;

/** A model code, maybe an edition, then the measure it rates (B100 pro版功率, VR200的功耗) in a clause before its figure. */
// (Not a number format: FP16算力, INT8算力, BF16.)
const MODEL_MEASURE_ZH = /(?:^|[^A-Za-z0-9])(?!(?:FP|BF|TF|INT|MXFP|NVFP)\d)([A-Z][A-Za-z]{0,4}\d{2,4}[A-Za-z]{0,3})(?:\s*(?:pro|Pro|PRO|Ultra|Max|Plus))?\s*版?\s*的?\s*(?:功率|功耗|算力|显存|TDP)/;

function unknownProductInClause(text: TextReader, mentions: Mention[], cStart: number, at: number): boolean {
  if (at - cStart > 40) return false;
  const clause = text.slice(cStart, at);
  const m = PRODUCT_NAMED_ZH.exec(clause) ?? MODEL_MEASURE_ZH.exec(clause);
  if (!m) return false;
  const nameAt = cStart + m.index + m[0].indexOf(m[1]);
  return !mentions.some((x) => x.offset <= nameAt && nameAt < x.offset + x.length);
}

/** A capitalised name with 's right before the figure. */
const UNKNOWN_NAME_POSSESSOR = /(?:^|[^A-Za-z])([A-Z][A-Za-z0-9&.-]{1,20})['’]s\s+$/;

/** The figure at `at` follows a capitalised name with 's that is no mention of the store's ("IREN's 2,310 MW"). */
function unknownPossessor(text: TextReader, mentions: Mention[], at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  const m = UNKNOWN_NAME_POSSESSOR.exec(before);
  if (!m) return false;
  const nameAt = at - before.length + m.index + m[0].indexOf(m[1]);
  return !mentions.some((x) => x.offset <= nameAt && nameAt < x.offset + x.length);
}

/**
 * A lower-case noun with 's just before the figure ("air cooling’s 30–50 kW ceiling", "the grid's 2 GW"); not
 * a word that points back at an entity ("the company’s", "the campus’s") or a time ("this year’s").
 */
const THING_POSSESSOR = /(?:^|[^A-Za-z])(?!(?:company|firm|group|giant|startup|maker|chipmaker|operator|developer|provider|hyperscaler|project|campus|site|facility|cluster|plant|deal|partnership|venture|business|unit|year|quarter|month|week|today|decade|period|fiscal)['’])[a-z][a-z-]+['’]s\s+(?:(?:about|around|roughly|nearly|some|over|under|estimated|current|combined|total)\s+)?$/;

/**
 * The mention in the figure's clause that owns it with 's right before it, if any; not when a
 * project, site or deal is named right after the figure ("Amazon's $20 billion Project Rainier campus").
 */
function possessorBefore(text: TextReader, store: FactStore, mentions: Mention[], figure: Figure, cStart: number, from: number): number | undefined {
  let owner: number | undefined;
  let mi = from;
  for (; mi < mentions.length && mentions[mi].offset < figure.offset; mi++) {
    const m = mentions[mi];
    const end = m.offset + m.length;
    if (m.offset < cStart || figure.offset - end > 40) continue;
    if (POSSESSIVE_GAP.test(text.slice(end, figure.offset))) owner = mi;
  }
  if (owner === undefined) return undefined;
  while (mi < mentions.length && mentions[mi].offset < figure.offset + figure.length) mi++;
  const next = mentions[mi];
  return next && next.offset - (figure.offset + figure.length) <= 2 && isThingKind(store, next.entityId) ? undefined : owner;
}

const INVESTING_MEASURES = new Set(['investment', 'spending']);

/** A mention after the two owners `a` and `b` (up to `end`) of an entity both own: their joint venture or project. */
function ventureOfOwners(store: FactStore, mentions: Mention[], a: number, b: number, end: number): number | undefined {
  const owners = [mentions[a].entityId, mentions[b].entityId];
  for (let mi = Math.max(a, b) + 1; mi < mentions.length && mentions[mi].offset < end; mi++) {
    const parents = store.entities.get(mentions[mi].entityId)?.parents;
    if (parents && owners.every((o) => parents.includes(o))) return mi;
  }
  return undefined;
}

function jointWithNeighbour(text: TextReader, mentions: Mention[], i: number): number | undefined {
  // ("微軟（Microsoft）": a name restated in brackets right after itself stands where the first one does.)
  while (i > 0 && mentions[i - 1].entityId === mentions[i].entityId && /^\s*[(（]\s*$/.test(text.slice(mentions[i - 1].offset + mentions[i - 1].length, mentions[i].offset))) i--;
  const m = mentions[i];
  const prev = mentions[i - 1];
  const next = mentions[i + 1];
  if (prev && prev.entityId !== m.entityId && (joins(text.slice(prev.offset + prev.length, m.offset)) || inList(text, mentions, i - 1))) return i - 1;
  if (next && next.entityId !== m.entityId && (joins(text.slice(m.offset + m.length, next.offset)) || inList(text, mentions, i))) return i + 1;
  // ("United Microelectronics Corp (UMC, 聯電)": names of one entity glossed in brackets are no partners; the last
  // name of a list has no next one.)
  if (inBracketedList(text, mentions, i)) {
    if (prev && prev.entityId !== m.entityId && commaBetween(text, prev, m)) return i - 1;
    if (next && next.entityId !== m.entityId) return i + 1;
  }
  return undefined;
}

const COMMA_ONLY = /^\s*[,，、]\s*$/;
const commaBetween = (text: TextReader, a: Mention, b: Mention): boolean => COMMA_ONLY.test(text.slice(a.offset + a.length, b.offset));

/**
 * "the Big Tech 4 (Google, Microsoft, Meta, Amazon)", "四大云厂商（微软、谷歌、亚马逊、Meta）": mention i is one
 * of several names listed by commas alone inside one pair of brackets, which gloss the group before them.
 */
function inBracketedList(text: TextReader, mentions: Mention[], i: number): boolean {
  let first = i;
  while (first > 0 && i - first < 8 && commaBetween(text, mentions[first - 1], mentions[first])) first--;
  let last = i;
  while (last + 1 < mentions.length && last - i < 8 && commaBetween(text, mentions[last], mentions[last + 1])) last++;
  if (last === first) return false;
  const open = text.slice(Math.max(0, mentions[first].offset - 2), mentions[first].offset).trimEnd();
  const close = text.slice(mentions[last].offset + mentions[last].length, mentions[last].offset + mentions[last].length + 2).trimStart();
  return /[(（]$/.test(open) && /^[)）]/.test(close);
}

/** "Amazon, Alphabet, Meta and Microsoft": mention i and i+1 are commas of a list that ends in and/和. */
function inList(text: TextReader, mentions: Mention[], i: number): boolean {
  for (let k = i; k + 1 < mentions.length && k < i + 8; k++) {
    const between = text.slice(mentions[k].offset + mentions[k].length, mentions[k + 1].offset);
    if (joins(between)) return k > i || false;
    if (!/^\s*[,，]\s*$/.test(between)) return false;
  }
  return false;
}

/** A mention in the clause named as the other party ("向OpenAI", "in OpenAI", "with OpenAI"). */
function counterpartIn(text: TextReader, mentions: Mention[], i: number, cStart: number, cEnd: number, figureEnd: number): number | undefined {
  for (let k = i + 1; k < mentions.length && mentions[k].offset < cEnd; k++) {
    if (mentions[k].offset < cStart || mentions[k].entityId === mentions[i].entityId) continue;
    if (/(?:[向对给与和同跟]|\b(?:in|into|to|with))\s*$/i.test(text.slice(Math.max(0, mentions[k].offset - 6), mentions[k].offset))) {
      // "OpenAI operates around two gigawatts … but has lined up 30 gigawatts across partnerships with Nvidia": a
      // party named after "but" or "while" past the figure belongs to the next statement.
      if (mentions[k].offset > figureEnd && mentions[k].offset - figureEnd < 200 && NEXT_STATEMENT.test(text.slice(figureEnd, mentions[k].offset))) return undefined;
      // "invested in Anthropic rival OpenAI", "投资Anthropic的竞争对手OpenAI": the rival is the party.
      const after = text.slice(mentions[k].offset + mentions[k].length, mentions[k].offset + mentions[k].length + 40);
      const next = mentions[k + 1];
      if (RIVAL_AFTER.test(after) && next && next.offset < cEnd && next.offset - (mentions[k].offset + mentions[k].length) <= 40) return k + 1;
      return k;
    }
    // "OpenAI's $38 billion AWS deal … in CoreWeave": a third party named first is the other party.
    if (mentions[k].offset >= cStart) return undefined;
  }
  return undefined;
}

/** A conjunction that opens another statement after a figure: but, while, whereas; 但. */
const NEXT_STATEMENT = /\b(?:but|while|whereas|although|though)\b|但/i;

const DEAL_WORDS = /协议|合同|合约|订单|交易|意向书|合作|deal|agreement|contract|partnership|collaboration|letter of intent|pact|\bagree[ds]? to\b/i;
/** A company's whole order book named near an amount: backlog, remaining performance obligations, 积压订单, 剩余履约义务. */
const ORDER_BOOK_NAMED = /backlog|remaining\s+performance\s+obligations?|\bRPO\b|积压订单|積壓訂單|在手订单|剩余履约义务|剩餘履約義務/i;

/**
 * The entity of the mention right after a company anaphor and 与/和/with ("公司与OpenAI", "the company and OpenAI"), looked
 * for among the mentions from `from` on; undefined when none stands there.
 */
function joinedAfterAnaphor(text: TextReader, mentions: Mention[], from: number, anaphorEnd: number): string | undefined {
  const joint = COMPANY_JOINED_TO.exec(text.slice(anaphorEnd, anaphorEnd + 8));
  if (!joint) return undefined;
  const at = anaphorEnd + joint[0].length;
  for (let k = Math.max(0, from); k < mentions.length && mentions[k].offset <= at; k++) if (mentions[k].offset === at) return mentions[k].entityId;
  return undefined;
}
const COMPANY_JOINED_TO = /^\s*(?:与|與|和|同|跟|\band\b|\bwith\b)\s*/i;

/** A clause opening with a participle, which goes on from the clause before: ", having been built", ", built in". */
const PARTICIPLE_CLAUSE = /^[\s,]*(?:having\s+been|having|being|built|constructed|completed)\b/i;

/** A clause opening on future or next-generation things: "with future AI systems", "下一代产品". */
/** A speaker's verb, then companies, countries or an industry in general as the subject of the statement. */
const SPEAKER_THEN_OTHERS = /\b(?:said|says|told|predicted|predicts|expects|expected|estimated|estimates|believes|noted|argued|warned|forecast|forecasts)\b(?:\s+that)?,?\s+(?:[a-z]+\s+){0,2}?(?:(?:big\s+)?tech\s+(?:companies|firms|giants)|companies|countries|nations|governments|businesses|firms|enterprises|hyperscalers|cloud\s+(?:providers|companies)|(?:the\s+)?industry|(?:the\s+)?world|data[- ]cent(?:er|re)\s+(?:operators|developers)|customers)\b|(?:表示|称|稱|指出|预计|預計|认为|認為|预测|預測|预言|預言)[，,：:]?[^。；;！？!?]{0,24}?(?:企业|企業|各国|各國|国家|國家|科技公司|科技巨头|科技巨頭|云厂商|雲端廠商|云服务商|雲服務商|整个行业|整個行業|行业|行業|业界|業界|全球|各大公司|客户|客戶)/i;
/** Memory stacks counted before a total: 8 個 HBM4 堆棧, "eight HBM3e stacks". */
const STACKS_BEFORE = /(?:堆栈|堆棧|\bstacks?\b)/i;
const FUTURE_THINGS_LEAD = /^[\s,，]*(?:with\s+|and\s+|while\s+)?(?:the\s+)?(?:future|next[- ]generation|upcoming|later)\s+(?:[A-Za-z-]+\s+){0,2}(?:systems?|chips?|GPUs?|racks?|platforms?|generations?|products?|models?)\b|^[\s,，]*(?:而)?(?:未来的|下一代|下代)/i;

const dealIndex = new WeakMap<FactStore, Map<string, string[]>>();

/** The store's deal entity whose parties (parents) are exactly these two, if there is one. */
function dealBetween(store: FactStore, a: string, b: string): string | undefined {
  let index = dealIndex.get(store);
  if (!index) {
    index = new Map();
    for (const e of store.entities.values()) {
      if (e.kind !== 'deal') continue;
      for (const p of e.parents) for (const q of e.parents) if (p < q) {
        const key = `${p}|${q}`;
        index.set(key, [...(index.get(key) ?? []), e.id]);
      }
    }
    dealIndex.set(store, index);
  }
  const list = index.get(a < b ? `${a}|${b}` : `${b}|${a}`);
  return list && list.length === 1 ? list[0] : undefined;
}

const FULL_YEAR = /(?:全年|全年度|整年|full[- ]year|for the (?:whole |full )?year|annual)[^，,。；;\d]{0,6}$/i;

/** Measures whose figures belong to a period (a year's capex), so a year anywhere before them in the sentence applies. */
const PERIOD_MEASURES = new Set(['capex', 'revenue', 'net_income', 'loss', 'operating_income', 'ebitda', 'spending', 'compute_spend', 'growth', 'energy_use', 'valuation', 'market_cap', 'users', 'employees']);

/**
 * The time scope of a figure: the time figure nearest to it in its clause; for period measures
 * also the nearest earlier one in its sentence ("2025财年，微软资本支出882亿美元"). A year in
 * another clause ("最早在2028年发布……需要多达5千兆瓦") says when, not what period, and is ignored.
 */
/** Kinds of figure a site holds or draws (not money, which is someone's spending on it). */
const LOCATED_KINDS = new Set(['count', 'power', 'energy', 'compute', 'area']);
/** Between a figure and a site it is placed in: its noun or unit, then in/at ("GPUs in ", " of capacity at the "). */
// ("10,000 chips in the companion Equinox system": a lower-case word or two between the article and the name.)
const LOCATED_IN = /^[^,.;:，。；：\d]{0,24}?\b(?:[Ii]n|[Aa]t|[Ii]nside|IN|AT)\s+(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:[a-z][a-z-]+\s+){0,2}$/;
/**
 * Between a figure and a project's name that the figure's noun phrase gives it: "a 5 GW super cluster, called Prometheus",
 * also in apposition after a facility noun: "a separate 1 GW supercomputer cluster, Prometheus, in 2026".
 */
// ("由1万张H100 GPU组成的超级计算机集群——“Colossus”": the cluster the chips make up, named after it; 名为 likewise.)
const CALLED_AFTER = /^(?:[^,.;:，。；：\d]{0,30}?,?\s+(?:called|named|dubbed|known as|code-?named)\s+["“]?|[^,.;:，。；：\d]{0,30}?\b(?:cluster|supercluster|supercomputer|campus|data cent(?:er|re)|facility|site|project),\s+|[^,.;:，。；：\d]{0,20}?(?:组成|組成|构成|構成)的[^,.;:，。；：\d]{0,12}?(?:集群|超级计算机|超級電腦|超算|数据中心|資料中心|园区|園區)(?:——|—|--|：|:)?\s*[“「"]?|[^,.;:，。；：\d]{0,20}?(?:名为|名為|命名为|命名為|称为|稱為|代号|代號)\s*[“「"]?)$/i;

/**
 * A year or quarter named relative to the writing, in the figure's clause: 今年, 去年, 明年, this year, last year, next year;
 * 本财年, this fiscal year; 本季度, this quarter. Each meets only the same words (a fiscal year is not the calendar's).
 */
const RELATIVE_YEAR = /本财年|本財年|本财政年度|本財政年度|本会计年度|本會計年度|本财季|本財季|本季度|本季|当季|當季|今年|本年|去年|明年|\b(?:this|the current|last|next)\s+(?:fiscal\s+)?(?:year|quarter)\b/i;
/** A sentence's opening phrase of manner or basis, no subject in it: 按照, 按, 以, 根据, 依, "Based on", "At". */
const OPENING_PHRASE = /^\s*(?:按照|按|以|根据|根據|依照|依|若以|如以|若按|如按|based\s+on|at|assuming)[^，,。；;：:]*$/i;
/** Between a figure and the next clause's opening name: the rest of the phrase, one comma. */
const NEXT_CLAUSE_OPENS = /^[^，,。；;：:]{0,16}[，,]\s*$/;
/** Between a new level and its old one: ", up from about", ", compared with the", " versus". */
/** Between two levels of a series of years: a comma, the next year, then a verb of reaching ("，2024 年增长至"). */
const SERIES_LEVEL_BETWEEN_ZH = /^\s*[，,；;]\s*T\s*(?:则|則)?\s*(?:增长至|增長至|增至|增加至|增加到|达到了?|達到了?|升至|上升至|攀升至|跃升至|躍升至|降至|下降至|减少至|減少至|回落至)\s*$/;
const OLD_LEVEL_OF_PAIR_BEFORE = /^[^.;!?。；]{0,60}?,?\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:about|roughly|around|nearly|approximately|some|just|only)\s+)?(?:the\s+)?$/i;
/** Words of one relative time, folded to one label. */
const RELATIVE_LABEL: Record<string, string> = {
  本年: '今年', 本財年: '本财年', 本财政年度: '本财年', 本財政年度: '本财年', 本会计年度: '本财年', 本會計年度: '本财年',
  本财季: '本季度', 本財季: '本季度', 本季: '本季度', 当季: '本季度', 當季: '本季度',
  'the current year': 'this year', 'the current fiscal year': 'this fiscal year', 'the current quarter': 'this quarter',
};

const RELATIVE_YEAR_ALL = new RegExp(RELATIVE_YEAR.source, 'gi');
/** Before a relative year: it is the base compared with ("较去年", "比去年", "from last year", "than last year's"). */
const COMPARED_BEFORE = /(?:较|較|比|相比|相較|相较|与|與|同比|对比|對比)\s*$|\b(?:from|than|over|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:the\s+)?$/i;

/** "In the current fiscal year, Microsoft's capex will be …", "今年，公司…": a relative time opening the sentence. */
const RELATIVE_OPENING = new RegExp(`^[\\s"“'‘(（]*(?:(?:in|for|during|over)\\s+)?(?:${RELATIVE_YEAR.source})(?:内|內|以来|以來)?\\s*[,，]`, 'i');

/** The relative year a clause names as a time that meets only the same words of the same draft. */
function relativeYear(clause: string, opening = false): TimeRef | undefined {
  if (opening && !RELATIVE_OPENING.test(clause)) return undefined;
  let m: RegExpExecArray | null = null;
  for (const found of clause.matchAll(RELATIVE_YEAR_ALL)) {
    // ("较去年同期增长13.4%", "up 12% from last year": the year compared with, not the figure's.)
    if (COMPARED_BEFORE.test(clause.slice(Math.max(0, found.index! - 14), found.index)) || /^\s*(?:同期|同季|的同期)/.test(clause.slice(found.index! + found[0].length, found.index! + found[0].length + 4))) continue;
    m = found;
    break;
  }
  if (!m) return undefined;
  const w = m[0].toLowerCase().replace(/\s+/g, ' ');
  const label = RELATIVE_LABEL[w] ?? w;
  // ("今年以来", "so far this year": the year to date, not the whole year.)
  const toDate = /^(?:以来|以來|至今|迄今)/.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 2)) || /\bso far\s+$/i.test(clause.slice(Math.max(0, m.index - 8), m.index));
  return { label: toDate ? `${label} (to date)` : label, relative: true };
}

/** "and <Name …> announced|said|revealed": another speaker's statement begins. */
const NEW_SPEAKER_BETWEEN = /\band\s+(?:[A-Z][\w&’'-]*\s+){1,6}(?:announced|said|says|revealed|disclosed|reported|told)\b/;

/** A time reference to one day (2025-05-20, --05-20). */
const DAY_PRECISION = /-\d\d-\d\d$/;
// ("甲骨文称，截至2025年9月，…", "Oracle said that as of …": after a speaker's verb, the time still opens the statement.)
const SENTENCE_OPENING_TIME = /^[\s"“'‘(（]*(?:[^，,。；;：:\s]{1,12}(?:称|稱|表示|指出|透露|宣布|公布)[，,:：]?\s*|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+(?:said|says|reported|announced)(?:\s+that)?,?\s+)?(?:(?:in|by|as of|since|during|at the end of|at the start of|until|through)\s+|截至|截止|到|在|于|自)?\s*$/i;

/** Two periods joined by "and" or 和 ("deployments in Q1 and Q2 are already at 13.5 GWh"): a figure of both together. */
const PERIOD_JOIN = /^\s*(?:and|&|和|与|及|、)\s*$/;

/** The time from the first to the second of two joined periods around figures[k], or undefined. */
function joinedPeriods(text: TextReader, figures: Figure[], k: number): TimeRef | undefined {
  // ("a two-year €5 billion investment in Belgium for 2026 and 2027", 2026年和2027年: two years in a row are one span too.)
  const years = (a: Figure, b: Figure) => a.kind === 'year' && b.kind === 'year' && a.value != null && b.value === a.value + 1;
  const joined = (a: Figure | undefined, b: Figure | undefined) => !!a && !!b && !!a.time && !!b.time && (((a.kind === 'period' || a.kind === 'date') && (b.kind === 'period' || b.kind === 'date')) || years(a, b)) && PERIOD_JOIN.test(text.slice(a.offset + a.length, b.offset));
  const [a, b] = pairAround(figures, k, joined);
  if (!a || !b) return undefined;
  return { from: a.time!.from, to: b.time!.to, label: `${a.text}–${b.text}`, ...(a.time!.relative || b.time!.relative ? { relative: true } : {}) };
}

/** Figure k with the one before it, or else with the one after it, when `pairs` holds for them (in text order). */
function pairAround(figures: Figure[], k: number, pairs: (a: Figure | undefined, b: Figure | undefined) => boolean): [Figure, Figure] | [undefined, undefined] {
  if (pairs(figures[k - 1], figures[k])) return [figures[k - 1], figures[k]];
  if (pairs(figures[k], figures[k + 1])) return [figures[k], figures[k + 1]];
  return [undefined, undefined];
}

/** Between a year and a later period that closes a span ("between 2023 and the end of 2029", "2023年至2029年底"). */
const YEAR_SPAN_JOIN = /^\s*(?:and|to|through|thru|until|till)\s+(?:the\s+)?$|^\s*(?:至|到|–|—|~|～)\s*$/i;
/** Opening a span in English: "between", "from". */
const YEAR_SPAN_OPEN = /\b(?:between|from)\s+$/i;

/** "between 2023 and the end of 2029": a year and a later period after it make one span, from the one to the other. */
function yearSpan(text: TextReader, figures: Figure[], k: number): TimeRef | undefined {
  const spans = (a: Figure | undefined, b: Figure | undefined): boolean => {
    if (!a || !b || a.kind !== 'year' || a.value == null || !a.time || !b.time || b.time.relative || (b.kind !== 'period' && b.kind !== 'year' && b.kind !== 'date')) return false;
    if (!a.time.from || !b.time.to || !(b.time.to > a.time.from)) return false;
    const join = text.slice(a.offset + a.length, b.offset);
    if (!YEAR_SPAN_JOIN.test(join)) return false;
    return /[至到–—~～]/.test(join) || YEAR_SPAN_OPEN.test(text.slice(Math.max(0, a.offset - 10), a.offset));
  };
  const [a, b] = pairAround(figures, k, spans);
  if (!a || !b) return undefined;
  // (To the end of a year is to that year: "2023..2029", as "between 2023 and 2029" is.)
  const to = /^\d{4}-12$/.test(b.time!.to ?? '') ? b.time!.to!.slice(0, 4) : b.time!.to;
  return { from: a.time!.from, to, label: `${a.text}–${b.text}` };
}

/** A passive verb before "by": what follows is the agent or the means ("powered by", "backed by"), no change. */
const PASSIVE_BY_BEFORE = /\b(?:powered|driven|backed|led|funded|fueled|fuelled|supported|owned|built|operated|run|made|caused|served|cooled|fed|supplied|equipped)\s+by\s*$/i;

/** Between a yearless quarter and its year: "fourth quarter results for fiscal year 2025", "second-quarter earnings of 2025". */
const QUARTER_FOR_YEAR = /^[\s-]*(?:results?|earnings|revenue|sales|report)?\s*(?:for|of)\s+(?:the\s+)?$/i;

/**
 * "record-breaking fourth quarter results for fiscal year 2025 with revenue soaring to $39.3 billion": a yearless
 * quarter right before the year it belongs to makes one period (a fiscal quarter when the year is fiscal).
 */
function quarterOfYear(text: TextReader, figures: Figure[], k: number): TimeRef | undefined {
  const g = figures[k];
  const [q, y] = g.kind === 'year' ? [figures[k - 1], g] : g.kind === 'period' ? [g, figures[k + 1]] : [undefined, undefined];
  if (!q || !y || q.kind !== 'period' || y.kind !== 'year' || y.value == null || !q.time?.relative) return undefined;
  const m = /^--(\d\d)$/.exec(q.time.from ?? '');
  const e = /^--(\d\d)$/.exec(q.time.to ?? '');
  if (!m || !e || +e[1] - +m[1] !== 2 || (+m[1] - 1) % 3 !== 0 || !QUARTER_FOR_YEAR.test(text.slice(q.offset + q.length, y.offset))) return undefined;
  const n = (+m[1] + 2) / 3;
  const label = `${q.text} ${y.text}`;
  if (/^FY/i.test(y.time?.label ?? '')) return { from: String(y.value), to: String(y.value), label, fiscal: `FY${y.value}-Q${n}` };
  return { from: `${y.value}-${m[1]}`, to: `${y.value}-${e[1]}`, label };
}

const CUTOFF_AFTER_CLAUSE = /[,，]\s*(?:截至|截止|as of)\s*$/i;

/** A yearless quarter or half dated by a time that opens its sentence before a comma, in the same year and no earlier. */
/** An earlier time of the sentence, before figure `k`, that names the same months of the year as `part` with a year. */
function samePartWithYearBefore(figures: Figure[], sentence: Sentence, k: number, part: TimeRef): TimeRef | undefined {
  for (let j = k - 1; j >= 0 && figures[j].offset >= sentence.offset; j--) {
    const t = figures[j].time;
    if (!t || t.relative || !t.from || !t.to || t.from.length !== 7 || t.to.length !== 7 || t.from.slice(0, 4) !== t.to.slice(0, 4)) continue;
    if (t.from.slice(4) === part.from!.slice(1) && t.to.slice(4) === part.to!.slice(1)) return t;
  }
  return undefined;
}

function yearFromOpening(text: TextReader, figures: Figure[], sentence: Sentence, f: Figure, part: TimeRef): TimeRef | undefined {
  for (let k = firstSpanFrom(figures, sentence.offset); k < figures.length && figures[k].offset < f.offset; k++) {
    const g = figures[k];
    if (!TIME_KINDS.has(g.kind)) continue;
    // (After an attribution too: "根據PitchBook數據,截至2025年9月,…".)
    const lead = text.slice(sentence.offset, g.offset);
    // ("中际旭创2025年半年报显示,上半年,公司实现营业收入…": the year of a report that opens the sentence, after the company's
    // name, dates a part of the year the report covers.)
    // (A heading line without a full stop may open the sentence, joined by a space: the name is read from there.)
    // ("8月26日晚,寒武纪发布2025年半年度财报,公司上半年…": after a dateline too.)
    const report = g.kind === 'year' && g.value != null && /^[^，,。；;：:]{0,12}$/.test(lead.slice(Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf(' '), DATELINE_LEAD.test(lead) ? Math.max(lead.lastIndexOf(','), lead.lastIndexOf('，')) : -1) + 1)) ? REPORT_SAYS_AFTER.exec(text.slice(g.offset + g.length, g.offset + g.length + 12)) : null;
    if (report) {
      const endMonth = report[1] ? '06' : '12';
      if (endMonth < part.to!.slice(2, 4)) return undefined;
      const y = String(g.value);
      return { from: `${y}-${part.from!.slice(2, 4)}`, to: `${y}-${part.to!.slice(2, 4)}`, label: `${g.text} ${part.label}` };
    }
    // (A dateline's day opening the sentence, 8月26日晚, dates the report: the report's year may follow.)
    if (g.kind === 'date' && !lead.trim() && DATELINE_AFTER.test(text.slice(g.offset + g.length, g.offset + g.length + 4))) continue;
    if (!(SENTENCE_OPENING_TIME.test(lead) || CUTOFF_AFTER_CLAUSE.test(lead)) || !/^\s*[,，]/.test(text.slice(g.offset + g.length, g.offset + g.length + 2))) return undefined;
    const from = g.time && !g.time.relative ? g.time.from : g.value != null ? String(g.value) : undefined;
    const to = g.time && !g.time.relative ? g.time.to ?? g.time.from : from;
    if (!from || !to || !/^\d{4}/.test(from) || from.slice(0, 4) !== to.slice(0, 4)) return undefined;
    const y = from.slice(0, 4);
    const endMonth = to.length >= 7 ? to.slice(5, 7) : '12';
    if (endMonth < part.to!.slice(2, 4)) return undefined;
    return { from: `${y}-${part.from!.slice(2, 4)}`, to: `${y}-${part.to!.slice(2, 4)}`, label: `${g.text} ${part.label}` };
  }
  return undefined;
}

/** Right after a year opening the sentence: its (half-year) report and the verb that quotes it (半年报显示, 年报指出,). */
/** After a dateline's day: 晚, 早间, 盘后 and a comma. */
const DATELINE_AFTER = /^(?:晚|晚间|晚間|早间|早間|盘后|盤後|凌晨|下午|上午)?\s*[,，]/;
/** A lead that opens with a dateline's day and its comma ("8月26日晚,"). */
const DATELINE_LEAD = /^\s*\d{1,2}月\d{1,2}日(?:晚|晚间|晚間|早间|早間|盘后|盤後|凌晨|下午|上午)?\s*[,，]/;
const REPORT_SAYS_AFTER = /^\s*(?:(半年|中期|中)度?|年度?)(?:报告|报|财报|財報)\s*(?:显示|顯示|指出|称|稱|披露)?\s*[,，]/;

/** A bracketed aside right after a figure, then words of its clause: " (about $120.1 billion) in sales revenue in ". */
const AFTER_ASIDE = /^\s?[(（][^()（）]{1,40}[)）][^,，;；。:：()（）\n]{0,40}$/;

/** Right after a year: since then (2019年起, 2020年以来, 至今). */
const SINCE_YEAR_AFTER = /^(?:起|以来|以來|至今)/;

/** Between an amount and "since": the party it went to, named (" into OpenAI since ", " in Anthropic since "). */
const SINCE_AFTER_PARTY = /^\s+(?:[a-z]+\s+){0,2}(?:into|in|to)\s+(?:[A-Z][\w.&-]*\s+){1,3}since\s+$/;

/** A year before the one named, right after an old level: "the previous year", "a year earlier", "上年同期". */
const PRIOR_YEAR_AFTER = /^\s*(?:in\s+|during\s+)?(?:the\s+)?(?:previous|prior|preceding)\s+year\b|^\s*(?:a|one)\s+year\s+(?:earlier|before|ago)\b|^\s*(?:in\s+)?last\s+year\b|^\s*[（(]?(?:上年同期|去年同期|上年|去年|前一年)/i;

/** After an amount invested: building the investor's own data centres or AI infrastructure (建设AI数据中心, "on AI data centers"). */
const OWN_BUILD_AFTER = /^\s*(?:用于|用於|来|來)?\s*(?:建设|建設|建造|兴建|興建|扩建|擴建)\s*(?:AI|人工智能)?\s*(?:数据中心|數據中心|資料中心|算力中心|智算中心|基础设施|基礎設施)|^\s+(?:on|in|into|toward|towards)\s+(?:building\s+(?:out\s+)?)?(?:new\s+)?(?:AI[- ](?:enabled\s+)?)?(?:data\s*cent(?:er|re)s|infrastructure)\b/i;

/** Before a year: a verb of closing it ("ended 2025 with", "exited 2025 with"). */
const YEAR_ENDED_BEFORE = /\b(?:ended|ends|closed|closes|exited|exits|finished|finishes)\s+$/i;

/** A quarter pointed back at: "in the quarter", "the quarter's", 该季度, 当季, 同季. */
const THE_QUARTER = /\b(?:in|during|for|over)\s+the\s+quarter\b|\bthe\s+quarter['’]s\b|该季度|該季度|该季|該季|当季|當季|同季/i;

/**
 * The last quarter named before the sentence at `from`, in its paragraph and within 400 characters, with its year (a fiscal
 * or a calendar quarter; "first quarter" with no year is no anchor).
 */
function quarterNamedBefore(text: TextReader, figures: Figure[], fi: number, from: number): TimeRef | undefined {
  for (let k = fi - 1; k >= 0 && figures[k].offset >= from - 400; k--) {
    const g = figures[k];
    if (g.offset >= from) continue;
    if (text.slice(g.offset + g.length, from).includes('\n\n')) return undefined;
    if (g.kind !== 'period' || !g.time || g.time.relative) continue;
    if (g.time.fiscal && /-Q[1-4]$/.test(g.time.fiscal)) return g.time;
    const first = /^\d{4}-\d{2}$/.test(g.time.from ?? '') ? monthIndex(g.time.from) : undefined;
    const last = /^\d{4}-\d{2}$/.test(g.time.to ?? '') ? monthIndex(g.time.to) : undefined;
    if (first !== undefined && last !== undefined && last - first === 2) return g.time;
  }
  return undefined;
}

/** Measures summed over a period (not levels on a day, as an order book or a valuation). */
const FLOW_MEASURES = new Set(['capex', 'revenue', 'net_income', 'loss', 'operating_income', 'ebitda', 'spending', 'compute_spend', 'energy_use']);
/** Before a day: the period it ends ("quarter ended ", "the three months ending ", "fiscal year ended "). */
// ("in the quarter to end-September 2025", "for the year to March 2026": British copy's "to" too.)
const PERIOD_ENDED_BEFORE = /\b(quarter|three\s+months|3\s+months|six\s+months|6\s+months|half(?:[\s-]year)?|nine\s+months|9\s+months|twelve\s+months|12\s+months|year)\s+(?:(?:that\s+)?(?:ended|ending)(?:\s+on)?|to|through)\s+$/i;
/** After a day: the period it ends (截至2025年9月30日止的三个月, 截至9月30日的第一财季). */
const PERIOD_ENDED_AFTER_ZH = /^\s*止?(?:的|之)?\s*(?:第[一二三四1-4]个?(?:财季|財季|财政季度|財政季度|季度|季)|(三|六|九|十二)個?个?月|(?:财季|財季|季度)|(上半年|半年|财年|財年|年度|全年))/;

/**
 * A period named by the day it ended: "fiscal first quarter ended September 30, 2025" is July–September 2025, "the nine
 * months ended June 30" nine months to June; 截至2025年9月30日止的三个月 the same in Chinese. k is the time chosen for the
 * figure: that day, or a period right before " ended <day>".
 */
function periodEndedOn(text: TextReader, figures: Figure[], k: number, sentence: Sentence): TimeRef | undefined {
  let day = figures[k];
  const next = figures[k + 1];
  const prev = figures[k - 1];
  if (day.kind !== 'date' && next?.kind === 'date' && /^\s+(?:that\s+)?(?:ended|ending)(?:\s+on)?\s+$/i.test(text.slice(day.offset + day.length, next.offset))) day = next;
  else if (day.kind !== 'date' && prev?.kind === 'date' && /^\s*止?(?:的|之)?\s*$/.test(text.slice(prev.offset + prev.length, day.offset))) day = prev;
  // The day the period ended, or its month ("the quarter to end-September 2025", "the year to March 2026").
  const endIndex = day.kind === 'date' || day.kind === 'period' ? monthIndex(day.time?.from) : undefined;
  if (endIndex === undefined || (day.time?.to && day.time.to.slice(0, 7) !== day.time.from!.slice(0, 7))) return undefined;
  let months = 0;
  const before = PERIOD_ENDED_BEFORE.exec(text.slice(Math.max(sentence.offset, day.offset - 40), day.offset));
  if (before) {
    const w = before[1].toLowerCase();
    months = w === 'quarter' || /^(?:three|3)\b/.test(w) ? 3 : /^(?:six|6|half)/.test(w) ? 6 : /^(?:nine|9)\b/.test(w) ? 9 : 12;
  } else {
    const after = PERIOD_ENDED_AFTER_ZH.exec(text.slice(day.offset + day.length, day.offset + day.length + 12));
    if (!after) return undefined;
    months = after[1] ? { 三: 3, 六: 6, 九: 9, 十二: 12 }[after[1]]! : after[2] ? (after[2].includes('半') ? 6 : 12) : 3;
  }
  const label = text.slice(before ? Math.max(sentence.offset, day.offset - 40) + before.index : day.offset, day.offset + day.length).trim();
  return { from: monthOf(endIndex - months + 1), to: monthOf(endIndex), label };
}

/** A verb of reporting and "on" right before a day: "reported on May 2", "said on Tuesday", 于5月2日报道 is not read. */
const REPORTED_ON_BEFORE = /\b(?:reported|said|announced|wrote|told\s+[\w.]+(?:\s+[\w.]+)?|revealed|disclosed|confirmed|noted)\s+on\s+$/i;

function timeFor(text: TextReader, figures: Figure[], fi: number, sentence: Sentence, cStart: number, cEnd: number, measure: string | null): TimeRef | undefined {
  const f = figures[fi];
  let best: { d: number; fig: Figure; k: number } | undefined;
  const sEnd = sentence.offset + sentence.length;
  const periodic = !!measure && PERIOD_MEASURES.has(measure);
  for (let k = fi - 1; k >= 0 && figures[k].offset >= sentence.offset; k--) consider(figures[k], k);
  for (let k = fi + 1; k < figures.length && figures[k].offset < sEnd; k++) consider(figures[k], k);
  function consider(g: Figure, k: number) {
    if (!TIME_KINDS.has(g.kind)) return;
    // "2025财年（截至2025年6月）", "fiscal 2025 (ended June 30)": a bracketed time explains the one before it.
    const prev = figures[k - 1];
    if (prev && TIME_KINDS.has(prev.kind) && /^\s*[（(][^）)]{0,8}$/.test(text.slice(prev.offset + prev.length, g.offset))) return;
    // ("862.1 billion yuan (about $120.1 billion) in sales revenue in 2024": past a bracketed aside after the figure too.)
    const inClause = (g.offset >= cStart && g.offset < cEnd) || (g.offset > f.offset && AFTER_ASIDE.test(text.slice(f.offset + f.length, g.offset)));
    // "In late 2024, Amazon revealed … 400,000 chips", "截至2025年底，…": a time opening the sentence
    // before a comma dates every figure of it; so does a timeline's label before a colon ("2024年4月：台積電宣布…").
    const opening = !inClause && g.offset < f.offset && SENTENCE_OPENING_TIME.test(text.slice(sentence.offset, g.offset)) && /^\s*[,，:：]/.test(text.slice(g.offset + g.length, g.offset + g.length + 2));
    if (!inClause && !opening && !(periodic && g.offset < f.offset)) return;
    // ("… 700 million monthly users in July—… —and OpenAI CEO Sam Altman announced 800 million weekly users": a new speaker
    // joined by "and" starts a statement of its own; an earlier clause's time is not its time.)
    if (!inClause && !opening && NEW_SPEAKER_BETWEEN.test(text.slice(g.offset + g.length, f.offset))) return;
    // ("announced its third-quarter financial results and a $8.5 billion, 15-year agreement": the period of the results,
    // joined by "and" to another thing, is not the other thing's.)
    if (g.offset < f.offset && RESULTS_AND_BEFORE.test(text.slice(g.offset + g.length, f.offset))) return;
    // "$88.2 billion in fiscal 2025": a time right after the figure, introduced by in/for, is its own.
    const own = g.offset >= f.offset + f.length && /^\s*(?:in|for|during)\s+(?:fiscal\s+|FY\s*)?$/i.test(text.slice(f.offset + f.length, g.offset));
    // ("reported Q1 fiscal-2027 results on May 20: data-center revenue $57.2 billion": a day outside the clause dates the
    // report; a period's measure takes the period named beside it.)
    // ("delivered first-quarter fiscal 2027 revenue of $81.6 million on May 20": in the clause too, a day is the report's.)
    const reportDay = periodic && g.kind === 'date' && (!inClause || DAY_PRECISION.test(g.time?.from ?? ''));
    // ("WSFA 12 News reported on May 2 about Meta's new 751,000-square-foot … data center": the day a report came out dates
    // no state of the thing it reports.)
    if (!periodic && g.kind === 'date' && g.offset < f.offset && REPORTED_ON_BEFORE.test(text.slice(Math.max(0, g.offset - 24), g.offset))) return;
    // ("11月25日,阿里巴巴集团发布2026财年第二季度财报…,报告期内阿里收入2478.0亿元": a day opening the sentence is the
    // report's too; the period the report names in an earlier clause is the figure's.)
    const d = Math.abs(g.offset - f.offset) + (inClause ? 0 : opening ? 500 : 1000) - (own ? 500 : 0) + (reportDay ? (opening ? 700 : 400) : 0);
    if (!best || d < best.d) best = { d, fig: g, k };
  }
  // "Microsoft reported results for its fiscal 2026 first quarter. … capital expenditures were $44.9 billion in the
  // quarter", 该季度资本支出: the quarter named last before, in the same paragraph.
  if (!best && periodic && THE_QUARTER.test(text.slice(sentence.offset, sEnd))) {
    const named = quarterNamedBefore(text, figures, fi, sentence.offset);
    if (named) return named;
  }
  if (!best) return periodic ? relativeYear(text.slice(cStart, cEnd)) ?? (cStart > sentence.offset ? relativeYear(text.slice(sentence.offset, cStart), true) : undefined) : undefined;
  // "考虑到微软在2023年下半年所披露的资本支出速度，该公司今年的预计支出将约为500亿美元": the figure's own clause names its
  // year (今年, this year); an earlier clause's period is the pace it was judged by.
  if (best.d >= 1000 && periodic) {
    const own = relativeYear(text.slice(cStart, cEnd));
    if (own) return own;
  }
  const g = best.fig;
  // "微軟2019年起向OpenAI合共投資至少180億美元": a total since a year (起, 以来, 至今) is the running total, no one year's.
  if (g.kind === 'year' && g.offset < f.offset && SINCE_YEAR_AFTER.test(text.slice(g.offset + g.length, g.offset + g.length + 3))) return undefined;
  // ("Microsoft has invested more than $31 billion into OpenAI since 2019", "Since 2019, Microsoft has …": the same in
  // English, after the party named or opening the sentence; "$21.5 billion invested in the state since 2010" keeps its year.)
  if (g.kind === 'year' && /\bsince\s+$/i.test(text.slice(Math.max(sentence.offset, g.offset - 8), g.offset)) && (g.offset < f.offset ? SENTENCE_OPENING_TIME.test(text.slice(sentence.offset, g.offset)) : SINCE_AFTER_PARTY.test(text.slice(f.offset + f.length, g.offset)))) return undefined;
  // "in 2024, up from 704.2 billion yuan the previous year": the old level is the year before the time named.
  if (g.offset < f.offset && PRIOR_YEAR_AFTER.test(text.slice(f.offset + f.length, Math.min(cEnd, f.offset + f.length + 32)))) {
    return g.kind === 'year' && g.value != null ? { from: String(g.value - 1), to: String(g.value - 1), label: String(g.value - 1) } : undefined;
  }
  // "2025年三季报显示，营收17.27亿元": a report on part of the year, not the year. 一季报 is Q1; 三季报 and
  // 半年报 give the quarter's figures and the year-to-date's side by side, so which one a figure is stays
  // unsure (relative: never compared with a dated fact).
  const report = g.kind === 'year' && g.value != null ? PART_REPORT.exec(text.slice(g.offset + g.length, g.offset + g.length + 6)) : null;
  if (report) {
    const y = g.value!;
    const label = `${g.text}${report[0]}`;
    return report[1] === '一' ? { from: `${y}-01`, to: `${y}-03`, label } : { from: `${y}-01`, to: report[1] === '三' ? `${y}-09` : `${y}-06`, label, relative: true };
  }
  let time = joinedPeriods(text, figures, best.k) ?? yearSpan(text, figures, best.k) ?? quarterOfYear(text, figures, best.k) ?? g.time ?? (g.value != null ? { from: String(g.value), to: String(g.value), label: g.text } : undefined);
  // "截至2025年9月，…第三季營收為13.6億美元": a quarter without its year takes the year of the time opening the sentence,
  // when that time is the quarter's end or later in the same year.
  // ("台積電2025年第四季財報繳出佳績，以美元計第四季營收為337.3億美元": the same quarter named with its year earlier in the sentence.)
  if (time?.relative && /^--\d\d$/.test(time.from ?? '') && /^--\d\d$/.test(time.to ?? '')) time = yearFromOpening(text, figures, sentence, f, time) ?? samePartWithYearBefore(figures, sentence, best.k, time) ?? time;
  // "CoreWeave ended 2025 with a backlog of $55.6 billion": a level at the year's end, December (a flow, "ended 2025 with
  // revenue of", stays the year's).
  if (g.kind === 'year' && g.value != null && !(measure && (FLOW_MEASURES.has(measure) || PERIOD_MEASURES.has(measure))) && YEAR_ENDED_BEFORE.test(text.slice(Math.max(0, g.offset - 12), g.offset)) && /^\s+with\b/i.test(text.slice(g.offset + g.length, g.offset + g.length + 6))) {
    return { from: `${g.value}-12`, to: `${g.value}-12`, label: `end of ${g.value}` };
  }
  // "in its fiscal first quarter ended September 30, 2025": a flow over the months up to that day.
  if (measure && FLOW_MEASURES.has(measure)) time = periodEndedOn(text, figures, best.k, sentence) ?? time;
  // "第四季度资本支出263亿美元，接近全年约830亿美元": a full-year figure takes the year, not the quarter.
  const lead = text.slice(Math.max(sentence.offset, f.offset - 12), f.offset);
  if (time && time.from && !/^FY/i.test(time.label ?? '') && FULL_YEAR.test(lead) && !(inOwnClause(best.fig))) {
    const y = time.from.slice(0, 4);
    if (/^\d{4}$/.test(y) && (time.to ?? time.from).slice(0, 4) === y) return { from: y, to: y, label: y };
  }
  return time;
  function inOwnClause(x: Figure) {
    return x.offset >= cStart && x.offset < cEnd && /^\d{4}/.test(x.text) && x.kind === 'year';
  }
}
