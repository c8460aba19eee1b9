// Research export of the diary: columns, values, pseudonyms, consent, and no
// identifier of the test workers anywhere in the output.
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyedPseudonymizer } from '../../src/research/datasets.ts';
import { correctionsDataset, diaryDatasets } from '../../src/research/diary-datasets.ts';
import { COLUMNS, DATASETS, exportRows, safeProduct, toCsv, toJson } from '../../src/research/diary-export.ts';
import { MissingSecretError, pseudonymizer } from '../../src/research/pseudonym.ts';
import { resolvePseudonymSecret, secretFileFor } from '../../src/research/secret.ts';
import { workerWeeks } from '../../src/research/worker-weeks.ts';
import { type TestDb, testDb, testsOnPostgres } from '../helpers/db.ts';
import { diaryPhone } from '../helpers/diary.ts';
import { addHandin, addOrder, addWorker } from '../helpers/research.ts';

const run = promisify(execFile);
const SECRET = 'test-secret-0123456789abcdef';
const pseudo = pseudonymizer(SECRET);

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

/** Sri (research yes) and Tini (research no) keep a diary each. */
async function twoWorkers() {
  const sri = await diaryPhone(t, 'sri-6281234567');
  // Both said in the message, so the export has a yes and a no to carry.
  await sri.say(
    'order 3 kodi sandal yati 2rb/pasang dari Bu Yati, bahan dari bu yati, gak ada perjanjian tertulis',
    '1',
  );
  await sri.say('setor 60 retur 2', '1', 'dibayar 100rb', '1', 'kasbon 20rb', '1');
  await sri.say('kerja 4,5 jam dibantu anakku umur 10', '1', 'biaya listrik 20rb', '1', 'biaya lem 5rb', '1');
  // A correction (rejected 2 -> 0) and an undo (the glue), three hours later.
  sri.clock.advance(3 * 3600_000);
  await sri.say('ubah');
  const list = await sri.say('0', 'ubah');
  const setorNo = list.match(/(\d) Setor/)![1]!;
  await sri.say(setorNo, '1', '3', '0', '1');
  const again = await sri.say('ubah');
  await sri.say(again.match(/(\d) Biaya 28\/11 Bahan/)![1]!, '2', '1');
  const tini = await diaryPhone(t, 'tini-6285711111', { research: false });
  await tini.say('order 1 kodi peci 4rb sekodi dari Pak Slamet', '1');
  await tini.say('setor 20', '1', 'dibayar 4rb', '1', 'kerja 2 jam', '0', '1', 'biaya ongkos 10rb', '1');
  return { sri, tini };
}

