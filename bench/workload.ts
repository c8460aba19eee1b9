// Simulated workers and what they type: onboarding as people really answer it
// (names of places typed loosely, a wrong digit now and then), then their
// diary in quick entries (order, hand-in, pay, hours, costs, summary) and a
// short visit to the menu, help, BPJS or her data. Messages of all workers are interleaved
// as they would arrive, and a few are delivered twice, as platforms do.

import { PRODUCTS } from '../src/content/products.ts';
import { REGION } from '../src/content/region.ts';
import { pick, rng } from './lib/stats.ts';

export interface WorkloadMessage {
  user: string;
  /** The platform's message id: the dedupe key. */
  id: string;
  text: string;
  /** A second delivery of an earlier message (same id). */
  duplicate: boolean;
}

export interface WorkloadOptions {
  workers: number;
  seed?: number;
  /** Share of messages delivered twice. */
  duplicates?: number;
  /** Prefix of user names, so several workloads can share one database. */
  prefix?: string;
}

function onboarding(r: () => number): string[] {
  const lines = [pick(r, ['halo', 'Halo', 'assalamualaikum', 'p', 'selamat pagi', 'hai kak'])];
  if (r() < 0.05)
    lines.push('indonesia'); // a word instead of the digit
  else lines.push(r() < 0.1 ? '2' : '1');
  if (r() < 0.05) lines.push('apa ini?'); // not yes or no: asked again
  lines.push(pick(r, ['1', 'ya', 'iya', 'setuju']));
  lines.push(r() < 0.7 ? '1' : '2');
  const kec = pick(r, REGION.kecamatan);
  const roll = r();
  if (roll < 0.6) lines.push(kec.toLowerCase());
  else if (roll < 0.8) lines.push(`kec ${kec}`);
  else if (roll < 0.9) lines.push(String(REGION.kecamatan.indexOf(kec) + 1));
  else lines.push('0', String(REGION.kecamatan.indexOf(kec) + 1)); // asks for the list first
  lines.push(String(1 + Math.floor(r() * PRODUCTS.length)));
  return lines;
}

const EMPLOYERS = ['Bu Yati', 'Pak Slamet', 'Bu Sri', 'Mbak Wati', 'Pak Darto', 'Bu Harni', 'CV Maju', 'Pak Heru'];
const ITEMS = ['sandal', 'sandal', 'baju', 'kue', 'tas', 'bungkus rokok', 'kemasan'];
const COSTS = ['listrik', 'lem', 'benang', 'bensin', 'gas', 'jarum'];

/** Money as people type it: 45rb, or Rp42.750. */
function rupiah(n: number): string {
  if (n % 1000 === 0) return `${n / 1000}rb`;
  return `Rp${String(n).replace(/\B(?=(\d{3})+$)/g, '.')}`;
}

/**
 * One round of her diary as the quick entries are typed: an order from her
 * employer, and then some of: handing the
 * work in, being paid for it, her hours, a cost, a summary.
 */
function diaryRound(r: () => number, employer: string): string[] {
  const item = pick(r, ITEMS);
  const kodi = 1 + Math.floor(r() * 5);
  const rate = pick(r, [500, 750, 1000, 1500, 2000, 2500]);
  const pieces = kodi * 20;
  const qty = r() < 0.5 ? `${kodi} kodi` : String(pieces);
  // Said with what it is per: a bare amount after "kodi" reads as a price per kodi.
  const rateText = rate % 1000 === 0 ? `${rate / 1000}rb/pasang` : `${rate}/biji`;
  // The written agreement and the materials said in the message (a quick order does not ask them).
  const written = r() < 0.2 ? ', ada nota' : '';
  const materials = r() < 0.7 ? `, bahan dari ${employer}` : ', bahan beli sendiri';
  const lines = [`order ${qty} ${item} ${rateText} dari ${employer}${written}${materials}`, '1'];
  const rejected = r() < 0.3 ? 1 + Math.floor(r() * 3) : 0;
  if (r() < 0.8) {
    lines.push(rejected ? `setor ${pieces - rejected} retur ${rejected}` : `setor ${pieces}`, '1');
    if (r() < 0.7) lines.push(`dibayar ${rupiah((pieces - rejected) * rate)}`, 'ya');
  }
  if (r() < 0.6) {
    const helpers = r() < 0.6 ? 0 : 1 + Math.floor(r() * 2);
    const hours = `kerja ${2 + Math.floor(r() * 7)} jam`;
    // Who helped, said at the check screen; then saved; a child among them, to the soft question after saving.
    lines.push(hours, helpers ? `dibantu ${helpers}` : '0', '1');
    if (helpers) lines.push(r() < 0.3 ? '1' : '2');
  }
  if (r() < 0.4) {
    const cost = pick(r, COSTS);
    lines.push(`biaya ${cost} ${5 + Math.floor(r() * 30)}rb`);
    // "gas" (cooking gas) is not a known cost word: she is asked what it was for and says "other".
    if (cost === 'gas') lines.push('5');
    lines.push('1');
  }
  if (r() < 0.3) lines.push(pick(r, ['rekap minggu ini', 'rekap bulan ini']));
  return lines;
}

/** One later visit: a few messages about the menu, help, BPJS or her data. */
function visit(r: () => number): string[] {
  const roll = r();
  if (roll < 0.3) return [pick(r, ['halo', 'menu', 'MENU', 'p']), pick(r, ['batal', 'menu'])];
  if (roll < 0.5) return ['bantuan'];
  if (roll < 0.65) return ['DATAKU'];
  if (roll < 0.8) return [pick(r, ['makasih bu', 'terima kasih', 'ok', 'siap'])];
  if (roll < 0.85) return ['menu', '1', 'batal'];
  if (roll < 0.95) return ['bpjs', '1', 'lanjut', 'menu'];
  return ['bahasa', r() < 0.5 ? '1' : '2'];
}

export function conversation(r: () => number): string[] {
  const lines = onboarding(r);
  const employer = pick(r, EMPLOYERS);
  lines.push(...diaryRound(r, employer));
  if (r() < 0.3) lines.push(...diaryRound(r, employer));
  lines.push(...visit(r));
  return lines;
}

/** Every worker's messages, interleaved at random but each worker's in order. */
export function workload(o: WorkloadOptions): WorkloadMessage[] {
  const r = rng(o.seed ?? 42);
  const prefix = o.prefix ?? 'w';
  const queues = Array.from({ length: o.workers }, () => conversation(r));
  const next = new Array<number>(o.workers).fill(0);
  const active = Array.from({ length: o.workers }, (_, i) => i);
  const out: WorkloadMessage[] = [];
  const redeliveries: { msg: WorkloadMessage; after: number }[] = [];
  let seq = 0;
  while (active.length || redeliveries.length) {
    // A redelivery arrives a little later, after some other traffic.
    for (let i = redeliveries.length - 1; i >= 0; i--) {
      const d = redeliveries[i]!;
      if (--d.after <= 0 || !active.length) {
        out.push(d.msg);
        redeliveries.splice(i, 1);
      }
    }
    if (!active.length) continue;
    const slot = Math.floor(r() * active.length);
    const w = active[slot]!;
    const text = queues[w]![next[w]!++]!;
    const msg = { user: `${prefix}${w}`, id: `${prefix}m${++seq}`, text, duplicate: false };
    out.push(msg);
    if (r() < (o.duplicates ?? 0.02))
      redeliveries.push({ msg: { ...msg, duplicate: true }, after: 1 + Math.floor(r() * 20) });
    if (next[w] === queues[w]!.length) {
      active[slot] = active[active.length - 1]!;
      active.pop();
    }
  }
  return out;
}
