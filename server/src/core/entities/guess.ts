// Unknown organisations in English: capitalised words ending in a company word
// ("Lancium Holdings", "Blue Owl Capital", "Crusoe Energy Systems").
import type { Mention } from '../types.ts';
import type { TextReader } from '../text/chunked.ts';
import { PLACE_NAMES } from '../places.ts';
import { isHan } from '../text/sentences.ts';

const ORG_SUFFIXES = new Set([
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'LLC', 'Ltd', 'Ltd.', 'Limited', 'Group', 'Holdings',
  'Technologies', 'Capital', 'Partners', 'Energy', 'Systems', 'Labs', 'Networks', 'Computing', 'Cloud',
  'Semiconductor', 'Ventures', 'Investments', 'Infrastructure', 'Realty', 'Power', 'Data Centers',
]);

/** Company words only a company's name ends in ("Digital Realty", "Global Partners"), whatever words come before. */
const LEGAL_SUFFIXES = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'LLC', 'Ltd', 'Ltd.', 'Limited', 'Group', 'Holdings', 'Capital', 'Partners', 'Ventures', 'Investments', 'Realty', 'Labs']);
/** Generic words that with company words alone make a segment's or a market's name, not a company's: "Cloud Infrastructure". */
const GENERIC_NAME_WORDS = new Set(['AI', 'Data', 'Digital', 'Global', 'Public', 'Private', 'Hybrid', 'Edge', 'Enterprise', 'Consumer', 'Total', 'Core', 'Advanced', 'Intelligent', 'Smart', 'Quantum', 'Compute', 'Network', 'Storage', 'Server', 'Servers', 'Cloud', 'Clean', 'Renewable', 'Nuclear', 'Solar', 'Wind', 'New', 'Next', 'Generation', 'The', 'Our', 'Its']);
const GENERIC_OR_COMPANY_WORD = (w: string) => ORG_SUFFIXES.has(w) || GENERIC_NAME_WORDS.has(w);
/** Verbs a title-case headline capitalises after a company's name ("… Group Plans", "… Energy Signs"). */
const HEADLINE_VERBS = new Set(['Plans', 'Announces', 'Signs', 'Secures', 'Raises', 'Launches', 'Unveils', 'Acquires', 'Buys', 'Builds', 'Opens', 'Invests', 'Wins', 'Lands', 'Inks', 'Completes', 'Breaks', 'Files', 'Expands', 'Targets', 'Commits', 'Pledges', 'Eyes', 'Taps', 'Seeks', 'Sells', 'Reports', 'Posts', 'Agrees', 'Closes', 'To', 'Will', 'Says']);

/** Words of what a company is, opening a sentence before its name: "Chipmaker Intel said", "Rival AMD has". */
const DESCRIPTOR_WORDS = new Set(['Chipmaker', 'Chipmakers', 'Rival', 'Rivals', 'Startup', 'Start-up', 'Automaker', 'Carmaker', 'Retailer', 'Lender', 'Insurer', 'Miner', 'Utility', 'Conglomerate', 'Foundry', 'Hyperscaler', 'Neocloud']);
/** Verbs a title-case headline capitalises before a noun phrase ("to Build Gigawatt-Scale AI Factory Infrastructure"). */
// ("Texas to Host Samsung's New $17bn Computer Chip Plant": a headline's verb after "to" too.)
const LEADING_VERBS = new Set(['Build', 'Builds', 'Building', 'Launch', 'Launches', 'Expand', 'Expands', 'Boost', 'Boosts', 'Create', 'Creates', 'Develop', 'Develops', 'Deploy', 'Deploys', 'Host', 'Hosts', 'Welcome', 'Welcomes', 'Attract', 'Attracts', 'Land', 'Lands', 'Win', 'Wins', 'Woo', 'Woos']);

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38 || c === 45 || c === 46;
}

/** Guessed organisations starting in [from, to); `to` is a paragraph start or the end of the text. */
const CAPITAL = /[A-Z]/;
/** Windows a capital is looked for in (slices of a string or of a chunk copy nothing). */
const CAPITAL_WINDOW = 4096;

/** Where the next capital letter in [from, to) is, or -1. Found in native code: most of a Chinese draft has none. */
function nextCapital(text: TextReader, from: number, to: number): number {
  for (let a = from; a < to; a += CAPITAL_WINDOW) {
    const found = text.slice(a, Math.min(to, a + CAPITAL_WINDOW)).search(CAPITAL);
    if (found >= 0) return a + found;
  }
  return -1;
}

