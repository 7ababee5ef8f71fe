// Find entity mentions in (masked) text and pick one entity where a name is shared.
import type { FactStore, Mention } from '../types.ts';
import { buildTrie, learnedNames, nameIndex, pairEvents, scanNames, type PairEvent, type RawMention, type NameTrie } from './matcher.ts';
import { definedAliasAt, guessOrganisations, stockCodeAt, zhActsAfter } from './guess.ts';
import type { AnalysisMemo, Paragraph } from '../analyze.ts';
import type { ParagraphSplice } from '../text/splice.ts';
import { firstSpanFrom } from '../spans.ts';
import type { TextReader } from '../text/chunked.ts';

/** Paragraph ranges of the text and the memo to scan them with (from analyze()). */
export interface ParagraphScan {
  memo: AnalysisMemo;
  paragraphs: Paragraph[];
}

export function findMentions(text: string, store: FactStore, byParagraph?: ParagraphScan): Mention[] {
  return findMentionsWithState(text, store, byParagraph).mentions;
}

/**
 * What the draft-wide parts of the mention stage saw, kept with an analysis so that the next
 * analysis of the same draft can re-read only the edited paragraphs (updateMentions).
 */
export interface MentionState {
  store: FactStore;
  /** Names taught by pairs, in text order. */
  pairs: PairEvent[];
  learnedKey: string;
  /** Mentions per entity among the unambiguous ones (what disambiguation weighs). */
  counts: Map<string, number>;
  /** Mentions of a shared name, and the entity each got. */
  ambiguous: { offset: number; length: number; ids: string[]; chosen: string }[];
  /** Organisations guessed from how they are written (guess.ts), in text order: their names are mentions elsewhere too. */
  guesses: GuessEvent[];
  guessedKey: string;
}

/** Where an organisation was guessed, its name and id. */
export interface GuessEvent {
  offset: number;
  name: string;
  id: string;
}

export function findMentionsWithState(text: TextReader, store: FactStore, byParagraph?: ParagraphScan): { mentions: Mention[]; state: MentionState } {
  const index = nameIndex(store);
  let raw = scan(text, index.root, byParagraph);
  const pairs = pairEvents(text, raw);
  const learned = learnedNames(pairs);
  const learnedKey = namesKeyOf(learned);
  if (learned.size) raw = mergeMentions(raw, scan(text, cachedTrie('learned', learned, learnedKey), byParagraph));
  const counts = new Map<string, number>();
  countSingles(raw, counts, 1);
  const ambiguous: MentionState['ambiguous'] = [];
  const mentions = chooseEntities(text, raw, counts, store, ambiguous);
  const guessed = guessOrganisations(text, mentions);
  const guesses = guessEvents(text, guessed);
  const guessedNames = namesOfGuesses(guesses);
  const guessedKey = namesKeyOf(guessedNames);
  const found = guessed.length ? [...mentions, ...guessed].sort((a, b) => a.offset - b.offset) : mentions;
  return {
    mentions: guesses.length ? withEchoes(text, found, scan(text, cachedTrie('guessed', guessedNames, guessedKey), byParagraph)) : found,
    state: { store, pairs, learnedKey, counts, ambiguous, guesses, guessedKey },
  };
}

/**
 * The guessed organisations of `guessed` as events: names worth finding again (three characters or more), in Latin letters,
 * or in Chinese where a stock code names the company ("金山云(03896.HK)公告称": 金山云 is that company where it acts again).
 */
function guessEvents(text: TextReader, guessed: Mention[]): GuessEvent[] {
  const out: GuessEvent[] = [];
  for (const m of guessed) if (m.text.length >= 3 && (LATIN_NAME.test(m.text) || stockCodeAt(text, m.offset + m.length) || definedAliasAt(text, m.offset, m.offset + m.length))) out.push({ offset: m.offset, name: m.text, id: m.entityId });
  return out;
}

/** A name in Latin letters (Chinese names run into the words around them: an echo would cut words apart). */
const LATIN_NAME = /^[A-Za-z][\w&.\- ]*$/;

