// In a real browser: a page on another site can neither type into the web chat
// simulator as someone's worker (its fetch and its form post are refused) nor
// show the simulator in a frame.
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.ts';
import { createApp, listen } from '../../src/web/server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { describeWith, hasChromium } from '../helpers/external.ts';

describeWith(hasChromium, 'Debian chromium at /usr/bin/chromium', 'web chat simulator against another site', () => {
  let t: TestDb;
  let server: { close(): Promise<void>; port: number };
  let evil: Server;
  let evilPort = 0;
  let browser: Browser;

  beforeAll(async () => {
    t = await testDb();
    server = await listen(createApp({ engine: createEngine(t.db), db: t.db, webchat: true }), 0, '127.0.0.1');
    const target = `http://127.0.0.1:${server.port}`;
    // Another origin (another port): a page that tries everything a visited site could.
    evil = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html><body>
<iframe id="frame" src="${target}/chat"></iframe>
<form id="form" method="post" action="${target}/api/chat/send" enctype="text/plain" target="sink">
<input name='{"user":"victim","text":"HAPUS","x":"' value='"}'></form>
<iframe name="sink"></iframe>
<script>
window.results = {};
fetch('${target}/api/chat/send', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' },
  body: JSON.stringify({ user: 'victim', text: 'HAPUS' }) }).then(() => (window.results.fetch = 'sent'), () => (window.results.fetch = 'failed'));
fetch('${target}/api/chat/send', { method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ user: 'victim', text: 'halo' }) }).then(() => (window.results.json = 'sent'), () => (window.results.json = 'failed'));
</script></body></html>`);
    });
    await new Promise<void>((r) => evil.listen(0, '127.0.0.1', () => r()));
    evilPort = (evil.address() as { port: number }).port;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => evil?.close(r));
    await server?.close();
    await t?.close();
  });

  it("refuses the other site's posts and will not be framed; nothing reaches the bot", async () => {
    const page = await browser.newPage();
    const refused: number[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/chat/send')) refused.push(r.status());
    });
    await page.goto(`http://localhost:${evilPort}/`);
    await expect.poll(() => page.evaluate(() => Object.keys((window as any).results).length)).toBe(2);
    await page.locator('#form').evaluate((f: HTMLFormElement) => f.submit());
    await expect.poll(() => refused.filter((s) => s === 403 || s === 415).length).toBeGreaterThanOrEqual(1);
    // The frame stays empty: the simulator may not be shown inside another site.
    const frame = page.frames().find((f) => f.url().includes('/chat'));
    const framed = frame
      ? await frame
          .locator('#add-phone')
          .count()
          .catch(() => 0)
      : 0;
    expect(framed).toBe(0);
    expect(await t.db.selectFrom('inbound_messages').select('id').execute()).toEqual([]);
    expect(await t.db.selectFrom('workers').select('id').execute()).toEqual([]);
    await page.close();
  });
});
