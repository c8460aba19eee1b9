// The weekly diary reminder as the bot starts it (src/reminders/sweep.ts, through
// engine.initiate): a message naming her open orders, keeping no conversation,
// so whatever she was doing stays as it was and what she writes back is read as
// any message is.
import type { Flow, FlowContext } from './types.ts';
import { need, result } from './types.ts';

export interface ReminderItem {
  /** handIn: pieces still to hand in; toBePaid: all handed in, money still owed. */
  kind: 'handIn' | 'toBePaid';
  product: string;
  employer: string;
}

declare module './types.ts' {
  interface FactMap {
    /** Her orders a reminder names: unpaid ones first, then those still being worked on. */
    reminderItems: ReminderItem[];
  }
}

/** Lines naming orders in one reminder: enough to jog her memory on a small screen. */
const MAX_ITEMS = 3;

function text(t: FlowContext['t'], items: ReminderItem[]): string {
  const lines = items
    .slice(0, MAX_ITEMS)
    .map((i) =>
      t(i.kind === 'handIn' ? 'reminderToHandIn' : 'reminderToBePaid', { product: i.product, employer: i.employer }),
    );
  return [t('reminderIntro'), lines.length ? lines.join('\n') : t('reminderNothingOpen'), t('reminderFooter')].join(
    '\n\n',
  );
}

export const weeklyReminderFlow: Flow = {
  name: 'weeklyReminder',
  start(ctx) {
    const items = ctx.facts.reminderItems;
    if (items === undefined) return need('reminderItems');
    return result(null, [{ text: text(ctx.t, items) }]);
  },
  // It keeps no conversation: nothing is ever answered here.
  step: () => result(null),
};
