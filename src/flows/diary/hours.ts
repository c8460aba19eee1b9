// Hours worked on a day (optionally for an order), how many family members
// helped, and whether a child under 15 helped. Stored as whole minutes. Who
// helped is never asked before the check screen: not said is kept as not said
// (null), invited there, and asked once softly after saving (./soft.ts).

import { DIARY_BOUNDS } from '../../content/diary-bounds.ts';
import type { HoursValues, Ledger } from '../../diary/ledger.ts';
import { addDays, periodOf } from '../../diary/period.ts';
import { openOrders } from '../../diary/summary.ts';
import { parseChoice, parseYesNo } from '../../parse/choice.ts';
import { parseHours } from '../../parse/date.ts';
import { lexicon } from '../../parse/lexicon.ts';
import { parseNumber } from '../../parse/number.ts';
import { fold } from '../../parse/text.ts';
import { readChildAnswer, readMessage, solidEntry } from '../../read/reader.ts';
import { inputOf } from '../input.ts';
import type { Effect, Flow, FlowContext, Input, Reply } from '../types.ts';
import './effects.ts';
import { dayField, isNone, ledgerOf, wholeNumber, yesRetype } from './fields.ts';
import { DOES_NOT_KNOW, type Field, type Form, type Parsed, startForm, stepForm } from './form.ts';
import { chooseOnPage, pageOf, pageText, pickOnPage } from './pick.ts';
import { dayText, num, orderLabel, shortDay, today } from './show.ts';
import { helpersSaid, softAbout } from './soft.ts';
import { changedValues } from './values.ts';

export type HoursDraft = {
  workedOn?: string;
  hours?: number;
  order?: number | null;
  /** Family members who helped; null: she did not say (never asked: shown as not said, asked softly after). */
  helpers?: number | null;
  /** A child under 15 among them; null: not said. */
  child?: boolean | null;
  /** The row being corrected, left out of the day's total. */
  self?: number;
  /** The page of the order list she is on. */
  orderPage?: number;
  /** The hours are a week's total: workedOn is the week's Monday; spread over its days when saved. */
  week?: boolean;
  /** Worked out from a vague start ("teko isuk sampe jam 2"): confirmed first. */
  approx?: boolean;
  /** "dino iki podo wingi": the hours and helpers of her last day worked, shown on the check screen. */
  same?: boolean;
  /** The clock hour her span began, when she gave one ("jam 8 sampe jam 12"): an end said later is from it. */
  from?: number;
};

/** Her last day worked before the draft's day: its hours added up, and who helped then (null: not said). */
function lastDay(d: HoursDraft, ctx: FlowContext): Partial<HoursDraft> | null {
  const rows = ledgerOf(ctx).hours.filter((h) => !d.workedOn || h.workedOn < d.workedOn);
  const day = rows
    .map((h) => h.workedOn)
    .sort()
    .pop();
  if (!day) return null;
  const that = rows.filter((h) => h.workedOn === day);
  const minutes = that.reduce((n, h) => n + h.minutes, 0);
  const said = that.map((h) => h.helpers).filter((n): n is number => n !== null);
  const helpers = said.length ? Math.max(...said) : null;
  const helped = that.filter((h) => (h.helpers ?? 0) > 0);
  const child = helped.some((h) => h.childHelper === true)
    ? true
    : helped.length && helped.every((h) => h.childHelper === false)
      ? false
      : null;
  return { hours: minutes / 60, helpers, child };
}

/** The days a week's total is spread over: Monday to Sunday, or to today if the week is not over. */
function weekDays(monday: string, ctx: FlowContext): string[] {
  const t = today(ctx);
  const out: string[] = [];
  for (let i = 0; i < 7; i++) {
    const day = addDays(monday, i);
    if (day > t && out.length) break;
    out.push(day);
  }
  return out;
}

/** Minutes per day of a week's total, whole minutes adding up to the total. */
function spread(minutes: number, days: string[]): { day: string; minutes: number }[] {
  const base = Math.floor(minutes / days.length);
  let extra = minutes - base * days.length;
  return days.map((day) => ({ day, minutes: base + (extra-- > 0 ? 1 : 0) }));
}

function minutesOn(ledger: Ledger, day: string, except?: number): number {
  return ledger.hours.filter((h) => h.workedOn === day && h.id !== except).reduce((a, h) => a + h.minutes, 0);
}

const hoursText = (h: number, ctx: FlowContext) => ctx.t('hoursN', { n: num(Math.round(h * 100) / 100, ctx.lang) });

