// Entity mentions: every name and alias in the store, matched in one pass over the text.
// English names respect word boundaries and case; Chinese names match anywhere, longest first.
import type { Entity, FactStore, Mention } from '../types.ts';
import { foldText } from '../text/fold.ts';

export interface TrieNode {
  next: Map<number, TrieNode>;
  /** On the root only: 1 for every code unit a name starts with (a cheap pre-filter). */
  starts?: Uint8Array;
  /** On the root only: a hashed bitmap of the first two code units of every name (names have ≥ 2). */
  pairs?: Uint8Array;
  /** Entity ids whose name ends here. */
  ids?: string[];
  /** The name ends here and is Latin-initial (needs word boundaries). */
  latin?: boolean;
  /**
   * On the root of a trie of few names without spaces or Latin letters (names learned from the
   * draft): the names themselves, which scanNames() finds with indexOf instead of a walk over
   * every character.
   */
  literals?: LiteralName[];
}

/** A name, middle dots written ·, with the ids of the entities it names. */
interface LiteralName {
  name: string;
  /** The name up to its first middle dot: what indexOf looks for. */
  anchor: string;
  ids: string[];
}

export interface NameIndex {
  root: TrieNode;
  /** Entity ids by id, for disambiguation. */
  entities: Map<string, Entity>;
}

const indexCache = new WeakMap<FactStore, NameIndex>();

function isLatinAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}
/** Middle dots used between the parts of transliterated names: ·・‧•. */
function isNameDot(c: number): boolean {
  return c === 0xb7 || c === 0x30fb || c === 0x2027 || c === 0x2022 || c === 0xff65;
}
function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function addName(root: TrieNode, name: string, id: string): void {
  const trimmed = name.trim();
  if (trimmed.length < 2) return;
  let node = root;
  let prevSpace = false;
  for (let i = 0; i < trimmed.length; i++) {
    let c = trimmed.charCodeAt(i);
    if (isSpace(c)) {
      if (prevSpace) continue;
      c = 32;
      prevSpace = true;
    } else prevSpace = false;
    if (isNameDot(c)) c = 0xb7;
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = { next: new Map() }));
    node = child;
  }
  node.ids ??= [];
  if (!node.ids.includes(id)) node.ids.push(id);
  if (isLatinAlnum(trimmed.charCodeAt(0))) node.latin = true;
}

export function nameIndex(store: FactStore): NameIndex {
  const cached = indexCache.get(store);
  if (cached) return cached;
  const root: TrieNode = { next: new Map() };
  for (const entity of store.entities.values()) {
    for (const name of entity.names.en) {
      addName(root, name, entity.id);
      // Headlines and wire copy sometimes set names in capitals.
      if (name.length >= 4 && name !== name.toUpperCase()) addName(root, name.toUpperCase(), entity.id);
    }
    for (const name of entity.names.zh) {
      addName(root, name, entity.id);
      // Drafts are read folded to simplified characters (text/fold.ts): 台積電 reads 台積电.
      const folded = foldText(name);
      if (folded !== name) addName(root, folded, entity.id);
    }
  }
  const index = { root, entities: store.entities };
  indexCache.set(store, index);
  return index;
}

export interface RawMention {
  offset: number;
  length: number;
  ids: string[];
}

function startsOf(root: TrieNode): Uint8Array {
  if (!root.starts) {
    root.starts = new Uint8Array(65536);
    for (const c of root.next.keys()) root.starts[c] = 1;
  }
  return root.starts;
}

/** Bitmap slot of a pair of code units; collisions only let a few more positions through. */
const pairSlot = (c0: number, c1: number): number => (c0 * 31 + c1 * 17) & 0xffff;

function pairsOf(root: TrieNode): Uint8Array {
  if (!root.pairs) {
    root.pairs = new Uint8Array(65536);
    for (const [c0, child] of root.next) for (const c1 of child.next.keys()) root.pairs[pairSlot(c0, c1)] = 1;
  }
  return root.pairs;
}

/** The end of a name match at `end` is acceptable: Latin names need a word boundary after them. */
function endsWell(text: string, end: number, at: TrieNode): boolean {
  if (!at.latin) return true;
  const n = text.length;
  const after = end < n ? text.charCodeAt(end) : 32;
  if (!isLatinAlnum(after)) return true;
  // Allow a plural s ("GB200s"); "OpenAI's" is handled by the apostrophe.
  return after === 115 && (end + 1 >= n || !isLatinAlnum(text.charCodeAt(end + 1)));
}

