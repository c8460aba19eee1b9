// "pak haji bilang ongkos amplas naik jd 450 buat yg sisanya", "bu yati ngomong opah linting mudhun dadi 13
// ewu per sewu", "he cut the rate from 500 to 400 halfway through": a rate changed part way through an order.
// An order keeps one rate, so nothing is changed without her: she is told the recorded rate stays and how to
// change it. Said as a remark ("yg 300 itu masih pake ongkos lama"), it is heard. Never a cost or hours.
import { fold } from '../../parse/text.ts';
import { costCategoryOf } from '../../read/reader.ts';
import type { FlowContext, StepResult } from '../types.ts';
import { result } from '../types.ts';

const RATE = /\b(ongkos\w*|upah\w*|opah\w*|harga\w*|hrg|rega\w*|tarif\w*|rate|rates|piece rate|pay)\b/;
const CHANGED =
  /\b(naik|naek|turun|mudhun|mudun|munggah|dinaikkan|dinaikin|diturunkan|diturunin|berubah|ganti|diganti|diubah|dikurangi|raised|lowered|dropped(?! off)|went up|went down|changed|cut the rate|cut my rate|cut her rate|rate cut|reduced|increased)\b/;
const FROM_TO = /\b(?:dari|dr|from|seko|teko)\s+\d[\d.,]*\s*(?:rb|ribu|ewu|k)?\s+(?:jadi|jd|dadi|ke|to|menjadi)\s+\d/;
const OLD_RATE =
  /\b(ongkos|upah|opah|harga|rega|rate|tarif)\w*\s+(?:sing\s+|yg\s+|yang\s+|the\s+)?(lama|lawas|old|sebelumnya|biyen|dulu)\b/;
/** Words of an entry of her own, which make the message that entry, not a remark. */
const ENTRY =
  /\b(setor\w*|nyetor|ambil|njupuk|dibayar|bayaran|terima|nompo|kasbon|beli|tuku|jam|hours?|nambah orderan|nambah order|tambah orderan|nambahi garapan|more work)\b|\b(?:orderan|order|garapan)\s+(?:[a-z]+\s+){0,2}\d+\s*(?:kodi|lusin|pcs|biji|pasang|gros|kg)\b/;

/** Whether the message says the rate of her work changed, or is the old one, and records nothing else. */
export function saysRateChanged(text: string): boolean {
  const t = fold(text);
  if (OLD_RATE.test(t)) return !/\d+\s*(rb|ribu|ewu|k)\b/.test(t) || !ENTRY.test(t);
  if (!RATE.test(t) || !/\d/.test(t)) return false;
  if (!CHANGED.test(t) && !FROM_TO.test(t) && !/\b(skrg|sekarang|saiki|now)\b.*\d/.test(t)) return false;
  // ("harga lem naik jadi 25rb": the price of what she buys, not her rate.)
  const priceOf = /\b(?:harga|hargane|harganya|rega|regane)\s+([a-z]+)/.exec(t);
  return !ENTRY.test(t.replace(RATE, ' ')) && !(priceOf && costCategoryOf(priceOf[1]!));
}

export function rateChangedReply(ctx: FlowContext): StepResult {
  return result(null, [{ text: ctx.t('rateChanged') }]);
}
