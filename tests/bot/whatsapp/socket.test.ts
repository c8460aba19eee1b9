import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { baileysLogger, ignoredJid } from '../../../src/bot/whatsapp/socket.ts';

function capture(level: string) {
  const lines: { level: number; msg: string; module?: string }[] = [];
  const dest = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { lines, logger: pino({ level }, dest) };
}

describe('Baileys logging and ignored chats', () => {
  it('keeps Baileys at warn, and routine decrypt failures out of the error log', () => {
    const { lines, logger } = capture('info');
    const log = baileysLogger(logger).child({ class: 'recv' });
    log.info({}, 'connection errored');
    log.error({ err: new Error('Bad MAC') }, 'failed to decrypt message');
    log.warn({}, 'No session found to decrypt message');
    log.error({ err: new Error('boom') }, 'something broke');
    expect(lines.map((l) => l.msg)).toEqual(['something broke']);
    expect(lines[0]).toMatchObject({ level: 50, module: 'baileys' });
  });

  it('shows the routine noise at debug when we ask for debug', () => {
    const { lines, logger } = capture('debug');
    baileysLogger(logger).error({ err: new Error('Bad MAC') }, 'failed to decrypt message');
    expect(lines).toMatchObject([{ level: 20, msg: 'failed to decrypt message' }]);
  });

  it('ignores groups, status updates, broadcast lists and channels, not people', () => {
    expect(ignoredJid('120363000000000001@g.us')).toBe(true);
    expect(ignoredJid('status@broadcast')).toBe(true);
    expect(ignoredJid('1234@broadcast')).toBe(true);
    expect(ignoredJid('120363000000000002@newsletter')).toBe(true);
    expect(ignoredJid('6281234567890@s.whatsapp.net')).toBe(false);
    expect(ignoredJid('123456789012345@lid')).toBe(false);
  });
});
