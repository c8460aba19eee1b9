// Decides which flow handles a message: global words first, then the flow in
// progress, then quick entries and the main menu. Pure: no I/O.
import { isGoods, workWords } from '../content/products.ts';
import { wibDate } from '../core/time.ts';
import type { OrderRec, PaymentRec } from '../diary/ledger.ts';
import { addDays } from '../diary/period.ts';
import { parseChoice, parseYesNo } from '../parse/choice.ts';
import { lexicon } from '../parse/lexicon.ts';
import { parseMoney } from '../parse/money.ts';
import { fold } from '../parse/text.ts';
import { personWord } from '../read/clause.ts';
import type { Entry, Reading } from '../read/entry.ts';
import { noRejectsAsNought } from '../read/no-rejects.ts';
import { putRight } from '../read/put-right.ts';
import {
  costCategoryOf,
  daySaidIn,
  readDayAnswer,
  readHelpersAnswer,
  readMessage,
  saidAsEntry,
  solidEntry,
  spanEndsAhead,
} from '../read/reader.ts';
import { ownShare } from '../read/share.ts';
import { tanyaAside, tanyaText } from './bpjs/index.ts';
import { compareFlow, isCompareWord } from './compare.ts';
import { dropsOne } from './diary/batch.ts';
import {
  cancelsAllSaved,
  cancelsOneSaved,
  cancelsSaved,
  deletesLatest,
  detailOnly,
  orderCalledOff,
  otherDayPointed,
  savedChange,
  entries as savedEntries,
} from './diary/corrections.ts';
import { dueDateSaid, dueInDays, dueOfLatest, dueOnOfLatest } from './diary/due-later.ts';
import { entryStart, ordersForHandins } from './diary/entries.ts';
import { matchEmployer, titleName } from './diary/fields.ts';
import {
  correctsDay,
  DOES_NOT_KNOW,
  givesUp,
  inKramaPlain,
  isCorrection,
  LEFT_UNWRITTEN,
  pointsBack,
  startForm,
  startsCorrecting,
} from './diary/form.ts';
import { allLeftSaid } from './diary/handin.ts';
import { hoursForm } from './diary/hours.ts';
import { netHeard, paymentForm } from './diary/payment.ts';
import { withoutQuestions } from './diary/questions.ts';
import { givesWaitingRate, ordersForRate, ordersForRateChange } from './diary/rate.ts';
import { rateChangedReply, saysRateChanged } from './diary/rate-change.ts';
import { rateStatement, saysRateWasOther } from './diary/rate-words.ts';
import { answerRecorded, asksRecorded, resentRecord } from './diary/recorded.ts';
import { restatesDraft } from './diary/restated.ts';
import { resumeForm } from './diary/resume.ts';
import { shareOfLatest } from './diary/share-later.ts';
import { dayText } from './diary/show.ts';
import { helperPutRight, softAnswer, withSoftQuestion } from './diary/soft.ts';
import { glossaryAnswer } from './glossary.ts';
import { inputOf } from './input.ts';
import { bareKeyword, keywordOf, RIGHT_PERSON_NAMED, THANKS } from './keywords.ts';
import { linkCommand, linkStep } from './link.ts';
import { translator } from './messages/index.ts';
import { onboardingFlow, repeatOnboarding } from './onboarding.ts';
import { flows } from './registry.ts';
import type { ConvState, Effect, Flow, FlowContext, Input, Reply, StepResult, WorkerProfile } from './types.ts';
import { need, result, resumeOf } from './types.ts';
import { umkAnswer } from './umk.ts';

const byName = new Map(flows.map((f) => [f.name, f]));

export function menuItems(_ctx: FlowContext): Flow[] {
  return flows.filter((f) => f.menu).sort((a, b) => a.menu!.order - b.menu!.order);
}

export function mainMenu(ctx: FlowContext): Reply {
  const items = menuItems(ctx);
  const lines = items.map((f, i) => `${i + 1} ${f.menu!.label(ctx)}`);
  // On SMS one line with short labels: the whole menu in one segment.
  const sep = ctx.t.form === 'sms' ? ' ' : '\n';
  return {
    text: [ctx.t('mainMenuTitle'), ...lines, ctx.t('menuFooter')].filter(Boolean).join(sep),
    options: items.map((f, i) => ({ key: String(i + 1), label: f.menu!.label(ctx) })),
  };
}

const GREETING =
  /^(halo+|hal+o|hai+|hi+|hello|hey|helo|p+|pagi|pgi|siang|sore|malam|mlm|malem|met (?:pagi|siang|sore|malam|mlm)|assalamu.?alaikum|ass?alamualaikum|salam|permisi|selamat (pagi|siang|sore|malam)|\/start)\b/;

/** Words of a greeting or of calling someone: "min", "esuk min", "bu", "morning", "sugeng enjing". */
const HAILING = new Set(
  `min mimin admin bu buk mbak mba mbk kak kakak mas pak sis say dek halo hallo helo hai hi hii hello hey
  pagi esuk isuk enjing enjang siang awan sore sonten malam bengi dalu morning evening afternoon night good
  selamat met sugeng assalamualaikum asalamualaikum assalamu'alaikum salam permisi punten nuwun sewu
  upahku bot p ping`.split(/\s+/),
);

