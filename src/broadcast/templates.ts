// Saved broadcast texts staff start from (a monthly BPJS reminder, a training
// invitation): a name and the text in each language.
import type { Db } from '../db/connect.ts';
import { BroadcastError, MAX_MESSAGE } from './broadcasts.ts';

export interface Template {
  id: number;
  name: string;
  textId: string;
  textEn: string | null;
}

export async function listTemplates(db: Db): Promise<Template[]> {
  const rows = await db.selectFrom('broadcast_templates').selectAll().orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, textId: r.text_id, textEn: r.text_en }));
}

export async function getTemplate(db: Db, id: number): Promise<Template | null> {
  const r = await db.selectFrom('broadcast_templates').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? { id: r.id, name: r.name, textId: r.text_id, textEn: r.text_en } : null;
}

/** Saves a template; the same name replaces the texts of the one there. */
export async function saveTemplate(
  db: Db,
  t: { name: string; textId: string; textEn?: string | null; by?: string | null },
  now: Date,
): Promise<number> {
  const name = t.name.trim();
  if (!name || name.length > 80)
    throw new BroadcastError('A template name has 1 to 80 characters', 'Nama templat 1 sampai 80 karakter');
  const textId = t.textId.replace(/\r\n?/g, '\n').trim();
  if (!textId) throw new BroadcastError('The Indonesian text is required', 'Teks Indonesia wajib diisi');
  const textEn = t.textEn?.replace(/\r\n?/g, '\n').trim() || null;
  if (textId.length > MAX_MESSAGE || (textEn?.length ?? 0) > MAX_MESSAGE)
    throw new BroadcastError(`A template text has at most ${MAX_MESSAGE} characters`);
  const nowIso = now.toISOString();
  const row = await db
    .insertInto('broadcast_templates')
    .values({
      name,
      text_id: textId,
      text_en: textEn,
      created_by: t.by ?? null,
      created_at: nowIso,
      updated_at: nowIso,
    })
    .onConflict((oc) => oc.column('name').doUpdateSet({ text_id: textId, text_en: textEn, updated_at: nowIso }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteTemplate(db: Db, id: number): Promise<void> {
  await db.deleteFrom('broadcast_templates').where('id', '=', id).execute();
}
