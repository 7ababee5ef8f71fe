// Case-blind matching of ASCII letters on the text itself. toLowerCase() of a clause copies it,
// is slow on two-byte (CJK) strings, and may change its length ('İ' becomes two code units).

/** `word` (written in lower case) is at `at` in `text`, ASCII capitals read as small letters, ending by `end`. */
export function startsWithAsciiCI(text: string, at: number, word: string, end = text.length): boolean {
  if (at < 0 || at + word.length > end) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Code unit `c`, lower case if it is an ASCII capital. */
export const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
