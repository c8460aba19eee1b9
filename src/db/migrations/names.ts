// The names of the migrations in ./index.ts, without their code. Opening the
// database compares these with the names it has run (src/db/connect.ts) and
// loads the migrations themselves only when one is missing, so a command does
// not parse every migration to start. A new migration goes in all three places:
// its file here, ./index.ts and this list (tests/db/migrate.test.ts fails
// until they agree).
export const MIGRATION_NAMES: readonly string[] = [
  '0001_foundation',
  '0002_profile_offers',
  '0003_product_other',
  '0101_diary',
  '0103_rate_count',
  '0104_employer_name_keys',
  '0105_rate_unknown',
  '0201_social_protection',
  '0202_status_rechecks',
  '0401_whatsapp_auth',
  '0402_whatsapp_forget',
  '0501_scheduler_broadcasts',
  '0502_diary_reminders',
  '0503_dashboard_prefs',
  '0504_outbox_receipts',
  '0505_broadcast_templates',
  '0506_tanya_inbox',
  '0601_research_access',
  '0602_research_indexes',
  '0603_study_meta',
  '0604_diary_months',
  '0605_diary_months_flags',
  '0701_sms',
  '0702_link_codes',
  '0703_link_attempts',
  '0704_helpers_not_said',
];
