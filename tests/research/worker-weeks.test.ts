// The panel export reads every worker's diary at once (worker-weeks.ts); its
// rows must be what the definition gives worker by worker: panelOf over
// diaryOf her ledger, as loaded by loadLedgers.
import { format } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PART, readWeeks } from '../../src/db/diary-months.ts';
import { summarize } from '../../src/diary/summary.ts';
import { toCsv, toJson } from '../../src/research/codebook.ts';
import {
  DATASETS,
  type ExportContext,
  keyedPseudonymizer,
  type Pseudonymizer,
  tableOf,
} from '../../src/research/datasets.ts';
import { diaryOf } from '../../src/research/diaries.ts';
import { toParquet } from '../../src/research/formats.ts';
import { loadLedgers, researchWorkers } from '../../src/research/ledgers.ts';
import { observationsFor } from '../../src/research/observations.ts';
import { type DiaryOfWorker, type MonthRow, type PanelRow, panelOf } from '../../src/research/panel.ts';
import { rowsOfTable } from '../../src/research/table.ts';
import { addDaysTo } from '../../src/research/weeks.ts';
import { byPseudonym, readWeekBytes, workerMonths, workerPanel, workerWeeks } from '../../src/research/worker-weeks.ts';
import { umkHourly } from '../../src/research/yardstick.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedMessyDiary } from '../helpers/messy-diary.ts';
import { addHandin, addHours, addOrder, addWorker } from '../helpers/research.ts';

const TODAY = '2026-11-20';

async function diaries(t: TestDb, pseudonym: Pseudonymizer): Promise<DiaryOfWorker[]> {
  const workers = await researchWorkers(t.db);
  const ledgers = await loadLedgers(
    t.db,
    workers.map((w) => w.id),
  );
  const reminders = await t.db
    .selectFrom('diary_reminders')
    .select(['worker_id', 'week_of', 'answered_at'])
    .where('status', '=', 'sent')
    .orderBy('id')
    .execute();
  return workers
    .map((w) =>
      diaryOf(
        { ...w, pseudonym: pseudonym.worker(w.id) },
        ledgers.get(w.id)!,
        reminders
          .filter((r) => r.worker_id === w.id)
          .map((r) => ({ day: r.week_of, answered: r.answered_at !== null })),
      ),
    )
    .sort((a, b) => a.worker.localeCompare(b.worker));
}

async function definition(
  t: TestDb,
  pseudonym: Pseudonymizer,
  lastDay: string,
  window: { from?: string; to?: string } = {},
): Promise<PanelRow[]> {
  return (await diaries(t, pseudonym)).flatMap((d) => panelOf(d, lastDay, window));
}

// The panel worked out the plain way, independently of src/research/panel.ts: for every week (and
// calendar month) from the Monday of her first dated day or the week she joined, the entries whose day
// falls in it, each period read afresh from her whole diary.
const MS_DAY = 86_400_000;
const num = (day: string) => Date.parse(`${day}T00:00:00Z`) / MS_DAY;
const dayOf = (n: number) => new Date(n * MS_DAY).toISOString().slice(0, 10);
const mondayOf = (n: number) => n - ((new Date(n * MS_DAY).getUTCDay() + 6) % 7);

function figuresOver(d: DiaryOfWorker, a: number, b: number, month: string) {
  const inside = (day: string) => num(day) >= a && num(day) <= b;
  const upTo = (day: string) => num(day) <= b;
  const sum = <T>(xs: T[], keep: (x: T) => boolean, v: (x: T) => number) =>
    xs.filter(keep).reduce((acc, x) => acc + v(x), 0);
  const earned = sum(
    d.handins,
    (x) => inside(x.day),
    (x) => x.value,
  );
  const costs = sum(
    d.costs,
    (x) => inside(x.day),
    (x) => x.amount,
  );
  const minutes = sum(
    d.hours,
    (x) => inside(x.day),
    (x) => Math.round(x.hours * 60),
  );
  const hours = minutes / 60;
  const effective = hours > 0 ? Math.round((earned - costs) / hours) : null;
  const umk = umkHourly(month);
  return {
    pieces: sum(
      d.handins,
      (x) => inside(x.day),
      (x) => x.pieces,
    ),
    earned,
    paid: sum(
      d.payments,
      (x) => inside(x.day),
      (x) => x.amount,
    ),
    deductions: sum(
      d.payments,
      (x) => inside(x.day),
      (x) => x.deduction ?? 0,
    ),
    owed:
      sum(
        d.handins,
        (x) => upTo(x.day),
        (x) => x.value,
      ) -
      sum(
        d.payments,
        (x) => upTo(x.day),
        (x) => x.amount + (x.deduction ?? 0),
      ),
    costs,
    hours: Math.round(hours * 100) / 100,
    effective_hourly: effective,
    negative_hourly: (effective === null ? null : effective < 0 ? 1 : 0) as 0 | 1 | null,
    umk_hourly: umk,
    below_umk: (effective === null || umk === null ? null : effective < umk ? 1 : 0) as 0 | 1 | null,
    any_entry: (d.entryDays.some(inside) ? 1 : 0) as 0 | 1,
  };
}