export function guessOrganisations(text: TextReader, known: Mention[], from = 0, to = text.length): Mention[] {
  const out: Mention[] = [];
  // Known mentions are sorted and do not overlap: find the last one starting before b.
  const covered = (a: number, b: number) => {
    let lo = 0;
    let hi = known.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (known[mid].offset < b) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && a < known[found].offset + known[found].length;
  };
  const n = text.length;
  guessChineseOrganisations(text, from, to, covered, out);
  guessListedChineseCompanies(text, from, to, (a, b) => covered(a, b) || out.some((m) => a < m.offset + m.length && m.offset < b), out);
  let i = from;
  while (i < to) {
    const cap = nextCapital(text, i, to);
    if (cap < 0) break;
    i = cap;
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    // Collect a run of capitalised words separated by single spaces.
    const words: { start: number; end: number }[] = [];
    let j = i;
    while (j < n && isUpper(text.charCodeAt(j))) {
      let k = j;
      while (k < n && isWordChar(text.charCodeAt(k))) k++;
      // (Chinese copy sets a year right after a Latin name: Nscale2025年营收.)
      const glued = YEAR_GLUED.exec(text.slice(j, Math.min(k + 1, j + 64)));
      if (glued) k = j + glued[1].length;
      words.push({ start: j, end: k });
      // ("… in Sweden. Brookfield will": a word ending a sentence ends the run; "Inc." and "U.S." do not.)
      const sentenceEnd = text.charCodeAt(k - 1) === 46 && !ORG_SUFFIXES.has(text.slice(j, k)) && !/^(?:[A-Z]\.)+$/.test(text.slice(j, k));
      if (text.charCodeAt(k) !== 32 || words.length >= 6 || sentenceEnd) {
        j = k;
        break;
      }
      j = k + 1;
    }
    // ("Lambda Raises $1.5B to Build Gigawatt-Scale AI Factory Infrastructure": a title-case headline's verb opens no name.)
    while (words.length > 1 && (LEADING_VERBS.has(text.slice(words[0].start, words[0].end)) || DESCRIPTOR_WORDS.has(text.slice(words[0].start, words[0].end)))) words.shift();
    // ("Karatzis Group Plans €420M Data Center Project": a title-case headline's verb after the company word ends the name.)
    // (A company word of two, "Vantage Data Centers", is read from its first word's start: the slice spans the space.)
    const companyWordAt = (k: number) => ORG_SUFFIXES.has(text.slice(words[k].start, words[k].end)) || (k >= 2 && ORG_SUFFIXES.has(text.slice(words[k - 1].start, words[k].end)));
    for (let k = words.length - 2; k >= 1; k--) {
      if (companyWordAt(k) && HEADLINE_VERBS.has(text.slice(words[k + 1].start, words[k + 1].end))) {
        words.length = k + 1;
        break;
      }
    }
    const last = words[words.length - 1];
    const lastWord = text.slice(last.start, last.end);
    // ("Cloud Infrastructure revenue showed …", "AI Cloud": a segment named by company words and generic words alone is
    // no company's name.)
    if (words.length >= 2 && companyWordAt(words.length - 1) && (LEGAL_SUFFIXES.has(lastWord) || !words.every((w) => GENERIC_OR_COMPANY_WORD(text.slice(w.start, w.end)) || w === last))) {
      const start = words[0].start;
      const end = last.end;
      if (!covered(start, end)) {
        const name = text.slice(start, end);
        out.push({ offset: start, length: end - start, text: name, entityId: organisationId(name), guessed: true });
      }
    } else if (words.length && !covered(words[0].start, last.end)) {
      const actor = actorName(text, words);
      if (actor) {
        const name = text.slice(actor.start, actor.end);
        out.push({ offset: actor.start, length: actor.end - actor.start, text: name, entityId: organisationId(name), guessed: true });
      }
    }
    i = Math.max(j, i + 1);
  }
  return out.length > 1 ? out.sort((a, b) => a.offset - b.offset) : out;
}

/** Legal forms a company's name is written with or without ("TeraWulf Inc.", "Talen Energy Corporation", "Galaxy Digital"). */
const LEGAL_FORMS = new Set(['inc', 'corp', 'corporation', 'co', 'company', 'llc', 'ltd', 'limited', 'plc', 'ag', 'sa', 'nv', 'se', 'lp', 'gmbh', 'holdings', 'group']);
/**
 * The same in Chinese: 秦淮数据集团 is 秦淮数据; longest first, so one match takes the whole form. 科技 goes too, as the
 * registered name drops it where the short one keeps it or the other way round (航锦科技股份有限公司 and 航锦科技,
 * 广东奥飞数据科技股份有限公司 and 奥飞数据).
 */
const ZH_LEGAL_FORMS = '科技股份有限公司|科技有限公司|控股有限公司|控股集团|控股集團|股份有限公司|有限公司|集团|集團|控股|股份|科技';
const ZH_LEGAL_FORM = new RegExp(`(?:${ZH_LEGAL_FORMS})$`);
/** A province or city a registered name opens with: 广东奥飞数据科技股份有限公司 is 奥飞数据. */
const ZH_REGISTERED_PLACE = /^(?:北京|上海|天津|重庆|重慶|广东|廣東|广州|廣州|深圳|浙江|杭州|江苏|江蘇|南京|苏州|蘇州|山东|山東|河北|河南|湖北|武汉|武漢|湖南|四川|成都|福建|厦门|廈門|安徽|江西|辽宁|遼寧|吉林|陕西|陝西|山西|云南|雲南|贵州|貴州|广西|廣西|海南|宁夏|寧夏|新疆|甘肃|甘肅|青海|香港|台湾|臺灣|台灣)/;

