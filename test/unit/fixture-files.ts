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
    if (!Array.isArray(data)) {
      fileErrors.push(`${file}: top level must be an array of cases`);
      continue;
    }
    files.push({ file, cases: data });
  }
  return { files, fileErrors };
}
