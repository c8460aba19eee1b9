// Every conversation the bot knows. Adding a flow is adding it here.
import { bpjsFlow } from './bpjs/index.ts';
import { helpFlow } from './help.ts';
import { onboardingFlow } from './onboarding.ts';
import { settingsFlow } from './settings.ts';
import type { Flow } from './types.ts';

// bpjsFlow stays last: its `quick` only takes an opening greeting when a
// follow-up is due, after every other flow's shortcut had its chance.
export const flows: Flow[] = [onboardingFlow, settingsFlow, helpFlow, bpjsFlow];
