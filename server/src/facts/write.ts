// Writing a new fact into the workspace store: atomic (temp file + rename), keeps the file's
// comments and formatting (yaml's document API), and refuses paths outside the workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { YAMLMap, YAMLSeq } from 'yaml';
import { yamlLibrary } from './yaml-library.ts';
import type { Entity, FactStore } from '../core/types.ts';

export interface NewFact {
  entityId: string;
  measure: string;
  value: number | null;
  low?: number | null;
  high?: number | null;
  /** A store unit (docs/fact-store.md): USD, GW, count … */
  unit: string;
  scale?: 'thousand' | 'million' | 'billion' | 'trillion';
  qualifier?: string;
  of?: string;
  period?: string;
  context: string;
  sourceUrl?: string;
  asOf: string;
}

export interface WriteResult {
  file: string;
  factId: string;
  /** 0-based line of the new fact. */
  line: number;
}

export function isInside(root: string, file: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Where a new fact about an entity goes: its own workspace file if it has one, else facts/<id>.yaml. */
export function targetFile(store: FactStore, entityId: string, workspaceRoot: string, storeRoot = path.join(workspaceRoot, 'facts')): string {
  const entity = store.entities.get(entityId);
  if (entity && isInside(workspaceRoot, entity.file)) return entity.file;
  return path.join(storeRoot, `${entityId.replace(/[^a-z0-9._-]/gi, '-')}.yaml`);
}

export function writeAtomic(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(tmp, 'w', 0o644);
  try {
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

function uniqueFactId(store: FactStore, base: string): string {
  let id = base;
  for (let i = 2; store.facts.has(id); i++) id = `${base}-${i}`;
  return id;
}

export function addFact(store: FactStore, fact: NewFact, workspaceRoot: string, file = targetFile(store, fact.entityId, workspaceRoot)): WriteResult {
  if (!isInside(workspaceRoot, file)) throw new Error(`Refusing to write outside the workspace: ${file}`);
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const { Document, parseDocument, isMap, isSeq, YAMLSeq } = yamlLibrary();
  // A new file starts as a block-style document (parsing 'entities: []' would keep flow style).
  const doc = existing.trim() ? parseDocument(existing) : new Document({ entities: [] });
  if (doc.errors.length) throw new Error(`${file} has YAML errors; fix them before adding facts (${doc.errors[0].message.split('\n')[0]}).`);
  if (doc.contents == null || !isMap(doc.contents)) throw new Error(`${file} is not a fact-store file (no \`entities:\` mapping).`);
  const rootMap = doc.contents as unknown as YAMLMap<unknown, unknown>;
  let seq = rootMap.get('entities', true) as unknown;
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    rootMap.set('entities', seq);
  }
  const entitiesSeq = seq as YAMLSeq;
  let entityNode = entitiesSeq.items.find((item) => isMap(item) && item.get('id') === fact.entityId) as YAMLMap | undefined;
  if (!entityNode) {
    const known: Entity | undefined = store.entities.get(fact.entityId);
    entityNode = doc.createNode({
      id: fact.entityId,
      kind: known?.kind ?? 'org',
      names: { en: known?.names.en.length ? known.names.en : [fact.entityId], zh: known?.names.zh ?? [] },
      facts: [],
    }) as YAMLMap;
    entitiesSeq.items.push(entityNode);
  }
  let factsNode = entityNode.get('facts', true) as unknown;
  if (!isSeq(factsNode)) {
    factsNode = new YAMLSeq();
    entityNode.set('facts', factsNode);
  }
  const factId = uniqueFactId(store, `${fact.entityId}-${fact.measure}-${fact.asOf.slice(0, 7)}`.toLowerCase());
  const record: Record<string, unknown> = { id: factId, measure: fact.measure };
  if (fact.value != null) record.value = fact.value;
  if (fact.low != null) record.low = fact.low;
  if (fact.high != null) record.high = fact.high;
  record.unit = fact.unit;
  if (fact.scale) record.scale = fact.scale;
  if (fact.qualifier && fact.qualifier !== 'exact') record.qualifier = fact.qualifier;
  if (fact.of) record.of = fact.of;
  if (fact.period) record.period = fact.period;
  record.as_of = fact.asOf;
  // Without a link in the sentence the source stays empty: the validator then flags the fact in
  // the editor until the reporter fills it in, and an unsourced fact is never used.
  record.source = { url: fact.sourceUrl ?? '', title: '', publisher: '', date: fact.asOf };
  record.note = `Draft context: ${fact.context.replace(/\s+/g, ' ').trim().slice(0, 300)}`;
  (factsNode as YAMLSeq).items.push(doc.createNode(record));
  const text = doc.toString({ lineWidth: 0 });
  writeAtomic(file, text);
  const line = text.split('\n').findIndex((l) => l.includes(`id: ${factId}`));
  return { file, factId, line: Math.max(0, line) };
}
