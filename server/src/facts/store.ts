// Merge parsed fact files into one indexed store. Later layers (the workspace) win over earlier
// ones (the bundled default) on the same entity or fact id; within one layer a repeated id is an error.
import type { Entity, Fact, FactStore, StoreProblem } from '../core/types.ts';
import type { ParsedFile } from './parse.ts';
import { emptyStore } from '../core/store-empty.ts';

export interface StoreLayer {
  name: string;
  files: { path: string; parsed: ParsedFile }[];
}

export { emptyStore };

export function buildStore(layers: StoreLayer[]): FactStore {
  const store = emptyStore();
  const problems: StoreProblem[] = store.problems;
  for (const layer of layers) {
    const seenEntities = new Map<string, Entity>();
    const seenFacts = new Map<string, Fact>();
    for (const { path, parsed } of layer.files) {
      store.files.push(path);
      problems.push(...parsed.problems);
      for (const entity of parsed.entities) {
        const dup = seenEntities.get(entity.id);
        if (dup) {
          problems.push({
            file: entity.file, line: entity.line, column: 0, code: 'store-duplicate-id', severity: 'error',
            message: `Entity id "${entity.id}" is already defined in ${dup.file}:${dup.line + 1}.`,
          });
          continue;
        }
        seenEntities.set(entity.id, entity);
        const previous = store.entities.get(entity.id);
        if (previous) {
          // A workspace entity replaces the bundled one but keeps its facts unless redefined.
          for (const factId of previous.factIds) if (!entity.factIds.includes(factId)) entity.factIds.push(factId);
        }
        store.entities.set(entity.id, entity);
      }
      for (const fact of parsed.facts) {
        const dup = seenFacts.get(fact.id);
        if (dup) {
          problems.push({
            file: fact.file, line: fact.line, column: 0, code: 'store-duplicate-id', severity: 'error',
            message: `Fact id "${fact.id}" is already defined in ${dup.file}:${dup.line + 1}.`,
          });
          continue;
        }
        seenFacts.set(fact.id, fact);
        store.facts.set(fact.id, fact);
      }
    }
  }
  linkSupersession(store);
  indexFacts(store);
  checkReferences(store);
  return store;
}

function linkSupersession(store: FactStore): void {
  for (const fact of store.facts.values()) fact.supersedes = [];
  for (const fact of store.facts.values()) {
    if (!fact.supersededBy) continue;
    const newer = store.facts.get(fact.supersededBy);
    if (!newer) {
      store.problems.push({
        file: fact.file, line: fact.line, column: 0, code: 'store-dangling-supersession', severity: 'error',
        message: `Fact ${fact.id} is superseded by "${fact.supersededBy}", which does not exist.`,
      });
      fact.supersededBy = undefined;
      continue;
    }
    newer.supersedes!.push(fact.id);
  }
  // Cycles: follow each chain; a chain longer than the number of facts, or revisiting a fact, loops.
  for (const fact of store.facts.values()) {
    const seen = new Set<string>([fact.id]);
    let cur = fact.supersededBy ? store.facts.get(fact.supersededBy) : undefined;
    while (cur) {
      if (seen.has(cur.id)) {
        if (cur.id === fact.id) {
          store.problems.push({
            file: fact.file, line: fact.line, column: 0, code: 'store-cyclic-supersession', severity: 'error',
            message: `Supersession of ${fact.id} loops back to itself (${[...seen].join(' → ')} → ${fact.id}).`,
          });
        }
        break;
      }
      seen.add(cur.id);
      cur = cur.supersededBy ? store.facts.get(cur.supersededBy) : undefined;
    }
  }
  // Break cycles so that later walks terminate.
  for (const p of store.problems) {
    if (p.code !== 'store-cyclic-supersession') continue;
    const id = /Supersession of (\S+)/.exec(p.message)?.[1];
    const f = id ? store.facts.get(id) : undefined;
    if (f) f.supersededBy = undefined;
  }
}

function indexFacts(store: FactStore): void {
  for (const fact of store.facts.values()) {
    let byMeasure = store.byEntityMeasure.get(fact.entityId);
    if (!byMeasure) store.byEntityMeasure.set(fact.entityId, (byMeasure = new Map()));
    let list = byMeasure.get(fact.measure);
    if (!list) byMeasure.set(fact.measure, (list = []));
    list.push(fact);
  }
  for (const byMeasure of store.byEntityMeasure.values())
    for (const list of byMeasure.values()) list.sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0));
}

function checkReferences(store: FactStore): void {
  for (const entity of store.entities.values()) {
    for (const parent of entity.parents) {
      if (!store.entities.has(parent)) {
        store.problems.push({
          file: entity.file, line: entity.line, column: 0, code: 'store-unknown-parent', severity: 'warning',
          message: `Entity ${entity.id}: parent "${parent}" is not in the store.`,
        });
      }
    }
  }
}

/** The newest fact in a supersession chain. */
export function latestOf(store: FactStore, fact: Fact): Fact {
  let cur = fact;
  for (let i = 0; i < store.facts.size && cur.supersededBy; i++) {
    const next = store.facts.get(cur.supersededBy);
    if (!next) break;
    cur = next;
  }
  return cur;
}
