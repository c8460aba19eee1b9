// A message cut into tokens (words, numbers, signs) and clauses. Glued forms
// are separated ("15rb" -> 15 rb, "2kodi" -> 2 kodi, "rp50.000" -> rp 50.000),
// so the reader sees the same tokens however she typed them.
import { distance } from 'fastest-levenshtein';
import { cleanText, fold } from '../parse/text.ts';

export interface Token {
  /** Lower case, accents folded. */
  w: string;
  /** As typed (for names shown back). */
  raw: string;
  kind: 'word' | 'num' | 'sign';
}

// Numbers keep their separators ("12.500,-", "1,5"); words keep inner apostrophes and hyphens
// ("jum'at", "lain-lain"); reduplication with a 2 stays one word ("tiap2", "kupu2").
const TOKEN = /\d+(?:[.,]\d+)*(?:,-+|\.-+)?|[a-z]+(?:['’][a-z]+)*(?:-[a-z]+)*2?|[/@,;.:+=()&\n-]|[^\s]/g;
const GLUED = /^(\d+(?:[.,]\d+)*)([a-z]+)$/;

const TITLE = '(?:bu|ibu|pak|juragan|mbak|mas|koh|bos|boss|mrs|mr)';
const NAME_PUT_RIGHT = new RegExp(
  `\\b(${TITLE})\\s+([a-z]{3,})\\s+(?:eh|ehh|eh maksudnya|eh maksud saya|eh maksudku|maksudnya|maksudku|eh salah|eh bukan|sorry|i mean)[,\\s]+(?:(${TITLE})\\s+)?([a-z]{3,})\\b`,
  'gi',
);
const EN_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Signs that end a clause. */
const BREAK = new Set([',', ';', '.', '\n', '&']);

export function tokenize(text: string): Token[] {
  const clean = cleanText(text)
    .replace(/[\u2019`]/g, "'")
    // "juragan dharma eh darmo", "bu yati eh bu umi": a name put right as she speaks; the one she meant.
    .replace(NAME_PUT_RIGHT, (m, title: string, said: string, again: string | undefined, meant: string) =>
      again || distance(said.toLowerCase(), meant.toLowerCase()) <= 2 ? `${again ?? title} ${meant}` : m,
    )
    // "another kodi": one more.
    .replace(/\banother (kodi|dozen|gross|ream|pair|pack|lusin)\b/gi, '1 $1')
    // "6 and a half hours", "half a kodi", "half an hour": the half as a number.
    .replace(/\b(\d+) and (?:a )?half\b/gi, '$1,5')
    // ("six and a half hours", "six hours and a half": the same in words.)
    .replace(
      /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) and (?:a )?half\b/gi,
      (_m, w: string) => `${EN_NUMBERS.indexOf(w.toLowerCase()) + 1},5`,
    )
    .replace(
      /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (hours?|hrs?) and a half\b/gi,
      (_m, n: string, h: string) => `${/\d/.test(n) ? n : EN_NUMBERS.indexOf(n.toLowerCase()) + 1},5 ${h}`,
    )
    .replace(/\bhalf an? (?=[a-z])/gi, 'setengah ')
    // "two hundred and forty thousand": one sum, the "and" inside it joins nothing.
    .replace(
      /\b(hundred|thousand) and (?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)/gi,
      '$1 ',
    )
    // "Rp.75.000", "Rp. 50rb": the dot after Rp is not the end of a sentence.
    .replace(/\b(rp|idr)\.\s?(?=\d)/gi, '$1 ');
  const lower = fold(clean);
  const out: Token[] = [];
  // Digits glued to letters are cut apart before tokenizing ("15rb" -> "15 rb", "rp50" -> "rp 50", "5jam").
  const spaced = (s: string) =>
    s
      .replace(/([a-z])(\d)/g, (m, a: string, d: string, at: number, all: string) =>
        // "tiap2", "kupu2": a 2 closing a word repeats it; other digits after letters start a number ("rusak1").
        d === '2' && !/[a-z0-9]/.test(all[at + 2] ?? '') ? m : `${a} ${d}`,
      )
      .replace(/(\d)([a-z])/g, '$1 $2')
      .replace(/\b(rp|idr)(\d)/g, '$1 $2');
  const lowerS = spaced(lower);
  const rawS = spaced(clean);
  // Both strings are cut the same way; only case and accents differ, so tokens line up.
  const lowers = [...lowerS.matchAll(TOKEN)].map((m) => m[0]);
  const raws = [...rawS.matchAll(TOKEN)].map((m) => m[0]);
  const same = lowers.length === raws.length;
  lowers.forEach((w, i) => {
    const raw = same ? raws[i]! : w;
    const g = GLUED.exec(w);
    if (g) {
      out.push({ w: g[1]!, raw: g[1]!, kind: 'num' });
      out.push({ w: g[2]!, raw: g[2]!, kind: 'word' });
      return;
    }
    const kind = /^\d/.test(w) ? 'num' : /^[a-z]/.test(w) ? 'word' : 'sign';
    // A word with a reduplicating 2 ("tiap2") stays a word; "2" alone is a number.
    out.push({ w, raw, kind });
  });
  // Emoji and other symbols are dropped; a full stop inside "Rp 12.500,-" was kept by the number pattern.
  return out.filter((t) => t.kind !== 'sign' || /[/@,;.:+=()&\n-]/.test(t.w));
}

const THEN = new Set(['langsung', 'lgsg', 'lsg', 'lgs', 'lngsng', 'sekalian', 'sklian', 'skalian', 'sisan', 'pisan']);
const SOFT_JOINS = new Set(['sama', 'sm', 'sma', 'karo', 'ama', 'kalih', 'and', 'n', '&']);

/** A title before an employer's name. */
const TITLED = /^(bu|ibu|buk|pak|pk|bpk|mbak|mas|juragan|jur|jrgn|bos|boss|koh|cik|haji|bude|pakde|mbok)$/;

const SCALE = /^(rb|ribu|rebu|ewu|k|jt|juta|yuta|perak|rupiah)$/;
const AGE_WORD = /^(umur|umure|umurnya|usia|usiane|usianya|age|aged|kelas|kls|klas)$/;

/** An amount of money (a number with rb, ewu, k, ...) among the tokens from `from`, before the next break. */
function moneyIn(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'sign' && BREAK.has(t.w)) return false;
    // "15rb", "limang ewu", "sepuluh ribu": a number, in digits or a word, before its scale.
    if ((t.kind === 'num' || (t.kind === 'word' && !SCALE.test(t.w))) && SCALE.test(tokens[k + 1]?.w ?? ''))
      return true;
  }
  return false;
}

const figureAhead = moneyIn;

/** A sum within the next few words that is no rate ("dibayar 50rb", not "dibayar 2rb/pasang"). */
function payAhead(tokens: Token[], from: number): boolean {
  const near = tokens.slice(from, from + 5);
  // ("dibayar Rp45.000": a sum marked by its sign.)
  const marked = near.some((t, k) => (t.w === 'rp' || t.w === 'idr') && near[k + 1]?.kind === 'num');
  if (!moneyIn(near, 0) && !marked) return false;
  return !tokens
    .slice(from, from + 7)
    .some(
      (x) => x.w === '/' || /^(per|tiap|saben|sak|setiap|each|se(kodi|pasang|lusin|biji|potong|lembar|pcs))$/.test(x.w),
    );
}

/** Splits tokens into clauses at punctuation, new lines and the given joining words ("terus", "lan"). */
/** Words that count, written out ("telung ewu", "rong lusin", "satus"). */
const COUNT_WORD =
  /^(siji|loro|telu|telung|papat|patang|limo|lima|limang|enem|nem|pitu|pitung|wolu|wolung|songo|sangang|sepuluh|satus|atus|sewu|ewu|rong|satu|dua|tiga|empat|enam|tujuh|delapan|sembilan|seratus|ratus|seribu|ribu|puluh|setunggal|kalih|tigang|sekawan|gangsal|sebelas|belas|sewelas|rolas|telulas|patbelas|limolas|limalas|nembelas|pitulas|wolulas|songolas|sangalas|selikur|selawe|seket|sewidak)$/;
/** A day said right before the entry word it belongs to ("... ora ono sing dibalekno jemuah dibayar 300 ewu"). */
const WEEKDAY =
  /^(senin|senen|selasa|seloso|rabu|rebo|kamis|kemis|jumat|jumah|jemuah|jemuwah|sabtu|setu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

export function splitClauses(
  tokens: Token[],
  joins: Set<string>,
  startsEntry: (tokens: Token[], i: number) => boolean = () => false,
  kindAt: (tokens: Token[], i: number) => string | undefined = () => undefined,
): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'sign' && BREAK.has(t.w)) {
      // "jam 8.30" or "1.5" were kept whole by the number pattern; a dot here ends a sentence.
      flush();
      continue;
    }
    if (t.kind === 'word' && joins.has(t.w) && cur.length > 0) {
      flush();
      continue;
    }
    // "tuku benang 15 ewu karo jarum 5 ewu": "karo"/"sama" joins two figures; "dibayar sama bu yati" is one.
    // "kalih dasa ewu" is two tens of thousands (krama "kalih" is both "and" and "two").
    const numberWord =
      t.w === 'kalih' && /^(dasa|atus|ewu|welas|likur|yuta|juta|puluh|ratus|ribu)$/.test(tokens[i + 1]?.w ?? '');
    if (t.kind === 'word' && SOFT_JOINS.has(t.w) && !numberWord && moneyIn(cur, 0) && figureAhead(tokens, i + 1)) {
      flush();
      continue;
    }
    // "setor ke bu yati 3 kodi sama ke pak hadi tas 2 kodi": "sama" before another employer, after a figure.
    if (
      t.kind === 'word' &&
      SOFT_JOINS.has(t.w) &&
      cur.some((x) => x.kind === 'num') &&
      /^(ke|nang|neng|menyang|to|dari|dr|soko|teko|from)$/.test(tokens[i + 1]?.w ?? '') &&
      /^(bu|ibu|buk|pak|pk|bpk|mbak|mas|juragan|jur|jrgn|bos|koperasi|haji|bude|pakde|mbok)$/.test(
        tokens[i + 2]?.w ?? '',
      )
    ) {
      flush();
      continue;
    }
    // "500 bungkus smua diterima lgsg dibayar 50rb": "langsung" before an entry word of its own, after a figure.
    // ("nyetor tas rong lusin ... langsung dibayar 60 ewu": a count in words before it, and the sum ahead.)
    if (
      t.kind === 'word' &&
      THEN.has(t.w) &&
      (cur.some((x) => x.kind === 'num') || payAhead(tokens, i + 2)) &&
      startsEntry(tokens, i + 1)
    ) {
      flush();
      continue;
    }
    // "... upahnya dua ribu lima ratus sekilo pulang pergi naik becak habis dua puluh ribu": a trip she paid for,
    // with its sum, after the figures of an order, is a cost of its own.
    if (
      t.kind === 'word' &&
      /^(pulang|naik|ongkos|ongkose|bensin|ojek|becak|angkot|ojol|grab|gojek)$/.test(t.w) &&
      cur.length > 3 &&
      (cur.some((x) => x.kind === 'num' || COUNT_WORD.test(x.w)) || moneyIn(cur, 0)) &&
      !/^(naik|ongkos|ongkose|pulang|pergi|bolak|balik)$/.test(cur.at(-1)?.w ?? '') &&
      [0, 1, 2, 3, 4, 5, 6].some((k) => moneyIn(tokens.slice(i + 1 + k, i + 4 + k), 0))
    ) {
      flush();
      cur.push(t);
      continue;
    }
    // "setor 2 kodi dibayar 50rb", "nyetor 2 kodi entuk 50rb": pay said right after a hand-in with its count.
    // ("mbatil rokok telung ewu batang wis tak setorke ... dibayar patang puluh loro ewu": the count in words.)
    if (
      t.kind === 'word' &&
      kindAt(tokens, i) === 'payment' &&
      // ("opahe durung dibayar": not paid is no pay of its own.)
      !/^(durung|dereng|belum|blm|blum|ora|gak|ga|nggak|tidak|tdk|not)$/.test(tokens[i - 1]?.w ?? '') &&
      cur.some((x) => x.kind === 'num' || COUNT_WORD.test(x.w)) &&
      cur.some((_, j) => kindAt(cur, j) === 'handin') &&
      payAhead(tokens, i + 1)
    ) {
      const day = cur.length > 2 && WEEKDAY.test(cur.at(-1)!.w) ? cur.pop() : undefined;
      flush();
      if (day) cur.push(day);
      cur.push(t);
      continue;
    }
    // "bu yati bayar 75rb pak hadi bayar 120rb": dictated with no stop, another employer paying with a sum of
    // his own, after a pay with its sum, is a pay of its own.
    if (
      t.kind === 'word' &&
      kindAt(tokens, i) === 'payment' &&
      !/^(durung|dereng|belum|blm|blum|ora|gak|ga|nggak|tidak|tdk|not)$/.test(tokens[i - 1]?.w ?? '') &&
      moneyIn(cur, 0) &&
      cur.some((_, j) => kindAt(cur, j) === 'payment') &&
      [1, 2].some((k) => TITLED.test(tokens[i + k]?.w ?? '')) &&
      payAhead(tokens, i + 1)
    ) {
      flush();
      cur.push(t);
      continue;
    }
    // "... opahe durung dibayar tuku benang 20 ewu": dictated with no stop, a thing bought with its sum after another
    // entry's words is a cost of its own.
    if (
      t.kind === 'word' &&
      /^(tuku|nuku|tumbas|numbas|beli|bli|membeli|bought|buy)$/.test(t.w) &&
      cur.length >= 1 &&
      cur.some((_, j) => {
        const k = kindAt(cur, j);
        return !!k && k !== 'cost';
      }) &&
      [1, 2, 3, 4].some((k) => moneyIn(tokens.slice(i + k, i + k + 3), 0))
    ) {
      flush();
      cur.push(t);
      continue;
    }
    // "dompet 30 sm tas 8", "keset 20 karo sapu 10": a second kind of goods with its own count.
    // ("sing kerudung 30 karo sing mukena 10": "the ones of", before the goods.)
    const the = /^(sing|seng|yg|yang|ingkang)$/.test(tokens[i + 1]?.w ?? '') ? 1 : 0;
    if (
      t.kind === 'word' &&
      SOFT_JOINS.has(t.w) &&
      cur.at(-1)?.kind === 'num' &&
      cur.length >= 2 &&
      cur.at(-2)?.kind === 'word' &&
      // ("anakku umur 14 karo sing umur 16": two ages of the helpers, no goods.)
      !AGE_WORD.test(cur.at(-2)!.w) &&
      tokens[i + 1 + the]?.kind === 'word' &&
      !SCALE.test(tokens[i + 1 + the]!.w) &&
      /^(bu|ibu|buk|pak|pk|bpk|mbak|mas|juragan|jur|jrgn|bos|ke|nang|neng|dari|dr|soko|teko)$/.test(
        tokens[i + 1 + the]!.w,
      ) === false &&
      tokens[i + 2 + the]?.kind === 'num' &&
      !SCALE.test(tokens[i + 3 + the]?.w ?? '')
    ) {
      flush();
      continue;
    }
    // "... upahnya 12rb per kodi kerja hari ini delapan jam": dictated with no stop, the hours begin their own.
    if (
      t.kind === 'word' &&
      kindAt(tokens, i) === 'hours' &&
      (cur.some((x) => x.kind === 'num') || moneyIn(cur, 0)) &&
      cur.some((_, j) => (kindAt(cur, j) ?? 'hours') !== 'hours') &&
      tokens.slice(i + 1, i + 6).some((x) => /^(jam|jem|hours?|hrs?|menit)$/.test(x.w))
    ) {
      flush();
      cur.push(t);
      continue;
    }
    // "ambil 6 kodi sandal sm beli lem 17rb": "sama"/"karo" before an entry word of its own, after a figure.
    if (t.kind === 'word' && SOFT_JOINS.has(t.w) && cur.some((x) => x.kind === 'num') && startsEntry(tokens, i + 1)) {
      flush();
      continue;
    }
    cur.push(t);
  }
  flush();
  return out;
}
