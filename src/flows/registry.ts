// Every conversation the bot knows. Adding a flow is adding it here.
import { bpjsFlow, tanyaFlow } from './bpjs/index.ts';
import { compareFlow } from './compare.ts';
import { batchFlow } from './diary/batch.ts';
import { correctionsFlow } from './diary/corrections.ts';
import { costFlow } from './diary/cost.ts';
import { handinFlow } from './diary/handin.ts';
import { hoursFlow } from './diary/hours.ts';
import { noteFlow } from './diary/note.ts';
import { orderFlow } from './diary/order.ts';
import { paymentFlow } from './diary/payment.ts';
import { rateFlow } from './diary/rate.ts';
import { rekapFlow } from './diary/rekap.ts';
import { helpFlow } from './help.ts';
import { joinFlow } from './join.ts';
import { onboardingFlow } from './onboarding.ts';
import { reminderFlow } from './reminder.ts';
import { settingsFlow } from './settings.ts';
import type { Flow } from './types.ts';

// tanyaFlow and bpjsFlow stay last: TANYA and an opening greeting (when a
// follow-up is due) are taken after every other flow's shortcut had its chance.
export const flows: Flow[] = [
  onboardingFlow,
  orderFlow,
  handinFlow,
  paymentFlow,
  hoursFlow,
  costFlow,
  batchFlow,
  noteFlow,
  rateFlow,
  rekapFlow,
  correctionsFlow,
  settingsFlow,
  helpFlow,
  joinFlow,
  reminderFlow,
  compareFlow,
  tanyaFlow,
  bpjsFlow,
];
