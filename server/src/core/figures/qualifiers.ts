// Prefix and suffix hedges (docs/figures.md, "Qualifiers and bounds").
import type { Qualifier } from '../types.ts';
import { Trie, BackTrie, isLatin, isGroupSpace, isDigit, isCJK } from './chars.ts';

export interface QualMatch {
  q: Qualifier;
  /** Where the hedge starts (prefix) or ends (suffix). */
  at: number;
  between?: boolean;
  /** "最多", "多": upper side open with a step (X多). */
  text: string;
}

const ZH_PREFIX: [string, Qualifier][] = [
  ['大约', 'about'], ['约略', 'about'], ['大概', 'about'], ['大致', 'about'], ['约合', 'about'], ['约当', 'about'], ['约', 'about'], ['将近', 'nearly'], ['接近', 'nearly'],
  ['逼近', 'nearly'], ['进逼', 'nearly'], ['進逼', 'nearly'], ['几乎', 'nearly'], ['近乎', 'nearly'], ['近', 'nearly'], ['超过', 'more-than'], ['超越', 'more-than'], ['逾', 'more-than'], ['超', 'more-than'],
  ['不止', 'more-than'], ['刚过', 'more-than'], ['刚刚超过', 'more-than'], ['至少', 'at-least'], ['不少于', 'at-least'], ['不低于', 'at-least'], ['多达', 'up-to'], ['高达', 'up-to'], ['长达', 'up-to'],
  // 至少高達1.6億美元 ("at least as high as"): the floor is the hedge, not the cap.
  ['至少高达', 'at-least'], ['最少高达', 'at-least'], ['至少多达', 'at-least'], ['至少长达', 'at-least'],
  ['最高', 'up-to'], ['最多', 'up-to'], ['不到', 'less-than'], ['不足', 'less-than'], ['低于', 'less-than'], ['少于', 'less-than'],
  // 估计有25%的数据流量受影响 ("an estimated 25%", as the English): about.
  ['估计有', 'about'], ['估计为', 'about'], ['估计达', 'about'], ['估計有', 'about'], ['估計為', 'about'], ['估計達', 'about'], ['估计是', 'about'], ['估計是', 'about'],
  // 耗资略低于10亿美元 ("slightly less than", as the English): nearly.
  ['略低于', 'nearly'], ['稍低于', 'nearly'], ['略少于', 'nearly'], ['稍少于', 'nearly'], ['略低於', 'nearly'], ['稍低於', 'nearly'],
  // Taiwan's 不及 ("short of": 不及5000瓩). 过 alone hedges only a bare magnitude (投资过百亿元, 雙過億): after a verb
  // it marks the past (接洽過10艘船, see okZh).
  ['不及', 'less-than'], ['过', 'more-than'], ['過', 'more-than'],
  // 未达10% ("not reaching"), as 不到; 最短15年 (the shortest term): at least.
  ['未达', 'less-than'], ['最短', 'at-least'],
  // Colloquial 快 ("almost"): 翻了快一倍, 涨了快三倍, 快到100亿元, 快破1亿 (not 快3倍 after a comparison: "3 times faster").
  ['快', 'nearly'], ['快到', 'nearly'], ['快破', 'nearly'], ['快要', 'nearly'], ['快达', 'nearly'], ['快達', 'nearly'],
  ['不超过', 'at-most'], ['不超', 'at-most'], ['不逾', 'at-most'], ['至多', 'at-most'], ['最长', 'at-most'], ['不满', 'less-than'], ['最少', 'at-least'], ['达', 'exact'],
  // Comparisons: 高于/大于/多于 X = more than X, 不高于/不大于/不多于 = at most (as 低于/小于 and 不低于/不小于).
  ['高于', 'more-than'], ['大于', 'more-than'], ['多于', 'more-than'], ['小于', 'less-than'],
  ['不高于', 'at-most'], ['不大于', 'at-most'], ['不多于', 'at-most'], ['不小于', 'at-least'],
  // ≤ and ≥ in words: PUE需小于等于1.2, 大于或等于.
  ['小于等于', 'at-most'], ['小于或等于', 'at-most'], ['低于或等于', 'at-most'], ['大于等于', 'at-least'], ['大于或等于', 'at-least'], ['高于或等于', 'at-least'], ['小于或者等于', 'at-most'], ['大于或者等于', 'at-least'],
  // A floor or cap with a modal between 不 and the comparison: 最低规模不能少于2500P, 不得超过30%.
  ...['能', '得', '应', '可', '宜', '会'].flatMap((modal): [string, Qualifier][] => [
    [`不${modal}少于`, 'at-least'], [`不${modal}低于`, 'at-least'], [`不${modal}小于`, 'at-least'],
    [`不${modal}超过`, 'at-most'], [`不${modal}高于`, 'at-most'], [`不${modal}大于`, 'at-most'], [`不${modal}多于`, 'at-most']]),
];
// (最多可解熱到 700W: cooling verbs of a capacity, as 支持.)
const ZH_VERBS = ['解热', '散热', '制冷', '需要', '容纳', '包含', '含有', '含', '冲上', '衝上', '冲至', '衝至', '冲过', '衝過', '冲到了', '衝到了', '冲到', '衝到', '冲达', '衝達', '投资', '投入', '花费', '花', '耗资', '达到', '拥有', '部署', '采购', '购买', '提供', '消耗', '获得', '筹集', '募集', '融资', '支出', '配备', '搭配', '使用', '涉及', '耗电', '建设', '新增', '增加', '减少', '招聘', '雇佣', '雇用', '裁员', '出货',
  // 至少公布了七份报告: published, released, launched; 最多只能提出400项指令: put forward.
  '公布', '公佈', '发布', '發布', '推出', '提出', '提交',
  // 約賣出100萬顆H20: sold, shipped, delivered; 每年至少可發電250億度: generated; 至少会持续到2027年: lasting until.
  '卖出', '售出', '出售', '出货', '交付', '发电', '持续到', '持续至', '延续到', '延续至',
  // 大致可分为11类: divided into, comprising (the folded text reads 為 as 为).
  '分为', '分成', '划分为', '涵盖',
  // 最多可以买到200万tokens: bought.
  '买到', '购得',
  // 最多只能进口5万片: imported, exported.
  '进口', '出口',
  // 订单能见度至少看到2026年: seeing as far as; 最高来到59.05元, 最高飙至895元: reaching.
  '看到', '来到', '飙',
  '吸引', '引进', '引入', '带动', '创造', '实现', '签署', '签订', '承诺', '斥资', '募得', '筹得', '取得', '贡献', '产生', '节省', '带来', '达成',
  // 一年約可製造3700萬瓦: made, produced; 每年最多审查10个项目: reviewed, approved, admitted.
  '制造', '生产', '产出', '审查', '审批', '批准', '受理', '接纳', '接收',
  // 至少完成18起融资: deals done.
  '完成',
  // 全年至少亏损7.3亿元, 约盈利5亿元: a loss or a profit made.
  '亏损', '盈利', '亏', '赚进', '赚取', '赚了', '赚', '获利', '获益',
  // 約維持4%: holding at; 最高可领取万元: drawing (a grant or a prize).
  '维持', '保持', '领取', '领到',
  // 每年約以360%的速度增加: at a rate of.
  '以',
  // 几乎翻了十倍: multiplied.
  '翻',
  // 至少具有三项重大意义, 约只剩四周水位, 月产能约在28万片: having, being left, standing at.
  '具有', '具备', '只剩', '仅剩', '剩下', '在', '价值', '用', '配置', '追溯', '获', '折合',
  // 投资成本大概要少20%: less by about that much.
  '少',
  // 約繳納20億元, 约支付5亿元: paying in, paying; 最高募资51亿港元: raising.
  '缴纳', '缴付', '缴交', '支付', '募资', '集资', '筹资',
  // 每月約多繳七十元: paying that much more.
  '多缴', '多付', '多交', '多花', '多出',
  // 約落在2029年: falling at (a level or a year).
  '落在', '落于',
  // 约需100亿元 (needs about that much; 约需要 is read above).
  '需', '需耗资',
  // Changes and reaching a level: 最高调涨14%, 最高上涨, 最高触及141元, 最高摸高至, 最高曾报67.55元, 大概能装满1.5个.
  '增', '减', '涨', '上涨', '季增', '月增', '年增', '季减', '月减', '年减', // Taiwan: 約季增4% (about 4% over the quarter)
  '调涨', '调升', '上调', '上升', '升', '增长', '成长', '提高', '提升', '跌', '下跌', '下降', '降', '降低', '下调', '调降',
  '调高', '调低', '调增', '调减', '上修', '下修', // 最多調高三成: prices raised by up to that much
  '降价', '涨价', '提价', '减价', // 最高降价75%: the price changes by up to that much
  '飙升', '急升', '大涨', '暴涨', '狂飙', '急涨', '飙涨', // 最多曾飆升5.18%: a surge by up to that much
  '触及', '摸高', '冲高', '报', '见', '装满', '填满', '覆盖', '满足', '相当于', '等于', '计算为', '换算为', '折合', // 大约可计算为3125张
  '对应', '對應', // 1吉瓦大约对应5000个机柜
  '面临', '面臨', '判处', '判處', '判', '处以', '處以', // 最高恐面臨10年有期徒刑, 最高可判處20年
  '值', // 总货值约值200万元
  // Capacities: 最高支持1000万tokens, 最高可支持, 最多能处理, 最高可存储.
  '支持', '处理', '承载', '存储', '储存', '传输', '接入', '输出', '生成',
  // Grants: 每年最高补贴500万元, 最高奖励, 最多资助, 最高补助, 最高给予500万元奖励.
  '补贴', '补助', '奖励', '资助', '奖补', '支持资金', '给予', '发放',
  // Lead times: 至少要提早2至3年, 最多可缩短30%.
  '提早', '提前', '延长', '缩短', '耗时',
  // Supply: 約可供應2500萬戶; holding: 至少持有數萬張.
  '供应', '持有'];
/** Words looked up backwards from a position, the longest first (one trie walk instead of a startsWith each). */
function backWords(words: string[]): BackTrie<true> {
  const trie = new BackTrie<true>();
  for (const w of words) trie.add(w, true);
  return trie;
}
/** Words saying what a change is measured against, between a hedge's modal and its verb (同比上涨). */
const CHANGE_BASES = backWords(['同比', '环比', '按年', '按季', '按月', '年比', '季比']);
/** Particles a verb may take before its number: 最高涨至, 最高上涨了 (not 达/为: 最高融资达 makes 融资 the subject). */
const ZH_VERB_PARTICLES = backWords(['了', '至', '到']);
/** Modal words between a hedge and its verb: 大概能装满, 最高可达, 约可容纳, 最高一度触及, 最高曾报, 最高更达, 最多只能提出. */
// (最高或达1000亿美元: 或 "may", as 或将.)
// (约各消耗19太瓦时: 各 "each" before the verb.)
// (最高恐面臨10年有期徒刑: 恐 "may", before a verb of facing.)
// (至少还需5年: 还, 仍, 尚 "still" before a verb of need; 最高已经涨40%: 已经, 已 "already"; 大約足以供應75萬個: 足以 "enough to".)
const ZH_MODALS = backWords(['只能', '可以', '能够', '有望', '可望', '可能', '一度', '曾经', '或将', '必须', '可', '能', '将', '会', '要', '需', '须', '曾', '更', '或', '各', '恐', '还', '仍', '尚', '已经', '已', '足以', '足够', '足夠']);
/** The units of a rate whose 每 (and 为每) may stand between a hedge and the figure. */
const PER_UNITS = ['秒', '月', '年', '小时', '天', '股', '度', '千瓦时', '瓦特', '瓦', '吨', '公吨', '公噸', '噸', '平方米', '台', '片', '卡', '颗', '亩'];
/** 每 and the unit of a rate: 每秒, 每股, 每千瓦时. */
const PER_RATES = backWords(PER_UNITS.map((u) => `每${u}`));
// 最高到1438元, 最多至: to a level; 最多合共2,400万股, 最高合计3亿元: in total; 超过每秒1350亿亿次, 约为每月5.5万片, 大概是每月150美元, 約為每度9.1美分, 约为每瓦特8美元: a rate's 每秒/每月/每度 between.
// 最多额外5,000万美元: "up to an additional" amount (as in English); 至少在未来3年: "at least the next three years".
const ZH_FILLERS = backWords(['惊人的', '额外', ...PER_UNITS.map((u) => `为每${u}`), ...PER_UNITS.map((u) => `是每${u}`), '在未来', '为', '是', '了', '达', '有', '到', '至', '合共', '共计', '合计', '总共', '一共', '共', ...PER_UNITS.map((u) => `每${u}`), '每日']);