/** Longest-match scan. `extra` holds names learned from the draft itself. */
export function scanNames(text: string, root: TrieNode): RawMention[] {
  if (root.literals) return scanLiterals(text, root.literals);
  const out: RawMention[] = [];
  const starts = startsOf(root);
  const pairs = pairsOf(root);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (starts[c0] === 0 && !isNameDot(c0)) {
      i++;
      continue;
    }
    // Every name has two code units or more: its first two must be a known pair.
    if (i + 1 < n) {
      const c1 = text.charCodeAt(i + 1);
      if (pairs[pairSlot(isNameDot(c0) ? 0xb7 : c0, isSpace(c1) ? 32 : isNameDot(c1) ? 0xb7 : c1)] === 0) {
        i++;
        continue;
      }
    }
    const first = root.next.get(isNameDot(c0) ? 0xb7 : c0);
    if (!first || (isLatinAlnum(c0) && i > 0 && isLatinAlnum(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let node: TrieNode | undefined = first;
    let j = i + 1;
    let bestEnd = -1;
    let bestIds: string[] | undefined;
    if (node.ids && endsWell(text, j, node)) {
      bestEnd = j;
      bestIds = node.ids;
    }
    while (j < n && node) {
      let c = text.charCodeAt(j);
      if (isSpace(c)) {
        const child: TrieNode | undefined = node.next.get(32);
        if (!child) break;
        // A name may wrap onto the next line but never runs across a blank line (a new paragraph).
        let newlines = 0;
        while (j < n && isSpace(text.charCodeAt(j))) if (text.charCodeAt(j++) === 10) newlines++;
        if (newlines > 1) break;
        node = child;
      } else {
        if (isNameDot(c)) c = 0xb7;
        node = node.next.get(c);
        if (!node) break;
        j++;
      }
      if (node.ids && endsWell(text, j, node)) {
        bestEnd = j;
        bestIds = node.ids;
      }
    }
    if (bestIds) {
      out.push({ offset: i, length: bestEnd - i, ids: bestIds });
      i = bestEnd;
    } else i++;
  }
  return out;
}

/**
 * Learn draft-local aliases from pairs like 山姆·奥特曼（Sam Altman） or 微软首席技术官凯文·斯科特（Kevin Scott）:
 * the Chinese name right before a bracketed known name gets the same entity.
 */
/** Characters that end a title or are function words: a transliterated name never contains them. */
const NAME_STOP = new Set([...'官师长人裁席理监事员家者的和与及在是称说对由向将为了被从']);

export function learnPairs(text: string, mentions: RawMention[]): Map<string, string[]> {
  return learnedNames(pairEvents(text, mentions));
}

/** A name learned from a pair, at the offset of the known name that taught it. */
export interface PairEvent {
  offset: number;
  name: string;
  ids: string[];
}

/** The names taught in text order (a later pair teaching the same name wins). */
export function learnedNames(events: readonly PairEvent[]): Map<string, string[]> {
  const learned = new Map<string, string[]>();
  for (const e of events) learned.set(e.name, e.ids);
  return learned;
}

const CLOSING_QUOTES = '”」』》〉\'"';
/** Head nouns that name no one thing: learning them as a name would tie every 计划 ("plans to") to it. */
const GENERIC_HEADS = new Set(['计划', '计画', '项目', '工程', '公司', '集团', '企业', '基金', '园区', '中心', '协议', '合同', '交易', '方案', '规划', '联盟', '平台', '系统']);

/** Each name a pair teaches; the pair lies within its paragraph (a blank line is no CJK character). */
export function pairEvents(text: string, mentions: RawMention[]): PairEvent[] {
  const learned: PairEvent[] = [];
  for (const m of mentions) {
    const open = m.offset - 1;
    if (open < 1) continue;
    const oc = text.charCodeAt(open);
    if (oc !== 0xff08 && oc !== 40) continue; // （ or (
    const close = m.offset + m.length;
    const cc = text.charCodeAt(close);
    if (cc !== 0xff09 && cc !== 41 && cc !== 0xff0c && cc !== 44) continue; // ）) or ，, (Greg Brockman，左)
    // Walk back over the CJK name, with middle dots; transliterated names are 2–10 characters.
    let k = open;
    while (k > 0 && (isCjk(text.charCodeAt(k - 1)) || isNameDot(text.charCodeAt(k - 1))) && open - k < 10) k--;
    const name = text.slice(k, open);
    if (name.length < 2) continue;
    // “星际之门”计划(Stargate Project): the words after a quoted name are its head noun, no name.
    if ((k > 0 && CLOSING_QUOTES.includes(text[k - 1])) || GENERIC_HEADS.has(name)) continue;
    // Prefer the part after the last title word (首席技术官凯文·斯科特 → 凯文·斯科特) when it has a dot.
    const dot = name.indexOf('·');
    let alias = name;
    if (dot > 0) {
      // Walk back over the given name until a character that ends a title (分析师, 首席执行官,
      // 总裁) or is a function word (的, 和, 与): 分析师简·罗 → 简·罗.
      let start = dot;
      while (start > 0 && dot - start < 4 && !NAME_STOP.has(name[start - 1])) start--;
      alias = name.slice(start);
      if (start === dot) continue;
    } else if (name.length > 4) continue;
    learned.push({ offset: m.offset, name: alias, ids: m.ids });
    // The family name after the dot is used alone later in the text (奥特曼).
    if (dot > 0) {
      const family = alias.slice(alias.indexOf('·') + 1);
      if (family.length >= 2) learned.push({ offset: m.offset, name: family, ids: m.ids });
    }
  }
  return learned;
}

export function buildTrie(names: Map<string, string[]>): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const [name, ids] of names) for (const id of ids) addName(root, name, id);
  root.literals = literalNames(names);
  return root;
}

