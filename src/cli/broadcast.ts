// `upahku broadcast create|preview|send|status|cancel` and `upahku group ...`:
// the NGO side from a terminal. The logic is in src/broadcast/, shared with the API.
import { readFileSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
import type { Command } from 'commander';
import { CLI_ACTOR, recordAudit } from '../access/audit.ts';
import {
  BroadcastError,
  broadcastProgress,
  cancelBroadcast,
  createBroadcast,
  type Figures,
  listBroadcasts,
  type Preview,
  type Progress,
  previewBroadcast,
  sendBroadcast,
  shownFigures,
  updateBroadcast,
} from '../broadcast/broadcasts.ts';
import { channelIntervals } from '../broadcast/duration.ts';
import { createGroup, groupByName, importPseudonyms, listGroups, setJoinCode } from '../broadcast/groups.ts';
import { SegmentError } from '../broadcast/segment.ts';
import { loadConfig } from '../config.ts';
import { systemClock } from '../core/clock.ts';
import { TIME_ZONE, wibDateTime } from '../core/time.ts';
import { type Db, openAndMigrate } from '../db/connect.ts';
import { databaseUrl } from './db-option.ts';

const out = (s: string): void => {
  process.stdout.write(`${s}\n`);
};
const num = (n: number) => n.toLocaleString('en-US');
const when = (iso: string | null) => (iso ? `${wibDateTime(new Date(iso))} WIB` : '-');
const list = (v?: string) =>
  v
    ?.split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** Opens the database, runs the action, and turns a mistake into one line and exit code 1. */
async function withDb(dbOpt: string | undefined, action: (db: Db) => Promise<void>): Promise<void> {
  const db = await openAndMigrate(await databaseUrl(dbOpt));
  try {
    await action(db);
  } catch (err) {
    if (err instanceof BroadcastError || err instanceof SegmentError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 1;
    } else throw err;
  } finally {
    await db.destroy();
  }
}

function broadcastId(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new BroadcastError(`"${v}" is not a broadcast number`);
  return n;
}

/** "2026-12-01 09:00" (WIB) or an ISO instant with its zone. */
export function parseWhen(text: string, now: Date): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2})[:.](\d{2})$/.exec(text.trim());
  const d = m
    ? new Date(new TZDate(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, TIME_ZONE).getTime())
    : /[zZ]|[+-]\d{2}:?\d{2}$/.test(text)
      ? new Date(text)
      : new Date(Number.NaN);
  if (Number.isNaN(d.getTime())) throw new BroadcastError(`"${text}" is not a time like 2026-12-01 09:00 (WIB)`);
  if (d.getTime() <= now.getTime()) throw new BroadcastError(`${when(d.toISOString())} is in the past`);
  return d;
}

/** About how long, for people: "1 h 23 min", "12 min", "under a minute". */
export function duration(ms: number): string {
  if (ms < 60_000) return 'under a minute';
  const min = Math.round(ms / 60_000);
  return min >= 60 ? `${Math.floor(min / 60)} h ${min % 60} min` : `${min} min`;
}

export function renderPreview(p: Preview): string {
  // A hidden count (BPJS-status segment, fewer than K) reads "fewer than K".
  const n = (v: number | null) => (v === null ? `fewer than ${p.k}` : num(v));
  const by = (r: Record<string, number | null>) =>
    Object.entries(r)
      .map(([k, v]) => (v === null ? k : `${k} ${num(v)}`))
      .join(', ') || '-';
  return [
    `Broadcast #${p.id}: ${p.title}`,
    `Segment: ${p.segment}`,
    `Recipients now: ${n(p.recipients)} (channels: ${by(p.byChannel)}; languages: ${by(p.byLang)})`,
    `Left out: ${n(p.excluded.optedOut)} said BERHENTI, ${n(p.excluded.noConsent)} without consent, ${n(p.excluded.unreachable)} unreachable`,
    ...(p.durationMs === null
      ? []
      : [
          `Sending takes about ${duration(p.durationMs)} at the channels' rates${p.onlyWhenTheyWrite ? `; ${num(p.onlyWhenTheyWrite)} on the terminal or web chat get it when they next write` : ''}`,
        ]),
    ...(p.cron ? [`Repeats: ${p.cron} (WIB)`] : []),
    `Quiet hours: ${p.quietHours ?? 'none'}${p.startsAt > new Date().toISOString() ? `; sending now would start ${when(p.startsAt)}` : ''}`,
    '',
    '--- Indonesian ---',
    p.texts.id,
    '--- English ---',
    p.texts.en,
  ].join('\n');
}

