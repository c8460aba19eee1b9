// `upahku demo` (small here, so that it is quick): a synthetic study whose
// figures pass the project's own checks. Every aggregate shown rests on at
// least k workers and no hidden count can be worked out from the rest; nobody
// who refused research use appears in any file; the study has the back-filled
// entries, corrections, advances, late pay and refusals it promises; and it
// says it is synthetic in its files and on the dashboard. It runs up to the
// moment it is made and no further: nothing is dated or recorded after it, most
// workers wrote in the last week, some stopped weeks before.

import { inflateRawSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardPages } from '../../src/app/dashboard.ts';
import { type AggregateRow, ALL } from '../../src/research/aggregate.ts';
import { ALL_DATASETS, exportDataset, keyedPseudonymizer } from '../../src/research/datasets.ts';
import { seedDemoStudy } from '../../src/research/demo-study.ts';
import { observationsFor } from '../../src/research/observations.ts';
import { isSynthetic } from '../../src/research/synthetic.ts';
import { PageSet } from '../../src/web/dashboard/pages.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { derivable, linesOk } from '../helpers/suppression.ts';

const pages = new PageSet(dashboardPages);

const K = 5;
const now = new Date('2026-12-02T05:00:00.000Z');
const SECRET = 'demo-test-secret-0123456789';

