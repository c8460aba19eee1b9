// REKAP: this week, last week, this month, last month, or any month of her
// diary ("rekap oktober"); and a monthly statement per employer that she can
// forward ("slip bu umi oktober").

import { UMK_REGION } from '../../content/umk.ts';
import type { Ledger } from '../../diary/ledger.ts';
import { addMonths, inRange, monthOf, monthRange, type PeriodKind, periodOf } from '../../diary/period.ts';
import { monthlyStatement, type PeriodSummary, summarize, type Waiting } from '../../diary/summary.ts';
import { parseChoice } from '../../parse/choice.ts';
import { putRight } from '../../read/put-right.ts';
import { translator } from '../messages/index.ts';
import { kecamatanOffer } from '../profile.ts';
import type { ConvState, Flow, FlowContext, Reply, StepResult } from '../types.ts';
import { need, result } from '../types.ts';
import './effects.ts';
import { ledgerOf, matchEmployer } from './fields.ts';
import { employerName, employersByUse, money, numbered, piecesText, shortDay, today, waitingText } from './show.ts';

const st = (step: string, data: Record<string, unknown> = {}): ConvState => ({ flow: 'rekap', step, data });
const KINDS: PeriodKind[] = ['thisWeek', 'lastWeek', 'thisMonth', 'lastMonth'];
/** Aim for short messages on a basic phone; never over 1000 characters. */
const CHUNK = 900;

/** Lines of work waiting for a rate in one REKAP, at most. */
const WAITING_LINES = 5;

/** "3 kodi sandal Bu Umi": work handed in on an order whose rate is not known yet. */
function waitingItem(w: Waiting, ctx: FlowContext): string {
  const employer = ctx.facts.diary ? employerName(ctx.facts.diary, w.order.employerId) : '';
  return ctx.t('waitingItem', { pieces: piecesText(w.pieces, w.order.unit, ctx), product: w.order.product, employer });
}

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

/** "belum dibayar Rp16.000", "kasbon belum dipotong Rp150.000", "lunas": an employer's balance to date. */
function balanceWords(e: { owed: number; kasbonOpen: number; waiting: Waiting[] }, ctx: FlowContext): string {
  const t = ctx.t;
  // Work waiting for its rate: what is owed for it is not known, so nothing is claimed beyond the rest.
  if (e.waiting.length) {
    const what = waitingText(e.waiting, ctx);
    return e.owed > 0 ? t('owesYouWaiting', { amount: money(e.owed), what }) : t('owedWaiting', { what });
  }
  if (e.owed > 0) return t('owesYou', { amount: money(e.owed) });
  if (e.owed === 0) return t('settled');
  const ahead = -e.owed - e.kasbonOpen;
  if (e.kasbonOpen > 0) return t('kasbonOpen', { amount: money(e.kasbonOpen), ahead: ahead > 0 ? money(ahead) : null });
  return t('paidAhead', { amount: money(-e.owed) });
}