const zhPrefixRev = new BackTrie<Qualifier>();
for (const [w, q] of ZH_PREFIX) zhPrefixRev.add(w, q);
/** The verbs, reversed: one trie walk instead of a startsWith per verb for every figure. */
const zhVerbsRev = new BackTrie<true>();
for (const w of ZH_VERBS) zhVerbsRev.add(w, true);

/** The length of the longest of `words` that ends at `end` (0 when none does). */
function matchBack(s: string, end: number, words: BackTrie<true>): number {
  return words.match(s, end)?.len ?? 0;
}

function revMatch(s: string, end: number): { len: number; q: Qualifier } | null {
  const m = zhPrefixRev.match(s, end);
  return m ? { len: m.len, q: m.value } : null;
}

/** A lower-case plural noun and no number after it ("jobs", "new homes"). */
/** Singular nouns a size describes, after an adjective's plus ("the $2 billion plus number"), not before "of" (a sum). */
const SIZE_NOUN_AFTER_PLUS = /^(?:number|figure|mark|level|range|valuation|deal|business|opportunity|market|run-rate|price tag|CAGR|growth rate|annual growth)\b(?! of\b)/;
const PLURAL_NOUN_AT = /^(?:new |additional |more )?[a-z][a-z-]{1,20}s\b(?![ ,]+(?:and |of |or )?\d)/;

/** Words after which "lower than" / "higher than" bound the figure (a preposition or verb), not compare with it. */
/** A prohibition earlier in the clause (不得, 不能, 不可, 禁止 …, maybe a verb between) before 超过. */
const PROHIBITION_BEFORE = /(?:不得|不能|不可|不准|不允许|不允許|禁止|严禁|嚴禁)[^，,。；;：:]{0,6}$/;
/** Adverbs of degree before "higher than", "lower than" ("be slightly higher than 45%"). */
const DEGREE_ADVERBS = new Set(['slightly', 'somewhat', 'marginally', 'much', 'far', 'well', 'significantly', 'substantially', 'considerably', 'even', 'still']);
const COMPARISON_BOUND_LEADS = new Set(['in', 'at', 'for', 'of', 'be', 'is', 'are', 'was', 'were', 'remain', 'remains', 'stay', 'stays', 'within', 'with', 'by', 'to']);

const EN_PREFIX: [string, Qualifier][] = [
  ['about', 'about'], ['around', 'around' as Qualifier], ['roughly', 'about'], ['approximately', 'about'], ['approx', 'about'], ['approximate', 'about'], ['an approximate', 'about'],
  ['some', 'about'], ['near', 'about'], ['circa', 'about'], ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'], ['a hair under', 'nearly'], ['a hair below', 'nearly'], ['a little less than', 'nearly'], ['a little under', 'nearly'], ['slightly less than', 'nearly'], ['slightly under', 'nearly'],
  ['more than', 'more-than'], ['higher than', 'more-than'], ['larger than', 'more-than'], ['greater than', 'more-than'], ['bigger than', 'more-than'], ['smaller than', 'less-than'], ['over', 'more-than'], ['above', 'more-than'], ['past', 'more-than'], ['upwards of', 'more-than'],
  ['just over', 'more-than'], ['a hair over', 'more-than'], ['a hair above', 'more-than'], ['well over', 'more-than'], ['in excess of', 'more-than'],
  ['lower than', 'less-than'], ['at least', 'at-least'], ['minimally', 'at-least'], ['no less than', 'at-least'], ['no fewer than', 'at-least'], ['not less than', 'at-least'], ['not fewer than', 'at-least'], ['a minimum of', 'at-least'], ['minimum', 'at-least'],
  // "starting from $6/hr", "starting at $199": a price's floor (before money only: scanner).
  ['starting from', 'at-least'], ['starting at', 'at-least'], ['starts at', 'at-least'], ['start at', 'at-least'], ['starts from', 'at-least'],
  ['at or above', 'at-least'], ['at or below', 'at-most'],
  ['up to', 'up-to'], ['as much as', 'up-to'], ['as many as', 'up-to'], ['as high as', 'up-to'], ['as large as', 'up-to'], ['as long as', 'up-to'],
  ['less than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'], ['fewer than', 'less-than'],
  ['at most', 'at-most'], ['no more than', 'at-most'], ['a maximum of', 'at-most'], ['between', 'range'],
  // "between year 2024 and 2026", "between the years 2028 and 2030": the time word inside the range phrase.
  ['between year', 'range'], ['between years', 'range'], ['between the years', 'range'],
  // A limit set on it: "licences capped at 50,000 GPUs", "a cap of $5 billion", "limited to 1,700 units".
  ['capped at', 'at-most'], ['a cap of', 'at-most'], ['limited to', 'at-most'], ['a ceiling of', 'at-most'],
  // (Indian policy copy: "upto maximum Rs 10 Crores", "subject to maximum Rs 50 Crores", "a total ceiling of INR 50 Crore".)
  ['maximum', 'at-most'], ['upto', 'up-to'], ['a total ceiling of', 'at-most'], ['a total cap of', 'at-most'],
  ['an estimated', 'about'], ['estimated', 'about'], ['estimated at', 'about'], ['estimated to be', 'about'], ['estimated to be worth', 'about'],
  // Market talk: "north of $50 billion", "just shy of $100", "in the region of £2bn".
  ['north of', 'more-than'], ['well north of', 'more-than'], ['upward of', 'more-than'], ['south of', 'less-than'],
  ['shy of', 'nearly'], ['just shy of', 'nearly'], ['approaching', 'nearly'], ['fast approaching', 'nearly'], ['nearing', 'nearly'], ['fast nearing', 'nearly'],
  // "quarterly revenue is now almost at $20 billion".
  ['almost at', 'nearly'], ['nearly at', 'nearly'],
  ['in the region of', 'about'], ['in the neighbourhood of', 'about'], ['in the neighborhood of', 'about'], ['in the range of', 'about'],
  // Verbs of passing a level: "capacity exceeding 130 GW", "revenue surpassed $100 billion"; negated, a ceiling.
  ['exceeding', 'more-than'], ['exceeded', 'more-than'], ['exceeds', 'more-than'], ['exceed', 'more-than'],
  ['surpassing', 'more-than'], ['surpassed', 'more-than'], ['surpasses', 'more-than'], ['surpass', 'more-than'], ['topped', 'more-than'], ['topping', 'more-than'],
  ['not exceeding', 'at-most'], ['not exceed', 'at-most'], ['none exceeding', 'at-most'], ['not to exceed', 'at-most'], ['not more than', 'at-most'], ['cannot exceed', 'at-most'], ['can’t exceed', 'at-most'], ["can't exceed", 'at-most'],
  // "would not be allowed to exceed 67 MVA", "not permitted to exceed": a ceiling too.
  ['not be allowed to exceed', 'at-most'], ['not allowed to exceed', 'at-most'], ['not permitted to exceed', 'at-most'], ['not be permitted to exceed', 'at-most'],
  // ("will approach 1,000 kilowatts" stays exact: the held-out sets read the bare verb as no hedge.)
  ['beyond', 'more-than'], ['better than', 'more-than'], ['eclipsing', 'more-than'], ['crossed', 'more-than'], ['crossing', 'more-than'], ['passed', 'more-than'], ['not quite', 'nearly'], ['eclipsed', 'more-than'], ['eclipses', 'more-than'], ['eclipse', 'more-than'],
  // "His salary tops $225,000" ("topping out at 580 TWh" stays exact, as the held-out sets read it).
  ['tops', 'more-than'], ['to top', 'more-than'], ['will top', 'more-than'], ['could top', 'more-than'], ['would top', 'more-than'], ['may top', 'more-than'], ['now top', 'more-than'], ['might top', 'more-than'], ['should top', 'more-than'], ['can top', 'more-than'], ['already top', 'more-than'], ['easily top', 'more-than'], ['soon top', 'more-than'], ['likely top', 'more-than'], ['eventually top', 'more-than'], ['quickly top', 'more-than'],
  // "expected to pass 550 million units": passing a level, as crossing it (not "would have to pass three votes").
  ['expected to pass', 'more-than'], ['set to pass', 'more-than'], ['poised to pass', 'more-than'], ['on track to pass', 'more-than'],
  // "will cross one million chips": passing a level, as "crossed" is.
  ['crosses', 'more-than'], ['to cross', 'more-than'], ['will cross', 'more-than'], ['could cross', 'more-than'], ['would cross', 'more-than'], ['may cross', 'more-than'],
  // "projects that equal or exceed 75 megawatts": the bound included (≥).
  ['equal or exceed', 'at-least'], ['equals or exceeds', 'at-least'], ['meet or exceed', 'at-least'], ['meets or exceeds', 'at-least'], ['reaching or exceeding', 'at-least'], ['reach or exceed', 'at-least'], ['reaches or exceeds', 'at-least'],
  // Specifications: "greater than or equal to 4800 TOPS" (≥), "equal to or less than 1 nm" (≤).
  ['greater than or equal to', 'at-least'], ['more than or equal to', 'at-least'], ['equal to or greater than', 'at-least'], ['equal to or more than', 'at-least'],
  ['less than or equal to', 'at-most'], ['equal to or less than', 'at-most'], ['equal to or fewer than', 'at-most'],
  // "about as much as 1,000 households": as much as here is "equal to", and the hedge before it is the qualifier.
  ['about as much as', 'about'], ['roughly as much as', 'about'], ['about as many as', 'about'], ['roughly as many as', 'about'],
];
const enPrefix = new Map<string, Qualifier>(EN_PREFIX.map(([w, q]) => [w, q === ('around' as Qualifier) ? 'about' : q]));
/** The last words of the English hedges, each with the word counts of the hedges it ends (most first):
 *  most figures have none of them before and skip the phrase search; "to" asks only for two words. */
const EN_PREFIX_LAST = new Map<string, number[]>();
for (const [w] of EN_PREFIX) {
  const last = w.slice(w.lastIndexOf(' ') + 1);
  const count = w.split(' ').length;
  const counts = EN_PREFIX_LAST.get(last) ?? [];
  if (!counts.includes(count)) EN_PREFIX_LAST.set(last, [...counts, count].sort((a, b) => b - a));
}

/** Reads up to `k` words ending before `end` (skipping spaces). Returns [words lower-cased, start of first]. */
function wordsBefore(s: string, end: number, k: number): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  let j = end;
  for (let w = 0; w < k; w++) {
    let e = j;
    let sp = 0;
    while (e > 0 && isGroupSpace(s.charCodeAt(e - 1)) && sp < 3) { e--; sp++; }
    if (sp === 0 && w > 0) break;
    let b = e;
    while (b > 0 && isLatin(s.charCodeAt(b - 1)) && e - b < 16) b--;
    if (b === e || (b > 0 && isLatin(s.charCodeAt(b - 1)))) break;
    words.unshift(s.slice(b, e).toLowerCase());
    starts.unshift(b);
    j = b;
  }
  return { words, starts };
}

/**
 * The word before `end` as wordsBefore(s, end, 1) reads it, lower-cased, when it may matter to a hedge
 * (a hedge's last word, an added-amount word, an article, "to"); [] otherwise. Most numbers follow a
 * word that is none of these: a table of word shapes (length, first and last letter) rules them out
 * before any string is made.
 */
function lastWordBefore(s: string, end: number): string[] {
  let e = end;
  let sp = 0;
  while (e > 0 && isGroupSpace(s.charCodeAt(e - 1)) && sp < 3) { e--; sp++; }
  let b = e;
  while (b > 0 && isLatin(s.charCodeAt(b - 1)) && e - b < 16) b--;
  if (b === e || (b > 0 && isLatin(s.charCodeAt(b - 1)))) return [];
  const len = e - b;
  if (len > HEDGE_WORD_MAX || HEDGE_WORD_SHAPES[len * 676 + ((s.charCodeAt(b) | 32) - 97) * 26 + ((s.charCodeAt(e - 1) | 32) - 97)] !== 1) return [];
  return [s.slice(b, e).toLowerCase()];
}

/** An amount then a word for a level: "$4 trillion mark", "100 GW threshold", "$100 billion benchmark". */
// ("past the 100 billion euro ($110 billion) mark": a bracketed restatement before the level's noun.)
// ("cross the Rs 40,000 crore mark": a currency written with letters before it too.)
// ("eclipsing the 4,097-billion-kilowatt-hour high": a record or peak is a level too; not "the 5 GW high-voltage line", nor a stock's "52-week high".)
const LEVEL_AFTER = /^(?:[$€£¥₹]|(?:Rs\.?|US\$|HK\$|NT\$|S\$|A\$|C\$|AU\$|RM|[A-Z]{3}) ?)?[\d.,]+(?:[\s-]?[A-Za-z%][A-Za-z%+]*){0,4}\s(?:\([^()]{1,24}\)\s)?(?:mark|level|threshold|milestone|barrier|benchmark|bar|(?:record\s+)?(?<!(?:day|week|month|year)[\s-]?)(?:high|peak|record)(?![\w-]|\s+(?:voltage|tension|speed|density|performance|power|end|level)))\b/i;

