// Unknown organisations in English: capitalised words ending in a company word
// ("Lancium Holdings", "Blue Owl Capital", "Crusoe Energy Systems").
import type { Mention } from '../types.ts';
import type { TextReader } from '../text/chunked.ts';

const ORG_SUFFIXES = new Set([
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'LLC', 'Ltd', 'Ltd.', 'Limited', 'Group', 'Holdings',
  'Technologies', 'Capital', 'Partners', 'Energy', 'Systems', 'Labs', 'Networks', 'Computing', 'Cloud',
  'Semiconductor', 'Ventures', 'Investments', 'Infrastructure', 'Realty', 'Power', 'Data Centers',
]);

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
      words.push({ start: j, end: k });
      if (text.charCodeAt(k) !== 32 || words.length >= 6) {
        j = k;
        break;
      }
      j = k + 1;
    }
    const last = words[words.length - 1];
    if (words.length >= 2 && ORG_SUFFIXES.has(text.slice(last.start, last.end))) {
      const start = words[0].start;
      const end = last.end;
      if (!covered(start, end)) {
        const name = text.slice(start, end);
        out.push({ offset: start, length: end - start, text: name, entityId: 'org:' + name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), guessed: true });
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
