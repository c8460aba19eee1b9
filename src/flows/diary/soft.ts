// The soft question after saving hours: who helped, when she did not say
// ("Ada keluarga yang ikut bantu? Ketik jumlahnya, 0 kalau tidak ada."), or
// whether a child under 15 was among them. It keeps no conversation open: the
// engine remembers which rows it asked about (effect `askSoft`) and hands it
// back as the `softQuestion` fact for her next message only, within minutes.
// When that message answers it ("0", "dewe", "dibantu anakku umur 9", "1"/"2"),
// the saved rows are corrected (kept in the history as any correction) and she
// is told so in one line; anything else goes through as usual and the question
// is simply dropped.
import { DIARY_BOUNDS } from '../../content/diary-bounds.ts';
import type { HoursRec } from '../../diary/ledger.ts';
import { parseYesNo } from '../../parse/choice.ts';
import { fold } from '../../parse/text.ts';
import type { HoursEntry } from '../../read/entry.ts';
import { readChildAnswer, readHelpersAnswer, readMessage, solidEntry } from '../../read/reader.ts';
import { inputOf } from '../input.ts';
import type { Effect, FlowContext, Input, Reply, StepResult } from '../types.ts';
import { need, result } from '../types.ts';
import './effects.ts';
import { isNone, wholeNumber } from './fields.ts';
import { DOES_NOT_KNOW, isCorrection, startsCorrecting } from './form.ts';
import { withoutQuestions } from './questions.ts';
import { dayText, shortDay, today } from './show.ts';

export type SoftAbout = 'helpers' | 'child';

/** What a saved hours draft leaves to ask softly: who helped, or a child among them; null: nothing. */
export function softAbout(helpers: number | null | undefined, child: boolean | null | undefined): SoftAbout | null {
  if (helpers === null || helpers === undefined) return 'helpers';
  return helpers > 0 && (child === null || child === undefined) ? 'child' : null;
}

/**
 * Who helped, in her words: "dibantu suami", "anakku loro", "my two kids helped, they're 10 and 13" (the ages
 * said with them tell whether a child under 15 was among them). null when it says neither who nor none.
 */
export function helpersSaid(text: string, ctx: FlowContext): { helpers: number; child?: boolean } | null {
  const said = readHelpersAnswer(text);
  if (!said || said.helpers === 0 || said.child !== undefined) return said;
  const e = readMessage(`kerja ${text}`, ctx.now).entries.find((x) => x.kind === 'hours');
  return e?.helpers === said.helpers && e.child !== undefined ? { ...said, child: e.child } : said;
}

/** Yes to "did any family help?" without saying who or how many ("iya", "ada"); not "ok", which is only heard. */
const SOMEONE =
  /^(ya|iya|iy|yes|yep|yeah|ada|ana|ono|onok|enek|wonten|iyo|nggih|inggih|enggih)(\s+(ada|ana|ono|enek|wonten))?$/;
/** Words of another record or of a change: her message is about that, not who helped. */
const OTHER_RECORD =
  /\b(setor|setoran|nyetor|order|orderan|bayar|dibayar|bayaran|kasbon|biaya|beli|tuku|ubah|ganti|salah|keliru|kleru|kliru|ralat|hapus|rekap|menu|bpjs|bu|pak|juragan|bos)\b/;
/** A question or "I don't know" answers nothing. */
const ASKS = /\?|\b(apa|opo|maksud\w*|piye|gimana|gmn|what|how|kenapa|why)\b/;

const FORGOT_TO_SAY =
  /^\s*(?:(?:oh|eh|sorry|maaf|and|dan|terus|trus)[\s,.!]+)*(?:i\s+)?(?:forgot|forget|lupa|lali|kelalen|kelupaan)\s+(?:to\s+)?(?:say|tell you|mention|bilang|ngomong|nulis|ngabari|kandha|matur|crita|cerita)(?:\s+(?:that|kalo|kalau|yen|nek|klo))?[\s,:.]+/i;

/** "eh dudu adikku,", "bukan anak saya tapi": the family member taken back, before the one she meant. */
const OTHER_HELPER =
  /^\s*(?:(?:eh|e|oh|sorry|sori|maaf|salah|keliru|kleru|kliru|lho|loh|no)[\s,.!]+)*(?:dudu|bukan|bkn|sanes|not)\s+(?:my\s+)?(?:adik|adek|adhik|anak|ponakan|keponakan|cucu|putu|putra|putri|suami|bojo|ibu|ibuk|mbok|simbok|emak|bapak|mbah|simbah|kakak|mbakyu|sister|brother|son|daughter|niece|nephew|husband|mother|grandchild)\w*(?:\s+(?:ku|saya|sy|kula|aku))?\s*(?:,\s*(?:(?:tapi|tp|nanging|but)\s+)?|\s+(?:tapi|tp|nanging|but)\s+)(?=[a-z])/i;