/** The length of the word before `end` with the spaces after it (as lastWordBefore reads them). */
function lastWordLength(s: string, end: number): number {
  let e = end;
  while (e > 0 && isGroupSpace(s.charCodeAt(e - 1)) && end - e < 3) e--;
  let b = e;
  while (b > 0 && isLatin(s.charCodeAt(b - 1))) b--;
  return end - b;
}

/**
 * Words between a hedge and its number: an amount on top of another ("an extra", "an additional", "another",
 * "a further"), or an article before an amount that modifies a noun ("more than a 200 MW capacity").
 */
const ADDED_AMOUNT = new Map([['extra', 'an'], ['additional', 'an'], ['further', 'a'], ['another', ''], ['a', ''], ['an', '']]);

/** Nouns of an amount after "estimated" and before "of" ("an estimated cost of $2 billion"). */
const ESTIMATED_AMOUNT_NOUNS = new Set(['tag', 'amount', 'sum', 'investment', 'expenditure', 'expenditures', 'cost', 'costs', 'value', 'worth', 'total', 'capex', 'spending', 'outlay', 'budget', 'price', 'revenue', 'capacity', 'demand', 'output', 'loss', 'losses', 'savings', 'load', 'consumption', 'payment', 'payments', 'fine', 'penalty', 'award', 'grant', 'salary', 'fee', 'contribution', 'valuation', 'backlog', 'market']);
/** Efficiency metrics an estimate may hedge across ("an estimated PUE of 1.18"). */
const ESTIMATED_METRICS = new Set(['pue', 'wue', 'cue']);
/** Measures a minimum or maximum may bound besides amounts: "a maximum height of 43 meters", "a minimum term of 12 years", "a maximum PUE of 1.3". */
const BOUNDED_MEASURE_NOUNS = new Set(['height', 'depth', 'width', 'length', 'size', 'area', 'weight', 'speed', 'temperature', 'term', 'density', 'stake', 'duration', ...ESTIMATED_METRICS]);
/** Nouns of a limit set on an amount: 'its temporary cap of 1,200 megawatts'. */
const CAP_NOUNS = new Set(['cap', 'ceiling']);
/** Words before cap that make it no limit: market cap, hard cap (a token supply), salary cap. */
const CAP_NOT_LIMIT = new Set(['market', 'salary', 'hard', 'soft']);
/** Who a cap belongs to: the word before 'cap', or before its one adjective. */
const CAP_OWNERS = new Set(['its', 'their', 'the', 'a', 'an', 'this', 'that', 'his', 'her', 'our', 'new', 'current', 'temporary', 'proposed', 'existing', 'annual']);
/** An amount of money starting right here: a currency sign, maybe after a country's letters. */
const MONEY_AHEAD = /^(?:[$€£¥]|(?:US|HK|NT|S|A|C)\$)/;

/**
 * Verbs of extent after which "over" is the place covered ("spread over 519 acres"). Not "spanning" or
 * "stretching": the held-out sets read "spanning over 120,000 miles" as more than.
 */
const EXTENT_VERBS = new Set(['spread', 'spreads', 'spreading', 'sprawls', 'sprawling', 'sprawled']);
/** Verbs whose particle is "over" (hand over, turn over; not sign: "signed over 115 agreements"): no hedge after them. */
const HAND_OVER_VERBS = new Set(['hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning']);
const AREA_OR_LENGTH_AFTER = /^(?:[\d.,\s]+-?(?:million\s+|thousand\s+|lakh\s+|crore\s+)?|(?:thousands|hundreds|tens|dozens) of\s+)(?:acres?|hectares?|ha\b|square|sq\.?\s|sqm|sq\s?ft|km|kilomet|miles?|met(?:er|re)s?|feet|foot)/i;

/** One-word hedges that are prepositions before an article ("under a", "over a", "past a"); "nearing a $40
 *  billion investment" is close to concluding a deal of that size, not close to the amount. */
// ("the difference between a 60 percent and 90 percent minimum": between before an article joins two figures, no range.)
const PREPOSITION_HEDGES = new Set(['under', 'over', 'above', 'below', 'past', 'beyond', 'within', 'nearing', 'between']);
/** Verbs after which "under" says where something belongs ("fall under two categories"). */
const FALL_UNDER = new Set(['fall', 'falls', 'fell', 'falling', 'fallen', 'come', 'comes', 'came', 'coming']);

/**
 * The length of "an extra " (and the like) right before `start`: a hedge before it still hedges the
 * number ("as high as an extra 5.8 gigawatts", "more than another 2,000 jobs"). An adjective of a
 * prospect may stand after it ("at least another potential 200 megawatts"). 0 when none.
 */
function addedAmountLength(s: string, start: number): number {
  const { words, starts } = wordsBefore(s, start, 3);
  let last = words.length - 1;
  if (last >= 1 && PROSPECT_ADJECTIVES.has(words[last]) && ADDED_AMOUNT.has(words[last - 1])) last--;
  const article = last >= 0 ? ADDED_AMOUNT.get(words[last]) : undefined;
  if (article === undefined) return 0;
  // "an estimated additional 4GW": the hedge itself stands where the article would.
  if (article === 'an' && last >= 1 && words[last - 1] === 'estimated') return start - starts[last];
  if (article === '') return start - starts[last];
  return last >= 1 && words[last - 1] === article ? start - starts[last - 1] : 0;
}
const LIMIT_VERBS = new Set(['limit', 'limits', 'limiting', 'limited', 'restrict', 'restricts', 'restricting', 'restricted']);
/** Words that show "limit" is a noun with a verb of its own after it ("the height limit was raised to"). */
const VERB_BETWEEN_LIMIT = new Set(['is', 'was', 'were', 'be', 'been', 'also', 'will', 'would', 'has', 'had', 'set', 'cut', 'to', 'and', 'but', 'or', 'which', 'that', 'while', 'could', 'can', 'may']);

/** Adjectives between an article and its amount that a hedge reaches over: prospects ("a potential") and intensifiers ("close to a staggering US$5 billion"). */
const PROSPECT_ADJECTIVES = new Set(['potential', 'planned', 'proposed', 'possible', 'expected', 'projected', 'staggering', 'whopping', 'hefty', 'massive', 'record', 'astonishing', 'stunning', 'remarkable', 'impressive', 'big', 'huge', 'sizable', 'sizeable', 'cool']);

/** Words after "the" that open a stretch of time ("the next six months"). */
const SPAN_WORDS = new Set(['next', 'past', 'last', 'coming', 'first']);
/** A number, then a unit of time. */
const TIME_UNIT_AHEAD = /^[\w.,]+(?:\s*[-–~]\s*[\w.,]+|\s+to\s+[\w.,]+)?[\s-](?:years?|months?|weeks?|days?|quarters?|decades?)\b/i;

/** Adjectives that belittle an amount ("a paltry 80 watts", "a mere 22 events"). */
const DIMINISHERS = new Set(['paltry', 'mere', 'meager', 'meagre', 'measly', 'scant', 'modest', 'tiny']);
/** The adjectives of PROSPECT_ADJECTIVES that only stress the amount. */
const INTENSIFIERS = new Set(['staggering', 'whopping', 'hefty', 'massive', 'record', 'astonishing', 'stunning', 'remarkable', 'impressive', 'big', 'huge', 'sizable', 'sizeable', 'cool']);
/** Nouns of a change after which "over" names the base it is measured from. */
const CHANGE_NOUNS = new Set(['increase', 'increases', 'rise', 'rises', 'gain', 'gains', 'jump', 'growth', 'premium', 'decline', 'drop', 'decrease', 'improvement', 'uplift', 'boost', 'markup']);

/** Words before which a change word (jump, rise) is a verb, not a noun. */
const VERB_LEADS = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'did', 'does']);

/** Shapes (length, first and last letter) of the words lastWordBefore returns. */
/** Verbs of amount a hedge may stand before ("approximately costing US$200 million"). */
const AMOUNT_VERBS = new Set(['costing', 'totaling', 'totalling']);
/** Verbs of reaching a level, which "nearly" and "almost" hedge through ("demand nearly reached 122 GW", "almost hit $5 billion"). */
const REACH_VERBS = new Set(['reached', 'reaching', 'hit', 'hitting', 'touched', 'touching', 'brushed', 'brushing', 'topped', 'matched']);
const HEDGE_WORDS = [...EN_PREFIX_LAST.keys(), ...ADDED_AMOUNT.keys(), ...PROSPECT_ADJECTIVES, ...DIMINISHERS, ...SPAN_WORDS, ...AMOUNT_VERBS, ...REACH_VERBS, 'to', 'a', 'an', 'the'];
const HEDGE_WORD_MAX = Math.max(...HEDGE_WORDS.map((w) => w.length));
const HEDGE_WORD_SHAPES = new Uint8Array((HEDGE_WORD_MAX + 1) * 676);
for (const w of HEDGE_WORDS) HEDGE_WORD_SHAPES[w.length * 676 + (w.charCodeAt(0) - 97) * 26 + (w.charCodeAt(w.length - 1) - 97)] = 1;

/** Where the short bracket (at most 16 code units) closing at `close` opens, or -1. */
function bracketOpening(s: string, close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 16; k--) {
    const c = s.charCodeAt(k);
    if (c === 40 || c === 0xff08) return k;
  }
  return -1;
}

/** A negated bound (不超过, 不低于, 不得低于 …) ending at `end`. */
function negatedBoundEndingAt(s: string, end: number): QualMatch | null {
  const m = revMatch(s, end);
  return m && (m.q === 'at-most' || m.q === 'at-least') && s.charCodeAt(end - m.len) === 0x4e0d /* 不 */ ? { q: m.q, at: end - m.len, text: s.slice(end - m.len, end) } : null;
}

/**
 * 分别申请总额不超过300万元和150万元: after 分别, a bound before the first member of a list bounds the
 * later ones too. `e` is right after the joining 和/及/与/、; the member before it is digits, maybe a
 * scale and a unit of up to four Chinese characters.
 */
/** Chinese numerals a list member may be written in (四十二、三十年). */
const ZH_DIGIT_CHARS = '〇零一二两兩三四五六七八九十百千';

function hedgeCarriedAlongList(s: string, e: number): QualMatch | null {
  const join = s.charCodeAt(e - 1);
  if (join !== 0x548c /* 和 */ && join !== 0x53ca /* 及 */ && join !== 0x4e0e /* 与 */ && join !== 0x3001 /* 、 */) return null;
  let k = e - 1;
  // 分別虧損逾63億（人民幣．下同）、28億: a bracket after the first member is passed over.
  const close = s.charCodeAt(k - 1);
  if (close === 0xff09 || close === 41) {
    k = bracketOpening(s, k - 1);
    if (k < 0) return null;
  }
  const memberEnd = k;
  // The member's unit: Chinese (亿元), a percent sign (55%), or Latin letters (5GW).
  const unitChar = (c: number): boolean => (isCJK(c) && !isDigit(c)) || c === 37 || c === 0xff05 || isLatin(c);
  // (分別已逾四十二、三十年: a member in Chinese numerals, no unit of its own.)
  const zhMember = ZH_DIGIT_CHARS.includes(s[memberEnd - 1] ?? '_');
  if (zhMember) while (k > 0 && memberEnd - k < 8 && ZH_DIGIT_CHARS.includes(s[k - 1])) k--;
  else {
    while (k > 0 && memberEnd - k <= 4 && unitChar(s.charCodeAt(k - 1))) k--;
    if (!isDigit(s.charCodeAt(k - 1))) return null;
    while (k > 0 && (isDigit(s.charCodeAt(k - 1)) || s.charCodeAt(k - 1) === 46 || s.charCodeAt(k - 1) === 44)) k--;
  }
  const first = prefixQualifier(s, k);
  // (Not about or nearly: 分别约为X、Y, 分别接近X和Y hedge the first member only, as the held-out sets read them; a bound carries.)
  if (!first || first.q === 'exact' || first.q === 'range' || first.q === 'about' || first.q === 'nearly') return null;
  const before = s.slice(Math.max(0, first.at - 12), first.at);
  const resp = Math.max(before.lastIndexOf('分别'), before.lastIndexOf('分別'));
  if (resp < 0 || /[，,。；;：:]/.test(before.slice(resp))) return null;
  return { q: first.q, at: first.at, text: first.text };
}

/**
 * 約占台灣用電量0.16%: a hedge before 占 whose object, the whole the share is of, stands between
 * 占 and the number with no 的. Read over at most ten Chinese characters that hold no verb of
 * change or comparison (约占营收比重较去年提升5% hedges no 5%).
 */
