// Entity mentions: every name and alias in the store, matched in one pass over the text.
// English names respect word boundaries and case; Chinese names match anywhere, longest first.
import type { Entity, FactStore, Mention } from '../types.ts';
import { foldText } from '../text/fold.ts';
import type { TextReader } from '../text/chunked.ts';

/**
 * A trie of names in flat arrays (node 0 is the root; a node's children are a linked list, as most
 * nodes have one): the store's ~900 names make ~9,000 nodes, and a Map per node cost ~10 ms of
 * every cold start.
 */
export class NameTrie {
  private readonly chars: number[] = [0];
  private readonly firstChild: number[] = [-1];
  private readonly sibling: number[] = [-1];
  /** Entity ids whose name ends at the node. */
  readonly ids: (string[] | undefined)[] = [undefined];
  /** 1: the name ending at the node is Latin-initial (needs word boundaries). */
  readonly latinEnd: number[] = [0];
  /** The root's children by code unit (-1: none); also the pre-filter of where a name may start. */
  readonly rootChild = new Int32Array(65536).fill(-1);
  /** A hashed bitmap of the first two code units of every name (names have ≥ 2). */
  readonly pairs = new Uint8Array(65536);
  /**
   * On a trie of few names without spaces or Latin letters (names learned from the draft): the
   * names themselves, which scanNames() finds with indexOf instead of a walk over every character.
   */
  literals?: LiteralName[];

  /** The child of `node` along code unit `c`, or -1. */
  child(node: number, c: number): number {
    if (node === 0) return this.rootChild[c];
    for (let k = this.firstChild[node]; k >= 0; k = this.sibling[k]) if (this.chars[k] === c) return k;
    return -1;
  }

  /** Adds `name` (at least two code units after trimming) for entity `id`. */
  add(name: string, id: string): void {
    const trimmed = name.trim();
    if (trimmed.length < 2) return;
    let node = 0;
    let depth = 0;
    let prevSpace = false;
    for (let i = 0; i < trimmed.length; i++) {
      let c = trimmed.charCodeAt(i);
      if (isSpace(c)) {
        if (prevSpace) continue;
        c = 32;
        prevSpace = true;
      } else prevSpace = false;
      if (isNameDot(c)) c = 0xb7;
      if (++depth === 2) this.pairs[pairSlot(this.chars[node], c)] = 1;
      let next = this.child(node, c);
      if (next < 0) next = this.newChild(node, c);
      node = next;
    }
    const ids = (this.ids[node] ??= []);
    if (!ids.includes(id)) ids.push(id);
    if (isLatinAlnum(trimmed.charCodeAt(0))) this.latinEnd[node] = 1;
  }

  private newChild(parent: number, c: number): number {
    const k = this.chars.length;
    this.chars.push(c);
    this.firstChild.push(-1);
    this.sibling.push(parent === 0 ? -1 : this.firstChild[parent]);
    this.ids.push(undefined);
    this.latinEnd.push(0);
    if (parent === 0) this.rootChild[c] = k;
    else this.firstChild[parent] = k;
    return k;
  }
}

/** A name, middle dots written ·, with the ids of the entities it names. */
interface LiteralName {
  name: string;
  /** The name up to its first middle dot: what indexOf looks for. */
  anchor: string;
  ids: string[];
}

