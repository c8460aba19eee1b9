// Every conversation the bot knows. Adding a flow is adding it here.
import { helpFlow } from './help.ts';
import { onboardingFlow } from './onboarding.ts';
import { settingsFlow } from './settings.ts';
import type { Flow } from './types.ts';

export const flows: Flow[] = [onboardingFlow, settingsFlow, helpFlow];
