// Employer name keys of every script. Keys used to keep Latin letters and
// digits only, so a name in Arabic, Chinese or Javanese script had an empty
// key (and a second such employer of hers was taken for the first). Keys are
// made again the way src/db/diary.ts nameKey makes them now; a row whose new
// key another of her employers already has keeps its old one.
import type { Kysely, Migration } from 'kysely';

/** nameKey as of this migration (a copy: migrations do not change when the code does). */
function nameKey(name: string): string {
  return (
    name
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      // Anything but a letter or digit (with the marks on it) is a space; so is a mark on nothing.
      .replace(/^\p{M}+|(?:[^\p{L}\p{M}\p{N}]\p{M}*)+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export const employerNameKeys: Migration = {
  async up(db: Kysely<any>) {
    const rows: { id: number; worker_id: string; name: string; name_key: string }[] = await db
      .selectFrom('employers')
      .select(['id', 'worker_id', 'name', 'name_key'])
      .orderBy('id')
      .execute();
    const taken = new Set(rows.map((r) => `${r.worker_id}\u0000${r.name_key}`));
    for (const r of rows) {
      const key = nameKey(r.name);
      if (!key || key === r.name_key || taken.has(`${r.worker_id}\u0000${key}`)) continue;
      await db.updateTable('employers').set({ name_key: key }).where('id', '=', r.id).execute();
      taken.delete(`${r.worker_id}\u0000${r.name_key}`);
      taken.add(`${r.worker_id}\u0000${key}`);
    }
  },
  async down() {
    // The old keys are not needed by older code to find anyone: nothing to undo.
  },
};