/** Up to this many names are looked up one by one with indexOf; more are walked in the trie. */
const MAX_LITERAL_NAMES = 24;

/**
 * The names as literals for scanLiterals(), when that finds what the trie walk finds: few names,
 * none with spaces (which match any run of blanks) or Latin letters (which need word boundaries).
 */
function literalNames(names: Map<string, string[]>): LiteralName[] | undefined {
  const byName = new Map<string, string[]>();
  for (const [raw, ids] of names) {
    const trimmed = raw.trim();
    if (trimmed.length < 2 || isNameDot(trimmed.charCodeAt(0))) return undefined;
    let name = '';
    for (let i = 0; i < trimmed.length; i++) {
      const c = trimmed.charCodeAt(i);
      if (isSpace(c) || isLatinAlnum(c)) return undefined;
      name += isNameDot(c) ? '·' : trimmed[i];
    }
    const all = byName.get(name) ?? [];
    for (const id of ids) if (!all.includes(id)) all.push(id);
    byName.set(name, all);
  }
  if (byName.size > MAX_LITERAL_NAMES) return undefined;
  return [...byName].map(([name, ids]) => ({ name, anchor: name.split('·')[0], ids }));
}

/** scanNames() for literal names: leftmost-longest matches, as the trie walk takes them. */
function scanLiterals(text: string, names: LiteralName[]): RawMention[] {
  const found: RawMention[] = [];
  for (const { name, anchor, ids } of names) {
    for (let i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) {
      if (literalAt(text, i, name, anchor.length)) found.push({ offset: i, length: name.length, ids });
    }
  }
  if (found.length > 1) found.sort((a, b) => a.offset - b.offset || b.length - a.length);
  const out: RawMention[] = [];
  let end = 0;
  for (const m of found) {
    if (m.offset < end) continue;
    out.push(m);
    end = m.offset + m.length;
  }
  return out;
}

/** `name` is written at `at` (its first `checked` code units are known to be), any middle dot for ·. */
function literalAt(text: string, at: number, name: string, checked: number): boolean {
  if (at + name.length > text.length) return false;
  for (let k = checked; k < name.length; k++) {
    const c = text.charCodeAt(at + k);
    const want = name.charCodeAt(k);
    if (c !== want && !(want === 0xb7 && isNameDot(c))) return false;
  }
  return true;
}

export function toMentions(text: string, raw: RawMention[], chosen: (m: RawMention) => string): Mention[] {
  return raw.map((m) => ({ offset: m.offset, length: m.length, text: text.slice(m.offset, m.offset + m.length), entityId: chosen(m) }));
}