/** One id for a Chinese name written with or without its legal form or registered place. */
function zhOrganisationId(name: string): string {
  let core = name;
  for (let legal = ZH_LEGAL_FORM.exec(core); legal && core.length - legal[0].length >= 2; legal = ZH_LEGAL_FORM.exec(core)) core = core.slice(0, core.length - legal[0].length);
  const place = ZH_REGISTERED_PLACE.exec(core);
  if (place && core.length - place[0].length >= 4) core = core.slice(place[0].length);
  return 'org:' + core;
}
const ZH_LEGAL_AFTER = new RegExp(`^(?:${ZH_LEGAL_FORMS})`);
/** Words that open a list or an example before a name: 包括緯穎科技, 其中润泽科技. */
const ZH_LEAD_WORD = /^(?:包括|包含|其中|以及|例如|比如|譬如|像是|通过|通過|如)/;

/** Words a name is also written without ("EdgeCore Digital Infrastructure" is EdgeCore, "Talen Energy" is Talen). */
const TRADE_WORDS = new Set(['digital', 'infrastructure', 'energy', 'power', 'mining', 'technologies', 'technology', 'systems', 'capital', 'partners', 'labs', 'networks', 'computing', 'cloud', 'semiconductor', 'semiconductors', 'ventures', 'investments', 'realty', 'data', 'centers', 'centres']);
/** Words too common to be a name alone ("Applied Digital" is not "Applied"). */
const GENERIC_FIRST_WORDS = new Set(['applied', 'digital', 'general', 'global', 'american', 'national', 'united', 'international', 'advanced', 'first', 'new', 'core', 'prime', 'edge', 'data', 'cloud', 'power', 'energy']);

/** One id for a name written with or without its legal form and trade words. */
function organisationId(name: string): string {
  const words = name.toLowerCase().split(/[^a-z0-9&]+/).filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])) words.pop();
  while (words.length > 1 && TRADE_WORDS.has(words[words.length - 1]) && !(words.length === 2 && GENERIC_FIRST_WORDS.has(words[0]))) words.pop();
  return 'org:' + words.join('-').replace(/&/g, '-');
}