function plainPanel(d: DiaryOfWorker, lastDay: string): { weeks: PanelRow[]; months: MonthRow[] } {
  const last = num(lastDay);
  const dated = [
    ...(d.datedDays ?? []),
    ...d.handins.map((x) => x.day),
    ...d.payments.map((x) => x.day),
    ...d.hours.map((x) => x.day),
    ...d.costs.map((x) => x.day),
  ]
    .map(num)
    .filter((n) => n <= last);
  const first = mondayOf(Math.min(num(d.joined), last, ...dated));
  const who = { worker: d.worker, kecamatan: d.kecamatan, product: d.product };
  const weeks: PanelRow[] = [];
  for (let monday = first; monday <= last; monday += 7) {
    const end = Math.min(monday + 6, last);
    const reminders = (d.reminders ?? []).filter((r) => num(r.day) >= monday && num(r.day) <= end);
    weeks.push({
      ...who,
      week: format(new Date(monday * MS_DAY), "RRRR-'W'II"),
      week_start: dayOf(monday),
      ...figuresOver(d, monday, end, dayOf(monday).slice(0, 7)),
      partial: monday + 6 > last ? 1 : 0,
      reminders_sent: d.reminders ? reminders.length : null,
      reminders_answered: d.reminders ? reminders.filter((r) => r.answered).length : null,
    });
  }
  const months: MonthRow[] = [];
  for (let start = num(`${dayOf(first).slice(0, 7)}-01`); start <= last; ) {
    const month = dayOf(start).slice(0, 7);
    let next = start;
    while (dayOf(next).slice(0, 7) === month) next++;
    months.push({
      ...who,
      month,
      ...figuresOver(d, Math.max(start, first), Math.min(next - 1, last), month),
      partial: next - 1 > last ? 1 : 0,
    });
    start = next;
  }
  return { weeks, months };
}

