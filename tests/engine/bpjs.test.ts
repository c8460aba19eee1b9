import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/broadcast/answers.ts';
import { DEFAULT_CONTENT_DIR, reloadContent, useContentDir } from '../../src/content/bpjs/store.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { dueEnrolmentFollowUps } from '../../src/db/enrolment.ts';
import { monthlyEarnings } from '../../src/db/monthly-earnings.ts';
import { dueStatusRechecks } from '../../src/db/protection-status.ts';
import { openQuestions, QuestionError } from '../../src/db/questions.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const DAY = 864e5;

async function workerId(user: string): Promise<string> {
  const row = await t.db
    .selectFrom('channel_identities')
    .select('worker_id')
    .where('channel_user_id', '=', user)
    .executeTakeFirstOrThrow();
  return row.worker_id;
}

/** A phone whose clock the test moves. */
async function onboarded(user: string, start = '2026-11-28T03:00:00Z') {
  const clock = fixedClock(start);
  const p = new Phone(t.db, user, 'terminal', { clock });
  await p.onboard();
  return { p, clock, id: await workerId(user) };
}

async function openBpjs(p: Phone): Promise<string> {
  const menu = await p.send('menu');
  return p.send(menu.match(/(\d+) BPJS/)![1]!);
}

/** Rows in the diary's own tables: one employer, hand-ins (of a one-piece order worth `amount`), payments and costs (voided rows do not count). */
async function diaryRow(
  table: 'handins' | 'payments' | 'costs',
  workerId: string,
  amount: number,
  day: string,
  opts: { voided?: boolean; kind?: 'pay' | 'kasbon'; kasbonRepaid?: number } = {},
) {
  const at = '2026-11-01T00:00:00.000Z';
  let employer = await t.db.selectFrom('employers').select('id').where('worker_id', '=', workerId).executeTakeFirst();
  if (!employer) {
    employer = await t.db
      .insertInto('employers')
      .values({ worker_id: workerId, name: 'Bu Yati', name_key: 'bu yati', created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
  }
  const common = { worker_id: workerId, amount, created_at: at, updated_at: at, voided_at: opts.voided ? at : null };
  if (table === 'handins') {
    const order = await t.db
      .insertInto('orders')
      .values({
        worker_id: workerId,
        employer_id: employer.id,
        product: 'sandal',
        unit: 'pcs',
        quantity_count: 1,
        quantity_pieces: 1,
        rate_amount: amount,
        rate_per: 'pcs',
        rate_count: 1,
        rate_per_piece: amount,
        received_on: day,
        due_on: null,
        written_agreement: null,
        materials_from_employer: null,
        created_at: at,
        updated_at: at,
        voided_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('handins')
      .values({
        worker_id: workerId,
        order_id: order.id,
        handed_in_on: day,
        delivered_pieces: 1,
        rejected_pieces: 0,
        created_at: at,
        updated_at: at,
        voided_at: opts.voided ? at : null,
      })
      .execute();
  } else if (table === 'payments') {
    await t.db
      .insertInto('payments')
      .values({
        ...common,
        employer_id: employer.id,
        order_id: null,
        kind: opts.kind ?? 'pay',
        deduction: 0,
        kasbon_repaid: opts.kasbonRepaid ?? 0,
        paid_on: day,
      })
      .execute();
  } else
    await t.db
      .insertInto('costs')
      .values({ ...common, category: 'listrik', spent_on: day })
      .execute();
}

describe('protection status history on real SQLite', () => {
  it('every eligibility answer is a dated row, and a later one is appended, not overwritten', async () => {
    const { p, clock, id } = await onboarded('sri');
    await openBpjs(p);
    await p.send('1');
    await p.send('3'); // no health cover
    const r = await p.send('3'); // never in BPJS Ketenagakerjaan
    expect(r).toMatch(/minta KIS gratis/);
    expect(r).not.toMatch(/penghasilan bersih Anda 30 hari terakhir/); // nothing in the diary yet: no share
    await p.send('0');

    clock.advance(100 * DAY);
    expect(await openBpjs(p)).toMatch(
      /Anda bilang:\nBPJS Kesehatan: tidak punya\nBPJS Ketenagakerjaan: belum ikut\nMasih sama\?/,
    );
    await p.send('2');
    await p.send('1'); // now a KIS from the government
    await p.send('3');
    const rows = await t.db
      .selectFrom('protection_status')
      .select(['worker_id', 'scheme', 'status', 'via', 'asked_at', 'asked_on'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      {
        worker_id: id,
        scheme: 'jkn',
        status: 'none',
        via: 'guide',
        asked_at: '2026-11-28T03:00:00.000Z',
        asked_on: '2026-11-28',
      },
      {
        worker_id: id,
        scheme: 'bpjs_tk',
        status: 'none',
        via: 'guide',
        asked_at: '2026-11-28T03:00:00.000Z',
        asked_on: '2026-11-28',
      },
      {
        worker_id: id,
        scheme: 'jkn',
        status: 'pbi',
        via: 'recheck',
        asked_at: '2027-03-08T03:00:00.000Z',
        asked_on: '2027-03-08',
      },
      {
        worker_id: id,
        scheme: 'bpjs_tk',
        status: 'none',
        via: 'recheck',
        asked_at: '2027-03-08T03:00:00.000Z',
        asked_on: '2027-03-08',
      },
    ]);
  });

  it('lists workers whose answer is 3 months old for the scheduler, without opted-out ones', async () => {
    const a = await onboarded('ani');
    await openBpjs(a.p);
    for (const k of ['1', '1', '1']) await a.p.send(k);
    const b = await onboarded('budi-stop');
    await openBpjs(b.p);
    for (const k of ['1', '1', '1']) await b.p.send(k);
    await b.p.send('BERHENTI');
    const now = new Date('2026-11-28T03:00:00Z');
    expect(await dueStatusRechecks(t.db, new Date(now.getTime() + 80 * DAY), 3)).toEqual([]);
    expect(await dueStatusRechecks(t.db, new Date(now.getTime() + 93 * DAY), 3)).toEqual([
      { workerId: a.id, lastAskedAt: '2026-11-28T03:00:00.000Z' },
    ]);
  });
});

describe('enrolment intent and follow-up on real SQLite', () => {
  it('asks "Sudah daftar?" when she next writes after a week, and records the obstacle and the outcome', async () => {
    const { p, clock, id } = await onboarded('citra');
    await openBpjs(p);
    await p.send('7');
    expect(await p.send('1')).toMatch(/Tanggal 05\/12\/2026 saya tanya lagi/);
    const [intent] = await t.db.selectFrom('enrolment_intents').selectAll().execute();
    expect(intent).toMatchObject({
      worker_id: id,
      program: 'bpjs_tk',
      created_at: '2026-11-28T03:00:00.000Z',
      follow_up_due: '2026-12-05T03:00:00.000Z',
      closed_at: null,
    });
    await p.send('0');

    clock.advance(3 * DAY);
    expect(await p.send('halo')).toMatch(/^Menu Upahku/);
    expect(await dueEnrolmentFollowUps(t.db, clock.now())).toEqual([]);

    clock.advance(5 * DAY);
    expect(await dueEnrolmentFollowUps(t.db, clock.now())).toEqual([
      {
        id: intent!.id,
        workerId: id,
        program: 'bpjs_tk',
        createdAt: '2026-11-28T03:00:00.000Z',
        followUpDue: '2026-12-05T03:00:00.000Z',
        lang: 'id',
      },
    ]);
    expect(await p.send('halo')).toMatch(/Anda bilang mau daftar BPJS Ketenagakerjaan\. Sudah daftar\?/);
    await p.send('2'); // not yet
    expect(await p.send('2')).toMatch(/paling murah sekitar Rp16\.800/); // cost
    expect(await p.send('1')).toMatch(/tanggal 13\/12\/2026 saya tanya lagi[\s\S]*Menu Upahku/);
    expect(await dueEnrolmentFollowUps(t.db, clock.now())).toEqual([]);

    clock.advance(7 * DAY);
    expect(await p.send('selamat pagi')).toMatch(/Sudah daftar\?/);
    expect(await p.send('1')).toMatch(/Selamat, Anda sudah terdaftar/);

    const followups = await t.db
      .selectFrom('enrolment_followups')
      .select(['intent_id', 'worker_id', 'answer', 'obstacle', 'note', 'asked_at'])
      .orderBy('id')
      .execute();
    expect(followups).toEqual([
      {
        intent_id: intent!.id,
        worker_id: id,
        answer: 'not_yet',
        obstacle: 'cost',
        note: null,
        asked_at: '2026-12-06T03:00:00.000Z',
      },
      {
        intent_id: intent!.id,
        worker_id: id,
        answer: 'registered',
        obstacle: null,
        note: null,
        asked_at: '2026-12-13T03:00:00.000Z',
      },
    ]);
    expect(await t.db.selectFrom('enrolment_intents').selectAll().executeTakeFirst()).toMatchObject({
      follow_up_due: null,
      closed_at: '2026-12-13T03:00:00.000Z',
      outcome: 'registered',
    });
    // Registering changed her coverage: a status row from the follow-up.
    expect(await t.db.selectFrom('protection_status').select(['scheme', 'status', 'via']).execute()).toEqual([
      { scheme: 'bpjs_tk', status: 'active', via: 'followup' },
    ]);
    expect(await p.send('halo')).toMatch(/^Menu Upahku/);
  });

  it('does not list closed intents or workers who stopped messages', async () => {
    const a = await onboarded('dewi');
    await openBpjs(a.p);
    await a.p.send('7');
    await a.p.send('2');
    await a.p.send('BERHENTI');
    expect(await dueEnrolmentFollowUps(t.db, new Date('2026-12-30T00:00:00Z'))).toEqual([]);
    // She is still asked when she writes herself.
    a.clock.advance(8 * DAY);
    expect(await a.p.send('halo')).toMatch(/KIS gratis \(PBI\) di kantor desa\. Sudah daftar\?/);
  });
});

describe('cost as a share of her diary earnings', () => {
  it('the loader sums the value of work handed in minus costs of the last 30 WIB days; pay, a kasbon and undone rows do not count', async () => {
    const { id } = await onboarded('eka');
    const now = new Date('2026-11-28T03:00:00Z');
    // Nothing recorded: she keeps no diary, there is nothing to compare with.
    expect(await monthlyEarnings(t.db, id, now)).toBeNull();
    const { id: other } = await onboarded('someone-else');
    await diaryRow('handins', id, 500000, '2026-11-28');
    await diaryRow('handins', id, 400000, '2026-10-30');
    await diaryRow('handins', id, 999999, '2026-10-29');
    // Dated tomorrow (she confirmed it): not in the last 30 days yet.
    await diaryRow('handins', id, 888888, '2026-11-29');
    await diaryRow('handins', other, 700000, '2026-11-20');
    await diaryRow('handins', id, 777777, '2026-11-26', { voided: true });
    // Cash is not earnings: an advance is a loan, and pay (with 50.000 kept back to settle it) pays for work already counted.
    await diaryRow('payments', id, 300000, '2026-11-20', { kind: 'kasbon' });
    await diaryRow('payments', id, 100000, '2026-11-25', { kasbonRepaid: 50000 });
    await diaryRow('costs', id, 100000, '2026-11-01');
    await diaryRow('costs', id, 50000, '2026-11-02', { voided: true });
    await diaryRow('costs', id, 30000, '2026-10-29');
    expect(await monthlyEarnings(t.db, id, now)).toEqual({
      netIdr: 800000,
      wagesIdr: 900000, // 500.000 + 400.000
      costsIdr: 100000,
      fromDay: '2026-10-30',
      toDay: '2026-11-28',
    });
    // The window is of WIB days: at 23:30 WIB on the 28th (16:30 UTC) the 28th is still today,
    // at 00:30 WIB on the 29th the 30th of October has left the window and tomorrow's hand-in came in.
    expect(await monthlyEarnings(t.db, id, new Date('2026-11-28T16:30:00Z'))).toMatchObject({ netIdr: 800000 });
    expect(await monthlyEarnings(t.db, id, new Date('2026-11-28T17:30:00Z'))).toMatchObject({
      wagesIdr: 900000 - 400000 + 888888,
      fromDay: '2026-10-31',
      toDay: '2026-11-29',
    });
  });

  it('the bot says what the cheapest package is as a share of her earnings, kept in her own diary', async () => {
    const { p } = await onboarded('fitri');
    // She keeps her diary by chat: an advance, an order and its hand-in, pay, and a cost.
    expect(await p.send('kasbon 500rb dari Bu Yati')).toContain('Cek dulu, kasbon:');
    expect(await p.send('1')).toMatch(/Dibayar di muka \(kasbon\): Rp500.000/);
    expect(await p.send('order 41 kodi sandal 1rb/pasang dari Bu Yati')).toContain('Cek dulu, order baru:');
    expect(await p.send('1')).toContain('Order tersimpan. Nilai order: Rp820.000.');
    expect(await p.send('setor 820')).toContain('diterima 820 = Rp820.000');
    expect(await p.send('1')).toContain('Setoran tersimpan, nilainya Rp820.000.');
    expect(await p.send('dibayar 820rb')).toContain('Jenis: bayaran upah');
    await p.send('1');
    expect(await p.send('biaya listrik 20rb')).toContain('Untuk: Listrik');
    await p.send('1');
    await openBpjs(p);
    await p.send('1');
    await p.send('1');
    // Work handed in 820 x 1.000 = 820.000, less 20.000 of costs = 800.000: the same numerator as her hourly
    // figure. The kasbon of 500.000 and the pay of 820.000 are cash, not earnings. 16.800 / 800.000 = 2,1%.
    expect(await p.send('3')).toContain(
      'Menurut catatan Upahku, penghasilan bersih Anda 30 hari terakhir Rp800.000. Rp16.800 sebulan itu sekitar 2,1% dari penghasilan itu.',
    );
  });

  it('a worker who keeps no diary gets no share line; one with only a kasbon is told to record her pay', async () => {
    const a = await onboarded('gina');
    await openBpjs(a.p);
    await a.p.send('1');
    await a.p.send('1');
    const none = await a.p.send('3');
    expect(none).toContain('JKK + JKM');
    expect(none).not.toMatch(/penghasilan/);

    const b = await onboarded('hana');
    await b.p.send('kasbon 200rb dari Bu Yati');
    await b.p.send('1');
    await openBpjs(b.p);
    await b.p.send('1');
    await b.p.send('1');
    expect(await b.p.send('3')).toMatch(/belum menunjukkan penghasilan bersih/);
  });
});

describe('an edited content file changes what the bot says', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'upahku-content-'));
    cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true });
    expect(useContentDir(dir).ok).toBe(true);
  });
  afterEach(() => {
    useContentDir(DEFAULT_CONTENT_DIR);
    rmSync(dir, { recursive: true, force: true });
  });
  const edit = (file: string, from: string, to: string) => {
    const src = readFileSync(join(dir, file), 'utf8');
    expect(src).toContain(from);
    writeFileSync(join(dir, file), src.replace(from, to));
  };

  it('a new figure and a new sentence are used at once; a broken edit keeps the last good text', async () => {
    const { p } = await onboarded('gita');
    await openBpjs(p);
    expect(await p.send('3')).toContain('JKK + JKM = sekitar Rp16.800 sebulan');

    edit('figures.yaml', 'value: 6800', 'value: 7200');
    edit('id.yaml', 'Biaya paling murah:', 'Iuran termurah:');
    expect(reloadContent().ok).toBe(true);
    await p.send('0');
    expect(await p.send('3')).toContain('Iuran termurah: JKK + JKM = sekitar Rp17.200 sebulan');

    edit('id.yaml', 'Iuran termurah:', 'Iuran {nggak ada}:');
    expect(reloadContent().ok).toBe(false);
    await p.send('0');
    expect(await p.send('3')).toContain('Iuran termurah: JKK + JKM = sekitar Rp17.200 sebulan');
  });
});

