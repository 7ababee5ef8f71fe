import { asciiLower } from './ascii-case.ts';

/**
 * Words (in lower case) indexed by their first code unit and, for words that begin with two ASCII
 * characters, by those two. A scan asks at each position of a text which words may start there;
 * one-letter tests let through most positions of English text ("a", "e", "p" begin many cue
 * words), two-letter tests few. ASCII capitals of the text are read as small letters.
 */
export class WordStarts<W> {
  private readonly first = new Uint8Array(65536);
  /** ASCII first × ASCII second code unit: 1 where some word begins so. */
  private readonly pairs = new Uint8Array(128 * 128);
  /** ASCII first code units some word begins with and then has no ASCII second one: no pair test. */
  private readonly anySecond = new Uint8Array(128);
  private readonly byFirst = new Map<number, W[]>();

  constructor(entries: Iterable<readonly [string, W]>) {
    for (const [word, value] of entries) {
      const c = word.charCodeAt(0);
      const c2 = word.length > 1 ? word.charCodeAt(1) : NaN;
      this.first[c] = 1;
      if (c < 128) {
        if (c2 < 128) this.pairs[c * 128 + c2] = 1;
        else this.anySecond[c] = 1;
      }
      const list = this.byFirst.get(c);
      if (list) list.push(value);
      else this.byFirst.set(c, [value]);
    }
  }

  /** The words that may start at `at`, in the order given (check each with startsWithAsciiCI). */
  at(text: string, at: number): W[] | undefined {
    const c = asciiLower(text.charCodeAt(at));
    if (this.first[c] !== 1) return undefined;
    if (c < 128 && this.anySecond[c] === 0) {
      const c2 = asciiLower(text.charCodeAt(at + 1));
      if (!(c2 < 128) || this.pairs[c * 128 + c2] === 0) return undefined;
    }
    return this.byFirst.get(c);
  }
}
