import type { FactStore } from './types.ts';

export function emptyStore(): FactStore {
  return { entities: new Map(), facts: new Map(), byEntityMeasure: new Map(), problems: [], files: [] };
}