/** REKAP of a period; `period` names it ("minggu ini", "Oktober 2026"). */
export function rekapReplies(s: PeriodSummary, period: string, ctx: FlowContext): Reply[] {
  const t = ctx.t;
  const head = t('rekapHead', {
    period,
    from: shortDay(s.range.from, ctx),
    to: shortDay(s.range.to, ctx),
  });
  const lines: string[] = [head];
  const perHour: string[] = [];
  const any = s.delivered || s.paid || s.kasbon || s.deductions || s.costs || s.minutes || s.earned;
  if (!any) lines.push(t('rekapEmpty'));
  else {
    // The value of her work first; what she was paid, kept back and lent, each on a line of its own.
    lines.push(t('rekapPieces', { accepted: s.accepted, rejected: s.rejected }));
    lines.push(t('rekapEarned', { amount: money(s.earned) }));
    // "3 kodi sandal Bu Umi: upah belum diketahui": handed in, worth what the rate will say.
    for (const w of s.waiting.slice(0, WAITING_LINES)) lines.push(t('rekapWaiting', { what: waitingItem(w, ctx) }));
    if (s.waiting.length > WAITING_LINES) lines.push(t('stmtMore', { n: s.waiting.length - WAITING_LINES }));
    if (s.deductions) lines.push(t('rekapDeductions', { amount: money(s.deductions) }));
    lines.push(t('rekapPaid', { amount: money(s.paid) }));
    if (s.kasbon) lines.push(t('rekapKasbon', { amount: money(s.kasbon) }));
    if (s.kasbonRepaid) lines.push(t('rekapKasbonRepaid', { amount: money(s.kasbonRepaid) }));
    lines.push(t('rekapCosts', { amount: money(s.costs) }));
    lines.push(t('rekapHours', { hours: s.minutes ? hours(s.minutes, ctx) : t('notRecorded') }));
    if (s.helperDays) lines.push(t('rekapHelpers', { days: s.helperDays, child: s.childDays }));
    if (s.hourly === null)
      lines.push(t(s.minutes > 0 && s.waitingMinutes >= s.minutes ? 'rekapHourlyWaiting' : 'rekapNoHours'));
    else {
      // Per hour and the UMK yardstick: a message of their own, short enough for a small screen.
      perHour.push(t('rekapHourly', { amount: money(s.hourly) }));
      if (s.waiting.length) perHour.push(t('rekapHourlyLeftOut'));
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
    const el: string[] = [t('rekapEmployersHead', { period })];
    for (const e of s.employers) {
      el.push(
        t('rekapEmployerLine', {
          name: e.employer.name,
          earned: money(e.earned),
          paid: money(e.paid),
          kasbon: e.kasbon ? money(e.kasbon) : null,
          cut: e.deductions ? money(e.deductions) : null,
          owed: balanceWords(e, ctx),
        }),
      );
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

// Months as she names them: a lexicon of words, Indonesian, Javanese and English.
const MONTH_WORDS: Record<number, string[]> = {
  1: ['januari', 'jan', 'january', 'janu'],
  2: ['februari', 'feb', 'pebruari', 'peb', 'february', 'febuari'],
  3: ['maret', 'mar', 'mrt', 'march'],
  4: ['april', 'apr'],
  5: ['mei', 'may'],
  6: ['juni', 'jun', 'june'],
  7: ['juli', 'jul', 'july'],
  8: ['agustus', 'agu', 'agt', 'ags', 'agus', 'august', 'aug'],
  9: ['september', 'sep', 'sept', 'spt'],
  10: ['oktober', 'okt', 'october', 'oct'],
  11: ['november', 'nov', 'nop', 'nopember'],
  12: ['desember', 'des', 'december', 'dec'],
};
const MONTH_OF = new Map(Object.entries(MONTH_WORDS).flatMap(([m, ws]) => ws.map((w) => [w, Number(m)] as const)));
/** "bulan", "sasi" and "wulan" (Javanese), "month". */
const MONTH = '(?:bulan|bln|sasi|wulan|month)';
const THIS_MONTH = new RegExp(`^(?:${MONTH}(?: (?:ini|iki|skrg|sekarang|saiki))?|this month|current month)$`);
const LAST_MONTH = new RegExp(
  `^(?:${MONTH} (?:lalu|kemarin|kemaren|kmrn|kmrin|wingi|kepungkur|sebelumnya|yang lalu|yg lalu)|last month|previous month)$`,
);
const NEXT_MONTH = new RegExp(`^(?:${MONTH} (?:depan|ngarep|besok|sesuk|ngajeng)|next month)$`);

/** A month as she wrote it: relative to this one, or a month number with or without its year. */
export type MonthWord = { rel: number } | { m: number; y: number | null };

/** "oktober", "okt 2026", "bulan lalu", "sasi wingi", "last month", "10/2026", "bulan 10": a month, or null. */
export function monthWord(text: string): MonthWord | null {
  const t = text
    .replace(/[.!?,]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (THIS_MONTH.test(t)) return { rel: 0 };
  if (LAST_MONTH.test(t)) return { rel: -1 };
  if (NEXT_MONTH.test(t)) return { rel: 1 };
  const year = (y: string | undefined) => (y === undefined ? null : y.length === 2 ? 2000 + Number(y) : Number(y));
  const named = new RegExp(`^(?:${MONTH} )?([a-z]+)(?: (?:tahun |th |thn |year )?('?\\d{2}|\\d{4}))?$`).exec(t);
  const m = named ? MONTH_OF.get(named[1]!) : undefined;
  if (named && m) return { m, y: year(named[2]?.replace("'", '')) };
  const num = new RegExp(`^(?:${MONTH} (\\d{1,2})(?: (\\d{4}))?|(\\d{1,2})[/-](\\d{4})|(\\d{4})-(\\d{1,2}))$`).exec(t);
  if (num) {
    const mm = Number(num[1] ?? num[3] ?? num[6]);
    const y = num[2] ?? num[4] ?? num[5];
    if (mm >= 1 && mm <= 12) return { m: mm, y: y ? Number(y) : null };
  }
  return null;
}

/** The month meant, "YYYY-MM": without a year, the latest such month up to this one. */
export function resolveMonth(w: MonthWord, todayDay: string): string {
  const current = monthOf(todayDay);
  if ('rel' in w) return monthOf(addMonths(`${current}-01`, w.rel));
  const mm = String(w.m).padStart(2, '0');
  if (w.y !== null) return `${String(w.y).padStart(4, '0')}-${mm}`;
  const y = Number(current.slice(0, 4));
  return `${y}-${mm}` <= current ? `${y}-${mm}` : `${y - 1}-${mm}`;
}

function monthLabel(month: string, ctx: FlowContext): string {
  return ctx.t('monthName', { m: Number(month.slice(5, 7)), y: month.slice(0, 4) });
}

/** Anything at all written for a day in the range. */
function entriesIn(ledger: Ledger, r: { from: string; to: string }): boolean {
  return (
    ledger.orders.some((o) => inRange(o.receivedOn, r)) ||
    ledger.handins.some((h) => inRange(h.handedInOn, r)) ||
    ledger.payments.some((p) => inRange(p.paidOn, r)) ||
    ledger.hours.some((h) => inRange(h.workedOn, r)) ||
    ledger.costs.some((c) => inRange(c.spentOn, r))
  );
}

function showRange(period: string, range: { from: string; to: string }, ctx: FlowContext): StepResult {
  const ledger = ctx.facts.diary;
  // Without a kecamatan, the first REKAP also says how to set it (once).
  const offer = kecamatanOffer(ctx);
  if (!ledger || offer.needs) return need(...(ledger ? [] : (['diary'] as const)), ...(offer.needs ?? []));
  const s = summarize(ledger, range, today(ctx), ctx.settings.payOverdueDays);
  return result(null, [...rekapReplies(s, period, ctx), ...offer.replies], offer.effects);
}

function showPeriod(kind: PeriodKind, ctx: FlowContext): StepResult {
  return showRange(ctx.t('periodName', { kind }), periodOf(kind, today(ctx)), ctx);
}

/** REKAP of a month named: a future month, or one without entries, gets a short plain answer. */
function showMonth(month: string, ctx: FlowContext): StepResult {
  const ledger = ctx.facts.diary;
  if (!ledger) return need('diary');
  const label = monthLabel(month, ctx);
  if (month > monthOf(today(ctx))) return result(null, [{ text: ctx.t('monthFuture', { month: label }) }]);
  const range = monthRange(month);
  if (!entriesIn(ledger, range)) return result(null, [{ text: ctx.t('monthEmpty', { month: label }) }]);
  return showRange(label, range, ctx);
}

/** The statement for one employer and month, in Indonesian so she can forward it. */
export function statementReplies(ledger: Ledger, employerId: number, month: string, ctx: FlowContext): Reply[] {
  const s = monthlyStatement(ledger, employerId, monthRange(month));
  if (!s) return [{ text: ctx.t('entryGone') }];
  if (month > monthOf(today(ctx))) return [{ text: ctx.t('monthFuture', { month: monthLabel(month, ctx) }) }];
  // Nothing that month and nothing carried over: nothing to forward.
  if (!s.orders.length && !s.handins.length && !s.payments.length && s.opening === 0) {
    return [{ text: ctx.t('stmtEmpty', { employer: s.employer.name, month: monthLabel(month, ctx) }) }];
  }
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
        value: h.value === null ? id('stmtValueUnknown') : money(h.value),
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
        deduction: p.deduction ? money(p.deduction) : null,
        repaid: p.kasbonRepaid ? money(p.kasbonRepaid) : null,
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
      kasbon: s.kasbon ? money(s.kasbon) : null,
      cut: s.deductions ? money(s.deductions) : null,
      closing: s.closing,
      closingText: money(Math.abs(s.closing)),
      waiting: s.waiting.length ? waitingText(s.waiting, idCtx) : null,
    }),
  );
  lines.push(id('stmtFooter'));
  return [{ text: ctx.t('stmtIntro', { employer: s.employer.name }) }, ...chunk(lines)];
}

function employerList(ctx: FlowContext) {
  return employersByUse(ledgerOf(ctx)).slice(0, 9);
}

/** The month of a statement: asked for unless she said it. */
function statementFor(employerId: number, month: MonthWord | undefined, ctx: FlowContext): StepResult {
  if (!month) return result(st('stmtMonth', { employer: employerId }), [{ text: ctx.t('askStatementMonth') }]);
  return result(null, statementReplies(ledgerOf(ctx), employerId, resolveMonth(month, today(ctx)), ctx));
}

function startStatement(ctx: FlowContext, name?: string, month?: MonthWord, whole?: string): StepResult {
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const list = employerList(ctx);
  if (!list.length) return result(null, [{ text: ctx.t('noEmployersYet') }]);
  // An employer whose name looks like a month ("Bu Mei"): her whole name first.
  if (whole) {
    const m = matchEmployer(whole, l.employers);
    if (m.exact) return statementFor(m.exact.id, undefined, ctx);
  }
  if (name) {
    const m = matchEmployer(name, l.employers);
    if (m.exact) return statementFor(m.exact.id, month, ctx);
  }
  if (list.length === 1) return statementFor(list[0]!.id, month, ctx);
  return result(st('stmtEmployer', month ? { month } : {}), [
    { text: ctx.t('askStatementEmployer', { list: numbered(list.map((e) => e.name)) }) },
  ]);
}

const REKAP_WORD = /^(rekap|rekapan|ringkasan|hitung|hitungan|summary|report|laporan|slip|total)\b\s*(.*)$/i;
const HONORIFIC_ONLY = /^(bu|ibu|pak|bapak|mbak|mba|mas|bos|juragan|cik|koh|mbok|bude|pakde|haji|kak|om|tante)$/;

/** "bu umi oktober", "bulan lalu": the month said at the end, and the name before it. */
function nameAndMonth(rest: string): { name?: string; month?: MonthWord; whole?: string } {
  const words = rest.split(' ').filter(Boolean);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const month = monthWord(words.slice(-n).join(' '));
    if (!month) continue;
    const name = words.slice(0, -n).join(' ');
    // "bu mei": a name, not May.
    if (HONORIFIC_ONLY.test(name)) continue;
    return { name: name || undefined, month, whole: name ? rest : undefined };
  }
  return { name: rest || undefined };
}

const WHO_OWES = /\b(sopo|sapa|siapa|sapa wae|sinten|who|which)\b/;
const NOT_PAID =
  /\b(durung mbayar|durung bayar|durung dibayar|belum bayar|belum dibayar|blm bayar|blm dibayar|dereng mbayar|dereng bayar|ngutang|utang|hutang|owes|owe|not paid|hasn't paid|hasnt paid|haven't paid|still owe)\b/;
/** A question about her own figures: how much she has earned, or is still owed. */
const ASKS_HOW_MUCH = /\b(berapa|brp|brapa|brpa|piro|pira|pinten|how much|how many)\b/;
const HER_MONEY =
  /\b(upahku|opahku|gajiku|bayaranku|penghasilan|penghasilanku|pendapatan|pendapatanku|hasilku|hasile|hasilnya|dapat|dapet|dpt|dpet|olih|entok|oleh|olehku|entuk|entukku|earn|earned|earnings|income|made|utang|hutang|ngutang|utange|owe|owes|owed|belum dibayar|blm dibayar|durung dibayar|durung dibayar|total|totale|totalnya|totalipun|jumlahe|jumlahnya)\b|\b(upah|opah|gaji|bayaran)(ku|ne|nya)?\s+(saya|aku|kula|kulo|my)?\s*(bulan|sasi|minggu|seminggu|sebulan|this|minggu)/;
/** Words of a rate or of a piece: a question about a rate ("berapa upah jahit sekodi?") is not about her figures. */
const ABOUT_A_RATE =
  /\b(per|se(kodi|lusin|biji|pasang|gros)|kodi|lusin|biji|pasang|pcs|gros|normal|biasanya|usual|umum)\b/;

/** "opahku sasi iki wis oleh piro?", "bu umi masih utang berapa ke saya?": the summary that answers it. */
function figuresQuestion(lower: string): Record<string, unknown> | null {
  // "sopo wae sing durung mbayar aku?", "who hasn't paid me yet?": what each employer still owes.
  if (WHO_OWES.test(lower) && NOT_PAID.test(lower)) return { period: 'thisMonth' };
  // "garapan peci ingkang 10 kodi menika kula taksih dipun utangi pinten": what is owed, for goods named by count.
  const owed =
    /\b(utang\w*|hutang\w*|diutangi|owes|owed|owe me|belum dibayar|blm dibayar|durung dibayar|dereng dipun bayar|dereng dibayar)\b/.test(
      lower,
    );
  if (ASKS_HOW_MUCH.test(lower) && owed && !/\b(upah|opah|ongkos)\w*\s+(per|se\w+)\b/.test(lower))
    return { period: 'thisMonth' };
  if (!ASKS_HOW_MUCH.test(lower) || !HER_MONEY.test(lower) || ABOUT_A_RATE.test(lower)) return null;
  if (/\b(minggu|pekan|week)\b/.test(lower))
    return { period: /\b(lalu|kemarin|kemaren|wingi|kepungkur|last)\b/.test(lower) ? 'lastWeek' : 'thisWeek' };
  if (/\b(bulan|sasi|wulan|month)\b.*\b(lalu|kemarin|kemaren|wingi|kepungkur|last)\b|\blast month\b/.test(lower))
    return { period: 'lastMonth' };
  return { period: 'thisMonth' };
}

export function quickRekap(lower0: string): Record<string, unknown> | null {
  // ("rekap minggu ini eh bulan ini aja": the period she meant.)
  // ("rekap mingu ini", "rekap mgg iki": the week with a letter left out.)
  // ("rekap mingguan e", "weekly summary": of the week, this one.)
  const lower = putRight(lower0)
    .replace(/\b(mingu|mnggu|mingg|mgg|mggu|minngu)\b/g, 'minggu')
    // ("weekly report", "my weekly summary", "mingguan rekape": the week said before the word, as after it.)
    .replace(
      /^(?:(?:my|the|our|this)\s+)?(?:weekly|mingguan)\s+(rekap|rekapan|rekape|ringkasan|hitungan|summary|report|laporan)\b/,
      '$1 minggu ini',
    )
    .replace(/\b(?:mingguan|mingguane|mingguanne|mingguannya|weekly)(?:\s+(?:e|ne|nya))?\b/g, 'minggu ini');
  const m = REKAP_WORD.exec(lower);
  if (!m) return figuresQuestion(lower);
  const said = periodFirst(m[2]!)
    .replace(/[.!?]+$/, '')
    // "rekap sasi iki piye", "summary for this week please": the words around the period say nothing.
    .replace(
      /\b(piye|pripun|gimana|gmn|please|pls|dong|sih|deh|nggih|ya|yo|mbak|min|kak|kakak|sis|say|nak|nduk|to|tho|ta|aja|ae|wae|saja|sj|dulu|dl|sek|sik|disik|itu|iku|kuwi|kui|tsb|that|the|one|lagi|lg|maneh|meneh|malih|again|sekarang|skrg|saiki|now)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim()
    // ("rekap minggu iki piye bu": "bu" last is how she speaks to the bot; "bu yati" is a name.)
    .replace(/\s+(?:bu|buk)$/, '');
  const bare = said.replace(/^(for|untuk|buat|nggo|kanggo)\s+/, '');
  const period = /^(this|last) week$|^(minggu|pekan|week)\b/.test(bare) || monthWord(bare) !== null;
  const rest = period ? bare : said;
  const word = m[1]!.toLowerCase();
  if (/^(minggu|pekan|week)\s*(ini|iki|this)?$/.test(rest) || rest === 'this week') return { period: 'thisWeek' };
  if (/^(minggu|pekan)\s*(lalu|kemarin|kemaren|wingi)$/.test(rest) || rest === 'last week')
    return { period: 'lastWeek' };
  if (word === 'slip' || /^(bulanan|monthly|untuk|buat|for)\b/.test(rest) || (word === 'laporan' && rest)) {
    const monthly = /^(bulanan|monthly)\b/.test(rest);
    const r = rest.replace(/^(bulanan|monthly)\s*/, '').replace(/^(untuk|buat|for)\s*/, '');
    const said = nameAndMonth(r);
    // "laporan oktober", "rekap untuk bulan lalu": REKAP. "slip bulan lalu", "laporan bulanan oktober": statements.
    if (word !== 'slip' && !monthly && !said.name && said.month) return periodOrMonth(said.month);
    return { statement: true, ...said };
  }
  const month = monthWord(rest);
  if (month) return periodOrMonth(month);
  // "rekap" alone: this week's figures at once (other periods from the menu), no question left open.
  if (!rest) return { period: 'thisWeek' };
  // "total e piro?", "hitungane pinten": a question of how much, with no period: as for REKAP alone.
  return figuresQuestion(lower) ?? (ASKS_HOW_MUCH.test(rest) ? { period: 'thisWeek' } : {});
}

/**
 * "minggu ini, takut ada yg dobel", "bulan ini soalnya mau ngecek": the period said first, then why she asks; the
 * reason says nothing of what to show. (A name or another month after it is kept: "bulan lalu, buat bu yati".)
 */
function periodFirst(said: string): string {
  const cut =
    /^\s*((?:minggu|pekan|bulan|sasi|wulan)\s+(?:ini|iki|niki|lalu|kemarin|kemaren|wingi|kepungkur)|(?:this|last)\s+(?:week|month))\s*(?:[,;.]\s*|\s+(?:soalnya|soale|karena|krn|karna|mergo|merga|amarga|takut|wedi|because|coz|cause)\b)(.*)$/.exec(
      said,
    );
  if (!cut) return said;
  const rest = cut[2]!;
  if (/\b(bu|pak|mbak|mas|juragan|bos|untuk|buat|for|bulanan|monthly)\b/.test(rest) || monthWord(rest) !== null)
    return said;
  return cut[1]!;
}

function periodOrMonth(w: MonthWord): Record<string, unknown> {
  if ('rel' in w && w.rel === 0) return { period: 'thisMonth' };
  if ('rel' in w && w.rel === -1) return { period: 'lastMonth' };
  return { month: w };
}

export const rekapFlow: Flow = {
  name: 'rekap',
  menu: { order: 55, label: (ctx) => ctx.t('menuRekap') },
  start(ctx, args) {
    if (typeof args?.period === 'string' && KINDS.includes(args.period as PeriodKind)) {
      return showPeriod(args.period as PeriodKind, ctx);
    }
    if (args?.statement) {
      const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
      return startStatement(ctx, str(args.name), args.month as MonthWord | undefined, str(args.whole));
    }
    if (args?.month) return showMonth(resolveMonth(args.month as MonthWord, today(ctx)), ctx);
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
        if (q?.month) return showMonth(resolveMonth(q.month as MonthWord, today(ctx)), ctx);
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
        return statementFor(e.id, state.data.month as MonthWord | undefined, ctx);
      }
      case 'stmtMonth': {
        if (!ctx.facts.diary) return need('diary');
        // 1 this month, 2 last month; or the month named ("oktober", "10", "10/2025").
        const said =
          n === 1
            ? { rel: 0 }
            : n === 2
              ? { rel: -1 }
              : n !== null && n >= 3 && n <= 12
                ? { m: n, y: null }
                : monthWord(input.lower);
        if (!said)
          return result(state, [{ text: `${ctx.t('chooseNumber', { max: 2 })}\n${ctx.t('askStatementMonth')}` }]);
        return statementFor(Number(state.data.employer), said, ctx);
      }
      default:
        return rekapFlow.start(ctx);
    }
  },
  quick: (input) => quickRekap(input.lower),
};
