// Reads a whole message into diary entries (see entry.ts). Pure: no database.
import type { Reading } from './entry.ts';

export function readMessage(_text: string, _now: Date): Reading {
  return { entries: [] };
}
