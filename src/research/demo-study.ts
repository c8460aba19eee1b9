// A synthetic study for trying the research side without a field study
// (`upahku demo`): a few hundred home workers over six months across the
// regency's kecamatan and kinds of work, with what real diaries have: entries
// written days late and some back-filled from before she joined, corrections
// and undone rows, advances (kasbon), deductions, orders still waiting for the
// rate she was not told yet, employers who pay late or short, workers who
// refuse research use, and workers who stop writing before the end. The study
// runs up to the moment it is made: nothing in it is dated, or recorded, after
// that moment, and each worker's last activity is her last entry. Everything
// is made up from seeded random generators; the database is marked synthetic
// (study_meta), and every research page and file made from it says so.
import { PRODUCTS } from '../content/products.ts';
import { REGION } from '../content/region.ts';
import type { Db } from '../db/connect.ts';
import { rebuildDiaryMonths } from '../db/diary-months.ts';
import { markSynthetic } from './synthetic.ts';
import { addDaysTo, dayOfInstant } from './weeks.ts';

export interface DemoSize {
  workers: number;
  months: number;
  /** Seed of the random generator: the same seed gives the same study. */
  seed?: number;
}

export interface DemoResult {
  workers: number;
  researchWorkers: number;
  refusals: number;
  /** Workers who stopped writing two weeks or more before the end. */
  droppedOut: number;
  entries: Record<string, number>;
  firstDay: string;
  lastDay: string;
}

/** mulberry32: small, fast and reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Piece work by kind: what the order is counted in, pieces per order, the rate and what it is quoted per. */
const WORK: Record<
  string,
  { unit: string; per: number; pieces: [number, number]; rate: [number, number]; rateCount: number; product: string }
> = {
  alas_kaki: { unit: 'kodi', per: 20, pieces: [40, 200], rate: [350, 700], rateCount: 1, product: 'sandal' },
  jahit: { unit: 'pcs', per: 1, pieces: [20, 80], rate: [1500, 4000], rateCount: 1, product: 'baju' },
  makanan: { unit: 'pcs', per: 1, pieces: [200, 800], rate: [80, 250], rateCount: 1, product: 'kue' },
  rokok: { unit: 'pcs', per: 1, pieces: [2000, 6000], rate: [12_000, 16_000], rateCount: 1000, product: 'rokok' },
  kerajinan: { unit: 'pcs', per: 1, pieces: [10, 40], rate: [2500, 6000], rateCount: 1, product: 'tas anyaman' },
  kemasan: { unit: 'pcs', per: 1, pieces: [500, 2000], rate: [40, 120], rateCount: 1, product: 'bungkus' },
  lainnya: { unit: 'pcs', per: 1, pieces: [50, 200], rate: [300, 1200], rateCount: 1, product: 'bulu mata' },
};

const BATCH = 400;

class Writer {
  readonly counts: Record<string, number> = {};
  private readonly pending = new Map<string, Record<string, unknown>[]>();
  constructor(private readonly db: Db) {}
  async add(table: string, row: Record<string, unknown>): Promise<void> {
    let rows = this.pending.get(table);
    if (!rows) this.pending.set(table, (rows = []));
    rows.push(row);
    this.counts[table] = (this.counts[table] ?? 0) + 1;
    if (rows.length >= BATCH) await this.flush(table);
  }
  async flush(table?: string): Promise<void> {
    for (const t of table ? [table] : [...this.pending.keys()]) {
      const rows = this.pending.get(t);
      if (!rows?.length) continue;
      this.pending.set(t, []);
      await this.db
        .insertInto(t as 'orders')
        .values(rows as never)
        .execute();
    }
  }
}

