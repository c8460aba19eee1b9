// A record flow is a form: fields asked one message at a time, then one echo
// of everything for a yes/no before anything is stored. The same fields serve
// three ways in:
// - guided (from the menu): every field is asked, except a choice with only
//   one possible answer, which is inferred and shown in the echo;
// - quick (one message such as "setor 58 retur 2"): the recogniser cuts the
//   message into raw text per field, each read by the same parser as a typed
//   answer (so the same checks apply); what she did not say is asked, or, for
//   a few fields, assumed (today, no rejects) and shown in the echo;
// - edit (a correction): the stored row is the draft, she picks what to change.
// A value that is implausible or ambiguous is never taken silently: she is
// asked to confirm it. Nothing is written until she says yes at the echo.

import { isGoods, workWords } from '../../content/products.ts';
import { addDays } from '../../diary/period.ts';
import { parseChoice, parseYesNo } from '../../parse/choice.ts';
import { parseMoney } from '../../parse/money.ts';
import { parseNumber, readNumber } from '../../parse/number.ts';
import { fold } from '../../parse/text.ts';
import { personWord } from '../../read/clause.ts';
import { putRight } from '../../read/put-right.ts';
import {
  costCategoryOf,
  daySaidIn,
  readChildAnswer,
  readDayAnswer,
  readMessage,
  saidAsEntry,
  solidEntry,
} from '../../read/reader.ts';
import { ownShare } from '../../read/share.ts';
import { inputOf } from '../input.ts';
import type { MessageKey } from '../messages/index.ts';
import type { ConvState, Effect, FactKey, FlowContext, Input, Reply, StepResult } from '../types.ts';
import { need, result } from '../types.ts';
import { answerEntry } from './entries.ts';
import { isNone, ledgerOf, settledOn } from './fields.ts';
import { withoutQuestions } from './questions.ts';
import { REJECTED } from './reject-words.ts';
import { today } from './show.ts';
import { swapUnits, unitSwap } from './unit-swap.ts';

export type Draft = Record<string, unknown>;

export interface Choice<D> {
  label: string;
  /** What choosing it sets; null: type the value again. */
  set: Partial<D> | null;
}

export interface Check<D> {
  question: string;
  choices: Choice<D>[];
  /** Unusual, not impossible: the value stands, flagged on the check screen, instead of a question of its own. */
  soft?: boolean;
}

export type Parsed<D> =
  | {
      ok: true;
      set: Partial<D>;
      check?: Check<D>;
      /** Ask the same field again with what was set (another page of a list). */
      again?: boolean;
    }
  | { ok: false; error: string };

export interface Field<D extends Draft> {
  key: keyof D & string;
  /** Label of the echo line ("Jumlah"). */
  label: MessageKey;
  /** Whether the field applies to this draft at all (default: always). */
  applies?(d: D, ctx: FlowContext): boolean;
  ask(d: D, ctx: FlowContext): string;
  parse(input: Input, d: D, ctx: FlowContext): Parsed<D>;
  /** The value as shown in the echo; null hides the line. */
  show(d: D, ctx: FlowContext): string | null;
  /** Keys that depend on this one and are asked again when it changes. */
  clears?: (keyof D & string)[];
  /** The only possible answer, when there is one (asked anyway when she wants to change it). */
  infer?(d: D, ctx: FlowContext): Partial<D> | null;
  /** What a quick entry assumes when she did not say it (shown in the echo). */
  assume?(d: D, ctx: FlowContext): Partial<D> | null;
  /** The value taken after two answers it cannot read, when not the assumed one. */
  afterMisses?(d: D, ctx: FlowContext): Partial<D> | null;
  /** Assumed from the menu too, never asked unless she changes it (the day of a record, the order's extras). */
  always?: boolean;
  /** What "lewati", "skip" there leaves, shown on the check screen; without it, skipping leaves the record unsaved. */
  skipped?(d: D, ctx: FlowContext): Partial<D> | null;
  /** What "I don't know (yet)" there leaves, when the record is kept without it (a rate she was not told yet). */
  unknown?(d: D, ctx: FlowContext): Partial<D> | null;
  /**
   * Checks a value that arrived already read (from the reader of a whole message): the same checks
   * as a typed answer (plausible, not ambiguous, her employer). null: fine as it is.
   */
  review?(d: D, ctx: FlowContext): Parsed<D> | null;
  /**
   * A value for this line typed at the check screen while she has not said it ("0", "dewe", "dibantu suami" for
   * who helped): read with the same checks as a typed answer, then the check screen again. null: no such answer.
   */
  atCheck?(input: Input, d: D, ctx: FlowContext): Parsed<D> | null;
}

export interface Saved {
  effects: Effect[];
  replies: Reply[];
}

export interface Form<D extends Draft> {
  flow: string;
  needs: FactKey[];
  fields: Field<D>[];
  /** Echo heading ("Cek dulu, order baru:"). */
  title(d: D, ctx: FlowContext): string;
  /** One short line under the check screen's lines, inviting what she has not said yet; null: none. */
  invite?(d: D, ctx: FlowContext): string | null;
  save(d: D, ctx: FlowContext, mode: 'new' | 'quick'): Saved;
  /** The stored row as a draft, for corrections; null when it is not hers (any more). */
  load(id: number, ctx: FlowContext): D | null;
  update(orig: D, d: D, id: number, ctx: FlowContext): Saved;
}

interface FormState<D> {
  v: D;
  mode: 'new' | 'quick' | 'edit';
  raw?: Record<string, string>;
  edit?: { id: number; orig: D };
  chk?: { key: string; text: string; sets: (Partial<D> | null)[] };
  force?: string;
  /** Keys whose values came from the reader and are still to be reviewed. */
  rv?: string[];
  /** Keys whose values were assumed, not said (the goods of her last order): what she says later wins. */
  asm?: string[];
  /** Answers in a row the current question could not read. */
  miss?: number;
  /** The question asked last, how many times in a row with new lines given, and the values then. */
  asked?: { k: string; n: number; h: string };
  /** She asked for a moment once ("sek"): a second time it is read as not knowing. */
  waited?: boolean;
  /** Part of a batch (several entries of one message): stop at 'done' instead of the check screen. */
  batch?: boolean;
  /** A correction of another record said in the same message ("..., bayarnya jg dr bu umi"): after this one. */
  nextFix?: string;
  /** A line above a correction's check screen, saying which record it changes ("Upah untuk Bu Umi: sandal"). */
  head?: string;
}

export function textInput(raw: string): Input {
  return inputOf(raw.replace(/\s+/g, ' '));
}

/** The same values, whatever order the keys were set in ("yg obras 0 ditolak" of a hand-in saved so). */
function sameValues(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  // (A value left undefined is one not set.)
  return [...keys].every((k) => JSON.stringify(x[k] ?? null) === JSON.stringify(y[k] ?? null));
}

function st<D>(form: Form<any>, step: string, fs: FormState<D>): ConvState {
  return { flow: form.flow, step, data: fs as unknown as Record<string, unknown> };
}

function hasFacts(form: Form<any>, ctx: FlowContext): boolean {
  return form.needs.every((k) => ctx.facts[k] !== undefined);
}

function applies<D extends Draft>(f: Field<D>, d: D, ctx: FlowContext): boolean {
  return f.applies ? f.applies(d, ctx) : true;
}

function apply<D extends Draft>(d: D, set: Partial<D>): D {
  return { ...d, ...set };
}

function clear<D extends Draft>(f: Field<D>, d: D): D {
  const next: Draft = { ...d };
  delete next[f.key];
  for (const k of f.clears ?? []) delete next[k];
  return next as D;
}

function lines<D extends Draft>(form: Form<D>, d: D, ctx: FlowContext): { field: Field<D>; text: string }[] {
  const out: { field: Field<D>; text: string }[] = [];
  for (const f of form.fields) {
    if (!applies(f, d, ctx)) continue;
    const v = f.show(d, ctx);
    if (v !== null) out.push({ field: f, text: `${ctx.t(f.label)}: ${v}` });
  }
  return out;
}

/** The lines of a draft's check screen ("Jumlah: 3 kodi (60)"). */
export function formLines<D extends Draft>(form: Form<D>, d: D, ctx: FlowContext): string[] {
  return lines(form, d, ctx).map((l) => l.text);
}

function askReply<D extends Draft>(
  form: Form<D>,
  f: Field<D>,
  fs: FormState<D>,
  ctx: FlowContext,
  before?: string,
): StepResult {
  const ask = f.ask(fs.v, ctx);
  // (Counted again only when she gave other lines to it meanwhile, not when she asked what it meant.)
  const h = JSON.stringify(fs.v);
  const same = fs.asked?.k === f.key;
  const asked = { k: f.key, n: same ? fs.asked!.n + (fs.asked!.h === h ? 0 : 1) : 1, h };
  return result(st(form, `ask:${f.key}`, { ...fs, asked }), [{ text: before ? `${before}\n${ask}` : ask }]);
}

function checkReply<D extends Draft>(
  form: Form<D>,
  key: string,
  check: Check<D>,
  fs: FormState<D>,
  ctx: FlowContext,
): StepResult {
  // "Itu besar sekali. Betul?" with only yes or type again: the value stands, flagged above what comes next (the
  // check screen, where "2 Ubah" changes it), so a tired "ya" is never taken for the save she meant.
  const [yes, again] = check.choices;
  if (check.soft && check.choices.length === 2 && yes?.set && again?.set === null) {
    const warn = check.question.replace(/\s*(Betul\?|Is that right\?)$/, ` ${ctx.t('pleaseCheck')}`);
    return advance(form, { ...fs, v: apply(fs.v, yes.set), force: undefined }, ctx, warn);
  }
  const asked = `${check.question}\n${check.choices.map((c, i) => `${i + 1} ${c.label}`).join('\n')}`;
  // A change said in one message ("upahe peci 4 ewu"): which record it is for, above its question.
  const text = fs.head && fs.mode === 'edit' ? `${fs.head}\n${asked}` : asked;
  const next: FormState<D> = { ...fs, chk: { key, text, sets: check.choices.map((c) => c.set) } };
  const options = check.choices.map((c, i) => ({ key: String(i + 1), label: c.label }));
  return result(st(form, 'check', next), [{ text, options }]);
}

/** Buttons where the channel has them; typing 1 or 2 works everywhere. */
function saveOptions(ctx: FlowContext) {
  return [
    { key: '1', label: ctx.t('optSave') },
    { key: '2', label: ctx.t('optChange') },
  ];
}

function confirmReply<D extends Draft>(form: Form<D>, fs: FormState<D>, ctx: FlowContext): StepResult {
  const d = fs.v;
  if (fs.mode === 'edit' && fs.edit) {
    const changed: string[] = [];
    for (const f of form.fields) {
      const before = applies(f, fs.edit.orig, ctx) ? f.show(fs.edit.orig, ctx) : null;
      const after = applies(f, d, ctx) ? f.show(d, ctx) : null;
      if (before !== after) changed.push(`${ctx.t(f.label)}: ${before ?? '-'} → ${after ?? '-'}`);
    }
    if (!changed.length) return fixReply(form, fs, ctx, ctx.t('nothingChanged'));
    const text = ctx.t('confirmEdit', { lines: changed.join('\n') });
    return result(st(form, 'confirm', fs), [
      { text: fs.head ? `${fs.head}\n${text}` : text, options: saveOptions(ctx) },
    ]);
  }
  const invite = form.invite?.(d, ctx);
  const body = [...lines(form, d, ctx).map((l) => l.text), ...(invite ? [invite] : [])].join('\n');
  return result(st(form, 'confirm', fs), [
    { text: ctx.t('confirmNew', { title: form.title(d, ctx), lines: body }), options: saveOptions(ctx) },
  ]);
}

function fixReply<D extends Draft>(form: Form<D>, fs: FormState<D>, ctx: FlowContext, before?: string): StepResult {
  const list = lines(form, fs.v, ctx)
    .map((l, i) => `${i + 1} ${l.text}`)
    .join('\n');
  const text = ctx.t(fs.mode === 'edit' ? 'fixWhichEdit' : 'fixWhich', { list });
  return result(st(form, 'fix', { ...fs, force: undefined }), [{ text: before ? `${before}\n${text}` : text }]);
}

/** Takes what is known as far as it goes: the next question, a check, or the echo. */
function advance<D extends Draft>(form: Form<D>, fs0: FormState<D>, ctx: FlowContext, before?: string): StepResult {
  let fs = fs0;
  let d = fs.v;
  const raw = { ...(fs.raw ?? {}) };
  for (const f of form.fields) {
    if (!applies(f, d, ctx)) continue;
    if (fs.force === f.key) return askReply(form, f, { ...fs, v: d, raw }, ctx, before);
    if (d[f.key] !== undefined) {
      if (!fs.rv?.includes(f.key)) continue;
      fs = { ...fs, rv: fs.rv.filter((k) => k !== f.key) };
      const r = f.review?.(d, ctx);
      if (!r) continue;
      if (!r.ok) {
        d = clear(f, d);
        return askReply(form, f, { ...fs, v: d, raw }, ctx, before ? `${before}\n${r.error}` : r.error);
      }
      if (r.check) return checkReply(form, f.key, r.check, { ...fs, v: apply(d, r.set), raw }, ctx);
      d = apply(d, r.set);
      continue;
    }
    const typed = raw[f.key];
    if (typed !== undefined) {
      delete raw[f.key];
      const r = f.parse(textInput(typed), d, ctx);
      if (!r.ok) return askReply(form, f, { ...fs, v: d, raw }, ctx, r.error);
      if (r.check) return checkReply(form, f.key, r.check, { ...fs, v: d, raw }, ctx);
      if (r.again) return askReply(form, f, { ...fs, v: apply(d, r.set), raw }, ctx, before);
      d = apply(d, r.set);
      continue;
    }
    const inferred = f.infer?.(d, ctx);
    if (inferred) {
      d = apply(d, inferred);
      continue;
    }
    const assumed = fs.mode === 'quick' || (f.always && fs.mode === 'new') ? f.assume?.(d, ctx) : null;
    if (assumed) {
      d = apply(d, assumed);
      fs = { ...fs, asm: [...(fs.asm ?? []), ...Object.keys(assumed)] };
      continue;
    }
    // (She gave another line than the one asked: the next one after it is asked, as she tells in her own order.)
    const forced =
      fs.force && fs.force !== f.key
        ? form.fields.find((x) => x.key === fs.force && applies(x, d, ctx) && d[x.key] === undefined)
        : undefined;
    return askReply(form, forced ?? f, { ...fs, v: d, raw }, ctx, before);
  }
  const done: FormState<D> = { ...fs, v: d, raw: undefined, force: undefined, chk: undefined, miss: undefined };
  // One of several entries of a message: the batch shows them all on one check screen.
  if (fs.batch) return result(st(form, 'done', done), before ? [{ text: before }] : []);
  const r = confirmReply(form, done, ctx);
  if (before) r.replies[0] = { ...r.replies[0]!, text: `${before}\n${r.replies[0]!.text}` };
  return r;
}

/** The question a record was at, asked again (she set it aside and comes back to it). */
export function resumeAt<D extends Draft>(form: Form<D>, state: ConvState, ctx: FlowContext): StepResult {
  if (!hasFacts(form, ctx)) return need(...form.needs);
  const fs = { ...(state.data as unknown as FormState<D>), miss: undefined };
  const [kind, key] = state.step.split(':');
  if (kind === 'ask') {
    const f = form.fields.find((x) => x.key === key);
    if (f) return askReply(form, f, fs, ctx);
  }
  if (kind === 'check' && fs.chk) {
    const options = fs.chk.sets.map((_, i) => ({ key: String(i + 1), label: String(i + 1) }));
    return result(st(form, 'check', fs), [{ text: fs.chk.text, options }]);
  }
  if (kind === 'fix') return fixReply(form, fs, ctx);
  if (kind === 'done') return result(st(form, 'done', fs));
  return advance(form, { ...fs, force: undefined }, ctx);
}

export function startForm<D extends Draft>(
  form: Form<D>,
  ctx: FlowContext,
  args: Record<string, unknown> | undefined,
): StepResult {
  if (!hasFacts(form, ctx)) return need(...form.needs);
  if (typeof args?.edit === 'number') {
    const orig = form.load(args.edit, ctx);
    if (!orig) return result(null, [{ text: ctx.t('entryGone') }]);
    const fs: FormState<D> = {
      v: orig,
      mode: 'edit',
      edit: { id: args.edit, orig },
      ...(typeof args.nextFix === 'string' ? { nextFix: args.nextFix } : {}),
    };
    const title = typeof args.title === 'string' ? args.title : undefined;
    // A value she gave for the record (the rate she was told at last): checked as a typed one, then the changes.
    const set = (args.set ?? undefined) as Partial<D> | undefined;
    if (set && Object.keys(set).length) {
      const keys = Object.keys(set).filter((k) => form.fields.some((f) => f.key === k));
      const head = typeof args.head === 'string' ? args.head : undefined;
      return advance(form, { ...fs, v: { ...orig, ...set }, rv: keys, head }, ctx);
    }
    // "sorry, it was 90 not 80" just after saving: the figure changed on the entry, shown for a yes.
    if (typeof args.fix === 'string') {
      // (A record found by the day she named is named above its changes.)
      const fsHead = typeof args.head === 'string' ? { ...fs, head: args.head } : fs;
      // (The message was already taken as a change of this record: a figure in it is no new entry.)
      const spelt = /\d/.test(args.fix) ? '' : wordsAsDigits(args.fix);
      const fixed =
        correction(form, fsHead, inputOf(args.fix), ctx, true) ??
        dayCorrection(form, fsHead, inputOf(args.fix), ctx) ??
        (/\d/.test(spelt) ? correction(form, fsHead, inputOf(spelt), ctx, true) : null);
      // ("iku dino iki kabeh" of what was saved for today: as it stands already; nothing to change, nothing asked.)
      const same = !!fixed?.state && sameValues((fixed.state.data as unknown as FormState<D>).v, orig);
      if (same) return result(null, [{ text: ctx.t('savedAsSaid') }]);
      if (fixed) return saidAlongside(form, fixed, args.fix, ctx);
    }
    return fixReply(form, fs, ctx, title);
  }
  const raw = (args?.raw ?? undefined) as Record<string, string> | undefined;
  const preset = (args?.preset ?? {}) as Partial<D>;
  // Values read from her message are checked as typed answers would be.
  const rv = Array.isArray(args?.review) ? (args.review as string[]) : undefined;
  // "setor" alone is the menu's way in: ask everything. Anything more is a quick entry.
  const quick = Object.keys(raw ?? {}).length > 0 || Object.keys(preset).length > 0;
  const batch = args?.batch === true ? true : undefined;
  return advance(form, { v: { ...preset } as D, mode: quick ? 'quick' : 'new', raw, rv, batch }, ctx);
}

