// Parse and validate fact-store YAML text into entities and facts. Pure: no disk access here,
// so the validator is the same for the editor, the CLI and the tests.
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Entity, EntityKind, Fact, Qualifier, StoreProblem } from '../core/types.ts';
import { SCALES, storeUnit } from '../core/units.ts';
import { MEASURE_KINDS, isKnownMeasure } from '../core/measures.ts';
import { fastParseYaml, type FastNode } from './fastyaml.ts';

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
  at: Pos;
  raw: Record<string, unknown>;
  /** Position of a field's value, or of the mapping when the field is absent. */
  fieldPos(key: string): Pos;
}

export function parseFactFile(file: string, text: string): ParsedFile {
  // Most stores are plain block YAML: parse them with the fast subset parser; anything else, and
  // every file with an error, goes through the full parser for exact messages.
  const fast = fastParseYaml(text);
  if (fast !== undefined) return validateFast(file, fast);
  return parseFactFileSlow(file, text);
}

function validateFast(file: string, root: FastNode | null): ParsedFile {
  const out: ParsedFile = { entities: [], facts: [], problems: [] };
  const problem = (at: Pos, code: string, message: string, severity: StoreProblem['severity'] = 'error') =>
    out.problems.push({ file, line: at.line, column: at.column, code, message, severity });
  const isMapNode = (n: FastNode | undefined): n is FastNode & { children: Map<string, FastNode> } => !!n && !!n.children;
  const view = (n: FastNode & { children: Map<string, FastNode> }): MapView => ({
    at: n.pos,
    raw: n.value as Record<string, unknown>,
    fieldPos: (key) => n.children.get(key)?.pos ?? n.pos,
  });
  if (root == null) return out;
  if (!isMapNode(root)) {
    problem(root.pos, 'store-shape', 'A fact-store file must be a mapping with an `entities:` list.');
    return out;
  }
  const entitiesNode = root.children.get('entities');
  if (!entitiesNode?.items) {
    problem(root.pos, 'store-shape', 'Missing `entities:` list.');
    return out;
  }
  for (const item of entitiesNode.items) {
    if (!isMapNode(item)) {
      problem(item.pos, 'store-shape', 'Each entity must be a mapping.');
      continue;
    }
    const entity = readEntity(file, view(item), problem);
    if (!entity) continue;
    out.entities.push(entity);
    const factsNode = item.children.get('facts');
    if (factsNode == null) continue;
    if (!factsNode.items) {
      problem(factsNode.pos, 'store-shape', `Entity ${entity.id}: \`facts\` must be a list.`);
      continue;
    }
    for (const factNode of factsNode.items) {
      if (!isMapNode(factNode)) {
        problem(factNode.pos, 'store-shape', `Entity ${entity.id}: each fact must be a mapping.`);
        continue;
      }
      const fact = readFact(file, entity.id, view(factNode), problem);
      if (fact) {
        out.facts.push(fact);
        entity.factIds.push(fact.id);
      }
    }
  }
  return out;
}

/** The full `yaml` parser: any YAML, exact error positions. */
export function parseFactFileSlow(file: string, text: string): ParsedFile {
  const out: ParsedFile = { entities: [], facts: [], problems: [] };
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
  const view = (node: YAMLMap): MapView => ({
    at: posOf(node),
    raw: node.toJSON() as Record<string, unknown>,
    fieldPos: (key) => posOf(node.get(key, true) ?? node),
  });

  for (const err of doc.errors) {
    const p = err.linePos?.[0];
    problem({ line: p ? p.line - 1 : 0, column: p ? p.col - 1 : 0 }, 'store-yaml', `YAML error: ${err.message.split('\n')[0]}`);
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
    const entity = readEntity(file, view(item), problem);
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
      const fact = readFact(file, entity.id, view(factNode), problem);
      if (fact) {
        out.facts.push(fact);
        entity.factIds.push(fact.id);
      }
    }
  }
  return out;
}

type ProblemFn = (at: Pos, code: string, message: string, severity?: StoreProblem['severity']) => void;

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return undefined;
}

function strList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter((s): s is string => !!s);
  const s = str(v);
  return s ? [s] : [];
}

