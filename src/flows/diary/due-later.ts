// "diwenehi 2 dino", "dikasih waktu 3 hari", "given 5 days" just after saving an order: the days she has to
// hand it in, a deadline for that order (shown for a yes, as any change). Not money, and never a question.
import { wibDate } from '../../core/time.ts';
import { addDays } from '../../diary/period.ts';
import { parseDay } from '../../parse/date.ts';
import { parseNumber } from '../../parse/number.ts';
import { fold } from '../../parse/text.ts';
import type { FlowContext, StepResult } from '../types.ts';
import { need } from '../types.ts';
import { startForm } from './form.ts';
import { orderForm } from './order.ts';
import { orderLabel, today } from './show.ts';

/**
 * The words she opens an afterthought with, before the fact she adds to what she just saved: "oh iya kelupaan,",
 * "oh iyo kelalen,", "btw", "satu lagi", "lupa bilang,", "oh and it's", "i forgot to say".
 */
const AFTERTHOUGHT =
  /^(?:(?:oh|o|eh|ehh|ah|terus|trus|trs|and|lan|karo|sama|tapi|tp|but|itu|iku|yg|sing|kuwi|iya|iyo|ya|yo|oiya|oiyo|oya|btw|also|plus|satu lagi|siji maneh|siji engkas|sorry|sori|maaf|ngapunten|(?:i\s+)?(?:forgot|forget)|(?:aku\s+|sy\s+|saya\s+)?(?:lupa|lali|kelupaan|kelalen|klalen|kelalian)|(?:to\s+)?(?:say|tell you|mention|bilang|ngomong|nulis|ngabari|kandha|crita|cerita)(?:\s+(?:that|kalo|kalau|klo|yen|nek))?|it['’]?s|it\s+is|that['’]?s|that\s+is|the order is|order(?:an|e|nya)?\s+(?:iku|itu|kuwi|td|tadi))[\s,.!:;-]+)*/;

/** Her message without the opening of an afterthought ("oh iya kelupaan, hrs jadi sabtu": "hrs jadi sabtu"). */
function afterthought(folded: string): string {
  return folded.replace(AFTERTHOUGHT, '');
}

const DUE_IN =
  /^(?:(?:diwenehi|diwehi|diwenehke|dikei|dikeki|dikasih|dikasi|dikasi|diberi|dapat|dapet|dpt|oleh|given|got|gets)\s+(?:waktu|wektu|time|tempo)?\s*|(?:deadline|dl|tempo|tempone|batas|batase|waktune|waktunya|wektune)\s+)(\S+)\s+(?:dino|dina|hari|hr|dinten|days?)\b/;

/** How many days she was given to hand in, when that is all the message says; else null. */
export function dueInDays(text: string): number | null {
  const m = DUE_IN.exec(afterthought(fold(text).trim()));
  if (!m || /rb|ribu|ewu|k\b|rp/.test(fold(text))) return null;
  const n = parseNumber(m[1]!);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 90 ? n : null;
}

/** "hrs disetor tgl 5", "kudu mari jemuah", "deadline sabtu", "must be done by friday": a deadline said alone. */
const DUE_ON =
  /^(?:(?:harus|hrs|kudu|kudune|musti|mesti|must|has to|have to)\s+(?:be\s+)?(?:di\s?)?(?:setor|setorke|setorne|nyetor|jadi|jd|dadi|mari|rampung|selesai|slesai|kumpulkan|kumpulin|ambil|jupuk|done|finished|ready|handed in|in)\s*(?:by|on|pas|ing|nang|pada)?|(?:deadline|dl|tempo|batas|paling lambat|plg lambat|maks|maksimal|due|due by|due on|ready by)(?:-?(?:nya|e|ne)\b|\s(?:nya|e|ne)\b)?\s*[:=]?)\s+(.+)$/;

/** The day of a deadline said alone, ahead of today (YYYY-MM-DD); null when the message says more than that. */
export function dueDateSaid(text: string, now: Date): string | null {
  const m = DUE_ON.exec(
    afterthought(
      fold(text)
        .replace(/[.!]+$/, '')
        .trim(),
    ),
  );
  if (!m || /\d\s*(rb|ribu|ewu|k|jt|kodi|lusin|pcs|biji|pasang|jam)\b/.test(m[1]!)) return null;
  const day = parseDay(m[1]!.trim(), now, { direction: 'future' });
  return day && day > wibDate(now) ? day : null;
}

/** The order she saved last (within two hours), its deadline set to that day, for a yes; null if none. */
export function dueOnOfLatest(ctx: FlowContext, day: string): StepResult | null {
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const last = latestOrder(ctx);
  if (!last) return null;
  const head = ctx.t('dueForOrder', { order: orderLabel(last, l, ctx) });
  return startForm(orderForm, ctx, { edit: last.id, set: { dueOn: day }, head });
}

/** How long after saving an order a deadline said alone is taken as that order's. */
const RECENT_MS = 2 * 60 * 60 * 1000;

/** The order she saved last (within two hours), its deadline set to today + days, for a yes; null if none. */
export function dueOfLatest(ctx: FlowContext, days: number): StepResult | null {
  return dueOnOfLatest(ctx, addDays(today(ctx), days));
}

/** The order she saved last, within two hours. */
export function latestOrder(ctx: FlowContext) {
  return ctx.facts
    .diary!.orders.filter((o) => {
      const age = ctx.now.getTime() - Date.parse(o.createdAt);
      return age >= 0 && age <= RECENT_MS;
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)[0];
}
