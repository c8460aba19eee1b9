import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetNames, type ExportContext, exportDataset, keyedPseudonymizer } from '../../src/research/datasets.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

const SECRET = 'test-secret-0123456789abcdef';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

/** Chooses a main-menu item by its label, wherever the menu puts it. */
async function menuItem(phone: Phone, label: RegExp, then: string[]): Promise<void> {
  const menu = await phone.send('menu');
  const n = menu
    .split('\n')
    .find((l) => label.test(l))
    ?.match(/^(\d+) /)?.[1];
  expect(n, `menu item ${label} in:\n${menu}`).toBeDefined();
  await phone.send(n!);
  for (const m of then) await phone.send(m);
}

function ctx(over: Partial<ExportContext> = {}): ExportContext {
  return { db: t.db, k: 5, now: new Date(), pseudonym: keyedPseudonymizer(SECRET), ...over };
}

async function everyExport(c: ExportContext): Promise<string> {
  let all = '';
  for (const name of datasetNames())
    for (const format of ['csv', 'json'] as const) all += String((await exportDataset(name, format, c)).body);
  return all;
}

describe('research exports', () => {
  it('only research-consented workers, under stable pseudonyms, with no identifier; withdrawal removes her', async () => {
    const users = ['6281234567001', '6281234567002', '6281234567003'];
    const phones = users.map((u) => new Phone(t.db, u));
    await phones[0]!.onboard();
    await phones[1]!.onboard();
    await phones[2]!.onboard({ research: false });
    const ids = (await t.db.selectFrom('workers').select('id').orderBy('created_at').execute()).map((w) => w.id);
    expect(ids).toHaveLength(3);
    const p = keyedPseudonymizer(SECRET);
    const [a, b, c] = ids.map((id) => p.worker(id));

    const first = await everyExport(ctx());
    const again = await everyExport(ctx());
    expect(again).toContain(a!);
    expect(first).toContain(a!);
    expect(first).toContain(b!);
    expect(first).not.toContain(c!);
    // The same worker gets the same pseudonym in every data set and export; another key gives others.
    expect(keyedPseudonymizer(SECRET).worker(ids[0]!)).toBe(a);
    expect(keyedPseudonymizer('another-secret-0123456789').worker(ids[0]!)).not.toBe(a);
    for (const needle of [...users, ...ids]) expect(first).not.toContain(needle);

    const consent = String((await exportDataset('consent_events', 'csv', ctx())).body);
    expect(consent.split('\n')[0]).toBe('worker,at,day,kind,decision,version');
    expect(consent.match(new RegExp(a!, 'g'))).toHaveLength(2); // diary yes, research yes

    // She withdraws research consent in the chat: gone from every later export.
    await menuItem(phones[1]!, /Pengaturan/, ['2', '2']);
    const later = await everyExport(ctx());
    expect(later).toContain(a!);
    expect(later).not.toContain(b!);
  });

  it('a ZIP holds the data, the codebook as CSV and as text; JSON carries the codebook', async () => {
    await new Phone(t.db, 'u1').onboard();
    const zip = await exportDataset('panel', 'zip', ctx({ from: '2026-01-01' }));
    expect(zip.filename).toMatch(/^upahku-panel-\d{4}-\d{2}-\d{2}-data-v\d+-from-2026-01-01\.zip$/);
    const file = join(t.dir, zip.filename);
    writeFileSync(file, zip.body);
    const list = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
    expect(list).toEqual([
      'panel.csv',
      'panel.parquet',
      'panel-codebook.csv',
      'panel-codebook.txt',
      'panel.do',
      'panel.R',
      'panel.py',
      'datapackage.json',
    ]);
    const book = execFileSync('unzip', ['-p', file, 'panel-codebook.csv'], { encoding: 'utf8' });
    expect(book.split('\n')[0]).toBe('dataset,column,meaning,type,unit,allowed_values');
    expect(book).toMatch(/panel,effective_hourly,.*rupiah per hour/);
    const data = execFileSync('unzip', ['-p', file, 'panel.csv'], { encoding: 'utf8' });
    expect(data.split('\n')[0]).toBe(
      'worker,week,week_start,kecamatan,product,pieces,earned,paid,deductions,owed,costs,hours,effective_hourly,negative_hourly,umk_hourly,below_umk,any_entry,partial,reminders_sent,reminders_answered',
    );
    const json = JSON.parse(String((await exportDataset('consent_events', 'json', ctx())).body));
    expect(json.codebook.map((c: { name: string }) => c.name)).toEqual([
      'worker',
      'at',
      'day',
      'kind',
      'decision',
      'version',
    ]);
    expect(json.rows).toHaveLength(2);
  });
});
