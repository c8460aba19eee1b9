// Decides which flow handles a message: global words first, then the flow in
// progress, then quick entries and the main menu. Pure: no I/O.
import { parseChoice } from '../parse/choice.ts';
import { tanyaAside, tanyaText } from './bpjs/index.ts';
import { compareFlow, isCompareWord } from './compare.ts';
import { keywordOf } from './keywords.ts';
import { translator } from './messages/index.ts';
import { onboardingFlow, repeatOnboarding } from './onboarding.ts';
import { flows } from './registry.ts';
import type { ConvState, Effect, Flow, FlowContext, Input, Reply, StepResult, WorkerProfile } from './types.ts';
import { result, resumeOf } from './types.ts';

const byName = new Map(flows.map((f) => [f.name, f]));

export function menuItems(_ctx: FlowContext): Flow[] {
  return flows.filter((f) => f.menu).sort((a, b) => a.menu!.order - b.menu!.order);
}

export function mainMenu(ctx: FlowContext): Reply {
  const items = menuItems(ctx);
  const lines = items.map((f, i) => `${i + 1} ${f.menu!.label(ctx)}`);
  return {
    text: `${ctx.t('mainMenuTitle')}\n${lines.join('\n')}\n${ctx.t('menuFooter')}`,
    options: items.map((f, i) => ({ key: String(i + 1), label: f.menu!.label(ctx) })),
  };
}

const GREETING =
  /^(halo+|hal+o|hai+|hi+|hello|hey|helo|p+|pagi|siang|sore|malam|assalamu.?alaikum|ass?alamualaikum|salam|permisi|selamat (pagi|siang|sore|malam)|\/start)\b/;

/** Applies profile changes from effects, so a flow started in the same turn sees them. */
function withEffects(ctx: FlowContext, effects: Effect[]): FlowContext {
  let worker: WorkerProfile = ctx.worker;
  for (const e of effects) if (e.type === 'updateWorker') worker = { ...worker, ...e.changes };
  if (worker === ctx.worker) return ctx;
  return { ...ctx, worker, lang: worker.lang, t: translator(worker.lang) };
}

/** Follows `goto` hand-overs, joining replies and effects. */
function follow(first: StepResult, ctx: FlowContext): StepResult {
  let acc = first;
  for (let hops = 0; acc.goto && !acc.needs && hops < 4; hops++) {
    const { flow, args } = acc.goto;
    const next = startFlow(flow, withEffects(ctx, acc.effects), args);
    acc = {
      state: next.state,
      replies: [...acc.replies, ...next.replies],
      effects: [...acc.effects, ...next.effects],
      goto: next.goto,
      needs: next.needs,
    };
  }
  return acc;
}

export function startFlow(name: string, ctx: FlowContext, args?: Record<string, unknown>): StepResult {
  if (name === 'menu') return result(null, [mainMenu(ctx)]);
  const flow = byName.get(name);
  if (!flow) throw new Error(`Unknown flow "${name}"`);
  return flow.start(ctx, args);
}

/**
 * MENU or BATAL after consent but before her kecamatan and product were asked:
 * consent was saved, so not "nothing saved"; say where to fill them in later.
 */
function leaveOnboarding(ctx: FlowContext): StepResult {
  if (ctx.worker.kecamatan) return result(null, [mainMenu(ctx)]);
  return result(
    null,
    [{ text: ctx.t('profileLater') }, mainMenu(ctx)],
    [{ type: 'profileOfferShown', offer: 'kecamatan' }],
  );
}

