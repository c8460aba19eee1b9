// TANYA: questions workers send for the NGO's staff (the answers go back to
// them from src/broadcast/answers.ts); the inbox staff work (context, close,
// assign, labels, canned answers, one answer to several identical questions,
// figures). A worker appears in the inbox under a random reference of its own,
// never her research pseudonym: nothing in research output joins to her words.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fold } from '../parse/text.ts';
import type { Database } from './schema.ts';
import { notFromSimulator } from './subjects.ts';

type Q = Kysely<Database>;

/** Longest answer: with the heading and her question it stays one message under 1000 characters. */
export const MAX_ANSWER = 800;

/** A mistake in answering or sorting a question, said in one line (and, for the dashboard, in Indonesian). */
export class QuestionError extends Error {
  constructor(
    message: string,
    readonly id?: string,
  ) {
    super(message);
  }
}

export async function storeQuestion(
  q: Q,
  workerId: string,
  text: string,
  context: string,
  nowIso: string,
): Promise<number> {
  await ensureInboxRef(q, workerId, nowIso);
  const row = await q
    .insertInto('questions')
    .values({
      worker_id: workerId,
      text,
      context,
      asked_at: nowIso,
      answer: null,
      answered_by: null,
      answered_at: null,
      answer_outbox_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface OpenQuestion {
  id: number;
  /** For the dashboard to show as a pseudonym, never as a name or number. */
  workerId: string;
  text: string;
  context: string;
  askedAt: string;
}

/** Questions not answered (nor closed) yet, oldest first. */
export async function openQuestions(db: Q, limit = 100): Promise<OpenQuestion[]> {
  const rows = await db
    .selectFrom('questions')
    .select(['id', 'worker_id', 'text', 'context', 'asked_at'])
    .where('answered_at', 'is', null)
    .where('closed_at', 'is', null)
    .where(notFromSimulator('questions.worker_id'))
    .orderBy('asked_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, workerId: r.worker_id, text: r.text, context: r.context, askedAt: r.asked_at }));
}

// ---- the inbox ----

const REF_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random reference, e.g. "T-k7pq2mzx": derived from nothing, so it joins to nothing. */
function newRef(): string {
  const bytes = randomBytes(8);
  return `T-${[...bytes].map((b) => REF_ALPHABET[b % REF_ALPHABET.length]).join('')}`;
}

/** Her inbox reference, made the first time she asks. */
export async function ensureInboxRef(q: Q, workerId: string, nowIso: string): Promise<void> {
  await q
    .insertInto('inbox_contacts')
    .values({ worker_id: workerId, ref: newRef(), created_at: nowIso })
    .onConflict((oc) => oc.column('worker_id').doNothing())
    .execute();
}

export type InboxView = 'open' | 'mine' | 'closed';

export interface InboxQuestion {
  id: number;
  /** Her inbox reference (never the research pseudonym, a name or a number). */
  ref: string;
  text: string;
  context: string;
  askedAt: string;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  assignedTo: string | null;
  labels: string[];
  /** What helps answer it: her language, kecamatan, work and latest BPJS answers. */
  lang: string;
  kecamatan: string | null;
  product: string | null;
  bpjs: { jkn: string | null; bpjs_tk: string | null };
  /** Her earlier questions, newest first, with their answers. */
  earlier: { id: number; text: string; answer: string | null; askedAt: string }[];
  /** Other open questions with the same words (to answer them all at once). */
  same: { id: number; ref: string }[];
}

export function parseLabels(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Words compared without case, accents, punctuation or spacing: "Berapa iuran?" = "berapa  iuran". */
export function sameWords(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export async function inboxQuestions(
  db: Q,
  o: { view: InboxView; me: string; label?: string; limit?: number },
): Promise<InboxQuestion[]> {
  // Questions asked before the inbox had references get theirs now.
  const missing = await db
    .selectFrom('questions as q')
    .leftJoin('inbox_contacts as c', 'c.worker_id', 'q.worker_id')
    .select('q.worker_id')
    .where('c.ref', 'is', null)
    .distinct()
    .execute();
  for (const m of missing) await ensureInboxRef(db, m.worker_id, new Date().toISOString());
  const rows = await db
    .selectFrom('questions as q')
    .innerJoin('workers as w', 'w.id', 'q.worker_id')
    .leftJoin('inbox_contacts as c', 'c.worker_id', 'q.worker_id')
    .select([
      'q.id',
      'q.worker_id',
      'q.text',
      'q.context',
      'q.asked_at',
      'q.answer',
      'q.answered_by',
      'q.answered_at',
      'q.closed_at',
      'q.assigned_to',
      'q.labels',
      'c.ref',
      'w.lang',
      'w.kecamatan',
      'w.product',
    ])
    // Questions typed in the web chat simulator (open to anyone) never reach the NGO.
    .where(notFromSimulator('q.worker_id'))
    .$if(o.view !== 'closed', (qb) => qb.where('q.answered_at', 'is', null).where('q.closed_at', 'is', null))
    .$if(o.view === 'mine', (qb) => qb.where('q.assigned_to', '=', o.me))
    .$if(o.view === 'closed', (qb) =>
      qb.where((eb) => eb.or([eb('q.answered_at', 'is not', null), eb('q.closed_at', 'is not', null)])),
    )
    .orderBy('q.asked_at', o.view === 'closed' ? 'desc' : 'asc')
    .orderBy('q.id')
    .limit(o.limit ?? 200)
    .execute();
  const label = o.label?.trim().toLowerCase();
  const picked = label ? rows.filter((r) => parseLabels(r.labels).includes(label)) : rows;
  const workers = [...new Set(picked.map((r) => r.worker_id))];
  const status = workers.length
    ? await db
        .selectFrom('protection_status')
        .select(['worker_id', 'scheme', 'status', 'asked_at', 'id'])
        .where('worker_id', 'in', workers)
        .orderBy('asked_at')
        .orderBy('id')
        .execute()
    : [];
  const latest = new Map<string, { jkn: string | null; bpjs_tk: string | null }>();
  for (const s of status) {
    const cur = latest.get(s.worker_id) ?? { jkn: null, bpjs_tk: null };
    if (s.scheme === 'jkn' || s.scheme === 'bpjs_tk') cur[s.scheme] = s.status;
    latest.set(s.worker_id, cur);
  }
  const history = workers.length
    ? await db
        .selectFrom('questions')
        .select(['id', 'worker_id', 'text', 'answer', 'asked_at'])
        .where('worker_id', 'in', workers)
        .orderBy('asked_at', 'desc')
        .orderBy('id', 'desc')
        .execute()
    : [];
  // Identical open questions, found among all open ones (not only this view's).
  const open =
    o.view === 'closed'
      ? []
      : await db
          .selectFrom('questions as q')
          .leftJoin('inbox_contacts as c', 'c.worker_id', 'q.worker_id')
          .select(['q.id', 'q.text', 'c.ref'])
          .where('q.answered_at', 'is', null)
          .where('q.closed_at', 'is', null)
          .where(notFromSimulator('q.worker_id'))
          .limit(1000)
          .execute();
  const byWords = new Map<string, { id: number; ref: string }[]>();
  for (const q of open) {
    const key = sameWords(q.text);
    if (key) byWords.set(key, [...(byWords.get(key) ?? []), { id: q.id, ref: q.ref ?? '?' }]);
  }
  return picked.map((r) => ({
    id: r.id,
    ref: r.ref ?? '?',
    text: r.text,
    context: r.context,
    askedAt: r.asked_at,
    answer: r.answer,
    answeredBy: r.answered_by,
    answeredAt: r.answered_at,
    closedAt: r.closed_at,
    assignedTo: r.assigned_to,
    labels: parseLabels(r.labels),
    lang: r.lang,
    kecamatan: r.kecamatan,
    product: r.product,
    bpjs: latest.get(r.worker_id) ?? { jkn: null, bpjs_tk: null },
    earlier: history
      .filter(
        (h) => h.worker_id === r.worker_id && (h.asked_at < r.asked_at || (h.asked_at === r.asked_at && h.id < r.id)),
      )
      .slice(0, 3)
      .map((h) => ({ id: h.id, text: h.text, answer: h.answer, askedAt: h.asked_at })),
    same: (byWords.get(sameWords(r.text)) ?? []).filter((x) => x.id !== r.id),
  }));
}

async function openOne(db: Q, id: number) {
  const q = await db
    .selectFrom('questions')
    .select(['id', 'answered_at', 'closed_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!q) throw new QuestionError(`There is no question ${id} (it may have been deleted with HAPUS).`);
  return q;
}

export async function closeQuestion(db: Q, id: number, by: string, now: Date): Promise<void> {
  const q = await openOne(db, id);
  if (q.closed_at || q.answered_at)
    throw new QuestionError(
      `Question ${id} is already closed or answered.`,
      `Pertanyaan ${id} sudah ditutup atau dijawab.`,
    );
  await db
    .updateTable('questions')
    .set({ closed_at: now.toISOString(), closed_by: by })
    .where('id', '=', id)
    .where('closed_at', 'is', null)
    .execute();
}

export async function assignQuestion(db: Q, id: number, to: string | null): Promise<void> {
  await openOne(db, id);
  const who = to?.trim() || null;
  if (who && who.length > 100) throw new QuestionError('That name is too long.');
  await db.updateTable('questions').set({ assigned_to: who }).where('id', '=', id).execute();
}

const LABEL = /^[\p{L}\p{N}-]{1,30}$/u;

/** Sets the labels from "bpjs, urgent": at most 5, each 1 to 30 letters, digits or -. */
export async function setLabels(db: Q, id: number, text: string): Promise<string[]> {
  await openOne(db, id);
  const labels = [
    ...new Set(
      text
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (labels.length > 5 || !labels.every((l) => LABEL.test(l)))
    throw new QuestionError(
      'Labels are at most 5, each 1 to 30 letters, digits or -.',
      'Label paling banyak 5, masing-masing 1 sampai 30 huruf, angka atau -.',
    );
  await db
    .updateTable('questions')
    .set({ labels: labels.length ? JSON.stringify(labels) : null })
    .where('id', '=', id)
    .execute();
  return labels;
}

export interface CannedAnswer {
  id: number;
  title: string;
  text: string;
}

export async function cannedAnswers(db: Q): Promise<CannedAnswer[]> {
  return db.selectFrom('canned_answers').select(['id', 'title', 'text']).orderBy('title').execute();
}

/** Saves a canned answer; the same title replaces its text. */
export async function saveCannedAnswer(
  db: Q,
  c: { title: string; text: string; by: string },
  now: Date,
): Promise<void> {
  const title = c.title.trim();
  const text = c.text.trim();
  if (!title || title.length > 80 || !text)
    throw new QuestionError('A canned answer needs a title and a text.', 'Jawaban siap pakai perlu judul dan teks.');
  if (text.length > MAX_ANSWER) throw new QuestionError(`A canned answer has at most ${MAX_ANSWER} characters.`);
  await db
    .insertInto('canned_answers')
    .values({ title, text, created_by: c.by, created_at: now.toISOString() })
    .onConflict((oc) => oc.column('title').doUpdateSet({ text }))
    .execute();
}

export interface InboxFigures {
  open: number;
  answered: number;
  /** Median time from question to answer, over answered questions; null when none. */
  medianAnswerMs: number | null;
}

export async function inboxFigures(db: Q): Promise<InboxFigures> {
  const open = await db
    .selectFrom('questions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('answered_at', 'is', null)
    .where('closed_at', 'is', null)
    .where(notFromSimulator('questions.worker_id'))
    .executeTakeFirstOrThrow();
  const answered = await db
    .selectFrom('questions')
    .select(['asked_at', 'answered_at'])
    .where('answered_at', 'is not', null)
    .where(notFromSimulator('questions.worker_id'))
    .execute();
  const waits = answered
    .map((r) => new Date(r.answered_at!).getTime() - new Date(r.asked_at).getTime())
    .sort((x, y) => x - y);
  const mid = waits.length >> 1;
  const median = waits.length ? (waits.length % 2 ? waits[mid]! : (waits[mid - 1]! + waits[mid]!) / 2) : null;
  return { open: Number(open.n), answered: waits.length, medianAnswerMs: median };
}
