// esbuild escapes non-ASCII characters in strings but leaves them in regular expressions and comments, and
// one such character makes Node read a whole bundle (the server's is 1.4 MB) as a two-byte string: twice the
// memory and the slow UTF-8 path at every start (docs/performance.md). A \uXXXX escape means the same
// character in a regular expression (with or without the u flag; a surrogate pair is escaped as two) and in
// a comment; an identity escape of such a character (a backslash before it) means the character itself, so
// that backslash goes.
import * as fs from 'node:fs';

/** The source with every non-ASCII character written as a \uXXXX escape. */
export function asciiOnlySource(source) {
  return source.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => `${slashes.slice(slashes.length % 2)}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Rewrites a bundle in place when it has non-ASCII characters. */
export function asciiOnly(file) {
  const source = fs.readFileSync(file, 'utf8');
  const escaped = asciiOnlySource(source);
  if (escaped !== source) fs.writeFileSync(file, escaped);
}