/** Fills an empty database with the synthetic study, `months` long and ending today (WIB). */
export async function seedDemoStudy(db: Db, size: DemoSize, now = new Date()): Promise<DemoResult> {
  return db.transaction().execute(async (trx) => {
    const r = rng(size.seed ?? 2026);
    // Who stops writing, and when: drawn apart, so the rest of the study is what the seed gave before.
    const quit = rng(((size.seed ?? 2026) ^ 0x5eed) >>> 0);
    // Who says she will register for BPJS, and what she answers later: drawn apart too.
    const guide = rng(((size.seed ?? 2026) ^ 0xb9b5) >>> 0);
    const pickWith = <T>(g: () => number, xs: readonly T[]) => xs[Math.floor(g() * xs.length)]!;
    const nowIso = now.toISOString();
    // Nothing is recorded after the moment the study is made.
    const notAfterNow = (t: string) => (t > nowIso ? nowIso : t);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    const today = dayOfInstant(now.toISOString());
    const days = Math.round(size.months * 30.4);
    const first = addDaysTo(today, -days);
    const day = (n: number) => addDaysTo(first, Math.max(0, Math.min(days, n)));
    // An instant on a WIB day, at a WIB hour (UTC+7).
    const at = (d: string, hour: number) =>
      notAfterNow(new Date(Date.parse(`${d}T00:00:00+07:00`) + hour * 3600_000).toISOString());
    // Most workers in a few kecamatan, as a study recruited through local groups would have.
    const kecamatans = [...REGION.kecamatan].sort(() => r() - 0.5).slice(0, 8);
    const products = PRODUCTS.map((p) => p.code);
    const w = new Writer(trx);
    let researchWorkers = 0;
    let refusals = 0;
    let droppedOut = 0;
    let employerId = 0;
    let orderId = 0;
    const corrections: Record<string, unknown>[] = [];

    for (let i = 0; i < size.workers; i++) {
      const id = `demo-${String(i + 1).padStart(4, '0')}`;
      const joinedDay = day(Math.floor(r() * r() * days * 0.7));
      const joined = at(joinedDay, between(7, 20));
      // One worker in six stops writing at some point after her first two weeks and at least two weeks before
      // the end (she never says BERHENTI: she just stops); the rest write up to today.
      const joinedAt = Math.round((Date.parse(joinedDay) - Date.parse(first)) / 864e5);
      const stopAt = joinedAt + 14 + Math.floor(quit() * (days - 28 - joinedAt));
      const stopDay = quit() < 0.17 && stopAt <= days - 14 ? day(stopAt) : null;
      droppedOut += stopDay ? 1 : 0;
      // Her last moment of writing: nothing of hers is recorded after it.
      const lastMoment = stopDay ? at(stopDay, 23) : nowIso;
      let lastActive = joined;
      const research = r() < 0.88;
      researchWorkers += research ? 1 : 0;
      const product =
        r() < 0.9 ? products[Math.min(products.length - 1, Math.floor(r() * r() * products.length))]! : 'lainnya';
      await w.add('workers', {
        id,
        created_at: joined,
        updated_at: joined,
        lang: r() < 0.9 ? 'id' : 'en',
        status: 'active',
        kecamatan: r() < 0.97 ? kecamatans[Math.floor(r() * r() * kecamatans.length)]! : null,
        product,
        consent_version: 'v1',
        consented_at: joined,
        research_consent: research ? 1 : 0,
        opted_out: 0,
        campaign: null,
        last_active_at: joined,
      });
      // Written at once: her other rows refer to her.
      await w.flush('workers');
      await w.add('consent_events', { worker_id: id, version: 'v1', kind: 'diary', decision: 'yes', at: joined });
      await w.add('consent_events', {
        worker_id: id,
        version: 'v1',
        kind: 'research',
        decision: research ? 'yes' : 'no',
        at: joined,
      });
      // Some people refuse the diary outright: only the refusal is kept.
      if (r() < 0.05) {
        refusals++;
        await w.add('consent_events', { worker_id: null, version: 'v1', kind: 'diary', decision: 'no', at: joined });
      }
      if (r() < 0.6) {
        const d = day(days - between(0, 60));
        const asked = at(d < joinedDay ? joinedDay : stopDay && d > stopDay ? stopDay : d, 10);
        if (asked > lastActive) lastActive = asked;
        await w.add('protection_status', {
          worker_id: id,
          scheme: 'jkn',
          status: pick(['pbi', 'pbi', 'mandiri', 'mandiri_arrears', 'none', 'unknown']),
          via: 'guide',
          asked_at: asked,
          asked_on: dayOfInstant(asked),
        });
        const tk = pick(['none', 'none', 'none', 'active', 'inactive', 'unknown']);
        await w.add('protection_status', {
          worker_id: id,
          scheme: 'bpjs_tk',
          status: tk,
          via: 'guide',
          asked_at: asked,
          asked_on: dayOfInstant(asked),
        });
        // Not covered: most say they will register, and are asked two weeks later how it went (the obstacles).
        if (tk === 'none' && guide() < 0.8) {
          const intentAt = asked;
          const followUp = at(addDaysTo(dayOfInstant(asked), 14), 9);
          const due = followUp < lastMoment && followUp < nowIso;
          const answer = due ? pickWith(guide, ['registered', 'not_yet', 'not_yet', 'not_yet', 'gave_up']) : null;
          const intent = await trx
            .insertInto('enrolment_intents')
            .values({
              worker_id: id,
              program: 'bpjs_tk',
              created_at: intentAt,
              follow_up_due: answer && answer !== 'not_yet' ? null : followUp,
              closed_at: answer && answer !== 'not_yet' ? followUp : null,
              outcome: answer && answer !== 'not_yet' ? answer : null,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          if (answer) {
            await w.add('enrolment_followups', {
              intent_id: intent.id,
              worker_id: id,
              asked_at: followUp,
              answer,
              obstacle:
                answer === 'registered'
                  ? null
                  : pickWith(guide, ['documents', 'documents', 'cost', 'cost', 'dont_know_how', 'family', 'other']),
              note: null,
            });
            if (followUp > lastActive) lastActive = followUp;
          }
        }
      }

      const work = WORK[product]!;
      const employers = Array.from({ length: r() < 0.75 ? 1 : 2 }, (_, k) => ({
        id: ++employerId,
        worker_id: id,
        name: `Juragan ${k + 1}`,
        name_key: `juragan ${k + 1}`,
        created_at: joined,
        // How this employer pays: days after a hand-in, and how often short.
        delay: r() < 0.25 ? between(15, 40) : between(0, 7),
        short: r() < 0.2 ? 0.85 : 1,
      }));
      for (const e of employers) {
        const { delay: _d, short: _s, ...row } = e;
        await w.add('employers', row);
      }
      // She back-fills up to three weeks before joining (15% of workers); otherwise starts when she joins.
      const backfill = r() < 0.15 ? between(7, 21) : 0;
      const startOffset = Math.max(0, Math.round((Date.parse(joinedDay) - Date.parse(first)) / 864e5) - backfill);
      const diligence = 0.4 + r() * 0.6; // share of working days she writes hours for
      const written = (d: string, lag: number) => {
        // Written the day it is about, or some days late; never before she joined.
        const t = at(addDaysTo(d, lag), between(8, 21));
        return t < joined ? joined : t;
      };
      const rows: { table: string; row: Record<string, unknown> }[] = [];
      let kasbonOpen = 0;
      for (let t = startOffset; t <= days - 1; t += between(5, 12)) {
        const rate = between(work.rate[0], work.rate[1]);
        const roundedRate = work.rateCount > 1 ? Math.round(rate / 500) * 500 : Math.round(rate / 50) * 50 || rate;
        const count = Math.max(1, Math.round(between(work.pieces[0], work.pieces[1]) / work.per));
        const pieces = count * work.per;
        const employer = pick(employers);
        const received = day(t);
        const oid = ++orderId;
        const perPiece = Math.round(roundedRate / work.rateCount);
        // One worker in ten took her orders of the last two weeks before being told the rate: they wait for it
        // (decided without a draw, so the rest of the study is as it was).
        const told = !(i % 10 === 3 && t >= days - 14);
        rows.push({
          table: 'orders',
          row: {
            id: oid,
            worker_id: id,
            employer_id: employer.id,
            product: work.product,
            unit: work.unit,
            quantity_count: count,
            quantity_pieces: pieces,
            rate_amount: told ? roundedRate : null,
            rate_per: told ? 'pcs' : null,
            rate_count: told ? work.rateCount : 1,
            rate_per_piece: told ? Math.max(1, perPiece) : null,
            received_on: received,
            due_on: r() < 0.5 ? addDaysTo(received, 7) : null,
            written_agreement: r() < 0.08 ? 1 : r() < 0.7 ? 0 : null,
            materials_from_employer: r() < 0.7 ? 1 : 0,
            ...stamp(written(received, r() < 0.8 ? 0 : between(1, 5))),
          },
        });
        // Hand-in a few days later, some pieces rejected.
        const handDay = t + between(2, 6);
        if (handDay > days) break;
        const rejected = r() < 0.25 ? Math.ceil(pieces * r() * 0.08) : 0;
        const handed = day(handDay);
        rows.push({
          table: 'handins',
          row: {
            worker_id: id,
            order_id: oid,
            handed_in_on: handed,
            delivered_pieces: pieces,
            rejected_pieces: rejected,
            ...stamp(written(handed, r() < 0.7 ? 0 : between(1, 6))),
          },
        });
        // Hours on working days between order and hand-in, as diligently as she writes.
        for (let d = t; d <= handDay; d++) {
          if (r() > diligence) continue;
          const worked = day(d);
          // Someone helped, nobody did, or she did not say (one draw, as before: the rest of the study is unchanged).
          const u = r();
          const helpers = u < 0.3 ? 1 : u < 0.75 ? 0 : null;
          rows.push({
            table: 'work_hours',
            row: {
              worker_id: id,
              worked_on: worked,
              minutes: 30 * between(4, 18),
              order_id: r() < 0.5 ? oid : null,
              helpers,
              child_helper: helpers ? (r() < 0.15 ? 1 : 0) : helpers === 0 ? 0 : null,
              ...stamp(written(worked, r() < 0.8 ? 0 : between(1, 3))),
            },
          });
        }
        if (r() < 0.5) {
          const spent = day(t + between(0, 4));
          rows.push({
            table: 'costs',
            row: {
              worker_id: id,
              category: pick(['listrik', 'listrik', 'bahan', 'transport', 'alat', 'lainnya']),
              amount: 1000 * between(3, 30),
              spent_on: spent,
              ...stamp(written(spent, 0)),
            },
          });
        }
        // An advance now and then, set off against later pay.
        if (r() < 0.08) {
          const amount = 50_000 * between(1, 4);
          kasbonOpen += amount;
          const paid = day(t + 1);
          rows.push({
            table: 'payments',
            row: {
              worker_id: id,
              employer_id: employer.id,
              order_id: null,
              kind: 'kasbon',
              amount,
              deduction: 0,
              kasbon_repaid: 0,
              paid_on: paid,
              ...stamp(written(paid, 0)),
            },
          });
        }
        // Pay: on time or late, sometimes short, some of it kept back for rejects or an advance.
        const payDay = handDay + employer.delay;
        if (payDay <= days && r() < 0.95) {
          const value = Math.round(((pieces - rejected) * roundedRate) / work.rateCount);
          const due = Math.round(value * employer.short);
          const deduction = r() < 0.15 ? Math.min(due, 1000 * between(2, 15)) : 0;
          const repaid = Math.min(kasbonOpen, Math.round((due - deduction) * 0.3));
          kasbonOpen -= repaid;
          const paid = day(payDay);
          rows.push({
            table: 'payments',
            row: {
              worker_id: id,
              employer_id: employer.id,
              order_id: r() < 0.7 ? oid : null,
              kind: 'pay',
              amount: Math.max(0, due - deduction - repaid),
              deduction,
              kasbon_repaid: repaid,
              paid_on: paid,
              ...stamp(written(paid, r() < 0.85 ? 0 : between(1, 4))),
            },
          });
        }
      }
      // Parents before the rows that refer to them.
      await w.flush('workers');
      await w.flush('employers');
      for (const x of rows)
        if (x.table === 'orders' && String(x.row.created_at) <= lastMoment) {
          await w.add(x.table, x.row);
          if (String(x.row.created_at) > lastActive) lastActive = String(x.row.created_at);
        }
      await w.flush('orders');
      // What she wrote after she stopped is not there, nor what refers to an order not written.
      const kept = (x: { row: Record<string, unknown> }) => String(x.row.created_at) <= lastMoment;
      const gone = new Set(rows.filter((x) => x.table === 'orders' && !kept(x)).map((x) => x.row.id));
      for (const x of rows) {
        if (x.table === 'orders') continue;
        const keep = kept(x) && !gone.has(x.row.order_id);
        // A few rows corrected later (the count of rejects), a few undone.
        // (The draws are made for every row, kept or not, so that the rest of the study stays as the seed gave it.)
        const corrected = x.table === 'handins' && r() < 0.05 ? between(0, 3) : null;
        if (corrected !== null && keep) {
          const old = Number(x.row.rejected_pieces) + 2;
          const created = String(x.row.created_at);
          // Some days later, never before the row was written nor after she stopped.
          const changed = at(addDaysTo(dayOfInstant(created), corrected), 20);
          const on = changed < created ? created : changed > lastMoment ? lastMoment : changed;
          if (on > lastActive) lastActive = on;
          corrections.push({
            worker_id: id,
            entity: 'handin',
            entity_local: x.row,
            action: 'change',
            field: 'rejected_pieces',
            old_value: JSON.stringify(old),
            new_value: JSON.stringify(x.row.rejected_pieces),
            at: on,
          });
        }
        if (x.table === 'costs' && r() < 0.04 && keep) {
          x.row.voided_at = at(dayOfInstant(String(x.row.created_at)), 22);
          if (String(x.row.voided_at) > lastActive) lastActive = String(x.row.voided_at);
          corrections.push({
            worker_id: id,
            entity: 'cost',
            entity_local: x.row,
            action: 'void',
            field: null,
            old_value: null,
            new_value: null,
            at: x.row.voided_at,
          });
        }
        if (!keep) continue;
        if (String(x.row.created_at) > lastActive) lastActive = String(x.row.created_at);
        await w.add(x.table, x.row);
      }
      // Last active: her last entry, correction or answer (her row is written already).
      await trx
        .updateTable('workers')
        .set({ last_active_at: lastActive, updated_at: lastActive })
        .where('id', '=', id)
        .execute();
    }
    await w.flush();
    // Corrections point at their rows by id: found now that the rows are written.
    for (const c of corrections) {
      const row = c.entity_local as Record<string, unknown>;
      const table = c.entity === 'handin' ? 'handins' : 'costs';
      const dayCol = c.entity === 'handin' ? 'handed_in_on' : 'spent_on';
      const found = await trx
        .selectFrom(table)
        .select('id')
        .where('worker_id', '=', String(c.worker_id))
        .where(dayCol as 'created_at', '=', String(row[dayCol]))
        .where('created_at', '=', String(row.created_at))
        .executeTakeFirst();
      if (!found) continue;
      const { entity_local: _, ...rest } = c;
      await w.add('diary_corrections', { ...rest, entity_id: found.id });
    }
    await w.flush();
    // Written straight into the tables: the monthly sums the diary keeps on each write, worked out at once.
    await rebuildDiaryMonths(trx);
    await markSynthetic(trx);
    const { workers: _w, employers: _e, ...entries } = w.counts;
    return { workers: size.workers, researchWorkers, refusals, droppedOut, entries, firstDay: first, lastDay: today };
  });
}

function stamp(createdAt: string) {
  return { created_at: createdAt, updated_at: createdAt, voided_at: null as string | null };
}