describe('diary export', () => {
  it('has the minimum columns of the issue, in every data set', () => {
    const minimum: Record<string, string[]> = {
      orders: [
        'worker',
        'order_id',
        'employer',
        'product',
        'unit',
        'quantity_pieces',
        'rate_per_piece_idr',
        'received_on',
        'due_on',
        'written_agreement',
      ],
      handins: ['worker', 'order_id', 'handed_in_on', 'delivered_pieces', 'rejected_pieces'],
      payments: ['worker', 'payment_id', 'employer', 'order_id', 'amount_idr', 'paid_on'],
      hours: ['worker', 'worked_on', 'hours', 'helpers'],
      costs: ['worker', 'category', 'amount_idr', 'spent_on'],
    };
    expect([...DATASETS]).toEqual(Object.keys(minimum));
    for (const d of DATASETS) for (const c of minimum[d]!) expect(COLUMNS[d], `${d}.${c}`).toContain(c);
  });

  it('exports her rows with pseudonyms, only for workers who consented to research', async () => {
    const { sri } = await twoWorkers();
    const w = createHmac('sha256', SECRET).update(`worker:${sri.workerId}`).digest('hex').slice(0, 16);
    const [yati] = await sri.rows('employers');
    const e = createHmac('sha256', SECRET).update(`employer:${yati!.id}`).digest('hex').slice(0, 16);
    const [order] = await sri.rows('orders');
    // Rows appear under keyed pseudonyms, never the database's ids.
    const O = pseudo('order', order!.id as number);
    expect(O).toMatch(/^O-[0-9a-f]{16}$/);

    expect(await exportRows(t.db, 'orders', pseudo)).toEqual([
      {
        worker: `W-${w}`,
        order_id: O,
        employer: `E-${e}`,
        // "sandal yati": the employer's name is taken out of her free text.
        product: 'sandal',
        unit: 'kodi',
        quantity_count: 3,
        quantity_pieces: 60,
        rate_amount_idr: 2000,
        rate_per: 'pasang',
        rate_count: 1,
        rate_per_piece_idr: 2000,
        received_on: '2026-11-28',
        due_on: null,
        written_agreement: 0,
        materials_from_employer: 1,
        // When she wrote it, in WIB, beside the day it is about.
        recorded_at: expect.stringMatching(/^2026-11-28T\d\d:\d\d:\d\d\+07:00$/),
        last_corrected_at: null,
        corrected: 0,
        voided: 0,
      },
    ]);
    expect(await exportRows(t.db, 'handins', pseudo)).toEqual([
      {
        worker: `W-${w}`,
        handin_id: expect.stringMatching(/^H-[0-9a-f]{16}$/),
        order_id: O,
        handed_in_on: '2026-11-28',
        delivered_pieces: 60,
        rejected_pieces: 0,
        accepted_pieces: 60,
        recorded_at: expect.stringMatching(/\+07:00$/),
        // The correction has its own time.
        last_corrected_at: expect.stringMatching(/^2026-11-28T\d\d:\d\d:\d\d\+07:00$/),
        corrected: 1,
        voided: 0,
      },
    ]);
    const payments = await exportRows(t.db, 'payments', pseudo);
    // Within a day, rows come in the order she wrote them (then by key): never by database id.
    expect(payments.map((p) => [p.employer, p.order_id, p.kind, p.amount_idr, p.paid_on]).sort()).toEqual(
      [
        [`E-${e}`, O, 'pay', 100_000, '2026-11-28'],
        [`E-${e}`, null, 'kasbon', 20_000, '2026-11-28'],
      ].sort(),
    );
    expect(await exportRows(t.db, 'hours', pseudo)).toMatchObject([
      { worker: `W-${w}`, worked_on: '2026-11-28', hours: 4.5, helpers: 1, child_under_15: 1, order_id: null },
    ]);
    // The undone cost is left out; asked for, it comes with voided = 1.
    expect(await exportRows(t.db, 'costs', pseudo)).toMatchObject([
      { category: 'listrik', amount_idr: 20_000, spent_on: '2026-11-28', voided: 0 },
    ]);
    expect(
      (await exportRows(t.db, 'costs', pseudo, { includeVoided: true })).map((c) => [c.amount_idr, c.voided]),
    ).toEqual(
      expect.arrayContaining([
        [20_000, 0],
        [5000, 1],
      ]),
    );
  });

  it('each correction and undo is a row of its own, at its own time (WIB), keyed like the row it changed', async () => {
    const { sri } = await twoWorkers();
    const p = keyedPseudonymizer(SECRET);
    const ctx = { db: t.db, k: 5, now: new Date(), pseudonym: p, overdueDays: 14 };
    const rows = (await correctionsDataset.rows(ctx)).sort((a, b) =>
      String(a.dataset).localeCompare(String(b.dataset)),
    );
    const [handin] = await exportRows(t.db, 'handins', pseudo);
    expect(rows).toEqual([
      {
        worker: p.worker(sri.workerId),
        dataset: 'costs',
        row: expect.stringMatching(/^C-[0-9a-f]{16}$/),
        action: 'void',
        field: null,
        old_value: null,
        new_value: null,
        corrected_at: expect.stringMatching(/^2026-11-28T\d\d:\d\d:\d\d\+07:00$/),
        corrected_on: '2026-11-28',
      },
      {
        worker: p.worker(sri.workerId),
        dataset: 'handins',
        row: handin!.handin_id,
        action: 'change',
        field: 'rejected_pieces',
        old_value: 2,
        new_value: 0,
        // The change's own time: the hand-in's last correction, after it was first written.
        corrected_at: handin!.last_corrected_at,
        corrected_on: '2026-11-28',
      },
    ]);
    // Three hours after the hand-in was written, which keeps its own recorded_at.
    expect(Date.parse(String(rows[1]!.corrected_at)) - Date.parse(String(handin!.recorded_at))).toBe(3 * 3600_000);
  });

  it('a rate quoted for several units: rate_count, and the per-piece rate of the whole quote', async () => {
    await addWorker(t.db, 'w-rate');
    // "10rb per 3 biji", "14rb per seribu batang", and an ordinary one.
    const three = await addOrder(t.db, 'w-rate', {
      employer: 'Bu Yati',
      rate: 10_000,
      rateCount: 3,
      pieces: 60,
      day: '2026-11-02',
    });
    const thousand = await addOrder(t.db, 'w-rate', {
      employer: 'Bu Yati',
      rate: 14_000,
      rateCount: 1000,
      pieces: 5000,
      day: '2026-11-03',
    });
    await addOrder(t.db, 'w-rate', { employer: 'Bu Yati', rate: 500, pieces: 10, day: '2026-11-04' });
    const rows = await exportRows(t.db, 'orders', pseudo);
    expect(rows.map((r) => [r.order_id, r.rate_amount_idr, r.rate_per, r.rate_count, r.rate_per_piece_idr])).toEqual([
      [pseudo('order', three), 10_000, 'pcs', 3, 3333],
      [pseudo('order', thousand), 14_000, 'pcs', 1000, 14],
      [expect.stringMatching(/^O-/), 500, 'pcs', 1, 500],
    ]);
    const header = toCsv('orders', rows).split('\n')[0]!.split(',');
    expect(header.slice(header.indexOf('rate_amount_idr'), header.indexOf('rate_per_piece_idr') + 1)).toEqual([
      'rate_amount_idr',
      'rate_per',
      'rate_count',
      'rate_per_piece_idr',
    ]);
    // The codebook says what the count is, and the per-piece rate divides by it.
    const book = diaryDatasets.find((d) => d.doc.name === 'orders')!.doc.columns;
    expect(book.find((c) => c.name === 'rate_count')).toMatchObject({ type: 'integer', allowed: '>= 1' });
    expect(book.find((c) => c.name === 'rate_count')!.meaning).toMatch(/10rb per 3 pasang/);
    expect(book.find((c) => c.name === 'rate_per_piece_idr')!.meaning).toMatch(/rate_count x pieces in rate_per/);
    // Work at that rate is worth the quote: 3 pieces of "10rb per 3" earn Rp10.000, not 3 x Rp3.333.
    await addHandin(t.db, 'w-rate', three, '2026-11-05', 3);
    await addHandin(t.db, 'w-rate', thousand, '2026-11-05', 2500);
    const weeks = await workerWeeks(t.db, keyedPseudonymizer(SECRET), '2026-11-08');
    expect(weeks.find((w) => w.week_start === '2026-11-02')).toMatchObject({ pieces: 2503, earned: 45_000 });
  });

  it('no identifier of the test workers appears in any output, CSV or JSON', async () => {
    const { sri, tini } = await twoWorkers();
    const needles = [
      sri.workerId,
      tini.workerId,
      'sri-6281234567',
      'tini-6285711111',
      '6281234567',
      'Yati',
      'yati',
      'Slamet',
      'peci', // Tini said no to research: nothing of hers
    ];
    for (const d of DATASETS) {
      const rows = await exportRows(t.db, d, pseudo, { includeVoided: true });
      expect(rows.length, d).toBeGreaterThan(0);
      for (const text of [toCsv(d, rows), toJson(rows)]) {
        for (const n of needles) expect(text, `${d} contains ${n}`).not.toContain(n);
      }
      expect(rows.every((r) => r.worker === pseudo('worker', sri.workerId))).toBe(true);
    }
  });

  it('CSV has a header and one line per row; dates and money as stored', async () => {
    await twoWorkers();
    const csv = toCsv('payments', await exportRows(t.db, 'payments', pseudo));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'worker,payment_id,employer,order_id,kind,amount_idr,deduction_idr,kasbon_repaid_idr,paid_on,recorded_at,last_corrected_at,corrected,voided',
    );
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).join('\n')).toMatch(
      /^W-[0-9a-f]{16},P-[0-9a-f]{16},E-[0-9a-f]{16},O-[0-9a-f]{16},pay,100000,0,0,2026-11-28,2026-11-2\dT[\d:]+\+07:00,,0,0$/m,
    );
    expect(lines.slice(1).join('\n')).toMatch(/,,kasbon,20000,0,0,2026-11-28,[^,]+\+07:00,,0,0$/m);
  });

  it('pseudonyms need the secret, are stable, and change with it', () => {
    expect(() => pseudonymizer(undefined)).toThrow(MissingSecretError);
    expect(() => pseudonymizer('short')).toThrow(/PSEUDONYM_SECRET is not set/);
    const a = pseudonymizer(SECRET);
    expect(a('worker', 'abc')).toBe(a('worker', 'abc'));
    expect(a('worker', 'abc')).toMatch(/^W-[0-9a-f]{16}$/);
    expect(a('employer', 7)).toMatch(/^E-[0-9a-f]{16}$/);
    expect(a('worker', '7')).not.toBe(a('employer', '7').replace('E-', 'W-'));
    expect(pseudonymizer(`${SECRET}x`)('worker', 'abc')).not.toBe(a('worker', 'abc'));
  });

  it('products are cleaned of employer names and phone numbers', () => {
    expect(safeProduct('Sandal Bu Yati', ['Bu Yati'])).toBe('sandal');
    expect(safeProduct('jahit 081234567890', [])).toBe('jahit');
    expect(safeProduct('peci hitam', ['Pak Slamet'])).toBe('peci hitam');
  });
});

