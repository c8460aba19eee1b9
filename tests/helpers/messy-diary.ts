// A small diary with everything awkward in it, written straight into the
// tables (portable inserts, so it works on PostgreSQL too): for tests that the
// research exports read the database the same way as the slow definitions.
// Orders in kodi and lusin at odd rates, rates quoted for 3 or 1000 units,
// hand-ins of undone orders, more pieces rejected than delivered, kasbon,
// lump sums, short pay, undone rows, odd minutes and several entries a day,
// entries written after 17:00 UTC (the next day in WIB), work dated before she
// joined or after today, reminders, coverage answers, workers without research
// consent, from the web simulator, still onboarding, or with no kecamatan or
// product.
import type { Db } from '../../src/db/connect.ts';
import { rebuildDiaryMonths } from '../../src/db/diary-months.ts';
import { ratePerPiece } from '../../src/diary/rate.ts';
import type { UnitCode } from '../../src/parse/units.ts';

/** Deterministic pseudo-random numbers in [0, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 864e5;
const dayAt = (base: string, offset: number) => new Date(Date.parse(base) + offset * DAY).toISOString().slice(0, 10);

async function insertAll(db: Db, table: string, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto(table as 'orders')
      .values(rows.slice(i, i + 200) as never)
      .execute();
}

/** Writes `workers` workers with about a year of messy diary before `today` (a WIB day). */
export async function seedMessyDiary(db: Db, o: { workers: number; today: string; seed?: number }): Promise<void> {
  const r = rng(o.seed ?? 7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const start = dayAt(o.today, -400);
  const instant = (day: string) =>
    `${day}T${String(Math.floor(r() * 24)).padStart(2, '0')}:${r() < 0.5 ? '05' : '59'}:00.000Z`;
  const voided = () => (r() < 0.06 ? `${o.today}T01:00:00.000Z` : null);
  const rows: Record<string, Record<string, unknown>[]> = {
    workers: [],
    channel_identities: [],
    employers: [],
    orders: [],
    handins: [],
    payments: [],
    work_hours: [],
    costs: [],
    diary_reminders: [],
    protection_status: [],
  };
  let employerId = 0;
  let orderId = 0;
  for (let w = 0; w < o.workers; w++) {
    const id = `messy-${String(w).padStart(3, '0')}`;
    const joined = dayAt(start, Math.floor(r() * 120));
    const at = instant(joined);
    rows.workers!.push({
      id,
      created_at: at,
      updated_at: at,
      lang: 'id',
      status: w % 11 === 5 ? 'onboarding' : 'active',
      kecamatan: w % 7 === 3 ? null : pick(['Pare', 'Gurah', 'Plemahan']),
      product: w % 9 === 4 ? null : pick(['alas_kaki', 'jahit', 'rokok']),
      consent_version: 'v1',
      consented_at: w % 6 === 1 ? null : at,
      research_consent: w % 8 === 2 ? 0 : 1,
      opted_out: 0,
      campaign: null,
      last_active_at: at,
    });
    rows.channel_identities!.push({
      worker_id: id,
      channel: w % 10 === 7 ? 'web' : 'telegram',
      channel_user_id: `u-${id}`,
      created_at: at,
      last_seen_at: at,
    });
    const employers = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, i) => {
      rows.employers!.push({
        id: ++employerId,
        worker_id: id,
        name: `Juragan ${i}`,
        name_key: `juragan ${i}`,
        created_at: at,
      });
      return employerId;
    });
    // Entries from a month before she joined to a few days after today.
    const day = () => dayAt(joined, Math.floor(r() * 300) - 30);
    for (let n = 0; n < 6 + Math.floor(r() * 12); n++) {
      const on = day();
      const unit: UnitCode = pick(['pcs', 'pcs', 'kodi', 'lusin']);
      const rate = unit === 'pcs' ? pick([250, 333, 1500]) : 1000 + Math.floor(r() * 9000);
      const pieces = 10 * (1 + Math.floor(r() * 6));
      const employer = pick(employers);
      // Some rates are for several units ("per 3 lusin", "per seribu"): not drawn, so the rest stays as it was.
      const count = orderId % 4 === 3 ? 3 : orderId % 7 === 5 ? 1000 : 1;
      const amount = count === 1000 ? rate * 40 : rate;
      const order = {
        id: ++orderId,
        worker_id: id,
        employer_id: employer,
        product: 'sandal',
        unit: 'pcs',
        quantity_count: pieces,
        quantity_pieces: pieces,
        rate_amount: amount,
        rate_per: unit,
        rate_count: count,
        rate_per_piece: ratePerPiece(amount, unit, count),
        received_on: on,
        due_on: null,
        written_agreement: pick([null, 0, 1]),
        materials_from_employer: null,
        created_at: instant(on),
        updated_at: instant(on),
        voided_at: r() < 0.1 ? `${o.today}T01:00:00.000Z` : null,
      };
      rows.orders!.push(order);
      let handedIn = 0;
      for (let h = 0; h < Math.floor(r() * 4); h++) {
        const hday = dayAt(on, Math.floor(r() * 20));
        const delivered = Math.floor(r() * pieces);
        handedIn += delivered;
        rows.handins!.push({
          worker_id: id,
          order_id: order.id,
          handed_in_on: hday,
          delivered_pieces: delivered,
          rejected_pieces: r() < 0.2 ? delivered + 2 : Math.floor(r() * 3),
          created_at: instant(hday),
          updated_at: instant(hday),
          voided_at: voided(),
        });
      }
      for (let p = 0; p < Math.floor(r() * 3); p++) {
        const pday = dayAt(on, Math.floor(r() * 40));
        const kind = r() < 0.2 ? 'kasbon' : 'pay';
        rows.payments!.push({
          worker_id: id,
          employer_id: r() < 0.9 ? employer : pick(employers),
          order_id: kind === 'pay' && r() < 0.7 ? order.id : null,
          kind,
          amount: Math.max(1, Math.round(((handedIn || pieces) * rate * (0.5 + r())) / (unit === 'pcs' ? 1 : 12))),
          deduction: r() < 0.2 ? 500 : 0,
          kasbon_repaid: r() < 0.2 ? 1000 : 0,
          paid_on: pday,
          created_at: instant(pday),
          updated_at: instant(pday),
          voided_at: voided(),
        });
      }
    }
    // Alone in its month: a hand-in of an order she undid (the month has an entry, but nothing to count).
    if (w % 4 === 0) {
      const on = dayAt(start, -70);
      const stamp = { created_at: instant(on), updated_at: instant(on) };
      rows.orders!.push({
        ...rows.orders!.at(-1)!,
        id: ++orderId,
        received_on: on,
        ...stamp,
        voided_at: `${o.today}T01:00:00.000Z`,
      });
      rows.handins!.push({
        worker_id: id,
        order_id: orderId,
        handed_in_on: on,
        delivered_pieces: 5,
        rejected_pieces: 0,
        ...stamp,
        voided_at: null,
      });
    }
    for (let n = 0; n < 10 + Math.floor(r() * 30); n++) {
      const on = day();
      for (let k = 0; k < (r() < 0.3 ? 3 : 1); k++)
        rows.work_hours!.push({
          worker_id: id,
          worked_on: on,
          minutes: r() < 0.5 ? 60 * (1 + Math.floor(r() * 8)) : 1 + Math.floor(r() * 700),
          order_id: null,
          helpers: 0,
          child_helper: null,
          created_at: instant(on),
          updated_at: instant(on),
          voided_at: voided(),
        });
    }
    for (let n = 0; n < Math.floor(r() * 8); n++) {
      const on = day();
      rows.costs!.push({
        worker_id: id,
        category: 'listrik',
        amount: 1000 * (1 + Math.floor(r() * 30)),
        spent_on: on,
        created_at: instant(on),
        updated_at: instant(on),
        voided_at: voided(),
      });
    }
    for (let k = 0; k < 50; k++) {
      const monday = dayAt('2025-01-06', 7 * k + (w % 3 === 0 ? 14 : 0));
      if (r() < 0.4) continue;
      rows.diary_reminders!.push({
        worker_id: id,
        week_of: dayAt(monday, w % 3),
        status: r() < 0.8 ? 'sent' : 'skipped_logged',
        due_at: `${monday}T02:00:00.000Z`,
        open_orders: 0,
        answered_at: r() < 0.5 ? `${monday}T09:00:00.000Z` : null,
        created_at: `${monday}T02:00:00.000Z`,
      });
    }
    for (let k = 0; k < 3; k++) {
      const on = day();
      const scheme = pick(['jkn', 'bpjs_tk']);
      rows.protection_status!.push({
        worker_id: id,
        scheme,
        status: pick(scheme === 'jkn' ? ['pbi', 'mandiri', 'none', 'unknown'] : ['active', 'inactive', 'declined']),
        via: 'guide',
        asked_at: `${on}T03:00:00.000Z`,
        asked_on: on,
      });
    }
  }
  for (const [table, rs] of Object.entries(rows)) await insertAll(db, table, rs);
  // Written straight into the tables: her monthly sums are worked out as the migration does.
  await rebuildDiaryMonths(db);
}
