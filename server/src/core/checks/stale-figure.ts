// A claim that matches a fact which a newer fact supersedes.
import type { CheckDefinition } from './types.ts';
import { consistency } from './consistency.ts';

export const staleFigure: CheckDefinition = {
  code: 'stale-figure',
  defaultSeverity: 'information',
  description: {
    en: 'A figure matches an older fact that a newer one supersedes; the message names the newer figure.',
    zh: '数字对应的是已被更新的旧数据；提示中给出最新数字、日期与来源。',
  },
  run: (ctx) => consistency(ctx).stale,
};
