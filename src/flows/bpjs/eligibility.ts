// Eligibility: a few questions about her cover, then her next concrete step.

import { formatRupiah } from '../../content/bpjs/render.ts';
import type { JknStatus, TkStatus } from '../../content/bpjs/schema.ts';
import { parseChoice, parseYesNo } from '../../parse/choice.ts';
import type { Effect, FlowContext, Input, Reply, StepResult } from '../types.ts';
import { need } from '../types.ts';
import { at, content, PROGRAM_LABEL, reask, say, texts } from './common.ts';
import { costSharePermille, formatPermille } from './cost-share.ts';
import { back } from './menu.ts';
import type { Program, StatusVia } from './model.ts';
import type { After, StepData } from './state.ts';

export function startEligibility(ctx: FlowContext, via: StatusVia, after: After, intro: Reply[] = []): StepResult {
  return at({ step: 'eligHealth', via, after }, [...intro, { text: ctx.t('eligHealth') }]);
}

function costLine(ctx: FlowContext, figure: string): Reply[] {
  const earnings = ctx.facts.monthlyEarnings;
  const f = content(ctx).figures[figure];
  if (!earnings || !f) return [];
  const cost = formatRupiah(f.value as number, ctx.lang, ctx.t);
  const shown = formatRupiah(earnings.netIdr, ctx.lang, ctx.t);
  const permille = costSharePermille(f.value as number, earnings.netIdr);
  if (permille === null) return [{ text: ctx.t('costShareNone') }];
  if (permille === 0) return [{ text: ctx.t('costShareTiny', { cost, earnings: shown }) }];
  if (permille >= 1000) return [{ text: ctx.t('costShareOver', { cost, earnings: shown }) }];
  return [{ text: ctx.t('costShare', { cost, earnings: shown, share: formatPermille(permille, ctx.lang) }) }];
}

/** What she could register for, given her answers. */
function programsFor(jkn: JknStatus, tk: TkStatus): Program[] {
  const out: Program[] = [];
  if (tk === 'none' || tk === 'inactive') out.push('bpjs_tk');
  if (jkn === 'none' || jkn === 'mandiri_arrears') out.push('jkn_pbi');
  if (jkn === 'none') out.push('jkn_mandiri');
  return out;
}

function eligibilityResult(ctx: FlowContext, s: StepData<'eligWork'>, tk: TkStatus): StepResult {
  const { jkn, after, via } = s;
  const withCost = jkn === 'none' || tk === 'none' || tk === 'inactive';
  if (withCost && ctx.facts.monthlyEarnings === undefined) return need('monthlyEarnings');
  const advice = texts(ctx).advice;
  const effects: Effect[] = [
    {
      type: 'recordProtectionStatus',
      answers: [
        { scheme: 'jkn', status: jkn },
        { scheme: 'bpjs_tk', status: tk },
      ],
      via,
    },
  ];
  // Her own earnings make the cheapest package concrete: one share line, for the scheme she lacks.
  const share =
    tk === 'none' || tk === 'inactive'
      ? costLine(ctx, 'bpuCheapest')
      : jkn === 'none'
        ? costLine(ctx, 'jknClass3')
        : [];
  const replies: Reply[] = [{ text: say(ctx, advice.jkn[jkn]) }, { text: say(ctx, advice.bpjs_tk[tk]) }, ...share];
  const programs = programsFor(jkn, tk);
  if (!programs.length) return back(after, ctx, replies, effects);
  const days = content(ctx).settings.followUpDays;
  const lines = programs.map((p, i) => `${i + 1} ${ctx.t(PROGRAM_LABEL[p])}`).join('\n');
  return at(
    { step: 'intentOffer', programs, after },
    [...replies, { text: ctx.t('intentOffer', { lines, days }) }],
    effects,
  );
}

export function eligibilityStep(
  s: StepData<'eligHealth' | 'eligMandiri' | 'eligWork'>,
  input: Input,
  ctx: FlowContext,
): StepResult {
  const n = parseChoice(input.text);
  const { via, after } = s;
  switch (s.step) {
    case 'eligHealth': {
      const jkn = ([null, 'pbi', 'mandiri', 'none', 'unknown'] as const)[n ?? 0] ?? null;
      if (!jkn) return reask(s, ctx, 4, ctx.t('eligHealth'));
      if (jkn === 'mandiri') return at({ step: 'eligMandiri', via, after }, [{ text: ctx.t('eligMandiri') }]);
      return at({ step: 'eligWork', via, after, jkn }, [{ text: ctx.t('eligWork') }]);
    }
    case 'eligMandiri': {
      const yn = parseYesNo(input.text);
      if (!yn) return reask(s, ctx, 2, ctx.t('eligMandiri'));
      const jkn: JknStatus = yn === 'yes' ? 'mandiri' : 'mandiri_arrears';
      return at({ step: 'eligWork', via, after, jkn }, [{ text: ctx.t('eligWork') }]);
    }
    case 'eligWork': {
      const tk = ([null, 'active', 'inactive', 'none', 'unknown'] as const)[n ?? 0] ?? null;
      if (!tk) return reask(s, ctx, 4, ctx.t('eligWork'));
      return eligibilityResult(ctx, s, tk);
    }
  }
}
