// Pure flow testing: no database, no network. A conversation is lines in, replies out.

import { bpjsContent } from '../../src/content/bpjs/store.ts';
import { inputOf } from '../../src/flows/input.ts';
import { translator } from '../../src/flows/messages/index.ts';
import { route } from '../../src/flows/router.ts';
import type {
  ConvState,
  Effect,
  Facts,
  FlowContext,
  Input,
  Lang,
  StepResult,
  WorkerProfile,
} from '../../src/flows/types.ts';

/** What the engine gives a step for this text (src/flows/input.ts). */
export function input(raw: string, kind: 'text' | 'media' = 'text'): Input {
  return inputOf(raw, kind);
}

export function worker(over: Partial<WorkerProfile> = {}): WorkerProfile {
  return {
    id: 'w1',
    status: 'active',
    lang: 'id',
    kecamatan: 'Pare',
    product: 'alas_kaki',
    productOther: null,
    consentVersion: '2026-11-v1',
    consentedAt: '2026-11-01T01:00:00.000Z',
    researchConsent: true,
    optedOut: false,
    campaign: null,
    createdAt: '2026-11-01T01:00:00.000Z',
    ...over,
  };
}

export function context(w: WorkerProfile, facts: Facts = {}, now = new Date('2026-11-28T03:00:00Z')): FlowContext {
  let n = 0;
  return {
    now,
    lang: w.lang,
    t: translator(w.lang),
    worker: w,
    facts,
    settings: { payOverdueDays: 14, kAnonymity: 5 },
    // The content as loaded now: a test that swaps the content directory sees its own.
    bpjs: bpjsContent(),
    newId: () => `id${++n}`,
  };
}

/** Simulates the engine in memory: applies worker updates and keeps state between turns. */
export class FlowSim {
  state: ConvState | null = null;
  effects: Effect[] = [];
  last: StepResult | null = null;
  constructor(
    public w: WorkerProfile = worker(),
    public facts: Facts = {},
  ) {
    // No message before the first one.
    if (!Object.hasOwn(facts, 'previousMessage')) facts.previousMessage = null;
    if (!Object.hasOwn(facts, 'recentBubbles')) facts.recentBubbles = [];
    // No soft question asked before the first message (src/flows/diary/soft.ts).
    if (!Object.hasOwn(facts, 'softQuestion')) facts.softQuestion = null;
  }

  say(raw: string, kind: 'text' | 'media' = 'text'): string {
    const res = route(this.state, input(raw, kind), context(this.w, this.facts));
    if (res.needs?.length) throw new Error(`needs facts: ${res.needs.join(',')}`);
    this.last = res;
    this.effects.push(...res.effects);
    for (const e of res.effects) {
      if (e.type === 'updateWorker') this.w = { ...this.w, ...e.changes };
      if (e.type === 'consent' && e.kind === 'diary' && e.decision === 'yes') this.w = { ...this.w, status: 'active' };
    }
    this.state = res.state;
    return res.replies.map((r) => r.text).join('\n\n');
  }

  lang(l: Lang) {
    this.w = { ...this.w, lang: l };
  }
}
