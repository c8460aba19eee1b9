// An order shared with someone else: "dibagi 2 sm mbak rini, sy cm 5 kodi", "tapi dibagi karo adikku, aku
// njupuk 15", "sing sekodi tak kekne mbakyuku, dadi aku mung 2 kodi", "She shares it with my aunt, so her part
// is 2 kodi". Her diary keeps her own part: the quantity she says is hers.
import { fold } from '../parse/text.ts';
import { parseQuantity, type Quantity } from '../parse/units.ts';

/** Words that say the work was split with, or partly given to, someone else. */
const SHARED =
  /\b(dibagi|dibagi2|bagi|bagi2|dibagi dua|dibagi loro|bagi dua|separo karo|separuh sama|sebagian|sebagiane|tak kekne|tak wenehke|tak paringke|dikasihkan|tak kasih|kukasih|share|shares|shared|sharing|split|splits|gave half|gave some)\b/;

/** Her own part, said after the sharing: "sy cm 5 kodi", "aku njupuk 15", "her part is 2 kodi". */
const MINE =
  /\b(?:(?:so|jadi|jd|dadi|dados|terus|trus)\s+)?(?:(?:her|my|mom'?s|mother'?s)\s+(?:part|share|portion)\s+(?:is|was)|(?:bagian|bagianku|bagiane|bagianne|bagianku|bagian saya|bagian sy|bageanku|bagianipun)\s*(?:cuma|cm|mung|namung|hanya|only|just)?|(?:aku|saya|sy|aq|kula|kulo|she|i|her|ibuk|ibu|mom)\s+(?:(?:cuma|cm|cuman|mung|namung|hanya|only|just|kebagian|dapat|dapet|dpt|oleh|entuk|njupuk|ambil|take|took|takes|gets|got|keep|keeps|kept|nggarap|garap|ngerjain|ngerjakan|does|do|did)\s+){1,2})\s*(?:the\s+)?(\d[\d.,]*\s*[a-z]*|[a-z]+\s+(?:kodi|lusin|biji|pasang|pcs|pieces|pairs))/;

/** Whether the words say her own part ("so her part is 2 kodi", "aku njupuk 15"). */
export function saysOwnPart(text: string): boolean {
  return MINE.test(fold(text));
}

/** Her own part of an order shared with someone, as a quantity; null when the words say no such thing. */
export function ownShare(text: string): Quantity | null {
  const t = fold(text);
  if (!SHARED.test(t)) return null;
  const m = MINE.exec(t);
  if (!m) return null;
  const q = parseQuantity(m[1]!.trim()) ?? parseQuantity(m[1]!.trim().split(/\s+/)[0]!);
  return q && q.pieces > 0 && Number.isInteger(q.pieces) ? q : null;
}
