// Enrolment: her intent to register, the follow-up "Sudah daftar?" some days
// later, and what stood in her way, as codes.
import { addDays } from 'date-fns';
import { formatFigure } from '../../content/bpjs/render.ts';
import { parseChoice, parseYesNo } from '../../parse/choice.ts';
import { type Translator, translator } from '../messages/index.ts';
import type { ConvState, Effect, FlowContext, Input, StepResult } from '../types.ts';
import { need } from '../types.ts';
import { at, content, day, OBSTACLE_BY_NUMBER, PROGRAM_LABEL, reask, say, texts } from './common.ts';
import { back, bpjsMenu } from './menu.ts';
import type { BpjsOverview, OpenIntent, Program } from './model.ts';
import { PROGRAMS } from './model.ts';
import type { After, StepData } from './state.ts';

/** The open intent whose follow-up is due, earliest first. */
export function dueFollowUp(ov: BpjsOverview, now: Date): OpenIntent | null {
  const nowIso = now.toISOString();
  const due = ov.openIntents
    .filter((i) => i.followUpDue !== null && i.followUpDue <= nowIso)
    .sort((a, b) => a.followUpDue!.localeCompare(b.followUpDue!));
  return due[0] ?? null;
}

export function chooseIntent(ctx: FlowContext): StepResult {
  const lines = PROGRAMS.map((p, i) => `${i + 1} ${ctx.t(PROGRAM_LABEL[p])}`).join('\n');
  return at({ step: 'intentChoose', programs: [...PROGRAMS], after: 'bpjs' }, [
    { text: ctx.t('intentChoose', { lines, days: content(ctx).settings.followUpDays }) },
  ]);
}

function recordIntent(ctx: FlowContext, program: Program, after: After): StepResult {
  const ov = ctx.facts.bpjsOverview;
  if (ov === undefined) return need('bpjsOverview');
  const label = ctx.t(PROGRAM_LABEL[program]);
  const open = ov.openIntents.find((i) => i.program === program && i.followUpDue);
  if (open)
    return back(after, ctx, [{ text: ctx.t('intentExists', { program: label, date: day(open.followUpDue!) }) }]);
  const due = addDays(ctx.now, content(ctx).settings.followUpDays);
  return back(
    after,
    ctx,
    [{ text: ctx.t('intentSaved', { program: label, date: day(due) }) }],
    [{ type: 'recordEnrolmentIntent', program, followUpDue: due.toISOString() }],
  );
}

export function intentStep(s: StepData<'intentOffer' | 'intentChoose'>, input: Input, ctx: FlowContext): StepResult {
  const { programs, after } = s;
  const n = parseChoice(input.text);
  if (n === 0 || (n === null && parseYesNo(input.text) === 'no')) {
    return s.step === 'intentChoose' ? bpjsMenu(ctx) : back(after, ctx, [{ text: ctx.t('intentNotNow') }]);
  }
  const program = n !== null ? programs[n - 1] : undefined;
  if (!program) {
    const lines = programs.map((p, i) => `${i + 1} ${ctx.t(PROGRAM_LABEL[p])}`).join('\n');
    return at(s, [{ text: `${ctx.t('chooseNumberOrZero', { max: programs.length })}\n${lines}` }]);
  }
  return recordIntent(ctx, program, after);
}

export function askFollowUp(t: Translator, intent: OpenIntent, after: After): StepResult {
  return at({ step: 'followUp', intentId: intent.id, program: intent.program, since: intent.createdAt, after }, [
    { text: t('followUpAsk', { program: t(PROGRAM_LABEL[intent.program]), date: day(intent.createdAt) }) },
  ]);
}

/**
 * "Sudah daftar?" as a scheduler sends it (see dueEnrolmentFollowUps): the
 * text to queue and the conversation state that understands her answer.
 */
export function followUpTurn(intent: OpenIntent, lang: string): { state: ConvState; text: string } {
  const r = askFollowUp(translator(lang), intent, 'main');
  return { state: r.state!, text: r.replies[0]!.text };
}

type FollowUpData = StepData<'followUp' | 'obstacle' | 'obstacleOther' | 'followAgain'>;

function followUpEffect(
  s: FollowUpData,
  answer: 'registered' | 'not_yet' | 'gave_up' | 'skipped',
  nextDue: string | null,
): Effect {
  return {
    type: 'recordEnrolmentFollowUp',
    intentId: s.intentId,
    answer,
    obstacle: s.step === 'followAgain' ? s.obstacle : null,
    note: s.step === 'followAgain' ? (s.note ?? null) : null,
    nextDue,
  };
}

