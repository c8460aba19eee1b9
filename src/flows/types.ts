// The shapes of a pure conversation step: (state, input, context) -> result.
// Effects and facts are open interfaces that each area of the bot extends by
// declaration merging, so adding a flow never means editing a central union.
import type { BpjsContent } from '../content/bpjs/load.ts';
import type { ReplyOption } from '../core/messages.ts';
import type { ConvState, Lang, WorkerProfile } from '../core/worker.ts';
import type { Translator } from './messages/index.ts';

// The shared shapes live in src/core; flows keep importing them from here.
export type { ConvState, Lang, WorkerProfile } from '../core/worker.ts';
export { LANGS } from '../core/worker.ts';

export interface Reply {
  text: string;
  /** Numbered choices a channel may show as buttons; typing the key always works too. */
  options?: ReplyOption[];
}

/** What the worker sent, cleaned once. */
export interface Input {
  /** The text after Unicode clean-up, whitespace collapsed and trimmed. */
  text: string;
  /** `text` in lower case with accents folded, for matching words. */
  lower: string;
  kind: 'text' | 'media';
  /** The original was longer than we accept. */
  tooLong: boolean;
}

/** Effects: data the engine applies in the same transaction. Extend by declaration merging. */
export interface EffectMap {
  updateWorker: {
    changes: Partial<
      Pick<WorkerProfile, 'lang' | 'kecamatan' | 'product' | 'productOther' | 'researchConsent' | 'optedOut'>
    >;
  };
  consent: { kind: 'diary' | 'research'; decision: 'yes' | 'no'; version: string };
  /** She said no to the first consent: keep only an anonymous refusal, delete the rest. */
  refuseConsent: { version: string };
  eraseWorker: {};
}
export type EffectType = keyof EffectMap;
export type Effect = { [K in EffectType]: { type: K } & EffectMap[K] }[EffectType];

/** Read-only data a flow may ask the engine to load before it decides. Extend by declaration merging. */
export interface FactMap {
  dataOverview: DataOverview;
}
export type FactKey = keyof FactMap;
export type Facts = Partial<FactMap>;

export interface DataOverview {
  /** Table name -> number of her rows. */
  counts: Record<string, number>;
  identities: { channel: string }[];
}

export interface FlowContext {
  now: Date;
  lang: Lang;
  t: Translator;
  worker: WorkerProfile;
  facts: Facts;
  settings: FlowSettings;
  /** The BPJS guide's content as loaded now (the last good files: src/content/bpjs/store.ts). */
  bpjs: BpjsContent;
  /** A fresh unique id (injected so tests are repeatable). */
  newId(): string;
}

export interface FlowSettings {
  payOverdueDays: number;
  kAnonymity: number;
  /** MESSAGE_RETENTION_DAYS, told in DATAKU (default 30). */
  messageRetentionDays?: number;
}

export interface StepResult {
  /** null: the conversation is idle (the main menu is the next thing). */
  state: ConvState | null;
  replies: Reply[];
  effects: Effect[];
  /** Hand over to another flow's start, in the same turn. */
  goto?: { flow: string; args?: Record<string, unknown> };
  /** The step cannot decide without these facts: the engine loads them and runs it again. */
  needs?: FactKey[];
}

export interface Flow {
  name: string;
  start(ctx: FlowContext, args?: Record<string, unknown>): StepResult;
  step(state: ConvState, input: Input, ctx: FlowContext): StepResult;
  /** A place in the main menu, if this flow has one. Lower `order` comes first. */
  menu?: { order: number; label: (ctx: FlowContext) => string };
  /** A one-message shortcut typed while idle ("setor 58 retur 2"): the args to start with, or null. */
  quick?: (input: Input, ctx: FlowContext) => Record<string, unknown> | null;
}

export function result(state: ConvState | null, replies: Reply[] = [], effects: Effect[] = []): StepResult {
  return { state, replies, effects };
}

/**
 * The flow she was in when she typed TANYA in the middle of it: kept in the
 * side question's state, and where she returns when it is done or cancelled.
 */
export function resumeOf(state: ConvState | null): ConvState | null {
  const r = state?.data.resume as Partial<ConvState> | undefined;
  if (!r || typeof r.flow !== 'string' || typeof r.step !== 'string' || typeof r.data !== 'object' || !r.data)
    return null;
  return r as ConvState;
}

export function need(...needs: FactKey[]): StepResult {
  return { state: null, replies: [], effects: [], needs };
}
