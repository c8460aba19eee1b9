// Words for pieces the employer sent back, shared by the check screen (which line a correction names) and the
// detail said after saving ("yg direject 15 psg"), so both know the same words.
export const REJECTED =
  /\b(ditolak|tolak|retur|returan|diretur|rusak|reject|rejected|direject|rijek|dirijek|direjek|elek|cacat|afkir|dibalekno|dibalikin|dibalekke|dibalikno|dibalikan|dikembalikan|dikembaliin|balikan|balekan|returned|sent back|came back|wangsulaken|diwangsulaken|dibalekaken|dibalekake|balekaken|dibalikaken|disuruh benerin|suruh benerin|disuruh ulang|disuruh mbenakke|kon mbenakke|dikon mbenakke|kon ndandani|dikon ndandani|to redo|to fix)(?:e|ne|nya|ane)?\b/;
