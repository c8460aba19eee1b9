// Catching up with tired thumbs, through the real engine on SQLite: "maaf bru sempet nulis" before a list of days
// is an apology for writing late (every day is kept, nothing taken back), and rejects said after a hand-in with
// the passive's "i" left out ("yg dkembalikan 6") are that hand-in's. Wednesday 13 October 2027, 20:00 WIB, a minute
// between messages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryPhone } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

async function diary() {
  const d = await diaryPhone(t, 'sri-0812');
  d.clock.set('2027-10-13T20:00:00+07:00');
  /** Each line, then "1" whenever the reply is a check screen; the last reply. */
  const tell = async (...lines: string[]) => {
    let last = '';
    for (const line of lines) {
      d.clock.advance(60_000);
      last = await d.say(line);
      if (/Simpan( semua)?\?/.test(last)) {
        d.clock.advance(60_000);
        last = await d.say('1');
      }
    }
    return last;
  };
  return { ...d, tell };
}

describe('an apology for writing only now', () => {
  it('"maaf bru sempet nulis." before two days of hours keeps both days', async () => {
    const { tell, rows } = await diary();
    await tell('maaf bru sempet nulis. senin ngelem 3 jam, selasa 6 jam stgh');
    expect((await rows('work_hours')).map((r) => [r.worked_on, r.minutes])).toEqual([
      ['2027-10-11', 180],
      ['2027-10-12', 390],
    ]);
  });

  it('"sorry baru bisa lapor." in front of one day is that day, no correction', async () => {
    const { tell, rows } = await diary();
    await tell('sorry baru bisa lapor. kemarin jahit 5 jam');
    expect((await rows('work_hours')).map((r) => [r.worked_on, r.minutes])).toEqual([['2027-10-12', 300]]);
  });
});

describe('rejects after a hand-in, the passive without its "i"', () => {
  it('"yg dkembalikan 6 psg" just after saving a hand-in puts 6 rejects on it, no second hand-in', async () => {
    const { tell, rows } = await diary();
    await tell('order 5 kodi kaos dari bu sri 3rb/biji');
    await tell('kemarin setor kaos ke bu sri 4 kodi');
    await tell('yg dkembalikan 6 psg jahitannya miring');
    const handins = await rows('handins');
    expect(handins.filter((h) => h.voided_at === null)).toMatchObject([{ delivered_pieces: 80, rejected_pieces: 6 }]);
  });
});
