// PENGINGAT: her weekly diary reminder: which day, which hour, or off.
import { parseChoice } from '../parse/choice.ts';
import { fold } from '../parse/text.ts';
import type { ConvState, Flow, FlowContext, StepResult } from './types.ts';
import { need, result } from './types.ts';

export interface ReminderPrefs {
  enabled: boolean;
  /** ISO weekday in WIB: 1 Monday ... 7 Sunday. */
  weekday: number;
  /** WIB hour. */
  hour: number;
}

export const DEFAULT_REMINDER: ReminderPrefs = { enabled: true, weekday: 6, hour: 16 };
export const REMINDER_HOURS = { min: 6, max: 21 } as const;

declare module './types.ts' {
  interface EffectMap {
    setReminderPrefs: { prefs: ReminderPrefs };
  }
  interface FactMap {
    reminderPrefs: ReminderPrefs;
  }
}

const st = (step: string): ConvState => ({ flow: 'reminder', step, data: {} });

const DAY_WORDS: Record<string, number> = {
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  sabtu: 6,
  minggu: 7,
  ahad: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

export function parseWeekday(text: string): number | null {
  const t = fold(text)
    .replace(/^hari\s+/, '')
    .trim();
  if (Object.hasOwn(DAY_WORDS, t)) return DAY_WORDS[t]!;
  const n = parseChoice(text);
  return n !== null && n >= 1 && n <= 7 ? n : null;
}

/** "16", "16.00", "jam 4 sore", "4 pm": an hour of the day, or null. */
export function parseHour(text: string): number | null {
  const m = /^(?:jam|pukul|pkl\.?|at)?\s*(\d{1,2})(?:[.:]00)?\s*(pagi|siang|sore|malam|am|pm)?$/.exec(
    fold(text).trim(),
  );
  if (!m) return null;
  let h = Number(m[1]);
  const part = m[2];
  if ((part === 'sore' || part === 'malam' || part === 'pm') && h < 12) h += 12;
  if (part === 'siang' && h < 6) h += 12;
  return h >= 0 && h <= 23 ? h : null;
}

function prefsOf(ctx: FlowContext): ReminderPrefs | null {
  return ctx.facts.reminderPrefs ?? null;
}

function menu(ctx: FlowContext, p: ReminderPrefs): StepResult {
  const text = ctx.t('reminderSettings', {
    state: ctx.t(p.enabled ? 'reminderOn' : 'reminderOff'),
    day: ctx.t('weekday', { n: p.weekday }),
    hour: p.hour,
  });
  const note = ctx.worker.optedOut ? `\n\n${ctx.t('reminderStoppedNote')}` : '';
  return result(st('menu'), [{ text: text + note }]);
}

/**
 * A change saved ends the flow: she is told, and sees the main menu, so that
 * the number she types next is read against the menu in front of her, not
 * against the reminder menu that was there before.
 */
function saved(text: string, prefs: ReminderPrefs): StepResult {
  return { ...result(null, [{ text }], [{ type: 'setReminderPrefs', prefs }]), goto: { flow: 'menu' } };
}

function save(ctx: FlowContext, prefs: ReminderPrefs): StepResult {
  return saved(ctx.t('reminderSaved', { day: ctx.t('weekday', { n: prefs.weekday }), hour: prefs.hour }), prefs);
}

export const reminderFlow: Flow = {
  name: 'reminder',
  quick: (input) => (/^(pengingat|reminders?)$/.test(input.lower) ? {} : null),
  start(ctx) {
    const p = prefsOf(ctx);
    return p ? menu(ctx, p) : need('reminderPrefs');
  },
  step(state, input, ctx) {
    const p = prefsOf(ctx);
    if (!p) return need('reminderPrefs');
    switch (state.step) {
      case 'menu': {
        const n = parseChoice(input.text);
        if (n === 0) return { ...result(null), goto: { flow: 'menu' } };
        if (n === 1) return result(st('day'), [{ text: ctx.t('reminderAskDay') }]);
        if (n === 2) return result(st('hour'), [{ text: ctx.t('reminderAskHour') }]);
        if (n === 3) {
          if (!p.enabled) return save(ctx, { ...p, enabled: true });
          return saved(ctx.t('reminderTurnedOff'), { ...p, enabled: false });
        }
        return result(state, [{ text: ctx.t('chooseNumberOrZero', { max: 3 }) }]);
      }
      case 'day': {
        // 0 goes back to the reminder menu, unchanged.
        if (parseChoice(input.text) === 0) return menu(ctx, p);
        const d = parseWeekday(input.text);
        if (d === null) return result(state, [{ text: ctx.t('reminderAskDay') }]);
        return save(ctx, { ...p, weekday: d, enabled: true });
      }
      case 'hour': {
        if (parseChoice(input.text) === 0) return menu(ctx, p);
        const h = parseHour(input.text);
        if (h === null || h < REMINDER_HOURS.min || h > REMINDER_HOURS.max)
          return result(state, [{ text: ctx.t('reminderAskHour') }]);
        return save(ctx, { ...p, hour: h, enabled: true });
      }
      default:
        return menu(ctx, p);
    }
  },
};
