// The CLI: the same analyze() for terminals and CI.
//   infra-factcheck check [--format pretty|json|sarif|github] [--fact-store PATH]... [--config PATH] FILE|DIR|GLOB...
//   infra-factcheck facts validate [--fact-store PATH]... [PATH...]
// Exit codes: 0 no warnings or errors, 1 some, 2 usage or IO error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { walkFiles } from './facts/walk.ts';
import { analyze } from './core/analyze.ts';
import type { Analysis, FactStore, StoreProblem } from './core/types.ts';
import type { OtherDraft } from './core/checks/types.ts';
import { loadFactStore } from './facts/load.ts';
import { readProjectConfig, CONFIG_FILE, type ProjectConfig } from './facts/config.ts';
import { normaliseCheckSettings } from './lsp/state.ts';
import { toJson, type FileReport } from './cli/report.ts';
import { github, paint, pretty, sarif } from './cli/formats.ts';
import { compileRegexpsOnce } from './v8-flags.ts';

const VERSION = '0.1.0';
const MAX_DRAFT_BYTES = 32 * 1024 * 1024;

class UsageError extends Error {}

const HELP = `infra-factcheck ${VERSION} — check the figures in drafts about AI infrastructure

Usage:
  infra-factcheck check [options] FILE|DIR|GLOB...   figures, entities and findings of each draft
  infra-factcheck facts validate [options] [PATH...]  validate fact-store files (default store + PATHs)

Options:
  --format pretty|json|sarif|github   output format (default pretty)
  --fact-store PATH                   a fact-store folder or file (repeatable); ./facts is used when present
  --config PATH                       a ${CONFIG_FILE} file (default: ./${CONFIG_FILE} when present)
  --no-default-store                  do not load the bundled default store
  --lang auto|zh|en                   language of messages (default: the draft's)
  --no-figures                        pretty format: list findings only
  --today YYYY-MM-DD                  the date staleness is judged against
  -h, --help, --version

Exit codes: 0 no warnings or errors, 1 warnings or errors found, 2 usage or IO error.`;

