// All catalogues merged. Indonesian is the reference: a language without a
// message falls back to it, so a Javanese catalogue can be added piece by piece.
import { bpjs } from './bpjs.ts';
import { broadcast } from './broadcast.ts';
import { compare } from './compare.ts';
import { core } from './core.ts';
import type { Catalog } from './define.ts';
import { diary } from './diary.ts';
import { note } from './note.ts';
import { onboarding } from './onboarding.ts';
import { profile } from './profile.ts';
import { rekap } from './rekap.ts';
import { reminders } from './reminders.ts';
import { settings } from './settings.ts';
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
] as const;

type Merge<A extends readonly { id: Catalog }[]> = A extends readonly [infer H, ...infer R]
  ? H extends { id: infer C }
    ? C & (R extends readonly { id: Catalog }[] ? Merge<R> : unknown)
    : unknown
  : unknown;
export type Messages = Merge<typeof areas>;
export type MessageKey = keyof Messages & string;
type ParamsOf<K extends MessageKey> = Messages[K] extends (p: infer P) => string ? [P] : [];

export type Translator = <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;

const catalogs: Record<string, Catalog> = {
  id: Object.assign({}, ...areas.map((a) => a.id)),
  en: Object.assign({}, ...areas.map((a) => a.en)),
};

export function translator(lang: string): Translator {
  // Own entries only: a language or key named "constructor" is no message.
  const own = (Object.hasOwn(catalogs, lang) ? catalogs[lang] : undefined) ?? catalogs.id!;
  const fallback = catalogs.id!;
  return ((key: string, ...params: unknown[]) => {
    const m = Object.hasOwn(own, key) ? own[key] : Object.hasOwn(fallback, key) ? fallback[key] : undefined;
    if (m === undefined) throw new Error(`No message "${key}"`);
    return typeof m === 'function' ? m(params[0]) : m;
  }) as Translator;
}

/** Every key of every catalogue, for tests that check completeness and length. */
export function allMessages(): Record<string, Catalog> {
  return catalogs;
}
