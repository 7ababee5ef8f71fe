// implausible: quantities derived from two figures of the same site or subject that fall outside
// sane physical or economic bounds. Only pairs in one sentence, or claims of the same project,
// site, deal or chip with the same scope and time (confidence ≥ 0.7), are combined, and only when the whole derived
// interval (after hedges) lies outside the band.
//
// Bounds and their basis (also in docs/checks.md):
// - Watts per accelerator, all-in (chip + host, network, cooling): 300 W – 6 kW by default (a site's power is
//   often quoted with room to grow: 100,000 GPUs on 520 MW).
//   Basis: H100 SXM 700 W TDP, ~1.3–1.5 kW per GPU with servers and cooling; GB200 ~1.2 kW per GPU
//   (NVL72 ≈ 132 kW per rack / 72) → ~2 kW all-in with PUE; TPU/Trainium ~0.3–0.6 kW. When the
//   counted noun is a chip with a chip_power fact in the store, the band is 0.7× – 4× its TDP.
//   The inverse, accelerators per MW, is the same test (167 – 3,300 GPUs per MW).
// - Dollars per GW of capacity: $0.5 billion – $200 billion. Basis: power and shell alone
//   ~$10 B/GW; a full build with accelerators ~$35–60 B/GW (Stargate $500 B for 10 GW = $50 B/GW).
// - Dollars per accelerator: $2,000 – $2 million. Basis: H100 ~$25–40 k, GB200 ~$60–80 k per GPU,
//   all-in cluster cost incl. buildings ~$50–150 k per GPU.
import type { Claim, Fact, Figure, Finding } from '../types.ts';
import type { CheckContext, CheckDefinition, MessageLanguage } from './types.ts';
import { prefixQualifier } from '../figures/qualifiers.ts';
import { claimTimeKey, comparableClaims, entityName, figureRange, formatPlain, isThing, MIN_CONFIDENCE, sentenceCursor, shifted, type ClaimInfo } from './common.ts';
import { firstSpanFrom } from '../spans.ts';
import { ratesPlant } from '../claims/index.ts';
import { convertCurrency } from '../currency.ts';
import { CONVERSION_BETWEEN } from '../units.ts';

type Raw = Omit<Finding, 'severity' | 'key'>;

export const WATTS_PER_ACCELERATOR: [number, number] = [300, 6000];
export const USD_PER_GW: [number, number] = [0.5e9, 200e9];
/**
 * Dollars per GW for amounts in other currencies than the dollar, the euro and the pound: copy in yuan, won, baht or NT$
 * sizes power plants, grids and storage as often as data centres (a Chinese solar farm ~$0.4 B/GW, an hour of battery
 * storage ~$0.06 B/GW), so only a slip of a scale word (万 for 亿: 10,000×) falls outside.
 */
export const OTHER_CURRENCY_USD_PER_GW: [number, number] = [1e7, 200e9];
export const USD_PER_ACCELERATOR: [number, number] = [2000, 2e6];
/** Floor for a named data-centre accelerator (H100 ~$25–40 k; the cheapest export parts ~$10 k). */
export const DATACENTRE_MIN_USD = 5000;
/** A price's per-unit after an amount: "$0.12 per kWh", "$2/hour", "a share". */
// ("2.99美分/千瓦时": Chinese units of energy after the slash too.)
const PRICE_PER_UNIT_AFTER = /^\s*(?:per|an?|each|\/)\s*(?:kWh|MWh|kW\b|MW\b|GW\b|kilowatt|megawatt|gigawatt|hour|hr|GPU|chip|share|unit|month|year|token|watt|W\b)|^\s*(?:\/|每)\s*(?:千瓦时|千瓦時|度|兆瓦时|兆瓦時|瓦|小时|小時|年|月)/i;
/** "would equate to roughly 1,400 servers or", "相当于": what follows restates an amount in other units. */
const EQUATES_TO_BEFORE = /\b(?:equate|equates|equated|equal|equals|equivalent)\s+to\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$|相当于[^。；]{0,20}$/i;
/** "發電一度成本約為0.25美元", "每千瓦时电价0.3元": the price of one unit of energy, named before it. */
const PRICE_PER_UNIT_BEFORE = /(?:每|一)(?:度|千瓦时|千瓦時|瓦)[^，,。；;\d]{0,6}$|\bper (?:kWh|kilowatt-hour|MWh|megawatt-hour)\b[^,.;\d]{0,12}$/i;
/**
 * One unit's price named before it: "一颗 A100 的成本约 8 万人民币", "一台传统服务器的PCB成本可能只有几百元", "a single H100 costs
 * about $30,000", "each GPU sells for". It is no outlay for the units counted elsewhere in the sentence.
 */