/** One line: a bar and the counts, e.g. for a TTY that redraws it. */
export function renderProgress(p: Progress, width = 24): string {
  // Messages for terminal or web-chat workers wait for them to write: not "sending 0%".
  const pushed = p.recipients - p.waitingForWorker;
  const done = pushed - p.pending;
  const share = pushed > 0 ? done / pushed : 1;
  const filled = Math.round(share * width);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const parts = [
    `${bar} ${Math.floor(share * 100)}%`,
    `${num(p.sent)}/${num(p.recipients)} sent`,
    `${num(p.failed)} failed`,
    `${num(p.unreachable)} unreachable`,
  ];
  if (p.stoppedBeforeSend) parts.push(`${num(p.stoppedBeforeSend)} said BERHENTI`);
  if (p.cancelled) parts.push(`${num(p.cancelled)} cancelled`);
  if (p.waitingForMorning) parts.push(`${num(p.waitingForMorning)} wait until ${when(p.nextAt)}`);
  if (p.waitingForWorker) parts.push(`${num(p.waitingForWorker)} get it when they next write (terminal, web chat)`);
  return `#${p.id} ${p.status}: ${parts.join(' · ')}`;
}

async function follow(db: Db, id: number, pollMs = 1000): Promise<void> {
  const tty = Boolean(process.stdout.isTTY);
  let stop = false;
  const onInt = () => {
    stop = true;
  };
  process.once('SIGINT', onInt);
  let lastLine = '';
  let lastPrinted = 0;
  try {
    for (;;) {
      const p = await broadcastProgress(db, id, systemClock.now());
      const line = renderProgress(p);
      const final = p.status !== 'sending' && p.status !== 'scheduled';
      if (tty) process.stdout.write(`\r\x1b[2K${line}`);
      else if (line !== lastLine && (final || Date.now() - lastPrinted > 5000)) {
        out(line);
        lastPrinted = Date.now();
      }
      lastLine = line;
      if (final) break;
      if (p.pending > 0 && p.waitingForMorning === p.pending) {
        if (tty) process.stdout.write('\n');
        out(`Everything left waits for the end of quiet hours (${when(p.nextAt)}). Follow again then.`);
        return;
      }
      if (stop) {
        if (tty) process.stdout.write('\n');
        out(`Still sending through the running service. Follow again: npx upahku broadcast status ${id} --follow`);
        return;
      }
      await new Promise((r) => setTimeout(r, pollMs));
    }
    if (tty) process.stdout.write('\n');
  } finally {
    process.off('SIGINT', onInt);
  }
}

function renderFigures(f: Figures): string {
  return [
    renderProgress(f),
    `Recipients ${num(f.recipients)} · sent ${num(f.sent)} · failed ${num(f.failed)} · unreachable ${num(f.unreachable)}`,
    f.withReceipts
      ? `WhatsApp receipts: delivered ${num(f.delivered)} · read ${num(f.read)} (of ${num(f.withReceipts)} on WhatsApp; Telegram has no read receipts)`
      : 'No receipts: Telegram has no read receipts; only WhatsApp sends them.',
    `Opted out since: ${num(f.optedOutSince)} · deleted their data since: ${num(f.erasedSince)} · replied within 48 h: ${num(f.repliedWithin48h)}`,
  ].join('\n');
}