/** The names guessed, each with its id (an id is made from its name: organisationId). */
function namesOfGuesses(guesses: GuessEvent[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const g of guesses) if (!names.has(g.name)) names.set(g.name, [g.id]);
  return names;
}

/**
 * "Google to expand AI, cloud infrastructure in Belgium with €5 billion investment" above "Google has announced plans to
 * invest": a name guessed as an organisation where it is written as one is that organisation wherever else the draft
 * names it (echoes fill only the gaps between the mentions found).
 */
function withEchoes(text: TextReader, mentions: Mention[], echoes: RawMention[]): Mention[] {
  if (!echoes.length) return mentions;
  const out: Mention[] = [];
  let j = 0;
  // (Only in a sentence that names nothing else: "has agreed to buy another electricity producer, Calpine, for $16.4
  // billion" keeps the buyer as what the sentence is about.)
  const add = (at: number, before: Mention | undefined, after: Mention | undefined) => {
    const e = echoes[at];
    // (A Chinese name runs into the words around it: only where the company acts, "金山云公告称".)
    if (!LATIN_NAME.test(text.slice(e.offset, e.offset + e.length)) && !zhActsAfter(text, e.offset + e.length) && !stockCodeAt(text, e.offset + e.length)) return;
    const [from, to] = lineSentence(text, e.offset, e.offset + e.length);
    if ((before && before.offset + before.length > from) || (after && after.offset < to)) return;
    // (Nor where another echo shares the sentence: which of two names it is about is not for an echo to say. Echoes are
    // in text order: the neighbours are enough.)
    const prev = echoes[at - 1];
    const next = echoes[at + 1];
    if ((prev && prev.offset + prev.length > from) || (next && next.offset < to)) return;
    out.push(echoMention(text, e));
  };
  let k = 0;
  for (const m of mentions) {
    for (; j < echoes.length && echoes[j].offset + echoes[j].length <= m.offset; j++) add(j, mentions[k - 1], m);
    while (j < echoes.length && echoes[j].offset < m.offset + m.length) j++;
    out.push(m);
    k++;
  }
  for (; j < echoes.length; j++) add(j, mentions[k - 1], undefined);
  return out;
}

/**
 * The sentence around [a, b), bounded by sentence ends and line breaks, at most 400 code units each way. (A full stop
 * after a capital, "U.S.", is an abbreviation's, not a sentence's end.) Rough, as it only decides where an echo may go.
 */
function lineSentence(text: TextReader, a: number, b: number): [number, number] {
  const bound = (i: number) => {
    const c = text.charCodeAt(i);
    if (SENTENCE_BOUND.includes(String.fromCharCode(c))) return true;
    // (Not a decimal point, $1.2 billion: a full stop is followed by a space or the end.)
    const next = text.charCodeAt(i + 1);
    return c === 46 /* . */ && !isCapital(text.charCodeAt(i - 1)) && (Number.isNaN(next) || next === 32 || next === 10);
  };
  let from = a;
  while (from > 0 && a - from < 400 && !bound(from - 1)) from--;
  let to = b;
  while (to < text.length && to - b < 400 && !bound(to)) to++;
  return [from, to];
}
const SENTENCE_BOUND = '!?。！？；;\n';
const isCapital = (c: number) => c >= 65 && c <= 90;

function echoMention(text: TextReader, e: RawMention): Mention {
  return { offset: e.offset, length: e.length, text: text.slice(e.offset, e.offset + e.length), entityId: e.ids[0], guessed: true };
}

/** The mentions of the previous version of a draft, and how its paragraphs map onto the new one. */
export interface PreviousMentions {
  mentions: Mention[];
  state: MentionState;
  paragraphs: Paragraph[];
  splice: ParagraphSplice;
}

/**
 * The mentions of an edited draft from those of its previous version: the edited paragraphs are
 * scanned, the others keep their mentions (moved by the edit's length). Undefined when the edit
 * changed what reaches across paragraphs, names learned from pairs or the entity chosen for a shared
 * name elsewhere: then findMentions() reads the whole draft.
 */
