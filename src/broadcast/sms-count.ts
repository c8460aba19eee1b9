// How many SMS a text takes: GSM-7 when every character is in the GSM 03.38
// alphabet (160 in one message, 153 per part when split; the extension
// characters count twice), else UCS-2 (70, 67 per part; characters outside the
// basic plane count twice, as two UTF-16 units).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

const basic = new Set(GSM_BASIC);
const extended = new Set(GSM_EXTENDED);

export interface SmsCount {
  encoding: 'GSM-7' | 'UCS-2';
  /** Characters as people count them (code points). */
  chars: number;
  segments: number;
}

export function smsCount(text: string): SmsCount {
  const chars = [...text].length;
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (basic.has(ch)) septets += 1;
    else if (extended.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm)
    return { encoding: 'GSM-7', chars, segments: septets === 0 ? 0 : septets <= 160 ? 1 : Math.ceil(septets / 153) };
  const units = text.length;
  return { encoding: 'UCS-2', chars, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