/** Over 24 hours in a day is refused; over 16, or a figure worked out from a vague start, is confirmed. */
function hoursReview(d: HoursDraft, ctx: FlowContext, fromMessage: boolean): Parsed<HoursDraft> | null {
  const h = d.hours;
  if (h === undefined) return null;
  if (h <= 0) return { ok: false, error: ctx.t('hoursPositive') };
  const set = { hours: h, approx: undefined };
  if (d.week) {
    // A week's total: at most 24 hours on each of its days.
    const days = d.workedOn ? weekDays(d.workedOn, ctx).length : 7;
    if (h > 24 * days) return { ok: false, error: ctx.t('hoursOverDay') };
    return null;
  }
  if (h > DIARY_BOUNDS.hoursPerDay.max) return { ok: false, error: ctx.t('hoursOverDay') };
  const day = d.workedOn ?? today(ctx);
  const total = (minutesOn(ledgerOf(ctx), day, d.self) + Math.round(h * 60)) / 60;
  if (total > DIARY_BOUNDS.hoursPerDay.max) {
    return { ok: false, error: ctx.t('hoursDayFull', { day: dayText(day, ctx), total: hoursText(total, ctx) }) };
  }
  if (total > DIARY_BOUNDS.hoursPerDay.confirm) {
    const q = ctx.t('hoursMany', { day: dayText(day, ctx), total: hoursText(total, ctx) });
    return { ok: true, set, check: yesRetype(ctx, q, set) };
  }
  if (fromMessage && d.approx) {
    return { ok: true, set, check: yesRetype(ctx, ctx.t('hoursApprox', { hours: hoursText(h, ctx) }), set) };
  }
  return null;
}