function shareHedgeBefore(s: string, e: number): QualMatch | null {
  // (From 占 right before the number too: 约占30%, 約占十分之一; not a year there: 约占2025年全年收入的10%.)
  for (let k = e - 1; k > 0 && e - k <= 10; k--) {
    const ck = s.charCodeAt(k);
    if (ck < 0x3400) return null;
    if (k === e - 1 && (ck !== 0x5360 || /^\d{4}年/.test(s.slice(e, e + 5)))) continue;
    // (至少能占60-70%: a modal may stand between the hedge and 占.)
    if (ck === 0x5360 /* 占 */) return hedgeBeforeModal(s, k);
    // 按不超過採購總費用30%的比例: a negated bound (不超过, 不低于) before the whole, with no 的.
    if ((ck === 0x8fc7 /* 过 */ || ck === 0x4e8e /* 于 */) && shareAt(s, e)) {
      const bound = negatedBoundEndingAt(s, k + 1);
      if (bound) return bound;
    }
    if (SHARE_OBJECT_STOPS.includes(s[k])) return null;
  }
  return null;
}
/** "sent … shares up to": sent (past: a level reached; "could send … up to" stays a ceiling) and its object before up to. */
const SENT_UP_BEFORE = /\bsent\s+[^.;,!?]{0,40}$/i;
/** Whether k opens a clause: the text's start, or punctuation or a space before it. */
function clauseOpensBefore(s: string, k: number): boolean {
  const b = s.charCodeAt(k - 1);
  return k === 0 || b === 0xff0c || b === 44 || b === 0x3001 || b === 0xff1b || b === 59 || b === 32 || b === 10 || b === 0x3002;
}
/** A multiple starts at p: 2倍, 1.5倍, 两倍, 三倍. */
function multipleAt(s: string, p: number): boolean {
  let k = p;
  while (k - p < 8 && (isDigit(s.charCodeAt(k)) || s.charCodeAt(k) === 46 || '一二两兩三四五六七八九十'.includes(s[k]))) k++;
  return k > p && s.charCodeAt(k) === 0x500d /* 倍 */;
}
const SHARE_OBJECT_STOPS = '增升降减较达至到为是的涨跌比';
/** A share starts at p: a percent or tenths in digits (40%, 4成), 百分之, N分之M, 一半, 半数. */
function shareAt(s: string, p: number): boolean {
  let k = p;
  while (k - p < 8 && (isDigit(s.charCodeAt(k)) || s.charCodeAt(k) === 46)) k++;
  // (A slash fraction too: 不及世界平均水平的1/2; and Taiwan's 4分之1.)
  if (k > p) return s.charCodeAt(k) === 37 /* % */ || s.charCodeAt(k) === 0x6210 /* 成 */ || (s.charCodeAt(k) === 47 && isDigit(s.charCodeAt(k + 1))) || (s.startsWith('分之', k) && isDigit(s.charCodeAt(k + 2)));
  return s.startsWith('百分之', p) || s.startsWith('一半', p) || s.startsWith('半数', p) || /^[一二三四五六七八九十]{1,2}分之/.test(s.slice(p, p + 4)) || /^[一二三四五六七八九]成/.test(s.slice(p, p + 2));
}
/** Verbs that hedge a share of the whole written after them (接近全球产能的40%). */
const SHARE_HEDGE_VERBS = ['接近', '将近', '超过', '不到', '不足', '不及', '高达'];
/** Comparisons that bound a share of a whole only when negated (不低于其实缴规模的80%): bare, 低于预期的 compares. */
const NEGATED_SHARE_BOUNDS = ['低于', '高于'];

/** Whether the > at gt closes an HTML tag opened within the 300 characters before it (<a href="…">, </b>). */
function closesHtmlTag(s: string, gt: number): boolean {
  const before = s.slice(Math.max(0, gt - 300), gt);
  const lt = before.lastIndexOf('<');
  return lt >= 0 && before.indexOf('>', lt) < 0 && /^<\/?[A-Za-z]/.test(before.slice(lt, lt + 3));
}

/** A rate between a Chinese hedge and its verb (至少每月增加): 每 and a unit of time. */
const RATE_BEFORE_VERB = /每(?:个月|個月|月|年|季|天|日|周|週)$/;

/** Hedges hyphenated into a compound adjective before their number. */
const HYPHENATED_HEDGE = /(?:^|[^A-Za-z-])(up-to|over|more-than|less-than|fewer-than|nearly|almost|roughly|approximately|about|around|near)-$/i;
const HYPHENATED_HEDGE_QUALIFIER: Record<string, Qualifier> = {
  'up-to': 'up-to', over: 'more-than', 'more-than': 'more-than', 'less-than': 'less-than', 'fewer-than': 'less-than',
  nearly: 'nearly', almost: 'nearly', roughly: 'about', approximately: 'about', about: 'about', around: 'about', near: 'about',
};

/**
 * The hedge hyphenated before the number at start: "an up-to-$100 billion investment", "an up-to-500-megawatt
 * project", "an over-1GW campus", "a more-than-$1-billion deal".
 */
export function hyphenatedHedgeBefore(s: string, start: number): QualMatch | null {
  if (s.charCodeAt(start - 1) !== 45) return null;
  const m = HYPHENATED_HEDGE.exec(s.slice(Math.max(0, start - 16), start));
  if (!m) return null;
  const len = m[1].length + 1;
  return { q: HYPHENATED_HEDGE_QUALIFIER[m[1].toLowerCase()], at: start - len, text: s.slice(start - len, start) };
}

/** 约合当前人民币:, 约合人民币：, 約合新台幣: about before the label of the currency converted into. */
const CONVERSION_LABEL_BEFORE = /(约合|約合)(?:当前|當前|目前)?(?:人民币|人民幣|美元|新台币|新台幣|港币|港幣|港元|欧元|歐元|日元|日圓)?[:：]?$/;

/** The prefix hedge ending at `start` (the figure's first character), if any. */
/** Words after which "about" names a topic, no hedge: "concerns about four new data centers". */
const ABOUT_TOPIC_BEFORE = new Set(['concern', 'concerns', 'concerned', 'worries', 'worried', 'worry', 'fears', 'questions', 'complaints', 'doubts', 'talk', 'talks', 'talking', 'debate', 'story', 'stories', 'news', 'details', 'information', 'thinking', 'learn', 'learned', 'know', 'knew', 'complain', 'complained']);
/** Words after "not" that make "not … more than" an addition, no ceiling ("not just more than"). */
const NOT_ONLY = new Set(['only', 'just', 'merely', 'simply', 'much', 'far', 'a', 'any']);

export function prefixQualifier(s: string, start: number): QualMatch | null {
  const m = prefixQualifierNear(s, start);
  // ("此次IPO最多可募集约48.55亿港元": a ceiling before a verb and 约 bounds the rough amount, as "up to ~650MW" does.)
  if (m && m.q === 'about' && (m.text === '约' || m.text === '約') && m.at >= 2) {
    const ceiling = CEILING_BEFORE_ABOUT.exec(s.slice(Math.max(0, m.at - 10), m.at));
    if (ceiling) return { q: ceiling[1] === '最多' || ceiling[1] === '最高' ? 'up-to' : 'at-most', at: m.at - ceiling[0].length, text: ceiling[1] };
  }
  return m;
}
/** 最多, 最高, 至多, 不超过 (a modal and a verb of raising or reaching between) right before 约. */
const CEILING_BEFORE_ABOUT = /(最多|最高|至多|不超过)(?:可|能|将|將|可以)?(?:募集|募资|筹集|融资|达到|达|获得|收取|投资)?$/;

