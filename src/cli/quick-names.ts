/**
 * The commands the bundle runs from dist/quick.js (src/cli/quick.ts), which
 * starts in about half the time; every other command runs from the ES modules
 * (src/cli/main.ts). Read by the bundle's entry (src/cli/bundle-main.ts).
 */
export const QUICK_COMMANDS = ['migrate', 'token'] as const;

export type QuickCommand = (typeof QUICK_COMMANDS)[number];
