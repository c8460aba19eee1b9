// Cleans what people type before anything reads it.

/** Longest message we read; longer ones get a friendly "please keep it short". */
export const MAX_INPUT = 1000;

// Zero-width characters, bidirectional controls, BOM, soft hyphen and other
// invisible marks that phones and copy-paste leave behind.
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const KEYCAP = /([0-9#*])\uFE0F?\u20E3/g;

// Printable ASCII, tabs and line breaks: nothing to normalise or strip, only spaces to tidy.
// Most messages are such, and normalising is the slow part.
const PLAIN = /^[\x20-\x7E\t\n]*$/;

export function cleanText(raw: string): string {
  if (PLAIN.test(raw)) return tidySpaces(raw);
  return tidySpaces(raw.normalize('NFKC').replace(KEYCAP, '$1').replace(INVISIBLE, '').replace(CONTROL, ' '));
}

function tidySpaces(s: string): string {
  return (
    s
      .replace(/[ \t\u00A0\u2000-\u200A\u3000]+/g, ' ')
      .replace(/ *\n+ */g, '\n')
      // ("upahe 1 .500": a space slipped in before the thousands' dot is no break in the figure.)
      .replace(/(\d) ([.,])(\d{3})(?![\d.,])/g, '$1$2$3')
      .trim()
  );
}

/** Lower case without accents, for matching words. */
export function fold(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export { editDistance } from './edit-distance.ts';
