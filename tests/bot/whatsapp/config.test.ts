import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../src/config.ts';

describe('WhatsApp settings', () => {
  it('are off by default, with conservative sending limits', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({
      WHATSAPP_ENABLED: false,
      WHATSAPP_BROADCAST_MIN_MS: 3000,
      WHATSAPP_BROADCAST_MAX_MS: 6000,
      WHATSAPP_DAILY_CAP: 1000,
    });
    expect(c.WHATSAPP_PAIRING_NUMBER).toBeUndefined();
    expect(c.ADMIN_TOKEN).toBeUndefined();
  });

  it('reads a pairing number as people write it, keeping the digits', () => {
    expect(parseConfig({ WHATSAPP_PAIRING_NUMBER: '+62 812-3456-7890' }).WHATSAPP_PAIRING_NUMBER).toBe('6281234567890');
  });

  it.each([
    [
      { WHATSAPP_PAIRING_NUMBER: '0812 3456 7890' },
      /WHATSAPP_PAIRING_NUMBER must be the phone number with country code/,
    ],
    [
      { WHATSAPP_BROADCAST_MAX_MS: '2000' },
      /WHATSAPP_BROADCAST_MAX_MS must be at least WHATSAPP_BROADCAST_MIN_MS \(3000\)/,
    ],
    [{ WHATSAPP_DAILY_CAP: '-1' }, /WHATSAPP_DAILY_CAP must be a whole number/],
    [{ WHATSAPP_ENABLED: 'ya' }, /WHATSAPP_ENABLED must be true or false/],
    [{ ADMIN_TOKEN: 'short' }, /ADMIN_TOKEN must be a random secret of at least 16 characters/],
  ])('refuses %j with one line naming the variable', (env, msg) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(msg);
  });
});