const fields: Field<HoursDraft>[] = [
  dayField<HoursDraft>('workedOn', 'lblDay', 'askWorkedOn', { always: true }),
  {
    key: 'hours',
    label: 'lblHours',
    ask: (d, ctx) => (d.from !== undefined && d.hours === undefined ? ctx.t('askUntil') : ctx.t('askHours')),
    parse(input, d, ctx) {
      // One piece a bubble: "seko jam 7 esuk", then "nganti jam 4 sore".
      // ("jam 8 tekan jam 11, terus jam 1 tekan jam 4": two spans of the clock, read whole as a message is.)
      const spans = (input.lower.match(/\b(?:jam|jm|pukul)\s*\d/g) ?? []).length >= 3;
      const span = spans ? null : spanPiece(input, d, ctx);
      if (span) return span;
      const h = spans ? null : (parseHours(input.text) ?? parseHours(input.lower) ?? parseNumber(input.lower));
      const read = h === null ? readMessage(`kerja ${input.text}`, ctx.now).entries : [];
      const said = read[0];
      // (The spans of one day, each read as hours, are her hours together.)
      const minutes =
        said?.kind === 'hours' && said.minutes !== undefined
          ? spans
            ? read.reduce(
                (n, e) => n + (e.kind === 'hours' && e.day === said.day && e.minutes !== undefined ? e.minutes : 0),
                0,
              )
            : said.minutes
          : undefined;
      const hh = h ?? (minutes !== undefined ? minutes / 60 : null);
      if (hh === null || !Number.isFinite(hh)) return { ok: false, error: ctx.t('badHours') };
      // "kmrn 5 jam": the day said with them is their day (today was only assumed).
      const day = said?.kind === 'hours' && said.day && !said.week ? { workedOn: said.day } : {};
      const set = { hours: Math.round(hh * 60) / 60, approx: undefined, ...day };
      return hoursReview({ ...d, ...set }, ctx, false) ?? { ok: true, set };
    },
    review: (d, ctx) => hoursReview(d, ctx, true),
    assume: (d, ctx) => (d.same ? lastDay(d, ctx) : null),
    show(d, ctx) {
      if (d.hours === undefined) return null;
      if (!d.week || !d.workedOn) return hoursText(d.hours, ctx);
      const days = weekDays(d.workedOn, ctx);
      return ctx.t('hoursWeekLine', {
        hours: hoursText(d.hours, ctx),
        from: shortDay(days[0]!, ctx),
        to: shortDay(days[days.length - 1]!, ctx),
        days: days.length,
      });
    },
  },
  {
    key: 'order',
    label: 'lblForOrder',
    ask(d, ctx) {
      const l = ledgerOf(ctx);
      const pg = pageOf(openOrders(l), d.orderPage);
      return ctx.t('askHoursOrder', { list: pageText(pg, (s) => orderLabel(s.order, l, ctx, true), ctx) });
    },
    parse(input, d, ctx): Parsed<HoursDraft> {
      if (isNone(input)) return { ok: true, set: { order: null, orderPage: undefined } };
      const pg = pageOf(openOrders(ledgerOf(ctx)), d.orderPage);
      const picked = pickOnPage(input.text, pg);
      if (picked && 'next' in picked) return { ok: true, set: { orderPage: picked.next }, again: true };
      if (picked && 'item' in picked) return { ok: true, set: { order: picked.item.order.id, orderPage: undefined } };
      return { ok: false, error: chooseOnPage(pg, ctx, true) };
    },
    show(d, ctx) {
      if (d.order === undefined) return null;
      const l = ledgerOf(ctx);
      const o = l.orders.find((x) => x.id === d.order);
      return o ? orderLabel(o, l, ctx) : ctx.t('orderMixed');
    },
    infer: (_d, ctx) => (openOrders(ledgerOf(ctx)).length === 0 ? { order: null } : null),
    assume: () => ({ order: null }),
  },
  {
    key: 'helpers',
    label: 'lblHelpers',
    clears: ['child'],
    ask: (_d, ctx) => ctx.t('askHelpers'),
    parse: readHelpers,
    show: (d, ctx) =>
      d.helpers === undefined
        ? null
        : d.helpers === null
          ? ctx.t('helpersNotSaid')
          : d.helpers === 0
            ? ctx.t('none')
            : String(d.helpers),
    // Never asked: who helped is a detail, not the record. Not said is shown so, and she may say it at the check
    // screen ("0", "dewe", "dibantu suami") or after saving (src/flows/diary/soft.ts).
    assume: () => ({ helpers: null }),
    always: true,
    skipped: () => ({ helpers: null, child: null }),
    atCheck(input, d, ctx) {
      if (readMessage(input.text, ctx.now).entries.some(solidEntry)) return null;
      if (d.helpers === null) {
        // "kurang ngerti, ganti-ganti, paling telu": not sure, then her best guess of how many helped.
        const guess =
          /\b(?:paling|mungkin|kira2|kira-kira|kirakira|sekitar|kayake|kayaknya|about|maybe|probably)\s+([a-z]+|\d{1,2})(?:\s+(?:orang|org|wong|people))?[\s.!]*$/.exec(
            fold(input.text),
          );
        if (guess && !/\b(jam|jem|hours?)\b/.test(fold(input.text))) {
          const r = readHelpers(inputOf(guess[1]!), d, ctx);
          return r.ok && (r.set.helpers ?? 0) > 0 ? r : null;
        }
        if (!answersAtCheck(input)) return null;
        const r = readHelpers(input, d, ctx);
        // A none at the check screen only in words that say it ("0", "gak ada", "dewe"): "ga tau" is no answer.
        if (!r.ok || (r.set.helpers === 0 && !saysAlone(input))) return null;
        return r;
      }
      // "nggih, umure 13" when a child is shown already: the age confirms or changes it; never hours.
      if ((d.helpers ?? 0) > 0 && d.child !== null && d.child !== undefined && AGE_SAID.test(fold(input.text))) {
        const told = readChildAnswer(input.text);
        return told === null ? null : { ok: true, set: { child: told } };
      }
      if ((d.helpers ?? 0) > 0 && d.child === null) {
        // "adikku umur 12" for the one helper she said; "nggih, umure 13", "isih SD": a child's age, even after a yes.
        const said = helpersSaid(input.text, ctx);
        if (said && said.helpers === d.helpers && said.child !== undefined)
          return { ok: true, set: { child: said.child } };
        const aged = AGE_SAID.test(fold(input.text)) || answersAtCheck(input);
        const told = aged && !said ? readChildAnswer(input.text) : null;
        return told === null ? null : { ok: true, set: { child: told } };
      }
      return null;
    },
  },
  {
    key: 'child',
    label: 'lblChild',
    applies: (d) => (d.helpers ?? 0) > 0,
    ask: (_d, ctx) => ctx.t('askChild'),
    parse(input, _d, ctx) {
      // "iyo", "ora", or what tells it: "umure 12", "isih SD", "suami".
      const yn = parseYesNo(input.text);
      const told = yn ? null : readChildAnswer(input.text);
      if (!yn && told === null) return { ok: false, error: ctx.t('reply12') };
      return { ok: true, set: { child: yn ? yn === 'yes' : told! } };
    },
    show: (d, ctx) =>
      d.child === undefined ? null : d.child === null ? ctx.t('helpersNotSaid') : ctx.t(d.child ? 'yes' : 'no'),
    // Not asked either: asked softly after saving when someone helped and her age was not said.
    assume: () => ({ child: null }),
    always: true,
  },
];

