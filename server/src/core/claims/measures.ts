// Measure cue words, Chinese and English, and the measure they signal for each figure kind.
import type { Figure } from '../types.ts';
import { ZH_MAKER_WORDS } from '../figures/maker-words.ts';
import { startsWithAsciiCI } from '../text/ascii-case.ts';
import { WordStarts } from '../text/word-starts.ts';
import type { TextReader } from '../text/chunked.ts';
import { sinceSentenceStart } from '../text/sentences.ts';
import { onePlaceIn } from '../places.ts';

interface Cue {
  words: string[];
  measure: string;
}

// Order matters only for ties at equal distance: more specific cues first.
const MONEY_CUES: Cue[] = [
  { measure: 'capex', words: ['资本支出', '资本开支', '资本性支出', '资本总支出', 'capex', 'capital expenditure', 'capital expenditures', 'capital spending', 'capital outlays'] },
  { measure: 'valuation', words: ['估值', 'valuation', 'valued at', 'valuing'] },
  { measure: 'market_cap', words: ['市值', 'market cap', 'market capitalization', 'market value'] },
  { measure: 'revenue', words: ['营收', '收入', '销售额', '销售净额', '营业额', 'revenue', 'revenues', 'sales'] },
  // ("MX Division Operating Profit Around 2 Trillion Won": operating profit is its own measure, not net income.)
  { measure: 'operating_income', words: ['营业利润', '經營利潤', '经营利润', '营业利益', '營業利益', 'operating profit', 'operating income', 'operating profits'] },
  // ("EBITDA或达520亿美元": earnings before interest, taxes, depreciation and amortisation, no capital spending named further on.)
  { measure: 'ebitda', words: ['EBITDA', '息税折旧摊销前利润', '息稅折舊攤銷前利潤', 'adjusted EBITDA'] },
  // (獲利 is Taiwan copy's profit: "單季獲利…達到人民幣103.7億元".)
  { measure: 'net_income', words: ['净利润', '净利', '凈利潤', '凈利润', '凈利', '获利', '獲利', 'net income', 'profit'] },
  // ("projected to incur $5 billion in losses in 2024 against revenues of $3.7 billion": a loss, no revenue; the store keeps none.)
  { measure: 'loss', words: ['亏损', '净亏损', '虧損', 'loss', 'losses', 'net loss'] },
  // ("提出最高49.8亿元的定增计划": a private placement, 定增 or 定向增发, raises money as a round does.)
  // ("with a new $1.2 billion Series E round": a round named by its letter.)
  { measure: 'funding', words: ['融资', '募资', '募集', '定增', '定向增发', '增发', 'raise', 'raises', 'raised', 'raising', 'funding round', 'funding', 'private placement', ...'abcdefghij'.split('').map((l) => `series ${l} round`)] },
  // ("secured $5 billion in green loan financing", 银团贷款: money borrowed, a company's many loans, no round of funding.)
  { measure: 'debt', words: ['贷款', '貸款', '借款', '授信', '银团贷款', '銀團貸款', '债券', '債券', '发债', '發債', '债务融资', '債務融資', 'loan', 'loans', 'debt financing', 'debt facility', 'credit facility', 'credit facilities', 'term loan', 'bond', 'bonds', 'notes offering', 'senior notes', 'borrowing', 'borrowings', 'debt'] },
  // ("€13.2 billion in net bookings": a quarter's new orders, as a backlog is the orders not yet served.)
  { measure: 'contract_value', words: ['bookings', 'net bookings', 'order intake', '积压订单', '未履约', '履约义务', 'RPO', 'backlog', 'backlogs', 'remaining performance obligation', 'remaining performance obligations', '合同', '合约', '订单', '协议', 'contract', 'contracts', 'deal worth', 'agreement', 'agreements', 'deal', 'deals', 'pact', 'pacts'] },
  { measure: 'commitment', words: ['承诺', '承諾', 'commit', 'commits', 'committed', 'committing', 'commitment', 'pledge', 'pledges', 'pledged', 'pledging'] },
  // ("折旧摊销从2023年的2.82亿元升至2024年的4.21亿元", "财务费用…2.24亿元": depreciation and finance costs, which the store does not
  // keep; a measure of their own, so that they borrow no profit or revenue named earlier in their sentence.)
  { measure: 'depreciation', words: ['折旧摊销', '折舊攤銷', '折旧', '折舊', '摊销', '攤銷', 'depreciation and amortization', 'depreciation', 'amortization'] },
  { measure: 'finance_costs', words: ['财务费用', '財務費用', '利息支出', 'finance costs', 'interest expense', 'interest expenses'] },
  // ("R&D expenditure was 22.82 billion yuan", 研发投入: research spending, which the store does not keep; never capex nor a profit.)
  { measure: 'rd_spending', words: ['研发投入', '研发费用', '研发支出', '研發投入', '研發費用', '研發支出', 'R&D', 'research and development'] },
  // "capex of $115 billion to $135 billion and total expenses of $162 billion": running costs, not capital spending.
  { measure: 'operating_expenses', words: ['运营支出', '营运开支', '营业费用', '经营费用', '营运费用', 'operating expenses', 'total expenses', 'total costs and expenses', 'costs and expenses', 'expenses', 'opex', 'operating costs'] },
  { measure: 'cost', words: ['成本', '造价', '花费', '耗资', '费用', 'cost', 'costs', 'costing', 'price tag', 'cost of', '建成', '建造', '购入', '购买', '采购', '买下', 'paid', 'pay', 'pays', 'paying', 'buy', 'buys', 'buying', 'bought', 'purchase', 'purchased', 'purchases', 'purchasing', 'to build', 'build', 'builds', '收购', '并购', '订购', '訂購', 'acquire', 'acquires', 'acquired', 'acquiring', 'acquisition',
    // ("adds up to over $10 billion worth of the specialized Nvidia chips": the cost of the goods named after.)
    'worth of'] },
  // (发行价定为141.28元/股, 开盘价650元/股: a share's offer, opening or closing price.)
  { measure: 'price', words: ['价格', '售价', '单价', '发行价', '發行價', '招股价', '招股價', '发售价', '發售價', '开盘价', '開盤價', '收盘价', '收盤價', '股价', '股價', 'price', 'priced at', 'sells for', 'offer price', 'share price'] },
  { measure: 'spending', words: ['支出', '开支', '花销', 'spend', 'spends', 'spending', 'spent'] },
  // ("will contribute roughly $7 billion in cash to the joint venture": a partner's contribution is its investment.)
  { measure: 'investment', words: ['投资', '投入', '斥资', '砸', '注资', '出资', '增资', '增資', 'contribute', 'contributes', 'contributed', 'contributing', 'invest', 'invests', 'invested', 'investing', 'investment', 'investments', 'stake in'] },
];

const CAPEX_CUES = MONEY_CUES.slice(0, 1);
/** Words of spending in general, which a capex cue nearby makes specific ("spent $3.5 billion on capex"). */
const GENERIC_SPEND = new Set(['spending', 'investment', 'cost', 'commitment']);

const PERCENT_CUES: Cue[] = [
  // ("Blue Owl Capital will own 70% of the joint venture".)
  { measure: 'stake', words: ['股份', '股权', '持股', '持有', 'stake', 'equity', 'ownership', 'will own', 'would own', 'to own', 'owns', 'owning'] },
  { measure: 'share', words: ['份额', '市场占有率', '市占率', '占比', '佔比', '比重', 'market share', 'share of', 'of the market', 'share'] },
  // (产能利用率攀升至95.8%, "utilization rate rose to 85.9%": how much of a capacity is used, not a share of a market.)
  { measure: 'utilization', words: ['产能利用率', '產能利用率', '利用率', '使用率', '稼动率', '稼動率', '上架率', 'utilization', 'utilisation'] },
  { measure: 'growth', words: ['增长', '增加', '上升', '提高', 'growth', 'grew', 'increase', 'rise', 'rose', 'jump', 'up'] },
];

/** The percent cues of a level, not a change: what a rate that "rose to" a figure is. */
const LEVEL_CUES = PERCENT_CUES.filter((c) => c.measure !== 'growth');
/** A verb of rising or falling with "to" right before a percent: the new level. */
const LEVEL_REACHED_BEFORE = /\b(?:rose|rises|risen|climbed|jumped|increased|grew|fell|dropped|declined|decreased|slipped|edged\s+(?:up|down))\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$|(?:升至|提升至|提高至|攀升至|增至|降至|下降至|回落至|上升至|达到|達到)\s*$/i;
const POWER_CHIP_CUES = ['每块', '每颗', '每个GPU', '单颗', '单块', '单芯片', '功耗', 'TDP', 'per GPU', 'per chip', 'each GPU', 'each chip', 'per accelerator', 'thermal design power'];

