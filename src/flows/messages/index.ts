// All catalogues merged. Indonesian is the reference: a language without a
// message falls back to it, so a Javanese catalogue can be added piece by piece.
import { bpjs } from './bpjs.ts';
import { broadcast } from './broadcast.ts';
import { compare } from './compare.ts';
import { core } from './core.ts';
import type { Catalog } from './define.ts';
import { diary } from './diary.ts';
import { link } from './link.ts';
import { note } from './note.ts';
import { onboarding } from './onboarding.ts';
import { profile } from './profile.ts';
import { rekap } from './rekap.ts';
import { reminders } from './reminders.ts';
import { settings } from './settings.ts';
import { sms } from './sms.ts';
import { telegram } from './telegram.ts';

const areas = [
  core,
  onboarding,
  settings,
  bpjs,
  telegram,
  diary,
  note,
  rekap,
  broadcast,
  reminders,
  compare,
  profile,
  link,
] as const;

type Merge<A extends readonly { id: Catalog }[]> = A extends readonly [infer H, ...infer R]
  ? H extends { id: infer C }
    ? C & (R extends readonly { id: Catalog }[] ? Merge<R> : unknown)
    : unknown
  : unknown;
export type Messages = Merge<typeof areas>;
export type MessageKey = keyof Messages & string;
type ParamsOf<K extends MessageKey> = Messages[K] extends (p: infer P) => string ? [P] : [];

/**
 * How replies are worded: 'full' for chat apps; 'sms' for SMS, where every
 * segment costs money: the compact form of a message (src/flows/messages/sms.ts)
 * when it has one, else the full one (short enough already). Flows that build
 * a reply from parts (the main menu) look at `t.form` too.
 */
export type MessageForm = 'full' | 'sms';

export type Translator = (<K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string) & {
  readonly form?: MessageForm;
};

const catalogs: Record<string, Catalog> = {
  id: Object.assign({}, ...areas.map((a) => a.id)),
  en: Object.assign({}, ...areas.map((a) => a.en)),
};

/** Compact forms for SMS, by language; a key without one uses the full form. */
const compact: Record<string, Catalog> = { id: sms.id, en: sms.en };

export function translator(lang: string, form: MessageForm = 'full'): Translator {
  // Own entries only: a language or key named "constructor" is no message.
  const own = (Object.hasOwn(catalogs, lang) ? catalogs[lang] : undefined) ?? catalogs.id!;
  const fallback = catalogs.id!;
  const short = form === 'sms' ? ((Object.hasOwn(compact, lang) ? compact[lang] : undefined) ?? compact.id!) : null;
  const t = (key: string, ...params: unknown[]) => {
    const m =
      short && Object.hasOwn(short, key)
        ? short[key]
        : Object.hasOwn(own, key)
          ? own[key]
          : Object.hasOwn(fallback, key)
            ? fallback[key]
            : undefined;
    if (m === undefined) throw new Error(`No message "${key}"`);
    return typeof m === 'function' ? m(params[0]) : m;
  };
  return Object.assign(t, { form }) as Translator;
}

/** The form of replies on a channel. */
export function formOf(channel: string): MessageForm {
  return channel === 'sms' ? 'sms' : 'full';
}

/** The compact forms, for tests that render every reply for SMS. */
export function smsMessages(): Record<string, Catalog> {
  return compact;
}

/** Every key of every catalogue, for tests that check completeness and length. */
export function allMessages(): Record<string, Catalog> {
  return catalogs;
}
