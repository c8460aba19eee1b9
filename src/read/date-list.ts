// Several days said by their dates, as women catch up on days they did not write: "tgl 3 sampai tgl 7", "tgl 9
// sama tgl 10", "tanggal 20 nganti 23", "from the 2nd to the 6th", "16 to 20 august kecuali tgl 17". Each date is
// the latest such date not after today (the month said, or this month, else the one before).
import { addDays } from '../diary/period.ts';
import { lexicon } from '../parse/lexicon.ts';
import { fold } from '../parse/text.ts';

const MONTHS: [RegExp, number][] = [
  [/^(januari|jan|january)$/, 1],
  [/^(februari|feb|pebruari|february)$/, 2],
  [/^(maret|mar|march)$/, 3],
  [/^(april|apr)$/, 4],
  [/^(mei|may)$/, 5],
  [/^(juni|jun|june)$/, 6],
  [/^(juli|jul|july)$/, 7],
  [/^(agustus|agt|agu|ags|aug|august)$/, 8],
  [/^(september|sept|sep)$/, 9],
  [/^(oktober|okt|oct|october)$/, 10],
  [/^(november|nov|nopember)$/, 11],
  [/^(desember|des|dec|december)$/, 12],
];

const DATE_WORD = /^(tgl|tanggal|tgal|tangal|tg|the|on)$/;
const RANGE = /^(sampai|sampe|smp|smpe|sampek|sd|s\/d|to|until|till|through|nganti|ngantos|tekan|-)$/;
const AND = /^(sama|sm|dan|dn|karo|kalih|lan|and|&|,)$/;
const EXCEPT = /^(kecuali|kcuali|selain|kejaba|kajaba|except|but not|minus|libur|prei|off)$/;

/** "3", "3rd", "20th": a day of the month (1-31), else null. */
function dayNumber(w: string | undefined): number | null {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w ?? '');
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 31 ? n : null;
}

/** "rolas", "sebelas", "limolas": a day of the month said in one word, else null. */
function dayWord(w: string | undefined): number | null {
  const n = lexicon().numbers.get(w ?? '');
  return typeof n === 'number' && n >= 1 && n <= 31 ? n : null;
}

/** A day of the month in digits, or in one word right after a date, range or list word ("tanggal rolas"). */
function dayAt(ws: string[], k: number, dated: boolean): number | null {
  const n = dayNumber(ws[k]);
  if (n !== null) return n;
  const prev = ws[k - 1] ?? '';
  const word = /^(tgl|tanggal|tgal|tangal|tg)$/.test(prev) || (dated && (RANGE.test(prev) || AND.test(prev)));
  return word ? dayWord(ws[k]) : null;
}

function monthOf(w: string | undefined): number | null {
  for (const [re, n] of MONTHS) if (re.test(w ?? '')) return n;
  return null;
}

/** The latest date with this day (and month, when said) not after today; null when there is none. */
function dateOf(day: number, month: number | null, todayIso: string): string | null {
  const [y, m] = todayIso.split('-').map(Number) as [number, number];
  for (let back = 0; back <= 12; back++) {
    const mm = ((m - 1 - back + 120) % 12) + 1;
    const yy = y - (m - 1 - back < 0 ? Math.ceil((back - m + 1) / 12) : 0);
    if (month !== null && mm !== month) continue;
    const iso = `${yy}-${String(mm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    // (No 31 June: the date must be one the calendar has.)
    if (new Date(`${iso}T00:00:00Z`).getUTCDate() !== day) continue;
    if (iso <= todayIso) return iso;
  }
  return null;
}

/**
 * The dates a message lists or spans, in order, without those said as not worked; null unless at least two
 * dates are said with a date word ("tgl", "tanggal", "the") or a month name, joined by a range or a list word.
 */
export function datesSaid(text: string, todayIso: string): string[] | null {
  const ws = fold(text)
    .replace(/(\d)\s*-\s*(\d)/g, '$1 - $2')
    .split(/[^a-z0-9/&-]+/)
    .filter(Boolean);
  const days: { n: number; at: number; ranged: boolean; except: boolean; month: number | null }[] = [];
  let dated = false;
  let except = false;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    if (EXCEPT.test(w)) except = true;
    const n = dayAt(ws, k, days.length > 0);
    if (n === null) continue;
    const prev = ws[k - 1] ?? '';
    const named = DATE_WORD.test(prev) || /(st|nd|rd|th)$/.test(w) || monthOf(ws[k + 1]) !== null;
    const last = days[days.length - 1];
    // A second number joined to a date by a range or list word is a date too ("tgl 3 sampai 7", "tgl 9 sama 10").
    const joined =
      !!last &&
      (RANGE.test(prev) ||
        AND.test(prev) ||
        (DATE_WORD.test(prev) && (RANGE.test(ws[k - 2] ?? '') || AND.test(ws[k - 2] ?? ''))));
    // ("16 to 20 august": the first of a span named by the month after the second.)
    const opens = RANGE.test(ws[k + 1] ?? '') && dayNumber(ws[k + 2]) !== null;
    if (!named && !joined && !except && !opens) continue;
    // ("4 jam", "2 hours" are no dates.)
    if (/^(jam|jm|hours?|hrs?|menit|kodi|lusin|biji|pcs|rb|ribu|ewu)$/.test(ws[k + 1] ?? '')) continue;
    if (named) dated = true;
    const ranged = !!last && (RANGE.test(prev) || (DATE_WORD.test(prev) && RANGE.test(ws[k - 2] ?? '')));
    days.push({ n, at: k, ranged, except, month: monthOf(ws[k + 1]) });
    if (except && !AND.test(ws[k + 1] ?? '')) except = false;
  }
  if (!dated || days.filter((d) => !d.except).length < 2) return null;
  // A date without its month takes the month said with the next one ("16 to 20 august"), else the one before.
  for (let i = days.length - 1; i >= 0; i--) days[i]!.month ??= days[i + 1]?.month ?? null;
  for (let i = 0; i < days.length; i++) days[i]!.month ??= days[i - 1]?.month ?? null;
  const out: string[] = [];
  const skip = new Set<string>();
  for (const [i, d] of days.entries()) {
    const iso = dateOf(d.n, d.month, todayIso);
    if (!iso) return null;
    if (d.except) {
      skip.add(iso);
      continue;
    }
    const prev = days[i - 1];
    if (d.ranged && prev && out.length) {
      // A span of days ends on or before today, and starts on or before its end ("tgl 25 sampai tgl 30" on the
      // 28th is October's; "tgl 31 juli sampai 2 agustus"); every day between, at most a month.
      const from = dateOf(prev.n, prev.month, iso);
      if (!from) return null;
      out[out.length - 1] = from;
      let x = addDays(from, 1);
      for (let guard = 0; x < iso && guard < 31; guard++, x = addDays(x, 1)) out.push(x);
      if (x !== iso) return null;
    }
    if (!out.includes(iso)) out.push(iso);
  }
  const kept = out.filter((x) => !skip.has(x));
  return kept.length >= 2 ? kept : null;
}