export function stepForm<D extends Draft>(form: Form<D>, state: ConvState, input: Input, ctx: FlowContext): StepResult {
  if (!hasFacts(form, ctx)) return need(...form.needs);
  const fs = state.data as unknown as FormState<D>;
  const [kind, key] = state.step.split(':');

  if (kind === 'ask') {
    const f = form.fields.find((x) => x.key === key);
    if (!f) return advance(form, fs, ctx);
    // "jam piro? yo mulai jam 6 esuk nganti jam 11, lha piye?": her answer, without the questions around it.
    const bare = withoutQuestions(input.text);
    if (bare !== null) return stepForm(form, state, inputOf(bare), ctx);
    // "biasanya 35rb sekodi, tp kmrn blg naik jd 40rb. tulis 40rb aja": the figure she says to write.
    const toWrite = WRITE_THIS.exec(fold(input.text));
    if (toWrite && toWrite[1]!.trim() !== fold(input.text).trim()) {
      // (The unit the rate is per, said with the other figure, "35rb sekodi", is the same.)
      const per = /(?:^|\s)(?:se|per|sak|\/)\s?(kodi|lusin|pasang|psg|biji|pcs|gros|kg|kilo|pak|ikat)\b/.exec(
        fold(input.text),
      );
      const perSaid = /(?:^|\s)(?:se|per|sak|\/)\s?[a-z]+/.test(toWrite[1]!);
      return stepForm(form, state, inputOf(per && !perSaid ? `${toWrite[1]} per ${per[1]}` : toWrite[1]!), ctx);
    }
    // "30rb. eh bukan, 35rb", "bu yati. eh dudu, bu umi": what she meant, without what she took back.
    const putRightAnswer = putRight(input.text);
    if (putRightAnswer !== input.text && putRightAnswer.trim())
      return stepForm(form, state, inputOf(putRightAnswer), ctx);
    // "wait, it was 150k not 100k. from juragan darmo": the correction, then the answer said after it.
    const parts = input.text.split(/(?<=[.!;])\s+/).filter((p) => p.trim());
    if (parts.length === 2 && isCorrection(parts[0]!) && !isCorrection(parts[1]!)) {
      const first = stepForm(form, state, inputOf(parts[0]!), ctx);
      const moved = first.state?.flow === form.flow && first.state.step === state.step;
      const same = JSON.stringify((first.state?.data as FormState<D> | undefined)?.v) === JSON.stringify(fs.v);
      if (!first.needs && moved && !same && !first.effects.length)
        return stepForm(form, first.state!, inputOf(parts[1]!), ctx);
    }
    // "600 per biji. eh salah, 120 biji kesetnya": the answer, then a figure said before put right.
    // (Not when the whole is her answer: "telu. eh limang pasang ding" to "how many rejected?" is five.)
    if (
      parts.length === 2 &&
      !isCorrection(parts[0]!) &&
      startsCorrecting(parts[1]!) &&
      !f.parse(input, fs.v, ctx).ok
    ) {
      const first = stepForm(form, state, inputOf(parts[0]!), ctx);
      const answered = first.state?.flow === form.flow && first.state.step !== state.step;
      if (!first.needs && answered && !first.effects.length) {
        const then = stepForm(form, first.state!, inputOf(parts[1]!), ctx);
        if (!then.needs && then.state?.flow === form.flow) return then;
      }
    }
    // "Pak Hadi" to "Berapa kasbonnya?": whom it is from, on its own line; the question stays.
    const who = form.fields.find((x) => x.key === 'employer');
    if (
      who &&
      f.key !== 'employer' &&
      !/\d/.test(input.text) &&
      /^(bu|pak|mbak|mas|juragan|bos|mbah|cak|ning|bude|pakde)\s+[a-z]+(\s+[a-z]+)?$/.test(fold(input.text).trim())
    ) {
      const r = who.parse(input, clear(who, fs.v), ctx);
      if (r.ok && !r.again && !r.check) return askReply(form, f, { ...fs, v: apply(clear(who, fs.v), r.set) }, ctx);
    }
    // "tp dibagi 2 sm mbak rini, sy cm 5 kodi" to "Berapa upahnya?": her part of the order, then the question.
    const share = sharedPart(form, fs, input);
    if (share) return askReply(form, f, { ...fs, v: apply(fs.v, share) }, ctx);
    // "eh salah, 3 kodi maksudnya" to the next question: the figure said before is changed, then this is asked
    // again; "eh bukan, 8 jam. sendiri aja": every value the correction gives, the asked one too.
    // "maksudnya yg dibalikin?" to "Berapa yang ditolak?": the question said plainer, no count taken from it.
    if (
      !NAME_KEY.test(f.key) &&
      !/\d/.test(input.text) &&
      !NUMBER_WORDS.test(fold(input.text)) &&
      ASKS_BACK.test(fold(input.text)) &&
      !DOES_NOT_KNOW.test(fold(input.text)) &&
      // ("eh bukan itu, maksud saya bayaran": she says what she meant; no question.)
      !/\b(bukan|dudu|salah|sanes|maksud saya|maksudku|maksud aku|i mean|i meant)\b/.test(fold(input.text)) &&
      !f.parse(input, fs.v, ctx).ok
    )
      return askReply(form, f, fs, ctx, ctx.t(f.key === 'rejected' ? 'rejectedMeans' : 'askedBack'));
    // ("oh 4 biji", "iya 3" to the question: her answer, not a figure said before put right.)
    const plainAnswer =
      /^(oh+|o|iya|ya|yo|iyo|nggih|inggih)\b/.test(fold(input.text).trim()) && f.parse(input, fs.v, ctx).ok;
    if (isCorrection(input.text) && !plainAnswer) {
      const whole = startsCorrecting(input.text) ? correctedEntry(form, fs, input, ctx) : null;
      if (whole) return whole;
      const fixed = correction(form, fs, input, ctx);
      if (fixed) return fixed;
    }
    // "maksudnya gimana?", "sing endi?", "thank you" to "Dari siapa?" / "Barang apa?": no name; said plainer.
    if (NAME_KEY.test(f.key) && !/\d/.test(input.text)) {
      const t = fold(input.text).trim();
      // ("dr pak hadi. eh apa bu yati ya.. iya bu yati": unsure aloud, then settled; no question.)
      const settled = /employer/i.test(f.key) ? settledOn(t, ledgerOf(ctx).employers) : null;
      if (settled) {
        const r = f.parse(inputOf(settled.name), fs.v, ctx);
        if (r.ok && !r.again && !r.check) return advance(form, { ...fs, v: apply(fs.v, r.set), force: undefined }, ctx);
      }
      // ("piro yo mau" to "Dari siapa?": she is thinking of the sum, not naming anyone; the sum comes next.)
      // (So the sum is asked now, and whom from after it: never the same question over and over.)
      if (/\b(piro|pira|pinten|berapa|brp|brapa|how much|how many)\b/.test(t) && !TITLE_NAME.test(t)) {
        const figure = form.fields.find(
          (x) => FIGURE_KEY.test(x.key) && applies(x, fs.v, ctx) && fs.v[x.key] === undefined,
        );
        return figure ? advance(form, { ...fs, force: figure.key }, ctx) : askReply(form, f, fs, ctx);
      }
      if (ASKS_BACK.test(t)) return askReply(form, f, fs, ctx, ctx.t('askedBack'));
      if (NOT_A_NAME.test(t) || HOW_PAID.test(t) || /^(dereng|durung|belum|blm|not yet|ora|gak|ga|tidak)\b/.test(t))
        return askReply(form, f, fs, ctx);
      // ("rekap minggu ini", "menu" are asked of the bot: no goods, no name.)
      const command = ASKED_OF_BOT.test(t);
      // "Keset saking Pak Haji Slamet" to "Dari siapa?": the goods and whom from, each on its line.
      const both = command ? null : goodsAndName(form, fs, input.text, ctx);
      if (both) return advance(form, { ...fs, v: apply(fs.v, both), force: undefined }, ctx);
      // One fact a bubble, in her own order: "sandal" to "Dari siapa?" is the goods, "teko pak hadi" to "Barang
      // apa?" is whom from; each fills its own line and the question stays.
      // (As with more than was asked: the line she gave is shown, the line after it asked next, and this question
      // comes round again later, never twice in a row.)
      const other = command ? null : otherSlot(form, f.key, fs.v, t, input, ctx);
      if (other) {
        const v = apply(fs.v, other);
        const given = Object.keys(other);
        const heard = form.fields
          .filter((x) => given.includes(x.key) && applies(x, v, ctx))
          .map((x) => `${ctx.t(x.label)}: ${x.show(v, ctx)}`)
          .join('\n');
        const next = nextAfter(form, v, given, fs.mode, ctx);
        return advance(form, { ...fs, v, miss: undefined, force: next }, ctx, heard || undefined);
      }
      // "ora ono", "gak ada" to "Dari siapa order ini?" from the menu: there is nothing to record.
      if (fs.mode === 'new' && isNone(input)) return result(null, [{ text: ctx.t('cancelled') }]);
    }
    // "mboh, wes lah batal wae", "udah lah nanti aja nyatetnya": the record is dropped, as she says.
    if (givesUp(input.text) && fs.mode !== 'edit' && parseChoice(input.text) === null)
      return result(null, [{ text: ctx.t('unknownLeft', { flow: form.flow }) }]);
    // "nggih", "ok" to "Berapa upahnya?": nothing to give yet; kept as not known (shown on the check screen).
    if (
      f.key === 'rate' &&
      fs.mode !== 'edit' &&
      parseChoice(input.text) === null &&
      !/\d/.test(input.text) &&
      !NUMBER_WORDS.test(input.lower) &&
      parseYesNo(input.text) === 'yes'
    ) {
      const none = f.unknown?.(fs.v, ctx);
      if (none) return advance(form, { ...fs, v: apply(fs.v, none), miss: undefined, force: undefined }, ctx);
    }
    // "50rb sekodi apa per biji ya. sekodi mbak": unsure between two aloud, then the one she settles on.
    if (!NAME_KEY.test(f.key)) {
      for (const said of afterDoubt(fold(input.text))) {
        const g = f.parse(inputOf(said), fs.v, ctx);
        if (!g.ok || g.again) continue;
        if (g.check) return checkReply(form, f.key, g.check, { ...fs, miss: undefined }, ctx);
        return advance(form, { ...fs, v: apply(fs.v, g.set), miss: undefined, force: undefined }, ctx);
      }
    }
    // ("bentar, lupa" to "Dari siapa?": she has to think; no name.)
    const r =
      NAME_KEY.test(f.key) &&
      (WAITING.test(fold(input.text)) || DOES_NOT_KNOW.test(fold(input.text))) &&
      !/\b(bu|pak|mbak|mas|juragan|bos|koh|cik|haji)\b/.test(fold(input.text)) &&
      fold(input.text).split(/\s+/).length <= 6
        ? ({ ok: false, error: '' } as const)
        : f.parse(input, fs.v, ctx);
    // An answer with more in it than was asked: every value it gives, each checked as a message's would be.
    const more = moreThanAsked(form, f, fs, input, r, ctx);
    if (more) return more;
    // "wingi" alone to "Berapa biayanya?": the day of the record, heard; the figure still asked.
    const dayField = form.fields.find((x) => /On$/.test(x.key) && x.key !== 'dueOn' && applies(x, fs.v, ctx));
    const dayAlone = !r.ok && FIGURE_KEY.test(f.key) && dayField ? readDayAnswer(input.text, ctx.now) : null;
    if (dayAlone && !dayAlone.due && dayField) {
      const d = dayField.parse(textInput(input.text), clear(dayField, fs.v), ctx);
      if (d.ok && !d.again && !d.check) {
        const v = apply(fs.v, d.set);
        return askReply(form, f, { ...fs, v }, ctx, `${ctx.t(dayField.label)}: ${dayField.show(v, ctx)}`);
      }
    }
    // "sandal nang pak hadi" to "Berapa sandal yang diserahkan?": she says again what it is, not how many; heard,
    // and only the figure asked for, plainly (no miss counted: she has not tried a figure yet).
    if (!r.ok && FIGURE_KEY.test(f.key) && namesWhatOrWhom(input.text, shownSoFar(form, fs.v, ctx))) {
      const only = ctx.t(
        /amount|cut/.test(f.key) ? 'figureOnlyMoney' : f.key === 'hours' ? 'figureOnlyHours' : 'figureOnlyCount',
      );
      return result(st(form, state.step, fs), [{ text: only }]);
    }
    // A name is any words, but not an entry of its own ("oh and Pak Hadi paid me 50k" to "What is the product?",
    // "bu yati bayar 85rb, pak hadi 120rb" to "Dari siapa?"): left unanswered, so it is handled as something new.
    // So is an answer with several entries ("benang 18rb, sama ongkos ojek 15rb" to "Biaya untuk apa?").
    const solids = readMessage(input.text, ctx.now).entries.filter(solidEntry);
    if (solids.length >= 2 || (r.ok && /employer|product|what/i.test(f.key) && solids.length))
      return askReply(form, f, fs, ctx);
    // "gak tau, upahe durung dikandani", "lupa": what can be assumed is (shown on the check screen); without it
    // the record cannot be kept, so she is told so and how to send it later, never asked the same again.
    // "sek lupa brp", "bentar tak delok bukune": she will look it up; the question stays open, asked once more.
    if (!r.ok && WAITING.test(fold(input.text)) && !fs.waited) {
      // (The question is just above on her screen: only that it waits, short.)
      return result(st(form, state.step, { ...fs, waited: true }), [{ text: ctx.t('waitOk') }]);
    }
    // "piro yo", "brp ya", "lali aku" to "Berapa uang yang Anda terima?": she is thinking of the figure, or has it
    // not at hand; told kindly that it can come later, the question kept open, no miss counted. (A figure that can
    // be left not known, or assumed, is left so on "lupa" as before; a second "lupa" drops the record.)
    if (!r.ok && !fs.waited && FIGURE_KEY.test(f.key) && thinkingOfFigure(input.text)) {
      const forgot = !SELF_ASKS.test(fold(input.text));
      const leftOrAssumed = f.unknown?.(fs.v, ctx) ?? (f.key === 'rejected' ? f.assume?.(fs.v, ctx) : null);
      if (!forgot || !leftOrAssumed)
        return result(st(form, state.step, { ...fs, waited: true }), [
          { text: ctx.t(f.key === 'hours' ? 'thinkingHours' : 'thinkingFigure') },
        ]);
    }
    // From the menu, "eh bukan itu, maksud saya bayaran": the other kind of record she meant, from its start.
    const meant = fs.mode === 'new' && !/\d/.test(input.text) ? otherKindMeant(input.text, form.flow) : null;
    if (meant) {
      // "bayaran" or "kasbon" says which money it is.
      const kind =
        meant === 'payment' ? (/\b(kasbon|bon|utang|advance)\b/.test(fold(input.text)) ? 'kasbon' : 'pay') : null;
      return { ...result(null), goto: { flow: meant, args: kind ? { preset: { kind } } : undefined } };
    }
    // "skip ae, sesuk wae tak catet", "nanti aja": she will send it later; nothing is kept open.
    if (!r.ok && LATER_ON.test(fold(input.text)) && fs.mode !== 'edit')
      return result(null, [{ text: ctx.t('unknownLeft', { flow: form.flow }) }]);
    // "udah gitu aja bu, mau masak": she is done talking; what can be left or assumed is, else it is not kept.
    if (!r.ok && THATS_ALL.test(fold(input.text)) && fs.mode !== 'edit') {
      const left = f.skipped?.(fs.v, ctx) ?? f.assume?.(fs.v, ctx);
      if (left) return advance(form, { ...fs, v: apply(fs.v, left), miss: undefined, force: undefined }, ctx);
      return result(null, [{ text: ctx.t('unknownLeft', { flow: form.flow }) }]);
    }
    // "lewati", "skip ae", "gak usah": what a skipped question leaves, when it can be left (who helped: none said).
    if (!r.ok && SKIP.test(fold(input.text).trim()) && fs.mode !== 'edit') {
      const left = f.skipped?.(fs.v, ctx) ?? f.assume?.(fs.v, ctx);
      if (left) return advance(form, { ...fs, v: apply(fs.v, left), miss: undefined, force: undefined }, ctx);
    }
    // "gak tau pasti mbak, kayae 4. iya 4": not sure, then a figure she settles on; that figure is her answer
    // (shown on the check screen).
    const guess = r.ok ? null : figureSettled(fold(input.text));
    if (guess) {
      const g = f.parse(inputOf(guess), fs.v, ctx);
      if (g.ok && !g.again) {
        if (g.check) return checkReply(form, f.key, g.check, { ...fs, miss: undefined }, ctx);
        return advance(form, { ...fs, v: apply(fs.v, g.set), miss: undefined, force: undefined }, ctx);
      }
    }
    if (!r.ok && DOES_NOT_KNOW.test(fold(input.text)) && fs.mode !== 'edit') {
      // Only what is no figure of the record (rejects not counted yet, which order); a rate is never guessed,
      // it is kept as not known yet (given later).
      const assumed =
        f.unknown?.(fs.v, ctx) ??
        (/^(rejected|order|category|dueOn|written|materials)$/.test(f.key) ? f.assume?.(fs.v, ctx) : null);
      if (assumed) return advance(form, { ...fs, v: apply(fs.v, assumed), miss: undefined, force: undefined }, ctx);
      return result(null, [{ text: ctx.t('unknownLeft', { flow: form.flow }) }]);
    }
    if (!r.ok) {
      // The second answer in a row it cannot read: examples and the way out, not the same question a third time.
      const miss = Math.min(2, (fs.miss ?? 0) + 1);
      // The second answer it cannot read, for a line that has a usual value: that value, shown on the check screen
      // (where "2 Ubah" changes it), rather than the same question a third time.
      const usual =
        miss >= 2 && fs.mode !== 'edit' && !/employer|product|what|amount|qty|delivered|hours|minutes/i.test(f.key)
          ? (f.afterMisses?.(fs.v, ctx) ?? (f.key === 'rate' ? f.unknown?.(fs.v, ctx) : f.assume?.(fs.v, ctx)))
          : null;
      if (usual) {
        const next = advance(form, { ...fs, v: apply(fs.v, usual), miss: undefined, force: undefined }, ctx);
        const first = next.replies[0];
        if (!next.needs && first)
          return {
            ...next,
            replies: [{ ...first, text: `${ctx.t('assumedAfterMiss')}\n${first.text}` }, ...next.replies.slice(1)],
          };
        return next;
      }
      if (miss >= 2)
        return result(st(form, state.step, { ...fs, miss }), [{ text: `${r.error}\n${ctx.t('stuckWayOut')}` }]);
      return askReply(form, f, { ...fs, miss }, ctx, r.error);
    }
    const ok = { ...fs, miss: undefined };
    if (r.check) return checkReply(form, f.key, r.check, ok, ctx);
    if (r.again) return askReply(form, f, { ...ok, v: apply(fs.v, r.set) }, ctx);
    const next = advance(form, { ...ok, v: apply(fs.v, r.set), force: undefined }, ctx);
    // "yes save it" to the last question: saved at once, as she said, when nothing else is left to ask.
    if (SAVE_WORD.test(fold(input.text)) && next.state?.step === 'confirm' && fs.mode !== 'edit')
      return saveDraft(form, next.state.data as unknown as FormState<D>, ctx);
    return next;
  }

  if (kind === 'check' && fs.chk) {
    const sets = fs.chk.sets;
    const n = parseChoice(input.text);
    const yn = n === null ? parseYesNo(input.text) : null;
    const idx = n !== null ? n - 1 : yn === 'yes' ? 0 : yn === 'no' ? sets.length - 1 : -1;
    if (idx < 0 || idx >= sets.length) {
      // "ooh, opahe 14 ewu per sewu batang" to "20000 biji? Banyak sekali. Betul?": she goes on with what is
      // still to say, so what was read stands (the first choice) and the rest is taken.
      const said = n === null && /\d/.test(input.text) ? answerEntry(form.flow, input.text, ctx) : null;
      const keys = said
        ? Object.keys(said.preset).filter(
            (k) => k !== fs.chk!.key && k !== 'kind' && fs.v[k] === undefined && form.fields.some((x) => x.key === k),
          )
        : [];
      if (said && keys.length && sets[0]) {
        const v = withValues(form, apply(fs.v, sets[0]), said.preset, keys);
        return advance(
          form,
          { ...fs, chk: undefined, v: v as D, rv: [...(fs.rv ?? []), ...keys], force: undefined },
          ctx,
        );
      }
      // "kurang nol ding, 5000 sekodi" to "Rp500/kodi? Mungkin maksudnya Rp500.000/kodi?": the value typed again,
      // read as a typed answer would be (with its own checks), not a choice she has to make.
      const again = n === null ? retyped(form, fs, input, ctx) : null;
      if (again) return again;
      return result(state, [{ text: `${ctx.t('chooseNumber', { max: sets.length })}\n${fs.chk.text}` }]);
    }
    const set = sets[idx] ?? null;
    const f = form.fields.find((x) => x.key === fs.chk!.key)!;
    const next: FormState<D> = { ...fs, chk: undefined };
    if (set === null) return askReply(form, f, next, ctx);
    return advance(form, { ...next, v: apply(fs.v, set), force: undefined }, ctx);
  }

  if (kind === 'confirm') {
    // "eh bentar, kayaknya bukan 150. batal aja dulu, tak cek catetan": dropped, whatever else she says.
    if (givesUp(input.text) && fs.mode !== 'edit' && parseChoice(input.text) === null)
      return result(null, [{ text: ctx.t('unknownLeft', { flow: form.flow }) }]);
    // "0", "dewe", "dibantu suami" under "Dibantu keluarga: belum disebut": that line filled, the screen again.
    if (fs.mode !== 'edit') {
      for (const f of form.fields) {
        if (!applies(f, fs.v, ctx)) continue;
        const r = f.atCheck?.(input, fs.v, ctx);
        if (!r?.ok) continue;
        if (r.check) return checkReply(form, f.key, r.check, fs, ctx);
        // ("eh dudu dino iki, wingi ding. dewe": who helped, and the day changed in the same breath.)
        const filled = { ...fs, v: apply(fs.v, r.set), force: undefined };
        return dayCorrection(form, filled, input, ctx) ?? advance(form, filled, ctx);
      }
    }
    // "she shares it with my aunt, her part is 2 kodi": her part of the order, shown again.
    const share = sharedPart(form, fs, input);
    if (share)
      return advance(form, { ...fs, v: apply(fs.v, share), rv: [...(fs.rv ?? []), 'qty'], force: undefined }, ctx);
    // "eh salah, 3 kodi", "no wait, 21k": a figure typed at the check screen corrects the line it fits.
    // ("eh bukan, 100rb. yg 150 itu bulan kmrn": what she says after of the old figure changes nothing.)
    // ("nyuwun sewu, lepat, 9 kodi", "sanes wingi, dinten rebo": krama words of taking back, read as the everyday
    // ones.)
    const plain = inKramaPlain(input.text);
    const fixIn = plain === input.text ? input : inputOf(plain);
    const said = /^(.*\d.*?)[.!;]\s*(?:yg|yang|sing|seng|the)\s+\d[^.!;]*[.!;]?\s*$/i.exec(fixIn.text);
    // ("lho kok tanggale dino iki, ambilnya kemarin": what she finds wrong first, then what is right.)
    const complaint = /^(?:(?:lho|loh|lha|lah|eh)[\s,]+)?(?:kok|koq|kenapa|knp|why)\b[^,.;]*[,.;]\s*(.+)$/i.exec(
      fixIn.text,
    );
    const fixInput = complaint ? inputOf(complaint[1]!) : said && isCorrection(said[1]!) ? inputOf(said[1]!) : fixIn;
    // ("eh dudu seket, sewidak iket": the figures in words read as in digits.)
    const spelt = !/\d/.test(input.text) && NUMBER_WORDS.test(fold(input.text)) ? wordsAsDigits(input.text) : '';
    const fixed =
      correction(form, fs, fixInput, ctx) ??
      dayCorrection(form, fs, fixInput, ctx) ??
      (/\d/.test(spelt) && isCorrection(spelt) ? correction(form, fs, inputOf(spelt), ctx) : null);
    // "nggih leres, satus seket ewu": her yes, with the figure the screen already shows.
    const fixedV = fixed?.state?.step === 'confirm' ? (fixed.state.data as unknown as FormState<D>).v : null;
    const same =
      !!fixedV &&
      [...new Set([...Object.keys(fixedV), ...Object.keys(fs.v)])].every(
        (k) => JSON.stringify(fixedV[k]) === JSON.stringify(fs.v[k]),
      );
    if (same && parseYesNo(input.text.split(/[,.;!]/)[0] ?? '') === 'yes') return saveDraft(form, fs, ctx);
    // ("eh salah, 3 kodi" to a screen that says 3 kodi: so it is already; she is told, and sees the screen.)
    if (fixed && same && fixed.replies.length === 1) {
      const again = confirmReply(form, fs, ctx);
      return { ...again, replies: [{ text: ctx.t('screenAsSaid') }, ...again.replies] };
    }
    if (fixed) return saidAlongside(form, fixed, input.text, ctx);
    // "ubah jumlahe", "ganti tanggal": that line asked again; "ubah" alone, the list of lines.
    const change = CHANGE_LINE.exec(fold(input.text).trim());
    if (change && !/\d/.test(input.text)) {
      const f = lineNamed(form, fs.v, change[1] ?? '', ctx);
      if (f) return advance(form, { ...fs, v: clear(f, fs.v), force: f.key }, ctx);
      if (!change[1]) return fixReply(form, fs, ctx);
    }
    // "tiga, jahitannya miring katanya", "oh ini 6 pasang" at a hand-in's check screen with no rejects said: the
    // pieces sent back, fewer than handed in, as she would have answered "how many were rejected?".
    const back = rejectsTold(form, fs, input, ctx);
    if (back) return back;
    // "belum diisi itu apa?": a question about the check screen is answered, and the screen shown again.
    // ("lho kok takon maneh? nggih leres": a question, then her yes.)
    const after = input.text.includes('?') ? input.text.slice(input.text.lastIndexOf('?') + 1).trim() : '';
    const asks = ASKING.test(fold(input.text)) && !(after && parseYesNo(after) === 'yes');
    // "gak ada", "ora ono, apik kabeh" at a hand-in's check screen: none rejected, as it shows; her yes.
    const noneBack =
      form.flow === 'handin' &&
      fs.v.rejected === 0 &&
      !/\d/.test(input.text) &&
      /^(?:(?:gak|ga|gk|nggak|ngga|tidak|tdk|ora|ra|ndak|mboten|no|none|nothing)\s*(?:ada|ono|ana|wonten|enten)?(?:\s+(?:yg|yang|sing)\s+\w+)?|apik kabeh|bagus semua|lolos semua|diterima semua|aman semua|aman)(?:[\s,.!]+(?:apik kabeh|bagus semua|lolos semua|semua bagus|aman|kabeh apik|all good))?[\s.!]*$/.test(
        fold(input.text).trim(),
      );
    // ("yo simpen sek", "simpan aja dulu": her yes in the word for saving.)
    const saveSaid =
      SAVE_WORD.test(fold(input.text)) &&
      !/\b(jangan|ojo|aja|ora|gak|ga|nggak|don'?t)\s+(di)?simp/.test(fold(input.text));
    const yn = asks ? null : saveSaid || noneBack ? 'yes' : parseYesNo(after || input.text);
    if (yn === 'no') return fixReply(form, fs, ctx);
    // ("ke bu endang" to a screen that says Bu Endang: said again to be sure; so it is.)
    if (yn !== 'yes' && !asks && namesWhatOrWhom(input.text, shownSoFar(form, fs.v, ctx))) {
      const again = confirmReply(form, fs, ctx);
      return { ...again, replies: [{ text: ctx.t('screenAsSaid') }, ...again.replies] };
    }
    if (yn !== 'yes') {
      const again = confirmReply(form, fs, ctx);
      const before = ctx.t(asks ? 'checkScreenHelp' : 'replyYesOrChange');
      return { ...again, replies: [{ ...again.replies[0]!, text: `${before}\n${again.replies[0]!.text}` }] };
    }
    return saveDraft(form, fs, ctx);
  }

  if (kind === 'fix') {
    const items = lines(form, fs.v, ctx);
    const fixed = correction(form, fs, input, ctx);
    if (fixed) return fixed;
    // "kembali", "back" are 0; "ya", "ok" there mean it is right as it is.
    const yes = parseChoice(input.text) === null && parseYesNo(input.text) === 'yes';
    const n = /^(kembali|balik|back|bali)$/.test(input.lower) ? 0 : (parseChoice(input.text) ?? (yes ? 0 : null));
    if (n === 0) {
      if (fs.mode === 'edit') return result(null, [{ text: ctx.t('editLeft') }]);
      // "oh ya udah simpan aja", or "ya" after she saw every line listed: she wants it saved as it is.
      if (yes || SAVE_WORD.test(fold(input.text))) return saveDraft(form, fs, ctx);
      return confirmReply(form, fs, ctx);
    }
    const chosen = n !== null ? items[n - 1] : undefined;
    if (!chosen) return fixReply(form, fs, ctx, ctx.t('chooseNumberOrZero', { max: items.length }));
    const f = chosen.field;
    return advance(form, { ...fs, v: clear(f, fs.v), force: f.key }, ctx);
  }

  return advance(form, fs, ctx);
}

/** The checked value typed again at its question (its figure, from the last part that has one); null if none. */
function retyped<D extends Draft>(form: Form<D>, fs: FormState<D>, input: Input, ctx: FlowContext): StepResult | null {
  const f = form.fields.find((x) => x.key === fs.chk?.key);
  if (!f || !/\d/.test(input.text)) return null;
  const part = input.text
    .split(/[,;]|\.\s/)
    .filter((p) => /\d/.test(p))
    .at(-1);
  const figure = part ? correctedFigure(part) : '';
  if (!figure || !/\d/.test(figure)) return null;
  const v = clear(f, fs.v);
  const r = f.parse(textInput(figure), v, ctx);
  if (!r.ok || r.again) return null;
  const next: FormState<D> = { ...fs, chk: undefined, v, force: undefined };
  if (r.check) return checkReply(form, f.key, r.check, next, ctx);
  return advance(form, { ...next, v: apply(v, r.set) }, ctx);
}

/** She does not know or remember (yet): "lupa", "lali", "gak tau", "durung dikandani", "i forgot". */
/**
 * What she settles on after weighing two aloud ("150rb apa 200rb. 200rb wes", "sekodi apa per biji ya. sekodi"):
 * each part said after the doubt, in turn; a part with no figure takes the one figure she said ("50rb sekodi").
 */
function afterDoubt(t: string): string[] {
  const parts = t.split(/[.,;!?]+/).map((p) => p.trim());
  const doubt = parts.findIndex((p) => /\S\s+(?:apa|opo|atau|ato|or)\s+\S/.test(p));
  if (doubt < 0) return [];
  const figures = [...new Set(t.match(/\d[\d.,]*\s*(?:rb|ribu|ewu|k|jt|juta)?\b/g) ?? [])];
  return parts
    .slice(doubt + 1)
    .map((p) =>
      p
        .replace(/(?:^|\s+)(?:mbak|mba|bu|kak|ya|yo|aja|wae|ae|deh|wes|wis|kok|ding|iya|iyo|sih|lah)(?=\s|$)/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .map((p) => (/\d/.test(p) || figures.length !== 1 ? p : `${figures[0]!.trim()} ${p}`));
}

/** A figure said as a guess or settled on ("kayae 4", "kira2 3 kodi", "iya 4"); the last one said, or null. */
const SETTLED_FIGURE =
  /\b(?:kayae|kayake|kayaknya|kyknya|kayane|kayanya|koyoke|koyone|kira2|kira kira|kiro2|kiro kiro|sekitar|mungkin|paling|palingan|kurang lebih|kurleb|around|about|maybe|probably|roughly|iya|ya|yo|iyo|yes|dadi|jadi|jd|total|totale|totalnya|semuanya|kabeh|so)\s+(\d[\d.,]*(?:\s*(?:rb|ribu|ewu|k|kodi|lusin|pasang|biji|pcs|jam|kg))?)\b/g;
function figureSettled(t: string): string | null {
  return [...t.matchAll(SETTLED_FIGURE)].at(-1)?.[1] ?? null;
}

export const DOES_NOT_KNOW =
  /\b(lupa|lali|kelalen|ga tau|gak tau|nggak tau|ndak tau|gatau|gk tau|belum tau|blm tau|durung ngerti|ora ngerti|ora weruh|gak ngerti|ga ngerti|durung dikandani|belum dikasih tau|blm dikasih tau|embuh|mboh|i forgot|forgot|dont know|don't know|not sure|no idea|not yet told)\b/;

/** Words that say she chose the wrong thing, and the words of each kind of record. */
const MEANT_OTHER =
  /\b(bukan|dudu|salah|keliru|kleru|kliru|maksud|maksudku|maksude|maksudnya|wrong|mean|meant|not this|sanes)\b/;
const KIND_WORDS: [string, RegExp][] = [
  ['order', /\b(order|orderan|ambil garapan|garapan baru|new order)\b/],
  ['handin', /\b(setor|setoran|nyetor|hand-?in|delivery)\b/],
  ['payment', /\b(bayaran|dibayar|bayar|upah|gaji|kasbon|pay|payment|paid)\b/],
  ['hours', /\b(jam kerja|jam|hours)\b/],
  ['cost', /\b(biaya|beli|tuku|cost|costs)\b/],
];

/** "eh bukan itu, maksud saya bayaran" at a record from the menu: the flow of the kind she meant. */
function otherKindMeant(text: string, flow: string): string | null {
  const t = fold(text);
  if (!MEANT_OTHER.test(t)) return null;
  const kinds = KIND_WORDS.filter(([k, re]) => k !== flow && re.test(t)).map(([k]) => k);
  return kinds.length === 1 ? kinds[0]! : null;
}

/** She will say it another time: "nanti aja", "sesuk wae tak catet", "later". */
export const LATER_ON =
  /\b(nanti aja|nanti saja|ntar aja|nanti tak catat|besok aja|besok saja|sesuk wae|sesuk ae|sesuk wae tak catet|mengko wae|mengko ae|mengko tak catet|kapan2|lain kali|later|tomorrow)\b/;

/**
 * She drops the record in the middle of it: "mboh, wes lah batal wae", "batal aja dulu, tak cek catetan",
 * "udah lah nanti aja nyatetnya", "never mind". Nothing is kept; she is told how to send it later.
 */
export const GIVES_UP =
  /\b(?:batal(?:in|kan|ke|ne)?(?=\s*(?:$|[,.!]|aja|wae|ae|saja|dulu|deh|lah|sek|sik|ya|yo|mbak|kak|bu))|(?:wes|wis|udah|udh|ya udah|yaudah|yowes)\s+lah?\s*batal\w*|(?:nanti|ntar|mengko|ngko|sesuk|besok)\s+(?:aja|wae|ae|saja|ya|yo)?\s*(?:tak |aku |sy |saya )?(?:nyatet|nyatat|catat|dicatat|dicatet|catet)\w*|(?:nyatet|nyatat|dicatat|dicatet|nyatete|nyatetnya)\w*\s+(?:nanti|besok|mengko|ngko|sesuk)|(?:gak|ga|nggak|ngga|gk|tidak|tdk|ora|ra|ndak|jangan|ojo|aja)\s+(?:usah|perlu|sah)\s+(?:di)?(?:catat|catet|cateti|catatin|simpan|simpen|tulis|rekam)\w*|never ?mind|forget it|don'?t (?:save|record) it|cancel (?:that|it|this)(?: one)?)\b/;

/** "gak jadi", "ora sido" with no figure: the record did not happen ("gak jadi 100, 80 biji" is a correction). */
const NOT_HAPPENING =
  /\b(gak jadi|ga jadi|gk jadi|nggak jadi|ora sido|ra sido|gak sido|ga sido|(?:gak|ga|gk|nggak|ora|ra|tidak|tdk|gausah|ndak)\s*usah(?:\s+(?:di)?(?:catet|catat|simpen|simpan|dicatet|dicatat))?(?:\s+(?:deh|dulu|wae|aja|ae))?(?:[,.!]|$)|nanti aja kalo udah jelas|ngko wae nek wis jelas)/;
export const givesUp = (text: string): boolean =>
  GIVES_UP.test(fold(text)) || (NOT_HAPPENING.test(fold(text)) && !/\d/.test(text));

/** A bare count said at a hand-in's check screen (no rejects said yet, fewer than handed in): the rejects. */
function rejectsTold<D extends Draft>(
  form: Form<D>,
  fs: FormState<D>,
  input: Input,
  ctx: FlowContext,
): StepResult | null {
  if (form.flow !== 'handin' || fs.mode === 'edit' || (fs.v.rejected ?? 0) !== 0 || isCorrection(input.text))
    return null;
  if (parseChoice(input.text) !== null) return null;
  const first = fold(input.text)
    .split(/[,.;!?]/)[0]!
    .trim();
  const words = first
    .split(/\s+/)
    .filter((w) => !/^(oh|o|eh|ini|iki|ada|ono|yg|yang|sing|cuma|mung|cm|kak|mbak|bu)$/.test(w));
  if (!words.length || words.length > 3) return null;
  const n = readNumber(words[0]!)?.value;
  const unit = words.slice(1).join(' ');
  if (n === undefined || !Number.isInteger(n) || n <= 0 || n >= Number(fs.v.delivered ?? 0)) return null;
  if (unit && !/^(pasang|psg|biji|pcs|buah|potong|lembar|iji|wiji)$/.test(unit)) return null;
  const f = form.fields.find((x) => x.key === 'rejected');
  const r = f?.parse(textInput(String(n)), clear(f, fs.v), ctx);
  if (!f || !r?.ok || r.again || r.check) return null;
  return advance(form, { ...fs, v: apply(clear(f, fs.v), r.set), force: undefined }, ctx);
}

/** What she asks of the bot itself ("rekap minggu ini", "menu"): never an answer, a name or goods. */
const ASKED_OF_BOT = /^(rekap|ringkasan|laporan|slip|summary|menu|bantuan|help|bpjs|tanya)\b/;

/** She is done: "udah gitu aja", "wis ngono wae", "itu aja dulu", "that's all". */
const THATS_ALL =
  /^(?:(?:udah|sudah|udh|wis|wes|ya|yo|ok|oke)[\s,.!]*)*(?:gitu aja|gitu saja|gitu doang|gitu tok|gitu thok|itu aja|itu saja|ngono wae|ngono ae|ngono thok|ngono tok|kuwi wae|iku wae|cukup|segitu aja|that'?s all|that is all|that'?s it|nothing else)\b/;

/** She skips the question: "lewati", "skip", "gak usah", "ora usah", "next". */
export const SKIP =
  /^(lewati|lewatin|lewat|skip|skip ae|skip aja|skip wae|lompati|gak usah|ga usah|nggak usah|ora usah|ra usah|mboten usah|next|pass|lanjut aja)\b/;

/** She asks herself how much it was: "piro yo", "brp ya", "berapa tadi", "how much was it". */
const SELF_ASKS = /\b(piro|pira|pinten|berapa|brp|brapa|brpa|how much|how many)\b/;
/** She has forgotten it: "lupa", "lali aku", "kelalen", "i forgot". */
const FORGOT =
  /\b(lupa|lali|kelalen|klalen|ga inget|gak inget|nggak inget|ora eling|ra eling|forgot|forget|can'?t remember|cannot remember)\b/;

/**
 * A short message, with no figure and no name, in which she thinks aloud of the figure asked ("piro yo..", "brp ya
 * td", "lali aku", "hmm lupa"): not an answer that failed, a figure still to come.
 */
function thinkingOfFigure(text: string): boolean {
  const t = fold(text).trim();
  if (/\d/.test(t) || NUMBER_WORDS.test(t) || t.split(/\s+/).length > 6) return false;
  if (/\b(bu|pak|mbak|mas|juragan|bos|koh|cik|haji|batal|cancel|menu|rekap|ubah|hapus)\b/.test(t)) return false;
  // ("nanti aja deh lupa brp notanya": she puts it off; the record is left for later, as any "nanti aja".)
  if (/\b(nanti|ntar|entar|mengko|engko|besok|bsk|sesuk|later|tomorrow|lain kali)\b/.test(t)) return false;
  if (/\b(per|sekodi|selusin|sebiji|perbiji|upah\w*|opah\w*|rate)\b/.test(t)) return false;
  return SELF_ASKS.test(t) || FORGOT.test(t);
}

/** She asks for a moment to look it up: "sek", "bentar", "tunggu", "tak delok", "let me check". */
export const WAITING =
  /^(sek|sik|sekedap|sebentar|bentar|bntr|btr|tunggu|tggu|wait|hold on|one moment)\b|\b(tak (delok|deleng|cek|itung|etung|golek|takon)(?:e|ne|en|i)?|tak delok e|aku cek|saya cek|sy cek|let me check|i will check|i'?ll check)\b/;

/** Words of helping, which name the line of who helped. */
/** "karo adikku pisan", "with my sister too": someone else who was with her as well. */
const ALSO_WITH =
  /\b(?:karo|sama|sm|bareng|barengan|kalih|kaliyan|with)\s+(?:my\s+)?([a-z]+)\b[^.]*?\b(?:pisan|juga|jg|uga|ugi|too|also|sekalian)\b|\b([a-z]+)\s+(?:yo|ya|juga|jg|uga|ugi|also)\s+(?:melu|ikut|ikutan|bantu|mbantu|ngewangi|ngrewangi|helped)\b/;
const HELPED = /\b(mbantu|bantu|dibantu|bantuin|dibantuin|ngewangi|diewangi|ewang|helped|helping|helper|helpers)\b/;

/** "ubah jumlahe", "ganti tanggalnya", "change the amount": a line of the check screen to change. */
const CHANGE_LINE = /^(?:ubah|ganti|gantien|ubahen|edit|change|benerin|betulkan|koreksi|ralat)\b\s*(?:the\s+)?(.*)$/;
/** Her word for a line, and the keys it may be, in order. */
const LINE_WORDS: [RegExp, string[]][] = [
  [
    /^(jumlah|jumlahe|jumlahnya|cacah|cacahe|quantity|amount|nominal|duite|uange)/,
    ['qty', 'delivered', 'amount', 'hours'],
  ],
  [/^(upah|upahe|upahnya|opah|opahe|rate|tarif)/, ['rate', 'amount']],
  [
    /^(tanggal|tanggale|tanggalnya|tgl|dino|hari|harinya|day|date)/,
    ['receivedOn', 'handedInOn', 'paidOn', 'workedOn', 'spentOn'],
  ],
  [/^(jam|jame|jamnya|hours)/, ['hours']],
  [/^(barang|barange|barangnya|product|goods)/, ['product']],
  [/^(potongan|potongane|potong|cut|deduction)/, ['cut']],
  [/^(ditolak|retur|reject|rejects|rusak)/, ['rejected']],
  [/^(dari|nama|juragan|bos|employer)/, ['employer', 'order']],
  [/^(bantu|dibantu|mbantu|helpers|yang bantu|sing bantu|sing mbantu|yg bantu|ewang|sing ngewangi)/, ['helpers']],
];

function lineNamed<D extends Draft>(form: Form<D>, v: D, words: string, ctx: FlowContext): Field<D> | undefined {
  const keys = LINE_WORDS.find(([re]) => re.test(words))?.[1] ?? [];
  for (const k of keys) {
    const f = form.fields.find((x) => x.key === k && applies(x, v, ctx));
    if (f) return f;
  }
  return undefined;
}

/** Goods said where the employer was asked, or the employer (after "teko", "dari") where the goods were. */
function otherSlot<D extends Draft>(
  form: Form<D>,
  key: string,
  v: D,
  t: string,
  input: Input,
  ctx: FlowContext,
): Partial<D> | null {
  const product = form.fields.find((x) => x.key === 'product');
  const employer = form.fields.find((x) => x.key === 'employer');
  if (!product || !employer) return null;
  if (key === 'employer' && v.product === undefined && workWords().phrases.get(t)?.role === 'makes') {
    const r = product.parse(input, v, ctx);
    return r.ok && !r.check ? r.set : null;
  }
  const named =
    /^(?:teko|tekan|soko|seko|saking|saka|dari|dr|from)\s+((?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji|hj)\b.*)$/.exec(
      t,
    );
  if (key === 'product' && v.employer === undefined && named) {
    const r = employer.parse(inputOf(named[1]!), v, ctx);
    return r.ok && !r.check ? r.set : null;
  }
  return null;
}

/** What a pay came to before its cut: "sakjane 350 ewu", "harusnya 160", "totalnya 200". */
const GROSS =
  /\b(sakjane|sakjan|harusnya|hrsnya|seharusnya|mestinya|mestine|kudune|totale|totalnya|total|kotor|gross)\b/;

/** Someone named by title: "bu umi", "pak haji slamet". */
const TITLE_NAME = /\b(?:bu|pak|mbak|mas|juragan|bos|haji|koh|cik)\s+[a-z]{3,}/;

/** Fields whose answer is a figure. */
const FIGURE_KEY = /^(qty|delivered|rejected|amount|cut|hours)$/;

/** The lines of the record given so far, as one folded text. */
function shownSoFar<D extends Draft>(form: Form<D>, v: D, ctx: FlowContext): string {
  return fold(
    form.fields
      .filter((f) => v[f.key] !== undefined && applies(f, v, ctx))
      .map((f) => f.show(v, ctx))
      .join(' '),
  );
}

/**
 * Words that name goods or someone by title, and no figure ("sandal nang pak hadi", "yg keset"), all of them
 * already on the record (`shown`, its lines): she says again what it is.
 */
function namesWhatOrWhom(text: string, shown: string): boolean {
  const t = fold(text);
  if (/\d/.test(t) || NUMBER_WORDS.test(t)) return false;
  const words = t.split(/[^a-z]+/).filter(Boolean);
  if (!words.length || words.length > 6) return false;
  const name = TITLE_NAME.exec(t)?.[0].split(/\s+/).at(-1);
  const goods = words.filter((w) => workWords().phrases.get(w)?.role === 'makes');
  // ("bulu mata": goods of two words, on the record as they are.)
  const phrase = words.filter((w) => !/^(yg|yang|sing|seng|ke|nang|neng|dari|dr|teko|soko|kanggo|buat|untuk)$/.test(w));
  if (!name && !goods.length) return phrase.length >= 2 && shown.includes(phrase.join(' '));
  return (!name || shown.includes(name)) && goods.every((g) => shown.includes(g));
}

/** Fields whose answer is a name of her own words (whom from, which goods, what was bought). */
const NAME_KEY = /^(employer|product|what)$/;
/** A question back instead of a name: "maksudnya gimana?", "sing endi maksude?", "what do you mean?". */
const ASKS_BACK =
  /\?|\b(maksud|maksudnya|maksude|maksute|gimana|gmn|gmana|piye|pripun|kepiye|apa|apaan|opo|endi|mana|which|what|how|mean)\b/;
/** Thanks, greetings and "ok" are no name either. */
const NOT_A_NAME =
  /^(?:(?:ok|oke|okey|okay|sip|siap|ya|iya|yes|oh|ooh)[\s,.!]*)*(?:makasih|makasi|mksh|terima ?kasih|trimakasih|matur (?:nuwun|suwun)|suwun|nuwun|thanks?|thank (?:you|u)|thx|tq|ty|hai|halo|hallo|hi|hello|pagi|siang|sore|malam|mlm|selamat \w+|good (?:morning|afternoon|evening|night)|assalamu ?alaikum)\b[\s\p{P}\p{S}]*$/u;

/** How the money came, not who sent it: "lewat bri, wis mlebu", "via transfer", "cash". */
const HOW_PAID =
  /^(?:(?:lewat|liwat|via|pake|pakai|nganggo|by|ke|nang)\s+)?(?:bri|bca|bni|mandiri|bank|rekening|rek|atm|dana|ovo|gopay|shopeepay|transfer|tf|trf|cash|tunai|kontan)\b|\b(?:wis|wes|sudah|udah|udh|sdh)\s+(?:mlebu|masuk|ditransfer|cair)\b/;

/** A question about what she is shown ("belum diisi itu apa?", "maksude piye?"). */
const ASKING = /\?|\b(apa|apaan|opo|maksud|maksude|maksudnya|piye|gimana|gmn|what|meaning|means)\b/;
/** She says to save it ("simpan aja", "yowis simpen", "yes save it"). */
const SAVE_WORD = /\b(simpan|simpen|simpenen|disimpan|disimpen|save|saved)\b/;

function saveDraft<D extends Draft>(form: Form<D>, fs: FormState<D>, ctx: FlowContext): StepResult {
  const saved =
    fs.mode === 'edit' && fs.edit
      ? form.update(fs.edit.orig, fs.v, fs.edit.id, ctx)
      : form.save(fs.v, ctx, fs.mode === 'quick' ? 'quick' : 'new');
  if (fs.mode === 'edit' && fs.nextFix)
    return {
      ...result(null, saved.replies, saved.effects),
      goto: { flow: 'corrections', args: { latest: fs.nextFix } },
    };
  return result(null, saved.replies, saved.effects);
}

/**
 * "eh bukan, 8 jam. sendiri aja": a correction that also says a line not said yet, in a part of its own with no
 * figure (who helped): that line taken too, as at the check screen (Field.atCheck). Else the correction as it is.
 */
function saidAlongside<D extends Draft>(form: Form<D>, r: StepResult, text: string, ctx: FlowContext): StepResult {
  if (r.state?.step !== 'confirm' || r.state.flow !== form.flow) return r;
  const fs = r.state.data as unknown as FormState<D>;
  let v = fs.v;
  const parts = text
    .split(/[.,;!]+|\s+(?:terus|trus|lalu|tapi|tp|and|but)\s+/)
    .map((p) => p.trim().replace(/^(?:and|dan|terus|trus|lalu|tapi|tp|but|karo|lan|sama)\s+/i, ''));
  for (const part of parts.filter((p) => p && !/\d/.test(p))) {
    for (const f of form.fields) {
      if (!applies(f, v, ctx)) continue;
      const said = f.atCheck?.(textInput(part), v, ctx);
      if (said?.ok && !said.check) v = apply(v, said.set);
    }
  }
  return v === fs.v ? r : confirmReply(form, { ...fs, v }, ctx);
}

/**
 * "eh setornya kemarin, bukan hari ini", "tgl 28": a day typed at the check screen changes the day of the record
 * (checked as a typed day would be). null when the message says no day or more than a day.
 */
function dayCorrection<D extends Draft>(
  form: Form<D>,
  fs: FormState<D>,
  input: Input,
  ctx: FlowContext,
): StepResult | null {
  const f = form.fields.find((x) => /On$/.test(x.key) && x.key !== 'dueOn' && fs.v[x.key] !== undefined);
  if (!f || parseChoice(input.text) !== null) return null;
  // "kemarin juga beli lem 5rb" is a new entry, for the router.
  if (readMessage(input.text, ctx.now).entries.some(solidEntry)) return null;
  // What she takes back ("bukan hari ini", "not today") is not the day she means.
  const words = fold(input.text)
    // ("bukan senin tp selasa": what follows "tapi" is the day she means.)
    .replace(
      /\b(bukan|dudu|not|instead of|sanes|ora|gak|ga|nggak)\s+(?:(?!\b(?:tapi|tp|but|nanging)\b)[^,])*(,|$|\b(?:tapi|tp|but|nanging)\b)/g,
      ' ',
    )
    .replace(CORRECTING, '')
    .replace(/[,.!]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // ("eh kamis ding, jumat kuwi aku nang pasar": the day put right first, then why; the first part alone.)
  const first = input.text.split(/[,.;]/)[0]!;
  if (words.length > 6 && first !== input.text && /\b(eh|ding|deng|salah|maksud\w*|sorry)\b/.test(fold(first)))
    return dayCorrection(form, fs, inputOf(first), ctx);
  // ("lho tglnya kok hr ini, setornya kmrn sore": what is wrong first, then the day said with the record's verb.)
  const lastPart = input.text.split(/[,.;]/).at(-1)!.trim();
  if (
    words.length > 6 &&
    lastPart &&
    lastPart !== input.text.trim() &&
    /^(setornya|setore|nyetore|ambilnya|njupuke|terimanya|diterima\w*|bayarnya|dibayare|kerjanya|belinya|tukune|dianternya)\b/.test(
      fold(lastPart),
    )
  )
    return dayCorrection(form, fs, inputOf(lastPart), ctx);
  if (!words.length || words.length > 6) return null;
  // The words that say the day, wherever they are ("setornya kemarin", "diterimane wingi", "tgl 28 ding").
  let said = '';
  for (let a = 0; a < words.length && !said; a++)
    for (let b = words.length; b > a && !said; b--) {
      const d = readDayAnswer(words.slice(a, b).join(' '), ctx.now);
      if (d && !d.due) said = words.slice(a, b).join(' ');
    }
  if (!said) return null;
  // Only the day, or a day she says is the right one: "bon ku wis lunas saiki" tells something else.
  const cue =
    /\b(eh|salah|bukan|dudu|not|maksud\w*|harusnya|kudune|ding|sorry|wait|actually|tanggal\w*|tgl|date|setor\w*|disetor\w*|diterim\w*|terim\w*|nompo\w*|tompo\w*|dapet\w*|dapat\w*|olehe|entuke|dibayar\w*|ambil\w*|diambil\w*|njupuk\w*|dijupuk\w*|kerja\w*|beli\w*|tuku\w*|dianter\w*|diantar\w*|dikirim\w*|diterke\w*|received|got it|it was|was)\b/;
  if (said !== words.join(' ') && !cue.test(fold(input.text))) return null;
  const r = f.parse(textInput(said), clear(f, fs.v), ctx);
  if (!r.ok || r.again) return null;
  if (r.check) return checkReply(form, f.key, r.check, fs, ctx);
  return advance(form, { ...fs, v: apply(fs.v, r.set), force: undefined }, ctx);
}

/**
 * "4 kodi, upahnya 25rb per kodi" to "Berapa banyak?": when the answer, read as a message of this form's kind,
 * gives the asked value and more, or gives values when the asked one could not be read, they are all taken
 * (those not yet known), then reviewed like a message's. null: an ordinary answer.
 */
/** Words of what is still to come: "he'll tell me", "nanti dikabari", "jare sesuk". */
const TO_COME =
  /\b(?:will|won'?t|going to|gonna|nanti|ntar|mengko|ngko|besok|bsk|sesuk|sesok|arep|akan|mau ngabari|dikabari|ngabari|kabari|janji|janjine|promised)\b|\b(?:he|she|they|i|you)'ll\b/;

function moreThanAsked<D extends Draft>(
  form: Form<D>,
  f: Field<D>,
  fs: FormState<D>,
  input: Input,
  r: Parsed<D>,
  ctx: FlowContext,
): StepResult | null {
  // (One word is an answer of its own, unless it is a sum written as money: "275rb" to "Dari siapa?".)
  const money = /^(?:rp\.?\s?)?\d[\d.,]*\s?(?:rb|ribu|rebu|ewu|k|jt|juta)$|^rp\.?\s?\d/i.test(input.text.trim());
  if (
    fs.mode === 'edit' ||
    parseChoice(input.text) !== null ||
    (input.text.trim().split(/\s+/).length < 2 &&
      !(money && NAME_KEY.test(f.key) && form.fields.some((x) => x.key === 'amount')))
  )
    return null;
  // ("rekap minggu ini" is asked of the bot, not an answer.)
  if (ASKED_OF_BOT.test(fold(input.text).trim())) return null;
  // A phone number is refused by the question itself ("Jangan ketik nomor HP"), never read around.
  if (/\d{7,}/.test(input.text.replace(/[\s.-]/g, ''))) return null;
  const said = answerEntry(form.flow, input.text, ctx);
  if (!said) return null;
  // Values she gave that the draft does not have yet; the asked one always (it is what she answered).
  // A day in the answer to "which order?" ("yg senin", "sing order tgl 3") is the order's, not the record's.
  // ("mau bengi ngelem sandal" to "Berapa jam?": the day she names now is the record's, over the one assumed.)
  const dayNow = FIGURE_KEY.test(f.key) && !!daySaidIn(input.text, ctx.now);
  const keys = Object.keys(said.preset).filter(
    (k) =>
      form.fields.some((x) => x.key === k) &&
      (k === f.key ||
        fs.v[k] === undefined ||
        // ("bordir kerudung" to "Berapa upahnya?" when the goods were taken from her last order: hers now.)
        (k === 'product' && !!fs.asm?.includes(k)) ||
        (dayNow && /On$/.test(k) && k !== 'dueOn' && fs.v[k] !== said.preset[k])) &&
      k !== 'kind' &&
      !(f.key === 'order' && /On$/.test(k)) &&
      // ("don't know the rate yet, he'll tell me on saturday": a day of what is to come is not the record's day.)
      !(/On$/.test(k) && k !== 'dueOn' && k !== f.key && TO_COME.test(fold(input.text))),
  );
  const extra = keys.filter((k) => k !== f.key);
  // Only the asked value: the question's own reading stands, and so does its refusal of a name ("too long");
  // a figure it could not read but the message reading found ("sandal 5 kodi" to "Berapa?") is taken.
  if (!extra.length && (r.ok || !keys.includes(f.key) || /employer|product|what|category/i.test(f.key))) return null;
  // "bordir kerudung" to "Dari siapa?" is the goods, not a name: taken, and the name asked again.
  // ("dipotong 10 ewu" to "Berapa uang yang Anda terima?": the figure is the cut, the sum is still asked.)
  const cutOnly = f.key === 'amount' && keys.includes('cut');
  if (r.ok && !keys.includes(f.key) && !/employer/i.test(f.key) && !cutOnly) return null;
  const v = withValues(form, fs.v, said.preset, keys);
  // What the question's own reading took from the answer wins for the lines it sets (it reads the whole
  // answer as one: "anakku umure 14, karo bojoku" is two helpers, one a child).
  // A name field takes any words as a name, so there the message reading wins.
  if (r.ok && !r.check && !r.again && !/employer|product|what|category/i.test(f.key) && !cutOnly)
    Object.assign(v, r.set);
  // The questions go on as they were: from the menu, what she has not said yet is still asked. (When the question
  // stays, what she gave instead is shown above it: "Jumlah: Rp320.000", then "Dari siapa?" again.)
  // ("sakjane 350 ewu, dipotong bonku 100 ewu": what it came to before the cut, said with it; the cash is the rest.)
  const grossSaid = new RegExp(
    `${GROSS.source}\\s+(?:e\\s+|ne\\s+)?((?:rp\\.?\\s*)?\\d[\\d.,]*\\s*(?:rb|ribu|rebu|ewu|k|jt|juta)?)`,
  ).exec(fold(input.text))?.[2];
  const before =
    ((r.ok ? (r.set as Record<string, unknown>).amount : undefined) as number | undefined) ??
    (grossSaid ? parseMoney(grossSaid)?.rupiah : undefined);
  const cut = (v as Record<string, unknown>).cut as number | undefined;
  if (cutOnly && before && cut && before > cut && GROSS.test(fold(input.text))) {
    (v as Record<string, unknown>).amount = before - cut;
    keys.push(f.key);
  }
  const shown = new Set<string>();
  const heard = !keys.includes(f.key)
    ? form.fields
        .filter((x) => extra.includes(x.key) && applies(x, v as D, ctx))
        .map((x) => [ctx.t(x.label), x.show(v as D, ctx)] as const)
        // (A line shown once: the cut and what it is for are one line.)
        .filter(([label, value]) => value !== null && !shown.has(label) && !!shown.add(label))
        .map(([label, value]) => `${label}: ${value}`)
        .join('\n')
    : '';
  // ("15 lusin", "kaos kaki" to "Dari siapa?", then the rate: the line after the one she gave is asked next, and
  // whom from comes round again after; never the same question over and over while she tells the rest.)
  const next = heard ? nextAfter(form, v as D, extra, fs.mode, ctx) : undefined;
  return advance(
    form,
    { ...fs, v: v as D, rv: [...(fs.rv ?? []), ...keys], miss: undefined, force: next },
    ctx,
    heard || undefined,
  );
}

/** The first line still to ask after the lines `given` (in the form's order, round to the start). */
function nextAfter<D extends Draft>(
  form: Form<D>,
  v: D,
  given: string[],
  mode: FormState<D>['mode'],
  ctx: FlowContext,
): string | undefined {
  const at = Math.max(...given.map((k) => form.fields.findIndex((x) => x.key === k)));
  const n = form.fields.length;
  for (let i = 1; i <= n; i++) {
    const f = form.fields[(at + i) % n]!;
    if (!applies(f, v, ctx) || v[f.key] !== undefined || f.infer?.(v, ctx)) continue;
    if ((mode === 'quick' || (f.always && mode === 'new')) && f.assume?.(v, ctx)) continue;
    return f.key;
  }
  return undefined;
}

/** A correction read as a message of the form's kind, when it gives two values or more: each replaces the old. */
function correctedEntry<D extends Draft>(
  form: Form<D>,
  fs: FormState<D>,
  input: Input,
  ctx: FlowContext,
): StepResult | null {
  if (fs.mode === 'edit') return null;
  // ("eh bukan bu yati, bu endang": a name taken back and the one meant, for the employer line alone.)
  if (nameMeant(input.text.toLowerCase().trim()) && !/\d/.test(input.text)) return null;
  const said = answerEntry(form.flow, correctedFigure(input.text), ctx);
  if (!said) return null;
  const keys = Object.keys(said.preset).filter((k) => form.fields.some((x) => x.key === k) && k !== 'kind');
  if (keys.length < 2) return null;
  const v = withValues(form, fs.v, said.preset, keys);
  return advance(form, { ...fs, v: v as D, rv: [...(fs.rv ?? []), ...keys], miss: undefined, force: undefined }, ctx);
}

/** A draft with the values of `keys` from a reading, and the marks that go with them (an amount's "explicit"). */
function withValues<D extends Draft>(form: Form<D>, d: D, preset: Record<string, unknown>, keys: string[]): Draft {
  const v = { ...d } as Draft;
  for (const k of Object.keys(preset)) if (!form.fields.some((x) => x.key === k)) v[k] ??= preset[k];
  for (const k of keys) v[k] = preset[k];
  return v;
}

/** "Keset saking Pak Haji Slamet": an answer to a name question giving the goods and the employer. */
function goodsAndName<D extends Draft>(
  form: Form<D>,
  fs: FormState<D>,
  text: string,
  ctx: FlowContext,
): Partial<D> | null {
  if (
    form.flow !== 'order' ||
    !/\b(dari|dr|saking|seko|soko|teko|from|sangking)\s+(bu|pak|mbak|mas|juragan|bos|mbah)\b/i.test(text)
  )
    return null;
  const e = readMessage(`order ${text}`, ctx.now).entries[0];
  if (e?.kind !== 'order' || !e.employer || !e.product) return null;
  const emp = form.fields.find((x) => x.key === 'employer');
  const prod = form.fields.find((x) => x.key === 'product');
  if (!emp || !prod) return null;
  const a = emp.parse(textInput(e.employer), fs.v, ctx);
  if (!a.ok || a.again || a.check) return null;
  // ("itu dr bu umi mbak, yg rumahnya deket masjid": words about her are no goods; the goods told stay.)
  const goods = e.product.split(/\s+/).some((w) => isGoods(w) || isGoods(w.replace(/(?:nya|ne|e)$/, '')));
  const b = goods || !fs.v.product ? prod.parse(textInput(e.product), apply(fs.v, a.set), ctx) : { ok: false as const };
  // ("linting rokok dr pak haji slamet kemarin": the day said with them too.)
  // (A day of the last week only: "tgl 20" beside "disuruh selesai" is the deadline, read twice.)
  const recent = e.day !== undefined && !e.dueOn && e.day <= today(ctx) && e.day >= addDays(today(ctx), -7);
  const day = recent && form.fields.some((x) => x.key === 'receivedOn') ? { receivedOn: e.day } : {};
  return { ...a.set, ...(b.ok && !b.again && !b.check ? b.set : {}), ...day } as Partial<D>;
}

/** Her own part of an order shared with someone ("dibagi karo adikku, aku njupuk 15"), as the draft's quantity. */
function sharedPart<D extends Draft>(form: Form<D>, fs: FormState<D>, input: Input): Partial<D> | null {
  if (form.flow !== 'order' || !form.fields.some((x) => x.key === 'qty')) return null;
  const q = ownShare(input.text);
  const had = fs.v.qty as { pieces: number } | undefined;
  if (!q || (had && q.pieces >= had.pieces)) return null;
  return { qty: q } as unknown as Partial<D>;
}

/** Words before a corrected figure: "eh salah,", "maaf", "no wait", "sorry, it's". */
const CORRECTING =
  /^(?:(?:eh|e|ehh|oh|ooh|iya|ya|oiya|loh|lho|ding|deng|maaf|sori|sorry|salah ketik|salah tulis|salah nulis|typo|mbak|mba|mb|kak|min|admin|bu|dik|salah|keliru|kliru|bukan|ralat|koreksi|no|nope|wait|hold on|hang on|oops|eits|ups|it'?s|its|it was|that was|was|itu|harusnya|seharusnya|mestine|kudune|sing bener|yang bener|yg bener|should be|i mean|maksudnya|maksude|maksudku|actually)\b[\s,.:!-]*)+/;

/** "dudu bu umi, bu yati", "bukan pak hadi tapi pak haji", "not bu umi, bu yati": another employer. */
const NAME_FIX =
  /^(?:(?:eh|e|lho|loh|lha|maaf|sepurane|sori|sorry|salah|keliru|kliru|ralat|mbak|mba|kak|bu|dik|min|admin|no|nope|oh|ding|deng|iya|ya|wait)[\s,.!]*)*(?:dudu|bukan|bkn|not|sanes)\s+(?:(?:dr|dari|teko|soko|seko|saking|from|ke|nang|to)\s+)?((?:(?:bu|pak|mbak|mas|juragan|bos|koperasi|bude|pakde|haji|hj)\b(?:\s+(?:haji|hj)\b)?)?[^,.]*?)\s*[,.]?\s*(?:tapi|tp|but|nanging|ning)?\s*[,.]?\s*(?:(?:it'?s|its|it is|it was|itu|iku|kuwi|yang bener|sing bener)\s+)?(?:(?:punya|punyane|punyanya|nggone|gone|duweke|kagungane|belongs to)\s+)?(?:(?:dr|dari|teko|soko|seko|saking|from|ke|nang|to)\s+)?((?:bu|pak|mbak|mas|juragan|bos|koperasi|bude|pakde|haji|hj)\b.*)$/;

/**
 * "it's from Bu Endang, not Bu Umi", "teko bu yati, dudu bu umi": the name she meant first. ("lho kliru, kasbonnya
 * dr bu yati bukan bu umi. bu umi ga pernah kasih kasbon": the record named before it, a sentence after it with no
 * figure.)
 */
const NAME_FIX_FIRST =
  /^(?:(?:eh|e|maaf|sorry|sori|oops|ups|salah|keliru|kleru|kliru|lepat|ralat|no|wait|nyuwun sewu|nuwun sewu|ngapunten|sepurane|lho|loh|lha|waduh|aduh)[\s,.!]*)*(?:(?:wkt|waktu|wktu|pas|tadi|td|mau|kala|kalau|yg tadi|sing mau)\s+(?:itu|iku|kuwi|wau)?\s*)?(?:(?:it'?s|its|it is|it was|that'?s|that was|itu|iku|kuwi)\s+)?(?:(?:sing|yang|yg)\s+[a-z]+\s+(?:(?:td|tadi|mau|wingi|kemarin|kmrn|kemaren|barusan)\s+)?)?(?:(?:the\s+)?(?:kasbon|bon|bayaran|bayar|setoran|setor|order|orderan|garapan|upah|opah|advance|loan|pay|payment|hand-?in)(?:nya|ne|e)?(?:\s+(?:was|is))?\s+)?(?:(?:dari|dr|from|soko|teko|seko|saking)\s+)?((?:bu|pak|mbak|mas|juragan|bos|koperasi|bude|pakde|haji|hj)\b[^,]*?)\s*,?\s*(?:not|bukan|bkn|dudu|sanes)\s+((?:bu|pak|mbak|mas|juragan|bos|koperasi|bude|pakde|haji|hj)\b[^,.!]*)[.!]*(?:\s+(?!.*\d)[^.!]+[.!]*)?$/;

/** "no sorry, it was bu umi": taken back, then the name alone. */
const NAME_AFTER_SLIP =
  /^(?:(?:eh|no|nope|sorry|sori|maaf|wait|oops|salah|keliru|kleru|kliru|lho|loh)[\s,.!]+)+(?:(?:bukan|bkn|dudu|sanes|ora|gak|ga|nggak|ding|deng)[\s,.!]+)*(?:(?:it'?s|its|it is|it was|that was|itu|iku|kuwi|sing bener|yang bener|yg bener|maksudnya|maksude|maksudku|maksud saya|i mean|i meant)\s+)?(?:(?:dari|dr|from|soko|teko|seko|saking|ke|k|nang|neng|ning|to)\s+)?((?:bu|pak|mbak|mas|juragan|bos|koh|cik|haji)\s+[a-z]+(?:\s+(?!(?:kasbon|bon|bayar|setor|order|upah|opah|garapan|utang)\w*\b)[a-z]+)?)(?:\s+(?:kasbon|bon|bayar|setor|order|upah|opah|garapan|utang)\w*)?(?:\s+(?:ding|deng))?(?:[.!\s]*$|[.!;]\s+(?!.*\d).*$)/;

/** "yg setor td ke bu umi bukan bu yati, bayarnya jg ...": the same inside a longer message. */
const NAME_FIX_INSIDE =
  /\b(?:ke|dari|from|to|soko|teko|seko|nang|neng)\s+((?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji|hj)\s+[a-z]+)\s*,?\s*(?:not|bukan|dudu|sanes)\s+(?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji|hj)\s+[a-z]+\b/;

/**
 * "... bukan bu yati tp bu umi", "... not bu yati but bu umi": the name after the one taken back; "yg bayar td bukan
 * bu yati, bu endang": a comma for "but" when the name meant ends what she says.
 */
const NAME_FIX_MID =
  /\b(?:bukan|dudu|bkn|not|sanes)\s+(?:(?:dr|dari|teko|soko|seko|saking|from|ke|nang|to)\s+)?(?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji|hj)\s+[a-z]+\s*(?:,?\s*(?:tapi|tp|but|nanging|ning|melainkan)\s+|,\s*(?=(?:(?:dr|dari|teko|soko|seko|saking|from|ke|nang|to)\s+)?(?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji|hj)\s+[a-z]+(?:\s+(?:ding|deng|mbak|ya|yo))?\s*[.!]*$))(?:(?:dr|dari|teko|soko|seko|saking|from|ke|nang|to)\s+)?((?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji|hj)\s+[a-z]+)/;

/** "salah wong, sing bener nang bu endang", "salah orang, harusnya ke bu endang": the wrong person, then the right. */
const NAME_WRONG_PERSON =
  /\b(?:salah|keliru|kleru|kliru|wrong)\s+(?:wong|orang|org|uwong|jeneng|nama|name|person)\b.*?\b(?:sing bener|yang bener|yg bener|harusnya|seharusnya|hrsnya|kudune|mestine|sakjane|should be|it was)\s+(?:(?:nang|neng|ning|ke|k|dari|dr|soko|teko|seko|to|from)\s+)?((?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji|hj)\s+[a-z]+)/;

/** "bayarnya jg dr bu umi", "the pay was from Bu Umi too": the name, said as the same change of another record. */
const NAME_FIX_ALSO =
  /\b(?:jg|juga|uga|ugi|also|was|harusnya|kudune|sakjane)\s+(?:dr|dari|from|soko|teko|seko|saking)\s+((?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji|hj)\s+[a-z]+)\b|\b(?:dr|dari|from|soko|teko|seko)\s+((?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji|hj)\s+[a-z]+)\s+(?:jg|juga|uga|too|also)\b/;

/** Giving or paying, said of the one who did it: "sing maringi bu umi", "juragan darmo sing mbayar". */
const GAVE =
  '(?:maringi|maringke|paring|ngasih|ngasi|ngekei|ngekeki|ngei|menehi|mbayar|mbayari|bayar|bayarin|membayar|nyetori|ngirim|ngirimi|transfer|nransfer|ngutangi|gave|paid|sent)';
const TITLED =
  '(?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji|hj)\\s+[a-z]+(?:\\s+(?!sing|yang|yg|seng|ingkang|who)[a-z]+)?';
/** "lho salah, sing maringi bu umi", "it was bu umi who paid": the one who gave it, said again. */
const NAME_WHO_AFTER = new RegExp(`\\b(?:sing|yang|yg|seng|ingkang|who)\\s+${GAVE}\\s+(${TITLED})`);
const NAME_WHO_BEFORE = new RegExp(`\\b(${TITLED})\\s+(?:sing|yang|yg|seng|ingkang|who)\\s+${GAVE}\\b`);
/** A word that takes back what was said, for a name said again as the one who gave ("lho salah, ..."). */
/** Words that take back what was said (not "eh" alone). */
const SLIP_SAID =
  /\b(bukan|bkn|dudu|sanes|ora|gak|nggak|no|nope|salah|keliru|kleru|kliru|sorry|sori|maaf|oops|ding|deng|maksud\w*|i mean|i meant|wait)\b/;
const TAKES_BACK = /\b(salah|keliru|kleru|kliru|wrong|lho|loh|eh|dudu|bukan|sorry|sori|maaf|no)\b/;

/** Words that name a line of the check screen, for a correction that says which line it changes. */
const CUES: Record<string, RegExp> = {
  rejected: REJECTED,
  // ("potongannya 35rb": the word with any ending it takes.)
  // ("she took 20k off", "knocked 15k off": what came off the pay.)
  cut: /\b(potong|dipotong|potongan|potongane|potongannya|potonganne|cut|deducted|deduction|docked|bone|bon e|bonnya|kasbone|kasbonnya)\b|\b(?:took|take|takes|taken|knocked)\s+\S+(?:\s+(?:k|rb|ribu|thousand))?\s+off\b/,
  amount: /\b(dibayar|bayar|bayaran|bayare|bayarnya|mbayar|terima|trima|nompo|paid|got)\b/,
  rate: /\b(upah|upahe|upahnya|opah|opahe|opahnya|ongkos|ongkose|ongkosnya|rate)\b/,
  qty: /\b(jumlah|jumlahe|jumlahnya|jml|jmlh)\b/,
  hours: /\b(jam|jame|jamne|jamnya|hours?|hrs?)\b/,
  delivered: /\b(setor|setornya|setore|setorane|stor|disetor|nyetor|handed|delivered|diserahkan)\b/,
};

/** Whether her words name a line this form has ("the cut was 25k" names the cut of a pay). */
export function namesLineOf<D extends Draft>(form: Form<D>, text: string): boolean {
  const t = fold(text);
  return form.fields.some((f) => CUES[f.key]?.test(t));
}

/** "gak jadi 100, 80 biji", "ora sido 3 kodi, 2 kodi wae": the figure taken back is said as "bukan 100". */
function notFigure(text: string): string {
  return (
    text
      .replace(/\b(?:gak|ga|g|gk|nggak|ngga|enggak|tidak|tdk|ora|ra|gak|ndak)\s+(?:jadi|sido|jd)\s+(?=\d)/gi, 'bukan ')
      // ("ora 5 jam, 6 jam", "gak 3 kodi, 4 kodi": "not" before a figure, then the right one.)
      .replace(/^\s*(?:ora|ra|gak|ga|nggak|ngga|tidak|tdk|no)\s+(?=\d[^,.;]*[,.;]\s*\d)/i, 'bukan ')
  );
}

/** The corrected figure alone: "3 kodi maksudnya" -> "3 kodi", "90 not 80" -> "90", "bukan 80 tapi 90" -> "90". */
function correctedFigure(text0: string): string {
  // ("sing tgl 19 kuwi mung 45 ewu": the date says which record, it is no figure of it.)
  const text = notFigure(text0)
    .replace(/\b(?:tgl|tanggal|tgal|the)\s*\d{1,2}(?:st|nd|rd|th)?\b/gi, ' ')
    // ("eh 6500 ding selusin": the word that says she means it is no part of the figure.)
    .replace(/(\d)\s+(?:ding|deng|lho|kok|kak|ya|yo|mbak)\b/gi, '$1')
    // ("4 kodi bkn 3", "95rb bukan 85": the figure taken back is no figure of the record.)
    .replace(
      /(\d[^,]*?)\s*,?\s+(?:bukan|bkn|dudu|not|instead of)\s+\d[\d.,]*(?:\s*(?:rb|ribu|ewu|k|kodi|lusin|biji|pcs|jam))?\b/gi,
      '$1',
    )
    // ("ga jadi deh, 200 aja", "ora sido, 150 wae": what she had said is taken back, the figure after is meant.)
    .replace(
      /^(?:(?:eh|oh|maaf|sorry|sori|aduh|waduh)[\s,]+)*(?:ga|gak|g|gk|nggak|ngga|enggak|tidak|tdk|ora|ra|gak)\s+(?:jadi|jd|sido)\b(?:\s+(?:deh|dong|ah|aja|ae|wae|ding))*\s*[,:.]\s*(?=\d)/i,
      '',
    )
    // ("eh td salah ketik, 4 kodi": the words that take it back come before the figure.)
    .replace(
      /^(?:(?:eh|oh|maaf|sorry|sori|aduh|waduh)[\s,]+)*(?:(?:td|tadi|mau|barusan)\s+)?(?:aku\s+|saya\s+|sy\s+)?(?:salah ketik|salah tulis|salah nulis|salah|typo|keliru|kleru|kliru)\s*[,:.]\s*(?=\d)/i,
      '',
    )
    // ("yg td order mote bu umi salah, 3 kodi": the words that point at the record, then "wrong", then the figure.)
    // ("yg barusan salah mbak, 45 biji": the one she speaks to, named after "wrong", is no part of it either.)
    .replace(
      /^.*?\b(?:salah|keliru|kleru|kliru|wrong|ralat)\b(?:\s+(?:mbak|mba|mb|kak|min|bu|dik|ya|yo|ding|deng))*\s*[,:.]?\s*(?=\d)/i,
      '',
    )
    // ("eh pak hadi 110 ding": the name says which record; the figure is what follows it.)
    .replace(/^(?:eh\s+|oh\s+)?(?:yg\s+|yang\s+|sing\s+)?(?:bu|pak|mbak|mas|juragan)\s+[a-z]+\s+(?=\d)/i, '');
  // "eh yg tadi salah, harusnya 3 kodi", "kurang satu lagi, total 4 kodi": what follows the word that says it.
  const said =
    /\b(?:harusnya|seharusnya|hrsnya|mestine|kudune|should be|it should be|it was|it'?s|it is|make it|make that|change it to|ganti jadi|diganti jadi|jadinya|totalnya|total|semuanya jadi|jadi|jd|dadi|ternyata|trnyata|jebule|jebul|rupanya|rupane|actually|turns out)\b[\s,:]*(.*\d.*)$|\b(?:was|were)\s+(\d.*)$/.exec(
      text.toLowerCase(),
    );
  // "yg tas td 3 kodi bkn 2": the words that say which record come first; the figure follows.
  // (Not a line's own word: "yg direject 6 pasang" says the rejects.)
  const t = (said ? (said[1] ?? said[2])! : text.toLowerCase()).replace(
    // ("yg barusan itu 30 biji": a word pointing at it after the one that says when.)
    /^(?:eh\s+)?(?:yg|yang|sing|seng|the)\s+([a-z]+)(?:\s+(?:td|tadi|mau|wau|barusan|itu|iku|kuwi|kae|tuh))*\s+(?=\d)/,
    (_all, word: string) => (Object.values(CUES).some((re) => re.test(word)) ? `${word} ` : ''),
  );
  // "eh salah bukan 3 tapi 4 kodi": what follows "tapi".
  const butMeant = /\b(?:bukan|bkn|not|dudu|ora|sanes)\s+[^,]*?\s*,?\s*\b(?:tapi|tp|but|nanging|ning)\s+(.*\d.*)$/.exec(
    t,
  );
  // "bukan 20, 25 ding. yg 5 ketinggalan": the figure after the comma, up to the end of that sentence.
  const commaMeant = butMeant
    ? null
    : /\b(?:bukan|bkn|not|dudu|sanes|ora)\s+([^,\s]*\d[^,\s]*(?:\s+[a-z]+)?)\s*,\s*(\d.*)$/.exec(t);
  const meant = butMeant ? butMeant[1]! : commaMeant ? commaMeant[2]!.split(/[.!]\s/)[0]! : t;
  return (
    meant
      .replace(CORRECTING, '')
      // "Bensinnya 20 ribu ding": the thing a cost was for, then its figure ("rusake 5", "opahe 27 ewu" name their
      // line: kept).
      .replace(/^([a-z]{3,}?)(?:nya|ne|e)\s+(?=\d)/, (all, word: string) => (costCategoryOf(word) ? '' : all))
      // ("jumlahe 30 pak": the word for "the number" says nothing more.)
      .replace(/^(?:jumlah|jumlahe|jumlahnya|jml|jmlh)\s+(?=\d)/, '')
      // "9 kodi, sing sekodi mau keselip", "135 ding, ono receh 5 ewu", "175, she added 25 for the extra": the
      // figure, without the reason said after it (a line's own word after it is kept: "3 kodi, 2 ditolak").
      .replace(
        /^(\d[^,]*?)\s*,\s*(?!\d)(?![\s\S]*\b(?:ditolak|tolak|rusak|reject\w*|retur|potong\w*|dipotong|cut|jam|hours?|kasbon|bon)\b)[\s\S]*$/,
        '$1',
      )
      // ("telung kodi ding, kabeh wes tak setor": a figure in words with its unit, then a remark with no figure; a
      // bare "tiga, jahitannya miring" stays whole, the rejects and their reason.)
      .replace(
        new RegExp(
          `^((?:${NUMBER_WORDS.source})\\s[^,\\d]+?)\\s*,\\s*(?![\\s\\S]*\\b(?:ditolak|tolak|rusak|reject\\w*|retur|potong\\w*|dipotong|cut|jam|hours?|kasbon|bon)\\b)(?![\\s\\S]*\\d)(?![\\s\\S]*(?:${NUMBER_WORDS.source}))[\\s\\S]*$`,
        ),
        '$1',
      )
      .replace(/^(?:bukan|not|dudu|ora)\s+[^\s,]+(?:\s+\S+)?\s*,?\s*(?:tapi|tp|but|nanging|ning)\s+/, '')
      .replace(/\s*,?\s*(?:bukan|bkn|not|dudu|ora|sanes|instead of)\s+[^,]*$/, '')
      .replace(/[\s,.!]*(?:maksudnya|maksude|maksudku|ding|i mean|yang bener|yg bener|sing bener)[\s.!]*$/, '')
      .replace(/(?:[\s,.!]+(?:ya|yo|yah|lho|kok|deh|dong|nggih|ok|oke|aja|ae|wae|saja|thok|tok|only))+[\s.!]*$/, '')
      // ("12 ewu batange", "3 kodine": the unit with the suffix of "the" is the unit.)
      .replace(/\b(batang|kodi|lusin|biji|iji|pasang|lembar|potong|bungkus|pcs)(?:e|ne|nya)\b/g, '$1')
      // ("120000. missed a zero", "350rb. kurang nol": a sentence after the figure with none of its own is a reason.)
      .replace(/^(\d[^.!?]*?)[.!?]\s+[^\d]*$/, '$1')
      .replace(
        /[\s,.!]+(?:(?:tadi|td|mau|aku|saya)\s+)?(?:salah ketik|salah tulis|salah hitung|salah itung|salah ngitung|keliru ngitung|kleru ngitung|typo|maaf|sori|sorry|my mistake|miscounted)[\s.!]*$/,
        '',
      )
      // "120 biji kesetnya", "3 kodi sandale": the figure, without the goods named after it.
      .replace(/^(\d[\d.,]*\s*[a-z]+)\s+[a-z]{3,}(?:nya|ne)[\s.!]*$/, '$1')
      // "baru 4 kodi yg jadi", "mung 3 kodi sing rampung": how many, without "only" and "that got done".
      .replace(/^(?:baru|cuma|cuman|cm|mung|mek|muk|hanya|only|just)\s+(?=\d)/, '')
      .replace(
        /\s+(?:yg|yang|sing|seng|that|which)\s+(?:jadi|jd|dadi|selesai|rampung|beres|mari|done|finished)[\s.!]*$/,
        '',
      )
      // "ora ding, siji tok, 17 setengah": words before it, then the figure alone in the last part.
      .replace(/^[^\d]*,\s*(?=\d[\d.,]*(?:\s*(?:rb|ribu|ewu|k|setengah|stengah))?[\s.!]*$)/, '')
      .trim()
  );
}

/** "eh salah, bukan kemarin, setornya hari ini": a day taken back, with no figure. */
export function correctsDay(text: string): boolean {
  const t0 = fold(text).trim();
  // ("kemaren sore dianternya": the day, then the verb of the record with its -nya, is said as "dianternya kemaren".)
  const act =
    /^(.+?)\s+(terimanya|setornya|ambilnya|dapetnya|dapatnya|bayarnya|kerjanya|belinya|dianternya|diantere|dikirimnya|njupuke|nompone|setore|tukune)\s*[.!]*$/.exec(
      t0,
    );
  // (The day said in a few words before it: "semua diterima" at the end of a telling is no day's word.)
  const t = act && act[1]!.split(/\s+/).length <= 4 ? `${act[2]} ${act[1]}` : t0;
  return (
    /^(eh|e|ehh|oh|salah|maaf|sorry|sori|ralat|koreksi|keliru|kliru|oops|wait|no|bukan|dudu|typo|maksudku|maksudnya|maksude|maksud saya|maksud aku|i meant|i mean|actually|sorry it was|oops it was|itu|iku|kuwi|kui|that|that was|it was|terimanya|trimanya|diterima|diterimo|ditampa|nompone|setornya|setore|ambilnya|njupuke|dapetnya|dapatnya|bayarnya|bayare|kerjanya|belinya|tukune|dianternya|diantere|dikirimnya|received|got it)\b/.test(
      t,
    ) &&
    /\b(kemarin|kemaren|kmrn|wingi|hari ini|dino iki|today|yesterday|tadi|td|mau|tgl|tanggal|senin|selasa|rabu|kamis|jumat|sabtu|minggu|senen|seloso|rebo|kemis|jemuah|setu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(
      t,
    ) &&
    !/\d/.test(t) &&
    // ("itu buat upah jahit minggu kemarin": what the money was for, not the day it came.)
    !/\b(buat|untuk|utk|kanggo|gawe|for)\b/.test(t) &&
    // ("bayare jare jumat": when the pay is promised, not the day of a record.)
    !/\b(jare|katanya|kata|ngomong|bilang|nanti|mengko|will|says)\b/.test(t) &&
    // ("oh iya mau tanya, bpjs itu apa?": a question, "mau" there is "want to".)
    !/\b(tanya|nanya|takon|ask|question)\b/.test(t) &&
    // ("oh sing wingi wis tak setor kabeh": the one of that day already handed in or paid; something new of it.)
    !/\b(sing|seng|yg|yang|ingkang|the one)\s+(?:\w+\s+)?(kemarin|kemaren|kmrn|wingi|yesterday|senin|selasa|rabu|kamis|jumat|sabtu|minggu|senen|seloso|rebo|kemis|jemuah|setu)\b.*\b(wis|wes|uwis|udah|udh|sudah|sdh|dah|sampun|already)\b/.test(
      t,
    )
  );
}

/** A message that starts by taking something back ("eh salah ketik 157rb"): a correction before anything else. */
/** "jam e salah, 7 jam", "bayarane salah, 250": the kind of the record, said wrong, then what is right. */
const KIND_WRONG =
  /^(?:jam|jame|jamnya|bayar\w*|setor\w*|opah\w*|upah\w*|order\w*|biaya\w*|kasbon\w*)(?:\s+(?:e|ne|nya))?\s+(?:salah|keliru|kleru|kliru|lepat|wrong)\b/;

/**
 * "sorry didnt log since monday", "ngapunten telung dino ra nulis", "maaf lupa nyatet": sorry for days not
 * written, then what she did; nothing taken back.
 */
export const LEFT_UNWRITTEN =
  // ("maaf bru sempet nulis", "nembe iso nyatet": only now able to write, the same apology.)
  /\b(?:blm|belum|durung|dereng|gak|ga|ora|ra|nggak|ngga|gk|tidak|tdk|mboten|boten|not|didn'?t|did not|haven'?t|have not|hadn'?t|never|lupa|forgot to|forget to|(?:baru|bru|br|nembe|lagi|lg)\s+(?:sempet|sempat|isa|iso|bisa|bs))\s+(?:sempet\s+|sempat\s+|tak\s+|dak\s+|tk\s+)?(?:nulis|tulis|lapor|nyatet|nyatat|nyathet|catat|catet|nyerat|ngisi|written|write|log|logged|record|recorded|reported|report)\b/;

export function startsCorrecting(text: string): boolean {
  if (KIND_WRONG.test(fold(text).trim()) && /\d/.test(text)) return true;
  // (Unless she takes something back too: "eh salah, lupa nulis potongane 10rb".)
  if (
    LEFT_UNWRITTEN.test(fold(text)) &&
    !/\b(salah|keliru|kleru|kliru|lepat|ralat|typo|wrong|mistake|harusnya|seharusnya|hrsnya|mestine|kudune|bukan|bkn|dudu|sanes)\b/.test(
      fold(text),
    )
  )
    return false;
  return (
    isCorrection(text) &&
    // ("lho salah, ...", not "lho keset pak hadi kan udah sy setor": "lho" with a word of taking back.)
    /^(eh|e|ehh|salah|maaf|sorry|sori|ralat|koreksi|keliru|kliru|oops|wait|hold on|hang on|no|typo|actually|(?:lho|loh|lha|waduh|aduh|oh|ohh|ah|astaga|ya ampun)[\s,.!]+(?:salah|keliru|kleru|kliru|ralat|bukan|dudu|sorry|sori|maaf|oops))\b/.test(
      text.toLowerCase().trim(),
    )
  );
}

/** "sing setor mau 3 kodi ding": the record of a moment ago, pointed at before the figure that changes it. */
export function pointsBack(text: string): boolean {
  if (KIND_WRONG.test(fold(text).trim())) return true;
  return /^(sing|seng|yg|yang|the)\s+(?:\w+\s+)?(mau|tadi|td|wau|barusan|kemarin|kmrn|wingi|earlier)\b/.test(
    fold(text).trim(),
  );
}

/**
 * The goods she meant, when she takes back words of the goods on the screen ("sarung tangan bukan kaos kaki",
 * "bukan kaos kaki tapi sarung tangan"): the goods with those words in place; undefined otherwise.
 */
function goodsMeant(lower: string, product: unknown): string | undefined {
  if (typeof product !== 'string' || /\d/.test(lower)) return undefined;
  const t = lower
    .replace(
      /^(?:(?:eh|aduh|maaf|sorry|salah ketik|salah tulis|salah|keliru|kleru|kliru|typo|maksudnya|maksude)[\s,.!]+)+/,
      '',
    )
    .replace(/[.!]+$/, '')
    .trim();
  const oldFirst =
    /^(?:bukan|bkn|dudu|sanes|not)\s+([a-z]+(?:\s[a-z]+)*?)(?:\s*,\s*(?:(?:tapi|tp|but|nanging|ning)\s+)?|\s+(?:tapi|tp|but|nanging|ning)\s+)([a-z]+(?:\s[a-z]+)*)$/.exec(
      t,
    );
  const newFirst = oldFirst
    ? null
    : /^([a-z]+(?:\s[a-z]+)*?)\s*,?\s+(?:bukan|bkn|dudu|sanes|not)\s+([a-z]+(?:\s[a-z]+)*)$/.exec(t);
  const [was, meant] = oldFirst ? [oldFirst[1]!, oldFirst[2]!] : newFirst ? [newFirst[2]!, newFirst[1]!] : [];
  // (Whole words of the goods: "t" is no part of "tas" to put right.)
  const inGoods = (w: string) => ` ${product.toLowerCase()} `.includes(` ${w.trim()} `);
  if (!was || !meant || !inGoods(was)) return undefined;
  if (
    !meant
      .trim()
      .split(/\s+/)
      .some((w) => isGoods(w) || isGoods(meant.trim()))
  )
    return undefined;
  return product.toLowerCase().replace(was.trim(), meant.trim());
}

/** The figure a line shows: a count, a sum, hours; undefined for others. */
function figureOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  const o = v as { count?: unknown; amount?: unknown } | null | undefined;
  if (typeof o?.amount === 'number') return o.amount;
  if (typeof o?.count === 'number') return o.count;
  return undefined;
}

/**
 * "eh 750 ding" on a screen of 300 biji at Rp700 each: a bare figure, no word of its line, is the line whose
 * figure it is close to (within half again), when only one is; undefined otherwise.
 */
function nearestLine<D extends Draft>(form: Form<D>, fs: FormState<D>, rest: string, ctx: FlowContext) {
  // ("eh 12rb" at an order's screen that shows 2 kodi at Rp10.000/biji): a figure written as money puts right the
  // one line that holds money, never a count.
  if (
    /^(?:rp\.?\s?)?\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)[\s.!]*$|^rp\.?\s?\d[\d.,]*[\s.!]*$/i.test(rest.trim())
  ) {
    const money = form.fields.filter(
      (f) => applies(f, fs.v, ctx) && /amount|cut|rate/i.test(f.key) && figureOf(fs.v[f.key]) !== undefined,
    );
    if (money.length === 1) return money[0];
  }
  const bare = /^(\d+(?:[.,]\d+)?)[\s.!]*$/.exec(rest.trim());
  if (!bare) return undefined;
  const n = Number(bare[1]!.replace(',', '.'));
  if (!(n > 0)) return undefined;
  const close = form.fields.filter((f) => {
    if (!applies(f, fs.v, ctx) || /employer|product|order|category|what|kind|written|materials|child/i.test(f.key))
      return false;
    const x = figureOf(fs.v[f.key]);
    return x !== undefined && x > 0 && Math.max(x / n, n / x) <= 1.5;
  });
  return close.length === 1 ? close[0] : undefined;
}

/** "tulis 40rb aja", "catet 3 kodi wae", "just put 40k": the figure she says to write, closing her message. */
const WRITE_THIS =
  /(?:^|[.,;!]\s*|\s)(?:(?:ya|yo|yaudah|ya udah|udah|wis|wes|so|just)\s+)?(?:tulis|tulisen|tulisno|tulisin|catat|catet|catetin|catatin|dicatat|dicatet|ditulis|write|put|put down)\s+(?:aja\s+|wae\s+|ae\s+)?((?:rp\.?\s?)?\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta|kodi|lusin|pasang|psg|biji|pcs|jam|gros|kg|pak|ikat)?(?:\s*(?:\/|per|se|sak)\s*[a-z]+)?)\s*(?:aja|wae|ae|saja|sj|ya|yo|mawon|only|then)?[\s.!]*$/;

/** Number words as women write sums: "satus seket limang ewu", "dua puluh lima ribu", "selawe". */
export const NUMBER_WORDS =
  /\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|ratus|ribu|seribu|puluh|belas|siji|loro|telu|papat|limo|enem|pitu|wolu|songo|sanga|sewelas|rolas|selawe|seket|sewidak|satus|atus|ewu|sewu|rong|telung|patang|limang|nem|pitung|wolung|sangang|setunggal|kalih|tigang|sekawan|gangsal)\b/;

const NUMBER_RUN = new RegExp(
  `${NUMBER_WORDS.source}(?:\\s+${NUMBER_WORDS.source})*(?:\\s+(?:setengah|stengah))?`,
  'g',
);

/**
 * Figures written in words put in digits ("eh dudu seket, sewidak iket" -> "eh dudu 50, 60 iket"), so a
 * correction in words is read as one in digits; a run of words that is no number stays as it is.
 */
export function wordsAsDigits(text: string): string {
  return withoutCourtesy(text.toLowerCase()).replace(NUMBER_RUN, (run) => {
    const v = parseNumber(run);
    return v === null ? run : String(v);
  });
}

/** The first figure written in words ("balikan lima mergo ..." -> "5"), as digits; undefined if none. */
function wordFigure(text: string): string | undefined {
  const ws = withoutCourtesy(text.toLowerCase()).split(/[^a-z]+/);
  const at = ws.findIndex((w) => NUMBER_WORDS.test(w));
  if (at < 0) return undefined;
  for (let n = Math.min(5, ws.length - at); n >= 1; n--) {
    const v = parseNumber(ws.slice(at, at + n).join(' '));
    if (v !== null) return String(v);
  }
  return undefined;
}

/** A message that takes back a figure: "eh salah, 3 kodi", "sorry, it was 90 not 80", "bukan 80 tapi 90". */
/** "nyuwun sewu" (excuse me) holds the word for a thousand; it is no figure. */
const withoutCourtesy = (t: string) => t.replace(/\b(?:nyuwun|nuwun|ngapunten)\s+sewu\b/g, ' ');

/**
 * Krama words of taking something back as the everyday ones ("lepat" wrong, "sanes" not), with the
 * courtesy before them left out ("nyuwun sewu, lepat, 9 kodi" -> "salah, 9 kodi").
 */
/** Words that take back what was said, which she may type with vowels left out ("slah", "slh", "rlt", "mksdnya"). */
const TAKE_BACK_WORDS = ['salah', 'keliru', 'ralat', 'koreksi', 'maksudnya', 'maksudku', 'maksude', 'maksud', 'bukan'];

/** The take-back word `typed` is with one vowel or more left out (the first letter kept), or null. */
function takeBackTypedShort(typed: string): string | null {
  const w = typed.toLowerCase();
  if (w.length < 3 || TAKE_BACK_WORDS.includes(w)) return null;
  for (const word of TAKE_BACK_WORDS) {
    if (word.length <= w.length || word[0] !== w[0]) continue;
    let k = 0;
    let fits = true;
    for (const ch of word) {
      if (ch === w[k]) k++;
      else if (!'aeiou'.includes(ch)) {
        fits = false;
        break;
      }
    }
    if (fits && k === w.length) return word;
  }
  return null;
}

/** Krama words of taking back read as the everyday ones, and take-back words typed short written out. */
export function inKramaPlain(text: string): string {
  const written = text.replace(/\b[a-z]{3,8}\b/gi, (w) => takeBackTypedShort(w) ?? w);
  if (!/\b(lepat|sanes|nyuwun|nuwun|ngapunten)\b/i.test(written)) return written;
  return written
    .replace(/^\s*(?:nyuwun|nuwun|ngapunten)(?:\s+sewu)?\b[\s,.!]*/i, '')
    .replace(/\blepat\b/gi, 'salah')
    .replace(/\bsanes\b/gi, 'bukan')
    .trim();
}

export function isCorrection(text: string): boolean {
  // ("nyuwun sewu, kleru, ...": what is left after the courtesy starts at its first word.)
  const t = withoutCourtesy(notFigure(text).toLowerCase())
    .trim()
    .replace(/^[,.!]+\s*/, '');
  // ("wrong person, it was bu yati", "salah orang, harusnya ke bu endang": the wrong person, then the right one.)
  if (NAME_FIX.test(t) || NAME_FIX_FIRST.test(t) || NAME_WRONG_PERSON.test(t)) return true;
  const plain = withoutWrongPerson(t);
  if (plain !== t && isCorrection(plain)) return true;
  // ("sing mau salah jeneng, dudu bu umi tapi bu endang", "lho salah, sing maringi bu umi": a name taken back.)
  if (!/\d/.test(t) && (NAME_FIX_MID.test(t) || (TAKES_BACK.test(t) && nameWho(t)))) return true;
  // ("eh bukan, ke juragan darmo ding", "eh ora ding, nang pak haji": taken back, then only the name meant;
  // "eh, bu yati" alone takes nothing back.)
  if (!/\d/.test(t) && NAME_AFTER_SLIP.test(t) && SLIP_SAID.test(t)) return true;
  // ("dudu kodi tapi lusin": the unit taken back and the one meant.)
  if (unitSwap(t)) return true;
  // ("eh bukan tas tp dompet": the goods taken back and the ones meant.)
  const goods =
    /\b(?:bukan|bkn|dudu|sanes|not)\s+([a-z]+(?:\s+[a-z]+)?)\s*,?\s*(?:tapi|tp|but|nanging)\s+([a-z]+(?:\s+[a-z]+)?)\s*[.!]*$/.exec(
      t,
    );
  if (!/\d/.test(t) && goods && (isGoods(goods[1]!) || isGoods(goods[2]!))) return true;
  // ("maksudnya dibantu ibu saya, bukan anak": who helped, put right.)
  if (
    !/\d/.test(t) &&
    HELPED.test(t) &&
    /^(?:eh|maksudnya|maksude|maksudku|salah|sorry|no)\b|\b(?:bukan|dudu|sanes|not)\b/.test(t)
  )
    return true;
  // ("eh salah ding satus seket limang ewu": a figure in words is a figure.)
  if (!/\d/.test(t) && !NUMBER_WORDS.test(t)) return false;
  if (/\b(harusnya|seharusnya|hrsnya|should be)\b/.test(t)) return true;
  // ("thread was 18k", "the pay was 300k": a line of the record said again with its figure.)
  if (/^(?:the\s+)?[a-z]+\s+(?:was|were)\s+(?:rp\.?\s?)?\d/.test(t)) return true;
  // "sing terakhir kleru, 85 ewu", "the last one is wrong, it was 28k".
  if (
    /\b(kleru|keliru|kliru|salah|wrong)\b/.test(t) &&
    !/\b(tidak|ora|gak|nggak|not)\s+(salah|kleru|keliru|kliru|wrong)\b/.test(t)
  )
    return true;
  if (/^(?:kurang|lupa|ketinggalan|eh)\b.*\b(?:total|totalnya|jadi total)\s+\d/.test(t)) return true;
  // ("bu yati sing keset ...": "bu" there is her employer's title, not a word of taking back.)
  const lead = (CORRECTING.exec(t)?.[0] ?? '').replace(/\b(mbak|mba|mb|kak|min|admin|bu|dik)\b/g, '');
  return (
    /[a-z]/.test(lead) ||
    /\b(?:not|bukan|bkn|bukane|dudu|sanes|instead of)\s+\d/.test(t) ||
    /\d[^,]*\b(?:maksudnya|maksude|ding|i mean)\b/.test(t)
  );
}

/** Whether a line's value is the figure she takes back (a count, pieces or a sum; a sum in thousands too). */
function holdsFigure(v: unknown, n: number): boolean {
  if (typeof v === 'number') return v === n || (v >= 1000 && v === n * 1000);
  if (!v || typeof v !== 'object') return false;
  const o = v as { count?: unknown; pieces?: unknown; amount?: unknown };
  return o.count === n || o.pieces === n || o.amount === n || o.amount === n * 1000;
}

/**
 * Those who helped, one by one: "sing siji ponakanku, sing siji anakku", "yg satu adikku, yg satunya lagi anakku",
 * "one was my niece, the other my son". Each part names a person; null when it is not said so.
 */
function eachHelper(lower: string): string[] | null {
  const parts = lower
    .split(/\b(?:sing|seng|yg|yang|the|one)\s+(?=siji|satu|sijine|satunya|liyane|lainnya|other|was|is)/)
    .slice(1)
    .map((p) =>
      p.replace(/^(?:siji|satu|sijine|satunya|liyane|lainnya|other|was|is)\b(?:\s+(?:maneh|lagi|lg|one|was|is))*/, ''),
    );
  if (parts.length < 2 || parts.length > 4) return null;
  return parts.every((p) =>
    p.split(/[^a-z']+/).some((w) => personWord(w.replace(/(?:ku|e|ne|nya|'s)$/, '')) || personWord(w)),
  )
    ? parts
    : null;
}

/** The time she finished, named by the word for finishing: "rampunge jam 1", "jam 1 awan rampunge", "finished at 5". */
const FINISHED_AT =
  /\b(?:rampung|selesai|slesai|mari|mandek|leren|finish|stopp)\w*(?:\s+at)?\s+(?:jam\s+|pukul\s+)?\d|\b(?:jam|pukul)\s+\d{1,2}(?:[.:]\d{2})?(?:\s+(?:awan|siang|sore|esuk|pagi|bengi|malam|mbengi|pm|am))?\s+(?:rampung|selesai|slesai|mari|mandek|leren|finish|stopp)\w*/;

/** The hours from the span's start to the end she now says ("sampe jam 1 awan"), as a typed answer would be. */
function endOfSpan<D extends Draft>(
  form: Form<D>,
  fs: FormState<D>,
  lower: string,
  ctx: FlowContext,
): StepResult | null {
  const f = form.fields.find((x) => x.key === 'hours');
  // ("jam 1 awan rampunge", "selesainya jam 1": the time she finished, named by the word for finishing.)
  const m =
    /\b(?:sampe|sampai|smpe|sampek|nganti|ngantos|tekan|teka|tekane|until|till|to|(?:rampung|selesai|slesai|mari|mandek|leren|finish|stopp)\w*(?:\s+at)?)\s+(?:jam\s+|pukul\s+)?(\d{1,2})(?:[.:](\d{2}))?/.exec(
      lower,
    ) ??
    /\b(?:jam|pukul)\s+(\d{1,2})(?:[.:](\d{2}))?(?:\s+(?:awan|siang|sore|esuk|pagi|bengi|malam|mbengi|pm|am))?\s+(?:rampung|selesai|slesai|mari|mandek|leren|finish|stopp)\w*/.exec(
      lower,
    );
  if (!f || !m) return null;
  // A record saved a moment ago keeps no start: the span she told in the bubbles just before, of these hours.
  let from = fs.v.from;
  if (typeof from !== 'number' && typeof fs.v.hours === 'number') {
    if (!Object.hasOwn(ctx.facts, 'recentBubbles')) return need('recentBubbles');
    const told = (ctx.facts.recentBubbles ?? [])
      .flatMap((b) => readMessage(b, ctx.now).entries)
      .filter(
        (e) => e.kind === 'hours' && typeof e.from === 'number' && e.minutes === Math.round(Number(fs.v.hours) * 60),
      );
    if (told.length === 1 && told[0]!.kind === 'hours') from = told[0]!.from;
  }
  if (typeof from !== 'number') return null;
  let end = Number(m[1]) + (m[2] ? Number(m[2]) / 60 : 0);
  // The end follows the start: "jam 8 ... sampe jam 1" is one in the afternoon.
  while (end <= from && end < 36) end += 12;
  const hours = Math.round((end - from) * 60) / 60;
  if (hours <= 0 || hours > 16) return null;
  const r = f.parse(textInput(String(hours)), clear(f, fs.v), ctx);
  if (!r.ok || r.again) return null;
  return advance(form, { ...fs, v: apply(clear(f, fs.v), r.set), force: undefined }, ctx);
}

/** The one named as who gave or paid ("sing maringi bu umi", "bu umi sing mbayar"); undefined if none. */
function nameWho(lower: string): string | undefined {
  return (NAME_WHO_AFTER.exec(lower) ?? NAME_WHO_BEFORE.exec(lower))?.[1];
}

/** The employer's name she says she meant ("dudu bu umi, bu yati", "bu umi bukan bu yati"); undefined if none. */
/**
 * "eh salah orang, yg ngasih kasbon bu umi bukan pak hadi": without the wrong person said first, and without what
 * was given between the giving and the name, so the name put right reads as it does alone.
 */
function withoutWrongPerson(lower: string): string {
  return lower
    .replace(
      /^(?:eh\s+)?(?:salah|keliru|kleru|kliru|wrong)\s+(?:orang|org|wong|uwong|jeneng|nama|person)\s*[,.]?\s*/,
      '',
    )
    .replace(
      /\b(ngasih|ngekei|maringi|mbayar|bayar|ngei|menehi)\s+(?:kasbon|bon|bayaran|upah|opah|duit|uang|arta)\s+(?=(?:bu|pak|mbak|mas|juragan)\b)/,
      '$1 ',
    );
}

export function nameMeant(text: string): string | undefined {
  const lower = text.toLowerCase().trim();
  const plain = withoutWrongPerson(lower);
  if (plain !== lower) {
    const meant = nameMeant(plain);
    if (meant) return meant;
  }
  const fixNamed = NAME_FIX.exec(lower);
  const first = fixNamed ? null : (NAME_FIX_FIRST.exec(lower) ?? NAME_FIX_INSIDE.exec(lower));
  const also = fixNamed || first ? null : NAME_FIX_ALSO.exec(lower);
  // "yg 250rb tadi bukan bu yati tp bu umi": taken back and said right inside the message.
  const mid = fixNamed || first || also ? null : (NAME_FIX_MID.exec(lower) ?? NAME_WRONG_PERSON.exec(lower));
  // "lho salah, sing maringi bu umi": the one who gave it, said again.
  const who0 = fixNamed || first || also || mid ? undefined : nameWho(lower);
  // "no sorry, it was bu umi", "eh salah, maksudnya bu endang": a word of taking back, then only the name.
  const who = who0 ?? (fixNamed || first || also || mid ? undefined : NAME_AFTER_SLIP.exec(lower)?.[1]);
  // ("bukan bu umi, bu endang. keset yg 3 kodi itu punya bu endang": the name, up to the end of its sentence.)
  // ("bukan pak hadi, bu endang yg ngasih": the name without "who gave it".)
  return (
    (fixNamed?.[2] ?? first?.[1] ?? also?.[1] ?? also?.[2] ?? mid?.[1] ?? who)
      ?.split(/[.,;!?]/)[0]
      ?.replace(/\s+(?:yg|yang|sing|seng|kang|ingkang|who|that)\b.*$/, '')
      // ("bu umi ding", "bu umi lho": a word that only says she means it is no part of the name.)
      .replace(/(?:\s+(?:ding|deng|lho|lo|kok|sih|kak|mbak|mba|ya|yo|iku|itu|kuwi|wae|aja|saja|nggih))+$/, '')
      .trim()
  );
}

/**
 * A figure typed at the check screen or the list of lines ("eh salah, 3 kodi", "57rb", "no wait, 21k"):
 * read by the first line with a value whose question it answers (figures only, not names), with the same
 * checks as a typed answer; then the check screen again. null when it is not such a correction.
 */
function correction<D extends Draft>(
  form: Form<D>,
  fs: FormState<D>,
  input: Input,
  ctx: FlowContext,
  pointed = false,
): StepResult | null {
  // ("make it 6 and a half hours": the half as a figure, as the reader takes it.)
  const halved = input.text
    .replace(/\b(\d+) (hours?|hrs?) and a half\b/gi, '$1,5 $2')
    .replace(/\b(\d+) and (?:a )?half\b/gi, '$1,5');
  if (halved !== input.text) return correction(form, fs, inputOf(halved), ctx, pointed);
  // ("sik, dudu 2 kaleng, siji thok. 35 ewu": the figure she says it is not is no value; the one left is.)
  const unsaid = input.text
    .replace(
      // (Not "dudu 200 tapi 250": what follows "tapi" is read as it always was.)
      /(^|[,.;]\s*|\s)(?:dudu|bukan|bkn|sanes|not)\s+(?:(?!\b(?:tapi|tp|but|nanging|ning)\b)[^,.;])*\d(?:(?!\b(?:tapi|tp|but|nanging|ning)\b)[^,.;])*(?=[,.;]|$)/gi,
      '$1',
    )
    // ("yg 3rb itu per lusin kan, bukan per biji": what it is not, said last.)
    .replace(/[,.;]\s*(?:bukan|bkn|dudu|sanes|not)\s+[^,.;\d]*[.!?]*$/i, '')
    .replace(/^[\s,.;]+|[\s,.;]+$/g, '')
    .replace(/\s*([,.;])(?:\s*[,.;])+/g, '$1')
    // (What is left is one telling: "siji thok. 35 ewu"; "3rb itu per lusin kan" is "3rb per lusin".)
    .replace(/(?<!\d)\.\s+/g, ', ')
    .replace(/\s+(?:itu|iku|kuwi|kui)\s+(?=(?:per|se|sak|tiap|saben)\b|se[a-z])/gi, ' ')
    .replace(/\s+(?:kan|ya|yo|to|tho|right)[?!.]*$/i, '');
  if (unsaid !== input.text && /\d/.test(unsaid)) {
    const r = correction(form, fs, inputOf(unsaid), ctx, pointed);
    // (Only when it changes something: else the whole message is read as it was, "not per piece" and all.)
    const v = r?.state?.step === 'confirm' ? (r.state.data as unknown as FormState<D>).v : null;
    if (r && (!v || !sameValues(v, fs.v))) return r;
  }
  // ("eh sapunya 350 ding, td sore ditambahi 50 lg": the figure she puts right, then how it came about; the
  // figure added is no line of its own.)
  const pieces = input.text.split(/(?<=[,.;!])\s+/);
  const marked = pieces.filter((p) => /\d/.test(p) && /\b(ding|deng|eh+|maksudnya|maksude|salah)\b/i.test(p));
  if (
    pieces.length > 1 &&
    marked.length === 1 &&
    pieces.every(
      (p) =>
        p === marked[0] ||
        (/\d/.test(p) && /\b(tambah|ditambah|ditambahi|ditambahin|tambahan|kurang|dikurangi|added|more)\b/i.test(p)),
    )
  )
    return correction(form, fs, inputOf(marked[0]!.replace(/[,.;!]+$/, '')), ctx, pointed);
  const parts = linesNamed(form, fs, input, ctx);
  if (parts) return parts;
  const one = oneCorrection(form, fs, input, ctx, pointed);
  // ("dudu juragan darmo, pak hadi. terus kuwi wingi dudu dino iki": a name put right, and the day after it.)
  if (one?.state?.step !== 'confirm') return one;
  const dayPart = input.text
    .split(/\.\s+|\s*[,;]\s*|\s+(?:terus|trus|trs|and|lan)\s+/)
    .find(
      (p) =>
        !/\d/.test(p) &&
        DAY_WORD_OF_PART.test(fold(p)) &&
        /\b(bukan|bkn|dudu|sanes|not|harusnya|kudune|itu|iku|kuwi|that|it was)\b/.test(fold(p)),
    );
  if (!dayPart) return one;
  const named = one.state.data as unknown as FormState<D>;
  const day = dayCorrection(form, named, inputOf(dayPart), ctx);
  const after = day?.state?.step === 'confirm' ? (day.state.data as unknown as FormState<D>) : null;
  return after && JSON.stringify(after.v) !== JSON.stringify(named.v) ? day : one;
}

/**
 * "kasbon yg dipotong 150rb bukan 200, jd trima 450rb": two lines named, each with its figure, both changed;
 * null unless every part with a figure names one line of its own.
 */
function linesNamed<D extends Draft>(form: Form<D>, fs: FormState<D>, input: Input, ctx: FlowContext) {
  // ("bukan 5 lusin tp 6 lusin, trus itu kemarin bukan hari ini": the count and the day, one part each.)
  const parts = input.text
    .split(/\s*[,;]\s*|\.\s+|\s+(?:trus|terus|trs|and|lan|also|sama)\s+(?=\S)/)
    .filter((p) => /\d/.test(p) || DAY_WORD_OF_PART.test(fold(p)));
  if (parts.length < 2) return null;
  let v = fs.v;
  const done = new Set<string>();
  for (const part of parts) {
    const t = fold(part);
    const fields = form.fields.filter((f) => CUES[f.key]?.test(t) && applies(f, v, ctx) && v[f.key] !== undefined);
    // (Each part says what it changes: a line's word, a unit or a day; "bukan 20, 25 ding" is one change.)
    const day = !/\d/.test(part) && DAY_WORD_OF_PART.test(t);
    if (fields.length > 1 || (!fields.length && !day && !UNIT_OF_PART.test(t))) return null;
    const key = day ? 'day' : (fields[0]?.key ?? UNIT_OF_PART.exec(t)![0]);
    if (done.has(key)) return null;
    done.add(key);
    const cur = { ...fs, v };
    const r = day ? dayCorrection(form, cur, inputOf(part), ctx) : oneCorrection(form, cur, inputOf(part), ctx, true);
    const next = r?.state?.step === 'confirm' ? (r.state.data as unknown as FormState<D>) : null;
    if (!next || JSON.stringify(next.v) === JSON.stringify(v)) return null;
    v = next.v;
  }
  return advance(form, { ...fs, v, force: undefined }, ctx);
}

/** A day named in a part of a correction ("itu kemarin bukan hari ini", "rabu dudu kemis"). */
const DAY_WORD_OF_PART =
  /\b(kemarin|kemaren|kmrn|wingi|hari ini|dino iki|today|yesterday|senin|selasa|rabu|kamis|jumat|sabtu|minggu|senen|seloso|rebo|kemis|jemuah|setu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
/** A unit or money word in a part of a correction: it says which line its figure is of. */
const UNIT_OF_PART =
  /\b(kodi|lusin|gros|pasang|psg|biji|pcs|pieces?|kg|kilo|pak|ikat|rim|jam|hours?|rb|ribu|ewu|k|jt|juta|rupiah)\b/;

function oneCorrection<D extends Draft>(
  form: Form<D>,
  fs: FormState<D>,
  input: Input,
  ctx: FlowContext,
  pointed = false,
): StepResult | null {
  // "dudu bu umi, bu yati": the employer line, with the name she meant.
  const lower = input.text.toLowerCase().trim();
  const meant = nameMeant(lower);
  // A record without its own employer line (a hand-in) names the employer through its order.
  const who = meant
    ? (form.fields.find((f) => /employer/i.test(f.key) && fs.v[f.key] !== undefined) ??
      form.fields.find((f) => f.key === 'order' && typeof fs.v[f.key] === 'number'))
    : undefined;
  if (meant && who) {
    const r = who.parse(textInput(meant.replace(/[.!]+$/, '')), clear(who, fs.v), ctx);
    if (r.ok && !r.again) return advance(form, { ...fs, v: apply(clear(who, fs.v), r.set), force: undefined }, ctx);
  }
  // ("salah ketik, sarung tangan bukan kaos kaki": the goods, the ones taken back named.)
  const goods = goodsMeant(lower, fs.v.product);
  const goodsField = goods ? form.fields.find((f) => f.key === 'product' && applies(f, fs.v, ctx)) : undefined;
  if (goods && goodsField) {
    const r = goodsField.parse(textInput(goods), clear(goodsField, fs.v), ctx);
    if (r.ok && !r.again && !r.check)
      return advance(form, { ...fs, v: apply(clear(goodsField, fs.v), r.set), force: undefined }, ctx);
  }
  // "eh salah, dudu kodi tapi lusin": the same count and rate in the unit she meant.
  const swap = unitSwap(lower);
  const swapped = swap ? swapUnits(fs.v, swap) : null;
  // ("sorry i mean 150 per pair, not per dozen": the rate's figure said with its new unit.)
  const figure = swap?.rateOnly
    ? /(?<![a-z])(\d+(?:[.,]\d+)*\s*(?:rb|ribu|rebu|ewu|k)?)\s*(?:per|se|sak|a|an|\/)\s*[a-z]+/.exec(lower)
    : null;
  const rate = swapped?.rate as { amount: number } | undefined;
  const amount = figure ? parseMoney(figure[1]!)?.rupiah : undefined;
  if (swapped && rate && amount && amount !== rate.amount) (swapped as Draft).rate = { ...rate, amount };
  if (swapped) return advance(form, { ...fs, v: swapped, force: undefined }, ctx);
  // ("yg 3rb itu per lusin kan, bukan per biji" to a rate already per lusin: so it is; nothing to change.)
  const per = (fs.v.rate as { per?: string } | undefined)?.per;
  if (swap?.rateOnly && per === swap.to) return confirmReply(form, fs, ctx);
  // "sorry, that 100k was kasbon, not payment": the kind of money changed, the figures kept.
  const kindField = form.fields.find((f) => f.key === 'kind' && fs.v.kind === 'pay');
  const saysKasbon =
    /\b(was|is|itu|iku|kuwi|ternyata|harusnya|seharusnya|kudune)\s+(an?\s+)?(kasbon|advance|loan|pinjaman|utang|hutang)\b/.test(
      lower,
    ) || /\b(not|bukan|dudu)\s+(a\s+)?(pay|payment|bayaran|upah|gaji)\b/.test(lower);
  if (kindField && saysKasbon && !/\b(dipotong|potong|potongan|cut|deducted)\b/.test(lower)) {
    const r = kindField.parse(textInput('kasbon'), fs.v, ctx);
    if (r.ok) return advance(form, { ...fs, v: apply(fs.v, r.set), force: undefined }, ctx);
  }
  // "sing mbantu anakku loro", "yg bantu suami": who helped, said again in words.
  const helpers = form.fields.find((f) => f.key === 'helpers' && applies(f, fs.v, ctx));
  // ("no wait it was 4 hours, and nobody helped": the figure first; who helped is taken beside it.)
  // ("eh karo adikku pisan, umure 12": one more who was with her, her age the only figure.)
  const noAges = lower.replace(
    /\b(?:umur|umure|umurnya|usia|usiane|kelas|klas|kls)\s*\d+|\d+\s*(?:th|thn|tahun|taun|years?(?:\s+old)?|yo)\b|\b(?:she|he)(?:'s|\s+is|\s+was)\s+\d+\b/g,
    ' ',
  );
  const alsoWith = ALSO_WITH.exec(lower);
  const withOneMore = !!alsoWith && personWord((alsoWith[1] ?? alsoWith[2]!).replace(/(ku|ne|e|nya)$/, ''));
  // ("sorry it was my neighbour's girl, she is 13": who helped put right, her age the only figure.)
  const whoWas =
    noAges !== lower &&
    /\b(?:it was|it's|its|itu|iku|kuwi|maksudnya|maksude)\b/.test(lower) &&
    lower.split(/[^a-z']+/).some((w) => personWord(w.replace(/'s$/, '')));
  if (
    helpers &&
    (HELPED.test(lower) || withOneMore || whoWas) &&
    parseChoice(input.text) === null &&
    !/\d/.test(noAges)
  ) {
    // ("maksudnya dibantu ibu saya, bukan anak. anak sekolah": who helped, without the one taken back.)
    // ("it was my neighbour's girl, she is 13": the one she names, and her age.)
    const who = whoWas ? lower.split(/[^a-z']+/).find((w) => personWord(w.replace(/'s$/, ''))) : undefined;
    const age = /(\d{1,2})/.exec(lower)?.[1];
    const said = who
      ? `dibantu ${who.replace(/'s$/, '')} umur ${age}`
      : lower
          .split(/[.;]/)[0]!
          .replace(/,?\s*\b(?:bukan|bkn|dudu|sanes|not)\s+[a-z]+(?:\s+(?:saya|sy|aku|ku|kulo|my))?/g, '')
          .replace(/^(?:(?:eh|maksudnya|maksude|maksudku|salah|sorry|no)[\s,]+)*/, '')
          .replace(/^(eh\s+)?(sing|seng|yang|yg|the one who|who)\s+/, '');
    let r = helpers.parse(textInput(said), clear(helpers, fs.v), ctx);
    // ("sing bantu mung siji ding": how many, as a count word after "only".)
    const only = /\b(?:mung|cuma|cuman|hanya|namung|only|just)\s+([a-z]+)\b/.exec(said);
    const n = only ? parseNumber(only[1]!) : null;
    if ((!r.ok || r.again) && n !== null) r = helpers.parse(textInput(String(n)), clear(helpers, fs.v), ctx);
    if (r.ok && !r.again) {
      const v = apply(clear(helpers, fs.v), r.set);
      if (who && age) (v as Draft).child = Number(age) < 15;
      // ("eh karo bojoku pisan": one more besides those said; "dadi wong loro" says the total.)
      const also = /\b(pisan|juga|jg|uga|ugi|also|too|sekalian|barengan)\b|\b(?:yo|ya)\s+(?:melu|ikut)\b/.test(lower);
      const total =
        /\b(?:dadi|jadi|total|semua|kabeh)\s+(?:wong\s+|orang\s+)?(\d|loro|telu|papat|dua|tiga|empat|two|three)\b/.exec(
          lower,
        )?.[1];
      if (also && typeof fs.v.helpers === 'number' && fs.v.helpers > 0) {
        const n = total ? (parseNumber(total) ?? Number(total)) : Number(fs.v.helpers) + Number(v.helpers ?? 1);
        (v as Draft).helpers = n;
        if (fs.v.child === true) (v as Draft).child = true;
      }
      // ("sing mbantu loro ding, karo mbakyuku": how many helped in all, then the one she had not said; the child
      // said before is still one of them.)
      const allSaid =
        /\b(?:mbantu|bantu|bantuin|membantu|ngewangi|ngrewangi|helped|helping)\s+(?:ada\s+|ono\s+|enten\s+)?([a-z]+|\d)\b/.exec(
          lower,
        )?.[1];
      const all = allSaid ? (parseNumber(allSaid) ?? null) : null;
      if (all !== null && Number.isInteger(all) && all > 0 && all <= 10 && all > Number(v.helpers ?? 0)) {
        (v as Draft).helpers = all;
        if (fs.v.child === true && all > Number(fs.v.helpers ?? 0)) (v as Draft).child = true;
      }
      // A child she said helped still helped: more helpers named do not take that back.
      if (fs.v.child === true && v.child === undefined && Number(v.helpers) >= Number(fs.v.helpers))
        (v as Draft).child = true;
      // ("mung siji, sing cilik thok": fewer, and the one left is the little one.)
      if (fs.v.child === true && v.child === undefined && /\b(cilik|kecil|little|younger|adik|adek)\b/.test(lower))
        (v as Draft).child = true;
      return advance(form, { ...fs, v, force: undefined }, ctx);
    }
  }
  // ("sing siji ponakanku, wis SMA. sing siji anakku kelas 4": each of those who helped, said one by one; how many
  // they were and whether a child was among them, no figure of the hours.)
  const each = helpers ? eachHelper(lower) : null;
  if (helpers && each) {
    const r = helpers.parse(textInput(String(each.length)), clear(helpers, fs.v), ctx);
    if (r.ok && !r.again) {
      const v = apply(clear(helpers, fs.v), r.set);
      const kids = each.map((w) => readChildAnswer(w));
      if (kids.includes(true)) (v as Draft).child = true;
      else if (kids.every((k) => k === false)) (v as Draft).child = false;
      else if (fs.v.child !== undefined) (v as Draft).child = fs.v.child;
      return advance(form, { ...fs, v, force: undefined }, ctx);
    }
  }
  if ((!/\d/.test(input.text) && !NUMBER_WORDS.test(lower)) || parseChoice(input.text) !== null) return null;
  // ("eh 3 jam ding, jam 9 nganti jam 12": the hours, then the span they were; the hours are the figure.)
  const spanAfter =
    /^(.*\d\s*(?:jam|jm|hours?)\b[^,;]*?)[,;]\s*(?:(?:dari\s+|teko\s+|mulai\s+|from\s+)?jam\s+\d|(?:sampe|sampai|smpe|sampek|nganti|ngantos|until|till)\s+(?:jam\s+)?\d).*$/.exec(
      lower,
    );
  if (spanAfter) return oneCorrection(form, fs, inputOf(spanAfter[1]!), ctx, pointed);
  // "eh salah, sampe jam 1 awan": the end of a span alone; from the span's start when she gave one, else the whole
  // span is asked for.
  // ("jam 1 awan rampunge", "selesainya jam 1": the end named by the word for finishing.)
  if (
    (/\b(sampe|sampai|smpe|sampek|nganti|ngantos|tekan|teka|tekane|until|till|to)\s+(jam\s+)?\d/.test(lower) ||
      FINISHED_AT.test(lower)) &&
    !/\b(dari|teko|from|mulai)\b/.test(lower)
  )
    return endOfSpan(form, fs, lower, ctx);
  // ("eh satus sewidak lima ding": the figure in words, as digits, so "165" is read in the thousands of Rp150.000.)
  const said = correctedFigure(input.text);
  // ("eh ora, patang kodi", "no, 45": the word saying no, then what she meant, is no part of the figure.)
  const rest = (/\d/.test(said) ? said : wordsAsDigits(said)).replace(
    /^(?:ora|ra|orak|gak|ga|gk|nggak|ngga|enggak|ndak|tidak|tdk|bukan|bkn|dudu|mboten|sanes|no|nope)\s*[,.:;]\s*(?=\d)/i,
    '',
  );
  if (!rest || (!/\d/.test(rest) && !NUMBER_WORDS.test(rest.toLowerCase()))) return null;
  // A new entry of its own ("kerja 5 jam" at a kasbon's check screen) is for the router, not a correction.
  if (
    !pointed &&
    !startsCorrecting(input.text) &&
    !pointsBack(input.text) &&
    // ("yg bayar 66rb bukan 60": the old figure said, so a change, not a new pay.)
    !/\b(?:bukan|bkn|dudu|sanes|not|instead of)\s+(?:rp\.?\s?)?\d/.test(lower) &&
    readMessage(input.text, ctx.now).entries.some((e) => solidEntry(e) && saidAsEntry(e))
  )
    return null;
  // "sing ditolak 5 ding", "potongane 20rb": the line she names is tried first, with the figure alone.
  // ("sorry the cut was 30k not 25k": the line's word said before the figure, when only one line is named.)
  const inText = form.fields.filter((f) => CUES[f.key]?.test(fold(input.text)));
  const namedInRest = form.fields.find((f) => CUES[f.key]?.test(rest));
  // ("eh dudu 15, 12 ding" for 15 rejected: the line that holds the figure taken back.)
  const back = /\b(?:bukan|bkn|dudu|sanes|not|ora|instead of)\s+(?:rp\.?\s?)?(\d[\d.,]*)/.exec(lower);
  const backN = back ? Number(back[1]!.replace(/[.,]/g, '')) : Number.NaN;
  const holding = Number.isFinite(backN)
    ? form.fields.filter((f) => applies(f, fs.v, ctx) && holdsFigure(fs.v[f.key], backN))
    : [];
  const named =
    namedInRest ??
    (inText.length === 1 ? inText[0] : holding.length === 1 ? holding[0] : undefined) ??
    nearestLine(form, fs, rest, ctx);
  const order = named ? [named, ...form.fields.filter((f) => f !== named)] : form.fields;
  for (const f of order) {
    if (!applies(f, fs.v, ctx) || fs.v[f.key] === undefined) continue;
    if (/employer|product|order|category|what|kind|written|materials|child/i.test(f.key)) continue;
    // (The figure after the line's own word: "mung 45 ewu, dipotong 5 ewu" is a cut of 5 ewu.)
    // ("6 jam setengah": the half hour said after the hours is part of them.)
    const FIGURE =
      /(?<![a-z])\d+(?:[.,]\d+)?(?:\s+(?:setengah|stengah|stgh)(?=\s+jam))?\s*(?:rb|ribu|ewu|k|jt|juta|kodi|lusin|pasang|psg|biji|pcs|gros|rim|kg|pak|ikat|potong|jam(?:\s+(?:setengah|stengah|seprapat|\d{1,2}\s*(?:menit|mnt)))?)?\b/;
    const cuePart =
      f === named && CUES[f.key]
        ? // (Not at the comma of "5,5 jam".)
          rest
            .split(/\s*;\s*|\s*(?<!\d),\s*|\s*,(?!\d)\s*/)
            .find((p) => CUES[f.key]!.test(p) && FIGURE.test(p))
        : undefined;
    // (A rate keeps the words of its unit: "upahnya 2rb sepasang".)
    let figure =
      f === namedInRest
        ? f.key === 'rate'
          ? (cuePart ?? rest)
          : (FIGURE.exec(cuePart ?? rest)?.[0] ?? wordFigure(cuePart ?? rest) ?? rest)
        : rest;
    // "eh 95 ding" for Rp90.000: a bare figure in the thousands the line was in.
    const was = fs.v[f.key] as unknown;
    const oldSum = typeof was === 'number' ? was : (was as { amount?: unknown } | null)?.amount;
    // ("17 setengah" for Rp35.000: seventeen and a half thousand.)
    const bare = /^(\d{1,3})(\s+(?:setengah|stengah|setengah ewu|setengah ribu))?$/.exec(figure.trim());
    const thousands = bare ? Number(bare[1]) * 1000 + (bare[2] ? 500 : 0) : 0;
    if (typeof oldSum === 'number' && oldSum >= 10_000 && thousands >= oldSum / 5 && thousands <= oldSum * 5)
      if (/amount|cut|rate/i.test(f.key)) figure = String(thousands);
    // "eh salah, tasnya 4 lusin": the goods named before the figure say nothing more either.
    figure = figure.replace(/^([a-z]+)\s+(?=\d)/i, (m, w0: string) => {
      const w = w0.toLowerCase();
      const goodsWord = (x: string) => isGoods(x) || x === String(fs.v.product ?? '').toLowerCase();
      return [w, w.replace(/nya$/, ''), w.replace(/ne$/, ''), w.replace(/e$/, '')].some(goodsWord) ? '' : m;
    });
    // "eh salah, 32 mukena": the goods named after the figure say nothing more.
    figure = figure.replace(/^(\d[\d.,]*)\s+([a-z]+)$/i, (m, n: string, w: string) =>
      isGoods(w.toLowerCase()) || w.toLowerCase() === String(fs.v.product ?? '').toLowerCase() ? n : m,
    );
    // "eh salah, opahe 27 ewu" for a rate per kodi: still per kodi.
    const oldRate = f.key === 'rate' ? (was as { per?: string } | null) : null;
    if (oldRate?.per && !/\b(per|se[a-z]+|sak|saben|tiap|each|\/)/i.test(figure))
      figure = `${figure} per ${oldRate.per}`;
    let r = f.parse(textInput(figure), clear(f, fs.v), ctx);
    // "dipotong kasbon 100 ewu", "dipotong 10rb kanggo plastik": what the deduction was for, said with it, is kept.
    const isKasbon = /\b(kasbon|bon|utang|hutang|pinjaman|advance)\b/.test(rest);
    const isOther = /\b(kanggo|nggo|buat|untuk|utk|gawe|for|plastik|bahan|retur|rusak|denda|ganti|reject)\b/.test(rest);
    const kasbon = f === named && f.key === 'cut' && (isKasbon || isOther);
    if (kasbon && r.ok && !r.check)
      r = { ...r, set: { ...r.set, cutKind: isKasbon ? 'kasbon' : 'other' } as Partial<D> };
    if (!r.ok || r.again) continue;
    // Values that depend on this one stay when they can be checked again ("0 rejected" after "it was 90").
    const kept = (f.clears ?? []).filter((k) => fs.v[k] !== undefined && form.fields.find((x) => x.key === k)?.review);
    const v = { ...clear(f, fs.v), ...Object.fromEntries(kept.map((k) => [k, fs.v[k]])) } as D;
    const rv = [...(fs.rv ?? []), ...kept];
    if (kasbon && r.ok && !r.check) return advance(form, { ...fs, v: apply(v, r.set), rv, force: undefined }, ctx);
    return advance(form, { ...fs, v, rv, raw: { ...(fs.raw ?? {}), [f.key]: figure }, force: undefined }, ctx);
  }
  return null;
}
