// Looking up what the store knows about a claim. Pure: the store is plain data.
import type { Claim, Fact, FactStore, Qualifier } from './types.ts';
import { measureFamily } from './measures.ts';

/** Comparison interval for a value with a qualifier (docs/figures.md, "Qualifiers and bounds"). */
export function interval(value: number | null, low: number | null, high: number | null, qualifier: Qualifier): [number, number] {
  switch (qualifier) {
    case 'exact':
      return value == null ? [low ?? -Infinity, high ?? Infinity] : [value, value];
    case 'about':
      return value == null ? [low ?? -Infinity, high ?? Infinity] : [low ?? value * 0.9, high ?? value * 1.1];
    case 'nearly':
      return value == null ? [low ?? -Infinity, high ?? Infinity] : [low ?? value * 0.9, high ?? value];
    case 'more-than':
    case 'at-least':
      return [low ?? value ?? -Infinity, high ?? Infinity];
    case 'up-to':
    case 'less-than':
    case 'at-most':
      return [low ?? -Infinity, high ?? value ?? Infinity];
    case 'range':
    case 'vague':
      return [low ?? value ?? -Infinity, high ?? value ?? Infinity];
  }
}

export function factInterval(fact: Fact): [number, number] {
  return interval(fact.value, fact.low, fact.high, fact.qualifier);
}

/** Facts about the claim's subject and measure, newest first. */
export function factsFor(store: FactStore, subject: string | null, measure: string | null): Fact[] {
  if (!subject || !measure) return [];
  const byMeasure = store.byEntityMeasure.get(subject);
  if (!byMeasure) return [];
  const family = measureFamily(measure);
  const out: Fact[] = [];
  for (const [m, facts] of byMeasure) if (measureFamily(m) === family) out.push(...facts);
  return out.sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0));
}

export function factsForClaim(store: FactStore, claim: Claim): Fact[] {
  return factsFor(store, claim.subject, claim.measure);
}

/** All facts of an entity, newest first. */
export function factsOfEntity(store: FactStore, entityId: string): Fact[] {
  const entity = store.entities.get(entityId);
  if (!entity) return [];
  return entity.factIds
    .map((id) => store.facts.get(id))
    .filter((f): f is Fact => !!f)
    .sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0));
}