describe('npx upahku export', () => {
  const bin = join(process.cwd(), 'bin', 'upahku.js');

  it('writes CSV to standard output and JSON to a file', async () => {
    await twoWorkers();
    const env = { ...process.env, PSEUDONYM_SECRET: SECRET, LOG_LEVEL: 'silent' };
    const { stdout } = await run('node', [bin, 'export', 'hours', '--db', t.url], { env });
    expect(stdout.split('\n')[0]).toBe(
      'worker,hours_id,worked_on,hours,helpers,child_under_15,order_id,recorded_at,last_corrected_at,corrected,voided',
    );
    expect(stdout).toMatch(/^W-[0-9a-f]{16},J-[0-9a-f]{16},2026-11-28,4.5,1,1,,2026-11-2\dT[\d:]+\+07:00,,0,0$/m);
    const out = join(t.dir, 'orders.json');
    const { stderr } = await run('node', [bin, 'export', 'orders', '--format', 'json', '--out', out, '--db', t.url], {
      env,
    });
    expect(stderr).toMatch(/1 rows written/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    // JSON carries its codebook beside the rows.
    expect(json.codebook.map((c: { name: string }) => c.name)).toContain('rate_per_piece_idr');
    expect(json.rows).toHaveLength(1);
    expect(json.rows[0]).toMatchObject({ unit: 'kodi', quantity_pieces: 60, rate_per_piece_idr: 2000 });
  });

  it.skipIf(testsOnPostgres)(
    'without the secret, one is made and kept with the data (mode 600); a setting wins; bad names refused',
    async () => {
      await addWorker(t.db, 'w-rate');
      await addOrder(t.db, 'w-rate', { employer: 'Bu Yati', rate: 500, pieces: 10, day: '2026-11-04' });
      const env = { ...process.env, PSEUDONYM_SECRET: '', LOG_LEVEL: 'silent' };
      const file = secretFileFor(t.url)!;
      expect(file).toBe(join(dirname(t.url), `${basename(t.url, extname(t.url))}.pseudonym-secret`));
      rmSync(file, { force: true });
      const first = await run('node', [bin, 'export', 'orders', '--db', t.url], { env });
      expect(first.stderr).toMatch(/a random one was made and kept with the data\. Back this file up/);
      expect(first.stderr).toContain(file);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const kept = readFileSync(file, 'utf8').trim();
      expect(kept).toMatch(/^[0-9a-f]{64}$/);
      // The next run reads the same secret, silently: the same pseudonyms.
      const second = await run('node', [bin, 'export', 'orders', '--db', t.url], { env });
      expect(second.stderr).toBe('');
      expect(second.stdout).toBe(first.stdout);
      expect(first.stdout).toContain(pseudonymizer(kept)('worker', 'w-rate'));
      // An explicit setting wins over the file.
      const set = await run('node', [bin, 'export', 'orders', '--db', t.url], {
        env: { ...env, PSEUDONYM_SECRET: SECRET },
      });
      expect(set.stdout).toContain(pseudonymizer(SECRET)('worker', 'w-rate'));
      expect(set.stdout).not.toContain(pseudonymizer(kept)('worker', 'w-rate'));
      // With PostgreSQL nothing is made: every process must share one setting.
      expect(resolvePseudonymSecret(undefined, 'postgres://x@localhost/db')).toMatchObject({ secret: undefined });
      const bad = await run('node', [bin, 'export', 'people', '--db', t.url], {
        env: { ...env, PSEUDONYM_SECRET: SECRET },
      }).catch((e) => e);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/orders, handins, payments, hours, costs/);
    },
  );
});
