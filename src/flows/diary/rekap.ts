// REKAP: this week, last week, this month, last month; and a monthly statement
// per employer that she can forward.
import { UMK_REGION } from '../../content/umk.ts';
import type { Ledger } from '../../diary/ledger.ts';
import { addMonths, monthOf, monthRange, type PeriodKind, periodOf } from '../../diary/period.ts';
import { monthlyStatement, type PeriodSummary, summarize } from '../../diary/summary.ts';
import { parseChoice } from '../../parse/choice.ts';
import { translator } from '../messages/index.ts';
import { kecamatanOffer } from '../profile.ts';
import type { ConvState, Flow, FlowContext, Reply, StepResult } from '../types.ts';
import { need, result } from '../types.ts';
import './effects.ts';
import { ledgerOf, matchEmployer } from './fields.ts';
import { employersByUse, money, numbered, shortDay, today } from './show.ts';

const st = (step: string, data: Record<string, unknown> = {}): ConvState => ({ flow: 'rekap', step, data });
const KINDS: PeriodKind[] = ['thisWeek', 'lastWeek', 'thisMonth', 'lastMonth'];
/** Aim for short messages on a basic phone; never over 1000 characters. */
const CHUNK = 900;

/** Lines joined into as few messages as fit. */
export function chunk(lines: string[], size = CHUNK): Reply[] {
  const out: Reply[] = [];
  let cur = '';
  for (const line of lines) {
    const l = line.length > size ? `${line.slice(0, size - 1)}…` : line;
    if (cur && cur.length + 1 + l.length > size) {
      out.push({ text: cur });
      cur = l;
    } else cur = cur ? `${cur}\n${l}` : l;
  }
  if (cur) out.push({ text: cur });
  return out;
}

function hours(minutes: number, ctx: FlowContext): string {
  const h = Math.round((minutes / 60) * 10) / 10;
  return ctx.t('hoursN', { n: ctx.lang === 'id' ? String(h).replace('.', ',') : String(h) });
}

export function rekapReplies(s: PeriodSummary, kind: PeriodKind, ctx: FlowContext): Reply[] {
  const t = ctx.t;
  const head = t('rekapHead', {
    period: t('periodName', { kind }),
    from: shortDay(s.range.from, ctx),
    to: shortDay(s.range.to, ctx),
  });
  const lines: string[] = [head];
  const perHour: string[] = [];
  const any = s.delivered || s.paid || s.costs || s.minutes || s.earned;
  if (!any) lines.push(t('rekapEmpty'));
  else {
    lines.push(t('rekapPieces', { accepted: s.accepted, rejected: s.rejected }));
    lines.push(t('rekapEarned', { amount: money(s.earned) }));
    lines.push(
      s.kasbon
        ? t('rekapPaidKasbon', { amount: money(s.paid), kasbon: money(s.kasbon) })
        : t('rekapPaid', { amount: money(s.paid) }),
    );
    if (s.deductions) lines.push(t('rekapDeductions', { amount: money(s.deductions) }));
    lines.push(t('rekapCosts', { amount: money(s.costs) }));
    lines.push(t('rekapHours', { hours: s.minutes ? hours(s.minutes, ctx) : t('notRecorded') }));
    if (s.helperDays) lines.push(t('rekapHelpers', { days: s.helperDays, child: s.childDays }));
    if (s.hourly === null) lines.push(t('rekapNoHours'));
    else {
      // Per hour and the UMK yardstick: a message of their own, short enough for a small screen.
      perHour.push(t('rekapHourly', { amount: money(s.hourly) }));
      if (s.umk) {
        const pct = s.hourly > 0 ? Math.round((s.hourly / s.umk.hourly) * 100) : 0;
        perHour.push(
          t('rekapUmk', {
            region: UMK_REGION,
            year: s.umk.year,
            amount: money(s.umk.hourly),
            about: s.umk.approximate,
            pct,
          }),
        );
      }
    }
  }
  const replies: Reply[] = [{ text: lines.join('\n') }];
  if (perHour.length) replies.push({ text: perHour.join('\n') });

  if (s.employers.length) {
    const el: string[] = [t('rekapEmployersHead', { period: t('periodName', { kind }) })];
    for (const e of s.employers) {
      const owed =
        e.owed > 0
          ? t('owesYou', { amount: money(e.owed) })
          : e.owed < 0
            ? t('paidAhead', { amount: money(-e.owed) })
            : t('settled');
      el.push(t('rekapEmployerLine', { name: e.employer.name, earned: money(e.earned), paid: money(e.paid), owed }));
      for (const sh of e.short) el.push(t('flagShort', { amount: money(sh.amount), day: shortDay(sh.paidOn, ctx) }));
      if (e.overdue) {
        el.push(
          t('flagOverdue', {
            amount: money(e.overdue.amount),
            since: shortDay(e.overdue.since, ctx),
            days: e.overdue.days,
          }),
        );
      }
    }
    replies.push(...chunk(el));
  }
  replies.push({ text: t('rekapFooter') });
  return replies;
}

