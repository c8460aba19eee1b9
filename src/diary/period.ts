// Calendar arithmetic on WIB days written YYYY-MM-DD. Pure string-in,
// string-out: a day never passes through a local-time Date.

const MS_DAY = 86_400_000;

function toUtc(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * MS_DAY);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_DAY);
}

/** 0 = Monday ... 6 = Sunday. */
export function weekday(day: string): number {
  return (new Date(toUtc(day)).getUTCDay() + 6) % 7;
}

export function addMonths(day: string, n: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + n;
  const d = Number(day.slice(8, 10));
  const first = Date.UTC(y, m, 1);
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return fromUtc(first + (Math.min(d, last) - 1) * MS_DAY);
}

export interface Period {
  kind: PeriodKind;
  from: string;
  /** Inclusive. */
  to: string;
}

export type PeriodKind = 'thisWeek' | 'lastWeek' | 'thisMonth' | 'lastMonth';

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

/** Weeks run Monday to Sunday, months from the 1st, as calendars in Indonesia do. */
export function periodOf(kind: PeriodKind, today: string): Period {
  switch (kind) {
    case 'thisWeek': {
      const from = addDays(today, -weekday(today));
      return { kind, from, to: addDays(from, 6) };
    }
    case 'lastWeek': {
      const from = addDays(today, -weekday(today) - 7);
      return { kind, from, to: addDays(from, 6) };
    }
    case 'thisMonth':
      return { kind, ...monthRange(monthOf(today)) };
    case 'lastMonth':
      return { kind, ...monthRange(monthOf(addMonths(`${monthOf(today)}-01`, -1))) };
  }
}

export function inRange(day: string, r: { from: string; to: string }): boolean {
  return day >= r.from && day <= r.to;
}