/** The count cues' own words, for the word after a count: "800 million users", 3000名员工. */
const COUNT_CUE_AFTER = /^\s*(?:(?:full-time|monthly|weekly|daily|active|paying|registered|total)\s+){0,3}(?:users?|subscribers|employees|staff|workers|people|persons|members|customers)\b|^[\u3400-\u9fff]{0,3}?(?:用户|用戶|员工|員工|雇员|僱員|人|職員|职员)/i;
/** English words after a count that name no counted thing: "500 more", "3,000 in 2024", "five to six". */
const EN_NOT_A_NOUN = /^\s+(?:of|in|to|and|or|at|by|for|from|on|with|as|more|than|this|that|the|a|an|last|next|per|each|globally|worldwide|now|today|year|years|times|percent|plus|so|out|over|under|across|since|after|before|who|which|were|was|are|is|will|had|have|has)\b/i;
/** Chinese characters after a count's classifier that start no counted noun: 500名至, 5亿以上, 3000人左右. */
const ZH_NOT_A_NOUN = /^[至到以左上约約的及和与與或、在为為是将將于於，,。；;：:（(]/;

/** Whether the word right after a count is a noun of its own, not one of the count cues. */
function countsOtherNoun(text: TextReader, figure: Figure, limit: number): boolean {
  const after = text.slice(figure.offset + figure.length, Math.min(limit, figure.offset + figure.length + 40));
  if (COUNT_CUE_AFTER.test(after)) return false;
  if (figure.lang === 'zh' || /[\u3400-\u9fff]$/.test(figure.text)) {
    return /[个個名家位座台项項所条條支]$/.test(figure.text) && /^[\u3400-\u9fff]/.test(after) && !ZH_NOT_A_NOUN.test(after);
  }
  return /^\s+[a-z][a-z-]*s\b/.test(after) && !EN_NOT_A_NOUN.test(after);
}

/** A GPU maker's name before chips: "Nvidia chips", "NVIDIA AI chips", 英伟达芯片, 輝達（Nvidia）晶片. */
const GPU_MAKER_CHIPS = /\b(?:NVIDIA|Nvidia|AMD)(?:['’]s)?\s+(?:[A-Za-z]+\s+){0,2}?chips?\b|(?:英伟达|英偉達|辉达|輝達|NVIDIA|Nvidia)(?:[（(][A-Za-z]+[)）])?\s*(?:AI\s*)?(?:芯片|晶片)/;
/** Classifiers of firms, shops, rooms, people and buildings: 两间, 三家, 五名, 两座. */
const NO_CHIPS_CLASSIFIER = /[间間家名位座栋棟所]$/;
function countsChips(noun: string): boolean {
  const measure = COUNT_NOUN_MEASURE[noun];
  return measure === 'gpu_count' || measure === 'chip_count' || GPU_MODEL.test(noun);
}
/** After a count of shares: "shares", "common shares of AMD stock", "Intel shares", 普通股. */
const SHARES_AFTER = /^\s+(?:(?:[A-Z][\w.&-]*|common|ordinary|preferred|new|newly\s+issued|class\s+[A-Z])\s+){0,3}(?:shares|stock)\b(?!\s*(?:price|holders?|options?)\b)|^(?:[^\s，,。；;\d]{0,6}?的)?(?:普通股|股票|新股|A股|H股)(?!东|東|价|價)/;
/** Whether a count counts shares: 6.1億股 (股 its classifier, not 股东), "160 million shares". */
function sharesCounted(text: TextReader, figure: Figure, clauseEnd: number): boolean {
  const after = text.slice(figure.offset + figure.length, Math.min(clauseEnd, figure.offset + figure.length + 48));
  if (figure.text.endsWith('股')) return !/^[东東民份]/.test(after) || after.startsWith('份');
  return SHARES_AFTER.test(after);
}

const COUNT_NOUN_MEASURE: Record<string, string> = {
  GPU: 'gpu_count',
  accelerator: 'chip_count',
  chip: 'chip_count',
  TPU: 'chip_count',
  server: 'server_count',
  rack: 'rack_count',
  'data center': 'data_center_count',
  site: 'site_count',
  campus: 'site_count',
  employee: 'employees',
  user: 'users',
};

/** Racks named right before their count: 标准机架82万架, 机柜数量达10万个. */
const RACKS_BEFORE = /(?:机架|機架|机柜|機櫃)(?:数量|數量|总数|總數|规模|規模)?\s*(?:为|為|达|達|约|約|超过|超過|逾|近|共|合计|合計)?\s*$/;

/** A shipping or selling verb just before a count. */
const SHIPPED_BEFORE = /(?:出货|出貨|交付|售出|卖出|销售|出货量[为达]?|shipped|ships|shipping|sold|sells|delivered|deliveries of|shipments of)\s*(?:了|超过|逾|近|约|达|about|over|more than|nearly|some)?\s*$/i;

/** A count of GPU equivalents: 相当于/等效于/折合 before it, 等效/当量/equivalent(s) after it. */
const EQUIVALENT_BEFORE = /(?:相当于|相當於|等效于|等效於|等同于|等同於|折合|\b(?:the\s+)?equivalent\s+(?:of|to))\s*(?:约|約|近|超过|超過|about|roughly|some|nearly|around|over|more than)?\s*$/i;
const EQUIVALENT_AFTER = /^[^，,。；;：:\d]{0,16}?(?:等效|当量|當量)|^(?:\s*[\w.]+){0,3}?[\s-]*equivalents?\b(?!\s+(?:to|of)\b)/i;

/** Counts without a counted noun: what the words around them say is counted. */
const COUNT_CUES: Cue[] = [
  { measure: 'users', words: ['用户', '活跃用户', 'users', 'user', 'subscribers'] },
  { measure: 'employees', words: ['员工', '雇员', 'employees', 'staff', 'workers'] },
  // ("Colossus's GPU count stands at 200,000", 集群的GPU数量为10万: the count named as a measure before it.)
  { measure: 'gpu_count', words: ['GPU count', 'number of GPUs', 'GPU数量', 'GPU數量', 'GPU总数', 'GPU總數', '显卡数量', '顯卡數量'] },
  { measure: 'chip_count', words: ['chip count', 'number of chips', 'number of accelerators', '芯片数量', '晶片數量', '晶片数量'] },
];

/** "Cost per FP8 TFLOP:", "price per GB", "cost per token": a rate per unit of compute, data, time or energy. */
const RATE_PER_THING_BEFORE = /\b(?:cost|price|spend)\s+per\s+(?:(?:FP|BF|INT)\d+\s+)?(?:[TPE]?FLOPS?|TOPS|GB|TB|tokens?|hours?|kWh|MWh|watts?)\b/i;

/** "committed to purchase", "has also committed to spend an additional": a commitment to buy, before its amount. */
// (Not "committing to invest $100 billion in OpenAI": a pledged investment is the investment the store keeps.)
// ("has agreed to purchase $30 billion in cloud computing capacity", "committing to an extensive purchase of $30 billion",
// 承诺向微软Azure采购300亿美元: an agreed purchase too.)
const COMMITTED_TO_BUY = /\b(?:commit(?:ted|s|ting)?\s+to\s+(?:an?\s+(?:[a-z]+\s+)?)?(?:purchas|buy|spend)|agree(?:d|s)?\s+to\s+(?:purchas|buy|spend))\w*\s+(?:of\s+)?(?:(?:about|around|roughly|up to|more than|over|nearly|an additional|another|a further)\s+)?$|承诺将?(?:向[^，,。；;]{1,20}?)?(?:采购|购买|购入)(?:价值)?\s*(?:约|逾|超过|高达)?\s*$/i;

/** A holding's worth: "values … stake in X at", "stake in X valued at", "stake … worth". */
const STAKE_VALUED_AT = /\bvalu(?:ed|es|ing)\s+(?:[\w.&'’-]+\s+){0,3}(?:stake|holding|interest|shares)\s+(?:in\s+(?:[\w.&'’-]+\s+){1,5})?at\s+(?:(?:about|around|roughly|approximately|nearly|some|more than|over)\s+)?$|\b(?:stake|holding|interest)\s+(?:in\s+(?:[\w.&'’-]+\s+){1,5})?(?:now\s+)?(?:valued\s+at|worth)\s+(?:(?:about|around|roughly|approximately|nearly|some|more than|over)\s+)?$/i;
/** "valued Databricks at", "valuing the company at about": a valuation with the thing valued named between. */
const VALUED_NAME_AT = /\bvalu(?:ed|es|ing)\s+(?:[\w.&'’-]+\s+){1,4}at\s+(?:(?:about|around|roughly|nearly|some|more than|over|up to|approximately)\s+)?$/i;

const DATA_CENTRE_SPEND = /数据中心|基础设施|data[- ]?cent(?:er|re)s?|infrastructure/i;

/**
 * "1.5 million Nvidia GB200 and GB300 GPUs", "64,000 Nvidia GB200s", "10万块英伟达GPU": the counted
 * noun a few words after a count that the recognizer left without one (makers and model names between).
 */
/** A holding in a company, then "representing (about)" right before a percent (within one sentence). */
const HOLDING_REPRESENTING = /\b(?:hold|holds|held|holding|own|owns)\s+(?:an?\s+)?(?:investment|interest|position|holding)\s+in\s[^.;!?]{0,140}\brepresenting\s+(?:roughly|about|approximately|around|some|nearly|almost)?\s*$/i;

/** After an amount: "for" a number of chips ("for 1 million GPUs", "for 100,000 Nvidia H100s"). */
const FOR_CHIPS_AFTER = /^\s+for\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?[\d.,]+\s*(?:million|thousand|k)?\s+(?:[A-Z][\w.-]*\s+){0,3}(?:GPUs|chips|accelerators|TPUs|(?:GB|B|H|MI)\d{3}[A-Z]?s)\b/;

export function nounAfter(text: TextReader, figure: Figure, limit: number): string | undefined {
  const after = text.slice(figure.offset + figure.length, Math.min(limit, figure.offset + figure.length + 64));
  // ("100,000 of NVIDIA’s most powerful GPUs": of, the maker's name with 's and a few words of praise between.)
  const en = /^(?:\s+of(?:\s+(?:the|its|their))?(?=\s+[A-Z]))?\s+(?:(?:[A-Z][\w.-]*(?:['’]s)?|and|or|&|most|more|powerful|advanced|latest|newest|fastest|top|high-end|cutting-edge|flagship|new|next-generation)\s+){0,5}?(GPUs?|chips?|accelerators?|servers?|TPUs?|(?:GB|B|H|MI)\d{3}[A-Z]?s?|[Tt]ensor [Pp]rocessing [Uu]nits?|[Gg]raphics [Pp]rocessing [Uu]nits?)\b/.exec(after);
  if (en) {
    // "eight NVIDIA DGX B200 systems": the chip names the kind of system counted, not the chips.
    if (/^(?:GB|B|H|MI)\d/.test(en[1]) && SYSTEM_AFTER_MODEL.test(after.slice(en[0].length))) return 'server';
    // "two chip factories", "three GPU makers": the noun modifies a head that is counted instead.
    if (EN_HEAD_AFTER_NOUN.test(after.slice(en[0].length))) return undefined;
    const w = en[1].toLowerCase().replace(/s$/, '');
    if (w === 'gpu' || w === 'graphics processing unit' || /^(?:gb|b|h)\d/.test(w)) return 'GPU';
    if (w === 'tpu' || w === 'tensor processing unit' || w === 'chip' || /^mi\d/.test(w)) return 'chip';
    if (w === 'accelerator') return 'accelerator';
    return 'server';
  }
  if (figure.lang !== 'zh') return undefined;
  // 两家芯片厂商, 三名GPU工程师: a classifier of firms or people counts no chips.
  if (ORG_OR_PERSON_CLASSIFIER.test(figure.text)) return undefined;
  const zh = /^(?:块|颗|个|张|台|枚)?[^\s，,。；;：:\d]{0,8}?(GPU|芯片|晶片|加速器|显卡|服务器|(?:GB|B|H)\d{3})/.exec(after);
  // 南韩晶片制造商, 芯片巨头: the maker of the thing, not the thing; 三座芯片厂: the plant, not the chips.
  if (!zh || MAKER_AFTER.test(after.slice(zh.index + zh[0].length)) || ZH_PLANT_AFTER.test(after.slice(zh.index + zh[0].length))) return undefined;
  return zh[1] === '芯片' || zh[1] === '晶片' || zh[1] === '加速器' ? 'chip' : zh[1] === '服务器' ? 'server' : 'GPU';
}

const POWER_THEN_BRACKET_BEFORE = /\d\s*(?:[GMT]W|gigawatts?|megawatts?|吉瓦|兆瓦|千兆瓦|万千瓦)\s*[（(]\s*(?:roughly|about|around|approximately|some|约|約|合)?\s*$/i;

/**
 * "将Trainium2芯片数量再增加约50万颗": chips named earlier in the clause, with their number (数量) or shipments, counted by a
 * chip's classifier (颗, 块, 张, 枚) at the end of the figure.
 */
function chipsNamedBefore(text: TextReader, figure: Figure, clauseStart: number): string | undefined {
  if (figure.lang !== 'zh' || !/[颗块张枚顆塊張]$/.test(figure.text)) return undefined;
  const m = CHIPS_COUNTED_BEFORE.exec(text.slice(Math.max(clauseStart, figure.offset - 30), figure.offset));
  return m ? (m[1] === 'GPU' || m[1] === '显卡' ? 'GPU' : 'chip') : undefined;
}
const CHIPS_COUNTED_BEFORE = /(GPU|芯片|晶片|加速器|加速卡|显卡)(?:的)?(?:数量|总数|出货量|采购量)[^，,。；;\d]{0,10}$/;

const ORG_OR_PERSON_CLASSIFIER = /[家名位所]$/;
/** Heads a chip or server noun may modify in Chinese: a plant, a fab, a line (芯片厂, 晶片廠, 服务器工厂, 芯片产线). */
const ZH_PLANT_AFTER = /^(?:工厂|工廠|厂|廠|产线|產線|生产线|生產線|基地|园区|園區|项目|項目)/;
/** Heads that a chip or server noun may modify ("chip factories", "GPU makers", "server plants"): no chips counted. */
const EN_HEAD_AFTER_NOUN = /^[\s-]+(?:factor(?:y|ies)|plants?|fabs?|makers?|manufacturers?|compan(?:y|ies)|firms?|startups?|designers?|suppliers?|vendors?|stocks?|exports?|imports?|tariffs?|deals?|orders?|projects?|facilit(?:y|ies)|lines?|clusters?|farms?|racks?|halls?|rules?|licen[cs]es?)\b/i;
/** Systems built of a chip model named before them: "DGX B200 systems", "H100 servers", "GB200 nodes". */
const SYSTEM_AFTER_MODEL = /^\s+(?:systems?|servers?|nodes?|boxes|machines?|racks?|pods?|superpods?|instances?)\b/i;
const MAKER_AFTER = new RegExp(`^(?:${ZH_MAKER_WORDS.join('|')}|商)`);

/** A chip model's name (H100, B200, GB200, MI300X), as a pattern source for other patterns too. */
export const CHIP_MODEL = String.raw`[A-Z]{1,3}\d{2,4}[A-Z]?|GB\d{3}|MI\d{3}[A-Z]?`;
/** Machines that are not chips, after a model name: turbines, engines, reactors, vehicles. */
const MACHINE_AFTER_MODEL = /^\s*(?:[A-Za-z-]+\s+){0,2}?(?:aeroderivatives?|turbines?|engines?|reactors?|generators?|aircraft|locomotives?|trucks?|vehicles?|cars?|tanks?|jets?)\b/i;
/** (Westinghouse's AP1000 and AP600 are reactors: 两座1100兆瓦AP1000机组 counts units, no chips.) */
const GPU_MODEL = new RegExp(`^(?!AP\\d)(?:${CHIP_MODEL})$`);

interface CueWord {
  lower: string;
  measure: string;
  /** Latin words match whole words only. */
  latin: boolean;
  /** Position in the cue list: at equal distance the earlier (more specific) cue wins. */
  rank: number;
}
/** Cue words by how they begin, for one left-to-right pass over a clause. */
const cueIndexCache = new WeakMap<Cue[], WordStarts<CueWord>>();
function cueIndex(cues: Cue[]): WordStarts<CueWord> {
  let index = cueIndexCache.get(cues);
  if (!index) {
    const words = cues.flatMap((cue) => cue.words.map((w) => ({ lower: w.toLowerCase(), measure: cue.measure, latin: /^[a-z]/i.test(w), rank: 0 })));
    words.forEach((w, i) => (w.rank = i));
    index = new WordStarts(words.map((w) => [w.lower, w] as const));
    cueIndexCache.set(cues, index);
  }
  return index;
}
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** " of ", " of about " between a measure's word and the amount it names. */
const OF_BEFORE_AMOUNT = /^\s+of\s+(?:(?:about|around|roughly|approximately|nearly|almost|some|up\s+to|more\s+than|over|an\s+estimated)\s+)?$/i;
/** After a cue word: a noun of an organisation it describes ("investment firm", "private equity fund", "funding arm"). */
const ORGANISATION_NOUN_AFTER = /^\s+(?:firm|fund|company|bank|banker|arm|manager|vehicle|house|giant|adviser|advisor|platform|group)s?\b/i;
/** " in ", " of " between an amount and its measure's word. */
const IN_OF_BETWEEN = /^\s+(?:in|of)\s+$/i;

/** Find the measure cue nearest to the figure within [from, to). */
function nearestCue(text: TextReader, cues: Cue[], figure: Figure, from: number, to: number): { measure: string; distance: number } | undefined {
  let best: CueWord | undefined;
  let bestDistance = Infinity;
  const index = cueIndex(cues);
  // The clause and a character either side, as a string of its own: the cue index reads strings.
  const base = Math.max(0, from - 1);
  const clause = text.slice(base, to + 1);
  const end = to - base;
  // "資本支出（含融資租賃）", "capex (including finance leases)": what a bracket says is included names no measure.
  const included = INCLUSION_OPEN.test(clause) ? inclusionBrackets(clause) : undefined;
  for (let at = from - base; at < end; at++) {
    const words = index.at(clause, at);
    if (!words) continue;
    if (included && included.some(([a, b]) => at > a && at < b)) continue;
    for (const word of words) {
      const w = word.lower;
      if (!startsWithAsciiCI(clause, at, w, end)) continue;
      if (word.latin && ((at > 0 && isAsciiLetter(clause.charCodeAt(at - 1))) || isAsciiLetter(clause.charCodeAt(at + w.length)))) continue;
      // ("to acquire data center investment firm DigitalBridge for $4 billion": a word naming what a firm does is no measure.)
      if (word.latin && ORGANISATION_NOUN_AFTER.test(clause.slice(at + w.length, at + w.length + 16))) continue;
      const abs = at + base;
      const wordEnd = abs + w.length;
      // ("reported KRW 133.9 trillion in revenue and KRW 57.2 trillion in operating profit": "in" or "of" and the cue right
      // after a figure bind it closer than any cue before it.)
      const figureEnd = figure.offset + figure.length;
      // ("has pledged a $2.2 billion investment": the noun right after the amount is what it is, as close as "in" or "of".)
      // ("a record investment of $25 million to build the largest campus": a noun joined to the amount by "of" names it
      // more closely than any word after it, even what the money builds right after.)
      const distance = wordEnd <= figure.offset ? (figure.offset - wordEnd <= 24 && OF_BEFORE_AMOUNT.test(clause.slice(wordEnd - base, figure.offset - base)) ? -1 : figure.offset - wordEnd) : abs >= figureEnd ? ((abs - figureEnd <= 5 && IN_OF_BETWEEN.test(clause.slice(figureEnd - base, at))) || (abs - figureEnd === 1 && clause.charCodeAt(figureEnd - base) === 32) ? 0 : abs - figureEnd + 2) : 0;
      if (distance < bestDistance || (distance === bestDistance && word.rank < best!.rank)) {
        best = word;
        bestDistance = distance;
      }
    }
  }
  return best && { measure: best.measure, distance: bestDistance };
}

/** After an amount: its conversion in brackets, then the noun investment (" (S$3 billion) investment"). */
const INVESTMENT_AFTER_CONVERSION = /^\s?[(（][^()（）]{0,30}\d[^()（）]{0,20}[)）]\s+investments?\b/i;
/** The brackets of `clause` that say what is included ("（含融資租賃）", "(including finance leases)"), as [open, close]. */
function inclusionBrackets(clause: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of clause.matchAll(INCLUSION_BRACKET)) out.push([m.index!, m.index! + m[0].length - 1]);
  return out;
}
/** An inclusion bracket's opening, asked before the brackets are listed: one scan of the clause. */
const INCLUSION_OPEN = /[（(]\s*(?:含|包含|包括|incl)/i;
const INCLUSION_BRACKET = /[（(]\s*(?:含|包含|包括|including|incl\.?)[^（()）]{0,40}[）)]/gi;

/** What a growth rate can be of: money measures, counts, shipments, capacity and electricity use. */
const GROWN_CUES: Cue[] = [
  // ("扣非归母净利润17.78亿元,同比增长4.07%": profit before one-off items grows apart from net profit; first, to win the tie.)
  { measure: 'adjusted_net_income', words: ['扣非归母净利润', '扣非净利润', '扣非歸母淨利潤', '扣非淨利潤', 'adjusted net income', 'non-GAAP net income'] },
  ...MONEY_CUES, ...COUNT_CUES,
  { measure: 'shipments', words: ['出货量', '出货', '出貨', '销量', 'shipments', 'unit sales'] },
  { measure: 'gross_profit', words: ['毛利', '毛利润', 'gross profit', 'gross margin'] },
  { measure: 'power', words: ['装机', '裝機', '装机容量', 'installed capacity'] },
  { measure: 'energy_use', words: ['用电量', '用電量', '发电量', '發電量', 'electricity consumption', 'power consumption', 'electricity demand'] },
];

/**
 * What a growth rate is of: the measure named nearest before it in its sentence ("收入2478亿元，同比增长5%" → revenue,
 * "资本开支为315亿元，同比增长80.1%" → capex), or null when none is named (looked for up to 140 characters back: "revenues
 * of $1.4 billion in the third quarter of 2024, a 5% increase … and a 2% increase").
 */
export function grownMeasure(text: TextReader, figure: Figure): string | null {
  const from = figure.offset - sinceSentenceStart(text, figure.offset, 140).length;
  return nearestCue(text, GROWN_CUES, figure, from, figure.offset)?.measure ?? null;
}

function mentionsAny(text: string, words: string[]): boolean {
  const lower = text.toLowerCase();
  return words.some((w) => lower.includes(w.toLowerCase()));
}

/** A facility right after an amount, maybe with its power as an adjective between. */
// ("plans USD $12bn sovereign AI site in Japan", "a $21 billion plan for a large-scale … site": a site, and a plan for one.)
// ("a new $17 billion chip plant", "its $17 billion semiconductor factory": a fab is a facility too; "$17bn (£12.7bn) computer
// chip plant": a conversion in brackets between.)
const FACILITY_AFTER = /^,?\s*(?:[(（][^()（）]{1,20}[)）]\s*)?(?:[\d.,]+[- ]?(?:MW|GW|megawatts?|gigawatts?)\s*,?\s*)?(?:(?:sovereign|large-scale|new)\s+)?(?:AI\s+|hyperscale\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}(?:computer\s+)?(?:chip|semiconductor|chipmaking|chip-making|packaging|wafer)\s+)?(?:(?:data[- ]cent(?:er|re)|campus|facility|plant|fab)s?\b|factor(?:y|ies)\b|(?:endeavou?r|undertaking|megaproject|build-?out)s?\b|(?:infrastructure\s+)?site\b|plan\s+(?:for|to\s+build)\s+an?\s+(?:[\w-]+\s+){0,4}?(?:data[- ]cent(?:er|re)|campus|facility|site)\b)/i;
/** After an amount: a capitalised name, then the word of a programme ("Stargate initiative", "Stargate AI project"). */
const PROGRAMME_NAMED_AFTER = /^\s+(?:(?!AI\s)[A-Z][\w-]*\s+)(?:[A-Z][\w-]*\s+){0,2}(?:initiative|project|programme|program|venture|build-?out)\b/;
/** Before an amount: "part of (the)", what the amount's whole is. */
const PART_OF_AMOUNT_BEFORE = /\b(?:part|portion|piece|share)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$/i;
/** After an amount: 的价格 (or 代价, 对价), words between, then a verb of buying; the words between are group 1. */
const TAKEOVER_PRICE_AFTER_ZH = /^\s*的?\s*(?:价格|價格|价钱|價錢|代价|代價|总价|總價|对价|對價)([^。；;]{0,40}?)\s*(?:收购|收購|买下|買下|购买|購買|并购|併購|购入|購入)/;
/** An amount a company is bought at: the verb of buying right after its 价格 in the clause, or later after 以 before the amount. */
function takeoverPrice(text: TextReader, figure: Figure, clauseStart: number, clauseEnd: number): boolean {
  const end = figure.offset + figure.length;
  const m = TAKEOVER_PRICE_AFTER_ZH.exec(text.slice(end, end + 48));
  if (!m) return false;
  return m[1] === '' ? end + m[0].length <= clauseEnd : /以\s*(?:约|約|近|逾|超过|超過|高达|高達)?\s*$/.test(text.slice(Math.max(clauseStart, figure.offset - 6), figure.offset));
}
/** A facility or project named earlier in the clause, then "worth" right before the amount. */
const FACILITY_WORTH_BEFORE = /\b(?:data[- ]?cent(?:er|re)s?|cent(?:er|re)s?|facilit(?:y|ies)|campus(?:es)?|plants?|projects?|farms?)\b[^.;,$€£¥\d]{0,50}\bworth\s+(?:(?:about|around|roughly|approximately|nearly|some|more\s+than|over|up\s+to)\s+)?$/i;
/** "3.5万块Blackwell芯片,价值": goods counted, then their worth. */
const WORTH_OF_GOODS_ZH = /(?:芯片|晶片|GPU|显卡|顯卡|处理器|處理器|服务器|伺服器|加速卡)[，,]?\s*(?:总)?价值\s*(?:约|約|超过|超過|近|逾)?\s*$/;
const WORTH_BEFORE_ZH = /价值\s*(?:约|約|超过|超過|近|逾)?\s*$/;
/** After an amount: 的 and up to ten characters, then an agreement, a contract or an order (价值…的算力购买协议). */
const AGREEMENT_AFTER_ZH = /^的[^，,。；;\d]{0,10}?(?:协议|協議|合同|合约|合約|订单|訂單)/;
/** "的订单,从这家美国芯片制造商购买约10万个…处理器": an order whose goods are counted chips. */
const GOODS_BOUGHT_ZH = /^的?订单[，,][^。；;]{0,20}?(?:购买|購買|采购|採購)[^。；;]{0,20}?(?:芯片|晶片|GPU|处理器|處理器|加速卡)/;
/** "Around $40 million in Nvidia chips", "$10 billion of GPUs": an amount in goods is what they cost. */
const GOODS_IN_AFTER = /^\s+(?:in|of)\s+(?:(?:Nvidia|NVIDIA|AMD|Intel|Google|AWS|Huawei)(?:['’]s)?\s+)?(?:(?:AI|[A-Z]{1,3}\d{2,4}[A-Za-z]?|Blackwell|Hopper|Rubin)\s+)?(?:chips|GPUs|accelerators|processors|servers)\b/;
/** "建设100亿美元的“海王星”数据中心": an amount, 的, a quoted name perhaps, and a facility. */
const ZH_FACILITY_AFTER = /^\s*的\s*(?:[“"「『][^”"」』]{1,12}[”"」』]\s*)?(?:AI|人工智能|超大规模|超大型|大型)?\s*(?:数据中心|數據中心|資料中心|智算中心|算力中心|园区|園區)/;

/** From one level to another after the memory is named: 从V100的32GB扩展至H200的. */
const MEMORY_CHANGE_TO = /[从從由][^，,。；;]{0,24}(?:扩展|擴展|提升|增加|增|升级|升級|扩大|擴大)?(?:至|到)[^，,。；;]{0,10}$/;

/** Words of a chip's memory (HBM, 显存), not of storage. */
// (Not on-chip SRAM, GDDR or LPDDR: chips carry several memories, and the store keeps their HBM.)
// (記憶體容量: Taiwan copy's word for a GPU's memory size.)
const MEMORY_NEAR = /HBM|显存|顯存|[記记][憶忆][體体]容量/i;
/** Right before a size: the total capacity (總容量達, "for a total capacity of"). */
const TOTAL_CAPACITY_BEFORE = /(?:总|總)容量\s*(?:达到?|達到?|为|為|高达|高達|可达|可達|约|約)?\s*$|\b(?:for\s+)?a\s+total(?:\s+capacity)?\s+of\s*$|\btotal\s+capacity\s+(?:of|is|reaches)\s*$/i;
/** " of ultra-fast HBM3 memory": the memory after a few words. */
const MEMORY_OF_AFTER = /^\s*of\s+(?:(?!aggregate|total|combined|pooled|shared)[a-z][\w-]*\s+){0,2}HBM/i;
/** " per GPU": a system's size given per chip ("the GB200 NVL72's 192GB per GPU"), not the system's. */
const PER_CHIP_AFTER = /^\s*(?:per|each|a)\s+(?:GPU|chip|accelerator)\b/i;
/** "the H100's ", "versus the MI300X's ": a chip's possessive right before a size. */
const CHIP_POSSESSIVE_BEFORE = /\b(?:[A-Z]{1,3}\d{2,4}[A-Z]{0,2}|Blackwell|Hopper|Gaudi\s?\d|Trainium\d?)['’]s\s+$/;

/** "each MI300X providing", "each GPU offers": one chip's share named right before a size. */
const EACH_CHIP_PROVIDING = /\beach\s+(?:[A-Z][\w-]*\s+){0,2}?(?:[A-Z]+\d+[A-Za-z]*|GPU|chip|accelerator)\s+(?:provid(?:es|ing)|offer(?:s|ing)|ha(?:s|ving)|carr(?:ies|ying)|pack(?:s|ing)|with|featur(?:es|ing))\s+(?:up\s+to\s+)?$/;

/** A verb of putting money somewhere right before an amount (its object's "into" follows). */
const PUT_INTO_BEFORE = /\b(?:put|puts|putting|pour|pours|poured|pouring|plow|plows|plowed|plowing|plough|ploughed|sink|sinks|sinking|sank|pump|pumps|pumped|pumping|funnel|funnels|funneled|funnelled|channel|channels|channeled|channelled)\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|up to|at least|an?\s+(?:additional|extra|further)|another)\s+)?$/i;

/** An order book right after an amount, up to two words between ("AI-related remaining performance obligation"). */
const ORDER_BOOK_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:remaining\s+performance\s+obligations?|RPO|backlog|order\s+book)\b/i;
/** A verb of raising money right before an amount ("raises $1.5B", "raised a further"). */
const RAISED_BEFORE = /\b(?:raise|raises|raised|raising)\s+(?:(?:about|around|roughly|nearly|over|more\s+than|an?\s+(?:additional|further|fresh|new))\s+)?$/i;
/** A promise to spend before an amount: 承诺, 承諾, committed to, pledged to. */
const PROMISED_BEFORE = /承[诺諾]|\b(?:committed|commits|commit|pledged|pledges)\s+to\b/i;
/** ("Anthropic將向微軟購買總值達300億美元的雲端運算服務": services or compute the buyer will buy from a named seller are promised.) */
const SERVICES_TO_BUY_BEFORE = /[将將]向[^，,。；;\d]{1,12}?(?:购买|購買|采购|採購)[^，,。；;\d]{0,8}$/;
const SERVICES_AFTER = /^[^，,。；;]{0,24}?(?:服务|服務|算力|云|雲)/;
/** Earnings per share named right after an amount ("$1.77 non-GAAP EPS", "$2.05 in adjusted earnings per share"). */
const PER_SHARE_EARNINGS_AFTER = /^\s*(?:in\s+)?(?:(?:non-GAAP|GAAP|adjusted|diluted|basic)\s+)*(?:EPS|earnings\s+per\s+(?:diluted\s+)?share)\b/i;
/** Earnings per share right before an amount. */
const PER_SHARE_EARNINGS_BEFORE = /\b(?:EPS|earnings\s+per\s+(?:diluted\s+)?share)\b[^.;,\d]{0,10}$|每股(?:收益|盈利|净收益|淨收益)[^，,。；;\d]{0,6}$/i;
/**
 * The words of a profit before one-off items (扣非, 经调整, 调整后, non-GAAP, 非国际财务报告准则, adjusted): one vocabulary for
 * the claims, a release's issuer and the store comparison, which read it right before an amount or earlier in its sentence.
 */
const ADJUSTED_ZH = String.raw`扣非|扣除非经常性|扣除非經常性|经调整|經調整|调整后|調整後|非国际财务报告|非國際財務報告|非通用会计准则|非通用會計準則`;
const ADJUSTED_EN = String.raw`\bnon[- ]?(?:GAAP|IFRS|HKFRS)\b|\badjusted\b`;
/** Those words anywhere in a stretch of text. */
export const ADJUSTED_WORDS = new RegExp(`${ADJUSTED_EN}|${ADJUSTED_ZH}`, 'i');
/**
 * Profit before one-off items, right before an amount (`非国际财务报告准则下的净利润为`: the words up to ten characters before;
 * `扣非净利润同比+27.5%至5.20亿元`: its change between, then 至).
 */
const ADJUSTED_PROFIT_BEFORE = new RegExp(String.raw`(?:${ADJUSTED_ZH})[^，,。；;\d]{0,10}(?:[+＋\-−]?\d+(?:\.\d+)?\s?%\s?(?:至|到|达|達)\s*)?$|\b(?:non-GAAP|non-IFRS|non-HKFRS|adjusted)\s+(?:net\s+)?(?:income|profit|earnings)\b[^.;,\d]{0,10}$`, 'i');

/** After an amount: a comma, a size in power and the facility it sizes ("…, 280-megawatt AI factory", "a $228 million, 24-kilowatt underwater data center"). */
const SIZED_FACILITY_AFTER = /^,\s*\d[\d,.]*(?:[- ]?(?:kilowatts?|megawatts?|gigawatts?)|\s?(?:kW|MW|GW))\b(?:\s*\([A-Z]{2}\))?\s+(?:[A-Za-z-]+\s+){0,3}?(?:data\s*cent(?:er|re)|campus|facility|factory|plant|cluster|site)s?\b/i;

/** Cash burned, right before an amount ("burned $9 billion in 2025", "烧掉了50亿美元"): no measure the store keeps. */
const CASH_BURN_BEFORE = /\b(?:burn(?:ed|t|s|ing)?(?:\s+through)?|cash\s+burn\s+of)\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some|an\s+estimated)\s+)?$|(?:烧掉|燒掉|烧钱|燒錢|烧了|燒了)[^，,。；;\d]{0,4}$/i;

const POWER_SUPPLY_AFTER = /^\s*(?:的)?\s*(?:电源|電源|供电模块|供電模組|power\s+suppl(?:y|ies)|PSUs?\b)/i;

/** The measure a figure states, from its kind, its counted noun and cue words in its clause. */
const EXCHANGE_RATE_BEFORE = /(?:兑|兌)[^，,。；;\d]{0,6}(?:1|一)\s*比\s*$|(?:汇率|匯率)(?:为|為|是|约|約)?\s*$|\bexchange\s+rate\s+of\s+(?:about\s+|around\s+)?$/i;
const PAY_AFTER = /^\s*(?:的)?\s*(?:薪酬|薪资|薪資|薪水|年薪|工资|工資|报酬|報酬|待遇|奖金|獎金|签约奖金|簽約獎金)|^\s+(?:(?:annual|yearly|signing|retention)\s+)?(?:pay(?:\s+packages?)?|compensation(?:\s+packages?)?|salar(?:y|ies)|bonus(?:es)?|signing\s+bonus|wages?)\b/i;
const PAY_BEFORE = /(?:年薪|薪酬|薪资|薪資|月薪|工资|工資)[^，,。；;\d]{0,4}$|\b(?:salary|salaries|compensation|pay\s+package|bonus)\s+(?:of|worth)\s+(?:(?:about|around|roughly|up\s+to|more\s+than|over|nearly)\s+)?$/i;
const VALUATION_RIGHT_AFTER = /^\s+(?:post-?money|pre-?money|fully[- ]diluted)\s+valuation\b/i;
/** A verb of buying a company earlier in the sentence. */
const TAKEOVER_VERB_BEFORE = /\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))\b/i;

export function measureFor(text: TextReader, figure: Figure, clauseStart: number, clauseEnd: number): string | null {
  const clause = text.slice(clauseStart, clauseEnd);
  switch (figure.kind) {
    case 'money': {
      // "以每股32.28美元購入", "$23.28 per share", "发行定价为114.28元/股": a price per share, whatever verb of buying is near.
      if (/每股\s*$/.test(text.slice(Math.max(clauseStart, figure.offset - 4), figure.offset)) || /^\s*(?:per|a)\s+share\b|^\s*\/\s*股/i.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 12))) return 'price';
      // "adjusted diluted EPS $6.30–$6.40", "每股收益0.5元": earnings per share, no measure the store keeps.
      // ("扣非归母净利润341.88亿元", "non-GAAP net income of $3 billion": profit before one-off items, not net income.)
      const lead24 = text.slice(Math.max(clauseStart, figure.offset - 24), figure.offset);
      if (PER_SHARE_EARNINGS_BEFORE.test(lead24) || ADJUSTED_PROFIT_BEFORE.test(lead24) || CASH_BURN_BEFORE.test(lead24)) return null;
      // ("以2.5亿美元的薪酬待遇挖角人才", "a $100 million pay package", "a salary of $1 million": pay, no measure the store keeps.)
      if (PAY_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 20)) || PAY_BEFORE.test(lead24)) return null;
      // ("若以新台幣兌美元1比31.6元計算", "at an exchange rate of 7.1 yuan": a currency's rate, no amount of anything.)
      if (EXCHANGE_RATE_BEFORE.test(lead24)) return null;
      // ("consensus calls for $1.77 non-GAAP EPS on about $79 billion of revenue": earnings per share named after the amount.)
      if (PER_SHARE_EARNINGS_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 32))) return null;
      // "logged its first $100 billion-plus quarter", "a $50 billion year": an amount that names a period describes it (its
      // sales), no measure the clause's other cues (capital spending guidance) give.
      if (/^\s+(?:quarters?|years?|months?|fiscal\s+years?)\b/i.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 16))) return null;
      // ("Apple Inc will invest $10 billion to build its first China data center": the verb of investing governs what the
      // money goes to build.)
      if (/\binvest(?:s|ed|ing)?\s+(?:(?:about|around|roughly|approximately|nearly|over|more\s+than|up\s+to|an\s+additional|another)\s+)?$/i.test(text.slice(Math.max(clauseStart, figure.offset - 40), figure.offset)) && /^\s+to\s+(?:build|construct|develop|expand|set\s+up)\b/i.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 20))) return 'investment';
      // ("Microsoft pledged a US$2.2 billion (S$3 billion) investment in AI": the noun after the amount's conversion in brackets,
      // which ends the clause, says what the money is, as it does right after the amount.)
      if (/\b(?:an?|the|its|their)\s+$/i.test(text.slice(Math.max(0, figure.offset - 8), figure.offset)) && INVESTMENT_AFTER_CONVERSION.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 48))) return 'investment';
      // ("Nvidia将以高达70亿美元的价格收购Mellanox": the price a takeover pays is its cost, as "acquire … for $7 billion"; so with the
      // sellers between after 以, "英伟达将以400亿美元的价格从软银集团…收购…Arm".)
      if (takeoverPrice(text, figure, clauseStart, clauseEnd)) return 'cost';
      // "would cost … $27 billion for 1 million GPUs at the price of the cheaper H100s": an amount for a number of chips is
      // what they cost, whatever price word follows.
      if (FOR_CHIPS_AFTER.test(text.slice(figure.offset + figure.length, Math.min(clauseEnd, figure.offset + figure.length + 48)))) return 'cost';
      // ("Polaris Forge 2, a $3 billion, 280-megawatt AI factory": an amount and a size before a facility are what it costs.)
      if (SIZED_FACILITY_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 60))) return 'cost';
      // "Cost per FP8 TFLOP: NVIDIA H100 SXM5 = $0.84": a price per unit of something else is a rate, no measure the store keeps.
      // (One slice of the clause before the figure; the two cues anchored at its end read its tail.)
      const lead = text.slice(Math.max(clauseStart, figure.offset - 80), figure.offset);
      if (RATE_PER_THING_BEFORE.test(lead)) return null;
      // "has committed to purchase $30 billion of computing capacity": what is committed, not a purchase made.
      if (COMMITTED_TO_BUY.test(lead.slice(-48))) return 'commitment';
      // "出口3.5万块Blackwell芯片,价值10亿美元", "价值10万美元的订单,从…购买约10万个…处理器": the worth of chips named in the clause.
      if (WORTH_OF_GOODS_ZH.test(lead.slice(-40)) || (WORTH_BEFORE_ZH.test(lead.slice(-6)) && GOODS_BOUGHT_ZH.test(text.slice(figure.offset + figure.length, Math.min(clauseEnd + 60, figure.offset + figure.length + 60))))) return 'cost';
      // "a purchase that would have cost … $10 trillion at list price": the price named after is the basis of a cost.
      if (/\bcost\b[^,.;]{0,30}$/i.test(lead) && /^\s+at\s+(?:list|market|retail|current)\s+prices?\b/i.test(text.slice(figure.offset + figure.length, Math.min(clauseEnd, figure.offset + figure.length + 24)))) return 'cost';
      // "The deal valued Databricks at $43 billion": the company valued stands between the verb and "at".
      // ("values Microsoft's stake in OpenAI Group PBC at approximately $135 billion", "a 32.5% stake in OpenAI valued at
      // about $135 billion": what a holding is worth, neither an investment made nor the company's valuation.)
      if (STAKE_VALUED_AT.test(lead.slice(-90))) return null;
      // ("to acquire Calpine, an operator of …, in a cash-and-stock transaction valued at approximately $16.4bn": a takeover's
      // worth is the price of the company bought, as in "acquire Calpine for $16.4 billion".)
      if (/\b(?:transaction|merger|takeover|acquisition|buyout)s?\s+valued\s+at\s+(?:(?:about|around|roughly|approximately|nearly|some|more than|over|up to)\s+)?$/i.test(lead.slice(-60)) && TAKEOVER_VERB_BEFORE.test(sinceSentenceStart(text, figure.offset, 200))) return 'cost';
      // ("a significant investment valued at several hundred million dollars": the investment's size, not a valuation.)
      if (/\b(?:investment|project|build-?out|expansion)s?\s+valued\s+at\s+(?:(?:about|around|roughly|approximately|nearly|some|more than|over|up to)\s+)?$/i.test(lead.slice(-60))) return 'investment';
      // ("a cloud computing agreement valued at about $40 billion": what a deal is worth.)
      // ("a significant 25-year lease agreement, valued at approximately $5.9 billion": a comma after the deal's noun too.)
      if (/\b(?:agreement|deal|contract|order|pact|transaction|merger|takeover|lease)s?,?\s+valued\s+at\s+(?:(?:about|around|roughly|approximately|nearly|some|more than|over|up to)\s+)?$/i.test(text.slice(Math.max(0, figure.offset - 60), figure.offset))) return 'contract_value';
      // ("is putting $1.5 billion into a new AI data center", "poured $10 billion into"): money put into something is invested.
      if (PUT_INTO_BEFORE.test(lead.slice(-40)) && /^\s+(?:[\w-]+\s+){0,3}?into\b/i.test(text.slice(figure.offset + figure.length, Math.min(clauseEnd, figure.offset + figure.length + 40)))) return 'investment';
      // ("微软将在原地投 33 亿美元建 AI 数据中心", headline Chinese: 投 right before the amount is 投资, not 投产 or 投票.)
      if (/(?<![投])投\s*(?:约|約|近|逾|超|超过|超過)?\s*$/.test(lead.slice(-8)) && !/(?:投资|投資|投入)\s*$/.test(lead.slice(-6))) return 'investment';
      // ("簽訂了一項價值3000億美元的算力購買協議": the worth of an agreement named after the figure, whatever it buys.)
      if (WORTH_BEFORE_ZH.test(lead.slice(-6)) && AGREEMENT_AFTER_ZH.test(text.slice(figure.offset + figure.length, Math.min(clauseEnd, figure.offset + figure.length + 16)))) return 'contract_value';
      // ("a 200 MW hyperscale centre developed by a Thai investor worth 54.9 billion baht": what a facility is worth is what it
      // takes to build, as with "projects worth" in investment approvals.)
      if (FACILITY_WORTH_BEFORE.test(lead.slice(-70))) return 'investment';
      if (VALUED_NAME_AT.test(lead.slice(-60))) return 'valuation';
      // The nearest cue, capex first on a tie. A nearer specific cue keeps its measure ("total expenses of
      // $162 billion and capex of …"); over general spending words a capex cue within 40 characters wins
      // ("spent $3.5 billion on capex", "资本支出"), so only then is it looked for on its own.
      // ("raising $65 billion in Series H funding at a $965 billion post-money valuation": the noun right after the amount,
      // past its money-stage adjective, is what it is, nearer than the funding word before.)
      if (VALUATION_RIGHT_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 40))) return 'valuation';
      const nearest = nearestCue(text, MONEY_CUES, figure, clauseStart, clauseEnd);
      if (nearest && GENERIC_SPEND.has(nearest.measure)) {
        const capex = nearestCue(text, CAPEX_CUES, figure, clauseStart, clauseEnd);
        if (capex && capex.distance <= 40) return 'capex';
      }
      // ("Anthropic承諾在未來十年內向微軟Azure豪擲300億美元購買云算力", "committed to buy $30 billion of Azure compute": a purchase
      // promised is a commitment, whatever verb of buying is nearer.)
      if (nearest?.measure === 'cost' && PROMISED_BEFORE.test(text.slice(Math.max(clauseStart, figure.offset - 40), figure.offset))) return 'commitment';
      if (nearest?.measure === 'cost' && SERVICES_TO_BUY_BEFORE.test(text.slice(Math.max(clauseStart, figure.offset - 30), figure.offset)) && SERVICES_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 30))) return 'commitment';
      // ("Lambda Raises $1.5B to Build Gigawatt-Scale AI Factory Infrastructure": money raised to build something is funding.)
      if (nearest?.measure === 'cost' && RAISED_BEFORE.test(text.slice(Math.max(clauseStart, figure.offset - 16), figure.offset))) return 'funding';
      // ("contributing to a $455 billion AI-related remaining performance obligation": an order book named after the amount,
      // a word or two of what it is between.)
      if (ORDER_BOOK_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 56))) return 'contract_value';
      const measure = nearest?.measure ?? null;
      // "plans for a $6 million, 300-megawatt data center": an amount modifying a facility is what it costs.
      const tail = text.slice(figure.offset + figure.length, Math.min(clauseEnd, figure.offset + figure.length + 72));
      if (!measure && (FACILITY_AFTER.test(tail) || ZH_FACILITY_AFTER.test(tail) || GOODS_IN_AFTER.test(tail))) return 'cost';
      // ("The $500 billion Stargate initiative", "the $500 million Stargate project": an amount before a named programme is
      // what is invested in it.)
      // (Not what a part is part of: "as part of the $100 billion Stargate initiative", "Hyperion, part of $100+ billion AI program".)
      if (!measure && PROGRAMME_NAMED_AFTER.test(tail) && !PART_OF_AMOUNT_BEFORE.test(lead.slice(-28))) return 'investment';
      // "The approximately $500 million project will include … a data center campus": a project the clause says is a facility.
      if (!measure && /^\s+project\b/.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 12)) && /\bdata[- ]?cent(?:er|re)s?\b|\bcampus\b/i.test(clause)) return 'cost';
      // "about 7 GW (roughly $400 billion)": an amount in brackets right after a power figure is what that power costs.
      if (!measure && POWER_THEN_BRACKET_BEFORE.test(text.slice(Math.max(0, figure.offset - 24), figure.offset))) return 'cost';
      // "plans to spend $80 billion on AI-enabled data centres": a company's spending on its own
      // data centres and infrastructure is its capital expenditure.
      // ("will spend $9 billion expanding its data center operations across Virginia": spending in one place is an
      // investment there, not the company's capital expenditure.)
      if (measure === 'spending' && DATA_CENTRE_SPEND.test(clause)) return onePlaceIn(clause) ? 'investment' : 'capex';
      return measure;
    }
    case 'power':
      // "需配置198kw 电源", "a 5.5 kW power supply": the rating of a supply, not what anything draws.
      if (POWER_SUPPLY_AFTER.test(text.slice(figure.offset + figure.length, Math.min(clauseEnd, figure.offset + figure.length + 16)))) return null;
      return mentionsAny(clause, POWER_CHIP_CUES) && figure.value != null && figure.value < 1e5 ? 'chip_power' : 'power';
    case 'energy':
      return 'energy_use';
    case 'count': {
      // "B200封装了2080亿个晶体管", "208 billion transistors": what a chip is made of, no count of chips.
      if (/^\s*(?:晶体管|晶體管|transistors?\b)/i.test(text.slice(figure.offset + figure.length, Math.min(clauseEnd, figure.offset + figure.length + 14)))) return null;
      // (两间发展半导体芯片技术的企业: a classifier of firms, rooms, people or buildings counts no chips named near it.)
      const near = figure.noun ? undefined : nounAfter(text, figure, clauseEnd) ?? chipsNamedBefore(text, figure, clauseStart);
      const noun = figure.noun ?? (near && NO_CHIPS_CLASSIFIER.test(figure.text) && countsChips(near) ? null : near);
      // ("最多1.6億股普通股的認股權證", "up to 160 million shares of AMD stock": shares of a company, counted.)
      if (!noun && sharesCounted(text, figure, clauseEnd)) return 'count';
      // ("安装标准机架82万架", "机柜数量达10万个": the racks named before their count.)
      if (!noun && RACKS_BEFORE.test(text.slice(Math.max(clauseStart, figure.offset - 10), figure.offset))) return 'rack_count';
      if (!noun) {
        const cue = nearestCue(text, COUNT_CUES, figure, clauseStart, clauseEnd);
        // "Microsoft employees split the project into five phases", 微软的员工将项目划分了五个阶段, "users in 150
        // countries": a count followed by a noun of its own counts that, not the cue's people.
        if (cue && cue.distance > 0 && countsOtherNoun(text, figure, clauseEnd)) return null;
        return cue?.measure ?? null;
      }
      // "相当于140万块H100 GPU等效算力", "1.4 million H100 equivalents": compute counted in units of a GPU, not GPUs.
      if (EQUIVALENT_BEFORE.test(text.slice(Math.max(clauseStart, figure.offset - 24), figure.offset)) || EQUIVALENT_AFTER.test(text.slice(figure.offset + figure.length, Math.min(clauseEnd, figure.offset + figure.length + 40)))) return 'gpu_equivalents';
      // "已出货600万颗GPU", "shipped 1.5 million GPUs": units sold over time, not a fleet or a chip's make-up.
      if (SHIPPED_BEFORE.test(text.slice(Math.max(clauseStart, figure.offset - 12), figure.offset))) return 'shipments';
      // "550,000 Nvidia chips", "55萬顆輝達（Nvidia）晶片": the chips of a GPU maker are its GPUs.
      if (noun === 'chip' && GPU_MAKER_CHIPS.test(text.slice(figure.offset, Math.min(clauseEnd, figure.offset + figure.length + 30)))) return 'gpu_count';
      if (COUNT_NOUN_MEASURE[noun]) return COUNT_NOUN_MEASURE[noun];
      // "5-6万台NVL72": a rack of 72 GPUs, counted as racks.
      if (/^NVL\d+$/.test(noun)) return 'rack_count';
      // ("five LMS100 aeroderivative units": a model of turbine or engine named like a chip is no chip.)
      if (GPU_MODEL.test(noun) && !MACHINE_AFTER_MODEL.test(text.slice(figure.offset + figure.length, Math.min(clauseEnd, figure.offset + figure.length + 40)))) return noun.startsWith('TPU') || /^Trainium|^Maia/.test(noun) ? 'chip_count' : 'gpu_count';
      return null;
    }
    case 'percent': {
      const cue = nearestCue(text, PERCENT_CUES, figure, clauseStart, clauseEnd)?.measure;
      // ("SMIC's capacity utilization rate rose to 85.9%": a level a rate rose to is that rate's, not a growth rate.)
      if (cue === 'growth' && LEVEL_REACHED_BEFORE.test(text.slice(Math.max(clauseStart, figure.offset - 16), figure.offset))) {
        const level = nearestCue(text, LEVEL_CUES, figure, clauseStart, clauseEnd)?.measure;
        if (level) return level;
      }
      if (cue) return cue;
      // "will hold an investment in OpenAI Group PBC valued at about $135 billion, representing roughly 32.5 percent":
      // the share of the company that a holding represents.
      const lead = text.slice(Math.max(0, figure.offset - 200), figure.offset);
      return HOLDING_REPRESENTING.test(lead) ? 'stake' : null;
    }
    case 'data':
      // "192GB of HBM3e", "高达 256 GB 的 HBM3E 显存": a chip's memory, named right next to the size.
      // ("an H100 Tensor Core GPU (with 96 GB HBM3 memory)": a component's spec in brackets stays unread.)
      // ("HBM3e 堆栈 (每个 24GB)": the size of each stack in brackets, likewise.)
      if (/[（(]\s*(?:with\s+|each\s+|每个\s*|每個\s*|每颗\s*|每顆\s*)?$/i.test(text.slice(Math.max(0, figure.offset - 8), figure.offset))) return null;
      if (MEMORY_NEAR.test(text.slice(Math.max(clauseStart, figure.offset - 12), Math.min(clauseEnd, figure.offset + figure.length + 16)))) return 'memory';
      // ("96GB of ultra-fast HBM3 memory": an adjective or two between the size and the memory.)
      // (One chip's memory is under a terabyte: "20.7 TB of on-package HBM3e" is a system's, "1.77 PB of aggregate HBM" a pod's.)
      const oneChips = (figure.value ?? Infinity) <= 1.1e12;
      if (oneChips && MEMORY_OF_AFTER.test(text.slice(figure.offset + figure.length, Math.min(clauseEnd, figure.offset + figure.length + 40)))) return 'memory';
      // ("192 GB of HBM3 memory—more than double the H100's 80 GB", "256GB of HBM3e versus the MI300X's 128GB": another
      // chip's size compared with the memory just named.)
      if (oneChips && CHIP_POSSESSIVE_BEFORE.test(text.slice(Math.max(0, figure.offset - 24), figure.offset)) && !PER_CHIP_AFTER.test(text.slice(figure.offset + figure.length, figure.offset + figure.length + 12)) && MEMORY_NEAR.test(text.slice(Math.max(0, figure.offset - 80), figure.offset))) return 'memory';
      // ("HBM容量从V100的32GB扩展至H200的141GB": the memory named before a change from one chip's size to another's.)
      if (MEMORY_NEAR.test(text.slice(clauseStart, Math.min(figure.offset, clauseStart + 12))) && MEMORY_CHANGE_TO.test(text.slice(clauseStart, figure.offset))) return 'memory';
      // ("增加高頻寬記憶體（HBM）容量，每顆晶片提供192GB容量": HBM named in the clause before, then each chip's size.)
      if (/[每单單][颗顆块塊张張个個]?(?:芯片|晶片|GPU|卡)[^，,。；;\d]{0,4}$/.test(text.slice(Math.max(clauseStart, figure.offset - 10), figure.offset)) && MEMORY_NEAR.test(text.slice(Math.max(0, figure.offset - 30), figure.offset))) return 'memory';
      // ("每個 Rubin GPU 整合 8 個 HBM4 堆棧，總容量達 288GB", "eight HBM4 stacks for a total capacity of 288 GB": the total of
      // the stacks just named.)
      if (TOTAL_CAPACITY_BEFORE.test(text.slice(Math.max(clauseStart, figure.offset - 24), figure.offset)) && MEMORY_NEAR.test(text.slice(Math.max(0, figure.offset - 48), figure.offset))) return 'memory';
      // ("High-bandwidth memory (HBM3) capacity is a defining feature, with each MI300X providing 192 GB": the same in English.)
      return EACH_CHIP_PROVIDING.test(text.slice(Math.max(0, figure.offset - 40), figure.offset)) && MEMORY_NEAR.test(text.slice(Math.max(0, figure.offset - 120), figure.offset)) ? 'memory' : null;
    case 'area':
      return 'area';
    case 'compute':
      return 'compute';
    case 'volume':
    case 'mass':
      return /水|water/i.test(clause) ? 'water_use' : null;
    case 'duration':
      return buildTime(text, figure) ? 'duration' : null;
    default:
      return null;
  }
}

