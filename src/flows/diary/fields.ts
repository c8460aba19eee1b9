// Fields more than one record flow asks: a day, an employer, an amount of money.
import { DIARY_BOUNDS } from '../../content/diary-bounds.ts';
import type { EmployerRec, Ledger } from '../../diary/ledger.ts';
import { addDays, daysBetween } from '../../diary/period.ts';
import { parseChoice } from '../../parse/choice.ts';
import { parseDay } from '../../parse/date.ts';
import { findMoney, parseMoney } from '../../parse/money.ts';
import { parseNumber } from '../../parse/number.ts';
import { editDistance, fold } from '../../parse/text.ts';
import type { MessageKey } from '../messages/index.ts';
import type { FlowContext, Input } from '../types.ts';
import type { Check, Draft, Field, Parsed } from './form.ts';
import { dayText, employersByUse, money, numbered, shortName, today } from './show.ts';

export function ledgerOf(ctx: FlowContext): Ledger {
  return ctx.facts.diary!;
}

const NONE =
  /^(0|nol|-|tidak|tidak ada|tdk|tdk ada|gak|gak ada|ga|ga ada|nggak|nggak ada|ngga ada|enggak ada|kosong|none|no|nothing|belum ada|ndak ada|ora ono|mboten)$/;

/** "0", "tidak ada", "gak ada": the answer "none". */
export function isNone(input: Input): boolean {
  return NONE.test(input.lower.replace(/[.!,]+$/, '').trim());
}

/** A whole number of pieces or people: "58", "lima", "58 pcs". */
export function wholeNumber(input: Input): number | null {
  const t = input.lower.replace(/\s*(pcs|biji|buah|orang|org|potong)$/, '').trim();
  const n = parseNumber(t);
  if (n === null || !Number.isInteger(n)) return null;
  return n;
}

export function yesRetype<D>(ctx: FlowContext, question: string, set: Partial<D>): Check<D> {
  return {
    question,
    choices: [
      { label: ctx.t('yesCorrect'), set },
      { label: ctx.t('retype'), set: null },
    ],
  };
}

/** A day of the diary: "1" today, "2" yesterday, or a date as she types it. */
export function dayField<D extends Draft>(key: keyof D & string, label: MessageKey, ask: MessageKey): Field<D> {
  return {
    key,
    label,
    ask: (_d, ctx) => `${ctx.t(ask)}\n${ctx.t('dayChoices')}`,
    parse(input, _d, ctx) {
      const t = today(ctx);
      const n = parseChoice(input.text);
      const day = n === 1 ? t : n === 2 ? addDays(t, -1) : parseDay(input.text, ctx.now);
      if (!day) return { ok: false, error: ctx.t('badDay') };
      const set = { [key]: day } as Partial<D>;
      if (day > t) return { ok: true, set, check: yesRetype(ctx, ctx.t('dayFuture', { day: dayText(day, ctx) }), set) };
      if (daysBetween(day, t) > DIARY_BOUNDS.daysBack) {
        return { ok: true, set, check: yesRetype(ctx, ctx.t('dayOld', { day: dayText(day, ctx) }), set) };
      }
      return { ok: true, set };
    },
    show: (d, ctx) => dayText(d[key] as string, ctx),
    assume: (_d, ctx) => ({ [key]: today(ctx) }) as Partial<D>,
  };
}

export interface EmployerPick {
  /** null: a new employer, created when the entry is saved. */
  id: number | null;
  name: string;
}

const HONORIFIC =
  /^(bu|ibu|bune|pak|bapak|pake|mbak|mba|mas|bos|boss|juragan|jur|cik|ci|koh|ko|mbok|bude|pakde|haji|hj|h|kak|tante|om|mandor)\s+/;

function core(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(HONORIFIC, '');
}

/** Her employer by name: the same person ("bu yati" = "Bu Yati" = "Yati"), or one very like it. */
export function matchEmployer(
  name: string,
  employers: EmployerRec[],
): { exact: EmployerRec | null; near: EmployerRec | null } {
  const c = core(name);
  const exact = employers.find((e) => core(e.name) === c) ?? null;
  if (exact || c.length < 3) return { exact, near: null };
  const limit = c.length >= 7 ? 2 : 1;
  const near = employers.find((e) => editDistance(core(e.name), c) <= limit) ?? null;
  return { exact: null, near };
}

/** Words of the bot's own that are never an employer's name ("UBAH" typed in the middle of a question). */
const COMMAND_WORDS =
  /^(ubah|edit|koreksi|ralat|salah|undo|rekap|ringkasan|laporan|slip|setor|setoran|order|orderan|dibayar|bayaran|kasbon|kerja|biaya|menu|batal|ya|tidak|ok|oke|tanya|ask|bpjs|bantuan|help|paid|advance|cost|work)$/;
/** A quick entry typed in the middle of a question ("dibayar 50rb dari Bu Yati"): not a name either. */
const QUICK_ENTRY = /^(order|orderan|setor|dibayar|kasbon|kerja|biaya|paid|advance|cost|work)\s.*\d/;
/** A summary asked for with its period ("rekap minggu ini", "slip bulan lalu"): not a name. */
const SUMMARY_ASKED = /^(rekap|ringkasan|laporan|slip|summary)\s/;

/** The longest name kept for an employer or a product. */
export const NAME_MAX = 40;

/** Why a typed name is not taken: too long, a phone number (5 or more digits), or not a name at all. */
export function nameProblem(text: string): 'long' | 'phone' | 'bad' | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (/\d{5,}/.test(t.replace(/[\s.-]/g, ''))) return 'phone';
  if (t.length > NAME_MAX) return 'long';
  if (t.length < 2 || !/\p{L}/u.test(t)) return 'bad';
  return null;
}

