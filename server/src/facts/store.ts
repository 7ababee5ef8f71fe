// Merge parsed fact files into one indexed store. Later layers (the workspace) win over earlier
// ones (the bundled default) on the same entity or fact id; within one layer a repeated id is an error.
import type { Fact, FactStore, StoreProblem } from '../core/types.ts';
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
    // An id already in the store is a duplicate if this layer put it there, and an override if an
    // earlier layer did (the store holds the first definition of each id in this layer).
    const earlierEntities = store.entities.size ? new Set(store.entities.values()) : undefined;
    const earlierFacts = store.facts.size ? new Set(store.facts.values()) : undefined;
    for (const { path, parsed } of layer.files) {
      store.files.push(path);
      for (let i = 0; i < parsed.problems.length; i++) problems.push(parsed.problems[i]);
      for (let i = 0; i < parsed.entities.length; i++) {
        const entity = parsed.entities[i];
        const previous = store.entities.get(entity.id);
        if (previous && !earlierEntities?.has(previous)) {
          problems.push(duplicateId('Entity', entity, previous));
          continue;
        }
        if (previous) {
          // A workspace entity replaces the bundled one but keeps its facts unless redefined.
          for (const factId of previous.factIds) if (!entity.factIds.includes(factId)) entity.factIds.push(factId);
        }
        store.entities.set(entity.id, entity);
      }
      for (let i = 0; i < parsed.facts.length; i++) {
        const fact = parsed.facts[i];
        const previous = store.facts.get(fact.id);
        if (previous && !earlierFacts?.has(previous)) {
          problems.push(duplicateId('Fact', fact, previous));
          continue;
        }
        store.facts.set(fact.id, fact);
      }
    }
  }
  // The facts in store order, once (cheaper to walk than the map, several times).
  const all = Array.from(store.facts.values());
  linkSupersession(store, all);
  indexFacts(store, all);
  checkReferences(store);
  return store;
}

function linkSupersession(store: FactStore, all: Fact[]): void {
  const facts = store.facts;
  let chained: Fact[] | undefined;
  for (let i = 0; i < all.length; i++) {
    const fact = all[i];
    fact.supersedes = [];
    if (fact.supersededBy) (chained ??= []).push(fact);
  }
  if (!chained) return;
  for (const fact of chained) {
    const newer = facts.get(fact.supersededBy!);
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
  // Cycles: each fact has at most one successor, so follow each chain once, marking the facts on
  // it as done; a chain that comes back to a fact of the current walk has found a loop.
  const next = (f: Fact) => (f.supersededBy ? facts.get(f.supersededBy) : undefined);
  const WALKING = 1, DONE = 2, ON_CYCLE = 3;
  const state = new Map<Fact, number>();
  let cycles = false;
  for (const start of chained) {
    if (state.has(start)) continue;
    const path: Fact[] = [];
    let cur: Fact | undefined = start;
    while (cur && !state.has(cur)) {
      state.set(cur, WALKING);
      path.push(cur);
      cur = next(cur);
    }
    const loopAt = cur && state.get(cur) === WALKING ? path.indexOf(cur) : path.length;
    for (let i = 0; i < path.length; i++) state.set(path[i], i >= loopAt ? ON_CYCLE : DONE);
    if (loopAt < path.length) cycles = true;
  }
  if (!cycles) return;
  // One problem for each fact on a loop, in store order, naming the loop from that fact.
  for (let i = 0; i < all.length; i++) {
    const fact = all[i];
    if (state.get(fact) !== ON_CYCLE) continue;
    const ids = [fact.id];
    for (let cur = next(fact)!; cur !== fact; cur = next(cur)!) ids.push(cur.id);
    store.problems.push({
      file: fact.file, line: fact.line, column: 0, code: 'store-cyclic-supersession', severity: 'error',
      message: `Supersession of ${fact.id} loops back to itself (${ids.join(' → ')} → ${fact.id}).`,
    });
  }
  // Break cycles so that later walks terminate.
  for (const p of store.problems) {
    if (p.code !== 'store-cyclic-supersession') continue;
    const id = /Supersession of (\S+)/.exec(p.message)?.[1];
    const f = id ? facts.get(id) : undefined;
    if (f) f.supersededBy = undefined;
  }
}

/** Newest first; equal dates keep their order (a stable insertion sort: the lists are short). */
function sortByDateDesc(list: Fact[]): void {
  if (list.length > 16) {
    list.sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0));
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const f = list[i];
    let j = i - 1;
    while (j >= 0 && list[j].asOf < f.asOf) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = f;
  }
}

function indexFacts(store: FactStore, all: Fact[]): void {
  let lastEntity: string | undefined;
  let byMeasure: Map<string, Fact[]> | undefined;
  for (let i = 0; i < all.length; i++) {
    const fact = all[i];
    if (fact.entityId !== lastEntity || !byMeasure) {
      lastEntity = fact.entityId;
      byMeasure = store.byEntityMeasure.get(fact.entityId);
      if (!byMeasure) store.byEntityMeasure.set(fact.entityId, (byMeasure = new Map()));
    }
    const list = byMeasure.get(fact.measure);
    if (!list) byMeasure.set(fact.measure, [fact]);
    else list.push(fact);
  }
  for (const byMeasure of store.byEntityMeasure.values()) for (const list of byMeasure.values()) if (list.length > 1) sortByDateDesc(list);
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

type Located = { id: string; file: string; line: number };

/** An id defined twice within one layer (across layers, the later one overrides). */
function duplicateId(what: 'Entity' | 'Fact', item: Located, previous: Located): StoreProblem {
  return {
    file: item.file, line: item.line, column: 0, code: 'store-duplicate-id', severity: 'error',
    message: `${what} id "${item.id}" is already defined in ${previous.file}:${previous.line + 1}.`,
  };
}