/** Her start said alone, kept for the end to come; or the end said after it: the hours between. */
function spanPiece(input: Input, d: HoursDraft, ctx: FlowContext): Parsed<HoursDraft> | null {
  const t = fold(input.text).trim();
  if (d.from === undefined && START.test(t)) {
    const e = readMessage(`kerja ${t} nganti jam 23`, ctx.now).entries[0];
    if (e?.kind === 'hours' && e.from !== undefined) return { ok: true, set: { from: e.from }, again: true };
  }
  if (d.from !== undefined && /\b(jam|pukul|until|till|to|nganti|sampe|sampai|smp|ampe|tekan)\b/.test(t)) {
    const end = /\b(nganti|sampe|sampai|smp|ampe|tekan|until|till|to)\b/.test(t) ? t : `sampai ${t}`;
    const start = `${Math.floor(d.from)}.${String(Math.round((d.from % 1) * 60)).padStart(2, '0')}`;
    const e = readMessage(`kerja dari jam ${start} ${end}`, ctx.now).entries[0];
    if (e?.kind === 'hours' && e.minutes !== undefined && e.minutes > 0) {
      const set = { hours: Math.round(e.minutes) / 60, approx: undefined };
      return hoursReview({ ...d, ...set }, ctx, false) ?? { ok: true, set };
    }
  }
  return null;
}

/** A start time said alone: "seko jam 7 esuk", "dari jam 8", "from 9 am". */
const START =
  /^(?:(?:aku|saya|mau|tadi|td)\s+)?(?:(?:seko|soko|teko|ket|dari|dr|mulai|mulai dari|from|start(?:ed)? at)\s+(?:jam|pukul)?|(?:jam|pukul)(?=\s+\d))\s*[\w.:]+(?:\s+(?:pagi|esuk|isuk|siang|awan|sore|malam|bengi|am|pm))?$/;

/** "0", "sendiri", "dewe", "dibantu suami", "anakku loro": who helped, as an answer to the question. */
function readHelpers(input: Input, _d: HoursDraft, ctx: FlowContext): Parsed<HoursDraft> {
  const alone = /^(sendiri|sendirian|tidak ada|alone|none)$/.test(input.lower);
  // "dewe", "nobody", "dibantu suami", "anakku loro": who helped, in words.
  const said = alone || isNone(input) ? null : wholeNumber(input) === null ? helpersSaid(input.text, ctx) : null;
  const n = isNone(input) || alone ? 0 : (said?.helpers ?? wholeNumber(input));
  if (n === null || n < 0) return { ok: false, error: ctx.t('badHelpers') };
  if (n > DIARY_BOUNDS.helpers.max) return { ok: false, error: ctx.t('badHelpers') };
  const set: Partial<HoursDraft> =
    n === 0 ? { helpers: 0, child: null } : { helpers: n, ...(said?.child !== undefined ? { child: said.child } : {}) };
  if (n > DIARY_BOUNDS.helpers.confirm) {
    return { ok: true, set, check: yesRetype(ctx, ctx.t('helpersMany', { n }), set) };
  }
  return { ok: true, set };
}

