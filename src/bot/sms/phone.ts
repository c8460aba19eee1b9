// Her phone number is her identity on SMS. Indonesian numbers arrive written
// many ways (0812..., +62812..., 62812..., 62 812-..., 00 62 ...): one person,
// one key, always E.164 ("+62812...").

/** E.164 for an Indonesian mobile or any international number; null when it is no phone number. */
export function normalisePhone(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  let d = raw.trim().replace(/[\s().-]/g, '');
  if (!/^\+?\d+$/.test(d)) return null;
  if (d.startsWith('+')) d = d.slice(1);
  else if (d.startsWith('00')) d = d.slice(2);
  else if (d.startsWith('0')) d = `62${d.slice(1)}`;
  else if (d.startsWith('8')) d = `62${d}`;
  // A leading 0 kept after the country code (+62 0812...) is the same number.
  if (d.startsWith('620')) d = `62${d.slice(3)}`;
  // E.164: at most 15 digits; Indonesian mobiles are 62 8x with 9 to 12 digits after 62.
  if (d.startsWith('62')) return /^628\d{7,11}$/.test(d) || /^62[1-79]\d{6,10}$/.test(d) ? `+${d}` : null;
  return /^[1-9]\d{7,14}$/.test(d) ? `+${d}` : null;
}

/** The number as shown to staff: the last three digits only (logs and the admin view never need more). */
export function maskPhone(e164: string): string {
  return `${e164.slice(0, 3)}…${e164.slice(-3)}`;
}
