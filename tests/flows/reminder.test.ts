// The weekly reminder settings end where she expects: a change saved is said,
// the flow is over, and the main menu is in front of her, so the next number
// she types is read against it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyLedger } from '../../src/diary/ledger.ts';
import { DEFAULT_REMINDER } from '../../src/flows/reminder.ts';
import { getReminderPrefs } from '../../src/reminders/prefs.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { FlowSim, worker } from '../helpers/flow.ts';

const sim = () => new FlowSim(worker(), { reminderPrefs: DEFAULT_REMINDER, diary: emptyLedger() });

describe('reminder settings (pure)', () => {
  it('"Ganti hari", a day: saved, said, the flow over and the main menu shown', () => {
    const s = sim();
    expect(s.say('pengingat')).toMatch(/^Pengingat mingguan: aktif, tiap Sabtu jam 16\.00 WIB\.\n1 Ganti hari/);
    expect(s.say('1')).toMatch(/^Hari apa\?[\s\S]*\n0 Kembali$/);
    const r = s.say('senin');
    expect(r).toMatch(/^Tersimpan\. Pengingat tiap Senin jam 16\.00 WIB\.\n\nMenu Upahku:\n1 /);
    expect(s.state).toBeNull();
    expect(s.effects).toEqual([{ type: 'setReminderPrefs', prefs: { enabled: true, weekday: 1, hour: 16 } }]);
    // The 2 that follows is the main menu's item 2, as shown, not "Ganti jam".
    const item2 = r.match(/\n2 ([^\n]+)/)![1]!;
    expect(item2).not.toMatch(/jam/i);
    expect(s.say('2')).not.toMatch(/Jam berapa/);
    expect(s.state?.flow).not.toBe('reminder');
  });

  it('an hour, and turning it off, end the same way', () => {
    const s = sim();
    s.say('pengingat');
    s.say('2');
    expect(s.say('jam 7 malam')).toMatch(/^Tersimpan\. Pengingat tiap Sabtu jam 19\.00 WIB\.\n\nMenu Upahku:/);
    expect(s.state).toBeNull();
    s.say('pengingat');
    expect(s.say('3')).toMatch(/^Pengingat mingguan dimatikan\.[\s\S]*\n\nMenu Upahku:/);
    expect(s.state).toBeNull();
  });

  it('0 at the day or hour question goes back to the reminder menu, changing nothing', () => {
    const s = sim();
    s.say('pengingat');
    s.say('1');
    expect(s.say('0')).toMatch(/^Pengingat mingguan: aktif/);
    expect(s.state).toMatchObject({ flow: 'reminder', step: 'menu' });
    s.say('2');
    expect(s.say('0')).toMatch(/^Pengingat mingguan: aktif/);
    expect(s.effects).toEqual([]);
  });

  it('in English', () => {
    const s = new FlowSim(worker({ lang: 'en' }), { reminderPrefs: DEFAULT_REMINDER });
    s.say('reminder');
    s.say('1');
    expect(s.say('monday')).toMatch(/^Saved\. Reminder every Monday at 16:00 WIB\.\n\nUpahku menu:/);
  });
});

describe('reminder settings through the engine', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb();
  });
  afterEach(async () => {
    await t.close();
  });

  it('from the settings menu: Ganti hari, Minggu, then 2 is the main menu item, and the day stays saved', async () => {
    const phone = new Phone(t.db, 'sri');
    await phone.onboard();
    const menu = await phone.send('menu');
    const settingsNo = /(\d+) Pengaturan/.exec(menu)![1]!;
    const item2 = /\n2 ([^\n]+)/.exec(menu)![1]!;
    expect(await phone.send(settingsNo)).toMatch(/\n6 Pengingat mingguan\n/);
    expect(await phone.send('6')).toMatch(/1 Ganti hari\n2 Ganti jam/);
    expect(await phone.send('1')).toMatch(/Hari apa\?/);
    const saved = await phone.send('7');
    expect(saved).toMatch(/^Tersimpan\. Pengingat tiap Minggu jam 16\.00 WIB\.\n\nMenu Upahku:/);
    expect(saved).toContain(`\n2 ${item2}\n`);
    const after = await phone.send('2');
    expect(after).not.toMatch(/Jam berapa/);
    const open = await t.db.selectFrom('conversations').select('flow').execute();
    expect(open.map((c) => c.flow)).not.toContain('reminder');
    const { id } = await t.db.selectFrom('workers').select('id').executeTakeFirstOrThrow();
    expect(await getReminderPrefs(t.db, id)).toEqual({ enabled: true, weekday: 7, hour: 16 });
  });
});
