// The week and day arithmetic of the research data against date-fns and the
// time-zone library, over every day of forty years.
import { TZDate } from '@date-fns/tz';
import { addDays, format, formatISO, getISOWeek, getISOWeekYear, parseISO, startOfISOWeek } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addDaysTo,
  dayNumber,
  dayNumberOfDigits,
  dayOfInstant,
  dayOfNumber,
  digitsOfDay,
  digitsOfDayNumber,
  isoWeekOf,
  mondayNumber,
  mondayOfNumber,
  weekOfMonday,
  weekStart,
  weeksBetween,
  wibDayOfHourDigits,
} from '../../src/research/weeks.ts';

const ymd = (d: Date) => formatISO(d, { representation: 'date' });

function everyDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = parseISO(from); ymd(d) <= to; d = addDays(d, 1)) out.push(ymd(d));
  return out;
}

describe('research weeks', () => {
  const days = everyDay('1999-12-01', '2040-01-31');

  it('gives the ISO week, its Monday and day sums as date-fns does, for every day', () => {
    const wrong: string[] = [];
    for (const day of days) {
      const d = parseISO(day);
      const week = `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
      const monday = ymd(startOfISOWeek(d));
      if (isoWeekOf(day) !== week) wrong.push(`${day} week ${isoWeekOf(day)} != ${week}`);
      if (weekStart(day) !== monday) wrong.push(`${day} monday ${weekStart(day)} != ${monday}`);
      if (dayOfNumber(mondayNumber(day)) !== monday) wrong.push(`${day} monday number`);
      if (weekOfMonday(mondayNumber(day)).week !== week) wrong.push(`${day} week of monday`);
      if (dayOfNumber(dayNumber(day)) !== day) wrong.push(`${day} day number`);
      // The same by integer arithmetic on the digits YYYYMMDD, as the research queries hand days over.
      const digits = Number(day.replaceAll('-', ''));
      if (digitsOfDay(day) !== digits) wrong.push(`${day} digits`);
      if (dayNumberOfDigits(digits) !== dayNumber(day)) wrong.push(`${day} day number of digits`);
      if (digitsOfDayNumber(dayNumber(day)) !== digits) wrong.push(`${day} digits of day number`);
      if (dayOfNumber(mondayOfNumber(dayNumberOfDigits(digits))) !== monday) wrong.push(`${day} monday of digits`);
      for (const n of [-400, -8, -1, 1, 7, 366])
        if (addDaysTo(day, n) !== ymd(addDays(d, n))) wrong.push(`${day} + ${n}`);
    }
    expect(wrong).toEqual([]);
    expect(days.length).toBeGreaterThan(14_000);
  });

  it('knows the year-end weeks, week 53 and leap days', () => {
    expect(isoWeekOf('2020-12-31')).toBe('2020-W53');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2021-01-04')).toBe('2021-W01');
    expect(isoWeekOf('2019-12-30')).toBe('2020-W01');
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(weekStart('2027-01-03')).toBe('2026-12-28');
    expect(isoWeekOf('2024-02-29')).toBe('2024-W09');
    expect(weekStart('2024-03-01')).toBe('2024-02-26');
    expect(addDaysTo('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysTo('2100-02-28', 1)).toBe('2100-03-01');
    expect(weeksBetween('2026-12-30', '2027-01-11')).toEqual(['2026-12-28', '2027-01-04', '2027-01-11']);
    expect(weeksBetween('2026-12-30', '2026-12-27')).toEqual([]);
  });

  it('gives the WIB day of an instant as the time-zone library does, on both sides of WIB midnight', () => {
    const wrong: string[] = [];
    for (const day of days.filter((_, i) => i % 3 === 0)) {
      for (const time of ['00:00:00.000', '16:59:59.999', '17:00:00.000', '23:59:59.999']) {
        const iso = `${day}T${time}Z`;
        const expected = format(new TZDate(Date.parse(iso), 'Asia/Jakarta'), 'yyyy-MM-dd');
        if (dayOfInstant(iso) !== expected) wrong.push(`${iso}: ${dayOfInstant(iso)} != ${expected}`);
        const hour = Number(iso.slice(0, 13).replace(/\D/g, ''));
        if (dayOfNumber(wibDayOfHourDigits(hour)) !== expected) wrong.push(`${iso}: from its hour digits`);
      }
    }
    expect(wrong).toEqual([]);
    expect(dayOfInstant('2024-02-28T17:00:00.000Z')).toBe('2024-02-29');
    expect(dayOfInstant('2026-12-31T16:59:59.999Z')).toBe('2026-12-31');
    expect(dayOfInstant('2026-12-31T17:00:00.000Z')).toBe('2027-01-01');
    expect(() => dayOfInstant('not a time')).toThrow(RangeError);
  });
});
