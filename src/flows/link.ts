// SAMBUNG / LINK: one diary from two channels. On the channel she already
// uses she sends SAMBUNG and gets a code; from the other one (her SMS number,
// her WhatsApp) she sends SAMBUNG <code>, and that number joins her diary.
// Only a number with no records of its own is joined (merging two diaries is
// for staff). Pure: the code comes from ctx.newId, the lookups are facts.
import type { FlowContext, Input, StepResult } from './types.ts';
import { need, result } from './types.ts';

declare module './types.ts' {
  interface EffectMap {
    createLinkCode: { code: string; expiresAt: string };
    /** This channel's identity (and her messages) go to the code's worker; this worker is then removed. */
    linkToWorker: { code: string; targetWorkerId: string };
    /** A wrong code was sent from her number. */
    linkFailed: {};
  }
  interface FactMap {
    /** Codes not used and not expired, with the worker each belongs to. */
    linkCodes: { code: string; workerId: string }[];
    /** Wrong codes sent from her number today (WIB). */
    linkFailuresToday: number;
  }
}

/** How long a code can be used. */
export const LINK_CODE_MINUTES = 15;
/** Wrong codes a number may send in a day: eight digits cannot be found by trying. */
export const LINK_TRIES_PER_DAY = 5;

const LINK = /^(sambung|link)\b\s*([\d\s-]*)$/;

/** The code she typed after SAMBUNG ('' for none), or null when the message is not SAMBUNG. */
export function linkCommand(input: Input): string | null {
  const m = LINK.exec(input.lower.trim());
  return m ? m[2]!.replace(/\D/g, '') : null;
}

/** Eight digits from a random id: easy to type on a keypad, hard to guess in fifteen minutes. */
function newCode(ctx: FlowContext): string {
  const hex = ctx.newId().replace(/[^0-9a-f]/gi, '');
  return String(Number.parseInt(hex.slice(0, 12) || '0', 16) % 100_000_000).padStart(8, '0');
}

/** Diary tables whose rows make a number's records its own. */
const RECORDS = ['orders', 'handins', 'payments', 'work_hours', 'costs'];

export function linkStep(code: string, ctx: FlowContext): StepResult {
  const active = ctx.worker.status === 'active';
  if (!code) {
    if (!active) return result(null, [{ text: ctx.t('linkHow') }]);
    const c = newCode(ctx);
    const expiresAt = new Date(ctx.now.getTime() + LINK_CODE_MINUTES * 60_000).toISOString();
    return result(
      null,
      [{ text: ctx.t('linkCode', { code: c, minutes: LINK_CODE_MINUTES }) }],
      [{ type: 'createLinkCode', code: c, expiresAt }],
    );
  }
  const codes = ctx.facts.linkCodes;
  const overview = ctx.facts.dataOverview;
  const failures = ctx.facts.linkFailuresToday;
  if (!codes || !overview || failures === undefined) return need('linkCodes', 'dataOverview', 'linkFailuresToday');
  if (failures >= LINK_TRIES_PER_DAY) return result(null, [{ text: ctx.t('linkTooMany') }]);
  const found = codes.find((c) => c.code === code);
  if (!found) return result(null, [{ text: ctx.t('linkUnknown') }], [{ type: 'linkFailed' }]);
  if (found.workerId === ctx.worker.id) return result(null, [{ text: ctx.t('linkSame') }]);
  if (RECORDS.some((t) => (overview.counts[t] ?? 0) > 0)) return result(null, [{ text: ctx.t('linkHasRecords') }]);
  return result(null, [{ text: ctx.t('linkDone') }], [{ type: 'linkToWorker', code, targetWorkerId: found.workerId }]);
}
