// The BPJS guide: a menu of paged topics from the content files, the
// eligibility conversation, the enrolment journey and TANYA. Pure: content is
// read-only data, and what the database knows arrives as facts.
import { addDays, addMonths } from 'date-fns';
import type { BpjsContent } from '../../content/bpjs/load.ts';
import { fill, formatFigure, formatRupiah, textsFor } from '../../content/bpjs/render.ts';
import type { JknStatus, Obstacle, TkStatus } from '../../content/bpjs/schema.ts';
import { bpjsContent } from '../../content/bpjs/store.ts';
import { showDay, wibDate } from '../../core/time.ts';
import { parseChoice, parseYesNo } from '../../parse/choice.ts';
import { type MessageKey, type Translator, translator } from '../messages/index.ts';
import type { ConvState, Effect, Flow, FlowContext, Input, Reply, StepResult } from '../types.ts';
import { need, result, resumeOf } from '../types.ts';
import { costSharePermille, formatPermille } from './cost-share.ts';
import type { BpjsOverview, OpenIntent, Program, StatusCode, StatusVia } from './model.ts';
import { PROGRAMS } from './model.ts';
import {
  type GuideNeed,
  type GuidePlace,
  type GuideQuestion,
  type GuideScheme,
  guidePlace,
  readGuideQuestion,
} from './questions.ts';

/** After a side question (follow-up, re-check) she goes back to where she came from. */
type After = 'bpjs' | 'main';

const st = (step: string, data: Record<string, unknown> = {}): ConvState => ({ flow: 'bpjs', step, data });

const content = (): BpjsContent => bpjsContent();
const say = (ctx: FlowContext, text: string) => fill(text, content(), ctx.lang, ctx.t);
const texts = (ctx: FlowContext) => textsFor(content(), ctx.lang);

// "TANYA apa itu JHT?" / "ask ..." at any point of this flow or while idle.
const TANYA = /^(?:tanya|ask)(?:\b[\s:,.?!-]*)([\s\S]*)$/i;
// Money as she records it: "35rb", "1.500", "2 jt", "16800".
const AMOUNT = /\d+(?:[.,]\d{3})+|\d+\s*(?:rb|ribu|rebu|ewu|k|jt|juta)\b|\d{4,}/;
// How a conversation is usually opened: the moment to ask what is due.
const OPENER =
  /^(halo+|hal+o|hai+|hi+|hello|hey|helo|p+|pagi|siang|sore|malam|assalamu.?alaikum|ass?alamualaikum|salam|permisi|selamat (pagi|siang|sore|malam)|\/start)\b/;

const PROGRAM_LABEL: Record<Program, MessageKey> = {
  bpjs_tk: 'programTk',
  jkn_pbi: 'programPbi',
  jkn_mandiri: 'programMandiri',
};
const JKN_LABEL: Record<JknStatus, MessageKey> = {
  pbi: 'statusPbi',
  mandiri: 'statusMandiri',
  mandiri_arrears: 'statusMandiriArrears',
  none: 'statusNoneJkn',
  unknown: 'statusUnknown',
};
const TK_LABEL: Record<TkStatus, MessageKey> = {
  active: 'statusActive',
  inactive: 'statusInactive',
  none: 'statusNoneTk',
  unknown: 'statusUnknown',
};
const OBSTACLE_BY_NUMBER: Obstacle[] = ['documents', 'cost', 'family', 'dont_know_how', 'other'];

const day = (iso: string | Date) => showDay(wibDate(new Date(iso)));

/** The open intent whose follow-up is due, earliest first. */
export function dueFollowUp(ov: BpjsOverview, now: Date): OpenIntent | null {
  const nowIso = now.toISOString();
  const due = ov.openIntents
    .filter((i) => i.followUpDue !== null && i.followUpDue <= nowIso)
    .sort((a, b) => a.followUpDue!.localeCompare(b.followUpDue!));
  return due[0] ?? null;
}

/** Her status is asked again when her newest answer is `months` old. */
export function recheckDue(ov: BpjsOverview, now: Date, months: number): boolean {
  return ov.latest !== null && addMonths(new Date(ov.latest.at), months).getTime() <= now.getTime();
}

function back(after: After, ctx: FlowContext, replies: Reply[], effects: Effect[] = []): StepResult {
  if (after === 'main') return { ...result(null, replies, effects), goto: { flow: 'menu' } };
  const menu = bpjsMenu(ctx);
  return { ...menu, replies: [...replies, ...menu.replies], effects };
}

