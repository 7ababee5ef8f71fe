// The full YAML library: about 260 KB of the server's 1.5 MB bundle, needed only for a store file the
// fast parser (fastyaml.ts) cannot read and for writing facts. Loaded at its first use, its module
// code stays out of every start (docs/performance.md, thirty-sixth session).
import type * as Yaml from 'yaml';

let library: typeof Yaml | undefined;

export function yamlLibrary(): typeof Yaml {
  // A require, not an import: the bundler then evaluates the library at this call, not when the server loads.
  library ??= require('yaml') as typeof Yaml;
  return library;
}
