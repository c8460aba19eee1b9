// The database as one TypeScript type: every query is checked against it.
// Conventions (same on SQLite and PostgreSQL): instants are ISO-8601 UTC text,
// WIB days are YYYY-MM-DD text, booleans are 0/1 integers, JSON is text,
// money is integer rupiah.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type Bool = 0 | 1;

export interface WorkersTable {
  id: string;
  created_at: string;
  updated_at: string;
  lang: string;
  /** onboarding: not yet consented; active: consented and logging. */
  status: 'onboarding' | 'active';
  kecamatan: string | null;
  product: string | null;
  /** Her own words for work on no list ("bulu mata"), beside product 'lainnya'; never exported. */
  product_other: string | null;
  consent_version: string | null;
  consented_at: string | null;
  research_consent: Bool;
  opted_out: Bool;
  campaign: string | null;
  last_active_at: string;
  /**
   * The soft question last asked after saving (who helped, a child among them): JSON of the hours rows it is
   * about, the message it was asked after and until when (src/engine/diary.ts). Only her next message may answer it.
   */
  soft_question: string | null;
}

export interface ChannelIdentitiesTable {
  id: Generated<number>;
  worker_id: string;
  channel: string;
  channel_user_id: string;
  /** Another form of the same person's id on the platform (WhatsApp phone JID beside a LID). */
  alt_user_id: string | null;
  /** 1 once the platform said we may not write to her (blocked the bot). */
  unreachable: Bool;
  created_at: string;
  last_seen_at: string;
}

/** An offer to complete her profile that she has been shown, so it is made once. */
export interface ProfileOffersTable {
  worker_id: string;
  /** What was offered: kecamatan. */
  offer: string;
  shown_at: string;
}

export interface ConversationsTable {
  worker_id: string;
  flow: string;
  step: string;
  data: string;
  updated_at: string;
}

export interface InboundMessagesTable {
  id: Generated<number>;
  channel: string;
  external_id: string;
  worker_id: string | null;
  text: string;
  received_at: string;
  processed_at: string;
}

export interface OutboxTable {
  id: Generated<number>;
  channel: string;
  address: string;
  worker_id: string | null;
  kind: string;
  /** Lower is sooner: replies 0, reminders 5, broadcasts 10. */
  priority: number;
  text: string;
  options: string | null;
  /** cancelled: never to be sent (a cancelled broadcast, a worker who said BERHENTI before it went). */
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  not_before: string;
  claimed_by: string | null;
  claimed_at: string | null;
  sent_at: string | null;
  external_id: string | null;
  last_error: string | null;
  /** 1 for a message whose row is removed once sent (the goodbye after HAPUS). */
  ephemeral: Bool;
  created_at: string;
  /** The broadcast this row delivers, if any. */
  broadcast_id: number | null;
  /** WIB hours when it must not be sent, e.g. "20:00-07:00"; null for any time. */
  quiet_hours: string | null;
  /** The platform's delivery receipt (WhatsApp), when one came. */
  delivered_at: string | null;
  /** The platform's read receipt (WhatsApp); Telegram has none. */
  read_at: string | null;
  /** Why a row failed or was withdrawn (src/outbox/reasons.ts), for figures by code. */
  reason_code: string | null;
  /** SMS: the gateway's last report, 'sent' (left the phone), 'delivered' or 'failed'; null before any. */
  delivery: string | null;
  /** SMS: segments the message cost (what the NGO pays for). */
  segments: number | null;
}

export interface ConsentEventsTable {
  id: Generated<number>;
  /** Null for a refusal: nothing of her is kept but the refusal itself. */
  worker_id: string | null;
  version: string;
  kind: 'diary' | 'research';
  decision: 'yes' | 'no';
  at: string;
}

/** One answer about her coverage in one scheme, dated. Append-only: the history is the data. */
export interface ProtectionStatusTable {
  id: Generated<number>;
  worker_id: string;
  /** jkn (BPJS Kesehatan) or bpjs_tk (BPJS Ketenagakerjaan). */
  scheme: string;
  /** jkn: pbi, mandiri, mandiri_arrears, none, unknown; bpjs_tk: active, inactive, none, unknown; both: declined. */
  status: string;
  /** guide (she asked), recheck (asked again after months), followup (after she registered). */
  via: string;
  asked_at: string;
  /** WIB day of asked_at. */
  asked_on: string;
}

