// unit-slip: power written where energy is meant, or the reverse.
//   "5 GW a year", "每年5吉瓦", "用电量5吉瓦"  → power (GW) used as an amount of energy
//   "5 GWh of capacity", "装机容量5吉瓦时"     → energy (GWh) used as capacity
// Adding capacity per year ("adds 1 GW a year", "每年新增5吉瓦") and battery storage ("a 5 GWh
// battery", "储能容量5吉瓦时") are correct usage and stay silent.
import { firstSpanFrom } from '../spans.ts';
import { sinceSentenceStart } from '../text/sentences.ts';
import type { CheckDefinition, RawFinding } from './types.ts';
import type { TextReader } from '../text/chunked.ts';
import type { Figure } from '../types.ts';

// "5 GW a year", "1.2 GW of electricity annually", "900 MW of electricity every year".
// ("3,740 kilowatts (kW) of electricity annually": the unit's symbol in brackets between.)
const PER_YEAR_AFTER = /^\s*(?:[(（]\s*[A-Za-z]{1,4}\s*[)）]\s*)?(?:of\s+(?:electricity|power|energy)\s+)?(?:(?:a|per|each|every)\s+year\b|\/\s*(?:yr|year)\b|(?:annually|per annum|yearly)\b)|^\s*(?:\/年|每年)/i;
// "每年5吉瓦", "每年耗电5吉瓦", "每年消耗900万千瓦", "全年用电800兆瓦": a yearly amount, with a consumption verb between.
// ("每年将消耗约 3,740 千瓦": a modal before the verb.)
const PER_YEAR_BEFORE = /(?:每年|年均|一年|全年|年耗电|年用电)\s*(?:将会|将|会|需|可)?\s*(?:耗电|用电|消耗|消耗电力|耗用|使用|需要|发电)?\s*(?:量)?\s*(?:为|达|约|近|超过|高达|达到|将达到?|约为|至少|多达)*\s*$/;
// "data center annual energy use in 2023 … was approximately 176 terawatts": a year's use named, then the amount
// (not "annual energy use could have a total power demand of between 74 and 132 gigawatts": a demand is a rate).
const ANNUAL_USE_BEFORE = /\b(?:annual|yearly)\s+(?:energy|electricity|power)\s+(?:use|usage|consumption)\b(?:(?!demand|capacity|load|peak)[^.;]){0,60}?\b(?:was|is|were|will be|reached|totall?ed|of|at|hit|to)\s+(?:about|approximately|roughly|around|nearly|some|over|more than|an estimated)?\s*$/i;
// Energy or electricity use, then up to 40 characters that name no rate (demand, capacity, load, peak).
const ENERGY_USE_HEAD = String.raw`\b(?:energy|electricity)\s+(?:use|usage|consumption|generation)\b(?:(?!demand|capacity|load|peak)[^.;]){0,40}?`;
const AMOUNT_HEDGE_TAIL = String.raw`\s+(?:about|approximately|roughly|around|nearly|some|over|more than|an estimated)?\s*$`;
// ("the energy use of data centres in 2024 was 70 TW": energy or electricity used in a named year is a year's use too; not
// power use, which may be a load.)
// ("Electricity generation to run data centres in 2024 was estimated to be around 415 TW": a year's generation too.)
const USE_IN_YEAR_BEFORE = new RegExp(ENERGY_USE_HEAD + String.raw`\bin\s+(?:19|20)\d\d\b(?:(?!demand|capacity|load|peak)[^.;]){0,20}?\b(?:was|were|is|will be|reached|totall?ed|hit|stood at|came to)(?:\s+(?:estimated|expected|projected|forecast)\s+(?:to\s+be|at))?` + AMOUNT_HEDGE_TAIL, 'i');
/** An electricity use reaching a level, its year after it: "electricity consumption reached around". */
const USE_REACHED_BEFORE = new RegExp(ENERGY_USE_HEAD + String.raw`\b(?:was|were|reached|totall?ed|hit|stood\s+at|came\s+to)` + AMOUNT_HEDGE_TAIL, 'i');
/** "… was 4.2 GW at peak demand": a rate named after the figure, not a year's use. */
const PEAK_AFTER = /^\s*(?:(?:at|during|in)\s+(?:the\s+)?peak\b|(?:of\s+)?(?:peak|average)\s+(?:demand|load)\b)/i;
const ENERGY_WORD_BEFORE = /(?:用电量|耗电量|发电量|电量|能耗总量)\s*(?:将|预计|约|将会)?\s*(?:为|达|约|达到|将达|超过|近|约为|高达|是)?\s*$/;
// "消耗50兆瓦的电量", "30 MW of energy", "consumed 30 MW of electricity": an amount consumed, not a rate.
// Not where "energy" starts a compound noun that is itself a capacity: "one gigawatt of energy
// efficiency and demand response", "500 MW of energy storage".
const ENERGY_WORD_AFTER = /^\s*(?:的)?(?:电量|能耗|能量)|^\s*of\s+energy\b(?!\s*-?\s*(?:efficiency|savings?|storage|capacity|projects?|generation|resources?|supply|infrastructure))/i;
/** ("data centers consumed 140 billion kW in 2024": what was used over a whole year named right after.) */
const WHOLE_YEAR_AFTER = /^\s+(?:in|during|for)\s+(?:(?:fiscal|calendar)\s+)?(?:19|20)\d\d\b(?!\s*(?:-|–|to)\s*\d)/i;
// ("consumed a staggering 30.8 million megawatts of electricity": an article and an adjective of size between.)
const CONSUMED_BEFORE = /\b(?:consumed|used|burned|burnt|required)\s+(?:an?\s+(?:staggering|whopping|massive|huge|record|remarkable|hefty|total\s+of|combined)\s+)?(?:about|roughly|some|nearly|around|over|more than|up to|approximately|almost|close to|an estimated)?\s*$/i;
// ("data centers used about 415 terawatts, or 1.5 percent of world electricity": the share restating it names electricity.)
const ELECTRICITY_AFTER = /^\s*of\s+electricity\b|^\s*,\s*or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?(?:world(?:'s)?|global|total|national|the\s+country's|US|U\.S\.)?\s*(?:electricity|power)\b/i;
// "draws 150 MWh from the grid", "功率为150兆瓦时": energy where a rate (power) is meant, storage or not.
const RATE_BEFORE = /(?:功率|额定功率|输出功率|供电功率)\s*(?:为|达|约|达到|是|高达)?\s*$|\b(?:draws?|drawing|drew|rated at|power draw of|peak demand of)\s+(?:about|roughly|some|nearly|around|up to|over)?\s*$/i;
// "a 300 MWh campus", "一座300兆瓦时的园区": energy as the size of a site.
const SITE_AFTER = /^\s*(?:AI\s+)?(?:campus|data[- ]?cent(?:er|re)|facility|site|cluster|supercomputer)\b|^\s*(?:的)?(?:园区|数据中心|智算中心|算力中心|集群)/i;
const BUILD = /新增|增加|扩建|建设|建成|部署|上线|投运|投产|装机|扩容|add|adds|adding|added|build|builds|building|bring|brings|online|deploy|deploys|deploying|install|installs|new|additional|expand|expands|grow|grows|growth|increase|increases|pace/i;
// ("总容量预计可达约5GWh": a forecast's modal words between too.)
// ("算力将扩展至23MWh": a compute capacity, as Taiwan copy sizes one in MW, grown to a level.)
// ("a scalable capacity that can reach up to 1 gigawatt-hour": a modal and a verb of reaching between.)
// ("電力容量已增至47吉瓦時", "bringing its overall developable capacity to approximately 3GWh", "Contracted power capacity
// increased to 2.9 gigawatt-hours": a level the capacity has risen to.)
const CAPACITY_BEFORE = /(?:装机容量|装机|容量|功率|供电能力|电力容量|電力容量)\s*(?:预计|預計|将|將|有望|已|已经|已經)?\s*(?:可|能)?\s*(?:增至|增加至|增加到|提升至|提高到|扩大至|擴大至|升至)?\s*(?:为|达|约|达到|将达|超过|近|约为|高达|是|逼近|接近|突破|of)?\s*(?:约|約|近|超过)?\s*$|(?:算力|计算能力|計算能力)\s*(?:预计|将|有望)?\s*(?:扩展|扩大|扩充|提升|增至|增加)\s*(?:至|到)\s*(?:约|近|超过)?\s*$|(?:算力|计算能力|計算能力)\s*(?:将|預計|预计)?\s*(?:仅|只有|仅有|约|近|为|达到|达|逼近|超过)\s*(?:约|近)?\s*$|(?:capacity|power capacity|capacity of|rated at)\s*(?:of|is|at|will be|reaches|reached|to|(?:(?:that|which)\s+)?(?:can|could|will|would|may)\s+(?:reach|hit|(?:grow|scale|expand)\s+to)|(?:(?:has|have|had)\s+)?(?:increased|rose|risen|grew|grown|expanded|climbed|jumped|surged|doubled)\s+to)?\s*(?:about|approximately|roughly|around|nearly|some|over|more than|up to)?\s*$/i;
// ("200 megawatt-hours of sovereign compute capacity": up to three words before capacity.)
// ("100吉瓦时清洁能源装机容量": what is installed, named between the figure and 装机容量; "约200兆瓦时的关键IT容量" likewise.)
// ("30 megawatt-hours (MWh) of AI-focused data center capacity": a hyphenated adjective, and the symbol in brackets first.)
// ("a combined 348-megawatt-hour power capacity", "3GWh的自有和受控计算容量": what the capacity is of, before it.)
// ("500 to 800 MWh of compute power", "1百萬瓩時（GWh）算力": compute power or 算力 sized in energy.)
// ("JLL reports 39 GWh active capacity", "~300MWh of accredited capacity", "800MWh of scalable capacity": a capacity's kind before it.)
// ("1吉瓦時（gigawatt）的電力容量": the unit's English name glossed in brackets.)
const CAPACITY_AFTER = /^\s*(?:[(（]\s*[A-Za-z]{1,4}\s*[)）]\s*|[(（]\s*(?:giga|mega|kilo|tera)watt(?:[- ]?hour)?s?\s*[)）]\s*)?(?:of\s+(?:(?:sovereign|AI|AI-focused|AI-ready|compute|computing|data[- ]cent(?:er|re)|IT|new|additional|total|power|grid|accredited|active|installed|operational|operating|contracted|firm|scalable|planned|potential|critical|available|usable|[a-z]+-powered|hydroelectric|hydro|renewable|green|clean|sustainable)\s+){0,4}capacity|of\s+(?:compute|computing)\s+power|(?:(?:power|compute|computing|IT|accredited|active|installed|operational|operating|contracted|firm|AI-ready|AI|critical|[a-z]+-ready)\s+)?capacity|的(?:装机|电力)?容量|的\s?[^\d，,。；;\s]{1,8}容量|装机|[^\d，,。；;\s]{1,6}装机容量|的?(?:AI\s*)?(?:算力|计算能力|計算能力)(?!中心|園區|园区|基地|集群|叢集))/i;
/** Capacity added, or its pace, named earlier in the sentence than a yearly amount of power. */
// ("secure 250-500 MW of HPC leases each year … from their previous target of 100-150 MW annually": leasing, a target.)
const ADDITION_EARLIER = /\b(?:capacity\s+)?additions?\b|\bpace\b|\btargets?\b|\bgoals? of\b|\bleas(?:es|ed|ing|e)\b|新增装机|新增容量|租赁|租賃/i;
// (Not "needs to add", "needs to build": a need to add capacity is a pace of building.)
const CONSUME = /耗电|用电|消耗|耗用|consume|consumes|consumed|uses|used|needs(?!\s+to\s+(?:add|build|bring|deploy|install|connect))|burns/i;
const MADE = /产能|出货|订单|生产|制造|销量|销售|\b(?:production|manufacturing)\s+capacity\b|\b(?:produces?|produced|manufactures?|manufactured|ships?|shipped|shipments?|orders?|ordered|sales|sold)\b/i;
const STORAGE = /储能|电池|蓄电|微电网|battery|batteries|storage|megapack|microgrid|\bBESS\b/i;
/** A storage system named earlier in the sentence than its clause: "Each BESS unit should be housed in a … container with a minimum DC capacity of 5 MWh". */
const STORAGE_SYSTEM = /\bBESS\b|\bbattery energy storage\b|储能系统|储能电站|儲能系統/i;
/**
 * Gas networks state their capacity as energy ("connection agreements representing 15.4TWh of capacity"); gas-fired
 * power ("two new natural gas power units … adding 860 MW", 天然气涡轮机容量) is power.
 */
const GAS_NETWORK = /\bgas\s+(?:networks?|grids?|pipelines?|distribution|transmission|transporters?)\b|\bLNG\b|pipelines?\b|管网|管網|供气|供氣/i;
/** Electricity used (yearly) named before a later verb of reaching in the sentence. */
/** "每年可为西北电网输送绿色电力4.76亿千瓦时": electricity delivered, supplied or produced each year, in the figure's clause. */
const YEARLY_DELIVERY_BEFORE = /(?:每年|年均|全年)[^，,。；;！？\d]{0,16}?(?:输送|提供|供应|供给|生产|产生|发出|送出)了?(?:绿色|清洁)?(?:电力|电能|电量)\s*(?:约|近|超过|达)?\s*$/;
const ENERGY_REACHED_BEFORE = /(每年|年)?的?(?:用电量|耗电量|发电量)[^。；;！？\d]{0,20}(?:达到|达|至)\s*(?:约|近|超过)?\s*$/;
/** A price per watt-hour nearby: what is bought is counted in energy (storage systems). */
const PRICE_PER_WH = /[元$€¥]\s*\/\s*[kKMG]?Wh|\bper\s+[kKMG]?Wh\b/;

const POWER_OF_ENERGY: Record<string, string> = {
  TWh: 'TW', GWh: 'GW', MWh: 'MW', kWh: 'kW', 太瓦时: '太瓦', 吉瓦时: '吉瓦', 千兆瓦时: '千兆瓦', 兆瓦时: '兆瓦', 千瓦时: '千瓦',
  'terawatt-hours': 'terawatts', 'gigawatt-hours': 'gigawatts', 'megawatt-hours': 'megawatts', 'terawatt hours': 'terawatts', 'gigawatt hours': 'gigawatts', 'megawatt hours': 'megawatts',
};

export const unitSlip: CheckDefinition = {
  code: 'unit-slip',
  defaultSeverity: 'warning',
  description: {
    en: 'Power used as energy or the reverse ("5 GW a year", "5 GWh of capacity").',
    zh: '功率与电量单位混用（如“每年5吉瓦”“装机容量5吉瓦时”）。',
  },
  // Reads at most 60 code units either side of a figure (clauseAround).
  local: { reach: 64 },
  run(ctx, only) {
    const out: RawFinding[] = [];
    const zh = ctx.lang === 'zh';
    const t = ctx.masked;
    const figures = ctx.analysis.figures;
    for (let k = only ? firstSpanFrom(figures, only.from) : 0; k < figures.length; k++) {
      const f = figures[k];
      if (only && f.offset >= only.to) break;
      if (f.kind !== 'power' && f.kind !== 'energy') continue;
      const end = f.offset + f.length;
      const before = t.slice(Math.max(0, f.offset - 14), f.offset);
      const after = t.slice(end, end + 48);
      const clause = clauseAround(t, f.offset, end);
      if (f.kind === 'power') {
        // ("数据中心每年的用电量将增长一倍以上，达到约945吉瓦": the yearly use reached, a clause of change between.)
        const reached = ENERGY_REACHED_BEFORE.exec(t.slice(Math.max(0, f.offset - 40), f.offset));
        const lead80 = t.slice(Math.max(0, f.offset - 80), f.offset);
        // ("electricity consumption reached around 415 terawatts in 2024": the year after the figure.)
        const annualUse = (ANNUAL_USE_BEFORE.test(lead80) || USE_IN_YEAR_BEFORE.test(lead80) || (USE_REACHED_BEFORE.test(lead80) && WHOLE_YEAR_AFTER.test(after))) && !PEAK_AFTER.test(after);
        const perYear = PER_YEAR_AFTER.test(after) || PER_YEAR_BEFORE.test(before) || !!reached?.[1] || annualUse || YEARLY_DELIVERY_BEFORE.test(lead80);
        const energyWord = ENERGY_WORD_BEFORE.test(before) || ENERGY_WORD_AFTER.test(after) || (CONSUMED_BEFORE.test(t.slice(Math.max(0, f.offset - 32), f.offset)) && (ELECTRICITY_AFTER.test(after) || WHOLE_YEAR_AFTER.test(after))) || !!reached || annualUse;
        if (!perYear && !energyWord) continue;
        // Taiwan copy names a contracted load 用電量 in MW ("同意核供之用電量約567MW"): usage, not a slip.
        if (energyWord && !perYear && ctx.text.slice(Math.max(0, f.offset - 14), f.offset).includes('用電')) continue;
        // "每年新增5吉瓦", "adds 1 GW a year": capacity added per year. "建成后每年耗电5吉瓦" is still a slip:
        // only a build verb near the figure (not "once built" earlier in the clause) excuses it.
        if (perYear && BUILD.test(before + t.slice(end, end + 20)) && !CONSUME.test(before)) continue;
        // "an additional power capacity of 280-580MW a year": capacity named per year is a pace of building.
        if (perYear && CAPACITY_BEFORE.test(before) && !CONSUME.test(before)) continue;
        // "The capacity addition is estimated to accelerate to 300–350 megawatts (MW) per year": the subject is a pace of adding.
        const lead60 = perYear ? t.slice(Math.max(0, f.offset - 60), f.offset) : '';
        if (perYear && ADDITION_EARLIER.test(lead60) && !CONSUME.test(lead60)) continue;
        // "the production capacity of gas turbines worldwide is 30 gigawatts a year", "每年出货5吉瓦", "燃气轮机销量…年均60GW":
        // equipment made, ordered or sold per year, measured by its power.
        if (perYear && MADE.test(t.slice(Math.max(0, f.offset - 80), f.offset)) && !CONSUME.test(before)) continue;
        out.push({
          code: 'unit-slip', offset: f.offset, length: f.length, related: [], fixes: [], factIds: [],
          // "用电量为150兆瓦", "耗電量約16兆瓦", "5 gigawatts of energy": news copy often names a load so; only
          // a yearly amount in watts ("180 megawatts of electricity per year") is surely a slip.
          ...(perYear ? {} : { severity: 'information' as const }),
          message: zh
            ? `“${f.text}”是功率（瓦），${energyWord ? '用电量/发电量' : '“每年”的用量'}应以电量表示（如吉瓦时、太瓦时、亿千瓦时）。`
            : `"${f.text}" is power (watts); an amount ${energyWord ? 'of electricity' : 'per year'} is energy (GWh, TWh).`,
        });
      } else {
        // ("a 12 MW and 63 MWh capacity microgrid": a storage system's power and energy named together.)
        if (/\d\s?[kMG]?W\s*(?:and|&|\/|和|及|、)\s*$/i.test(before)) continue;
        // ("a system with 12 megawatts of power and 63 megawatt-hours of capacity": the power figure spelled out.)
        const prev = k > 0 ? figures[k - 1] : undefined;
        if (prev && prev.kind === 'power' && f.offset - (prev.offset + prev.length) <= 24 && POWER_THEN_ENERGY.test(t.slice(prev.offset + prev.length, f.offset))) continue;
        const rate = RATE_BEFORE.test(before);
        const capacity = CAPACITY_BEFORE.test(t.slice(Math.max(0, f.offset - 32), f.offset)) || CAPACITY_AFTER.test(after) || SITE_AFTER.test(after) || changedFromPower(t, figures, k);
        // ("采购容量为5GWh,分为3个标包,中标单价在0.487~1.01元/Wh之间": equipment priced per watt-hour is storage too.)
        const sentenceSoFar = sinceSentenceStart(t, f.offset, 200);
        if (!rate && (!capacity || STORAGE.test(clause) || STORAGE_SYSTEM.test(sentenceSoFar) || GAS_NETWORK.test(sentenceSoFar) || PRICE_PER_WH.test(t.slice(end, end + 60)))) continue;
        // "a specific heat capacity of 4.18 kJ/(kg·K)": energy per mass and degree, a property of a material.
        if (/^\s*\//.test(after) || /heat\s+capacity|比热|比熱|热容|熱容/i.test(before)) continue;
        const unit = f.unitText ?? '';
        const powerUnit = POWER_OF_ENERGY[unit];
        const fixText = powerUnit && f.text.endsWith(unit) ? f.text.slice(0, f.text.length - unit.length) + powerUnit : null;
        out.push({
          code: 'unit-slip', offset: f.offset, length: f.length, related: [], factIds: [],
          message: zh
            ? `“${f.text}”是电量（瓦时），装机/电力容量应以功率表示（吉瓦、兆瓦）。`
            : `"${f.text}" is energy (watt-hours); capacity is power (GW, MW).`,
          fixes: fixText ? [{ title: zh ? `改为 ${fixText}` : `Change to ${fixText}`, edits: [{ offset: f.offset, length: f.length, newText: fixText }] }] : [],
        });
      }
    }
    return out;
  },
};

/**
 * The energy figure k is the new level of a change whose old level is a power ("capacity rising from around 375 MW in 2020
 * to nearly 1,500 MWh by 2025", "从375兆瓦增至1500兆瓦时"): one quantity cannot be both.
 */
function changedFromPower(t: TextReader, figures: Figure[], k: number): boolean {
  let j = k - 1;
  // (The old level's year between: "375 MW in 2020 to".)
  if (j >= 0 && (figures[j].kind === 'year' || figures[j].kind === 'date' || figures[j].kind === 'period')) j--;
  const old = j >= 0 ? figures[j] : undefined;
  if (!old || old.kind !== 'power' || figures[k].offset - (old.offset + old.length) > 40) return false;
  const between = t.slice(old.offset + old.length, figures[k].offset);
  const lead = t.slice(Math.max(0, old.offset - 16), old.offset);
  return (CHANGE_FROM_BEFORE.test(lead) && CHANGE_TO_BETWEEN.test(between)) || (CHANGE_FROM_BEFORE_ZH.test(lead) && CHANGE_TO_BETWEEN_ZH.test(between));
}
const CHANGE_FROM_BEFORE = /\bfrom\s+(?:about|around|roughly|nearly|some|approximately)?\s*$/i;
const CHANGE_TO_BETWEEN = /^\s*(?:(?:in|at the end of|by)\s+[^,.;]{1,20}?\s+)?to\s+(?:nearly|about|around|roughly|almost|over|more than|some|approximately)?\s*$/i;
const CHANGE_FROM_BEFORE_ZH = /[从從]\s*(?:约|約)?\s*$/;
const CHANGE_TO_BETWEEN_ZH = /^[^，,。；;]{0,8}?(?:增至|增长至|增長至|增加到|增加至|提升至|升至|扩大至|擴大至|到|至)\s*(?:约|約|近)?\s*$/;

/** Between a power figure and the energy figure named with it: " of power and ", "的功率和". */
const POWER_THEN_ENERGY = /^\s*(?:of\s+(?:power|output|capacity)\s*)?,?\s*(?:and|&|\/|和|及|、)\s*$|^\s*(?:的)?(?:功率|输出功率|輸出功率)?\s*(?:和|及|、|\/)\s*$/i;

const BREAK = /[。！？；;.!?\n，,]/;

function clauseAround(t: TextReader, from: number, to: number): string {
  let a = from;
  while (a > 0 && from - a < 60 && !BREAK.test(t.slice(a - 1, a))) a--;
  let b = to;
  while (b < t.length && b - to < 60 && !(BREAK.test(t.slice(b, b + 1)) && !/\d/.test(t.slice(b + 1, b + 2)))) b++;
  return t.slice(a, b);
}
