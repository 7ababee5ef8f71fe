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
  operating_income: ['money'],
  ebitda: ['money'],
  price: ['money'],
  spending: ['money'],
  operating_expenses: ['money'],
  compute_spend: ['money'],
  rd_spending: ['money'],
  power: ['power'],
  power_capacity: ['power'],
  energy_use: ['energy'],
  chip_power: ['power'],
  gpu_count: ['count'],
  gpu_equivalents: ['count'],
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
  utilization: ['percent'],
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

/** Number formats first (they say the most), then the use a figure is quoted for. */
const PRECISIONS: [RegExp, string][] = [
  [/\b(?:NV)?FP4\b/i, 'fp4'],
  [/\b(?:FP|INT)8\b/i, 'fp8'],
  [/\b(?:FP|BF)16\b|半精度|half[- ]precision/i, 'fp16'],
  [/\bTF32\b/i, 'tf32'],
  // (单精度: "其单精度浮点运算能力可达12TFLOPS" is FP32, never a stored FP8 or FP4 rate.)
  [/\bFP32\b|单精度|單精度|single[- ]precision/i, 'fp32'],
  [/\bFP64\b|双精度|雙精度|double[- ]precision/i, 'fp64'],
  [/训练|訓練|\btraining\b/i, 'training'],
  [/推理|\binference\b/i, 'inference'],
];

/** The precision or use a compute figure's clause (or a fact's scope) names, as a scope ("fp4", "training"). */
export function computePrecision(clause: string): string | undefined {
  for (const [re, key] of PRECISIONS) if (re.test(clause)) return key;
  return undefined;
}

/** Which compute precisions each use is quoted at: training at 8 and 16 bits, inference at 4 and 8. */
export const PRECISIONS_OF_USE: Record<string, string[]> = { training: ['fp8', 'fp16', 'tf32'], inference: ['fp4', 'fp8'] };