function showPeriod(kind: PeriodKind, ctx: FlowContext): StepResult {
  const ledger = ctx.facts.diary;
  // Without a kecamatan, the first REKAP also says how to set it (once).
  const offer = kecamatanOffer(ctx);
  if (!ledger || offer.needs) return need(...(ledger ? [] : (['diary'] as const)), ...(offer.needs ?? []));
  const p = periodOf(kind, today(ctx));
  const s = summarize(ledger, p, today(ctx), ctx.settings.payOverdueDays);
  return result(null, [...rekapReplies(s, kind, ctx), ...offer.replies], offer.effects);
}

/** The statement for one employer and month, in Indonesian so she can forward it. */
export function statementReplies(ledger: Ledger, employerId: number, month: string, ctx: FlowContext): Reply[] {
  const s = monthlyStatement(ledger, employerId, monthRange(month));
  if (!s) return [{ text: ctx.t('entryGone') }];
  const id = translator('id');
  const idCtx = { ...ctx, lang: 'id', t: id } as FlowContext;
  const monthName = id('monthName', { m: Number(month.slice(5, 7)), y: month.slice(0, 4) });
  const lines: string[] = [id('stmtHead', { month: monthName, employer: s.employer.name })];
  if (s.orders.length) {
    lines.push(id('stmtOrdersHead'));
    for (const o of s.orders.slice(0, 10)) {
      lines.push(id('stmtOrder', { day: shortDay(o.receivedOn, idCtx), product: o.product, pieces: o.quantityPieces }));
    }
    if (s.orders.length > 10) lines.push(id('stmtMore', { n: s.orders.length - 10 }));
  }
  lines.push(id('stmtHandinsHead'));
  if (!s.handins.length) lines.push(id('stmtNone'));
  for (const h of s.handins.slice(0, 15)) {
    lines.push(
      id('stmtHandin', {
        day: shortDay(h.day, idCtx),
        product: h.product,
        accepted: h.accepted,
        rejected: h.rejected,
        value: money(h.value),
      }),
    );
  }
  if (s.handins.length > 15) lines.push(id('stmtMore', { n: s.handins.length - 15 }));
  lines.push(id('stmtPaymentsHead'));
  if (!s.payments.length) lines.push(id('stmtNone'));
  for (const p of s.payments.slice(0, 15)) {
    lines.push(
      id('stmtPayment', {
        day: shortDay(p.paidOn, idCtx),
        amount: money(p.amount),
        kasbon: p.kind === 'kasbon',
        cut: p.deduction + p.kasbonRepaid ? money(p.deduction + p.kasbonRepaid) : null,
      }),
    );
  }
  if (s.payments.length > 15) lines.push(id('stmtMore', { n: s.payments.length - 15 }));
  lines.push(
    id('stmtTotals', {
      opening: s.opening,
      openingText: money(Math.abs(s.opening)),
      earned: money(s.earned),
      paid: money(s.paid),
      closing: s.closing,
      closingText: money(Math.abs(s.closing)),
    }),
  );
  lines.push(id('stmtFooter'));
  return [{ text: ctx.t('stmtIntro', { employer: s.employer.name }) }, ...chunk(lines)];
}

function employerList(ctx: FlowContext) {
  return employersByUse(ledgerOf(ctx)).slice(0, 9);
}

function askMonth(employerId: number, ctx: FlowContext): StepResult {
  return result(st('stmtMonth', { employer: employerId }), [{ text: ctx.t('askStatementMonth') }]);
}