/** Registration changes her coverage: that is a status row too (a PBI application is decided later). */
function registeredStatus(program: Program): Effect[] {
  if (program === 'jkn_pbi') return [];
  const answers =
    program === 'bpjs_tk'
      ? [{ scheme: 'bpjs_tk' as const, status: 'active' as const }]
      : [{ scheme: 'jkn' as const, status: 'mandiri' as const }];
  return [{ type: 'recordProtectionStatus', answers, via: 'followup' }];
}

/** What helps with what stood in her way; then, unless she gave up, whether to ask again later. */
function afterObstacle(ctx: FlowContext, s: StepData<'followAgain'>): StepResult {
  const help = say(ctx, texts(ctx).obstacles[s.obstacle]);
  if (s.answer === 'gave_up')
    return back(s.after, ctx, [{ text: help }, { text: ctx.t('gaveUpSaved') }], [followUpEffect(s, 'gave_up', null)]);
  return at(s, [{ text: help }, { text: ctx.t('followAgainAsk', { days: content(ctx).settings.followUpDays }) }]);
}

export function followUpStep(s: FollowUpData, input: Input, ctx: FlowContext): StepResult {
  const { after, program } = s;
  const later = addDays(ctx.now, content(ctx).settings.followUpDays);
  const n = /^(nanti|later)\b/.test(input.lower) ? 0 : parseChoice(input.text);
  const base = { intentId: s.intentId, program, since: s.since, after };
  switch (s.step) {
    case 'followUp': {
      const yn = n === null ? parseYesNo(input.text) : null;
      if (n === 1 || yn === 'yes' || /^sudah\b/.test(input.lower)) {
        const text =
          program === 'jkn_pbi'
            ? ctx.t('followUpApplied', { contact: formatFigure(content(ctx).figures.pandawa!, ctx.lang, ctx.t) })
            : ctx.t('followUpRegistered', { program: ctx.t(PROGRAM_LABEL[program]) });
        return back(after, ctx, [{ text }], [followUpEffect(s, 'registered', null), ...registeredStatus(program)]);
      }
      if (n === 2 || yn === 'no' || /^belum\b/.test(input.lower))
        return at({ step: 'obstacle', ...base, answer: 'not_yet' }, [{ text: ctx.t('obstacleAsk') }]);
      if (n === 3) return at({ step: 'obstacle', ...base, answer: 'gave_up' }, [{ text: ctx.t('obstacleAsk') }]);
      if (n === 0)
        return back(
          after,
          ctx,
          [{ text: ctx.t('followUpLater', { date: day(later) }) }],
          [followUpEffect(s, 'skipped', later.toISOString())],
        );
      return reask(
        s,
        ctx,
        3,
        ctx.t('followUpAsk', {
          program: ctx.t(PROGRAM_LABEL[program]),
          date: day(s.since || ctx.now.toISOString()),
        }),
      );
    }
    case 'obstacle': {
      const obstacle = n !== null ? OBSTACLE_BY_NUMBER[n - 1] : undefined;
      if (!obstacle) return reask(s, ctx, 5, ctx.t('obstacleAsk'));
      if (obstacle === 'other') return at({ ...s, step: 'obstacleOther' }, [{ text: ctx.t('obstacleOtherAsk') }]);
      return afterObstacle(ctx, { ...s, step: 'followAgain', obstacle, note: null });
    }
    case 'obstacleOther': {
      if (!/\p{L}{2,}/u.test(input.text)) return at(s, [{ text: ctx.t('obstacleOtherAsk') }]);
      return afterObstacle(ctx, { ...s, step: 'followAgain', obstacle: 'other', note: input.text.slice(0, 300) });
    }
    case 'followAgain': {
      const yn = parseYesNo(input.text);
      if (yn === 'yes')
        return back(
          after,
          ctx,
          [{ text: ctx.t('followAgainYes', { date: day(later) }) }],
          [followUpEffect(s, 'not_yet', later.toISOString())],
        );
      if (yn === 'no')
        return back(after, ctx, [{ text: ctx.t('followAgainNo') }], [followUpEffect(s, 'not_yet', null)]);
      return reask(s, ctx, 2, ctx.t('followAgainAsk', { days: content(ctx).settings.followUpDays }));
    }
  }
}
