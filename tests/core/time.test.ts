// WIB conversions are plain arithmetic (UTC+7, no daylight saving); the
// time-zone database is the reference they must agree with.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIME_ZONE, wibDate, wibDateTime } from '../../src/core/time.ts';
import { parseDay } from '../../src/parse/date.ts';

const reference = (d: Date, f: string) => format(new TZDate(d.getTime(), TIME_ZONE), f);
// 1970 to 2100: the years the bot's data can hold.
const instants = fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms));

describe('WIB arithmetic', () => {
  it('gives the same day and time as the Asia/Jakarta zone', () => {
    fc.assert(
      fc.property(instants, (d) => {
        expect(wibDate(d)).toBe(reference(d, 'yyyy-MM-dd'));
        expect(wibDateTime(d)).toBe(reference(d, 'dd/MM/yyyy HH:mm'));
      }),
      { numRuns: 3000 },
    );
  });

  it('turns the day at 17:00 UTC, across a year end and a leap day', () => {
    expect(wibDate(new Date('2026-12-31T16:59:59.999Z'))).toBe('2026-12-31');
    expect(wibDate(new Date('2026-12-31T17:00:00.000Z'))).toBe('2027-01-01');
    expect(wibDate(new Date('2028-02-28T17:00:00.000Z'))).toBe('2028-02-29');
    expect(wibDateTime(new Date('2028-02-29T16:59:00.000Z'))).toBe('29/02/2028 23:59');
  });

  it('reads relative days from the WIB day, not the UTC one', () => {
    // 23:30 WIB on 31 December is still the 31st in WIB, and 16:30 UTC.
    const lateEvening = new Date('2026-12-31T16:30:00Z');
    expect(parseDay('kemarin', lateEvening)).toBe('2026-12-30');
    // 00:30 WIB on 1 January is still 31 December in UTC.
    const pastMidnight = new Date('2026-12-31T17:30:00Z');
    expect(parseDay('hari ini', pastMidnight)).toBe('2027-01-01');
    expect(parseDay('kemarin', pastMidnight)).toBe('2026-12-31');
    expect(parseDay('besok', new Date('2028-02-28T17:30:00Z'))).toBe('2028-03-01');
  });

  it('reads weekdays from the WIB day', () => {
    fc.assert(
      fc.property(instants, (now) => {
        const wibToday = new TZDate(now.getTime(), TIME_ZONE);
        const names = ['minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'];
        // Her weekday today is today, in the default (past) direction.
        expect(parseDay(names[wibToday.getDay()]!, now)).toBe(format(wibToday, 'yyyy-MM-dd'));
      }),
      { numRuns: 500 },
    );
  });
});