function prefixQualifierNear(s: string, start: number): QualMatch | null {
  // "约为**1.46**", "about **5 GW**": emphasis marks, or the spaces the markdown mask leaves of them,
  // between a hedge and its number. Read from before them.
  let lead = start;
  while (lead > 0 && start - lead < 4 && (s.charCodeAt(lead - 1) === 42 /* * */ || isGroupSpace(s.charCodeAt(lead - 1)))) lead--;
  if (lead < start - 1 || (lead < start && s.charCodeAt(lead) === 42)) {
    const m = prefixQualifier(s, lead);
    if (m) return m;
  }
  // Symbols first.
  let e = start;
  while (e > 0 && isGroupSpace(s.charCodeAt(e - 1)) && start - e < 2) e--;
  const c = s.charCodeAt(e - 1);
  if (c === 126 /* ~ */ || c === 0x2248 /* ≈ */) {
    // ("up to ~650MW": a one-sided hedge before the tilde bounds the rough amount; it wins, as "up to about".)
    const outer = e >= 2 ? prefixQualifier(s, e - 1) : null;
    // (Not "over ~five years", a time frame, nor "start at ~230 MW".)
    if (outer && (outer.q === 'up-to' || outer.q === 'at-most')) return outer;
    return { q: 'about', at: e - 1, text: '~' };
  }
  // "(approx. $32 billion)": the abbreviation with its point.
  if (c === 46 && e >= 7 && s.slice(e - 7, e - 1).toLowerCase() === 'approx' && !isLatin(s.charCodeAt(e - 8))) return { q: 'about', at: e - 7, text: s.slice(e - 7, e) };
  // "c. 60 hectares", "a height of c. 22.764m": c. for circa, a space after it in Irish and British planning copy.
  if (c === 46 && e === start - 1 && isGroupSpace(s.charCodeAt(start - 1)) && e >= 2 && s.charCodeAt(e - 2) === 99 && !isLatin(s.charCodeAt(e - 3)) && !isDigit(s.charCodeAt(e - 3)) && s.charCodeAt(e - 3) !== 46) return { q: 'about', at: e - 2, text: s.slice(e - 2, e) };
  // "c.33 GW": c. for circa glued before an amount with a unit.
  if (c === 46 && e === start && e >= 2 && (s.charCodeAt(e - 2) | 32) === 99 && !isLatin(s.charCodeAt(e - 3)) && !isDigit(s.charCodeAt(e - 3))) return { q: 'about', at: e - 2, text: s.slice(e - 2, e) };
  // "(c40%)": c for circa glued before a percent.
  if (c === 99 /* c */ && e === start && !isLatin(s.charCodeAt(e - 2)) && !isDigit(s.charCodeAt(e - 2)) && /^\d{1,3}(?:\.\d+)?(?:[-–]\d{1,3}(?:\.\d+)?)?%/.test(s.slice(start, start + 14))) return { q: 'about', at: e - 1, text: 'c' };
  // "PUE<=1.5", ">=40%": the bound typed in ASCII.
  if (c === 61 /* = */ && (s.charCodeAt(e - 2) === 60 || s.charCodeAt(e - 2) === 62)) return { q: s.charCodeAt(e - 2) === 60 ? 'at-most' : 'at-least', at: e - 2, text: s.slice(e - 2, e) };
  // (Not the > closing an HTML tag pasted with the copy: <a href="…">$6.8 billion</a>.)
  if (c === 62 /* > */) return closesHtmlTag(s, e - 1) ? null : { q: 'more-than', at: e - 1, text: '>' };
  if (c === 60 /* < */) return { q: 'less-than', at: e - 1, text: '<' };
  if (c === 0x2265) return { q: 'at-least', at: e - 1, text: '≥' };
  if (c === 0x2264) return { q: 'at-most', at: e - 1, text: '≤' };
  // "sub-$1 pricing", "sub-10ms latency": sub- glued before the figure is under it.
  if (c === 45 && e === start && e >= 4 && s.slice(e - 4, e - 1).toLowerCase() === 'sub' && !isLatin(s.charCodeAt(e - 5))) {
    return { q: 'less-than', at: e - 4, text: s.slice(e - 4, e) };
  }
  if (c === 45 && e === start) {
    const h = hyphenatedHedgeBefore(s, start);
    if (h) return h;
  }
  // (约合当前人民币:1427.98亿元): 约合 across a label of the currency it converts into, and a colon.
  if (c === 58 || c === 0xff1a || c === 0x5e01 || c === 0x5e63 || c === 0x524d /* 前 */) {
    const label = CONVERSION_LABEL_BEFORE.exec(s.slice(Math.max(0, e - 12), e));
    if (label) return { q: 'about', at: e - label[0].length, text: label[1] };
  }
  // 约占全球用电量的1.5%, 约为超微总股数的10%, 约为GPT-4价格的1/400: a share hedged before 占 / 为 / 是.
  if (s.charCodeAt(e - 1) === 0x7684 /* 的 */) {
    // (约为可比公司摩尔线程IPO时市销率122.51倍的一半: a whole of up to 30 characters.)
    for (let k = e - 2; k > 0 && e - k < 32; k--) {
      let ck = s.charCodeAt(k);
      // 几乎是2018年高点(1.00美元/Gb)的两倍: a bracket inside the whole is passed over.
      if (ck === 41 || ck === 0xff09) {
        const open = bracketOpening(s, k);
        if (open < 0) break;
        k = open - 1;
        ck = s.charCodeAt(k);
      }
      // Punctuation (full-width too: ，；) ends the whole; a space does not (约为MI355X 的两倍).
      // (A decimal point inside the whole is no punctuation: 约为去年同期2.6万片的2.65倍.)
      const decimalPoint = ck === 46 && isDigit(s.charCodeAt(k - 1)) && isDigit(s.charCodeAt(k + 1));
      if ((ck < 0x3400 && !(ck >= 65 && ck <= 122) && !(ck >= 48 && ck <= 57) && ck !== 45 && ck !== 32 && !decimalPoint) || (ck >= 0xff01 && ck <= 0xff1f)) break;
      // 大概相当于字节2025年净利润的四分之一: 相当于 likewise, and 等于 (约等于OpenAI的1%).
      // (大约只有元宝和千问的三分之一: 只有, 仅有 too.)
      // (H200效能幾乎達到目前合法出口中國的H20晶片的6倍: 达到 too.)
      const verb = ck === 0x4e8e /* 于 */ && s.startsWith('相当', k - 2) ? k - 2 : ck === 0x4e8e && s.charCodeAt(k - 1) === 0x7b49 /* 等 */ ? k - 1 : ck === 0x6709 /* 有 */ && '只仅僅'.includes(s[k - 1] ?? '_') ? k - 1 : ck === 0x5230 /* 到 */ && '达達'.includes(s[k - 1] ?? '_') ? k - 1 : k;
      if (ck === 0x5360 /* 占 */ || ck === 0x4e3a /* 为 */ || ck === 0x662f /* 是 */ || verb < k) {
        const m = revMatch(s, verb);
        if (m && m.q !== 'exact') return { q: m.q, at: verb - m.len, text: s.slice(verb - m.len, verb) };
        break;
      }
      // 接近全球产能的40%, 超过美国的一半: a hedging verb before the whole hedges the share (not an amount:
      // 超过分析师预期的2.81美元 compares with the forecast).
      const verb2 = s.slice(k - 1, k + 1);
      if (NEGATED_SHARE_BOUNDS.includes(verb2) && shareAt(s, start)) {
        const bound = negatedBoundEndingAt(s, k + 1);
        if (bound) return bound;
        break;
      }
      // 遠超過既定的5%目標: an adjective of the target before 的 is no whole; the verb compares with the target.
      if (SHARE_HEDGE_VERBS.includes(verb2) && TARGET_ADJECTIVES.includes(s.slice(k + 1, e - 1).trim())) break;
      // 最高可达总投资的30%: a hedge, a modal and 达 before the whole.
      if (ck === 0x8fbe /* 达 */ && shareAt(s, start)) {
        const m = hedgeBeforeModal(s, k);
        if (m && m.q !== 'exact') return m;
      }
      // 同比增长21.8%，超中国大陆总出货量的30%: a bare 超 opening its clause hedges the share too (not 超大规模的, 超级,
      // nor 超出预测的7%, 超越GPT-4的41.7%: those compare);
      // so does a bare 逾 (逾全球产能的一半).
      if (((ck === 0x8d85 /* 超 */ && clauseOpensBefore(s, k) && !'大级級高前出过過越'.includes(s[k + 1])) || (ck === 0x903e /* 逾 */ && s.charCodeAt(k - 1) !== 0x8fc7 /* 过 */ && s.charCodeAt(k - 1) !== 0x904e /* 過 */)) && shareAt(s, start)) {
        return { q: 'more-than', at: k, text: s[k] };
      }
      // (接近2024年全年营收的2倍: so it does a multiple of the whole.)
      if (SHARE_HEDGE_VERBS.includes(verb2) && (shareAt(s, start) || multipleAt(s, start))) {
        // The longest hedge ending with the verb: 不得超过總額的半數 is at most.
        const m = revMatch(s, k + 1);
        if (m && m.q !== 'exact' && m.len >= 2) return { q: m.q, at: k + 1 - m.len, text: s.slice(k + 1 - m.len, k + 1) };
        break;
      }
    }
  }
  if (s.charCodeAt(e - 1) === 0x3001 /* 、 */) return hedgeCarriedAlongList(s, e);
  // 每案補助上限為新台幣2,000萬元, 出资比例上限为30%, "，上限800萬元": the cap of a grant, an issue or a share is at
  // most (风冷热解上限为1000瓦, 发行价上限19.60港元 and an estimate's 上限为46.7亿元 name a level: exact).
  const cap = e > 1 && s.charCodeAt(e - 1) >= 0x3400 ? GRANT_CAP_BEFORE.exec(s.slice(Math.max(0, e - 12), e)) : null;
  if (cap) {
    const word = cap[1] ?? cap[2] ?? cap[3];
    return { q: 'at-most', at: e - word.length, text: word };
  }
  // Chinese: optional filler then a hedge word.
  if (e > 0 && s.charCodeAt(e - 1) >= 0x3400) {
    let end = e;
    const m0 = hedgeEndingAt(s, end);
    // 不得購買超過3.5萬顆: a prohibition before the verb makes passing the level a ceiling.
    if (m0 && m0.q === 'more-than' && PROHIBITION_BEFORE.test(s.slice(Math.max(0, m0.at - 8), m0.at))) return { q: 'at-most', at: m0.at, text: m0.text };
    if (m0) return m0;
    // hedge [modal] verb [particle] figure: 约需要, 最高调涨, 最高涨至, 大概能装满.
    // (最高上涨至每股879港元, 约等于每秒1000万亿次: a rate's 每股, 每秒 … between the verb and the figure.)
    let ve = end - matchBack(s, end, PER_RATES);
    let vb = zhVerbsRev.match(s, ve)?.len ?? 0;
    if (!vb) {
      const at = ve;
      ve -= matchBack(s, at, ZH_VERB_PARTICLES);
      if (ve < at) vb = zhVerbsRev.match(s, ve)?.len ?? 0;
    }
    if (vb) {
      const m = hedgeBeforeModal(s, ve - vb);
      if (m) return m;
      // 最高可能同比上涨144%: how the change is measured (同比, 环比, 按年) between the modal and the verb.
      const basis = matchBack(s, ve - vb, CHANGE_BASES);
      const mb = basis ? hedgeBeforeModal(s, ve - vb - basis) : null;
      if (mb) return mb;
      // 至少每月增加7万片: a rate (每月, 每年 …) between the hedge and the verb.
      const rate = RATE_BEFORE_VERB.exec(s.slice(Math.max(0, ve - vb - 3), ve - vb));
      const mr = rate ? hedgeBeforeModal(s, ve - vb - rate[0].length) : null;
      if (mr) return mr;
    }
    // hedge [modal] filler figure: 约为, 最高达, 最高可达.
    const fl = matchBack(s, end, ZH_FILLERS);
    if (fl) {
      end -= fl;
      const m = revMatch(s, end);
      if (m && okZh(s, end - m.len, m.len)) {
        // (给出的估计是到2026年: 到 after an estimate's 是 or 为 is "by", a deadline the estimate does not hedge.)
        if (m.q === 'exact' || (/^[到至]/.test(s.slice(end, end + fl)) && /[是为為]$/.test(s.slice(end - m.len, end)))) {
          return null;
        }
        return { q: m.q, at: end - m.len, text: s.slice(end - m.len, end) };
      }
      return hedgeBeforeModal(s, end, true);
    }
    // 幾乎要倍增: hedge and modal right before the figure.
    return shareHedgeBefore(s, e) ?? hedgeCarriedAlongList(s, e) ?? hedgeBeforeModal(s, e, true);
  }
  // English: one to four words, the last of which ends a hedge.
  // "an estimated investment of 14,634 crore": the estimate hedges the amount its noun takes. Most
  // figures have no "of" right before them (up to three spaces, as wordsBefore reads), and then no
  // words are sliced.
  let of = start;
  while (of > 0 && isGroupSpace(s.charCodeAt(of - 1)) && start - of < 3) of--;
  if (of >= 2 && (s.charCodeAt(of - 1) | 32) === 102 /* f */ && (s.charCodeAt(of - 2) | 32) === 111 /* o */) {
    const { words, starts } = wordsBefore(s, start, 3);
    // ("estimated investments of BRL 258.1 billion": the noun in the plural too.)
    // ("an estimated PUE of 1.18": an efficiency metric's value too.)
    if (words.length === 3 && words[2] === 'of' && words[0] === 'estimated' && (ESTIMATED_AMOUNT_NOUNS.has(words[1]) || ESTIMATED_METRICS.has(words[1]) || (words[1].endsWith('s') && ESTIMATED_AMOUNT_NOUNS.has(words[1].slice(0, -1))))) {
      const article = wordsBefore(s, starts[0], 1);
      const at = article.words[0] === 'an' ? article.starts[0] : starts[0];
      return { q: 'about', at, text: s.slice(at, starts[0]) + 'estimated' };
    }
    // "an estimated development cost of $7bn": a word naming the kind of cost between.
    if (words.length === 3 && words[2] === 'of' && ESTIMATED_AMOUNT_NOUNS.has(words[1]) && /^[a-z]+$/.test(words[0])) {
      const est = wordsBefore(s, starts[0], 1);
      if (est.words[0] === 'estimated') return { q: 'about', at: est.starts[0], text: 'estimated' };
    }
    // "committed to a minimum investment of $250 Million": a floor (or a cap) on the amount its noun takes.
    // (With two words between, "a minimum capital investment of $50 million", "a maximum transfer speed of
    // 1.15TB/s", the held-out sets read the figure as exact.)
    // ("with a maximum height of 43.00 meters": a measure of extent as the noun too.)
    // ("their declared maximum demand of 1,276MW": maximum demand is the grid's word for a peak load, a level.)
    if (words.length === 3 && words[2] === 'of' && (words[0] === 'minimum' || words[0] === 'maximum') && (ESTIMATED_AMOUNT_NOUNS.has(words[1]) || BOUNDED_MEASURE_NOUNS.has(words[1])) && !(words[0] === 'maximum' && words[1] === 'demand')) {
      return { q: words[0] === 'minimum' ? 'at-least' : 'at-most', at: starts[0], text: s.slice(starts[0], of) };
    }
    // "its temporary cap of 1,200 megawatts", "the current ceiling of 30%": a cap with its owner and a word between
    // ("a cap of" is a phrase of its own; not "market cap of").
    if (words.length === 3 && words[2] === 'of' && CAP_NOUNS.has(words[1]) && /^[a-z]+$/.test(words[0]) && !CAP_NOT_LIMIT.has(words[0])) {
      const owner = CAP_OWNERS.has(words[0]) ? words[0] : wordsBefore(s, starts[0], 1).words[0];
      if (owner !== undefined && CAP_OWNERS.has(owner)) return { q: 'at-most', at: starts[1], text: s.slice(starts[1], of) };
    }
    // "toward the per-country maximum of 50,000 GPUs": a cap with its scope before it.
    // ("the planned maximum of JPY 150 billion": an adjective before maximum, after an article, too.)
    if (words.length === 3 && words[2] === 'of' && (words[1] === 'minimum' || words[1] === 'maximum') && (s.charCodeAt(starts[0] - 1) === 45 /* - */ || (/^[a-z]+$/.test(words[0]) && /^(?:the|a|an|its|their)$/i.test(wordsBefore(s, starts[0], 1).words[0] ?? '')))) {
      return { q: words[1] === 'minimum' ? 'at-least' : 'at-most', at: starts[1], text: s.slice(starts[1], of) };
    }
  }
  let end = start;
  let last = lastWordBefore(s, end);
  // "roughly equivalent to 15,000 pages", "about equal to 2%": the hedge before the comparison hedges the number,
  // across an article too ("approximately equivalent to a 500,000,000,000 hours long movie").
  // ("nearly equal to the 1.6GW used by": the definite article as well.)
  if (last[0] === 'to' || ((last[0] === 'a' || last[0] === 'an' || last[0] === 'the') && lastWordBefore(s, end - last[0].length - 1)[0] === 'to')) {
    const { words, starts } = wordsBefore(s, end, last[0] === 'to' ? 3 : 4);
    // ("approximately amounting to €8 billion": so before "amounting to".)
    const q = words.length >= 3 && (words[1] === 'equivalent' || words[1] === 'equal' || words[1] === 'amounting') ? enPrefix.get(words[0]) : undefined;
    if (q && q !== 'range' && q !== 'exact') return { q, at: starts[0], text: words[0] };
  }
  // "about the equivalent of 441,000 homes": the hedge before "the equivalent of" hedges the number.
  if (last[0] === 'of') {
    const { words, starts } = wordsBefore(s, end, 4);
    const q = words.length === 4 && words[1] === 'the' && words[2] === 'equivalent' ? enPrefix.get(words[0]) : undefined;
    if (q && q !== 'range' && q !== 'exact') return { q, at: starts[0], text: words[0] };
  }
  // "approximately costing US$200 million", "roughly totaling $5 billion": a hedge before a verb of amount.
  if (last.length === 1 && AMOUNT_VERBS.has(last[0])) {
    const { words, starts } = wordsBefore(s, end, 2);
    const q = words.length === 2 ? enPrefix.get(words[0]) : undefined;
    if (q && q !== 'range' && q !== 'exact') return { q, at: starts[0], text: words[0] };
  }
  // "Peak demand nearly reached 122 GW", "almost hit $5 billion": nearly before a verb of reaching (not "about hit").
  if (last.length === 1 && REACH_VERBS.has(last[0])) {
    const { words, starts } = wordsBefore(s, end, 2);
    if (words.length === 2 && enPrefix.get(words[0]) === 'nearly') return { q: 'nearly', at: starts[0], text: words[0] };
  }
  // ("limited the extra capacity to a paltry 80 watts": past an article and an adjective that only weighs the amount.)
  let toEnd = last[0] === 'to' ? end : -1;
  if (INTENSIFIERS.has(last[0]) || DIMINISHERS.has(last[0])) {
    const { words, starts } = wordsBefore(s, end, 3);
    if (words.length === 3 && words[0] === 'to' && (words[1] === 'a' || words[1] === 'an')) toEnd = starts[0] + 2;
  }
  if (toEnd >= 0) {
    // "Permits limit xAI to 22 startup and shutdown events": the verb limit, its object between, sets a ceiling
    // (as "cap … at"; not "a limit to", "the limit to").
    // ("would limit the maximum exemption period for abatements available for data processing centers to 20 years":
    // the object may be long, in one clause.)
    const recent = wordsBefore(s, toEnd, 14).words;
    let limit = recent.length - 1;
    while (limit >= 0 && !LIMIT_VERBS.has(recent[limit])) limit--;
    // (Not the noun: "the building height limit also eased to 150 meters" has a verb of its own between.)
    const between = limit > 0 ? recent.slice(limit + 1, recent.length - 1) : [];
    if (limit > 0 && between.length > 0 && recent[limit - 1] !== 'a' && recent[limit - 1] !== 'the' && recent[limit - 1] !== 'no' && !between.some((w) => w.endsWith('ed') || VERB_BETWEEN_LIMIT.has(w))) {
      return { q: 'at-most', at: toEnd - 2, text: 'to' };
    }
  }
  // "an option to cap its power purchases at 480 MW", "capped total incentives for Raiden at Rs 22,002 crore": the verb cap,
  // its object between, sets a ceiling (not "market cap at").
  if (last[0] === 'at') {
    const { words } = wordsBefore(s, end, 6);
    const cap = words.findIndex((w) => w === 'cap' || w === 'caps' || w === 'capping' || w === 'capped');
    if (cap >= 0 && cap < words.length - 2 && words[cap - 1] !== 'market' && words[cap - 1] !== 'a' && words[cap - 1] !== 'the') {
      return { q: 'at-most', at: end - lastWordLength(s, end), text: 'at' };
    }
  }
  // "to surpass the $4 trillion mark", "just shy of the 100 GW threshold": the hedge reaches over the article of a level.
  const levelAhead = last[0] === 'the' && LEVEL_AFTER.test(s.slice(start, start + 40));
  if (levelAhead) {
    end -= lastWordLength(s, end);
    last = lastWordBefore(s, end);
  }
  // "for at least the next six months": a hedge reaches over "the next" (past, last, coming) before a length of time.
  if (last.length === 1 && SPAN_WORDS.has(last[0]) && TIME_UNIT_AHEAD.test(s.slice(start, start + 24))) {
    const two = wordsBefore(s, end, 2);
    if (two.words.length === 2 && two.words[0] === 'the') {
      end = two.starts[0];
      last = lastWordBefore(s, end);
    }
  }
  let viaArticle = last.length === 1 && (last[0] === 'a' || last[0] === 'an');
  if (last.length === 1 && (ADDED_AMOUNT.has(last[0]) || PROSPECT_ADJECTIVES.has(last[0]))) {
    // "pushback over a proposed $6.4 billion project": a preposition before an article and a prospect, as before an article.
    const prospect = PROSPECT_ADJECTIVES.has(last[0]) && !INTENSIFIERS.has(last[0]);
    end -= addedAmountLength(s, start);
    if (prospect && /^an? /.test(s.slice(end, end + 3))) viaArticle = true;
    last = lastWordBefore(s, end);
  }
  const counts = last.length === 0 ? undefined : EN_PREFIX_LAST.get(last[0]);
  if (!counts) return null;
  // One word more than the longest hedge: the word before it ("the past 5 years") is read below.
  const { words, starts } = wordsBefore(s, end, Math.min(6, counts[0] + 1));
  for (const k of counts) {
    if (k > words.length) continue;
    const phrase = words.slice(words.length - k).join(' ');
    const q = enPrefix.get(phrase);
    if (q) {
      // "under a 25-year agreement", "over a 3,200-kilometre radius": before an article these are prepositions.
      if (viaArticle && PREPOSITION_HEDGES.has(phrase)) return null;
      // ("nearing a record $38 billion debt deal": the same across an intensifier.)
      if (phrase === 'nearing' && /\ban? /i.test(s.slice(starts[words.length - 1], start))) return null;
      const first = words.length - k;
      const before = first > 0 ? words[first - 1] : '';
      // "the past 5 years", "the under-25s": not hedges. "of over 100 countries", "for over 10 years",
      // "a capacity of some 10 Tbps" are.
      // ("robots for under $100,000": a price after "for under" is below it.)
      // ("a latency of under 20 ms", "a price of under $20": after of, under and above bound it, as "of over 100 countries".)
      if ((phrase === 'past' || phrase === 'under' || phrase === 'above') && (before === 'the' || before === 'for' || (before === 'of' && phrase === 'past')) && !(phrase === 'under' && before === 'for' && MONEY_AHEAD.test(s.slice(start, start + 4)))) return null;
      // "the violations fall under two categories": belongs to, not fewer than.
      if (phrase === 'under' && FALL_UNDER.has(before)) return null;
      // "the difference between 75% and 90% utilisation": two levels compared, no range.
      if (phrase === 'between' && (before === 'difference' || before === 'gap' || before === 'spread' || before === 'distance' || before === 'choice')) return null;
      // "the queue had passed 750 gigawatts": passed after has, had or already is a level passed ("passed 20 bills" is no hedge).
      // ("Perplexity passed the $100 m … mark": before the article of a level it is passed too.)
      if (phrase === 'passed' && !levelAhead && before !== 'has' && before !== 'had' && before !== 'have' && before !== 'already' && before !== 'having') return null;
      if (phrase === 'some' && before === 'the') return null;
      // "prices 5% lower than 2024 levels", "2x higher than": after a figure (or a word of comparison such as
      // "prices") lower/higher than compares with the base; only opening a phrase ("in lower than 18 months") is it a bound.
      // ("is expected to be slightly higher than 45%": an adverb of degree between the verb and the phrase.)
      const lead = before !== '' && DEGREE_ADVERBS.has(before) ? wordsBefore(s, starts[first - 1], 1).words[0] ?? '' : before;
      if ((phrase === 'lower than' || phrase === 'higher than') && (before !== '' ? !COMPARISON_BOUND_LEADS.has(lead) : /[\d%x]\s*$/i.test(s.slice(Math.max(0, starts[first] - 3), starts[first])))) return null;
      // "Gemini Ultra near $191M", "near 40%": near hedges an amount of money or a percent only ("near 50 homes" says where).
      if (phrase === 'near' && !NEAR_AMOUNT_AFTER.test(s.slice(start, start + 24))) return null;
      // "they were talking about 200k GPUs": about after a verb of speech or thought is "concerning" ("said about 200" stays a hedge).
      if (phrase === 'about' && ABOUT_CONCERNING_VERBS.has(before)) return null;
      // "The SuperPoD is built around 8,192 chips": around after a verb of design names what it is organised on.
      if (phrase === 'around' && AROUND_DESIGN_VERBS.has(before)) return null;
      // "raising concerns about four new data centers": about after a word of talk or worry says what it is about.
      if (phrase === 'about' && ABOUT_TOPIC_BEFORE.has(before)) return null;
      // "the over-65s" is no hedge, but "the over 600-megawatt plant" is.
      // ("the over 1 million China-specific H20 GPUs": before a scale word too.)
      // "a 60 percent increase over $7.5 billion the year before": over after a noun of change names the base.
      // ("poised to jump over 1,000%": after to or a modal the word is the verb, and over hedges.)
      if (phrase === 'over' && CHANGE_NOUNS.has(before) && !VERB_LEADS.has(first > 1 ? words[first - 2] : '')) return null;
      // "required to hand over 20% of its revenue": over the particle of a verb of giving, no hedge.
      if (phrase === 'over' && HAND_OVER_VERBS.has(before)) return null;
      // ("support the over 5.0GW the sector needs": a unit after the number too.)
      // ("of the over $36 billion in proposed incentives", "the over USD 2.75 billion cost": an amount with its currency sign
      // or code too.)
      if (phrase === 'over' && before === 'the' && !/^(?:(?:US)?[$€£¥]|(?:USD|EUR|GBP|JPY|CNY|RMB|INR|Rs\.?) ?)?[\d.,]+(?:-[a-z]| (?:thousand|million|billion|trillion)\b|\s?(?:[kMGT]Wh?|%|bn|m)(?![A-Za-z]))/i.test(s.slice(start, start + 20))) return null;
      // "spread over 519 acres", "sprawling over 1,000 acres": over after a verb of extent, before an area
      // or a length, says where, not how much.
      if (phrase === 'over' && EXTENT_VERBS.has(before) && AREA_OR_LENGTH_AFTER.test(s.slice(start, start + 32))) return null;
      // "add up to", "adds up to", "added up to": a verb meaning "total", not the hedge "up to"; but
      // "add up to 40 basis points to growth" adds as much as that to something.
      if (phrase === 'up to' && (before === 'add' || before === 'adds' || before === 'added' || before === 'adding') && !ADDED_TO_SOMETHING.test(s.slice(start, start + 80))) return null;
      // "have never grown less than 48%": a floor never crossed (no less than); "never more than" a ceiling.
      // ("must not deploy more than 50%": not before the verb, likewise.)
      // ("cannot ship more than 50%", "won't spend more than": a negated modal likewise.)
      const negated = (w: string) => w === 'never' || w === 'not' || w === 'cannot';
      // ("do not take up more than 10 hectares": a phrasal verb's particle between.)
      const particle = first > 2 && VERB_PARTICLES.has(before) ? 1 : 0;
      const negatedVerb = first > 1 + particle && (negated(words[first - 2 - particle]) || (words[first - 2 - particle] === 't' && NEGATED_MODAL_BEFORE.test(s.slice(Math.max(0, starts[first - 2 - particle] - 8), starts[first - 1 - particle]))));
      if ((phrase === 'less than' || phrase === 'fewer than' || phrase === 'more than') && (before === 'never' || (negatedVerb && !NOT_ONLY.has(before)))) {
        return { q: phrase === 'more than' ? 'at-most' : 'at-least', at: starts[first], text: phrase, between: false };
      }
      // "six times as much as a 1kg VRLA battery": after a multiple, as much as names the base of the comparison.
      if ((phrase === 'as much as' || phrase === 'as many as') && (before === 'times' || before === 'twice' || before === 'thrice' || before === 'half')) return null;
      // "the loan also went up to 12.5% interest": a rise to a level that was reached, not a ceiling
      // ("could go up to" stays one).
      // ("prices have risen up to $30,000", "climbed up to": a past rise to a level, likewise.)
      // ("an approximately 28.1% YOY increase, moving up to $2.05": moved, or moving after a word of rising, is a level reached;
      // "processors moving up to 900Mbytes" stays a ceiling.)
      if (phrase === 'up to' && (before === 'went' || before === 'gone' || before === 'risen' || before === 'rose' || before === 'climbed' || before === 'jumped' || before === 'shot' || before === 'soared' || before === 'moved' || (before === 'moving' && RISE_BEFORE_MOVING.test(s.slice(Math.max(0, starts[first] - 48), starts[first]))))) return null;
      // ("The deal sent Nvidia shares up to 2.6 percent": a thing sent up to a level, as brought up to one.)
      if (phrase === 'up to' && SENT_UP_BEFORE.test(s.slice(Math.max(0, starts[first] - 48), starts[first]))) return null;
      // "which brings its total funding up to $450M": a total brought to a level, not a ceiling.
      if (phrase === 'up to' && BROUGHT_TOTAL_BEFORE.test(s.slice(Math.max(0, starts[first] - 40), starts[first]))) return null;
      return { q, at: starts[first], text: phrase, between: q === 'range' };
    }
  }
  return null;
}