/** Words that name a kind of AI before it, not a company: "Generative AI will", "Sovereign AI is". */
const KINDS_OF_AI = new Set(['Generative', 'Artificial', 'Agentic', 'Conversational', 'Enterprise', 'Sovereign', 'Responsible', 'Physical', 'Open', 'General', 'Narrow', 'Edge', 'Applied', 'Embodied', 'Multimodal', 'Predictive', 'Ethical', 'Trustworthy', 'Explainable', 'Vertical', 'Industrial', 'Private', 'Public', 'Custom', 'Frontier', 'Advanced', 'Modern', 'Strong', 'Weak', 'Superhuman', 'Human', 'Green', 'Cloud', 'Mobile', 'Consumer', 'Corporate', 'Traditional', 'Classical', 'Symbolic', 'Shadow', 'Hybrid', 'Local', 'Global', 'National', 'European', 'American', 'Chinese', 'Generalist', 'Specialist', 'Autonomous', 'Creative', 'Safe', 'Secure']);
/** Capitalised words that open sentences or name times, titles and trades rather than an organisation. */
const NOT_ACTOR_WORDS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'As', 'Of', 'To', 'And', 'But', 'Or', 'Nor', 'If', 'When', 'Where',
  'While', 'After', 'Before', 'Since', 'Until', 'During', 'This', 'That', 'These', 'Those', 'It', 'Its', 'Their', 'They', 'We', 'Our',
  'He', 'She', 'His', 'Her', 'I', 'You', 'Your', 'There', 'Here', 'What', 'Which', 'Who', 'Whose', 'Why', 'How', 'Some', 'Many', 'Most',
  'All', 'Each', 'Every', 'Both', 'Such', 'Other', 'Another', 'More', 'Less', 'Few', 'Several', 'One', 'Two', 'Three', 'Four', 'Five',
  'Meanwhile', 'However', 'Also', 'Still', 'Yet', 'So', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'First',
  'Second', 'Third', 'Final', 'Finally', 'New', 'Under', 'Over', 'About', 'Around', 'According', 'Including', 'Like', 'Unlike', 'Despite',
  'Although', 'Though', 'Because', 'Once', 'Not', 'No', 'Yes', 'Mr', 'Ms', 'Mrs', 'Dr', 'Sen', 'Rep', 'Gov', 'President', 'Chief',
  'Executive', 'Officer', 'Chairman', 'Founder', 'Analysts', 'Analyst', 'Officials', 'Sources', 'Reuters', 'Bloomberg', 'CNBC',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Phase', 'Stage', 'Section', 'Table', 'Figure', 'Chart',
  'Source', 'Note', 'Update', 'Editor', 'Read', 'See', 'Click', 'Photo', 'Image', 'Video', 'Related', 'Total', 'Overall', 'Together',
  'Combined', 'Construction', 'Capacity', 'Demand', 'Revenue', 'Sales', 'Power', 'Data', 'Energy', 'Cloud', 'Compute', 'Investment',
  'AI', 'GPU', 'GPUs', 'CPU', 'CPUs', 'TPU', 'TPUs', 'HBM', 'DRAM', 'NAND', 'SSD', 'PUE', 'TDP', 'LLM', 'LLMs', 'API', 'IPO', 'CEO',
  'CFO', 'CTO', 'COO', 'VP', 'US', 'USA', 'UK', 'EU', 'GW', 'MW', 'TW', 'GWh', 'MWh', 'TWh', 'FY', 'YoY', 'QoQ', 'AGI', 'ASIC', 'ASICs',
  'FPGA', 'HPC', 'IT', 'PC', 'PCs', 'ESG', 'ETF', 'GDP', 'CAGR', 'EBITDA', 'EPS', 'RPO', 'OEM', 'ODM', 'ROI', 'TCO', 'SaaS', 'IaaS',
  'PaaS', 'DC', 'AC', 'UPS', 'PPA', 'PPAs', 'NYSE', 'NASDAQ', 'Nasdaq', 'SEC', 'OK', 'TV', 'PR', 'ML', 'NLP', 'GenAI', 'SDK', 'OS',
  'HQ', 'ID', 'AM', 'PM', 'ET', 'PT', 'GMT', 'UTC', 'FAQ', 'Q', 'H', 'CapEx', 'Capex', 'OpEx', 'Opex', 'YTD', 'ARR', 'MoU', 'MOU',
  'LOI', 'JV', 'R&D', 'M&A', 'U.S.', 'U.K.', 'E.U.',
]);
/** What an organisation does right after its name: owns something, speaks, plans, builds, pays. */
const ACTOR_AFTER = /^(?:['’]s?\s|\s+(?:(?:also|recently|previously|now|currently|already|still|then|later|initially|first|quickly|reportedly)\s+)?(?:said|says|plans?|planned|will|would|announced|announces|expects?|expected|agreed|agrees|signed|raised|reported|reports|secured|unveiled|launched|invested|invests|acquired|acquires|bought|buys|builds|built|is|was|has|had|broke|filed|won|owns|operates|develops|developed|opened|began|begins|started|completed|committed|commits|intends|aims|hopes|wants|could|may|might|estimated|estimates|disclosed|confirmed|told|noted|revealed|purchased|ordered|leased|leases|partnered|chose|selected|received|closed|spent|spends|counts|runs|ran|operated|pledged|pledges|projects|projected|forecast|forecasts|guided|posted|booked|earned|generated|generates|lost|deployed|deploys|installed|delivered|delivers|shipped|ships|signs|secures|closes|wins|inks|lands|raises|unveils|launches|completes|taps|picks|adds|expands|targets|sells|eyes|strikes|forms|boosts|posts|books|files|opens|breaks|bags|nets|scores|seals|finalizes|finalises|finalized|finalised|inked|struck|sealed|landed|tapped|picked|expanded|targeted|sold)\b)/;
/** ", the rapidly growing U.S. AI data center provider,": what kind of company the name is, between commas. */
const KIND_APPOSITIVE = /^,\s+(?:the|a|an)\s+[^,;()]{0,60}?\b(?:company|provider|firm|startup|start-up|maker|operator|developer|giant|platform|specialist|supplier|manufacturer|lab|unicorn|neocloud)\s*,\s/;
/** The last word of a place's name: Louisa County, Permian Basin. */
const GEOGRAPHIC_LAST_WORD = /\b(?:County|City|State|Province|Valley|Basin|Region|District|Island|Islands|Bay|River|Lake|Park|Township|Parish|Zone|Coast|Peninsula|Mountains?)$/;
/** A place word before a name ("in Abilene", "near Ceará"): a town, not an actor. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|outside|across|from|into|of|to|around|throughout)\s+$/i;
const PLACE_NAME_ONLY = new RegExp(`^(?:${PLACE_NAMES.source})$`);
/** The end of a sentence or a line before a name: a capital there says nothing. */
const SENTENCE_OPEN_BEFORE = /(?:^|[.!?:;]["'”’)]?\s+|\n\s*(?:[-*+>#]+\s*|\d+[.)]\s*)?["“'‘(]?)$/;

/**
 * An organisation the store does not know, named before what it does ("Lancium said", "TikTok's Ceará data center",
 * "KKR will invest"): the last one to three capitalised words of the run, when what follows is an actor's verb or 's.
 * Local to the run's context (an edit elsewhere never changes it), so paragraphs can be read alone.
 */
function actorName(text: TextReader, words: { start: number; end: number }[]): { start: number; end: number } | undefined {
  let first = 0;
  while (first < words.length && NOT_ACTOR_WORDS.has(text.slice(words[first].start, words[first].end))) first++;
  if (first === words.length || words.length - first > 3) return undefined;
  const start = words[first].start;
  const end = words[words.length - 1].end;
  for (let k = first; k < words.length; k++) {
    const word = text.slice(words[k].start, words[k].end);
    // ("Mistral AI raised", "Scale AI has": AI closing a name of two or three words is part of it.)
    if (word === 'AI' && k > first && k === words.length - 1 && !KINDS_OF_AI.has(text.slice(words[k - 1].start, words[k - 1].end))) continue;
    if (NOT_ACTOR_WORDS.has(word) || !/^[A-Z][A-Za-z&-]*[A-Za-z]$/.test(word)) return undefined;
  }
  // ("Nscale宣布…", "Crusoe2025年营收…": in Chinese copy what a company does follows in Chinese, and a capital never opens
  // a sentence there.)
  const chineseActor = ZH_ACTOR_AFTER_LATIN.test(text.slice(end, end + 8));
  // ("Lambda, the rapidly growing U.S. AI data center provider, has raised …": the verb after an appositive of its kind.)
  const appositive = text.charCodeAt(end) === 44 ? KIND_APPOSITIVE.exec(text.slice(end, end + 90)) : null;
  // ("Amazon Web Services (AWS) has announced": the name's acronym or ticker in brackets before the verb.)
  const acronym = appositive ? null : ACRONYM_GLOSS_AFTER.exec(text.slice(end, end + 16));
  const afterFrom = appositive ? end + appositive[0].length - 1 : acronym ? end + acronym[0].length : end;
  const before = text.slice(Math.max(0, start - 24), start);
  // ("Rio Tinto to invest $2.5 billion in Argentina": a headline's infinitive, only where the name opens the line.)
  const headline = HEADLINE_INFINITIVE_AFTER.test(text.slice(afterFrom, afterFrom + 20)) && LINE_OPEN_BEFORE.test(before);
  if (!chineseActor && !headline && !ACTOR_AFTER.test(text.slice(afterFrom, afterFrom + 40))) return undefined;
  const name = text.slice(start, end);
  // ("across Applied Digital's campus": 's after the name says who owns it, unless the name is a place's.)
  const possessive = /^['’]s\s/.test(text.slice(end, end + 3)) && !GEOGRAPHIC_LAST_WORD.test(name);
  if (PLACE_PREPOSITION_BEFORE.test(before) && !possessive) return undefined;
  if (PLACE_NAME_ONLY.test(name)) return undefined;
  // ("the Wall Street Journal reports", "Financial Times said": a newspaper reports; it is the source, never the company.)
  if (NEWS_OUTLET.test(name)) return undefined;
  // ("Huawei rotating chair Eric Xu unveiled", "Mayor Patrick Collins confirmed": a person after a title is no company.)
  if (PERSON_TITLE_BEFORE.test(before) || PERSON_TITLE_WORD.test(text.slice(words[first].start, words[first].end))) return undefined;
  // A capital that opens a sentence may be any word ("Construction began…"): only a name written as one counts there
  // (an inner capital, "TikTok"; an acronym, "KKR"; two words or more; or 's), or one word that is no plural and no
  // common noun, followed by what only a company does ("Equinix reported", "Brookfield agreed").
  if (first === 0 && !chineseActor && !headline && SENTENCE_OPEN_BEFORE.test(before) && !(words.length - first >= 2 || /[a-z][A-Z]/.test(name) || /^[A-Z]{2,5}$/.test(name) || /^['’]/.test(text.slice(end, end + 1)) || companyOpeningSentence(name, text.slice(afterFrom, afterFrom + 40)))) return undefined;
  return { start, end };
}

/** A person's title right before a name, or opening it. */
const PERSON_TITLE_BEFORE = /\b(?:chair|chairman|chairwoman|chairperson|CEO|CFO|CTO|COO|chief|president|founder|co-founder|director|executive|minister|secretary|governor|mayor|senator|analyst|spokesperson|spokesman|spokeswoman|official|head|boss|manager|professor|engineer)\s+$/i;
const PERSON_TITLE_WORD = /^(?:Mayor|Governor|Senator|President|Minister|Secretary|Chairman|Chairwoman|Professor|Dr|Mr|Mrs|Ms|Sir|Lord|Judge|Commissioner)$/;
// ("Samsung Electronics Co (005930.KS) plans", "Oracle (NYSE: ORCL) said": a ticker in brackets likewise.)
const ACRONYM_GLOSS_AFTER = /^\s?\((?:[A-Z][A-Za-z0-9&.-]{1,9}|\d{4,6}(?:\.[A-Z]{1,2})?|[A-Z]{2,8}\s?:\s?[A-Z0-9.]{1,8})\)/;
// (Headlines set in title case: "Microsoft to Invest $1.7 Billion in Indonesia".)
const HEADLINE_INFINITIVE_AFTER = /^\s+to\s+(?:invest|spend|buy|acquire|build|raise|sell|cut|add)\b/i;
const LINE_OPEN_BEFORE = /(?:^|\n)\s*(?:#{1,6}\s+)?$/;

/** A Latin word with a year glued to it, then 年 (Nscale2025年): the word alone. */
const YEAR_GLUED = /^([A-Z][A-Za-z&-]*[A-Za-z])(?:19|20)\d\d(?:年|财年|財年)/;
/** What only a company does, in Chinese, right after a Latin name: announces, plans, reports a period's results, has a chief. */
const ZH_ACTOR_AFTER_LATIN = /^(?:宣布|宣佈|表示|称|稱|计划|計劃|预计|預計|拟|擬|斥资|斥資|签署|簽署|披露|公布|公佈|透露|旗下|(?:19|20)\d\d(?:年|财年|財年)|上半年|下半年|前三季|第[一二三四]季|全年|营收|營收|营业收入|營業收入|净利|淨利|市值|估值|资本支出|資本支出|首席|董事长|董事長|联合创始人|聯合創始人|创始人|創始人)/;

/** The last word of a newspaper's or a news site's name. */
const NEWS_OUTLET = /\b(?:Journal|Times|Post|Herald|Tribune|Gazette|Telegraph|Guardian|Economist|Chronicle|Insider|Register|Newswire|Wire|Daily|Weekly)$/;

/** What a company does, and people or things rarely do, right after a name that opens a sentence. */
// (Not "said" or "expects": a surname opens a sentence before them far more often than a company.)
// ("Microsoft is investing AUS$5 billion", "Microsoft is set to invest $2.9 billion": the progressive and the imminent too.)
const COMPANY_ACT_AFTER = /^\s+(?:(?:also|recently|previously|now|reportedly|has|had)\s+)?(?:reported|announced|announces|agreed|signed|signs|acquired|acquires|unveiled|unveils|raised|raises|secured|secures|disclosed|posted|booked|guided|purchased|leased|partnered|filed|launched|launches|plans|planned|invested|invests|committed|commits|pledged|pledges|will\s+(?:invest|spend|build|buy|acquire|deploy|lease|develop|open|raise|commit|pledge)|is\s+(?:investing|spending|acquiring|raising|committing|pledging)|is\s+(?:set|planning|preparing|poised|expected|looking)\s+to\s+(?:invest|spend|build|buy|acquire|raise|deploy)|(?:intends|aims|expects)\s+to\s+(?:invest|spend|build|buy|acquire|raise|deploy))\b/;
/** Single words that open sentences as the subject of a company's verbs ("Management agreed", "Growth will"): people and common nouns. */
const COMMON_SUBJECTS = new Set([
  'Management', 'Staff', 'Police', 'Everyone', 'Nobody', 'Someone', 'Somebody', 'Government', 'Administration', 'Industry', 'Research',
  'Company', 'Firm', 'Board', 'Team', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Congress', 'Parliament', 'Court', 'Judge',
  'Trump', 'Biden', 'Musk', 'Altman', 'Zuckerberg', 'Nadella', 'Pichai', 'Huang', 'Jassy', 'Ellison', 'Either', 'Neither',
  'Whoever', 'Leadership', 'Growth', 'Demand', 'Supply', 'China', 'Beijing', 'Washington', 'Brussels', 'Europe', 'Asia', 'America',
]);

function companyOpeningSentence(name: string, after: string): boolean {
  // (Plurals open sentences as people and things: "Analysts said", "Investors expect"; -ss, -us, -is, -ys are names.)
  if (/[^suiy]s$/.test(name) || /(?:ing|ion|ment|ness|ity)$/.test(name) || COMMON_SUBJECTS.has(name)) return false;
  return COMPANY_ACT_AFTER.test(after);
}

/** The last word of a Chinese company's name ("万国数据", "秦淮数据", "润泽科技", "紫光集团"). */
const ZH_ORG_SUFFIX = /集团|集團|控股|科技|数据|數據|资本|資本/g;
/** What opens and closes a short name defined in brackets after a registered one: (下称“万国数据”), （以下簡稱「萬國數據」）, (“奥飞数据”). */
const ZH_ALIAS_OPEN = String.raw`[(（]\s*(?:下称|下稱|以下简称|以下簡稱|以下称|以下稱|简称|簡稱)?\s*[“"「『]`;
const ZH_ALIAS_CLOSE = String.raw`[”"」』]\s*[)）]`;
const ZH_ALIAS_AFTER = new RegExp('^' + ZH_ALIAS_OPEN + String.raw`([^”"」』\s]{2,8})` + ZH_ALIAS_CLOSE);
const ZH_ALIAS_OPENED = new RegExp(ZH_ALIAS_OPEN + '$');
const ZH_ALIAS_CLOSED = new RegExp('^' + ZH_ALIAS_CLOSE);

/** Whether the name at `offset`–`end` is a short name defined in brackets for a company named just before ("(下称“万国数据”)"). */
export function definedAliasAt(text: TextReader, offset: number, end: number): boolean {
  return ZH_ALIAS_OPENED.test(text.slice(Math.max(0, offset - 8), offset)) && ZH_ALIAS_CLOSED.test(text.slice(end, end + 3));
}
/** Words before a suffix that make a common noun of it (市场数据, 社会资本, 高科技), not a name. */
const ZH_NOT_NAME_PREFIX = /^(?:市场|市場|统计|統計|行业|行業|官方|公开|公開|最新|训练|訓練|用户|用戶|相关|相關|历史|歷史|经济|經濟|财务|財務|销售|銷售|调查|調查|研究|监测|監測|交易|测试|測試|运营|運營|业绩|業績|海关|海關|宏观|宏觀|私募|风险|風險|社会|社會|外国|外國|国有|國有|民间|民間|私人|外资|外資|国际|國際|产业|產業|金融|前沿|尖端|核心|关键|關鍵|硬核|人工|智能|数字|數字|信息|資訊|网络|網絡|算力|云端|雲端|中国|中國|美国|美國|全球|国内|國內|海外|相应|相應|更多|大量|这些|這些|那些|该|該|这|這|其|各|多家|一家|两家|兩家|三家|部分|科技|数据|數據|资本|資本|集团|集團)/;
/** Characters a name does not run back over: function words, counters, time words. */
const ZH_NAME_STOP = new Set(Array.from('的与與和及由向对對据據为為被同跟从從在将將把让讓是了年月日家等其该該这這此前后後今近已于於称稱说說个個位名只仅僅也还還并並又而但或即均都各每', (c) => c.charCodeAt(0)));
/** Stop characters that also open company names (日立, 日上集团, 日月光). */
const NAME_OPENING_STOPS = '日月';
/** Characters that end a clause or a line: a name may start right after them. */
const CLAUSE_BREAK = '\n，,。；;：:！？!?（(「“"、 ';
/** What a company does right after its name: announces, plans, invests, owns (的), or a bracketed gloss. */
// (Also a period, a result or a title right after the name: 奥飞数据2024年…, 润泽科技上半年收入, 中金数据集团中卫项目, …集团工程师.)
const ZH_ACTOR_AFTER = /^(?:宣布|表示|称|稱|计划|計劃|预计|預計|拟|擬|将|將|已|正在|斥资|斥資|投资|投資|签署|簽署|发布|發布|披露|公布|透露|获得|獲得|完成|旗下|的|于|於|在|与|與|和|近日|日前|此前|今年|去年|今日|昨日|公告|\s*[（(]|\s*(?:20|19)\d\d|上半年|下半年|前三季|[一二三四]季|第[一二三四]季|全年|营收|營收|营业收入|營業收入|总收入|總收入|净利|淨利|归母|歸母|毛利|市值|股价|股價|公佈|宣佈|發佈|报告|報告|以\s*[\d一二三四五六七八九十两兩]|董事长|董事長|总经理|總經理|总裁|總裁|副总裁|副總裁|首席|创始人|創始人|负责人|負責人|工程师|工程師|发言人|發言人|[\u4e00-\u9fff]{2,3}(?:项目|項目|园区|園區|基地|数据中心|數據中心|智算中心))/;

/** A stock code in brackets: (03896.HK), (688256.SH), （2330.TW）. */
// (Taiwan copy's "(2330-TW)", also before a second listing, "(2330-TW)(TSM-US)".)
const STOCK_CODE_SOURCE = String.raw`[(（]\s*(?:\d{4,6}\s?\.\s?(?:HK|SH|SZ|SS|TW|TWO|KS|KQ|T)|\d{4,6}-(?:TW|TWO)|(?:HK|SH|SZ)\s?\d{4,6})\s*[)）]`;
const STOCK_CODE = new RegExp(STOCK_CODE_SOURCE, 'g');
/** The same, opening the text. */
const STOCK_CODE_AT = new RegExp('^' + STOCK_CODE_SOURCE);
/** Words that describe a company before its name: 港股公司金山云, 芯片巨头寒武纪, 旗下. */
const ZH_DESCRIPTION_BEFORE_NAME = /^[\u4e00-\u9fff]*(?:公司|集团|集團|企业|企業|巨头|巨頭|龙头|龍頭|厂商|廠商|平台|旗下|名下|港股|美股|A股)/;

/** Whether a stock code in brackets opens the text at `at` ("(03896.HK)"). */
export function stockCodeAt(text: TextReader, at: number): boolean {
  return STOCK_CODE_AT.test(text.slice(at, at + 16));
}

/** Whether what follows `end` is what a Chinese company does (宣布, 公告, 的, a period's results …). */
export function zhActsAfter(text: TextReader, end: number): boolean {
  const after = text.slice(end, end + 4);
  // ("万国数据收入同比增长39.2%": a company's results named right after it are its own, as an act is.)
  return ZH_ACTOR_AFTER.test(after) || ZH_ACTOR_AFTER_LATIN.test(after) || /^(?:收入|总收入|總收入|净收入|淨收入|[发發](?:财报|財報|布|佈)|实现|實現|录得|錄得)/.test(after);
}

/**
 * A Chinese company the store does not know, named right before its stock code: "金山云(03896.HK)公告称", "寒武纪（688256.SH）".
 * A listed company's code names it as surely as 集团 does.
 */
function guessListedChineseCompanies(text: TextReader, from: number, to: number, covered: (a: number, b: number) => boolean, out: Mention[]): void {
  for (let a = from; a < to; a += CAPITAL_WINDOW) {
    const chunk = text.slice(a, Math.min(to, a + CAPITAL_WINDOW));
    if (chunk.indexOf('.') < 0 && !/[HS][KHZ]\s?\d|\d-TW/.test(chunk)) continue;
    STOCK_CODE.lastIndex = 0;
    for (let m = STOCK_CODE.exec(chunk); m; m = STOCK_CODE.exec(chunk)) {
      // ("台積電 (2330-TW)": a typeset space between the name and its code.)
      const end = a + m.index - (text.charCodeAt(a + m.index - 1) === 32 ? 1 : 0);
      let start = end;
      while (start > end - 8 && start > 0 && isHan(text.charCodeAt(start - 1)) && !ZH_NAME_STOP.has(text.charCodeAt(start - 1))) start--;
      const description = ZH_DESCRIPTION_BEFORE_NAME.exec(text.slice(start, end));
      if (description) start += description[0].length;
      // ("中国经济网北京5月5日讯寒武纪(688256.SH)": a dateline's 讯 after its day opens no name.)
      // (日 stops the scan back, so the name can start only with the 讯 right after it.)
      if (/[讯訊电電]/.test(text.slice(start, start + 1)) && text.charCodeAt(start - 1) === 0x65e5 /* 日 */) start++;
      if (end - start < 2 || end - start > 6 || covered(start, end)) continue;
      const name = text.slice(start, end);
      if (ZH_NOT_NAME_PREFIX.test(name)) continue;
      out.push({ offset: start, length: end - start, text: name, entityId: zhOrganisationId(name), guessed: true });
    }
  }
}

/**
 * Chinese companies the store does not know, by a name's last word and what follows it ("万国数据宣布…", "秦淮数据的…").
 * The name runs back at most four characters from its last word, stopping at anything that is no part of a name.
 */
function guessChineseOrganisations(text: TextReader, from: number, to: number, covered: (a: number, b: number) => boolean, out: Mention[]): void {
  for (let a = from; a < to; a += CAPITAL_WINDOW) {
    const windowEnd = Math.min(to, a + CAPITAL_WINDOW);
    const chunk = text.slice(a, windowEnd);
    ZH_ORG_SUFFIX.lastIndex = 0;
    for (let m = ZH_ORG_SUFFIX.exec(chunk); m; m = ZH_ORG_SUFFIX.exec(chunk)) {
      const at = a + m.index;
      let start = at;
      while (start > at - 4 && start > 0 && isHan(text.charCodeAt(start - 1)) && !ZH_NAME_STOP.has(text.charCodeAt(start - 1))) start--;
      // (日上集团, 日月光集團 opening a line or a clause: 日 and 月 open names there, not dates.)
      let opening = start;
      while (opening > at - 4 && opening > 0 && NAME_OPENING_STOPS.includes(String.fromCharCode(text.charCodeAt(opening - 1)))) opening--;
      if (opening < start && (opening === 0 || CLAUSE_BREAK.includes(String.fromCharCode(text.charCodeAt(opening - 1))))) start = opening;
      const lead = ZH_LEAD_WORD.exec(text.slice(start, at));
      if (lead) start += lead[0].length;
      if (at - start < 2) continue;
      // (中金数据集团, 奥飞数据科技股份有限公司: a legal form after the name's last word is part of it.)
      const legal = ZH_LEGAL_AFTER.exec(text.slice(at + m[0].length, at + m[0].length + 10));
      const end = at + m[0].length + (legal ? legal[0].length : 0);
      if (legal) ZH_ORG_SUFFIX.lastIndex = Math.max(ZH_ORG_SUFFIX.lastIndex, end - a);
      const prefix = text.slice(start, at);
      // ("興建新一代資料中心園區": 数据 before 中心 is a data centre, no company's name.)
      if (!legal && (m[0] === '数据' || m[0] === '數據') && /^(?:中心|中台)/.test(text.slice(end, end + 2))) continue;
      // ("万国数据控股有限公司(下称“万国数据”)": the short name the draft defines for the company is that company wherever it
      // stands, and where the registered name starts.)
      const alias = ZH_ALIAS_AFTER.exec(text.slice(end, end + 24));
      const aliasAt = alias ? text.slice(start, end).indexOf(alias[1]) : -1;
      if (aliasAt > 0) start += aliasAt;
      if (ZH_NOT_NAME_PREFIX.test(text.slice(start, at)) || !(alias || ZH_ACTOR_AFTER.test(text.slice(end, end + 4))) || covered(start, end)) continue;
      const name = text.slice(start, end);
      const id = zhOrganisationId(alias ? alias[1] : name);
      out.push({ offset: start, length: end - start, text: name, entityId: id, guessed: true });
      if (alias) {
        const aliasStart = end + alias[0].indexOf(alias[1]);
        out.push({ offset: aliasStart, length: alias[1].length, text: alias[1], entityId: id, guessed: true });
      }
    }
  }
}