interface CreateOpts {
  db?: string;
  text?: string;
  textFile?: string;
  textEn?: string;
  textEnFile?: string;
  title?: string;
  kecamatan?: string;
  product?: string;
  lang?: string;
  channel?: string;
  activeDays?: string;
  campaign?: string;
  group?: string;
  protection?: string;
  quiet?: string;
  repeat?: string;
  by?: string;
  json?: boolean;
}

export function broadcastCommand(program: Command): void {
  const cmd = program.command('broadcast').description('NGO broadcasts: create, preview, send, status, cancel');
  const dbOption = ['--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)'] as const;

  cmd
    .command('create')
    .description('write a broadcast and choose who gets it (nothing is sent yet)')
    .option('--text <text>', 'the message in Indonesian')
    .option('--text-file <file>', 'read the Indonesian message from a file')
    .option('--text-en <text>', 'the message in English, for workers who chose English')
    .option('--text-en-file <file>', 'read the English message from a file')
    .option('--title <title>', 'a name for the list (default: the first line)')
    .option('--kecamatan <names>', 'only these kecamatan, comma-separated')
    .option('--product <codes>', 'only this work, comma-separated (alas_kaki, jahit, ...)')
    .option('--lang <langs>', 'only workers who chose this language (id, en)')
    .option('--channel <channels>', 'only on these channels (telegram, whatsapp, web, terminal)')
    .option('--active-days <n>', 'only workers who wrote in the last n days')
    .option('--campaign <codes>', 'only workers who came through these campaign codes')
    .option('--group <names>', 'only members of these groups, comma-separated')
    .option('--protection <values>', 'by latest BPJS answer, e.g. bpjs_tk:none,jkn:never_asked')
    .option('--quiet <window>', 'quiet hours (WIB) like 20:00-07:00, or off (default: QUIET_HOURS)')
    .option('--repeat <cron>', 'a recurring broadcast on a cron pattern (WIB), e.g. "0 9 * * 1#1" = first Monday 09:00')
    .option('--by <name>', 'who wrote it (kept with the broadcast)')
    .option('--json', 'print JSON')
    .option(...dbOption)
    .action(async (o: CreateOpts) =>
      withDb(o.db, async (db) => {
        const config = loadConfig();
        const textId = o.textFile ? readFileSync(o.textFile, 'utf8') : o.text;
        const textEn = o.textEnFile ? readFileSync(o.textEnFile, 'utf8') : o.textEn;
        if (!textId) throw new BroadcastError('Give the Indonesian text with --text or --text-file');
        const groups = list(o.group);
        const segment: Record<string, unknown> = {
          kecamatan: list(o.kecamatan),
          product: list(o.product),
          lang: list(o.lang),
          channel: list(o.channel),
          activeWithinDays: o.activeDays === undefined ? undefined : Number(o.activeDays),
          campaign: list(o.campaign),
          group: groups ? await Promise.all(groups.map(async (g) => (await groupByName(db, g)).id)) : undefined,
          protection: list(o.protection),
        };
        const now = systemClock.now();
        const b = await createBroadcast(
          db,
          { textId, textEn, title: o.title, segment, quietHours: o.quiet, createdBy: o.by, cron: o.repeat },
          now,
          { quietHours: config.QUIET_HOURS === 'off' ? null : config.QUIET_HOURS },
        );
        await recordAudit(db, CLI_ACTOR, 'broadcast', { op: 'create', broadcastId: b.id }, now);
        const p = await previewBroadcast(db, b.id, now, { k: config.K_ANONYMITY, intervals: channelIntervals(config) });
        if (o.json) return out(JSON.stringify(p, null, 2));
        out(`Created broadcast #${b.id}. Nothing is sent yet.\n`);
        out(renderPreview(p));
        out(`\nSend it: npx upahku broadcast send ${b.id}   (or --at "2026-12-01 09:00" to schedule)`);
      }),
    );

  cmd
    .command('preview <id>')
    .description('who would get it now, and the text each language gets')
    .option('--json', 'print JSON')
    .option(...dbOption)
    .action(async (id: string, o: { db?: string; json?: boolean }) =>
      withDb(o.db, async (db) => {
        const config = loadConfig();
        const p = await previewBroadcast(db, broadcastId(id), systemClock.now(), {
          k: config.K_ANONYMITY,
          intervals: channelIntervals(config),
        });
        out(o.json ? JSON.stringify(p, null, 2) : renderPreview(p));
      }),
    );

  cmd
    .command('send <id>')
    .description('send now (through the running service), or schedule with --at')
    .option('--at <time>', 'WIB date and time, e.g. "2026-12-01 09:00"')
    .option('--no-follow', 'do not show the progress bar')
    .option('--json', 'print JSON')
    .option(...dbOption)
    .action(async (id: string, o: { db?: string; at?: string; follow: boolean; json?: boolean }) =>
      withDb(o.db, async (db) => {
        const now = systemClock.now();
        const res = await sendBroadcast(db, broadcastId(id), { at: o.at ? parseWhen(o.at, now) : undefined }, now);
        await recordAudit(
          db,
          CLI_ACTOR,
          'broadcast',
          { op: res.status === 'sending' ? 'send' : 'schedule', broadcastId: broadcastId(id), ...res },
          now,
        );
        if (o.json) return out(JSON.stringify(res));
        if (res.status === 'scheduled') return out(`Broadcast #${id} is scheduled for ${when(res.at)}.`);
        if (res.status === 'recurring')
          return out(
            `Broadcast #${id} repeats; the first run is ${when(res.next)}. Stop it: npx upahku broadcast cancel ${id}`,
          );
        out(`Broadcast #${id}: ${num(res.recipients)} messages queued. The running service sends them.`);
        // A script (no terminal) gets the line above and its prompt back.
        if (o.follow && process.stdout.isTTY) await follow(db, broadcastId(id));
      }),
    );

  cmd
    .command('status [id]')
    .description('progress and figures of one broadcast, or the list of broadcasts')
    .option('--follow', 'show a progress bar until it is done')
    .option('--json', 'print JSON')
    .option(...dbOption)
    .action(async (id: string | undefined, o: { db?: string; follow?: boolean; json?: boolean }) =>
      withDb(o.db, async (db) => {
        if (id === undefined) {
          const all = await listBroadcasts(db);
          if (o.json) return out(JSON.stringify(all, null, 2));
          if (!all.length) return out('No broadcasts yet. Make one: npx upahku broadcast create --text "..."');
          for (const b of all)
            out(
              `#${b.id}  ${b.status.padEnd(9)}  ${when(b.scheduledFor ?? b.createdAt)}  ${b.recipients === null ? '' : `${num(b.recipients)} recipients  `}${b.title}`,
            );
          return;
        }
        if (o.follow) await follow(db, broadcastId(id));
        const f = await shownFigures(db, broadcastId(id), systemClock.now(), loadConfig().K_ANONYMITY);
        if (o.json) return out(JSON.stringify(f, null, 2));
        // A BPJS-status segment that reached fewer than K: no count is shown.
        out(
          f.hiddenBelowK === null
            ? renderFigures(f as Figures)
            : `#${id} ${f.status}: fewer than ${f.hiddenBelowK} recipients (a BPJS-status segment): figures hidden`,
        );
      }),
    );

  cmd
    .command('edit <id>')
    .description('change the title or texts of a draft or scheduled broadcast (a recurring one from its next run)')
    .option('--text <text>', 'the new Indonesian message')
    .option('--text-en <text>', 'the new English message ("" to remove it)')
    .option('--title <title>', 'the new title')
    .option(...dbOption)
    .action(async (id: string, o: { db?: string; text?: string; textEn?: string; title?: string }) =>
      withDb(o.db, async (db) => {
        const now = systemClock.now();
        if (o.text === undefined && o.textEn === undefined && o.title === undefined)
          throw new BroadcastError('Say what to change: --text, --text-en or --title');
        await updateBroadcast(db, broadcastId(id), { textId: o.text, textEn: o.textEn, title: o.title }, now);
        await recordAudit(db, CLI_ACTOR, 'broadcast', { op: 'edit', broadcastId: broadcastId(id) }, now);
        out(`Broadcast #${id} changed. See it: npx upahku broadcast preview ${id}`);
      }),
    );

  cmd
    .command('cancel <id>')
    .description('stop a broadcast: what is not sent yet is never sent')
    .option(...dbOption)
    .action(async (id: string, o: { db?: string }) =>
      withDb(o.db, async (db) => {
        const now = systemClock.now();
        const n = await cancelBroadcast(db, broadcastId(id), now);
        await recordAudit(
          db,
          CLI_ACTOR,
          'broadcast',
          { op: 'cancel', broadcastId: broadcastId(id), withdrawn: n },
          now,
        );
        out(`Broadcast #${id} cancelled; ${num(n)} unsent messages withdrawn.`);
      }),
    );
}

