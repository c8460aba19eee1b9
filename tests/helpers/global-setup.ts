// Runs once before the suite. On PostgreSQL (`npm run test:pg`) it says where
// the tests run, fails at once with a clear line when TEST_DATABASE_URL is
// missing or the server cannot be reached, and drops schemas an interrupted
// run left behind.
import { TEST_DATABASE_URL } from './external.ts';
import { dropStaleSchemas, requirePgUrl } from './pg.ts';

export default async function setup(): Promise<void> {
  const onPostgres = process.env.UPAHKU_TEST_DB === 'postgres';
  if (!onPostgres && !TEST_DATABASE_URL) return;
  if (onPostgres && !TEST_DATABASE_URL) {
    // Asked to run on PostgreSQL without a server: say so and stop, rather than
    // run nothing (or SQLite) and look green.
    try {
      requirePgUrl();
    } catch (err) {
      process.stderr.write(`\nnpm run test:pg: ${(err as Error).message}\n\n`);
      process.exit(1);
    }
  }
  const url = TEST_DATABASE_URL!;
  const where = new URL(url);
  const name = `${where.hostname}:${where.port || 5432}${where.pathname}`;
  try {
    const dropped = await dropStaleSchemas();
    if (dropped) process.stdout.write(`Dropped ${dropped} stale test schema(s) on ${name}.\n`);
  } catch (err) {
    throw new Error(`PostgreSQL at ${name} (TEST_DATABASE_URL) cannot be used: ${(err as Error).message}`);
  }
  if (onPostgres) process.stdout.write(`Running the suite on PostgreSQL at ${name}, one schema per test.\n`);
}