function readEntity(file: string, node: MapView, problem: ProblemFn): Entity | undefined {
  const { at, raw } = node;
  const id = str(raw.id);
  if (!id) {
    problem(at, 'store-missing-id', 'Entity without an `id`.');
    return undefined;
  }
  if (!ID_PATTERN.test(id)) problem(node.fieldPos('id'), 'store-bad-id', `Entity id "${id}" must be lowercase letters, digits, '.', '_' or '-'.`);
  let kind = str(raw.kind) as EntityKind | undefined;
  if (!kind || !ENTITY_KINDS.includes(kind)) {
    problem(node.fieldPos('kind'), 'store-unknown-kind', `Entity ${id}: unknown kind "${raw.kind ?? ''}" (expected one of ${ENTITY_KINDS.join(', ')}).`);
    kind = 'org';
  }
  const namesRaw = (raw.names ?? {}) as Record<string, unknown>;
  const names = { en: strList(namesRaw.en), zh: strList(namesRaw.zh) };
  if (!names.en.length && !names.zh.length) {
    problem(at, 'store-missing-name', `Entity ${id}: needs at least one name under \`names.en\` or \`names.zh\`.`);
    names.en.push(id);
  }
  return {
    id,
    kind,
    names,
    description: str(raw.description),
    parents: strList(raw.parents),
    factIds: [],
    file,
    line: at.line,
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

function readFact(file: string, entityId: string, node: MapView, problem: ProblemFn): Fact | undefined {
  const { at, raw } = node;
  const id = str(raw.id);
  const fieldPos = node.fieldPos;
  if (!id) {
    problem(at, 'store-missing-id', `A fact of ${entityId} has no \`id\`.`);
    return undefined;
  }
  let ok = true;
  const measure = str(raw.measure);
  if (!measure) {
    problem(at, 'store-missing-measure', `Fact ${id}: missing \`measure\`.`);
    ok = false;
  } else if (!isKnownMeasure(measure)) {
    problem(fieldPos('measure'), 'store-unknown-measure', `Fact ${id}: unknown measure "${measure}".`);
    ok = false;
  }
  const unitText = str(raw.unit);
  const unit = unitText ? storeUnit(unitText) : undefined;
  if (!unitText) {
    problem(at, 'store-missing-unit', `Fact ${id}: missing \`unit\`.`);
    ok = false;
  } else if (!unit) {
    problem(fieldPos('unit'), 'store-unknown-unit', `Fact ${id}: unknown unit "${unitText}".`);
    ok = false;
  } else if (measure && isKnownMeasure(measure) && !MEASURE_KINDS[measure].includes(unit.kind)) {
    problem(fieldPos('unit'), 'store-unit-mismatch', `Fact ${id}: unit "${unitText}" is ${unit.kind}, but measure "${measure}" takes ${MEASURE_KINDS[measure].join(' or ')}.`);
    ok = false;
  }
  let scale = 1;
  const scaleText = str(raw.scale);
  if (scaleText) {
    if (SCALES[scaleText] === undefined) {
      problem(fieldPos('scale'), 'store-bad-scale', `Fact ${id}: unknown scale "${scaleText}" (thousand, million, billion, trillion).`);
      ok = false;
    } else scale = SCALES[scaleText];
  }
  const value = num(raw.value);
  const low = num(raw.low);
  const high = num(raw.high);
  for (const [key, v] of [['value', value], ['low', low], ['high', high]] as const) {
    if (v === undefined) {
      problem(fieldPos(key), 'store-bad-value', `Fact ${id}: \`${key}\` must be a number.`);
      ok = false;
    }
  }
  if (value == null && low == null && high == null) {
    problem(at, 'store-missing-value', `Fact ${id}: needs \`value\`, or \`low\`/\`high\`.`);
    ok = false;
  }
  if (low != null && high != null && low > high) {
    problem(fieldPos('low'), 'store-bad-value', `Fact ${id}: low ${low} is above high ${high}.`);
    ok = false;
  }
  let qualifier = (str(raw.qualifier) ?? (value == null ? (low != null && high != null ? 'range' : low != null ? 'at-least' : 'up-to') : 'exact')) as Qualifier;
  if (!QUALIFIERS.includes(qualifier)) {
    problem(fieldPos('qualifier'), 'store-bad-qualifier', `Fact ${id}: unknown qualifier "${qualifier}".`);
    qualifier = 'exact';
  }
  const asOf = str(raw.as_of);
  if (!asOf) {
    problem(at, 'store-missing-date', `Fact ${id}: missing \`as_of\` date.`);
    ok = false;
  } else if (!DATE_PATTERN.test(asOf)) {
    problem(fieldPos('as_of'), 'store-bad-date', `Fact ${id}: \`as_of\` "${asOf}" must be YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  const sourceRaw = (raw.source ?? null) as Record<string, unknown> | null;
  const url = sourceRaw && typeof sourceRaw === 'object' ? str(sourceRaw.url) : undefined;
  if (!url) {
    problem(fieldPos('source'), 'store-missing-source', `Fact ${id}: missing \`source.url\`; every fact needs a source.`);
    ok = false;
  } else if (!/^https?:\/\//i.test(url)) {
    problem(fieldPos('source'), 'store-bad-source', `Fact ${id}: source URL must start with http:// or https://.`);
    ok = false;
  }
  if (sourceRaw && typeof sourceRaw === 'object' && !str(sourceRaw.date)) {
    problem(fieldPos('source'), 'store-missing-source-date', `Fact ${id}: source has no \`date\`.`, 'warning');
  }
  if (!ok || !unit || !measure || !asOf || !url) return undefined;
  const factor = unit.factor * scale;
  const scaleValue = (v: number | null | undefined) => (v == null ? null : v * factor);
  const src = sourceRaw as Record<string, unknown>;
  return {
    id,
    entityId,
    measure,
    value: scaleValue(value),
    low: scaleValue(low),
    high: scaleValue(high),
    unit: unit.base,
    unitText: unitText!,
    qualifier,
    of: str(raw.of),
    period: str(raw.period),
    scope: str(raw.scope),
    asOf,
    source: { url, title: str(src.title), publisher: str(src.publisher), date: str(src.date) },
    supersededBy: str(raw.superseded_by),
    note: str(raw.note),
    file,
    line: at.line,
  };
}