// ---- The menu and the paged topics

export function bpjsMenu(ctx: FlowContext): StepResult {
  const items = [
    ctx.t('bpjsItemCheck'),
    ...texts(ctx).topics.map((t) => t.title),
    ctx.t('bpjsItemIntent'),
    ctx.t('bpjsItemAsk'),
  ];
  return result(st('menu'), [
    {
      text: ctx.t('bpjsMenu', { lines: items.map((l, i) => `${i + 1} ${l}`).join('\n') }),
      options: [...items.map((label, i) => ({ key: String(i + 1), label })), { key: '0', label: ctx.t('back') }],
    },
  ]);
}

function showPage(ctx: FlowContext, key: string, page: number): StepResult {
  const topic = texts(ctx).topics.find((t) => t.key === key);
  // The content may have been edited while she was reading.
  if (!topic) return bpjsMenu(ctx);
  const total = topic.pages.length;
  const n = Math.max(0, Math.min(page, total - 1));
  const last = n === total - 1;
  const footer =
    total === 1
      ? ctx.t('pageOnly')
      : last
        ? ctx.t('pageLast', { n: n + 1, total })
        : ctx.t('pageMore', { n: n + 1, total });
  const options = last
    ? [{ key: '0', label: ctx.t('back') }]
    : [
        { key: '1', label: ctx.t('next') },
        { key: '0', label: ctx.t('back') },
      ];
  return result(st('page', { topic: key, page: n }), [{ text: `${say(ctx, topic.pages[n]!)}\n\n${footer}`, options }]);
}

/** Free text a worker would expect an answer to (not "ok" or "hmm"). */
function looksLikeQuestion(input: Input): boolean {
  const words = input.lower.match(/\p{L}{2,}/gu) ?? [];
  return input.text.endsWith('?') ? words.length >= 1 : words.length >= 2 && input.text.length >= 8;
}

