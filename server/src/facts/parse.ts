// Parse and validate fact-store YAML text into entities and facts. Pure: no disk access here,
// so the validator is the same for the editor, the CLI and the tests.
import type { Node as YamlNode, YAMLMap } from 'yaml';
import { yamlLibrary } from './yaml-library.ts';
import type { Entity, EntityKind, Fact, Qualifier, StoreProblem } from '../core/types.ts';
import { SCALES, storeUnit } from '../core/units.ts';
import { MEASURE_KINDS, isKnownMeasure } from '../core/measures.ts';
import { fastParseYaml, fastParseYamlBytes, isFastMap, LINE, POS, type FastDoc, type FastMap } from './fastyaml.ts';

export const ENTITY_KINDS: EntityKind[] = [
  'company', 'project', 'site', 'chip', 'person', 'place', 'agency', 'model', 'deal', 'fund', 'org',
];
const QUALIFIERS: Qualifier[] = ['exact', 'about', 'nearly', 'more-than', 'at-least', 'up-to', 'less-than', 'at-most', 'range', 'vague'];
const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export interface ParsedFile {
  entities: Entity[];
  facts: Fact[];
  problems: StoreProblem[];
}

type Pos = { line: number; column: number };

/** One mapping of the file as the validators see it, whichever parser produced it. */
interface MapView {
  /** 0-based line of the mapping. */
  line: number;
  /** Position of the mapping. */
  at(): Pos;
  raw: Record<string, unknown>;
  /** Position of a field's value, or of the mapping when the field is absent. */
  fieldPos(key: string): Pos;
}

export function parseFactFile(file: string, text: string): ParsedFile {
  // Most stores are plain block YAML: parse them with the fast subset parser, turning each entity
  // into entities and facts as soon as it is parsed; anything else, and every file with an error,
  // goes through the full parser for exact messages.
  const fast = new FastValidator(file);
  const stop = { line: -1 };
  const doc = fastParseYaml(text, fast.onEntity, stop);
  if (doc !== undefined) return fast.finish(doc);
  if (text.length > FULL_PARSE_LIMIT) return tooBigForFullParser(file, text.length, stop.line);
  return parseFactFileSlow(file, text);
}

/**
 * Above this size a file the fast parser rejects is not handed to the full `yaml` parser: on a
 * 50 MB store it blocks the server for about a minute and takes ~3 GB. The user gets the line
 * where the fast parser stopped instead.
 */
const FULL_PARSE_LIMIT = 4 * 1024 * 1024;

function tooBigForFullParser(file: string, size: number, line: number): ParsedFile {
  const mb = (size / 1048576).toFixed(0);
  const where = line >= 0 ? `near line ${line + 1}` : 'in this file';
  return {
    entities: [],
    facts: [],
    problems: [{
      file, line: Math.max(0, line), column: 0, code: 'store-yaml', severity: 'error',
      message: `YAML error or YAML outside the plain block style ${where} (tabs, anchors, tags, multi-line plain text, duplicate keys); the file is ${mb} MB, too big for the full YAML parser: fix that line or split the file.`,
    }],
  };
}

/**
 * parseFactFile on the text of `bytes`, which must be valid UTF-8 (as a fatal TextDecoder would
 * accept, which also drops a byte order mark): the same result, without decoding the whole file
 * to UTF-16 when the fast parser takes it, and with strings that do not keep the file in memory.
 */
