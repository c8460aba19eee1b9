// Days caught up on in one message, through the real engine on SQLite: sorry for the days not written is no
// correction, a name run on from its title with the "h" dropped is her employer, and an employer she says is new
// is kept as new even when one of hers has a like name. Thursday 7 June 2029, 19:00 WIB, a minute between messages.
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

async function diary(opts: { lang?: 'id' | 'en' } = {}) {
  const d = await diaryPhone(t, 'sri-0812', opts);
  d.clock.set('2029-06-07T19:00:00+07:00');
  /** Each line, then "1" whenever the reply is a check screen; the last reply. */
  const tell = async (...lines: string[]) => {
    let last = '';
    for (const line of lines) {
      d.clock.advance(60_000);
      last = await d.say(line);
      if (/Simpan( semua)?\?|Save( all)?\?/.test(last)) {
        d.clock.advance(60_000);
        last = await d.say('1');
      }
    }
    return last;
  };
  const open = async () =>
    (await t.db.selectFrom('conversations').select('flow').where('worker_id', '=', d.workerId).execute()).length;
  return { ...d, tell, open };
}

describe('sorry for days not written, then the days', () => {
  it('"sorry havent logged since friday. fri 5 hrs sat 6 hrs" is two days of hours', async () => {
    const { tell, rows } = await diary({ lang: 'en' });
    await tell('sorry havent logged since friday. fri 5 hrs sat 6 hrs');
    expect(await rows('work_hours')).toMatchObject([
      { minutes: 300, worked_on: '2029-06-01' },
      { minutes: 360, worked_on: '2029-06-02' },
    ]);
  });

  it('"maaf lupa nyatet, senin 4 jam selasa 3 jam" is both days', async () => {
    const { tell, rows } = await diary();
    await tell('maaf lupa nyatet, senin 4 jam selasa 3 jam');
    expect(await rows('work_hours')).toMatchObject([
      { minutes: 240, worked_on: '2029-06-04' },
      { minutes: 180, worked_on: '2029-06-05' },
    ]);
  });

  it('"... wis tak setor kabeh, lali durung tak catet" is the hand-in, not days to catch up', async () => {
    const { tell, rows, open } = await diary();
    await tell('senin ambil kerudung 2 kodi dari bu umi 3rb per biji');
    await tell('kerudunge wingi wis tak setor kabeh, lali durung tak catet');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 40, handed_in_on: '2029-06-06' }]);
    expect(await open()).toBe(0);
  });

  it('"eh salah, lupa nulis potongane 10rb" just after a pay still puts the pay right', async () => {
    const { tell, rows } = await diary();
    await tell('dibayar bu umi 150rb');
    await tell('eh salah, lupa nulis potongane 10rb');
    expect(await rows('payments')).toMatchObject([{ amount: 150000, deduction: 10000 }]);
  });

  it('"ngapunten rong dino ra nulis" alone is told how to catch up, nothing left open', async () => {
    const { tell, open } = await diary();
    expect(await tell('ngapunten rong dino ra nulis')).toMatch(/tulis per hari/);
    expect(await open()).toBe(0);
  });
});

describe('her employer as Kediri speech runs it on', () => {
  it('"teko pakasan" after an order from Pak Hasan is Pak Hasan again, no new employer', async () => {
    const { tell, rows } = await diary();
    await tell('senin ambil peci 3 kodi dari pak hasan 6rb per biji');
    await tell('wingi njupuk peci maneh 2 kodi teko pakasan 6rb per biji');
    expect(await rows('employers')).toHaveLength(1);
    expect(await rows('orders')).toMatchObject([{ received_on: '2029-06-04' }, { received_on: '2029-06-06' }]);
  });
});

describe('an employer said to be new', () => {
  it('"juragan anyar pak hardo" beside Pak Harto is a new employer', async () => {
    const { tell, rows } = await diary();
    await tell('senin ambil tas 2 kodi dari pak harto 5rb per biji');
    await tell('dino iki njupuk besek 40 teko juragan anyar pak hardo opahe 2000 sijine');
    const emps = (await rows('employers')) as { name: string }[];
    expect(emps.map((e) => e.name.toLowerCase())).toEqual(['pak harto', 'pak hardo']);
  });

  it('"teko pak hardo" with no word of new is taken for Pak Harto', async () => {
    const { tell, rows } = await diary();
    await tell('senin ambil tas 2 kodi dari pak harto 5rb per biji');
    await tell('dino iki njupuk besek 40 teko pak hardo opahe 2000 sijine');
    expect(await rows('employers')).toHaveLength(1);
    expect(await rows('orders')).toHaveLength(2);
  });
});
