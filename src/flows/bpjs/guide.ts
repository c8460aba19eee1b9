// The guide: the BPJS menu's choices, the paged topics from the content files,
// and a free question about BPJS answered by the page that answers it.
import { parseChoice } from '../../parse/choice.ts';
import type { FlowContext, Input, StepResult } from '../types.ts';
import { result } from '../types.ts';
import { at, looksLikeQuestion, say, texts } from './common.ts';
import { startEligibility } from './eligibility.ts';
import { chooseIntent } from './enrolment.ts';
import { bpjsMenu } from './menu.ts';
import {
  type GuideNeed,
  type GuidePlace,
  type GuideQuestion,
  type GuideScheme,
  guidePlace,
  readGuideQuestion,
} from './questions.ts';
import type { StepData } from './state.ts';
import { confirmQuestion, NOT_NOW, tanyaStart } from './tanya.ts';

// Money as she records it: "35rb", "1.500", "2 jt", "16800".
const AMOUNT = /\d+(?:[.,]\d{3})+|\d+\s*(?:rb|ribu|rebu|ewu|k|jt|juta)\b|\d{4,}/;

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
  return at({ step: 'page', topic: key, page: n }, [{ text: `${say(ctx, topic.pages[n]!)}\n\n${footer}`, options }]);
}

/** Inside the guide, a reply the bot does not understand may be a question for the NGO's staff. */
function notUnderstood(s: StepData<'menu' | 'page'>, input: Input, ctx: FlowContext, prompt: string): StepResult {
  if (!looksLikeQuestion(input)) return at(s, [{ text: prompt }]);
  const context = s.step === 'page' ? `guide:${s.topic}` : 'guide:menu';
  return confirmQuestion(ctx, input.text, context, null, 'tanyaOffer');
}

export function menuStep(s: StepData<'menu'>, input: Input, ctx: FlowContext): StepResult {
  const topics = texts(ctx).topics;
  const max = topics.length + 3;
  const n = parseChoice(input.text);
  if (n === 0 || /^(kembali|back)$/.test(input.lower)) return { ...result(null), goto: { flow: 'menu' } };
  if (n === 1) return startEligibility(ctx, 'guide', 'bpjs');
  if (n !== null && n >= 2 && n <= topics.length + 1) return showPage(ctx, topics[n - 2]!.key, 0);
  if (n === topics.length + 2) return chooseIntent(ctx);
  if (n === topics.length + 3) return tanyaStart(ctx, '');
  if (n === null && NOT_NOW.test(input.lower)) return result(null, [{ text: ctx.t('bpjsLater') }]);
  if (n === null) {
    const guide = guideAnswer(readGuideQuestion(input.text), ctx);
    if (guide) return guide;
  }
  return notUnderstood(s, input, ctx, ctx.t('bpjsChoose', { max }));
}

export function pageStep(s: StepData<'page'>, input: Input, ctx: FlowContext): StepResult {
  const n = /^(lanjut|next|more|terus|l)$/.test(input.lower) ? 1 : parseChoice(input.text);
  if (n === 0 || /^(kembali|back)$/.test(input.lower)) return bpjsMenu(ctx);
  if (n === 1) {
    const topic = texts(ctx).topics.find((t) => t.key === s.topic);
    if (!topic || s.page + 1 >= topic.pages.length) return bpjsMenu(ctx);
    return showPage(ctx, s.topic, s.page + 1);
  }
  if (n === null) {
    const guide = guideAnswer(readGuideQuestion(input.text), ctx);
    if (guide) return guide;
  }
  return notUnderstood(s, input, ctx, ctx.t('pageChoose'));
}

function openGuide(ctx: FlowContext, place: GuidePlace): StepResult {
  if (!texts(ctx).topics.some((t) => t.key === place.topic)) return bpjsMenu(ctx);
  const page = showPage(ctx, place.topic, place.page);
  return { ...page, replies: [{ text: ctx.t('bpjsGuideFound') }, ...page.replies] };
}

function askScheme(ctx: FlowContext, needs: GuideNeed[]): StepResult {
  return at({ step: 'guideScheme', needs }, [
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

/** After BPJS was talked of, a question is about BPJS though it does not say so ("bayarnya berapa sebulan?"). */
export function inGuide(q: GuideQuestion | null): GuideQuestion | null {
  return q && !q.forStaff ? { ...q, named: true } : q;
}

/**
 * The guide's answer to a question that names a scheme, or "which BPJS?" when
 * it names BPJS and what she wants to know only. A question that names neither
 * ("bisa bayar di Indomaret?") is not for the guide: it may go to the staff.
 */
export function guideAnswer(q: GuideQuestion | null, ctx: FlowContext): StepResult | null {
  if (!q || q.forStaff || (!q.named && !q.schemes.length)) return null;
  const place = guidePlace(q);
  if (place) return openGuide(ctx, place);
  if (!q.schemes.length && q.needs.length) return askScheme(ctx, q.needs);
  return null;
}

export function schemeStep(s: StepData<'guideScheme'>, input: Input, ctx: FlowContext): StepResult {
  const n = parseChoice(input.text);
  // "nanti aja deh, saya tanya suami dulu": nothing left open.
  if (n === null && NOT_NOW.test(input.lower)) return result(null, [{ text: ctx.t('bpjsLater') }]);
  if (n === 0) return bpjsMenu(ctx);
  const scheme: GuideScheme | null = n === 1 ? 'tk' : n === 2 ? 'jkn' : null;
  const q = scheme
    ? { named: true, forStaff: false, schemes: [scheme], needs: s.needs }
    : n === null
      ? readGuideQuestion(input.text)
      : null;
  if (q?.schemes.length) return guideAnswer({ ...q, needs: [...q.needs, ...s.needs] }, ctx) ?? bpjsMenu(ctx);
  return at(s, [{ text: `${ctx.t('chooseNumberOrZero', { max: 2 })}\n\n${ctx.t('bpjsWhichScheme')}` }]);
}

/** Her words while no conversation is open: a BPJS question, not an amount she is recording ("bayar bpjs 35rb"). */
export function idleGuideQuestion(input: Input): GuideQuestion | null {
  if (AMOUNT.test(input.lower) || !/\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(input.lower)) return null;
  const q = readGuideQuestion(input.text);
  if (!q?.named) return null;
  // "bpjs iki opo?", "BPJS itu apa?": what BPJS is, answered though no scheme or need is named.
  const what = /\?|\b(apa|opo|napa|what|piye|gimana)\b/.test(input.lower);
  if (!q.forStaff && !q.schemes.length && !q.needs.length && !what) return null;
  return q;
}
