// Words for pieces the employer sent back, shared by the check screen (which line a correction names) and the
// detail said after saving ("yg direject 15 psg"), so both know the same words; the passive's "i" may be left
// out ("dbalikin", "dtolak").
export const REJECTED =
  /\b(di?tolak|tolak|retur|returan|di?retur|rusak|reject|rejected|di?reject|rijek|di?rijek|di?rejek|elek|cacat|afkir|di?balekno|di?balikin|di?balekke|di?balikno|di?balikan|di?kembalikan|di?kembaliin|balikan|balekan|returned|sent back|came back|wangsulaken|di?wangsulaken|di?balekaken|di?balekake|balekaken|di?balikaken|di?suruh benerin|suruh benerin|di?suruh ulang|di?suruh mbenakke|kon mbenakke|di?kon mbenakke|kon ndandani|di?kon ndandani|to redo|to fix)(?:e|ne|nya|ane)?\b|\b(?:sing|seng|kang|yg|yang)\s+(?:bali|balik|balek|kembali|mbalik)\b/;
