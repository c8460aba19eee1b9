// The BPJS guide: a menu of paged topics from the content files (guide.ts),
// the eligibility conversation (eligibility.ts), the enrolment journey
// (enrolment.ts), the status asked again (recheck.ts); TANYA is a flow of its
// own (tanya.ts). Pure: content is read-only data, and what the database knows
// arrives as facts. Each step's data is typed (state.ts).
import type { Flow } from '../types.ts';
import { need, result } from '../types.ts';
import { content } from './common.ts';
import { eligibilityStep } from './eligibility.ts';
import { askFollowUp, dueFollowUp, followUpStep, intentStep } from './enrolment.ts';
import { guideAnswer, idleGuideQuestion, menuStep, pageStep, schemeStep } from './guide.ts';
import { bpjsMenu } from './menu.ts';
import type { GuideQuestion } from './questions.ts';
import { askRecheck, recheckDue, recheckStep } from './recheck.ts';
import { type After, bpjsState } from './state.ts';
import { confirmQuestion, tanyaFlow, tanyaInGuide, tanyaStart, tanyaText } from './tanya.ts';

export { dueFollowUp, followUpTurn } from './enrolment.ts';
export { bpjsMenu } from './menu.ts';
export { recheckDue } from './recheck.ts';
export { tanyaAside, tanyaFlow, tanyaText } from './tanya.ts';

// How a conversation is usually opened: the moment to ask what is due.
const OPENER =
  /^(halo+|hal+o|hai+|hi+|hello|hey|helo|p+|pagi|siang|sore|malam|assalamu.?alaikum|ass?alamualaikum|salam|permisi|selamat (pagi|siang|sore|malam)|\/start)\b/;

export const bpjsFlow: Flow = {
  name: bpjsState.flow,
  menu: { order: 70, label: (ctx) => ctx.t('bpjsMenuLabel') },

  quick(input, ctx) {
    if (/^(bpjs|jaminan sosial|social security)$/.test(input.lower)) return { after: 'bpjs' };
    // "gmn caranya daftar bpjs ketenagakerjaan": the page of the guide that answers it.
    const guide = idleGuideQuestion(input);
    if (guide) return guide.forStaff ? { offer: input.text } : { guide };
    // When she opens a conversation, a due follow-up or status re-check comes first.
    if (!OPENER.test(input.lower)) return null;
    const ov = ctx.facts.bpjsOverview;
    if (ov === undefined) return { check: true };
    if (dueFollowUp(ov, ctx.now) || recheckDue(ov, ctx.now, content(ctx).settings.recheckMonths))
      return { after: 'main' };
    return null;
  },

  start(ctx, args) {
    // Only asked from `quick`, which is run again once the overview is loaded.
    if (args?.check) return need('bpjsOverview');
    if (typeof args?.tanya === 'string') return tanyaStart(ctx, args.tanya);
    // A question about BPJS the guide does not answer: shown back, then sent to the staff if she wants.
    if (typeof args?.offer === 'string') return confirmQuestion(ctx, args.offer, 'tanya', null, 'tanyaOffer');
    if (args?.guide) {
      // A question asked out of the blue gets its page as the answer, and nothing stays open: the whole guide
      // is one word away (BPJS), and she is never left inside it.
      const q = args.guide as GuideQuestion;
      let r = guideAnswer(q, ctx);
      // "bpjs iku opo? aku iso melu ora?": no scheme named. Out of the blue nothing is left open: the answer for
      // BPJS Ketenagakerjaan (the one made for workers like her), and how to ask about BPJS Kesehatan.
      let also: string | null = null;
      if (!r || r.state?.step === 'guideScheme') {
        const tk = guideAnswer({ ...q, schemes: ['tk'], needs: [] }, ctx);
        if (tk?.state?.step === 'page') {
          r = tk;
          also = ctx.t('bpjsAlsoJkn');
        }
      }
      if (!r) return bpjsMenu(ctx);
      if (r.state?.step !== 'page') return r;
      const last = r.replies.length - 1;
      const whole = also ? `${also}\n${ctx.t('bpjsGuideWhole')}` : ctx.t('bpjsGuideWhole');
      const text = r.replies[last]!.text.replace(/\n\n[^\n]*$/, `\n\n${whole}`);
      return result(null, [...r.replies.slice(0, last), { text }]);
    }
    const ov = ctx.facts.bpjsOverview;
    if (ov === undefined) return need('bpjsOverview');
    const after: After = args?.after === 'main' ? 'main' : 'bpjs';
    const due = dueFollowUp(ov, ctx.now);
    if (due) return askFollowUp(ctx.t, due, after);
    if (recheckDue(ov, ctx.now, content(ctx).settings.recheckMonths)) return askRecheck(ctx, ov, after);
    if (after === 'main') return { ...result(null), goto: { flow: 'menu' } };
    return bpjsMenu(ctx);
  },

  step(state, input, ctx) {
    // A TANYA step saved before TANYA was a flow of its own.
    if (state.step.startsWith('tanya')) return tanyaFlow.step({ ...state, flow: tanyaFlow.name }, input, ctx);
    const q = state.step === 'obstacleOther' ? null : tanyaText(input.text);
    if (q !== null) return tanyaInGuide(state, q, ctx);
    const s = bpjsState.load(state);
    // A state this version cannot read (an older one, a damaged row): the menu, not a crash.
    if (!s) return bpjsMenu(ctx);
    switch (s.step) {
      case 'menu':
        return menuStep(s, input, ctx);
      case 'page':
        return pageStep(s, input, ctx);
      case 'eligHealth':
      case 'eligMandiri':
      case 'eligWork':
        return eligibilityStep(s, input, ctx);
      case 'intentOffer':
      case 'intentChoose':
        return intentStep(s, input, ctx);
      case 'followUp':
      case 'obstacle':
      case 'obstacleOther':
      case 'followAgain':
        return followUpStep(s, input, ctx);
      case 'recheck':
        return recheckStep(s, input, ctx);
      case 'guideScheme':
        return schemeStep(s, input, ctx);
    }
  },
};
