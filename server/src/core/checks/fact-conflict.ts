// A claim incompatible with the newest non-superseded fact of the store for the same subject, measure, period and scope.
import type { CheckDefinition } from './types.ts';
import { consistency } from './consistency.ts';

export const factConflict: CheckDefinition = {
  code: 'fact-conflict',
  defaultSeverity: 'warning',
  description: {
    en: 'A figure disagrees with the newest verified fact in the fact store (with its date and source).',
    zh: '数字与事实库中最新的已核实事实不符（附日期与来源）。',
  },
  run: (ctx) => consistency(ctx).fact,
};
