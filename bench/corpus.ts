// Synthetic but realistic drafts for the benchmarks and robustness tests: paragraphs of the real
// example (Chinese) and English wire-style paragraphs about AI infrastructure, with their numbers
// varied by a seeded generator so that no two paragraphs of a big draft are identical.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'stargate-zh.md'), 'utf8');

const EN_PARAGRAPHS = [
  'Microsoft and OpenAI are drawing up plans for a data center project that could cost as much as $100 billion and include an artificial intelligence supercomputer called "Stargate" set to launch as soon as 2028.',
  'The Stargate joint venture, announced on January 21, 2025, plans to invest up to $500 billion over four years, with $100 billion to be deployed immediately. The first campus in Abilene, Texas, is expected to draw about 1.2 GW.',
  'Oracle said it would buy roughly 400,000 Nvidia GB200 chips for the Abilene site, worth about $40 billion, according to people familiar with the matter.',
  'Meta expects capital expenditures of $64 billion to $72 billion in 2025, more than three times what it spent in 2021. The company plans to bring about 1 GW of compute online this year and end it with more than 1.3 million GPUs.',
  'Crusoe Energy Systems and Blue Owl Capital raised $15 billion for the second phase, which adds six buildings and brings the campus to 1.2 gigawatts, enough to power roughly 750,000 homes.',
  'xAI\'s Colossus cluster in Memphis grew from 100,000 to 200,000 H100 GPUs in 92 days; the company says it will eventually house 1 million GPUs, drawing as much as 2 GW.',
  'Analysts at Morgan Stanley estimate that data centers will consume 8% of U.S. electricity by 2030, up from about 4.4% in 2023, or some 325 to 580 TWh a year.',
  'Amazon said it would spend at least $100 billion in 2025, mostly on AWS, after $83 billion in 2024. Alphabet guided to $75 billion, up 42% year over year.',
];

const rng = (seed: number) => () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

/** Paragraphs of the example (blank-line separated, minus the front/heading noise). */
export function exampleParagraphs(): string[] {
  return EXAMPLE.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 20);
}

/** Replace each ASCII digit run's last digit with a seeded one: same shapes, different values. */
function vary(p: string, next: () => number): string {
  return p.replace(/\d+/g, (d) => (d.length >= 4 && /^(19|20)\d\d$/.test(d) ? d : d.slice(0, -1) + Math.floor(next() * 10)));
}

/** A markdown draft of about `bytes` UTF-8 bytes, mixing Chinese and English paragraphs. */
export function makeDraft(bytes: number, seed = 1): string {
  const next = rng(seed);
  const pool = [...exampleParagraphs(), ...EN_PARAGRAPHS];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = vary(pool[Math.floor(next() * pool.length)], next) + (i % 7 === 0 ? ` (#${i})` : '');
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n') + '\n';
}

/** Synthetic fact-store YAML with `facts` facts over facts/10 entities. */
export function makeStoreYaml(facts: number, prefix = 'e'): string {
  const perEntity = 10;
  const lines: string[] = ['entities:'];
  const measures = [['capex', 'USD', 'billion'], ['power_capacity', 'GW', ''], ['gpu_count', 'count', ''], ['investment', 'USD', 'billion']];
  for (let e = 0; e * perEntity < facts; e++) {
    const id = `${prefix}${e}`;
    lines.push(`  - id: ${id}`, '    kind: company', '    names:', `      en: [Synthco ${prefix.toUpperCase()}${e} Holdings]`, `      zh: [合成${prefix}${e}公司]`, '    facts:');
    for (let f = 0; f < perEntity && e * perEntity + f < facts; f++) {
      const [measure, unit, scale] = measures[f % measures.length];
      lines.push(
        `      - id: ${id}-f${f}`,
        `        measure: ${measure}`,
        `        value: ${(e % 97) + f + 1}`,
        `        unit: ${unit}`,
        ...(scale ? [`        scale: ${scale}`] : []),
        `        as_of: 20${10 + (f % 15)}-0${1 + (f % 9)}-1${f % 10}`,
        '        source:',
        `          url: https://example.com/${id}/${f}`,
        `          title: Report ${f} on ${id}`,
        '          publisher: Example Wire',
        `          date: 20${10 + (f % 15)}-0${1 + (f % 9)}-1${f % 10}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