function keywordResult(
  kw: NonNullable<ReturnType<typeof keywordOf>>,
  state: ConvState | null,
  ctx: FlowContext,
): StepResult {
  const onboarding = ctx.worker.status === 'onboarding';
  switch (kw) {
    case 'menu':
    case 'start':
      if (kw === 'start' && ctx.worker.optedOut) return startFlow('settings', ctx, { to: 'resume' });
      if (onboarding) return repeatOnboarding(state, ctx);
      if (state?.flow === 'onboarding') return leaveOnboarding(ctx);
      // Leaving an entry half-way must not look as if it was saved.
      if (state) return result(null, [{ text: ctx.t('cancelled') }, mainMenu(ctx)]);
      return result(null, [mainMenu(ctx)]);
    case 'cancel': {
      if (onboarding) return repeatOnboarding(state, ctx);
      if (state?.flow === 'onboarding') return leaveOnboarding(ctx);
      // Cancelling a question typed in the middle of an entry goes back to the entry.
      const resume = resumeOf(state);
      if (resume) return result(resume, [{ text: ctx.t('tanyaNotSent') }, { text: ctx.t('continueEntry') }]);
      return result(null, [{ text: ctx.t(state ? 'cancelled' : 'nothingToCancel') }, mainMenu(ctx)]);
    }
    case 'help': {
      if (!onboarding) return result(state, [{ text: ctx.t('help') }]);
      const again = repeatOnboarding(state, ctx);
      return { ...again, replies: [{ text: ctx.t('help') }, ...again.replies] };
    }
    case 'language':
      if (onboarding) return onboardingFlow.start(ctx);
      return startFlow('settings', ctx, { to: 'lang' });
    case 'mydata':
      return startFlow('settings', ctx, { to: 'data' });
    case 'delete':
      return startFlow('settings', ctx, { to: 'erase' });
    case 'stop':
      // Before consent, stopping means she does not want to take part: keep nothing.
      if (onboarding) return onboardingFlow.step({ flow: 'onboarding', step: 'consent', data: {} }, refusal, ctx);
      return startFlow('settings', ctx, { to: 'stop' });
    case 'resume':
      if (onboarding) return repeatOnboarding(state, ctx);
      return startFlow('settings', ctx, { to: 'resume' });
  }
}

/**
 * BANDINGKAN and TANYA typed in the middle of another flow: answered on the
 * side, and she stays where she was. Like the global words, BANDINGKAN counts
 * only as the whole message. "TANYA ..." is shown back before it is sent (see
 * tanyaAside); the BPJS guide reads TANYA itself, and knows its free-text steps.
 */
function aside(state: ConvState, input: Input, ctx: FlowContext): StepResult | null {
  if (state.flow === 'menu') return null;
  if (isCompareWord(input.lower)) {
    const r = compareFlow.start(ctx, { aside: true });
    if (r.needs) return r;
    return { ...r, state, replies: [...r.replies, { text: ctx.t('continueEntry') }] };
  }
  if (state.flow === 'bpjs') return null;
  const q = tanyaText(input.text);
  return q === null ? null : tanyaAside(q, state, ctx);
}

const refusal: Input = { text: '2', lower: '2', kind: 'text', tooLong: false };

function idle(input: Input, ctx: FlowContext): StepResult {
  for (const flow of flows) {
    const args = flow.quick?.(input, ctx);
    if (args) return flow.start(ctx, args);
  }
  const n = parseChoice(input.text);
  const items = menuItems(ctx);
  if (n !== null) {
    const chosen = items[n - 1];
    if (chosen) return chosen.start(ctx);
    return result(null, [{ text: ctx.t('chooseNumber', { max: items.length }) }, mainMenu(ctx)]);
  }
  if (GREETING.test(input.lower)) return result(null, [mainMenu(ctx)]);
  return result(null, [{ text: ctx.t('notUnderstood') }, mainMenu(ctx)]);
}

/** One turn of the conversation. */
export function route(state: ConvState | null, input: Input, ctx: FlowContext): StepResult {
  if (input.kind === 'media') return result(state, [{ text: ctx.t('mediaNotSupported') }]);
  if (input.tooLong) return result(state, [{ text: ctx.t('tooLong') }]);
  if (!input.text) return result(state, [{ text: ctx.t('emptyInput') }]);

  const kw = keywordOf(input.text);
  let first: StepResult;
  if (kw) first = keywordResult(kw, state, ctx);
  else if (ctx.worker.status === 'onboarding') {
    first = state?.flow === 'onboarding' ? onboardingFlow.step(state, input, ctx) : onboardingFlow.start(ctx);
  } else if (state) {
    const flow = state.flow === 'menu' ? undefined : byName.get(state.flow);
    first = aside(state, input, ctx) ?? (flow ? flow.step(state, input, ctx) : idle(input, ctx));
  } else first = idle(input, ctx);
  return follow(first, ctx);
}
