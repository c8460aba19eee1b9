import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHour, parseWeekday } from '../../src/flows/reminder.ts';
import { getReminderPrefs } from '../../src/reminders/prefs.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const workerId = async () => (await t.db.selectFrom('workers').select('id').executeTakeFirstOrThrow()).id;

describe('weekly reminder settings', () => {
  it('PENGINGAT shows the default, changes day and hour, turns it off and on', async () => {
    const phone = new Phone(t.db, 'sri');
    await phone.onboard();
    expect(await phone.send('pengingat')).toMatch(
      /Pengingat mingguan: aktif, tiap Sabtu jam 16\.00 WIB\.\n1 Ganti hari/,
    );
    expect(await phone.send('1')).toMatch(/Hari apa\?/);
    expect(await phone.send('kapan saja')).toMatch(/Hari apa\?/);
    expect(await phone.send('minggu')).toMatch(/^Tersimpan\. Pengingat tiap Minggu jam 16\.00 WIB\.\n\nMenu Upahku:/);
    await phone.send('PENGINGAT');
    await phone.send('2');
    expect(await phone.send('25')).toMatch(/Ketik jam 6 sampai 21/);
    expect(await phone.send('jam 7 malam')).toMatch(/^Tersimpan\. Pengingat tiap Minggu jam 19\.00 WIB\.\n\nMenu/);
    expect(await getReminderPrefs(t.db, await workerId())).toEqual({ enabled: true, weekday: 7, hour: 19 });
    await phone.send('pengingat');
    expect(await phone.send('3')).toMatch(/Pengingat mingguan dimatikan/);
    expect(await getReminderPrefs(t.db, await workerId())).toEqual({ enabled: false, weekday: 7, hour: 19 });
    expect(await phone.send('pengingat')).toMatch(
      /mati, tiap Minggu jam 19\.00 WIB\.\n1 Ganti hari\n2 Ganti jam\n3 Nyalakan/,
    );
    expect(await phone.send('3')).toMatch(/^Tersimpan\. Pengingat tiap Minggu jam 19\.00 WIB\.\n\nMenu/);
    expect(await phone.send('DATAKU')).toMatch(/Pengaturan pengingat: 1/);
  });

  it('is item 6 of the settings menu, and says when BERHENTI holds reminders back', async () => {
    const phone = new Phone(t.db, 'ann');
    await phone.onboard({ lang: 'en' });
    await phone.send('STOP');
    const menu = await phone.send('MENU');
    const settingsItem = /(\d) Settings/.exec(menu)![1]!;
    expect(await phone.send(settingsItem)).toMatch(/6 Weekly reminder/);
    expect(await phone.send('6')).toMatch(
      /Weekly reminder: on, every Saturday at 16:00 WIB\.[\s\S]*Type RESUME to get reminders again/,
    );
    expect(await phone.send('0')).toMatch(/Upahku menu/);
  });

  it('reads days and hours as people type them', () => {
    expect(['1', 'senin', 'Hari Senin', 'monday'].map(parseWeekday)).toEqual([1, 1, 1, 1]);
    expect(['8', 'besok', ''].map(parseWeekday)).toEqual([null, null, null]);
    expect(['16', '16.00', 'jam 4 sore', '4 pm', 'pukul 9', '9 pagi', '1 siang'].map(parseHour)).toEqual([
      16, 16, 16, 16, 9, 9, 13,
    ]);
    expect(['jam', '99', 'sore'].map(parseHour)).toEqual([null, null, null]);
  });
});
