import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { dashboardPages } from '../../../src/app/dashboard.ts';
import { SMS_PAGE } from '../../../src/bot/sms/dashboard-page.ts';
import { smsUsage } from '../../../src/bot/sms/usage.ts';
import { enqueue } from '../../../src/db/outbox.ts';
import { type PageContext, PageSet } from '../../../src/web/dashboard/pages.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';

const pages = new PageSet(dashboardPages);

let t: TestDb | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

async function sent(db: TestDb['db'], at: string, segments: number, delivery: string | null, channel = 'sms') {
  const [id] = await enqueue(
    db,
    [{ channel, address: '+6281234567890', workerId: null, kind: 'reply', text: 'x' }],
    at,
  );
  await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: at, segments, delivery })
    .where('id', '=', id!)
    .execute();
}

describe('SMS segments per day', () => {
  it('counts messages, segments, delivered and failed per WIB day, other channels and unsent rows left out', async () => {
    t = await testDb();
    // 2026-12-01 23:30 WIB is still the 1st; 2026-12-01T17:30Z is 00:30 WIB on the 2nd.
    await sent(t.db, '2026-12-01T16:30:00.000Z', 1, 'delivered');
    await sent(t.db, '2026-12-01T17:30:00.000Z', 3, 'failed');
    await sent(t.db, '2026-12-02T02:00:00.000Z', 2, null);
    await sent(t.db, '2026-12-02T03:00:00.000Z', 5, null, 'whatsapp');
    await enqueue(
      t.db,
      [{ channel: 'sms', address: '+6281234567890', workerId: null, kind: 'reply', text: 'waiting' }],
      '2026-12-02T03:00:00.000Z',
    );
    const rows = await smsUsage(t.db, { days: 3, now: new Date('2026-12-02T05:00:00.000Z') });
    expect(rows).toEqual([
      { day: '2026-11-30', messages: 0, segments: 0, delivered: 0, failed: 0 },
      { day: '2026-12-01', messages: 1, segments: 1, delivered: 1, failed: 0 },
      { day: '2026-12-02', messages: 2, segments: 5, delivered: 0, failed: 1 },
    ]);
  });

  it('the NGO dashboard shows segments per day, to NGO staff and admins only, without a number or a text', async () => {
    t = await testDb();
    const now = new Date('2026-12-02T05:00:00.000Z');
    await sent(t.db, '2026-12-01T16:30:00.000Z', 1, 'delivered');
    await sent(t.db, '2026-12-02T02:00:00.000Z', 2, 'failed');
    const page = pages.find(SMS_PAGE)!;
    expect(page.roles).toEqual(['admin', 'ngo']);
    const html = String(await page.render({ db: t.db, now, lang: 'id' } as PageContext));
    expect(html).toContain('Segmen SMS 14 hari terakhir: 3');
    expect(html).toMatch(/<td>2026-12-02<\/td><td>1<\/td><td>2<\/td><td>0<\/td><td>1<\/td>/);
    expect(html).toMatch(/<td>2026-12-01<\/td><td>1<\/td><td>1<\/td><td>1<\/td><td>0<\/td>/);
    expect(html).not.toContain('812');
    expect(String(await page.render({ db: t.db, now, lang: 'en' } as PageContext))).toContain(
      'SMS segments in the last 14 days: 3',
    );
  });

  it('`upahku sms usage` prints the days and the total', async () => {
    t = await testDb({ kind: 'sqlite' });
    const now = new Date();
    await sent(t.db, now.toISOString(), 2, 'delivered');
    await sent(t.db, now.toISOString(), 1, null);
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'sms', 'usage', '--days', '2', '--db', t.url], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/day\s+messages\s+segments/);
    expect(r.stdout).toMatch(/\s2\s+3\s+1\s+0\n/);
    expect(r.stdout).toContain('total segments: 3');
    const bad = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'sms', 'usage', '--days', 'x', '--db', t.url], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--days must be');
  }, 90_000);
});