describe('TANYA on real SQLite', () => {
  it('stores the question with her id and time, and the answer is queued back to her', async () => {
    const { p, clock, id } = await onboarded('hana');
    expect(await p.send('TANYA apakah JHT bisa diambil kalau berhenti kerja?')).toMatch(/sudah dikirim/);
    const open = await openQuestions(t.db);
    expect(open).toEqual([
      {
        id: open[0]!.id,
        workerId: id,
        text: 'apakah JHT bisa diambil kalau berhenti kerja?',
        context: 'tanya',
        askedAt: '2026-11-28T03:00:00.000Z',
      },
    ]);

    clock.advance(DAY);
    const { outboxId } = await answerQuestion(t.db, {
      questionId: open[0]!.id,
      answer: 'Bisa, setelah berhenti menjadi peserta. Tanyakan ke 175.',
      answeredBy: 'Sri (NGO)',
      now: clock.now(),
    });
    const row = await t.db.selectFrom('outbox').selectAll().where('id', '=', outboxId!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      channel: 'terminal',
      address: 'hana',
      worker_id: id,
      kind: 'notice',
      status: 'pending',
    });
    expect(row.text).toBe(
      'Jawaban pendamping Upahku untuk pertanyaan Anda (28/11/2026) "apakah JHT bisa diambil kalau berhenti kerja?":\nBisa, setelah berhenti menjadi peserta. Tanyakan ke 175.',
    );
    expect(await openQuestions(t.db)).toEqual([]);
    expect(await t.db.selectFrom('questions').selectAll().executeTakeFirst()).toMatchObject({
      answered_by: 'Sri (NGO)',
      answered_at: '2026-11-29T03:00:00.000Z',
      answer_outbox_id: outboxId,
    });
    // She sees it the next time her phone is read.
    expect(await p.send('menu')).toMatch(/^Menu Upahku[\s\S]*Jawaban pendamping Upahku/);
  });

  it('refuses an empty, too long, second or unknown answer, changing nothing', async () => {
    const { p } = await onboarded('ida', '2026-11-28T03:00:00Z');
    await p.send('tanya');
    await p.send('Bagaimana cara daftar JMO tanpa e-mail?');
    const [q] = await openQuestions(t.db);
    const now = new Date();
    await expect(answerQuestion(t.db, { questionId: q!.id, answer: '  ', answeredBy: 'x', now })).rejects.toThrow(
      QuestionError,
    );
    await expect(
      answerQuestion(t.db, { questionId: q!.id, answer: 'a'.repeat(801), answeredBy: 'x', now }),
    ).rejects.toThrow(/at most 800/);
    await expect(answerQuestion(t.db, { questionId: 999, answer: 'ok', answeredBy: 'x', now })).rejects.toThrow(
      /no question 999/,
    );
    const before = await t.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    await answerQuestion(t.db, { questionId: q!.id, answer: 'Minta bantuan agen Perisai.', answeredBy: 'x', now });
    await expect(answerQuestion(t.db, { questionId: q!.id, answer: 'lagi', answeredBy: 'x', now })).rejects.toThrow(
      /already answered/,
    );
    const after = await t.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
  });

  it('DATAKU counts her BPJS records and HAPUS removes them', async () => {
    const { p, id } = await onboarded('jeni');
    await openBpjs(p);
    for (const k of ['1', '3', '3', '1']) await p.send(k);
    // Typed inside the guide, the question is shown back first: 1 sends it.
    expect(await p.send('TANYA kapan kartu KIS saya jadi?')).toMatch(/^Kirim pertanyaan ini/);
    await p.send('1');
    const data = await p.send('DATAKU');
    expect(data).toMatch(/Jawaban status BPJS: 2/);
    expect(data).toMatch(/Rencana daftar BPJS: 1/);
    expect(data).toMatch(/Pertanyaan Anda \(TANYA\): 1/);
    await p.send('HAPUS');
    await p.send('1');
    for (const table of ['protection_status', 'enrolment_intents', 'enrolment_followups', 'questions'] as const) {
      const rows = await t.db.selectFrom(table).selectAll().execute();
      expect(
        rows.filter((r) => r.worker_id === id),
        table,
      ).toEqual([]);
    }
  });
});