/** An age or a school said ("umure 13", "9 tahun", "isih SD"): about a child, whatever words are around it. */
const AGE_SAID =
  /\b(umur|umure|umurnya|usia|usiane|usianya|aged?|tahun|thn|taun|th|years?|yo|sd|smp|paud|tk)\b|\b(?:she|he)(?:['’]s|\s+is|\s+was)\s+(?:only\s+|just\s+)?\d{1,2}\s*[.!]*$/;

/**
 * Whether a message at the check screen may be about who helped: not its own 1 or 2, not a yes, not a one-word
 * no (that is "change it"), not a question, not "I don't know".
 */
function answersAtCheck(input: Input): boolean {
  const n = parseChoice(input.text);
  if (n !== null && n !== 0) return false;
  const yn = parseYesNo(input.text);
  if (yn === 'yes' || (yn === 'no' && !/\s/.test(input.lower.trim()) && n !== 0)) return false;
  const t = fold(input.text);
  return !(/\?|\b(apa|opo|maksud\w*|piye|gimana|gmn|what)\b/.test(t) || DOES_NOT_KNOW.test(t));
}

/** Words that say nobody helped: "0", "gak ada", "tidak ada", "sendiri", "dewe", "nobody", "just me". */
function saysAlone(input: Input): boolean {
  const t = fold(input.text)
    .replace(/[.!,]+$/, '')
    .trim();
  if (
    /^(0|nol|gak ada|ga ada|nggak ada|ngga ada|enggak ada|tidak ada|tdk ada|ndak ada|gk ada|ora ono|ra ono|ora ana|gak ono|mboten wonten|belum ada|none|nobody|no one|nothing|just me|only me|by myself|me alone|nobody helped|no one helped|ga ada yg bantu|gak ada yang bantu|ora ono sing mbantu)$/.test(
      t,
    )
  )
    return true;
  const alone = lexicon().sets.alone;
  return t.split(/\s+/).some((w) => alone.has(w));
}

function values(d: HoursDraft): HoursValues {
  const helpers = d.helpers ?? null;
  return {
    worked_on: d.workedOn!,
    minutes: Math.round(d.hours! * 60),
    order_id: d.order ?? null,
    helpers,
    // Alone means no child helped: stored as no. Not said stays not said (null), for both.
    child_helper: helpers === 0 ? false : (d.child ?? null),
  };
}

/** The rows to write: one day, or a week's total spread evenly over its days. */
function rows(d: HoursDraft, ctx: FlowContext): HoursValues[] {
  const v = values(d);
  if (!d.week) return [v];
  return spread(v.minutes, weekDays(d.workedOn!, ctx))
    .filter((x) => x.minutes > 0)
    .map((x) => ({ ...v, worked_on: x.day, minutes: x.minutes }));
}

export const hoursForm: Form<HoursDraft> = {
  flow: 'hours',
  needs: ['diary'],
  fields,
  title: (_d, ctx) => ctx.t('hoursTitle'),
  invite: (d, ctx) => (d.helpers === null ? ctx.t('helpersInvite') : null),
  save(d, ctx, mode) {
    const l = ledgerOf(ctx);
    const written = rows(d, ctx);
    // The week of the day she worked: this week, or that day's own week when it was earlier.
    const week = periodOf('thisWeek', d.workedOn!);
    const inWeek = (day: string) => day >= week.from && day <= week.to;
    const weekMinutes =
      l.hours.filter((h) => inWeek(h.workedOn)).reduce((a, h) => a + h.minutes, 0) +
      written.filter((r) => inWeek(r.worked_on)).reduce((a, r) => a + r.minutes, 0);
    const thisWeek = inWeek(today(ctx));
    const weekText = thisWeek
      ? ctx.t('weekThis', { hours: hoursText(weekMinutes / 60, ctx) })
      : ctx.t('weekThat', {
          from: shortDay(week.from, ctx),
          to: shortDay(week.to, ctx),
          hours: hoursText(weekMinutes / 60, ctx),
        });
    const day = d.week
      ? ctx.t('weekSpread', {
          from: shortDay(written[0]!.worked_on, ctx),
          to: shortDay(written[written.length - 1]!.worked_on, ctx),
        })
      : dayText(d.workedOn!, ctx);
    const replies: Reply[] = [{ text: ctx.t('hoursSaved', { hours: hoursText(d.hours!, ctx), day, week: weekText }) }];
    if (mode === 'new') replies.push({ text: ctx.t('tipQuick', { example: `kerja ${num(d.hours!, 'id')} jam` }) });
    const effects: Effect[] = written.map((values) => ({ type: 'createHours' as const, values }));
    // Who helped, not said: asked once, softly, after saving (./soft.ts); it keeps nothing open.
    const about = softAbout(d.helpers, d.child);
    if (about) effects.push({ type: 'askSoft', about });
    return { effects, replies };
  },
  load(id, ctx) {
    const h = ledgerOf(ctx).hours.find((x) => x.id === id);
    if (!h) return null;
    return {
      workedOn: h.workedOn,
      hours: h.minutes / 60,
      order: h.orderId,
      helpers: h.helpers,
      child: (h.helpers ?? 0) > 0 ? h.childHelper : null,
      self: h.id,
    };
  },
  update(orig, d, id, ctx) {
    return {
      effects: [{ type: 'correctEntry', entity: 'hours', id, changes: changedValues(values(orig), values(d)) }],
      replies: [{ text: ctx.t('corrected') }],
    };
  },
};

export const hoursFlow: Flow = {
  name: 'hours',
  menu: { order: 40, label: (ctx) => ctx.t('menuHours') },
  start: (ctx, args) => startForm(hoursForm, ctx, args),
  step: (state, input, ctx) => stepForm(hoursForm, state, input, ctx),
};
