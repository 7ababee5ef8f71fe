// Same subject, measure, time and scope stated with incompatible values in one draft.
import type { CheckDefinition } from './types.ts';
import { consistency } from './consistency.ts';

export const internalConflict: CheckDefinition = {
  code: 'internal-conflict',
  defaultSeverity: 'warning',
  description: {
    en: 'The same figure (subject, measure, period, scope) is stated with values that cannot both be true in this draft.',
    zh: '同一稿件中，同一对象、同一指标、同一时间和范围的数字互相矛盾。',
  },
  run: (ctx) => consistency(ctx).internal,
};
