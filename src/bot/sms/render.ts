// The last step before a message goes out as SMS: GSM-7 letters only (one
// character outside GSM-7 would cut a segment from 160 to 70 characters), and
// no SMS of more than three segments. The compact wording itself comes from
// the catalogue (src/flows/messages/sms.ts); replies fit in three segments
// (tests/bot/sms/segments.test.ts). Only a text that grows with her data (a
// month's statement for an employer) can run longer: it goes as several SMS,
// cut between lines, and past MAX_PARTS it is cut short.
import { countSegments, fitSegments, toGsm7 } from './gsm7.ts';

/** Most segments one SMS may cost. */
export const MAX_SEGMENTS = 3;
/** Most SMS one outbox message becomes. */
export const MAX_PARTS = 4;

export interface SmsParts {
  parts: string[];
  /** Segments of all parts together: what it costs. */
  segments: number;
}

const fits = (t: string) => countSegments(t).segments <= MAX_SEGMENTS;

export function renderSms(text: string): SmsParts {
  const gsm = toGsm7(text)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const parts: string[] = [];
  let cur = '';
  for (const line of gsm.split('\n')) {
    const next = cur ? `${cur}\n${line}` : line;
    if (fits(next)) {
      cur = next;
      continue;
    }
    if (cur.trim()) parts.push(cur.trim());
    cur = fits(line) ? line : fitSegments(line, MAX_SEGMENTS);
  }
  if (cur.trim()) parts.push(cur.trim());
  if (parts.length > MAX_PARTS) {
    parts.length = MAX_PARTS;
    parts[MAX_PARTS - 1] = fitSegments(`${parts[MAX_PARTS - 1]}\n...`, MAX_SEGMENTS);
  }
  return { parts, segments: parts.reduce((n, p) => n + countSegments(p).segments, 0) };
}
