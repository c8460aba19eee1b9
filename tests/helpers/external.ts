// Tests that need something npm does not install (chromium, a PostgreSQL server)
// run when it is there and are skipped, with the reason, when it is not.
// CI sets UPAHKU_REQUIRE_EXTERNAL=1, which turns such a skip into a failure.
import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const requireExternal = process.env.UPAHKU_REQUIRE_EXTERNAL === '1';

/** `describe` that runs only when `available`, else shows as skipped (or fails under CI). */
export function describeWith(available: boolean, reason: string, name: string, body: () => void): void {
  if (available) {
    describe(name, body);
    return;
  }
  if (requireExternal) {
    describe(name, () => {
      it(`needs ${reason}`, () => {
        throw new Error(`${name}: ${reason} is missing but UPAHKU_REQUIRE_EXTERNAL=1`);
      });
    });
    return;
  }
  describe.skip(`${name} (skipped: ${reason} not found)`, body);
}

export const hasChromium = existsSync(CHROMIUM);

/** A PostgreSQL server the tests may create schemas in (see tests/helpers/pg.ts). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;
export const hasPostgres = TEST_DATABASE_URL !== undefined;
export const POSTGRES = 'a PostgreSQL server (TEST_DATABASE_URL)';