describe('worker-week panel of every worker at once', () => {
  let t: TestDb;
  const pseudonym = keyedPseudonymizer('test-secret-0123456789abcdef');
  beforeAll(async () => {
    t = await testDb();
    await seedMessyDiary(t.db, { workers: 40, today: TODAY });
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives exactly the rows of the definition, worker by worker', async () => {
    const rows = await workerWeeks(t.db, pseudonym, TODAY);
    expect(rows.length).toBeGreaterThan(1000);
    // The messy diary reaches every branch: undone orders, weeks without entries, reminders, odd hours.
    expect(rows.some((r) => r.any_entry === 0)).toBe(true);
    expect(rows.some((r) => r.reminders_answered! > 0)).toBe(true);
    expect(rows.some((r) => r.owed < 0)).toBe(true);
    expect(rows.some((r) => r.hours % 1 !== 0)).toBe(true);
    expect(rows).toEqual(await definition(t, pseudonym, TODAY));
  });

  it('gives the weeks and calendar months worked out the plain way, back-dated entries and split weeks included', async () => {
    const ds = await diaries(t, pseudonym);
    // The diary has what the rules are about: entries dated before the week she joined, and weeks that
    // span two months with entries on both sides.
    const weekOf = (day: string) => mondayOf(num(day));
    expect(ds.some((d) => (d.datedDays ?? []).some((day) => weekOf(day) < weekOf(d.joined)))).toBe(true);
    const splitWeeks = ds.filter((d) => {
      const days = [...d.handins, ...d.hours].map((x) => x.day);
      return days.some((a) =>
        days.some((b) => weekOf(a) === weekOf(b) && a.slice(0, 7) < b.slice(0, 7) && num(b) <= num(TODAY)),
      );
    });
    expect(splitWeeks.length).toBeGreaterThan(0);
    const plain = ds.map((d) => plainPanel(d, TODAY));
    const both = await workerPanel(t.db, pseudonym, TODAY, { weeks: true, months: true });
    expect(both.weeks).toEqual(plain.flatMap((p) => p.weeks));
    expect(both.months).toEqual(plain.flatMap((p) => p.months));
    expect(await workerMonths(t.db, pseudonym, TODAY)).toEqual(both.months);
  });

  it("her hourly figure is her REKAP's for the same week or month, in the panel and in the aggregates", async () => {
    // One definition (value of accepted work - costs, advances not earnings, per hour written): what REKAP
    // tells her for a week or a month is effective_hourly in the panel and the figure the aggregates use.
    const workers = await researchWorkers(t.db);
    const ledgers = await loadLedgers(
      t.db,
      workers.map((w) => w.id),
    );
    const { weeks, months } = await workerPanel(t.db, pseudonym, TODAY, { weeks: true, months: true });
    const observed = await observationsFor(t.db, { now: new Date(`${TODAY}T10:00:00.000Z`), overdueDays: 14 });
    let compared = 0;
    for (const w of workers) {
      const l = ledgers.get(w.id)!;
      const mine = pseudonym.worker(w.id);
      for (const r of weeks.filter((x) => x.worker === mine && x.hours > 0)) {
        const to = format(new Date(Date.parse(r.week_start) + 6 * 864e5), 'yyyy-MM-dd');
        const rekap = summarize(l, { from: r.week_start, to: to < TODAY ? to : TODAY }, TODAY, 14);
        expect(r.effective_hourly, `${w.id} ${r.week}`).toBe(rekap.hourly);
        compared++;
      }
      for (const r of months.filter((x) => x.worker === mine && x.hours > 0)) {
        const last = format(
          new Date(Date.UTC(Number(r.month.slice(0, 4)), Number(r.month.slice(5, 7)), 0)),
          'yyyy-MM-dd',
        );
        const rekap = summarize(l, { from: `${r.month}-01`, to: last < TODAY ? last : TODAY }, TODAY, 14);
        expect(r.effective_hourly, `${w.id} ${r.month}`).toBe(rekap.hourly);
        const o = observed.filter((x) => x.worker === w.id && x.month === r.month);
        for (const x of o) expect(x.effectiveHourly, `${w.id} ${r.month}`).toBe(rekap.hourly);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('and within a date window, and up to an earlier day', async () => {
    const window = { from: '2026-02-11', to: '2026-07-01' };
    expect(await workerWeeks(t.db, pseudonym, TODAY, window)).toEqual(await definition(t, pseudonym, TODAY, window));
    expect(await workerWeeks(t.db, pseudonym, '2026-03-04')).toEqual(await definition(t, pseudonym, '2026-03-04'));
  });

  it('the panel data sets as their exports write them (columns of numbers) are the rows of the definition', async () => {
    const ctx = (o: { now: string; from?: string; to?: string }): ExportContext => ({
      db: t.db,
      k: 5,
      now: new Date(`${o.now}T10:00:00.000Z`),
      from: o.from,
      to: o.to,
      pseudonym,
    });
    const names = (name: string) => DATASETS[name]!.doc.columns.map((c) => c.name);
    for (const o of [{ now: TODAY }, { now: TODAY, from: '2026-02-11', to: '2026-07-01' }, { now: '2026-03-04' }]) {
      const weeks = await tableOf(DATASETS.panel!, ctx(o));
      const plain = (await diaries(t, pseudonym)).map((d) => plainPanel(d, o.now));
      const inWindow = <T extends { week_start?: string; month?: string }>(r: T) =>
        r.week_start !== undefined
          ? (!o.from || r.week_start >= addDaysTo(o.from, -6)) && (!o.to || r.week_start <= o.to)
          : (!o.from || r.month! >= o.from.slice(0, 7)) && (!o.to || r.month! <= o.to.slice(0, 7));
      expect(rowsOfTable(weeks, names('panel'))).toEqual(plain.flatMap((p) => p.weeks).filter(inWindow));
      expect(rowsOfTable(weeks, names('panel'))).toEqual(await definition(t, pseudonym, o.now, o));
      const months = await tableOf(DATASETS.panel_months!, ctx(o));
      expect(rowsOfTable(months, names('panel_months'))).toEqual(plain.flatMap((p) => p.months).filter(inWindow));
      // The rows as objects, and every file written from the columns as from those objects.
      const rows = await DATASETS.panel!.rows(ctx(o));
      expect(rows).toEqual(rowsOfTable(weeks, names('panel')));
      const doc = DATASETS.panel!.doc;
      expect(toCsv(doc, weeks)).toBe(toCsv(doc, rows));
      expect(toJson(doc, weeks, { generatedAt: o.now, rows: weeks.length })).toBe(
        toJson(doc, rows, { generatedAt: o.now, rows: rows.length }),
      );
      expect(toParquet(doc, weeks).equals(toParquet(doc, rows))).toBe(true);
    }
  });

  it('her parts are read from the bytes of her texts as from the text itself', async () => {
    const stored = await t.db.selectFrom('diary_months').select(['worker_id', 'weeks']).orderBy('worker_id').execute();
    const texts = [
      ...stored.map((r) => r.weeks),
      stored.map((r) => r.weeks).join(','),
      '',
      // Days before 1970 are negative day numbers; every sum present; none.
      '-3 63 1 2 3 4 5 6,-1 0',
      `20000 ${(1 << 6) | (1 << 13) | 5} 12 340000`,
    ];
    for (const text of texts) {
      const a = readWeeks(text, new Float64Array(0), 0);
      // As stored, and with other spacing (read number by number).
      for (const t of [text, text.replaceAll(' ', '  ').replaceAll(',', ' ,')]) {
        const b = readWeekBytes(Buffer.from(t, 'latin1'), new Float64Array(PART.WIDTH), 0);
        expect(b.count).toBe(a.count);
        expect(Array.from(b.parts.subarray(0, b.count * PART.WIDTH))).toEqual(
          Array.from(a.parts.subarray(0, a.count * PART.WIDTH)),
        );
      }
    }
  });
});

describe('the hourly figure, rounded once', () => {
  it('Rp35 over 4 hours 40 minutes is Rp8 an hour (7.5 rounded up) in REKAP, the panel and the aggregates', async () => {
    // Dividing by hours first (35 / 4.666...) gives 7.4999999 and rounds to 7: the research data once did,
    // while her REKAP said 8. Both now divide once, net x 60 / minutes (hourlyOf).
    const t = await testDb();
    try {
      await addWorker(t.db, 'w1');
      const order = await addOrder(t.db, 'w1', { employer: 'Bu Sri', rate: 35, pieces: 1, day: '2026-11-02' });
      await addHandin(t.db, 'w1', order, '2026-11-03', 1);
      await addHours(t.db, 'w1', '2026-11-03', 280 / 60);
      const p = keyedPseudonymizer('test-secret-0123456789abcdef');
      const l = (await loadLedgers(t.db, ['w1'])).get('w1')!;
      expect(summarize(l, { from: '2026-11-01', to: TODAY }, TODAY, 14).hourly).toBe(8);
      const { weeks, months } = await workerPanel(t.db, p, TODAY, { weeks: true, months: true });
      expect(months.find((r) => r.month === '2026-11')!.effective_hourly).toBe(8);
      expect(weeks.find((r) => r.week === '2026-W45')!.effective_hourly).toBe(8);
      const [o] = await observationsFor(t.db, { now: new Date(`${TODAY}T10:00:00.000Z`), overdueDays: 14 });
      expect(o!.effectiveHourly).toBe(8);
    } finally {
      await t.close();
    }
  });
});

describe('workers in the order of their pseudonyms', () => {
  it('is the order localeCompare gives, for keyed pseudonyms and for any others', () => {
    const keyed = keyedPseudonymizer('test-secret-0123456789abcdef');
    const names = Array.from({ length: 3000 }, (_, i) => keyed.worker(`w-${i}`));
    const order = (xs: string[]) => byPseudonym(xs.map((worker) => ({ worker }))).map((w) => w.worker);
    expect(order(names)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const others = ['w-Beta', 'W-alpha', 'w-ärger', 'W-1', 'w-zeta', ...names.slice(0, 50)];
    expect(order(others)).toEqual([...others].sort((a, b) => a.localeCompare(b)));
  });
});