/**
 * The time a site took to build, in its build wording: "built in 122 days", "achieved in just 212 days", "stood up in 19
 * days", "仅用122天建成", "122天内完成搭建". (Not "doubled in 92 days", a time to grow, nor "in 30 days" alone.)
 */
export function buildTime(text: TextReader, figure: Figure): boolean {
  const end = figure.offset + figure.length;
  return BUILT_IN_BEFORE.test(text.slice(Math.max(0, figure.offset - 48), figure.offset)) || BUILT_AFTER_ZH.test(text.slice(end, end + 10)) || BUILD_TOOK_BEFORE_ZH.test(text.slice(Math.max(0, figure.offset - 14), figure.offset));
}
const BUILT_IN_BEFORE = /\b(?:built|constructed|erected|assembled|stood up|set up|brought online|brought up|went live|activated|completed|achieved|finished|deployed)\b[^.;:!?]{0,30}?\b(?:in|within)\s+(?:just\s+|only\s+|a\s+record\s+|under\s+|less\s+than\s+|about\s+|roughly\s+)?$/i;
const BUILT_AFTER_ZH = /^\s*(?:之?内|以内)?(?:就|便)?(?:建成|完成建设|完成搭建|搭建完成|建设完成|完工|投产|上线|上線|落成|組裝完成|组装完成)/;
const BUILD_TOOK_BEFORE_ZH = /(?:建设|建設|搭建|建成|施工|组装|組裝)[^，,。；;]{0,6}(?:仅用|僅用|只用|用了|耗时|耗時|历时|歷時|花了)(?:了)?\s*$/;
