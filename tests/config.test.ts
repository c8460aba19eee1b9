import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.ts';

describe('configuration', () => {
  it('works with nothing set: SQLite in ./data and port 8080', () => {
    const c = parseConfig({});
    expect(c.DATABASE_URL).toBe('./data/upahku.sqlite');
    expect(c.PORT).toBe(8080);
    expect(c.K_ANONYMITY).toBe(5);
  });

  it('accepts a postgres URL and a file path', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://u:p@localhost/db' }).DATABASE_URL).toMatch(/^postgres/);
    expect(parseConfig({ DATABASE_URL: '/var/lib/upahku/db.sqlite' }).DATABASE_URL).toBe('/var/lib/upahku/db.sqlite');
  });

  it.each([
    [{ PORT: '0' }, /^Invalid configuration: PORT must be a whole number from 1 to 65535 \(got "0"\)$/],
    [{ PORT: '80a' }, /PORT must be/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be an SQLite file path or a postgres:\/\/ URL/],
    [{ PSEUDONYM_SECRET: 'short' }, /PSEUDONYM_SECRET must be a random secret of at least 16 characters/],
    [{ WEBCHAT_ENABLED: 'maybe' }, /WEBCHAT_ENABLED must be true or false/],
  ])('refuses %j with one line naming the variable', (env, msg) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(msg);
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(8080);
  });
});

describe('web chat simulator default', () => {
  it('is on for a loopback host and off for a public one unless asked for', async () => {
    const { webchatEnabled } = await import('../src/config.ts');
    expect(webchatEnabled(parseConfig({}))).toBe(true);
    expect(webchatEnabled(parseConfig({ HOST: 'localhost' }))).toBe(true);
    expect(webchatEnabled(parseConfig({ HOST: '0.0.0.0' }))).toBe(false);
    expect(webchatEnabled(parseConfig({ HOST: '0.0.0.0', WEBCHAT_ENABLED: 'true' }))).toBe(true);
    expect(webchatEnabled(parseConfig({ WEBCHAT_ENABLED: 'false' }))).toBe(false);
  });
});
