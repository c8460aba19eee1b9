// SMS segments. A message in the GSM-7 alphabet fits 160 characters in one
// segment (153 each when split); one character outside it makes the whole
// message UCS-2: 70 (67 when split). Extension characters (^{}\[~]|€) cost two.

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENDED = '^{}\\[~]|€\f';
const basic = new Set(BASIC);
const extended = new Set(EXTENDED);

export interface SegmentCount {
  encoding: 'gsm7' | 'ucs2';
  /** Septets (GSM-7) or UTF-16 units (UCS-2). */
  units: number;
  segments: number;
}

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basic.has(ch) && !extended.has(ch)) return false;
  return true;
}

export function countSegments(text: string): SegmentCount {
  if (isGsm7(text)) {
    let units = 0;
    for (const ch of text) units += extended.has(ch) ? 2 : 1;
    return { encoding: 'gsm7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  const units = text.length;
  return { encoding: 'ucs2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

// Common characters of our catalogues and of what staff type, in GSM-7 letters.
const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u2022': '-',
  '\u00B7': '-',
  '\u2192': '->',
  '\u00D7': 'x',
  '\u2264': '<=',
  '\u2265': '>=',
  '\t': ' ',
};

/**
 * The text in GSM-7 letters: typographic marks become plain ones, accents
 * outside GSM-7 are dropped, anything else (emoji, other scripts) is removed.
 * A name in another script is lost on SMS; the diary keeps it as typed.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const ch of text) {
    if (basic.has(ch) || extended.has(ch)) out += ch;
    else if (Object.hasOwn(FOLD, ch)) out += FOLD[ch];
    else {
      const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += isGsm7(bare) ? bare : '';
    }
  }
  return out.replace(/[ ]{2,}/g, ' ').replace(/ +\n/g, '\n');
}

/** GSM-7 characters that fit in `segments` segments; cut at a word with "..." when longer. */
export function fitSegments(text: string, segments: number): string {
  if (countSegments(text).segments <= segments) return text;
  const max = (segments === 1 ? 160 : segments * 153) - 3;
  let cut = '';
  let units = 0;
  for (const ch of text) {
    const u = extended.has(ch) ? 2 : 1;
    if (units + u > max) break;
    cut += ch;
    units += u;
  }
  const word = cut.replace(/\s+\S*$/, '');
  return `${word.length > max / 2 ? word : cut}...`;
}