/** What she says after taking back the family member she named ("eh dudu adikku, ponakanku umur 13"); else null. */
export function helperPutRight(text: string): string | null {
  const m = OTHER_HELPER.exec(text);
  return m ? text.slice(m[0].length).trim() || null : null;
}

function plain(input0: Input, ctx: FlowContext): string | null {
  // ("sing mbantu? anakku wedok, lha kudu dicatet to?": the answer inside the questions.)
  const bare0 = withoutQuestions(input0.text, false);
  // ("forgot to say my daughter helped me", "lupa bilang dibantu adik": what she forgot to say is the answer.)
  // ("eh dudu adikku, ponakanku umur 13": the helper she named put right; the one meant is the answer.)
  const bare = (bare0 ?? input0.text).replace(FORGOT_TO_SAY, '').replace(OTHER_HELPER, '') || bare0;
  const input = bare ? inputOf(bare) : input0;
  const t = fold(input.text)
    .replace(/[.!,\s]+$/, '')
    // ("lha piye, umure lagi 12 kok": "well, how so" before her answer asks nothing.)
    .replace(/^(?:lha|lho|loh|la|lah|wah)\s+(?:piye|gimana|gmn|pripun|kepiye|kok)\b[\s,.!]*/, '')
    .trim();
  if (!t || t.length > 80 || ASKS.test(t) || DOES_NOT_KNOW.test(t)) return null;
  // "kerja 3 jam dibantu suami" is an entry of its own.
  if (readMessage(input.text, ctx.now).entries.some(solidEntry)) return null;
  // "eh yg setor tadi ke bu umi bukan bu yati": a change of another record, not "no" to who helped.
  if (startsCorrecting(input.text) || isCorrection(input.text) || OTHER_RECORD.test(t)) return null;
  return t;
}

/** Her answer to who helped: how many (null: someone did, not how many), and a child among them when said. */
export function readSoftHelpers(input: Input, ctx: FlowContext): { helpers: number | null; child?: boolean } | null {
  const t = plain(input, ctx);
  if (t === null) return null;
  // "ada 2", "iya, suami", "ya 2 orang": the yes before what she says.
  const rest = t.replace(/^(ada|iya|iyo|ya|yes|nggih|inggih|enggih)\b[\s,.!]*(ada\b)?[\s,.!]*/, '').trim();
  if (rest && rest !== t) {
    const r = readSoftHelpers(inputOf(rest), ctx);
    if (r && r.helpers !== 0) return r;
  }
  const n = wholeNumber(inputOf(t));
  if (n !== null) return n >= 0 && n <= DIARY_BOUNDS.helpers.confirm ? { helpers: n } : null;
  // "dibantu aku", "aku sing mbantu" (a grandchild typing for her): the one who writes helped.
  if (
    /^(?:dibantu|dibantuin|direwangi|diewangi|helped by)\s+(?:aku|saya|sy|aq|kula|me)\b|^(?:aku|saya|sy|kula|i)\s+(?:sing|yang|yg)?\s*(?:mbantu|bantu|ngewangi|helped)\b/.test(
      t,
    )
  )
    return { helpers: 1 };
  // ("sambil ngurusin anak2 jd ga fokus": a "ga" inside a remark is no answer.)
  if (isNone(inputOf(t)) || (parseYesNo(t) === 'no' && t.split(/\s+/).length <= 3)) return { helpers: 0 };
  if (SOMEONE.test(t)) return { helpers: null };
  const said = helpersSaid(input.text, ctx);
  if (!said || said.helpers > DIARY_BOUNDS.helpers.confirm) return null;
  return said;
}

/** Her answer to whether a child under 15 helped: 1/2, yes/no, an age ("umure 12"), "isih SD". */
export function readSoftChild(input: Input, ctx: FlowContext): boolean | null {
  const t = plain(input, ctx);
  if (t === null) return null;
  const yn = parseYesNo(t);
  if (yn === 'no') return false;
  if (yn === 'yes' && (SOMEONE.test(t) || /^(1|y)$/.test(t))) return true;
  const said = helpersSaid(input.text, ctx);
  if (said?.child !== undefined) return said.child;
  return readChildAnswer(input.text);
}

/** "kira2 4 jam, dibantu adik saya": one entry of hours that says who helped (the hours she just saved, said again?). */
function hoursWithHelpers(input: Input, ctx: FlowContext): HoursEntry | null {
  const entries = readMessage(input.text, ctx.now).entries;
  const e = entries.length === 1 && entries[0]!.kind === 'hours' ? entries[0]! : null;
  return e && e.minutes !== undefined && e.helpers !== undefined && !e.week ? e : null;
}

/**
 * The hours just saved said again with who helped ("kira2 4 jam, dibantu adik saya" after "setengah hari" was
 * saved as 4 hours): the same figure for the same day, so the answer, not a second day of work.
 */
