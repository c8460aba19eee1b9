// A piece rate she has not been told yet, and the rate she gives later.
// In Kediri's putting-out work a woman often takes an order before the
// middleman says what it pays ("upahnya belum dikasih tau", "ongkose durung
// dikandani", "harganya nanti dikabari"): the order is kept without a rate,
// and the rate is set when she says it ("upahnya 25rb per kodi", "ongkos sandal
// bu umi 2rb sepasang", "rate for the bags is 5k each"). The phrases of not
// being told are in the lexicon (content/lexicon/*.yaml, `rateNotTold`).
import { lexicon } from '../../parse/lexicon.ts';
import { fold } from '../../parse/text.ts';
import type { Entry, OrderEntry, RateFact } from '../../read/entry.ts';
import { readMessage, solidEntry } from '../../read/reader.ts';

/** Words that name the rate itself (narrower than the reader's, which also takes "sama", "at"). */
const RATE_WORD =
  /\b(upah\w*|opah\w*|ongkos\w*|harga\w*|hrg|rega\w*|tarif\w*|rate|rates|price|prices|wage|wages|pay|bayarane|bayarannya|bayaranne)\b/;

/** Her words as ` a b c ` (folded, punctuation as spaces), for finding whole phrases. */
function spaced(text: string): string {
  return ` ${fold(text)
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** Whether the words say she has not been told the rate, or does not know it yet (the lexicon's phrases). */
export function notTold(text: string): boolean {
  const w = spaced(text);
  for (const p of lexicon().sets.rateNotTold) if (w.includes(` ${p} `)) return true;
  // ("she didnt say the pay yet", "hasnt mentioned the price": any word of telling, denied, with or without its
  // apostrophe.)
  return (
    LATER_TOLD.test(w) ||
    /\b(?:didn'?t|did not|hasn'?t|has not|haven'?t|have not|not|never)\s+(?:\w+\s+)?(?:say|said|tell|told|mention|mentioned|give|given|gave|agree|agreed|decide|decided|set)\b/.test(
      w,
    )
  );
}

/**
 * "nanti katanya upahnya dikabari", "ngko jare bu yati dikandani", "dikabari nanti": a word of later and a word of
 * being told, with a few words between (whose word it is, what will be told) or in either order.
 */
const LATER_TOLD =
  /\b(?:nanti|nnti|ntar|ntr|entar|ngko|engko|mengko|mangke|sesuk|besok|bsk)(?: [a-z']+){0,3} (?:di|dipun ?)(?:kabari|kabarin|kabarke|kabarne|kasih tau|kasih tahu|kasi tau|kasi tahu|bilangin|bilangi|kandani|kandhani|omongi|omongke|sanjangi|wenehi ngerti)\b|\b(?:di|dipun ?)(?:kabari|kabarin|kabarke|kasih tau|kasih tahu|kandani|kandhani|sanjangi|bilangin)(?: [a-z']+){0,2} (?:nanti|ntar|ngko|mengko|mangke|sesuk|besok|later)\b/;

/**
 * An order message that says its rate is not known yet: a clause that names the rate and says it was not
 * told ("3 kodi sandal dari bu umi, upahnya belum dikasih tau"; "rate not told yet").
 */
export function saysRateUnknown(text: string): boolean {
  return text
    .split(/[,.;\n]+|\b(?:tapi|tp|but|terus|trus|nanging)\b/i)
    .some((clause) => RATE_WORD.test(fold(clause)) && notTold(clause));
}

/**
 * Goods as the reader took them from such a message, without the words about the rate ("sandal belum tau"
 * -> "sandal", "masker nanti dikabari" -> "masker"); undefined when nothing else is left.
 */
export function goodsWithoutRateWords(product: string | undefined): string | undefined {
  if (!product) return product;
  let w = spaced(product);
  const phrases = [...lexicon().sets.rateNotTold].sort((x, y) => y.length - x.length);
  for (const p of phrases) w = w.split(` ${p} `).join(' ');
  const left = w
    .split(' ')
    .filter((x) => x && !RATE_WORD.test(x) && !/^(?:yg|yang|sing|the|tapi|but|nya|ne|e)$/.test(x))
    .join(' ');
  if (left === spaced(product).trim()) return product;
  return left || undefined;
}

/** A rate said with its unit: "2rb sepasang", "25rb per kodi", "5k each", "1500/biji", "rong ewu sak wiji". */
const PER_UNIT =
  /\b(?:per|tiap|setiap|saben|sak|@|each)\s*(?:\d[\d.,]*\s*)?[a-z]|\/\s*[a-z]|\bse(?:kodi|lusin|pasang|biji|wiji|iji|gros|rim|kilo|pak|ikat|potong|buah|lembar)\b|\b(?:each|apiece|a piece|a pair|sewiji|sijine|satunya|sebiji)\b/;

/** What a rate statement says: the rate, and the employer and goods it names (to find her order). */
export interface RateSaid {
  rate: RateFact;
  /** She said what the amount is per ("sepasang", "per kodi", "each"); else it is asked as for a typed rate. */
  perSaid: boolean;
  employer?: string;
  product?: string;
  /** The day she names the order by ("sing senen", "the one from monday"). */
  day?: string;
  /**
   * Read otherwise as pay received ("upah tas 5rb"): a rate only for an order of the goods she names, waiting
   * for its rate.
   */
  goodsOnly?: boolean;
}

/**
 * A message that gives a rate and nothing else: no count of goods, no other entry ("upahnya 25rb per kodi",
 * "ongkos sandal bu umi 2rb sepasang", "the rate for the bags is 5k each"). It names the rate, or says what
 * the amount is per. "upahnya 25rb" alone stays what it was (pay received). null when it is not one.
 */
export function rateStatement(text: string, own: Entry[], now: Date): RateSaid | null {
  const t = fold(text);
  if (!/\d|ewu|ribu|ratus|atus/.test(t) || notTold(text)) return null;
  const perSaid = PER_UNIT.test(t);
  if (!perSaid && !RATE_WORD.test(t)) return null;
  // Her own reading: nothing counted (a new order, a hand-in, hours), and no money of its own unless it is a
  // rate by its unit ("dibayar bu umi 2rb sepasang").
  const counted = (e: Entry) =>
    (e.kind === 'order' && e.qty !== undefined) ||
    (e.kind === 'handin' && e.delivered !== undefined) ||
    (e.kind === 'hours' && e.minutes !== undefined);
  if (own.some(counted)) return null;
  const money = !perSaid && own.some((e) => solidEntry(e) && !(e.kind === 'order' && !e.qty));
  const read = readMessage(`order ${text}`, now).entries;
  if (read.length !== 1) return null;
  const e = read[0] as OrderEntry;
  if (e.kind !== 'order' || !e.rate || !(e.rate.amount > 0) || e.qty || e.dueOn !== undefined) return null;
  if (money && !e.product) return null;
  return {
    rate: e.rate,
    perSaid,
    employer: e.employer,
    product: e.product,
    ...(e.day ? { day: e.day } : {}),
    ...(money ? { goodsOnly: true } : {}),
  };
}

/**
 * "opahe sandal jebule rong ewu sekodi", "ternyata upahnya 2rb", "the rate turned out to be 5k": a rate she
 * learnt was other than the one she wrote down (a word of finding out or of a mistake, with the rate).
 */
export function saysRateWasOther(text: string): boolean {
  return /\b(ternyata|trnyata|tnyata|jebule|jebul|jebulane|jebulna|ternyatane|sebenere|sebenernya|sebenarnya|salah|keliru|kliru|actually|turned out|turns out|should be|harusnya|harus e|mestine|mestinya|seharusnya|mustinya|diganti|diubah|berubah|ganti|naik|mundhak|mudun|turun)\b/.test(
    fold(text),
  );
}
