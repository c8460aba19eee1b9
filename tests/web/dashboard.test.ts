import { Hono } from 'hono';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createToken } from '../../src/access/tokens.ts';
import { createDashboard } from '../../src/app/dashboard.ts';
import { wibDate } from '../../src/core/time.ts';
import { listen } from '../../src/web/server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { describeWith, hasChromium } from '../helpers/external.ts';
import { addCost, addHandin, addHours, addOrder, addPayment, addStatus } from '../helpers/research.ts';

const EVIL = '<img src=x id=pwned onerror="document.title=1">';

describeWith(hasChromium, 'Debian chromium at /usr/bin/chromium', 'dashboard in a real browser', () => {
  let t: TestDb;
  let server: { close(): Promise<void>; port: number };
  let browser: Browser;
  let base: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await testDb();
    const now = Date.now();
    for (let i = 0; i < 12; i++) {
      const at = new Date(now - i * 5 * 864e5).toISOString();
      await t.db
        .insertInto('workers')
        .values({
          id: `w${i}`,
          created_at: at,
          updated_at: at,
          lang: 'id',
          status: 'active',
          kecamatan: 'Pare',
          product: 'alas_kaki',
          consent_version: 'v1',
          consented_at: at,
          research_consent: i % 4 === 0 ? 0 : 1,
          opted_out: 0,
          campaign: null,
          last_active_at: at,
        })
        .execute();
    }
    // Six research workers keep a diary today, so every chart has at least k workers behind it.
    const today = wibDate(new Date());
    for (const w of ['w1', 'w2', 'w3', 'w5', 'w6', 'w7']) {
      const rate = 100 * Number(w.slice(1)) + 150;
      const order = await addOrder(t.db, w, {
        employer: `Bu ${EVIL}`,
        rate,
        pieces: 50,
        day: today,
        written: w !== 'w1',
      });
      await addHandin(t.db, w, order, today, 50, w === 'w2' ? 60 : 0);
      await addHours(t.db, w, today, w === 'w3' ? 17 : 5);
      await addCost(t.db, w, today, 2000);
      await addPayment(t.db, w, `Bu ${EVIL}`, order, today, 40 * rate);
      await addStatus(t.db, w, 'bpjs_tk', w === 'w1' ? 'active' : 'none', today);
      const intent = await t.db
        .insertInto('enrolment_intents')
        .values({
          worker_id: w,
          program: 'bpjs_tk',
          created_at: new Date().toISOString(),
          follow_up_due: null,
          closed_at: null,
          outcome: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('enrolment_followups')
        .values({
          intent_id: intent.id,
          worker_id: w,
          asked_at: new Date().toISOString(),
          answer: 'not_yet',
          obstacle: 'documents',
          note: null,
        })
        .execute();
    }
    for (const role of ['admin', 'researcher', 'ngo'] as const)
      tokens[role] = (
        await createToken(t.db, { role, name: role === 'admin' ? `Admin ${EVIL}` : `The ${role}` })
      ).token;
    const app = new Hono();
    app.route('/dashboard', createDashboard({ db: t.db, k: 5, pseudonymSecret: 'browser-test-secret-0123456789' }));
    server = await listen(app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}/dashboard`;
    browser = await launchBrowser();
  });
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
      // Status pages (403) and the favicon log "Failed to load resource"; anything else (a CSP refusal, a script error) counts.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    await page.goto(`${base}/research/overview`);
    expect(page.url()).toBe(`${base}/login`);
    await page.fill('input[name=token]', tokens[role]!);
    await page.click('button[type=submit]');
    await page.waitForLoadState('load');
    return { page, errors };
  }

  async function chartsRendered(page: Page): Promise<void> {
    const figures = page.locator('figure.chart');
    const n = await figures.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const fig = figures.nth(i);
      if ((await fig.locator('canvas').count()) === 0) continue;
      await expect.poll(() => fig.getAttribute('data-rendered')).toBe('1');
      const box = await fig.locator('canvas').boundingBox();
      expect(box!.width).toBeGreaterThan(150);
      expect(box!.height).toBeGreaterThan(150);
    }
  }

  it('a researcher logs in with a token, sees the charts, and cannot reach NGO or admin pages', async () => {
    const { page, errors } = await loggedIn('researcher');
    expect(page.url()).toBe(`${base}/research/overview`);
    await chartsRendered(page);
    expect(await page.locator('.cards .n').first().textContent()).toBe('12');
    expect(await page.locator('nav a[href*="/ngo/"]').count()).toBe(0);
    expect(await page.locator('nav a[href*="/admin/"]').count()).toBe(0);
    for (const path of ['/ngo/broadcasts', '/ngo/tanya', '/admin/audit', '/admin/tokens']) {
      const res = await page.goto(`${base}${path}`);
      expect(res!.status()).toBe(403);
    }
    // The session cookie is not readable from scripts.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an admin sees the audit log with typed names escaped, and logging out ends the session', async () => {
    const { page, errors } = await loggedIn('admin');
    await page.goto(`${base}/admin/audit`);
    const rows = page.locator('#audit tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#audit').textContent()).toContain(EVIL);
    expect(await page.locator('header .who').textContent()).toContain(EVIL);
    expect(await page.locator('#pwned').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    await page.click('.logout button');
    expect(page.url()).toBe(`${base}/login?out=1`);
    await page.goto(`${base}/admin/audit`);
    expect(page.url()).toBe(`${base}/login`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('every research page renders its charts, and a data set downloads from the export form (audited)', async () => {
    const { page, errors } = await loggedIn('researcher');
    const links = await page
      .locator('nav a[href^="/dashboard/research/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const href of links) {
      const res = await page.goto(`http://127.0.0.1:${server.port}${href}`);
      expect(res!.status(), href).toBe(200);
      if (href.endsWith('/exports')) continue;
      await chartsRendered(page);
      // With six diaries every chart has data: none says "No data yet".
      expect(await page.locator('figure.chart p.empty').count(), href).toBe(0);
      // Typed employer names never reach a research page.
      expect(await page.content(), href).not.toContain('pwned');
    }
    // Each chart downloads as PNG (drawn by the browser) and as CSV (its numbers).
    await page.goto(`${base}/research/earnings`);
    await chartsRendered(page);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#hourly a.chart-png')]);
    expect(png.suggestedFilename()).toMatch(/^upahku-hourly-\d{4}-\d{2}-\d{2}\.png$/);
    const pngBytes = await new Promise<Buffer>((resolve, reject) => {
      png.createReadStream().then((stream) => {
        const parts: Buffer[] = [];
        stream.on('data', (d: Buffer) => parts.push(d));
        stream.on('end', () => resolve(Buffer.concat(parts)));
        stream.on('error', reject);
      }, reject);
    });
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#hourly a.chart-csv')]);
    expect(csv.suggestedFilename()).toMatch(/^upahku-hourly-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.goto(`${base}/research/exports`);
    await page.selectOption('select[name=dataset]', 'consent_events');
    await page.selectOption('select[name=format]', 'csv');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-form button[type=submit]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^upahku-consent-events-\d{4}-\d{2}-\d{2}-data-v\d+\.csv$/);
    const body = await new Promise<string>((resolve, reject) => {
      download.createReadStream().then((stream) => {
        let out = '';
        stream.on('data', (d) => (out += d));
        stream.on('end', () => resolve(out));
        stream.on('error', reject);
      }, reject);
    });
    expect(body.split('\n')[0]).toBe('worker,at,day,kind,decision,version');
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'export').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ dataset: 'consent_events', format: 'csv' });
    expect(audit[0]!.actor).toBe('The researcher');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the protection and quality pages filter like the chart pages, with dates typed day first', async () => {
    const { page, errors } = await loggedIn('researcher');
    // Tomorrow in WIB, as a researcher types it: the diary's entries are all from today.
    const [y, m, d] = wibDate(new Date(Date.now() + 864e5)).split('-');
    const tomorrow = `${d}/${m}/${y}`;
    await page.goto(`${base}/research/quality`);
    await chartsRendered(page);
    // w2 handed in more rejects than pieces, w3 wrote 17 hours in a day.
    expect(await page.locator('h2').first().textContent()).toContain('(2)');
    // The page says how many it lists, and the full list downloads as CSV (audited).
    expect(await page.locator('#flags-shown').textContent()).toContain('2 dari 2 ditampilkan');
    const [flagsCsv] = await Promise.all([page.waitForEvent('download'), page.click('#flags-csv')]);
    expect(flagsCsv.suggestedFilename()).toMatch(/^upahku-quality-flags-\d{4}-\d{2}-\d{2}\.csv$/);
    const flagRows = await new Promise<string>((resolve, reject) => {
      flagsCsv.createReadStream().then((stream) => {
        let out = '';
        stream.on('data', (d) => (out += d));
        stream.on('end', () => resolve(out));
        stream.on('error', reject);
      }, reject);
    });
    expect(flagRows.trim().split('\r\n')).toHaveLength(3);
    const audited = await t.db.selectFrom('audit_log').select('detail').where('action', '=', 'export').execute();
    expect(audited.some((a) => JSON.parse(a.detail).dataset === 'quality_flags')).toBe(true);
    const form = page.locator('#chart-filters');
    expect(await form.locator('input[name=from]').getAttribute('placeholder')).toBe('dd/mm/yyyy');
    // A month-first date is refused by the browser before it is sent.
    await form.locator('input[name=from]').fill('12/31/2026x');
    expect(await form.locator('input[name=from]').evaluate((i: HTMLInputElement) => i.validity.valid)).toBe(false);
    await form.locator('select[name=kecamatan]').selectOption('Pare');
    await form.locator('select[name=product]').selectOption('alas_kaki');
    await form.locator('input[name=from]').fill(tomorrow);
    await Promise.all([page.waitForURL(/kecamatan=Pare/), form.locator('button[type=submit]').click()]);
    const query = new URL(page.url()).searchParams;
    expect([query.get('kecamatan'), query.get('product'), query.get('from')]).toEqual(['Pare', 'alas_kaki', tomorrow]);
    // The filter stays as chosen, the day still day first, and nothing flagged is from tomorrow on.
    expect(await form.locator('select[name=kecamatan]').inputValue()).toBe('Pare');
    expect(await form.locator('input[name=from]').inputValue()).toBe(tomorrow);
    expect(await page.locator('h2').first().textContent()).toContain('(0)');

    await page.goto(`${base}/research/protection`);
    await chartsRendered(page);
    await form.locator('select[name=kecamatan]').selectOption('Pare');
    await Promise.all([page.waitForURL(/kecamatan=Pare/), form.locator('button[type=submit]').click()]);
    await chartsRendered(page);
    expect(await page.locator('#coverage a.chart-csv').getAttribute('download')).toMatch(
      /^upahku-coverage-Pare-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    // Every worker of the diary is in Pare: the chosen kecamatan keeps all six obstacles.
    expect(await page.locator('figure.chart p.empty').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the week and month under way are drawn apart on the charts and said partial, in Indonesian and English', async () => {
    const { page, errors } = await loggedIn('researcher');
    // How each drawn point or bar of a chart over time looks, beside whether its period is under way.
    const drawn = (id: string) =>
      page.evaluate((id) => {
        const fig = document.getElementById(id)!;
        const spec = JSON.parse(fig.querySelector('script.chart-spec')!.textContent!);
        const chart = (window as any).Chart.getChart(fig.querySelector('canvas'));
        return chart.data.datasets.map((d: { type?: string }, k: number) => ({
          line: (d.type ?? chart.config.type) === 'line',
          points: chart.getDatasetMeta(k).data.map((e: any, i: number) => ({
            partial: !!spec.partial[i],
            fill: e.options.backgroundColor,
            border: e.options.borderWidth,
          })),
        }));
      }, id);
    const apart = async (id: string) => {
      let under = 0;
      for (const d of await drawn(id))
        for (const p of d.points) {
          // A hollow point (white inside) on a line; a pale bar with an outline.
          if (d.line) expect(p.fill === '#ffffff', `${id}`).toBe(p.partial);
          else {
            expect(/40$/.test(p.fill), `${id}`).toBe(p.partial);
            expect(p.border > 0, `${id}`).toBe(p.partial);
          }
          if (p.partial) under++;
        }
      expect(under, id).toBeGreaterThan(0);
    };
    // Indonesian first: every entry is from this month.
    await page.goto(`${base}/research/earnings`);
    await chartsRendered(page);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.locator('#chart-filters + p.note, p.note').first().textContent()).toContain('belum lengkap');
    await apart('hourly');
    await apart('below-umk');
    // Marked short on the axis and in the table, and said in words under the chart.
    const labels = await page.locator('#hourly details th').allTextContents();
    expect(labels.at(-1)).toMatch(/^\d{4}-\d{2}\*$/);
    expect(await page.locator('#hourly .partial-note').textContent()).toBe('* belum lengkap: bulan ini masih berjalan');
    expect(await page.locator('#hourly .partial-note').isVisible()).toBe(true);
    await page.goto(`${base}/research/overview`);
    await chartsRendered(page);
    await apart('enrolment');
    await apart('adherence');
    // In English, the same; the CSV says it in a column of its own.
    await page.click('#lang-switch');
    await page.waitForLoadState('load');
    await page.goto(`${base}/research/payments`);
    await chartsRendered(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await apart('late-short');
    await apart('owed-amount');
    expect((await page.locator('#late-short details th').allTextContents()).at(-1)).toMatch(/^\d{4}-\d{2}\*$/);
    expect(await page.locator('#late-short .partial-note').textContent()).toBe(
      '* incomplete: the month is still under way',
    );
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#late-short a.chart-csv')]);
    const body = await new Promise<string>((resolve, reject) => {
      csv.createReadStream().then((stream) => {
        let out = '';
        stream.on('data', (d) => (out += d));
        stream.on('end', () => resolve(out));
        stream.on('error', reject);
      }, reject);
    });
    const rows = body.trim().split('\r\n');
    expect(rows[0]!.endsWith(',partial')).toBe(true);
    expect(rows.at(-1)).toMatch(/^\d{4}-\d{2},[\d.]*,1$/);
    // Back to Indonesian for this login, as the other tests find it.
    await page.click('#lang-switch');
    await page.waitForLoadState('load');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a chart with one point draws it large enough to see; points on a line stay small', async () => {
    const page = await browser.newPage();
    const figure = (id: string, labels: string[], data: (number | null)[]) =>
      `<figure class="chart" id="${id}"><div class="canvas-box" style="width:400px;height:300px"><canvas></canvas></div>` +
      `<script type="application/json" class="chart-spec">${JSON.stringify({ id, title: id, type: 'line', labels, series: [{ label: 'x', data }] })}</script></figure>`;
    await page.setContent(
      `<!doctype html><html><body>${figure('one', ['2026-10'], [5])}${figure('gap', ['a', 'b', 'c', 'd'], [1, null, 3, 4])}` +
        `<script src="${base}/assets/chart.umd.min.js"></script><script src="${base}/assets/dashboard.js"></script></body></html>`,
    );
    for (const id of ['one', 'gap']) await expect.poll(() => page.getAttribute(`#${id}`, 'data-rendered')).toBe('1');
    const radii = (id: string) =>
      page.evaluate(
        (id) =>
          (window as any).Chart.getChart(document.querySelector(`#${id} canvas`))
            .getDatasetMeta(0)
            .data.map((e: any) => e.options.radius),
        id,
      );
    expect(await radii('one')).toEqual([5]);
    // A point between gaps is alone too; points joined by a line are not.
    expect(await radii('gap')).toEqual([5, 2, 2, 2].map((r, i) => (i === 1 ? expect.any(Number) : r)));
    await page.close();
  });

  /** How a page is laid out: each chart's plotting area, axis labels, legend and note, and what sticks out. */
  const layoutOf = (page: Page) =>
    page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const charts = [...document.querySelectorAll('figure.chart')].flatMap((fig) => {
        const canvas = fig.querySelector('canvas');
        if (!canvas) return [];
        const c = (window as any).Chart.getChart(canvas);
        const spec = JSON.parse(fig.querySelector('script.chart-spec')!.textContent!);
        const axis = spec.horizontal ? c.scales.y : c.scales.x;
        const shown = axis.ticks.map((t: { label: unknown }) => t.label).filter((l: unknown) => l != null && l !== '');
        const box = fig.getBoundingClientRect();
        const legend = [...fig.querySelectorAll('.legend .legend-item')].map((b) => b.getBoundingClientRect());
        const note = fig.querySelector<HTMLElement>('.partial-note');
        return [
          {
            id: fig.id,
            plot: c.chartArea.bottom - c.chartArea.top,
            partial: (spec.partial ?? []).some(Boolean) as boolean,
            lastLabel: spec.labels.at(-1) as string,
            lastShown: shown.at(-1) as string | undefined,
            labelsShown: shown.length as number,
            series: spec.series.length as number,
            legendItems: legend.length,
            legendInside: legend.every((r) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5),
            note: note
              ? { text: note.textContent, shown: note.offsetParent !== null, right: note.getBoundingClientRect().right }
              : null,
          },
        ];
      });
      // Whatever reaches past the screen's right edge outside a box that scrolls sideways (cut off, or a page
      // that scrolls sideways); and whether each box that does scroll shows it (shadows at its edges).
      const scrolls = (e: Element) => /(auto|scroll)/.test(getComputedStyle(e).overflowX);
      const outside = [...document.querySelectorAll('body *')]
        .filter((e) => {
          const b = e.getBoundingClientRect();
          if (b.width === 0 || b.right <= vw + 0.5) return false;
          for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
            if (scrolls(a) && a.getBoundingClientRect().right <= vw + 0.5) return false;
          return true;
        })
        .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`);
      const boxes = [...document.querySelectorAll('main *')]
        .filter((e) => scrolls(e) && e.scrollWidth > e.clientWidth + 1)
        .map((e) => ({
          shadows: getComputedStyle(e).backgroundImage.includes('gradient'),
          focusable: e.getAttribute('tabindex') === '0',
        }));
      return { vw, scrollWidth: document.documentElement.scrollWidth, charts, outside, boxes };
    });

  it('on a phone (360 px) and a laptop (1366 px) every research page fits the width, with charts tall enough to read', async () => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1366, height: 900 },
    ]) {
      const { page, errors } = await loggedIn('researcher', viewport);
      const links = await page
        .locator('nav a[href^="/dashboard/research/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      let partials = 0;
      for (const href of links) {
        await page.goto(`http://127.0.0.1:${server.port}${href}`);
        if (!href.endsWith('/exports')) await chartsRendered(page);
        const at = `${href} at ${viewport.width} px`;
        const l = await layoutOf(page);
        expect(l.outside, at).toEqual([]);
        expect(l.scrollWidth, at).toBeLessThanOrEqual(l.vw);
        // A table that scrolls sideways says so (shadows at the edge that has more) and takes the keyboard.
        for (const box of l.boxes) expect(box, at).toEqual({ shadows: true, focusable: true });
        for (const c of l.charts) {
          const it = `${at} #${c.id}`;
          // The plotting area keeps its height: axis labels are short (the partial mark is an asterisk).
          expect(c.plot, it).toBeGreaterThanOrEqual(150);
          // The legend lists every series and stays inside the chart's frame (it wraps).
          expect(c.legendItems, it).toBe(c.series);
          expect(c.legendInside, it).toBe(true);
          if (!c.partial) continue;
          partials++;
          // The week or month under way keeps its label on the axis, and the note under the chart says what * is.
          expect(c.lastLabel, it).toMatch(/\*$/);
          expect(c.lastShown, it).toBe(c.lastLabel);
          expect(c.note?.text, it).toMatch(/^\* belum lengkap: (bulan|minggu) ini masih berjalan$/);
          expect(c.note?.shown, it).toBe(true);
          expect(c.note!.right, it).toBeLessThanOrEqual(l.vw);
        }
        if (href.endsWith('/piece-rates') && viewport.width === 360) {
          // On a phone each cell of the table is a card as wide as the screen at most, its figures named.
          const cards = page.locator('#aggregates tbody tr');
          expect(await cards.count(), at).toBeGreaterThan(0);
          for (const box of await cards.evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().right)))
            expect(box, at).toBeLessThanOrEqual(l.vw);
          expect(
            await page.locator('#aggregates thead').evaluate((e) => e.getBoundingClientRect().height),
          ).toBeLessThan(2);
          expect(
            await page
              .locator('#aggregates td[data-label]')
              .first()
              .evaluate((e) => getComputedStyle(e, '::before').content),
          ).toMatch(/Pekerja/);
        }
      }
      expect(partials, `${viewport.width} px`).toBeGreaterThanOrEqual(5);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('on a phone, a chart over half a year of weeks keeps the week under way labelled and its plotting area tall', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const weeks = Array.from({ length: 27 }, (_, i) => `2026-W${String(23 + i).padStart(2, '0')}`);
    const spec = {
      id: 'weeks',
      title: 'weeks',
      type: 'bar',
      labels: weeks.map((w, i) => (i === weeks.length - 1 ? `${w}*` : w)),
      partial: weeks.map((_, i) => i === weeks.length - 1),
      series: [
        {
          label: 'a series with a long name that a drawn legend would cut at the right edge of a phone',
          data: weeks.map((_, i) => i * 10),
        },
        { label: 'another', data: weeks.map(() => 5), type: 'line', color: 1 },
      ],
    };
    await page.setContent(
      `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="${base}/assets/dashboard.css"></head>` +
        `<body><main><div class="charts"><figure class="chart" id="weeks"><div class="canvas-box"><canvas></canvas></div><div class="legend" hidden></div>` +
        `<script type="application/json" class="chart-spec">${JSON.stringify(spec)}</script></figure></div></main>` +
        `<script src="${base}/assets/chart.umd.min.js"></script><script src="${base}/assets/dashboard.js"></script></body></html>`,
    );
    await expect.poll(() => page.getAttribute('#weeks', 'data-rendered')).toBe('1');
    const l = await layoutOf(page);
    const c = l.charts[0]!;
    expect(c.plot).toBeGreaterThanOrEqual(150);
    // Not every week fits: labels are skipped counting back from the last, which is always shown.
    expect(c.labelsShown).toBeLessThan(weeks.length);
    expect(c.labelsShown).toBeGreaterThan(4);
    expect(c.lastShown).toBe('2026-W49*');
    expect(c.legendItems).toBe(2);
    expect(c.legendInside).toBe(true);
    expect(l.outside).toEqual([]);
    // A legend item hides and shows its series.
    await page.locator('#weeks .legend-item').first().click();
    expect(
      await page.evaluate(() =>
        (window as any).Chart.getChart(document.querySelector('#weeks canvas')).isDatasetVisible(0),
      ),
    ).toBe(false);
    expect(await page.locator('#weeks .legend-item').first().getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('an NGO token sees the outreach pages and not the research ones', async () => {
    const { page, errors } = await loggedIn('ngo');
    expect(page.url()).toBe(`${base}/ngo/broadcasts`);
    expect(await page.locator('nav a[href*="/research/"]').count()).toBe(0);
    const res = await page.goto(`${base}/research/overview`);
    expect(res!.status()).toBe(403);
    // Broadcasts, templates and the TANYA inbox are tested in tests/web/ngo-dashboard.test.ts.
    expect(errors).toEqual([]);
    await page.close();
  });
});
