// The project config file, read by the server and the CLI alike: `.infra-factcheck.json`.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ProjectConfig {
  /** Fact-store folders or files, relative to the config file. */
  factStore?: string[];
  /** Per-check settings: "off" or a severity. */
  checks?: Record<string, string>;
  messageLanguage?: 'auto' | 'zh' | 'en';
  /** Problems reading the config, reported to the user. */
  problems?: string[];
}

export const CONFIG_FILE = '.infra-factcheck.json';

export function readProjectConfig(dirOrFile: string): ProjectConfig {
  const file = dirOrFile.endsWith('.json') ? dirOrFile : path.join(dirOrFile, CONFIG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const config: ProjectConfig = {};
    const problems: string[] = [];
    if (raw.factStore !== undefined) {
      const list = Array.isArray(raw.factStore) ? raw.factStore : [raw.factStore];
      config.factStore = list.filter((p): p is string => typeof p === 'string');
      if (config.factStore.length !== list.length) problems.push(`${file}: "factStore" must be a list of paths.`);
    }
    if (raw.checks && typeof raw.checks === 'object') config.checks = raw.checks as Record<string, string>;
    if (raw.messageLanguage === 'zh' || raw.messageLanguage === 'en' || raw.messageLanguage === 'auto') config.messageLanguage = raw.messageLanguage;
    if (problems.length) config.problems = problems;
    return config;
  } catch (err) {
    return { problems: [`${file}: not valid JSON (${(err as Error).message}).`] };
  }
}
