// The draft contradicts another draft of the workspace about the same subject, measure, time and scope.
import type { CheckDefinition } from './types.ts';
import { consistency } from './consistency.ts';

export const crossDraftConflict: CheckDefinition = {
  code: 'cross-draft-conflict',
  defaultSeverity: 'warning',
  description: {
    en: 'A figure contradicts another draft of the workspace about the same subject, measure, period and scope.',
    zh: '数字与工作区内另一篇稿件中同一对象、同一指标、同一时间和范围的数字矛盾。',
  },
  run: (ctx) => consistency(ctx).crossDraft,
};
