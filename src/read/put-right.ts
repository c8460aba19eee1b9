// What she puts right as she types, in the same message: "3 kodi, eh 4 kodi ding", "5000 per kodi. no wait, 5500",
// "15 ewu sebiji eh sekodi ding", "dr bu sumi 5 kodi, eh bu sri maksudnya", "ke pak hadi, bukan, ke bu yati
// maksudnya", "rebo nyetor ... eh dudu rebo, kemis". The text comes back with what she meant in place of what she
// took back, so the rest of the reader sees one figure, one name, one day.
//
// A take-back needs a word that says so (eh, ding, maksudnya, no wait, sorry, bukan/dudu with the old value), and
// the new value must close its part of the message: "3 kodi, eh 2 kodi rusak" and "bu yati bayar, eh bu umi juga
// bayar" are new facts, not corrections.
import { lexicon } from '../parse/lexicon.ts';
import { parseNumber } from '../parse/number.ts';
import { UNITS } from '../parse/units.ts';

// ("3 gros, lho kliru, 3 kodi": a cry of surprise may come before the word that takes it back.)
const BEFORE =
  '(?:(?:lho|loh|lha|waduh|aduh)\\s*,?\\s*)?(?:(?:ora|ra|gak|ga|nggak|ngga|enggak|ndak|bukan|bkn|dudu|sanes)\\s*,?\\s*(?:ding|deng)|eh+|oh+ i mean|oh+ wait|oh+ sorry|oh+ no|wait no|no wait|no sorry|nope|wait|sorry|sori|maaf|oops|i mean|i meant|maksudnya|maksude|maksudku|maksud saya|salah ketik|salah tulis|salah nulis|typo|salah|ralat|keliru|kleru|kliru|lepat|klentu|yg bener|yang bener|sing bener|sing leres|ingkang leres)';
const NOT = '(?:bukan|bkn|dudu|sanes|not)';
const AFTER =
  '(?:ding|deng|maksudnya|maksude|maksudku|maksud saya|mksdnya|mksdny|mksd|i mean|yg bener|sing bener|yang bener)';
const NUM = '\\d+(?:[.,]\\d+)*';
const MONEY_WORD = '(?:rb|ribu|rebu|ewu|k|jt|juta)';
const MONEY_WORD_ALONE = new RegExp(`^\\s*${MONEY_WORD}$`, 'i');

/**
 * The word the new figure is said with: its own, else the first one's ("3 kodi eh 4"), but no "rb" for a figure
 * already in the thousands ("upah 3rb eh salah, 2500", "upah 2rb, eh upahnya 2500").
 */
function wordCarried(b: string, aWord: string | undefined, bWord: string | undefined): string {
  if (bWord !== undefined) return bWord;
  return aWord && MONEY_WORD_ALONE.test(aWord) && Number(b.replace(/[.,]/g, '')) >= 1000 ? '' : (aWord ?? '');
}
const HOURS_WORD = '(?:jam|jm|hours?|hrs?|menit|mnt|minutes?|mins?)';
const TITLE = '(?:bu|ibu|pak|bapak|juragan|mbak|mbk|mas|koh|cik|bos|boss|mrs|mr)';
const TO = '(?:ke|k|nang|neng|nng|dr|dari|teko|tekan|saking|from|to|sama|karo|kaliyan)';