export function parseFactBytes(file: string, bytes: Buffer): ParsedFile {
  const fast = new FastValidator(file);
  const stop = { line: -1 };
  const doc = fastParseYamlBytes(bytes, fast.onEntity, stop);
  if (doc !== undefined) return fast.finish(doc);
  if (bytes.length > FULL_PARSE_LIMIT) return tooBigForFullParser(file, bytes.length, stop.line);
  return parseFactFileSlow(file, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

/** A MapView over a mapping of a FastDoc; positions other than the line are found on demand. */
class FastView implements MapView {
  line = 0;
  raw: Record<string, unknown> = {};
  private off = 0;

  constructor(private doc: FastDoc) {}

  of(m: FastMap): this {
    this.raw = m;
    this.off = m[POS];
    this.line = m[LINE];
    return this;
  }

  at(): Pos {
    return this.doc.pos(this.off);
  }

  fieldPos(key: string): Pos {
    return this.doc.pos(this.doc.fieldOffset(this.off, key) ?? this.off);
  }
}

/** The validator over a FastDoc: entities arrive from the parser one by one (or, when the file is
 * not streamed, from the finished tree); results match parseFactFileSlow exactly. */
class FastValidator {
  private out: ParsedFile = { entities: [], facts: [], problems: [] };
  private view: FastView | undefined;
  private intern = interner();

  constructor(private file: string) {}

  private problem: ProblemFn = (at, code, message, severity = 'error') => {
    this.out.problems.push({ file: this.file, line: at.line, column: at.column, code, message, severity });
  };

  onEntity = (doc: FastDoc, item: unknown, offset: number): void => {
    this.entity(doc, item, () => doc.pos(offset));
  };

  finish(doc: FastDoc): ParsedFile {
    if (doc.streamed) return this.out;
    const root = doc.root;
    if (root == null) return this.out;
    if (!isFastMap(root)) {
      this.problem(doc.pos(doc.rootOffset), 'store-shape', 'A fact-store file must be a mapping with an `entities:` list.');
      return this.out;
    }
    const entities = root.entities;
    if (!Array.isArray(entities)) {
      this.problem(doc.pos(doc.rootOffset), 'store-shape', 'Missing `entities:` list.');
      return this.out;
    }
    for (let e = 0; e < entities.length; e++) this.entity(doc, entities[e], () => itemPos(doc, root, 'entities', e));
    return this.out;
  }

  private entity(doc: FastDoc, item: unknown, itemAt: () => Pos): void {
    const { file, out, problem } = this;
    if (!isFastMap(item)) {
      problem(itemAt(), 'store-shape', 'Each entity must be a mapping.');
      return;
    }
    const view = (this.view ??= new FastView(doc));
    const entity = readEntity(file, view.of(item), problem, this.intern);
    if (!entity) return;
    out.entities.push(entity);
    const facts = item.facts;
    if (facts === undefined) return;
    if (!Array.isArray(facts)) {
      problem(doc.pos(doc.fieldOffset(item[POS], 'facts')!), 'store-shape', `Entity ${entity.id}: \`facts\` must be a list.`);
      return;
    }
    for (let f = 0; f < facts.length; f++) {
      const factNode = facts[f];
      if (!isFastMap(factNode)) {
        problem(itemPos(doc, item, 'facts', f), 'store-shape', `Entity ${entity.id}: each fact must be a mapping.`);
        continue;
      }
      const fact = readFact(file, entity.id, view.of(factNode), problem, this.intern);
      if (fact) {
        out.facts.push(fact);
        entity.factIds.push(fact.id);
      }
    }
  }
}

/** Position of item `index` of the sequence under `key` of a mapping. */
function itemPos(doc: FastDoc, map: FastMap, key: string, index: number): Pos {
  return doc.pos(doc.itemOffset(doc.fieldOffset(map[POS], key)!, index));
}

/** The full `yaml` parser: any YAML, exact error positions. */
export function parseFactFileSlow(file: string, text: string): ParsedFile {
  const out: ParsedFile = { entities: [], facts: [], problems: [] };
  const intern = interner();
  const { LineCounter, parseDocument, isMap, isSeq } = yamlLibrary();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const posOf = (node: unknown): Pos => {
    const range = (node as YamlNode | undefined)?.range;
    if (!range) return { line: 0, column: 0 };
    const p = lineCounter.linePos(range[0]);
    return { line: p.line - 1, column: p.col - 1 };
  };
  const problem = (at: Pos, code: string, message: string, severity: StoreProblem['severity'] = 'error') =>
    out.problems.push({ file, line: at.line, column: at.column, code, message, severity });
  const view = (node: YAMLMap): MapView => {
    const at = posOf(node);
    return { line: at.line, at: () => at, raw: node.toJSON() as Record<string, unknown>, fieldPos: (key) => posOf(node.get(key, true) ?? node) };
  };

  for (const err of doc.errors) {
    // Without prettyErrors the error carries only its offset: the line counter gives the line.
    const p = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
    problem({ line: p.line - 1, column: p.col - 1 }, 'store-yaml', `YAML error: ${err.message.split('\n')[0]}`);
  }
  if (doc.errors.length) return out;
  const root = doc.contents;
  if (root == null) return out;
  if (!isMap(root)) {
    problem(posOf(root), 'store-shape', 'A fact-store file must be a mapping with an `entities:` list.');
    return out;
  }
  const entitiesNode = root.get('entities', true);
  if (!isSeq(entitiesNode)) {
    problem(posOf(root), 'store-shape', 'Missing `entities:` list.');
    return out;
  }
  for (const item of entitiesNode.items) {
    if (!isMap(item)) {
      problem(posOf(item), 'store-shape', 'Each entity must be a mapping.');
      continue;
    }
    const entity = readEntity(file, view(item), problem, intern);
    if (!entity) continue;
    out.entities.push(entity);
    const factsNode = item.get('facts', true);
    if (factsNode == null) continue;
    if (!isSeq(factsNode)) {
      problem(posOf(factsNode), 'store-shape', `Entity ${entity.id}: \`facts\` must be a list.`);
      continue;
    }
    for (const factNode of factsNode.items) {
      if (!isMap(factNode)) {
        problem(posOf(factNode), 'store-shape', `Entity ${entity.id}: each fact must be a mapping.`);
        continue;
      }
      const fact = readFact(file, entity.id, view(factNode), problem, intern);
      if (fact) {
        out.facts.push(fact);
        entity.factIds.push(fact.id);
      }
    }
  }
  return out;
}

type ProblemFn = (at: Pos, code: string, message: string, severity?: StoreProblem['severity']) => void;

/** One copy of each repeated string (measures, units, dates, publishers), per file. */
type Intern = (s: string | undefined) => string | undefined;

function interner(): Intern {
  const seen = new Map<string, string>();
  return (s) => {
    if (s === undefined) return s;
    let c = seen.get(s);
    if (c === undefined) seen.set(s, (c = s));
    return c;
  };
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') {
    // Nothing to trim when both ends are printable ASCII (trim would return the same string).
    const a = v.charCodeAt(0);
    const b = v.charCodeAt(v.length - 1);
    if (a > 32 && a < 127 && b > 32 && b < 127) return v;
    return v.trim() || undefined;
  }
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return undefined;
}

function strList(v: unknown): string[] {
  if (Array.isArray(v)) {
    const out: string[] = [];
    for (let i = 0; i < v.length; i++) {
      const s = str(v[i]);
      if (s) out.push(s);
    }
    return out;
  }
  const s = str(v);
  return s ? [s] : [];
}

function readEntity(file: string, node: MapView, problem: ProblemFn, intern: Intern): Entity | undefined {
  const raw = node.raw;
  const id = str(raw.id);
  if (!id) {
    problem(node.at(), 'store-missing-id', 'Entity without an `id`.');
    return undefined;
  }
  if (!ID_PATTERN.test(id)) problem(node.fieldPos('id'), 'store-bad-id', `Entity id "${id}" must be lowercase letters, digits, '.', '_' or '-'.`);
  let kind = intern(str(raw.kind)) as EntityKind | undefined;
  if (!kind || !ENTITY_KINDS.includes(kind)) {
    problem(node.fieldPos('kind'), 'store-unknown-kind', `Entity ${id}: unknown kind "${raw.kind ?? ''}" (expected one of ${ENTITY_KINDS.join(', ')}).`);
    kind = 'org';
  }
  const namesRaw = (raw.names ?? {}) as Record<string, unknown>;
  const names = { en: strList(namesRaw.en), zh: strList(namesRaw.zh) };
  if (!names.en.length && !names.zh.length) {
    problem(node.at(), 'store-missing-name', `Entity ${id}: needs at least one name under \`names.en\` or \`names.zh\`.`);
    names.en.push(id);
  }
  let fiscalYearEnd: number | undefined;
  if (raw.fiscal_year_end != null) {
    const m = num(raw.fiscal_year_end);
    if (m != null && Number.isInteger(m) && m >= 1 && m <= 12) fiscalYearEnd = m;
    else problem(node.fieldPos('fiscal_year_end'), 'store-bad-fiscal-year-end', `Entity ${id}: \`fiscal_year_end\` must be the month number (1–12) the fiscal year ends in, not "${raw.fiscal_year_end}"; fiscal periods of its facts are compared as written.`, 'warning');
  }
  return {
    id,
    kind,
    names,
    description: str(raw.description),
    parents: strList(raw.parents),
    ...(fiscalYearEnd ? { fiscalYearEnd } : {}),
    factIds: [],
    file,
    line: node.line,
  };
}

function num(v: unknown): number | null | undefined {
  if (v == null) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.replace(/[,_\s]/g, ''));
    if (Number.isFinite(n)) return n;
  }
  return undefined;
}

