// A cost she carries for the work: electricity, materials (thread, glue),
// transport, tools, or other.
import { COST_WORDS } from '../../content/cost-words.ts';
import { DIARY_BOUNDS } from '../../content/diary-bounds.ts';
import { COST_CATEGORIES, type CostCategory, type CostValues } from '../../diary/ledger.ts';
import { monthOf } from '../../diary/period.ts';
import { parseChoice } from '../../parse/choice.ts';
import { parseMoney } from '../../parse/money.ts';
import { fold } from '../../parse/text.ts';
import { MONTHS_EN, MONTHS_ID } from '../messages/months.ts';
import type { Flow, Reply } from '../types.ts';
import './effects.ts';
import { dayField, ledgerOf, moneyAnswer, moneyReview } from './fields.ts';
import { type Field, type Form, startForm, stepForm } from './form.ts';
import { money, today } from './show.ts';
import { changedValues } from './values.ts';

export type CostDraft = {
  category?: CostCategory;
  amount?: number;
  spentOn?: string;
  /** The amount was written as money (rb, Rp); false for a bare number that may mean thousands. */
  explicit?: boolean;
};

/** The category named by any word of the text ("token listrik" -> listrik). */
export function costCategoryOf(text: string): CostCategory | null {
  const words = fold(text)
    .split(/[^a-z-]+/)
    .filter(Boolean);
  for (const w of words) {
    for (const c of COST_CATEGORIES) if (COST_WORDS[c].includes(w)) return c;
  }
  return null;
}

const fields: Field<CostDraft>[] = [
  {
    key: 'category',
    label: 'lblCategory',
    // (With the sum already told, it is shown above the list, so she sees it was heard.)
    ask: (d, ctx) =>
      d.amount === undefined
        ? ctx.t('askCostCategory')
        : `${ctx.t('lblAmount')}: ${money(d.amount)}\n${ctx.t('askCostCategory')}`,
    parse(input, d, ctx) {
      const n = parseChoice(input.text);
      const c = n !== null ? COST_CATEGORIES[n - 1] : costCategoryOf(input.text);
      // "td belanja", then "45rb" to "Biaya untuk apa?": the sum comes first; kept, and what for asked again.
      if (!c && d.amount === undefined && parseMoney(input.text)?.explicit) {
        const r = moneyAnswer<CostDraft>(input, ctx, DIARY_BOUNDS.cost, (amount) => ({ amount, explicit: true }));
        if (r.ok && !r.check) return { ...r, again: true };
      }
      if (!c) return { ok: false, error: ctx.t('chooseNumber', { max: COST_CATEGORIES.length }) };
      return { ok: true, set: { category: c } };
    },
    show: (d, ctx) => (d.category ? ctx.t('costCategory', { c: d.category }) : null),
  },
  {
    key: 'amount',
    label: 'lblAmount',
    ask: (_d, ctx) => ctx.t('askCostAmount'),
    parse: (input, _d, ctx) => moneyAnswer<CostDraft>(input, ctx, DIARY_BOUNDS.cost, (amount) => ({ amount })),
    review: (d, ctx) =>
      moneyReview<CostDraft>(
        d.amount ?? 0,
        d.explicit ?? true,
        ctx,
        DIARY_BOUNDS.cost,
        (amount) => ({ amount }),
        money,
        true,
      ),
    show: (d) => (d.amount === undefined ? null : money(d.amount)),
  },
  dayField<CostDraft>('spentOn', 'lblDate', 'askSpentOn', { always: true }),
];

function values(d: CostDraft): CostValues {
  return { category: d.category!, amount: d.amount!, spent_on: d.spentOn! };
}

export const costForm: Form<CostDraft> = {
  flow: 'cost',
  needs: ['diary'],
  fields,
  title: (_d, ctx) => ctx.t('costTitle'),
  save(d, ctx, mode) {
    // The month of the cost: one of last month is counted there, not as nothing this month.
    const month = monthOf(d.spentOn!);
    const total =
      ledgerOf(ctx)
        .costs.filter((c) => monthOf(c.spentOn) === month)
        .reduce((a, c) => a + c.amount, 0) + d.amount!;
    const name =
      month === monthOf(today(ctx))
        ? undefined
        : (ctx.lang === 'en' ? MONTHS_EN : MONTHS_ID)[Number(month.slice(5, 7)) - 1];
    const replies: Reply[] = [{ text: ctx.t('costSaved', { month: money(total), name }) }];
    if (mode === 'new') {
      const short = d.amount! % 1000 === 0 ? `${d.amount! / 1000}rb` : String(d.amount);
      replies.push({ text: ctx.t('tipQuick', { example: `biaya ${d.category} ${short}` }) });
    }
    return { effects: [{ type: 'createCost', values: values(d) }], replies };
  },
  load(id, ctx) {
    const c = ledgerOf(ctx).costs.find((x) => x.id === id);
    if (!c) return null;
    return { category: c.category, amount: c.amount, spentOn: c.spentOn };
  },
  update(orig, d, id, ctx) {
    return {
      effects: [{ type: 'correctEntry', entity: 'cost', id, changes: changedValues(values(orig), values(d)) }],
      replies: [{ text: ctx.t('corrected') }],
    };
  },
};

export const costFlow: Flow = {
  name: 'cost',
  menu: { order: 50, label: (ctx) => ctx.t('menuCost') },
  start: (ctx, args) => startForm(costForm, ctx, args),
  step: (state, input, ctx) => stepForm(costForm, state, input, ctx),
};
