// Find entity mentions in (masked) text and pick one entity where a name is shared.
import type { FactStore, Mention } from '../types.ts';
import { buildTrie, learnPairs, nameIndex, scanNames, type RawMention, type TrieNode } from './matcher.ts';
import { guessOrganisations } from './guess.ts';
import type { AnalysisMemo, Paragraph } from '../analyze.ts';

/** Paragraph ranges of the text and the memo to scan them with (from analyze()). */
export interface ParagraphScan {
  memo: AnalysisMemo;
  paragraphs: Paragraph[];
}

export function findMentions(text: string, store: FactStore, byParagraph?: ParagraphScan): Mention[] {
  const index = nameIndex(store);
  let raw = scan(text, index.root, byParagraph);
  const learned = learnPairs(text, raw);
  if (learned.size) {
    const extra = scan(text, learnedTrie(learned), byParagraph);
    raw = mergeMentions(raw, extra);
  }
  const counts = new Map<string, number>();
  for (const m of raw) if (m.ids.length === 1) counts.set(m.ids[0], (counts.get(m.ids[0]) ?? 0) + 1);
  const choose = (m: RawMention): string => (m.ids.length === 1 ? m.ids[0] : disambiguate(m.ids, counts, store));
  const mentions: Mention[] = raw.map((m) => ({
    offset: m.offset,
    length: m.length,
    text: text.slice(m.offset, m.offset + m.length),
    entityId: choose(m),
  }));
  const guessed = guessOrganisations(text, mentions);
  return guessed.length ? [...mentions, ...guessed].sort((a, b) => a.offset - b.offset) : mentions;
}

/**
 * Names never span a blank line, so a scan paragraph by paragraph finds what a whole-text scan
 * finds, and unchanged paragraphs come from the memo.
 */
function scan(text: string, root: TrieNode, byParagraph?: ParagraphScan): RawMention[] {
  if (!byParagraph) return scanNames(text, root);
  const memo = byParagraph.memo.namesMemo<RawMention[]>(root);
  const out: RawMention[] = [];
  for (const { start: a, text: paragraph } of byParagraph.paragraphs) {
    for (const m of memo.get(paragraph, (p) => scanNames(p, root))) out.push({ offset: m.offset + a, length: m.length, ids: m.ids });
  }
  return out;
}

/** The trie of the last set of learned names, reused while a draft keeps the same pairs. */
let lastLearned: { key: string; root: TrieNode } | undefined;

function learnedTrie(learned: Map<string, string[]>): TrieNode {
  const key = [...learned].map(([name, ids]) => `${name}\u0001${ids.join('\u0002')}`).sort().join('\u0000');
  if (lastLearned?.key !== key) lastLearned = { key, root: buildTrie(learned) };
  return lastLearned.root;
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

/**
 * Several entities share a name (the 2024 Microsoft–OpenAI "Stargate" plan and the 2025 Stargate
 * joint venture). Prefer the one whose parents and children the draft mentions most.
 */
function disambiguate(ids: string[], counts: Map<string, number>, store: FactStore): string {
  let best = ids[0];
  let bestScore = -1;
  for (const id of ids) {
    const entity = store.entities.get(id);
    if (!entity) continue;
    let score = 0;
    for (const p of entity.parents) score += Math.min(counts.get(p) ?? 0, 5) * 2;
    score += Math.min(counts.get(id) ?? 0, 5);
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
