// In-code migrations (no dynamic file imports). Names sort in the order they run;
// each area of the project owns a range: 0001 foundation, 01xx diary, 02xx
// social protection, 03xx telegram, 04xx whatsapp, 05xx outbox/broadcasts,
// 06xx research, 07xx sms. Every name is also in ./names.ts, which opening the
// database reads instead of this module (tests/db/migrate.test.ts checks both).
import type { Migration } from 'kysely';
import { foundation } from './0001_foundation.ts';
import { profileOffers } from './0002_profile_offers.ts';
import { productOther } from './0003_product_other.ts';
import { diary } from './0101_diary.ts';
import { rateCount } from './0103_rate_count.ts';
import { employerNameKeys } from './0104_employer_name_keys.ts';
import { rateUnknown } from './0105_rate_unknown.ts';
import { socialProtection } from './0201_social_protection.ts';
import { statusRechecks } from './0202_status_rechecks.ts';
import { whatsappAuth } from './0401_whatsapp_auth.ts';
import { whatsappForget } from './0402_whatsapp_forget.ts';
import { schedulerBroadcasts } from './0501_scheduler_broadcasts.ts';
import { diaryReminders } from './0502_diary_reminders.ts';
import { dashboardPrefs } from './0503_dashboard_prefs.ts';
import { outboxReceipts } from './0504_outbox_receipts.ts';
import { broadcastTemplates } from './0505_broadcast_templates.ts';
import { tanyaInbox } from './0506_tanya_inbox.ts';
import { researchAccess } from './0601_research_access.ts';
import { researchIndexes } from './0602_research_indexes.ts';
import { studyMeta } from './0603_study_meta.ts';
import { diaryMonths } from './0604_diary_months.ts';
import { diaryMonthsFlags } from './0605_diary_months_flags.ts';
import { sms } from './0701_sms.ts';
import { linkCodes } from './0702_link_codes.ts';
import { linkAttempts } from './0703_link_attempts.ts';
import { helpersNotSaid } from './0704_helpers_not_said.ts';

export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_profile_offers': profileOffers,
  '0003_product_other': productOther,
  '0101_diary': diary,
  '0103_rate_count': rateCount,
  '0104_employer_name_keys': employerNameKeys,
  '0105_rate_unknown': rateUnknown,
  '0201_social_protection': socialProtection,
  '0202_status_rechecks': statusRechecks,
  '0401_whatsapp_auth': whatsappAuth,
  '0402_whatsapp_forget': whatsappForget,
  '0501_scheduler_broadcasts': schedulerBroadcasts,
  '0502_diary_reminders': diaryReminders,
  '0503_dashboard_prefs': dashboardPrefs,
  '0504_outbox_receipts': outboxReceipts,
  '0505_broadcast_templates': broadcastTemplates,
  '0506_tanya_inbox': tanyaInbox,
  '0601_research_access': researchAccess,
  '0602_research_indexes': researchIndexes,
  '0603_study_meta': studyMeta,
  '0604_diary_months': diaryMonths,
  '0605_diary_months_flags': diaryMonthsFlags,
  '0701_sms': sms,
  '0702_link_codes': linkCodes,
  '0703_link_attempts': linkAttempts,
  '0704_helpers_not_said': helpersNotSaid,
};
