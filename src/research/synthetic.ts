// Whether the database holds the synthetic demo study (`upahku demo`): every
// page, chart and file made from it then says so.
import type { Db } from '../db/connect.ts';

export const SYNTHETIC_KEY = 'synthetic';
export const SYNTHETIC_NOTE =
  'SYNTHETIC DEMO DATA: made up by `upahku demo`, about no real person. Not for research use.';
/** The same on the dashboard's Indonesian pages. */
export const SYNTHETIC_NOTE_ID =
  'DATA DEMO SINTETIS: dibuat oleh `upahku demo`, bukan tentang orang sungguhan. Jangan dipakai untuk penelitian.';

export async function isSynthetic(db: Db): Promise<boolean> {
  const row = await db.selectFrom('study_meta').select('value').where('key', '=', SYNTHETIC_KEY).executeTakeFirst();
  return row?.value === '1';
}

export async function markSynthetic(db: Db): Promise<void> {
  await db
    .insertInto('study_meta')
    .values({ key: SYNTHETIC_KEY, value: '1' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: '1' }))
    .execute();
}
