// Which order her words point at, among several open ones: goods, colours and sizes in her words, the day it
// came, newer or older, and "the other one" when she says one is not done yet.
import { describe, expect, it } from 'vitest';
import { emptyLedger, type Ledger, type OrderRec } from '../../../src/diary/ledger.ts';
import { orderByWords, ordersByWords } from '../../../src/flows/diary/order-words.ts';

const now = new Date('2026-11-19T10:00:00+07:00'); // a Thursday

function order(id: number, employerId: number, product: string, receivedOn: string): OrderRec {
  return {
    id,
    employerId,
    product,
    unit: 'pcs',
    quantityCount: 50,
    quantityPieces: 50,
    rateAmount: 2000,
    ratePer: 'pcs',
    rateCount: 1,
    ratePerPiece: 2000,
    receivedOn,
    dueOn: null,
    writtenAgreement: null,
    materialsFromEmployer: null,
    createdAt: `${receivedOn}T01:00:00.000Z`,
  };
}

function ledger(...orders: OrderRec[]): Ledger {
  return {
    ...emptyLedger(),
    employers: [
      { id: 1, name: 'Bu Yati' },
      { id: 2, name: 'Pak Hadi' },
    ],
    orders,
  };
}

const black = order(1, 1, 'sandal hitam', '2026-11-03');
const white = order(2, 1, 'sandal putih', '2026-11-09');
const big = order(3, 2, 'kemoceng besar', '2026-11-16'); // a Monday
const small = order(4, 2, 'mukena anak', '2026-11-12');

describe('the order her words point at', () => {
  const l = ledger(black, white, big, small);
  const pick = (text: string, among: OrderRec[], answer = false) => orderByWords(text, among, l, { now, answer })?.id;

  it('colours, sizes and goods in her own words', () => {
    expect(pick('setor bu yati sing ireng telung kodi', [black, white])).toBe(1);
    expect(pick('the white ones', [black, white])).toBe(2);
    expect(pick('mukena ingkang alit', [big, small])).toBe(4);
    expect(pick('yg gede', [big, small], true)).toBe(3);
  });

  it('the day it came, with a word pointing at the order (always, when she answers which order)', () => {
    expect(pick('bu yati td setor 3 kodi yg order tgl 3', [black, white])).toBe(1);
    expect(pick('yg senin', [big, small], true)).toBe(3);
    // A day without a pointer is the day of the hand-in, not of the order.
    expect(pick('setor sandal kemarin', [black, white])).toBeUndefined();
  });

  it('last week\'s order, and goods with their ending ("sapune")', () => {
    // 19/11 is a Thursday: last week is 9/11 to 15/11.
    expect(pick("gave juragan 5 kodi from last week's order today", [black, white])).toBe(2);
    expect(pick('sapune wis tak setor', [order(9, 2, 'sapu ijuk', '2026-11-10'), black])).toBe(9);
  });

  it('newer and older, only when pointed at', () => {
    expect(pick('garapan bu yati sing anyar wis tak setor', [black, white])).toBe(2);
    expect(pick('sing lawas', [black, white], true)).toBe(1);
    expect(pick('baru setor sandal', [black, white])).toBeUndefined();
  });

  it('"not done yet" of one of two, answering which order, means the other', () => {
    expect(pick('yg tgl 9 blm ku garap', [black, white], true)).toBe(1);
    expect(pick('sing lawas durung rampung', [black, white], true)).toBe(2);
  });

  it('words that fit none leave every order open', () => {
    expect(ordersByWords('halo', [black, white], l, { now })).toEqual({ pool: [black, white], pointed: false });
    expect(pick('halo', [black, white], true)).toBeUndefined();
  });
});
