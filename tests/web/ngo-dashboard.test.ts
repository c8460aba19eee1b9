// The NGO workspace in a real browser: the dashboard in Indonesian and English,
// a phone-wide screen, a broadcast from form to figures (preview, counts,
// schedule, edit, test send, template, cancel, live figures), small BPJS-status
// segments, and the TANYA inbox (context, canned answers, one answer to
// identical questions, close, assign, labels, figures).
import { Hono } from 'hono';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createToken } from '../../src/access/tokens.ts';
import { createDashboard } from '../../src/app/dashboard.ts';
import { cancelBroadcast, createBroadcast, sendBroadcast } from '../../src/broadcast/broadcasts.ts';
import { storeQuestion } from '../../src/db/questions.ts';
import { pseudonymizer } from '../../src/research/pseudonym.ts';
import { listen } from '../../src/web/server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { describeWith, hasChromium } from '../helpers/external.ts';

const EVIL = '<img src=x id=pwned onerror="document.title=1">';
const SECRET = 'ngo-browser-test-secret-0123456789';

interface Seed {
  id: string;
  kecamatan: string;
  product: string;
  lang?: string;
  channel: string;
  bpjsTk?: string;
}

const WORKERS: Seed[] = [
  { id: 'p1', kecamatan: 'Pare', product: 'alas_kaki', channel: 'telegram', bpjsTk: 'none' },
  { id: 'p2', kecamatan: 'Pare', product: 'alas_kaki', channel: 'telegram', bpjsTk: 'none' },
  { id: 'p3', kecamatan: 'Pare', product: 'jahit', channel: 'whatsapp', bpjsTk: 'active' },
  { id: 'p4', kecamatan: 'Pare', product: 'jahit', channel: 'terminal', lang: 'en' },
  { id: 'g1', kecamatan: 'Gurah', product: 'alas_kaki', channel: 'telegram' },
  { id: 'g2', kecamatan: 'Gurah', product: 'makanan', channel: 'whatsapp' },
];