function excerpt(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Inside the guide, a reply the bot does not understand may be a question for the NGO's staff. */
function notUnderstood(state: ConvState, input: Input, ctx: FlowContext, prompt: string): StepResult {
  if (!looksLikeQuestion(input)) return result(state, [{ text: prompt }]);
  const context = state.step === 'page' ? `guide:${String(state.data.topic)}` : 'guide:menu';
  return result(st('tanyaConfirm', { text: input.text, context }), [
    { text: ctx.t('tanyaOffer', { text: excerpt(input.text) }) },
  ]);
}

function menuStep(state: ConvState, input: Input, ctx: FlowContext): StepResult {
  const topics = texts(ctx).topics;
  const max = topics.length + 3;
  const n = parseChoice(input.text);
  if (n === 0 || /^(kembali|back)$/.test(input.lower)) return { ...result(null), goto: { flow: 'menu' } };
  if (n === 1) return startEligibility(ctx, 'guide', 'bpjs');
  if (n !== null && n >= 2 && n <= topics.length + 1) return showPage(ctx, topics[n - 2]!.key, 0);
  if (n === topics.length + 2) return chooseIntent(ctx);
  if (n === topics.length + 3) return tanyaStart(ctx, '');
  if (n === null) {
    const guide = guideAnswer(readGuideQuestion(input.text), ctx);
    if (guide) return guide;
  }
  return notUnderstood(state, input, ctx, ctx.t('bpjsChoose', { max }));
}

function pageStep(state: ConvState, input: Input, ctx: FlowContext): StepResult {
  const n = /^(lanjut|next|more|terus|l)$/.test(input.lower) ? 1 : parseChoice(input.text);
  const key = String(state.data.topic);
  const page = Number(state.data.page ?? 0);
  if (n === 0 || /^(kembali|back)$/.test(input.lower)) return bpjsMenu(ctx);
  if (n === 1) {
    const topic = texts(ctx).topics.find((t) => t.key === key);
    if (!topic || page + 1 >= topic.pages.length) return bpjsMenu(ctx);
    return showPage(ctx, key, page + 1);
  }
  if (n === null) {
    const guide = guideAnswer(readGuideQuestion(input.text), ctx);
    if (guide) return guide;
  }
  return notUnderstood(state, input, ctx, ctx.t('pageChoose'));
}

// ---- A free question about BPJS opens the page of the guide that answers it

function openGuide(ctx: FlowContext, place: GuidePlace): StepResult {
  if (!texts(ctx).topics.some((t) => t.key === place.topic)) return bpjsMenu(ctx);
  const page = showPage(ctx, place.topic, place.page);
  return { ...page, replies: [{ text: ctx.t('bpjsGuideFound') }, ...page.replies] };
}

function askScheme(ctx: FlowContext, needs: GuideNeed[]): StepResult {
  return result(st('guideScheme', { needs }), [
    {
      text: ctx.t('bpjsWhichScheme'),
      options: [
        { key: '1', label: ctx.t('programTk') },
        { key: '2', label: ctx.t('bpjsSchemeJkn') },
        { key: '0', label: ctx.t('bpjsMenuLabel') },
      ],
    },
  ]);
}

/**
 * The guide's answer to a question that names a scheme, or "which BPJS?" when
 * it names BPJS and what she wants to know only. A question that names neither
 * ("bisa bayar di Indomaret?") is not for the guide: it may go to the staff.
 */
function guideAnswer(q: GuideQuestion | null, ctx: FlowContext): StepResult | null {
  if (!q || q.forStaff || (!q.named && !q.schemes.length)) return null;
  const place = guidePlace(q);
  if (place) return openGuide(ctx, place);
  if (!q.schemes.length && q.needs.length) return askScheme(ctx, q.needs);
  return null;
}

function schemeStep(state: ConvState, input: Input, ctx: FlowContext): StepResult {
  const needs = (state.data.needs as GuideNeed[] | undefined) ?? [];
  const n = parseChoice(input.text);
  if (n === 0) return bpjsMenu(ctx);
  const scheme: GuideScheme | null = n === 1 ? 'tk' : n === 2 ? 'jkn' : null;
  const q = scheme
    ? { named: true, forStaff: false, schemes: [scheme], needs }
    : n === null
      ? readGuideQuestion(input.text)
      : null;
  if (q?.schemes.length) return guideAnswer({ ...q, needs: [...q.needs, ...needs] }, ctx) ?? bpjsMenu(ctx);
  return result(state, [{ text: `${ctx.t('chooseNumberOrZero', { max: 2 })}\n\n${ctx.t('bpjsWhichScheme')}` }]);
}

/** Her words while no conversation is open: a BPJS question, not an amount she is recording ("bayar bpjs 35rb"). */
function idleGuideQuestion(input: Input): GuideQuestion | null {
  if (AMOUNT.test(input.lower) || !/\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(input.lower)) return null;
  const q = readGuideQuestion(input.text);
  if (!q?.named || (!q.forStaff && !q.schemes.length && !q.needs.length)) return null;
  return q;
}

// ---- Eligibility: a few questions, then her next concrete step

function startEligibility(ctx: FlowContext, via: StatusVia, after: After, intro: Reply[] = []): StepResult {
  return result(st('eligHealth', { via, after }), [...intro, { text: ctx.t('eligHealth') }]);
}

function reask(state: ConvState, ctx: FlowContext, max: number, question: string): StepResult {
  return result(state, [{ text: `${ctx.t('chooseNumber', { max })}\n\n${question}` }]);
}

function costLine(ctx: FlowContext, figure: string): Reply[] {
  const earnings = ctx.facts.monthlyEarnings;
  const f = content().figures[figure];
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

function eligibilityResult(ctx: FlowContext, data: Record<string, unknown>, jkn: JknStatus, tk: TkStatus): StepResult {
  const withCost = jkn === 'none' || tk === 'none' || tk === 'inactive';
  if (withCost && ctx.facts.monthlyEarnings === undefined) return need('monthlyEarnings');
  const advice = texts(ctx).advice;
  const after = (data.after as After) ?? 'bpjs';
  const effects: Effect[] = [
    {
      type: 'recordProtectionStatus',
      answers: [
        { scheme: 'jkn', status: jkn },
        { scheme: 'bpjs_tk', status: tk },
      ],
      via: (data.via as StatusVia) ?? 'guide',
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
  const days = content().settings.followUpDays;
  const lines = programs.map((p, i) => `${i + 1} ${ctx.t(PROGRAM_LABEL[p])}`).join('\n');
  return result(
    st('intentOffer', { programs, after }),
    [...replies, { text: ctx.t('intentOffer', { lines, days }) }],
    effects,
  );
}

function eligibilityStep(state: ConvState, input: Input, ctx: FlowContext): StepResult {
  const n = parseChoice(input.text);
  const d = state.data;
  switch (state.step) {
    case 'eligHealth': {
      const jkn = ([null, 'pbi', 'mandiri', 'none', 'unknown'] as const)[n ?? 0] ?? null;
      if (!jkn) return reask(state, ctx, 4, ctx.t('eligHealth'));
      if (jkn === 'mandiri') return result(st('eligMandiri', d), [{ text: ctx.t('eligMandiri') }]);
      return result(st('eligWork', { ...d, jkn }), [{ text: ctx.t('eligWork') }]);
    }
    case 'eligMandiri': {
      const yn = parseYesNo(input.text);
      if (!yn) return reask(state, ctx, 2, ctx.t('eligMandiri'));
      const jkn: JknStatus = yn === 'yes' ? 'mandiri' : 'mandiri_arrears';
      return result(st('eligWork', { ...d, jkn }), [{ text: ctx.t('eligWork') }]);
    }
    default: {
      const tk = ([null, 'active', 'inactive', 'none', 'unknown'] as const)[n ?? 0] ?? null;
      if (!tk) return reask(state, ctx, 4, ctx.t('eligWork'));
      return eligibilityResult(ctx, d, d.jkn as JknStatus, tk);
    }
  }
}

// ---- Enrolment: intent, the follow-up "Sudah daftar?", obstacles as codes

function chooseIntent(ctx: FlowContext): StepResult {
  const lines = PROGRAMS.map((p, i) => `${i + 1} ${ctx.t(PROGRAM_LABEL[p])}`).join('\n');
  return result(st('intentChoose', { programs: [...PROGRAMS], after: 'bpjs' }), [
    { text: ctx.t('intentChoose', { lines, days: content().settings.followUpDays }) },
  ]);
}

function recordIntent(ctx: FlowContext, program: Program, after: After): StepResult {
  const ov = ctx.facts.bpjsOverview;
  if (ov === undefined) return need('bpjsOverview');
  const label = ctx.t(PROGRAM_LABEL[program]);
  const open = ov.openIntents.find((i) => i.program === program && i.followUpDue);
  if (open)
    return back(after, ctx, [{ text: ctx.t('intentExists', { program: label, date: day(open.followUpDue!) }) }]);
  const due = addDays(ctx.now, content().settings.followUpDays);
  return back(
    after,
    ctx,
    [{ text: ctx.t('intentSaved', { program: label, date: day(due) }) }],
    [{ type: 'recordEnrolmentIntent', program, followUpDue: due.toISOString() }],
  );
}

function intentStep(state: ConvState, input: Input, ctx: FlowContext): StepResult {
  const programs = (state.data.programs as Program[]) ?? [];
  const after = (state.data.after as After) ?? 'bpjs';
  const n = parseChoice(input.text);
  if (n === 0 || (n === null && parseYesNo(input.text) === 'no')) {
    return state.step === 'intentChoose' ? bpjsMenu(ctx) : back(after, ctx, [{ text: ctx.t('intentNotNow') }]);
  }
  const program = n !== null ? programs[n - 1] : undefined;
  if (!program) {
    const lines = programs.map((p, i) => `${i + 1} ${ctx.t(PROGRAM_LABEL[p])}`).join('\n');
    return result(state, [{ text: `${ctx.t('chooseNumberOrZero', { max: programs.length })}\n${lines}` }]);
  }
  return recordIntent(ctx, program, after);
}

function askFollowUp(t: Translator, intent: OpenIntent, after: After): StepResult {
  return result(st('followUp', { intentId: intent.id, program: intent.program, since: intent.createdAt, after }), [
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

function followUpEffect(
  d: Record<string, unknown>,
  answer: 'registered' | 'not_yet' | 'gave_up' | 'skipped',
  nextDue: string | null,
): Effect {
  return {
    type: 'recordEnrolmentFollowUp',
    intentId: Number(d.intentId),
    answer,
    obstacle: (d.obstacle as Obstacle | undefined) ?? null,
    note: (d.note as string | undefined) ?? null,
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

function afterObstacle(ctx: FlowContext, d: Record<string, unknown>): StepResult {
  const help = say(ctx, texts(ctx).obstacles[d.obstacle as Obstacle]);
  const after = (d.after as After) ?? 'bpjs';
  if (d.answer === 'gave_up')
    return back(after, ctx, [{ text: help }, { text: ctx.t('gaveUpSaved') }], [followUpEffect(d, 'gave_up', null)]);
  return result(st('followAgain', d), [
    { text: help },
    { text: ctx.t('followAgainAsk', { days: content().settings.followUpDays }) },
  ]);
}

function followUpStep(state: ConvState, input: Input, ctx: FlowContext): StepResult {
  const d = state.data;
  const after = (d.after as After) ?? 'bpjs';
  const program = d.program as Program;
  const later = addDays(ctx.now, content().settings.followUpDays);
  const n = /^(nanti|later)\b/.test(input.lower) ? 0 : parseChoice(input.text);
  switch (state.step) {
    case 'followUp': {
      const yn = n === null ? parseYesNo(input.text) : null;
      if (n === 1 || yn === 'yes' || /^sudah\b/.test(input.lower)) {
        const text =
          program === 'jkn_pbi'
            ? ctx.t('followUpApplied', { contact: formatFigure(content().figures.pandawa!, ctx.lang, ctx.t) })
            : ctx.t('followUpRegistered', { program: ctx.t(PROGRAM_LABEL[program]) });
        return back(after, ctx, [{ text }], [followUpEffect(d, 'registered', null), ...registeredStatus(program)]);
      }
      if (n === 2 || yn === 'no' || /^belum\b/.test(input.lower))
        return result(st('obstacle', { ...d, answer: 'not_yet' }), [{ text: ctx.t('obstacleAsk') }]);
      if (n === 3) return result(st('obstacle', { ...d, answer: 'gave_up' }), [{ text: ctx.t('obstacleAsk') }]);
      if (n === 0)
        return back(
          after,
          ctx,
          [{ text: ctx.t('followUpLater', { date: day(later) }) }],
          [followUpEffect(d, 'skipped', later.toISOString())],
        );
      return reask(
        state,
        ctx,
        3,
        ctx.t('followUpAsk', {
          program: ctx.t(PROGRAM_LABEL[program]),
          date: day(String(d.since ?? ctx.now.toISOString())),
        }),
      );
    }
    case 'obstacle': {
      const obstacle = n !== null ? OBSTACLE_BY_NUMBER[n - 1] : undefined;
      if (!obstacle) return reask(state, ctx, 5, ctx.t('obstacleAsk'));
      if (obstacle === 'other') return result(st('obstacleOther', d), [{ text: ctx.t('obstacleOtherAsk') }]);
      return afterObstacle(ctx, { ...d, obstacle });
    }
    case 'obstacleOther': {
      if (!/\p{L}{2,}/u.test(input.text)) return result(state, [{ text: ctx.t('obstacleOtherAsk') }]);
      return afterObstacle(ctx, { ...d, obstacle: 'other', note: input.text.slice(0, 300) });
    }
    default: {
      // followAgain
      const yn = parseYesNo(input.text);
      if (yn === 'yes')
        return back(
          after,
          ctx,
          [{ text: ctx.t('followAgainYes', { date: day(later) }) }],
          [followUpEffect(d, 'not_yet', later.toISOString())],
        );
      if (yn === 'no')
        return back(after, ctx, [{ text: ctx.t('followAgainNo') }], [followUpEffect(d, 'not_yet', null)]);
      return reask(state, ctx, 2, ctx.t('followAgainAsk', { days: content().settings.followUpDays }));
    }
  }
}

// ---- The status asked again after some months

function askRecheck(ctx: FlowContext, ov: BpjsOverview, after: After): StepResult {
  const latest = ov.latest!;
  const jkn = latest.jkn as StatusCode | null;
  const tk = latest.bpjs_tk as StatusCode | null;
  const known = (s: StatusCode | null, labels: Record<string, MessageKey>) => (s && labels[s] ? s : null);
  if (!known(jkn, JKN_LABEL) || !known(tk, TK_LABEL))
    return startEligibility(ctx, 'recheck', after, [{ text: ctx.t('recheckIntro') }]);
  return result(st('recheck', { after, jkn, tk }), [
    {
      text: ctx.t('recheckAsk', {
        date: day(latest.at),
        jkn: ctx.t(JKN_LABEL[jkn as JknStatus]),
        tk: ctx.t(TK_LABEL[tk as TkStatus]),
      }),
    },
  ]);
}

function recheckStep(state: ConvState, input: Input, ctx: FlowContext): StepResult {
  const d = state.data;
  const after = (d.after as After) ?? 'bpjs';
  const n = /^(lewati|skip|nanti|later)$/.test(input.lower) ? 0 : parseChoice(input.text);
  const record = (jkn: StatusCode, tk: StatusCode): Effect => ({
    type: 'recordProtectionStatus',
    answers: [
      { scheme: 'jkn', status: jkn },
      { scheme: 'bpjs_tk', status: tk },
    ],
    via: 'recheck',
  });
  if (n === 1)
    return back(after, ctx, [{ text: ctx.t('recheckSaved') }], [record(d.jkn as StatusCode, d.tk as StatusCode)]);
  if (n === 2) return startEligibility(ctx, 'recheck', after);
  // Skipping is an answer too: researchers see that she was asked and chose not to say.
  if (n === 0) return back(after, ctx, [{ text: ctx.t('recheckSkipped') }], [record('declined', 'declined')]);
  return result(state, [{ text: ctx.t('recheckChoose') }]);
}

// ---- TANYA: questions for the NGO's staff

/** The question after TANYA/ASK ("tanya: apa itu JHT?" -> "apa itu JHT?"), or null when it is not TANYA. */
export function tanyaText(text: string): string | null {
  const q = TANYA.exec(text);
  return q ? (q[1] ?? '') : null;
}

const isQuestion = (q: string) => q.length >= 5 && /\p{L}{2,}/u.test(q);

/** After a question typed in the middle of another flow, she goes back to it. */
function backTo(resume: ConvState | null, replies: Reply[], effects: Effect[], ctx: FlowContext): StepResult {
  if (!resume) return result(null, replies, effects);
  return result(resume, [...replies, { text: ctx.t('continueEntry') }], effects);
}

function tanyaStart(ctx: FlowContext, text: string, context = 'tanya', resume: ConvState | null = null): StepResult {
  const q = text.trim();
  if (isQuestion(q))
    return backTo(resume, [{ text: ctx.t('tanyaSaved') }], [{ type: 'storeQuestion', text: q, context }], ctx);
  return result(st('tanyaWrite', resume ? { context, resume } : {}), [
    { text: q ? ctx.t('tanyaTooShort') : ctx.t('tanyaAsk') },
  ]);
}

/**
 * TANYA typed in the middle of another flow, which stays open. A question is
 * shown back before it is sent: "tanya bos dulu" may be her answer to the
 * question she was asked, not a question for the staff.
 */
export function tanyaAside(text: string, resume: ConvState, ctx: FlowContext): StepResult {
  const q = text.trim();
  const context = `tanya:${resume.flow}`;
  if (!isQuestion(q)) return tanyaStart(ctx, q, context, resume);
  return result(st('tanyaConfirm', { text: q, context, resume }), [
    { text: ctx.t('tanyaSendConfirm', { text: excerpt(q) }) },
  ]);
}

/**
 * "TANYA ..." typed inside the guide. It is shown back before it is sent: "tanya
 * bojoku sik" (I will ask my husband first) is her answer, not a question for
 * the staff. From a question of the guide she goes back to it afterwards; from
 * its menu or a page, to the menu.
 */
function tanyaInGuide(state: ConvState, text: string, ctx: FlowContext): StepResult {
  const q = text.trim();
  // Asked again while confirming a question set aside from another flow: that flow stays open.
  const aside = resumeOf(state);
  const here = state.step === 'menu' || state.step === 'page' || state.step.startsWith('tanya') ? null : state;
  const resume = aside ?? here;
  const context = aside
    ? String(state.data.context)
    : state.step === 'page'
      ? `guide:${String(state.data.topic)}`
      : state.step === 'menu'
        ? 'guide:menu'
        : 'tanya';
  if (!isQuestion(q)) return tanyaStart(ctx, q, context, resume);
  return result(st('tanyaConfirm', { text: q, context, ...(resume ? { resume } : {}) }), [
    { text: ctx.t('tanyaSendConfirm', { text: excerpt(q) }) },
  ]);
}

function tanyaStep(state: ConvState, input: Input, ctx: FlowContext): StepResult {
  const resume = resumeOf(state);
  const context = String(state.data.context ?? 'tanya');
  if (state.step === 'tanyaWrite') {
    const r = tanyaStart(ctx, input.text, context, resume);
    return r.effects.length ? r : result(state, [{ text: ctx.t('tanyaTooShort') }]);
  }
  // tanyaConfirm
  const yn = parseYesNo(input.text);
  if (yn === 'yes') {
    const saved = tanyaStart(ctx, String(state.data.text), context, resume);
    if (resume) return saved;
    if (saved.state) return bpjsMenu(ctx);
    const menu = bpjsMenu(ctx);
    return { ...menu, replies: [...saved.replies, ...menu.replies], effects: saved.effects };
  }
  if (yn === 'no') {
    if (resume) return backTo(resume, [{ text: ctx.t('tanyaNotSent') }], [], ctx);
    const menu = bpjsMenu(ctx);
    return { ...menu, replies: [{ text: ctx.t('tanyaNotSent') }, ...menu.replies] };
  }
  return result(state, [{ text: ctx.t('chooseNumber', { max: 2 }) }]);
}

// ---- The flow

export const bpjsFlow: Flow = {
  name: 'bpjs',
  menu: { order: 70, label: (ctx) => ctx.t('bpjsMenuLabel') },

  quick(input, ctx) {
    const q = TANYA.exec(input.text);
    if (q) return { tanya: q[1] ?? '' };
    if (/^(bpjs|jaminan sosial|social security)$/.test(input.lower)) return { after: 'bpjs' };
    // "gmn caranya daftar bpjs ketenagakerjaan": the page of the guide that answers it.
    const guide = idleGuideQuestion(input);
    if (guide) return guide.forStaff ? { offer: input.text } : { guide };
    // When she opens a conversation, a due follow-up or status re-check comes first.
    if (!OPENER.test(input.lower)) return null;
    const ov = ctx.facts.bpjsOverview;
    if (ov === undefined) return { check: true };
    if (dueFollowUp(ov, ctx.now) || recheckDue(ov, ctx.now, content().settings.recheckMonths)) return { after: 'main' };
    return null;
  },

  start(ctx, args) {
    // Only asked from `quick`, which is run again once the overview is loaded.
    if (args?.check) return need('bpjsOverview');
    if (typeof args?.tanya === 'string') return tanyaStart(ctx, args.tanya);
    // A question about BPJS the guide does not answer: shown back, then sent to the staff if she wants.
    if (typeof args?.offer === 'string')
      return result(st('tanyaConfirm', { text: args.offer, context: 'tanya' }), [
        { text: ctx.t('tanyaOffer', { text: excerpt(args.offer) }) },
      ]);
    if (args?.guide) {
      return guideAnswer(args.guide as GuideQuestion, ctx) ?? bpjsMenu(ctx);
    }
    const ov = ctx.facts.bpjsOverview;
    if (ov === undefined) return need('bpjsOverview');
    const after: After = args?.after === 'main' ? 'main' : 'bpjs';
    const due = dueFollowUp(ov, ctx.now);
    if (due) return askFollowUp(ctx.t, due, after);
    if (recheckDue(ov, ctx.now, content().settings.recheckMonths)) return askRecheck(ctx, ov, after);
    if (after === 'main') return { ...result(null), goto: { flow: 'menu' } };
    return bpjsMenu(ctx);
  },

  step(state, input, ctx) {
    const q = state.step === 'obstacleOther' || state.step === 'tanyaWrite' ? null : TANYA.exec(input.text);
    if (q) return tanyaInGuide(state, q[1] ?? '', ctx);
    switch (state.step) {
      case 'menu':
        return menuStep(state, input, ctx);
      case 'page':
        return pageStep(state, input, ctx);
      case 'eligHealth':
      case 'eligMandiri':
      case 'eligWork':
        return eligibilityStep(state, input, ctx);
      case 'intentOffer':
      case 'intentChoose':
        return intentStep(state, input, ctx);
      case 'followUp':
      case 'obstacle':
      case 'obstacleOther':
      case 'followAgain':
        return followUpStep(state, input, ctx);
      case 'recheck':
        return recheckStep(state, input, ctx);
      case 'tanyaWrite':
      case 'tanyaConfirm':
        return tanyaStep(state, input, ctx);
      case 'guideScheme':
        return schemeStep(state, input, ctx);
      default:
        return bpjsMenu(ctx);
    }
  },
};
