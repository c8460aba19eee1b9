// "gak ada yg ditolak", "ora ono sing dibalekno", "none were rejected": saying no pieces came back is a count of
// them, nought ("0 ditolak"), read as any count of rejects is: on a hand-in, or as a change of the one just saved.
const NO_REJECTS =
  /\b(?:(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk|ndak|ora|gada|gaada|no|none)\s+(?:(?:ada|ana|ono|onok|enten|of them|one)\s+)?(?:(?:yg|yang|sing|seng|ingkang|was|were|got|is)\s+)?|\bnothing\s+(?:was\s+|got\s+)?)(ditolak|ditolk|dtolak|tolakan|dibalikin|dibalekno|dibalekke|dibalekake|dibalekaken|dibalikno|direject|dirijek|rijek|reject|rejects|rejected|diretur|retur|rusak|cacat|afkir|returned|sent back)\b/gi;

export function noRejectsAsNought(text: string): string {
  return text.replace(NO_REJECTS, '0 $1');
}