interface Options {
  format: 'pretty' | 'json' | 'sarif' | 'github';
  factStores: string[];
  config?: string;
  defaultStore: boolean;
  lang: 'auto' | 'zh' | 'en';
  figures: boolean;
  today?: string;
  positional: string[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = { format: 'pretty', factStores: [], defaultStore: true, lang: 'auto', figures: true, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    const name = a.split('=')[0];
    switch (name) {
      case '--format': {
        const v = value(name);
        if (!['pretty', 'json', 'sarif', 'github'].includes(v)) throw new UsageError(`unknown format "${v}" (pretty, json, sarif, github)`);
        o.format = v as Options['format'];
        break;
      }
      case '--fact-store':
        o.factStores.push(value(name));
        break;
      case '--config':
        o.config = value(name);
        break;
      case '--no-default-store':
        o.defaultStore = false;
        break;
      case '--lang': {
        const v = value(name);
        if (!['auto', 'zh', 'en'].includes(v)) throw new UsageError(`unknown language "${v}" (auto, zh, en)`);
        o.lang = v as Options['lang'];
        break;
      }
      case '--no-figures':
        o.figures = false;
        break;
      case '--today': {
        const v = value(name);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--today takes YYYY-MM-DD, not "${v}"`);
        o.today = v;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        o.positional.push(a);
    }
  }
  return o;
}

/** `*`, `**` and `?` over the file system, relative to the current folder. */
function expandGlob(pattern: string): string[] {
  const norm = pattern.replace(/\\/g, '/');
  const firstMeta = norm.search(/[*?[]/);
  const baseEnd = norm.lastIndexOf('/', firstMeta);
  const base = baseEnd < 0 ? '.' : norm.slice(0, baseEnd) || '/';
  const rest = baseEnd < 0 ? norm : norm.slice(baseEnd + 1);
  let re = '';
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '*' && rest[i + 1] === '*') {
      re += rest[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += rest[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const matcher = new RegExp(`^${re}$`);
  // path.join('.', 'a/b') is 'a/b': paths come out as the user wrote the pattern.
  return walkFiles(base, {
    maxDepth: 20,
    skip: (name) => name === 'node_modules' || name === '.git',
    accept: (relative) => matcher.test(relative),
  }).sort();
}

const DRAFT_EXT = /\.(md|markdown|mdx|txt|text)$/i;

function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (/[*?[]/.test(input) && !fs.existsSync(input)) {
      const matched = expandGlob(input);
      if (!matched.length) throw new IoError(input, 'no file matches this pattern');
      files.push(...matched);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (err) {
      throw new IoError(input, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message);
    }
    if (stat.isDirectory()) {
      const inside = expandGlob(path.join(input, '**/*').replace(/\\/g, '/')).filter((f) => DRAFT_EXT.test(f));
      if (!inside.length) throw new IoError(input, 'is a directory with no .md or .txt drafts in it');
      files.push(...inside);
    } else files.push(input);
  }
  return [...new Set(files)];
}

class IoError extends Error {
  constructor(public file: string, reason: string) {
    super(`${file}: ${reason}`);
  }
}

export function readDraft(file: string): string {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new IoError(file, 'is a directory, not a draft');
    if (stat.size > MAX_DRAFT_BYTES) throw new IoError(file, `is ${(stat.size / 1048576).toFixed(0)} MB; drafts over ${MAX_DRAFT_BYTES / 1048576} MB are not checked`);
    bytes = fs.readFileSync(file);
  } catch (err) {
    if (err instanceof IoError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new IoError(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message);
  }
  if (bytes.includes(0)) throw new IoError(file, 'looks like a binary file (it contains NUL bytes), not a text draft');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new IoError(file, 'is not valid UTF-8 text');
  }
}

function loadConfig(o: Options): ProjectConfig & { dir: string } {
  if (o.config) {
    if (!fs.existsSync(o.config)) throw new IoError(o.config, 'no such config file');
    const config = readProjectConfig(o.config);
    if (config.problems?.length) throw new UsageError(config.problems[0]);
    return { ...config, dir: path.dirname(path.resolve(o.config)) };
  }
  const config = readProjectConfig(process.cwd());
  if (config.problems?.length) throw new UsageError(config.problems[0]);
  return { ...config, dir: process.cwd() };
}

function storeFor(o: Options, config: ProjectConfig & { dir: string }): FactStore {
  const paths = [...(config.factStore ?? []).map((p) => path.resolve(config.dir, p)), ...o.factStores.map((p) => path.resolve(p))];
  for (const p of o.factStores) if (!fs.existsSync(p)) throw new IoError(p, 'no such fact store');
  const conventional = path.resolve('facts');
  if (!o.factStores.length && fs.existsSync(conventional) && fs.statSync(conventional).isDirectory()) paths.unshift(conventional);
  return loadFactStore({ includeDefault: o.defaultStore, paths });
}

function runCheck(o: Options): number {
  if (!o.positional.length) throw new UsageError('check needs at least one file, folder or pattern');
  const config = loadConfig(o);
  const store = storeFor(o, config);
  const files = expandInputs(o.positional);
  const texts = files.map((f) => ({ path: f, text: readDraft(f) }));
  const lang = o.lang !== 'auto' ? o.lang : config.messageLanguage ?? 'auto';
  const checks = normaliseCheckSettings(config.checks);
  const formatOf = (f: string) => (/\.(txt|text)$/i.test(f) ? 'plaintext' : 'markdown') as 'plaintext' | 'markdown';
  // First pass: claims of every draft; second: each draft checked against the others.
  const first = new Map<string, Analysis>();
  if (texts.length > 1) {
    for (const t of texts) first.set(t.path, analyze(t.text, { format: formatOf(t.path), checks: { '*': { enabled: false } } }, store));
  }
  const reports: FileReport[] = texts.map((t) => {
    const others: OtherDraft[] = texts.length > 1
      ? texts.filter((x) => x.path !== t.path).map((x) => {
        const a = first.get(x.path)!;
        return { path: x.path, text: x.text, figures: a.figures, claims: a.claims.filter((c) => c.subject && c.measure), mentions: a.mentions };
      })
      : [];
    return { path: t.path, text: t.text, analysis: analyze(t.text, { format: formatOf(t.path), messageLanguage: lang, checks, otherDrafts: others, today: o.today }, store) };
  });
  const storeErrors = store.problems.filter((p) => p.severity === 'error');
  if (storeErrors.length) {
    process.stderr.write(`warning: the fact store has ${storeErrors.length} problem(s); run \`infra-factcheck facts validate\` (first: ${formatProblem(storeErrors[0])})\n`);
  }
  switch (o.format) {
    case 'json':
      process.stdout.write(JSON.stringify(toJson(reports, { entities: store.entities.size, facts: store.facts.size, problems: store.problems.length }), null, 2) + '\n');
      break;
    case 'sarif':
      process.stdout.write(JSON.stringify(sarif(reports, VERSION), null, 2) + '\n');
      break;
    case 'github': {
      const s = github(reports);
      if (s) process.stdout.write(s + '\n');
      break;
    }
    default:
      process.stdout.write(pretty(reports, { colour: !!process.stdout.isTTY && !process.env.NO_COLOR, figures: o.figures, lang }));
      process.stdout.write(summary(reports, !!process.stdout.isTTY) + '\n');
  }
  const serious = reports.some((r) => r.analysis.findings.some((f) => f.severity === 'error' || f.severity === 'warning'));
  return serious ? 1 : 0;
}

function summary(reports: FileReport[], colour: boolean): string {
  const c = paint(colour && !process.env.NO_COLOR);
  const count = (s: string) => reports.reduce((n, r) => n + r.analysis.findings.filter((f) => f.severity === s).length, 0);
  const figures = reports.reduce((n, r) => n + r.analysis.figures.length, 0);
  return c('bold', `${reports.length} file(s), ${figures} figures: ${count('error')} errors, ${count('warning')} warnings, ${count('information')} infos, ${count('hint')} hints`);
}

function formatProblem(p: StoreProblem): string {
  return `${p.file}:${p.line + 1}:${p.column + 1}: ${p.severity} [${p.code}] ${p.message}`;
}

function runValidate(o: Options): number {
  const config = loadConfig(o);
  for (const p of o.positional) if (!fs.existsSync(p)) throw new IoError(p, 'no such file or folder');
  o.factStores.push(...o.positional);
  const store = storeFor(o, config);
  if (o.format === 'json') {
    process.stdout.write(JSON.stringify({ version: 1, entities: store.entities.size, facts: store.facts.size, files: store.files, problems: store.problems }, null, 2) + '\n');
  } else {
    for (const p of store.problems) process.stdout.write(formatProblem(p) + '\n');
    const errors = store.problems.filter((p) => p.severity === 'error').length;
    process.stdout.write(`${store.files.length} file(s), ${store.entities.size} entities, ${store.facts.size} facts: ${errors} errors, ${store.problems.length - errors} warnings\n`);
  }
  return store.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

export function main(argv: string[]): number {
  compileRegexpsOnce();
  try {
    if (!argv.length || argv.includes('-h') || argv.includes('--help')) {
      process.stdout.write(HELP + '\n');
      return argv.length ? 0 : 2;
    }
    if (argv[0] === '--version' || argv[0] === '-v') {
      process.stdout.write(VERSION + '\n');
      return 0;
    }
    const [command, ...rest] = argv;
    if (command === 'check') return runCheck(parseArgs(rest));
    if (command === 'facts') {
      if (rest[0] !== 'validate') throw new UsageError('usage: infra-factcheck facts validate [PATH...]');
      return runValidate(parseArgs(rest.slice(1)));
    }
    // `infra-factcheck FILE` is a shorthand for `check FILE`.
    if (!command.startsWith('-') && fs.existsSync(command)) return runCheck(parseArgs(argv));
    throw new UsageError(`unknown command "${command}" (check, facts validate)`);
  } catch (err) {
    if (err instanceof UsageError) process.stderr.write(`infra-factcheck: ${err.message}\nRun infra-factcheck --help for usage.\n`);
    else if (err instanceof IoError) process.stderr.write(`infra-factcheck: ${err.message}\n`);
    else process.stderr.write(`infra-factcheck: unexpected error: ${(err as Error).message}\n`);
    return 2;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
