// The last step before a message goes out as SMS: GSM-7 letters only (one
// character outside GSM-7 would cut a segment from 160 to 70 characters), and
// never more than three segments. The compact wording itself comes from the
// catalogue (src/flows/messages, form 'sms'); this only makes sure.
import { countSegments, fitSegments, toGsm7 } from './gsm7.ts';

/** Most segments one message may cost. */
export const MAX_SEGMENTS = 3;

export function renderSms(text: string): { text: string; segments: number } {
  const gsm = fitSegments(toGsm7(text).trim(), MAX_SEGMENTS);
  return { text: gsm, segments: countSegments(gsm).segments };
}
