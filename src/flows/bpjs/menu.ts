// The BPJS menu, and the way back to it (or to the main menu) after a step.
import type { Effect, FlowContext, Reply, StepResult } from '../types.ts';
import { result } from '../types.ts';
import { at, texts } from './common.ts';
import type { After } from './state.ts';

export function bpjsMenu(ctx: FlowContext): StepResult {
  const items = [
    ctx.t('bpjsItemCheck'),
    ...texts(ctx).topics.map((t) => t.title),
    ctx.t('bpjsItemIntent'),
    ctx.t('bpjsItemAsk'),
  ];
  return at({ step: 'menu' }, [
    {
      text: ctx.t('bpjsMenu', { lines: items.map((l, i) => `${i + 1} ${l}`).join('\n') }),
      options: [...items.map((label, i) => ({ key: String(i + 1), label })), { key: '0', label: ctx.t('back') }],
    },
  ]);
}

export function back(after: After, ctx: FlowContext, replies: Reply[], effects: Effect[] = []): StepResult {
  if (after === 'main') return { ...result(null, replies, effects), goto: { flow: 'menu' } };
  const menu = bpjsMenu(ctx);
  return { ...menu, replies: [...replies, ...menu.replies], effects };
}
