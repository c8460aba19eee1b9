// What the reader takes out of one message: typed diary entries, each with
// only what she said (nothing guessed). Pure data; the flows match employer
// mentions against her own employers and ask for whatever is missing.
import type { CostCategory } from '../diary/ledger.ts';
import type { UnitCode } from '../parse/units.ts';

/** A count of things as she said it: 3 kodi = 60 pieces; "1 kodi kurang 2" = 18. */
export interface Qty {
  count: number;
  unit: UnitCode;
  pieces: number;
}

/** A piece rate: `amount` rupiah for `count` x `per` ("14rb per seribu batang" = 14000 for 1000 pcs). */
export interface RateFact {
  amount: number;
  /** Undefined: she gave an amount without saying what it is for ("upah 3rb" on an order in kodi). */
  per?: UnitCode;
  count: number;
  /** Written as money (rb, Rp, 12.500); false for a bare number that may mean thousands. */
  explicit: boolean;
}

export interface Money {
  amount: number;
  explicit: boolean;
}

interface Base {
  /** The clause(s) of the message this entry was read from, for showing back. */
  text: string;
  /** Her name for the employer, as written ("bu hajah umi"): matched against her employers later. */
  employer?: string;
  /** She said that employer is new to her ("juragan anyar pak darno"): not one of hers with a like name. */
  employerNew?: boolean;
  /** A WIB day, YYYY-MM-DD. */
  day?: string;
}

export interface OrderEntry extends Base {
  kind: 'order';
  product?: string;
  qty?: Qty;
  rate?: RateFact;
  /** null: she said there is no deadline. */
  dueOn?: string | null;
  materials?: boolean;
  written?: boolean;
}

export interface HandinEntry extends Base {
  kind: 'handin';
  /** Words naming the product or order ("masker"). */
  product?: string;
  /** Everything handed in, rejects included. */
  delivered?: Qty;
  /** Pieces rejected / returned; 0 when she said none were. */
  rejected?: number;
  /** She said there were rejects without a number ("ada yang retur"). */
  rejectedUnknown?: boolean;
}

export interface PaymentEntry extends Base {
  kind: 'payment';
  amount?: Money;
  /** Withheld from this pay: to settle a kasbon, or for other reasons (materials, rejects). */
  deduction?: { amount: number; kind: 'kasbon' | 'other' | null };
  /** With a kasbon repaid, a second deduction for something else in the same pay. */
  otherCut?: number;
}

export interface KasbonEntry extends Base {
  kind: 'kasbon';
  amount?: Money;
}

export interface HoursEntry extends Base {
  kind: 'hours';
  minutes?: number;
  /** The hours are a week's total ("20 jam minggu iki"): `day` is the week's Monday. */
  week?: boolean;
  /** Words naming what she worked on ("masker"). */
  product?: string;
  helpers?: number;
  child?: boolean;
  /** She said the day was as the one before ("dino iki podo wingi"): her last day's hours. */
  same?: boolean;
  /** The clock hour her span began, when the hours are one span of clock times. */
  from?: number;
}

export interface CostEntry extends Base {
  kind: 'cost';
  category?: CostCategory;
  /** What she bought, as written ("tali rafia"). */
  what?: string;
  amount?: Money;
}

export type Entry = OrderEntry | HandinEntry | PaymentEntry | KasbonEntry | HoursEntry | CostEntry;
export type EntryKind = Entry['kind'];

export interface Reading {
  entries: Entry[];
  /** A command word she used ("rekap", "menu"): the message is not a diary entry. */
  command?: string;
  /** Small talk ("makasih", "siap", "ok matur nuwun"). */
  smallTalk?: boolean;
  /** Only what she will do ("oleh 3 lusin, sesuk tak setor"): nothing to record yet. */
  plan?: boolean;
  /** Only a remark about money (owed to her, held for someone else, the rest promised): nothing to record. */
  remark?: boolean;
}