const HTTP_URL = /^https?:\/\//i;

function readFact(file: string, entityId: string, node: MapView, problem: ProblemFn, intern: Intern): Fact | undefined {
  const raw = node.raw;
  const id = str(raw.id);
  if (!id) {
    problem(node.at(), 'store-missing-id', `A fact of ${entityId} has no \`id\`.`);
    return undefined;
  }
  let ok = true;
  const measure = intern(str(raw.measure));
  const knownMeasure = !!measure && isKnownMeasure(measure);
  if (!measure) {
    problem(node.at(), 'store-missing-measure', `Fact ${id}: missing \`measure\`.`);
    ok = false;
  } else if (!knownMeasure) {
    problem(node.fieldPos('measure'), 'store-unknown-measure', `Fact ${id}: unknown measure "${measure}".`);
    ok = false;
  }
  const unitText = intern(str(raw.unit));
  const unit = unitText ? storeUnit(unitText) : undefined;
  if (!unitText) {
    problem(node.at(), 'store-missing-unit', `Fact ${id}: missing \`unit\`.`);
    ok = false;
  } else if (!unit) {
    problem(node.fieldPos('unit'), 'store-unknown-unit', `Fact ${id}: unknown unit "${unitText}".`);
    ok = false;
  } else if (knownMeasure && !MEASURE_KINDS[measure!].includes(unit.kind)) {
    problem(node.fieldPos('unit'), 'store-unit-mismatch', `Fact ${id}: unit "${unitText}" is ${unit.kind}, but measure "${measure}" takes ${MEASURE_KINDS[measure!].join(' or ')}.`);
    ok = false;
  }
  let scale = 1;
  const scaleText = str(raw.scale);
  if (scaleText) {
    if (SCALES[scaleText] === undefined) {
      problem(node.fieldPos('scale'), 'store-bad-scale', `Fact ${id}: unknown scale "${scaleText}" (thousand, million, billion, trillion).`);
      ok = false;
    } else scale = SCALES[scaleText];
  }
  const value = num(raw.value);
  const low = num(raw.low);
  const high = num(raw.high);
  if (value === undefined) {
    problem(node.fieldPos('value'), 'store-bad-value', `Fact ${id}: \`value\` must be a number.`);
    ok = false;
  }
  if (low === undefined) {
    problem(node.fieldPos('low'), 'store-bad-value', `Fact ${id}: \`low\` must be a number.`);
    ok = false;
  }
  if (high === undefined) {
    problem(node.fieldPos('high'), 'store-bad-value', `Fact ${id}: \`high\` must be a number.`);
    ok = false;
  }
  if (value == null && low == null && high == null) {
    problem(node.at(), 'store-missing-value', `Fact ${id}: needs \`value\`, or \`low\`/\`high\`.`);
    ok = false;
  }
  if (low != null && high != null && low > high) {
    problem(node.fieldPos('low'), 'store-bad-value', `Fact ${id}: low ${low} is above high ${high}.`);
    ok = false;
  }
  let qualifier = (intern(str(raw.qualifier)) ?? (value == null ? (low != null && high != null ? 'range' : low != null ? 'at-least' : 'up-to') : 'exact')) as Qualifier;
  if (!QUALIFIERS.includes(qualifier)) {
    problem(node.fieldPos('qualifier'), 'store-bad-qualifier', `Fact ${id}: unknown qualifier "${qualifier}".`);
    qualifier = 'exact';
  }
  const asOf = intern(str(raw.as_of));
  if (!asOf) {
    problem(node.at(), 'store-missing-date', `Fact ${id}: missing \`as_of\` date.`);
    ok = false;
  } else if (!DATE_PATTERN.test(asOf)) {
    problem(node.fieldPos('as_of'), 'store-bad-date', `Fact ${id}: \`as_of\` "${asOf}" must be YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  const sourceRaw = (raw.source ?? null) as Record<string, unknown> | null;
  const sourceIsObject = sourceRaw !== null && typeof sourceRaw === 'object';
  const url = sourceIsObject ? str(sourceRaw.url) : undefined;
  if (!url) {
    problem(node.fieldPos('source'), 'store-missing-source', `Fact ${id}: missing \`source.url\`; every fact needs a source.`);
    ok = false;
  } else if (!HTTP_URL.test(url)) {
    problem(node.fieldPos('source'), 'store-bad-source', `Fact ${id}: source URL must start with http:// or https://.`);
    ok = false;
  }
  const sourceDate = sourceIsObject ? intern(str(sourceRaw.date)) : undefined;
  if (sourceIsObject && !sourceDate) {
    problem(node.fieldPos('source'), 'store-missing-source-date', `Fact ${id}: source has no \`date\`.`, 'warning');
  }
  if (!ok || !unit || !measure || !asOf || !url) return undefined;
  const factor = unit.factor * scale;
  const src = sourceRaw as Record<string, unknown>;
  return {
    id,
    entityId,
    measure,
    value: value == null ? null : value * factor,
    low: low == null ? null : low * factor,
    high: high == null ? null : high * factor,
    unit: unit.base,
    unitText: unitText!,
    qualifier,
    of: intern(str(raw.of)),
    period: intern(str(raw.period)),
    scope: str(raw.scope),
    asOf,
    source: { url, title: str(src.title), publisher: intern(str(src.publisher)), date: sourceDate },
    supersededBy: str(raw.superseded_by),
    note: str(raw.note),
    file,
    line: node.line,
  };
}
