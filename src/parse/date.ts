// Days and hours as people type them: "kemarin", "senin", "tgl 12", "12/11", "12 nov 2026"; "2,5 jam", "90 menit".
// Days are WIB (Asia/Jakarta) calendar days as YYYY-MM-DD. Pure; never throws. A date is returned as read
// even when implausible (next year, far past): the caller confirms such values with her.
import { WIB_OFFSET_MS } from '../core/time.ts';
import { prep, readNumber } from './number.ts';

export type DayOptions = {
  /**
   * Where a date without a year or month points. 'past' (default, for things that happened): the most recent
   * such day, today included ("senin" on a Monday is today; "tgl 12" on the 5th is the 12th of last month).
   * 'future' (due dates): the next such day, today included.
   */
  direction?: 'past' | 'future';
};

const REL = new Map<string, number>();
const rel = (list: string, n: number) => {
  for (const w of list.split(',')) REL.set(w, n);
};
rel('hari ini,hr ini,hri ini,har ini,ini hari,tadi,skrg,skrang,sekarang,sekrang,saiki,today,now,td', 0);
rel('kemarin,kemaren,kmrn,kmrin,kmren,kmarin,kemarn,kemrin,kemarim,kmaren,kmrnn,wingi,yesterday,yday', -1);
rel('kemarin lusa,kmrn lusa,kemaren lusa,kemarinnya lagi,day before yesterday', -2);
rel('besok,bsk,besuk,esok,sesuk,besok hari,tomorrow,tmrw', 1);
rel('lusa,besok lusa,bsk lusa,day after tomorrow', 2);

// 0 = Sunday, as Date#getDay.
const WEEKDAYS = new Map<string, number>();
const wd = (list: string, n: number) => {
  for (const w of list.split(',')) WEEKDAYS.set(w, n);
};
wd('minggu,mingu,mgg,ahad,akhad,sunday,sun', 0);
wd('senin,senen,snin,sennin,monday,mon', 1);
wd('selasa,slasa,selsa,tuesday,tue,tues', 2);
wd('rabu,rebo,rabo,wednesday,wed', 3);
wd('kamis,kemis,kms,thursday,thu,thurs', 4);
wd('jumat,jumaat,jum at,jemuah,jumuah,jmt,friday,fri', 5);
wd('sabtu,saptu,sbtu,setu,saturday,sat', 6);

const MONTHS = new Map<string, number>();
const mo = (list: string, n: number) => {
  for (const w of list.split(',')) MONTHS.set(w, n);
};
mo('januari,jan,january,janu', 1);
mo('februari,feb,pebruari,peb,february,febuari', 2);
mo('maret,mar,march,mrt', 3);
mo('april,apr,aprl', 4);
mo('mei,may', 5);
mo('juni,jun,june', 6);
mo('juli,jul,july', 7);
mo('agustus,agu,agt,agus,ags,august,aug,agustu', 8);
mo('september,sep,sept,spt,septembe', 9);
mo('oktober,okt,october,oct,oktobe', 10);
mo('november,nov,nop,nopember,novembe', 11);
mo('desember,des,december,dec,desembe', 12);

type Ymd = { y: number; m: number; d: number };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const show = ({ y, m, d }: Ymd) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const cmp = (a: Ymd, b: Ymd) => a.y - b.y || a.m - b.m || a.d - b.d;
const valid = ({ y, m, d }: Ymd) =>
  Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/** A WIB day for a date, "senin", "kemarin", "tgl 12", "12/11", "12 nov 2026"; null when not a day. */
