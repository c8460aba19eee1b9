// The monthly rows worked out again (src/db/diary-months.ts): their ledger
// texts now carry what the data-quality flags read as well (each order's rate
// per piece, each hand-in's id and pieces delivered and rejected, payment and
// cost ids, hours by day), so the flags read the rows the aggregates read.
import type { Kysely, Migration } from 'kysely';
import { rebuildDiaryMonths } from '../diary-months.ts';

export const diaryMonthsFlags: Migration = {
  async up(db: Kysely<any>) {
    await rebuildDiaryMonths(db);
  },
  // The texts of before are not made again: the rows stay in the new form.
  async down() {},
};