function saidAgain(input: Input, rows: HoursRec[], ctx: FlowContext): { helpers: number; child?: boolean } | null {
  const e = hoursWithHelpers(input, ctx);
  if (!e || rows.length !== 1 || e.helpers === undefined || e.helpers > DIARY_BOUNDS.helpers.confirm) return null;
  const row = rows[0]!;
  if (e.minutes !== row.minutes || (e.day ?? today(ctx)) !== row.workedOn) return null;
  return { helpers: e.helpers, ...(e.child !== undefined ? { child: e.child } : {}) };
}

/** The day of the rows asked about: "hari ini, 28/11", or "24/11-28/11" for a week spread over its days. */
function daysOf(rows: HoursRec[], ctx: FlowContext): string {
  const days = [...new Set(rows.map((h) => h.workedOn))].sort();
  return days.length === 1 ? dayText(days[0]!, ctx) : `${shortDay(days[0]!, ctx)}-${shortDay(days.at(-1)!, ctx)}`;
}

/**
 * A message with nothing open: the answer to the soft question asked just before, when it is one; the hours
 * corrected and she is told so (and, when someone helped and no age was said, a child among them asked softly
 * in turn). null: not such an answer, or no such question: the message goes through as usual.
 */
export function softAnswer(input: Input, ctx: FlowContext): StepResult | null {
  const maybe =
    readSoftHelpers(input, ctx) !== null || readSoftChild(input, ctx) !== null || hoursWithHelpers(input, ctx) !== null;
  if (!maybe) return null;
  if (!Object.hasOwn(ctx.facts, 'softQuestion')) return need('softQuestion');
  const q = ctx.facts.softQuestion;
  if (!q) return null;
  if (!ctx.facts.diary) return need('diary');
  const rows = ctx.facts.diary.hours.filter((h) => q.ids.includes(h.id));
  if (!rows.length) return null;
  const fix = (changes: { helpers?: number; child_helper?: boolean | null }): Effect[] =>
    rows.map((h) => ({ type: 'correctEntry' as const, entity: 'hours' as const, id: h.id, changes }));
  const ids = rows.map((h) => h.id);
  if (q.about === 'child') {
    // The hours said again with the same helpers and their ages ("4 jam, dibantu adikku umur 12").
    const again = saidAgain(input, rows, ctx);
    const child =
      again?.helpers === rows[0]!.helpers && again.child !== undefined ? again.child : readSoftChild(input, ctx);
    if (child === null) return null;
    const text = ctx.t('softSaved', { day: daysOf(rows, ctx), what: ctx.t('softWhat', { helpers: null, child }) });
    return result(null, [{ text }], fix({ child_helper: child }));
  }
  const said = readSoftHelpers(input, ctx) ?? saidAgain(input, rows, ctx);
  if (!said) return null;
  // "iya": someone helped; how many is asked once more, softly. A second bare yes is no answer.
  if (said.helpers === null) {
    if (q.count) return null;
    return result(null, [], [{ type: 'askSoft', about: 'helpers', ids, count: true }]);
  }
  const n = said.helpers;
  const child = n === 0 ? false : (said.child ?? null);
  const what = ctx.t('softWhat', { helpers: n, child: n === 0 ? null : child });
  const effects = fix({ helpers: n, child_helper: child });
  if (softAbout(n, child) === 'child') effects.push({ type: 'askSoft', about: 'child', ids });
  return result(null, [{ text: ctx.t('softSaved', { day: daysOf(rows, ctx), what }) }], effects);
}

/**
 * The turn's soft question, asked at its end: only when she is left with nothing open (a question on top of an
 * open one would be answered in its place), added to the last reply; one question a turn, who helped first.
 */
export function withSoftQuestion(out: StepResult, ctx: FlowContext): StepResult {
  if (out.needs || !out.effects.some((e) => e.type === 'askSoft')) return out;
  const rest = out.effects.filter((e) => e.type !== 'askSoft');
  if (out.state !== null) return { ...out, effects: rest };
  const asks = out.effects.filter((e): e is Extract<Effect, { type: 'askSoft' }> => e.type === 'askSoft');
  const ask = asks.find((a) => a.about === 'helpers') ?? asks[0]!;
  const question = ctx.t(ask.about === 'child' ? 'softChild' : ask.count ? 'softHowMany' : 'softHelpers');
  const replies: Reply[] = [...out.replies];
  const last = replies.pop();
  const options =
    ask.about === 'child'
      ? [
          { key: '1', label: ctx.t('yes') },
          { key: '2', label: ctx.t('no') },
        ]
      : undefined;
  if (last) replies.push({ ...last, text: `${last.text}\n${question}`, options: last.options ?? options });
  else replies.push({ text: question, options });
  return { ...out, effects: [...rest, ask], replies };
}
