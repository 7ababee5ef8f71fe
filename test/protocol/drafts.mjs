// Draft text for the robustness protocol tests: the real example article, English wire-style
// paragraphs about AI infrastructure, and a seeded generator of varied drafts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './lsp-client.mjs';

export const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'stargate-zh.md'), 'utf8');

export const EN_PARAGRAPHS = [
  'Microsoft and OpenAI are drawing up plans for a data center project that could cost as much as $100 billion and include an artificial intelligence supercomputer called "Stargate" set to launch as soon as 2028.',
  'The Stargate joint venture, announced on January 21, 2025, plans to invest up to $500 billion over four years, with $100 billion to be deployed immediately. The first campus in Abilene, Texas, is expected to draw about 1.2 GW.',
  'Oracle said it would buy roughly 400,000 Nvidia GB200 chips for the Abilene site, worth about $40 billion, according to people familiar with the matter.',
  'Meta expects capital expenditures of $64 billion to $72 billion in 2025, more than three times what it spent in 2021. The company plans to bring about 1 GW of compute online this year and end it with more than 1.3 million GPUs.',
  'Crusoe Energy Systems and Blue Owl Capital raised $15 billion for the second phase, which adds six buildings and brings the campus to 1.2 gigawatts, enough to power roughly 750,000 homes.',
  "xAI's Colossus cluster in Memphis grew from 100,000 to 200,000 H100 GPUs in 92 days; the company says it will eventually house 1 million GPUs, drawing as much as 2 GW.",
  'Analysts at Morgan Stanley estimate that data centers will consume 8% of U.S. electricity by 2030, up from about 4.4% in 2023, or some 325 to 580 TWh a year.',
  'Amazon said it would spend at least $100 billion in 2025, mostly on AWS, after $83 billion in 2024. Alphabet guided to $75 billion, up 42% year over year.',
];

/** Paragraphs of the example article (blank-line separated), without the short ones. */
export function exampleParagraphs() {
  return EXAMPLE.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 20);
}

/** A small seeded PRNG (LCG), so generated drafts are the same on every run. */
export function rng(seed) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** Replace the last digit of each number (years kept) with a seeded one: same shapes, new values. */
export function vary(p, next) {
  return p.replace(/\d+/g, (d) => (d.length >= 4 && /^(19|20)\d\d$/.test(d) ? d : d.slice(0, -1) + Math.floor(next() * 10)));
}

/** A markdown draft of at least `chars` UTF-16 code units mixing Chinese and English paragraphs. */
export function makeDraft(chars, seed = 1) {
  const next = rng(seed);
  const pool = [...exampleParagraphs(), ...EN_PARAGRAPHS];
  const parts = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const p = vary(pool[Math.floor(next() * pool.length)], next) + (i % 7 === 0 ? ` (#${i})` : '');
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n') + '\n';
}
