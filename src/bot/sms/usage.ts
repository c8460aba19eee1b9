// What SMS cost, per WIB day: messages handed to the gateway, the segments
// they took (what the NGO pays for), and how many the phone reported
// delivered or failed. For the CLI (`upahku sms usage`) and /healthz.
import { wibDate } from '../../core/time.ts';
import type { Db } from '../../db/connect.ts';
import { CHANNEL, startOfWibDay } from './sender.ts';

export interface SmsDay {
  /** WIB day, YYYY-MM-DD. */
  day: string;
  messages: number;
  segments: number;
  delivered: number;
  failed: number;
}

/** The last `days` WIB days up to `now`, oldest first, days with nothing included. */
export async function smsUsage(db: Db, opts: { days: number; now: Date }): Promise<SmsDay[]> {
  const from = startOfWibDay(new Date(opts.now.getTime() - (opts.days - 1) * 864e5));
  const rows = await db
    .selectFrom('outbox')
    .select(['sent_at', 'segments', 'delivery'])
    .where('channel', '=', CHANNEL)
    .where('segments', 'is not', null)
    .where('sent_at', '>=', from)
    .execute();
  const byDay = new Map<string, SmsDay>();
  for (let i = opts.days - 1; i >= 0; i--) {
    const day = wibDate(new Date(opts.now.getTime() - i * 864e5));
    byDay.set(day, { day, messages: 0, segments: 0, delivered: 0, failed: 0 });
  }
  for (const r of rows) {
    const d = byDay.get(wibDate(new Date(r.sent_at!)));
    if (!d) continue;
    d.messages++;
    d.segments += Number(r.segments);
    if (r.delivery === 'delivered') d.delivered++;
    if (r.delivery === 'failed') d.failed++;
  }
  return [...byDay.values()];
}
