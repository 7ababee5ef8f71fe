// The measures a claim or fact can be about, and the kind of figure each takes.
import type { FigureKind } from './types.ts';

export const MEASURE_KINDS: Record<string, FigureKind[]> = {
  investment: ['money'],
  cost: ['money'],
  capex: ['money'],
  revenue: ['money'],
  valuation: ['money'],
  funding: ['money'],
  contract_value: ['money'],
  commitment: ['money'],
  market_cap: ['money'],
  net_income: ['money'],
  price: ['money'],
  spending: ['money'],
  compute_spend: ['money'],
  power: ['power'],
  power_capacity: ['power'],
  energy_use: ['energy'],
  chip_power: ['power'],
  gpu_count: ['count'],
  chip_count: ['count'],
  server_count: ['count'],
  rack_count: ['count'],
  site_count: ['count'],
  data_center_count: ['count'],
  employees: ['count'],
  users: ['count'],
  count: ['count'],
  area: ['area'],
  stake: ['percent'],
  compute: ['compute'],
  memory: ['data'],
  bandwidth: ['bandwidth'],
  water_use: ['volume', 'mass'],
  growth: ['percent', 'ratio'],
  share: ['percent'],
  duration: ['duration'],
  year: ['year', 'date', 'period'],
};

export function isKnownMeasure(measure: string): boolean {
  return Object.prototype.hasOwnProperty.call(MEASURE_KINDS, measure);
}

/** Measures that mean the same thing for comparison purposes. */
export const MEASURE_FAMILY: Record<string, string> = {
  power_capacity: 'power',
};

export function measureFamily(measure: string): string {
  return MEASURE_FAMILY[measure] ?? measure;
}