export function groupCommand(program: Command): void {
  const cmd = program.command('group').description('NGO groups of workers: create, join codes, import, list');
  const dbOption = ['--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)'] as const;

  cmd
    .command('create <name>')
    .description('a named group; with --code workers join by sending GABUNG <code>')
    .option('--code <code>', 'join code, 3 to 20 letters or digits')
    .option(...dbOption)
    .action(async (name: string, o: { db?: string; code?: string }) =>
      withDb(o.db, async (db) => {
        const now = systemClock.now();
        const g = await createGroup(db, name, o.code ?? null, now);
        await recordAudit(db, CLI_ACTOR, 'group_create', { groupId: g.id }, now);
        out(`Group "${g.name}" created.${g.joinCode ? ` Workers join by sending: GABUNG ${g.joinCode}` : ''}`);
      }),
    );

  cmd
    .command('code <name> <code>')
    .description('set the join code of a group ("off" to remove it)')
    .option(...dbOption)
    .action(async (name: string, code: string, o: { db?: string }) =>
      withDb(o.db, async (db) => {
        const g = await groupByName(db, name);
        await setJoinCode(db, g.id, code === 'off' ? null : code);
        await recordAudit(db, CLI_ACTOR, 'group_code', { groupId: g.id, joinCode: code !== 'off' });
        out(
          code === 'off'
            ? `Group "${g.name}" has no join code now.`
            : `Workers join "${g.name}" with: GABUNG ${code.toUpperCase()}`,
        );
      }),
    );

  cmd
    .command('import <name> <file>')
    .description('add workers by their research pseudonyms (W-...), one a line; needs PSEUDONYM_SECRET')
    .option(...dbOption)
    .action(async (name: string, file: string, o: { db?: string }) =>
      withDb(o.db, async (db) => {
        const secret = loadConfig().PSEUDONYM_SECRET;
        if (!secret) throw new BroadcastError('PSEUDONYM_SECRET is not set: pseudonyms cannot be matched without it');
        const g = await groupByName(db, name);
        const lines = readFileSync(file === '-' ? 0 : file, 'utf8').split(/\r?\n/);
        const now = systemClock.now();
        const res = await importPseudonyms(db, g.id, lines, secret, now);
        // Counts only: the pseudonyms themselves stay out of the log.
        await recordAudit(
          db,
          CLI_ACTOR,
          'group_import',
          { groupId: g.id, added: res.added, already: res.already, notFound: res.unknown.length },
          now,
        );
        out(
          `Group "${g.name}": ${num(res.added)} added, ${num(res.already)} already in it, ${num(res.unknown.length)} not found.`,
        );
        if (res.unknown.length)
          out(`Not found: ${res.unknown.slice(0, 20).join(', ')}${res.unknown.length > 20 ? ', ...' : ''}`);
      }),
    );

  cmd
    .command('list')
    .description('groups, their join codes and member counts')
    .option(...dbOption)
    .action(async (o: { db?: string }) =>
      withDb(o.db, async (db) => {
        const all = await listGroups(db);
        if (!all.length) return out('No groups yet. Make one: npx upahku group create "Kelompok Pare" --code PARE1');
        for (const g of all)
          out(`${g.name}  ${num(g.members)} members  ${g.joinCode ? `GABUNG ${g.joinCode}` : 'no join code'}`);
      }),
    );
}