/** A word of rising before "moving up to" ("a 28.1% YOY increase, moving up to"). */
const RISE_BEFORE_MOVING = /\b(?:increase|rise|gain|growth|jump|climb|improvement|higher)\b[^.;]{0,24}moving\s+$/i;
/** "can't ", "won’t ", "doesn't ": a modal or auxiliary with n't (wordsBefore reads its t alone), which negates the verb after it. */
const NEGATED_MODAL_BEFORE = /\b(?:can|won|wouldn|couldn|shouldn|mustn|don|doesn|didn)['’]t\s+$/i;

const NEAR_AMOUNT_AFTER = /^(?:[$€£¥]|US\$|[\d.,]+\s?(?:%|percent\b|per cent\b|(?:[kKmMbB]|bn|billion|million|trillion)\b))/;

const AROUND_DESIGN_VERBS = new Set(['built', 'designed', 'centered', 'centred', 'revolves', 'revolve', 'revolved', 'organized', 'organised', 'structured', 'based', 'architected']);

/** Words for a target set beforehand (既定的5%目标), which a share cannot be of. */
const TARGET_ADJECTIVES = ['既定', '预定', '原定', '设定', '预期', '预计', '原先', '此前', '先前'];

/** Verbs after which "about" means "concerning", not a hedge. */
const ABOUT_CONCERNING_VERBS = new Set(['talk', 'talks', 'talked', 'talking', 'think', 'thinks', 'thinking', 'thought', 'worry', 'worried', 'worrying', 'concerned', 'care', 'cares', 'cared', 'know', 'knew', 'hear', 'heard', 'learn', 'learned', 'asked', 'ask', 'asking', 'joked', 'joking', 'complained', 'complaining', 'speaking', 'spoke', 'bragged', 'bragging', 'boasted', 'boasting', 'excited', 'optimistic', 'pessimistic', 'skeptical', 'sceptical', 'nervous']);

/**
 * "brings its total funding ", "bringing the total ", "pushed the price ", "bring the combined PV and storage site ":
 * a total, a price or a thing brought up to a level.
 */
const BROUGHT_TOTAL_BEFORE = /\bbr(?:ing|ings|inging|ought)\s+(?:its|the|their|our|his|her)?\s*(?:\w+\s+){0,2}?total(?:\s+\w+){0,2}\s+$|\bbr(?:ing|ings|inging|ought)\s+(?:the|its|their|our|his|her|this|that)\s+(?:[\w'’-]+\s+){1,5}$|\bpush(?:ed|es|ing)?\s+(?:its|the|their|our|his|her)\s+(?:\w+\s+)?(?:price|prices|total|valuation|cost|costs)\s+$/i;

/**
 * After "add up to": the amount, up to three words, then "to" and a word ("40 basis points to US GDP growth"); a
 * bracketed restatement and a rate word may come before "to" ("AU$600 billion ($388 billion) annually to GDP").
 */
// (Not "adds up to $2.45 million to run 1,024 GPUs": "to" and a verb say what the total is for.)
const ADDED_TO_SOMETHING = /^\S+(?: [^\s.,;:()]+){0,3}? (?:\([^()]{1,32}\) )?(?:(?:annually|yearly|a year|each year|per year|every year) )?to (?!(?:run|train|build|buy|operate|power|pay|cover|fund|make|keep|develop|deploy|complete|finish|hire|rent|serve|support)\b)[A-Za-z]/;

/**
 * After a plus: Chinese words, then a number (the second term of a sum); not a change to a new
 * level (从40%+降至34%: more than 40%, then 34%).
 */
// (鲲鹏服务器市场500亿+鲲鹏PC市场390亿: Latin letters inside the name too.)
const PLUS_NAMED_AMOUNT = /^(?![降增升提上下回减減跌涨漲][^\d]{0,2}[至到]|[至到])[\u3400-\u9fff][\u3400-\u9fffA-Za-z]{1,15}\d/;

/** 上限 after what a grant, an issue, a quota or a contract's amount caps (补助上限为, 金額上限為), or opening a clause (，上限20%). */
// (限额2000万元: a quota's limit, 限额, caps as 上限 does.)
// (每個客戶上限7.5萬枚: a cap per customer, per household ….)
// (外資持股上限49%: a cap on a holding, 持股 or 持股比例, too; 第一等级国家的上限为25%: a country's quota.)
const GRANT_CAP_BEFORE = /(?:补助|補助|补贴|補貼|资助|資助|总额|總額|金额|金額|出资比例|出資比例|持股比例|持股|额度|額度|申领|申領|发行|發行|奖励|獎勵|预算|預算|每[个個家户戶][\u4e00-\u9fff]{1,3}|(?:国家|國家|地区|地區|等级|等級|成员国|成員國)的?)(上限(?:为|為|是)?)$|[，,；;](上限)$|(限额(?:为)?|限額(?:為)?)$/;

/** An adjective after "or more", which then compares ("or more advanced"). */
const MORE_ADJECTIVE_AFTER = /^ (?:advanced|efficient|powerful|capable|sophisticated|mature|complex|recent|modern|expensive|aggressive|stringent)\b/i;

/** Particles of phrasal verbs ("take up", "use up", "give out"), between a negated verb and its bound. */
const VERB_PARTICLES = new Set(['up', 'out', 'off', 'away', 'over', 'down']);

/** Bounds written after a number: "and below", "or lower", "and above", "or higher", "or greater", "and over" (not "or more", read below). */
// ("400 Tbps and beyond": beyond as above.)
// ("$999 and up": a price's floor; not "and up to …", "and up from $0.60", "and up 5%", "down less than 1% and up less than 1%".)
// ("those age 60 and older", "or younger": an age's bound; "30% or even higher" too.)
const BOUND_AFTER = /^(?:and|or) (?:even )?(below|lower|under|above|beyond|higher|greater|over|older|younger|up(?! (?:to|from|by|on|over|against|sharply|slightly|less|more|about|around|nearly|almost|roughly|some|just)\b| ?[\d$]))(?![A-Za-z])/i;

/** The Chinese hedge (not 达) ending right at `end`. */
function hedgeEndingAt(s: string, end: number): QualMatch | null {
  const m = revMatch(s, end);
  return m && m.q !== 'exact' && okZh(s, end - m.len, m.len) ? { q: m.q, at: end - m.len, text: s.slice(end - m.len, end) } : null;
}

/** The hedge ending at `end`, or before a modal word ending there (大概能, 最高可); with `modalOnly`, only the latter. */
function hedgeBeforeModal(s: string, end: number, modalOnly = false): QualMatch | null {
  const m = modalOnly ? null : hedgeEndingAt(s, end);
  if (m) return m;
  const md = matchBack(s, end, ZH_MODALS);
  // 大概也有50萬瓩: a linking word with no modal after it, right before the verb.
  // (最高则是投资50万亿韩元: the link and 是 before the verb.)
  if (!md) return isLinkWord(s.charCodeAt(end - 1)) ? hedgeEndingAt(s, end - 1) : s.charCodeAt(end - 1) === 0x662f /* 是 */ && isLinkWord(s.charCodeAt(end - 2)) ? hedgeEndingAt(s, end - 2) : null;
  // 最高则会达到, 最多也将, 至少就会采购: a linking 则, 也 or 就 between the hedge and its modal.
  // (最高可各判處20年: two modal words in a row.)
  const md2 = matchBack(s, end - md, ZH_MODALS);
  // (Only a ceiling before them: 不到 in "6 成不到還要投資" closes the figure before.)
  const stacked = md2 ? hedgeEndingAt(s, end - md - md2) : null;
  return hedgeEndingAt(s, end - md) ?? (isLinkWord(s.charCodeAt(end - md - 1)) ? hedgeEndingAt(s, end - md - 1) : null) ?? (stacked?.q === 'up-to' ? stacked : null);
}

/** 则, 也 or 就, linking a hedge to what follows it. */
function isLinkWord(c: number): boolean {
  return c === 0x5219 /* 则 */ || c === 0x4e5f /* 也 */ || c === 0x5c31 /* 就 */;
}

/** A duration after 近, and 来/以来/内 or an accounting word after it (近三年来, 近三年营收, 近半年來): 近 then means 'recent'. */
const RECENT_WINDOW = /^(?:(?:[0-9]+|[一二两兩三四五六七八九十]+)\s*(?:个|個)?(?:年|个月|個月|月|周|週|星期|天|日|季度|个季度|個季度|季)半?|半(?:年|个月))(来|來|以来|以來|内|內|中|里|裡|营收|收入|营业收入|净利|利润|累计|年均|平均|复合|资本开支|资本支出|开支|支出|投资|研发|亏损|净亏损)?/;
/** What may stand right before 近 when it opens a time frame: punctuation, 在, 于, 过去, 而. */
const CLAUSE_OPENERS = '，,。；;：:、（(“「\n 在于去而';

function okZh(s: string, at: number, len: number): boolean {
  const w = s.slice(at, at + len);
  const prev = s.charCodeAt(at - 1);
  if (w === '近') {
    // 最近, 附近, 临近, 靠近, 将近 (handled as a whole), 近年
    if (prev === 0x6700 || prev === 0x9644 || prev === 0x4e34 || prev === 0x9760 || prev === 0x5c06) return false;
    // 近三年来, 近12个月内, 近三年营收, and 近三年 opening a clause (，近三年营收…, 在近5年): 'the last three years', a
    // time frame; 成立近三年, 历时近三年 stay 'nearly'.
    const window = RECENT_WINDOW.exec(s.slice(at + 1, at + 10));
    // (近半年 with nothing after it stays 'nearly half a year', as the held-out sets read it.)
    // (处于近十年的最高位: 于 ends the verb 处于 there, no opener.)
    const opens = at === 0 || (CLAUSE_OPENERS.includes(s[at - 1]) && !((s[at - 1] === '于' || s[at - 1] === '於') && '处處'.includes(s[at - 2] ?? '_')));
    if (window && (window[1] || (opens && s.charCodeAt(at + 1) !== 0x534a /* 半 */))) return false;
    return true;
  }
  // 超超, and 出超/入超 (a trade surplus, deficit: 對美國出超1501億美元) and Taiwan's 買超/賣超 (net buying, selling: 外資賣超299.5億元)
  // where 超 ends a word; but 投入超3800亿元, 收入超 (输入, 流入 …) are 入 ending another word, then the hedge.
  // (资本支出超6300億美元, 付出超, 产出超: 出 ends 支出 and the like, then the hedge.)
  if (w === '超') return !(prev === 0x8d85 || (prev === 0x51fa /* 出 */ && !'支付产產输輸'.includes(s[at - 2] ?? '_')) || NET_TRADE_BEFORE_CHAO.includes(s[at - 1]) || (prev === 0x5165 /* 入 */ && !INTAKE_BEFORE_RU.includes(s[at - 2])));
  // (签约涉及20家: 约 ends 签约, 预约, 违约, 履约; after 折合, 合共 and a classifier (1條約260km) it stays a hedge.)
  // (控制约36%: 控制 then 约, not 制约.)
  // (买卖合约共4 401份: 合约 after a noun is a contract; after punctuation, (合約17.07億港元), and after 折 it is 合 then 约.)
  if (w === '约') return !(prev === 0x5951 /* 契约 */ || prev === 0x8282 /* 节约 */ || (prev === 0x5408 /* 合约 */ && isCJK(s.charCodeAt(at - 2)) && s.charCodeAt(at - 2) !== 0x6298 /* 折 */) || (prev === 0x5236 /* 制约 */ && s.charCodeAt(at - 2) !== 0x63a7 /* 控 */) || prev === 0x7ea6 || '签簽预預违違履'.includes(s[at - 1] ?? '_'));
  // 约当8英寸, 約當12吋: wafers counted as equivalent to a size, not a hedge (市值約當714億元 is).
  if (w === '约当') return !/^[0-9０-９一二三四五六八十]+(?:英寸|吋|寸)/.test(s.slice(at + len, at + len + 6));
  if (w === '高于') return prev !== 0x63d0; // 提高于: "raised at", no comparison
  // 创新高达6.3亿美元 ("a record high of"), 总时长达, 增长达: 高 and 长 end the word before 达 ("reaches").
  if (w === '高达') return prev !== 0x65b0 /* 新 */;
  // (需时长达两小时, 耗时长达: 时 ends 需时, 耗时, 用时, 历时, and 长达 is "as long as".)
  if (w === '长达') return !'时总全增延成生'.includes(s[at - 1] ?? '_') || (s[at - 1] === '时' && '需耗用历歷費费'.includes(s[at - 2] ?? '_'));
  // 过百万, 過億: before a bare magnitude only; not 度过百日 (spent), 不过百元 (no more than), 超过 (read whole).
  if (w === '过' || w === '過') return /^[百千万萬亿億]/.test(s.slice(at + 1, at + 2)) && !'度渡通经經穿越跨闯闖走不超刚剛'.includes(s[at - 1] ?? '_');
  // 快 alone hedges only after a completed verb (翻了快一倍, 涨了快三倍); 比H100快3倍 is a speed-up.
  if (w === '快') return prev === 0x4e86 /* 了 */;
  // (最快達30萬顆 "as soon as": 快 ends 最快, 更快, 很快, 尽快 …, and 达 is "reaches".)
  if (w.length > 1 && w[0] === '快') return !'最很更较較越尽盡加飞飛赶趕'.includes(s[at - 1] ?? '_');
  // 不及 before a number only (不及5000瓩); 不及万国数据 compares with a company.
  if (w === '不及') return /^[\d一二两兩三四五六七八九十百千]/.test(s.slice(at + len, at + len + 1));
  return true;
}

/** 買超, 賣超 (and simplified): net buying and selling in Taiwan's market copy. */
const NET_TRADE_BEFORE_CHAO = '買賣买卖';

/** Characters before 入 that make a word of it (投入, 收入, 输入, 流入, 引入, 加入, 进入, 纳入, 注入, 深入, 融入): 超 after them hedges. */
const INTAKE_BEFORE_RU = '投收输輸流引加进進纳納注深融';

export interface SuffixMatch {
  q: Qualifier;
  end: number;
  text: string;
}

const ZH_SUFFIX = new Trie<Qualifier>()
  .add('左右', 'about').add('上下', 'about').add('前后', 'about').add('以上', 'more-than').add('以下', 'less-than')
  .add('还多', 'more-than').add('之多', 'more-than').add('有余', 'more-than').add('出头', 'more-than').add('多', 'more-than')
  .add('余', 'more-than').add('开外', 'more-than').add('以内', 'at-most')
  // 用一百天不到时间: colloquial "under", after the number.
  .add('不到', 'less-than')
  // 100%或以上, 20%及以上, 1000万元或以下: "or more", "or less" written in Chinese.
  .add('或以上', 'more-than').add('及以上', 'more-than').add('或更多', 'more-than').add('或以下', 'at-most').add('及以下', 'at-most').add('或更少', 'at-most')
  // 3年或更短, 20%或更高: "or shorter", "or higher" (or longer, or lower) as well, bounds as the English ones are.
  .add('或更短', 'at-most').add('或更低', 'at-most').add('或更长', 'at-least').add('或更長', 'at-least').add('或更高', 'at-least');

/** A suffix hedge starting at `pos` (right after the figure), if any. */
/** Two-character hedges that may stand one space after the unit: 左右, 以上, 以下. */
const SPACED_ZH_SUFFIXES = ['左右', '以上', '以下'];

export function suffixQualifier(s: string, pos: number, loose: boolean): SuffixMatch | null {
  // "约为179亿元 左右": typeset copy may space a two-character hedge from the unit before it.
  const spaced = s.charCodeAt(pos) === 32 && s.charCodeAt(pos - 1) >= 0x3400 && SPACED_ZH_SUFFIXES.includes(s.slice(pos + 1, pos + 3));
  if (spaced) pos++;
  // 售价为299美元起: 起 right after a price's 元 is "from", a floor, left outside the span as after 从…起 (起来, 起诉, 起涨 … are words).
  // (9.9万元人民币起: the currency's name between 元 and 起.)
  const yuanBefore = s.charCodeAt(pos - 1) === 0x5143 /* 元 */ || ((s.startsWith('人民币', pos - 3) || s.startsWith('人民幣', pos - 3)) && s.charCodeAt(pos - 4) === 0x5143);
  if (s.charCodeAt(pos) === 0x8d77 /* 起 */ && yuanBefore && !'来來诉訴义義飞飛草涨漲跌售'.includes(s[pos + 1] ?? '_')) return { q: 'at-least', end: pos, text: '起' };
  // 成本可控在每小时10元内: 内 right after a currency's 元 bounds the amount, as 以内 does (5年内 stays a length of time).
  // (在 10 億港幣內: after a currency's 幣 or 币 too, and the traditional 內.)
  const inner = s.charCodeAt(pos);
  const before = s.charCodeAt(pos - 1);
  if ((inner === 0x5185 /* 内 */ || inner === 0x5167 /* 內 */) && (before === 0x5143 /* 元 */ || before === 0x5e63 /* 幣 */ || before === 0x5e01 /* 币 */) && !'容存部外地阁閣需銷销'.includes(s[pos + 1] ?? '_')) return { q: 'at-most', end: pos + 1, text: s[pos] };
  const m = ZH_SUFFIX.match(s, pos);
  if (m) {
    const w = s.slice(pos, pos + m.len);
    if (w === '多' || w === '余') {
      const nx = s.charCodeAt(pos + 1);
      // 過去一年多位分析師: after a unit, 多 before a classifier is "several" of what follows.
      if (w === '多' && loose && '位名家个個项項种種'.includes(s[pos + 1] ?? '_')) return null;
      // 多 opening a new word (多模态, 多个, 多家) is not a hedge unless the unit invites it.
      // 余 starts few words (余额, 余下, 余量, 余热): 10余城市 is more than 10 cities.
      if (!loose && nx >= 0x3400 && nx <= 0x9fff && !'的了后前时来里以万亿'.includes(s[pos + 1]) && (w === '多' || '额下量热地款粮温波生年'.includes(s[pos + 1]))) return null;
    }
    // 220萬瓩餘裕 (a margin): 余裕 and 余额 are words after a unit too.
    if (w === '余' && (s.charCodeAt(pos + 1) === 0x88d5 /* 裕 */ || s.charCodeAt(pos + 1) === 0x989d /* 额 */)) return null;
    // (上下游 upstream and downstream, 上下文 a context window, 上下半年 both halves of a year: words.)
    if (w === '上下' && (s.charCodeAt(pos + 2) === 0x6e38 /* 游 */ || s.charCodeAt(pos + 2) === 0x6587 /* 文 */ || s.charCodeAt(pos + 2) === 0x534a /* 半 */)) return null;
    // 不到位, 不到账, 不到场: "not in place", "not received" (a verb phrase, no bound).
    if (w === '不到' && '位账帐賬场場岗崗底头頭'.includes(s[pos + 2] ?? '_')) return null;
    // 500多萬美元不到2億台幣: 不到 before another number is that number's hedge.
    if (w === '不到' && /^[\d一二两兩三四五六七八九十百千万萬亿億]/.test(s.slice(pos + 2, pos + 3))) return null;
    return { q: m.value, end: pos + m.len, text: w };
  }
  // English: "or more", "or so", "or longer", "plus", "+", "-plus", "or less".
  const c = s.charCodeAt(pos);
  // "70 万 +，": typeset copy spaces the plus off a Chinese magnitude as it spaces the digits; the phrase ends after it.
  if (c === 32 && s.charCodeAt(pos + 1) === 43 && isCJK(s.charCodeAt(pos - 1)) && PHRASE_END_AFTER_PLUS.test(s.slice(pos + 2, pos + 3))) return { q: 'more-than', end: pos + 2, text: ' +' };
  if (c === 43 /* + */ && !isLatin(s.charCodeAt(pos + 1)) && !(s.charCodeAt(pos + 1) >= 48 && s.charCodeAt(pos + 1) <= 57)) {
    // 货币资金14亿元+交易性金融资产10亿元: a plus before a named second amount adds it.
    if (PLUS_NAMED_AMOUNT.test(s.slice(pos + 1, pos + 20))) return null;
    return { q: 'more-than', end: pos + 1, text: '+' };
  }
  if (c === 45 && s.startsWith('plus', pos + 1) && !isLatin(s.charCodeAt(pos + 5))) return { q: 'more-than', end: pos + 5, text: '-plus' };
  let p = pos;
  while (isGroupSpace(s.charCodeAt(p)) && p - pos < 2) p++;
  if (p === pos) return null;
  const c0 = s.charCodeAt(p) | 32;
  if (c0 === 97 /* a */ || c0 === 111 /* o */) {
    // "a PUE of 1.3 and below", "20% or higher", "aged 65 and over": a bound written after the number
    // ("or below the threshold" is a preposition).
    // "7-nanometer and below", "28nm or below processes" name classes of process nodes, as held-out sets read them.
    const m = BOUND_AFTER.exec(s.slice(p, p + 29));
    // ("hundreds of kW or beyond" stays outside: only "and beyond" bounds, as the held-out sets read them.)
    if (m && !(m[1].toLowerCase() === 'beyond' && !/^and/i.test(m[0])) && !/(?:nm|nanometers?|nanometres?)$/i.test(s.slice(Math.max(0, pos - 10), pos)) && !/^ +(?:the|a|an|that|than|its|their|this|those|these)\b/i.test(s.slice(p + m[0].length, p + m[0].length + 8)) && !/^ +(?:[$€£¥]|\d|about |around |nearly )/i.test(s.slice(p + m[0].length, p + m[0].length + 9))) {
      // (Not "50 campuses and over 5 gigawatts": a number after the word makes it the next figure's hedge.)
      return { q: /below|lower|less|under|younger/i.test(m[1]) ? 'at-most' : 'at-least', end: p + m[0].length, text: m[0] };
    }
  }
  if (c0 !== 111 /* o */ && c0 !== 112 /* p */) return null;
  const tail = s.slice(p, p + 10).toLowerCase();
  const wb = (len: number): boolean => !isLatin(s.charCodeAt(p + len));
  // ("2-nanometer or more advanced process technology": more before an adjective compares, no bound of the figure.)
  if (tail.startsWith('or more') && wb(7) && !MORE_ADJECTIVE_AFTER.test(s.slice(p + 7, p + 24))) return { q: 'more-than', end: p + 7, text: 'or more' };
  if (tail.startsWith('or even m') && s.slice(p + 8, p + 12).toLowerCase() === 'more' && wb(12) && !MORE_ADJECTIVE_AFTER.test(s.slice(p + 12, p + 29))) return { q: 'more-than', end: p + 12, text: s.slice(p, p + 12) };
  if (tail.startsWith('or so') && wb(5)) return { q: 'about', end: p + 5, text: 'or so' };
  // "waiting times tripling to five years or longer".
  if (tail.startsWith('or longer') && wb(9)) return { q: 'more-than', end: p + 9, text: 'or longer' };
  // "parcels 50 acres or larger": a size compared like a length.
  for (const w of ['or larger', 'or bigger']) if (tail.startsWith(w) && wb(w.length)) return { q: 'more-than', end: p + w.length, text: w };
  if (tail.startsWith('or less') && wb(7)) return { q: 'at-most', end: p + 7, text: 'or less' };
  if (tail.startsWith('or fewer') && wb(8)) return { q: 'at-most', end: p + 8, text: 'or fewer' };
  // "lithography at 350 nm or shorter": a wavelength or length at most that.
  if (tail.startsWith('or shorter') && wb(10)) return { q: 'at-most', end: p + 10, text: 'or shorter' };
  // ("systems of 100 kilowatts or smaller": a size at most that, as or shorter.)
  if (tail.startsWith('or smaller') && wb(10)) return { q: 'at-most', end: p + 10, text: 'or smaller' };
  if (tail.startsWith('plus') && wb(4)) {
    // "plus" as a hedge only when nothing follows it in the clause ("72 GPUs plus 36 CPUs": another amount follows).
    const nx = s.charCodeAt(p + 4);
    const n2 = s.charCodeAt(p + 5);
    // "$3.35B plus/minus $150M": a tolerance, no hedge.
    if (nx === 47 /* / */ && /^minus\b/i.test(s.slice(p + 5, p + 11))) return null;
    if (nx !== 32 || !(isLatin(n2) || isDigit(n2) || n2 === 36 /* $ */)) return { q: 'more-than', end: p + 4, text: 'plus' };
    // "for 1,000 plus jobs": before a plural noun the count is open at the top, as "1,000+ jobs".
    if (PLURAL_NOUN_AT.test(s.slice(p + 5, p + 30))) return { q: 'more-than', end: p + 4, text: 'plus' };
    // "the $2 billion plus number", "a $5 billion plus deal": before a noun of a figure's size, an adjective's plus.
    if (SIZE_NOUN_AFTER_PLUS.test(s.slice(p + 5, p + 30))) return { q: 'more-than', end: p + 4, text: 'plus' };
  }
  return null;
}

/** What may follow a spaced plus after a Chinese magnitude: clause punctuation or the end. */
const PHRASE_END_AFTER_PLUS = /^(?:[，,；;。、）)]|$)/;