export function updateMentions(text: TextReader, store: FactStore, scanOf: ParagraphScan, previous: PreviousMentions): { mentions: Mention[]; state: MentionState } | undefined {
  const { state: old, splice: sp } = previous;
  if (old.store !== store) return undefined;
  const root = nameIndex(store).root;
  const edited = scanOf.paragraphs.slice(sp.head, sp.newTail);
  const replaced = previous.paragraphs.slice(sp.head, sp.oldTail);
  let added = scanParagraphs(edited, root, scanOf.memo);
  const pairs = [
    ...old.pairs.filter((e) => e.offset < sp.from),
    ...pairEvents(text, added),
    ...old.pairs.filter((e) => e.offset >= sp.oldTo).map((e) => ({ ...e, offset: e.offset + sp.delta })),
  ];
  const learned = learnedNames(pairs);
  const learnedKey = namesKeyOf(learned);
  if (learnedKey !== old.learnedKey) return undefined;
  // What the edit replaced, from the memo: a paragraph's scan reads only its own text.
  let removed = scanParagraphs(replaced, root, scanOf.memo);
  if (learned.size) {
    const trie = cachedTrie('learned', learned, learnedKey);
    added = mergeMentions(added, scanParagraphs(edited, trie, scanOf.memo));
    removed = mergeMentions(removed, scanParagraphs(replaced, trie, scanOf.memo));
  }
  const counts = new Map(old.counts);
  countSingles(removed, counts, -1);
  countSingles(added, counts, 1);
  const kept = (e: { offset: number }) => e.offset < sp.from || e.offset >= sp.oldTo;
  const ambiguousKept = old.ambiguous.filter(kept);
  const countsChanged = !sameCounts(old.counts, counts);
  for (const a of ambiguousKept) {
    // A kept mention's choice stands unless the counts changed or the edit reached the words after it (LOCAL_WINDOW):
    // a keystroke in a long draft reads none of its other mentions again.
    const edited = a.offset < sp.from && a.offset + a.length + LOCAL_WINDOW > sp.from;
    if (!countsChanged && !edited) continue;
    const at = a.offset >= sp.oldTo ? a.offset + sp.delta : a.offset;
    const choice = localChoice(text, at + a.length, a.ids, store) ?? (countsChanged ? disambiguate(a.ids, counts, store) : a.chosen);
    if (choice !== a.chosen) return undefined;
  }
  const ambiguousAdded: MentionState['ambiguous'] = [];
  const middle = chooseEntities(text, added, counts, store, ambiguousAdded);
  const guessed = guessOrganisations(text, middle, sp.from, sp.newTo);
  // The organisations guessed anywhere: an edit that guesses a new one, or no longer one of the old, changes what is
  // an echo far from it, and the whole draft is read again.
  const guesses = [
    ...old.guesses.filter((e) => e.offset < sp.from),
    ...guessEvents(text, guessed),
    ...old.guesses.filter((e) => e.offset >= sp.oldTo).map((e) => ({ offset: e.offset + sp.delta, name: e.name, id: e.id })),
  ];
  const guessedNames = namesOfGuesses(guesses);
  const guessedKey = namesKeyOf(guessedNames);
  if (guessedKey !== old.guessedKey) return undefined;
  const found = guessed.length ? [...middle, ...guessed].sort((a, b) => a.offset - b.offset) : middle;
  const mentions = previous.mentions.slice(0, firstSpanFrom(previous.mentions, sp.from));
  for (const m of guesses.length ? withEchoes(text, found, scanParagraphs(edited, cachedTrie('guessed', guessedNames, guessedKey), scanOf.memo)) : found) mentions.push(m);
  for (let k = firstSpanFrom(previous.mentions, sp.oldTo); k < previous.mentions.length; k++) {
    const m = previous.mentions[k];
    // Literals, not spreads: a 1 MB draft moves some 20,000 mentions per keystroke.
    if (sp.delta === 0) mentions.push(m);
    else if (m.guessed) mentions.push({ offset: m.offset + sp.delta, length: m.length, text: m.text, entityId: m.entityId, guessed: true });
    else mentions.push({ offset: m.offset + sp.delta, length: m.length, text: m.text, entityId: m.entityId });
  }
  const ambiguous = ambiguousKept.filter((a) => a.offset < sp.from);
  for (const a of ambiguousAdded) ambiguous.push(a);
  for (const a of ambiguousKept) if (a.offset >= sp.oldTo) ambiguous.push(sp.delta === 0 ? a : { offset: a.offset + sp.delta, length: a.length, ids: a.ids, chosen: a.chosen });
  return { mentions, state: { store, pairs, learnedKey, counts, ambiguous, guesses, guessedKey } };
}

