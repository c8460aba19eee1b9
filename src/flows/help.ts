import type { Flow } from './types.ts';
import { result } from './types.ts';

export const helpFlow: Flow = {
  name: 'help',
  menu: { order: 90, label: (ctx) => ctx.t('helpLabel') },
  start: (ctx) => result(null, [{ text: ctx.t('help') }]),
  step: (_state, _input, ctx) => result(null, [{ text: ctx.t('help') }]),
};