export function parseDay(s: string, now: Date, opts: DayOptions = {}): string | null {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return null;
  // Beyond years 1-9999 a day cannot be written as YYYY-MM-DD.
  if (Math.abs(now.getTime()) > 253_000_000_000_000) return null;
  const future = opts.direction === 'future';
  // Today in WIB as midnight UTC of that calendar day: day arithmetic on it is plain UTC arithmetic.
  const today = new Date(now.getTime() + WIB_OFFSET_MS);
  today.setUTCHours(0, 0, 0, 0);
  const t0: Ymd = { y: today.getUTCFullYear(), m: today.getUTCMonth() + 1, d: today.getUTCDate() };
  const plus = (n: number) => {
    const d = new Date(today.getTime() + n * 86_400_000);
    const y = d.getUTCFullYear();
    return Number.isNaN(d.getTime()) || y < 1 || y > 9999
      ? null
      : show({ y, m: d.getUTCMonth() + 1, d: d.getUTCDate() });
  };

  let t = prep(s)
    .replace(/['’`]/g, '')
    .replace(/[.!?,;:]+$/, '')
    .trim();
  if (!t || t.length > 60) return null;
  // "kemarin sore", "pagi ini": the time of day does not change the day
  t = t
    .replace(/ (pagi|siang|sore|malam|malem|subuh)$/, '')
    .replace(/^(pagi|siang|sore|malam|malem|tadi) (ini|tadi)$/, 'hari ini')
    .replace(/^(pada|pd|on) /, '');

  const relative = REL.get(t);
  if (relative !== undefined) return plus(relative);

  // "2 hari lalu", "dua hari yang lalu", "3 hari lagi", "seminggu lalu", "2 days ago"
  const ago =
    /^(.+?) ?(hari|hr|hri|minggu|mgg|pekan|days?|weeks?)(?: (yang lalu|yg lalu|yl|lalu|lau|kebelakang|sebelumnya|ago|lagi|kemudian|ke depan|kedepan))$/.exec(
      t,
    );
  const n = ago ? (ago[1] === 'se' || ago[1] === 'a' ? 1 : readNumber(ago[1]!)?.value) : undefined;
  // "hari minggu lalu" also matches; it is a weekday, read below
  if (ago && n !== undefined) {
    if (!Number.isInteger(n) || Math.abs(n) > 36500) return null;
    const unit = /^(minggu|mgg|pekan|week)/.test(ago[2]!) ? 7 : 1;
    const back = !/^(lagi|kemudian|ke depan|kedepan)$/.test(ago[3]!);
    return plus((back ? -1 : 1) * n * unit);
  }
  const seminggu = /^(seminggu|sepekan) (yang lalu|yg lalu|lalu|lagi)$/.exec(t);
  if (seminggu) return plus(seminggu[2] === 'lagi' ? 7 : -7);

  // weekdays: "senin", "hari senin", "senin lalu", "jumat depan"
  const w =
    /^(?:(?:hari|hr|hri) )?([a-z]+(?: at)?)(?: (lalu|kemarin|kemaren|kmrn|yang lalu|yg lalu|kmrin|ini|depan|besok|last|next|this))?$/.exec(
      t,
    );
  const target = w ? WEEKDAYS.get(w[1]!) : undefined;
  if (w && target !== undefined) {
    const hasHari = /^(hari|hr|hri) /.test(t);
    const when = w[2];
    // "minggu lalu" usually means "last week", not "last Sunday": ask again rather than guess.
    if (target === 0 && w[1]!.startsWith('minggu') && when && !hasHari && when !== 'ini') return null;
    const dow = today.getUTCDay();
    const back = (dow - target + 7) % 7;
    const fwd = (target - dow + 7) % 7;
    if (!when || when === 'ini' || when === 'this') return plus(future ? fwd : -back);
    if (/^(depan|besok|next)$/.test(when)) return plus(fwd === 0 ? 7 : fwd);
    return plus(back === 0 ? -7 : -back);
  }

  const ymd = readDate(t, t0, future);
  return ymd && valid(ymd) ? show(ymd) : null;
}

function readDate(t: string, t0: Ymd, future: boolean): Ymd | null {
  t = t.replace(/^(?:tanggal|tangal|tanggl|tgl|tggl|tg|tl|date)\.? ?/, '');
  // ISO 2026-11-12
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  // 12/11, 12-11, 12.11, 12/11/2026, 12/11/26
  m = /^(\d{1,2}) ?[-/.] ?(\d{1,2})(?: ?[-/.] ?(\d{4}|\d{2}))?$/.exec(t);
  if (m) return withYear(+m[1]!, +m[2]!, m[3], t0, future);
  // 12 nov, 12 november 2026, 12nov26, 12-nov-2026
  m = /^(\d{1,2}|[a-z]+(?: [a-z]+)?) ?[-/]? ?([a-z]+)\.?(?: ?[-/,]? ?(\d{4}|\d{2}))?$/.exec(t);
  const month = m ? MONTHS.get(m[2]!) : undefined;
  if (m && month !== undefined) {
    const d = dayNumber(m[1]!);
    return d === null ? null : withYear(d, month, m[3], t0, future);
  }
  // nov 12, november 12 2026
  m = /^([a-z]+)\.? ?(\d{1,2})(?: ?,? ?(\d{4}))?$/.exec(t);
  const month2 = m ? MONTHS.get(m[1]!) : undefined;
  if (m && month2 !== undefined) return withYear(+m[2]!, month2, m[3], t0, future);
  // "12", "tgl 12", "tanggal dua belas": a day of this month
  const d = dayNumber(t);
  if (d === null) return null;
  return dayOfMonth(d, t0, future);
}

function dayNumber(s: string): number | null {
  const n = /^\d{1,2}$/.test(s) ? Number(s) : readNumber(s)?.value;
  return n !== undefined && n !== null && Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
}

function withYear(d: number, m: number, y: string | undefined, t0: Ymd, future: boolean): Ymd | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  if (y !== undefined) return { y: y.length === 2 ? 2000 + Number(y) : Number(y), m, d };
  // The nearest such date on the chosen side of today; 29/2 looks for a leap year.
  for (let k = 0; k <= 8; k++) {
    const cand = { y: t0.y + (future ? k : -k), m, d };
    if (!valid(cand)) continue;
    if (future ? cmp(cand, t0) >= 0 : cmp(cand, t0) <= 0) return cand;
  }
  return null;
}

function dayOfMonth(d: number, t0: Ymd, future: boolean): Ymd | null {
  let { y, m } = t0;
  for (let k = 0; k < 13; k++) {
    const cand = { y, m, d };
    if (valid(cand) && (future ? cmp(cand, t0) >= 0 : cmp(cand, t0) <= 0)) return cand;
    m += future ? 1 : -1;
    if (m === 0) {
      m = 12;
      y--;
    } else if (m === 13) {
      m = 1;
      y++;
    }
  }
  return null;
}

const HOUR_WORDS = new Set(['jam', 'jm', 'j', 'h', 'hrs', 'hour', 'hours', 'jem', 'jama']);
const MINUTE_WORDS = new Set([
  'menit',
  'mnt',
  'mnit',
  'meni',
  'mn',
  'm',
  'min',
  'mins',
  'minute',
  'minutes',
  'menitan',
]);
const FILLER = new Set(['lebih', 'lbh', 'lbih', 'dan', 'n', '+']);

/**
 * Hours worked: "5 jam", "5", "2,5 jam", "setengah jam", "3 jam 30 menit", "1 jam setengah", "90 menit", "3:30".
 * Unrounded (20 menit -> 0.333...); negative or huge values are returned as read. "jam 5" (a clock time) -> null.
 */
export function parseHours(s: string): number | null {
  let t = prep(s)
    .replace(/[.!?,;]+$/, '')
    .replace(/^(kerja|bekerja|selama|sekitar|kira2|kurang lebih|kurleb|\+-|±) /, '')
    .trim();
  if (!t || t.length > 80) return null;
  const clock = /^(\d{1,2}):(\d{2})(?: ?jam)?$/.exec(t);
  if (clock) return Number(clock[2]) < 60 ? Number(clock[1]) + Number(clock[2]) / 60 : null;
  t = t
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/\bsejam\b/g, '1 jam')
    .replace(/\bsemenit\b/g, '1 menit');
  let total = 0;
  let buf: string[] = [];
  let last: 'h' | 'm' | null = null;
  for (const tok of t.split(' ')) {
    const isHour = HOUR_WORDS.has(tok);
    if (isHour || MINUTE_WORDS.has(tok)) {
      if (buf.length === 0) return null;
      const n = readNumber(buf.join(' '))?.value;
      if (n === undefined) return null;
      if (isHour && last !== null) return null;
      if (!isHour && last === 'm') return null;
      total += isHour ? n : n / 60;
      last = isHour ? 'h' : 'm';
      buf = [];
    } else if (FILLER.has(tok) && buf.length === 0 && last !== null) {
      // "3 jam lebih 30 menit"
    } else {
      buf.push(tok);
    }
  }
  if (buf.length > 0) {
    if (last === 'm') return null;
    if (last === 'h') {
      // "1 jam setengah" = 1,5; "3 jam 30" = 3 jam 30 menit
      if (buf.length === 1 && /^(setengah|stengah|stgh|setenga)$/.test(buf[0]!)) total += 0.5;
      else {
        const n = readNumber(buf.join(' '))?.value;
        if (n === undefined) return null;
        total += n / 60;
      }
    } else {
      const n = readNumber(buf.join(' '))?.value;
      if (n === undefined) return null;
      total += n;
    }
  }
  if (last === null && buf.length === 0) return null;
  return Number.isFinite(total) ? Math.round(total * 1e9) / 1e9 : null;
}