function countSingles(raw: RawMention[], counts: Map<string, number>, sign: 1 | -1): void {
  for (const m of raw) {
    if (m.ids.length !== 1) continue;
    const n = (counts.get(m.ids[0]) ?? 0) + sign;
    if (n) counts.set(m.ids[0], n);
    else counts.delete(m.ids[0]);
  }
}

function sameCounts(x: Map<string, number>, y: Map<string, number>): boolean {
  if (x.size !== y.size) return false;
  for (const [k, v] of x) if (y.get(k) !== v) return false;
  return true;
}

/**
 * A chip's name, a space and a model number the store does not know ("the MTIA 500, offers", "MTIA 300 chips"):
 * another model of the family, not the chip the name alone stands for (a unit after the number is a spec: "H100 80GB").
 */
const SIBLING_MODEL_AFTER = /^[ \u00a0](?!(?:19|20)\d\d\b)\d{2,4}(?=\s*(?:$|[,.;:!?)）、，。；：]|(?:chips?|accelerators?|GPUs?|XPUs?|series|family|and|or|is|are|was|were|will|has|have|offers?|delivers?)\b|芯片|晶片|加速器))/;

function chooseEntities(text: TextReader, raw: RawMention[], counts: Map<string, number>, store: FactStore, ambiguous: MentionState['ambiguous']): Mention[] {
  const out: Mention[] = [];
  for (const m of raw) {
    let entityId = m.ids[0];
    if (m.ids.length > 1) {
      entityId = localChoice(text, m.offset + m.length, m.ids, store) ?? disambiguate(m.ids, counts, store);
      ambiguous.push({ offset: m.offset, length: m.length, ids: m.ids, chosen: entityId });
    }
    const end = m.offset + m.length;
    if (store.entities.get(entityId)?.kind === 'chip' && SIBLING_MODEL_AFTER.test(text.slice(end, end + 16))) continue;
    out.push({ offset: m.offset, length: m.length, text: text.slice(m.offset, end), entityId });
  }
  return out;
}

/**
 * Names never span a blank line, so a scan paragraph by paragraph finds what a whole-text scan
 * finds, and unchanged paragraphs come from the memo.
 */
function scan(text: TextReader, root: NameTrie, byParagraph?: ParagraphScan): RawMention[] {
  return byParagraph ? scanParagraphs(byParagraph.paragraphs, root, byParagraph.memo) : scanNames(text.toString(), root);
}

/** Mentions of the given paragraphs, at their offsets in the text; each paragraph's scan comes from the memo. */
function scanParagraphs(paragraphs: readonly Paragraph[], root: NameTrie, memo: AnalysisMemo): RawMention[] {
  const names = memo.namesMemo<RawMention[]>(root);
  const out: RawMention[] = [];
  for (const { start: a, text: paragraph } of paragraphs) {
    for (const m of names.get(paragraph, (p) => scanNames(p, root))) out.push({ offset: m.offset + a, length: m.length, ids: m.ids });
  }
  return out;
}

/** The tries of the last names a draft taught by pairs and of the last it guessed, each reused while they stay the same. */
const lastTries = new Map<'learned' | 'guessed', { key: string; root: NameTrie }>();

