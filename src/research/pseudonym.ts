// Keyed pseudonyms for research output: HMAC-SHA256 of a row's internal id
// under PSEUDONYM_SECRET. Stable for as long as the secret is; without the
// secret nobody can tell which worker or employer a pseudonym stands for, nor
// test a guess. No research output is produced without a secret.
import { createHmac } from 'node:crypto';

/** Workers, employers, and diary rows (keyed, so exports never show the database's sequence of ids). */
export type PseudonymKind = 'worker' | 'employer' | 'order' | 'handin' | 'payment' | 'hours' | 'cost' | 'intent';

const PREFIX: Record<PseudonymKind, string> = {
  worker: 'W',
  employer: 'E',
  order: 'O',
  handin: 'H',
  payment: 'P',
  hours: 'J',
  cost: 'C',
  intent: 'I',
};

/** The one line said when research output is asked for without a secret. */
export const MISSING_SECRET =
  'PSEUDONYM_SECRET is not set: research exports need it (a random secret of at least 16 characters, kept stable; see .env.example).';

export class MissingSecretError extends Error {
  constructor() {
    super(MISSING_SECRET);
  }
}

export type Pseudonymizer = (kind: PseudonymKind, id: string | number) => string;

/** "W-3f2a9c0d1e4b5a69": 64 bits of the HMAC, enough to keep thousands of workers apart. */
export function pseudonymizer(secret: string | undefined): Pseudonymizer {
  if (!secret || secret.length < 16) throw new MissingSecretError();
  return (kind, id) =>
    `${PREFIX[kind]}-${createHmac('sha256', secret).update(`${kind}:${id}`).digest('hex').slice(0, 16)}`;
}
