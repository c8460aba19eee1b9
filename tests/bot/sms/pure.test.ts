import { describe, expect, it } from 'vitest';
import { countSegments, fitSegments, isGsm7, toGsm7 } from '../../../src/bot/sms/gsm7.ts';
import { maskPhone, normalisePhone } from '../../../src/bot/sms/phone.ts';
import { gatewayIdOf, parseGatewayId } from '../../../src/bot/sms/sender.ts';
import { checkSignature, signBody } from '../../../src/bot/sms/webhook.ts';

describe('phone numbers', () => {
  it('writes one Indonesian number one way, however it was typed', () => {
    for (const raw of [
      '081234567890',
      '0812-3456-7890',
      '0812 3456 7890',
      '+6281234567890',
      '6281234567890',
      '+62 812 3456 7890',
      '+62 0812 3456 7890',
      '0062 812 3456 7890',
      '(0812) 3456-7890',
      '81234567890',
    ])
      expect(normalisePhone(raw), raw).toBe('+6281234567890');
  });
  it('keeps other countries and refuses what is no phone number', () => {
    expect(normalisePhone('+60123456789')).toBe('+60123456789');
    for (const raw of ['', 'TELKOMSEL', '3636', '0812', '+62812345678901234', '08123x4567', '62-812-abc'])
      expect(normalisePhone(raw), raw).toBeNull();
  });
  it('masks a number for logs', () => {
    expect(maskPhone('+6281234567890')).toBe('+62…890');
  });
});

describe('SMS segments', () => {
  it('counts GSM-7 at 160 then 153 a segment, extension characters twice', () => {
    expect(countSegments('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(countSegments('a'.repeat(161)).segments).toBe(2);
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
    expect(countSegments('€'.repeat(80))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(countSegments('{'.repeat(81)).segments).toBe(2);
  });
  it('counts anything outside GSM-7 as UCS-2 at 70 then 67', () => {
    expect(countSegments(`${'a'.repeat(69)}✓`)).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(countSegments(`${'a'.repeat(70)}✓`).segments).toBe(2);
    expect(countSegments('😀'.repeat(35)).units).toBe(70);
  });
  it('folds typographic marks and drops what GSM-7 cannot carry', () => {
    expect(toGsm7('“Bu Yati” – Rp10.000… ‘ok’')).toBe('"Bu Yati" - Rp10.000... \'ok\'');
    expect(toGsm7('Sudah 👍 terima')).toBe('Sudah terima');
    expect(toGsm7('Café naïve ñ')).toBe('Café naive ñ');
    expect(isGsm7(toGsm7('Jawa ꦗꦮ and 中文 and ✓✓'))).toBe(true);
  });
  it('cuts a text to whole segments at a word', () => {
    const long = 'kata '.repeat(200);
    const cut = fitSegments(long, 1);
    expect(countSegments(cut).segments).toBe(1);
    expect(cut.endsWith('kata...')).toBe(true);
    expect(fitSegments('pendek', 1)).toBe('pendek');
  });
});

describe('ids given to the gateway', () => {
  it('name the row and its creation, and parts of it', () => {
    const at = '2026-12-02T07:00:00.000Z';
    const id = gatewayIdOf(42, at);
    expect(parseGatewayId(id)).toEqual({ outboxId: 42, stamp: Date.parse(at).toString(36) });
    expect(parseGatewayId(gatewayIdOf(42, at, 2))).toEqual(parseGatewayId(id));
    // A new row with a reused id is a different message.
    expect(gatewayIdOf(42, '2026-12-03T07:00:00.000Z')).not.toBe(id);
    for (const other of ['abc123', 'upahku-', 'upahku-x-y', `${id}-2-3`]) expect(parseGatewayId(other)).toBeNull();
  });
});

describe('webhook signatures', () => {
  const key = 'signing-key-123';
  const body = '{"event":"sms:received"}';
  const now = 1_800_000_000_000;
  const ts = String(now / 1000);
  it('accepts the HMAC-SHA256 of the raw body followed by the timestamp, within five minutes', () => {
    expect(checkSignature(key, body, { signature: signBody(key, body, ts), timestamp: ts }, now)).toBe('ok');
    expect(checkSignature(key, body, { signature: signBody(key, body, ts).toUpperCase(), timestamp: ts }, now)).toBe(
      'ok',
    );
    expect(checkSignature(key, body, { signature: signBody(key, body, ts), timestamp: ts }, now + 299_000)).toBe('ok');
    expect(checkSignature(key, body, { signature: signBody(key, body, ts), timestamp: ts }, now + 301_000)).toBe(
      'stale',
    );
    expect(checkSignature(key, body, { signature: signBody(key, body, ts), timestamp: ts }, now - 301_000)).toBe(
      'stale',
    );
  });
  it('refuses what is unsigned or signed otherwise', () => {
    expect(checkSignature(key, body, {}, now)).toBe('unsigned');
    expect(checkSignature(key, body, { signature: signBody(key, body, ts) }, now)).toBe('unsigned');
    expect(checkSignature(key, body, { signature: signBody('other-key', body, ts), timestamp: ts }, now)).toBe(
      'bad-signature',
    );
    expect(checkSignature(key, `${body} `, { signature: signBody(key, body, ts), timestamp: ts }, now)).toBe(
      'bad-signature',
    );
    expect(checkSignature(key, body, { signature: 'zz', timestamp: ts }, now)).toBe('bad-signature');
    expect(checkSignature(key, body, { signature: signBody(key, body, ts), timestamp: '1e9' }, now)).toBe(
      'bad-signature',
    );
  });
});