/** A message that only greets or calls: the menu, not "not understood". */
function hails(lower: string): boolean {
  const words = fold(lower)
    .replace(/[^a-z' ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= 5 && words.every((w) => HAILING.has(w.replace(/(.)\1+$/, '$1')));
}

/** "oalah", "ooh ngono, mengko tak rembugan karo bojoku": she has taken in an answer (not a yes to a question). */
const UNDERSTOOD = /^(?:oh+|ooh+|oalah|owalah|walah)\b|^(?:gitu|begitu|ngono|ngunu)\b|^i see\b/;

/** "oh gitu ya", "ooh ngono", "oalah", "I see": she has understood; a short answer, not "not understood". */
const NOTED =
  /^(?:oh+|o+h?|oalah|owalah|walah|ooh+|ohh+)?[\s,.!]*(?:gitu|begitu|ngono|ngunu|ngonten|ok|oke|iya|ya|yo|iyo|nggih|paham|ngerti|i see|got it|ok i see)\b|^(?:oalah|owalah|oh+ ?(?:i see|ok|okay))\b/;

/** Applies profile changes from effects, so a flow started in the same turn sees them. */
function withEffects(ctx: FlowContext, effects: Effect[]): FlowContext {
  let worker: WorkerProfile = ctx.worker;
  for (const e of effects) if (e.type === 'updateWorker') worker = { ...worker, ...e.changes };
  if (worker === ctx.worker) return ctx;
  return { ...ctx, worker, lang: worker.lang, t: translator(worker.lang, ctx.t.form) };
}

/** Follows `goto` hand-overs, joining replies and effects. */
function follow(first: StepResult, ctx: FlowContext): StepResult {
  let acc = first;
  for (let hops = 0; acc.goto && !acc.needs && hops < 4; hops++) {
    const { flow, args } = acc.goto;
    const next = startFlow(flow, withEffects(ctx, acc.effects), args);
    acc = {
      state: next.state,
      replies: [...acc.replies, ...next.replies],
      effects: [...acc.effects, ...next.effects],
      goto: next.goto,
      needs: next.needs,
    };
  }
  return acc;
}

export function startFlow(name: string, ctx: FlowContext, args?: Record<string, unknown>): StepResult {
  if (name === 'menu') return result(null, [mainMenu(ctx)]);
  const flow = byName.get(name);
  if (!flow) throw new Error(`Unknown flow "${name}"`);
  return flow.start(ctx, args);
}

/**
 * MENU or BATAL after consent but before her kecamatan and product were asked:
 * consent was saved, so not "nothing saved"; say where to fill them in later.
 */
function leaveOnboarding(ctx: FlowContext): StepResult {
  if (ctx.worker.kecamatan) return result(null, [mainMenu(ctx)]);
  return result(
    null,
    [{ text: ctx.t('profileLater') }, mainMenu(ctx)],
    [{ type: 'profileOfferShown', offer: 'kecamatan' }],
  );
}

/** A diary record in progress rides along with what she asked for, and is offered back after. */
function keep(r: StepResult, state: ConvState | null, ctx: FlowContext): StepResult {
  if (!state || r.needs) return r;
  const { parked, ...data } = state.data as { parked?: ConvState };
  const record = DIARY.has(state.flow) ? { ...state, data } : (parked ?? null);
  return record ? park(r, record, ctx) : r;
}

function keywordResult(
  kw: NonNullable<ReturnType<typeof keywordOf>>,
  state: ConvState | null,
  ctx: FlowContext,
): StepResult {
  const onboarding = ctx.worker.status === 'onboarding';
  switch (kw) {
    case 'menu':
    case 'start':
      if (kw === 'start' && ctx.worker.optedOut) return startFlow('settings', ctx, { to: 'resume' });
      if (onboarding) return repeatOnboarding(state, ctx);
      if (state?.flow === 'onboarding') return leaveOnboarding(ctx);
      // Leaving an entry half-way must not look as if it was saved.
      if (state) return result(null, [{ text: ctx.t('cancelled') }, mainMenu(ctx)]);
      return result(null, [mainMenu(ctx)]);
    case 'cancel': {
      if (onboarding) return repeatOnboarding(state, ctx);
      if (state?.flow === 'onboarding') return leaveOnboarding(ctx);
      // Cancelling a question typed in the middle of an entry goes back to the entry.
      const resume = resumeOf(state);
      if (resume) return result(resume, [{ text: ctx.t('tanyaNotSent') }, { text: ctx.t('continueEntry') }]);
      return result(null, [{ text: ctx.t(state ? 'cancelled' : 'nothingToCancel') }, mainMenu(ctx)]);
    }
    case 'help': {
      if (!onboarding) return result(state, [{ text: ctx.t('help') }]);
      const again = repeatOnboarding(state, ctx);
      return { ...again, replies: [{ text: ctx.t('help') }, ...again.replies] };
    }
    case 'language': {
      if (onboarding) return onboardingFlow.start(ctx);
      // Changing language in the middle of an entry keeps the entry: offered back once the language is set.
      const r = startFlow('settings', ctx, { to: 'lang' });
      return keep(r, state, ctx);
    }
    case 'mydata':
      return keep(startFlow('settings', ctx, { to: 'data' }), state, ctx);
    case 'delete':
      return startFlow('settings', ctx, { to: 'erase' });
    case 'stop':
      // Before consent, stopping means she does not want to take part: keep nothing.
      if (onboarding) return onboardingFlow.step({ flow: 'onboarding', step: 'consent', data: {} }, refusal, ctx);
      return startFlow('settings', ctx, { to: 'stop' });
    case 'resume':
      if (onboarding) return repeatOnboarding(state, ctx);
      return startFlow('settings', ctx, { to: 'resume' });
  }
}

/**
 * BANDINGKAN and TANYA typed in the middle of another flow: answered on the
 * side, and she stays where she was. Like the global words, BANDINGKAN counts
 * only as the whole message. "TANYA ..." is shown back before it is sent (see
 * tanyaAside); the BPJS guide reads TANYA itself, and knows its free-text steps.
 */
function aside(state: ConvState, input: Input, ctx: FlowContext): StepResult | null {
  if (state.flow === 'menu') return null;
  if (isCompareWord(input.lower)) {
    const r = compareFlow.start(ctx, { aside: true });
    if (r.needs) return r;
    return { ...r, state, replies: [...r.replies, { text: ctx.t('continueEntry') }] };
  }
  // "kasbon ki opo to mbak?", "gros itu isinya berapa?" in the middle of an entry: the meaning, then back to it.
  if (state.flow !== 'bpjs') {
    const meaning = glossaryAnswer(input, state, ctx);
    if (meaning) return meaning;
  }
  if (state.flow === 'bpjs' || state.flow === 'tanya') return null;
  // "makasih ya mbak kmrn udh dibantu" while a record asks its next line: thanks, heard, and the question asked
  // again, never called not understood (nor its day taken). (At a check screen her thanks may be her yes.)
  if (
    DIARY.has(state.flow) &&
    state.step.startsWith('ask:') &&
    THANKS.test(input.lower.trim()) &&
    !readMessage(input.text, ctx.now).entries.length
  ) {
    // (Asked twice running already, as she answered other lines to it: heard, and the question not asked a third
    // time; she answers it when she is ready.)
    const asked = (state.data as { asked?: { k: string; n: number } }).asked;
    if (asked && state.step === `ask:${asked.k}` && asked.n >= 2)
      return result(state, [{ text: `${ctx.t('welcomeAside')}\n${ctx.t('continueEntry')}` }]);
    const again = resumeForm(state, ctx);
    const first = again?.replies[0];
    if (again && !again.needs && again.state?.step === state.step && first)
      return {
        ...again,
        replies: [{ ...first, text: `${ctx.t('welcomeAside')}\n${first.text}` }, ...again.replies.slice(1)],
      };
  }
  const q = tanyaText(input.text);
  return q === null ? null : tanyaAside(q, state, ctx);
}

const refusal: Input = inputOf('2');

/** Words of wanting to record something, without the figures yet. */
const RECORD =
  /\b(catat|catet|nyatet|nyatat|nyathet|nyerat|nyerataken|mencatat|dicatat|dicatet|nyatetke|nglebokne|nglebokke|lebokne|masukin|masukkan|lapor|melapor|ngelapor|laporan|record|log|report|note down|write down|input|isi data|ngisi|ngisi data|ngisikne|isi|nulis|tulis)\b/;
const WANT =
  /\b(mau|mo|pengen|ingin|arep|ape|kate|badhe|ajeng|want to|wanna|would like to|i|aku|saya|sy|aq|kulo|kula|bu|mbak|mba|min|admin|dong|ya|yo|nggih|please|pls|tolong)\b/g;

/** Words that say a figure is the right one now ("harusnya 340rb", "bukan 80 tapi 90", "3 kodi ding"). */
const SAYS_CORRECTED =
  /\b(harusnya|seharusnya|hrsnya|mestine|kudune|should be|sing bener|yang bener|yg bener)\b|\b(not|bukan|dudu|instead of)\s+\d|\d[^,]*\b(maksudnya|maksude|ding|i mean)\b/;

/** A day without work: "libur", "prei", "ora nggarap", "gak kerja dulu", "day off". */
const DAY_OFF =
  /\b(libur|liburan|prei|preine|off dulu|day off|no work|ora nggarap|ra nggarap|gak nggarap|ora garap|ora kerja|ora kerjo|gak kerja|ga kerja|nggak kerja|tidak kerja|tdk kerja|gak garap|istirahat dulu|leren sik|leren disik|didn'?t work|not working)\b/;

/** A message that gives a reason ("soalnya ...", "mergo ...", "because ..."). */
const BECAUSE =
  /^(soalnya|soale|soal e|karena|krn|karna|mergo|merga|amargi|amarga|because|coz|cos|cause|lha wong|wong)\b/;

/** Whether her newest record was saved in the last three minutes, dated today (the day not said). */
function latestToday(ctx: FlowContext): boolean {
  const last = lastSaved(ctx);
  const age = last ? ctx.now.getTime() - Date.parse(last.at) : Number.POSITIVE_INFINITY;
  return !!last && last.day === wibDate(ctx.now) && age >= 0 && age <= 3 * 60_000;
}

/** The record she saved last: when, its day and its kind. */
function lastSaved(ctx: FlowContext): { at: string; day: string; kind: Entry['kind'] } | undefined {
  const l = ctx.facts.diary!;
  const rows = [
    ...l.orders.map((o) => ({ at: o.createdAt, day: o.receivedOn, kind: 'order' as const })),
    ...l.handins.map((h) => ({ at: h.createdAt, day: h.handedInOn, kind: 'handin' as const })),
    ...l.payments.map((p) => ({ at: p.createdAt, day: p.paidOn, kind: 'payment' as const })),
    ...l.hours.map((h) => ({ at: h.createdAt, day: h.workedOn, kind: 'hours' as const })),
    ...l.costs.map((c) => ({ at: c.createdAt, day: c.spentOn, kind: 'cost' as const })),
  ];
  return rows.sort((a, b) => b.at.localeCompare(a.at))[0];
}

/** The employer of the record she saved last, when that was within half an hour; undefined otherwise. */
function lastSavedEmployer(ctx: FlowContext): string | undefined {
  const l = ctx.facts.diary!;
  const rows = [
    ...l.orders.map((o) => ({ at: o.createdAt, id: o.employerId })),
    ...l.handins.map((h) => ({ at: h.createdAt, id: l.orders.find((o) => o.id === h.orderId)?.employerId })),
    ...l.payments.map((p) => ({ at: p.createdAt, id: p.employerId })),
    ...l.hours.map((h) => ({ at: h.createdAt, id: undefined })),
    ...l.costs.map((c) => ({ at: c.createdAt, id: undefined })),
  ];
  const last = rows.sort((a, b) => b.at.localeCompare(a.at))[0];
  const age = last ? ctx.now.getTime() - Date.parse(last.at) : Number.POSITIVE_INFINITY;
  if (!last || last.id === undefined || !(age >= 0 && age <= 30 * 60_000)) return undefined;
  return l.employers.find((e) => e.id === last.id)?.name;
}

/** "sekalian ambil peci", "sekaligus dibayar": while she was there, with whom she has just saved a record. */
const WHILE_THERE =
  /^(?:(?:td|tadi|terus|trus|trs|lalu|dan|and|eh|oh|oiya|o iya|oh iya)\s+)*(?:sekalian|skalian|sklian|sekaligus|skaligus)\b/;

/** The order of the order or hand-in she saved last, when that was within ten minutes. */
function lastWorkOrder(ctx: FlowContext): OrderRec | undefined {
  const l = ctx.facts.diary!;
  const last = lastSaved(ctx);
  const age = last ? ctx.now.getTime() - Date.parse(last.at) : Number.POSITIVE_INFINITY;
  if (!last || !(age >= 0 && age <= 10 * 60_000)) return undefined;
  const newest = <T extends { createdAt: string }>(rows: T[]) =>
    rows.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (last.kind === 'order') return newest(l.orders);
  const h = last.kind === 'handin' ? newest(l.handins) : undefined;
  return h ? l.orders.find((o) => o.id === h.orderId) : undefined;
}

/** She has forgotten a figure, or looks for it: "brp ya td.. lupa", "lali aku", "sik tak delok catetan". */
const FORGOT =
  /\b(lupa|lali|kelalen|forgot|forget|dont remember|don't remember|ga inget|gak inget|nggak inget|ra eling|ora eling|tak delok|tak deloke|tak liat|tak lihat|aku cek|sy cek|bentar|sik|sek|brp ya|berapa ya|piro yo|pira ya)\b/;

/** She says how many things she has to tell: "mbak ada 2 ya", "ono loro", "there are two". */
const ANNOUNCE =
  /^(?:(?:mbak|mba|mbk|bu|buk|kak|min|mas|eh|oh|ok|oke)[\s,.!]+)*(?:aku\s+|saya\s+|sy\s+|i\s+)?(?:ada|ana|ono|onok|enek|enten|wonten|there are|there's|have|punya)\s+(?:\d|dua|tiga|empat|loro|kalih|telu|tiga|papat|sekawan|two|three|four)\b(?:[\s,.!]+(?:ya|yo|yaa|nggih|lho|loh|iki|ini|catatan|hal|perkara|things|records|mbak|mba|bu|kak|min|sing|yang|arep|mau|tak|dicatet|dicatat|catet|catat|to write|to record))*[\s.!]*$/;

/** She asks for her words to be written down: "catet yo mbak", "mau lapor", "tolong dicatat". */
const RECORD_ME = /\b(catet|catat|cathet|dicatet|dicatat|nyatet|nyatat|nyathet|lapor|laporan|tulis|record|write)\b/;

/** More of the same: "2 jam lg", "rong jam maneh", "2 more hours". */
const MORE_OF_IT = /\b(lagi|lg|lgi|maneh|meneh|more|another|again|tambah|nambah)\b/;

/** What a thing bought was for, said first: "gawe mesin jahit", "buat lampu", "for the machine". */
const PURPOSE = /^(?:(?:iku|itu|kuwi|yo|ya|iya)\s+)?(?:gawe|go|kanggo|kango|buat|bwt|untuk|utk|for)\s+[a-z]/;
const TITLED_NAME = /\b(?:bu|pak|mbak|mas|juragan|bos|haji)\s+[a-z]{3,}/;

/**
 * She took money herself, or paid for something herself: "took an advance", "njupuk bon", "minta kasbon",
 * "aku mbayar servis mesin jahit".
 */
const TOOK_MONEY =
  /^(?:(?:i|aku|saya|sy|aq|kula|tadi|td|mau|wingi|kemarin|kmrn|today|yesterday)\s+)*(?:took|take|got|borrowed|asked for|ambil|ngambil|njupuk|jupuk|minta|njaluk|nyuwun|pinjam|minjem|nyilih|ngampil)\b|^(?:i|aku|saya|sy|aq|kula)\s+(?:(?:tadi|td|mau|wingi|kemarin|kmrn|barusan)\s+)?(?:mbayar|bayar|bayarin|mbayari|paid|pay)\b/;

const APPROX =
  /\b(kira2|kira-kira|kira kira|kr2|kirakira|sekitar|skitar|sekitaran|kurang lebih|kurleb|kiro2|kiro-kiro|kiro kiro|udakara|paling ya|about|around|roughly|approximately)\b/;

/** "hapus aja", "dihapus wae", "delete it": deleting, said alone. */
const BARE_DELETE =
  /^[\s,]*(?:(?:eh|jadi|dadi|so|ya|yo|mbak|mba|kak|min)[\s,]+)*(?:hapus|dihapus|hapusen|hapusin|hapuskan|busak|dibusak|busaken|delete|remove)(?:[\s,]+(?:aja|saja|ae|wae|mawon|ya|yo|deh|dong|mbak|mba|kak|min|it|that|please|pls))*[\s,]*$/;

/**
 * A figure alone, perhaps starred as a chat marks a word put right: "*158rb", "69 ewu", "Rp 158.000", "*9 kodi"
 * (not "*2*", which is bold).
 */
const SUM_AGAIN =
  /^(\*\s*)?((?:rp\.?\s*)?\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta|kodi|lusin|biji|pcs|pasang|psg|gros|jam)?)\s*[.!]*$/i;

/** The kind of the record she saved last, when that was a few minutes ago. */
function latestSaved(ctx: FlowContext): Entry['kind'] | null {
  const last = lastSaved(ctx);
  const age = last ? ctx.now.getTime() - Date.parse(last.at) : Number.POSITIVE_INFINITY;
  return last && age >= 0 && age <= 5 * 60_000 ? last.kind : null;
}

/** Words of days to come: "besok", "sesuk", "nanti", "minggu depan", "tomorrow". */
const FUTURE_WORD =
  /\b(besok|bsk|besuk|sesuk|sesok|mbenjing|benjing|nanti|ntar|mengko|engko|depan|dpn|ngarep|tomorrow|next)\b/;

/** The employer came to her: "juragan darmo came", "bu umi mau rene", "pak hadi mampir". */
const CAME =
  /\b(came|came by|came over|dropped by|stopped by|dateng|datang|dtg|teko|rene|mrene|mampir|kesini|ke sini|rawuh)\b/;

/**
 * Her entry read together with the bubbles just before it that were pieces (a name, a day) and no entry of
 * their own; [] when there are none or they add nothing; null when the bubbles are still to be fetched.
 */
function withPieces(input: Input, ctx: FlowContext): Entry[] | null {
  if (!Object.hasOwn(ctx.facts, 'recentBubbles')) return null;
  const pieces: string[] = [];
  for (const b of [...(ctx.facts.recentBubbles ?? [])].reverse()) {
    if (parseChoice(b) !== null || readMessage(b, ctx.now).entries.length || commandOf(inputOf(b), ctx)) break;
    if (GREETING.test(b.toLowerCase()) || THANKS.test(b.toLowerCase()) || ON_BEHALF.test(fold(b))) break;
    // ("mbak ada 2 ya": how many things she will tell, no figure of any.)
    if (ANNOUNCE.test(fold(b).trim())) break;
    // ("catet yo mbak": asking her words to be written down; "mbak" there calls the bot, it is no one's title.)
    if (RECORD_ME.test(fold(b))) break;
    // ("mbah" alone, the grandmother she types for: no piece of the record.)
    if (
      fold(b)
        .split(/\s+/)
        .every((w) => personWord(w))
    )
      break;
    pieces.unshift(b);
  }
  if (!pieces.length) return [];
  const alone = readMessage(input.text, ctx.now).entries;
  const joined = readMessage([...pieces, input.text].join(' '), ctx.now).entries;
  // ("juragan darmo came", then "took the 300 brooms": he took them; she who came is who did what follows.)
  const subject = pieces.some((p) => CAME.test(fold(p)));
  const more =
    joined.length === alone.length &&
    joined.some(
      (e, i) =>
        (e.kind === alone[i]!.kind || (subject && e.employer && solid(e))) &&
        // ("10 kodi", then "sandals from pak hadi": the count told a bubble before makes the record whole.)
        ((e.employer && !alone[i]!.employer) || (solid(e) && !solid(alone[i]!))),
    );
  return more ? joined : [];
}

/** "I helped her", "aku ngewangi ibuk": the writer helped the worker. */
const I_HELPED =
  /\b(?:i|aku|saya|sy|aq)\s+(?:also\s+|juga\s+|jg\s+|uga\s+)?(?:helped|help|bantu|bantuin|mbantu|membantu|ngewangi|ngrewangi|nulungi)\s+(?:her|him|ibu|ibuk|ibuku|ibukku|mom|mum|my mom|my mum|my mother|mamak|emak|mbah|simbah|nenek)\b/;

/** Who helped, said after the hours were saved (within half an hour): those hours corrected, for a yes. */
function helpersLater(input: Input, reading: Reading, ctx: FlowContext): StepResult | null {
  const t = fold(input.text);
  const mine = I_HELPED.test(t);
  // (Ages and words said twice, "5thn", "nempel2", are no figures of a record.)
  const figures = t.replace(
    /\b(umur|umure|umurnya|usia|kelas|klas|kls)\s*\d+|\d+\s*(th|thn|tahun|taun)\b|([a-z])2\b/g,
    '$3',
  );
  const said = mine ? { helpers: 1 } : /\d/.test(figures) ? null : readHelpersAnswer(input.text);
  // ("sendiri", "dewe" alone a few bubbles after the hours: no one helped with them.)
  const alone = said?.helpers === 0 && t.trim().split(/\s+/).length <= 3;
  if (!said || (said.helpers === 0 && !alone)) return null;
  if (!mine && reading.entries.some(solid)) return null;
  if (!ctx.facts.diary) return need('diary');
  const last = ctx.facts.diary.hours.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const age = last ? ctx.now.getTime() - Date.parse(last.createdAt) : Number.POSITIVE_INFINITY;
  if (!last || !(age >= 0 && age <= (alone ? 10 : 30) * 60_000) || (last.helpers !== null && !mine)) return null;
  const helpers = mine ? (last.helpers ?? 0) + 1 : said.helpers;
  const child = 'child' in said && said.child !== undefined ? said.child : undefined;
  return startForm(hoursForm, ctx, { edit: last.id, set: { helpers, ...(child !== undefined ? { child } : {}) } });
}

/**
 * The work the hours just saved went on, said alone a bubble later ("ngelem sandal", "mbatil rokok"): heard, and
 * who helped asked again when that is still unsaid. null when it is not that.
 */
function workOfSavedHours(input: Input, reading: Reading, ctx: FlowContext): StepResult | null {
  const e = reading.entries.length === 1 ? reading.entries[0] : undefined;
  if (e?.kind !== 'hours' || e.minutes !== undefined || e.helpers !== undefined || /\d/.test(input.text)) return null;
  if (!ctx.facts.diary) return need('diary');
  const last = ctx.facts.diary.hours.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const age = last ? ctx.now.getTime() - Date.parse(last.createdAt) : Number.POSITIVE_INFINITY;
  if (!last || !(age >= 0 && age <= 10 * 60_000) || lastSaved(ctx)?.kind !== 'hours') return null;
  if (e.day && e.day !== last.workedOn) return null;
  const replies = [{ text: ctx.t('noted') }];
  if (last.helpers === null) replies.push({ text: ctx.t('softHelpers') });
  return result(null, replies);
}

/** Brought, with no one it was brought to: "diterke", "dianter", "dikirim" (the goods came to her). */
const BROUGHT_HER =
  /\b(diterke|diterne|diterké|dianter|dianterin|diantar|diantarkan|dikirim|dikirimi|dikirimin|digawakke|digawakne)\b(?!\s+(?:ke|nang|neng|dhateng|menyang|marang|to)\b)/;

/**
 * Right after an order was saved, the day it was brought said alone ("diterke wingi", "mau isuk diterke"): that
 * order's day, kept or put right; null when it is not that.
 */
function broughtDay(input: Input, reading: Reading, ctx: FlowContext): StepResult | null {
  const e = reading.entries.length === 1 ? reading.entries[0] : undefined;
  const bare =
    !reading.entries.length || (e?.kind === 'handin' && !e.delivered && !e.rejected && !e.employer && !e.product);
  if (!bare || /\d/.test(input.text) || !BROUGHT_HER.test(fold(input.text))) return null;
  const day = readDayAnswer(fold(input.text).replace(BROUGHT_HER, ' ').replace(/\s+/g, ' ').trim(), ctx.now);
  if (!day || day.due) return null;
  if (!ctx.facts.diary) return need('diary');
  const last = lastSaved(ctx);
  const age = last ? ctx.now.getTime() - Date.parse(last.at) : Number.POSITIVE_INFINITY;
  if (last?.kind !== 'order' || !(age >= 0 && age <= 10 * 60_000)) return null;
  if (day.day === last.day) return result(null, [{ text: ctx.t('noted') }]);
  const cmd = commandOf(inputOf(`salah, ${input.text}`), ctx);
  return cmd ? cmd.flow.start(ctx, cmd.args) : null;
}

/** Which order, said alone: "ingkang garapan kala senin", "sing wingi", "from Monday's order". */
const WHICH_ORDER =
  /^(?:(?:iku|itu|kuwi|niku|that|it)\s+)?(?:ingkang|sing|seng|yg|yang|from|of|dari|teko|seko|the one from)\s+(?:(?:garapan|order|orderan|pesenan|pesenane|garapane)\s+)?(?:kala|pas|tgl|tanggal|hari|dinten|dino|on)?\s*(?:senin|selasa|rabu|kamis|jumat|jemuah|sabtu|setu|minggu|senen|seloso|rebo|kemis|wingi|kemarin|kmrn|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?(?:\s+(?:order|orderan|garapan))?\s*[.!]*$/;
/** What the money just written was for: "itu buat upah jahit minggu kemarin", "that was for the masks". */
const FOR_WHAT =
  /^(?:(?:iku|itu|kuwi|kui|niku|iki|ini|that|it|it's|that's|this)\s+(?:was\s+|is\s+)?)(?:buat|untuk|utk|kanggo|gawe|for)\b(?!.*\b(?:kasbon|bon|utang|hutang|potong\w*|dipotong|advance|loan)\b)/;
/** How the work came to her: "td pagi dianter ke rumah", "diterke nang omah", "he brought it to my house". */
const BROUGHT_HOME =
  /\b(dianter|dianterin|diantar|diantarkan|dikirim|dikirimin|dikirimi|diterke|diterne|digawakke|digawakne|brought|delivered|dropped)\b.*\b(ke rumah|kerumah|ke rmh|nang omah|neng omah|nang omahku|ing griya|dhateng griya|to my house|to the house|home)\b/;
/** Not paid yet, said alone. */
const NOT_PAID_YET =
  /^(?:(?:tapi|tp|but|lha|nanging)\s+)?(?:dereng|durung|belum|blm|blum|not)\s+(?:dipun\s+)?(?:dibayar|dibayari|bayar|paid|yet paid|mbayar)(?:\s+(?:yet|juga|jg|ugi|uga))?\b/;

/** Messages not meant for the bot: to a child, sent by mistake, a child playing with the phone, "wait". */
const NOT_FOR_BOT =
  /\b(?:(?:bkn|bukan|dudu|gak|ga)\s+(?:buat|untuk|utk|kanggo)\s+(?:kakak|kak|mbak|admin|min|kamu|sampeyan|bot)|salah kirim|salah kirim pesan|wrong chat|wrong person|not for you|mainan hp|main hp|dolanan hp|anakku dolanan|jgn ganggu|jangan ganggu|ojo ganggu|aja ganggu|bentar|bntr|sebentar|sebentar ya|sek ya|sik ya|wait a sec|one moment)\b/;

/** What a pay should have been, and the rest still to come. */
const SHOULD_HAVE =
  /\b(harusnya|hrsnya|seharusnya|mestinya|kudune|sakjane|should have been|was supposed to be|promised)\b/;
const REST_TO_COME =
  /\b(sisanya|sisane|kurang|kurange|kurangnya|nyusul|minggu depan|minggu ngarep|besok|bsk|sesuk|next week|the rest|later)\b/;

/** Asking whether something counts: "itu masuk hitungan gak?", "dihitung juga kah?", "is that counted?". */
const COUNTED_Q =
  /\b(masuk hitungan|masuk itungan|mlebu itungan|mlebu etungan|dihitung|diitung|dietung|diétung|kehitung|keitung|counted|count|included)\b[^?]*(\?|\b(gak|ga|nggak|ora|tidak|ya|kah|to|ta|nggih|ndak)\b\s*$)/;

/** An advance said to be pay after all: "itu bukan kasbon, itu bayaran", "that was pay, not an advance". */
const PAY_NOT_KASBON =
  /\b(?:bukan|dudu|not|sanes)\s+(?:an?\s+)?(?:kasbon|bon|utang|hutang|advance|loan|pinjaman)\b.*\b(?:bayaran|bayarane|upah|opah|gaji|pay|payment|wages?)\b|\b(?:itu|iku|kuwi|that was|it was|that's|its|it's)\s+(?:bayaran|bayarane|upah|opah|gaji|pay|payment|wages?)\b.*\b(?:bukan|dudu|not)\s+(?:an?\s+)?(?:kasbon|bon|advance|loan)\b/;

/** "itu bukan bayaran, kasbon", "it's an advance not pay", "dudu opah, utang": a pay that was an advance. */
const KASBON_NOT_PAY =
  /\b(?:bukan|dudu|not|sanes|bkn)\s+(?:an?\s+)?(?:bayaran|bayarane|upah|opah|opahe|gaji|pay|payment|wages?)\b.*\b(?:kasbon|bon|ngebon|utang|hutang|minjem|pinjam|nyilih|ngampil|advance|loan|borrowed)\b|\b(?:itu|iku|kuwi|that was|it was|that's|its|it's)\s+(?:an?\s+)?(?:kasbon|bon|utang|hutang|pinjaman|advance|loan)\b.*\b(?:bukan|dudu|not|sanes)\s+(?:bayaran|upah|opah|gaji|pay|payment|wages?)\b/;

/** Words of talk about money rather than a sum received: postponed, late, spent, hoped for, said by someone. */
const TALK =
  /\b(diundur|mundur|molor|telat|entek|lumayan|semoga|mudah2an|mudah-mudahan|akhirnya|sama sekali|nanti|mengko|katanya|jare|bilang|ngomong|tutup|libur|belum ada|blm ada|durung ono|durung ana|gak ada|ga ada|hopefully|delayed|postponed|late again|says|said)\b/;

/** How the money came: "lewat bri, wis mlebu", "via transfer", "wis mlebu rekening". */
const HOW_PAID_SAID =
  /^(?:(?:lewat|liwat|via|pake|pakai|nganggo|by)\s+(?:bri|bca|bni|mandiri|bank|rekening|rek|atm|dana|ovo|gopay|shopeepay|transfer|tf|trf)|(?:wis|wes|sudah|udah|udh|sdh)\s+(?:mlebu|masuk|cair))\b/;

/** Two messages the same, as she typed them (case, spaces and stops aside). */
function sameText(a: string, b: string): boolean {
  const f = (s: string) =>
    fold(s)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return f(a).length > 3 && f(a) === f(b);
}

/** "kekirim dua kali", "sorry sent twice", "catat sekali aja": she says a message went twice. */
const SAYS_TWICE =
  /\b(kekirim|kekirim dua kali|terkirim dua kali|kirim dua kali|kirim 2x|kekirim 2x|dobel|double|ke ?kirim ping pindo|sent twice|sent it twice|twice|catat sekali aja|sekali aja|cukup sekali|only once|just once|siji wae)\b/;

/**
 * A message the same as one she sent a moment before, with a record saved since: the same message twice, not a
 * second record; or "kekirim dua kali" when two records the same were saved within minutes: the second taken
 * back. null: neither.
 */
function sentTwice(input: Input, ctx: FlowContext): StepResult | null {
  const says = SAYS_TWICE.test(fold(input.text));
  const maybe = says || readMessage(input.text, ctx.now).entries.some(solid);
  if (!maybe) return null;
  if (!ctx.facts.diary) return need('diary');
  const l = ctx.facts.diary;
  type Row = { at: string; entity: 'orders' | 'handins' | 'payments' | 'hours' | 'costs'; id: number; key: string };
  const rows: Row[] = [
    ...l.orders.map((o) => ({
      at: o.createdAt,
      entity: 'orders' as const,
      id: o.id,
      key: `o${o.employerId}|${o.product}|${o.quantityPieces}|${o.rateAmount}|${o.receivedOn}`,
    })),
    ...l.handins.map((h) => ({
      at: h.createdAt,
      entity: 'handins' as const,
      id: h.id,
      key: `h${h.orderId}|${h.deliveredPieces}|${h.rejectedPieces}|${h.handedInOn}`,
    })),
    ...l.payments.map((p) => ({
      at: p.createdAt,
      entity: 'payments' as const,
      id: p.id,
      key: `p${p.employerId}|${p.kind}|${p.amount}|${p.paidOn}`,
    })),
    ...l.hours.map((h) => ({
      at: h.createdAt,
      entity: 'hours' as const,
      id: h.id,
      key: `w${h.workedOn}|${h.minutes}`,
    })),
    ...l.costs.map((c) => ({
      at: c.createdAt,
      entity: 'costs' as const,
      id: c.id,
      key: `c${c.category}|${c.amount}|${c.spentOn}`,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  const last = rows[0];
  const age = last ? ctx.now.getTime() - Date.parse(last.at) : Number.POSITIVE_INFINITY;
  if (!last || !(age >= 0 && age <= 10 * 60_000)) return null;
  if (says) {
    const twin = rows.slice(1).find((r) => r.key === last.key && ctx.now.getTime() - Date.parse(r.at) <= 15 * 60_000);
    if (!twin) return result(null, [{ text: ctx.t('twinNone') }]);
    const entity = (
      { orders: 'order', handins: 'handin', payments: 'payment', hours: 'hours', costs: 'cost' } as const
    )[last.entity];
    return result(null, [{ text: ctx.t('twinUndone') }], [{ type: 'voidEntry', entity, id: last.id }]);
  }
  if (!Object.hasOwn(ctx.facts, 'recentBubbles')) return need('recentBubbles');
  const bubbles = ctx.facts.recentBubbles ?? [];
  return bubbles.some((b) => sameText(b, input.text)) ? result(null, [{ text: ctx.t('sentTwice') }]) : null;
}

/** A bare yes: "1", "ya", "iya bener", "yowis", "ok simpan". */
const BARE_YES =
  /^(?:1|ya+|iya+|iy|yes|y|ok+|oke|okey|okay|sip|siap|nggih|inggih|enggih|iyo|yo|yowis|yawis|bener|benar|betul|simpan|simpen)(?:[\s,.!]+(?:ya|iya|bener|benar|betul|simpan|simpen|sudah|udah|wis|mbak|bu|min|kak))*[\s.!]*$/;

/**
 * "1" (or "ya") sent again just after her yes saved a record, with nothing open: the yes said twice, answered
 * as saved (the menu's first item would open a new order she did not ask for). null when it is not that.
 */
function secondYes(input: Input, ctx: FlowContext): StepResult | null {
  if (!BARE_YES.test(fold(input.text).trim())) return null;
  if (!ctx.facts.diary) return need('diary');
  const l = ctx.facts.diary;
  const last = [...l.orders, ...l.handins, ...l.payments, ...l.hours, ...l.costs]
    .map((r) => r.createdAt)
    .sort((a, b) => b.localeCompare(a))[0];
  const age = last ? ctx.now.getTime() - Date.parse(last) : Number.POSITIVE_INFINITY;
  if (!(age >= 0 && age <= 3 * 60_000)) return null;
  if (!Object.hasOwn(ctx.facts, 'recentBubbles')) return need('recentBubbles');
  // The message before was her yes (or the entry itself, saved straight): not "menu" or a greeting.
  const before = (ctx.facts.recentBubbles ?? []).at(-1);
  if (!before) return null;
  const prev = fold(before).trim();
  // ("gak ada", "ora ono, apik kabeh" saved a hand-in as none rejected: a yes too.)
  const saidYes =
    BARE_YES.test(prev) ||
    parseChoice(before) !== null ||
    parseYesNo(before) === 'yes' ||
    /^(gak|ga|gk|nggak|tidak|tdk|ora|ra|ndak|mboten)\s*(ada|ono|ana|wonten|enten)\b/.test(prev);
  if (!saidYes && !readMessage(before, ctx.now).entries.some(solid)) return null;
  return result(null, [{ text: ctx.t('alreadySaved') }]);
}

/**
 * "ya udah tulis 8 jam aja" minutes after 8 hours of today were saved: what she settles on is what is kept
 * already, not a second record. Only hours said to be written as they are, the same day and the same length.
 */
function hoursAlreadySaved(input: Input, reading: Reading, ctx: FlowContext): StepResult | null {
  const e = reading.entries.length === 1 ? reading.entries[0]! : null;
  if (e?.kind !== 'hours' || !e.minutes) return null;
  const t = fold(input.text);
  if (
    !/\b(aja|saja|wae|ae|just)\b/.test(t) ||
    !/\b(tulis|tulisen|catat|catet|catatin|write|put|ya udah|yaudah|yowes|yo wes)\b/.test(t)
  )
    return null;
  if (
    /\b(lagi|maneh|meneh|tambah|again|more|pagi|siang|sore|malam|bengi|isuk|awan|morning|afternoon|evening|night)\b/.test(
      t,
    )
  )
    return null;
  if (!ctx.facts.diary) return need('diary');
  const day = e.day ?? wibDate(ctx.now);
  const same = ctx.facts.diary.hours.find(
    (h) =>
      h.workedOn === day &&
      h.minutes === e.minutes &&
      ctx.now.getTime() - Date.parse(h.createdAt) <= 10 * 60_000 &&
      ctx.now.getTime() >= Date.parse(h.createdAt),
  );
  return same ? result(null, [{ text: ctx.t('alreadySaved') }]) : null;
}

/** Writing for someone else: "nyatetke garapane ibukku", "catat punya kakak", "helping Ibu Sumi log her work". */
const ON_BEHALF =
  /\b(?:putune|putu ne|cucune|cucunya|ngetikke|ngetikne|ngetikin|ngetikkan|ngetikan|ngetiki|typing for|helping\s+(?:\w+\s+){0,3}(?:log|record|write)|on behalf of|for my (?:mother|mom|mum|grandmother|grandma|sister|aunt)\b.*\b(?:log|record)|nyatetke|nyatetne|nyatetin|nyatatin|nyathetaken|(?:catat|catet|nyatet)(?:kan|in)?\s+(?:punya|buat|untuk|utk|kanggo|gawe)|(?:punya|punyane|garapane|garapan|kerjaan|kerjaane|pekerjaan)\s+(?:ibu|ibuk|ibukku|ibuku|mbah|simbah|kakak|kakakku|kakak saya|kakak sy|mbakyu|mbakyuku|adik|adikku|mamak|emak|bulik|budhe|bude|nenek|mertua|mama|mamah))\b/;

/** Someone named, then what they did not do after all. */
const OTHERS_DID_NOT =
  /\b(?:bu|pak|mbak|mas|juragan|bos|boss|dia|deweke|dheweke|beliau)\b.*\b(?:gak|ga|nggak|ora|ra|tidak|tdk)\s+(?:jadi|sido|jd)\s+(?:bayar|mbayar|ngasih|ngekei|teko|datang|dateng|dtg|ambil|njupuk|ngirim|kirim|rene|kesini|mrene)\b/;

/** A break said after the hours: "tapi leren sejam", "istirahat 30 menit", "minus an hour for lunch". */
const REST_AFTER =
  /^(?:(?:tapi|tp|but|eh|oh|terus|trus)[\s,]+)*(?:leren|ngaso|istirahat|istirahate|rehat|break|rest|minus|dikurangi)\s+((?:sejam|setengah jam|\d+(?:[.,]\d+)?\s*(?:jam|menit|mnt|hours?|minutes?|mins?)|an hour|half an hour|satu jam|sak jam|rong jam|dua jam))\b/;

/** "tapi mung 150 ewu", "only 150k": less than was said. */
const ONLY_THAT = /\b(mung|mek|cuma|cuman|cm|hanya|only|just|jebule|ternyata|tapi|tp|but)\b/;
/** Asking what the bot is for. */
const WHAT_FOR =
  /\b(what is this|what'?s this|what is upahku|what does (this|upahku)|what (is|are) (this|you) for|what can you do|(bot|upahku|aplikasi|ini|iki) (ini |iki )?(buat|untuk|utk|kanggo|gawe|fungsine|fungsinya|gunane|gunanya) (apa|opo)|^(ini|iki|niki) (bot )?(apa|opo|napa)\b ?(to|ya|sih|tho)?\??$|gunanya apa|fungsinya apa|kegunaane opo)/;
/** "he gave me 250k", "diwenehi 150 ewu": money handed to her by the one she just named. */
const GAVE_ME =
  /\b(he|she|they|dia|deweke|dheweke|beliau)\b.*\b(gave|paid|diwenehi|ngei|ngekei|ngasih|kasih|dikasih)\b|\b(diwenehi|dikei|dikeki|dikasih|diparingi)\b/;
/** "aku entuk sapu", "dapet orderan kerudung", "got bags": taking work, said with the goods only. */
const GOODS_TAKEN =
  /^(?:(?:aku|saya|sy|kula|i|mbak|bu)\s+)?(?:entuk|oleh|olih|dapet|dapat|dpt|ambil|njupuk|nampi|pikantuk|got)\s+(?:garapan|orderan|order|kerjaan|work)?\s*([a-z]+(?: [a-z]+)?)$/;

/** A day said as a change of what was just saved: "ding", "maksudnya", or the record's own word ("ambilnya"). */
const DAY_OF_SAVED =
  /\b(ding|deng|dink|maksudnya|maksude|harusnya|kudune|sakjane|sebenernya|jebule|ternyata|i mean|actually)\b|^(ambilnya|ambile|njupuke|setornya|setore|nyetore|bayarnya|bayare|dibayare|kerjanya|kerjane|belinya|tukune|ordernya|orderane|garapane|nampi|nampine|tampi|nompo|nompone|terimanya|diterima|diterimo|received)\b|\b(ambilnya|njupuke|setornya|nyetore|bayarnya|dibayare|kerjanya|belinya|tukune|dianternya|diantere|dianterne|dikirimnya|dikirime|diterke|terimanya)\s*[.!]*$|^(?:i\s+)?(?:picked (?:them|it|those) up|got them|got it|received them|received it|took them|collected them|handed (?:them|it) in|paid (?:me )?(?:on|it was)|it was|that was)\b/;

/** She is done for now: "udah gitu aja", "wis sik ya", "sesuk tak terusne", "that's all for today". */
const LEAVING =
  /^(?:(?:udah|sudah|udh|wis|wes|ok|oke|ya|yo|ya udah|yaudah|yowis|yowes|bu|mbak)[\s,.!]*)*(?:gitu aja|gitu dulu|itu aja|itu dulu|ngono wae|ngono sik|ngono disik|cukup|segitu|udah dulu|sudah dulu|wis sik|wes sik|wis disik|tak tinggal|pamit|sampun rumiyin|besok lagi|besok dilanjut|sesuk maneh|sesuk tak terusne|sesuk tak lanjut|nanti lagi|mau masak|arep masak|that'?s all|that is all|that'?s it for (?:today|now)|bye|see you)\b/;

/** Going back to what she was recording: "lanjut", "terus", "continue". */
const CARRY_ON =
  /^(lanjut|lanjutkan|lanjutin|terus|trus|teruske|terusno|nerusno|continue|go on|balik|kembali ke order|back)[.!\s]*$/;

/** Words of what is still to come or not done: a remark, not more of the same. */
const NOT_DONE_YET =
  /\b(durung|dereng|belum|blm|blom|urung|ora|gak|ga|nggak|tidak|tdk|not|kurang|kirang|sisa|sisanya|sisane|nanti|mengko|sesuk|besok|bsk|paling|rencana|arep|will)\b/;

/** The word that says the kind again, for more of it said without ("kerudungnya 2 lusin" after a hand-in). */
const SAME_KIND_WORD: Record<string, string> = {
  handin: 'setor',
  order: 'ambil order',
  cost: 'beli',
  payment: 'dibayar',
};

/** "langsung dibayar", "sekalian setor", "terus dibayar": at once, with what was told just before. */
// ("dibayar langsung 200rb", "paid right away": the word of pay before it, as it is often said.)
const AT_ONCE =
  /^(?:(?:terus|trus|trs|lalu|and|then)\s+)?(?:(?:dibayar|dibayarin|dibayare|dibayari|mbayar|paid|ditransfer|dikasih)\s+)?(?:langsung|lgsg|lsg|langsng|sekalian|sekaligus|right away|straight away)\b/;

/** "lagi", "again": more of the same. */
const AGAIN = /^(?:lagi|lg|maneh|meneh|again|juga|jg|also|too)$/;

/** "besoknya", "sesuke", "the next day": the day after the one told before. */
const DAY_AFTER =
  /^(?:(?:terus|trus|trs|lalu|then|and|nah)\s+)?(?:(?:besok|besuk)\s?nya|besokannya|besoke|besuke|isuke|esuke|sesuke|sesoke|ndhisuke|the next day|next day|the day after)\b/;

/** Record flows: a message that is clearly a new entry or a command may leave them (kept, offered back). */
/** Asking how to record something. */
/** She has days to catch up on: "dr kamis blm nulis", "mau lapor 3 hari", "sorry, 3 days not written". */
const CATCHING_UP =
  /\b(?:blm|belum|durung|dereng|gak|ga|ora|not)\s+(?:sempet\s+|sempat\s+)?(?:nulis|lapor|nyatet|nyatat|catat|written|write|logged|reported)\b|\b(?:mau|arep|badhe|want to)\s+(?:lapor|nulis|nyatet|catat|report|write)\s+(?:\d+|dua|tiga|loro|telu|rong|telung|beberapa|bbrp|pirang)\s*(?:hari|hr|dino|dina|dinten|days?)\b|\b(?:\d+|two|three|few)\s+days?\s+(?:not|without)\s+(?:written|writing|logging|reporting)\b/;
const HOW_TO =
  /\b(how do i|how can i|how to|how should i|gimana cara|gmn cara|gimana caranya|bagaimana cara|bgmn cara|caranya gimana|cara nyatet|cara catat|cara mencatat|piye carane|kepiye carane|carane piye|pripun carane|carane pripun)\b/;

/** Asking whether the bot is there and working: "udh nyambung blm?", "does this work?", "ini aktif?". */
const ASKS_CONNECTED =
  /\b(?:udh|udah|sudah|sdh|dah|wis|wes|apa|apakah|opo)?\s*(?:nyambung|tersambung|kesambung|konek|connect|connected)\b|\b(?:does|do|is|will)\s+(?:this|it|the bot)\s+(?:really\s+|actually\s+)?(?:work|working|on)\b|\bare you (?:there|a bot|real|working)\b|\b(?:ini|iki|niki)\s+(?:bot|robot|beneran|aktif|bisa|iso|saget)\b[^.]*\?/;

const DIARY = new Set(['order', 'handin', 'payment', 'hours', 'cost', 'batch']);

/** The entry says a figure of its own (an amount, a count, hours): not only its entry word. */
const solid = solidEntry;

/** Turns taken while an order is still being recorded (set aside for what she says now). */
const ORDER_OPEN = new WeakSet<FlowContext>();

function startEntries(entries0: Entry[], ctx: FlowContext, fresh = false, said?: string): StepResult {
  let entries = entries0;
  // "jumat wingi" / "nyetor nang pak kaji": a day said alone just before, for entries that name none.
  if (fresh && entries.every((e) => !e.day)) {
    if (!Object.hasOwn(ctx.facts, 'previousMessage')) return need('previousMessage');
    const before = ctx.facts.previousMessage;
    const said =
      before && !readMessage(before.text, ctx.now).entries.length ? readDayAnswer(before.text, ctx.now) : null;
    if (said && !said.due) entries = entries.map((e) => ({ ...e, day: said.day }));
  }
  // "wingi setor kaos 3 lusin", then "langsung dibayar 119 ewu": at once, on the day of what she has just saved.
  if (fresh && entries.every((e) => !e.day) && AT_ONCE.test(fold(entries[0]?.text ?? ''))) {
    if (!ctx.facts.diary) return need('diary');
    const last = savedEntries(ctx.facts.diary, ctx)[0];
    const age = last ? ctx.now.getTime() - Date.parse(last.createdAt) : Number.POSITIVE_INFINITY;
    if (last && age >= 0 && age <= 30 * 60_000 && last.day < wibDate(ctx.now))
      entries = entries.map((e) => ({ ...e, day: last.day }));
  }
  // "pinjem ke pak haji slamet setengah juta" saved, then "sekalian ambil peci 6kd": while she was there, so from the
  // one she has just saved a record with, when she names no one.
  if (
    fresh &&
    WHILE_THERE.test(fold(entries[0]?.text ?? '').trim()) &&
    entries.some((e) => e.kind !== 'hours' && e.kind !== 'cost' && !e.employer)
  ) {
    if (!ctx.facts.diary) return need('diary');
    const who = lastSavedEmployer(ctx);
    if (who)
      entries = entries.map((e) =>
        e.kind !== 'hours' && e.kind !== 'cost' && !e.employer ? { ...e, employer: who } : e,
      );
  }
  // "rabu ongkos ojek 15rb" just saved, then "kamis 15rb lagi": the same kind of cost, its word unsaid.
  const bare = entries.length === 1 && entries[0]!.kind === 'cost' ? entries[0] : undefined;
  if (fresh && bare?.kind === 'cost' && !bare.category && (!bare.what || AGAIN.test(fold(bare.what)))) {
    if (!ctx.facts.diary) return need('diary');
    const last = savedEntries(ctx.facts.diary, ctx)[0];
    const age = last ? ctx.now.getTime() - Date.parse(last.createdAt) : Number.POSITIVE_INFINITY;
    const cost = last?.entity === 'cost' ? ctx.facts.diary.costs.find((c) => c.id === last.id) : undefined;
    if (cost && age >= 0 && age <= 30 * 60_000) entries = [{ ...bare, category: cost.category }];
  }
  // "ambil sandal yg udh jadi, 10 kodi" saved, then "trs ninggal lagi 12 kodi": more work from the same employer,
  // of the same goods unless she names others.
  const more = entries.length === 1 && entries[0]!.kind === 'order' ? entries[0] : undefined;
  if (fresh && more?.kind === 'order' && !more.employer && MORE_OF_IT.test(fold(more.text))) {
    if (!ctx.facts.diary) return need('diary');
    const o = lastWorkOrder(ctx);
    const emp = o ? ctx.facts.diary.employers.find((x) => x.id === o.employerId) : undefined;
    if (o && emp) entries = [{ ...more, employer: emp.name, ...(more.product ? {} : { product: o.product }) }];
  }
  // "sama bu yati nganter tas" said in the middle of another record, then "tas nya 40 biji, 3500 sebiji": whom
  // the goods came from, told a few bubbles before.
  const goods = entries.length === 1 && entries[0]!.kind === 'order' ? entries[0] : undefined;
  if (fresh && goods?.kind === 'order' && !goods.employer && goods.product) {
    if (!Object.hasOwn(ctx.facts, 'recentBubbles')) return need('recentBubbles');
    if (!ctx.facts.diary) return need('diary');
    const word = fold(goods.product).split(/\s+/)[0]!;
    const told = [...(ctx.facts.recentBubbles ?? [])]
      .reverse()
      .map((b) => readMessage(b, ctx.now).entries)
      .find((es) => es.length === 1 && es[0]!.kind === 'order' && !!es[0]!.employer && !solid(es[0]!))?.[0];
    const same = told?.kind === 'order' && told.product && fold(told.product).split(/\s+/).includes(word);
    // (Not when that order was saved since: then this one is another.)
    const fresher = ctx.facts.diary.orders.some(
      (o) => fold(o.product).includes(word) && ctx.now.getTime() - Date.parse(o.createdAt) <= 15 * 60_000,
    );
    if (same && told.employer && !fresher) entries = [{ ...goods, employer: told.employer }];
  }
  // "kamis dpt besek ..." just saved, then "besoknya kerja 8 jam": the day after what she told, not tomorrow.
  const tomorrow = addDays(wibDate(ctx.now), 1);
  if (fresh && entries[0]?.day === tomorrow && DAY_AFTER.test(fold(entries[0].text).trim())) {
    if (!ctx.facts.diary) return need('diary');
    const last = savedEntries(ctx.facts.diary, ctx)[0];
    const age = last ? ctx.now.getTime() - Date.parse(last.createdAt) : Number.POSITIVE_INFINITY;
    if (last && age >= 0 && age <= 30 * 60_000 && last.day < wibDate(ctx.now)) {
      const next = addDays(last.day, 1);
      entries = entries.map((e) => (e.day === tomorrow ? { ...e, day: next } : e));
    }
  }
  // "setor 3 kodi, dibantu anakku yg smp" then "kerja dr jam 7 sampe jam 2": who helped, said a bubble or two
  // before (her "1" to a check screen in between is no bubble of the telling).
  if (fresh && entries.some((e) => e.kind === 'hours' && e.helpers === undefined)) {
    if (!Object.hasOwn(ctx.facts, 'recentBubbles')) return need('recentBubbles');
    const told = (ctx.facts.recentBubbles ?? []).filter((b) => parseChoice(b) === null && parseYesNo(b) === null);
    const before = told.at(-1);
    const hadHours = before !== undefined && readMessage(before, ctx.now).entries.some((e) => e.kind === 'hours');
    const helped = before !== undefined && !hadHours ? readHelpersAnswer(before) : null;
    if (helped && helped.helpers > 0 && /\b(dibantu|bantu|ditemani|karo|sama|with|helped)\b/.test(fold(before!)))
      entries = entries.map((e) =>
        e.kind === 'hours' && e.helpers === undefined
          ? { ...e, helpers: helped.helpers, ...(helped.child !== undefined ? { child: helped.child } : {}) }
          : e,
      );
  }
  // "setor sandal 3 kodi ke bu yati" with no order of hers recorded: the order recorded with it, never lost.
  let note: string | undefined;
  if (entries.some((e) => e.kind === 'handin') && !ORDER_OPEN.has(ctx)) {
    if (!ctx.facts.diary) return need('diary');
    ({ entries, note } = ordersForHandins(entries, ctx));
  }
  // "senin - jumat 6 jam sehari" on a Thursday: the days up to today are taken; she is told why Friday is not.
  const ahead = entries.some((e) => e.kind === 'hours') ? spanEndsAhead(said ?? entries[0]!.text, ctx.now) : null;
  if (ahead !== null) note = [note, ctx.t('spanToToday', { day: ahead })].filter(Boolean).join('\n');
  if (entries.length === 1) {
    // The same record sent again because she was not sure it went through: not kept twice.
    if (fresh && solid(entries[0]!)) {
      if (!ctx.facts.diary) return need('diary');
      const saved = resentRecord(entries[0]!, `${said ?? ''} ${entries[0]!.text}`, ctx);
      if (saved) return result(null, [{ text: ctx.t('resentSaved', { entry: saved.text }) }]);
    }
    const s = entryStart(entries[0]!, ctx);
    const one = startFlow(s.flow, ctx, s.args);
    return note && !one.needs ? { ...one, replies: [{ text: note }, ...one.replies] } : one;
  }
  return startFlow('batch', ctx, { entries, ...(note ? { note } : {}) });
}

/** A flow's one-message shortcut other than the diary's (REKAP, UBAH, GABUNG ...). */
function commandOf(input: Input, ctx: FlowContext): { flow: Flow; args: Record<string, unknown> } | null {
  for (const flow of flows) {
    if (DIARY.has(flow.name)) continue;
    const args = flow.quick?.(input, ctx);
    if (args) return { flow, args };
  }
  // "bentar, rekap dulu", "ok rekp": the command with the words around it (and a typed-wrong REKAP) left out.
  const bare = bareCommand(input.lower);
  // "yg bulan ini aja", "minggu lalu": a period alone asks for its REKAP.
  if (bare && PERIOD_ALONE.test(bare)) return commandOf(inputOf(`rekap ${bare}`), ctx);
  return bare && bare !== input.lower ? commandOf(inputOf(bare), ctx) : null;
}

const AROUND_START =
  /^(?:(?:ok|oke|okey|okay|oh|bentar|sebentar|sek|sik|eh|ehm|mbak|mba|kak|min|tolong|coba|minta|njaluk|jaluk|nyuwun|kirim|kirimi|kirimin|send|show|give|me|my|aku|saya|sy|mau|arep|pengen|kepengin|lihat|liat|delok|ndelok|deleng|ndeleng|weruh|cek|nah|terus|trus|lha|lho|yg|yang|sing|seng|the)[\s,.!]+)+/;
const AROUND_END = /(?:[\s,.!]+(?:dulu|dong|ya|yo|aja|ae|wae|deh|sih|please|pls|mbak|min|nggih|ya\?|ta|to))+[\s.!?]*$/;

const PERIOD_ALONE =
  /^(minggu ini|minggu iki|minggu lalu|minggu kemarin|minggu wingi|bulan ini|bulan iki|sasi iki|bulan lalu|bulan kemarin|sasi wingi|this week|last week|this month|last month)$/;

function bareCommand(lower: string): string | null {
  const t = lower
    .trim()
    .replace(AROUND_START, '')
    .replace(AROUND_END, '')
    .replace(/^(rekp|rkap|rekao|rekapp|rekab|rekaap|reka p)\b/, 'rekap')
    .trim();
  return t || null;
}

/** "oh ya bu, bpjs kesehatan yg kelas 3 itu brp?": a question about BPJS, however it begins, is no correction. */
function bpjsQuestion(input: Input, ctx: FlowContext): StepResult | null {
  if (!/\bbpjs\b/.test(fold(input.text)) || readMessage(input.text, ctx.now).entries.some(solid)) return null;
  for (const flow of flows) {
    if (!/^(bpjs|tanya)$/.test(flow.name)) continue;
    const args = flow.quick?.(input, ctx);
    if (args) return flow.start(ctx, args);
  }
  return null;
}

function idle(input: Input, ctx: FlowContext): StepResult {
  const bpjs = bpjsQuestion(input, ctx);
  if (bpjs) return bpjs;
  // The same message again just after it was saved ("kekirim dua kali"): not a second record.
  const twice = sentTwice(input, ctx);
  if (twice) return twice;
  // "bagianku 160, sing 100 duwene yu tin": of the pay saved just now, only her part is hers.
  const part = ownPartOfSavedPay(input, ctx);
  if (part) return part;
  // "kasbonnya batal ding", "sing pak hadi ora sido" just after saving several: that one did not happen.
  const undone = cancelsOneSaved(input.text, ctx);
  if (undone) return undone;
  // "jahit td dr jam 8 smpe jam 12", saved, then "trs sore 2 jam lg": more hours of the same day, added to the
  // row just saved (one day, one row: who helped is said of the day).
  if (MORE_OF_IT.test(fold(input.text))) {
    const own = readMessage(input.text, ctx.now).entries;
    const h = own.length === 1 && own[0]!.kind === 'hours' ? own[0] : undefined;
    if (h?.kind === 'hours' && h.minutes !== undefined && !h.week && h.helpers === undefined) {
      if (!ctx.facts.diary) return need('diary');
      const last = [...ctx.facts.diary.hours].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      const said = daySaidIn(input.text, ctx.now)?.day;
      if (last && latestSaved(ctx) === 'hours' && (!said || said === last.workedOn)) {
        const total = (last.minutes + h.minutes) / 60;
        const cmd = commandOf(inputOf(`salah, ${String(total).replace('.', ',')} jam`), ctx);
        if (cmd) return cmd.flow.start(ctx, cmd.args);
      }
    }
  }
  // "kmrn bungkus dr siang smp magrib", saved, then "kira2 5 jam": how long it really was, of the hours just
  // saved (a figure said as a guess, with no day and no work of its own, is no new day's hours).
  if (APPROX.test(fold(input.text)) && !daySaidIn(input.text, ctx.now)) {
    const own = readMessage(input.text, ctx.now).entries;
    if (own.length === 1 && own[0]!.kind === 'hours' && own[0]!.minutes !== undefined) {
      if (!ctx.facts.diary) return need('diary');
      if (latestSaved(ctx) === 'hours') {
        const cmd = commandOf(inputOf(`salah, ${input.text}`), ctx);
        if (cmd) return cmd.flow.start(ctx, cmd.args);
      }
    }
  }
  // "*158rb" or "69 ewu" alone just after saving a pay, an advance or a cost: the sum typed again, put right ("*"
  // before a word is how a chat marks it put right, so "*9 kodi" puts right any record just saved).
  const typedAgain = SUM_AGAIN.exec(input.text.trim());
  const sumAgain = typedAgain && /\d{4}|\d[.,]\d{3}|(?:rb|ribu|rebu|ewu|k|jt|juta)\b/i.test(typedAgain[2]!);
  if (typedAgain && (typedAgain[1] || sumAgain)) {
    if (!ctx.facts.diary) return need('diary');
    const last = latestSaved(ctx);
    if ((typedAgain[1] && last) || (sumAgain && (last === 'payment' || last === 'cost'))) {
      const cmd = commandOf(inputOf(`salah, ${typedAgain[2]}`), ctx);
      if (cmd) return cmd.flow.start(ctx, cmd.args);
    }
  }
  // ("delete the last one, i sent it by mistake": her last record taken back; why she says so is no entry.)
  // ("itu bukan buat garapan, buat baju anak sendiri. hapus aja": why, then "delete it" on its own; the kind of
  // work named in the why is not which record.)
  const lastPart = fold(input.text)
    .split(/[.!;\n]+/)
    .filter((x) => x.trim())
    .at(-1);
  const bareDelete = lastPart !== undefined && BARE_DELETE.test(lastPart);
  if (bareDelete && !ctx.facts.diary) return need('diary');
  if (
    // ("hapus aja" alone: the record saved a few minutes ago.)
    (deletesLatest(fold(input.text)) || (bareDelete && latestSaved(ctx) !== null)) &&
    (bareDelete ||
      /\b(?:the last|last one|that one|the one i sent|yg barusan|yang barusan|sing mau|sing barusan)\b/.test(
        fold(input.text),
      )) &&
    // ("busaken kabeh sing mau": all she saved just now, not the last one only.)
    !/\b(?:kabeh|kabehe|semua|semuanya|smua|sedoyo|all|everything|both)\b/.test(fold(input.text))
  )
    return startFlow('corrections', ctx, { drop: bareDelete ? `${lastPart!.trim()} yg barusan` : fold(input.text) });
  // "ingkang garapan kala senin", "from Monday's order" after a hand-in: which order it was, heard; "dereng dipun
  // bayar", "not paid yet": heard, nothing to record.
  // "gawe mesin jahit", "buat lampu kerja" just after a cost was saved: what it was for; heard.
  if (!/\d/.test(input.text) && PURPOSE.test(fold(input.text).trim()) && !TITLED_NAME.test(fold(input.text))) {
    if (!ctx.facts.diary) return need('diary');
    // ("kanggo tuku obat anakku" after an advance: what the money is for.)
    const last = latestSaved(ctx);
    if (last === 'cost' || last === 'payment') return result(null, [{ text: ctx.t('noted') }]);
  }
  if (
    !/\d/.test(input.text) &&
    (WHICH_ORDER.test(fold(input.text)) ||
      NOT_PAID_YET.test(fold(input.text)) ||
      FOR_WHAT.test(fold(input.text)) ||
      BROUGHT_HOME.test(fold(input.text)))
  )
    return result(null, [{ text: ctx.t('noted') }]);
  // "DAFA JGN GANGGU ADEK!!", "maaf kak td bkn buat kakak", "eh bntr", "itu nayla mainan hp": not for the bot.
  // (No answer: a reply to a message meant for someone else would only be in her way.)
  // ("yg barusan hapus aja, aku salah kirim": sent by mistake and to be deleted is her record taken back, for her yes.)
  const sideTalk =
    NOT_FOR_BOT.test(fold(input.text)) &&
    !/\d/.test(input.text) &&
    !deletesLatest(fold(input.text)) &&
    !RIGHT_PERSON_NAMED.test(fold(input.text))
      ? commandOf(input, ctx)
      : undefined;
  if (sideTalk === null || sideTalk?.flow.name === 'corrections') return result(null, []);
  // "kasbon ki opo to mbak?", "what is a kodi?": the meaning.
  const meaning = glossaryAnswer(input, null, ctx);
  if (meaning) return meaning;
  // "umr kediri skrg brp ya?": the minimum wage of the year, as a yardstick.
  const umk = umkAnswer(input, ctx);
  if (umk) return umk;
  // "jam piro? yo mulai jam 7 nganti jam 11, lha piye?" with nothing open: the entry inside the questions.
  const reading0 = readMessage(input.text, ctx.now);
  const unasked = reading0.entries.length ? null : withoutQuestions(input.text);
  // (Not a question itself: "BPJS kelas 3 itu bayar berapa sebulan ya?".)
  if (unasked && !/\b(berapa|brp|piro|pira|pinten|apa|opo|gimana|gmn|piye|how|what|bpjs)\b/.test(fold(unasked))) {
    const inside = readMessage(unasked, ctx.now).entries;
    if (inside.some(solid)) return startEntries(inside, ctx, true);
  }
  // "aku mau dibayar", then "bu umi, 90rb, dipotong 10rb": the pay begun a bubble before, now with its sum.
  // (A sum read as something of its own kind only by its words, "senin 100rb, hari ini sisanya 60rb" after "bu umi
  // bayarnya nyicil", is the pay's too.)
  if ((!reading0.entries.some(solid) || reading0.entries.every((e) => !saidAsEntry(e))) && /\d/.test(input.text)) {
    if (!Object.hasOwn(ctx.facts, 'recentBubbles')) return need('recentBubbles');
    // ("td beli benang", "brp ya td.. lupa", "oh 36rb": the sum remembered a bubble after saying she forgot it.)
    const bubbles = ctx.facts.recentBubbles ?? [];
    let k = bubbles.length - 1;
    if (k > 0 && !/\d/.test(bubbles[k]!) && FORGOT.test(fold(bubbles[k]!))) k--;
    const before = bubbles[k];
    const begun = before ? readMessage(before, ctx.now).entries : [];
    // ("bu umi bayarnya nyicil", then "senin 100rb, hari ini sisanya 60rb": the pay named, its sums after.)
    const payNamed =
      !!before &&
      !begun.length &&
      !/\d/.test(before) &&
      /\b(bayar\w*|dibayar\w*|mbayar\w*|upah\w*|opah\w*|gaji\w*|paid|pays)\b/.test(fold(before));
    if (
      payNamed ||
      (begun.length &&
        // (A cost only with what was bought: "td sore bayar" alone is more likely pay received.)
        begun.every(
          (e) =>
            (e.kind === 'payment' || e.kind === 'kasbon' || (e.kind === 'cost' && !!(e.what || e.category))) &&
            !e.amount,
        ))
    ) {
      const joined = readMessage(`${before} ${input.text}`, ctx.now).entries;
      if (joined.some(solid)) return startEntries(joined, ctx, true);
    }
  }
  // "diwenehi 2 dino" just after saving an order: that order's deadline, not money.
  const dueDays = dueInDays(input.text);
  if (dueDays !== null) {
    const r = dueOfLatest(ctx, dueDays);
    if (r) return r;
  }
  // "hrs disetor tgl 5", "kudu mari jemuah" just after saving an order: its deadline, not a hand-in; said as an
  // afterthought ("oh iya kelupaan, hrs jadi sabtu", "oh and it's due friday"), not a change of what she saved.
  const dueOn = dueDateSaid(input.text, ctx.now);
  if (dueOn) {
    const r = dueOnOfLatest(ctx, dueOn);
    if (r) return r;
  }
  // "orderan keset bu umi yg kemarin bukan 10 kodi tp 8 kodi", "order tas pak hadi sing selasa batal": a record
  // saved before, pointed at and changed in one message; not a new entry
  // (nor "kurang, harusnya 10 kodi" a pay short).
  // ("barusan juragan darmo wa, ordernya gak jadi, dibatalin": the order she saved called off, told as news.)
  const calledOff = orderCalledOff(input.text, ctx);
  if (calledOff) return calledOff;
  const change = savedChange(input.text, ctx);
  if (change) return change;
  // ("aduh maaf semua yg barusan batal, itu punya kakak saya": every record just saved taken back.)
  if (cancelsAllSaved(input.text)) return startFlow('corrections', ctx, { cancelAll: true });
  // "bu umi hrsnya 100rb, katanya kurang uang kecil, sisanya minggu depan": paid short, the rest to come; no
  // change of what she received.
  const t0 = fold(input.text);
  // (A pay of her own told with it, "pak hadi bayar 200rb, harusnya 260rb", is that pay.)
  if (
    SHOULD_HAVE.test(t0) &&
    REST_TO_COME.test(t0) &&
    !/\b(salah|keliru|kleru|kliru|wrong|typo|ralat)\b/.test(t0) &&
    !/\b(dibayar|bayar|mbayar|byr|terima|nerima|trima|nompo|nampa|paid|got|dikasih|dikei|diwenehi)\b/.test(t0)
  )
    return result(null, [{ text: ctx.t('remarkNoted') }]);
  // "sisanya 60rb janji sabtu", "sisane sesuk": the rest of a pay, still to come; heard, nothing received yet.
  if (
    /^(?:(?:tapi|tp|terus|trus|trs|lha|and|but)\s+)?(?:sisanya|sisane|sisa|kurange|kurangnya|the rest)\b/.test(t0) &&
    /\b(janji|janjine|jare|katanya|ktnya|nanti|mengko|ngko|besok|bsk|sesuk|minggu depan|minggu ngarep|senin|selasa|rabu|kamis|jumat|sabtu|minggu|senen|seloso|rebo|kemis|setu|later|next|promised|tomorrow)\b/.test(
      t0,
    ) &&
    !/\b(dibayar|bayar|mbayar|terima|nerima|nompo|paid|got|dikasih|dikei|diwenehi|ditransfer|transfer)\b/.test(t0)
  )
    return result(null, [{ text: ctx.t('remarkNoted') }]);
  // "eh gak jadi, salah. itu bukan kasbon, itu bayaran" just after an advance was saved: it was pay.
  if (PAY_NOT_KASBON.test(fold(input.text))) {
    if (!ctx.facts.diary) return need('diary');
    const last = ctx.facts.diary.payments.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    const age = last ? ctx.now.getTime() - Date.parse(last.createdAt) : Number.POSITIVE_INFINITY;
    if (last?.kind === 'kasbon' && age >= 0 && age <= 2 * 3600_000)
      return startForm(paymentForm, ctx, { edit: last.id, set: { kind: 'pay' } });
  }
  // "eh itu bukan bayaran ding, aku minjem dulu, kasbon", "it's an advance not pay" just after a pay was saved:
  // it was an advance.
  if (KASBON_NOT_PAY.test(fold(input.text)) && !/\d/.test(input.text)) {
    if (!ctx.facts.diary) return need('diary');
    const last = ctx.facts.diary.payments.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    const age = last ? ctx.now.getTime() - Date.parse(last.createdAt) : Number.POSITIVE_INFINITY;
    if (last?.kind === 'pay' && age >= 0 && age <= 2 * 3600_000)
      return startForm(paymentForm, ctx, { edit: last.id, set: { kind: 'kasbon' } });
  }
  // "eh sing sekodi tak kekne mbakyuku, dadi aku mung 2 kodi" just after saving an order: her part of it.
  const share = ownShare(input.text);
  if (share) {
    const r = shareOfLatest(ctx, share);
    if (r) return r;
  }
  // "eh salah ketik 157rb" just after saving: a correction of that entry, not a new one.
  const reading = readMessage(input.text, ctx.now);
  // "dr kamis blm nulis", "mau lapor 3 hari", "3 days not written": days to catch up on; how, day by day.
  // ("sing putih wis tak setor kabeh, lali durung tak catet": something of an entry told, not days to catch up.)
  if (
    (CATCHING_UP.test(fold(input.text)) && !reading.entries.some(solid)) ||
    (LEFT_UNWRITTEN.test(fold(input.text)) && !reading.entries.length)
  )
    return result(null, [{ text: ctx.t('catchUp') }]);

  // "eh bukan mbakyuku, ponakanku umur 11" just after saving hours: who helped put right (her age is no hours).
  const helper = helperPutRight(input.text);
  if (helper) {
    if (!ctx.facts.diary) return need('diary');
    if (latestSaved(ctx) === 'hours') {
      const cmd = commandOf(inputOf(`maksudnya dibantu ${helper}`), ctx);
      if (cmd) return cmd.flow.start(ctx, cmd.args);
    }
  }
  // "harusnya 340rb": a correction too, unless it names an entry of its own ("setor 3 kodi, bukan 4").
  if (
    startsCorrecting(input.text) ||
    correctsDay(input.text) ||
    (SAYS_CORRECTED.test(fold(input.text)) &&
      (!reading.entries.some(saidAsEntry) || pointsBack(input.text)) &&
      // ("hari ini masang payet 6 jam, eh 7 jam ding": a new entry that puts itself right as she writes it.)
      !(putRight(input.text) !== input.text && reading.entries.some(solid) && !pointsBack(input.text)))
  ) {
    const cmd = commandOf(input, ctx);
    if (cmd) return cmd.flow.start(ctx, cmd.args);
  }
  // "nyuwun sewu, lepat, 9 kodi", "sanes wingi, dinten rebo": the same in krama.
  const plain = inKramaPlain(input.text);
  if (plain !== input.text && (startsCorrecting(plain) || correctsDay(plain))) {
    const cmd = commandOf(inputOf(plain), ctx);
    if (cmd) return cmd.flow.start(ctx, cmd.args);
  }
  // "iki aku nyatetke garapane ibukku", "helping Ibu Sumi log her work": she writes for someone; nothing yet.
  if (ON_BEHALF.test(fold(input.text)) && !/\d/.test(input.text)) return result(null, [{ text: ctx.t('onBehalf') }]);
  // "mau catat", "aku arep nyatet jam kerjo", "lapor bayaran", "log hours": what she wants to record, asked
  // from its first question; with no kind said, the menu (not "not understood").
  // "how do i record work i got?", "gimana cara nyatet setoran?": how, answered with examples; nothing opened.
  // (Not "how do I register for bpjs": another flow's question.)
  if (HOW_TO.test(fold(input.text)) && !reading.entries.some(solid) && !commandOf(input, ctx))
    return result(null, [{ text: ctx.t('howToRecord') }]);
  // "ini udh nyambung blm ya?", "does this really work?": yes, and how to begin.
  if (ASKS_CONNECTED.test(fold(input.text)) && !reading.entries.some(solid))
    return result(null, [{ text: ctx.t('connected') }, { text: ctx.t('howToRecord') }]);
  const wants = RECORD.exec(fold(input.text));
  if (wants && !reading.entries.some(solid) && !commandOf(input, ctx)) {
    const rest = fold(input.text).replace(RECORD, ' ').replace(WANT, ' ').replace(/\s+/g, ' ').trim();
    // ("badhe nyerat garapan", "mo catet orderan bru": words of the wanting are no goods.)
    const kinds = (rest ? readMessage(rest, ctx.now).entries : []).map((e) =>
      e.kind === 'order' && e.product && !e.product.split(/\s+/).some((w) => isGoods(w))
        ? { ...e, product: undefined }
        : e,
    );
    if (kinds.length) return startEntries(kinds, ctx);
    if (/\b(jam|jem|hours?|kerja|kerjo|work|worked)\b/.test(rest)) return startFlow('hours', ctx, {});
    const cmd = rest ? commandOf(inputOf(rest), ctx) : null;
    if (cmd) return cmd.flow.start(ctx, cmd.args);
    return result(null, [mainMenu(ctx)]);
  }
  // "2 setor", "3 bayaran", "4. jam kerja": the menu's number with its word, not two pieces handed in.
  const picked = /^(\d{1,2})[.)]?\s+([a-z /]+)$/.exec(input.lower.trim());
  if (picked && MENU_WORD.test(picked[2]!.trim())) {
    const chosen = menuItems(ctx)[Number(picked[1]) - 1];
    // "3 bayaran", "3 kasbon": the money it is, not asked again.
    const kind = /\b(bayaran|bayar|pay|payment)\b/.test(picked[2]!)
      ? 'pay'
      : /\bkasbon\b/.test(picked[2]!)
        ? 'kasbon'
        : null;
    if (chosen?.name === 'payment' && kind) return startFlow('payment', ctx, { preset: { kind } });
    if (chosen) return chosen.start(ctx);
  }
  // "upahnya 25rb per kodi", "ongkos sandal bu umi 2rb sepasang": the rate of an order she took before being
  // told it (only when one is waiting for its rate; else the message is read as it always was).
  const rate = rateStatement(input.text, reading.entries, ctx.now);
  if (rate) {
    if (!ctx.facts.diary) return need('diary');
    const ids = ordersForRate(rate, ctx.facts.diary).map((o) => o.id);
    if (ids.length) return startFlow('rate', ctx, { ...rate, ids, text: input.text });
    // "opahe sandal sing senen jebule rong ewu sekodi": the rate of an order she wrote down was other.
    if (saysRateWasOther(input.text)) {
      const was = ordersForRateChange(rate, ctx.facts.diary).map((o) => o.id);
      if (was.length) return startFlow('rate', ctx, { ...rate, ids: was, text: input.text, change: true });
    }
  }
  // "ongkos amplas naik jd 450 buat yg sisanya": a rate changed part way, not a cost or an entry.
  if (saysRateChanged(input.text)) return rateChangedReply(ctx);
  // "itu masuk hitungan gak?", "is that counted?": what REKAP counts, nothing saved.
  if (COUNTED_Q.test(fold(input.text)) && !/\d/.test(input.text)) return result(null, [{ text: ctx.t('whatCounts') }]);
  // "itu udah kecatet belum?": answered from her diary, nothing saved.
  if (asksRecorded(input.text)) return answerRecorded(input.text, ctx);
  // "bar subuh sampe dhuhur" saved, then "jam 5 sampe jam setengah 12": the same hours said exactly, a change.
  const span = reading.entries.length === 1 ? reading.entries[0]! : undefined;
  if (span?.kind === 'hours' && span.from !== undefined && !saidAsEntry(span) && !span.day) {
    if (!ctx.facts.diary) return need('diary');
    const last = ctx.facts.diary.hours.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    const age = last ? ctx.now.getTime() - Date.parse(last.createdAt) : Number.POSITIVE_INFINITY;
    if (last && age >= 0 && age <= 10 * 60_000 && last.workedOn === wibDate(ctx.now) && span.minutes !== undefined) {
      // Only when the span overlaps the one she said for those hours ("jam 1 sampe jam 4" after "jam 8 sampe
      // jam 11" is more work).
      if (!Object.hasOwn(ctx.facts, 'recentBubbles')) return need('recentBubbles');
      const said = (ctx.facts.recentBubbles ?? []).filter((b) => parseChoice(b) === null && parseYesNo(b) === null);
      const before = said.length
        ? readMessage(said.at(-1)!, ctx.now).entries.find((e) => e.kind === 'hours')
        : undefined;
      const overlaps =
        before?.kind === 'hours' &&
        before.from !== undefined &&
        before.minutes !== undefined &&
        span.from < before.from + before.minutes / 60 &&
        before.from < span.from + span.minutes / 60;
      if (overlaps) return startForm(hoursForm, ctx, { edit: last.id, set: { hours: span.minutes / 60 } });
    }
  }
  // "wingi njaluk bon 200 ewu" saved, then "mau isuk lagek diwenehi, tapi mung 150 ewu": what she received, a
  // change of that record (its amount, and its day when she says one).
  const money = reading.entries.length === 1 ? reading.entries[0]! : undefined;
  if ((money?.kind === 'payment' || money?.kind === 'kasbon') && !money.employer && money.amount) {
    if (!ctx.facts.diary) return need('diary');
    const last = ctx.facts.diary.payments.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    const age = last ? ctx.now.getTime() - Date.parse(last.createdAt) : Number.POSITIVE_INFINITY;
    // (Said as less: "tapi mung", "only"; or, after an advance she asked for, "he gave me 250k".)
    const less = ONLY_THAT.test(fold(input.text)) || (last?.kind === 'kasbon' && GAVE_ME.test(fold(input.text)));
    // (A pay with its own cut, "dibayar 84rb tapi dipotong kasbon 50rb", is a pay of its own.)
    const ownCut =
      (money.kind === 'payment' && !!money.deduction) ||
      /\b(dipotong|potong|potongan|motong|cut|deducted)\b/.test(fold(input.text));
    if (last && less && !ownCut && age >= 0 && age <= 30 * 60_000 && money.amount.amount < last.amount)
      return startForm(paymentForm, ctx, {
        edit: last.id,
        set: { amount: money.amount.amount, ...(money.day ? { paidOn: money.day } : {}) },
      });
    // "340k minus 100k for the kasbon" saved, then "so I took home 240k": what she received after the cut, or
    // "dadi mung nompo 220 ewu" when that is what was saved.
    const cuts = last ? last.deduction + last.kasbonRepaid : 0;
    if (last && money.kind === 'payment' && cuts > 0 && age >= 0 && age <= 30 * 60_000) {
      if (money.amount.amount === last.amount) return result(null, [{ text: ctx.t('alreadySaved') }]);
      if (money.amount.amount === last.amount - cuts)
        return startForm(paymentForm, ctx, { edit: last.id, set: { amount: money.amount.amount } });
    }
  }
  // "aku entuk sapu", "dapet orderan kerudung": work received, the rest asked from its first question.
  const took = GOODS_TAKEN.exec(fold(input.text).trim());
  if (took && !reading.entries.some(solid) && workWords().phrases.get(took[1]!)?.role === 'makes')
    return startFlow('order', ctx, { preset: { product: took[1] }, review: ['product'] });
  // "dibantu bojoku" a few messages after saving hours whose helpers were not said; "I helped her for the last
  // two hours" (a daughter typing): who helped with those hours, not more hours.
  const helped = helpersLater(input, reading, ctx);
  if (helped) return helped;
  // "kerja 6 jam" saved, then "ngelem sandal": what those hours went on, no second record of hours.
  const workOf = workOfSavedHours(input, reading, ctx);
  if (workOf) return workOf;
  // "tapi leren sejam nggo masak" just after saving hours: the break comes off them.
  const rest = REST_AFTER.exec(fold(input.text));
  if (rest) {
    if (!ctx.facts.diary) return need('diary');
    const last = ctx.facts.diary.hours.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    const age = last ? ctx.now.getTime() - Date.parse(last.createdAt) : Number.POSITIVE_INFINITY;
    const off = readMessage(`kerja ${rest[1]}`, ctx.now).entries[0];
    const minutes = off?.kind === 'hours' ? off.minutes : undefined;
    if (last && minutes && age >= 0 && age <= 10 * 60_000 && minutes < last.minutes)
      return startForm(hoursForm, ctx, { edit: last.id, set: { hours: (last.minutes - minutes) / 60 } });
  }
  // "tp dipotong bagian mbak rini 10%, sy terima 342rb", "dipotong utang kasbon 100, dadi tak tampa 250" just after
  // a pay was saved: the cut of that pay and what was left of it, not a second pay.
  const cut = cutOfSavedPay(input, reading, ctx);
  if (cut) return cut;
  // "she took 50k off for my advance" just after a pay: the cut of that pay, not an advance of its own.
  if (detailOnly(input.text, ctx.now)) return startFlow('corrections', ctx, { detail: input.text });
  // "kulo nembe saking griyane bu umi", then "ngampil kasbon 150 ewu": whom from, told a bubble before.
  // ("mbah tris", then "pesen besek rong atus": an order too.)
  if (
    reading.entries.some(
      (e) =>
        solid(e) &&
        (e.kind === 'payment' || e.kind === 'kasbon' || e.kind === 'handin' || e.kind === 'order') &&
        !e.employer,
    )
  ) {
    const joined = withPieces(input, ctx);
    if (!joined) return need('recentBubbles');
    if (joined.length) return startEntries(joined, ctx, true);
  }
  // "nyuwun sewu, kula badhe takon, garapan peci ... 10 kodi menika kula taksih dipun utangi pinten nggih": a
  // question said as one, about her figures, is answered; its figures are what she asks about.
  if (
    /\b(badhe takon|bade takon|arep takon|mau tanya|mo tanya|mau nanya|nyuwun pirsa|numpang tanya|want to ask|can i ask|i have a question)\b/.test(
      fold(input.text),
    ) &&
    /\b(pinten|piro|pira|berapa|brp|how much|how many)\b|\?/.test(fold(input.text))
  ) {
    const asked = commandOf(input, ctx);
    if (asked && asked.flow.name !== 'corrections') return asked.flow.start(ctx, asked.args);
  }
  // "ya udah tulis 8 jam aja" just after those hours were saved: kept already.
  const settled = hoursAlreadySaved(input, reading, ctx);
  if (settled) return settled;
  // A message with figures of an entry ("setor 40 pasang", "kerja 6 jam") is an entry, wherever its words are;
  // so is everything of an order handed in ("keset pak hadi kan udah sy setor semua tgl 13").
  if (
    reading.entries.some(solid) ||
    reading.entries.some((e) => e.kind === 'handin' && !e.delivered && allLeftSaid(fold(e.text)))
  )
    return startEntries(reading.entries, ctx, true, input.text);
  // "1" or "ya" once more just after a record was saved by her yes: a second yes, not the menu's first item.
  const again = secondYes(input, ctx);
  if (again) return again;
  const cmd = commandOf(input, ctx);
  if (cmd) return cmd.flow.start(ctx, cmd.args);
  // "lupa itu buat garapan yg mana", "lali kapan kon nyetor": nothing to record, and no question to trap her in.
  if (DOES_NOT_KNOW.test(fold(input.text)) && !/\d/.test(input.text))
    return result(null, [{ text: ctx.t('forgotOk') }]);
  // "soalnya mesin jahit kan pakai listrik": a reason she adds, no figure, nothing to record.
  if (BECAUSE.test(fold(input.text)) && !/\d/.test(input.text)) return result(null, [{ text: ctx.t('noted') }]);
  // "dino iki libur pitulasan, ora nggarap", "no work today": a day off, nothing to record, and no question.
  if (DAY_OFF.test(fold(input.text)) && !reading.entries.some(solid) && !/\d/.test(input.text))
    return result(null, [{ text: ctx.t('dayOffNoted') }]);
  // "lumayan buat belanja puasa", "bayaran diundur habis imlek": money talked of without a sum is heard, not
  // asked about (a bare "bayaran" or "kasbon" still opens its questions; a sum in the next bubble joins it).
  const talk =
    reading.entries.length > 0 &&
    !/\d/.test(input.text) &&
    reading.entries.every(
      (e) =>
        (e.kind === 'payment' ||
          e.kind === 'kasbon' ||
          // ("kemarin beli benang": a thing bought for the work, its sum asked.)
          (e.kind === 'cost' &&
            !e.category &&
            !costCategoryOf(e.what ?? '') &&
            !/\b(beli|tuku|tumbas|bought)\b/.test(fold(e.text)))) &&
        !e.amount &&
        !('deduction' in e && e.deduction) &&
        // ("dino iki dibayar pak hadi": a pay begun, its sum asked; "pak haji bilang bayaran diundur": talk.)
        (!e.employer || TALK.test(fold(input.text))),
    ) &&
    // ("took an advance", "njupuk bon": her own taking of money is a record begun, its sum asked.)
    !TOOK_MONEY.test(fold(input.text)) &&
    // ("bayaran wis metu", "gajian udah cair": the pay has come, its sum asked.)
    // (Not "lewat bri, wis mlebu" of the pay just saved: the pay itself named as come.)
    !/\b(bayaran|bayarane|bayaranku|gaji|gajian|gajine|upah|upahe|upahku|opah|opahe|opahku)\s+(wis|wes|uwis|udah|udh|sudah|sdh|dah)\s+(metu|medal|keluar|klua|cair|turun|mudun)\b/.test(
      fold(input.text),
    ) &&
    // ("wis mbayar mau", "she paid me today": the pay has happened, its sum asked; not what is still to come.)
    !(
      /\b(?:(?:wis|wes|uwis|udah|udh|sudah|sdh|dah|already|just)\s+(?:di)?(?:mbayar|bayar|mbayari|bayarin|transfer|nransfer|ditransfer|tf)|(?:she|he|they)\s+(?:just\s+)?paid(?:\s+me)?)\b/.test(
        fold(input.text),
      ) &&
      !/\b(durung|dereng|belum|blm|not|never|jare|katanya|nanti|mengko|sesuk|besok|will|gonna|ora|gak|ga|nggak|tidak)\b|\?/.test(
        fold(input.text),
      )
    ) &&
    // ("mbak aku utang": the one she speaks to is no word of the telling.)
    fold(input.text)
      .replace(/^(?:mbak|mba|mbk|bu|buk|mas|kak|dek|sis|min)\b[\s,.!]*/, '')
      .split(/\s+/).length >= 3;
  if (talk) return result(null, [{ text: ctx.t(COMPLAINT.test(fold(input.text)) ? 'complaintHeard' : 'noted') }]);
  // "bu endang", then "transfer": the name told a bubble before goes with the entry word.
  if (reading.entries.length && !reading.entries.some(solid)) {
    const joined = withPieces(input, ctx);
    if (!joined) return need('recentBubbles');
    if (joined.length) return startEntries(joined, ctx, true);
  }
  // "pesen besek rong atus ... " saved, then "diterke wingi", "mau isuk dianter": when the order was brought to
  // her, not a hand-in of hers.
  const brought = broughtDay(input, reading, ctx);
  if (brought) return brought;
  if (reading.entries.length) return startEntries(reading.entries, ctx, true, input.text);
  // "mbak ada 2 ya", "ono loro": she has two things to tell; heard, and the first awaited.
  if (ANNOUNCE.test(fold(input.text).trim())) return result(null, [{ text: ctx.t('noted') }]);
  // "payet", "teko bu sulis", "10 kodi": one entry told a piece a bubble, read together once it makes one.
  // (Not what is still to come: "sesuk jare bu endang arep mbayar 100 ewu" is no piece of what came before.)
  const ahead =
    /\b(sesuk|sesok|besok|bsk|besuk|lusa|minggu depan|minggu ngarep|tomorrow|next week|arep|akan|will|(?:jare|katanya|kata\w*)\s+(?:senin|selasa|rabu|kamis|jumat|jemuah|sabtu|setu|minggu|senen|seloso|rebo|kemis))\b/.test(
      fold(input.text),
    );
  if (parseChoice(input.text) === null && !GREETING.test(input.lower) && !ahead) {
    if (!Object.hasOwn(ctx.facts, 'recentBubbles')) return need('recentBubbles');
    const pieces: string[] = [];
    for (const b of [...(ctx.facts.recentBubbles ?? [])].reverse()) {
      // (A bubble of money without its sum, "td sore bayar", is a piece too.)
      const said = readMessage(b, ctx.now).entries;
      const piece =
        said.length > 0 &&
        said.every(
          (e) => (e.kind === 'payment' || e.kind === 'kasbon' || (e.kind === 'cost' && !e.category)) && !e.amount,
        );
      if (parseChoice(b) !== null || (said.length && !piece) || commandOf(inputOf(b), ctx)) break;
      // ("catet yo mbak": asking her words to be written down; "mbak" there calls the bot, no one's title.)
      if (RECORD_ME.test(fold(b)) || ANNOUNCE.test(fold(b).trim())) break;
      pieces.unshift(b);
    }
    if (pieces.length) {
      const joined = readMessage([...pieces, input.text].join(' '), ctx.now).entries;
      if (joined.some((e) => solid(e) || (e.kind === 'order' && e.qty && e.employer)))
        return startEntries(joined, ctx, true);
    }
    // "mukena bu endang td setor 10", then "kerudungnya 2 lusin kemarin": more of the same kind, its word unsaid.
    // (Her "1" or "ya" that saved it in between says nothing of the kind.)
    // (Nor her answer to a question of it: "pak hadi" to "which order?".)
    const last = [...(ctx.facts.recentBubbles ?? [])]
      .reverse()
      .find((b) => parseChoice(b) === null && parseYesNo(b) === null && readMessage(b, ctx.now).entries.length > 0);
    const kinds = last ? new Set(readMessage(last, ctx.now).entries.map((e) => e.kind)) : new Set<string>();
    const word = kinds.size === 1 ? SAME_KIND_WORD[[...kinds][0]!] : undefined;
    // (Not what is still to do or not done: "sisanya 3 kodi paling kamis", "durung rampung, kurang sekodi".)
    // ("dino iki 30 sisane", "today the last 25": the rest, done on a day said, is more of the same.)
    const restDone =
      /\b(sisa|sisanya|sisane|the rest|the last|terakhir|keri|kari)\b/.test(fold(input.text)) &&
      !!daySaidIn(input.text, ctx.now) &&
      !/\b(durung|dereng|belum|blm|nanti|mengko|sesuk|besok|bsk|paling|will|not yet)\b/.test(fold(input.text));
    // (A sum after a pay is more pay only with its day or "lagi": "hari ini 140rb, katanya udah lunas".)
    const payOn =
      !kinds.has('payment') ||
      !!daySaidIn(input.text, ctx.now) ||
      /\b(lagi|maneh|meneh|more|again)\b/.test(fold(input.text));
    // (A small number alone, "*2*", "3 mbak", is a menu choice or a slip: no unit, no sum, nothing more of it.)
    const loneNumber = /^[\W_]*\d{1,2}[\W_]*(?:\s+(?:mbak|mba|kak|min|ya|yo|aja|ae|wae|bu))?[\W_]*$/.test(
      fold(input.text),
    );
    if (
      word &&
      payOn &&
      !loneNumber &&
      /\d|\b(se|sa)\w/.test(input.lower) &&
      (restDone || !NOT_DONE_YET.test(fold(input.text)))
    ) {
      const more = readMessage(`${word} ${input.text}`, ctx.now).entries;
      // (Goods counted, not a rate said alone: "4rb sekodi" after an order is no second order.)
      const counted = (e: Entry) => (e.kind === 'order' ? !!e.qty : e.kind === 'handin' ? !!e.delivered : true);
      if (more.length && more.every((e) => solid(e) && counted(e))) return startEntries(more, ctx, true);
    }
  }
  // "jumat wingi" alone, the first bubble of a telling: the entry that follows takes that day.
  // ("mbah mau esuk": the day, said of grandma for whom she types.)
  const dayOnly =
    readDayAnswer(input.text, ctx.now) ??
    readDayAnswer(fold(input.text).replace(/^(mbah|simbah|ibu|ibuk|mamak|emak|nenek|mom|mum)\s+/, ''), ctx.now);
  // "wingi sore ding", "ambilnya kemarin sore": the day of the record just saved, said again right.
  const savedDay =
    DAY_OF_SAVED.test(fold(input.text)) &&
    !/\b(jare|katanya|nanti|mengko|will|says)\b/.test(fold(input.text)) &&
    (dayOnly ?? readDayAnswer(fold(input.text).replace(DAY_OF_SAVED, ' ').replace(/\s+/g, ' ').trim(), ctx.now));
  // "nyetor ... 2 kodi" saved a moment ago (on today), then "wingi sore" alone: the day of what she just told.
  // ("upahnya belum, katanya besok sabtu": a day said with a word of days to come is no day gone by.)
  const pastDay =
    !!dayOnly &&
    !dayOnly.due &&
    dayOnly.day < wibDate(ctx.now) &&
    !/^\d+$/.test(input.text.trim()) &&
    !FUTURE_WORD.test(fold(input.text));
  if (pastDay && !ctx.facts.diary) return need('diary');
  if (pastDay && !Object.hasOwn(ctx.facts, 'recentBubbles')) return need('recentBubbles');
  // (Only when that record was told in pieces, "bu umi" then "wingi sore", or in answers to its questions, "bu
  // umi udah bayar", "daster 5 kodi", "dikasih 65rb", then "sabtu kemarin": the day is the one piece left of it.
  // Right after a whole entry in one message, a day alone begins the next telling.)
  const pieces = (ctx.facts.recentBubbles ?? []).filter((b) => parseChoice(b) === null && parseYesNo(b) === null);
  const lastSaid = pieces.length ? readMessage(pieces.at(-1)!, ctx.now).entries : [];
  const whole = lastSaid.some(
    (e) => solid(e) && (('employer' in e && !!e.employer) || e.kind === 'hours' || e.kind === 'cost'),
  );
  const justSaved = pastDay && pieces.length > 0 && !whole && latestToday(ctx);
  // ("nampi dinten menika" for a record saved as today: nothing to change.)
  if (savedDay && !savedDay.due && savedDay.day === wibDate(ctx.now)) {
    if (!ctx.facts.diary) return need('diary');
    if (latestToday(ctx)) return result(null, [{ text: ctx.t('noted') }]);
  }
  if ((savedDay && !savedDay.due) || justSaved) {
    const cmd = commandOf(inputOf(`salah, ${input.text}`), ctx);
    if (cmd) return cmd.flow.start(ctx, cmd.args);
  }
  if (dayOnly && !dayOnly.due && !ahead && !/^\d+$/.test(input.text.trim()))
    return result(null, [{ text: ctx.t('dayNoted', { day: dayText(dayOnly.day, ctx) }) }]);
  // "kulo nembe saking griyane bu umi": where she has been, with whom; heard (what she did comes next).
  if (
    !/\d/.test(input.text) &&
    !readMessage(input.text, ctx.now).entries.length &&
    /\b(bu|pak|juragan|mbak)\s+[a-z]+/.test(fold(input.text)) &&
    // ("juragan darmo came", "bu umi rawuh": she came to her; what she did comes next.)
    (fold(input.text).trim().split(/\s+/).length > 3 || CAME.test(fold(input.text)))
  ) {
    if (!ctx.facts.diary) return need('diary');
    const named = /\b((?:bu|pak|juragan|mbak)\s+[a-z]+(?:\s+slamet)?)/.exec(fold(input.text))![1]!;
    if (matchEmployer(named, ctx.facts.diary.employers).exact) return result(null, [{ text: ctx.t('noted') }]);
  }
  // "mbah", "ibuk" alone (the one she types for): heard.
  if (/^[a-z]+$/.test(fold(input.text).trim()) && personWord(fold(input.text).trim()))
    return result(null, [{ text: ctx.t('noted') }]);
  // "juragan darmo" alone, the first bubble of a telling: the name is heard; what follows goes with it.
  const nameOnly = fold(input.text)
    .replace(/[.,!]+$/, '')
    .trim();
  if (/^(bu|pak|mbak|mas|juragan|bos|mbah|cak|ning|bude|pakde)\s+[a-z]+(\s+[a-z]+)?$/.test(nameOnly)) {
    if (!ctx.facts.diary) return need('diary');
    // (A name new to her diary too: the first bubble of its first record.)
    const known = matchEmployer(nameOnly, ctx.facts.diary.employers).exact;
    const name = known ? known.name : nameOnly;
    if (
      known ||
      !fold(nameOnly)
        .split(/\s+/)
        .slice(1)
        .some((w) => lexicon().sets.filler.has(w) || lexicon().intents.has(w))
    )
      return result(null, [{ text: ctx.t('dayNoted', { day: titleName(name) }) }]);
  }
  const n = parseChoice(input.text);
  const items = menuItems(ctx);
  if (n !== null) {
    const chosen = items[n - 1];
    if (chosen) return chosen.start(ctx);
    return result(null, [{ text: ctx.t('chooseNumber', { max: items.length }) }, mainMenu(ctx)]);
  }
  // "What is this bot for?", "iki opo to?", "bot ini buat apa": what Upahku does, in three lines.
  if (WHAT_FOR.test(fold(input.text)) && !/\bbpjs\b/.test(fold(input.text)))
    return result(null, [{ text: ctx.t('aboutBot') }]);
  if (GREETING.test(input.lower) || hails(input.lower)) return result(null, [mainMenu(ctx)]);
  if (reading.smallTalk || THANKS.test(input.lower)) return result(null, [{ text: ctx.t('smallTalk') }]);
  if (NOTED.test(fold(input.text).trim()) && !/\d/.test(input.text)) return result(null, [{ text: ctx.t('noted') }]);
  // "oleh 3 lusin, sesuk tak setor": what she will do; recorded when it is done.
  // ("sesuk jare bu endang arep mbayar 100 ewu": a pay promised for tomorrow.)
  const promised =
    ahead &&
    !reading.entries.length &&
    /\b(bayar|mbayar|dibayar|setor|nyetor|transfer|lunas|nyicil|pay|paid)/.test(fold(input.text));
  if (reading.plan || promised) return result(null, [{ text: ctx.t('planNoted') }]);
  // "dititipi punya bu sumi 90rb", "he still owes me 120k": about money, none of it hers received or spent.
  if (reading.remark) return result(null, [{ text: ctx.t('remarkNoted') }]);
  // "udah gitu aja bu, mau masak", "sesuk tak terusne", "that's all for today": she is leaving; heard.
  if (LEAVING.test(fold(input.text).trim()) && !/\d/.test(input.text)) return result(null, [{ text: ctx.t('noted') }]);
  // "lewat bri, wis mlebu" after a pay: how the money came, heard.
  if (HOW_PAID_SAID.test(fold(input.text).trim()) && !/\d/.test(input.text))
    return result(null, [{ text: ctx.t('noted') }]);
  // "ora ono sing dibalekno", "gak ada potongan" after saving: nothing to add, heard.
  if (NONE_OF_DETAIL.test(fold(input.text).trim())) return result(null, [{ text: ctx.t('noted') }]);
  // "wes kesel aku, bayarane telat terus": heard, and what helps.
  if (COMPLAINT.test(fold(input.text))) return result(null, [{ text: ctx.t('complaintHeard') }]);
  return result(null, [{ text: ctx.t('notUnderstood') }, mainMenu(ctx)]);
}

/** An entry with figures of its own ("beli tali rafia 5rb"), not a number picked from a list. */
function diaryEntryIn(input: Input, ctx: FlowContext): boolean {
  if (parseChoice(input.text) !== null) return false;
  return readMessage(input.text, ctx.now).entries.some(solid);
}

/** Clearly something new: an entry with figures, or another flow's command. */
function somethingNew(input: Input, ctx: FlowContext, flow?: string): boolean {
  const entries = readMessage(input.text, ctx.now).entries.filter(solid);
  // "eh salah, 3 kodi", "eh salah, 6 jam", "eh setornya kemarin" in the middle of an entry corrects that entry;
  // "eh tadi juga beli lem 20rb" in the middle of a hand-in is a cost of its own.
  const ownKind = (e: Entry) => (e.kind === 'kasbon' ? 'payment' : e.kind) === flow;
  if (startsCorrecting(input.text) || correctsDay(input.text))
    return !!flow && flow !== 'batch' && entries.some((e) => saidAsEntry(e) && !ownKind(e));
  // ("yg ditolak 6 bkn 4" at the check screen of several entries puts one of them right.)
  if (entries.length && !(flow === 'batch' && isCorrection(input.text))) return true;
  if (isCorrection(input.text)) return false;
  // ("wait no, cancel that. she only promised it": the open record taken back, not something new.)
  if (givesUp(input.text)) return false;
  return commandOf(input, ctx) !== null;
}

const NONE_OF_DETAIL =
  /^(ora ono|ra ono|ora ana|gak ono|gak ada|ga ada|nggak ada|tidak ada|tdk ada|ndak ada|gk ada|mboten wonten|no)\b.*\b(ditolak|tolak|dibalekno|dibalikin|retur|rusak|potongan|dipotong|potong|reject|rejected|cut)\b/;

/** She is tired of it or upset: late pay, too little, too much work. */
const COMPLAINT =
  /\b(kesel|kesal|capek|capai|sebel|sebal|jengkel|mangkel|sedih|susah|stres|stress|pusing|telat terus|telat maneh|telat lagi|durung dibayar|durung mbayar|belum dibayar|belum bayar|ora dibayar|gak dibayar|ga dibayar|blm dibayar|blm bayar|not paid|late again|tired|upset)\b/;

/** The words of the main menu's lines, said after their number ("2 setor"). */
const MENU_WORD =
  /^(catat )?(order|order baru|orderan|setor|setoran|nyetor|bayar|bayaran|kasbon|bayaran kasbon|jam|jam kerja|kerja|biaya|rekap|ubah|hapus|ubah hapus|bpjs|pengaturan|bandingkan|bantuan|hand-?in|pay|hours|cost|costs|help|delivery|payment)$/;

/** In the list of her entries, words of a change ("jamnya jadi 5 jam"), not a new entry. */
const CHANGES =
  /\b(jadi|jadinya|dadi|harusnya|seharusnya|kudune|mestine|salah|kleru|keliru|kliru|bukan|dudu|ganti|diganti|ubah|diubah|menjadi|should|wrong|change|it was)\b|^\w+(nya|ne)\b/;

/** The record she left to do something else, offered back when that is done. */
function offerParked(parked: ConvState, replies: Reply[], effects: Effect[], ctx0: FlowContext): StepResult {
  // In the language she may just have chosen.
  const ctx = withEffects(ctx0, effects);
  // She wrote the unfinished order again in full ("Bu Yati's work is 4 kodi, 6000 per kodi"): it is done.
  if (redone(parked, effects, ctx)) return result(null, replies, effects);
  // A check screen she left to mend another record: shown again as it was.
  if (parked.step === 'confirm') {
    const again = resumeForm(parked, ctx);
    if (!again.needs && again.state)
      return { ...again, replies: [...replies, ...again.replies], effects: [...effects, ...again.effects] };
  }
  return result(
    { flow: 'parked', step: 'offer', data: { parked } },
    [
      ...replies,
      {
        text: ctx.t('parkedOffer', { what: describe(parked, ctx) }),
        options: yesNoOptions(ctx, 'optContinue', 'optDrop'),
      },
    ],
    effects,
  );
}

function yesNoOptions(ctx: FlowContext, yes: 'optContinue' | 'optSaveIt', no: 'optDrop') {
  return [
    { key: '1', label: ctx.t(yes) },
    { key: '2', label: ctx.t(no) },
  ];
}

/** Whether what was just saved is the unfinished record itself: an order from the same employer. */
function redone(parked: ConvState, effects: Effect[], ctx: FlowContext): boolean {
  // "log hours" then "monday 6 hours tuesday 3 hours": the record she began is what was just saved.
  const created: Record<string, string> = {
    handin: 'createHandin',
    payment: 'createPayment',
    hours: 'createHours',
    cost: 'createCost',
  };
  if (created[parked.flow]) return effects.some((e) => e.type === created[parked.flow]);
  if (parked.flow === 'batch') return paysRedone(parked, effects, ctx);
  if (parked.flow !== 'order') return false;
  const employer = (parked.data as { v?: { employer?: { id?: number | null; name?: string } } }).v?.employer;
  if (!employer) return effects.some((e) => e.type === 'createOrder');
  return effects.some(
    (e) =>
      e.type === 'createOrder' &&
      ((employer.id != null && employer.id > 0 && e.values.employer_id === employer.id) ||
        (e.newEmployerName !== undefined && e.newEmployerName === employer.name)),
  );
}

/**
 * "dibayar bu umi karo bu endang", asked the sum, then "bu umi 90 ewu, bu endang 135 ewu": the pays she began,
 * each written again with its sum and just saved.
 */
function paysRedone(parked: ConvState, effects: Effect[], ctx: FlowContext): boolean {
  const entries = (parked.data as { entries?: Entry[] }).entries ?? [];
  if (!entries.length || !entries.every((e) => e.kind === 'payment' && e.employer)) return false;
  const employers = ctx.facts.diary?.employers ?? [];
  const paid = effects.flatMap((e) => (e.type === 'createPayment' ? [e] : []));
  return entries.every((e) => {
    const known = matchEmployer(e.employer!, employers).exact;
    return paid.some(
      (p) =>
        (known && p.values.employer_id === known.id) ||
        (p.newEmployerName !== undefined && fold(p.newEmployerName) === fold(e.employer!)),
    );
  });
}

/** "Order dari Bu Yati", "Setoran", "3 catatan": what an unfinished record is, in a few words. */
function describe(state: ConvState, ctx: FlowContext): string {
  const data = state.data as { v?: { employer?: { name?: string } }; entries?: unknown[] };
  const kind =
    state.flow === 'payment' && (data.v as { kind?: string } | undefined)?.kind === 'kasbon' ? 'kasbon' : state.flow;
  if (state.flow === 'batch') return ctx.t('parkedBatch', { n: data.entries?.length ?? 2 });
  const name = data.v?.employer?.name;
  return ctx.t('parkedWhat', { kind, employer: name ?? null });
}

const STALE_MS = 24 * 3600_000;

/** A check screen waiting since more than a day: offered once, then dropped. */
function stale(state: ConvState, ctx: FlowContext): boolean {
  const at = (state.data as { at?: string }).at;
  return typeof at === 'string' && ctx.now.getTime() - Date.parse(at) > STALE_MS;
}

/**
 * A diary record in progress and a message that is not its answer but clearly something new: nothing is lost.
 * A record at its check screen: save it or drop it first, then the new message. A record still asking:
 * kept aside, the new message handled, the record offered back after.
 */
function leaveRecord(state: ConvState, input: Input, ctx: FlowContext): StepResult | null {
  if (!DIARY.has(state.flow)) return null;
  const atCheck = state.step === 'confirm';
  // The same message sent again at its own check screen (a weak signal): one record, its check shown again.
  if (atCheck) {
    if (!Object.hasOwn(ctx.facts, 'recentBubbles')) return need('recentBubbles');
    const before = (ctx.facts.recentBubbles ?? []).at(-1);
    if (before && sameText(before, input.text) && readMessage(input.text, ctx.now).entries.some(solid)) {
      const again = byName.get(state.flow)!.step(state, inputOf('?'), ctx);
      const screen = again.replies.at(-1);
      if (!again.needs && again.state && screen) {
        const text = screen.text.replace(`${ctx.t('checkScreenHelp')}\n`, '');
        return { ...again, replies: [{ text: ctx.t('sentTwiceCheck') }, { ...screen, text }] };
      }
    }
  }
  if (atCheck && stale(state, ctx)) {
    return result({ flow: 'pending', step: 'stale', data: { pending: state, next: input.text } }, [
      {
        text: ctx.t('pendingStale', { what: describe(state, ctx) }),
        options: yesNoOptions(ctx, 'optSaveIt', 'optDrop'),
      },
    ]);
  }
  const flow = byName.get(state.flow)!;
  // "eh yg tgl 4 itu salah, harusnya 5 jam" under today's hours: the 4th's record is changed, this one waits.
  const fixOther = otherDayFix(state, input, ctx);
  if (fixOther) return fixOther;
  // "jd aq nerima 98.750" under a pay of 148.750 less 50rb: the cash in hand the screen says; heard, shown again.
  const net = atCheck ? netHeard(state, input.text, ctx) : null;
  if (net) {
    const again = flow.step(state, inputOf('?'), ctx);
    const screen = again.replies.at(-1);
    if (!again.needs && again.state && screen)
      return {
        ...again,
        replies: [{ text: net }, { ...screen, text: screen.text.replace(`${ctx.t('checkScreenHelp')}\n`, '') }],
      };
  }
  // "ongkos sandal bu umi 2rb sepasang" in the middle of a hand-in: the rate of an order waiting for it, new
  // whatever the record would make of its words (an order's own rate is the order's answer).
  // "senin satus ewu, mau iki 75 ewu" to "Berapa uang yang Anda terima?": paid in parts, each a pay on its day.
  const parts = partsPaid(state, input, ctx);
  if (parts) return parts;
  const rate = state.flow !== 'order' && parseChoice(input.text) === null && givesWaitingRate(input.text, ctx);
  if (!rate && !otherKindAnswer(state, input, ctx)) {
    const r = flow.step(state, input, ctx);
    if (r.needs) return r;
    // Its answer: the record goes on.
    // (A line of the check screen changed by it, "udah dipotong 20rb buat kasbon", is an answer too.)
    // (A day alone taken from it, "td" in "td jg setor ke bu umi", is no sign the record understood it.)
    const values = (x: ConvState) =>
      JSON.stringify(
        Object.entries((x.data as { v?: Record<string, unknown> }).v ?? {}).filter(([k]) => atCheck || !/On$/.test(k)),
      );
    const sameValues = (a: ConvState, b: ConvState) => values(a) === values(b);
    const stuck =
      r.state !== null && stepKey(r.state) === stepKey(state) && !r.effects.length && sameValues(r.state, state);
    if (!stuck) return alsoSaid(r, state, input, ctx) ?? r;
    if (!somethingNew(input, ctx, state.flow)) return r;
  }
  // ("yg 4rb itu sekodi ya" to a screen that says Rp4.000/kodi: said again to be sure; so it is, the screen again.)
  if (atCheck && restatesDraft(state, input.text, ctx)) {
    const again = flow.step(state, inputOf('?'), ctx);
    const screen = again.replies.at(-1);
    if (!again.needs && again.state && screen)
      return {
        ...again,
        replies: [
          { text: ctx.t('screenAsSaid') },
          { ...screen, text: screen.text.replace(`${ctx.t('checkScreenHelp')}\n`, '') },
        ],
      };
  }
  if (atCheck) {
    return result({ flow: 'pending', step: 'saveOrDrop', data: { pending: state, next: input.text } }, [
      { text: ctx.t('pendingAsk', { what: describe(state, ctx) }), options: yesNoOptions(ctx, 'optSaveIt', 'optDrop') },
    ]);
  }
  // ("karo nggowo garapan anyar, kemeja 3 kodi" while a pay from bu umi is open: and new work, from her too.)
  const open = (state.data as { v?: { employer?: { name?: string } } }).v?.employer?.name;
  const along =
    !!open &&
    /^(?:karo|kalih|lan|sama|and|plus)\b/.test(fold(input.text).trim()) &&
    readMessage(input.text, ctx.now).entries.every((e) => e.kind === 'order' && !e.employer);
  // (A hand-in told while an order is being recorded is of that order: no second order is made of it.)
  const ictx = state.flow === 'order' ? { ...ctx } : ctx;
  if (state.flow === 'order') ORDER_OPEN.add(ictx);
  const next = idle(along ? inputOf(`${open} ${input.text}`) : input, ictx);
  if (next.needs) return next;
  // ("eh kleru, dudu oleh. aku sing nyetor sapu 80 ...": the record open was the slip, taken back for the new one.)
  if (
    (startsCorrecting(input.text) || correctsDay(input.text)) &&
    /\b(salah|keliru|kleru|kliru|lepat|dudu|bukan|bkn|sanes|not|wrong)\b/.test(fold(input.text))
  )
    return next;
  return park(next, state, ctx);
}

/**
 * "opahe 300 per biji, njupuk bahan ongkos bensin 10 ewu" to an order's "how much is the wage?": the answer goes
 * on, and a record of another kind said with it, complete with its figure, waits at its own check screen for
 * when this one is done (it is not lost). Null when nothing else was said.
 */
function alsoSaid(r: StepResult, state: ConvState, input: Input, ctx: FlowContext): StepResult | null {
  if (!state.step.startsWith('ask:') || state.flow === 'batch' || !r.state || r.needs) return null;
  if ((r.state.data as { parked?: unknown }).parked) return null;
  const own = (e: Entry) => (e.kind === 'kasbon' ? 'payment' : e.kind) === state.flow;
  const extras = readMessage(input.text, ctx.now).entries.filter(
    (e) =>
      solid(e) &&
      saidAsEntry(e) &&
      !own(e) &&
      ((e.kind === 'cost' && e.amount?.explicit) ||
        (e.kind === 'hours' && e.minutes !== undefined) ||
        // ("100, langsung dibayar 25rb" to a hand-in's "how many?": the pay for it, after it.)
        (e.kind === 'payment' && state.flow === 'handin' && !!e.amount?.explicit)),
  );
  if (!extras.length) return null;
  const extra = startEntries(extras, ctx);
  if (extra.needs) return extra;
  if (extra.state?.step !== 'confirm' || extra.effects.length) return null;
  return park(r, extra.state, ctx);
}

/** A cut (a sum or a share in per cent) of the pay saved in the last two hours, said after it; null if none fits. */
function cutOfSavedPay(input: Input, reading: Reading, ctx: FlowContext): StepResult | null {
  const t = fold(input.text);
  // ("dipotong sepuluh ewu mergo ana sandal sing rusak" alone: the cut, read as one of a pay; the cash she said she
  // received stays, as for "dipotong kasbon 20 ewu".)
  const alone =
    !reading.entries.length &&
    /^(?:(?:tapi|tp|but|lha|eh|terus|trus)\s+)?(?:dipotong|potong|motong|cut|deducted)\b/.test(t);
  const said = alone ? readMessage(`dibayar ${input.text}`, ctx.now).entries : reading.entries;
  if (said.length !== 1 || said[0]!.kind !== 'payment') return null;
  const e = said[0]!;
  const pct = /(\d+(?:[.,]\d+)?)\s*(?:%|persen|percent)/.exec(t);
  if (!e.deduction && !pct) return null;
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const last = lastPaySaved(ctx);
  if (!last) return null;
  const whose = l.employers.find((x) => x.id === last.employerId)?.name.toLowerCase();
  if (e.employer && whose && !whose.includes(e.employer) && !e.employer.includes(whose.split(' ').at(-1)!)) return null;
  const whole = last.amount;
  // (Sums said bare, "100", "250", are thousands when the pay was.)
  const scale = (n: number) => (n < 1000 && whole >= 10_000 ? n * 1000 : n);
  const cutSum = pct ? Math.round((whole * Number(pct[1]!.replace(',', '.'))) / 100) : scale(e.deduction!.amount);
  const net = e.amount ? scale(e.amount.amount) : whole - cutSum;
  const kind = /\b(kasbon|bon|utang|hutang|pinjaman|panjer|advance|loan)\b/.test(t) ? 'kasbon' : 'other';
  if (alone && !e.amount && cutSum > 0)
    return startForm(paymentForm, ctx, { edit: last.id, set: { cut: cutSum, cutKind: kind } });
  if (!(cutSum > 0 && cutSum < whole) || net !== whole - cutSum) return null;
  return startForm(paymentForm, ctx, { edit: last.id, set: { amount: net, cut: cutSum, cutKind: kind } });
}

/** The pay saved in the last two hours, when nothing was cut from it. */
function lastPaySaved(ctx: FlowContext): PaymentRec | undefined {
  const last = [...(ctx.facts.diary?.payments ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const age = last ? ctx.now.getTime() - Date.parse(last.createdAt) : Number.POSITIVE_INFINITY;
  return last && last.kind === 'pay' && age >= 0 && age <= 2 * 3600_000 && !last.deduction && !last.kasbonRepaid
    ? last
    : undefined;
}

function ownPartOfSavedPay(input: Input, ctx: FlowContext): StepResult | null {
  const m =
    /^(?:(?:tapi|tp|but|eh|lha)\s+)?(?:bagianku|bagian ku|bagian saya|bagianku dewe|jatahku|jatah saya|punyaku|punya saya|nggonku|duwekku|my share|my part)\s+(?:(?:is|cuma|cuman|mung|hanya|only|just|mek)\s+)?((?:rp\.?\s?)?\d+(?:[.,]\d+)*\s*(?:k|rb|ribu|rebu|ewu)?)\b/.exec(
      fold(input.text),
    );
  if (!m) return null;
  if (!ctx.facts.diary) return need('diary');
  const last = lastPaySaved(ctx);
  const said = parseMoney(m[1]!);
  if (!last || !said) return null;
  const mine = said.rupiah < 1000 && last.amount >= 10_000 ? said.rupiah * 1000 : said.rupiah;
  if (!(mine > 0 && mine < last.amount)) return null;
  return startForm(paymentForm, ctx, { edit: last.id, set: { amount: mine } });
}

/** Several sums on their days said to a pay's "how much?": the pays, whom from as the open one says. */
function partsPaid(state: ConvState, input: Input, ctx: FlowContext): StepResult | null {
  if (state.flow !== 'payment' || state.step !== 'ask:amount' || parseChoice(input.text) !== null) return null;
  const v = (state.data as { v?: { employer?: { name: string }; kind?: string } }).v ?? {};
  if (v.kind === 'kasbon') return null;
  const pays = readMessage(`dibayar ${input.text}`, ctx.now).entries.filter(
    (e) => e.kind === 'payment' && e.amount && e.day,
  );
  if (pays.length < 2 || new Set(pays.map((e) => e.day)).size < 2) return null;
  const who = v.employer?.name;
  return startEntries(
    pays.map((e) => (who && e.kind === 'payment' ? { ...e, employer: who.toLowerCase() } : e)),
    ctx,
  );
}

/**
 * "oh wait, first: worked 6 hours today, alone" to "How much is the advance?", "dibayar 50rb" to "Berapa jam?": a
 * figure of another kind, said with its own word, is a record of its own, not the answer.
 */
function otherKindAnswer(state: ConvState, input: Input, ctx: FlowContext): boolean {
  if (sideRecord(state, input, ctx)) return true;
  const asked = /^ask:(amount|rate|hours)$/.exec(state.step)?.[1];
  if (!asked || state.flow === 'hours' || parseChoice(input.text) !== null) return false;
  const said = readMessage(input.text, ctx.now).entries.filter((e) => solid(e) && saidAsEntry(e));
  if (asked === 'hours')
    return said.some((e) => (e.kind === 'payment' || e.kind === 'kasbon' || e.kind === 'cost') && e.amount?.explicit);
  return said.some((e) => e.kind === 'hours') && /\b(jam|jem|hours?|hrs?)\b/.test(fold(input.text));
}

/**
 * "eh iya td pagi jg udh setor obrasan ke bu umi, 300 semua" to an order's question: a whole record of another
 * kind, said as one, with another employer than the open record's (or said as a remark aside, "eh iya", "btw"):
 * a record of its own, the open one kept aside, never taken into it.
 */
function sideRecord(state: ConvState, input: Input, ctx: FlowContext): boolean {
  if (!state.step.startsWith('ask:') || state.flow === 'batch' || parseChoice(input.text) !== null) return false;
  const own = state.flow === 'payment' ? ['payment', 'kasbon'] : [state.flow];
  const said = readMessage(input.text, ctx.now).entries.filter(solid);
  if (!said.length || !said.every((e) => saidAsEntry(e) && !own.includes(e.kind))) return false;
  const v = (state.data as { v?: { employer?: { name?: string } } }).v;
  const open = v?.employer?.name ? fold(v.employer.name) : undefined;
  const other = said.some((e) => e.employer && open && fold(e.employer) !== open);
  // ("sapu ne tak setor kabeh 400" to "Berapa uang?": goods handed in, counted with no word of money.)
  const handedIn =
    state.step === 'ask:amount' &&
    said.every((e) => e.kind === 'handin' && !!e.delivered) &&
    !/(?:rp|\d\s*(?:rb|ribu|rebu|ewu|k|jt|juta)\b|\b(?:ewu|ribu|rebu|juta)\b)/.test(fold(input.text));
  return (
    other ||
    handedIn ||
    // ("td sekalian setor bulu mata 250": "at the same time", after the day word.)
    /^(?:(?:td|tadi|mau|terus|trus|trs)\s+)?(?:eh+\s+)?(?:iya|iyo|oiya|oh iya|o iya|btw|sekalian|skalian|sekaligus|oh ya|oh and|also)\b/.test(
      fold(input.text).trim(),
    ) ||
    // ("karo nggowo garapan anyar, kemeja 3 kodi" to "Berapa uang?": and, besides, new work brought.)
    (/^(?:karo|kalih|lan|sama|and|plus)\b/.test(fold(input.text).trim()) &&
      said.every((e) => e.kind === 'order') &&
      /\b(anyar|baru|enggal|new)\b/.test(fold(input.text)))
  );
}

/** A correction that points at a saved record of another day than the open one's: that record, the open one parked. */
function otherDayFix(state: ConvState, input: Input, ctx: FlowContext): StepResult | null {
  if (state.flow === 'batch' || (!isCorrection(input.text) && !correctsDay(input.text))) return null;
  const v = (state.data as { v?: Record<string, unknown>; mode?: string }).v ?? {};
  const key = Object.keys(v).find((k) => /On$/.test(k) && k !== 'dueOn' && typeof v[k] === 'string');
  if (!key || (state.data as { mode?: string }).mode === 'edit') return null;
  if (!ctx.facts.diary) return need('diary');
  if (!otherDayPointed(ctx.facts.diary, ctx, input.text, String(v[key]))) return null;
  const r = startFlow('corrections', ctx, { latest: input.text });
  if (r.needs) return r;
  return park(r, state, ctx);
}

/** The parked record's own question answered straight away, when the message is that answer and nothing new. */
function answerParked(parked: ConvState, input: Input, ctx: FlowContext): StepResult | null {
  if (!parked.step.startsWith('ask:') || parseChoice(input.text) !== null) return null;
  const flow = byName.get(parked.flow);
  if (!flow || !DIARY.has(parked.flow) || parked.flow === 'batch') return null;
  // ("bu yati: 15 kodi of the eyelashes" to a hand-in's count reads as an order only for want of a word; a record
  // said with its own word, "dpt order 15 kodi", is something new.)
  const kinds = readMessage(input.text, ctx.now)
    .entries.filter((e) => solid(e) && saidAsEntry(e))
    .map((e) => e.kind as string);
  const own = parked.flow === 'payment' ? ['payment', 'kasbon'] : [parked.flow];
  // ("setornya 2 lusin, rusak 1" reads as a change of a record; to a hand-in's question it is the answer.)
  const cmd = commandOf(input, ctx);
  if (kinds.some((k) => !own.includes(k)) || (cmd && cmd.flow.name !== 'corrections')) return null;
  const r = flow.step(parked, input, ctx);
  if (r.needs) return r;
  const moved = r.state === null || stepKey(r.state) !== stepKey(parked) || r.effects.length > 0;
  return moved ? r : null;
}

/** The parked record's answer said with its own word ("bayarane 75 ewu" for a pay), while another record asks. */
function parkedOwnAnswer(parked: ConvState, input: Input, ctx: FlowContext): StepResult | null {
  if (parked.flow === 'batch' || !parked.step.startsWith('ask:')) return null;
  const own = parked.flow === 'payment' ? ['payment', 'kasbon'] : [parked.flow];
  const said = readMessage(input.text, ctx.now).entries;
  // (A pay named by its noun, "bayarane", is said as a pay too.)
  const named = (e: Entry) =>
    saidAsEntry(e) ||
    (e.kind === 'payment' && /\b(bayaran\w*|bayare|bayarnya|mbayar\w*|dibayar\w*|payment|paid)\b/.test(fold(e.text)));
  if (!said.length || !said.every((e) => solid(e) && named(e) && own.includes(e.kind))) return null;
  return answerParked(parked, input, ctx);
}

/** Where a record is: its flow and step, and for several entries, the step of the one in progress. */
function stepKey(s: ConvState): string {
  const inner = (s.data as { inner?: ConvState }).inner;
  return `${s.flow}:${s.step}:${inner?.flow ?? ''}:${inner?.step ?? ''}`;
}

/** Keeps `parked` with whatever runs now; offered back when that ends. */
function park(r0: StepResult, parked: ConvState, ctx: FlowContext): StepResult {
  // What it leads to (a correction that turns out to be a new entry) is what runs now.
  const r = r0.goto ? follow(r0, ctx) : r0;
  if (r.needs) return r;
  if (r.state) return { ...r, state: { ...r.state, data: { ...r.state.data, parked } } };
  return offerParked(parked, r.replies, r.effects, ctx);
}

/** The pending and parked records: save, drop or go on. */
function pendingStep(state: ConvState, input: Input, ctx: FlowContext): StepResult {
  const data = state.data as { pending?: ConvState; next?: string; parked?: ConvState };
  const yn = parseYesNo(input.text);
  if (state.flow === 'parked') {
    const parked = data.parked!;
    if (yn === 'yes' || CARRY_ON.test(input.lower.trim())) return resumeForm(parked, ctx);
    if (yn === 'no') return result(null, [{ text: ctx.t('parkedDropped') }, mainMenu(ctx)]);
    // "upahnya 3rb per kg" to "Order dari Bu Umi belum selesai: 1 Lanjutkan": the answer to its question.
    const answered = answerParked(parked, input, ctx);
    if (answered) return answered;
    // Something else again: handled, and the record still kept for later.
    const r = routeTurn(null, input, ctx);
    if (r.needs) return r;
    return park(r, parked, ctx);
  }
  const pending = data.pending!;
  const flow = byName.get(pending.flow)!;
  const nextInput: Input = { ...input, text: data.next ?? '', lower: (data.next ?? '').toLowerCase() };
  const then = (first: StepResult): StepResult => {
    const r = data.next ? routeTurn(null, nextInput, ctx) : result(null);
    if (r.needs) return r;
    return { ...r, replies: [...first.replies, ...r.replies], effects: [...first.effects, ...r.effects] };
  };
  if (yn === 'yes') {
    const saved = flow.step(pending, inputOf('1'), ctx);
    if (saved.needs) return saved;
    return then(saved);
  }
  if (yn === 'no') return then(result(null, [{ text: ctx.t('pendingDropped') }]));
  if (state.step === 'stale') {
    // Offered once: now dropped, with a line that says so, and her message handled.
    const r = routeTurn(null, input, ctx);
    if (r.needs) return r;
    return { ...r, replies: [{ text: ctx.t('pendingStaleDropped') }, ...r.replies] };
  }
  return result(state, [{ text: ctx.t('reply12') }, { text: ctx.t('pendingAsk', { what: describe(pending, ctx) }) }]);
}

/** One turn of the conversation; a soft question of the turn (who helped) is asked at its end. */
export function route(state: ConvState | null, input: Input, ctx: FlowContext): StepResult {
  return withSoftQuestion(routeTurn(state, input, ctx), ctx);
}

function routeTurn(state: ConvState | null, input0: Input, ctx: FlowContext): StepResult {
  // ("yg obras gak ada yg ditolak" just after saving a hand-in: no rejects is a count of them, as "0 ditolak".)
  const noRejects = state ? input0.text : noRejectsAsNought(input0.text);
  const input = noRejects === input0.text ? input0 : inputOf(noRejects, input0.kind);
  if (input.kind === 'media') return result(state, [{ text: ctx.t('mediaNotSupported') }]);
  if (input.tooLong) return result(state, [{ text: ctx.t('tooLong') }]);
  // An empty line in the middle of an entry repeats its question; it does not cancel anything.
  if (!input.text) {
    if (state && DIARY.has(state.flow)) {
      const again = resumeForm(state, ctx);
      if (again.needs || again.state) return again;
    }
    return result(state, [{ text: ctx.t('emptyInput') }]);
  }

  const kw = keywordOf(input.text);
  let first: StepResult;
  let called: StepResult | null = null;
  const linkCode = kw ? null : linkCommand(input);
  // "yang kasbon tadi dihapus aja, gak jadi" with nothing open: her last entry undone, not "nothing to cancel".
  // "batal aja yg bayaran tadi", "gak jadi yg tadi" with nothing open: the record just saved is taken back.
  if (
    kw === 'cancel' &&
    !state &&
    (deletesLatest(input.lower) ||
      BARE_DELETE.test(input.lower) ||
      (cancelsSaved(input.text) && !bareKeyword(input.text)))
  )
    first = idle(input, ctx);
  // "benange batal", "kasbone ora sido" just after saving several: that one did not happen.
  else if (kw === 'cancel' && !state && (called = cancelsOneSaved(input.text, ctx))) first = called;
  // "orderan bu yati batal", "orderan peci tadi batal" with nothing open: that saved order called off.
  else if (kw === 'cancel' && !state && (called = orderCalledOff(input.text, ctx))) first = called;
  // "bu yati gak jadi bayar", "pak hadi ora sido teko": what someone else did not do; heard.
  else if (kw === 'cancel' && !state && OTHERS_DID_NOT.test(fold(input.text)))
    first = result(null, [{ text: ctx.t('noted') }]);
  // ("kasbone ora sido" at the check screen of several: that one taken back, the rest kept.)
  else if (kw === 'cancel' && state?.flow === 'batch' && dropsOne(state, input))
    first = byName.get('batch')!.step(state, input, ctx);
  else if (kw) first = keywordResult(kw, state, ctx);
  else if (linkCode !== null) {
    // SAMBUNG works at any point, also before consent (a new number joining her diary); she stays where she was.
    const r = linkStep(linkCode, ctx);
    first = r.needs || r.effects.some((e) => e.type === 'linkToWorker') ? r : { ...r, state };
  } else if (ctx.worker.status === 'onboarding') {
    first = state?.flow === 'onboarding' ? onboardingFlow.step(state, input, ctx) : onboardingFlow.start(ctx);
  } else if (state?.flow === 'parked' || state?.flow === 'pending') {
    first = pendingStep(state, input, ctx);
  } else if (
    state &&
    !DIARY.has(state.flow) &&
    state.flow !== 'onboarding' &&
    !(state.flow === 'corrections' && CHANGES.test(input.lower)) &&
    diaryEntryIn(input, ctx)
  ) {
    // A diary entry typed inside another conversation (the BPJS guide, a setting) is a diary entry.
    const { parked } = state.data as { parked?: ConvState };
    first = idle(input, ctx);
    if (parked && !first.needs) first = park(first, parked, ctx);
  } else if (
    state &&
    !DIARY.has(state.flow) &&
    state.flow !== 'onboarding' &&
    // (At "Hapus catatan ini?", which she asked for, her thanks is her yes: the flow takes it.)
    !(state.flow === 'corrections' && state.step === 'void') &&
    (THANKS.test(input.lower) || (UNDERSTOOD.test(fold(input.text).trim()) && !/\d/.test(input.text)))
  ) {
    // "ok makasih" after a BPJS answer or a setting: she is done; a thank-you is not a question to staff.
    const { parked } = state.data as { parked?: ConvState };
    first = result(null, [{ text: ctx.t(THANKS.test(input.lower) ? 'smallTalk' : 'noted') }]);
    if (parked) first = offerParked(parked as ConvState, first.replies, [], ctx);
  } else if (state) {
    // A record set aside earlier rides along with what she does now, and is offered back when it ends.
    const { parked, ...data } = state.data as { parked?: ConvState };
    const cur = parked ? { ...state, data } : state;
    const flow = cur.flow === 'menu' ? undefined : byName.get(cur.flow);
    // "rekap" in the middle of an order, then "lanjut" or the order's answer ("upahe 6rb selusin"): back to it.
    const back =
      parked && !DIARY.has(cur.flow)
        ? CARRY_ON.test(input.lower.trim())
          ? resumeForm(parked, ctx)
          : answerParked(parked, input, ctx)
        : null;
    // ("bayarane pitung puluh limang ewu" while new work said aside asks its rate: the answer of the pay set
    // aside, said with its own word; the new work waits.)
    const forParked =
      !back && parked && DIARY.has(cur.flow) && cur.flow !== parked.flow && cur.step.startsWith('ask:')
        ? parkedOwnAnswer(parked as ConvState, input, ctx)
        : null;
    if (back) first = back;
    else if (forParked) first = forParked.needs ? forParked : park(forParked, cur, ctx);
    else {
      // ("tapi dibagi karo adikku, aku njupuk 15" inside an order: her part of it, for the form.)
      const part = cur.flow === 'order' && ownShare(input.text) !== null;
      first =
        (part ? null : aside(cur, input, ctx)) ??
        (part ? null : leaveRecord(cur, input, ctx)) ??
        (flow ? flow.step(cur, input, ctx) : idle(input, ctx));
      if (parked && !first.needs) first = park(first, parked as ConvState, ctx);
    }
  } else {
    // "0", "dewe", "dibantu anakku umur 9" just after "Ada keluarga yang ikut bantu?": the hours just saved.
    first = bpjsQuestion(input, ctx) ?? softAnswer(input, ctx) ?? idle(input, ctx);
  }
  const out = follow(first, ctx);
  // A check screen remembers when it was shown, so that one left for days is not saved by a stray "1".
  if (
    out.state &&
    out.state.step === 'confirm' &&
    DIARY.has(out.state.flow) &&
    !(out.state.data as { at?: string }).at
  ) {
    out.state = { ...out.state, data: { ...out.state.data, at: ctx.now.toISOString() } };
  }
  return out;
}