/** A name for an employer or a product: letters, not a phone number, not too long. */
export function cleanName(text: string): string | null {
  return nameProblem(text) ? null : text.replace(/\s+/g, ' ').trim();
}

export function employerField<D extends Draft>(
  key: keyof D & string,
  label: MessageKey,
  askFirst: 'askEmployerFirst' | 'askPayerFirst',
  askList: 'askEmployer' | 'askPayer',
  opts: { inferSingle: boolean; clears?: (keyof D & string)[] },
): Field<D> {
  const list = (ctx: FlowContext) => employersByUse(ledgerOf(ctx)).slice(0, 9);
  return {
    key,
    label,
    clears: opts.clears,
    ask(_d, ctx) {
      const l = list(ctx);
      if (!l.length) return ctx.t(askFirst);
      return ctx.t(askList, { list: numbered(l.map((e) => shortName(e.name))) });
    },
    parse(input, _d, ctx): Parsed<D> {
      const l = list(ctx);
      const n = parseChoice(input.text);
      if (n !== null) {
        const e = l[n - 1];
        if (!e) {
          const error = l.length
            ? ctx.t('chooseEmployerNumber', { max: l.length })
            : ctx.t('typeEmployerName', { max: 0 });
          return { ok: false, error };
        }
        return { ok: true, set: { [key]: { id: e.id, name: e.name } } as Partial<D> };
      }
      if (COMMAND_WORDS.test(input.lower) || QUICK_ENTRY.test(input.lower) || SUMMARY_ASKED.test(input.lower))
        return { ok: false, error: ctx.t('commandNotName') };
      const said = input.text.replace(/^(dari|dr|oleh|from)\s+/i, '');
      const problem = nameProblem(said);
      if (problem === 'long') return { ok: false, error: ctx.t('nameTooLong', { max: NAME_MAX }) };
      if (problem === 'phone') return { ok: false, error: ctx.t('nameNotPhone') };
      const typed = cleanName(said);
      // "pak slamet" is shown as "Pak Slamet"; a name typed with capitals is kept as typed.
      const name =
        typed && typed === typed.toLowerCase() ? typed.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : typed;
      if (!name) return { ok: false, error: ctx.t('typeEmployerName', { max: l.length }) };
      const all = ledgerOf(ctx).employers;
      const m = matchEmployer(name, all);
      if (m.exact) return { ok: true, set: { [key]: { id: m.exact.id, name: m.exact.name } } as Partial<D> };
      const fresh = { [key]: { id: null, name } } as Partial<D>;
      if (m.near) {
        return {
          ok: true,
          set: fresh,
          check: {
            question: ctx.t('employerNear', { name: m.near.name }),
            choices: [
              {
                label: ctx.t('yesIs', { name: m.near.name }),
                set: { [key]: { id: m.near.id, name: m.near.name } } as Partial<D>,
              },
              { label: ctx.t('noNewEmployer', { name }), set: fresh },
            ],
          },
        };
      }
      return { ok: true, set: fresh };
    },
    show(d, ctx) {
      const e = d[key] as EmployerPick | undefined;
      if (!e) return null;
      return e.id === null ? ctx.t('newMark', { name: e.name }) : e.name;
    },
    infer(_d, ctx) {
      if (!opts.inferSingle) return null;
      const all = ledgerOf(ctx).employers;
      return all.length === 1 ? ({ [key]: { id: all[0]!.id, name: all[0]!.name } } as Partial<D>) : null;
    },
  };
}

/**
 * An amount of money within bounds. "50" typed without "rb" or "Rp" and too
 * small to be meant as rupiah is offered as Rp50.000; anything outside the
 * bounds is confirmed.
 */
export function moneyAnswer<D extends Draft>(
  input: Input,
  ctx: FlowContext,
  bounds: { min: number; max: number },
  toSet: (rupiah: number) => Partial<D>,
  what: (rupiah: number) => string = money,
): Parsed<D> {
  const m = parseMoney(input.text) ?? parseMoney(input.lower) ?? findWhole(input.text);
  if (!m) return { ok: false, error: ctx.t('badMoney') };
  if (m.rupiah <= 0) return { ok: false, error: ctx.t('moneyPositive') };
  const set = toSet(m.rupiah);
  if (m.rupiah < bounds.min) {
    const thousand = m.rupiah * 1000;
    if (!m.explicit && thousand >= bounds.min && thousand <= bounds.max) {
      return {
        ok: true,
        set,
        check: {
          question: ctx.t('moneyThousand', { typed: what(m.rupiah), meant: what(thousand) }),
          choices: [
            { label: what(thousand), set: toSet(thousand) },
            { label: ctx.t('yesExactly', { typed: what(m.rupiah) }), set },
            { label: ctx.t('retype'), set: null },
          ],
        },
      };
    }
    return { ok: true, set, check: yesRetype(ctx, ctx.t('moneySmall', { typed: what(m.rupiah) }), set) };
  }
  if (m.rupiah > bounds.max) {
    return { ok: true, set, check: yesRetype(ctx, ctx.t('moneyLarge', { typed: what(m.rupiah) }), set) };
  }
  return { ok: true, set };
}

/** An amount found inside a longer answer ("dibayar 50rb tadi"), when it is the only one. */
function findWhole(text: string): { rupiah: number; explicit: boolean } | null {
  const f = findMoney(text);
  if (!f) return null;
  const rest = `${text.slice(0, f.start)} ${text.slice(f.end)}`;
  if (findMoney(rest)) return null;
  return { rupiah: f.rupiah, explicit: f.explicit };
}
