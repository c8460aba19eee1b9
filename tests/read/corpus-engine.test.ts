// The whole reader corpus (tests/corpus/*.yaml) sent through the real engine on a real SQLite
// file, by one onboarded worker per language style, each message followed by "batal" so that
// a half-finished entry does not swallow the next. Whatever the reader makes of a message,
// the bot must answer it, briefly, and never show a programming slip ("undefined", "NaN",
// "[object Object]").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeForAddress } from '../../src/db/outbox.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { diaryPhone } from '../helpers/diary.ts';
import { type CorpusItem, loadCorpus, STYLES, type Style } from './corpus.ts';

/** The longest reply allowed, in characters. */
const MAX_REPLY = 1000;
const SLIPS = ['undefined', 'NaN', '[object'];

const items = loadCorpus();
const where = (it: CorpusItem) => `${it.file}#${it.index} [${it.style}] "${it.text}"`;

type Phone = Awaited<ReturnType<typeof diaryPhone>>['phone'];

let t: TestDb;
const phones = new Map<Style, Phone>();
let seq = 0;

/** Sends one message; the replies it got, one string each. Throws what handle() throws. */
async function send(phone: Phone, text: string): Promise<string[]> {
  await phone.engine.handle({
    channel: phone.channel,
    channelUserId: phone.user,
    externalId: `corpus-${++seq}`,
    text,
    receivedAt: new Date(),
  });
  const out = await takeForAddress(t.db, phone.channel, phone.user, new Date(Date.now() + 365 * 864e5).toISOString());
  return out.map((m) => m.text);
}

describe('the reader corpus through the engine on SQLite', () => {
  beforeAll(async () => {
    t = await testDb({ kind: 'sqlite' });
    // Javanese-mixed writers chat in Indonesian menus: the bot speaks Indonesian and English.
    for (const style of STYLES)
      phones.set(style, (await diaryPhone(t, `corpus-${style}`, { lang: style === 'en' ? 'en' : 'id' })).phone);
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`answers all ${items.length} messages (each then "batal") without a crash, briefly and without slips`, async () => {
    const crashed: string[] = [];
    const silent: string[] = [];
    const long: string[] = [];
    const slips: string[] = [];
    const check = (it: CorpusItem, sent: string, replies: string[]) => {
      for (const r of replies) {
        if (r.length > MAX_REPLY) long.push(`${where(it)} -> "${sent}": ${r.length} characters`);
        const slip = SLIPS.find((s) => r.includes(s));
        if (slip) slips.push(`${where(it)} -> "${sent}": "${slip}" in ${JSON.stringify(r)}`);
      }
    };
    for (const it of items) {
      const phone = phones.get(it.style)!;
      for (const text of [it.text, 'batal']) {
        let replies: string[];
        try {
          replies = await send(phone, text);
        } catch (err) {
          crashed.push(`${where(it)} -> "${text}": ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
          continue;
        }
        if (text === it.text && !replies.some((r) => r.trim())) silent.push(where(it));
        check(it, text, replies);
      }
    }
    expect(crashed, `handle() threw:\n${crashed.join('\n')}`).toEqual([]);
    expect(silent, `no reply to:\n${silent.join('\n')}`).toEqual([]);
    expect(long, `replies over ${MAX_REPLY} characters:\n${long.join('\n')}`).toEqual([]);
    expect(slips, `replies with a slip:\n${slips.join('\n')}`).toEqual([]);
  }, 120_000);
});