const ONE_UNIT_PRICE_BEFORE = /(?:一|每|单|單)(?:颗|顆|块|塊|张|張|台|片|枚|个|個|套)[^，,。；;]{0,16}?(?:成本|价格|價格|售价|售價|单价|單價|价值|價值|造价|造價)[^，,。；;\d]{0,6}$|\b(?:each|one|a\s+single|per)\s+(?:[\w-]+\s+){0,3}?(?:costs?|is\s+priced\s+at|sells\s+for|retails\s+for|goes\s+for)\s+(?:about|around|roughly|some|nearly|up\s+to|more\s+than|over|at\s+least|as\s+much\s+as)?\s*$/i;
/** "3000余台服务器(含80台GPU)": a count in brackets of what a purchase includes is a part of it, not what it buys. */
const INCLUDED_BEFORE = /[（(]\s*(?:含|包含|包括|其中|including|incl\.?)\s*$/i;
/** The power of one part of a site (its network, optics, cooling, lighting), not of the whole: "optical interconnect power from". */
const COMPONENT_POWER_BEFORE = /\b(?:interconnect|optical|optics|network(?:ing)?|switch(?:es|ing)?|cooling|lighting|transceivers?|lasers?)\s+(?:power|energy\s+use|consumption|load|draw)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$|(?:制冷|散热|散熱|网络|網絡|网路|光模块|光模組|交换机|交換機|照明)(?:系统|系統)?(?:的)?(?:功耗|功率|用电|用電|耗电|耗電)[^。；;]{0,20}$/i;
const DATACENTRE_MODEL = /^[^.;。；，,]{0,30}?(?:Blackwell|Hopper|Rubin|(?:GB|B|H)\d{3}|H20\b|MI\d{3}|Gaudi|Trainium|TPU|昇腾|Ascend)/i;

// ("a … data center (scalable to ~400MW) and a Tasmania campus planned to host 36,800 GPUs": another site.)
const SET_APART = /同时|另|此外|其他|其它|以及|还|\band\s+an?\s+(?:[A-Z][\w-]*\s+){0,2}(?:campus|site|facility|data cent(?:er|re)|cluster)\b|while|whereas|meanwhile|separately|another|other|also|besides|dwarfs?|dwarfed|than|compared|versus|\bvs\b|相比|相较|[;；•]|\s-\s|\[\d{1,3}\]|\band\s+(?:has\s+|have\s+|had\s+)?[a-z]+ed\s+(?!(?:by|to|at|for|of|in|on)\b)|(?<!\bto\s+[a-z]+\s+)\band\s+(?:will\s+|would\s+|also\s+)?(?:secure|establish|set\s+up|create|launch|sign|procure|purchase|acquire|buy|donate|pledge)s?\s|[并並](?:将|將|会|會|通过[^，,。；;]{0,12}|透過[^，,。；;]{0,12})?(?:设立|設立|成立|确保|確保|签署|簽署|签订|簽訂|采购|採購|购买|購買|收购|收購|捐赠|捐贈)/i;

/** Between an amount's noun phrase and the power its verb gives it: "… is sized at", "… will be rated at". */
const SIZED_AT_END = /\b(?:is|was|will\s+be|would\s+be)\s+(?:sized|rated|designed|planned|slated)\s+(?:at|for)\s+(?:(?:about|around|roughly|up\s+to|nearly|more\s+than|over)\s+)?$/i;

/**
 * An amount that names its own purpose: a fund, a grant, a donation, a subsidy ("a $30 million Energy
 * Impact Fund", "a grant of $5 million", "3000万美元的能源影响基金", "补贴2亿元"). It is no build cost.
 */
// ("$25M-$50M in non-refundable application costs": fees to apply or connect, not the build.)
const PURPOSE_AFTER = /^[^,.;:()\d]{0,30}?\b(?:fund|grants?|donations?|scholarships?|endowment|subsid(?:y|ies)|(?:application|interconnection|filing|permit(?:ting)?|study|legal)\s+(?:costs?|fees?|deposits?))\b|^[^，,。；;：:（）()\d]{0,16}?(?:基金|补贴|補貼|补助|補助|资助|資助|捐款|捐赠|捐贈|奖学金|獎學金)/i;
const PURPOSE_BEFORE = /(?:\b(?:fund|grant|donation|endowment|subsidy)s?\s+(?:of|worth|totall?ing)\s+(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+)?|(?:基金|补贴|補貼|补助|補助|资助|資助|捐款|捐赠|捐贈)(?:规模|規模|总额|總額|金额|金額)?(?:为|為|达|達|约|約|高达|高達)?\s*)$/i;

/** Which side of a derived quantity a claim's figure can be, from its measure and the words around it; undefined: none. */
function kindOf(ctx: CheckContext, measure: string, scope: Claim['scope'], f: Figure, figureIndex: number): Item['kind'] | undefined {
  let kind: Item['kind'] | undefined;
  // ("72 chips and consuming about 140 kilowatts … would equate to roughly 1,400 servers or 100,000 Nvidia chips": a
  // count that restates the build-out in other units goes with no one server's power.)
  if (f.kind === 'count' && ACCELERATOR_MEASURES.has(measure) && !ACCELERATOR_HOURS_AFTER.test(ctx.masked.slice(f.offset + f.length, f.offset + f.length + 20)) && !EQUATES_TO_BEFORE.test(ctx.masked.slice(Math.max(0, f.offset - 60), f.offset)) && !INCLUDED_BEFORE.test(ctx.masked.slice(Math.max(0, f.offset - 12), f.offset))) kind = 'acc';
  // (Under 100 kW a power is a rack's or a server's, unless the draft calls it the total: "house 13,800 GPUs and carry
  // a total power capacity of 44 kW", or names no unit near it: "8000个Hopper GPU和15千瓦的电力".)
  // ("reduces total optical interconnect power from 72 MW to 21.6 MW in a 400,000 GPU data center": a part's power.)
  // ("一台服务器配备8张卡,光是GPU部分就要吃掉2400-3200千瓦": the chips' power together, a combined chip power, too.)
  // ("a 2 GW switching substation", "a 350 MW gas plant": a plant's or a substation's rating is no site's power; nor is a
  // class of size, "運算規模達1GW級別", "a gigawatt-class".)
  else if (f.kind === 'power' && (measure === 'power' || measure === 'power_capacity' || (measure === 'chip_power' && scope === 'combined')) && (f.value ?? f.low ?? f.high ?? 0) >= (scope === 'overall' || !unitNamedNearPower(ctx, f) ? 1e3 : 1e5) && !COMPONENT_POWER_BEFORE.test(ctx.masked.slice(Math.max(0, f.offset - 80), f.offset)) && !(ratesPlant(ctx.masked, f) && (computeNear(ctx, f) || GRID_PART_AFTER.test(ctx.masked.slice(f.offset + f.length, f.offset + f.length + 40)))) && !SIZE_CLASS_AFTER.test(ctx.masked.slice(f.offset + f.length, f.offset + f.length + 4))) kind = 'power';
  // ("pays $0.12 per kWh": a price per unit is no capital outlay.)
  // (Euros and pounds at the rate table's dollar rate: "a €3.5m investment to build a 450-megawatt … campus".)
  // (A zero amount, "容量費率都掛蛋（零元）", prices nothing built.)
  // ("0.25美元(約新台幣7.8元)": an amount restated in another currency is judged, or left alone, as the amount before it.)
  else if (f.kind === 'money' && (f.unit === 'USD' || usdPerUnit(f.unit) !== undefined) && CAPITAL_MEASURES.has(measure) && !restatesAmountBefore(ctx, f, figureIndex) && !namesPurpose(ctx, f) && !PRICE_PER_UNIT_AFTER.test(ctx.masked.slice(f.offset + f.length, f.offset + f.length + 16)) && !PRICE_PER_UNIT_BEFORE.test(ctx.masked.slice(Math.max(0, f.offset - 16), f.offset)) && !ONE_UNIT_PRICE_BEFORE.test(ctx.masked.slice(Math.max(0, f.offset - 48), f.offset)) && (f.value ?? f.high ?? 1) > 0) kind = 'money';
  return kind;
}

/**
 * Words of computing near a figure: a plant's rating beside them is not the data centre's power ("a $10 billion campus with
 * a 350 MW gas plant"); away from them the plant is what the sentence is about, and its own cost pairs with its rating
 * ("建成總容量為200MWp光伏電站,預算總投資2.78億元").
 */
const COMPUTE_WORDS = /数据中心|數據中心|资料中心|資料中心|智算|算力|服务器|伺服器|\bdata[- ]?cent(?:er|re)s?\b|\bcampus\b|\bGPUs?\b|\bAI\b|人工智能/i;
function computeNear(ctx: CheckContext, f: Figure): boolean {
  return COMPUTE_WORDS.test(ctx.masked.slice(Math.max(0, f.offset - 200), f.offset + f.length + 200));
}
/** A part of the grid after a rating (a substation, a switchyard, a line): it generates nothing and costs a site's part. */
const GRID_PART_AFTER = /^[^.;。；]{0,24}?(?:substation|switchyard|switching\s+station|transmission|变电站|變電站|开关站|開關站|输电|輸電)/i;

/** The amount right before in another currency, which this one restates: "53.47 万美元(约 383.9 万元)". */
function restatesAmountBefore(ctx: CheckContext, f: Figure, figureIndex: number): boolean {
  const before = ctx.analysis.figures[figureIndex - 1];
  return !!before && before.kind === 'money' && before.unit !== f.unit && f.offset - (before.offset + before.length) <= 24 && CONVERSION_BETWEEN.test(ctx.masked.slice(before.offset + before.length, f.offset));
}

/** Dollars per unit of a currency at the rate table's latest rate; undefined when it has none. */
function usdPerUnit(unit: string): number | undefined {
  return convertCurrency(1, unit, 'USD')?.value;
}
/** Amounts in these are judged against a data centre's cost per GW; others against OTHER_CURRENCY_USD_PER_GW. */
const DATACENTRE_BAND_CURRENCIES = new Set(['USD', 'EUR', 'GBP']);

/** Right after a power: the class of size it names, not an amount ("1GW級別", "百兆瓦级", "-class"). */
const SIZE_CLASS_AFTER = /^\s*(?:级别|級別|等级|等級|级|級|量级|量級|-class\b|-scale\b)/i;
/** A rack, server, node or board named near a power, or "each"/"per": under 100 kW that power is one unit's. */
const ONE_UNIT_BEFORE_POWER = /\b(?:racks?|servers?|nodes?|chassis|cabinets?|trays?|blades?|boards?|cards?|systems?|pods?|units?|each|per|a\s+single|one)\b|机柜|機櫃|机架|機架|服务器|伺服器|节点|節點|整机|整機|单卡|單卡|每台|每个|每個|每颗|每顆|每张|每張|每柜|每櫃|单机|單機|一台/i;
const ONE_UNIT_AFTER_POWER = /^[^.;。；]{0,24}?(?:\b(?:racks?|servers?|nodes?|cabinets?|chassis|each|per)\b|机柜|機櫃|机架|機架|服务器|伺服器|节点|節點|每)/i;
function unitNamedNearPower(ctx: CheckContext, f: Figure): boolean {
  const before = ctx.masked.slice(Math.max(0, f.offset - 60), f.offset).replace(MANY_UNITS, ' ');
  return ONE_UNIT_BEFORE_POWER.test(before) || ONE_UNIT_AFTER_POWER.test(ctx.masked.slice(f.offset + f.length, f.offset + f.length + 24));
}
/**
 * Units counted, and rates per a span of time, say nothing of one unit's power: "分布在96座高密度機架中", "across 96
 * high-density racks", "2 million tokens per second", 每秒.
 */
const MANY_UNITS = /\d[\d,.]*\s*(?:(?:[\w-]+\s+){0,2}?(?:racks|servers|nodes|cabinets|pods|systems|units|trays|blades)\b|(?:座|个|個|台|套|组|組)[^，,。；;\d]{0,6}?(?:机柜|機櫃|机架|機架|服务器|伺服器|节点|節點))|\bper\s+(?:second|sec|minute|hour|day|week|month|year)\b|每(?:秒|分钟|分鐘|小时|小時|天|日|年|月)/gi;

/** Kinds by code, kept per analysis in an Int8Array (0: not known). */
const KIND_CODES = { none: 1, acc: 2, power: 3, money: 4 } as const;
const KIND_OF_CODE: (Item['kind'] | undefined)[] = [undefined, undefined, 'acc', 'power', 'money'];
/** How far kindOf reads before and after a figure (COMPONENT_POWER_BEFORE 80, namesPurpose 40 after), with room. */
const KIND_READS_BEFORE = 96;
const KIND_READS_AFTER = 48;

/** What the last analysis of the draft found: each claim's kind, by claim index, and the findings within sentences. */
interface KindMemo {
  kinds: Int8Array;
  /** Findings of pairs within one sentence, in text order, in the messages' language and from the store named. */
  sentencePairs?: Raw[];
  lang?: MessageLanguage;
  store?: CheckContext['store'];
}

/**
 * For an edited draft: the kind the previous analysis found for a kept claim (its index mapped back), when the edit lies
 * beyond the words kindOf reads around its figure; 0 when it must be found again. (A keystroke in a long draft kept
 * all but a few, and finding them again ran eight patterns per amount.)
 */
function keptKinds(ctx: CheckContext): ((ci: number, f: Figure) => number) | undefined {
  const memo = ctx.carry?.previous?.implausible as KindMemo | undefined;
  const reuse = ctx.carry?.reuse;
  if (!memo || !reuse) return undefined;
  const { head, tail, oldTail } = reuse.claims;
  const { from, to } = reuse;
  return (ci, f) => {
    const old = ci < head ? ci : ci >= tail ? ci - tail + oldTail : -1;
    if (old < 0 || old >= memo.kinds.length) return 0;
    if (f.offset + f.length + KIND_READS_AFTER > from && f.offset - KIND_READS_BEFORE < to) return 0;
    return memo.kinds[old];
  };
}

function namesPurpose(ctx: CheckContext, f: Figure): boolean {
  const end = f.offset + f.length;
  const before = ctx.masked.slice(Math.max(0, f.offset - 30), f.offset);
  const after = ctx.masked.slice(end, end + 40);
  return PURPOSE_AFTER.test(after) || PURPOSE_BEFORE.test(before) || TRAINING_COST_BEFORE.test(before) || TRAINING_AFTER.test(after.slice(0, 20)) || RUNNING_COST_BEFORE.test(before) || RUNNING_COST_AFTER.test(after) || QUESTION_AFTER.test(after) || OPERATED_FOR_BEFORE.test(ctx.masked.slice(Math.max(0, f.offset - 64), f.offset));
}
/** "…怎麼可能只花600萬美元?": an amount in a question is doubted, not stated. */
const QUESTION_AFTER = /^[^。.!！?？\n]{0,30}[?？]/;
/** "年电费达35万美元", "an annual power bill of $35 million": the cost of running the chips, not of buying them. */
// ("算力租用成本仅 53.47 万美元", "a rental bill of $2 million": renting the chips' time is running them too.)
const RUNNING_COST_BEFORE = /(?:电费|電費|租金|运维费|運維費|租用|租赁|租賃)[^，,。；;]{0,6}$|\b(?:power|electricity|energy|rental|rent|leasing)\s+(?:bills?|costs?|fees?)\b[^,.;]{0,16}$/i;
/** "burning through $163,840 in compute costs over just 10 days", "$2 an hour": the cost of GPU time, not of the chips. */
const RUNNING_COST_AFTER = /^\s+(?:in|of)\s+(?:compute|cloud|rental|GPU)\s+(?:costs?|bills?|spend(?:ing)?|fees?)\b|^[^.;]{0,30}?\bover\s+(?:just\s+|only\s+)?[\w.]+\s+(?:days?|hours?|weeks?)\b|^\s*(?:per|an|a)\s+(?:hour|day|week|month)\b/i;
/** "a single 40MW cluster operated for 10 years in space would cost $8.2 million": running it over its life. */
const OPERATED_FOR_BEFORE = /\boperated\s+(?:for|over)\s+[^,.;]{0,48}$/i;
/** "耗费了557.6万美元就完成了训练", "$5.6 million to train it": the money paid for a training run, named after it. */
const TRAINING_AFTER = /^[^，,。；;]{0,8}(?:训练|訓練)|^\s+(?:to train|for training|on training|using)\b/i;

/**
 * The cost of a training run ("DeepSeek V3的预训练成本约为530万美元，使用了2048块H800", "an estimated training cost of
 * $5.58 million"): rented GPU time, not the price of the chips it ran on.
 */
// ("就完成了AI模型训练,花费了大约558万美元": the training clause just before the spending one; "训练仅使用2048块H800 GPU集群,
// 总成本约550万美元": its total cost after the training clause.)
const TRAINING_COST_BEFORE = /(?:训练|訓練)[^，,。；;]{0,12}[，,]?(?:成本|费用|費用|花费|花費|开销|開銷)[^，,。；;]{0,6}$|(?:训练|訓練)[^，,。；;]{0,24}[，,](?:总|總)(?:成本|费用|費用|花费|花費)[^，,。；;]{0,4}$|\btraining(?:\s+run)?\s+(?:costs?|bill)\b[^,.;]{0,24}$|\bcosts?\s+(?:of|to)\s+train/i;
/** "2.79 million GPU hours", "278.8万个GPU小时": hours of accelerator time, no count of accelerators. */
const ACCELERATOR_HOURS_AFTER = /^\s*(?:个|個)?\s*(?:[A-Za-z][\w-]{0,12}\s*)?(?:hours?\b|-hours?\b|小时|小時|卡时|卡時)/i;

/** A second predicate that reports speech ("，執行長祖克柏最近表示，…", ", and Zuckerberg said …"): another statement. */
const SECOND_SPEAKER = /[，,]\s*[^，,。；;]{0,16}?(?:表示|指出|透露|宣布|宣称|宣稱|强调|強調)|[,;]\s+(?:and\s+|but\s+)?(?:[\w’'.-]+\s+){1,4}?(?:said|says|told|announced|stated|added)\b/i;

const ACCELERATOR_MEASURES = new Set(['gpu_count', 'chip_count']);
const CAPITAL_MEASURES = new Set(['investment', 'cost', 'capex', 'spending', 'commitment']);

interface Item {
  kind: 'acc' | 'power' | 'money';
  info?: ClaimInfo;
  figure: Figure;
  lo: number;
  hi: number;
  sentence: number;
  subject: string | null;
  scope: string;
  time: string;
  /** overYears() of the figure, once it has been asked. */
  overYears?: boolean;
}

export const implausible: CheckDefinition = {
  code: 'implausible',
  defaultSeverity: 'warning',
  description: {
    en: 'Derived quantities outside sane bounds: watts per GPU, dollars per GW, dollars per GPU.',
    zh: '推算出的量超出合理范围：每块GPU的功率、每吉瓦的投资、每块GPU的成本。',
  },
  run(ctx) {
    const figures = ctx.analysis.figures;
    const infoByFigure: (ClaimInfo | undefined)[] = new Array(figures.length);
    for (const c of comparableClaims(ctx)) infoByFigure[c.claim.figure] = c;
    const sentenceOf = sentenceCursor(ctx); // claims come in text order
    const claims = ctx.analysis.claims;
    const kept = keptKinds(ctx);
    const kinds = new Int8Array(claims.length);
    const previous = ctx.carry?.previous?.implausible as KindMemo | undefined;
    // After an edit the pairs within a sentence are judged again only near it (their findings elsewhere are the last
    // analysis's, moved with the text); figures of one thing across sentences are always paired again.
    const win = previous?.sentencePairs && previous.lang === ctx.lang && previous.store === ctx.store ? editWindow(ctx) : undefined;
    /** Items whose sentence's pairs are judged in this run. */
    const items: Item[] = [];
    /** Items of a thing (project, site, deal, chip), paired across sentences. */
    const things: Item[] = [];
    // Lower-confidence claims still take part within one sentence: they share the sentence anyway.
    for (let ci = 0; ci < claims.length; ci++) {
      const claim = claims[ci];
      const f = figures[claim.figure];
      if (!f || !claim.measure) continue;
      const known = kept ? kept(ci, f) : 0;
      const kind = known ? KIND_OF_CODE[known] : kindOf(ctx, claim.measure, claim.scope, f, claim.figure);
      kinds[ci] = known || KIND_CODES[kind ?? 'none'];
      if (!kind || claim.scope === 'per-year') continue;
      const info = infoByFigure[claim.figure];
      const inWindow = !win || (f.offset >= win.from && f.offset < win.to);
      // Per-unit figures ("每个功率为120千瓦的机柜可容纳2000块GPU") pair only within their sentence.
      // Across sentences only a thing's figures combine: a company's capex, chips and power belong
      // to many sites at once ("Meta plans $65 billion this year" is not the cost of one campus).
      const thing = claim.scope !== 'per-unit' && !!info && info.claim.confidence >= MIN_CONFIDENCE && !!claim.subject && isThing(ctx.store, claim.subject);
      if (!inWindow && !thing) continue;
      // A comparable claim's range is derived once per claim object (common.ts); others here.
      let lo: number;
      let hi: number;
      if (info) ({ lo, hi } = info);
      else [lo, hi] = figureRange(f);
      if (kind === 'money' && f.unit !== 'USD') {
        const rate = usdPerUnit(f.unit)!;
        lo *= rate;
        hi *= rate;
      }
      // "总投资高达5000亿美元", "as much as $500 billion": the stated top is what is claimed; a
      // plausibility bound that spans orders of magnitude still holds at half of it.
      if (f.qualifier === 'up-to' && f.value != null) lo = f.value / 2;
      const item: Item = {
        kind, info, figure: f, lo, hi, sentence: sentenceOf(f.offset), subject: claim.subject,
        scope: claim.scope ?? '', time: info?.timeKey ?? claimTimeKey(claim.time),
      };
      if (inWindow) items.push(item);
      if (thing) things.push(item);
    }
    /** Offsets of the figures already flagged (figures never overlap). */
    const flagged = new Set<number>();
    const sentencePairs: Raw[] = [];
    // A figure is implausible only when no figure it could go with makes it plausible: in "10 GW
    // in all, 5 GW first, up to 2 million chips" the chips may belong to either power figure.
    const judgeAll = (out: Raw[], target: Item, partners: Item[], judge: (other: Item) => Verdict) => {
      if (flagged.has(target.figure.offset)) return;
      let worst: Raw | undefined;
      let nearest = Infinity;
      for (const other of partners) {
        if (flagged.has(other.figure.offset)) continue;
        // ("By 2028, the number of accelerators … may grow to 500 thousand, and by 2030 the site may expand to 10 GW": two
        // figures of different years divide into nothing.)
        if (target.time && other.time && target.time !== other.time) continue;
        const v = judge(other);
        if (v === 'plausible') return;
        if (v === 'unrelated') continue;
        const distance = Math.abs(other.figure.offset - target.figure.offset);
        if (distance < nearest) {
          nearest = distance;
          worst = v;
        }
      }
      if (worst) {
        flagged.add(target.figure.offset);
        out.push(worst);
      }
    };
    const pairs = (out: Raw[], list: Item[], oneSentence = false) => {
      const acc = list.filter((i) => i.kind === 'acc').slice(0, 8);
      const pow = list.filter((i) => i.kind === 'power').slice(0, 8);
      const money = list.filter((i) => i.kind === 'money').slice(0, 8);
      for (const a of acc) judgeAll(out, a, oneSentence ? ownPartners(a, acc, pow) : pow, (p) => judge(ctx, p, a, 'wpa'));
      for (const m of money) judgeAll(out, m, oneSentence ? ownPartners(m, money, pow) : pow, (p) => judge(ctx, m, p, 'usdpgw'));
      for (const m of money) judgeAll(out, m, oneSentence ? ownPartners(m, money, acc) : acc, (a) => judge(ctx, m, a, 'usdpa'));
    };
    // The sentences outside the window: their findings as they were, those after it moved with the text.
    const after: Raw[] = [];
    if (win) {
      const old = previous!.sentencePairs!;
      let k = 0;
      for (; k < old.length && old[k].offset < win.from; k++) sentencePairs.push(old[k]);
      for (k = firstSpanFrom(old, win.to - win.delta); k < old.length; k++) after.push(shifted(old[k], win.delta) as Raw);
      for (const raw of sentencePairs) flagged.add(raw.offset);
      for (const raw of after) flagged.add(raw.offset);
    }
    // Items are in text order: a sentence's items are one run of them.
    for (let a = 0, b = 1; a < items.length; a = b++) {
      while (b < items.length && items[b].sentence === items[a].sentence) b++;
      if (b - a > 1) pairs(sentencePairs, items.slice(a, b), true);
    }
    for (const raw of after) sentencePairs.push(raw);
    const bySubject = new Map<string, Item[]>();
    for (const it of things) push(bySubject, `${it.subject}|${it.scope}|${it.time}`, it);
    const out = sentencePairs.slice();
    for (const list of bySubject.values()) if (list.length > 1) pairs(out, list);
    if (ctx.carry) ctx.carry.next.implausible = { kinds, sentencePairs, lang: ctx.lang, store: ctx.store } satisfies KindMemo;
    return out;
  },
};

/** How far before and after an edit the pairs of a sentence are judged again: judge() reads up to 80 characters around a figure. */
const PAIR_READS = 128;

/**
 * The span of text whose sentences' pairs an edit may have changed, from the start of a sentence to the start of another
 * (a figure belongs to the last sentence starting at or before it, sentenceCursor): the edited text and PAIR_READS around
 * it, and the figures of the claims the edit read again (updateClaims). Undefined without an edit to go by.
 */
function editWindow(ctx: CheckContext): { from: number; to: number; delta: number } | undefined {
  const reuse = ctx.carry?.reuse;
  if (!reuse) return undefined;
  const { claims, figures, sentences } = ctx.analysis;
  let lo = reuse.from - PAIR_READS;
  let hi = reuse.to + PAIR_READS;
  const { head, tail } = reuse.claims;
  if (tail > head) {
    lo = Math.min(lo, figures[claims[head].figure].offset);
    const last = figures[claims[tail - 1].figure];
    hi = Math.max(hi, last.offset + last.length);
  }
  // The last sentence starting at or before lo, and the first starting after hi.
  const first = firstSpanFrom(sentences, lo + 1) - 1;
  const next = firstSpanFrom(sentences, hi + 1);
  return { from: first > 0 ? sentences[first].offset : 0, to: next < sentences.length ? sentences[next].offset : Infinity, delta: reuse.delta };
}

/** The name of counted accelerators right after a count whose span stops at the number. */
// ("about 100,000 Graphics Processing Units (GPUs – the preferred chips for AI technology) and would consume": the name
// spelled out, and its acronym's gloss in brackets; "2,400 of NVIDIA’s next-generation Blackwell B200 and B300 graphics
// processing units (GPUs) for approximately $130 billion": of, the maker's name with 's, models and words of praise.)
const COUNTED_NAME_AT = /^(?:\s+(?:of\s+(?:the\s+)?)?(?:(?:[A-Z][\w.-]*(?:['’]s)?|and|or|next-generation|latest|newest|most|powerful|advanced|new)\s+){1,6}(?:GPUs?|chips?|accelerators?|TPUs?|superchips?|[Gg]raphics\s+[Pp]rocessing\s+[Uu]nits)\b|\s+(?:[Gg]raphics|[Tt]ensor)\s+[Pp]rocessing\s+[Uu]nits\b)?(?:\s*[(（](?:GPUs?|TPUs?)\b[^()（）]{0,60}[)）])?/;

/** A purchase price before the amount: acquired for, bought for, a deal to buy, 收购, 买下. */
const ACQUIRED_AFTER = /^\s*(?:收购|收購|购入|購入|买下|買下|并购|併購)/;
const ACQUIRED_FOR = /\b(?:acquired|bought|purchased|buys?|acquires?|acquiring|buying|purchasing|acquisition|purchase|takeover)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}$|收购|收購|购入|購入|买下|買下|并购|併購/i;

// "… over five years", "$600 billion in the US over the next few years" ("$1 million investment for 16,000 chips over three
// years": a number's grouping comma between).
const OVER_YEARS = /^\s*(?:\(.{0,20}?\)\s*)?(?:(?:[^,.;:()]|(?<=\d)[,.](?=\d)){0,30}?\s)?(?:over|across|during|within|in)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few)\s+years\b/i;
// "未來幾年將在美國投入6,000億美元": the years may come before the verb (simplified and traditional script).
const OVER_YEARS_ZH = /(?:未来|未來|今后|今後|此后|此後)\s*[\d一二两兩三四五六七八九十几幾数數]+\s*年(?:内|內|间|間|里|裡)?[^，,。；;、\d]{0,10}$/;
const OVER_YEARS_ZH_AFTER = /^\s*[，,]?\s*[为為]期\s*[\d一二两兩三四五六七八九十几幾数數]+\s*年/;

/** Right before a figure: a level a thing may grow to later ("potential to scale to over", "expand to", 扩容至). */
const GROWN_TO_BEFORE = /\b(?:scal(?:e|es|ed|ing|able)|expand(?:s|ed|ing|able)?|grow(?:s|ing)?|ramp(?:s|ed|ing)?)\s+(?:up\s+)?to\s+(?:(?:over|more\s+than|about|around|roughly|nearly|up\s+to|as\s+much\s+as)\s+)?$|(?:扩展|擴展|扩容|擴容|扩建|擴建|扩大|擴大)(?:至|到)\s*(?:约|約|超过|超過|逾)?\s*$/i;
function grownTo(ctx: CheckContext, f: Figure): boolean {
  return GROWN_TO_BEFORE.test(ctx.masked.slice(Math.max(0, f.offset - 40), f.offset));
}

/** The figure is a total over several years ("… over five years", "未来五年内…"). */
function overYears(ctx: CheckContext, f: Figure): boolean {
  const after = ctx.masked.slice(f.offset + f.length, f.offset + f.length + 56);
  return OVER_YEARS.test(after) || OVER_YEARS_ZH_AFTER.test(after) || OVER_YEARS_ZH.test(ctx.masked.slice(Math.max(0, f.offset - 24), f.offset));
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** The TDP of a counted chip model when the store knows it. */
/** chip_power fact by lower-cased chip name, per store. */
const chipPowerIndex = new WeakMap<CheckContext['store'], Map<string, Fact | undefined>>();

function chipPower(ctx: CheckContext, noun: string | undefined): Fact | undefined {
  if (!noun) return undefined;
  let byNoun = chipPowerIndex.get(ctx.store);
  if (!byNoun) chipPowerIndex.set(ctx.store, (byNoun = new Map()));
  const n = noun.toLowerCase();
  if (byNoun.has(n)) return byNoun.get(n);
  const found = findChipPower(ctx, n);
  byNoun.set(n, found);
  return found;
}

function findChipPower(ctx: CheckContext, n: string): Fact | undefined {
  for (const e of ctx.store.entities.values()) {
    if (e.kind !== 'chip') continue;
    if (![...e.names.en, ...e.names.zh].some((x) => x.toLowerCase() === n || x.toLowerCase().replace(/^nvidia\s+/, '') === n)) continue;
    const f = ctx.store.byEntityMeasure.get(e.id)?.get('chip_power')?.find((x) => x.value != null);
    if (f) return f;
  }
  return undefined;
}

/**
 * The partners of `target` in a sentence that lists several of each kind: not one that another item of the target's kind
 * stands nearer to ("a 70 GW data centre with an investment of Rs 1,500 crore, STT GDC … an 18 MW project with an
 * investment of Rs 1,100 crore": the 18 MW is the Rs 1,100 crore's, and cannot make the Rs 1,500 crore plausible).
 */
function ownPartners(target: Item, sameKind: Item[], partners: Item[]): Item[] {
  if (sameKind.length < 2 || partners.length < 2) return partners;
  return partners.filter((p) => {
    const own = gapBetween(p.figure, target.figure);
    return !sameKind.some((o) => o !== target && gapBetween(p.figure, o.figure) < own);
  });
}

/** Characters between two figures. */
function gapBetween(a: Figure, b: Figure): number {
  return a.offset < b.offset ? b.offset - (a.offset + a.length) : a.offset - (b.offset + b.length);
}

/** Scopes that do not part two figures of one phrase (36 characters apart at most): none, one site's, a target's. */
const LOOSE_SCOPES = new Set(['', 'one-site', 'target', 'overall']);
/** A numbered phase's scope ("phase 1", "phase two"). */
const PHASE_SCOPE = /^phase /;

/** An aside between commas saying what a figure equals: ", enough to power about 750,000 homes,", "，相当于…，". */
const EQUIVALENCE_ASIDE = /[,，]\s*(?:enough\s+(?:electricity\s+)?to\s+(?:power|supply|run)|(?:the\s+)?equivalent\s+(?:to|of)|roughly\s+the\s+(?:output|consumption|usage)|足以|可供|相当于|相當於)[^,，;；]{0,60}[,，]/i;

/** What one pair of figures says: they are not about one thing, they fit, or the finding. */
type Verdict = 'unrelated' | 'plausible' | Raw;

function judge(ctx: CheckContext, num: Item, den: Item, what: 'wpa' | 'usdpgw' | 'usdpa'): Verdict {
  // Different subjects named in the same sentence: only combine when one side has no subject.
  if (num.subject && den.subject && num.subject !== den.subject && num.sentence !== den.sentence) return 'unrelated';
  // (In one sentence a target or one site's figure and a plain one may be about the same campus: "104,000 GB300 GPUs at
  // a 240kW AI campus", "斥资1500万美元…建设一座1吉瓦的AI数据中心".)
  // ("配备5.5万块GPU,初期算力突破1吉瓦": a first phase's figure next to a plain one is part of the whole, so the ratio is
  // bounded on one side only: the first phase's power over all the GPUs is at most what each one draws.)
  const close = num.sentence === den.sentence && num.figure.qualifier !== 'vague' && den.figure.qualifier !== 'vague' && gapBetween(num.figure, den.figure) <= 36;
  const partialNum = close && num.scope === 'initial' && LOOSE_SCOPES.has(den.scope ?? '');
  const partialDen = close && den.scope === 'initial' && LOOSE_SCOPES.has(num.scope ?? '');
  // ("一台服务器配备8张卡,光是GPU部分就要吃掉2400-3200千瓦": the chips of one unit and their combined power go together.)
  const unitAndItsChips = close && ((num.scope === 'combined' && den.scope === 'per-unit') || (num.scope === 'per-unit' && den.scope === 'combined'));
  // ("Phase 1 expected to generate 1.4 gigawatts of power, costing around $2.8 billion": a phase's figure and a plain one in one
  // phrase are both the phase's.)
  const phaseAndPlain = close && ((PHASE_SCOPE.test(num.scope ?? '') && LOOSE_SCOPES.has(den.scope ?? '')) || (LOOSE_SCOPES.has(num.scope ?? '') && PHASE_SCOPE.test(den.scope ?? '')));
  // ("27个项目规划总投资额达1090.55亿元,总装机规模1963.68万千瓦": the projects' total investment and their combined capacity in
  // one phrase go together, as loose scopes do.)
  const looseOrCombined = (scope: string | undefined) => LOOSE_SCOPES.has(scope ?? '') || scope === 'combined';
  if (num.scope !== den.scope && !partialNum && !partialDen && !unitAndItsChips && !phaseAndPlain && !(close && looseOrCombined(num.scope) && looseOrCombined(den.scope))) return 'unrelated';
  // "buys 18,000 GPUs … and AI factories totalling 500 MW over five years": a build-out over years
  // set against a figure that is not is a first step against the whole.
  if (num.sentence === den.sentence && (num.overYears ??= overYears(ctx, num.figure)) !== (den.overYears ??= overYears(ctx, den.figure))) return 'unrelated';
  // "launch … with 24kW of capacity and more than 10,000 GPUs, with potential to scale to over 100MW": a level it may grow to
  // later bounds the launch's figures of its sentence from one side only. The launch's chips fit in the power it grows to
  // (at most 10 kW each here), and more chips later on the launch's power need at least that power over the count.
  // ("will launch with 23,040 GPUs, expandable to 90kW": under 4 W each even at the end.)
  const grownNum = num.sentence === den.sentence && grownTo(ctx, num.figure) && !grownTo(ctx, den.figure);
  const grownDen = num.sentence === den.sentence && grownTo(ctx, den.figure) && !grownTo(ctx, num.figure);
  // Two confident figures of one project, site, deal or chip go together wherever the sentence puts
  // them; a company's (many sites, many pledges) only when close and not set apart.
  if (num.sentence === den.sentence && !(num.info && den.info && num.subject === den.subject && isThing(ctx.store, num.subject!))) {
    // In one sentence: only figures close together and not set apart ("建设1吉瓦新园区的同时，……运营一个5000块GPU的集群").
    const [a, b] = num.figure.offset < den.figure.offset ? [num.figure, den.figure] : [den.figure, num.figure];
    // (The counted chips' name, when it stands outside the count's span, is no distance: "13,800 NVIDIA Grace Blackwell GB300 GPUs and …".)
    const between = ctx.masked.slice(a.offset + a.length, b.offset);
    const named = a.kind === 'count' ? COUNTED_NAME_AT.exec(between) : null;
    // (Nor is the second figure's hedge: "… would have cost somewhere north of $10 trillion".)
    const hedge = b.qualifier !== 'exact' ? prefixQualifier(between, between.length) : null;
    const hedgeLength = hedge && hedge.q !== 'exact' ? between.length - hedge.at : 0;
    // ("24kW of capacity and more than 10,000 … GPUs": the hedge's "than" compares nothing.)
    const words = between.slice(0, between.length - hedgeLength);
    // (Nor is an aside of what the first figure equals: "1GW of computing power, enough to power about 750,000 US homes, could cost".)
    const aside = EQUIVALENCE_ASIDE.exec(words);
    // ("Meta's $10 billion hyperscale endeavor with Entergy in northeastern Louisiana is sized at 2 GW": the amount's noun
    // phrase is what the sentence sizes, however long the phrase.)
    const sized = SIZED_AT_END.test(words) && between.length <= 140;
    if ((!sized && between.length - (named ? named[0].length : 0) - hedgeLength - (aside ? aside[0].length : 0) > 60) || SET_APART.test(words) || SECOND_SPEAKER.test(words)) return 'unrelated';
  }
  // "The S7 site was acquired for nearly A$353 million and offers 550 MW of potential capacity": the price of a site
  // or a company bought, not what it costs to build the capacity.
  // (以6.5亿美元收购…数据中心: the verb after the price in Chinese.)
  if (what === 'usdpgw' && (ACQUIRED_FOR.test(ctx.masked.slice(Math.max(0, num.figure.offset - 80), num.figure.offset)) || ACQUIRED_AFTER.test(ctx.masked.slice(num.figure.offset + num.figure.length, num.figure.offset + num.figure.length + 6)))) return 'unrelated';
  const lo = partialDen || grownNum ? -Infinity : den.hi > 0 && Number.isFinite(den.hi) ? num.lo / den.hi : -Infinity;
  const hi = partialNum || grownDen ? Infinity : den.lo > 0 ? num.hi / den.lo : Infinity;
  let band: [number, number];
  let chip: Fact | undefined;
  let scale = 1;
  if (what === 'wpa') {
    chip = chipPower(ctx, den.figure.noun);
    band = chip && chip.value ? [chip.value * 0.7, chip.value * 4] : WATTS_PER_ACCELERATOR;
  } else if (what === 'usdpgw') {
    band = DATACENTRE_BAND_CURRENCIES.has(num.figure.unit ?? '') ? USD_PER_GW : OTHER_CURRENCY_USD_PER_GW;
    scale = 1e9;
  } else {
    band = USD_PER_ACCELERATOR;
    // A named data-centre accelerator (Blackwell, H100, MI300X …) is never sold for consumer-GPU money.
    const named = ctx.masked.slice(den.figure.offset, den.figure.offset + den.figure.length + 40);
    if (DATACENTRE_MODEL.test(named)) band = [DATACENTRE_MIN_USD, band[1]];
  }
  const [bLo, bHi] = [band[0] / scale, band[1] / scale];
  // (A one-sided bound that holds says nothing for or against: the launch's own power may still be off.)
  if (!(hi < bLo || lo > bHi)) return grownNum || grownDen ? 'unrelated' : 'plausible';
  const zh = ctx.lang === 'zh';
  const value = Number.isFinite(lo) && Number.isFinite(hi) ? Math.sqrt(Math.max(lo, 1e-9) * hi) : Number.isFinite(lo) ? lo : hi;
  const target = what === 'wpa' ? den : num;
  const other = target === den ? num : den;
  const fmtW = (w: number) => formatPlain(w, 'W', ctx.lang);
  const fmtUsd = (d: number) => formatPlain(d, 'USD', ctx.lang);
  let message: string;
  if (what === 'wpa') {
    const perMw = 1e6 / value;
    message = zh
      ? `不合理：${den.figure.text}配${num.figure.text}，相当于每块芯片约${fmtW(value)}（每兆瓦约${Math.round(perMw).toLocaleString('en-US')}块）；合理范围约为每块${fmtW(band[0])}至${fmtW(band[1])}（含散热等开销）${chip ? `，依据事实库 ${chip.id}` : ''}。`
      : `Implausible: ${den.figure.text} on ${num.figure.text} is about ${fmtW(value)} per accelerator (${Math.round(perMw).toLocaleString('en-US')} per MW); a sane all-in range is ${fmtW(band[0])}–${fmtW(band[1])}${chip ? ` (from ${chip.id})` : ''}.`;
  } else if (what === 'usdpgw') {
    message = zh
      ? `不合理：${num.figure.text}对应${den.figure.text}，相当于每吉瓦约${fmtUsd(value * 1e9)}；合理范围约为每吉瓦${fmtUsd(band[0])}至${fmtUsd(band[1])}。`
      : `Implausible: ${num.figure.text} for ${den.figure.text} is about ${fmtUsd(value * 1e9)} per GW; a sane range is ${fmtUsd(band[0])}–${fmtUsd(band[1])} per GW.`;
  } else {
    message = zh
      ? `不合理：${num.figure.text}对应${den.figure.text}，相当于每块芯片约${fmtUsd(value)}；合理范围约为${fmtUsd(band[0])}至${fmtUsd(band[1])}。`
      : `Implausible: ${num.figure.text} for ${den.figure.text} is about ${fmtUsd(value)} per accelerator; a sane range is ${fmtUsd(band[0])}–${fmtUsd(band[1])}.`;
  }
  void entityName;
  return {
    code: 'implausible', offset: target.figure.offset, length: target.figure.length, message,
    related: [{ offset: other.figure.offset, length: other.figure.length, message: zh ? `另一个数字：“${other.figure.text}”` : `The other figure: "${other.figure.text}"` }],
    fixes: [], factIds: chip ? [chip.id] : [],
  };
}
