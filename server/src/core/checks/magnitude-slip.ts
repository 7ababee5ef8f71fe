// A figure a thousandfold or ten-thousandfold off the same subject's other figures (draft, other drafts, store).
import type { CheckDefinition } from './types.ts';
import { consistency } from './consistency.ts';

export const magnitudeSlip: CheckDefinition = {
  code: 'magnitude-slip',
  defaultSeverity: 'warning',
  description: {
    en: 'A figure is about 1,000 or 10,000 times off the same subject\'s other figures (MW/GW, million/billion, 万/亿 mixed up).',
    zh: '数字与同一对象的其他数字相差约一千或一万倍（兆瓦/千兆瓦、万/亿等混淆）。',
  },
  run: (ctx) => consistency(ctx).magnitude,
};
