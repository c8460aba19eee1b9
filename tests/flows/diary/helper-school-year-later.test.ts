// Who helped, said a few bubbles after the hours were saved, with the child's school year written short ("kls 3"):
// the year is no figure of the hours; the hours saved get the helper and the child. Through the real engine on
// SQLite. Tuesday 10 July 2029, 19:00 WIB, a minute between messages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryAt, live } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const diary = () => diaryAt(t, '2029-07-10T19:00:00+07:00');

describe('a helper with her school year, a few bubbles after the hours', () => {
  it('"dibantu adikku yg kls 3" after a pause is who helped with the hours saved', async () => {
    const { say, rows } = await diary();
    await say('kerja 6 jam', '1');
    await say('sebentar');
    expect(await say('dibantu adikku yg kls 3')).toMatch(/Dibantu keluarga: belum disebut → 1/);
    await say('1');
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 360, helpers: 1, child_helper: 1 }]);
  });
});
