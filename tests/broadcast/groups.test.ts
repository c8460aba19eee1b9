import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBroadcast, previewBroadcast } from '../../src/broadcast/broadcasts.ts';
import { createGroup, importPseudonyms, listGroups, setJoinCode } from '../../src/broadcast/groups.ts';
import { pseudonymizer } from '../../src/research/pseudonym.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedWorkers } from '../helpers/seed.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const secret = 'a-test-secret-of-enough-length';
const defaults = { quietHours: null };

describe('groups', () => {
  it('GABUNG with a code joins the group; an unknown code gets a friendly reply and changes nothing', async () => {
    const now = new Date();
    const g = await createGroup(t.db, 'Kelompok Pare', 'pare1', now);
    expect(g.joinCode).toBe('PARE1');
    const phone = new Phone(t.db, 'sri');
    await phone.onboard();
    expect(await phone.send('GABUNG KEDIRI9')).toMatch(/Kode "KEDIRI9" tidak ditemukan.*GABUNG PARE1/s);
    expect(await t.db.selectFrom('ngo_group_members').selectAll().execute()).toEqual([]);
    expect(await phone.send('gabung pare1')).toMatch(/sudah masuk grup "Kelompok Pare"/);
    expect(await phone.send('Gabung  PARE1')).toMatch(/sudah anggota grup "Kelompok Pare"/);
    expect(await phone.send('gabung')).toMatch(/Ketik kode grup/);
    expect(await phone.send('pare 1')).toMatch(/sudah anggota/);
    expect((await listGroups(t.db))[0]!.members).toBe(1);
    expect(await phone.send('DATAKU')).toMatch(/Grup yang Anda ikuti: 1/);
    await phone.send('HAPUS');
    await phone.send('1');
    expect(await t.db.selectFrom('ngo_group_members').selectAll().execute()).toEqual([]);
  });

  it('in English, JOIN works the same way', async () => {
    await createGroup(t.db, 'Training cohort 3', 'TC3', new Date());
    const phone = new Phone(t.db, 'ann');
    await phone.onboard({ lang: 'en' });
    expect(await phone.send('join tc4')).toMatch(/The code "TC4" was not found/);
    expect(await phone.send('join tc3')).toMatch(/You are now in the group "Training cohort 3"/);
  });

  it('imports pseudonyms, and a group serves as a broadcast segment', async () => {
    const now = new Date();
    const workers = await seedWorkers(t.db, 30, now.toISOString());
    const g = await createGroup(t.db, 'Koperasi Gurah', null, now);
    const chosen = workers.slice(0, 6).map((w) => pseudonymizer(secret)('worker', w.id));
    const res = await importPseudonyms(t.db, g.id, [...chosen, 'W-0000000000000000', ''], secret, now);
    expect(res).toEqual({ added: 6, already: 0, unknown: ['W-0000000000000000'] });
    expect((await importPseudonyms(t.db, g.id, chosen.slice(0, 2), secret, now)).already).toBe(2);
    const b = await createBroadcast(t.db, { textId: 'Rapat koperasi', segment: { group: [g.id] } }, now, defaults);
    const p = await previewBroadcast(t.db, b.id, now);
    expect(p.recipients).toBe(6);
    expect(p.segment).toBe('group Koperasi Gurah');
    await setJoinCode(t.db, g.id, 'GURAH-1');
    expect((await listGroups(t.db))[0]).toMatchObject({ joinCode: 'GURAH-1', members: 6 });
    await expect(createGroup(t.db, 'Lain', 'gurah-1', now)).rejects.toThrow('The join code GURAH-1 is taken');
  });
});