function unzip(buf: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
    out.set(name, inflateRawSync(buf.subarray(start, start + size)).toString('latin1'));
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

describe('the demo study', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await testDb();
    await seedDemoStudy(t.db, { workers: 80, months: 3, seed: 7 }, now);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('has what a real diary study has', async () => {
    const count = async (table: 'workers' | 'diary_corrections' | 'consent_events') =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('workers')).toBe(80);
    const refused = await t.db.selectFrom('workers').select('id').where('research_consent', '=', 0).execute();
    expect(refused.length).toBeGreaterThan(0);
    expect(await count('diary_corrections')).toBeGreaterThan(0);
    const kasbon = await t.db.selectFrom('payments').select('id').where('kind', '=', 'kasbon').execute();
    expect(kasbon.length).toBeGreaterThan(0);
    // Workers who said they would register for BPJS, and the obstacles they named when asked later.
    const obstacles = await t.db
      .selectFrom('enrolment_followups')
      .select('obstacle')
      .where('obstacle', 'is not', null)
      .execute();
    expect(obstacles.length).toBeGreaterThan(0);
    // Back-filled: entries dated before the day she joined.
    const early = await t.db
      .selectFrom('orders as o')
      .innerJoin('workers as w', 'w.id', 'o.worker_id')
      .select('o.id')
      .whereRef('o.received_on', '<', (eb) => eb.fn('substr', [eb.ref('w.consented_at'), eb.val(1), eb.val(10)]))
      .execute();
    expect(early.length).toBeGreaterThan(0);
    // Late pay: some months have workers paid late or short.
    const obs = await observationsFor(t.db, { now, overdueDays: 14 });
    expect(obs.some((o) => o.paidLateOrShort === true)).toBe(true);
    expect(new Set(obs.map((o) => o.kecamatan)).size).toBeGreaterThan(3);
    expect(new Set(obs.map((o) => o.product)).size).toBeGreaterThan(3);
  });

  it('nothing in it is dated, or recorded, after the moment it was made', async () => {
    const today = '2026-12-02';
    // (Both databases: the tables as kysely sees them; PostgreSQL may give a time as a Date.)
    const tables = (await t.db.introspection.getTables()).map((x) => x.name);
    let checked = 0;
    const late: string[] = [];
    for (const name of tables) {
      if (name.startsWith('sqlite_') || name.startsWith('kysely_')) continue;
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(t.db);
      for (const row of rows.rows)
        for (const [column, raw] of Object.entries(row)) {
          const value = raw instanceof Date ? raw.toISOString() : raw;
          // A due date is a plan, not the day a row is about.
          if (typeof value !== 'string' || column === 'due_on') continue;
          if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
            checked++;
            if (value > now.toISOString()) late.push(`${name}.${column} ${value}`);
          } else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
            checked++;
            if (value > today) late.push(`${name}.${column} ${value}`);
          }
        }
    }
    expect(late.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
    // The quality chart has no week after the one under way.
    const quality = String(
      await pages.find('/research/quality')!.render({
        db: t.db,
        user: {} as never,
        query: new URLSearchParams(),
        csrf: 'x',
        k: K,
        now,
        payOverdueDays: 14,
        quietHours: null,
      }),
    );
    const spec = JSON.parse(/id="corrections"[\s\S]*?class="chart-spec">(.*?)<\/script>/.exec(quality)![1]!);
    expect(spec.labels.at(-1)).toBe('2026-W49*');
  });

  it('runs up to today: most workers wrote in the last week, some stopped weeks before; last active is her last entry', async () => {
    const workers = await t.db.selectFrom('workers').select(['id', 'last_active_at', 'research_consent']).execute();
    const weekAgo = new Date(now.getTime() - 7 * 864e5).toISOString();
    const active = workers.filter((w) => w.last_active_at >= weekAgo);
    expect(active.length / workers.length).toBeGreaterThan(0.6);
    const stopped = workers.filter((w) => w.last_active_at < new Date(now.getTime() - 14 * 864e5).toISOString());
    expect(stopped.length).toBeGreaterThan(0);
    // Her last activity is her last entry or correction, never before it.
    const last = await sql<{ worker_id: string; at: string }>`
      select worker_id, max(created_at) as at from (
        select worker_id, created_at from orders union all select worker_id, created_at from handins
        union all select worker_id, created_at from payments union all select worker_id, created_at from work_hours
        union all select worker_id, created_at from costs union all select worker_id, at from diary_corrections
      ) as e group by worker_id`.execute(t.db);
    const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
    const byWorker = new Map(last.rows.map((r) => [r.worker_id, iso(r.at)]));
    for (const w of workers) if (byWorker.has(w.id)) expect(w.last_active_at >= byWorker.get(w.id)!, w.id).toBe(true);
    expect(workers.filter((w) => w.last_active_at === byWorker.get(w.id)).length).toBeGreaterThan(workers.length / 2);
    // Nobody who stopped wrote anything after she stopped.
    for (const w of stopped) expect((byWorker.get(w.id) ?? '') <= w.last_active_at, w.id).toBe(true);
    // The overview counts the research workers active in the last 7 days: not zero.
    const overview = String(
      await pages.find('/research/overview')!.render({
        db: t.db,
        user: {} as never,
        query: new URLSearchParams(),
        csrf: 'x',
        k: K,
        now,
        payOverdueDays: 14,
        quietHours: null,
      }),
    );
    const shown = Number(
      /<span class="n">(\d+)<\/span><span class="l">in the research data, active in the last 7 days/.exec(overview)![1],
    );
    expect(shown).toBe(active.filter((w) => w.research_consent === 1).length);
    expect(shown).toBeGreaterThan(0);
  });

  it('its aggregates pass the suppression checks: k workers behind every figure, no hidden count derivable', async () => {
    const obs = await observationsFor(t.db, { now, overdueDays: 14 });
    const file = await exportDataset('aggregates', 'json', {
      db: t.db,
      k: K,
      now,
      pseudonym: keyedPseudonymizer(SECRET),
      overdueDays: 14,
      synthetic: true,
    });
    const rows = JSON.parse(String(file.body)).rows as AggregateRow[];
    expect(rows.filter((r) => !r.suppressed).length).toBeGreaterThan(0);
    for (const r of rows) {
      if (r.suppressed) continue;
      expect(r.workers!).toBeGreaterThanOrEqual(K);
      if (r.hourly_median !== null) expect(r.hourly_n!).toBeGreaterThanOrEqual(K);
      if (r.piece_rate_median !== null) expect(r.piece_rate_n!).toBeGreaterThanOrEqual(K);
    }
    // Per month: the true table of distinct workers, and the hidden pattern published.
    for (const month of new Set(rows.map((r) => r.month))) {
      const inMonth = obs.filter((o) => o.month === month);
      const kecs = [...new Set(inMonth.map((o) => o.kecamatan))].sort();
      const prods = [...new Set(inMonth.map((o) => o.product))].sort();
      const rowKeys = [...kecs, ALL];
      const colKeys = [...prods, ALL];
      const table = rowKeys.map((kc) =>
        colKeys.map(
          (p) =>
            new Set(
              inMonth
                .filter((o) => (kc === ALL || o.kecamatan === kc) && (p === ALL || o.product === p))
                .map((o) => o.worker),
            ).size,
        ),
      );
      const hidden = rowKeys.map((kc) =>
        colKeys.map((p) =>
          rows.some((r) => r.month === month && r.kecamatan === kc && r.product === p && r.suppressed !== ''),
        ),
      );
      expect(linesOk(hidden), month).toBe(true);
      expect(derivable(table, hidden), month).toEqual([]);
    }
  });

  it('nobody who refused research use is in any file, and every file says the data are synthetic', async () => {
    const file = await exportDataset(ALL_DATASETS, 'zip', {
      db: t.db,
      k: K,
      now,
      pseudonym: keyedPseudonymizer(SECRET),
      overdueDays: 14,
      synthetic: await isSynthetic(t.db),
    });
    expect(file.filename).toMatch(/^upahku-SYNTHETIC-all-/);
    const files = unzip(file.body as Buffer);
    const text = [...files.values()].join('\n');
    const p = keyedPseudonymizer(SECRET);
    const refused = await t.db.selectFrom('workers').select('id').where('research_consent', '=', 0).execute();
    for (const w of refused) expect(text).not.toContain(p.worker(w.id));
    const consented = await t.db.selectFrom('workers').select('id').where('research_consent', '=', 1).execute();
    expect(text).toContain(p.worker(consented[0]!.id));
    expect(text).not.toMatch(/demo-\d{4}/);
    expect(JSON.parse(files.get('datapackage.json')!).synthetic).toBe(true);
    expect(files.get('panel-codebook.txt')).toMatch(/^SYNTHETIC DEMO DATA/);
  });

  it('the dashboard says so on every research page', async () => {
    const html = String(
      await pages.find('/research/earnings')!.render({
        db: t.db,
        user: {} as never,
        query: new URLSearchParams(),
        csrf: 'x',
        k: K,
        now,
        payOverdueDays: 14,
        quietHours: null,
      }),
    );
    expect(html).toContain('SYNTHETIC DEMO DATA');
    // The Indonesian page says it in Indonesian.
    const id = String(
      await pages.find('/research/earnings')!.render({
        db: t.db,
        user: {} as never,
        query: new URLSearchParams(),
        csrf: 'x',
        k: K,
        now,
        payOverdueDays: 14,
        quietHours: null,
        lang: 'id',
      }),
    );
    expect(id).toContain('DATA DEMO SINTETIS');
    expect(id).not.toContain('SYNTHETIC DEMO DATA');
  });
});