function startStatement(ctx: FlowContext, name?: string): StepResult {
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const list = employerList(ctx);
  if (!list.length) return result(null, [{ text: ctx.t('noEmployersYet') }]);
  if (name) {
    const m = matchEmployer(name, l.employers);
    if (m.exact) return askMonth(m.exact.id, ctx);
  }
  if (list.length === 1) return askMonth(list[0]!.id, ctx);
  return result(st('stmtEmployer'), [
    { text: ctx.t('askStatementEmployer', { list: numbered(list.map((e) => e.name)) }) },
  ]);
}

const REKAP_WORD = /^(rekap|rekapan|ringkasan|hitung|hitungan|summary|report|laporan|slip|total)\b\s*(.*)$/i;

export function quickRekap(lower: string): Record<string, unknown> | null {
  const m = REKAP_WORD.exec(lower);
  if (!m) return null;
  const rest = m[2]!.trim();
  const word = m[1]!.toLowerCase();
  if (/^(minggu|pekan|week)\s*(ini|this)?$/.test(rest) || rest === 'this week') return { period: 'thisWeek' };
  if (/^(minggu|pekan)\s*(lalu|kemarin|kemaren)$/.test(rest) || rest === 'last week') return { period: 'lastWeek' };
  if (/^(bulan|month)\s*(ini)?$/.test(rest) || rest === 'this month') return { period: 'thisMonth' };
  if (/^bulan\s*(lalu|kemarin|kemaren)$/.test(rest) || rest === 'last month') return { period: 'lastMonth' };
  if (word === 'slip' || /^(bulanan|monthly|untuk|buat|for)\b/.test(rest)) {
    const name = rest.replace(/^(bulanan|monthly)\s*/, '').replace(/^(untuk|buat|for)\s*/, '');
    return { statement: true, name: name || undefined };
  }
  if (word === 'laporan' && rest) return { statement: true, name: rest };
  return {};
}

export const rekapFlow: Flow = {
  name: 'rekap',
  menu: { order: 55, label: (ctx) => ctx.t('menuRekap') },
  start(ctx, args) {
    if (typeof args?.period === 'string' && KINDS.includes(args.period as PeriodKind)) {
      return showPeriod(args.period as PeriodKind, ctx);
    }
    if (args?.statement) return startStatement(ctx, typeof args.name === 'string' ? args.name : undefined);
    return result(st('menu'), [{ text: ctx.t('rekapMenu') }]);
  },
  step(state, input, ctx) {
    const n = parseChoice(input.text);
    switch (state.step) {
      case 'menu': {
        if (n === 0) return { ...result(null), goto: { flow: 'menu' } };
        if (n !== null && n >= 1 && n <= 4) return showPeriod(KINDS[n - 1]!, ctx);
        if (n === 5) return startStatement(ctx);
        const q = quickRekap(`rekap ${input.lower}`);
        if (q?.period) return showPeriod(q.period as PeriodKind, ctx);
        return result(state, [{ text: `${ctx.t('chooseNumberOrZero', { max: 5 })}\n${ctx.t('rekapMenu')}` }]);
      }
      case 'stmtEmployer': {
        if (!ctx.facts.diary) return need('diary');
        const list = employerList(ctx);
        const e = n !== null ? list[n - 1] : matchEmployer(input.text, ledgerOf(ctx).employers).exact;
        if (!e) {
          return result(state, [
            {
              text: `${ctx.t('chooseNumber', { max: list.length })}\n${ctx.t('askStatementEmployer', { list: numbered(list.map((x) => x.name)) })}`,
            },
          ]);
        }
        return askMonth(e.id, ctx);
      }
      case 'stmtMonth': {
        if (!ctx.facts.diary) return need('diary');
        const t0 = today(ctx);
        const month = n === 1 ? monthOf(t0) : n === 2 ? monthOf(addMonths(`${monthOf(t0)}-01`, -1)) : null;
        if (!month)
          return result(state, [{ text: `${ctx.t('chooseNumber', { max: 2 })}\n${ctx.t('askStatementMonth')}` }]);
        return result(null, statementReplies(ledgerOf(ctx), Number(state.data.employer), month, ctx));
      }
      default:
        return rekapFlow.start(ctx);
    }
  },
  quick: (input) => quickRekap(input.lower),
};