/** The BPJS status question sent by the scheduler: one row per worker per due period. */
export interface StatusRechecksTable {
  id: Generated<number>;
  worker_id: string;
  /** When the question fell due: her newest answer plus a whole number of recheck periods. */
  due_at: string;
  asked_at: string;
  outbox_id: number | null;
}

/** She said she intends to register; the follow-up is due at follow_up_due. */
export interface EnrolmentIntentsTable {
  id: Generated<number>;
  worker_id: string;
  /** bpjs_tk, jkn_pbi or jkn_mandiri. */
  program: string;
  created_at: string;
  /** When to ask "Sudah daftar?"; null once closed. */
  follow_up_due: string | null;
  closed_at: string | null;
  /** The last follow-up answer when closed: registered, not_yet, gave_up. */
  outcome: string | null;
}

/** Every answer to a follow-up, with the obstacle she named (coded). */
export interface EnrolmentFollowupsTable {
  id: Generated<number>;
  intent_id: number;
  worker_id: string;
  asked_at: string;
  /** registered, not_yet, gave_up, skipped. */
  answer: string;
  /** documents, cost, family, dont_know_how, other. */
  obstacle: string | null;
  /** Her own words for an "other" obstacle. */
  note: string | null;
}

/** TANYA: a question for the NGO's staff, and their answer. */
export interface QuestionsTable {
  id: Generated<number>;
  worker_id: string;
  text: string;
  /** Where it was asked: tanya, guide:menu, guide:<topic>. */
  context: string;
  asked_at: string;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  /** The outbox row that carries the answer to her. */
  answer_outbox_id: number | null;
  /** Closed by staff without (or after) an answer. */
  closed_at: string | null;
  closed_by: string | null;
  /** The staff member who takes it. */
  assigned_to: string | null;
  /** JSON array of labels. */
  labels: string | null;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  /** JSON. */
  payload: string;
  due_at: string;
  status: 'pending' | 'running' | 'done' | 'failed' | 'cancelled';
  attempts: number;
  max_attempts: number;
  claimed_by: string | null;
  claimed_at: string | null;
  last_error: string | null;
  /** A cron pattern (WIB) for a recurring job: the next run is a new row. */
  cron: string | null;
  /** Unique while pending or running, cleared when finished. */
  dedupe_key: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface BroadcastsTable {
  id: Generated<number>;
  title: string;
  text_id: string;
  text_en: string | null;
  /** JSON of a Segment (src/broadcast/segment.ts). */
  segment: string;
  quiet_hours: string | null;
  status: 'draft' | 'scheduled' | 'sending' | 'done' | 'cancelled';
  created_by: string | null;
  created_at: string;
  updated_at: string;
  scheduled_for: string | null;
  job_id: number | null;
  enqueued_at: string | null;
  recipients: number | null;
  cancelled_at: string | null;
  finished_at: string | null;
  /** A cron pattern (WIB) for a recurring broadcast: this row is the plan, each run a new row. */
  cron: string | null;
  /** For one run of a recurring broadcast: the plan it came from. */
  parent_id: number | null;
}

export interface BroadcastTemplatesTable {
  id: Generated<number>;
  name: string;
  text_id: string;
  text_en: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The dashboard language chosen per access token. */
export interface DashboardPrefsTable {
  token_id: number;
  lang: string;
  updated_at: string;
}

/** The TANYA inbox's reference for a worker: random, joined to nothing in research output. */
export interface InboxContactsTable {
  worker_id: string;
  ref: string;
  created_at: string;
}

export interface CannedAnswersTable {
  id: Generated<number>;
  title: string;
  text: string;
  created_by: string | null;
  created_at: string;
}

/** SAMBUNG: a code that joins another channel's identity to her diary; single use, minutes long. */
export interface LinkCodesTable {
  code: string;
  worker_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A wrong SAMBUNG code sent from her number, dated (a few tries a day). */
export interface LinkAttemptsTable {
  id: Generated<number>;
  worker_id: string;
  at: string;
}

export interface NgoGroupsTable {
  id: Generated<number>;
  name: string;
  /** What a worker sends after GABUNG, stored in upper case. */
  join_code: string | null;
  created_at: string;
}

export interface NgoGroupMembersTable {
  group_id: number;
  worker_id: string;
  via: 'import' | 'code';
  joined_at: string;
}

/** The linked WhatsApp account's credentials (one row, id 'creds'), JSON with Buffers encoded. */
export interface WhatsappAuthCredsTable {
  id: string;
  data: string;
  updated_at: string;
}

/** WhatsApp signal keys of every type (pre-key, session, app-state-sync-key, lid-mapping, ...). */
export interface WhatsappAuthKeysTable {
  type: string;
  id: string;
  value: string;
  updated_at: string;
}

/**
 * A WhatsApp contact erased by HAPUS whose keys the linked account still holds:
 * the goodbye is encrypted with them. The channel forgets her keys, and then
 * this row, once no goodbye to her is waiting.
 */
export interface WhatsappForgetTable {
  id: Generated<number>;
  jid: string;
  alt_jid: string | null;
  created_at: string;
}

// The work diary. Rows are never rewritten silently: a correction updates the
// row and appends to diary_corrections; an undo sets voided_at.

export interface EmployersTable {
  id: Generated<number>;
  worker_id: string;
  name: string;
  /** The name folded for matching ("bu yati"): unique per worker. */
  name_key: string;
  created_at: string;
}

export interface OrdersTable {
  id: Generated<number>;
  worker_id: string;
  employer_id: number;
  product: string;
  /** UnitCode as she counted it: pcs, pasang, kodi, lusin, gros, rim, kg, pak, ikat. */
  unit: string;
  quantity_count: number;
  quantity_pieces: number;
  /**
   * The rate as quoted: rate_amount rupiah per rate_count rate_per (14000 per 1000 pcs). Null (with
   * rate_per and rate_per_piece) while the rate is not known yet: she took the order before being told.
   */
  rate_amount: number | null;
  rate_per: string | null;
  /** How many rate_per the amount is for: 1 unless she quoted "per 3 pasang", "per seribu". */
  rate_count: Generated<number>;
  /** rate_amount / (rate_count x pieces in rate_per), rounded half up to whole rupiah; null without a rate. */
  rate_per_piece: number | null;
  received_on: string;
  due_on: string | null;
  written_agreement: Bool | null;
  materials_from_employer: Bool | null;
  created_at: string;
  updated_at: string;
  voided_at: string | null;
}

export interface HandinsTable {
  id: Generated<number>;
  worker_id: string;
  order_id: number;
  handed_in_on: string;
  /** Everything handed in, the rejected pieces included. */
  delivered_pieces: number;
  rejected_pieces: number;
  created_at: string;
  updated_at: string;
  voided_at: string | null;
}

export interface PaymentsTable {
  id: Generated<number>;
  worker_id: string;
  employer_id: number;
  /** Null: a lump sum, or a kasbon. */
  order_id: number | null;
  kind: 'pay' | 'kasbon';
  /** Cash received. */
  amount: number;
  /** Withheld for other reasons (rejects, materials). */
  deduction: number;
  /** Withheld to settle an earlier kasbon. */
  kasbon_repaid: number;
  paid_on: string;
  created_at: string;
  updated_at: string;
  voided_at: string | null;
}

export interface WorkHoursTable {
  id: Generated<number>;
  worker_id: string;
  worked_on: string;
  minutes: number;
  order_id: number | null;
  /** Family members who helped; null when she did not say (rows before 0704 hold 0 for that too). */
  helpers: number | null;
  /** A child under 15 helped; false when nobody helped, null when not said. */
  child_helper: Bool | null;
  created_at: string;
  updated_at: string;
  voided_at: string | null;
}

export interface CostsTable {
  id: Generated<number>;
  worker_id: string;
  /** listrik, bahan, transport, alat, lainnya */
  category: string;
  amount: number;
  spent_on: string;
  created_at: string;
  updated_at: string;
  voided_at: string | null;
}

/** Append-only: every change and undo of a diary row, with the old and new value. */
export interface DiaryCorrectionsTable {
  id: Generated<number>;
  worker_id: string;
  /** order, handin, payment, hours, cost */
  entity: string;
  entity_id: number;
  /** change: one field changed; void: the row was undone. */
  action: 'change' | 'void';
  field: string | null;
  /** JSON of the value before and after. */
  old_value: string | null;
  new_value: string | null;
  at: string;
}

/**
 * Her diary summed by month and week part, kept on every diary write for the
 * research views (src/db/diary-months.ts says what the texts hold).
 */
export interface DiaryMonthsTable {
  worker_id: string;
  /** Calendar month (WIB), YYYY-MM. */
  month: string;
  weeks: string;
  ledger: string;
  /** What the data-quality flags read besides her orders (src/db/diary-months.ts). */
  checks: string;
}

/** Her weekly diary reminder; no row means the default (on, Saturday 16:00 WIB). */
export interface ReminderPrefsTable {
  worker_id: string;
  enabled: Bool;
  /** ISO weekday in WIB: 1 Monday ... 7 Sunday. */
  weekday: number;
  /** WIB hour, 6 to 21. */
  hour: number;
  updated_at: string;
}

/** One row per worker per week a reminder was due: for researchers measuring diary adherence. */
export interface DiaryRemindersTable {
  id: Generated<number>;
  worker_id: string;
  /** The Monday (WIB, YYYY-MM-DD) of the week. */
  week_of: string;
  /** sent, or skipped_logged: she had already logged that week. */
  status: 'sent' | 'skipped_logged';
  due_at: string;
  outbox_id: number | null;
  /** Open orders the reminder named. */
  open_orders: number;
  /** Her first message after it, within the week. */
  answered_at: string | null;
  created_at: string;
}

export type AccessRole = 'admin' | 'researcher' | 'ngo';

/** A dashboard/API token; only the SHA-256 of the token is kept. */
export interface AccessTokensTable {
  id: Generated<number>;
  name: string;
  role: AccessRole;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A dashboard login; the cookie holds the session id, the table only its SHA-256. */
export interface DashboardSessionsTable {
  id_hash: string;
  token_id: number;
  csrf: string;
  created_at: string;
  expires_at: string;
}

/** Facts about the data as a whole (src/db/migrations/0603_study_meta.ts). */
export interface StudyMetaTable {
  /** "synthetic": "1" in the database `upahku demo` made. */
  key: string;
  value: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  token_id: number | null;
  /** The token's name at the time (kept when the token is revoked), or "cli". */
  actor: string;
  role: AccessRole | null;
  /** login, login_failed, logout, export, broadcast, token_create, token_revoke ... */
  action: string;
  /** JSON object: what was exported, with which filters; never worker identifiers. */
  detail: string;
}

export interface Database {
  workers: WorkersTable;
  channel_identities: ChannelIdentitiesTable;
  conversations: ConversationsTable;
  profile_offers: ProfileOffersTable;
  inbound_messages: InboundMessagesTable;
  outbox: OutboxTable;
  consent_events: ConsentEventsTable;
  protection_status: ProtectionStatusTable;
  status_rechecks: StatusRechecksTable;
  enrolment_intents: EnrolmentIntentsTable;
  enrolment_followups: EnrolmentFollowupsTable;
  questions: QuestionsTable;
  whatsapp_auth_creds: WhatsappAuthCredsTable;
  whatsapp_auth_keys: WhatsappAuthKeysTable;
  whatsapp_forget: WhatsappForgetTable;
  employers: EmployersTable;
  orders: OrdersTable;
  handins: HandinsTable;
  payments: PaymentsTable;
  work_hours: WorkHoursTable;
  costs: CostsTable;
  diary_corrections: DiaryCorrectionsTable;
  diary_months: DiaryMonthsTable;
  jobs: JobsTable;
  broadcasts: BroadcastsTable;
  broadcast_templates: BroadcastTemplatesTable;
  dashboard_prefs: DashboardPrefsTable;
  inbox_contacts: InboxContactsTable;
  canned_answers: CannedAnswersTable;
  link_codes: LinkCodesTable;
  link_attempts: LinkAttemptsTable;
  ngo_groups: NgoGroupsTable;
  ngo_group_members: NgoGroupMembersTable;
  reminder_prefs: ReminderPrefsTable;
  diary_reminders: DiaryRemindersTable;
  access_tokens: AccessTokensTable;
  dashboard_sessions: DashboardSessionsTable;
  audit_log: AuditLogTable;
  study_meta: StudyMetaTable;
}

export type Worker = Selectable<WorkersTable>;
export type NewWorker = Insertable<WorkersTable>;
export type WorkerUpdate = Updateable<WorkersTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type JobRow = Selectable<JobsTable>;
export type BroadcastRow = Selectable<BroadcastsTable>;
