// Reading a directory of JSON fixture files (each an array of cases), shared by the corpus harnesses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fixture files of `dir` in name order, each with its cases; unreadable files go to `fileErrors`. */
export function readFixtureFiles(dir: string): { files: { file: string; cases: unknown[] }[]; fileErrors: string[] } {
  const fileErrors: string[] = [];
  const files: { file: string; cases: unknown[] }[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (e) {
    fileErrors.push(`cannot read ${dir}: ${(e as Error).message}`);
  }
  if (names.length === 0) fileErrors.push(`no fixture files in ${dir}`);
  for (const file of names) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      fileErrors.push(`${file}: invalid JSON: ${(e as Error).message}`);
      continue;
    }
    const duplicated = duplicateKeys(readFileSync(join(dir, file), 'utf8'));
    if (duplicated.length) {
      // JSON.parse keeps the last of two equal keys: a case merged into its neighbour would never run.
      fileErrors.push(`${file}: duplicate keys in one object (a missing "}, {"?): ${duplicated.slice(0, 3).join('; ')}`);
      continue;
    }
    if (!Array.isArray(data)) {
      fileErrors.push(`${file}: top level must be an array of cases`);
      continue;
    }
    files.push({ file, cases: data });
  }
  return { files, fileErrors };
}

/** Keys written twice in one object of a JSON text, with their line ("text" at line 1515). */
export function duplicateKeys(raw: string): string[] {
  const out: string[] = [];
  const objects: (Set<string> | null)[] = [];
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\n') line++;
    else if (c === '{') {
      objects.push(new Set());
      expectKey = true;
    } else if (c === '[') objects.push(null);
    else if (c === '}' || c === ']') objects.pop();
    else if (c === ',') expectKey = objects[objects.length - 1] instanceof Set;
    else if (c === '"') {
      let j = i + 1;
      while (j < raw.length && raw[j] !== '"') j += raw[j] === '\\' ? 2 : 1;
      const str = raw.slice(i + 1, j);
      const keys = objects[objects.length - 1];
      if (expectKey && keys) {
        if (keys.has(str)) out.push(`"${str}" at line ${line}`);
        keys.add(str);
        expectKey = false;
      }
      i = j;
    }
  }
  return out;
}