describeWith(hasChromium, 'Debian chromium at /usr/bin/chromium', 'NGO workspace in a real browser', () => {
  let t: TestDb;
  let server: { close(): Promise<void>; port: number };
  let browser: Browser;
  let base: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await testDb();
    const at = new Date(Date.now() - 86_400_000).toISOString();
    for (const w of WORKERS) {
      await t.db
        .insertInto('workers')
        .values({
          id: w.id,
          created_at: at,
          updated_at: at,
          lang: w.lang ?? 'id',
          status: 'active',
          kecamatan: w.kecamatan,
          product: w.product,
          consent_version: 'v1',
          consented_at: at,
          research_consent: 1,
          opted_out: 0,
          campaign: null,
          last_active_at: at,
        })
        .execute();
      await t.db
        .insertInto('channel_identities')
        .values({
          worker_id: w.id,
          channel: w.channel,
          channel_user_id: `62812000${w.id}`,
          unreachable: 0,
          created_at: at,
          last_seen_at: at,
        })
        .execute();
      if (w.bpjsTk)
        await t.db
          .insertInto('protection_status')
          .values({
            worker_id: w.id,
            scheme: 'bpjs_tk',
            status: w.bpjsTk,
            via: 'guide',
            asked_at: at,
            asked_on: at.slice(0, 10),
          })
          .execute();
    }
    tokens.ngo = (await createToken(t.db, { role: 'ngo', name: 'Bu Sari' })).token;
    tokens.ngo2 = (await createToken(t.db, { role: 'ngo', name: 'Pak Budi' })).token;
    tokens.admin = (await createToken(t.db, { role: 'admin', name: 'Admin' })).token;
    const app = new Hono();
    app.route('/dashboard', createDashboard({ db: t.db, k: 5, pseudonymSecret: SECRET, quietHours: null }));
    server = await listen(app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}/dashboard`;
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await t?.close();
  });

  async function loggedIn(
    role: string,
    viewport = { width: 1280, height: 900 },
  ): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${base}/login`);
    await page.fill('input[name=token]', tokens[role]!);
    await page.click('button[type=submit]');
    await page.waitForLoadState('load');
    return { page, errors };
  }

  it('speaks Indonesian first, switches to English per login and keeps it; dates are dd/mm/yyyy', async () => {
    const { page, errors } = await loggedIn('ngo');
    expect(page.url()).toBe(`${base}/ngo/broadcasts`);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.locator('main h1').textContent()).toBe('Siaran');
    expect(await page.locator('nav').textContent()).toContain('Kotak TANYA');
    expect(await page.locator('.logout button').textContent()).toBe('Keluar');
    await page.click('#lang-switch');
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${base}/ngo/broadcasts`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('main h1').textContent()).toBe('Broadcasts');
    expect(await page.locator('nav').textContent()).toContain('TANYA inbox');
    // Reloading does not post the switch again (post/redirect/get).
    await page.reload();
    expect(await page.locator('main h1').textContent()).toBe('Broadcasts');
    await page.close();
    // The choice belongs to the login: a new session with the same token is in English,
    // another staff member's is still in Indonesian.
    const again = await loggedIn('ngo');
    expect(await again.page.locator('main h1').textContent()).toBe('Broadcasts');
    await again.page.click('#lang-switch');
    await again.page.waitForLoadState('load');
    expect(await again.page.locator('main h1').textContent()).toBe('Siaran');
    const other = await loggedIn('ngo2');
    expect(await other.page.locator('main h1').textContent()).toBe('Siaran');
    // A list row's date is dd/mm/yyyy.
    const b = await createBroadcast(t.db, { textId: 'Tanggal', title: 'Dated' }, new Date(), { quietHours: null });
    await other.page.reload();
    const row = other.page.locator('#broadcasts tr', { hasText: 'Dated' });
    expect(await row.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await t.db.deleteFrom('broadcasts').where('id', '=', b.id).execute();
    expect([...errors, ...again.errors, ...other.errors]).toEqual([]);
    await again.page.close();
    await other.page.close();
  }, 60_000);

  it('the login page is in Indonesian, with a link to English', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/login`);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.locator('button[type=submit]').textContent()).toBe('Masuk');
    await page.click('#login-lang');
    expect(page.url()).toBe(`${base}/login?lang=en`);
    expect(await page.locator('main h1').textContent()).toBe('Upahku dashboard');
    // A wrong token is refused in the language of the page.
    await page.fill('input[name=token]', 'upk_wrong');
    await page.click('button[type=submit]');
    expect(await page.locator('.error[role=alert]').textContent()).toBe('That token is not valid (or was revoked).');
    await page.goto(`${base}/login`);
    await page.fill('input[name=token]', 'upk_wrong');
    await page.click('button[type=submit]');
    expect(await page.locator('.error[role=alert]').textContent()).toBe('Token itu tidak sah (atau sudah dicabut).');
    await page.close();
  });

  it('on a 360 px screen every page fits and the whole menu is in sight (no sideways scroll)', async () => {
    for (const role of ['ngo', 'admin']) {
      const { page, errors } = await loggedIn(role, { width: 360, height: 740 });
      const links = await page.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(links.length).toBeGreaterThanOrEqual(role === 'admin' ? 6 : 4);
      // Pages registered elsewhere are in Indonesian too: menu, headings and their words.
      if (role === 'admin') {
        expect(await page.locator('nav').textContent()).toContain('Catatan audit');
        await page.goto(`${base}/research/overview`);
        expect(await page.locator('main h1').textContent()).toBe('Ringkasan');
        expect(await page.locator('main').textContent()).toContain('Saringan berlaku untuk semua grafik');
        expect(await page.locator('main').textContent()).toMatch(/Tabel data|Belum ada data/);
        expect(await page.locator('main').textContent()).not.toMatch(/Data table|No data yet/);
        await page.goto(`${base}/admin/tokens`);
        expect(await page.locator('main h2').first().textContent()).toBe('Buat token');
        expect((await page.goto(`${base}/ngo/nothing`))!.status()).toBe(404);
        expect(await page.locator('main').textContent()).toContain('Halaman itu tidak ada.');
        await page.goto(`${base}/ngo/broadcasts`);
      }
      for (const href of links) {
        await page.goto(`http://127.0.0.1:${server.port}${href}`);
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth - window.innerWidth,
          nav: (() => {
            const n = document.querySelector('nav.side')!;
            return n.scrollWidth - n.clientWidth;
          })(),
        }));
        expect(overflow.page, href).toBeLessThanOrEqual(0);
        expect(overflow.nav, href).toBeLessThanOrEqual(0);
        // Every menu entry lies inside the screen's width.
        const boxes = await page.locator('nav a').evaluateAll((as) =>
          as.map((a) => {
            const r = a.getBoundingClientRect();
            return { left: r.left, right: r.right };
          }),
        );
        for (const b of boxes) {
          expect(b.left, href).toBeGreaterThanOrEqual(0);
          expect(b.right, href).toBeLessThanOrEqual(360);
        }
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('a broadcast from the form: segment, counts, preview, reload-safe, edit, test send, template, schedule, cancel', async () => {
    const { page, errors } = await loggedIn('ngo2');
    await page.goto(`${base}/ngo/broadcasts`);
    const form = page.locator('#new-broadcast');
    await form.locator('input[name=title]').fill(`Info ${EVIL}`);
    // 161 plain letters: two SMS segments (GSM-7 153 per part).
    await form.locator('textarea[name=textId]').fill('a'.repeat(161));
    await expect
      .poll(() => form.locator('textarea[name=textId] + output').textContent())
      .toBe('161 karakter · 2 segmen SMS (GSM-7)');
    // An emoji makes it UCS-2: 70 per message.
    await form.locator('textarea[name=textId]').fill('Pendaftaran BPJS TK gratis di balai desa 🙂');
    await expect
      .poll(() => form.locator('textarea[name=textId] + output').textContent())
      .toBe('42 karakter · 1 segmen SMS (UCS-2)');
    await form.locator('input[name=kecamatan][value=Pare]').check();
    await form.locator('input[name=channel][value=telegram]').check();
    await form.locator('input[name=channel][value=whatsapp]').check();
    await form.locator('button[type=submit]').click();
    await page.waitForLoadState('load');
    const id = Number(new URL(page.url()).searchParams.get('id'));
    expect(page.url()).toBe(`${base}/ngo/broadcast?id=${id}&ok=ok.created`);
    expect(await page.locator('.notice[role=status]').textContent()).toContain(`#${id}`);
    // Pare on Telegram or WhatsApp: p1, p2, p3.
    expect(await page.locator('#recipients').textContent()).toBe('3');
    expect(await page.locator('#segment p').textContent()).toBe('kecamatan Pare; lewat whatsapp atau telegram');
    expect(await page.locator('#duration').textContent()).toMatch(/sekitar kurang dari semenit/);
    expect(await page.locator('#broadcast-title').textContent()).toContain(EVIL);
    expect(await page.locator('#pwned').count()).toBe(0);
    // A link made elsewhere cannot put its own words in the error box.
    await page.goto(`${base}/ngo/broadcast?id=${id}&err=err.generic&detail=Call+0812+now`);
    expect(await page.locator('.error[role=alert]').textContent()).not.toContain('0812');
    await page.goBack();
    // F5 after the form: no resubmission, no error, still one broadcast.
    await page.reload();
    expect(await page.locator('.error').count()).toBe(0);
    expect(await t.db.selectFrom('broadcasts').select('id').execute()).toHaveLength(1);

    // Edit the text.
    await page.click('#edit summary');
    await page.locator('form[data-op=edit] textarea[name=textId]').fill('Pendaftaran BPJS TK gratis, Sabtu 5/12.');
    // The edit form shows the segment as it is; WhatsApp is taken out of it.
    expect(await page.locator('form[data-op=edit] input[name=kecamatan][value=Pare]').isChecked()).toBe(true);
    await page.locator('form[data-op=edit] input[name=channel][value=whatsapp]').uncheck();
    await page.locator('form[data-op=edit] button').click();
    await page.waitForLoadState('load');
    expect(await page.locator('#recipients').textContent()).toBe('2');
    expect(await page.locator('#texts .text[lang=id]').textContent()).toContain('Sabtu 5/12.');
    expect((await t.db.selectFrom('broadcasts').select('text_id').executeTakeFirstOrThrow()).text_id).toBe(
      'Pendaftaran BPJS TK gratis, Sabtu 5/12.',
    );

    // A test to her own Telegram chat: one message, not part of the broadcast.
    await page.click('#test summary');
    await page.locator('form[data-op=test] select[name=channel]').selectOption('telegram');
    await page.locator('form[data-op=test] input[name=address]').fill('555000111');
    await page.locator('form[data-op=test] button').click();
    await page.waitForLoadState('load');
    const test = await t.db.selectFrom('outbox').selectAll().where('address', '=', '555000111').execute();
    expect(test).toHaveLength(1);
    expect(test[0]).toMatchObject({ channel: 'telegram', broadcast_id: null, worker_id: null });
    expect(test[0]!.text).toContain('Sabtu 5/12.');

    // Saved as a template, then offered on the templates page and in the new-broadcast form.
    await page.click('#save-template summary');
    await page.locator('form[data-op=template] input[name=name]').fill('Undangan BPJS');
    await page.locator('form[data-op=template] button').click();
    await page.waitForLoadState('load');
    await page.goto(`${base}/ngo/templates`);
    expect(await page.locator('#templates').textContent()).toContain('Undangan BPJS');
    await page.goto(`${base}/ngo/broadcasts`);
    await page.locator('#template-pick select').selectOption({ label: 'Undangan BPJS' });
    await page.locator('#template-pick button').click();
    await page.waitForLoadState('load');
    expect(await page.locator('#new-broadcast textarea[name=textId]').inputValue()).toBe(
      'Pendaftaran BPJS TK gratis, Sabtu 5/12.',
    );

    // Schedule: a date that does not exist is refused and changes nothing; then tomorrow 09:00 WIB, reload, cancel.
    await page.goto(`${base}/ngo/broadcast?id=${id}`);
    await page.locator('form[data-op=schedule] input[name=at]').fill('31/02/2099 09:00');
    await page.locator('form[data-op=schedule] button').click();
    await page.waitForLoadState('load');
    expect(await page.locator('.error[role=alert]').textContent()).toContain('hh/bb/tttt jj:mm');
    expect(await t.db.selectFrom('jobs').select('id').execute()).toHaveLength(0);
    const tomorrow = new Date(Date.now() + 7 * 3600_000 + 86_400_000).toISOString().slice(0, 10);
    const shown = `${tomorrow.slice(8, 10)}/${tomorrow.slice(5, 7)}/${tomorrow.slice(0, 4)}`;
    await page.locator('form[data-op=schedule] input[name=at]').fill(`${shown} 09:00`);
    await page.locator('form[data-op=schedule] button').click();
    await page.waitForLoadState('load');
    expect(await page.locator('#broadcast-status').textContent()).toBe('terjadwal');
    expect(await page.locator('#schedule').textContent()).toContain(
      `${tomorrow.slice(8, 10)}/${tomorrow.slice(5, 7)}/${tomorrow.slice(0, 4)} 09:00`,
    );
    const job = await t.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({
      kind: 'broadcast.send',
      status: 'pending',
      due_at: new Date(`${tomorrow}T09:00:00+07:00`).toISOString(),
    });
    await page.reload();
    expect(await page.locator('.error').count()).toBe(0);
    await page.locator('form[data-op=cancel] button').click();
    await page.waitForLoadState('load');
    expect(await page.locator('#broadcast-status').textContent()).toBe('dibatalkan');
    expect((await t.db.selectFrom('jobs').select('status').executeTakeFirstOrThrow()).status).toBe('cancelled');
    await page.reload();
    expect(await page.locator('.error').count()).toBe(0);
    // Nothing of the broadcast was queued; only the test message exists.
    expect(await t.db.selectFrom('outbox').select('id').where('broadcast_id', 'is not', null).execute()).toHaveLength(
      0,
    );
    const audit = await t.db.selectFrom('audit_log').select('detail').where('action', '=', 'broadcast').execute();
    expect(audit.map((a) => JSON.parse(a.detail).op)).toEqual(['create', 'edit', 'test', 'schedule', 'cancel']);
    expect(audit.map((a) => a.detail).join()).not.toContain('555000111');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('a BPJS-status segment with fewer than K workers shows "fewer than K", never the count', async () => {
    const b = await createBroadcast(
      t.db,
      { textId: 'Daftar BPJS TK', segment: { protection: ['bpjs_tk:none'] } },
      new Date(),
      { quietHours: null },
    );
    const { page, errors } = await loggedIn('ngo2');
    await page.goto(`${base}/ngo/broadcast?id=${b.id}`);
    expect(await page.locator('#preview').textContent()).toContain('kurang dari 5');
    expect(await page.locator('#recipients').count()).toBe(0);
    expect(await page.locator('#duration').count()).toBe(0);
    // Sent, its list row and its figures say "fewer than 5" too.
    await sendBroadcast(t.db, b.id, {}, new Date());
    await page.goto(`${base}/ngo/broadcasts`);
    const row = page.locator('#broadcasts tr', { hasText: 'Daftar BPJS TK' });
    expect(await row.textContent()).toContain('kurang dari 5');
    await page.goto(`${base}/ngo/broadcast?id=${b.id}`);
    expect(await page.locator('#figures [data-figure=recipients] .n').textContent()).toBe('kurang dari 5');
    await cancelBroadcast(t.db, b.id, new Date());
    // The same segment without the BPJS filter is counted exactly.
    const plain = await createBroadcast(t.db, { textId: 'Kabar', segment: { kecamatan: ['Gurah'] } }, new Date(), {
      quietHours: null,
    });
    await page.goto(`${base}/ngo/broadcast?id=${plain.id}`);
    expect(await page.locator('#recipients').textContent()).toBe('2');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("a broadcast's page: figures with receipts, failures by code, who waits to write, replies; they update by themselves and reading changes nothing", async () => {
    const now = new Date();
    const b = await createBroadcast(
      t.db,
      { textId: 'Pelatihan Sabtu', title: 'Pelatihan', segment: { kecamatan: ['Pare'] } },
      now,
      { quietHours: null },
    );
    await sendBroadcast(t.db, b.id, {}, now);
    const rows = await t.db.selectFrom('outbox').selectAll().where('broadcast_id', '=', b.id).execute();
    const by = (w: string) => rows.find((r) => r.worker_id === w)!.id;
    const sentAt = new Date(now.getTime() - 3600_000).toISOString();
    // p1 (Telegram) still queued; p3 (WhatsApp) sent, delivered and read; p2 refused by the platform; p4 on the terminal waits.
    await t.db
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: sentAt, external_id: 'WA1', delivered_at: sentAt, read_at: sentAt })
      .where('id', '=', by('p3'))
      .execute();
    await t.db
      .updateTable('outbox')
      .set({ status: 'failed', reason_code: 'rejected', last_error: 'rejected: 400 bad request' })
      .where('id', '=', by('p2'))
      .execute();
    await t.db
      .insertInto('inbound_messages')
      .values({
        channel: 'whatsapp',
        external_id: 'r1',
        worker_id: 'p3',
        text: `Saya ikut ${EVIL}`,
        received_at: now.toISOString(),
        processed_at: now.toISOString(),
      })
      .execute();
    const before = await t.db.selectFrom('broadcasts').selectAll().where('id', '=', b.id).executeTakeFirstOrThrow();

    const { page, errors } = await loggedIn('ngo2');
    await page.goto(`${base}/ngo/broadcast?id=${b.id}`);
    // The language switch comes back to this broadcast's page.
    await page.click('#lang-switch');
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${base}/ngo/broadcast?id=${b.id}`);
    const fig = (name: string) => page.locator(`#figures [data-figure=${name}] .n`).textContent();
    expect(await fig('recipients')).toBe('4');
    expect(await fig('queued')).toBe('1');
    expect(await fig('sent')).toBe('1');
    expect(await fig('delivered')).toBe('1');
    expect(await fig('read')).toBe('1');
    expect(await fig('failed')).toBe('1');
    expect(await fig('waiting-worker')).toBe('1');
    expect(await fig('replied')).toBe('1');
    expect(await page.locator('#failed-by li[data-code=rejected]').textContent()).toContain('refused by the platform');
    expect(await page.locator('#figures').textContent()).toContain('Telegram has no read receipts');
    expect(await page.locator('#waiting-note').textContent()).toContain('receive only when they next write');
    expect(await page.locator('#figures').textContent()).not.toContain('0%');
    expect(await page.locator('#replies').textContent()).toContain(`Saya ikut ${EVIL}`);
    expect(await page.locator('#pwned').count()).toBe(0);
    // Her name or number is not on the page.
    expect(await page.content()).not.toContain('62812000p1');

    // p1's message goes out; the page catches up by itself.
    await t.db
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: new Date().toISOString() })
      .where('id', '=', by('p1'))
      .execute();
    await expect.poll(() => fig('sent'), { timeout: 15_000 }).toBe('2');
    expect(await fig('queued')).toBe('0');
    expect(await page.locator('#broadcast-status').textContent()).toBe('done');
    // Reading the figures changed nothing in the broadcast's row.
    const after = await t.db.selectFrom('broadcasts').selectAll().where('id', '=', b.id).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('TANYA: context, a canned answer edited and sent to two identical questions, close, assign, labels, figures; the inbox reference is not the research pseudonym', async () => {
    const asked = new Date(Date.now() - 2 * 3600_000).toISOString();
    await storeQuestion(
      t.db,
      'p1',
      'Apakah JHT bisa diambil?',
      'tanya',
      new Date(Date.now() - 30 * 86_400_000).toISOString(),
    );
    await t.db
      .updateTable('questions')
      .set({
        answer: 'Bisa, setelah berhenti kerja.',
        answered_by: 'Bu Sari',
        answered_at: new Date(Date.now() - 29 * 86_400_000).toISOString(),
      })
      .execute();
    const q1 = await storeQuestion(t.db, 'p1', 'Berapa iuran BPJS TK?', 'tanya', asked);
    const q2 = await storeQuestion(t.db, 'g1', 'berapa iuran bpjs tk', 'guide:menu', asked);
    const q3 = await storeQuestion(t.db, 'g2', `Di mana kantor BPJS? ${EVIL}`, 'tanya', asked);
    const { page, errors } = await loggedIn('ngo');
    // This login chose Indonesian last.
    await page.goto(`${base}/ngo/tanya`);
    expect(await page.locator('#inbox-figures [data-figure=open] .n').textContent()).toBe('3');
    const first = page.locator(`article[data-id="${q1}"]`);
    expect(await page.locator(`article[data-id="${q3}"] .text`).first().textContent()).toContain(EVIL);
    expect(await page.locator('#pwned').count()).toBe(0);
    expect(await first.locator('dl.context').textContent()).toContain('Pare');
    expect(await first.locator('dl.context').textContent()).toContain('TK none');
    expect(await first.locator('details.earlier').textContent()).toContain('Bisa, setelah berhenti kerja.');
    // Her inbox reference is random, not her research pseudonym; no number shows.
    const ref = (await first.locator('.ref').textContent())!;
    expect(ref).toMatch(/^T-[a-z0-9]{8}$/);
    const content = await page.content();
    expect(content).not.toContain(pseudonymizer(SECRET)('worker', 'p1'));
    expect(content).not.toContain('62812000p1');

    // A canned answer, picked and edited.
    await page.fill('#new-canned input[name=title]', 'Iuran TK');
    await page.fill('#new-canned textarea[name=text]', 'Iuran BPJS TK mulai Rp16.800 per bulan.');
    await page.click('#new-canned button');
    await page.waitForLoadState('load');
    await first.locator('select[data-fill]').selectOption({ label: 'Iuran TK' });
    const box = first.locator(`#answer-${q1}`);
    expect(await box.inputValue()).toBe('Iuran BPJS TK mulai Rp16.800 per bulan.');
    await box.fill(`${await box.inputValue()} Daftar di balai desa.`);
    // The identical question from another worker is offered and ticked.
    expect(await first.locator(`input[name=also][value="${q2}"]`).isChecked()).toBe(true);
    expect(await first.locator(`input[name=also][value="${q3}"]`).count()).toBe(0);
    await first.locator('form[data-op=answer] button').click();
    await page.waitForLoadState('load');
    expect(await page.locator('.notice[role=status]').textContent()).toContain('2 pertanyaan');
    const answers = await t.db
      .selectFrom('outbox')
      .select(['address', 'text'])
      .where('address', 'in', ['62812000p1', '62812000g1'])
      .where('broadcast_id', 'is', null)
      .execute();
    expect(answers).toHaveLength(2);
    for (const a of answers) expect(a.text).toContain('Rp16.800 per bulan. Daftar di balai desa.');
    // F5 after answering: nothing posted again.
    await page.reload();
    expect(
      await t.db
        .selectFrom('outbox')
        .select('id')
        .where('address', 'in', ['62812000p1', '62812000g1'])
        .where('broadcast_id', 'is', null)
        .execute(),
    ).toHaveLength(2);

    // Assign and label the third, then close it.
    const third = page.locator(`article[data-id="${q3}"]`);
    await third.locator('form[data-op=assign] select').selectOption('Pak Budi');
    await third.locator('form[data-op=assign] button').click();
    await page.waitForLoadState('load');
    // A mistake is said in its own words (signed for this session), and changes nothing.
    await page.locator(`article[data-id="${q3}"] form[data-op=labels] input[name=labels]`).fill('a, b, c, d, e, f');
    await page.locator(`article[data-id="${q3}"] form[data-op=labels] button`).click();
    await page.waitForLoadState('load');
    expect(await page.locator('.error[role=alert]').textContent()).toContain('Label paling banyak 5');
    expect(
      (await t.db.selectFrom('questions').select('labels').where('id', '=', q3).executeTakeFirstOrThrow()).labels,
    ).toBeNull();
    await page.locator(`article[data-id="${q3}"] form[data-op=labels] input[name=labels]`).fill('kantor, Alamat');
    await page.locator(`article[data-id="${q3}"] form[data-op=labels] button`).click();
    await page.waitForLoadState('load');
    expect(await page.locator(`article[data-id="${q3}"] .meta`).textContent()).toContain('Pak Budi');
    expect(await page.locator(`article[data-id="${q3}"] .label`).allTextContents()).toEqual(['kantor', 'alamat']);
    await page.goto(`${base}/ngo/tanya?label=kantor`);
    expect(await page.locator('article.question').count()).toBe(1);
    await page.locator(`article[data-id="${q3}"] form[data-op=close] button`).click();
    await page.waitForLoadState('load');
    expect(await page.locator('#inbox-figures [data-figure=open] .n').textContent()).toBe('0');
    expect(await page.locator('#inbox-figures [data-figure=answered] .n').textContent()).toBe('3');
    // Median of one day, two hours and two hours: two hours.
    expect(await page.locator('#inbox-figures [data-figure=median] .n').textContent()).toBe('2 jam');
    const row = await t.db.selectFrom('questions').selectAll().where('id', '=', q3).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ assigned_to: 'Pak Budi', closed_by: 'Bu Sari', answer: null });
    expect(JSON.parse(row.labels!)).toEqual(['kantor', 'alamat']);
    await page.goto(`${base}/ngo/tanya?view=closed`);
    expect(await page.locator('article.question').count()).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
