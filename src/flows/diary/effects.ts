// What the diary flows ask the engine to write, and the fact they read.
import type { DiaryEntity, EntityValues, Ledger } from '../../diary/ledger.ts';

/** A new row. With `newEmployerName`, the employer is found or created by name and `employer_id` is ignored. */
export interface CreateEntry<E extends DiaryEntity> {
  values: EntityValues[E];
  newEmployerName?: string;
  /**
   * A new order told in the same message as a hand-in to it: the negative id the hand-in's `order_id` holds
   * until the order is written in the same turn.
   */
  ref?: number;
}

declare module '../types.ts' {
  interface EffectMap {
    createOrder: CreateEntry<'order'>;
    createHandin: CreateEntry<'handin'>;
    createPayment: CreateEntry<'payment'>;
    createHours: CreateEntry<'hours'>;
    createCost: CreateEntry<'cost'>;
    /** Changes columns of one row; each change is kept in diary_corrections. */
    correctEntry: {
      entity: DiaryEntity;
      id: number;
      changes: Partial<EntityValues[DiaryEntity]> & Record<string, unknown>;
      newEmployerName?: string;
    };
    /** Undoes one row (kept, marked voided, recorded in diary_corrections). */
    voidEntry: { entity: DiaryEntity; id: number };
    /**
     * The soft question asked at the end of this turn about hours rows (./soft.ts): who helped, or a child among
     * them; `count`: she said someone helped, how many. Without `ids`, the hours rows written in this turn.
     * Remembered for her next message only (the `softQuestion` fact).
     */
    askSoft: { about: 'helpers' | 'child'; ids?: number[]; count?: boolean };
  }
  interface FactMap {
    /** Her whole diary, voided rows left out. */
    diary: Ledger;
    /** Her message before this one, when it came within minutes ("jumat wingi", then the entry): else null. */
    previousMessage: { text: string } | null;
    /** Her messages just before this one, oldest first, each within minutes of the next (one telling in bubbles). */
    recentBubbles: string[];
    /**
     * The soft question asked in reply to her message before this one, within minutes, with the rows it asked
     * about that are still open (not voided, still not said); null: none.
     */
    softQuestion: { about: 'helpers' | 'child'; ids: number[]; count?: boolean } | null;
  }
}
