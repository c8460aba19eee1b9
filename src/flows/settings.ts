// Settings and data rights: language, research permission, DATAKU, BERHENTI/MULAI, HAPUS.

import { productLabel } from '../content/products.ts';
import { OUTSIDE_REGION } from '../content/region.ts';
import { showDay, wibDate, wibDateTime } from '../core/time.ts';
import { parseChoice, parseYesNo } from '../parse/choice.ts';
import { CONSENT_VERSION } from './consent.ts';
import { translator } from './messages/index.ts';
import { recordNames } from './messages/settings.ts';
import type { ConvState, Flow, FlowContext, Lang, Reply, StepResult } from './types.ts';
import { need, result } from './types.ts';

const st = (step: string, data: Record<string, unknown> = {}): ConvState => ({
  flow: 'settings',
  step,
  data,
});
const LANG_NAMES: Record<Lang, string> = { id: 'Indonesia', en: 'English' };

function settingsMenu(ctx: FlowContext): StepResult {
  const w = ctx.worker;
  return result(st('menu'), [
    {
      text: ctx.t('settingsMenu', {
        lang: LANG_NAMES[w.lang],
        research: ctx.t(w.researchConsent ? 'yes' : 'no'),
        messages: ctx.t(w.optedOut ? 'off' : 'on'),
      }),
    },
  ]);
}

/** DATAKU: what is stored about her, in a few short messages. */
export function dataReplies(ctx: FlowContext): StepResult {
  const overview = ctx.facts.dataOverview;
  if (!overview) return need('dataOverview');
  const w = ctx.worker;
  const t = ctx.t;
  const kecamatan = w.kecamatan === OUTSIDE_REGION ? t('outsideKediri') : (w.kecamatan ?? t('notSet'));
  const replies: Reply[] = [
    {
      text: `${t('dataTitle')}\n${t('dataProfile', {
        lang: LANG_NAMES[w.lang],
        kecamatan,
        product: productLabel(w.product, w.lang) ?? t('notSet'),
        since: showDay(wibDate(new Date(w.createdAt))),
      })}`,
    },
    {
      text: t('dataConsent', {
        version: w.consentVersion ?? '-',
        at: w.consentedAt ? wibDateTime(new Date(w.consentedAt)) : '-',
        research: t(w.researchConsent ? 'yes' : 'no'),
        messages: t(w.optedOut ? 'off' : 'on'),
      }),
    },
  ];
  // Her diary first, in the order of recordNames; anything unnamed last.
  const rank = (table: string) => {
    const i = Object.keys(recordNames).indexOf(table);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const lines = Object.entries(overview.counts)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([table, n]) => `${recordNames[table]?.[w.lang] ?? table}: ${n}`);
  if (lines.length) replies.push({ text: t('dataCounts', { lines: lines.join('\n') }) });
  replies.push({ text: t('dataRights') });
  return result(null, replies);
}

export const settingsFlow: Flow = {
  name: 'settings',
  menu: { order: 80, label: (ctx) => ctx.t('menuLabel') },

  start(ctx, args) {
    switch (args?.to) {
      case 'lang':
        return result(st('lang'), [{ text: ctx.t('chooseLanguage') }]);
      case 'research':
        return result(st('research'), [
          { text: ctx.t('researchNow', { now: ctx.t(ctx.worker.researchConsent ? 'yes' : 'no') }) },
        ]);
      case 'data':
        return dataReplies(ctx);
      case 'stop':
        if (ctx.worker.optedOut) return result(null, [{ text: ctx.t('alreadyStopped') }]);
        return result(null, [{ text: ctx.t('stopped') }], [{ type: 'updateWorker', changes: { optedOut: true } }]);
      case 'resume':
        if (!ctx.worker.optedOut) return result(null, [{ text: ctx.t('alreadyResumed') }]);
        return result(null, [{ text: ctx.t('resumed') }], [{ type: 'updateWorker', changes: { optedOut: false } }]);
      case 'erase':
        return result(st('erase'), [{ text: ctx.t('eraseConfirm') }]);
      default:
        return settingsMenu(ctx);
    }
  },

  step(state, input, ctx) {
    switch (state.step) {
      case 'menu': {
        const n = parseChoice(input.text);
        const to = [undefined, 'lang', 'research', 'data', ctx.worker.optedOut ? 'resume' : 'stop', 'erase'][n ?? -1];
        if (n === 0) return { ...result(null), goto: { flow: 'menu' } };
        if (n === 6) return { ...result(null), goto: { flow: 'reminder' } };
        if (!to) return result(state, [{ text: ctx.t('chooseNumberOrZero', { max: 6 }) }]);
        return settingsFlow.start(ctx, { to });
      }
      case 'lang': {
        const n = parseChoice(input.text);
        const lang: Lang | null =
          n === 1 || /^indo/.test(input.lower) ? 'id' : n === 2 || /^eng/.test(input.lower) ? 'en' : null;
        if (!lang) return result(state, [{ text: ctx.t('chooseLanguage') }]);
        const t = translator(lang);
        return {
          ...result(null, [{ text: t('languageSet') }], [{ type: 'updateWorker', changes: { lang } }]),
          goto: { flow: 'menu', args: { lang } },
        };
      }
      case 'research': {
        const yn = parseYesNo(input.text);
        if (!yn)
          return result(state, [
            { text: ctx.t('researchNow', { now: ctx.t(ctx.worker.researchConsent ? 'yes' : 'no') }) },
          ]);
        return result(
          null,
          [{ text: ctx.t('researchSaved', { now: ctx.t(yn === 'yes' ? 'yes' : 'no') }) }],
          [
            { type: 'consent', kind: 'research', decision: yn, version: CONSENT_VERSION },
            { type: 'updateWorker', changes: { researchConsent: yn === 'yes' } },
          ],
        );
      }
      case 'erase': {
        const yn = input.lower === 'hapus' || input.lower === 'delete' ? 'yes' : parseYesNo(input.text);
        if (yn === 'yes') return result(null, [{ text: ctx.t('erased') }], [{ type: 'eraseWorker' }]);
        if (yn === 'no') return result(null, [{ text: ctx.t('eraseKept') }]);
        return result(state, [{ text: ctx.t('eraseConfirm') }]);
      }
      default:
        return settingsMenu(ctx);
    }
  },
};