export interface NameIndex {
  root: NameTrie;
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

export function nameIndex(store: FactStore): NameIndex {
  const cached = indexCache.get(store);
  if (cached) return cached;
  const root = new NameTrie();
  for (const entity of store.entities.values()) {
    for (const name of entity.names.en) {
      root.add(name, entity.id);
      // Headlines and wire copy sometimes set names in capitals.
      if (name.length >= 4 && name !== name.toUpperCase()) root.add(name.toUpperCase(), entity.id);
    }
    for (const name of entity.names.zh) {
      root.add(name, entity.id);
      // Drafts are read folded to simplified characters (text/fold.ts): 台積電 reads 台積电.
      const folded = foldText(name);
      if (folded !== name) root.add(folded, entity.id);
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

/** Bitmap slot of a pair of code units; collisions only let a few more positions through. */
const pairSlot = (c0: number, c1: number): number => (c0 * 31 + c1 * 17) & 0xffff;

const YEAR_OR_MONTH_AFTER = /^(?:(?:19|20)\d\d(?:年|财年|財年|财季|財季)|(?:1[0-2]|[1-9])月)/;
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A word of size hyphenated before `at` ("Gigawatt-Scale AI Factory", "Hyper-Scale"): the word after it is part of a
 * compound, not a name that starts there ("Scale AI").
 */
function scaleCompoundBefore(text: string, at: number): boolean {
  return at > 1 && text.charCodeAt(at - 1) === 45 && SIZE_WORD_BEFORE_HYPHEN.test(text.slice(Math.max(0, at - 12), at));
}
const SIZE_WORD_BEFORE_HYPHEN = /(?:watt|hyper|planet|web|rack|wafer|large|small|exa|peta|giga|mega|tera)-$/i;

/** The end of a name match at `end` is acceptable: Latin names need a word boundary after them. */
function endsWell(text: string, end: number, latin: number): boolean {
  if (latin === 0) return true;
  const n = text.length;
  const after = end < n ? text.charCodeAt(end) : 32;
  if (!isLatinAlnum(after)) return true;
  // Chinese copy sets a year or month right after a Latin name: Meta2025年, AMD2024财年, Nvidia 5月 (not GPT4, H100).
  if (after >= 48 && after <= 57) return !isDigit(text.charCodeAt(end - 1)) && YEAR_OR_MONTH_AFTER.test(text.slice(end, end + 7));
  // Allow a plural s ("GB200s"); "OpenAI's" is handled by the apostrophe.
  return after === 115 && (end + 1 >= n || !isLatinAlnum(text.charCodeAt(end + 1)));
}

/** Longest-match scan. `extra` holds names learned from the draft itself. */
export function scanNames(text: string, trie: NameTrie): RawMention[] {
  if (trie.literals) return scanLiterals(text, trie.literals);
  const out: RawMention[] = [];
  const { rootChild, pairs, ids, latinEnd } = trie;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const first = rootChild[isNameDot(c0) ? 0xb7 : c0];
    if (first < 0) {
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
    if (isLatinAlnum(c0) && i > 0 && (isLatinAlnum(text.charCodeAt(i - 1)) || scaleCompoundBefore(text, i))) {
      i++;
      continue;
    }
    let node = first;
    let j = i + 1;
    let bestEnd = -1;
    let bestIds: string[] | undefined;
    if (ids[node] && endsWell(text, j, latinEnd[node])) {
      bestEnd = j;
      bestIds = ids[node];
    }
    while (j < n) {
      let c = text.charCodeAt(j);
      if (isSpace(c)) {
        const child = trie.child(node, 32);
        if (child < 0) break;
        // A name may wrap onto the next line but never runs across a blank line (a new paragraph).
        let newlines = 0;
        while (j < n && isSpace(text.charCodeAt(j))) if (text.charCodeAt(j++) === 10) newlines++;
        if (newlines > 1) break;
        node = child;
      } else {
        if (isNameDot(c)) c = 0xb7;
        node = trie.child(node, c);
        if (node < 0) break;
        j++;
      }
      if (ids[node] && endsWell(text, j, latinEnd[node])) {
        bestEnd = j;
        bestIds = ids[node];
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
export function pairEvents(text: TextReader, mentions: RawMention[]): PairEvent[] {
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
    if ((k > 0 && CLOSING_QUOTES.includes(text.slice(k - 1, k))) || GENERIC_HEADS.has(name)) continue;
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

export function buildTrie(names: Map<string, string[]>): NameTrie {
  const root = new NameTrie();
  for (const [name, ids] of names) for (const id of ids) root.add(name, id);
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
      if (literalAt(text, i, name, anchor.length) && !scaleCompoundBefore(text, i)) found.push({ offset: i, length: name.length, ids });
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
