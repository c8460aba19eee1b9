import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.ts';
import { createApp, listen } from '../../src/web/server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { describeWith, hasChromium } from '../helpers/external.ts';

describeWith(hasChromium, 'Debian chromium at /usr/bin/chromium', 'web chat simulator in a real browser', () => {
  let t: TestDb;
  let server: { close(): Promise<void>; port: number };
  let browser: Browser;

  beforeAll(async () => {
    t = await testDb();
    server = await listen(createApp({ engine: createEngine(t.db), db: t.db, webchat: true }), 0, '127.0.0.1');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await t?.close();
  });

  it('a message typed in the page gets the bot reply on screen, and two workers are separate', async () => {
    const page = await browser.newPage({ viewport: { width: 380, height: 740 } });
    await page.goto(`http://127.0.0.1:${server.port}/`);
    const first = page.locator('.phone').nth(0);
    await first.locator('input[name=text]').fill('halo');
    await first.locator('input[name=text]').press('Enter');
    await expect.poll(() => first.locator('li.bot').first().textContent()).toMatch(/Pilih bahasa/);
    await first.locator('input[name=text]').fill('1');
    await first.locator('button[type=submit]').click();
    await expect.poll(() => first.locator('li.bot').last().textContent()).toMatch(/Setuju\?/);

    await page.locator('#add-phone').click();
    const second = page.locator('.phone').nth(1);
    await second.locator('input[name=text]').fill('<b>hi</b>');
    await second.locator('input[name=text]').press('Enter');
    await expect.poll(() => second.locator('li.bot').first().textContent()).toMatch(/Pilih bahasa/);
    // Typed text is shown as text, never as HTML.
    expect(await second.locator('li.me').first().textContent()).toBe('<b>hi</b>');
    expect(await second.locator('li.me b').count()).toBe(0);
    expect(await t.db.selectFrom('workers').selectAll().execute()).toHaveLength(2);
    await page.close();
  });
});