function namesKeyOf(names: Map<string, string[]>): string {
  return [...names].map(([name, ids]) => `${name}\u0001${ids.join('\u0002')}`).sort().join('\u0000');
}

function cachedTrie(kind: 'learned' | 'guessed', names: Map<string, string[]>, key: string): NameTrie {
  let last = lastTries.get(kind);
  if (last?.key !== key) lastTries.set(kind, (last = { key, root: buildTrie(names) }));
  return last.root;
}

/** Store mentions win; a learned one fills only the gaps. */
function mergeMentions(base: RawMention[], extra: RawMention[]): RawMention[] {
  if (!extra.length) return base;
  const out: RawMention[] = [];
  let j = 0;
  for (const m of base) {
    while (j < extra.length && extra[j].offset + extra[j].length <= m.offset) out.push(extra[j++]);
    while (j < extra.length && extra[j].offset < m.offset + m.length) j++; // overlaps a store mention
    out.push(m);
  }
  while (j < extra.length) out.push(extra[j++]);
  return out;
}

/** How many characters after a shared name localChoice reads. */
const LOCAL_WINDOW = 24;
/** Right after a shared name: a site or campus of it ("the Stargate site in Abilene", 星际之门园区). */
const SITE_AFTER = /^\s*(?:(?:AI|data[\s-]*cent(?:er|re)|flagship|first|new)\s+)?(?:sites?|campus(?:es)?)\b|^(?:的)?(?:首个|旗舰)?(?:园区|園區|站点|站點|数据中心园区|數據中心園區)/i;

/**
 * The entity a shared name means by the words right after it: of a "site" or "campus", the one entity among them
 * that has sites (the 2025 Stargate joint venture, not the 2024 supercomputer plan). Undefined when the words say nothing.
 */
function localChoice(text: TextReader, end: number, ids: string[], store: FactStore): string | undefined {
  if (!SITE_AFTER.test(text.slice(end, end + LOCAL_WINDOW))) return undefined;
  const { children } = familyOf(store);
  const withSites = ids.filter((id) => (children.get(id) ?? []).some((c) => store.entities.get(c)?.kind === 'site'));
  return withSites.length === 1 ? withSites[0] : undefined;
}

/**
 * One entity for a name several share ("Stargate": the 2024 supercomputer plan or the 2025 joint
 * venture): the one whose parents and children (its sites: 阿比林) the draft names most; on a tie the
 * one with the latest fact, which is what a draft written now most likely means.
 */
function disambiguate(ids: string[], counts: Map<string, number>, store: FactStore): string {
  let best = ids[0];
  let bestScore = -1;
  let bestLatest = '';
  const { children, latest } = familyOf(store);
  for (const id of ids) {
    const entity = store.entities.get(id);
    if (!entity) continue;
    let score = 0;
    for (const p of entity.parents) score += Math.min(counts.get(p) ?? 0, 5) * 2;
    for (const c of children.get(id) ?? []) score += Math.min(counts.get(c) ?? 0, 5) * 2;
    score += Math.min(counts.get(id) ?? 0, 5);
    const newest = latest.get(id) ?? '';
    if (score > bestScore || (score === bestScore && newest > bestLatest)) {
      best = id;
      bestScore = score;
      bestLatest = newest;
    }
  }
  return best;
}

const families = new WeakMap<FactStore, { children: Map<string, string[]>; latest: Map<string, string> }>();

/** Children of each entity (entities that name it as a parent) and the as_of of its newest fact. */
function familyOf(store: FactStore): { children: Map<string, string[]>; latest: Map<string, string> } {
  let f = families.get(store);
  if (f) return f;
  const children = new Map<string, string[]>();
  const latest = new Map<string, string>();
  for (const e of store.entities.values()) for (const p of e.parents) children.set(p, [...(children.get(p) ?? []), e.id]);
  for (const fact of store.facts.values()) if (fact.asOf > (latest.get(fact.entityId) ?? '')) latest.set(fact.entityId, fact.asOf);
  families.set(store, (f = { children, latest }));
  return f;
}
