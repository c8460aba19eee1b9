import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Progress, sendBroadcast } from '../../src/broadcast/broadcasts.ts';
import { broadcastCommand, groupCommand, parseWhen, renderProgress } from '../../src/cli/broadcast.ts';
import { pseudonymizer } from '../../src/research/pseudonym.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedWorkers } from '../helpers/seed.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
  process.exitCode = undefined;
});
afterEach(async () => {
  await t.close();
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** Runs `upahku <args>` in this process against the test database; returns what it printed. */
async function upahku(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  process.exitCode = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err += String(s);
    return true;
  });
  const program = new Command().exitOverride();
  broadcastCommand(program);
  groupCommand(program);
  try {
    await program.parseAsync(['node', 'upahku', ...args, '--db', t.url]);
  } finally {
    vi.restoreAllMocks();
  }
  return { out, err, code: Number(process.exitCode ?? 0) };
}

describe('upahku broadcast and group', () => {
  it('edits a draft, makes a recurring broadcast, and says how long sending takes', async () => {
    await seedWorkers(t.db, 3, new Date().toISOString(), () => ({ channel: 'whatsapp' }));
    let r = await upahku('broadcast', 'create', '--text', 'Lama', '--quiet', 'off', '--repeat', '0 9 * * 1#1');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Repeats: 0 9 * * 1#1 (WIB)');
    expect(r.out).toMatch(/Sending takes about under a minute/);
    r = await upahku('broadcast', 'edit', '1', '--text', 'Baru', '--text-en', 'New');
    expect(r.out).toBe('Broadcast #1 changed. See it: npx upahku broadcast preview 1\n');
    expect(await t.db.selectFrom('broadcasts').select(['text_id', 'text_en']).executeTakeFirstOrThrow()).toEqual({
      text_id: 'Baru',
      text_en: 'New',
    });
    r = await upahku('broadcast', 'edit', '1');
    expect(r).toMatchObject({ code: 1, err: 'Say what to change: --text, --text-en or --title\n' });
    r = await upahku('broadcast', 'send', '1');
    expect(r.out).toMatch(/^Broadcast #1 repeats; the first run is \d{2}\/\d{2}\/\d{4} 09:00 WIB\./);
    const job = await t.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({ kind: 'broadcast.run', cron: '0 9 * * 1#1', status: 'pending' });
    r = await upahku('broadcast', 'create', '--text', 'x', '--repeat', 'every monday');
    expect(r.code).toBe(1);
    expect(r.err).toContain('is not a cron pattern');
    expect(await t.db.selectFrom('broadcasts').select('id').execute()).toHaveLength(1);
  });

  it('create, preview, send, status and cancel from the command line', async () => {
    const now = new Date().toISOString();
    const workers = await seedWorkers(t.db, 40, now, (i) => ({
      kecamatan: i % 2 ? 'Gurah' : 'Pare',
      optedOut: i === 0,
    }));
    let r = await upahku('group', 'create', 'Kelompok Pare', '--code', 'pare1');
    expect(r.out).toContain('Workers join by sending: GABUNG PARE1');
    const file = join(t.dir, 'members.txt');
    const secret = 'cli-test-secret-0123456789';
    process.env.PSEUDONYM_SECRET = secret;
    writeFileSync(
      file,
      `${workers
        .slice(0, 10)
        .map((w) => pseudonymizer(secret)('worker', w.id))
        .join('\n')}\nW-nothere000000000\n`,
    );
    r = await upahku('group', 'import', 'Kelompok Pare', file);
    delete process.env.PSEUDONYM_SECRET;
    expect(r.out).toContain('Group "Kelompok Pare": 10 added, 0 already in it, 1 not found.');

    r = await upahku(
      'broadcast',
      'create',
      '--text',
      'Rapat kelompok hari Sabtu',
      '--text-en',
      'Group meeting on Saturday',
      '--kecamatan',
      'pare',
      '--group',
      'kelompok pare',
      '--quiet',
      'off',
    );
    expect(r.out).toContain('Created broadcast #1. Nothing is sent yet.');
    expect(r.out).toContain('Segment: kecamatan Pare; group Kelompok Pare');
    // Workers 0-9 in the group, the even ones in Pare, and worker 0 said BERHENTI.
    expect(r.out).toContain('Recipients now: 4 (channels: telegram 4; languages: id 4)');
    expect(r.out).toContain('Left out: 1 said BERHENTI');

    r = await upahku('broadcast', 'preview', '1', '--json');
    expect(JSON.parse(r.out)).toMatchObject({ recipients: 4, texts: { en: expect.stringMatching(/^Group meeting/) } });

    r = await upahku('broadcast', 'send', '1');
    expect(r.out).toContain('Broadcast #1: 4 messages queued.');
    r = await upahku('broadcast', 'status', '1');
    expect(r.out).toContain('#1 sending: [------------------------] 0% · 0/4 sent');
    expect(r.out).toContain('replied within 48 h: 0');
    r = await upahku('broadcast', 'cancel', '1');
    expect(r.out).toContain('Broadcast #1 cancelled; 4 unsent messages withdrawn.');
    r = await upahku('broadcast', 'status');
    expect(r.out).toMatch(/#1 {2}cancelled .* 4 recipients {2}Rapat kelompok hari Sabtu/);
  });

  it('writes every broadcast and group change to the audit log as "cli", with no personal data', async () => {
    const workers = await seedWorkers(t.db, 5, new Date().toISOString());
    await upahku('group', 'create', 'Kelompok Gurah');
    const secret = 'cli-test-secret-0123456789';
    const file = join(t.dir, 'members.txt');
    writeFileSync(file, `${pseudonymizer(secret)('worker', workers[0]!.id)}\nW-nothere000000000\n`);
    process.env.PSEUDONYM_SECRET = secret;
    await upahku('group', 'import', 'Kelompok Gurah', file);
    delete process.env.PSEUDONYM_SECRET;
    await upahku('group', 'code', 'Kelompok Gurah', 'gurah2');
    await upahku('broadcast', 'create', '--text', 'Pelatihan BPJS hari Kamis', '--by', 'Bu Sari', '--quiet', 'off');
    await upahku('broadcast', 'send', '1');
    await upahku('broadcast', 'create', '--text', 'Kabar', '--quiet', 'off');
    await upahku('broadcast', 'send', '2', '--at', '2099-12-01 09:00');
    await upahku('broadcast', 'cancel', '1');
    // Reading commands change nothing and are not logged.
    await upahku('broadcast', 'preview', '1');
    await upahku('broadcast', 'status', '1');
    // A refused command did nothing: nothing to log.
    await upahku('broadcast', 'send', '9');

    const rows = await t.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(rows.map((r) => [r.actor, r.role, r.token_id])).toEqual(rows.map(() => ['cli', null, null]));
    expect(rows.map((r) => [r.action, JSON.parse(r.detail)])).toEqual([
      ['group_create', { groupId: 1 }],
      ['group_import', { groupId: 1, added: 1, already: 0, notFound: 1 }],
      ['group_code', { groupId: 1, joinCode: true }],
      ['broadcast', { op: 'create', broadcastId: 1 }],
      ['broadcast', { op: 'send', broadcastId: 1, status: 'sending', recipients: 5 }],
      ['broadcast', { op: 'create', broadcastId: 2 }],
      ['broadcast', { op: 'schedule', broadcastId: 2, status: 'scheduled', at: '2099-12-01T02:00:00.000Z' }],
      ['broadcast', { op: 'cancel', broadcastId: 1, withdrawn: 5 }],
    ]);
    const logged = rows.map((r) => r.detail).join('\n');
    for (const w of workers) expect(logged).not.toContain(w.address);
    expect(logged).not.toMatch(/Pelatihan|Bu Sari|W-|Gurah/);
  });

  it('says what is wrong in one line and exits 1', async () => {
    let r = await upahku('broadcast', 'create', '--text', 'x', '--product', 'batik');
    expect(r.err).toBe(
      'Segment product: "batik" is not a product; one of alas_kaki, jahit, makanan, rokok, kerajinan, kemasan, lainnya\n',
    );
    expect(r.code).toBe(1);
    r = await upahku('broadcast', 'send', '7');
    expect(r.err).toBe('No broadcast #7\n');
    r = await upahku('broadcast', 'create', '--text', 'x', '--group', 'Nobody');
    expect(r.err).toBe('No group "Nobody" (none created yet)\n');
    r = await upahku('broadcast', 'create', '--text', 'x', '--quiet', 'off');
    expect(r.code).toBe(0);
    r = await upahku('broadcast', 'send', '1', '--at', 'tomorrow');
    expect(r.err).toContain('"tomorrow" is not a time like 2026-12-01 09:00 (WIB)');
  });

  it('schedules with a WIB time and draws the progress bar', async () => {
    await seedWorkers(t.db, 3, new Date().toISOString());
    await upahku('broadcast', 'create', '--text', 'Kabar', '--quiet', 'off');
    const r = await upahku('broadcast', 'send', '1', '--at', '2099-12-01 09:00');
    expect(r.out).toBe('Broadcast #1 is scheduled for 01/12/2099 09:00 WIB.\n');
    const row = await t.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'broadcast.send', due_at: '2099-12-01T02:00:00.000Z', status: 'pending' });
    // Sending it now instead withdraws the scheduled job.
    await sendBroadcast(t.db, 1, {}, new Date());
    expect((await t.db.selectFrom('jobs').select('status').executeTakeFirstOrThrow()).status).toBe('cancelled');

    const p: Progress = {
      id: 3,
      title: 'x',
      status: 'sending',
      scheduledFor: null,
      recipients: 10_000,
      pending: 2500,
      sent: 7400,
      failed: 60,
      unreachable: 40,
      stoppedBeforeSend: 0,
      cancelled: 0,
      waitingForMorning: 2500,
      waitingForWorker: 0,
      delivered: 0,
      read: 0,
      withReceipts: 0,
      byReason: { unreachable: 40, rejected: 0, gave_up: 20, cancelled: 0, opted_out: 0, other: 0 },
      nextAt: '2026-11-28T00:00:00.000Z',
    };
    expect(renderProgress(p)).toBe(
      '#3 sending: [##################------] 75% · 7,400/10,000 sent · 60 failed · 40 unreachable · 2,500 wait until 28/11/2026 07:00 WIB',
    );
    // Workers on the terminal or the web chat get it when they next write: not "sending 0%".
    expect(
      renderProgress({
        ...p,
        recipients: 12,
        pending: 0,
        sent: 2,
        failed: 0,
        unreachable: 0,
        waitingForMorning: 0,
        waitingForWorker: 10,
      }),
    ).toBe(
      '#3 sending: [########################] 100% · 2/12 sent · 0 failed · 0 unreachable · 10 get it when they next write (terminal, web chat)',
    );
    expect(() => parseWhen('2020-01-01 10:00', new Date())).toThrow('is in the past');
  });
});