// ("eh 4 kodi aja, ...": "only" after the new value still closes it; so does whom from or to, "eh 25 teko bu
// warsih".)
const END = `(?=(?:\\s+(?:aja|saja|wae|ae|thok|tok|only|each|apiece|sendiri|sendirian|dewe|dewean|dhewe|dhewean))*\\s*(?:[,.](?!\\d)|[;!?\\n]|$|${AFTER}\\b|(?:${TO})\\s+${TITLE}\\b|(?:se(?:kodi|lusin|gros|biji|pasang|psg|rim|pak|iket|ikat|kilo|bungkus)|per\\s+[a-z]+|a\\s+(?:piece|pair|dozen|gross|kodi|pack))\\b))`;
let built: { unit: string; day: string; numberWord: string } | null = null;
function words(): { unit: string; day: string; numberWord: string } {
  if (built) return built;
  const alt = (ws: Iterable<string>) =>
    [...new Set(ws)]
      .filter((w) => /^[a-z']+$/.test(w))
      .sort((a, b) => b.length - a.length)
      .join('|');
  const unit = alt(UNITS.flatMap((u) => [...u.id, ...u.en]));
  const lex = lexicon();
  const day = alt([
    ...lex.weekdays.keys(),
    'kemarin',
    'kemaren',
    'kmrn',
    'wingi',
    'today',
    'yesterday',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
  ]);
  const numberWord = alt([...lex.numbers.keys(), ...lex.multipliers.keys(), ...lex.scales.keys(), 'belas', 'blas']);
  built = { unit, day, numberWord };
  return built;
}

/** The marks between what she took back and what she meant: "eh", ", bukan,", ". no wait,", "eh dudu rebo,". */
// ("dudu 10 ding, 12 kodi": "ding" after the one taken back; "sanes 4 nanging 3": Javanese "but".)
const marks = (old: string) =>
  `\\s*[,.]*\\s*(?:${BEFORE}[\\s,.]+)+(?:${NOT}\\s+(?:${old})[\\s,.]+(?:(?:ding|deng)[\\s,.]+)?(?:(?:tapi|tp|but|nanging)\\s+)?)?|\\s*[,.]*\\s*${NOT}\\s+(?:${old})[\\s,.]+(?:(?:ding|deng)[\\s,.]+)?(?:(?:tapi|tp|but|nanging)\\s+)?|\\s*[,.]*\\s*(?:${BEFORE}[\\s,.]+)*${NOT}(?:[\\s,.]+(?:ding|deng))?[\\s,.]+`;

/**
 * "dipotong", "potongannya", "potongane", "regane" -> "potong", "rega": the word a figure is named by, without
 * what is added to it. Every way of taking the ending off is tried, as "-ne" and "-e" look alike.
 */
function stems(w: string): Set<string> {
  const out = new Set<string>();
  for (const base of [w.toLowerCase().replace(/^(?:di|ke)(?=[a-z]{4})/, ''), w.toLowerCase()])
    for (const end of ['', 'nya', 'ne', 'e'])
      if (base.endsWith(end) && base.length - end.length >= 3) {
        const s = base.slice(0, base.length - end.length);
        out.add(s);
        if (s.endsWith('an') && s.length >= 6) out.add(s.slice(0, -2));
      }
  return out;
}
const sameWord = (a: string, b: string) => [...stems(a)].some((s) => s.length >= 4 && stems(b).has(s));

export function putRight(text: string): string {
  // ("~200rb~ 250rb": what she struck through in the chat is what she took back.)
  let t = text.replace(/(^|\s)~[^~\n]+~(?=\s)/g, '$1');
  if (
    !/\b(eh+|wait|sorry|sori|maaf|oops|salah|ralat|lepat|klentu|keliru|kliru|kleru|typo|bener|leres|bukan|bkn|dudu|sanes|not|ding|deng|maksud\w*|mksd\w*|mean)\b/i.test(
      t,
    )
  )
    return t;
  const { unit, day, numberWord } = words();
  // "rong puluh kodi eh limalas", "eh dudu seket, sewidak": figures said in words on both sides of the take-back
  // are put in digits first, so the rules below read them as figures.
  const run = `(?:${numberWord})(?:\\s+(?:${numberWord}))*`;
  t = t.replace(
    new RegExp(
      `\\b(${run})((?:\\s*(?:${MONEY_WORD}|${HOURS_WORD}|${unit})\\b)?\\s*[,.]*\\s*(?:(?:${BEFORE}|${NOT})[\\s,.]+)+)(?:(${run})(\\s*[,.]\\s*(?:(?:tapi|tp|but|nanging)\\s+)?|\\s+(?:tapi|tp|but|nanging)\\s+))?(${run})\\b`,
      'gi',
    ),
    // ("seket biji, eh dudu seket, sewidak": the figure taken back said again between them.)
    (m, a: string, mid: string, again: string | undefined, gap: string | undefined, b: string) => {
      const x = parseNumber(a);
      const y = parseNumber(b);
      const z = again === undefined ? null : parseNumber(again);
      if (x === null || y === null || (again !== undefined && z === null)) return m;
      // ("seket ewu eh dudu seket, sewidak": the thousands said with the first figure only.)
      const k = x >= 1000 && y < 1000 && x % 1000 === 0 && y * 1000 >= x / 2 && y * 1000 <= x * 2 ? 1000 : 1;
      return `${x}${mid}${again === undefined ? '' : `${(z ?? 0) * k}${gap}`}${y * k}`;
    },
  );
  // ("upah 3rb eh salah, dua ribu lima ratus", "6 jam setengah, eh pitung jam setengah ding": in words after the
  // take-back only, with a figure in digits before it in the sentence.)
  t = t.replace(
    new RegExp(`(\\d[^.;!?\\n]*?(?:${BEFORE}|${NOT})[\\s,.]+(?:(?:${BEFORE}|${NOT})[\\s,.]+)*)(${run})\\b`, 'gi'),
    (m, head: string, b: string) => {
      const y = parseNumber(b);
      return y === null ? m : `${head}${y}`;
    },
  );
  // A figure (with its unit or money word) put right by another: the later one, with the first's word if it has none.
  const diffs: number[] = [];
  const fig = new RegExp(
    `\\b(${NUM})(\\s*(?:${MONEY_WORD}|${HOURS_WORD}|${unit})\\b)?(\\s+(?:per|tiap|/)\\s*(?:${unit})\\b|\\s+se(?:${unit})\\b|\\s+(?:each|apiece))?(${marks(NUM)})(${NUM}(?:\\s+(?:setengah|stengah|stgh))?)(\\s*(?:${MONEY_WORD}|${HOURS_WORD}|${unit})\\b)?(\\s+(?:setengah|stengah|stgh)\\b)?${END}(\\s*${AFTER}\\b)?`,
    'gi',
  );
  t = t.replace(
    fig,
    (
      m,
      _a: string,
      aWord: string | undefined,
      per: string | undefined,
      mark: string,
      b: string,
      bWord: string | undefined,
      half: string | undefined,
      after: string | undefined,
    ) => {
      // Only "bukan" with no other sign ("3 kodi bukan 4") says the first is right: left as it is.
      // ("bukan 2 tp 3 gros": "but" after the one taken back says the later is meant.)
      if (
        !after &&
        !new RegExp(`\\b${BEFORE}\\b`, 'i').test(mark) &&
        !new RegExp(`\\b${AFTER}\\b`, 'i').test(mark) &&
        !/\b(tapi|tp|but|nanging|ding|deng)\b/i.test(mark) &&
        // ("8 kodi dudu, 10 kodi", "3 lusin, bukan. 4 lusin": "not" standing alone between commas is "no,", the
        // first taken back.)
        !new RegExp(`\\b${NOT}\\s*[,.]`, 'i').test(mark)
      )
        return m;
      const kindOf = (w: string) =>
        new RegExp(`^\\s*${MONEY_WORD}$`, 'i').test(w)
          ? 'money'
          : new RegExp(`^\\s*${HOURS_WORD}$`, 'i').test(w)
            ? 'hours'
            : 'goods';
      // (A sum put right by a count of goods, or hours by either, is two facts.)
      if (aWord && bWord && kindOf(aWord) !== kindOf(bWord)) return m;
      // ("1500 per dozen. sorry i mean 8 dozen": a count of goods puts right a count, not the rate before it.)
      if (per && !aWord && bWord && kindOf(bWord) === 'goods') return m;
      // ("2 jam, eh 2 jam setengah": the half said after the hours stays with them.)
      const diff = Math.abs(Number(_a.replace(/[.,]/g, '')) - Number(b.replace(/[.,]/g, '')));
      if (diff > 0) diffs.push(diff);
      return `${b}${wordCarried(b, aWord, bWord)}${half ?? ''}${per ?? ''}`;
    },
  );
  // ("dipotong 20 ewu.. eh 25 ewu kanggo kertas", "potong 15rb eh 18rb soale telat": a sum put right by a near one,
  // then what it was for or why; the words after say more of the sum meant, not a new fact. A far sum, or "juga",
  // "lagi" in between, is another.)
  t = t.replace(
    new RegExp(
      `\\b(${NUM})(\\s*${MONEY_WORD}\\b)(${marks(NUM)})(${NUM})(\\s*${MONEY_WORD}\\b)?(?=\\s+(?:kanggo|nggo|ngge|buat|untuk|utk|gawe|gae|for|soale|soalnya|karena|krn|karna|mergo|merga|amarga|because)\\s+[a-z])`,
      'gi',
    ),
    (m, a: string, aWord: string, mark: string, b: string, bWord: string | undefined) => {
      if (
        !new RegExp(`\\b${BEFORE}\\b`, 'i').test(mark) ||
        /\b(juga|jg|uga|lagi|maneh|meneh|also|terus|trus)\b/i.test(mark)
      )
        return m;
      if (bWord && bWord.trim().toLowerCase() !== aWord.trim().toLowerCase()) return m;
      const x = Number(a.replace(/[.,]/g, ''));
      const y = Number(b.replace(/[.,]/g, ''));
      if (!x || !y || x === y || Math.max(x, y) > 2 * Math.min(x, y)) return m;
      return `${b}${aWord}`;
    },
  );
  // ("dibalikin 5. eh 4 ding, yg 1 ternyata cuma kotor": what she says of the difference explains the slip, it is no
  // new fact.)
  for (const d of diffs)
    t = t.replace(
      new RegExp(
        `\\s*,\\s*(?:yg|yang|sing|the)\\s+(?:${d}|${d === 1 ? 'siji|satu|one' : d})\\b(?=[^.;!?\\n\\d]*\\b(?:ternyata|trnyata|ternyta|cuma|cm|mung|tibake|jebul|jebule|actually|turned out|only)\\b)[^.;!?\\n\\d]*`,
        'i',
      ),
      '',
    );
  // ("ambil mote 10 gros dr bu umi, upah 15rb segros. eh bukan 10, 12 gros": the figure taken back is named, far
  // before the one meant.)
  const far = new RegExp(
    `\\s*[,.]?\\s*(?:(?:${BEFORE}[\\s,.]+)+${NOT}\\s+(${NUM})[\\s,.]+(?:(?:tapi|tp|but)\\s+)?|${NOT}\\s+(${NUM})[\\s,.]+(?:tapi|tp|but)\\s+)(${NUM})(\\s*(?:${unit})\\b)?${END}(\\s*${AFTER}\\b)?`,
    'i',
  );
  const f = far.exec(t);
  if (f) {
    const was = f[1] ?? f[2]!;
    const head = t.slice(0, f.index);
    const at = [...head.matchAll(new RegExp(`(?<![\\d.,])${was.replace(/[.]/g, '\\.')}(?![\\d]|[.,]\\d)`, 'g'))].at(-1);
    if (at?.index !== undefined)
      t = `${head.slice(0, at.index)}${f[3]}${head.slice(at.index + was.length)}${t.slice(f.index + f[0].length)}`;
  }
  // ("oleh garapan keset 50 ..., eh dudu keset tapi sapu": a word said before, taken back at the end for another.)
  t = t.replace(
    /^(.*?)[\s,.]*\b(?:eh+|salah|sorry|maaf)[\s,.]+(?:dudu|bukan|bkn|sanes|not)\s+([a-z]+)\s*(?:,?\s+(?:tapi|tp|but|nanging)\s+|,\s*)([a-z]+)(?:\s+(?:sing|yg|yang)\s+(\d+))?(?:\s+(?:ding|deng|maksudnya))?[\s.!]*$/i,
    // ("nyetor tas ... 40, eh dudu tas, dompet sing 40": the count said again with the word meant is the same count.)
    (m, head: string, was: string, meant: string, count: string | undefined) => {
      const at = new RegExp(`\\b${was}\\b`, 'i');
      return at.test(head) && (!count || new RegExp(`(?<![\\d.,])${count}(?![\\d])`).test(head))
        ? head.replace(at, meant)
        : m;
    },
  );
  // ("ambil sapu eh bukan sapu, keset dr bu yati": a word taken back and the one meant, mid-sentence.)
  t = t.replace(
    /\b([a-z]{3,})\s*,?\s*(?:eh+|salah|sorry|maaf)[\s,.]+(?:dudu|bukan|bkn|sanes|not)\s+\1\s*,?\s*(?:(?:tapi|tp|but|nanging)\s+)?([a-z]{3,})\b/gi,
    (m, _was: string, meant: string) => (/^(ding|deng|maksudnya|tapi|tp)$/i.test(meant) ? m : meant),
  );
  // ("3000 each. sorry i mean 3500 each": "each" said with both figures is said once.)
  t = t.replace(/\b(each|apiece)\s+\1\b/gi, '$1');
  // ("5rb sekodi eh 6rb sekodi", "3000 per lusin, eh 3500 per lusin": what the rate is per, said with both, once.)
  t = t.replace(new RegExp(`\\b(se(?:${unit})|(?:per|tiap)\\s+(?:${unit}))\\s+\\1\\b`, 'gi'), '$1');
  const hours = new RegExp(`^${HOURS_WORD}$`, 'i');
  const money = new RegExp(`^${MONEY_WORD}$`, 'i');
  // "3 kodi teko bu yati, eh 4 kodi ding": a few words between, the same unit said again with the new figure.
  const slip = `(?:${BEFORE}|${NOT}|${AFTER})\\b`;
  t = t.replace(
    new RegExp(
      `\\b(${NUM})\\s*(${unit}|${HOURS_WORD}|${MONEY_WORD})\\b((?:\\s*,?\\s+(?!${slip})[a-z0-9]+){1,9})\\s*[,.]?\\s*(?:${BEFORE}[\\s,.]+)+(${NUM}(?:\\s+(?:setengah|stengah))?)\\s*(${unit}|${HOURS_WORD}|${MONEY_WORD})\\b(\\s+(?:setengah|stengah))?${END}(\\s*${AFTER}\\b)?`,
      'gi',
    ),
    // ("ngobras 4 jam dewean. eh 4 jam setengah ding": hours too, with the half said after them.)
    (m, _a: string, aUnit: string, between: string, b: string, bUnit: string, half: string | undefined) =>
      // ("10 dozen socks from bu umi, sorry i mean 10 kodi": another unit of goods too; hours for goods is no slip.)
      // ("spent 40k on thread, typo, 14k": a sum for a sum only.)
      money.test(aUnit) !== money.test(bUnit)
        ? m
        : aUnit.toLowerCase() === bUnit.toLowerCase() || !(hours.test(aUnit) || hours.test(bUnit))
          ? `${b}${money.test(bUnit) ? '' : ' '}${bUnit}${half ?? ''}${between.replace(/^\s*,?\s*(?:setengah|stengah)\b/i, '')}`
          : m,
  );
  // ("nampa sandal rong atus pasang teko pak hadi, eh rong atus seket ding": a count put right a few words on, its
  // unit not said again, "ding" after it.)
  t = t.replace(
    new RegExp(
      `\\b(${NUM}|${run})\\s*(${unit})\\b((?:\\s*,?\\s+(?!${slip})[a-z0-9]+){1,9})\\s*[,.]?\\s*(?:${BEFORE}[\\s,.]+)+(${NUM}|${run})\\s+${AFTER}\\b(?=\\s*(?:[,.;!?\\n]|$))`,
      'gi',
    ),
    (m, a: string, aUnit: string, between: string, b: string) => {
      const x = parseNumber(a);
      const y = parseNumber(b);
      return x === null || y === null || x === y ? m : `${y} ${aUnit}${between}`;
    },
  );
  // "dipotong 20rb ... eh potongannya 25rb", "upah 2rb, eh upahnya 2500": the figure named again by its own word.
  t = t.replace(
    new RegExp(
      `\\b([a-z]{3,})\\s+(?:rp\\.?\\s*)?(${NUM})(\\s*${MONEY_WORD}\\b)?((?:\\s*,?\\s+(?!${slip})[a-z]+){0,6})\\s*[,.]?\\s*(?:${BEFORE}[\\s,.]+)+([a-z]{3,})\\s+(?:rp\\.?\\s*)?(${NUM})(\\s*${MONEY_WORD}\\b)?${END}(\\s*${AFTER}\\b)?`,
      'gi',
    ),
    (m, w: string, _a: string, aWord: string | undefined, between: string, again: string, b: string, bWord?: string) =>
      !sameWord(w, again) ? m : `${w} ${b}${wordCarried(b, aWord, bWord)}${between}`,
  );
  // "setor bordir 40 biji, 45 ding": only a comma before the new figure, "ding" after it.
  t = t.replace(
    new RegExp(
      `\\b(${NUM})(\\s*(?:${MONEY_WORD}|${unit})\\b)?\\s*,\\s*(${NUM})(\\s*(?:${MONEY_WORD}|${unit})\\b)?\\s+(?:ding|deng)\\b`,
      'gi',
    ),
    (m, _a: string, aWord: string | undefined, b: string, bWord: string | undefined) =>
      aWord && bWord && aWord.trim().toLowerCase() !== bWord.trim().toLowerCase() ? m : `${b}${bWord ?? aWord ?? ''}`,
  );
  // "njupuk tas 60 biji ..., eh sing 20 ora sido, dadi 40 tok": what it came to, after the slip.
  t = t.replace(
    new RegExp(
      `\\b(${NUM})\\s*(${unit})\\b([^.;\\n]*?)[,.]?\\s*\\b(?:eh+|ehh|salah|ralat)\\b[^.;\\n]*?\\b(?:dadi|jadi|jd|so)\\s+(${NUM})(?:\\s*(${unit})\\b)?(?:\\s+(?:tok|thok|aja|saja|wae|ae|only))?${END}`,
      'gi',
    ),
    (m, _a: string, aUnit: string, between: string, b: string, bUnit: string | undefined) =>
      !bUnit || bUnit.toLowerCase() === aUnit.toLowerCase() ? `${b} ${aUnit}${between}` : m,
  );
  // A clock time put right: "dr jam 7 sampe jam 12 eh jam 1".
  t = t.replace(
    new RegExp(
      `\\b(jam|pukul|pkl)\\s+(${NUM})(${marks(NUM)})(?:jam\\s+|pukul\\s+)?(${NUM})\\b(\\s*${AFTER}\\b)?`,
      'gi',
    ),
    (m, w: string, _a: string, mark: string, b: string, after: string | undefined) =>
      after || new RegExp(`\\b${BEFORE}\\b|\\b${AFTER}\\b`, 'i').test(mark) ? `${w} ${b}` : m,
  );
  // A unit put right after its count: "3 gros eh lusin maksudnya", "5 kodi, sorry, dozen" (the count stays).
  t = t.replace(
    new RegExp(
      `\\b(${NUM})\\s*(${unit})\\b\\s*[,.]?\\s*(?:${BEFORE}[\\s,.]+)+(?:${NOT}\\s+(?:${unit})[\\s,.]+)?(?:(?:tapi|tp|but|nanging)\\s+)?(?:\\1\\s*)?(${unit})${END}(\\s*${AFTER}\\b)?`,
      'gi',
    ),
    (m, n: string, was: string, meant: string) => (was.toLowerCase() === meant.toLowerCase() ? m : `${n} ${meant}`),
  );
  // What a rate is for, put right: "15 ewu sebiji eh sekodi ding", "5rb per biji, eh per kodi".
  const per = `(?:se(?:${unit})|(?:per|tiap|/)\\s*(?:${unit}))`;
  t = t.replace(
    new RegExp(`\\b${per}\\b\\s*[,.]?\\s*(?:${BEFORE}[\\s,.]+)+(${per})\\b${END}(\\s*${AFTER}\\b)?`, 'gi'),
    (_m, meant: string) => meant,
  );
  // A name put right after the clause: "dr bu sumi 5 kodi, eh bu sri maksudnya", "ke pak hadi, bukan, ke bu yati".
  const name = `${TITLE}\\s+[a-z]{3,}`;
  const later = new RegExp(
    `(\\s*[,.]?\\s*(?:(?:${BEFORE}|${NOT}|maksudnya|maksude|maksudku|i mean)[\\s,.]+)+(?:${name}[\\s,.]+)?(?:${TO}\\s+)?)(${name})${END}(\\s*${AFTER}\\b)?`,
    'gi',
  );
  for (let guard = 0; guard < 3; guard++) {
    const found = [...t.matchAll(later)].find((m) => {
      const said = [...t.slice(0, m.index).matchAll(new RegExp(`\\b${name}\\b`, 'gi'))].at(-1);
      // (A name with only "bukan" and no sign of a slip is left alone: "dibayar bu yati, bukan bu umi".)
      return !!said && (!!m[3] || new RegExp(`\\b${BEFORE}\\b|\\bmaksud|\\bmean\\b`, 'i').test(m[1]!));
    });
    if (!found) break;
    const head = t.slice(0, found.index);
    const said = [...head.matchAll(new RegExp(`\\b${name}\\b`, 'gi'))].at(-1)!;
    const rest = t.slice(found.index + found[0].length);
    t = `${head.slice(0, said.index)}${found[2]}${head.slice(said.index + said[0].length)}${rest}`;
  }
  // A figure taken back by name further on: "... 4 kodi, upahe 12 ewu sekodi. lepat, sanes 4 nanging 3 kodi". The
  // figure said before with the same unit takes the new one; a slip word, "ding" or "but" must say so.
  const farFig = new RegExp(
    `\\s*[,.]*\\s*((?:${BEFORE}[\\s,.]+)*)${NOT}\\s+(${NUM})(?:\\s*(${unit}))?[\\s,.]+((?:(?:ding|deng)[\\s,.]+)?(?:(?:tapi|tp|but|nanging)\\s+)?)(${NUM})\\s*(${unit})\\b${END}(\\s*${AFTER}\\b)?`,
    'i',
  );
  const ff = farFig.exec(t);
  if (ff && (ff[1] || ff[4]?.trim() || ff[7])) {
    const [, , was, wasUnit, , meant, meantUnit] = ff as unknown as string[];
    if (!wasUnit || wasUnit.toLowerCase() === meantUnit!.toLowerCase()) {
      const head = t.slice(0, ff.index);
      const said = [...head.matchAll(new RegExp(`\\b${was}\\s*(${meantUnit})\\b`, 'gi'))].at(-1);
      if (said)
        t = `${head.slice(0, said.index)}${meant} ${said[1]}${head.slice(said.index + said[0].length)}${t.slice(ff.index + ff[0].length)}`;
    }
  }
  // A word taken back with "ding" after it: "bordiran mukena 3 kodi, bukan mukena ding, kerudung".
  const word =
    /[\s,.]*\b(?:bukan|bkn|dudu|sanes|not)\s+([a-z]{3,})\s+(?:ding|deng)\s*[,.]?\s*(?:(?:tapi|tp|but|nanging)\s+)?([a-z]{3,})\b(?=\s*(?:[,.;!?\n]|$))/i.exec(
      t,
    );
  if (word) {
    const head = t.slice(0, word.index);
    const at = [...head.matchAll(new RegExp(`\\b${word[1]}\\b`, 'gi'))].at(-1);
    if (at?.index !== undefined)
      t = `${head.slice(0, at.index)}${word[2]}${head.slice(at.index + word[1]!.length)}${t.slice(word.index + word[0].length)}`;
  }
  // A period put right: "rekap minggu ini eh bulan ini aja", "this week, no wait, this month".
  const period =
    '(?:(?:minggu|mingguan|pekan|bulan|bln|wulan|sasi)\\s+(?:ini|iki|niki|lalu|kemarin|kmrn|wingi|kepungkur)|(?:this|last)\\s+(?:week|month))';
  t = t.replace(
    new RegExp(
      `\\b${period}(?:\\s+(?:dong|ya|yo|deh|sih|aja|wae|ae|saja|piye|gimana|gmn|brp|berapa|pinten))?\\s*[,.?]*\\s*(?:(?:${BEFORE}|${NOT})[\\s,.]+)+(${period})\\b`,
      'gi',
    ),
    (_m, meant: string) => meant,
  );
  // "dino jumat, eh sabtu ding": a day, then another after a word of taking back.
  t = t.replace(
    // ("senin, eh dudu, selasa wingi": "not" alone between; "yesterday, no wait it was monday".)
    new RegExp(
      `\\b(${day})\\s*[,.]?\\s*(?:${BEFORE}[\\s,.]+)+(?:${NOT}[\\s,.]+)?(?:(?:it was|it's|itu|iku)\\s+)?((?:${day})(?:\\s+(?:wingi|kemarin|kmrn|kemaren|lalu|kepungkur))?)${END}(\\s*${AFTER}\\b)?`,
      'gi',
    ),
    (_m, _a: string, b: string) => b,
  );
  // A day put right: "rebo nyetor ... eh dudu rebo, kemis", "kemarin eh hari ini ding".
  const today = 'hari ini|hr ini|hari ni|dino iki|dina iki|today';
  const dayRe = new RegExp(
    `\\s*[,.]?\\s*(?:${BEFORE}[\\s,.]+)*${NOT}\\s+(${day}|${today})[\\s,.]+(?:tapi\\s+|tp\\s+|but\\s+|nanging\\s+)?(${day}|${today})${END}(\\s*${AFTER}\\b)?`,
    'i',
  );
  const d = dayRe.exec(t);
  if (d) {
    const head = t.slice(0, d.index);
    const oldAt = head.toLowerCase().lastIndexOf(d[1]!.toLowerCase());
    if (oldAt >= 0 && !/[a-z]/i.test(head[oldAt - 1] ?? ''))
      t = `${head.slice(0, oldAt)}${d[2]}${head.slice(oldAt + d[1]!.length)}${t.slice(d.index + d[0].length)}`;
  }
  return t;
}
