// GABUNG <kode>: a worker joins an NGO group with the code her organiser gave her.
import type { ConvState, Flow, FlowContext, StepResult } from './types.ts';
import { need, result } from './types.ts';

declare module './types.ts' {
  interface EffectMap {
    joinGroup: { groupId: number };
  }
  interface FactMap {
    /** Groups that can be joined by code, and whether she is in each. */
    joinCodes: { groupId: number; name: string; code: string; member: boolean }[];
  }
}

const JOIN = /^(gabung|join)\b\s*(.*)$/;

function codeOf(text: string): string {
  const m = JOIN.exec(text.toLowerCase());
  return (m ? m[2]! : text).trim().replace(/\s+/g, '').toUpperCase();
}

function decide(code: string, ctx: FlowContext): StepResult {
  const codes = ctx.facts.joinCodes;
  if (!codes) return need('joinCodes');
  const g = codes.find((c) => c.code === code);
  if (!g) return result(null, [{ text: ctx.t('joinUnknown', { code }) }]);
  if (g.member) return result(null, [{ text: ctx.t('joinAlready', { name: g.name }) }]);
  return result(null, [{ text: ctx.t('joinDone', { name: g.name }) }], [{ type: 'joinGroup', groupId: g.groupId }]);
}

const ask: ConvState = { flow: 'join', step: 'code', data: {} };

export const joinFlow: Flow = {
  name: 'join',
  quick(input) {
    const m = JOIN.exec(input.lower);
    return m ? { code: codeOf(input.text) } : null;
  },
  start(ctx, args) {
    const code = typeof args?.code === 'string' ? args.code : '';
    if (!code) return result(ask, [{ text: ctx.t('joinAskCode') }]);
    return decide(code, ctx);
  },
  step(_state, input, ctx) {
    const code = codeOf(input.text);
    if (!code) return result(ask, [{ text: ctx.t('joinAskCode') }]);
    return decide(code, ctx);
  },
};
